"""CSV and TSV, streamed row by row; a ragged row is reported with its line number and skipped."""

from __future__ import annotations

import csv
import io
from typing import Iterator

from warta.read.options import ReadOptions
from warta.read.sources import Source
from warta.read.structured import record_to_document
from warta.read.text import stream_encoding
from warta.records import Document, ReadProblem


def read_csv(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    found = stream_encoding(source)
    if isinstance(found, ReadProblem):
        yield found
        return
    enc, head = found
    sample = head.decode(enc.name, errors="ignore")
    csv.field_size_limit(max(options.max_document_bytes, 131072))
    with source.open() as raw:
        stream = io.TextIOWrapper(raw, encoding=enc.name, errors="replace", newline="")
        reader = csv.reader(stream, dialect=_dialect(source, sample))
        try:
            header = next(reader)
        except StopIteration:
            yield ReadProblem(source.name, "empty", "empty file")
            return
        header = [h.strip().lstrip("\ufeff") for h in header]
        n = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                yield ReadProblem(source.name, "malformed_csv", f"malformed CSV: {e}", f"line {reader.line_num}")
                continue
            if not any(cell.strip() for cell in row):
                continue
            n += 1
            if len(row) != len(header):
                yield ReadProblem(
                    source.name, "ragged_row",
                    f"expected {len(header)} fields as in the header, found {len(row)}; row skipped",
                    f"line {reader.line_num}",
                )  # fmt: skip
                continue
            yield record_to_document(dict(zip(header, row)), source, f"line {reader.line_num}", n, "csv", options)
        if n == 0:
            yield ReadProblem(source.name, "empty", "header only, no rows")


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
