"""Regional offices by pattern (warta.actors.regional), session 18: after a group noun they are
the group's organisation, as registered ones are, and an abbreviation in brackets may stand
between an office's prefix and its place. Each row: a case it decides, or one it must leave."""

from __future__ import annotations

import pytest

from warta.actors.coref import resolve_mentions

ROWS = [
    # a group noun and an office by pattern: the office ("Polri" was never said)
    ("Zainal dikeroyok sejumlah anggota Kepolisian Resor Lombok Timur kemarin.",
     [("sejumlah anggota Kepolisian Resor Lombok Timur", "idn-polres-lombok-timur")]),
    ("Personel Polsek Medan Timur menangkap seorang pelaku.",
     [("Personel Polsek Medan Timur", "idn-polsek-medan-timur"), ("seorang pelaku", None)]),
    # one member is a person: the person rules read registered organisations only, as before
    ("Seorang anggota Polres Lombok Timur ditangkap.", [("Seorang anggota Polres Lombok Timur", None)]),
    # the short form in brackets between prefix and place: municipal enforcement, not the police
    ("Satuan Polisi Pamong Praja (Satpol PP) Karangasem bertindak tegas.",
     [("Satuan Polisi Pamong Praja (Satpol PP) Karangasem", "idn-satpol-pp-karangasem")]),
    ("Kepolisian Resor (Polres) Lombok Timur menangkapnya.", [("Kepolisian Resor (Polres) Lombok Timur", "idn-polres-lombok-timur")]),
    # a bracket with no place after it is no office
    ("Polisi (Polres) menangkap pelaku.", [("Polisi", "idn-polri"), ("pelaku", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_regional_offices(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, m.actor_id) for m in resolve_mentions(text)] == expected
