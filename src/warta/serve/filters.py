"""Query parameters shared by every event view, turned into one SQL WHERE clause.

The same filter drives the events list, the graph, the timeline, the clusters, the map
and every export, so the dashboard's views always agree. Values are bound parameters,
never pasted into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")  # fmt: skip
MODALITIES = ("asserted", "future", "hypothetical", "negated", "historical")



class FilterError(ValueError):
    """A parameter that cannot be used: answered with 422 and this message."""


@dataclass
class EventFilter:
    type: list[str] = field(default_factory=list)
    modality: list[str] = field(default_factory=list)
    actor: list[str] = field(default_factory=list)  # actor ids, either role
    role: str | None = None  # restrict actor to "actor" or "recipient"
    country: list[str] = field(default_factory=list)  # alpha-3 of an actor or a location
    sector: list[str] = field(default_factory=list)
    place: list[str] = field(default_factory=list)
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    date_from: str | None = None
    date_to: str | None = None
    cluster: str | None = None
    doc_id: str | None = None
    outlet: list[str] = field(default_factory=list)
    q: str | None = None  # full text of the event's document
    min_confidence: float | None = None  # events whose confidence reaches this (docs/events.md: precision by floor)

    @classmethod
    def parse(cls, *, type=None, modality=None, actor=None, role=None, country=None, sector=None, place=None, bbox=None,
              date_from=None, date_to=None, cluster=None, doc_id=None, outlet=None, q=None, min_confidence=None) -> EventFilter:  # fmt: skip
        f = cls()
        f.type = _upper_list(type, TYPES, "type")
        f.modality = _list(modality)
        for m in f.modality:
            if m not in MODALITIES:
                raise FilterError(f"modality must be one of {', '.join(MODALITIES)}, not {m!r}")
        f.actor, f.sector, f.place, f.outlet = _list(actor), [s.upper() for s in _list(sector)], _list(place), _list(outlet)
        f.country = [c.upper() for c in _list(country)]
        for c in f.country:
            if len(c) != 3 or not c.isalpha():
                raise FilterError(f"country must be an ISO 3166-1 alpha-3 code such as IDN, not {c!r}")
        if role not in (None, "", "actor", "recipient"):
            raise FilterError("role must be actor or recipient")
        f.role = role or None
        if bbox:
            try:
                w, s, e, n = (float(x) for x in bbox.split(","))
            except ValueError:
                raise FilterError("bbox must be four numbers: west,south,east,north") from None
            if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
                raise FilterError("bbox out of range: west,south,east,north in degrees, south <= north")
            f.bbox = (w, s, e, n)
        for name, value in (("date_from", date_from), ("date_to", date_to)):
            if value:
                if not _is_iso_date(value):
                    raise FilterError(f"{name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
                setattr(f, name, value)
        f.cluster, f.doc_id, f.q = cluster or None, doc_id or None, (q or "").strip() or None
        if min_confidence is not None:
            if not 0.0 <= min_confidence <= 1.0:
                raise FilterError(f"min_confidence must be between 0 and 1, not {min_confidence!r}")
            f.min_confidence = min_confidence
        return f

    def where(self) -> tuple[str, list[Any]]:
        """SQL over the served event table ``ev e`` (warta.serve.cache): (condition, parameters)."""
        cond, params = ["TRUE"], []
        if self.type:
            cond.append(f"e.type IN ({_marks(self.type)})")
            params += self.type
        if self.modality:
            cond.append(f"e.modality IN ({_marks(self.modality)})")
            params += self.modality
        if self.actor:
            role = " AND role = ?" if self.role else ""
            cond.append(f"e.rn IN (SELECT rn FROM ev_actor WHERE actor_id IN ({_marks(self.actor)}){role})")
            params += self.actor + ([self.role] if self.role else [])
        if self.country:
            cond.append(f"e.rn IN (SELECT rn FROM ev_country WHERE country IN ({_marks(self.country)}))")
            params += self.country
        if self.sector:
            cond.append(f"e.rn IN (SELECT rn FROM ev_sector WHERE sector IN ({_marks(self.sector)}))")
            params += self.sector
        if self.place:
            cond.append(f"e.rn IN (SELECT rn FROM ev_place WHERE place_id IN ({_marks(self.place)}))")
            params += self.place
        if self.bbox:
            w, s, e_, n = self.bbox
            lon = "lon BETWEEN ? AND ?" if w <= e_ else "(lon >= ? OR lon <= ?)"  # across the antimeridian
            cond.append(f"e.rn IN (SELECT rn FROM ev_points WHERE lat BETWEEN ? AND ? AND {lon})")
            params += [s, n, w, e_]
        if self.date_from:
            cond.append("e.day >= ?")
            params.append(self.date_from)
        if self.date_to:
            cond.append("e.day <= ?")
            params.append(self.date_to + ("-99" if len(self.date_to) < 10 else ""))
        if self.cluster:
            cond.append("e.event_cluster = ?")
            params.append(self.cluster)
        if self.doc_id:
            cond.append("e.doc_id = ?")
            params.append(self.doc_id)
        if self.outlet:
            cond.append(f"e.outlet IN ({_marks(self.outlet)})")
            params += self.outlet
        if self.min_confidence is not None:
            cond.append("e.confidence >= ?")
            params.append(self.min_confidence)
        if self.q:
            from warta.search.stems import query_terms

            terms = query_terms(self.q)
            if terms:
                cond.append(f"e.doc_id IN (SELECT doc_id FROM document_terms WHERE term IN ({_marks(terms)}) GROUP BY doc_id HAVING count(*) = ?)")
                params += terms + [len(terms)]
        return " AND ".join(cond), params


def _list(value) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [x.strip() for item in items for x in str(item).split(",") if x.strip()]


def _upper_list(value, allowed, name) -> list[str]:
    out = [x.upper() for x in _list(value)]
    for x in out:
        if x not in allowed:
            raise FilterError(f"{name} must be one of {', '.join(allowed)}, not {x!r}")
    return out


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


def _is_iso_date(value: str) -> bool:
    import re
    from datetime import date

    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        elif len(value) == 7:
            date.fromisoformat(value + "-01")
    except ValueError:
        return False
    return True
