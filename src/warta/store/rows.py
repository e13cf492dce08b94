"""What the store writes of each annotation slot: one registry, slot → writer.

A writer turns one slot of a batch of documents (warta.records.Annotations) into rows of the
store tables it declares. The store writes the slots a pipeline assigns (its steps'
``assigns``) through their writers, here or into the Parquet shards of ``warta process``; a
slot without a writer (entities, the spaCy Doc, resolved places, dates) is not stored.

Each table says what its rows belong to (``parent`` and ``key``): a row of ``mentions``
belongs to the document whose ``doc_id`` it carries, a row of ``event_roles`` to the event of
its ``event_id``. ``warta load`` keeps a shard's rows by that alone: the rows of documents
stored as duplicates go, and with them the rows that belong to those rows.

A new stage adds its slot (warta.records), a migration creating its table
(store/migrations) and a ``@writes`` function here; the store and the engine read this registry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from warta.records import SLOTS, Document, mention_id

Rows = dict[str, list[dict[str, Any]]]  # table name → rows


@dataclass(frozen=True)
class Table:
    """A store table a writer fills. A row belongs to the row of ``parent`` (``documents``, or
    a table declared before it) with the same ``key``. ``shared`` rows (a discovered actor, a
    geocoded place) may come from many documents: the first one stored stays."""

    name: str
    parent: str
    key: str
    shared: bool = False


@dataclass(frozen=True)
class Writer:
    slot: str
    tables: tuple[Table, ...]
    rows: Callable[[Sequence[Document]], Rows]


WRITERS: dict[str, Writer] = {}


def writes(slot: str, *tables: Table) -> Callable[[Callable[[Sequence[Document]], Rows]], Callable[[Sequence[Document]], Rows]]:
    """Register the decorated function as the writer of ``slot``, filling ``tables``."""
    if slot not in SLOTS:
        raise ValueError(f"{slot!r} is no annotation slot (warta.records.Annotations)")
    known = {"documents", *(t.name for w in WRITERS.values() for t in w.tables)}
    for t in tables:
        if t.name in known:
            raise ValueError(f"table {t.name!r} is written twice")
        if t.parent not in known:
            raise ValueError(f"table {t.name!r} belongs to {t.parent!r}, which no writer before it fills")
        known.add(t.name)

    def register(fn: Callable[[Sequence[Document]], Rows]) -> Callable[[Sequence[Document]], Rows]:
        WRITERS[slot] = Writer(slot, tables, fn)
        return fn

    return register


def tables() -> list[Table]:
    """Every table the writers fill, each after the table its rows belong to."""
    return [t for w in WRITERS.values() for t in w.tables]


def slot_rows(docs: Sequence[Document], slots: Iterable[str]) -> Rows:
    """The rows of ``slots`` (those with a writer) for a batch, table by table in registry order."""
    wanted = set(slots)
    out: Rows = {}
    for w in WRITERS.values():
        if w.slot in wanted:
            out.update(w.rows(docs))
    return out


# -- the writers ------------------------------------------------------------------------


@writes("sentences", Table("sentences", parent="documents", key="doc_id"))
def sentence_rows(docs: Sequence[Document]) -> Rows:
    rows = [{"doc_id": d.doc_id, "idx": idx, "start": start, "end": end}
            for d in docs for idx, (start, end) in enumerate(d.annotations.sentences)]  # fmt: skip
    return {"sentences": rows}


@writes("mentions", Table("mentions", parent="documents", key="doc_id"), Table("actors", parent="mentions", key="actor_id", shared=True))
def mention_rows(docs: Sequence[Document]) -> Rows:
    """Each mention, and the actors the register does not list (discovered ones)."""
    mentions, actors = [], []
    for d in docs:
        found = d.annotations.mentions
        for m in found:
            ant = found[m.antecedent] if m.antecedent is not None else None
            mentions.append({
                "mention_id": mention_id(d.doc_id, m.start, m.end), "doc_id": d.doc_id, "start": m.start, "end": m.end,
                "text": m.text, "label": m.label, "actor_id": m.actor_id, "role": m.role,
                "antecedent_id": mention_id(d.doc_id, ant.start, ant.end) if ant else None, "resolver": m.rule,
                "name": m.name, "type": m.type, "country": m.country, "sector": m.sector,
            })  # fmt: skip
            if m.rule in ("discovered", "regional") and m.actor_id:  # a group with no id ("Ronaldo dkk") is no actor row
                actors.append({"actor_id": m.actor_id, "name": m.name or m.text, "type": m.type, "country": m.country,
                               "sector": m.sector, "origin": m.rule})  # fmt: skip
    # one row per discovered actor; the first naming of it is kept (as ON CONFLICT keeps the stored one)
    return {"mentions": mentions, "actors": list({a["actor_id"]: a for a in reversed(actors)}.values())}


@writes(
    "events",
    Table("events", parent="documents", key="doc_id"),
    Table("event_roles", parent="events", key="event_id"),
    Table("event_locations", parent="events", key="event_id"),
    Table("places", parent="event_locations", key="place_id", shared=True),
)
def event_rows(docs: Sequence[Document]) -> Rows:
    """Each event with its participants and locations (set by the places and dates steps on
    the events), and the gazetteer places they name."""
    events, roles, locations, places = [], [], [], []
    for d in docs:
        for e in d.annotations.events:
            events.append(_event_row(d.doc_id, e))
            for role in ("actor", "recipient"):
                for idx, p in enumerate(getattr(e, role)):
                    roles.append({
                        "event_id": e.event_id, "role": role, "idx": idx, "start": p.start, "end": p.end, "text": p.text,
                        "mention_id": p.mention_id, "actor_id": p.actor_id, "name": p.name, "type": p.type,
                        "country": p.country, "sector": p.sector,
                    })  # fmt: skip
            for idx, loc in enumerate(e.location):
                locations.append({"event_id": e.event_id, "idx": idx, **loc.as_dict()})
                if loc.place_id:
                    places.append({"place_id": loc.place_id, "name": loc.name, "type": loc.precision,
                                   "country": loc.country, "lat": loc.lat, "lon": loc.lon})  # fmt: skip
    unique_places = list({p["place_id"]: p for p in places}.values())
    return {"events": events, "event_roles": roles, "event_locations": locations, "places": unique_places}


@writes("terms", Table("document_terms", parent="documents", key="doc_id"))
def term_rows(docs: Sequence[Document]) -> Rows:
    return {"document_terms": [{"doc_id": d.doc_id, "term": term, "tf": tf} for d in docs for term, tf in d.annotations.terms.items()]}


def _event_row(doc_id: str, e: Any) -> dict[str, Any]:
    date, cue = e.date, e.modality_cue
    return {
        "event_id": e.event_id, "doc_id": doc_id, "sentence_start": e.sentence.start, "sentence_end": e.sentence.end,
        "sentence_text": e.sentence.text, "type": e.type, "mode": e.mode, "trigger_start": e.trigger.start,
        "trigger_end": e.trigger.end, "trigger_text": e.trigger.text, "modality": e.modality,
        "modality_cue_start": cue.start if cue else None, "modality_cue_end": cue.end if cue else None,
        "modality_cue_text": cue.text if cue else None, "confidence": e.confidence, "extractor": e.extractor,
        "date_value": date.value if date else None, "date_precision": date.precision if date else None,
        "date_start": date.start if date else None, "date_end": date.end if date else None,
        "date_text": date.text if date else None, "date_relative": date.relative if date else None,
        "date_source": date.source if date else None,
        "location_source": e.location[0].source if e.location else None, "event_cluster": e.event_cluster,
    }  # fmt: skip
