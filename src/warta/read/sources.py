"""Where input comes from: paths, directories, globs, ``.gz`` files and stdin; and what format it is.

A ``Source`` is one input file. It knows how to open itself (decompressing ``.gz`` on the
fly) and what format it holds, decided by extension first and by sniffing content second.
"""

from __future__ import annotations

import glob
import gzip
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import BinaryIO, Iterator

_EXTENSIONS = {
    ".txt": "txt", ".text": "txt",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jl": "jsonl",
    ".json": "json",
    ".csv": "csv", ".tsv": "csv",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".feed": "feed",
    ".warc": "warc", ".arc": "warc",
}  # fmt: skip
FORMATS = ("txt", "jsonl", "json", "csv", "html", "feed", "warc")
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Source:
    """One input file. ``name`` is what messages show; ``path`` is where the bytes are."""

    name: str
    path: Path

    @cached_property
    def stem(self) -> str:
        base = Path(self.name).name
        for suffix in (".gz",) + tuple(_EXTENSIONS):
            if base.lower().endswith(suffix):
                base = base[: -len(suffix)]
        return base or "stdin"

    @property
    def compressed(self) -> bool:
        with open(self.path, "rb") as f:
            return f.read(2) == GZIP_MAGIC

    def open(self) -> BinaryIO:
        """The file's bytes, decompressed when it is gzip (by content, not by name)."""
        if self.compressed:
            return gzip.open(self.path, "rb")  # type: ignore[return-value]
        return open(self.path, "rb")

    def head(self, n: int = 8192) -> bytes:
        with self.open() as f:
            try:
                return f.read(n)
            except (EOFError, OSError):
                return b""

    def size(self) -> int:
        return self.path.stat().st_size


def expand(inputs: list[str], stdin: BinaryIO | None = None) -> Iterator[Source | str]:
    """Sources for every file named, found under a directory, or matched by a glob.

    Yields a string (an error message) for a name that matches nothing, so the caller can
    report it with the rest. ``-`` is standard input, spooled to a temporary file so it can
    be sniffed and streamed like any other file.
    """
    for given in inputs:
        if given == "-":
            yield _spool_stdin(stdin or sys.stdin.buffer)
            continue
        path = Path(given)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path))):
                yield Source(str(found), found)
        elif path.is_file():
            yield Source(given, path)
        elif glob.has_magic(given):
            matches = sorted(Path(m) for m in glob.glob(given, recursive=True) if Path(m).is_file())
            if not matches:
                yield f"{given}: no file matches this pattern"
            for m in matches:
                yield Source(str(m), m)
        else:
            yield f"{given}: no such file or directory"


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _spool_stdin(stream: BinaryIO) -> Source:
    fd, tmp = tempfile.mkstemp(prefix="warta-stdin-")
    with os.fdopen(fd, "wb") as out:
        shutil.copyfileobj(stream, out, 1 << 20)
    return Source("<stdin>", Path(tmp))


def detect_format(source: Source) -> str:
    """The reader to use: by extension (ignoring ``.gz``), else by the first bytes."""
    name = source.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    ext = os.path.splitext(name)[1]
    fmt = _EXTENSIONS.get(ext)
    if fmt == "json" or fmt == "feed" or fmt is None:
        return sniff_format(source.head(), default=fmt or "txt")
    return fmt


def sniff_format(head: bytes, default: str = "txt") -> str:
    sample = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = sample[:2048].lower()
    if sample.startswith(b"WARC/"):
        return "warc"
    if sample.startswith(GZIP_MAGIC):
        return "warc" if default == "warc" else default
    if b"<rss" in lower or b"<feed" in lower or b"<rdf:rdf" in lower:
        return "feed"
    if lower.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in lower[:512]:
        return "html"
    if sample.startswith(b"["):
        return "json"
    if sample.startswith(b"{"):
        first_line = sample.split(b"\n", 1)[0].strip()
        # One object per line is JSONL; an object spread over lines is a JSON document.
        return "jsonl" if first_line.endswith(b"}") else "json"
    return default
