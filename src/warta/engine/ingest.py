"""``warta ingest``: read → clean → language → fingerprint → dedup → later stages → store.

The pure steps (everything but dedup) run on chunks of a batch through an executor
(``warta.engine.executors``): here, or in a pool of worker processes with ``--workers``;
dedup runs here, in order, because it must see every earlier document, and so does the
store write. Each batch is stored in one transaction, so killing a run loses at most the
batches in flight, and re-running skips what is stored (by content hash) and completes the rest.
A batch the store refuses is stored without the annotations of the documents it refuses
(``write_batch_isolating``).
"""

from __future__ import annotations

import gc
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

import duckdb

from warta.clean.step import Clean
from warta.dedup.fingerprint import Fingerprint
from warta.dedup.index import DedupConfig, DedupIndex
from warta.engine.executors import BatchMapper, Executor, make_executor
from warta.events.cluster import EventClusterIndex
from warta.lang.identify import IdentifyLanguage
from warta.read import ReadOptions, read_paths
from warta.records import Annotations, Document, ReadProblem, StepFailure
from warta.step import OnlyActive, Step, assigned_slots, check_pipeline, mark_failed, run_steps
from warta.store.duck import Store
from warta.text import valid_unicode

# The summary keeps this many problems to show; all of them are stored (ingest_problems).
MAX_PROBLEMS_KEPT = 1000

U = TypeVar("U")

# The stage named in the problem row of a document whose rows the store refused.
STORE_STAGE = "store"

# Document fields no stage after dedup reads or sets (they work on the cleaned text): kept in
# the driver, not sent to the workers and back (warta.engine.executors.BatchMapper.hold_back).
NOT_READ_AFTER_DEDUP = ("raw_text", "alignment", "removed", "minhash")


@dataclass(frozen=True)
class IngestConfig:
    read: ReadOptions = field(default_factory=ReadOptions)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    batch_size: int = 512
    workers: int = 1
    # Documents per call of an executor: small enough that one batch keeps every worker busy
    # (and the last call of a run is short), large enough that spaCy batches well.
    chunk_size: int = 16
    engine: str = "local"  # or "ray" (warta.engine.executors.make_executor)
    address: str | None = None  # the Ray cluster to join; None starts a local one
    # Stages after dedup (nlp, actors, events, places, dates) run on canonical Indonesian
    # documents only; they are added here and nothing else changes.
    stages: tuple[Step, ...] = field(default_factory=lambda: default_stages())

    def __post_init__(self) -> None:
        """The pipeline is checked here, when it is built: a stage missing a slot it requires
        (actors without nlp) fails now, not after the first batch was read and cleaned."""
        check_pipeline(self.before_dedup() + self.stages)

    def before_dedup(self) -> tuple[Step, ...]:
        return (Clean(), IdentifyLanguage(), Fingerprint(num_perm=self.dedup.num_perm, seed=self.dedup.seed))

    def after_dedup(self) -> tuple[Step, ...]:
        return tuple(OnlyActive(s) for s in self.stages)

    def slots(self) -> tuple[str, ...]:
        """The annotation slots the stages assign: what the store writes of each document."""
        return assigned_slots(self.stages)


@dataclass
class IngestSummary:
    run_id: str
    files: int = 0
    read: int = 0
    already_stored: int = 0
    stored: int = 0
    indonesian: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    non_indonesian: Counter = field(default_factory=Counter)
    empty: int = 0
    failed_documents: int = 0  # a step raised on them: stored with status "failed" and a problem row
    failed: Counter = field(default_factory=Counter)
    problems: list[ReadProblem] = field(default_factory=list)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["problems"] = [str(p) for p in self.problems]
        d["non_indonesian"] = dict(self.non_indonesian)
        d["failed"] = dict(self.failed)
        return d


def default_stages(min_confidence: float | None = None) -> tuple[Step, ...]:
    """The stages ``warta ingest`` runs after dedup, in order; events under ``min_confidence``
    are dropped (None: the events step's own floor, chosen on real-news dev)."""
    from warta.actors.stage import Actors
    from warta.dates.stage import Dates
    from warta.events.stage import Events
    from warta.nlp.stage import Nlp  # spaCy loads only when a run needs it
    from warta.places.stage import Places
    from warta.search.stage import SearchTerms

    return (Nlp(), Actors(), Events(min_confidence=min_confidence), Places(), Dates(), SearchTerms())


def run_later_stages(steps: Sequence[Step], docs: list[Document]) -> list[Document]:
    """The stages after dedup, as one unit (they share in-process objects such as the
    spaCy Doc), then the transient slots are emptied: they are neither stored nor
    sent back from a worker."""
    docs = run_steps(steps, docs)
    for d in docs:
        d.annotations.drop_transient()
    return docs


def ingest(
    inputs: list[str],
    db: str | Path,
    config: IngestConfig | None = None,
    *,
    on_batch: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    config = config or IngestConfig()
    run_id = uuid.uuid4().hex[:12]
    summary = IngestSummary(run_id=run_id)
    # The pool starts first: its workers load their models while the store opens and resumes.
    with open_executor(config) as executor, Store(db) as store:
        store.start_run(run_id, inputs, {"batch_size": config.batch_size, "dedup_threshold": config.dedup.threshold,
                                          "language": config.read.language, "workers": config.workers})  # fmt: skip
        known_hashes, known_ids, index, clusters = resume(store, config.stages, config.dedup)
        slots = config.slots()
        for docs, problems in run_pipeline(inputs, config, index, summary, known_hashes, known_ids, executor):
            clusters.assign(docs)
            clusters = write_batch_isolating(store, docs, slots, problems, index.relabelled, run_id, clusters, summary)
            index.relabelled.clear()
            _count(summary, docs)
            if on_batch:
                on_batch(summary)
        store.finish_run(run_id, summary.as_dict())
    return summary


def resume(store: Store, stages: Sequence[Step], dedup: DedupConfig) -> tuple[set[str], set[str], DedupIndex, EventClusterIndex]:
    """What a run continues from: the stages' reference data put in the store first (the
    actor register), then the content hashes and ids stored, and the dedup and event-cluster
    indexes over what is stored."""
    for stage in stages:
        if hasattr(stage, "prepare_store"):
            stage.prepare_store(store)
    index = DedupIndex(dedup)
    index.load(store.dedup_rows())
    return store.content_hashes(), store.doc_ids(), index, stored_event_clusters(store)


def stored_event_clusters(store: Store) -> EventClusterIndex:
    clusters = EventClusterIndex()
    clusters.load(store.event_cluster_rows())
    return clusters


# Errors of the store itself, not of one document's rows (a full disk, a failing device, a
# database DuckDB has invalidated): writing the documents one by one would fail on each, so
# the run stops (the batches stored before are kept).
STORE_FAULTS: tuple[type[BaseException], ...] = (OSError, duckdb.IOException, duckdb.FatalException, duckdb.InternalException)


def write_batch_isolating(
    store: Store,
    docs: list[Document],
    slots: Sequence[str],
    problems: list[ReadProblem],
    relabelled: dict[str, str],
    run_id: str,
    clusters: EventClusterIndex,
    summary: IngestSummary,
) -> EventClusterIndex:
    """Store one batch of documents in one transaction, isolating the documents the store
    refuses (``write_isolating``): one refused is kept with status ``failed``, none of its
    annotations and a problem row (stage ``store``). When a refused document had events, the
    batch's event clusters are assigned again without them (the others may have joined them).
    Returns the event-cluster index to go on with."""

    def refuse(refused: list[tuple[Document, Exception]]) -> list[ReadProblem]:
        nonlocal clusters
        had_events = any(doc.annotations.events for doc, _ in refused)
        for doc, exc in refused:
            mark_failed(doc, STORE_STAGE, exc)
            doc.annotations = Annotations()
        if had_events:
            clusters = stored_event_clusters(store)
            clusters.assign(docs)
        return _failure_problems([doc for doc, _ in refused], summary)

    write_isolating(
        docs,
        write=lambda more: store.write_batch(docs, slots, [*problems, *more], relabelled, run_id),
        attempt=lambda doc: store.write_batch([doc], slots, [], {}, run_id, commit=False),
        refuse=refuse,
    )
    return clusters


def write_isolating(
    units: Sequence[U],
    write: Callable[[list[ReadProblem]], None],
    attempt: Callable[[U], None],
    refuse: Callable[[list[tuple[U, Exception]]], list[ReadProblem]],
) -> None:
    """One batch into the store in one transaction (``write``, given no more problems), or,
    when the store refuses it (a row breaking a constraint, a value of the wrong type), each
    unit (one document and its rows) tried alone in a transaction that is rolled back
    (``attempt``); those refused again are handed to ``refuse``, which takes their rows out of
    the batch and says which problem rows to add, and the batch is then written in one
    transaction as always, so a run killed meanwhile, or stopped by a store fault, has stored
    nothing of it and a re-run writes it whole. Errors of the store itself (``STORE_FAULTS``)
    are raised. Shared by ``warta ingest`` (documents) and ``warta load`` (rows of a Parquet
    shard, warta.engine.process)."""
    try:
        write([])
        return
    except STORE_FAULTS:
        raise
    except Exception as exc:  # noqa: BLE001 - one document's rows must not stop the run: found below
        whole = exc
    refused: list[tuple[U, Exception]] = []
    for unit in units:
        try:
            attempt(unit)
        except STORE_FAULTS:
            raise
        except Exception as exc:  # noqa: BLE001
            refused.append((unit, exc))
    if not refused:  # the batch fails, yet no unit alone does: a fault of the whole, not of a document
        raise whole
    write(refuse(refused))


def run_pipeline(
    inputs: list[str],
    config: IngestConfig,
    index: DedupIndex,
    summary: IngestSummary,
    known_hashes: set[str],
    known_ids: set[str],
    executor: Executor,
) -> Iterator[tuple[list[Document], list[ReadProblem]]]:
    """Batches through every stage, in input order: read (here), the steps before dedup
    (through the executor), dedup (here, in order: it must see every earlier document),
    then the later stages (through the executor again). Both phases stream: while the
    driver deduplicates or stores one batch, the workers clean the next one and run the
    later stages of the one before. Shared by ``ingest`` and ``extract``, which each open
    ``executor`` (``open_executor``)."""
    batches = _new_batches(read_paths(inputs, config.read), known_hashes, known_ids, config.batch_size, summary)
    later = config.after_dedup()
    cleaned = BatchMapper(executor, partial(run_steps, config.before_dedup()), "before_dedup", config.chunk_size)
    deduped: Iterator[tuple[list[Document], list[ReadProblem]]] = ((index(docs), problems) for docs, problems in cleaned(batches))
    if later:
        finish = BatchMapper(executor, partial(run_later_stages, later), "later_stages", config.chunk_size,
                             skip=lambda d: d.status != "ok", hold_back=NOT_READ_AFTER_DEDUP)  # fmt: skip
        deduped = finish(deduped)
    for docs, problems in deduped:
        yield docs, problems + _failure_problems(docs, summary)


@contextmanager
def open_executor(config: IngestConfig) -> Iterator[Executor]:
    """The executor ``config`` names, closed on the way out. The workers of a local pool warm
    up (load the later stages' models) as they start, all at once, while the driver goes on
    opening the store and reading: the driver itself never loads them. With one worker the
    steps load their models here, when a document first needs them (a run with nothing new
    loads none)."""
    warm = partial(warm_up_quietly, config.after_dedup()) if config.stages else None
    executor = make_executor(config.engine, config.workers, config.address, initializer=warm)
    try:
        yield executor
    finally:
        executor.close()


def warm_up(steps: Sequence[Step]) -> None:
    """Run ``steps`` once on a short article so that every model they load lazily is in
    this process before its first real call."""
    text = ("JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan Bendungan Karian di Kabupaten Lebak, Banten, "
            "pada Senin (12/6/2023). Polisi menangkap dua tersangka pencurian di Bandung.")  # fmt: skip
    doc = Document(doc_id="warm-up", content_hash="warm-up", source_file="", position="", source_format="txt",
                   raw_text=text, text=text, language="id", published="2023-06-12")  # fmt: skip
    run_later_stages(steps, [doc])


def warm_up_quietly(steps: Sequence[Step]) -> None:
    """``warm_up`` as a pool worker's initializer: an exception there would break the whole
    pool, so it is dropped; a model that cannot load fails again in the documents' own calls,
    where each document fails alone (warta.step.run_steps). What is loaded then lives as long
    as the process: it is moved out of the garbage collector's view (``gc.freeze``), so that
    the full collections of the run do not walk the models' objects again and again."""
    try:
        warm_up(steps)
    except Exception:  # noqa: BLE001 - see the docstring
        pass
    gc.freeze()


def _failure_problems(docs: list[Document], summary: IngestSummary) -> list[ReadProblem]:
    """One problem row per document a step failed on: which document, which step, what error."""
    out = []
    for d in docs:
        if d.failure is None:
            continue
        problem = failure_problem(d.source_file, d.position, d.doc_id, d.failure)
        out.append(problem)
        _note(summary, problem)
    return out


def failure_problem(source_file: str, position: str, doc_id: str, failure: StepFailure) -> ReadProblem:
    """The problem row of a document a step failed on, or whose rows the store refused."""
    if failure.stage == STORE_STAGE:
        reason, what = "store_failed", "the store refused this document's rows (stored without its annotations)"
    else:
        reason, what = "step_failed", f"step {failure.stage!r} failed on this document"
    return ReadProblem(source_file=source_file, reason=reason, position=position, doc_id=doc_id,
                       stage=failure.stage, message=f"{what}: {failure.error_type}: {failure.message}")  # fmt: skip


def _note(summary: IngestSummary, problem: ReadProblem) -> None:
    """Count a problem by reason; keep the first MAX_PROBLEMS_KEPT to show (all are stored)."""
    summary.failed[problem.reason] += 1
    if len(summary.problems) < MAX_PROBLEMS_KEPT:
        summary.problems.append(problem)


def _new_batches(
    items: Iterable[Document | ReadProblem],
    known_hashes: set[str],
    known_ids: set[str],
    size: int,
    summary: IngestSummary,
) -> Iterator[tuple[list[Document], list[ReadProblem]]]:
    """Batches of documents not stored yet (with the problems met while reading them)."""
    docs: list[Document] = []
    problems: list[ReadProblem] = []
    files: set[str] = set()
    for item in items:
        files.add(item.source_file)
        summary.files = len(files)
        if isinstance(item, ReadProblem):
            _make_problem_valid(item)
            problems.append(item)  # every problem is stored with its batch
            _note(summary, item)
            continue
        summary.read += 1
        _make_valid(item)
        if item.content_hash in known_hashes:
            summary.already_stored += 1
            continue
        known_hashes.add(item.content_hash)
        if item.doc_id in known_ids:  # same id, different content: keep both, distinctly
            item.doc_id = f"{item.doc_id}~{item.content_hash[:8]}"
        known_ids.add(item.doc_id)
        docs.append(item)
        if len(docs) >= size:
            yield docs, problems
            docs, problems = [], []
    if docs or problems:
        yield docs, problems


def _make_valid(doc: Document) -> None:
    """Every document enters the steps as valid Unicode (lone surrogates become U+FFFD),
    its metadata too; its file name keeps bytes that are not UTF-8 as ``\\xe9``."""
    doc.raw_text = valid_unicode(doc.raw_text)
    for name in ("title", "url", "outlet", "published_raw", "doc_id", "position"):
        value = getattr(doc, name)
        if value:
            setattr(doc, name, valid_unicode(value))
    doc.source_file = file_name(doc.source_file)
    if doc.metadata:
        doc.metadata = {valid_unicode(k): valid_unicode(v) if isinstance(v, str) else v for k, v in doc.metadata.items()}


def _make_problem_valid(problem: ReadProblem) -> None:
    problem.source_file = file_name(problem.source_file)
    problem.message = valid_unicode(problem.message)
    problem.position = valid_unicode(problem.position)


def file_name(name: str) -> str:
    """A path as valid Unicode: bytes the file system gave that are not UTF-8 (decoded by
    Python as lone surrogates) are written ``\\xe9``, so the name still finds the file."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return valid_unicode(name)


def _count(summary: IngestSummary, docs: list[Document]) -> None:
    for d in docs:
        summary.stored += 1
        if d.status == "ok":
            summary.indonesian += 1
        elif d.status == "duplicate":
            if d.duplicate_kind == "exact":
                summary.exact_duplicates += 1
            else:
                summary.near_duplicates += 1
        elif d.status == "non_indonesian":
            summary.non_indonesian[d.language or "und"] += 1
        elif d.status == "empty":
            summary.empty += 1
        elif d.status == "failed":
            summary.failed_documents += 1
