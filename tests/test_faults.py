"""Fault isolation: one document that breaks a step never stops its batch or the run.

An injected failing step, a step that fails only on whole batches, the process pool, the
real pipeline on text full of control characters, and a property test that drives every
shipped step with arbitrary Unicode (controls, surrogates, non-characters, RTL and
zero-width marks, very long words and lines). A 1 MB line is in bench/, not here: CI time.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

import duckdb
import pytest
from conftest import write_jsonl
from hostile import FILLER
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.engine.ingest import IngestConfig, default_stages, ingest
from warta.records import Annotations, Document
from warta.step import OnlyActive, run_steps
from warta.text import UNSAFE, identifiable, valid_unicode

BODY = ("Polisi menangkap {n} tersangka pencurian sepeda motor di Kecamatan {place} pada Senin malam. "
        "Kapolsek setempat mengatakan para tersangka sudah lama diincar petugas karena meresahkan warga. "
        "Barang bukti berupa {n} unit sepeda motor dan kunci letter T diamankan di markas kepolisian.")
PLACES = ["Cilandak", "Tebet", "Menteng", "Gambir", "Cempaka Putih", "Kemayoran", "Senen", "Tanah Abang",
          "Pasar Minggu", "Jagakarsa", "Pancoran", "Setiabudi"]


def body(i: int, place: str) -> str:
    """A distinct article per i (dedup must not fold them): the same arrest, other words."""
    words = FILLER[:]
    random.Random(i).shuffle(words)
    return BODY.format(n=i + 2, place=place) + " Warga menyebut " + " ".join(words) + "."


def good_record(i: int) -> dict:
    return {"id": f"good-{i}", "title": f"Pencurian motor di {PLACES[i]}", "text": body(i, PLACES[i]),
            "published": f"2025-03-0{i % 9 + 1}"}  # fmt: skip


@dataclass(frozen=True)
class ExplodesOn:
    """A step that raises on documents holding ``marker``: the injected fault."""

    marker: str = "MELEDAK"
    name: ClassVar[str] = "explodes"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, docs: list[Document]) -> list[Document]:
        for d in docs:
            if self.marker in d.text:
                raise RuntimeError(f"cannot take {d.doc_id}")
            d.metadata["explodes_seen"] = True
        return docs


@dataclass(frozen=True)
class FailsOnBatches:
    """A step that fails whenever it gets more than one document (a whole-batch failure)."""

    name: ClassVar[str] = "batch_only_failure"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, docs: list[Document]) -> list[Document]:
        if len(docs) > 1:
            raise MemoryError("batch too large")
        docs[0].metadata["batch_seen"] = True
        return docs


@dataclass(frozen=True)
class ReturnsCopies:
    """A step that returns new objects instead of mutating its input (allowed by the contract)."""

    name: ClassVar[str] = "copies"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("terms",)

    def __call__(self, docs: list[Document]) -> list[Document]:
        return [replace(d, annotations=Annotations(terms={"copied": 1})) for d in docs]


@dataclass(frozen=True)
class EmptiesCopies:
    """Returns new objects, and gives up on the first (status ``empty``): the documents still
    land in their places."""

    name: ClassVar[str] = "empties"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("terms",)

    def __call__(self, docs: list[Document]) -> list[Document]:
        docs[0].status = "empty"
        return [replace(d, annotations=Annotations(terms={d.doc_id: 1})) for d in docs]


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_an_injected_failing_step_fails_only_its_document(tmp_path, workers):
    records = [good_record(i) for i in range(6)]
    records.insert(3, {"id": "bad", "title": "Bom", "text": body(9, "MELEDAK")})
    src = write_jsonl(tmp_path / "in.jsonl", records)
    db = tmp_path / "w.duckdb"
    config = IngestConfig(stages=(ExplodesOn(),), workers=workers, batch_size=4)
    summary = ingest([str(src)], db, config)
    assert summary.failed_documents == 1 and summary.failed["step_failed"] == 1
    status = dict(rows(db, "SELECT doc_id, status FROM documents"))
    assert status.pop("bad") == "failed"
    assert set(status) == {f"good-{i}" for i in range(6)} and set(status.values()) == {"ok"}
    [(doc_id, stage, reason, message)] = rows(db, "SELECT doc_id, stage, reason, message FROM ingest_problems")
    assert (doc_id, stage, reason) == ("bad", "explodes", "step_failed")
    assert "RuntimeError" in message and "cannot take bad" in message
    # re-running changes nothing and does not retry forever: the failed document is stored
    again = ingest([str(src)], db, config)
    assert again.already_stored == 7 and again.stored == 0


@dataclass(frozen=True)
class MentionsTwice:
    """A stand-in for the actors and events stages: each document gets a mention of the police
    and an event whose actor it is; a document holding ``marker`` gets its mention twice (one
    span read by two overlapping windows), rows the store refuses: the mention id is its key."""

    marker: str = "GANDA"
    name: ClassVar[str] = "mentions_twice"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("mentions", "events")

    def __call__(self, docs: list[Document]) -> list[Document]:
        from warta.actors.scan import Mention
        from warta.events.event import Event, Participant, Span

        for d in docs:
            start = d.text.index("Polisi")
            police = Mention(start, start + 6, "Polisi", "polda-metro", "Polda Metro Jaya", "ORG", "IDN", "police", rule="discovered")
            d.annotations.mentions = [police, police] if self.marker in d.text else [police]
            words = Span(start + 7, start + 16, "menangkap")
            d.annotations.events = [Event(f"{d.doc_id}:e0", Span(start, start + 16, d.text[start:start + 16]), "ARREST", words,
                                          "asserted", 0.9, "test", actor=[Participant(start, start + 6, "Polisi", "polda-metro")])]  # fmt: skip
        return docs


def test_a_document_the_store_refuses_fails_alone(tmp_path):
    """Issue 16: a batch the store refuses (a duplicate key: "PRIMARY KEY or UNIQUE constraint violation: duplicate
    key") no longer stops the run. The batch is rolled back and written document by
    document; the refused one is stored alone as failed, with a problem row (stage 'store'),
    the others whole; the events after it cluster as if it had never been read; a re-run
    stores nothing again."""
    records = [{"id": "bad", "title": "Ganda", "text": body(9, "GANDA"), "published": "2025-03-01"}]
    records += [good_record(i) for i in range(6)]
    src = write_jsonl(tmp_path / "in.jsonl", records)
    db = tmp_path / "w.duckdb"
    config = IngestConfig(stages=(MentionsTwice(),), batch_size=4)
    summary = ingest([str(src)], db, config)
    assert summary.stored == 7 and summary.failed_documents == 1 and summary.failed == {"store_failed": 1}
    [named] = summary.problems
    assert named.doc_id == "bad" and "ConstraintException" in named.message
    status = dict(rows(db, "SELECT doc_id, status FROM documents"))
    assert status.pop("bad") == "failed" and status == {f"good-{i}": "ok" for i in range(6)}
    [(doc_id, stage, reason, message)] = rows(db, "SELECT doc_id, stage, reason, message FROM ingest_problems")
    assert (doc_id, stage, reason) == ("bad", "store", "store_failed") and "duplicate key \"bad:0-6\"" in message
    assert rows(db, "SELECT DISTINCT doc_id FROM mentions ORDER BY 1") == [(f"good-{i}",) for i in range(6)]
    assert rows(db, "SELECT count(*) FROM events WHERE doc_id = 'bad'") == [(0,)]
    # every event names a stored event as its cluster, as if the refused document had not been read
    clean = tmp_path / "clean.duckdb"
    ingest([str(write_jsonl(tmp_path / "good.jsonl", records[1:]))], clean, config)
    clusters = "SELECT event_id, event_cluster FROM events ORDER BY 1"
    assert rows(db, clusters) == rows(clean, clusters) and dict(rows(db, clusters))["good-1:e0"] == "good-0:e0"
    counts = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM mentions), (SELECT count(*) FROM actors), (SELECT count(*) FROM ingest_problems)"
    before = rows(db, counts)
    again = ingest([str(src)], db, config)
    assert again.already_stored == 7 and again.stored == 0 and not again.failed
    assert rows(db, counts) == before


def test_a_store_fault_after_a_refusal_leaves_no_half_batch(tmp_path, monkeypatch):
    """The documents of a refused batch are only tried alone (rolled back); the batch is then
    written in one transaction. A store fault then (a full disk) stops the run with nothing of
    the batch stored, and the re-run stores it whole: no document stored without its batch's
    dedup relabels."""
    import warta.store.duck

    records = [good_record(0), {"id": "bad", "title": "Ganda", "text": body(9, "GANDA"), "published": "2025-03-01"}, good_record(1)]
    src = write_jsonl(tmp_path / "in.jsonl", records)
    db = tmp_path / "w.duckdb"
    config = IngestConfig(stages=(MentionsTwice(),), batch_size=4)
    real_write = warta.store.duck.Store.write_batch
    writes = []

    def full_disk_after_the_tries(self, docs, *args, commit=True, **kwargs):
        writes.append(commit)
        if commit and len(writes) > 1:
            raise OSError(28, "No space left on device")
        return real_write(self, docs, *args, commit=commit, **kwargs)

    monkeypatch.setattr(warta.store.duck.Store, "write_batch", full_disk_after_the_tries)
    with pytest.raises(OSError):
        ingest([str(src)], db, config)
    assert writes == [True, False, False, False, True]  # the batch, each document tried, the batch again
    assert rows(db, "SELECT count(*) FROM documents") == [(0,)]
    monkeypatch.undo()
    again = ingest([str(src)], db, config)
    assert again.stored == 3 and again.failed == {"store_failed": 1}
    assert rows(db, "SELECT doc_id FROM documents WHERE status = 'ok' ORDER BY 1") == [("good-0",), ("good-1",)]


@pytest.mark.parametrize("strict", [False, True])
def test_a_store_refusal_sets_the_exit_code_as_a_step_failure_does(tmp_path, monkeypatch, strict):
    from typer.testing import CliRunner

    import warta.cli

    monkeypatch.setattr(warta.cli, "default_stages", lambda min_confidence=None: (MentionsTwice(),))
    src = write_jsonl(tmp_path / "in.jsonl", [good_record(0), {"id": "bad", "title": "Ganda", "text": body(9, "GANDA")}])
    args = ["ingest", str(src), "--db", str(tmp_path / "w.duckdb"), "-q"] + (["--strict"] if strict else [])
    result = CliRunner().invoke(warta.cli.app, args)
    assert result.exit_code == (1 if strict else 0), result.output
    assert "bad" in result.output and "store_failed" in result.output


def test_load_stores_the_rows_of_a_shard_the_store_refuses_as_ingest_does(tmp_path):
    """Issue 16: `warta load` of Parquet shards (written by `warta process`) holding a document
    whose rows the store refuses (its mention twice: a duplicate key) no longer stops: the
    document is stored as failed, without its rows, with a problem row (stage 'store') and
    named in the summary; every good row is stored, the store is the one `warta ingest` makes
    of the same input, and loading again adds nothing."""
    from warta.engine.executors import InProcess
    from warta.engine.process import load, process

    records = [good_record(0), {"id": "bad", "title": "Ganda", "text": body(9, "GANDA"), "published": "2025-03-01"}]
    records += [good_record(i) for i in range(1, 6)]
    src = write_jsonl(tmp_path / "in.jsonl", records)
    config = IngestConfig(stages=(MentionsTwice(),), batch_size=4)
    process([str(src)], tmp_path / "shards", config, InProcess())
    db = tmp_path / "w.duckdb"
    summary = load(tmp_path / "shards", db, stages=config.stages)
    assert summary.stored == 7 and summary.store_failed == 1 and summary.problems == 1
    [named] = summary.refused
    assert named.doc_id == "bad" and named.reason == "store_failed" and "ConstraintException" in named.message
    status = dict(rows(db, "SELECT doc_id, status FROM documents"))
    assert status.pop("bad") == "failed" and status == {f"good-{i}": "ok" for i in range(6)}
    assert rows(db, "SELECT DISTINCT doc_id FROM mentions ORDER BY 1") == [(f"good-{i}",) for i in range(6)]
    assert rows(db, "SELECT DISTINCT doc_id FROM events ORDER BY 1") == [(f"good-{i}",) for i in range(6)]
    ingested = tmp_path / "ingested.duckdb"
    ingest([str(src)], ingested, config)
    for sql in ("SELECT doc_id, status, cluster_id, canonical_id FROM documents ORDER BY 1",
                "SELECT doc_id, stage, reason, message FROM ingest_problems ORDER BY 1",
                "SELECT event_id, event_cluster FROM events ORDER BY 1",
                "SELECT * FROM mentions ORDER BY 1, 2", "SELECT * FROM actors ORDER BY 1"):  # fmt: skip
        assert rows(db, sql) == rows(ingested, sql), sql
    counts = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM mentions), (SELECT count(*) FROM ingest_problems)"
    before = rows(db, counts)
    again = load(tmp_path / "shards", db, stages=config.stages)
    assert again.already_stored == 7 and again.stored == 0 and again.store_failed == 0
    assert rows(db, counts) == before


def test_loading_shards_again_adds_no_problem_rows(tmp_path):
    """A shard's problems (a step that failed on a document, a line no reader could use) are
    stored with its documents, once: a second `warta load` of the same shards adds no problem
    row and reports none (so `--strict` does not fail a re-run)."""
    from warta.engine.executors import InProcess
    from warta.engine.process import load, process

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in [good_record(0), {"id": "boom", "title": "Ledak", "text": body(8, "MELEDAK")}])
                   + "{not json\n", "utf-8")  # fmt: skip
    config = IngestConfig(stages=(ExplodesOn(),), batch_size=4)
    process([str(src)], tmp_path / "shards", config, InProcess())
    db = tmp_path / "w.duckdb"
    first = load(tmp_path / "shards", db, stages=config.stages)
    assert first.stored == 2 and first.problems == 2
    stored = rows(db, "SELECT doc_id, stage, reason FROM ingest_problems ORDER BY 1 NULLS LAST")
    assert [r[0] for r in stored] == ["boom", None]
    again = load(tmp_path / "shards", db, stages=config.stages)
    assert again.stored == 0 and again.problems == 0
    assert rows(db, "SELECT doc_id, stage, reason FROM ingest_problems ORDER BY 1 NULLS LAST") == stored


@pytest.mark.parametrize("strict", [False, True])
def test_a_store_refusal_sets_the_exit_code_of_load_as_of_ingest(tmp_path, monkeypatch, strict):
    from typer.testing import CliRunner

    import warta.cli
    import warta.engine.process
    from warta.engine.executors import InProcess

    monkeypatch.setattr(warta.engine.process, "default_stages", lambda min_confidence=None: (MentionsTwice(),))
    src = write_jsonl(tmp_path / "in.jsonl", [good_record(0), {"id": "bad", "title": "Ganda", "text": body(9, "GANDA")}])
    warta.engine.process.process([str(src)], tmp_path / "shards", IngestConfig(stages=(MentionsTwice(),)), InProcess())
    args = ["load", str(tmp_path / "shards"), "--db", str(tmp_path / "w.duckdb")] + (["--strict"] if strict else [])
    result = CliRunner().invoke(warta.cli.app, args)
    assert result.exit_code == (1 if strict else 0), result.output
    assert "1 refused by the store" in result.output and "bad" in result.output and "duplicate key" in result.output


def test_a_whole_batch_failure_retries_documents_one_by_one():
    docs = [Document(doc_id=f"d{i}", content_hash=str(i), source_file="x", position="", source_format="txt",
                     raw_text="teks", text="teks") for i in range(3)]  # fmt: skip
    out = run_steps([OnlyActive(FailsOnBatches())], docs)
    assert [d.status for d in out] == ["ok"] * 3
    assert all(d.metadata["batch_seen"] for d in out)


def test_only_active_keeps_what_the_step_returns():
    docs = [Document(doc_id=f"d{i}", content_hash=str(i), source_file="x", position="", source_format="txt",
                     raw_text="teks", text="teks", status="ok" if i != 1 else "duplicate") for i in range(3)]  # fmt: skip
    out = OnlyActive(ReturnsCopies())(docs)
    assert [d.doc_id for d in out] == ["d0", "d1", "d2"]
    assert out[0].annotations.terms == {"copied": 1} and out[2].annotations.terms == {"copied": 1}
    assert out[0] is not docs[0] and out[2] is not docs[2]
    assert out[1] is docs[1] and out[1].annotations == Annotations()


def test_only_active_puts_returned_documents_in_their_places_when_the_step_changes_a_status():
    docs = [Document(doc_id=f"d{i}", content_hash=str(i), source_file="x", position="", source_format="txt",
                     raw_text="teks", text="teks", status="duplicate" if i in (0, 3) else "ok") for i in range(5)]  # fmt: skip
    out = OnlyActive(EmptiesCopies())(docs)
    assert [d.doc_id for d in out] == ["d0", "d1", "d2", "d3", "d4"]
    assert out[0] is docs[0] and out[3] is docs[3]
    assert [d.annotations.terms for d in out] == [{}, {"d1": 1}, {"d2": 1}, {}, {"d4": 1}]
    assert [d.status for d in out] == ["duplicate", "empty", "ok", "duplicate", "ok"]


def test_real_pipeline_takes_control_characters_surrogates_and_noncharacters(tmp_path):
    """The audit's crash: CLD2 refused these code points and the whole run died with them."""
    records = [good_record(i) for i in range(4)]
    hostile = [
        {"id": "nul", "title": "Judul\u0000 dengan NUL", "text": body(20, "Bekasi\u0000 Timur\u0001")},
        {"id": "c1", "title": "Mojibake â\u0080\u0099 judul\u0085", "text": body(21, "Depok\u0080\u009f")},
        {"id": "nonchar", "title": "X", "text": body(22, "Bogor\ufdd0\uffff\U0010fffe")},
        {"id": "rtl", "title": "\u202eRTL\u200f", "text": body(23, "Tangerang\u200b\u200e\u202a")},
    ]
    text = "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in records[:2] + hostile + records[2:])
    text += '{"id": "surrogate", "title": "Emoji \\ud83d\\ude00 dan \\udc80", "text": "' + body(24, "Serang \\ud800") + '"}\n'
    src = tmp_path / "hostile.jsonl"
    src.write_text(text, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    proc = subprocess.run([sys.executable, "-m", "warta", "ingest", str(src), "--db", str(db)],
                          capture_output=True, text=True, timeout=600)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = dict(rows(db, "SELECT doc_id, status FROM documents"))
    assert set(got) == {f"good-{i}" for i in range(4)} | {"nul", "c1", "nonchar", "rtl", "surrogate"}
    assert set(got.values()) == {"ok"}, got
    for (title, text_) in rows(db, "SELECT title, text FROM documents"):
        assert UNSAFE.search(text_) is None and UNSAFE.search(title or "") is None
    assert rows(db, "SELECT title FROM documents WHERE doc_id = 'surrogate'") == [("Emoji 😀 dan \ufffd",)]
    assert rows(db, "SELECT count(*) FROM events WHERE doc_id = 'nul'")[0][0] >= 1


def test_valid_unicode_and_identifiable():
    assert valid_unicode("a\ud83d\ude00b\udc80") == "a😀b\ufffd"
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    cleaned, removed = identifiable(everything)
    assert removed == 127  # the code points CLD2 refuses
    import pycld2

    pycld2.detect(cleaned)  # takes all the rest


# -- every step, arbitrary Unicode ------------------------------------------------------

ODD = st.sampled_from(["\u0000", "\u0001", "\u007f", "\u0085", "\u009f", "\ud800", "\udfff", "\ufdd0", "\ufffe",
                       "\U0010ffff", "\u200b", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff", "\u00ad",
                       "\r\n", "\t", "\u2028", "ــ", "ﷺ", "e\u0301"])  # fmt: skip
WORDS = st.sampled_from(["Polisi", "menangkap", "Presiden", "Joko", "Widodo", "di", "Jakarta", "KPK", "yang",
                         "mereka", "itu", "akan", "tidak", "menyerang", ".", ",", "(12/6)", "Selasa", "\"", "-nya"])  # fmt: skip
TEXT = st.lists(st.one_of(WORDS, ODD, st.text(max_size=8)), max_size=60).map(" ".join)


def all_steps():
    from warta.clean.step import Clean
    from warta.dedup.fingerprint import Fingerprint
    from warta.lang.identify import IdentifyLanguage

    return [Clean(), IdentifyLanguage(), Fingerprint(), *default_stages()]


def through_every_step(text: str, title: str | None = None) -> Document:
    doc = Document(doc_id="h", content_hash="h", source_file="h", position="", source_format="txt",
                   raw_text=valid_unicode(text), title=valid_unicode(title) if title else None,
                   declared_language="id")  # fmt: skip
    docs = [doc]
    for step in all_steps():  # called directly: a step that raises fails this test
        docs = step(docs)
    return docs[0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, title=st.one_of(st.none(), TEXT))
def test_every_step_accepts_arbitrary_unicode(text, title):
    doc = through_every_step(text, title)
    assert UNSAFE.search(doc.text) is None
    for e in doc.annotations.events:
        assert doc.text[e.trigger.start:e.trigger.end] == e.trigger.text


@pytest.mark.parametrize("text", [
    "Polisi menangkap " + "x" * 200_000 + " di Jakarta.",  # a very long word
    ("Polisi menangkap tersangka di Jakarta, " * 8_000)[:300_000],  # 300 KB on one line, mention-dense
    "\u202bالشرطة اعتقلت\u202c Polisi menangkap tersangka di Bandung. " * 50,  # RTL marks and Arabic
    "\u200b".join("Presiden Joko Widodo bertemu Perdana Menteri Malaysia.".split()) * 40,  # zero-width joins
], ids=["long-word", "300KB-line", "rtl", "zero-width"])
def test_every_step_takes_extreme_text(text):
    doc = through_every_step(text)
    assert doc.status == "ok"
