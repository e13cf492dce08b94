"""The archive path: ``warta process`` writes Parquet shards, ``warta load`` stores them.

``process`` reads the inputs here, runs every per-document step (clean → language →
fingerprint → nlp → actors → events → places → dates → search terms) through an executor
(in-process, process pool or Ray) and writes one shard per batch:
``DIR/<table>/part-NNNNNN.parquet`` for ``documents``, ``problems`` and the tables of the
annotation slots the steps assign (warta.store.rows: sentences, mentions, actors, events, ...).
The documents file of a shard is written last (to a temporary name, then renamed), so a
shard whose documents file exists is complete. Nothing is deduplicated here: that needs
every earlier document, and is ``load``'s job.

``load`` reads the shards in order into the DuckDB store: it skips documents already there
(by content hash, so loading twice adds nothing), deduplicates against the store and the
earlier shards (a copy is stored as a duplicate and its stage rows are dropped, as
``warta ingest`` would never have processed it: each table declares what its rows belong
to), clusters the events, and writes each shard in one transaction.
"""

from __future__ import annotations

import os
import uuid
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from warta.dedup.index import DedupConfig, DedupIndex
from warta.engine.executors import BatchMapper, Executor
from warta.engine.ingest import (
    MAX_PROBLEMS_KEPT,
    STORE_STAGE,
    IngestConfig,
    IngestSummary,
    _count,
    _failure_problems,
    _new_batches,
    default_stages,
    failure_problem,
    open_executor,
    resume,
    run_later_stages,
    stored_event_clusters,
    write_isolating,  # fmt: skip
)
from warta.events.cluster import EventClusterIndex
from warta.read import read_paths
from warta.records import Annotations, Document, ReadProblem
from warta.step import Step, failure_of, step_name
from warta.store.duck import Store, batch_tables
from warta.store.rows import tables as slot_tables

PROBLEM_COLUMNS = ("source_file", "position", "reason", "message", "doc_id", "stage")


@dataclass(frozen=True)
class Part:
    """Which share of the input one ``warta process`` run takes, so that N machines can each
    run one part (``--part K/N``) into the same folder: every run reads the same inputs into
    the same batches (batch ``n`` is the same documents everywhere, whichever file or line
    range they come from) and processes batch ``n`` when ``n % N == K - 1``. The shard keeps
    the batch's number, so the parts never collide and ``load`` reads them in input order."""

    k: int = 1
    n: int = 1

    @classmethod
    def parse(cls, text: str) -> Part:
        k, sep, n = text.partition("/")
        if not sep or not k.strip().isdigit() or not n.strip().isdigit() or not 1 <= int(k) <= int(n):
            raise ValueError(f"a part is K/N with 1 <= K <= N, not {text!r}")
        return cls(int(k), int(n))

    def takes(self, batch: int) -> bool:
        return batch % self.n == self.k - 1


def process(inputs: list[str], out_dir: str | Path, config: IngestConfig, executor: Executor, part: Part = Part()) -> IngestSummary:
    """Every step over ``inputs`` (this run's ``part`` of them), written as Parquet shards under ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary = IngestSummary(run_id=uuid.uuid4().hex[:12])
    batches = _new_batches(read_paths(inputs, config.read), set(), set(), config.batch_size, summary)
    ours = ((docs, (n, problems)) for n, (docs, problems) in enumerate(batches) if part.takes(n))
    steps = config.before_dedup() + config.after_dedup()
    mapper = BatchMapper(executor, partial(run_later_stages, steps), "steps", config.chunk_size)
    slots = config.slots()
    for docs, (n, problems) in mapper(ours):
        write_shard(out, n, docs, slots, problems + _failure_problems(docs, summary))
        _count(summary, docs)
    return summary


def process_with(inputs: list[str], out_dir: str | Path, config: IngestConfig, part: Part = Part()) -> IngestSummary:
    """``process`` with the executor ``config`` names (a pool's workers load the models as they start)."""
    with open_executor(config) as executor:
        return process(inputs, out_dir, config, executor, part)


def write_shard(out: Path, n: int, docs: list[Document], slots: tuple[str, ...], problems: list[ReadProblem]) -> None:
    """Shard ``n``: the documents and the rows of their ``slots``, one Parquet file per table."""
    name = f"part-{n:06d}.parquet"
    tables = batch_tables(docs, slots, run_id="") if docs else {}
    if problems:
        tables["problems"] = pa.Table.from_pylist([{c: getattr(p, c) for c in PROBLEM_COLUMNS} for p in problems])
    documents = tables.pop("documents", None)
    for table, rows in tables.items():
        _write(rows, out / table / name)
    if documents is None:  # a batch of problems only: an empty documents file still marks the shard done
        documents = pa.table({"doc_id": pa.array([], pa.string())})
    _write(documents, out / "documents" / name)


def _write(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


@dataclass
class LoadSummary:
    run_id: str
    shards: int = 0
    documents: int = 0
    already_stored: int = 0
    stored: int = 0
    duplicates: int = 0
    id_conflicts: int = 0
    events: int = 0
    problems: int = 0
    store_failed: int = 0  # documents stored as failed: the store refused their rows
    tables: dict[str, int] = field(default_factory=dict)
    refused: list[ReadProblem] = field(default_factory=list)  # the first MAX_PROBLEMS_KEPT of them, to show

    def as_dict(self) -> dict:
        return asdict(self)


def shards(out_dir: str | Path) -> list[str]:
    """Names of the complete shards under ``out_dir``, in the order they were written."""
    return sorted(p.name for p in (Path(out_dir) / "documents").glob("part-*.parquet"))


def load(out_dir: str | Path, db: str | Path, dedup: DedupConfig | None = None, stages: tuple[Step, ...] | None = None) -> LoadSummary:
    """Store the shards of ``warta process`` (see the module docstring). ``stages`` (those
    of the process run; default: the shipped ones) put their reference data in the store
    first, as ``warta ingest`` does (the actor register)."""
    out = Path(out_dir)
    dedup = dedup or DedupConfig()
    stages = default_stages() if stages is None else stages
    summary = LoadSummary(run_id=uuid.uuid4().hex[:12])
    before_dedup = {step_name(s) for s in IngestConfig().before_dedup()}
    with Store(db) as store:
        store.start_run(summary.run_id, [str(out)], {"load": True, "dedup_threshold": dedup.threshold})
        known_hashes, known_ids, index, clusters = resume(store, stages, dedup)
        table_names = [p.name for p in sorted(out.iterdir()) if p.is_dir()]
        unknown = set(table_names) - {"documents", "problems"} - {t.name for t in slot_tables()}
        if unknown:
            raise ValueError(f"{out} has shards of tables no writer declares (warta.store.rows): {', '.join(sorted(unknown))}")
        for name in shards(out):
            tables = {t: pq.read_table(out / t / name) for t in table_names if (out / t / name).exists()}
            problems = [ReadProblem(**r) for r in tables.pop("problems").to_pylist()] if "problems" in tables else []
            admitted = _admit(tables, problems, known_hashes, known_ids, index, clusters, before_dedup, summary)
            clusters, tables = _write_isolating(store, admitted, problems, index.relabelled, clusters, summary)
            index.relabelled.clear()
            summary.shards += 1
            summary.problems += len(problems)
            for t, rows in tables.items():
                summary.tables[t] = summary.tables.get(t, 0) + rows.num_rows
        summary.events = summary.tables.get("events", 0)
        store.finish_run(summary.run_id, summary.as_dict())
    return summary


@dataclass
class _Admitted:
    """The rows of one shard the store takes: the new documents (deduplicated) and, in the
    order the tables are declared, the stage rows of those that stay canonical."""

    documents: list[dict[str, Any]]
    schema: pa.Schema
    rows_of: dict[str, list[dict[str, Any]]]
    published: dict[str, str | None]

    def tables(self, documents: list[dict[str, Any]] | None = None, like: dict[str, pa.Table] | None = None) -> dict[str, pa.Table]:
        """The tables to write: of every document, or of ``documents`` only (typed ``like``
        the whole batch's tables, so that each is tried as the batch would write it)."""
        if documents is None:
            documents, rows_of = self.documents, self.rows_of
        else:
            rows_of = _belonging(documents, self.rows_of)
        out = {"documents": pa.Table.from_pylist(documents, schema=self.schema)}
        for t, t_rows in rows_of.items():
            if t_rows:  # types inferred: a column all null in a shard is null-typed there (NULL in the store)
                out[t] = pa.Table.from_pylist(t_rows, schema=like[t].schema if like else None)
        return out


def _belonging(documents: list[dict[str, Any]], rows_of: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The rows of ``rows_of`` that belong to ``documents`` (warta.store.rows.Table: a row
    stays when the row it belongs to stays), duplicates' rows left out."""
    kept: dict[str, list[dict[str, Any]]] = {"documents": [r for r in documents if r["status"] != "duplicate"]}
    for table in slot_tables():
        if table.name in rows_of:
            keys = {r[table.key] for r in kept.get(table.parent, ())}
            kept[table.name] = [r for r in rows_of[table.name] if r[table.key] in keys]
    del kept["documents"]
    return kept


def _admit(
    tables: dict[str, pa.Table],
    problems: list[ReadProblem],
    known_hashes: set[str],
    known_ids: set[str],
    index: DedupIndex,
    clusters: EventClusterIndex,
    before_dedup: set[str],
    summary: LoadSummary,
) -> _Admitted:
    """The rows of one shard the store takes: new documents, deduplicated, with the stage
    rows of the documents that stay canonical and their events clustered."""
    documents = tables.pop("documents")
    rows = documents.to_pylist()
    summary.documents += len(rows)
    failed_at = {p.doc_id: p.stage for p in problems if p.doc_id}
    kept, conflicts = [], []
    for row in rows:
        if row["content_hash"] in known_hashes:
            summary.already_stored += 1
            continue
        if row["doc_id"] in known_ids:  # another document of the store has this id: say so, keep the stored one
            summary.id_conflicts += 1
            conflicts.append(ReadProblem(source_file=row["source_file"], position=row["position"], reason="id_conflict",
                                         doc_id=row["doc_id"], message="another stored document has this id; not loaded"))  # fmt: skip
            continue
        known_hashes.add(row["content_hash"])
        known_ids.add(row["doc_id"])
        _deduplicate(row, index, failed_at, before_dedup)
        kept.append(row)
    # the shard's own problems go in with its new documents only: loading it again adds none
    # (a problem of no document, a file's, once: while none of the shard's documents is stored)
    published = {r["doc_id"]: r["published"] for r in kept}  # and the ids of the new documents
    fresh = bool(kept) or not rows
    problems[:] = [p for p in problems if (p.doc_id in published if p.doc_id else fresh)] + conflicts
    summary.stored += len(kept)
    summary.duplicates += sum(r["status"] == "duplicate" for r in kept)
    rows_of = _belonging(kept, {t: rows.to_pylist() for t, rows in tables.items()})
    _cluster(rows_of, published, clusters)
    return _Admitted(kept, documents.schema, rows_of, published)


def _write_isolating(
    store: Store,
    admitted: _Admitted,
    problems: list[ReadProblem],
    relabelled: dict[str, str],
    clusters: EventClusterIndex,
    summary: LoadSummary,
) -> tuple[EventClusterIndex, dict[str, pa.Table]]:
    """Store one shard's rows in one transaction, as ``warta ingest`` stores a batch
    (warta.engine.ingest.write_isolating): a document whose rows the store refuses is stored
    with status ``failed``, none of its stage rows and a problem row (stage ``store``), the
    others whole; when it had events, the shard's events are clustered again without them.
    Returns the event-cluster index to go on with and the tables written."""
    whole = admitted.tables()
    run_id = summary.run_id

    def refuse(refused: list[tuple[dict[str, Any], Exception]]) -> list[ReadProblem]:
        nonlocal clusters, whole
        more = []
        for row, exc in refused:
            row["status"] = "failed"
            more.append(failure_problem(row["source_file"], row["position"], row["doc_id"], failure_of(STORE_STAGE, exc)))
        gone = {row["doc_id"] for row, _ in refused}
        had_events = any(r["doc_id"] in gone for r in admitted.rows_of.get("events", ()))
        admitted.rows_of = _belonging([r for r in admitted.documents if r["doc_id"] not in gone], admitted.rows_of)
        if had_events:
            clusters = stored_event_clusters(store)
            _cluster(admitted.rows_of, admitted.published, clusters)
        whole = admitted.tables()
        summary.store_failed += len(more)
        summary.problems += len(more)
        summary.refused.extend(more[: MAX_PROBLEMS_KEPT - len(summary.refused)])
        return more

    write_isolating(
        admitted.documents,
        write=lambda more: store.write_tables(whole, [*problems, *more], relabelled, run_id),
        attempt=lambda row: store.write_tables(admitted.tables([row], like=whole), [], {}, run_id, commit=False),
        refuse=refuse,
    )
    return clusters, whole


def _deduplicate(row: dict[str, Any], index: DedupIndex, failed_at: dict[str, str | None], before_dedup: set[str]) -> None:
    """What ``warta ingest`` decides for this document at dedup: a document that failed in a
    later stage was still deduplicated there (it had status ok then)."""
    failed_late = row["status"] == "failed" and failed_at.get(row["doc_id"]) not in before_dedup
    if row["minhash"] is None or not (row["status"] == "ok" or failed_late):
        return
    doc = Document(doc_id=row["doc_id"], content_hash=row["content_hash"], source_file="", position="", source_format="",
                   raw_text="", status="ok", norm_hash=row["norm_hash"], minhash=row["minhash"])  # fmt: skip
    index.assign(doc)
    row["cluster_id"], row["canonical_id"] = doc.cluster_id, doc.canonical_id
    if doc.status == "duplicate":
        row.update(status="duplicate", duplicate_kind=doc.duplicate_kind, similarity=doc.similarity)


def _cluster(rows_of: dict[str, list[dict[str, Any]]], published: dict[str, str | None], clusters: EventClusterIndex) -> None:
    """Event clusters, as ``warta ingest`` assigns them, from the rows of the events: the
    cluster index reads events through these few attributes."""
    roles: dict[tuple[str, str], list[SimpleNamespace]] = defaultdict(list)
    for r in rows_of.get("event_roles", ()):
        roles[(r["event_id"], r["role"])].append(SimpleNamespace(actor_id=r["actor_id"]))
    locations: dict[str, list[SimpleNamespace]] = defaultdict(list)
    for r in rows_of.get("event_locations", ()):
        locations[r["event_id"]].append(SimpleNamespace(country=r["country"]))
    docs: dict[str, SimpleNamespace] = {}
    by_event = {}
    for r in rows_of.get("events", ()):
        doc = docs.setdefault(r["doc_id"], SimpleNamespace(published=published.get(r["doc_id"]), annotations=Annotations()))
        date = SimpleNamespace(value=r["date_value"], relative=r["date_relative"]) if r["date_value"] else None
        event = SimpleNamespace(event_id=r["event_id"], type=r["type"], modality=r["modality"], date=date,
                                actor=roles[(r["event_id"], "actor")], recipient=roles[(r["event_id"], "recipient")],
                                location=locations[r["event_id"]], event_cluster=None)  # fmt: skip
        doc.annotations.events.append(event)
        by_event[r["event_id"]] = event
    clusters.assign(list(docs.values()))  # type: ignore[arg-type]
    for r in rows_of.get("events", ()):
        r["event_cluster"] = by_event[r["event_id"]].event_cluster
