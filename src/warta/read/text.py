"""Plain text: one article per file, the id from the file name.

If the first line is short and followed by a blank line it is taken as the title (the way
most people save an article by hand).
"""

from __future__ import annotations

from collections.abc import Iterator

from warta.read.decode import Encoding, NotText, decode, sniff_encoding
from warta.read.fields import make_document
from warta.read.options import ReadOptions
from warta.read.sources import Source
from warta.records import Document, ReadProblem


def read_whole(source: Source, options: ReadOptions) -> bytes | ReadProblem:
    """All bytes of a one-article file, or a problem if it is empty or too large."""
    with source.open() as f:
        data = f.read(options.max_document_bytes + 1)
    if len(data) > options.max_document_bytes:
        limit = options.max_document_bytes / 1e6
        return ReadProblem(source.name, "too_large", f"larger than {limit:g} MB, too large for one article; not read (raise --max-document-mb to allow)")
    if not data.strip():
        return ReadProblem(source.name, "empty", "empty file")
    return data


SAMPLE_BYTES = 65536


def stream_encoding(source: Source) -> tuple[Encoding, bytes] | ReadProblem:
    """The encoding of a file that is streamed (not loaded), from its first 64 KiB, and
    that sample; or the problem that stops it being read (binary, empty)."""
    head = source.head(SAMPLE_BYTES)
    try:
        enc = sniff_encoding(head, complete=len(head) < SAMPLE_BYTES)
    except NotText as e:
        return ReadProblem(source.name, "binary", str(e))
    if not head.strip():
        return ReadProblem(source.name, "empty", "empty file")
    return enc, head


def read_text(source: Source, options: ReadOptions) -> Iterator[Document | ReadProblem]:
    data = read_whole(source, options)
    if isinstance(data, ReadProblem):
        yield data
        return
    try:
        text, enc = decode(data)
    except NotText as e:
        yield ReadProblem(source.name, "binary", str(e))
        return
    if not text.strip():
        yield ReadProblem(source.name, "empty", "no text in file")
        return
    title = None
    head, sep, rest = text.lstrip().partition("\n")
    if sep and len(head) <= 200 and rest.startswith(("\n", "\r\n")) and rest.strip():
        title, text = head.strip(), rest.lstrip("\r\n")
    yield make_document(
        text=text, title=title, source_file=source.name, position="", source_format="txt",
        doc_id=source.stem, fallback_id=source.stem, encoding=enc.name, declared_language=options.language,
    )  # fmt: skip
