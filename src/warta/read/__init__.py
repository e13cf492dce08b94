"""Readers: every input format to a stream of Documents, and ReadProblems for what fails.

One broken file never stops a batch: each file is read on its own, and whatever goes
wrong becomes a ReadProblem naming the file (and the line or record) and the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import import_module

from warta.read.csvfile import read_csv
from warta.read.fields import FieldMap
from warta.read.gz import GzipDamage
from warta.read.jsonl import read_json, read_jsonl
from warta.read.options import ReadOptions
from warta.read.sources import FORMATS, Source, detect_format, expand
from warta.read.text import read_text
from warta.records import Document, ReadProblem

Reader = Callable[[Source, ReadOptions], Iterator[Document | ReadProblem]]


def _on_first_use(module: str, name: str) -> Reader:
    """A reader whose module is imported when a file of its format is first read: the HTML,
    feed and WARC readers pull in trafilatura, feedparser and warcio (~0.2 CPU-s at every
    start), which a run over JSON lines or text never needs."""

    def read(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
        yield from getattr(import_module(module), name)(source, options)

    return read


READERS: dict[str, Reader] = {
    "txt": read_text,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "html": _on_first_use("warta.read.html", "read_html"),
    "feed": _on_first_use("warta.read.feed", "read_feed"),
    "warc": _on_first_use("warta.read.warc", "read_warc"),
}

__all__ = ["FORMATS", "FieldMap", "ReadOptions", "Source", "expand", "read_paths", "read_source"]


def read_source(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    """Documents and problems from one file; never raises for bad content."""
    try:
        if source.size() == 0:
            yield ReadProblem(source.name, "empty", "empty file")
            return
        fmt = options.format or detect_format(source)
        yield from READERS[fmt](source, options)
    except GzipDamage as e:
        yield ReadProblem(source.name, e.reason, f"{e.message}; the records before it were kept")
    except PermissionError as e:
        yield ReadProblem(source.name, "unreadable", f"cannot be opened: {e.strerror}")
    except OSError as e:
        yield ReadProblem(source.name, "io_error", f"could not read: {e}")
    except Exception as e:  # noqa: BLE001 - one file's surprise must not end the batch
        yield ReadProblem(source.name, "reader_error", f"unexpected {type(e).__name__}: {e}")


def read_paths(inputs: list[str], options: ReadOptions | None = None) -> Iterator[Document | ReadProblem]:
    """Everything under ``inputs`` (files, directories, globs, ``-`` for stdin). Paths that
    cannot be read come out as problems too; a spool of standard input is removed once read."""
    options = options or ReadOptions()
    for source in expand(inputs):
        if isinstance(source, ReadProblem):
            yield source
            continue
        try:
            yield from read_source(source, options)
        finally:
            if source.temporary:
                source.path.unlink(missing_ok=True)
