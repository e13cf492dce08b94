"""Fingerprints for deduplication: an exact hash of normalised text and a MinHash signature.

Normalised text is lower-case words only, so a changed dateline punctuation or spacing does
not hide an exact copy. The MinHash is over word 3-grams (shingles) of that text: syndicated
copies share most 3-grams, different stories on one topic share few.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

import xxhash
from rensa import RMinHash

from warta.records import Document

_WORDS = re.compile(r"\w+")  # (measured faster than str.translate + split on non-ASCII news text)


@dataclass(frozen=True)
class Fingerprint:
    num_perm: int = 120  # as DedupConfig (ingest passes its value)
    shingle: int = 3
    seed: int = 42
    name: ClassVar[str] = "fingerprint"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()  # Document.norm_hash and minhash

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            if doc.status not in ("ok", "non_indonesian"):
                continue
            words = _WORDS.findall(doc.text.lower())
            doc.norm_hash = xxhash.xxh3_128_hexdigest(" ".join(words).encode("utf-8", "surrogatepass"))
            doc.minhash = signature(words, self.num_perm, self.shingle, self.seed)
        return docs


def shingles(words: list[str], n: int) -> list[str]:
    if len(words) < n:
        return [" ".join(words)] if words else []
    if n == 3:  # the default; zip is twice as fast as slicing per position
        return [f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:])]
    return [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]


def signature(words: list[str], num_perm: int, shingle: int, seed: int) -> bytes:
    """The MinHash in rensa's own versioned serialisation, so the store can rebuild it."""
    m = RMinHash(num_perm=num_perm, seed=seed)
    m.update(shingles(words, shingle))
    return m.__getstate__()


def restore(state: bytes, num_perm: int, seed: int) -> RMinHash:
    """An RMinHash from ``signature``'s bytes (rensa's format, not pickle: safe to load)."""
    m = RMinHash(num_perm=num_perm, seed=seed)
    m.__setstate__(state)
    return m
