"""Indonesian stems for search: "serangan", "menyerang", "diserang" and "penyerangan" are all
"serang", so a search for one finds the others. The stemmer is Sastrawi (PySastrawi, the
Nazief–Adriani family); stems are cached per word, since news vocabulary repeats. The stems
of the words of the staged raw news corpora ship precomputed (``data/search/stems.tsv.gz``,
48,854 words, built by training/search/build_stems.py with ``sastrawi_stem``): Sastrawi costs ~0.15 ms per new word,
and every process (each ingest worker) would otherwise pay it for the whole vocabulary again.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

_WORD = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]+)*", re.UNICODE)


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=1)
def _precomputed() -> dict[str, str]:
    """word -> stem for the words of the shipped table, the stem "" when it is the word itself
    (the file's lines are ``word<TAB>stem``; read by splitting the whole text, no loop per line)."""
    raw = gzip.decompress(resources.files("warta.data").joinpath("search/stems.tsv.gz").read_bytes()).decode("utf-8")
    return _stem_table(raw, "search/stems.tsv.gz")


def _stem_table(raw: str, source: str) -> dict[str, str]:
    """The ``word<TAB>stem`` lines of ``raw`` as a dict; a ValueError naming the first line
    without its one tab when the tabs do not match the lines (a table misread by pairs otherwise)."""
    lines = raw.count("\n") + (not raw.endswith("\n"))
    if raw and (raw.count("\t") != lines or re.search(r"\t[^\n]*\t", raw)):
        k, line = next((k, line) for k, line in enumerate(raw.split("\n"), 1) if line.count("\t") != 1)
        raise ValueError(f"{source} line {k}: not word<TAB>stem: {line[:80]!r}")
    parts = raw.replace("\n", "\t").split("\t")
    return dict(zip(parts[0:-1:2], parts[1::2]))


def precomputed_stem(word: str) -> str | None:
    """The shipped table's stem of a lowercase word, or None when the table lacks it."""
    s = _precomputed().get(word)
    return None if s is None else s or word


def sastrawi_stem(word: str) -> str:
    """The stem as Sastrawi gives it (the definition; ``stem`` is the same, faster)."""
    word = word.lower()
    if len(word) <= 3:
        return word
    return _stemmer().stem(word) or word


# Where Sastrawi (0.1.x: Stemmer, Context and its visitors) can change a word at all: a prefix rule
# matches only at a start below (di-/ke-/se- plain prefixes; be-, te-, me-, pe-, er-, kau-, ku- and
# the infixes -el-, -em-, -er-, -in- after a first consonant: every pattern of its disambiguators
# is anchored there, "belajar" too), a suffix rule only at an end below (-lah/-kah/-tah/-pun,
# -ku/-mu/-nya, -i/-kan/-an/-is/-isme/-isasi). A word of letters a-z alone that has neither is
# one "word" for its normaliser, no plural, and no visitor removes anything, so its stem is the
# word itself, found or not in Sastrawi's dictionary (tests/test_stems.py checks this against
# Sastrawi on every word of the shipped table and on random words).
_LETTERS = re.compile(r"[a-z]+")
_PREFIX_STARTS = ("di", "ke", "se", "be", "te", "me", "pe", "er", "ka", "ku")
_INFIXES = frozenset({"el", "em", "er", "in"})
_SUFFIX_ENDS = ("lah", "kah", "tah", "pun", "ku", "mu", "nya", "i", "an", "is", "isme")


def sastrawi_keeps(word: str) -> bool:
    """Whether Sastrawi surely leaves ``word`` (lowercase, over three letters) as it is: no affix
    rule can apply (a cheap test; False says nothing)."""
    return (_LETTERS.fullmatch(word) is not None and not word.startswith(_PREFIX_STARTS)
            and word[1:3] not in _INFIXES and not word.endswith(_SUFFIX_ENDS))  # fmt: skip


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    word = word.lower()
    if (s := precomputed_stem(word)) is not None:
        return s
    if len(word) > 3 and sastrawi_keeps(word):
        return word
    return sastrawi_stem(word)


def terms(text: str) -> Counter:
    """Stem counts of a text (words of two letters or more, numbers left out)."""
    return Counter(stem(w) for w in _WORD.findall(text))


def query_terms(query: str) -> list[str]:
    return sorted({stem(w) for w in _WORD.findall(query)})
