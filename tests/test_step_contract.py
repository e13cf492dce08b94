"""The step contract: steps declare the annotation slots they require and assign, a pipeline
is checked against those declarations when it is built, and the store writes the declared
slots through one registry of writers (here, through Parquet shards and load, alike)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import duckdb
import pytest

from warta.actors.stage import Actors
from warta.dates.expressions import DateExpression
from warta.engine.executors import InProcess
from warta.engine.ingest import IngestConfig, default_stages, ingest, run_later_stages
from warta.engine.process import load, process
from warta.events.stage import Events
from warta.nlp.stage import Nlp
from warta.read import ReadOptions
from warta.records import SLOTS, Annotations, Document
from warta.step import PipelineError, assigned_slots, check_pipeline
from warta.store import rows
from warta.store.duck import Store


def test_a_pipeline_missing_nlp_before_actors_fails_when_built_not_mid_run(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Presiden Joko Widodo meresmikan bendungan di Lebak."}) + "\n", "utf-8")
    db = tmp_path / "w.duckdb"
    with pytest.raises(PipelineError, match=r"step 'actors' requires 'sentences' and 'entities', which no step before it assigns"):
        ingest([str(src)], db, IngestConfig(stages=(Actors(), Events())))
    assert not db.exists()  # nothing was read, nothing was stored


def test_the_error_names_the_step_that_comes_too_late():
    with pytest.raises(PipelineError, match=r"step 'events' requires 'mentions'.*'actors' assigns it but runs after it"):
        IngestConfig(stages=(Nlp(), Events(), Actors()))


@dataclass(frozen=True)
class Declares:
    name: ClassVar[str] = "declares"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, docs: list[Document]) -> list[Document]:
        return docs


@dataclass(frozen=True)
class Undeclared:
    name: ClassVar[str] = "undeclared"

    def __call__(self, docs: list[Document]) -> list[Document]:
        return docs


def test_unknown_slots_and_undeclared_steps_are_refused():
    with pytest.raises(PipelineError, match=r"step 'declares' names 'tokens', which is no annotation slot; the slots are 'sentences'"):
        check_pipeline([Declares()])
    with pytest.raises(PipelineError, match=r"step 'undeclared' does not declare the slots"):
        check_pipeline([Undeclared()])  # type: ignore[list-item]


def test_the_shipped_steps_assign_exactly_what_they_declare():
    """Each shipped stage run in order on a short article: the slots it sets are the ones it
    declares, and the pipeline they make passes the check."""
    steps = default_stages()
    check_pipeline(steps)
    assert assigned_slots(steps) == ("sentences", "entities", "spacy", "mentions", "events", "places", "dates", "terms")
    text = ("JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan Bendungan Karian di Kabupaten Lebak, Banten, "
            "pada Senin (12/6/2023). Polisi menangkap dua tersangka pencurian di Bandung.")  # fmt: skip
    docs = [Document(doc_id="d", content_hash="d", source_file="", position="", source_format="txt", raw_text=text,
                     text=text, language="id", published="2023-06-12")]  # fmt: skip
    for step in steps:
        before = {s: getattr(docs[0].annotations, s) for s in SLOTS}
        docs = step(docs)
        set_now = {s for s in SLOTS if getattr(docs[0].annotations, s) is not before[s]}
        assert set_now == set(step.assigns), step.name
    a = docs[0].annotations
    assert a.sentences and a.entities and a.mentions and a.events and a.places and a.dates and a.terms
    assert all(e.location and e.date for e in a.events)  # the places and dates steps filled the events they require


def test_transient_slots_do_not_leave_the_process():
    text = "Polisi menangkap dua tersangka pencurian di Bandung pada Senin."
    doc = Document(doc_id="d", content_hash="d", source_file="", position="", source_format="txt", raw_text=text, text=text)
    (out,) = run_later_stages(IngestConfig().after_dedup(), [doc])
    assert out.annotations.spacy is None and out.annotations.sentences  # the Doc is gone, what it gave stays


# -- a new slot needs a writer, not an edit of the store -----------------------------------


@dataclass(frozen=True)
class FindsYears:
    """A stage the store has never heard of: it fills the ``dates`` slot (stored by no shipped writer)."""

    name: ClassVar[str] = "years"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("dates",)

    def __call__(self, docs: list[Document]) -> list[Document]:
        for d in docs:
            d.annotations.dates = [DateExpression(m.start(), m.end(), m.group(), m.group(), "year") for m in re.finditer(r"\b20\d\d\b", d.text)]
        return docs


@pytest.fixture
def years_writer(monkeypatch):
    """A writer for the ``dates`` slot, registered as a new stage would register it."""
    monkeypatch.setattr(rows, "WRITERS", dict(rows.WRITERS))

    @rows.writes("dates", rows.Table("test_years", parent="documents", key="doc_id"))
    def year_rows(docs):
        return {"test_years": [{"doc_id": d.doc_id, "start": x.start, "year": x.value} for d in docs for x in d.annotations.dates]}


def store_with_years_table(db: Path) -> None:
    with Store(db) as store:  # the new stage's migration
        store.con.execute('CREATE TABLE test_years (doc_id VARCHAR, start INTEGER, "year" VARCHAR)')


def years(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute('SELECT doc_id, start, "year" FROM test_years ORDER BY ALL').fetchall()
    finally:
        con.close()


def test_a_new_slot_is_stored_through_its_writer_by_ingest_and_by_process_and_load(tmp_path, years_writer):
    text = "Banjir melanda Jakarta pada 2024, sepuluh tahun setelah banjir besar 2014 yang merendam ibu kota."
    records = [{"id": "a", "text": text}, {"id": "b", "text": "Pemilu 2019 berlangsung damai di seluruh provinsi Indonesia."},
               {"id": "copy-of-a", "text": text}]  # fmt: skip
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    config = IngestConfig(read=ReadOptions(language="id"), stages=(FindsYears(),))
    ingested = tmp_path / "ingest.duckdb"
    store_with_years_table(ingested)
    ingest([str(src)], ingested, config)
    expected = [("a", 28, "2024"), ("a", 69, "2014"), ("b", 7, "2019")]  # the copy was not processed
    assert years(ingested) == expected
    process([str(src)], tmp_path / "shards", config, InProcess())
    assert (tmp_path / "shards" / "test_years").is_dir()
    loaded = tmp_path / "load.duckdb"
    store_with_years_table(loaded)
    load(tmp_path / "shards", loaded, stages=config.stages)
    assert years(loaded) == expected  # the copy's rows, in its shard, were dropped by load


def test_every_writer_table_is_in_the_store_schema(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        columns = {(t, c) for t, c in store.query("SELECT table_name, column_name FROM information_schema.columns")}
    for table in rows.tables():
        assert (table.name, table.key) in columns, table
    assert {w.slot for w in rows.WRITERS.values()} <= set(SLOTS)


def test_writers_refuse_unknown_slots_and_tables_written_twice(monkeypatch):
    monkeypatch.setattr(rows, "WRITERS", dict(rows.WRITERS))
    with pytest.raises(ValueError, match="'tokens' is no annotation slot"):
        rows.writes("tokens", rows.Table("tokens", parent="documents", key="doc_id"))
    with pytest.raises(ValueError, match="table 'events' is written twice"):
        rows.writes("dates", rows.Table("events", parent="documents", key="doc_id"))
    with pytest.raises(ValueError, match="belongs to 'nowhere'"):
        rows.writes("dates", rows.Table("x", parent="nowhere", key="doc_id"))
    assert Annotations().events == [] and Annotations().spacy is None


def test_a_model_loads_with_the_collector_paused_and_then_out_of_its_view():
    """warta.step.collection_paused (around resource loaders and pre-built tables): no
    collection while the objects are made, and then they are frozen (gc.freeze), so that the
    run's full collections do not walk them; they are unfrozen at exit, to be freed as usual."""
    import gc

    from warta.step import collection_paused

    gc.unfreeze()
    with collection_paused():
        assert not gc.isenabled()
        table = [[i] for i in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() >= len(table)
    gc.unfreeze()


def test_a_load_that_fails_freezes_nothing():
    """A loader that raises is called again by every later resource() call (functools.cache
    keeps no failure): a freeze per failed load would pin the garbage each one left, without end."""
    import gc

    from warta.step import collection_paused

    gc.unfreeze()
    for _ in range(3):
        with pytest.raises(RuntimeError), collection_paused():
            _garbage = [[i] for i in range(1000)]
            raise RuntimeError("model file missing")
    assert gc.isenabled() and gc.get_freeze_count() == 0
