"""The embedded store: one DuckDB file, a versioned schema, idempotent batch writes.

Each batch is written in one transaction, so a run killed mid-way leaves whole batches
only; documents are keyed by content hash, so re-running skips what is already there.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from warta.records import Document, ReadProblem
from warta.store.rows import slot_rows, tables

if TYPE_CHECKING:
    import pyarrow as pa

# pyarrow (~0.15 CPU-s to import) is imported where rows are first written, not with this
# module: a pool's driver imports the store before forking its workers, so an import here is
# start-up every run waits for, and a reader of the store never needs it.

SCHEMA_VERSION = 6
DEFAULT_MEMORY_LIMIT = "512MB"


class StoreBusy(RuntimeError):
    """Another process holds the store: DuckDB allows one writer."""


def migrations() -> list[tuple[int, str]]:
    """(version, sql) for every migration file shipped in the package, in order."""
    folder = resources.files("warta.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text("utf-8")))
    return sorted(found)


class Store:
    """The DuckDB file. ``memory_limit`` caps DuckDB's buffer pool (by default it may take
    80% of RAM, and an ingest would keep every written page cached)."""

    def __init__(self, path: str | Path, *, read_only: bool = False, memory_limit: str | None = None) -> None:
        self.path = str(path)
        limit = memory_limit or os.environ.get("WARTA_DUCKDB_MEMORY", DEFAULT_MEMORY_LIMIT)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only, config={"memory_limit": limit})
        except duckdb.IOException as e:
            if "lock" in str(e).lower():
                raise StoreBusy(f"{self.path} is open in another process (one writer at a time); wait for it to finish") from e
            raise
        if not read_only:
            self.migrate()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------
    def version(self) -> int:
        [(exists,)] = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchall()
        if not exists:
            return 0
        [(version,)] = self.con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()
        return version

    def migrate(self) -> None:
        current = self.version()
        for version, sql in migrations():
            if version <= current:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [version])
                self.con.execute("COMMIT")
            except Exception:
                _rollback(self.con)
                raise

    # -- what is already there ----------------------------------------------------------
    def content_hashes(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT content_hash FROM documents").fetchall()}

    def doc_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT doc_id FROM documents").fetchall()}

    def dedup_rows(self) -> Iterator[tuple[str, str, bytes, str]]:
        """Signatures of every deduplicated document, in ingest order, for the dedup index."""
        cur = self.con.execute(
            "SELECT doc_id, norm_hash, minhash, cluster_id FROM documents "
            "WHERE minhash IS NOT NULL AND status IN ('ok', 'duplicate') ORDER BY seq"
        )
        while rows := cur.fetchmany(10_000):
            yield from rows

    def event_cluster_rows(self) -> Iterator[tuple]:
        """What event clustering needs of every stored event, in ingest order."""
        cur = self.con.execute(
            """
            SELECT e.event_id, e.event_cluster, e.type, e.modality,
                   (SELECT list(r.actor_id) FROM event_roles r WHERE r.event_id = e.event_id AND r.role = 'actor' AND r.actor_id IS NOT NULL),
                   (SELECT list(r.actor_id) FROM event_roles r WHERE r.event_id = e.event_id AND r.role = 'recipient' AND r.actor_id IS NOT NULL),
                   (SELECT list(DISTINCT l.country) FROM event_locations l WHERE l.event_id = e.event_id AND l.country IS NOT NULL),
                   CASE WHEN coalesce(e.date_relative, false) THEN NULL ELSE e.date_value END, d.published
            FROM events e JOIN documents d USING (doc_id)
            ORDER BY d.seq, e.trigger_start
            """
        )
        while rows := cur.fetchmany(10_000):
            yield from rows

    def sync_register(self, actors: Iterable[dict[str, Any]], aliases: Iterable[tuple[str, str]]) -> None:
        """Put the register's actors and aliases in the store (replacing earlier versions)."""
        rows = list(actors)
        if not rows:
            return
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM actor_aliases WHERE actor_id IN (SELECT actor_id FROM actors WHERE origin = 'register')")
            con.execute("DELETE FROM actors WHERE origin = 'register'")
            import pyarrow as pa

            con.register("register_rows", pa.Table.from_pylist(rows))
            con.execute("INSERT INTO actors BY NAME SELECT * FROM register_rows ON CONFLICT DO NOTHING")
            con.unregister("register_rows")
            con.register("alias_rows", pa.Table.from_pylist([{"actor_id": a, "alias": s} for a, s in set(aliases)]))
            con.execute("INSERT INTO actor_aliases BY NAME SELECT * FROM alias_rows ON CONFLICT DO NOTHING")
            con.unregister("alias_rows")
            con.execute("COMMIT")
        except Exception:
            _rollback(con)
            raise

    # -- runs ---------------------------------------------------------------------------
    def start_run(self, run_id: str, inputs: list[str], options: dict[str, Any]) -> None:
        self.con.execute(
            "INSERT INTO ingest_runs (run_id, started_at, inputs, options) VALUES (?, ?, ?, ?)",
            [run_id, _now(), inputs, json.dumps(options, default=str)],
        )

    def finish_run(self, run_id: str, summary: dict[str, Any]) -> None:
        self.con.execute(
            "UPDATE ingest_runs SET finished_at = ?, summary = ? WHERE run_id = ?",
            [_now(), json.dumps(summary), run_id],
        )

    # -- writing ------------------------------------------------------------------------
    def write_batch(
        self, docs: list[Document], slots: Sequence[str], problems: list[ReadProblem], relabelled: dict[str, str], run_id: str,
        *, commit: bool = True,
    ) -> None:
        """Everything from one batch, all or nothing: the documents and the rows of ``slots``
        (those the pipeline's steps assign, warta.step.assigned_slots). ``commit=False`` only
        tries: whether the store takes the rows (raises as a write would), then rolls back."""
        self.write_tables(batch_tables(docs, slots, run_id) if docs else {}, problems, relabelled, run_id, commit=commit)

    def write_tables(
        self, batch: dict[str, pa.Table], problems: list[ReadProblem], relabelled: dict[str, str], run_id: str,
        *, commit: bool = True,
    ) -> None:
        """Rows as ``batch_tables`` makes them (from documents here, or read back from the
        Parquet shards of ``warta process``), in one transaction (rolled back if not ``commit``)."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            # rows many documents share (a discovered actor, a place): the first stored stays; the
            # registry is read now, not at import, as a writer may be registered after it
            shared = {t.name for t in tables() if t.shared}
            for table, rows in batch.items():
                if rows.num_rows == 0:
                    continue
                con.register("batch_rows", rows)
                if table == "documents":
                    columns = ", ".join(_DOC_COLUMNS)
                    con.execute(f"INSERT INTO documents ({columns}) SELECT {columns} FROM batch_rows")
                else:
                    conflict = " ON CONFLICT DO NOTHING" if table in shared else ""
                    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch_rows{conflict}")
                con.unregister("batch_rows")
            for old, new in relabelled.items():
                con.execute(
                    "UPDATE documents SET cluster_id = ?, canonical_id = CASE WHEN doc_id = ? THEN NULL ELSE ? END "
                    "WHERE cluster_id = ?",
                    [new, new, new, old],
                )
            if problems:
                con.executemany(
                    "INSERT INTO ingest_problems (run_id, source_file, position, reason, message, doc_id, stage) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(run_id, p.source_file, p.position, p.reason, p.message, p.doc_id, p.stage) for p in problems],
                )
            con.execute("COMMIT" if commit else "ROLLBACK")
        except Exception:
            _rollback(con)
            raise

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        return self.con.execute(sql, list(params)).fetchall()


_DOC_COLUMNS = (
    "doc_id", "content_hash", "source_file", "position", "source_format", "url", "title", "outlet",
    "published", "published_raw", "encoding", "raw_text", "text", "alignment", "removed",
    "dateline_place", "dateline_outlet", "dateline_text", "language", "language_score", "status",
    "norm_hash", "minhash", "cluster_id", "canonical_id", "duplicate_kind", "similarity", "metadata", "run_id",
)  # fmt: skip


@cache
def _doc_schema() -> pa.Schema:
    """The documents table's Arrow schema, built at the first write (pyarrow imported then)."""
    import pyarrow as pa

    return pa.schema(
        [(c, pa.string()) for c in _DOC_COLUMNS[:13]]
        + [("alignment", pa.list_(pa.int32())), ("removed", pa.string())]
        + [(c, pa.string()) for c in ("dateline_place", "dateline_outlet", "dateline_text", "language")]
        + [("language_score", pa.float64()), ("status", pa.string()), ("norm_hash", pa.string()), ("minhash", pa.binary())]
        + [(c, pa.string()) for c in ("cluster_id", "canonical_id", "duplicate_kind")]
        + [("similarity", pa.float64()), ("metadata", pa.string()), ("run_id", pa.string())]
    )


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Undo the open transaction, if DuckDB has not already: when a COMMIT fails (a full
    disk), DuckDB ends the transaction itself and a ROLLBACK would raise "no transaction is
    active" over the error that matters."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


def batch_tables(docs: list[Document], slots: Sequence[str], run_id: str) -> dict[str, pa.Table]:
    """The rows one batch of documents adds to each table: ``documents`` (fixed schema) and
    the tables of ``slots`` (warta.store.rows; only those with rows)."""
    import pyarrow as pa

    out = {"documents": _documents_table(docs, run_id)}
    for table, rows in slot_rows(docs, slots).items():
        if rows:
            out[table] = pa.Table.from_pylist(rows)
    return out


def _documents_table(docs: list[Document], run_id: str) -> pa.Table:
    import pyarrow as pa

    rows = []
    for d in docs:
        dl = d.dateline
        rows.append(
            (
                d.doc_id, d.content_hash, d.source_file, d.position, d.source_format, d.url, d.title, d.outlet,
                d.published, d.published_raw, d.encoding, d.raw_text, d.text, d.alignment,
                json.dumps([asdict(r) for r in d.removed], ensure_ascii=False),
                dl.place if dl else None, dl.outlet if dl else None, dl.text if dl else None,
                d.language, d.language_score, d.status, d.norm_hash, d.minhash, d.cluster_id, d.canonical_id,
                d.duplicate_kind, d.similarity, json.dumps(d.metadata, ensure_ascii=False, default=str), run_id,
            )
        )  # fmt: skip
    columns = list(zip(*rows))
    schema = _doc_schema()
    return pa.Table.from_arrays([pa.array(col, type=f.type) for col, f in zip(columns, schema)], schema=schema)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
