"""Reader settings: one picklable object handed to every reader."""

from __future__ import annotations

from dataclasses import dataclass, field

from warta.read.fields import FieldMap


@dataclass(frozen=True)
class ReadOptions:
    fields: FieldMap = field(default_factory=FieldMap)
    # A single article larger than this is not an article: refuse it instead of loading it.
    max_document_bytes: int = 10 * 1024 * 1024
    language: str | None = None  # declared language (``--lang id``): skips detection
    format: str | None = None  # force one reader for every input
