"""A word the learned tagger proposes right beside another event's trigger is part of that
event, not a second one (data/events/beside.json).

Read in real news (session 21): "meminta semua warga" gave a REQUEST on "semua" beside the
lexicon's REQUEST "meminta"; "menghentikan perundingan damai" a SANCTION on "damai"; "menolak
hadir" a second REJECT on "hadir"; "tertangkap basah" a second COERCE on "basah". The tagger
reads each word by its neighbours, so the words around a strong trigger score high too. After
the reranker has kept its events, a tagger event whose trigger touches another kept event's
trigger in the same sentence (only spaces between) is dropped when

- the neighbour is a lexicon trigger of the same type (the word is that event's complement,
  modifier or auxiliary: "mendukung penuh", "mengancam akan", "menolak hadir"), or
- every word of it is of a class that modifies or links (``modifier_pos``: "damai", "semua",
  "dalam"), whatever the neighbour's type, and the neighbour holds a word of another class or
  was found by the lexicon.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from importlib import resources
from typing import Any

from warta.events.event import Event
from warta.events.gate import is_lexicon
from warta.events.rerank import is_tagged

_DATA = json.loads(resources.files("warta.data").joinpath("events/beside.json").read_text("utf-8"))
LINKING_POS = frozenset(_DATA["modifier_pos"])  # not view.MODIFIER_POS: words that modify or link and name no act

PosOf = Callable[[int, int], Sequence[str]]  # the POS tags of the words of a span of the text (start, end)


def touching(a: Event, b: Event, text: str) -> bool:
    """Two triggers of one sentence with nothing but spaces between them (and not overlapping)."""
    if a.sentence.start != b.sentence.start:
        return False
    first, second = (a, b) if a.trigger.start <= b.trigger.start else (b, a)
    return first.trigger.end <= second.trigger.start and not text[first.trigger.end : second.trigger.start].strip()


def drop_beside(events: list[Event], text: str, pos_of: PosOf) -> list[Event]:
    """``events`` without the tagger's events that are part of a neighbouring event (above)."""
    tagged = [e for e in events if is_tagged(e.extractor)]
    if not tagged:
        return events
    modifier = {id(e): is_modifier(pos_of(e.trigger.start, e.trigger.end)) for e in events}
    dropped = set()
    for e in tagged:
        for other in events:
            if other is e or not touching(e, other, text):  # a dropped neighbour still counts: "menolak hadir sendiri"
                continue
            lexicon = is_lexicon(other)
            if (lexicon and other.type == e.type) or (modifier[id(e)] and (lexicon or not modifier[id(other)])):
                dropped.add(id(e))
                break
    return [e for e in events if id(e) not in dropped] if dropped else events


def is_modifier(tags: Sequence[str]) -> bool:
    """Whether words of these POS tags only modify or link (an unknown word does not)."""
    return bool(tags) and all(p in LINKING_POS for p in tags)


def spacy_pos(doc: Any) -> PosOf:
    """``PosOf`` over the spaCy Doc of the text (every token the span touches). Without a Doc (a
    step run on documents whose Doc was not kept) it gives no tags, so only the same-type rule
    applies: ``is_modifier`` of no tags is False."""

    def pos_of(start: int, end: int) -> list[str]:
        span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
        return [t.pos_ for t in span] if span is not None else []

    return pos_of
