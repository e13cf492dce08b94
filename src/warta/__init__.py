"""warta: verifiable event data from Indonesian-language news.

The Python API, imported lazily so that ``import warta`` stays cheap::

    from warta import ingest, IngestConfig, ReadOptions, read_paths, Store
    summary = ingest(["berita/"], "warta.duckdb", IngestConfig(read=ReadOptions(language="id")))
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_API = {
    "ingest": "warta.engine.ingest",
    "IngestConfig": "warta.engine.ingest",
    "IngestSummary": "warta.engine.ingest",
    "read_paths": "warta.read",
    "ReadOptions": "warta.read",
    "FieldMap": "warta.read",
    "DedupConfig": "warta.dedup.index",
    "Store": "warta.store.duck",
    "Document": "warta.records",
    "ReadProblem": "warta.records",
}
__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'warta' has no attribute {name!r}")
