"""The served view of a store: an in-memory DuckDB that attaches the store file read-only
and keeps one wide row per event (its document's fields, its day, its actors, places and
the role and location records), built once at start and after each posted ingest.

Filtered pages, graphs and timelines then read one table with no joins, which is what
keeps them fast under concurrent clients (docs/benchmarks.md). The store's own tables
are visible under their usual names (as views), so every other query is unchanged.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

_ROLE = "struct_pack(start := r.start, \"end\" := r.\"end\", text := r.text, actor_id := r.actor_id, name := r.name, type := r.type, country := r.country, sector := r.sector)"
_LOC = ("struct_pack(start := l.start, \"end\" := l.\"end\", text := l.text, place_id := l.place_id, name := l.name, country := l.country, "
        "lat := l.lat, lon := l.lon, precision := l.precision, source := l.source)")  # fmt: skip


_RECORD = """to_json(struct_pack(
    doc_id := doc_id, event_id := event_id,
    sentence := struct_pack(start := sentence_start, "end" := sentence_end, text := sentence_text),
    type := type, mode := mode,
    trigger := struct_pack(start := trigger_start, "end" := trigger_end, text := trigger_text),
    actor := actor, recipient := recipient, location := location,
    date := CASE WHEN date_value IS NOT NULL OR coalesce(date_relative, false) THEN struct_pack(value := date_value,
        precision := date_precision, start := date_start, "end" := date_end, text := date_text,
        relative := coalesce(date_relative, false), source := date_source) END,
    modality := modality,
    modality_cue := CASE WHEN modality_cue_text IS NOT NULL THEN struct_pack(start := modality_cue_start, "end" := modality_cue_end,
        text := modality_cue_text) END,
    confidence := confidence, extractor := extractor, event_cluster := event_cluster,
    document := struct_pack(title := title, outlet := outlet, published := published, url := url)))::VARCHAR"""


def open_served(db: Path, memory_limit: str = "1GB", threads: int = 1) -> duckdb.DuckDBPyConnection:
    """One thread per query: a server's parallelism is its concurrent requests (measured faster)."""
    con = duckdb.connect(":memory:", config={"memory_limit": memory_limit, "threads": threads})
    escaped = str(db).replace("'", "''")
    con.execute(f"ATTACH '{escaped}' AS store (READ_ONLY)")
    # every table and view of the store, whatever stages wrote it (store/rows.py declares them)
    present = con.execute("SELECT table_name FROM information_schema.tables WHERE table_catalog = 'store' ORDER BY table_name").fetchall()
    for (name,) in present:
        con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM store.main."{name}"')
    build(con)
    return con


def build(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"""
        CREATE OR REPLACE TABLE ev AS
        WITH roles AS (
            SELECT r.event_id,
                list(DISTINCT r.actor_id) FILTER (WHERE r.actor_id IS NOT NULL) AS actor_ids,
                list(DISTINCT r.actor_id) FILTER (WHERE r.role = 'actor' AND r.actor_id IS NOT NULL) AS as_actor,
                list(DISTINCT r.actor_id) FILTER (WHERE r.role = 'recipient' AND r.actor_id IS NOT NULL) AS as_recipient,
                list(DISTINCT r.country) FILTER (WHERE r.country IS NOT NULL) AS role_countries,
                list(DISTINCT r.sector) FILTER (WHERE r.sector IS NOT NULL) AS sectors,
                list({_ROLE} ORDER BY r.idx) FILTER (WHERE r.role = 'actor') AS actor,
                list({_ROLE} ORDER BY r.idx) FILTER (WHERE r.role = 'recipient') AS recipient
            FROM event_roles r GROUP BY r.event_id),
        locs AS (
            SELECT l.event_id,
                list(DISTINCT l.place_id) FILTER (WHERE l.place_id IS NOT NULL) AS place_ids,
                list(DISTINCT l.country) FILTER (WHERE l.country IS NOT NULL) AS place_countries,
                list({_LOC} ORDER BY l.idx) AS location
            FROM event_locations l GROUP BY l.event_id)
        SELECT e.*, d.title, d.outlet, d.published, d.url,
            CASE WHEN e.date_precision = 'day' AND e.date_value IS NOT NULL THEN e.date_value ELSE substr(d.published, 1, 10) END AS day,
            coalesce(roles.actor_ids, []) AS actor_ids, coalesce(roles.as_actor, []) AS as_actor,
            coalesce(roles.as_recipient, []) AS as_recipient,
            list_distinct(list_concat(coalesce(roles.role_countries, []), coalesce(locs.place_countries, []))) AS countries,
            coalesce(roles.sectors, []) AS sectors, coalesce(locs.place_ids, []) AS place_ids,
            coalesce(roles.actor, []) AS actor, coalesce(roles.recipient, []) AS recipient, coalesce(locs.location, []) AS location
        FROM events e JOIN documents d USING (doc_id) LEFT JOIN roles USING (event_id) LEFT JOIN locs USING (event_id)
    """)
    # rn: the row's place in the default order (newest day first), so a page is a top-N on an integer;
    # record: the event as the API returns it, as JSON text made once
    con.execute(f"""CREATE OR REPLACE TABLE ev AS
        SELECT row_number() OVER (ORDER BY day DESC NULLS LAST, event_id) AS rn, *, {_RECORD} AS record FROM ev ORDER BY rn""")
    # narrow tables for the list filters: semi-joins on these beat scanning lists in ev
    con.execute("""CREATE OR REPLACE TABLE ev_actor AS
        SELECT DISTINCT e.rn, r.actor_id, r.role FROM event_roles r JOIN ev e USING (event_id) WHERE r.actor_id IS NOT NULL""")
    con.execute("CREATE OR REPLACE TABLE ev_actor_any AS SELECT DISTINCT rn, actor_id FROM ev_actor")
    con.execute("CREATE OR REPLACE TABLE ev_country AS SELECT DISTINCT rn, unnest(countries) AS country FROM ev")
    con.execute("CREATE OR REPLACE TABLE ev_sector AS SELECT DISTINCT rn, unnest(sectors) AS sector FROM ev")
    con.execute("CREATE OR REPLACE TABLE ev_place AS SELECT DISTINCT rn, unnest(place_ids) AS place_id FROM ev")
    con.execute("""CREATE OR REPLACE TABLE ev_points AS
        SELECT e.rn, l.place_id, l.name, l.country, l.lat, l.lon, e.type, e.modality, l.source
        FROM event_locations l JOIN ev e USING (event_id) WHERE l.lat IS NOT NULL AND l.lon IS NOT NULL""")
    con.execute("""CREATE OR REPLACE TABLE ev_pairs AS
        SELECT DISTINCT a.rn, a.actor_id AS source, r.actor_id AS target, e.type, e.modality
        FROM ev_actor a JOIN ev_actor r ON r.rn = a.rn AND r.role = 'recipient' JOIN ev e ON e.rn = a.rn
        WHERE a.role = 'actor' AND a.actor_id <> r.actor_id""")
    con.execute("CREATE OR REPLACE TABLE cl AS SELECT * FROM event_clusters")
    con.execute("""CREATE OR REPLACE TABLE actor_counts AS
        SELECT actor_id, count(DISTINCT event_id) AS n_events,
               count(DISTINCT event_id) FILTER (WHERE role = 'actor') AS as_actor,
               count(DISTINCT event_id) FILTER (WHERE role = 'recipient') AS as_recipient
        FROM event_roles WHERE actor_id IS NOT NULL GROUP BY actor_id""")
    con.execute("""CREATE OR REPLACE TABLE actor_info AS
        SELECT actor_id, name, type, country, sector FROM actors
        UNION ALL
        SELECT actor_id, any_value(name), any_value(type), any_value(country), any_value(sector) FROM event_roles
        WHERE actor_id IS NOT NULL AND actor_id NOT IN (SELECT actor_id FROM actors) GROUP BY actor_id""")
