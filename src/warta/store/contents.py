"""What a store holds, in the numbers a user checks after an ingest: documents, events by
type, actors and places that take part in events, and the days the events span."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from warta.store.duck import Store


@dataclass
class StoreContents:
    documents: int = 0
    processed: int = 0  # Indonesian, not a copy: went through every stage
    events: int = 0
    events_by_type: dict[str, int] = field(default_factory=dict)  # most frequent first
    actors: int = 0  # distinct resolved actors in some event
    unresolved_roles: int = 0  # actor or recipient spans not resolved to an actor
    places: int = 0  # distinct geocoded places of some event
    first_day: str | None = None
    last_day: str | None = None


def store_contents(db: str | Path) -> StoreContents:
    """Read-only counts of a store written by ``warta ingest``."""
    with Store(db, read_only=True) as store:
        c = StoreContents()
        [(c.documents, c.processed)] = store.query("SELECT count(*), count(*) FILTER (WHERE status = 'ok') FROM documents")
        c.events_by_type = dict(store.query("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1"))
        c.events = sum(c.events_by_type.values())
        [(c.actors, c.unresolved_roles)] = store.query(
            "SELECT count(DISTINCT actor_id), count(*) FILTER (WHERE actor_id IS NULL) FROM event_roles")
        [(c.places,)] = store.query("SELECT count(DISTINCT place_id) FROM event_locations")
        [(c.first_day, c.last_day)] = store.query("""SELECT min(day), max(day) FROM (
            SELECT CASE WHEN e.date_precision = 'day' THEN e.date_value ELSE substr(d.published, 1, 10) END AS day
            FROM events e JOIN documents d USING (doc_id))""")
        return c
