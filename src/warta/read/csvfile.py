"""CSV and TSV, streamed row by row; a ragged row is reported with its line number and skipped.

One unclosed quote makes the csv module read every later line into a single field (the
whole rest of the file as one "article"). When a row ends at the end of the file with
its quote still open, that is reported with the line where the quote opened, and the
lines after that line are read again as rows; the same when a field grows past the size
limit. The lines of the row being read are kept for this, so memory stays one row.
"""

from __future__ import annotations

import csv
import io
import re
from collections import deque
from collections.abc import Iterator
from typing import TextIO

from warta.read.options import ReadOptions
from warta.read.sources import Source
from warta.read.structured import record_to_document
from warta.read.text import stream_encoding
from warta.records import Document, ReadProblem

_BREAK = re.compile(r"\r\n|\r|\n")
_SENTINEL = "\uffffwarta-end-of-row"


def read_csv(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    found = stream_encoding(source)
    if isinstance(found, ReadProblem):
        yield found
        return
    enc, head = found
    dialect = _dialect(source, head.decode(enc.name, errors="ignore"))
    csv.field_size_limit(max(options.max_document_bytes, 131072))
    with source.open() as raw:
        lines = _Lines(io.TextIOWrapper(raw, encoding=enc.name, errors="replace", newline=""))
        reader = csv.reader(lines, dialect=dialect)
        header: list[str] | None = None
        n = 0
        while True:
            lines.start_row()
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                yield ReadProblem(source.name, "malformed_csv", f"malformed CSV: {e}", f"line {lines.row_start}")
                if len(lines.row) > 1:  # a field that ran on past the size limit: read its lines again
                    lines.replay(lines.row[1:])
                    reader = csv.reader(lines, dialect=dialect)
                continue
            if lines.eof and _quote_open(lines.row, dialect):
                opened = lines.row_start + sum(len(_BREAK.findall(cell)) for cell in row[:-1])
                yield ReadProblem(
                    source.name, "unclosed_quote",
                    f"a quote opened on line {opened} is never closed; that row was skipped and the lines after it read again as rows",
                    f"line {opened}",
                )  # fmt: skip
                lines.replay([(k, text) for k, text in lines.row if k > opened])
                reader = csv.reader(lines, dialect=dialect)
                continue
            if header is None:
                header = [h.strip().lstrip("\ufeff") for h in row]
                continue
            if not any(cell.strip() for cell in row):
                continue
            n += 1
            if len(row) != len(header):
                yield ReadProblem(
                    source.name, "ragged_row",
                    f"expected {len(header)} fields as in the header, found {len(row)}; row skipped",
                    f"line {lines.number}",
                )  # fmt: skip
                continue
            yield record_to_document(dict(zip(header, row)), source, f"line {lines.number}", n, "csv", options)
        if header is None:
            yield ReadProblem(source.name, "empty", "empty file")
        elif n == 0:
            yield ReadProblem(source.name, "empty", "header only, no rows")


class _Lines:
    """The lines handed to ``csv.reader``, numbered as an editor shows them; the lines of
    the current row are kept, and lines can be handed over again."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._again: deque[tuple[int, str]] = deque()
        self.number = 0  # of the last line handed over
        self.row: list[tuple[int, str]] = []
        self.eof = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._again:
            self.number, text = self._again.popleft()
        else:
            text = self._stream.readline()
            if not text:
                self.eof = True
                raise StopIteration
            self.number += 1
        self.row.append((self.number, text))
        return text

    def start_row(self) -> None:
        self.row = []
        self.eof = False

    @property
    def row_start(self) -> int:
        return self.row[0][0] if self.row else self.number

    def replay(self, lines: list[tuple[int, str]]) -> None:
        self._again.extendleft(reversed(lines))


def _quote_open(row: list[tuple[int, str]], dialect: type[csv.Dialect]) -> bool:
    """Whether the row's last field is a quote still open at the end of the file: a line
    after it then reads as part of the field, not as a row of its own."""
    rows = list(csv.reader([*(text for _, text in row), "\n", _SENTINEL + "\n"], dialect=dialect))
    return bool(rows) and rows[-1] != [_SENTINEL] and bool(rows[-1]) and _SENTINEL in rows[-1][-1]


class _Delimited(csv.excel):
    """Standard (Excel) quoting with the delimiter the header line uses."""


def _dialect(source: Source, sample: str) -> type[csv.Dialect]:
    # csv.Sniffer guesses wrong on long quoted multi-line article bodies; the header line
    # alone tells the delimiter reliably.
    if source.name.lower().removesuffix(".gz").endswith(".tsv"):
        return csv.excel_tab
    header = sample.split("\n", 1)[0]
    delimiter = max(",;\t|", key=header.count)
    return type("Sniffed", (_Delimited,), {"delimiter": delimiter if header.count(delimiter) else ","})
