"""WARC and WARC.gz archives through warcio: HTML responses go through the HTML reader."""

from __future__ import annotations

from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from warta.read.html import html_to_document
from warta.read.options import ReadOptions
from warta.read.sources import Source
from warta.records import Document, ReadProblem


def read_warc(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    n_records = n_html = 0
    with open(source.path, "rb") as raw:  # warcio handles per-record gzip itself
        records = ArchiveIterator(raw, arc2warc=True)
        try:
            for record in records:
                n_records += 1
                if record.rec_type not in ("response", "resource"):
                    continue
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or record.rec_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                n_html += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                body = record.content_stream().read(options.max_document_bytes + 1)
                # (asking for the offset before reading the body would empty the body)
                position = f"record {n_records} at offset {records.get_record_offset()}"
                missing = getattr(record.raw_stream, "limit", 0)
                if len(body) <= options.max_document_bytes and missing > 0:
                    # warcio returns a cut-off record quietly; its Content-Length tells.
                    yield ReadProblem(source.name, "truncated_warc", f"truncated WARC: the record is {missing} bytes short; earlier records were kept", position)
                    return
                if len(body) > options.max_document_bytes:
                    yield ReadProblem(source.name, "too_large", "HTML response too large for one article; skipped", position)
                    continue
                yield html_to_document(
                    body, source, options, position=position, doc_id=url, url=url, fmt="warc",
                    metadata={"crawled": record.rec_headers.get_header("WARC-Date")},
                )  # fmt: skip
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as e:
            yield ReadProblem(source.name, "truncated_warc", f"truncated or corrupt WARC after {n_records} record(s): {e}")
            return
    if n_records == 0:
        yield ReadProblem(source.name, "empty", "no WARC records")
    elif n_html == 0:
        yield ReadProblem(source.name, "no_html", f"{n_records} WARC record(s), none an HTML response")
