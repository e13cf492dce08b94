"""The learned gate: how likely a lexicon candidate is a real event, learned from real news.

The lexicon finds every place where an event *could* be told ("ancaman", "ditemui",
"mengakui"); on ordinary news most such candidates are not events (a sentence threatened in
court, a spokesman met by the press). The gate is a logistic regression over what the coder
saw (type, trigger word, rule, roles found, modality) and the words around the trigger, trained
on the real-news train split (training/events/train_gate.py). Its probability is the event's
``confidence``; events under the floor are dropped. The weights ship as JSON in
``warta/data/events/gate.json``: reading them needs no learning library.
"""

from __future__ import annotations

import bisect
import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from warta.events.event import Event
from warta.events.scoring import WORD, keep_confident
from warta.search.stems import stem

_QUOTES = ('"', "“", "”")
WINDOW = 3  # words each side of the trigger


@dataclass(frozen=True)
class Gate:
    weights: dict[str, float]
    bias: float
    threshold: float  # the default floor: best event F1 on real-news dev
    version: str

    def probability(self, features: Sequence[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))


def load_gate(folder: str | None = None) -> Gate:
    """The shipped gate, or the ``gate.json`` of ``folder`` (weights trained elsewhere)."""
    source = Path(folder, "gate.json") if folder else resources.files("warta.data").joinpath("events/gate.json")
    raw = json.loads(source.read_text("utf-8"))
    return Gate(weights=raw["weights"], bias=raw["bias"], threshold=raw["threshold"], version=raw["version"])


def candidate_features(event: Event, text: str, in_sentence: int) -> list[str]:
    """What the gate reads of one candidate: names of binary features."""
    t, s = event.trigger, event.sentence
    trigger = t.text.lower()
    left = [w.lower() for w in WORD.findall(text[s.start : t.start])][-WINDOW:]
    right = [w.lower() for w in WORD.findall(text[t.end : s.end])][:WINDOW]
    rule = event.extractor.split("lexicon:", 1)[-1].split()[0]
    actors, recipients = event.actor, event.recipient
    out = [
        f"type={event.type}",
        f"rule={rule}",
        f"trigger={trigger}",
        f"trigger_stem={' '.join(stem(w) for w in trigger.split())}",
        f"type_rule={event.type}|{rule}",
        f"modality={event.modality}",
        f"actor={'resolved' if any(p.actor_id for p in actors) else 'span' if actors else 'none'}",
        f"recipient={'resolved' if any(p.actor_id for p in recipients) else 'span' if recipients else 'none'}",
        f"type_actor={event.type}|{bool(actors)}",
        f"candidates={min(in_sentence, 3)}",
        f"headline={s.start == 0}",
        f"quote={any(q in text[s.start : s.end] for q in _QUOTES)}",
    ]
    out += [f"actor_sector={p.sector}" for p in actors[:1] if p.sector]
    out += [f"left{len(left) - k}={w}" for k, w in enumerate(left)]
    out += [f"right{k + 1}={w}" for k, w in enumerate(right)]
    out += [f"near={w}" for w in set(left + right)]
    return out


def is_lexicon(event: Event) -> bool:
    """The gate scores the lexicon's candidates; a tagged event carries the tagger's probability."""
    return " lexicon:" in event.extractor


def document_features(events: list[Event], text: str, context: Sequence[str] = ()) -> list[list[str] | None]:
    """What the gate reads of each of a document's lexicon candidates (``None`` for the other
    events), the one function for training and coding: ``candidate_features``, how dense in
    candidates the whole document is (sport, celebrity and lifestyle pieces hold few, and their
    few are seldom events), and ``context``, what the document says of itself (its topic,
    ``warta.events.topic``), alone and with the candidate's type; and the type of the candidate
    told before it in its sentence (``before_features``)."""
    lexical = [e for e in events if is_lexicon(e)]
    per_sentence = Counter(e.sentence.start for e in lexical)
    told = _told_by_sentence(lexical)
    document = [f"doc_density={min(4, len(lexical) * 1000 // max(1, len(text)))}", *context]
    out: list[list[str] | None] = []
    for e in events:
        if not is_lexicon(e):
            out.append(None)
            continue
        out.append([*candidate_features(e, text, per_sentence[e.sentence.start]), *before_features(e, told[e.sentence.start]),
                    *document, *(f"{c}|type={e.type}" for c in context)])  # fmt: skip
    return out


def _told_by_sentence(lexical: list[Event]) -> dict[int, tuple[list[int], list[str]]]:
    """Per sentence, its candidates' trigger ends in order and their types."""
    pairs: dict[int, list[tuple[int, str]]] = {}
    for e in lexical:
        pairs.setdefault(e.sentence.start, []).append((e.trigger.end, e.type))
    told = {}
    for k, v in pairs.items():
        v.sort()
        told[k] = ([end for end, _ in v], [t for _, t in v])
    return told


def before_features(event: Event, told: tuple[list[int], list[str]]) -> list[str]:
    """The type of the nearest candidate whose trigger ends at or before this one's start, in its sentence,
    alone and with this one's type: the content of a demand is no event of its own ("mendesak
    Presiden mencopot Susi" is one REQUEST, GUIDE.md "Reported speech"), while "mengecam ... dan
    mendesak" is two events."""
    ends, types = told
    k = bisect.bisect_right(ends, event.trigger.start)
    if k == 0:
        return ["before=none"]
    return [f"before={types[k - 1]}", f"before_type={types[k - 1]}|{event.type}"]


def gate_events(events: list[Event], text: str, gate: Gate, floor: float, context: Sequence[str] = ()) -> list[Event]:
    """Each lexicon event's confidence becomes the gate's probability; those under ``floor`` go.
    (A tagged event's confidence is already the tagger's probability.)"""
    scored = zip(events, document_features(events, text, context))
    return keep_confident(((e, None if f is None else gate.probability(f)) for e, f in scored), floor, f"gate:{gate.version}")
