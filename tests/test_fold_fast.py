"""``register.fold``'s ASCII fast path gives what the full fold (NFKD, marks dropped,
casefold) gives (issue 16, speed: identical output)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from warta.actors.register import _APOSTROPHES, fold


def full_fold(text: str) -> str:
    """The fold as written before the fast path."""
    s = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return s.replace("-", " ").replace("–", " ")


def test_every_ascii_character_folds_as_before():
    for c in map(chr, range(128)):
        assert fold(f"A{c}b`-Z") == full_fold(f"A{c}b`-Z"), repr(c)


@given(st.text(st.characters(max_codepoint=127)))
def test_ascii_text_folds_as_before(text):
    assert fold(text) == full_fold(text)


@given(st.text())
def test_any_text_folds_as_before(text):
    assert fold(text) == full_fold(text)
