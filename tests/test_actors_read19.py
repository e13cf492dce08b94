"""Session 19, found on a read of 400 real articles (CLICK-ID, no sindonews.com). Each row: a
case a rule decides, or one it must leave."""

from __future__ import annotations

import pytest

from warta.actors.coref import resolve_mentions


def _per(text: str, *names: str) -> list[tuple[int, int, str]]:
    """PER entities as the NER tags them, at every place the text writes each name."""
    out = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            out.append((at, at + len(name), "PER"))
            at = text.find(name, at + 1)
    return sorted(out)


ROWS = [
    # a role that has its own name takes no second name after its comma: "AK" is the woman the
    # article names, not the police spokesman (discover._in_office)
    ("Menurut Kabid Humas Polda Metro Jaya Kombes Argo Yuwono, AK berencana menjual rumah.",
     {"AK": None}, ("Argo Yuwono", "AK")),
    # an office by pattern with its officer's name, likewise (the review: "role+name" too)
    ("Menurut Kapolda Metro Jaya Irjen Karyoto, AK berencana menjual rumah.", {"AK": None}, ("Karyoto", "AK")),
    # without its own name, the role still takes the name after its comma (its organisation's id)
    ("Wakil Ketua KPK, Basaria Panjaitan mengatakan hal itu.", {"Basaria Panjaitan": "idn-kpk"}, ("Basaria Panjaitan",)),
    # a person's other name after "alias" is that person where the article writes it again
    # (coref._name_parts, other_names); not after "atau", as often a choice between two people
    ("Polisi menangkap Aulia Kusuma alias AK di rumahnya. AK menyuruh anaknya membeli obat.",
     {"AK": "new-aulia-kusuma"}, ("Aulia Kusuma", "AK")),
    ("Apakah Budi Santoso atau Joko yang datang? Joko menolak.", {"Joko": "new-joko"}, ("Budi Santoso", "Joko")),
    # an official of a regional dinas is no official of the ministry of its field (regional_patterns.json:
    # a dinas has no parent; the gold gives such officials no id)
    ("Kepala Dinas Kesehatan Kota Batam Didi Kusmajadi mengatakan itu.",
     {"Kepala Dinas Kesehatan Kota Batam Didi Kusmajadi": None}, ("Didi Kusmajadi",)),
    # a group is no one person (rules.SalientGroup): the figures are not the president
    ("Presiden Joko Widodo tiba. Ia merespons permintaan para tokoh.", {"para tokoh": None}, ()),
]


def test_bibi_is_an_aunt_not_netanyahu() -> None:
    """persons.jsonl lists no "Bibi" for Benjamin Netanyahu: in Indonesian it is an aunt."""
    text = "Menurut bibi AR, Ela Hayati, anak itu sehat. Bibi Ela menangis."
    assert not [m for m in resolve_mentions(text) if m.actor_id == "isr-benjamin-netanyahu"]
    assert [m.actor_id for m in resolve_mentions("Netanyahu menolak usulan itu.")] == ["isr-benjamin-netanyahu"]


@pytest.mark.parametrize(("text", "expected", "persons"), ROWS)
def test_read19(text: str, expected: dict[str, str | None], persons: tuple[str, ...]) -> None:
    found = {m.text: m.actor_id for m in resolve_mentions(text, entities=_per(text, *persons)) if m.text in expected}
    for name, actor in expected.items():
        assert name in found, (name, found)
        if actor is None:
            assert not (found[name] or "").startswith("idn-"), found
        else:
            assert found[name] == actor


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "Anwar" alone is an Indonesian's name (ambiguous.json, default none): a new person
        ("Anwar mengatakan, PKS telah melakukan kajian.", "Anwar", [("Anwar", "new-anwar")]),
        ("Ketua MK Anwar Usman membacakan putusan.", "Anwar Usman", [("Ketua MK Anwar Usman", None)]),
        # with Malaysian words near, or his whole name, the Malaysian prime minister
        ("Di Kuala Lumpur, Anwar menolak usulan itu.", "Anwar", [("Anwar", "mys-anwar-ibrahim")]),
        ("Di Kuala Lumpur, PM Anwar menolak usulan itu.", "Anwar", [("PM Anwar", "mys-anwar-ibrahim")]),  # a role: context still read
        ("Pemerintah Malaysia menolak. Perdana Menteri Anwar mengatakan itu.", "Anwar", [("Perdana Menteri Anwar", "mys-anwar-ibrahim")]),
        ("Perdana Menteri Malaysia Anwar Ibrahim tiba.", "Anwar Ibrahim",
         [("Perdana Menteri Malaysia Anwar Ibrahim", "mys-anwar-ibrahim")]),
    ],
)
def test_anwar_alone_is_not_anwar_ibrahim(text: str, name: str, expected: list[tuple[str, str | None]]) -> None:
    s = text.index(name)
    found = resolve_mentions(text, entities=[(s, s + len(name), "PER")])
    assert [(m.text, m.actor_id) for m in found if "Anwar" in m.text] == expected


def test_new_opens_a_place_name() -> None:
    """"New Jersey" is a US state, not the island of Jersey (demonyms_forms.json place_name_heads)."""
    text = "Simulasi dari Universitas Princeton, New Jersey itu juga memprediksi korban."
    assert not [m for m in resolve_mentions(text) if m.actor_id == "jey"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a capital ending a person's name is part of it (coref._countries_in_person_names)
        # (an unregistered name; Hotman Paris Hutapea is registered since session 22)
        ("Acara itu dipandu oleh pengacara Dimas Paris.", "Dimas Paris", [("pengacara Dimas Paris", None)]),
        ("Dimas Paris mengatakan hal itu.", "Dimas Paris", [("Dimas Paris", "new-dimas-paris")]),
        ("Acara itu dipandu oleh pengacara Hotman Paris.", "Hotman Paris", [("pengacara Hotman Paris", "idn-hotman-paris-hutapea")]),
        ("Acara itu dipandu oleh pengacara Hotman Paris Hutapea.", "Hotman Paris Hutapea",
         [("pengacara Hotman Paris Hutapea", "idn-hotman-paris-hutapea")]),  # the whole name, as news writes it
        ("Menlu Prancis Jean-Noel Barrot tiba.", "Jean-Noel Barrot", [("Menlu Prancis Jean-Noel Barrot", "fra")]),
        # a person the country stands for keeps it; a country before a name stays the country
        ("Rencana itu dibuat di bawah pemerintahan Donald Trump.", "Donald Trump", [("pemerintahan Donald Trump", "usa")]),
        ("Presiden Rusia Vladimir Putin tiba.", "Vladimir Putin", [("Presiden Rusia Vladimir Putin", "rus-vladimir-putin")]),
        ("Paris menolak usulan itu.", None, [("Paris", "fra")]),
    ],
)
def test_a_capital_inside_a_persons_name_is_no_country(text: str, name: str | None, expected: list[tuple[str, str | None]]) -> None:
    entities = [(text.index(name), text.index(name) + len(name), "PER")] if name else []
    assert [(m.text, m.actor_id) for m in resolve_mentions(text, entities=entities)] == expected
