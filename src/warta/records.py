"""The records that flow between pipeline steps.

Everything a step needs travels on these dataclasses, so steps stay pure functions
of their input (and picklable, for the Ray runner). Offsets are character offsets
into a document's *cleaned* text unless a field name says ``raw``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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

    # filled by later stages (NLP, actors, events, places, dates); free-form per stage
    annotations: dict[str, Any] = field(default_factory=dict)

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
