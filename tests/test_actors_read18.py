"""Session 18, found on a read of 400 real articles. Regional offices by pattern
(warta.actors.regional): after a group noun they are the group's organisation, as registered
ones are, and an abbreviation in brackets may stand between an office's prefix and its place.
"Pihak" + a role with an organisation is that organisation. Each row: a case it decides, or one
it must leave."""

from __future__ import annotations

import pytest

from warta.actors.coref import resolve_mentions

ROWS = [
    # a group noun and an office by pattern: the office ("Polri" was never said)
    ("Zainal dikeroyok sejumlah anggota Kepolisian Resor Lombok Timur kemarin.",
     [("sejumlah anggota Kepolisian Resor Lombok Timur", "idn-polres-lombok-timur")]),
    ("Personel Polsek Medan Timur menangkap seorang pelaku.",
     [("Personel Polsek Medan Timur", "idn-polsek-medan-timur"), ("seorang pelaku", None)]),
    # one member, or one named: a person of the office, with the office's own id where it has a
    # registered parent (session 21: was the parent's, idn-polda-ntb); his rank and name are no part of the office
    ("Seorang anggota Polres Lombok Timur ditangkap.", [("Seorang anggota Polres Lombok Timur", "idn-polres-lombok-timur")]),
    ("Personel Polsek Medan Timur Bripka Andi Saputra menangkap pelaku.",
     [("Personel Polsek Medan Timur Bripka Andi Saputra", None), ("pelaku", None)]),  # a district office: no parent known
    ("Polsek Medan Timur Bripka Andi Saputra menangkap pelaku.",
     [("Polsek Medan Timur", "idn-polsek-medan-timur"), ("Bripka Andi Saputra", None), ("pelaku", None)]),
    # the short form in brackets between prefix and place: municipal enforcement, not the police
    ("Satuan Polisi Pamong Praja (Satpol PP) Karangasem bertindak tegas.",
     [("Satuan Polisi Pamong Praja (Satpol PP) Karangasem", "idn-satpol-pp-karangasem")]),
    ("Satpol PP (Satuan Polisi Pamong Praja) Karangasem bertindak tegas.",
     [("Satpol PP (Satuan Polisi Pamong Praja) Karangasem", "idn-satpol-pp-karangasem")]),
    ("Kepolisian Resor (Polres) Lombok Timur menangkapnya.", [("Kepolisian Resor (Polres) Lombok Timur", "idn-polres-lombok-timur")]),
    # other words in brackets end the office: no office "Polres Kapolres AKBP Budi"
    ("Polres (Senin) Kapolres AKBP Budi mengatakan itu.", [("Kapolres AKBP Budi", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_regional_offices(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, m.actor_id) for m in resolve_mentions(text)] == expected


# "Pihak"/"Kantor" + a role: a role with an organisation is that organisation; a head of state
# or government without one is his country's government (as before)
SIDE_OF_A_ROLE = [
    ("Pihak jaksa menuntut dia.", [("Pihak jaksa", "idn-kejagung"), ("dia", None)]),  # was idn
    ("Pihak Kapolri membantah.", [("Pihak Kapolri", "idn-polri")]),  # was idn
    ("Kantor Presiden Joko Widodo membantah.", [("Kantor Presiden Joko Widodo", "idn")]),
    ("Kantor Presiden membantah.", [("Kantor Presiden", "idn")]),  # "Kantor" is no side: his country's government, as before
    ("Kantor Menteri Luar Negeri Retno Marsudi membantah.", [("Kantor Menteri Luar Negeri Retno Marsudi", "idn")]),
    ("Kantor Perdana Menteri Israel membantah.", [("Kantor Perdana Menteri Israel", "isr")]),
]


@pytest.mark.parametrize(("text", "expected"), SIDE_OF_A_ROLE)
def test_side_of_a_role(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, m.actor_id) for m in resolve_mentions(text)] == expected


# a role before an office by pattern and a name: the person is of that office, not of the role's
# own organisation ("presiden" of a student body is no head of state)
ROLE_BEFORE_AN_OFFICE = [
    ("Hal itu kata presiden BEM Unbari Ardi kemarin.", [("presiden BEM Unbari Ardi", None)]),  # was idn-presidency
    ("Jaksa Kejari Jakarta Pusat Budi Santoso menuntut hukuman.",
     [("Jaksa Kejari Jakarta Pusat Budi Santoso", "idn-kejari-jakarta-pusat")]),  # the office (session 21; was its parent, idn-kejagung)
    ("Presiden Joko Widodo menolak.", [("Presiden Joko Widodo", "idn-joko-widodo")]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_BEFORE_AN_OFFICE)
def test_role_before_an_office(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, m.actor_id) for m in resolve_mentions(text)] == expected
