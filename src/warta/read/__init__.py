"""Readers: every input format to a stream of Documents, and ReadProblems for what fails.

One broken file never stops a batch: each file is read on its own, and whatever goes
wrong becomes a ReadProblem naming the file (and the line or record) and the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from warta.read.csvfile import read_csv
from warta.read.feed import read_feed
from warta.read.fields import FieldMap
from warta.read.gz import GzipDamage
from warta.read.html import read_html
from warta.read.jsonl import read_json, read_jsonl
from warta.read.options import ReadOptions
from warta.read.sources import FORMATS, Source, detect_format, expand
from warta.read.text import read_text
from warta.read.warc import read_warc
from warta.records import Document, ReadProblem

READERS: dict[str, Callable[[Source, ReadOptions], Iterator[Document | ReadProblem]]] = {
    "txt": read_text,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "html": read_html,
    "feed": read_feed,
    "warc": read_warc,
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
