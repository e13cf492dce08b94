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
    ("Ia memakan buah hasil kebunnya.", ["Ia"]),  # "buah hasil": no person
    ("Ia merasa sangat tuanya.", ["Ia"]),  # "tuanya" alone: no one
]


@pytest.mark.parametrize(("text", "expected"), PERSON_COMPOUNDS)
def test_person_compounds(text: str, expected: list[str]) -> None:
    assert [m.text for m in resolve_mentions(text)] == expected


def test_person_compounds_switch_off() -> None:
    text = "Ia mengamen saat kedua orang tuanya sakit keras."
    assert [m.text for m in resolve_mentions(text, without=("person_compound",))] == ["Ia"]
