"""Indonesian stems for search: "serangan", "menyerang", "diserang" and "penyerangan" are all
"serang", so a search for one finds the others. The stemmer is Sastrawi (PySastrawi, the
Nazief–Adriani family); stems are cached per word, since news vocabulary repeats. The stems
of the words news uses most ship precomputed (``data/search/stems.tsv.gz``, built by
training/search/build_stems.py with ``sastrawi_stem``): Sastrawi costs ~0.15 ms per new word,
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
    """word -> stem for the frequent news words of the shipped table (a line without a tab: the word is its own stem)."""
    raw = gzip.decompress(resources.files("warta.data").joinpath("search/stems.tsv.gz").read_bytes()).decode("utf-8")
    out = {}
    for line in raw.splitlines():
        word, _, s = line.partition("\t")
        out[word] = s or word
    return out


def sastrawi_stem(word: str) -> str:
    """The stem as Sastrawi gives it (the definition; ``stem`` is the same, faster)."""
    word = word.lower()
    if len(word) <= 3:
        return word
    return _stemmer().stem(word) or word


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    word = word.lower()
    return _precomputed().get(word) or sastrawi_stem(word)


def terms(text: str) -> Counter:
    """Stem counts of a text (words of two letters or more, numbers left out)."""
    return Counter(stem(w) for w in _WORD.findall(text))


def query_terms(query: str) -> list[str]:
    return sorted({stem(w) for w in _WORD.findall(query)})
