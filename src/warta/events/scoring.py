"""What the events stage's learned parts (gate, reranker, role reader, topic) share: the words
they read, the logistic function, and how a scored event is kept or dropped."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from warta.events.event import Event

WORD = re.compile(r"\w+(?:-\w+)*")  # a word, hyphenated compounds whole ("Timur-Tengah", "anak-anak")


def logistic(z: float) -> float:
    """The logistic of ``z``, clamped to ±30 so that a huge sum never overflows ``exp``."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def keep_confident(scored: Iterable[tuple[Event, float | None]], floor: float, tag: str) -> list[Event]:
    """The events whose probability reaches ``floor``, each given that probability as its
    confidence and ``tag`` after its extractor; an event scored None is kept as it is."""
    kept = []
    for e, p in scored:
        if p is None:
            kept.append(e)
        elif p >= floor:
            e.confidence = round(p, 3)
            e.extractor = f"{e.extractor} {tag}"
            kept.append(e)
    return kept
