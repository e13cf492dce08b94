"""The event record, as ../shared/spec/events.md defines it; every span indexes the cleaned text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Participant:
    """An actor or recipient: the span in this sentence, and the actor it resolves to (if any)."""

    start: int
    end: int
    text: str
    actor_id: str | None = None
    name: str | None = None
    type: str | None = None
    country: str | None = None
    sector: str | None = None
    mention_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "actor_id": self.actor_id, "name": self.name,
                "type": self.type, "country": self.country, "sector": self.sector}  # fmt: skip


@dataclass(slots=True)
class Location:
    start: int | None
    end: int | None
    text: str | None
    place_id: str | None
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    precision: str | None
    source: str = "sentence"  # sentence | participant | dateline | context (the article's main place): see places/stage.py

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "place_id": self.place_id, "name": self.name,
                "country": self.country, "lat": self.lat, "lon": self.lon, "precision": self.precision,
                "source": self.source}  # fmt: skip


@dataclass(slots=True)
class EventDate:
    value: str  # ISO 8601: 2024-06-12, 2024-W23, 2024-06, 2024
    precision: str  # day | week | month | year
    start: int | None
    end: int | None
    text: str | None
    relative: bool = False  # resolved against no publication date: value is a guess, flagged
    source: str = "sentence"  # sentence | paragraph | nearby | lead | published: warta.dates.govern.RULES

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision, "start": self.start, "end": self.end,
                "text": self.text, "relative": self.relative, "source": self.source}  # fmt: skip


@dataclass(slots=True)
class Event:
    event_id: str
    sentence: Span
    type: str
    trigger: Span
    modality: str
    confidence: float
    extractor: str  # version + the rule that decided: "warta-events/1 lexicon:active"
    actor: list[Participant] = field(default_factory=list)
    recipient: list[Participant] = field(default_factory=list)
    location: list[Location] = field(default_factory=list)
    date: EventDate | None = None
    mode: str | None = None
    modality_cue: Span | None = None  # the words that set the modality, if any
    event_cluster: str | None = None

    def as_dict(self, doc_id: str) -> dict[str, Any]:
        return {
            "doc_id": doc_id, "event_id": self.event_id, "sentence": self.sentence.as_dict(), "type": self.type,
            "mode": self.mode, "trigger": self.trigger.as_dict(), "actor": [p.as_dict() for p in self.actor],
            "recipient": [p.as_dict() for p in self.recipient], "location": [loc.as_dict() for loc in self.location],
            "date": self.date.as_dict() if self.date else None, "modality": self.modality,
            "modality_cue": self.modality_cue.as_dict() if self.modality_cue else None,
            "confidence": round(self.confidence, 3), "extractor": self.extractor, "event_cluster": self.event_cluster,
        }  # fmt: skip
