"""Word clusters learned from raw Indonesian news, read by the event tagger.

Most real-news events the tagger misses have a trigger word never coded in training ("merazia",
"menggandeng"); the raw news puts such words in the contexts of words it has seen ("merazia"
beside "menggeledah", "menindak"). Words that share contexts share a cluster, so a weight the
tagger learns for a cluster reaches the unseen words in it. Two granularities: 64 clusters
(broad: speech acts, police action, violence) and 512 (narrow). A word the table lacks takes
its stem's clusters. Built by training/events/build_clusters.py from CLICK-ID (no
sindonews.com) and IndoSum; ships as ``warta/data/events/clusters.tsv.gz``.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from warta.search.stems import stem

NONE = ("-", "-")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    raw = gzip.decompress(resources.files("warta.data").joinpath("events/clusters.tsv.gz").read_bytes()).decode("utf-8")
    out = {}
    for line in raw.splitlines():
        word, broad, narrow = line.split("\t")
        out[word] = (broad, narrow)
    return out


@lru_cache(maxsize=200_000)
def clusters_of(word: str) -> tuple[str, str]:
    """(broad, narrow) cluster of a word, else of its stem, else ("-", "-")."""
    table = _table()
    word = word.lower()
    found = table.get(word)
    if found is None and word[:1].isalpha():
        found = table.get(stem(word))
    return found or NONE


def cluster_features(words: list[str], pos: list[str], i: int) -> list[str]:
    """Token ``i``'s clusters, with its part of speech, and its neighbours' broad clusters."""
    broad, narrow = clusters_of(words[i])
    before = clusters_of(words[i - 1])[0] if i > 0 else "<s>"
    after = clusters_of(words[i + 1])[0] if i + 1 < len(words) else "</s>"
    return [f"c64={broad}", f"c512={narrow}", f"c64_pos={broad}|{pos[i]}", f"prev_c64={before}", f"next_c64={after}"]
