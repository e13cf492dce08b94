"""Where input comes from: paths, directories, globs, ``.gz`` files and stdin; and what format it is.

A ``Source`` is one input file. It knows how to open itself (decompressing ``.gz`` on the
fly) and what format it holds, decided by extension first and by sniffing content second.
"""

from __future__ import annotations

import glob
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

from warta.read.gz import GZIP_MAGIC, GzipDamage, open_gzip
from warta.records import ReadProblem

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


@dataclass(frozen=True)
class Source:
    """One input file. ``name`` is what messages show; ``path`` is where the bytes are."""

    name: str
    path: Path
    temporary: bool = False  # a spool of standard input, removed once read

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
        """The file's bytes, decompressed when it is gzip (by content, not by name). Damaged
        gzip data raises ``GzipDamage`` only after every byte before the damage was read."""
        if self.compressed:
            return open_gzip(self.path)
        return open(self.path, "rb")

    def head(self, n: int = 8192) -> bytes:
        """The first ``n`` bytes, or as many as there are before gzip damage."""
        return self.read_up_to(n)[0]

    def read_up_to(self, n: int) -> tuple[bytes, GzipDamage | None]:
        """The first ``n`` bytes (fewer at the end of the file), and the gzip damage that
        stopped them short, if any."""
        got = bytearray()
        with self.open() as f:
            try:
                while len(got) < n and (chunk := f.read1(n - len(got))):
                    got += chunk
            except GzipDamage as damage:
                return bytes(got), damage
        return bytes(got), None

    def size(self) -> int:
        return self.path.stat().st_size


def expand(inputs: list[str], stdin: BinaryIO | None = None) -> Iterator[Source | ReadProblem]:
    """Sources for every file named, found under a directory, or matched by a glob.

    Yields a ReadProblem for every path that is not read: a name that matches nothing, a
    directory or file that cannot be opened, a FIFO, a broken link. ``-`` is standard
    input, spooled to a temporary file (``Source.temporary``) so it can be sniffed and
    streamed like any other file. Hidden files and folders under a directory are skipped
    on purpose and not named.
    """
    for given in inputs:
        if given == "-":
            yield _spool_stdin(stdin or sys.stdin.buffer)
            continue
        path = Path(given)
        if _is_dir(path):
            yield from _walk(path)
        elif glob.has_magic(given) and not os.path.lexists(given):
            # (folders a pattern matches are not entered: ``data/**`` would read files twice)
            matches = sorted(Path(m) for m in glob.glob(given, recursive=True) if not _is_dir(Path(m)))
            if not matches:
                yield ReadProblem(given, "not_found", "no file matches this pattern")
            for m in matches:
                yield _file(m)
        else:
            yield _file(path, given)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a folder on the way cannot be searched: _file names it
        return False


def _file(path: Path, name: str | None = None) -> Source | ReadProblem:
    """A regular file as a Source; anything else as the problem that keeps it out."""
    name = name or str(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        what = "a broken symbolic link" if path.is_symlink() else "no such file or directory"
        return ReadProblem(name, "not_found", what)
    except OSError as e:
        return ReadProblem(name, "unreadable", f"cannot be opened: {e.strerror or e}")
    if stat.S_ISREG(mode):
        return Source(name, path)
    kind = next((what for test, what in _NOT_FILES if test(mode)), "not a file")
    return ReadProblem(name, "not_a_file", f"not a regular file ({kind}); not read")


_NOT_FILES = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))


def _walk(root: Path) -> Iterator[Source | ReadProblem]:
    """Every file under ``root`` in path order; every folder that cannot be listed and every
    entry that is not a regular file is named. Links to folders are followed once."""
    found: list[tuple[Path, Source | ReadProblem]] = []
    seen: set[tuple[int, int]] = set()

    def unreadable(e: OSError) -> None:
        where = Path(e.filename) if e.filename else root
        found.append((where, ReadProblem(str(where), "unreadable", f"folder cannot be read: {e.strerror or e}; its files were skipped")))

    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=True):
        here = Path(folder)
        st = here.stat()
        if (st.st_dev, st.st_ino) in seen:  # a link to a folder already read (or up the tree)
            found.append((here, ReadProblem(folder, "not_read", "a link to a folder already read; skipped")))
            dirs.clear()
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith("."):
                found.append((here / name, _file(here / name)))
    for _, item in sorted(found, key=lambda pair: pair[0]):
        yield item


def _spool_stdin(stream: BinaryIO) -> Source:
    fd, tmp = tempfile.mkstemp(prefix="warta-stdin-")
    with os.fdopen(fd, "wb") as out:
        shutil.copyfileobj(stream, out, 1 << 20)
    return Source("<stdin>", Path(tmp), temporary=True)


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
