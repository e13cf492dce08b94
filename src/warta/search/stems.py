"""Indonesian stems for search: "serangan", "menyerang", "diserang" and "penyerangan" are all
"serang", so a search for one finds the others. The stemmer is Sastrawi (PySastrawi, the
Nazief–Adriani family); stems are cached per word, since news vocabulary repeats.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]+)*", re.UNICODE)


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    word = word.lower()
    if len(word) <= 3:
        return word
    return _stemmer().stem(word) or word


def terms(text: str) -> Counter:
    """Stem counts of a text (words of two letters or more, numbers left out)."""
    return Counter(stem(w) for w in _WORD.findall(text))


def query_terms(query: str) -> list[str]:
    return sorted({stem(w) for w in _WORD.findall(query)})
