"""The archive path: `warta process` (local and on a real local Ray cluster) writes Parquet
shards, `warta load` stores them; the result equals `warta ingest` of the same inputs, and
loading twice adds nothing."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from warta.engine.executors import InProcess
from warta.engine.ingest import IngestConfig, default_stages, ingest
from warta.engine.process import load, process, shards

DEMO = Path(__file__).resolve().parents[1] / "demo" / "corpus"

# What a store holds, table by table, independent of run ids and insertion order.
QUERIES = {
    "documents": "SELECT doc_id, status, canonical_id, cluster_id, duplicate_kind, similarity, language, text, alignment FROM documents",
    "sentences": "SELECT * FROM sentences",
    "mentions": "SELECT * FROM mentions",
    "actors": "SELECT * FROM actors",
    "events": "SELECT * FROM events",  # event_cluster included: clustering at load equals clustering at ingest
    "event_roles": "SELECT * FROM event_roles",
    "event_locations": "SELECT * FROM event_locations",
    "places": "SELECT * FROM places",
    "document_terms": "SELECT * FROM document_terms",
    "problems": "SELECT source_file, position, reason, doc_id, stage FROM ingest_problems",
}


def store_rows(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"{q} ORDER BY ALL").fetchall() for t, q in QUERIES.items()}
    finally:
        con.close()


def parquet_tables(folder: Path) -> dict[str, object]:
    return {str(p.relative_to(folder)): pq.read_table(p) for p in sorted(folder.rglob("*.parquet"))}


@pytest.fixture(scope="module")
def corpus() -> Path:
    """The demo corpus: six formats, copies across outlets (load must fold them), three languages."""
    return DEMO


@pytest.fixture(scope="module")
def local_shards(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local") / "shards"
    summary = process([str(corpus)], out, IngestConfig(stages=default_stages(), batch_size=16), InProcess())
    assert summary.read == summary.stored > 30 and summary.indonesian > 25
    return out


@pytest.fixture(scope="module")
def ingested(corpus, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("ingest") / "ingest.duckdb"
    ingest([str(corpus)], db, IngestConfig(stages=default_stages(), batch_size=16))
    return db


def test_process_then_load_equals_ingest_and_reload_adds_nothing(local_shards, ingested, tmp_path):
    assert len(shards(local_shards)) > 1  # several shards: dedup and clustering carry across them
    db = tmp_path / "loaded.duckdb"
    first = load(local_shards, db)
    assert first.stored == first.documents and first.duplicates > 0 and first.events > 100
    loaded, expected = store_rows(db), store_rows(ingested)
    for table in QUERIES:
        assert loaded[table] == expected[table], table
    again = load(local_shards, db)
    assert again.stored == 0 and again.already_stored == first.documents
    assert store_rows(db) == loaded  # nothing duplicated, nothing changed


def test_ray_engine_output_equals_local_engine_output(local_shards, corpus, tmp_path):
    """A real local Ray cluster (2 CPUs, no dashboard) runs the same steps: same shards."""
    ray = pytest.importorskip("ray", reason="ray is not installed (pip install 'warta[ray]')")
    from warta.engine.ray import RayExecutor

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        executor = RayExecutor()
        assert executor.workers == 2
        out = tmp_path / "ray"
        process([str(corpus)], out, IngestConfig(stages=default_stages(), batch_size=16), executor)
        local, remote = parquet_tables(local_shards), parquet_tables(out)
        assert local.keys() == remote.keys() and len(local) > 8
        for name, table in local.items():
            assert table.equals(remote[name]), name
        # warta ingest --engine ray: the same store as the local engine
        db = tmp_path / "ray.duckdb"
        ingest([str(corpus / "txt")], db, IngestConfig(stages=default_stages(), engine="ray"))
        local_db = tmp_path / "local.duckdb"
        ingest([str(corpus / "txt")], local_db, IngestConfig(stages=default_stages()))
        assert store_rows(db) == store_rows(local_db) and store_rows(db)["events"]
    finally:
        ray.shutdown()


def test_parts_of_one_input_written_by_separate_runs_equal_one_whole_run(local_shards, corpus, tmp_path):
    """`warta process --part K/N` on N machines: each run takes every N-th batch of the same
    inputs, the parts land in one folder without colliding, and together they are the shards
    of one whole run (so `warta load` gives the same store)."""
    from warta.engine.process import Part

    out = tmp_path / "parts"
    written = 0
    for k in (1, 2, 3):
        summary = process([str(corpus)], out, IngestConfig(stages=default_stages(), batch_size=16), InProcess(), Part(k, 3))
        written += summary.stored
        assert 0 < summary.stored < summary.read
    assert shards(out) == shards(local_shards)
    whole, parts = parquet_tables(local_shards), parquet_tables(out)
    assert whole.keys() == parts.keys()
    for name, table in whole.items():
        assert table.equals(parts[name]), name
    assert written == sum(pq.read_table(local_shards / "documents" / s).num_rows for s in shards(local_shards))


@pytest.mark.parametrize("text", ["0/2", "3/2", "1", "a/b", "1/0"])
def test_a_part_is_k_of_n(text):
    from warta.engine.process import Part

    with pytest.raises(ValueError):
        Part.parse(text)
    assert Part.parse("2/5") == Part(2, 5) and Part(2, 5).takes(6) and not Part(2, 5).takes(5)
