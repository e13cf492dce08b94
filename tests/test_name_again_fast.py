"""``discover.whole_words`` finds a name again by ``str.find`` where ``name_again`` ran a regex
per name (issue 16, speed): the same spans as ``re.finditer`` with the word-boundary look-arounds,
for any text and name; and ``name_again`` skips a name it has already looked for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.actors.discover import name_again, whole_words
from warta.actors.match import Mention


def _regex(text: str, name: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]


CASES = [
    ("Thareq mengatakan. Menurut Thareq, ia pergi.", "Thareq"),
    ("ThareqThareq Thareq_ Thareq2 (Thareq) Thareq", "Thareq"),
    ("aa aaa aa", "aa"),  # overlapping candidates: re resumes after a match, and one past a failure
    ("é-KTP éKTP KTP", "KTP"),  # a letter outside ASCII is a word character
    ("Rp 5 5 ٣5", "5"),  # so is a digit of another script
    ("PT. Maju PT. Maju", "PT."),  # a name ending in punctuation
    ("", "Budi"),
]

ALPHABET = st.sampled_from(list("ab _-.é٣5\n"))


def test_the_same_spans_as_the_regex_on_examples():
    for text, name in CASES:
        assert list(whole_words(text, name)) == _regex(text, name), (text, name)
    assert list(whole_words("abc", "")) == []


@settings(max_examples=400, deadline=None)
@given(st.text(ALPHABET, max_size=40), st.text(ALPHABET, min_size=1, max_size=4))
def test_the_same_spans_as_the_regex(text, name):
    assert list(whole_words(text, name)) == _regex(text, name)


def _mention(text: str, start: int, label: str = "PER") -> Mention:
    return Mention(start=start, end=start + len(text), text=text, actor_id=None, name=text, type=None, country=None, sector=None, label=label)


def test_a_repeated_name_is_found_again_once():
    text = "Budi datang. Budi pergi. Kata Budi, Budi pulang."
    found = [_mention("Budi", 0), _mention("Budi", 13)]
    again = name_again(text, found, [(0, 4), (13, 17)])
    assert [(m.start, m.end) for m in again] == [(30, 34), (36, 40)]
