"""WARC and WARC.gz archives through warcio: HTML responses go through the HTML reader.

warcio reads per-record gzip (the standard) itself; a WARC gzipped as one whole file
(``gzip crawl.warc``) it refuses, so that case is decompressed here and read again.
"""

from __future__ import annotations

import gzip
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from warta.read.html import html_to_document
from warta.read.options import ReadOptions
from warta.read.sources import Source
from warta.records import Document, ReadProblem


class _WholeFileGzip(Exception):
    pass


def read_warc(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    counts = {"records": 0, "html": 0}
    try:
        with open(source.path, "rb") as raw:
            yield from _records(raw, source, options, counts, skip=0)
    except _WholeFileGzip:
        done = counts["records"]
        counts["records"] = 0
        with gzip.open(source.path, "rb") as unpacked:
            yield from _records(unpacked, source, options, counts, skip=done)  # type: ignore[arg-type]
    except _Truncated as e:
        yield e.problem
        return
    if counts["records"] == 0:
        yield ReadProblem(source.name, "empty", "no WARC records")
    elif counts["html"] == 0:
        yield ReadProblem(source.name, "no_html", f"{counts['records']} WARC record(s), none an HTML response")


class _Truncated(Exception):
    def __init__(self, problem: ReadProblem) -> None:
        self.problem = problem


def _records(stream: BinaryIO, source: Source, options: ReadOptions, counts: dict[str, int], skip: int) -> Iterator[Document | ReadProblem]:
    records = ArchiveIterator(stream, arc2warc=True)
    try:
        for record in records:
            counts["records"] += 1
            if counts["records"] <= skip or record.rec_type not in ("response", "resource"):
                continue
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or record.rec_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            counts["html"] += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read(options.max_document_bytes + 1)
            # (asking for the offset before reading the body would empty the body)
            position = f"record {counts['records']} at offset {records.get_record_offset()}"
            missing = getattr(record.raw_stream, "limit", 0)
            if len(body) <= options.max_document_bytes and missing > 0:
                # warcio returns a cut-off record quietly; its Content-Length tells.
                raise _Truncated(ReadProblem(source.name, "truncated_warc", f"truncated WARC: the record is {missing} bytes short; earlier records were kept", position))
            if len(body) > options.max_document_bytes:
                yield ReadProblem(source.name, "too_large", "HTML response too large for one article; skipped", position)
                continue
            yield html_to_document(
                body, source, options, position=position, doc_id=url, url=url, fmt="warc",
                metadata={"crawled": record.rec_headers.get_header("WARC-Date")},
            )  # fmt: skip
    except ArchiveLoadFailed as e:
        if "non-chunked gzip" in str(e):
            raise _WholeFileGzip() from e
        raise _Truncated(ReadProblem(source.name, "truncated_warc", f"truncated or corrupt WARC after {counts['records']} record(s): {_first_line(e)}")) from e
    except (EOFError, OSError, ValueError) as e:
        raise _Truncated(ReadProblem(source.name, "truncated_warc", f"truncated or corrupt WARC after {counts['records']} record(s): {_first_line(e)}")) from e


def _first_line(e: Exception) -> str:
    lines = [line.strip() for line in str(e).splitlines() if line.strip()]
    return lines[0] if lines else type(e).__name__
