"""JSON Lines and JSON arrays, streamed: a 500 MB file never sits in memory."""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator
from typing import BinaryIO

import orjson

from warta.read.chunks import ChunkStream
from warta.read.jsonframe import MAX_JSON_DEPTH, Framing, array_items
from warta.read.options import ReadOptions
from warta.read.sources import Source
from warta.read.structured import record_to_document
from warta.read.text import stream_encoding
from warta.records import Document, ReadProblem


def read_jsonl(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    found = stream_encoding(source)
    if isinstance(found, ReadProblem):
        yield found
        return
    enc, _ = found
    with source.open() as raw:
        stream = io.TextIOWrapper(raw, encoding=enc.name, errors="replace", newline=None)
        limit = options.max_document_bytes
        for lineno, line in enumerate(iter(lambda: stream.readline(limit), ""), start=1):
            if len(line) >= limit and not line.endswith("\n"):
                _skip_rest_of_line(stream, limit)
                yield ReadProblem(source.name, "too_large", f"record longer than {limit / 1e6:g} MB; skipped", f"line {lineno}")
                continue
            if not line.strip():
                continue
            try:
                record = loads(line)
            except ValueError as e:
                yield ReadProblem(source.name, "malformed_json", f"malformed JSON: {e}", f"line {lineno}")
                continue
            if not isinstance(record, dict):
                yield ReadProblem(source.name, "not_an_object", f"expected a JSON object, found {type(record).__name__}", f"line {lineno}")
                continue
            yield record_to_document(record, source, f"line {lineno}", lineno, "jsonl", options)


def loads(text: str | bytes) -> object:
    """orjson, or the standard library for what orjson refuses but JSON allows: escaped lone
    surrogates (``"\\udc80"``, common in legacy CMS exports), later made U+FFFD. Invalid
    UTF-8 becomes U+FFFD too; nesting too deep for either parser is a ValueError."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        pass
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _skip_rest_of_line(stream: io.TextIOBase, limit: int) -> None:
    while True:
        chunk = stream.readline(limit)
        if not chunk or chunk.endswith("\n"):
            return


def read_json(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    """A JSON array of articles (item by item: a bad item is one problem), a single article
    object, or an object holding one list of articles."""
    found = stream_encoding(source)
    if isinstance(found, ReadProblem):
        yield found
        return
    enc, head = found
    first = head.decode(enc.name, errors="ignore").lstrip("\ufeff \t\r\n")[:1]
    with source.open() as raw:
        stream = raw if enc.name in ("utf-8", "utf-8-sig") else io.BufferedReader(_Utf8(raw, enc.name))
        if enc.name == "utf-8-sig":
            stream.read(len(codecs.BOM_UTF8))
        if first == "[":
            yield from _array_records(stream, source, options)
        else:
            yield from _object_records(stream, source, options)


def _array_records(stream: BinaryIO, source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    framing = Framing()
    count = 0
    for item in array_items(stream, options.max_document_bytes, framing):
        count = item.number
        where = f"item {item.number}"
        if item.too_deep:
            yield ReadProblem(source.name, "too_deep", f"nested deeper than {MAX_JSON_DEPTH} levels; item skipped", where)
            continue
        if item.too_large:
            yield ReadProblem(source.name, "too_large", f"item larger than {options.max_document_bytes / 1e6:g} MB; skipped", where)
            continue
        try:
            record = loads(item.data)
        except ValueError as e:
            yield ReadProblem(source.name, "malformed_json", f"malformed JSON: {e}; item skipped", where)
            continue
        if not isinstance(record, dict):
            yield ReadProblem(source.name, "not_an_object", f"expected a JSON object, found {type(record).__name__}", where)
            continue
        yield record_to_document(record, source, where, item.number, "json", options)
    if framing.error:
        yield ReadProblem(source.name, "malformed_json", f"malformed JSON after {count} item(s): {framing.error}; the rest was not read")
    elif framing.trailing:
        yield ReadProblem(source.name, "malformed_json", f"data after the end of the JSON array ({count} item(s) read); ignored")
    elif count == 0:
        yield ReadProblem(source.name, "empty", "no articles in JSON document")


def _object_records(stream: BinaryIO, source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    """A top-level object: the article itself, or the articles in its first list of objects.
    It is read whole, so it is refused past the document size limit."""
    limit = options.max_document_bytes
    data = stream.read(limit + 1)
    if len(data) > limit:
        yield ReadProblem(source.name, "too_large", f"a single JSON object larger than {limit / 1e6:g} MB; use JSON Lines or an array")
        return
    try:
        doc = loads(data)
    except ValueError as e:
        yield ReadProblem(source.name, "malformed_json", f"malformed JSON: {e}")
        return
    if not isinstance(doc, dict):
        yield ReadProblem(source.name, "not_an_object", f"expected a JSON object or array, found {type(doc).__name__}")
        return
    if any(k in doc for k in ("text", "content", "body", "isi")):
        records = [doc]
    else:
        records = next((v for v in doc.values() if isinstance(v, list) and v and isinstance(v[0], dict)), [])
    for n, record in enumerate(records, start=1):
        if isinstance(record, dict):
            yield record_to_document(record, source, f"item {n}", n, "json", options)
        else:
            yield ReadProblem(source.name, "not_an_object", f"expected a JSON object, found {type(record).__name__}", f"item {n}")
    if not records:
        yield ReadProblem(source.name, "empty", "no articles in JSON document")


class _Utf8(ChunkStream):
    """A JSON file in another encoding (UTF-16 with a BOM, cp1252), as UTF-8, streamed."""

    def __init__(self, raw: BinaryIO, encoding: str) -> None:
        self._text = io.TextIOWrapper(raw, encoding=encoding, errors="replace")

    def _next_chunk(self) -> bytes:
        return self._text.read(1 << 14).encode("utf-8", "surrogatepass")
