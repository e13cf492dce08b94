"""JSON Lines and JSON arrays, streamed: a 500 MB file never sits in memory."""

from __future__ import annotations

import codecs
import io
import json
from typing import Iterator

import ijson
import orjson

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
    surrogates (``"\\udc80"``, common in legacy CMS exports), later made U+FFFD."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _skip_rest_of_line(stream: io.TextIOBase, limit: int) -> None:
    while True:
        chunk = stream.readline(limit)
        if not chunk or chunk.endswith("\n"):
            return


def read_json(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    """A JSON array of articles, a single article object, or an object holding one list."""
    found = stream_encoding(source)
    if isinstance(found, ReadProblem):
        yield found
        return
    enc, head = found
    with source.open() as raw:
        stream = raw if enc.name in ("utf-8", "utf-8-sig") else _reencode(raw, enc.name)
        if enc.name == "utf-8-sig":
            stream.read(len(codecs.BOM_UTF8))
        first = head.decode(enc.name, errors="ignore").lstrip("\ufeff \t\r\n")[:1]
        count = 0
        try:
            if first == "[":
                items = ijson.items(stream, "item", use_float=True)
            else:
                items = _object_items(stream, options.max_document_bytes)
            for count, record in enumerate(items, start=1):
                if not isinstance(record, dict):
                    yield ReadProblem(source.name, "not_an_object", f"expected a JSON object, found {type(record).__name__}", f"item {count}")
                    continue
                yield record_to_document(record, source, f"item {count}", count, "json", options)
        except ijson.JSONError as e:
            yield ReadProblem(source.name, "malformed_json", f"malformed JSON after {count} item(s): {e}")
            return
        if count == 0:
            yield ReadProblem(source.name, "empty", "no articles in JSON document")


def _object_items(stream, limit: int) -> Iterator:
    """A top-level object: the article itself, or the articles in its first list of objects."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ijson.JSONError(f"a single JSON object larger than {limit / 1e6:g} MB; use JSON Lines or an array")
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as e:
        raise ijson.JSONError(str(e)) from e
    if any(k in doc for k in ("text", "content", "body", "isi")):
        yield doc
        return
    for value in doc.values():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            yield from value
            return


def _reencode(raw, encoding: str) -> io.BytesIO:
    """ijson reads UTF-8; a JSON file in another encoding is small enough to transcode."""
    return io.BytesIO(io.TextIOWrapper(raw, encoding=encoding, errors="replace").read().encode("utf-8"))
