"""Cleaning: boilerplate removed and recorded, datelines kept as metadata, offsets map back."""

from __future__ import annotations

import re
import unicodedata

import pytest
from conftest import ARTICLE_1
from ftfy import fix_encoding
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.clean.alignment import to_raw_span
from warta.clean.step import clean_document
from warta.records import Document


def clean(raw: str) -> Document:
    return clean_document(Document(doc_id="t", content_hash="h", source_file="f", position="", source_format="txt", raw_text=raw))


def assert_words_map_back(doc: Document) -> None:
    """Every word of the cleaned text maps to the same word (NFC aside) in the raw text."""
    for m in re.finditer(r"\S+", doc.text):
        start, end = to_raw_span(doc.alignment, m.start(), m.end())
        assert unicodedata.normalize("NFC", doc.raw_text[start:end]) == m.group(), (m.group(), doc.raw_text[start:end])


@pytest.mark.parametrize("marker", ["Baca Juga:", "Baca juga:", "BACA JUGA:", "Simak juga:", "Lihat juga:", "Baca juga :"])
def test_read_also_lines(marker: str):
    doc = clean(f"Polisi menangkap dua pengedar sabu di Medan.\n{marker} Jokowi Minta Warga Tetap Tenang\nMereka kini ditahan di Polres.")
    assert doc.text == "Polisi menangkap dua pengedar sabu di Medan.\nMereka kini ditahan di Polres."
    assert [r.kind for r in doc.removed] == ["read_also"]
    assert "Jokowi Minta Warga" in doc.removed[0].text
    assert_words_map_back(doc)


@pytest.mark.parametrize(
    ("glued", "next_sentence"),
    [
        ("Baca juga: Polisi Tangkap Dua Pengedar Sabu di Medan Warga setempat mengaku resah.", "Warga setempat mengaku resah."),
        ("Baca juga: KPK Tahan Bupati Nonaktif Usai Diperiksa 10 Jam Kapolres Bekasi mengatakan kasus itu masih didalami.", "Kapolres Bekasi mengatakan kasus itu masih didalami."),
        ("Baca juga: Demo Buruh di DPR, Ribuan Personel Dikerahkan! Sementara itu, massa mulai berdatangan.", "Sementara itu, massa mulai berdatangan."),
        ("Baca Juga: Harga Beras Naik Lagi Pedagang mengeluhkan sepinya pembeli.", "Pedagang mengeluhkan sepinya pembeli."),
    ],
)
def test_inline_read_also_finds_where_the_headline_ends(glued: str, next_sentence: str):
    doc = clean(f"Ia mengaku tidak tahu. {glued} Polisi berjanji menindak tegas.")
    assert doc.text == f"Ia mengaku tidak tahu. {next_sentence} Polisi berjanji menindak tegas."
    assert doc.removed[0].kind == "read_also"
    assert_words_map_back(doc)


def test_ads_credits_initials_and_promo():
    raw = (
        "Polisi menangkap dua pengedar sabu di Medan.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n"
        "Mereka ditahan di Polres Medan. (rhm/idh)\n"
        "Klik di sini untuk mendapatkan berita terbaru\n"
        "Editor: Budi Santoso\nPenulis : Ani Rahma\nReporter: Dedi\nSumber: Antara\nFoto: Dok. Polres Medan"
    )
    doc = clean(raw)
    assert doc.text == "Polisi menangkap dua pengedar sabu di Medan.\nMereka ditahan di Polres Medan."
    kinds = [r.kind for r in doc.removed]
    assert {"advertisement", "editor_initials", "promo", "credit"} <= set(kinds)
    assert_words_map_back(doc)


@pytest.mark.parametrize(
    ("line", "place", "outlet"),
    [
        ("JAKARTA, KOMPAS.com - ", "JAKARTA", "KOMPAS.com"),
        ("Jakarta (ANTARA) - ", "Jakarta", "ANTARA"),
        ("BANDUNG, TRIBUNNEWS.COM - ", "BANDUNG", "TRIBUNNEWS.COM"),
        ("Liputan6.com, Jakarta - ", "Jakarta", "Liputan6.com"),
        ("TEMPO.CO, Jakarta - ", "Jakarta", "TEMPO.CO"),
        ("Jakarta, CNN Indonesia -- ", "Jakarta", "CNN Indonesia"),
        ("MEDAN - ", "MEDAN", None),
        ("KOMPAS.com - ", None, "KOMPAS.com"),
    ],
)
def test_datelines_are_metadata(line: str, place: str | None, outlet: str | None):
    doc = clean(line + "Polisi menangkap dua pengedar sabu.")
    assert doc.text == "Polisi menangkap dua pengedar sabu."
    assert doc.dateline is not None
    assert (doc.dateline.place, doc.dateline.outlet) == (place, outlet)
    assert doc.removed[0].kind == "dateline"


def test_no_false_dateline_or_boilerplate_in_ordinary_text():
    raw = "Presiden Joko Widodo bertemu Perdana Menteri Malaysia di Istana Bogor. Keduanya membahas kerja sama perbatasan (Malindo)."
    doc = clean(raw)
    assert doc.text == raw and doc.removed == [] and doc.dateline is None


def test_whitespace_and_unicode_normalisation_with_offsets():
    decomposed = "Cafe\u0301"  # e + combining acute: NFC makes one character
    raw = f"  Polisi\u00a0menangkap\t\tdua   orang\u200b di {decomposed}.\r\n\r\n\r\nMereka   ditahan.  \n"
    doc = clean(raw)
    assert doc.text == "Polisi menangkap dua orang di Café.\nMereka ditahan."
    assert unicodedata.is_normalized("NFC", doc.text)
    assert_words_map_back(doc)


def test_realistic_article_maps_back_and_records_everything(articles):
    doc = clean(ARTICLE_1)
    assert "Baca Juga" not in doc.text and "Editor:" not in doc.text
    assert doc.text.startswith("Kepolisian Daerah Metro Jaya menangkap")
    assert doc.dateline.place == "JAKARTA"
    # Nothing disappears silently: kept text plus removed spans account for every raw word.
    removed_words = sum(len(r.text.split()) for r in doc.removed)
    assert len(doc.text.split()) + removed_words == len(ARTICLE_1.split())
    assert_words_map_back(doc)


@pytest.mark.parametrize("raw", ["", "   \n\t ", "Baca juga: Judul Artikel Lain", "ADVERTISEMENT"])
def test_empty_after_cleaning(raw: str):
    doc = clean(raw)
    assert doc.text == "" and doc.status == "empty"


# Scraped real news (17% of the real-news corpus's documents) carries UTF-8 punctuation read as
# Mac Roman or cp1252: quotes, dashes and no-break spaces that hide names and quotations.
@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("‚ÄúKami sudah memeriksa tiga saksi,‚Äù kata Budi.", "“Kami sudah memeriksa tiga saksi,” kata Budi."),
        ("Kepala Dinas Kusnadi¬†Rahardja hadir.", "Kepala Dinas Kusnadi Rahardja hadir."),
        ("dampak pembangunan.¬†Surat itu", "dampak pembangunan. Surat itu"),
        ("harga Rp 5 ‚Äì 6 juta", "harga Rp 5 – 6 juta"),
        ("a ¬† b", "a b"),
        ("â€œHalo,â€™ katanya.", "“Halo,’ katanya."),
        ("pemilik cafÃ© itu", "pemilik café itu"),
        ("pemilik caf√© itu", "pemilik café itu"),
        # what only looks odd stays as written
        ("Kafe “Café” di 10°C, ±5 orang", "Kafe “Café” di 10°C, ±5 orang"),
    ],
)
def test_mojibake_is_repaired_word_by_word(raw: str, cleaned: str):
    doc = clean(raw)
    assert doc.text == cleaned
    for m in re.finditer(r"\S+", doc.text):  # every repaired word maps back to its raw extent
        start, end = to_raw_span(doc.alignment, m.start(), m.end())
        assert doc.raw_text[start:end].strip()
    assert ("mojibake_repaired" in doc.metadata) == (raw != cleaned)


# CLICK-ID's scraped articles join paragraphs with commas; the runs become line breaks, and
# only glued ones after a sentence's end: a comma in a number, a list or a title stays.
@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("Pelaku ditahan.,Polisi masih memburu.", "Pelaku ditahan.\nPolisi masih memburu."),
        ('"Kami siap," kata dia.",,"Saya pergi.', '"Kami siap," kata dia."\n"Saya pergi.'),
        ("sebagai berikut;,,,Pasukan Rusia", "sebagai berikut;\nPasukan Rusia"),
        ("Budi, S.H., M.Si. hadir.,Ia berkata", "Budi, S.H., M.Si. hadir.\nIa berkata"),
        ("harga naik 1,5 persen., 2 orang", "harga naik 1,5 persen., 2 orang"),
        ("naik.,5 persen", "naik.,5 persen"),
        ("Dr. Budi Santoso, S.H.,M.H. hadir", "Dr. Budi Santoso, S.H.,M.H. hadir"),
        ("Ir. Joko, M.Si.,Ph.D. hadir", "Ir. Joko, M.Si.,Ph.D. hadir"),
        ("beras, gula, dll.,dan lain-lain", "beras, gula, dll.,dan lain-lain"),
        ("Kerugian Rp 2.500.000.,Polisi memburu", "Kerugian Rp 2.500.000.\nPolisi memburu"),
        ("sabu, ganja, dll.,Polisi kemudian", "sabu, ganja, dll.\nPolisi kemudian"),
        ("seperti dilansir BolaSport.com.,Dybala dikatakan", "seperti dilansir BolaSport.com.\nDybala dikatakan"),
        ("seperti U.S.A.,Inggris", "seperti U.S.A.,Inggris"),
        ("pihak yang bertanggung jawab,,Taliban, kelompok itu", "pihak yang bertanggung jawab\nTaliban, kelompok itu"),
        ("dilansir,,,,Dirinya pun", "dilansir\nDirinya pun"),
        ("Warga ,, Kecamatan Gebang", "Warga ,, Kecamatan Gebang"),  # a dropped link's commas, spaced
        ("jawab,Taliban", "jawab,Taliban"),  # one comma: a missing space, not a paragraph
    ],
)
def test_comma_joined_paragraphs_become_lines(raw: str, cleaned: str):
    doc = clean(raw)
    assert doc.text == cleaned
    assert_words_map_back(doc)


# The same joins where the quotes are still mojibake when the paragraphs are split (“ ” ‘ read
# as Mac Roman, repaired word by word afterwards): the paragraph still starts on its own line.
@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("akibat adanya asap.,‚ÄúAngkasa Pura II", "akibat adanya asap.\n“Angkasa Pura II"),
        ("gerakan mahasiswa.,,‚ÄúKami belajar", "gerakan mahasiswa.\n“Kami belajar"),
        ("kata dia.‚Äù,‚ÄúSaya pergi", "kata dia.”\n“Saya pergi"),
        ("kata dia.‚Äù,Polisi datang", "kata dia.”\nPolisi datang"),
        ("ujar dia.,‚ÄòSaya", "ujar dia.\n‘Saya"),
        ("harga 1,‚ÄúKami", "harga 1,“Kami"),
    ],
)
def test_comma_joined_paragraphs_with_mojibake_quotes_become_lines(raw: str, cleaned: str):
    doc = clean(raw)
    assert doc.text == cleaned
    for m in re.finditer(r"\S+", doc.text):  # each word maps back to the raw word it repairs
        start, end = to_raw_span(doc.alignment, m.start(), m.end())
        assert fix_encoding(doc.raw_text[start:end]) == m.group()


def test_mojibake_in_titles_is_repaired():
    doc = Document(doc_id="t", content_hash="h", source_file="f", position="", source_format="txt", raw_text="Isi.", title="‚ÄúKami Siap‚Äù Kata¬†Jokowi")
    assert clean_document(doc).title == "“Kami Siap” Kata Jokowi"



def test_the_mojibake_test_searches_only_near_non_ascii_as_ftfy_allows():
    """``warta.clean.step.is_bad`` searches ftfy's regex only around characters outside ASCII,
    widened by _BAD_WIDTH: right only while every alternative of the installed ftfy's regex
    holds such a character, is at most that long, and looks at nothing beyond what it matches
    but the start of the text (``^``)."""
    import re._constants as C
    import re._parser as P

    from ftfy.badness import BADNESS_RE

    from warta.clean import step

    tree = P.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert tree.getwidth()[1] <= step._BAD_WIDTH and not BADNESS_RE.flags & (re.MULTILINE | re.IGNORECASE)
    [(op, (_, branches))] = tree.data
    assert op is C.BRANCH

    def in_set(items, c: int) -> bool:
        hit = any((o is C.LITERAL and a == c) or (o is C.RANGE and a[0] <= c <= a[1])
                  or (o is C.CATEGORY and re.fullmatch(_CATEGORY[a], chr(c)) is not None)
                  for o, a in items)  # fmt: skip
        return hit != any(o is C.NEGATE for o, _ in items)

    _CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_SPACE: r"\S",
                 C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_NOT_WORD: r"\W"}  # fmt: skip

    def only_non_ascii(op, av) -> bool:
        if op is C.LITERAL:
            return av >= 128
        return op is C.IN and not any(in_set(av, c) for c in range(128))

    def walk(items):
        for op, av in items:
            assert op in (C.IN, C.LITERAL, C.ANY, C.MAX_REPEAT) or (op is C.AT and av is C.AT_BEGINNING), (op, av)
            if op is C.MAX_REPEAT:
                walk(av[2])

    for branch in branches:
        walk(branch.data)
        assert any(only_non_ascii(op, av) for op, av in branch.data), branch.data


@pytest.mark.parametrize("text", [
    "", "biasa saja", "Kafe “Café” di 10°C", "Ã© di awal", "x" * 30 + "cafÃ©" + "y" * 30, "‚ÄúKami Siap‚Äù",
    "Kata¬†Jokowi", "ØªØ", "a\nÃ\xa0b", "“" + " " * 40 + "”", "pemilik caf√© itu", "×²", "Ã" + "a" * 14 + "©",
])  # fmt: skip
def test_the_mojibake_test_agrees_with_ftfy(text: str):
    from ftfy.badness import is_bad as ftfy_is_bad

    from warta.clean.step import is_bad

    assert is_bad(text) == ftfy_is_bad(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Z1.,\n\t-") + list("ÃÂ©€œ¬†‚Äù°×²ØªÙ“”’éÉ±¢£ŸžŠš´–—ÎÐ\xa0\xad"))))
def test_the_mojibake_test_agrees_with_ftfy_on_any_mix(text: str):
    from ftfy.badness import is_bad as ftfy_is_bad

    from warta.clean.step import is_bad

    assert is_bad(text) == ftfy_is_bad(text)
