"""RSS and Atom feeds through feedparser: one article per item.

A feed up to the document size limit is parsed whole. A larger one (a CMS export of
years of items) is streamed: lxml's ``iterparse`` finds one item at a time, which is
handed to feedparser alone, inside an empty copy of the feed's root, and then dropped.
Character references that name no character (emoji written as UTF-16 halves) are
repaired first, so they cost nothing (see ``charrefs``).
"""

from __future__ import annotations

import copy
import io
from collections.abc import Iterator
from typing import Any

import feedparser
from lxml import etree

from warta.read.charrefs import CharRefFixer, fix_char_refs
from warta.read.decode import NotText, sniff_encoding
from warta.read.fields import make_document
from warta.read.html import fragment_to_text
from warta.read.options import ReadOptions
from warta.read.sources import Source
from warta.records import Document, ReadProblem

_ITEMS = ("item", "entry")


def read_feed(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    data, damage = source.read_up_to(options.max_document_bytes + 1)
    if damage:  # a cut .xml.gz: the items before the break are whole
        yield from _whole(data, source, options)
        raise damage
    if not data.strip():
        yield ReadProblem(source.name, "empty", "empty file")
        return
    try:
        sniff_encoding(data[:65536], complete=len(data) <= 65536)
    except NotText as e:
        yield ReadProblem(source.name, "binary", str(e))
        return
    if len(data) > options.max_document_bytes:
        del data
        yield from _streamed(source, options)
        return
    yield from _whole(data, source, options)


def _whole(data: bytes, source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    parsed = feedparser.parse(fix_char_refs(data))
    if not parsed.entries:
        if parsed.get("bozo"):
            yield ReadProblem(source.name, "malformed_feed", f"malformed feed: {parsed.get('bozo_exception')}")
        else:
            yield ReadProblem(source.name, "empty", "feed has no items")
        return
    outlet = parsed.feed.get("title")
    for i, entry in enumerate(parsed.entries, start=1):
        yield _entry_document(entry, i, outlet, source, options)


def _entry_document(entry: Any, i: int, outlet: str | None, source: Source, options: ReadOptions) -> Document | ReadProblem:
    contents = entry.get("content") or []
    body = contents[0].get("value") if contents else entry.get("summary") or entry.get("description") or ""
    text = fragment_to_text(body).strip()
    if not text:
        return ReadProblem(source.name, "empty", "item has no text", f"item {i}")
    return make_document(
        text=text, title=entry.get("title"), url=entry.get("link"), outlet=(entry.get("source") or {}).get("title") or outlet,
        published=entry.get("published") or entry.get("updated"), doc_id=entry.get("id") or entry.get("link"),
        fallback_id=f"{source.stem}-{i}", source_file=source.name, position=f"item {i}", source_format="feed",
        declared_language=options.language,
    )  # fmt: skip


def _streamed(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    """A feed too large to parse whole, one item at a time in bounded memory."""
    root = None
    outlet: str | None = None
    n = 0
    with source.open() as raw:
        events = etree.iterparse(
            io.BufferedReader(CharRefFixer(raw)), events=("start", "end"), recover=True,
            resolve_entities=False, no_network=True,
        )  # fmt: skip
        for event, el in events:
            name = etree.QName(el).localname if isinstance(el.tag, str) else ""
            if event == "start":
                if root is None:
                    root = el
                continue
            if name == "title" and outlet is None and el.getparent() is not None and etree.QName(el.getparent()).localname in ("channel", "feed"):
                outlet = (el.text or "").strip() or None
            if name not in _ITEMS:
                continue
            n += 1
            alone = _alone(root, el)
            entries = feedparser.parse(alone).entries if len(alone) <= options.max_document_bytes else None
            if entries:
                yield _entry_document(entries[0], n, outlet, source, options)
            elif entries is None:
                yield ReadProblem(source.name, "too_large", "item too large for one article; skipped", f"item {n}")
            else:
                yield ReadProblem(source.name, "malformed_feed", "item could not be read", f"item {n}")
            el.clear()  # drop what was read: the item and everything before it
            parent = el.getparent()
            if parent is not None:
                while el.getprevious() is not None:
                    del parent[0]
    if n == 0:
        yield ReadProblem(source.name, "empty", "feed has no items")


def _alone(root: Any, item: Any) -> bytes:
    """The feed with ``item`` as its only item: an empty copy of the root (and channel)."""
    shell = etree.Element(root.tag, attrib=dict(root.attrib), nsmap=root.nsmap)
    parent = item.getparent()
    holder = shell if parent is None or parent is root else etree.SubElement(shell, parent.tag)
    holder.append(copy.deepcopy(item))
    return etree.tostring(shell)
