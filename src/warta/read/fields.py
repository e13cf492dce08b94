"""Turning a reader's record into a Document: field mapping, stable ids, content hashes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import xxhash

from warta.dates.published import parse_published
from warta.records import Document

# Column names we recognise without being told, most specific first.
_GUESSES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id", "guid", "uid"),
    "title": ("title", "judul", "headline", "heading"),
    "text": ("text", "content", "body", "isi", "article", "artikel", "berita", "konten", "description"),
    "url": ("url", "link", "permalink", "source_url"),
    "published": ("published", "date", "tanggal", "published_at", "pubdate", "datetime", "time", "waktu", "created_at"),
    "source": ("source", "outlet", "media", "publisher", "site", "sitename", "portal"),
}


@dataclass(frozen=True)
class FieldMap:
    """Which record field holds what; ``None`` means guess from common names."""

    id: str | None = None
    title: str | None = None
    text: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None

    @lru_cache(maxsize=256)  # noqa: B019 -- records of one file share their keys: resolve once (a FieldMap lives as long as its run)
    def resolve(self, keys: tuple[str, ...]) -> dict[str, str | None]:
        """Map our field names to the record's keys (case-insensitive guesses)."""
        lowered = {k.lower().strip(): k for k in keys}
        out: dict[str, str | None] = {}
        for name, guesses in _GUESSES.items():
            given = getattr(self, name)
            if given is not None:
                out[name] = given if given in keys else lowered.get(given.lower())
                continue
            out[name] = next((lowered[g] for g in guesses if g in lowered), None)
        return out


def content_hash(*parts: str | None) -> str:
    """Identity of an input record: same article text, title, url and outlet, same hash."""
    h = xxhash.xxh3_128()
    for p in parts:
        h.update((p or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    for prefix in ("www.", "m.", "amp."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host or None


def make_document(
    *,
    text: str,
    source_file: str,
    position: str,
    source_format: str,
    doc_id: str | None,
    fallback_id: str,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    encoding: str | None = None,
    declared_language: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> Document:
    title = (title or "").strip() or None
    url = (url or "").strip() or None
    outlet = (outlet or "").strip() or outlet_from_url(url)
    published_raw = (published or "").strip() or None
    return Document(
        doc_id=(doc_id or "").strip() or fallback_id,
        content_hash=content_hash(text, title, url, outlet),
        source_file=source_file,
        position=position,
        source_format=source_format,
        raw_text=text,
        title=title,
        url=url,
        outlet=outlet,
        published=parse_published(published_raw),
        published_raw=published_raw,
        declared_language=declared_language,
        encoding=encoding,
        metadata=metadata or {},
    )


def as_text(value: Any) -> str | None:
    """Record values can be numbers or nested; take strings as they are, join lists."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n".join(s for s in (as_text(v) for v in value) if s)
    if isinstance(value, (int, float)):
        return str(value)
    return None
