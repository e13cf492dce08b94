"""Event-level deduplication: reports of the same happening share an ``event_cluster``.

Two events are the same happening when they have the same type and modality, share a
canonical actor (or, when one has no actor, a canonical recipient), name no places in
different countries, and the new one falls within ``window_days`` of the cluster's first
event (the event's own date, else its article's publication date), so a cluster never
drifts along a chain of daily events. Clustering is incremental and in input order: an
event joins the cluster of the earliest compatible event seen before it (in this run or
in the store), else starts its own, named by its event id. Only canonical ids count —
"20 orang" in two articles is no evidence of one happening.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from warta.dates.expressions import day_span
from warta.records import Document

MAX_SCAN = 200  # events looked at per key, newest first


@dataclass(frozen=True)
class ClusterConfig:
    window_days: int = 3


@dataclass
class _Known:
    cluster: str
    type: str
    modality: str
    actors: frozenset[str]
    recipients: frozenset[str]
    countries: frozenset[str]
    days: tuple[int, int] | None
    seq: int = 0
    anchor: tuple[int, int] | None = None  # the days of its cluster's first event: clusters do not drift


@dataclass
class EventClusterIndex:
    config: ClusterConfig = field(default_factory=ClusterConfig)
    by_key: dict[tuple[str, str], list[_Known]] = field(default_factory=dict)
    count: int = 0
    anchors: dict[str, tuple[int, int] | None] = field(default_factory=dict)  # cluster -> first event's days (when loading)

    def load(self, rows: Iterable[tuple]) -> None:
        """Rows of (event_id, cluster, type, modality, actor ids, recipient ids, countries, date value, published)."""
        for event_id, cluster, type_, modality, actors, recipients, countries, value, published in rows:
            days = day_span(value) or day_span(published)
            self._add(_Known(cluster or event_id, type_, modality, frozenset(actors or ()), frozenset(recipients or ()),
                             frozenset(countries or ()), days, anchor=self.anchors.setdefault(cluster or event_id, days)))  # fmt: skip

    def assign(self, docs: list[Document]) -> None:
        for doc in docs:
            for e in doc.annotations.events:
                known = _Known(
                    e.event_id, e.type, e.modality,
                    frozenset(p.actor_id for p in e.actor if p.actor_id),
                    frozenset(p.actor_id for p in e.recipient if p.actor_id),
                    frozenset(loc.country for loc in e.location if loc.country),
                    day_span(e.date.value if e.date and not e.date.relative else None) or day_span(doc.published),
                )  # fmt: skip
                match = self._find(known)
                known.cluster = match.cluster if match else e.event_id
                known.anchor = match.anchor if match else known.days
                e.event_cluster = known.cluster
                self._add(known)

    def _keys(self, k: _Known) -> list[tuple[str, str]]:
        return [(k.type, f"a:{a}") for a in sorted(k.actors)] + [(k.type, f"r:{r}") for r in sorted(k.recipients)]

    def _add(self, k: _Known) -> None:
        self.count += 1
        k.seq = self.count
        for key in self._keys(k):
            self.by_key.setdefault(key, []).append(k)

    def _find(self, k: _Known) -> _Known | None:
        """The most recent compatible event under any of the event's keys. An event without
        actors is found through its recipients from either side (arrival order does not
        matter). Each key is scanned newest first and at most ``MAX_SCAN`` back, so an ingest
        stays linear however many events one actor has."""
        keys = [(k.type, f"a:{a}") for a in sorted(k.actors)] if k.actors else []
        keys += [(k.type, f"r:{r}") for r in sorted(k.recipients)]
        best = None
        for key in keys:
            recipient_key = key[1].startswith("r:")
            bucket = self.by_key.get(key, ())
            for other in reversed(bucket[-MAX_SCAN:]):
                if recipient_key and k.actors and other.actors:
                    continue  # both have actors: they must share one (the actor keys decide)
                if other.modality != k.modality or not self._compatible(k, other):
                    continue
                if best is None or other.seq > best.seq:
                    best = other
                break
        return best

    def _compatible(self, a: _Known, b: _Known) -> bool:
        if a.countries and b.countries and not (a.countries & b.countries):
            return False
        other = b.anchor or b.days
        if a.days and other:
            w = self.config.window_days
            return a.days[0] - w <= other[1] and other[0] - w <= a.days[1]
        return True
