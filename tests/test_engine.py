"""The executor seam: every stage but dedup and the store write runs in the workers, at once,
in order, and one document still fails alone (even one that kills its worker process)."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import duckdb
import pytest

from warta.engine.executors import BatchMapper, InProcess
from warta.engine.extract import event_records, extract, mention_records
from warta.engine.ingest import IngestConfig, default_stages, ingest
from warta.read import ReadOptions
from warta.records import Document

REAL_DEV = Path(__file__).parent / "fixtures" / "events" / "real-dev.jsonl"


def write_real(tmp_path: Path, n: int) -> Path:
    """The first ``n`` real-news dev articles, as a reader takes them."""
    path = tmp_path / "real.jsonl"
    with REAL_DEV.open(encoding="utf-8") as f, path.open("w", encoding="utf-8") as out:
        for line, _ in zip(f, range(n)):
            rec = json.loads(line)
            out.write(json.dumps({k: rec[k] for k in ("id", "published", "outlet", "text")}, ensure_ascii=False) + "\n")
    return path


def write_plain(tmp_path: Path, n: int, marker_at: int | None = None) -> Path:
    path = tmp_path / "plain.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = f"Berita nomor {i}: warga desa {i} bergotong royong membersihkan saluran air di kampung {i * 7}."
            if i == marker_at:
                text += " MATIKAN"
            f.write(json.dumps({"id": f"doc-{i}", "text": text}) + "\n")
    return path


@dataclass(frozen=True)
class Stamp:
    """Records which process ran each document, and when (the later stage under test)."""

    seconds: float = 0.05
    name: ClassVar[str] = "stamp"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, docs: list[Document]) -> list[Document]:
        start = time.monotonic()
        time.sleep(self.seconds)
        for d in docs:
            d.metadata["stamp"] = (os.getpid(), start, time.monotonic())
        return docs


@dataclass(frozen=True)
class KillsWorker:
    """Ends its process without a Python exception on a marked document (as the kernel's
    out-of-memory killer or a crash in native code would)."""

    name: ClassVar[str] = "kills_worker"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, docs: list[Document]) -> list[Document]:
        if any("MATIKAN" in d.text for d in docs):
            os._exit(3)
        for d in docs:
            d.metadata["survived"] = True
        return docs


@dataclass(frozen=True)
class SeesRaw:
    """Records how much of the raw text and the cleaning alignment reached the later stage."""

    name: ClassVar[str] = "sees_raw"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, docs: list[Document]) -> list[Document]:
        for d in docs:
            d.metadata["raw_seen"] = [len(d.raw_text), len(d.alignment)]
        return docs


def test_later_stages_run_in_every_worker_at_once_and_in_order(tmp_path):
    """With --workers 2 the stages after dedup run in both workers concurrently (they were
    run one batch at a time before), not in the driver, and documents come back in order."""
    path = write_plain(tmp_path, 48)
    config = IngestConfig(read=ReadOptions(language="id"), workers=2, chunk_size=4, stages=(Stamp(),))
    docs = list(extract([str(path)], config))
    assert [d.doc_id for d in docs] == [f"doc-{i}" for i in range(48)]
    stamps = [d.metadata["stamp"] for d in docs]
    pids = {pid for pid, _, _ in stamps}
    assert len(pids) == 2 and os.getpid() not in pids
    a, b = sorted(pids)
    spans_a = [(s, e) for pid, s, e in stamps if pid == a]
    spans_b = [(s, e) for pid, s, e in stamps if pid == b]
    overlap = sum(max(0.0, min(e1, e2) - max(s1, s2)) for s1, e1 in set(spans_a) for s2, e2 in set(spans_b))
    assert overlap > 0.2, "the two workers never ran at the same time"


def test_pool_output_equals_in_process_output(tmp_path):
    """The real pipeline gives the same events and mentions, in the same order, with 1 and 2 workers."""
    path = write_real(tmp_path, 16)
    out = {}
    for workers in (1, 2):
        config = IngestConfig(workers=workers, stages=default_stages())
        docs = list(extract([str(path)], config))
        out[workers] = ([d.doc_id for d in docs], [r for d in docs for r in event_records(d)],
                        [r for d in docs for r in mention_records(d)])  # fmt: skip
    assert out[1][1] and out[1][2]  # something was found, so the comparison means something
    assert out[1] == out[2]


def test_raw_text_stays_in_the_driver_and_is_stored_whole(tmp_path):
    """With workers the later stages get documents without their raw text and alignment (not
    pickled there and back), and the store still gets both, the same as with one process."""
    path = write_plain(tmp_path, 20)
    stored = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        config = IngestConfig(read=ReadOptions(language="id"), workers=workers, chunk_size=4, stages=(SeesRaw(),))
        assert ingest([str(path)], db, config).indonesian == 20
        con = duckdb.connect(str(db), read_only=True)
        stored[workers] = con.execute("SELECT doc_id, raw_text, text, alignment, removed, minhash, metadata FROM documents ORDER BY doc_id").fetchall()
        con.close()
    seen = {w: [json.loads(row[-1])["raw_seen"] for row in rows] for w, rows in stored.items()}
    assert all(raw > 0 and alignment > 0 for raw, alignment in seen[1])  # one process: nothing held back
    assert all(s == [0, 0] for s in seen[2])
    assert [row[:-1] for row in stored[1]] == [row[:-1] for row in stored[2]]
    assert all(row[1].startswith("Berita nomor") and row[3] and row[5] for row in stored[2])


def test_a_document_that_kills_its_worker_fails_alone(tmp_path):
    path = write_plain(tmp_path, 24, marker_at=9)
    db = tmp_path / "store.duckdb"
    config = IngestConfig(read=ReadOptions(language="id"), workers=2, chunk_size=4, stages=(KillsWorker(),))
    summary = ingest([str(path)], db, config)
    assert summary.stored == 24 and summary.failed_documents == 1 and summary.indonesian == 23
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT doc_id, status FROM documents WHERE status <> 'ok'").fetchall() == [("doc-9", "failed")]
    (stage, reason), = con.execute("SELECT stage, reason FROM ingest_problems").fetchall()
    assert (stage, reason) == ("later_stages", "step_failed")
    con.close()
    again = ingest([str(path)], db, config)  # the re-run stores nothing twice and does not crash
    assert again.already_stored == 24 and again.stored == 0


def test_batches_in_flight_are_bounded():
    """Reading never runs ahead of processing by more than ``ahead`` batches: memory stays bounded."""
    pulled = []

    def batches():
        for i in range(10):
            pulled.append(i)
            yield [Document(doc_id=str(i), content_hash=str(i), source_file="", position="", source_format="txt", raw_text="")], i

    mapper = BatchMapper(InProcess(), lambda docs: docs, "test", chunk_size=1, ahead=1)
    seen = []
    for _docs, i in mapper(batches()):
        seen.append(i)
        assert len(pulled) <= len(seen) + 1
    assert seen == list(range(10))


def picky(docs: list[Document]) -> list[Document]:
    if len(docs) > 1 or docs[0].doc_id == "2":
        raise RuntimeError("no")
    return docs


@pytest.mark.parametrize("workers", [1, 2])
def test_a_chunk_that_cannot_be_run_is_retried_document_by_document(workers):
    """A call that fails as a whole (here: a chunk holding a document that cannot be sent to
    a worker, or that the function refuses as a batch) fails only the documents that fail alone."""
    from warta.engine.executors import local_executor

    docs = [Document(doc_id=str(i), content_hash=str(i), source_file="", position="", source_format="txt", raw_text="")
            for i in range(5)]  # fmt: skip
    executor = local_executor(workers)
    try:
        (out, _), = BatchMapper(executor, picky, "picky", chunk_size=5)([(docs, None)])
    finally:
        executor.close()
    assert [d.doc_id for d in out] == ["0", "1", "2", "3", "4"]
    assert [d.status for d in out] == ["ok", "ok", "failed", "ok", "ok"]
    assert out[2].failure.stage == "picky"



def test_one_worker_loads_its_models_when_first_needed_with_the_collector_paused(tmp_path: Path):
    """With the steps in this process (--workers 1) nothing is loaded when the run starts (a run
    with nothing new loads no model); a model loads when a document first needs it, with the
    garbage collector paused, and what it made is then frozen (warta.step.resource)."""
    import gc

    from warta.engine.ingest import open_executor
    from warta.step import resource

    seen: list[tuple[str, bool]] = []

    def load_model() -> dict:
        seen.append(("loaded with the collector on", gc.isenabled()))
        return {"model": [object()]}

    @dataclass(frozen=True)
    class UsesModel:
        name: ClassVar[str] = "uses_model"
        requires: ClassVar[tuple[str, ...]] = ()
        assigns: ClassVar[tuple[str, ...]] = ()

        def __call__(self, docs: list[Document]) -> list[Document]:
            resource(load_model)
            seen.append(("ran", gc.isenabled()))
            return docs

    config = IngestConfig(stages=(UsesModel(),))
    with open_executor(config) as executor:
        assert isinstance(executor, InProcess) and seen == []
    gc.unfreeze()
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "a", "text": "Polisi menangkap dua tersangka pencurian di Bandung pada Senin malam."}\n', "utf-8")
    ingest([str(src)], tmp_path / "s.duckdb", config)
    assert seen == [("loaded with the collector on", False), ("ran", True)]
    assert gc.get_freeze_count() > 0 and gc.isenabled()
    gc.unfreeze()
