"""Session 19, mention spans chosen on the real-news train actor layer. Each row: a case a
change decides, or one it must leave."""

from __future__ import annotations

import pytest

from warta.actors.coref import resolve_mentions

# two words naming a person with "-nya" on the second (anaphora.json clitic.person_compounds):
# one mention of both, with its counting word; a thing's "-nya" stays no mention
PERSON_COMPOUNDS = [
    ("Ia mengamen saat kedua orang tuanya sakit keras.", ["Ia", "kedua orang tuanya"]),
    ("Fitri bersama buah hatinya bernama Shifa.", ["buah hatinya"]),
    ("Jokowi menemui anak kandungnya.", ["Jokowi", "anak kandungnya"]),
    ("Orangtuanya tidak datang.", ["Orangtuanya"]),
    ("Ia memakan buah hasil kebunnya.", ["Ia"]),  # "buah hasil": no person (a guard)
    # a span another step took ends where it ends: no second mention over its last word (the review)
    ("Ia memeluk si buah hatinya.", ["Ia", "si buah"]),
    ("Ia menemui kedua orang  tuanya.", ["Ia", "kedua orang  tuanya"]),  # two spaces are one gap
]


@pytest.mark.parametrize(("text", "expected"), PERSON_COMPOUNDS)
def test_person_compounds(text: str, expected: list[str]) -> None:
    assert [m.text for m in resolve_mentions(text)] == expected


def test_person_compounds_switch_off() -> None:
    text = "Ia mengamen saat kedua orang tuanya sakit keras."
    assert [m.text for m in resolve_mentions(text, without=("person_compound",))] == ["Ia"]


# "pihak" is a group noun (roles.json role "pihak"): with the tagger's noun after it a side named
# by what it is; before an organisation that organisation, as before; "pihak keluarga" stays
# the family's alias
def _tagged(text: str, tags: str) -> list:
    from types import SimpleNamespace

    words, out, at = text.rstrip(".").split(), [], 0
    for word, tag in zip(words + ["."] * text.endswith("."), tags.split(), strict=True):
        at = text.index(word, at)
        out.append(SimpleNamespace(idx=at, text=word, pos_=tag))
        at += len(word)
    return out


PIHAK = [
    ("Nanti pihak kejaksaan akan memproses.", "ADV NOUN NOUN AUX VERB PUNCT", [("pihak kejaksaan", None)]),
    ("Surat dikirim kepada pihak sekolah.", "NOUN VERB ADP NOUN NOUN PUNCT", [("pihak sekolah", None)]),
    ("Pihak Kejari Bogor menolak.", "NOUN PROPN PROPN VERB PUNCT", [("Pihak Kejari Bogor", "idn-kejari-bogor")]),
    ("Pihak kepolisian memberikan batas waktu.", "NOUN NOUN VERB NOUN NOUN PUNCT", [("Pihak kepolisian", "idn-polri")]),
    ("Pihak keluarga terdakwa hadir.", "NOUN NOUN NOUN VERB PUNCT", [("Pihak keluarga terdakwa", None)]),
]


@pytest.mark.parametrize(("text", "tags", "expected"), PIHAK)
def test_pihak(text: str, tags: str, expected: list[tuple[str, str | None]]) -> None:
    from warta.actors.register import load_register
    from warta.actors.stage import _noun_complements

    reg = load_register()
    found = resolve_mentions(text, reg)
    _noun_complements(text, found, _tagged(text, tags), reg)
    assert [(m.text, m.actor_id) for m in found] == expected


# the press's misspellings read in the register's spelling (spellings.json)
SPELLINGS = [
    ("Kementrian Luar Negeri menyatakan protes.", [("Kementrian Luar Negeri", "idn-kemlu")]),
    ("Juru bicara Kementrian Kesehatan mengatakan hal itu.", [("Juru bicara Kementrian Kesehatan", "idn-kemenkes")]),
    ("Sejumlah aparat kepolisan menangkap dua pria.", [("Sejumlah aparat kepolisan", "idn-polri"), ("dua pria", None)]),
    ("Kementerian Luar Negeri menyatakan protes.", [("Kementerian Luar Negeri", "idn-kemlu")]),  # the standard spelling, as before
]


@pytest.mark.parametrize(("text", "expected"), SPELLINGS)
def test_spellings(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, m.actor_id) for m in resolve_mentions(text)] == expected


def test_spellings_are_no_other_word() -> None:
    """A misspelling is read as its standard word everywhere, so it must be no word of its own
    in the register's aliases."""
    import json
    from importlib import resources

    from warta.actors.register import load_register

    data = json.loads(resources.files("warta.data").joinpath("actors", "spellings.json").read_text("utf-8"))
    reg = load_register()
    words = {w for bucket in reg.index.values() for _, alias in bucket for w in alias.surface.lower().split()}
    assert not set(data["spellings"]) & words


# a capitalised role, an organisation with its short form in brackets, and a name: one mention,
# with a registered person's id, else the organisation the short form names (step bracketed_office)
def _per(text: str, name: str) -> list[tuple[int, int, str]]:
    start = text.index(name)
    return [(start, start + len(name), "PER")]


BRACKETED_OFFICES = [
    ("Hal itu dikatakan Peneliti Institute for Criminal and Justice Reform (ICJR) Erasmus Napitupulu di Jakarta.", "Erasmus Napitupulu",
     [("Peneliti Institute for Criminal and Justice Reform (ICJR) Erasmus Napitupulu", "idn-icjr")]),
    ("Ketua Komisi Nasional (Komnas) Perempuan Azriana mengatakan itu.", "Azriana",
     [("Ketua Komisi Nasional (Komnas) Perempuan Azriana", "idn-komnas-perempuan")]),  # not the DPR's "Ketua Komisi"
    ("Sekjen Gabungan Pelaksana Konstruksi Indonesia (Gapensi) Andi Rukman Karumpa dihubungi.", "Andi Rukman Karumpa",
     [("Sekjen Gabungan Pelaksana Konstruksi Indonesia (Gapensi) Andi Rukman Karumpa", None)]),
    # read whole already: as before
    ("Ketua Komisi Pemberantasan Korupsi (KPK) Agus Rahardjo mengatakan itu.", "Agus Rahardjo",
     [("Ketua Komisi Pemberantasan Korupsi (KPK) Agus Rahardjo", "idn-kpk")]),
    # no role before it, or the bracket holds no short form: left
    ("Institute for Criminal and Justice Reform (ICJR) Erasmus Napitupulu mengatakan itu.", "Erasmus Napitupulu",
     [("ICJR", "idn-icjr"), ("Erasmus Napitupulu", "new-erasmus-napitupulu")]),
    ("Hal itu dikatakan Peneliti ICJR (2019) Erasmus Napitupulu di Jakarta.", "Erasmus Napitupulu",
     [("Peneliti ICJR", "idn-icjr"), ("Erasmus Napitupulu", "new-erasmus-napitupulu")]),
]


@pytest.mark.parametrize(("text", "name", "expected"), BRACKETED_OFFICES)
def test_bracketed_offices(text: str, name: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, m.actor_id) for m in resolve_mentions(text, entities=_per(text, name))] == expected


def test_bracketed_offices_switch_off() -> None:
    text = "Ketua Komisi Nasional (Komnas) Perempuan Azriana mengatakan itu."
    assert [m.text for m in resolve_mentions(text, entities=_per(text, "Azriana"), without=("bracketed_office",))] == \
        ["Ketua Komisi Nasional (Komnas)", "Azriana"]


# members of a registered unit are that unit's ("anggota Brimob" was an alias of "polisi": Polri)
UNIT_MEMBERS = [
    ("Satu orang anggota Brimob terluka.", [("Satu orang anggota Brimob", "idn-brimob")]),
    ("Personel Brimob berjaga di lokasi.", [("Personel Brimob", "idn-brimob")]),
    ("Dua anggota polisi terluka.", [("Dua anggota polisi", "idn-polri")]),  # the force itself, as before
]


@pytest.mark.parametrize(("text", "expected"), UNIT_MEMBERS)
def test_unit_members(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, m.actor_id) for m in resolve_mentions(text)] == expected


# the review of the merged branch: a person named before the bracket owns it; "pihak" before a
# role with no organisation stays a mention
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Presiden Joko Widodo (Jokowi) Senin meresmikan jalan.", "Joko Widodo", [("Presiden Joko Widodo (Jokowi)", "idn-joko-widodo")]),
        ("Ketua DPR Puan Maharani (PDIP) Senayan hadir.", "Puan Maharani",
         [("Ketua DPR Puan Maharani", "idn-puan-maharani"), ("PDIP", "idn-pdip")]),
        ("Kapolda Metro Jaya Irjen Fadil Imran (FI) Jakarta Selatan hadir.", "Fadil Imran",
         [("Kapolda Metro Jaya Irjen Fadil Imran (FI)", "idn-polda-metro-jaya")]),
    ],
)
def test_a_person_before_the_bracket_owns_it(text: str, name: str, expected: list[tuple[str, str | None]]) -> None:
    s = text.index(name)
    assert [(m.text, m.actor_id) for m in resolve_mentions(text, entities=[(s, s + len(name), "PER")])] == expected


def test_pihak_before_a_role_with_no_organisation_stays() -> None:
    assert [m.text for m in resolve_mentions("Pihak korban menolak tawaran itu.")] == ["Pihak", "korban"]
