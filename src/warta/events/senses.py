"""Word senses that are no event, and a trigger's type mended for close pairs
(data/events/senses.json), after the detector.

The gate, tagger and reranker learn a word's events from train; a word sense train holds
rarely is coded by the word's usual type, or by a neighbouring form's. Read in real news
(session 22): "menindak lanjuti" (to follow up; the lexicon's COERCE "menindak" is its first
word), "menabrak gerobak" (a traffic collision read as ASSAULT). Each rule of the table names
the trigger words it reads (lowercased, the whole trigger or, with ``next``, followed by one of
those words) and the types it applies to:

- ``not_events``: the event is dropped (the guide: a follow-up, an accident are no PLOVER act);
- ``retype``: the event keeps its span, roles and confidence, and takes the rule's type.

It runs after the reranker (and the "beside" rule); ``Events(senses=False)`` turns it off.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from warta.events.event import Event

_WORD = re.compile(r"\w+(?:-\w+)*")


@dataclass(frozen=True)
class SenseRule:
    """One row of the table: events of ``types`` whose trigger is one of ``triggers`` (and,
    when ``next`` is given, whose next word is one of ``next``) are dropped (``to`` None) or
    take the type ``to``."""

    name: str
    types: frozenset[str]
    triggers: frozenset[tuple[str, ...]]
    next: frozenset[tuple[str, ...]]
    to: str | None
    example: str

    def applies(self, type_: str, trigger: str, after: str) -> bool:
        """Whether the rule reads an event of ``type_`` with this trigger text, ``after``
        being the text that follows the trigger (its first words must be one of ``next``)."""
        if type_ not in self.types or words(trigger) not in self.triggers:
            return False
        if not self.next:
            return True
        following = words(after)
        return any(following[: len(n)] == n for n in self.next)


def words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


@dataclass(frozen=True)
class Senses:
    rules: tuple[SenseRule, ...]

    def rule_for(self, type_: str, trigger: str, after: str) -> SenseRule | None:
        """The first rule of the table that reads this event, if any."""
        return next((r for r in self.rules if r.applies(type_, trigger, after)), None)

    def apply(self, events: Sequence[Event], text: str) -> list[Event]:
        """``events`` without those a ``not_events`` rule reads, with the type of a ``retype``
        rule's ``to`` (``text``: the document's text, the events' offsets index it)."""
        out = []
        for e in events:
            rule = self.rule_for(e.type, e.trigger.text, text[e.trigger.end : e.trigger.end + 40])
            if rule is None:
                out.append(e)
            elif rule.to is not None:
                e.type = rule.to
                e.extractor = f"{e.extractor} senses:{rule.name}"
                out.append(e)
        return out


def _rules(rows: list[dict], retype: bool) -> list[SenseRule]:
    return [
        SenseRule(
            name=r["name"],
            types=frozenset(r["types"]),
            triggers=frozenset(words(t) for t in r["triggers"]),
            next=frozenset(words(w) for w in r.get("next", ())),
            to=r["to"] if retype else None,
            example=r["example"],
        )
        for r in rows
    ]


def load_senses() -> Senses:
    data = json.loads(resources.files("warta.data").joinpath("events/senses.json").read_text("utf-8"))
    return Senses(tuple(_rules(data["not_events"], False) + _rules(data["retype"], True)))
