"""RSS and Atom feeds through feedparser: one article per item."""

from __future__ import annotations

from typing import Iterator

import feedparser

from warta.read.decode import NotText, sniff_encoding
from warta.read.fields import make_document
from warta.read.html import fragment_to_text
from warta.read.options import ReadOptions
from warta.read.sources import Source
from warta.read.text import read_whole
from warta.records import Document, ReadProblem


def read_feed(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    data = read_whole(source, options)
    if isinstance(data, ReadProblem):
        yield data
        return
    try:
        sniff_encoding(data[:65536], complete=len(data) <= 65536)
    except NotText as e:
        yield ReadProblem(source.name, "binary", str(e))
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            yield ReadProblem(source.name, "malformed_feed", f"malformed feed: {parsed.get('bozo_exception')}")
        else:
            yield ReadProblem(source.name, "empty", "feed has no items")
        return
    outlet = parsed.feed.get("title")
    for i, entry in enumerate(parsed.entries, start=1):
        contents = entry.get("content") or []
        body = contents[0].get("value") if contents else entry.get("summary") or entry.get("description") or ""
        text = fragment_to_text(body).strip()
        if not text:
            yield ReadProblem(source.name, "empty", "item has no text", f"item {i}")
            continue
        yield make_document(
            text=text, title=entry.get("title"), url=entry.get("link"), outlet=(entry.get("source") or {}).get("title") or outlet,
            published=entry.get("published") or entry.get("updated"), doc_id=entry.get("id") or entry.get("link"),
            fallback_id=f"{source.stem}-{i}", source_file=source.name, position=f"item {i}", source_format="feed",
            declared_language=options.language,
        )  # fmt: skip
