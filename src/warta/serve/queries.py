"""What the API answers, as functions of a DuckDB cursor: JSON-ready dicts in the shapes of
the extract contract (an event here is the same record ``warta extract`` writes)."""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from warta.serve.filters import EventFilter


@lru_cache(maxsize=1)
def plover() -> dict:
    return json.loads(resources.files("warta.data").joinpath("events", "plover.json").read_text("utf-8"))


def sign(event_type: str) -> int:
    return 1 if event_type in plover()["cooperative"] else -1


def _rows(cur, sql: str, params: list) -> list[dict]:
    cur.execute(sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


# -- events --------------------------------------------------------------------------------
_EVENT_COLUMNS = """e.event_id, e.doc_id, e.type, e.mode, e.modality, e.confidence, e.extractor, e.event_cluster,
    e.sentence_start, e.sentence_end, e.sentence_text, e.trigger_start, e.trigger_end, e.trigger_text,
    e.modality_cue_start, e.modality_cue_end, e.modality_cue_text, e.date_value, e.date_precision, e.date_start,
    e.date_end, e.date_text, e.date_relative, e.date_source, e.location_source, e.title, e.outlet, e.published, e.url,
    e.actor, e.recipient, e.location"""


def event_rows(cur, f: EventFilter, limit: int, offset: int) -> tuple[int, list[dict]]:
    """(total, one page) of the served event table, newest day first."""
    where, params = f.where()
    total = cur.execute(f"SELECT count(*) FROM ev e WHERE {where}", params).fetchone()[0]
    rows = _rows(cur, f"""WITH page AS (SELECT e.rn FROM ev e WHERE {where} ORDER BY e.rn LIMIT ? OFFSET ?)
        SELECT {_EVENT_COLUMNS} FROM ev e SEMI JOIN page USING (rn) ORDER BY e.rn""", params + [limit, offset])  # fmt: skip
    return total, rows


def event_record(r: dict) -> dict:
    """The extract contract's event record, plus its document's title/outlet/published/url."""
    date = None
    if r["date_value"] is not None or r["date_relative"]:
        date = {"value": r["date_value"], "precision": r["date_precision"], "start": r["date_start"], "end": r["date_end"],
                "text": r["date_text"], "relative": bool(r["date_relative"]), "source": r["date_source"]}  # fmt: skip
    cue = None
    if r["modality_cue_text"] is not None:
        cue = {"start": r["modality_cue_start"], "end": r["modality_cue_end"], "text": r["modality_cue_text"]}
    return {
        "doc_id": r["doc_id"], "event_id": r["event_id"],
        "sentence": {"start": r["sentence_start"], "end": r["sentence_end"], "text": r["sentence_text"]},
        "type": r["type"], "mode": r["mode"],
        "trigger": {"start": r["trigger_start"], "end": r["trigger_end"], "text": r["trigger_text"]},
        "actor": r["actor"], "recipient": r["recipient"], "location": r["location"], "date": date,
        "modality": r["modality"], "modality_cue": cue, "confidence": r["confidence"], "extractor": r["extractor"],
        "event_cluster": r["event_cluster"],
        "document": {"title": r["title"], "outlet": r["outlet"], "published": r["published"], "url": r["url"]},
    }  # fmt: skip


def rows_by_rank(cur, ranks: list[int]) -> list[dict]:
    """The wide rows of the given ranks (ev is stored in rank order: the range prunes the scan)."""
    if not ranks:
        return []
    return _rows(cur, f"SELECT {_EVENT_COLUMNS} FROM ev e WHERE e.rn BETWEEN ? AND ? AND list_contains(?::BIGINT[], e.rn) ORDER BY e.rn",
                 [min(ranks), max(ranks), ranks])  # fmt: skip


def events_page_json(cur, f: EventFilter, limit: int, offset: int, index) -> bytes:
    """One page of filtered events as JSON bytes: the mask is numpy (warta.serve.event_index),
    the records were made as JSON when the view was built."""
    import numpy as np

    return index.page_json(np.flatnonzero(index.mask(cur, f)), limit, offset)


def events_page(cur, f: EventFilter, limit: int, offset: int) -> dict:
    total, rows = event_rows(cur, f, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": [event_record(r) for r in rows]}


# -- documents -----------------------------------------------------------------------------
def documents_page(cur, q: str | None, outlet: list[str], date_from: str | None, date_to: str | None, limit: int, offset: int) -> dict:
    from warta.search.stems import query_terms

    cond, params, rank = ["d.status = 'ok'"], [], None
    terms = query_terms(q) if q else []
    join = ""
    if q and not terms:
        return {"total": 0, "limit": limit, "offset": offset, "items": [], "terms": []}
    if terms:
        marks = ", ".join("?" * len(terms))
        join = (f"JOIN (SELECT doc_id, sum(tf) AS score FROM document_terms WHERE term IN ({marks}) GROUP BY doc_id "
                f"HAVING count(*) = ?) t USING (doc_id)")  # fmt: skip
        params += terms + [len(terms)]
        rank = "t.score"
    if outlet:
        cond.append(f"d.outlet IN ({', '.join('?' * len(outlet))})")
        params += outlet
    if date_from:
        cond.append("substr(d.published, 1, 10) >= ?")
        params.append(date_from)
    if date_to:
        cond.append("substr(d.published, 1, 10) <= ?")
        params.append(date_to + ("-99" if len(date_to) < 10 else ""))
    where = " AND ".join(cond)
    total = cur.execute(f"SELECT count(*) FROM documents d {join} WHERE {where}", params).fetchone()[0]
    items = _rows(cur, f"""SELECT d.doc_id, d.title, d.outlet, d.published, d.url, left(d.text, 240) AS snippet,
        (SELECT count(*) FROM ev e WHERE e.doc_id = d.doc_id) AS n_events
        FROM documents d {join} WHERE {where} ORDER BY {rank + " DESC, " if rank else ""}d.published DESC NULLS LAST, d.doc_id LIMIT ? OFFSET ?""",
                  params + [limit, offset])  # fmt: skip
    return {"total": total, "limit": limit, "offset": offset, "items": items, "terms": terms}


def document(cur, doc_id: str) -> dict | None:
    rows = _rows(cur, """SELECT doc_id, title, url, outlet, published, language, status, canonical_id, cluster_id, text,
        dateline_place, dateline_text, source_file, position FROM documents WHERE doc_id = ?""", [doc_id])  # fmt: skip
    if not rows:
        return None
    doc = rows[0]
    doc["mentions"] = _rows(cur, """SELECT start, "end", text, label, actor_id, name, type, country, sector, role, resolver
        FROM mentions WHERE doc_id = ? ORDER BY start""", [doc_id])  # fmt: skip
    _, rows = event_rows(cur, EventFilter(doc_id=doc_id), 10_000, 0)
    doc["events"] = sorted((event_record(r) for r in rows), key=lambda e: e["trigger"]["start"])
    doc["sentences"] = _rows(cur, 'SELECT start, "end" FROM sentences WHERE doc_id = ? ORDER BY idx', [doc_id])
    return doc


# -- actors --------------------------------------------------------------------------------
def actors_page(cur, q: str | None, limit: int, offset: int) -> dict:
    cond, params = ["TRUE"], []
    if q:
        cond.append("(a.actor_id ILIKE ? OR a.name ILIKE ? OR EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = a.actor_id AND x.alias ILIKE ?))")
        params += [f"%{q}%"] * 3
    where = " AND ".join(cond)
    base = f"FROM actors a JOIN actor_counts c USING (actor_id) WHERE {where}"
    total = cur.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    items = _rows(cur, f"""SELECT a.actor_id, a.name, a.type, a.country, a.sector, a.origin, c.n_events, c.as_actor, c.as_recipient,
        (SELECT list(alias ORDER BY alias) FROM actor_aliases x WHERE x.actor_id = a.actor_id) AS aliases
        {base} ORDER BY c.n_events DESC, a.actor_id LIMIT ? OFFSET ?""", params + [limit, offset])  # fmt: skip
    for it in items:
        it["aliases"] = it["aliases"] or []
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def actor(cur, actor_id: str, limit: int, offset: int) -> dict | None:
    rows = _rows(cur, "SELECT actor_id, name, type, country, sector, origin FROM actors WHERE actor_id = ?", [actor_id])
    if not rows:
        rows = _rows(cur, "SELECT actor_id, any_value(name) AS name, any_value(type) AS type, any_value(country) AS country, "
                          "any_value(sector) AS sector, 'mention' AS origin FROM event_roles WHERE actor_id = ? GROUP BY actor_id", [actor_id])  # fmt: skip
    if not rows:
        return None
    a = rows[0]
    a["aliases"] = [r[0] for r in cur.execute("SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", [actor_id]).fetchall()]
    a["events"] = events_page(cur, EventFilter(actor=[actor_id]), limit, offset)
    a["partners"] = _rows(cur, """SELECT o.actor_id, any_value(o.name) AS name, count(DISTINCT o.event_id) AS n_events,
            list(DISTINCT e.type ORDER BY e.type) AS types
        FROM event_roles me JOIN event_roles o ON o.event_id = me.event_id AND o.actor_id <> me.actor_id
        JOIN events e ON e.event_id = me.event_id
        WHERE me.actor_id = ? AND o.actor_id IS NOT NULL GROUP BY o.actor_id ORDER BY n_events DESC, o.actor_id LIMIT 50""", [actor_id])  # fmt: skip
    return a


# -- graph, timeline, clusters -----------------------------------------------------------------
def graph(cur, f: EventFilter, max_nodes: int) -> dict:
    """Nodes: the ``max_nodes`` actors in most of the filtered events. Edges: actor -> recipient,
    with counts by type and modality; weight = cooperative minus conflictual events."""
    where, params = f.where()
    coop = plover()["cooperative"]
    marks = ", ".join("?" * len(coop))
    cur.execute(f"""
        WITH f AS (SELECT e.rn FROM ev e WHERE {where}),
        w AS (SELECT actor_id, count(*) AS n FROM ev_actor_any WHERE rn IN (SELECT rn FROM f) GROUP BY actor_id),
        keep AS (SELECT actor_id, n FROM w ORDER BY n DESC, actor_id LIMIT ?),
        p AS (SELECT source, target, type, modality FROM ev_pairs
              WHERE rn IN (SELECT rn FROM f) AND source IN (SELECT actor_id FROM keep) AND target IN (SELECT actor_id FROM keep))
        SELECT (SELECT count(*) FROM w),
               (SELECT list(struct_pack(id := k.actor_id, n := k.n, name := i.name, type := i.type, country := i.country, sector := i.sector)
                            ORDER BY k.n DESC, k.actor_id) FROM keep k LEFT JOIN actor_info i USING (actor_id)),
               (SELECT list(struct_pack(source := source, target := target, n := n, weight := weight, by_type := by_type, by_modality := by_modality)
                            ORDER BY n DESC, source, target)
                FROM (SELECT source, target, count(*) AS n, sum(CASE WHEN type IN ({marks}) THEN 1 ELSE -1 END) AS weight,
                             histogram(type) AS by_type, histogram(modality) AS by_modality FROM p GROUP BY source, target))
    """, params + [max_nodes] + coop)  # fmt: skip
    total, nodes, edges = cur.fetchone()
    nodes = [{"id": n["id"], "name": n["name"] or n["id"], "type": n["type"], "country": n["country"], "sector": n["sector"],
              "n_events": n["n"]} for n in nodes or []]  # fmt: skip
    edges = edges or []
    for e in edges:
        e["weight"] = int(e["weight"])
        e["sign"] = (e["weight"] > 0) - (e["weight"] < 0)
        e["by_type"], e["by_modality"] = dict(e["by_type"]), dict(e["by_modality"])
    return {"nodes": nodes, "edges": edges, "truncated": total > max_nodes}


def places(cur, f: EventFilter, limit: int) -> dict:
    """Where the filtered events happen: one row per place with its counts by type, by modality
    and by where the place came from (sentence, dateline, context), for the map and its legend."""
    where, params = f.where()
    items = _rows(cur, f"""SELECT coalesce(place_id, printf('%.3f,%.3f', lat, lon)) AS place_id, any_value(name) AS name,
            any_value(country) AS country, any_value(lat) AS lat, any_value(lon) AS lon, count(DISTINCT rn) AS n,
            histogram(type) AS by_type, histogram(modality) AS by_modality, histogram(coalesce(source, 'sentence')) AS by_source
        FROM ev_points WHERE rn IN (SELECT e.rn FROM ev e WHERE {where}) GROUP BY 1 ORDER BY n DESC, place_id LIMIT ?""", params + [limit])  # fmt: skip
    for it in items:
        it["by_type"], it["by_modality"], it["by_source"] = dict(it["by_type"]), dict(it["by_modality"]), dict(it["by_source"])
    return {"items": items}


def timeline(cur, f: EventFilter, interval: str) -> dict:
    where, params = f.where()
    bucket = {"day": "day", "week": "week", "month": "month"}[interval]
    rows = _rows(cur, f"""SELECT strftime(date_trunc('{bucket}', TRY_CAST(e.day AS DATE)), '%Y-%m-%d') AS period,
            e.type, e.modality, count(*) AS n
        FROM ev e WHERE {where} AND TRY_CAST(e.day AS DATE) IS NOT NULL
        GROUP BY ALL ORDER BY period, e.type, e.modality""", params)  # fmt: skip
    undated = cur.execute(f"SELECT count(*) FROM ev e WHERE {where} AND TRY_CAST(e.day AS DATE) IS NULL", params).fetchone()[0]
    return {"interval": interval, "items": rows, "undated": undated}


def clusters_page(cur, f: EventFilter, limit: int, offset: int, min_reports: int) -> dict:
    where, params = f.where()
    base = f"""FROM cl c WHERE c.event_cluster IN (SELECT e.event_cluster FROM ev e WHERE {where})
        AND c.n_documents >= ?"""
    total = cur.execute(f"SELECT count(*) {base}", params + [min_reports]).fetchone()[0]
    items = _rows(cur, f"""SELECT c.event_cluster, c.type, c.n_reports, c.n_documents, c.n_outlets, c.outlets, c.first_date {base}
        ORDER BY c.n_documents DESC, c.n_outlets DESC, c.event_cluster LIMIT ? OFFSET ?""", params + [min_reports, limit, offset])  # fmt: skip
    if items:
        ids = [i["event_cluster"] for i in items]
        marks = ", ".join("?" * len(ids))
        reports: dict[str, list] = defaultdict(list)
        for r in _rows(cur, f"""SELECT e.event_cluster, e.event_id, e.doc_id, d.title, d.outlet, d.published, e.trigger_text, e.sentence_text
                FROM events e JOIN documents d USING (doc_id) WHERE e.event_cluster IN ({marks}) ORDER BY d.seq, e.trigger_start""", ids):  # fmt: skip
            reports[r.pop("event_cluster")].append(r)
        for i in items:
            i["reports"] = reports[i["event_cluster"]]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def meta(cur) -> dict:
    counts = dict(zip(["documents", "processed", "events", "actors", "clusters"], cur.execute("""SELECT
        (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE status = 'ok'), (SELECT count(*) FROM events),
        (SELECT count(DISTINCT actor_id) FROM event_roles WHERE actor_id IS NOT NULL),
        (SELECT count(DISTINCT event_cluster) FROM events)""").fetchone()))  # fmt: skip
    span = cur.execute("SELECT min(day), max(day) FROM ev").fetchone()
    outlets = [r[0] for r in cur.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY 1").fetchall()]
    return {**counts, "first_day": span[0], "last_day": span[1], "outlets": outlets, "types": list(plover()["quad"]),
            "cooperative": plover()["cooperative"], "conflictual": plover()["conflictual"]}  # fmt: skip
