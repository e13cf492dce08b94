"""Deduplication: measured on the syndication fixture, incremental across runs, clusters merge."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, write_jsonl

from warta.dedup.index import DedupConfig
from warta.engine.ingest import IngestConfig, ingest
from warta.evaluate.dedup import evaluate
from warta.read import ReadOptions
from warta.store.duck import Store

FIXTURE = ROOT / "tests" / "fixtures" / "dedup" / "syndication.jsonl"


def test_precision_and_recall_on_the_held_out_split():
    """The default threshold was chosen on the dev split; this is the split it never saw."""
    scores = evaluate(FIXTURE, "test", DedupConfig().threshold)
    assert scores.gold_pairs > 30
    assert scores.precision >= 0.95, scores
    assert scores.recall >= 0.90, scores


def test_a_high_threshold_really_loses_recall():
    """Guards the evaluation itself: it must be able to report a bad setting as bad."""
    assert evaluate(FIXTURE, "dev", 0.9).recall < 0.7


def cluster_partition(db: Path) -> set[frozenset[str]]:
    with Store(db, read_only=True) as store:
        rows = store.query("SELECT cluster_id, list(doc_id) FROM documents GROUP BY cluster_id")
    return {frozenset(members) for _, members in rows}


def test_incremental_runs_give_the_clusters_of_one_run(tmp_path: Path):
    rows = [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines()]
    rows = [{k: r[k] for k in ("id", "outlet", "title", "text")} for r in rows]
    first, second = rows[::2], rows[1::2]
    config = IngestConfig(read=ReadOptions(language="id"), stages=())
    together = tmp_path / "together.duckdb"
    ingest([str(write_jsonl(tmp_path / "a.jsonl", first)), str(write_jsonl(tmp_path / "b.jsonl", second))], together, config)
    split_runs = tmp_path / "split.duckdb"
    ingest([str(tmp_path / "a.jsonl")], split_runs, config)
    ingest([str(tmp_path / "b.jsonl")], split_runs, config)
    assert cluster_partition(split_runs) == cluster_partition(together)
    assert any(len(c) > 1 for c in cluster_partition(together))


SENTENCES = [
    "Pemerintah Provinsi Jawa Barat menyalurkan bantuan logistik kepada ribuan warga yang terdampak banjir bandang di Kabupaten Garut sejak Senin malam.",
    "Kepala Badan Penanggulangan Bencana Daerah mengatakan bahwa sebanyak empat ratus rumah terendam dan dua jembatan putus akibat luapan sungai.",
    "Tim gabungan dari TNI, Polri dan relawan masih menyisir permukiman di bantaran sungai untuk mencari dua warga yang dilaporkan hilang terseret arus.",
    "Warga yang mengungsi ditampung di gedung sekolah dan masjid, sementara dapur umum didirikan di halaman kantor kecamatan untuk menyediakan makanan.",
    "Bupati Garut mengimbau masyarakat di daerah rawan longsor agar tetap waspada karena hujan deras diperkirakan masih akan turun hingga akhir pekan.",
    "Dinas Kesehatan membuka posko layanan kesehatan karena banyak pengungsi mulai mengeluhkan gatal-gatal, demam dan diare setelah tiga hari mengungsi.",
]


def test_a_bridging_copy_merges_two_clusters(tmp_path: Path):
    """A is about one half of a story, C about the other; B carries both and joins them."""
    a = " ".join(SENTENCES[:3])
    c = " ".join(SENTENCES[3:])
    b = a + " " + c
    config = IngestConfig(read=ReadOptions(language="id"), dedup=DedupConfig(threshold=0.4), stages=())
    db = tmp_path / "m.duckdb"
    ingest([str(write_jsonl(tmp_path / "1.jsonl", [{"id": "A", "text": a, "source": "Antara"}, {"id": "C", "text": c, "source": "Kompas"}]))], db, config)
    assert cluster_partition(db) == {frozenset({"A"}), frozenset({"C"})}
    ingest([str(write_jsonl(tmp_path / "2.jsonl", [{"id": "B", "text": b, "source": "Detik"}]))], db, config)
    assert cluster_partition(db) == {frozenset({"A", "B", "C"})}
    with Store(db, read_only=True) as store:
        rows = dict((r[0], r[1:]) for r in store.query("SELECT doc_id, status, canonical_id FROM documents"))
        cluster = store.query("SELECT canonical_id, n_documents, n_outlets FROM dedup_clusters")
    assert rows["B"] == ("duplicate", "A")
    assert rows["C"][1] == "A"  # relabelled to the earliest document of the merged cluster
    assert cluster == [("A", 3, 3)]


def test_exact_copy_from_another_outlet(tmp_path: Path):
    text = " ".join(SENTENCES)
    src = write_jsonl(tmp_path / "x.jsonl", [
        {"id": "asli", "text": "Jakarta (ANTARA) - " + text, "source": "Antara"},
        {"id": "salinan", "text": "BANDUNG, JPNN - " + text + "\nEditor: Budi", "source": "JPNN"},
    ])  # fmt: skip
    db = tmp_path / "e.duckdb"
    summary = ingest([str(src)], db, IngestConfig(read=ReadOptions(language="id"), stages=()))
    assert summary.exact_duplicates == 1
    with Store(db, read_only=True) as store:
        assert store.query("SELECT status, duplicate_kind, canonical_id FROM documents WHERE doc_id = 'salinan'") == [("duplicate", "exact", "asli")]
