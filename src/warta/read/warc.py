"""WARC (and old ARC) archives: records framed by their own headers; HTML responses go
through the HTML reader.

A record is its version line, header lines up to a blank line, and exactly
``Content-Length`` bytes. Records are found here rather than by warcio's iterator, which
loses the rest of an archive on one bad record (a response without ``WARC-Target-URI``
raised, a record without ``Content-Length`` swallowed the next one). A record whose
headers cannot frame it is one problem, and reading resumes at the next line that starts a
record; a response without a URI gets the id ``<file>@<offset>``. Gzip per record (the
standard) and gzip of the whole file are one stream once decompressed, and a break in
the gzip keeps the records before it (``warta.read.gz``). warcio still parses the HTTP
headers and undoes chunked and compressed transfer.

Offsets are byte positions in the (decompressed) archive.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from warcio.recordloader import ArcWarcRecord, ArcWarcRecordLoader
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser

from warta.read.gz import GzipDamage
from warta.read.html import html_to_document
from warta.read.options import ReadOptions
from warta.read.sources import Source
from warta.records import Document, ReadProblem

_WARC_LINE = re.compile(rb"WARC/\d+\.\d+\r?\n\Z")
_ARC_LINE = re.compile(rb"(\S+) \S+ \d{12,14} (\S*) (\d+)\r?\n\Z")  # url ip date mime length
_MAX_LINE = 1 << 16
_MAX_HEADER = 1 << 18  # bytes of WARC headers before we call it garbage
_HTTP_HEAD = 1 << 16  # bytes of a block read to find its HTTP headers
_WARC_HEADERS = StatusAndHeadersParser(ArcWarcRecordLoader.WARC_TYPES, verify=False)
_HTTP_HEADERS = StatusAndHeadersParser(ArcWarcRecordLoader.HTTP_TYPES, verify=False)


def read_warc(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    counts = {"records": 0, "html": 0}
    with source.open() as raw:
        try:
            yield from _records(_Counted(raw), source, options, counts)
        except (GzipDamage, _Truncated) as e:
            yield ReadProblem(source.name, "truncated_warc", f"truncated or corrupt WARC after {counts['records']} record(s): {e}; earlier records were kept")
            return
    if counts["records"] == 0:
        yield ReadProblem(source.name, "empty", "no WARC records")
    elif counts["html"] == 0:
        yield ReadProblem(source.name, "no_html", f"{counts['records']} WARC record(s), none an HTML response")


@dataclass
class _Record:
    number: int
    offset: int
    kind: str  # WARC-Type: response, resource, warcinfo, ...
    uri: str | None
    content_type: str  # of the block (WARC Content-Type, or the ARC mime field)
    length: int
    date: str | None = None

    @property
    def position(self) -> str:
        return f"record {self.number} at offset {self.offset}"


def _records(stream: _Counted, source: Source, options: ReadOptions, counts: dict[str, int]) -> Iterator[Document | ReadProblem]:
    line = stream.next_line()
    while line:
        offset = stream.offset - len(line)
        number = counts["records"] + 1
        if _WARC_LINE.match(line):
            record = _warc_headers(stream, line, _Record(number, offset, "", None, "", 0), source)
        elif m := _ARC_LINE.match(line):
            url, mime = m.group(1).decode("latin-1"), m.group(2).decode("latin-1")
            record = _Record(number, offset, "warcinfo" if url.startswith("filedesc:") else "response", url, mime, int(m.group(3)))
        else:
            yield ReadProblem(source.name, "malformed_warc", "no WARC record starts here; skipped to the next record header", f"offset {offset}")
            line = stream.next_record_line()
            continue
        counts["records"] = number
        if isinstance(record, ReadProblem):
            yield record
            line = stream.next_record_line()
            continue
        yield from _block(stream, record, source, options, counts)
        line = stream.next_line()


def _warc_headers(stream: _Counted, first: bytes, record: _Record, source: Source) -> _Record | ReadProblem:
    """The record filled in from its headers, or the problem that keeps it from being framed."""
    lines = [first]
    size = len(first)
    while True:
        line = stream.readline(_MAX_LINE)
        if not line:
            raise _Truncated(f"the file ends inside the headers of {record.position}")
        lines.append(line)
        size += len(line)
        if not line.strip():
            break
        if size > _MAX_HEADER:
            return ReadProblem(source.name, "malformed_warc", f"record headers longer than {_MAX_HEADER} bytes; skipped to the next record", record.position)
    headers: StatusAndHeaders = _WARC_HEADERS.parse(io.BytesIO(b"".join(lines)))
    length = (headers.get_header("Content-Length") or "").strip()
    if not length.isdigit():
        what = f"an invalid Content-Length ({length!r})" if length else "no Content-Length"
        return ReadProblem(source.name, "malformed_warc", f"WARC record with {what} cannot be framed; skipped to the next record", record.position)
    record.kind = (headers.get_header("WARC-Type") or "").strip().lower()
    record.uri = (headers.get_header("WARC-Target-URI") or "").strip().strip("<>") or None
    record.content_type = headers.get_header("Content-Type") or ""
    record.length = int(length)
    record.date = headers.get_header("WARC-Date")
    return record


def _block(stream: _Counted, record: _Record, source: Source, options: ReadOptions, counts: dict[str, int]) -> Iterator[Document | ReadProblem]:
    """The record's block: an HTML response becomes a document, anything else is skipped."""
    if record.kind not in ("response", "resource"):
        stream.skip(record.length)
        return
    head = stream.read_exactly(min(record.length, _HTTP_HEAD))
    http = None
    content_type = record.content_type
    head_stream = io.BytesIO(head)
    if head and record.kind == "response" and ("application/http" in content_type.lower() or (record.uri or "").startswith(("http:", "https:"))):
        http = _HTTP_HEADERS.parse(head_stream)
        content_type = http.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        stream.skip(record.length - len(head))
        return
    counts["html"] += 1
    body_length = record.length - head_stream.tell()
    if body_length > options.max_document_bytes:
        stream.skip(record.length - len(head))
        yield ReadProblem(source.name, "too_large", "HTML response too large for one article; skipped", record.position)
        return
    block = head + stream.read_exactly(record.length - len(head))
    payload = io.BytesIO(block)
    payload.seek(head_stream.tell())
    try:  # chunked or compressed transfer, undone by warcio
        body = ArcWarcRecord("warc", record.kind, None, payload, http, content_type, body_length).content_stream().read(options.max_document_bytes + 1)
    except Exception as e:  # noqa: BLE001 - a broken body costs this record only
        yield ReadProblem(source.name, "malformed_warc", f"the HTTP body could not be decoded: {type(e).__name__}: {e}", record.position)
        return
    if len(body) > options.max_document_bytes:
        yield ReadProblem(source.name, "too_large", "HTML response too large for one article once decompressed; skipped", record.position)
        return
    yield html_to_document(
        body, source, options, position=record.position, doc_id=record.uri or f"{source.stem}@{record.offset}",
        url=record.uri, fmt="warc", metadata={"crawled": record.date},
    )  # fmt: skip


class _Truncated(Exception):
    """The archive ends inside a record: its headers, or before its Content-Length bytes."""


class _Counted:
    """The archive's bytes with the offset read so far, and the few ways records are read."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.offset = 0

    def readline(self, limit: int = -1) -> bytes:
        line = self._raw.readline(limit)
        self.offset += len(line)
        return line

    def next_line(self) -> bytes:
        """The next line that is not blank (records are separated by blank lines)."""
        while (line := self.readline(_MAX_LINE)) and not line.strip():
            pass
        return line

    def next_record_line(self) -> bytes:
        """The next line that starts a WARC record, after a record that could not be framed."""
        while (line := self.readline(_MAX_LINE)) and not _WARC_LINE.match(line):
            pass
        return line

    def read_exactly(self, n: int) -> bytes:
        data = self._raw.read(n)
        self.offset += len(data)
        if len(data) < n:
            raise _Truncated(f"the record is {n - len(data)} bytes short")
        return data

    def skip(self, n: int) -> None:
        while n > 0:
            self.read_exactly(min(n, 1 << 20))
            n -= min(n, 1 << 20)
