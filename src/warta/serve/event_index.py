"""Filters, the actor network and the timeline, computed with numpy over arrays loaded once
from the served view (warta.serve.cache).

A graph or a timeline aggregates every filtered event (tens of thousands for a broad
filter), which SQL does in tens of milliseconds per request; with the events and actor
pairs as integer arrays the same work takes a few (docs/benchmarks.md). Filters on type,
modality, dates and actor are array masks; any other filter asks the served view for the
matching rows (warta.serve.filters) and masks those. Results equal the SQL versions in
warta.serve.queries (tested).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np

from warta.serve.filters import MODALITIES, TYPES, EventFilter

_TYPE_CODE = {t: i for i, t in enumerate(TYPES)}
_MOD_CODE = {m: i for i, m in enumerate(MODALITIES)}


def _sparse_dicts(counts: np.ndarray, labels: tuple[str, ...]) -> list[dict[str, int]]:
    """One {label: count} per row, nonzero counts only, in one pass over the nonzero cells."""
    out: list[dict[str, int]] = [{} for _ in range(counts.shape[0])]
    rows, cols = np.nonzero(counts)
    for r, c, v in zip(rows.tolist(), cols.tolist(), counts[rows, cols].tolist()):
        out[r][labels[c]] = v
    return out


def _day_key(iso: str, fill: str) -> int:
    """'2024-03-05' -> 20240305; a month or a year fills the missing digits ('00' from, '99' to)."""
    digits = iso.replace("-", "")
    return int(digits + fill * ((8 - len(digits)) // 2))


def _day_keys(dates: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """YYYYMMDD integers of the valid days, 0 elsewhere: date arithmetic, so that a store in
    which no event has a day (or no event at all) gives an array of zeros, not an error."""
    day_key = np.zeros(dates.shape, np.int32)
    days = dates[valid]
    months = days.astype("datetime64[M]")
    year = months.astype(np.int64) // 12 + 1970
    month = months.astype(np.int64) % 12 + 1
    day = (days - months.astype("datetime64[D]")).astype(np.int64) + 1
    day_key[valid] = year * 10000 + month * 100 + day
    return day_key


def _rest(f: EventFilter) -> EventFilter:
    """The part of a filter the arrays cannot answer (warta.serve.filters turns it into SQL)."""
    return EventFilter(actor=f.actor if f.role else [], role=f.role, country=f.country, sector=f.sector, place=f.place, bbox=f.bbox,
                       cluster=f.cluster, doc_id=f.doc_id, outlet=f.outlet, q=f.q, min_confidence=f.min_confidence)  # fmt: skip


def _table(size: int, codes: list[int]) -> np.ndarray:
    """A lookup table over codes 0..size-1 that is True for the given codes; code -1 (none) reads the extra False."""
    table = np.zeros(size + 1, dtype=bool)
    table[codes] = True
    return table


def _concatenated(texts, n: int) -> tuple[bytes, np.ndarray]:
    """Texts by rn (1..n) as one UTF-8 blob and offsets: one object for the collector, not n."""
    parts = [t.encode("utf-8") for t in texts]
    start = np.zeros(n + 2, np.int64)
    np.cumsum([len(p) for p in parts], out=start[2 : len(parts) + 2])
    return b"".join(parts), start


@dataclass
class EventIndex:
    n_events: int
    event_type: np.ndarray  # by rn (index 0 unused)
    event_mod: np.ndarray
    actors: np.ndarray  # actor ids, by code
    actor_rn: np.ndarray  # (rn, actor) pairs of ev_actor_any
    actor_code: np.ndarray
    pair_rn: np.ndarray
    pair_src: np.ndarray
    pair_tgt: np.ndarray
    pair_type: np.ndarray
    pair_mod: np.ndarray
    cooperative: np.ndarray  # bool by type code
    event_date: np.ndarray | None = None  # datetime64[D] by rn (NaT: no day)
    day_key: np.ndarray | None = None  # YYYYMMDD as an integer by rn (0: no day), for date filters
    actor_start: np.ndarray | None = None  # the events of actor code c: actor_event_rn[actor_start[c]:actor_start[c + 1]]
    actor_event_rn: np.ndarray | None = None
    records: bytes = b""  # every event's API JSON, concatenated in rn order
    record_start: np.ndarray | None = None  # record of rn r: records[record_start[r]:record_start[r + 1]]
    nodes: list[dict] | None = None  # by actor code: the graph node without its count (id, name, type, country, sector)

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection, cooperative: list[str]) -> EventIndex:
        n = con.execute("SELECT coalesce(max(rn), 0) FROM ev").fetchone()[0]
        ev = con.execute("SELECT rn, type, modality, coalesce(day, '') FROM ev ORDER BY rn").fetchnumpy()
        keys = list(ev)
        event_type = np.full(n + 1, -1, np.int16)
        event_mod = np.full(n + 1, -1, np.int8)
        event_day = np.full(n + 1, "", dtype="<U10")
        rn = ev[keys[0]].astype(np.int64)
        event_type[rn] = [_TYPE_CODE.get(t, -1) for t in ev[keys[1]]]
        event_mod[rn] = [_MOD_CODE.get(m, -1) for m in ev[keys[2]]]
        event_day[rn] = [d[:10] for d in ev[keys[3]]]
        actors = np.array(sorted(r[0] for r in con.execute("SELECT DISTINCT actor_id FROM ev_actor_any").fetchall()), dtype=object)
        code = {a: i for i, a in enumerate(actors)}
        # in rn order, so that gathering the mask at these rows walks memory forwards
        aa = con.execute("SELECT rn, actor_id FROM ev_actor_any ORDER BY rn, actor_id").fetchnumpy()
        pp = con.execute("SELECT rn, source, target, type, modality FROM ev_pairs ORDER BY rn, source, target").fetchnumpy()
        info = {r[0]: r[1:] for r in con.execute("SELECT actor_id, name, type, country, sector FROM actor_info").fetchall()}
        nodes = [{"id": a, "name": info.get(a, (None,))[0] or a, **dict(zip(("type", "country", "sector"), info.get(a, (None,) * 4)[1:]))}
                 for a in actors.tolist()]  # fmt: skip
        dates = np.full(n + 1, np.datetime64("NaT"), dtype="datetime64[D]")
        valid = np.char.str_len(event_day.astype(str)) == 10
        dates[valid] = event_day[valid].astype("datetime64[D]")
        day_key = _day_keys(dates, valid)
        actor_rn = aa["rn"].astype(np.int64)
        actor_code = np.array([code[a] for a in aa["actor_id"]], dtype=np.int64)
        by_actor = np.argsort(actor_code, kind="stable")
        actor_start = np.zeros(len(actors) + 1, np.int64)
        np.cumsum(np.bincount(actor_code, minlength=len(actors)), out=actor_start[1:])
        records, record_start = _concatenated(con.execute("SELECT record FROM ev ORDER BY rn").fetchnumpy()["record"], n)
        return cls(
            event_date=dates, n_events=n, event_type=event_type, event_mod=event_mod, actors=actors,
            actor_rn=actor_rn, actor_code=actor_code, day_key=day_key, actor_start=actor_start, actor_event_rn=actor_rn[by_actor],
            records=records, record_start=record_start, nodes=nodes,
            pair_rn=pp["rn"].astype(np.int64), pair_src=np.array([code[a] for a in pp["source"]], dtype=np.int64),
            pair_tgt=np.array([code[a] for a in pp["target"]], dtype=np.int64),
            pair_type=np.array([_TYPE_CODE.get(t, 0) for t in pp["type"]], dtype=np.int64),
            pair_mod=np.array([_MOD_CODE.get(m, 0) for m in pp["modality"]], dtype=np.int64),
            cooperative=np.array([t in cooperative for t in TYPES]),
        )  # fmt: skip

    def arrays_suffice(self, f: EventFilter) -> bool:
        """Whether mask() can answer f from the arrays alone, without asking the served view."""
        return _rest(f).where()[0] == "TRUE"

    def mask(self, cur, f: EventFilter) -> np.ndarray:
        m = np.zeros(self.n_events + 1, dtype=bool)
        m[1:] = True
        if f.type:
            m &= _table(len(TYPES), [_TYPE_CODE[t] for t in f.type])[self.event_type]
        if f.modality:
            m &= _table(len(MODALITIES), [_MOD_CODE[x] for x in f.modality])[self.event_mod]
        if f.date_from:
            m &= self.day_key >= _day_key(f.date_from, "00")
        if f.date_to:
            m &= (self.day_key <= _day_key(f.date_to, "99")) & (self.day_key > 0)
        if f.actor and not f.role:  # the usual click on a node: an array lookup, no query
            hit = np.zeros_like(m)
            for c in np.flatnonzero(np.isin(self.actors, f.actor)).tolist():
                hit[self.actor_event_rn[self.actor_start[c] : self.actor_start[c + 1]]] = True
            m &= hit
        where, params = _rest(f).where()
        if where != "TRUE":
            rows = cur.execute(f"SELECT e.rn FROM ev e WHERE {where}", params).fetchnumpy()["rn"]
            other = np.zeros_like(m)
            other[np.asarray(rows, dtype=np.int64)] = True
            m &= other
        return m

    def page_json(self, ranks: np.ndarray, limit: int, offset: int) -> bytes:
        """A page of events as the API's JSON, cut from the records made when the view was built."""
        page = ranks[offset : offset + limit].tolist()
        start = self.record_start
        items = b",".join([self.records[start[r] : start[r + 1]] for r in page])
        return b'{"total":%d,"limit":%d,"offset":%d,"items":[%s]}' % (ranks.size, limit, offset, items)

    def graph(self, cur, f: EventFilter, max_nodes: int) -> dict:
        m = self.mask(cur, f)
        n_actors = len(self.actors)
        weight = np.bincount(self.actor_code[m[self.actor_rn]], minlength=n_actors)
        present = np.flatnonzero(weight)
        order = present[np.lexsort((present, -weight[present]))]  # codes are in actor-id order
        keep = order[:max_nodes]
        kept = np.zeros(n_actors, dtype=bool)
        kept[keep] = True
        pm = m[self.pair_rn] & kept[self.pair_src] & kept[self.pair_tgt]
        key = self.pair_src[pm] * n_actors + self.pair_tgt[pm]
        edges = []
        if key.size:
            uniq, inv = np.unique(key, return_inverse=True)
            n = np.bincount(inv, minlength=len(uniq))
            by_type = np.bincount(inv * len(TYPES) + self.pair_type[pm], minlength=len(uniq) * len(TYPES)).reshape(len(uniq), len(TYPES))
            by_mod = np.bincount(inv * len(MODALITIES) + self.pair_mod[pm], minlength=len(uniq) * len(MODALITIES)).reshape(len(uniq), len(MODALITIES))
            coop = by_type[:, self.cooperative].sum(axis=1)
            w = 2 * coop - n
            order = np.lexsort((uniq, -n))
            src, tgt = np.divmod(uniq[order], n_actors)
            by_type_d = _sparse_dicts(by_type[order], TYPES)
            by_mod_d = _sparse_dicts(by_mod[order], MODALITIES)
            names = self.actors.tolist()
            for s_, t_, n_, w_, bt, bm in zip(src.tolist(), tgt.tolist(), n[order].tolist(), w[order].tolist(), by_type_d, by_mod_d):
                edges.append({"source": names[s_], "target": names[t_], "n": n_, "weight": w_, "sign": (w_ > 0) - (w_ < 0),
                              "by_type": bt, "by_modality": bm})  # fmt: skip
        nodes = [{**self.nodes[i], "n_events": n_events} for i, n_events in zip(keep.tolist(), weight[keep].tolist())]
        return {"nodes": nodes, "edges": edges, "truncated": bool(len(present) > max_nodes)}

    def timeline(self, cur, f: EventFilter, interval: str) -> dict:
        selected = self.mask(cur, f)
        m = selected & ~np.isnat(self.event_date)
        undated = int(selected.sum() - m.sum())
        days = self.event_date[m]
        if interval == "month":
            periods = days.astype("datetime64[M]").astype("datetime64[D]")
        elif interval == "week":  # ISO weeks start on Monday; 1970-01-01 was a Thursday
            d = days.astype(np.int64)
            periods = (d - (d + 3) % 7).astype("datetime64[D]")
        else:
            periods = days
        key = (periods.astype(np.int64) * len(TYPES) + self.event_type[m]) * len(MODALITIES) + self.event_mod[m]
        uniq, counts = np.unique(key, return_counts=True)
        rest, mod = np.divmod(uniq, len(MODALITIES))
        day, typ = np.divmod(rest, len(TYPES))
        labels = day.astype("datetime64[D]").astype(str)
        items = [{"period": p, "type": TYPES[t], "modality": MODALITIES[x], "n": c}
                 for p, t, x, c in zip(labels.tolist(), typ.tolist(), mod.tolist(), counts.tolist())]  # fmt: skip
        return {"interval": interval, "items": items, "undated": undated}
