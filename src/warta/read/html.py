"""HTML pages: the article body through trafilatura (comments off), with title, date and url."""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.etree
import lxml.html
import trafilatura

from warta.read.charrefs import fix_char_refs_text
from warta.read.decode import NotText, sniff_encoding
from warta.read.fields import make_document
from warta.read.options import ReadOptions
from warta.read.sources import Source
from warta.read.text import read_whole
from warta.records import Document, ReadProblem

# Below this, what trafilatura found is a menu or a caption, not an article.
MIN_ARTICLE_WORDS = 5
# libxml2 stops building the tree below this depth (deeper pages would risk its stack);
# such a page yields no text, and the problem says why.
MAX_HTML_DEPTH = 256
_BLOCK_END = re.compile(r"(?i)<\s*(?:br\s*/?|/p|/div|/li|/h[1-6]|/blockquote|/tr)\s*>")


def read_html(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    data = read_whole(source, options)
    if isinstance(data, ReadProblem):
        yield data
        return
    yield html_to_document(data, source, options, position="", doc_id=source.stem, url=None, fmt="html")


def html_to_document(
    data: bytes, source: Source, options: ReadOptions, *, position: str, doc_id: str | None, url: str | None, fmt: str,
    metadata: dict | None = None,
) -> Document | ReadProblem:
    try:
        sniff_encoding(data[:65536], complete=len(data) <= 65536)  # refuse binaries early
    except NotText as e:
        return ReadProblem(source.name, "binary", str(e), position)
    try:
        # trafilatura decodes bytes itself, honouring <meta charset>.
        extracted = trafilatura.bare_extraction(data, url=url, include_comments=False, with_metadata=True)
    except Exception as e:  # noqa: BLE001 - a broken page must not stop the batch
        return ReadProblem(source.name, "broken_html", f"HTML could not be parsed: {type(e).__name__}: {e}", position)
    fields = extracted.as_dict() if extracted is not None else {}
    text = (fields.get("text") or "").strip()
    if len(text.split()) < MIN_ARTICLE_WORDS:
        if _too_deep(data):
            return ReadProblem(source.name, "too_deep", f"HTML nested deeper than {MAX_HTML_DEPTH} elements, the parser's limit; the page was not read", position)
        return ReadProblem(source.name, "no_article_text", "no article text found in the HTML page", position)
    title = fields.get("title")
    if title and text.startswith(title):
        text = text[len(title) :].lstrip("\n")  # the page's <h1> repeats the title
    return make_document(
        text=text, title=title, url=fields.get("url") or url, outlet=fields.get("sitename"),
        published=fields.get("date"), doc_id=doc_id, fallback_id=source.stem, source_file=source.name,
        position=position, source_format=fmt, declared_language=options.language, metadata=metadata,
    )  # fmt: skip


def _too_deep(data: bytes) -> bool:
    """Whether libxml2 gave up on the page for its nesting (asked only when no text came out)."""
    parser = lxml.etree.HTMLParser()
    try:
        lxml.etree.fromstring(data, parser)
    except Exception:  # noqa: BLE001 - only the error log matters here
        pass
    return any("Excessive depth" in e.message for e in parser.error_log)


def fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed item's content), one line per block element."""
    fragment = fix_char_refs_text(fragment)
    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(_BLOCK_END.sub("\n", fragment), create_parent="div")
    except Exception:  # noqa: BLE001 - fall back to the raw text rather than lose the item
        return re.sub(r"<[^>]+>", " ", fragment)
    return root.text_content()
