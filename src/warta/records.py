"""The records that flow between pipeline steps.

Everything a step needs travels on these dataclasses, so steps stay pure functions
of their input (and picklable, for the process pool and Ray). Offsets are character offsets
into a document's *cleaned* text unless a field name says ``raw``.

What the stages after dedup find goes in ``Document.annotations``: one typed slot per kind of
finding (``Annotations``). A step declares the slots it reads and fills (warta.step.Step), the
engine checks those declarations when it builds a pipeline, and the store writes each slot
through the writer registered for it (warta.store.rows).
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the types of the slots, for the type checker only: records imports no stage
    from spacy.tokens import Doc as SpacyDoc

    from warta.actors.match import Mention
    from warta.dates.expressions import DateExpression
    from warta.events.event import Event
    from warta.places.stage import ResolvedPlace


def mention_id(doc_id: str, start: int, end: int) -> str:
    """An actor mention's id: its document and span, the same in the store and in events."""
    return f"{doc_id}:{start}-{end}"


@dataclass(slots=True)
class RemovedSpan:
    """A piece of raw text that cleaning dropped, kept so nothing disappears silently."""

    kind: str  # e.g. "read_also", "advertisement", "credit", "editor_initials", "dateline"
    raw_start: int
    raw_end: int
    text: str


@dataclass(slots=True)
class Dateline:
    """A dateline such as "JAKARTA, KOMPAS.com -": the place is a default event location."""

    place: str | None
    outlet: str | None
    raw_start: int
    raw_end: int
    text: str


@dataclass(slots=True)
class StepFailure:
    """Why a step gave up on one document: the document is stored with status ``failed``."""

    stage: str
    error_type: str
    message: str


@dataclass(slots=True)
class Annotations:
    """The slots the stages after dedup fill, one field each; every slot starts empty.

    The comment of a slot names the step that assigns it. A *transient* slot lives only while
    the steps of one batch run in one process (the spaCy Doc: large, and slow to pickle): the
    engine empties it before a document leaves that process, so it is never stored nor sent
    back from a worker. A new slot is a field here (with ``metadata={"transient": True}`` if it
    is one), named in the ``assigns`` of its step; to store it, a writer in warta.store.rows.
    """

    sentences: list[tuple[int, int]] = field(default_factory=list)  # nlp: (start, end), trailing whitespace excluded
    entities: list[tuple[int, int, str]] = field(default_factory=list)  # nlp: (start, end, label), label PER / ORG / LOC
    spacy: SpacyDoc | None = field(default=None, metadata={"transient": True})  # nlp: the parsed Doc (POS tags)
    mentions: list[Mention] = field(default_factory=list)  # actors: actor mentions resolved to the register
    events: list[Event] = field(default_factory=list)  # events; the places step sets their location, dates their date
    places: list[ResolvedPlace] = field(default_factory=list)  # places: every place named, resolved
    dates: list[DateExpression] = field(default_factory=list)  # dates: the time expressions
    terms: dict[str, int] = field(default_factory=dict)  # search: stem counts of title and text

    def drop_transient(self) -> None:
        """Empty the transient slots (before the document leaves the process that ran the steps)."""
        for f in _TRANSIENT_FIELDS:
            setattr(self, f.name, f.default_factory() if f.default_factory is not MISSING else f.default)


# Every slot's name, and those that live only while one process runs the steps of a batch.
SLOTS: tuple[str, ...] = tuple(f.name for f in fields(Annotations))
_TRANSIENT_FIELDS = tuple(f for f in fields(Annotations) if f.metadata.get("transient"))


@dataclass(slots=True)
class Document:
    """One news article on its way through the pipeline.

    A reader fills the identity and raw fields; later steps fill the rest.
    ``status`` says whether later stages should process it:
    ``ok`` (go on), ``duplicate`` (linked to ``canonical_id``), ``non_indonesian``,
    ``empty`` (nothing left after cleaning), ``failed`` (a step raised on it: ``failure``).
    """

    doc_id: str
    content_hash: str  # identity of this input record: the key that makes ingest idempotent
    source_file: str
    position: str  # where in the source file: "line 12", "record 3", "offset 4096", ""
    source_format: str  # txt, jsonl, json, csv, html, feed, warc
    raw_text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, if it could be resolved
    published_raw: str | None = None
    declared_language: str | None = None
    encoding: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    # filled by cleaning
    text: str = ""
    removed: list[RemovedSpan] = field(default_factory=list)
    dateline: Dateline | None = None
    # Alignment of cleaned to raw text: flat list of (clean_start, raw_start, clean_len, raw_len)
    # segments covering every kept piece; see warta.clean.alignment.
    alignment: list[int] = field(default_factory=list)

    # filled by language identification
    language: str | None = None
    language_score: float | None = None

    # filled by fingerprinting and deduplication
    norm_hash: str | None = None
    minhash: bytes | None = None
    status: str = "ok"
    canonical_id: str | None = None
    cluster_id: str | None = None
    duplicate_kind: str | None = None  # "exact" or "near"
    similarity: float | None = None

    # filled by the stages after dedup (nlp, actors, events, places, dates, search): typed slots
    annotations: Annotations = field(default_factory=Annotations)

    # set by the step runner when a step raised on this document (status ``failed``)
    failure: StepFailure | None = None


@dataclass(slots=True)
class ReadProblem:
    """Something a reader could not use, named precisely enough to go and look."""

    source_file: str
    reason: str  # short machine-readable reason: "empty", "binary", "malformed_json", ...
    message: str
    position: str = ""
    doc_id: str | None = None  # set for problems of one document (a step that failed on it)
    stage: str | None = None

    def __str__(self) -> str:
        where = f"{self.source_file}" + (f" ({self.position})" if self.position else "")
        if self.doc_id:
            where += f" [document {self.doc_id}]"
        return f"{where}: {self.message}"
