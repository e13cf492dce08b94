"""Session 17's mention rules (docs/actors.md, "Session 17"), each with its table: a case it
decides and a counter-example it must leave alone.

``noun_complement`` reads the tagger's parts of speech, so its table gives each word's tag (a
stand-in for the ``nlp`` step's spaCy doc, so the rows do not depend on the tagger's model); one
row runs the real ``nlp`` step.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from warta.actors.coref import resolve_mentions
from warta.actors.register import load_register
from warta.actors.roles import article_office
from warta.actors.stage import Actors, _noun_complements


@dataclass
class _Tok:
    idx: int
    text: str
    pos_: str


def _tagged(text: str, tags: str) -> list[_Tok]:
    """The words of ``text`` (split at spaces, a final full stop its own word) with ``tags``, one a word."""
    words, out, at = text.rstrip(".").split(), [], 0
    for word, tag in zip(words + ["."] * text.endswith("."), tags.split(), strict=True):
        at = text.index(word, at)
        out.append(_Tok(at, word, tag))
        at += len(word)
    return out


# (text, its words' tags, the mentions after the step)
COMPLEMENT = [
    ("Polisi memeriksa korban kekerasan kemarin.", "NOUN VERB NOUN NOUN NOUN PUNCT", ["Polisi", "korban kekerasan"]),  # "kemarin": a time word
    ("Ia memanggil aparat penegak hukum.", "PRON VERB NOUN NOUN NOUN PUNCT", ["Ia", "aparat penegak hukum"]),
    ("Surat dikirim ke rektor perguruan tinggi.", "NOUN VERB ADP NOUN NOUN ADJ PUNCT", ["rektor perguruan tinggi"]),  # an adjective after a noun
    ("Warga banyak menolak.", "NOUN ADV VERB PUNCT", ["Warga"]),  # an adverb: no complement
    ("Para siswa tak hadir.", "DET NOUN PART VERB PUNCT", ["Para siswa"]),
    ("Warga senang sekali.", "NOUN ADJ ADV PUNCT", ["Warga"]),  # an adjective first: a predicate, no complement
    ("Pengguna smartphone khawatirkan data.", "NOUN NOUN NOUN NOUN PUNCT", ["Pengguna smartphone"]),  # a verb formed with -kan
    ("Sidang para terdakwa pekan depan ditunda.", "NOUN DET NOUN NOUN ADJ VERB PUNCT", ["para terdakwa"]),  # complement_stops
    ("Pengemudi mobil Budi ditilang.", "NOUN NOUN PROPN VERB PUNCT", ["Pengemudi mobil"]),  # a capitalised word ends it
]


@pytest.mark.parametrize(("text", "tags", "expected"), COMPLEMENT)
def test_noun_complement(text: str, tags: str, expected: list[str]) -> None:
    reg = load_register()
    found = resolve_mentions(text, reg)
    _noun_complements(text, found, _tagged(text, tags), reg)
    assert [m.text for m in found if m.rule != "anaphor" or m.text == "Ia"] == expected


def test_noun_complement_after_a_name_is_left() -> None:
    """A group's phrase that ends in a name takes no complement: "1 anggota Brimob luka": the group's phrase ends in a name; "luka" is no complement."""
    text = "Sebanyak 1 anggota Brimob luka."
    reg = load_register()
    found = resolve_mentions(text, reg)
    _noun_complements(text, found, _tagged(text, "ADV NUM NOUN PROPN NOUN PUNCT"), reg)
    assert [m.text for m in found] == ["1 anggota Brimob"]


def test_noun_complement_through_the_stages() -> None:
    """The step in the actors stage, on the ``nlp`` step's own tags; ``--without noun_complement`` leaves it."""
    from warta.nlp.stage import Nlp
    from warta.records import Document

    text = "Polisi memeriksa rektor perguruan tinggi dan korban kekerasan."

    def run(without: frozenset[str]) -> list[str]:
        doc = Document(doc_id="d", content_hash="d", source_file="-", position="", source_format="txt", raw_text=text, text=text)
        return [m.text for m in Actors(without=without)(Nlp()([doc]))[0].annotations.mentions]

    assert run(frozenset()) == ["Polisi", "rektor perguruan tinggi", "korban kekerasan"]
    assert run(frozenset({"noun_complement"})) == ["Polisi", "rektor", "korban"]


# a regional office named with no place is the one office of its kind the article names (roles.article_office, the role's org_pattern)
OFFICE = [
    ("Polda Metro Jaya menggelar rekonstruksi. Kabid Humas Kombes Argo Yuwono mengatakan hal itu.",
     [("Polda Metro Jaya", "idn-polda-metro-jaya"), ("Kabid Humas Kombes Argo Yuwono", "idn-polda-metro-jaya")]),
    ("Brimob Polda Jawa Tengah berjaga. Kapolda mengatakan ledakan berasal dari gudang.",
     [("Brimob", "idn-brimob"), ("Polda Jawa Tengah", "idn-polda-jateng"), ("Kapolda", "idn-polda-jateng")]),
    ("Polda Jatim dan Polda Metro Jaya bekerja sama. Kabid Humas Kombes Argo Yuwono mengatakan hal itu.",  # two Poldas: which is unknown
     [("Polda Jatim", "idn-polda-jatim"), ("Polda Metro Jaya", "idn-polda-metro-jaya"), ("Kabid Humas Kombes Argo Yuwono", None)]),
    ("Kapolda mengatakan ledakan berasal dari gudang.", [("Kapolda", None)]),  # no Polda named
]


@pytest.mark.parametrize(("text", "expected"), OFFICE)
def test_article_office(text: str, expected: list[tuple[str, str | None]]) -> None:
    reg = load_register()
    found = resolve_mentions(text, reg)
    article_office(found, reg)
    assert [(m.text, m.actor_id) for m in found] == expected


def mentions(text: str, *entities: tuple[str, str]) -> list[tuple[str, str | None]]:
    spans = [(text.index(name), text.index(name) + len(name), label) for name, label in entities]
    return [(m.text, m.actor_id) for m in resolve_mentions(text, entities=spans)]


# a new person right after a registered organisation that a role phrase in the same clause opens acts in office (discover._after_office)
AFTER_OFFICE = [
    ("Menurut Wakil Sekjen Partai Demokrat, Didi Irawadi Syamsudin, partainya solid. Didi menambahkan.", (("Didi Irawadi Syamsudin", "PER"),),
     [("Sekjen", None), ("Partai Demokrat", "idn-demokrat"), ("Didi Irawadi Syamsudin", "idn-demokrat"), ("partainya", "idn-demokrat"),
      ("Didi", "idn-demokrat")]),
    ("Ia bertemu KPK. Agus Salim datang kemudian.", (("Agus Salim", "PER"),),  # no role before, another sentence
     [("Ia", None), ("KPK", "idn-kpk"), ("Agus Salim", "new-agus-salim")]),
    ("Kami bertemu perwakilan Partai Demokrat Didi Irawadi.", (("Didi Irawadi", "PER"),),  # no role phrase opens it
     [("Kami", None), ("Partai Demokrat", "idn-demokrat"), ("Didi Irawadi", "new-didi-irawadi")]),
    ("Kuasa hukum Setnov, Maqdir Ismail, membantah.", (("Maqdir Ismail", "PER"),),  # after a person: his lawyer, not in office
     [("Kuasa hukum Setnov", "idn-setya-novanto"), ("Maqdir Ismail", "new-maqdir-ismail")]),    ("Kritik Wakil Sekjen Partai Demokrat\nAndi Arief menilai itu wajar.", (("Andi Arief", "PER"),),  # a headline's line break: no apposition
     [("Sekjen", None), ("Partai Demokrat", "idn-demokrat"), ("Andi Arief", "new-andi-arief")]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), AFTER_OFFICE)
def test_after_office(text: str, entities: tuple[tuple[str, str], ...], expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text, *entities) == expected


# register data: press forms of listed actors (build_lists.py, build_news_actors.py, foreign_state.jsonl)
REGISTER = [
    ("Wapres JK membuka acara itu.", (), [("Wapres JK", "idn-jusuf-kalla")]),  # his initials, kept in their case
    ("Ia menulis jk di catatannya.", (), [("Ia", None)]),
    ("Polisi memeriksa HRS di Petamburan.", (), [("Polisi", "idn-polri"), ("HRS", "idn-muhammad-rizieq-shihab")]),
    ("Rossoneri menang atas Los Blancos.", (), [("Rossoneri", "ita-ac-milan"), ("Los Blancos", "esp-real-madrid")]),  # club nicknames
    ("Badan Investigasi Federal (FBI) menyelidiki kasus itu.", (), [("Badan Investigasi Federal (FBI)", "usa-fbi")]),
    ("Mahasiswa Institut Teknologi Sepuluh November datang.", (), [("Mahasiswa Institut Teknologi Sepuluh November", "idn-its")]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), REGISTER)
def test_register_forms(text: str, entities: tuple[tuple[str, str], ...], expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text, *entities) == expected


# a unit written right before its organisation's registered name is one mention (org_heads.json unit_heads, discover._units)
UNITS = [
    ("Ledakan melukai Gegana Polda Jateng kemarin.", (), [("Gegana Polda Jateng", "idn-polda-jateng")]),
    ("Proyek milik Ditjen Hubla Kemenhub mangkrak.", (), [("Ditjen Hubla Kemenhub", "idn-kemenhub")]),  # "Ditjen Hubla" the matcher read by its head
    ("Kemarin Tim Satgas KPK menangkap tiga orang.", (), [("Tim Satgas KPK", "idn-kpk")]),
    ("Paspornya ditahan Direktorat Jenderal Imigrasi Kementerian Hukum dan HAM.", (),
     [("Direktorat Jenderal Imigrasi Kementerian Hukum dan HAM", "idn-imigrasi")]),  # a registered unit keeps its id
    ("Pertandingan di Jakarta KPK menang.", (), [("KPK", "idn-kpk")]),  # no unit word before
    ("Sementara Budi Santoso KPK menyatakan.", (("Budi Santoso", "PER"),), [("Budi Santoso", "new-budi-santoso"), ("KPK", "idn-kpk")]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), UNITS)
def test_units(text: str, entities: tuple[tuple[str, str], ...], expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text, *entities) == expected


# ministers' 2014-2024 titles (roles.json; Perpres 7/2015, Perpres 68/2019): the office's ministry
MINISTERS = [
    ("Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR) Basuki Hadimuljono meninjau tol.", (),
     [("Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR) Basuki Hadimuljono", "idn-kemenpu")]),
    ("Mendikbud Nadiem Makarim datang.", (), [("Mendikbud Nadiem Makarim", "idn-kemendikbudristek")]),
    ("Menko PMK Muhadjir Effendy menyatakan.", (), [("Menko PMK Muhadjir Effendy", "idn-kemenko-pmk")]),
    ("Menteri LHK Siti Nurbaya hadir.", (), [("Menteri LHK Siti Nurbaya", "idn-kemenhut")]),
    ("Kepala Bappenas Bambang Brodjonegoro hadir.", (), [("Kepala Bappenas Bambang Brodjonegoro", "idn-bappenas")]),
    ("Ia menonton film Mendes di rumah.", (), [("Ia", None)]),  # "Mendes" alone is a name, no office
]


@pytest.mark.parametrize(("text", "entities", "expected"), MINISTERS)
def test_minister_titles(text: str, entities: tuple[tuple[str, str], ...], expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text, *entities) == expected


# a guard named alone is someone (roles.json penjaga: office true); a trade alone is not
GUARDS = [
    ("Satpam menutup pintu gereja.", (), [("Satpam", None)]),
    ("Dua satpam terluka.", (), [("Dua satpam", None)]),
    ("Pemain menutup pintu.", (), []),  # a trade alone (office false)
]


@pytest.mark.parametrize(("text", "entities", "expected"), GUARDS)
def test_guards(text: str, entities: tuple[tuple[str, str], ...], expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text, *entities) == expected


def mentions_at_last(text: str, name: str, label: str) -> list[tuple[str, str | None]]:
    start = text.rindex(name)
    return [(m.text, m.actor_id) for m in resolve_mentions(text, entities=[(start, start + len(name), label)])]


# a short form the article defines in brackets after a registered organisation names it again (discover._defined_short_forms)
def test_defined_short_forms() -> None:
    assert mentions_at_last("Partai Demokrat (PD) menolak revisi. Sikap PD tegas.", "PD", "ORG") == \
        [("Partai Demokrat (PD)", "idn-demokrat"), ("PD", "idn-demokrat")]  # fmt: skip
    assert mentions_at_last("PD Pasar Jaya menaikkan sewa. Direksi PD menolak.", "PD", "ORG") == [("PD", "new-pd"), ("PD", "new-pd")]  # not defined
    assert ("PD", "idn-demokrat") not in mentions_at_last("Partai Demokrat (PD) bertemu Perusahaan Daerah (PD) kemarin.", "PD", "ORG")
    # a bracketed word that is no short form of the name ("Pusat") names nothing again
    assert ("Pusat", "idn-pssi") not in mentions_at_last("Pengurus PSSI (Pusat) hadir. Kata Pusat, semua siap.", "Pusat", "ORG")


# a DPR commission named by its Roman numeral alone (indonesia_state.jsonl); a meeting room of an organisation is a place (demonyms_forms.json)
COMMISSIONS = [
    ("Wakil Ketua Komisi V Lasarus menyampaikan kesepakatan antara Komisi V dan pemerintah.", (("Lasarus", "PER"),),
     [("Wakil Ketua Komisi V Lasarus", "idn-dpr"), ("Komisi V", "idn-dpr"), ("pemerintah", "idn")]),
    ("Yasonna berbicara di ruang rapat Komisi III, Senayan.", (), [("Yasonna", "idn-yasonna-laoly")]),  # the room: a place
    ("Ia membaca komisi v pasal itu.", (), [("Ia", None)]),  # kept in its case
]


@pytest.mark.parametrize(("text", "entities", "expected"), COMMISSIONS)
def test_commissions(text: str, entities: tuple[tuple[str, str], ...], expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text, *entities) == expected


# an unregistered company between a role and its holder's name is part of the role phrase (roles._person_name, _COMPANY_WORDS)
COMPANY_ROLE = [
    ("Direktur PT Media Karya Sentosa Antonius Bambang Djatmiko diperiksa KPK.", (),
     [("Direktur PT Media Karya Sentosa Antonius Bambang Djatmiko", None), ("KPK", "idn-kpk")]),
    ("Direktur Utama Budi Santoso Wijaya Kusuma Hadi Purnomo datang.", (), [("Direktur Utama Budi Santoso Wijaya Kusuma Hadi", None)]),  # no company: five words at most
]


@pytest.mark.parametrize(("text", "entities", "expected"), COMPANY_ROLE)
def test_company_in_role(text: str, entities: tuple[tuple[str, str], ...], expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text, *entities) == expected


# a registered name whose fields the press lists with commas (scan._listed)
LISTED = [
    ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan warga.", (),
     [("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "idn-bmkg"), ("warga", None)]),
    ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto hadir.", (),
     [("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto", "idn-kemenko-polkam")]),
    ("Kepala BMKG, Dwikorita Karnawati, dan Kepala BNPB hadir.", (),  # a list of mentions, no listed name
     [("Kepala BMKG", "idn-dwikorita-karnawati"), ("Dwikorita Karnawati", "idn-dwikorita-karnawati"), ("Kepala BNPB", "idn-bnpb")]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), LISTED)
def test_listed_names(text: str, entities: tuple[tuple[str, str], ...], expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text, *entities) == expected
