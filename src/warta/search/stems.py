"""Indonesian stems for search: "serangan", "menyerang", "diserang" and "penyerangan" are all
"serang", so a search for one finds the others. The stemmer is Sastrawi (PySastrawi, the
Nazief–Adriani family); stems are cached per word, since news vocabulary repeats. The stems
of the words of the staged raw news corpora ship precomputed (``data/search/stems.tsv.gz``,
~80,000 words, built by training/search/build_stems.py with ``sastrawi_stem``): Sastrawi costs ~0.15 ms per new word,
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


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    word = word.lower()
    s = _precomputed().get(word)
    if s is None:
        return sastrawi_stem(word)
    return s or word


def terms(text: str) -> Counter:
    """Stem counts of a text (words of two letters or more, numbers left out)."""
    return Counter(stem(w) for w in _WORD.findall(text))


def query_terms(query: str) -> list[str]:
    return sorted({stem(w) for w in _WORD.findall(query)})
