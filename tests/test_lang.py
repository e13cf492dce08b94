"""Language identification: Indonesian on, English/Malay marked, short texts handled."""

from __future__ import annotations

from conftest import ARTICLE_1, ENGLISH

from warta.lang.identify import IdentifyLanguage, detect
from warta.records import Document

MALAY = (
    "Kerajaan akan membina lebuh raya baharu di Sabah bagi membantu rakyat negeri itu, kata Perdana "
    "Menteri semalam. Beliau berkata projek tersebut dijangka siap dalam tempoh tiga tahun dan akan "
    "melibatkan kos sebanyak RM2 bilion yang ditanggung sepenuhnya oleh kerajaan persekutuan."
)


def doc(text: str, declared: str | None = None) -> Document:
    return Document(doc_id="d", content_hash="h", source_file="f", position="", source_format="txt",
                    raw_text=text, text=text, declared_language=declared)  # fmt: skip


def test_indonesian_english_malay():
    assert detect(ARTICLE_1)[0] == "id"
    assert detect(ENGLISH)[0] == "en"
    assert detect(MALAY)[0] == "ms"


def test_short_text_is_not_called_malay_or_gibberish():
    assert detect("Polisi menangkap dua orang.")[0] == "id"
    assert detect("Polisi menangkap")[0] == "und"


def test_step_marks_and_declared_language_skips_detection():
    docs = IdentifyLanguage()([doc(ARTICLE_1), doc(ENGLISH), doc(ENGLISH, declared="id")])
    assert [(d.language, d.status) for d in docs] == [("id", "ok"), ("en", "non_indonesian"), ("id", "ok")]
    assert docs[2].language_score is None  # nothing was detected
