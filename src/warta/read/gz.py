"""Gzip that keeps what comes before damage: a truncated, corrupt or padded ``.gz`` file
gives every byte that could be decompressed, and only then its error.

The standard ``gzip`` module decompresses in blocks and raises without the block it was
working on, and ``read(n)`` on a file cut before ``n`` bytes returns nothing at all: a
small truncated file looked empty. Here the compressed input is fed in small pieces, the
last output is flushed at the break, and the error is raised on the read *after* the last
good byte, so a reader yields every record it completed first. Concatenated members (one
per WARC record, or ``cat a.gz b.gz``) are read as one stream; zero padding after the last
member is allowed, anything else after it is reported as trailing data.
"""

from __future__ import annotations

import io
import zlib
from typing import BinaryIO

from warta.read.chunks import ChunkStream

GZIP_MAGIC = b"\x1f\x8b"
_INPUT_CHUNK = 4096  # compressed bytes per step: what a corrupt block can take with it
_OUTPUT_CHUNK = 1 << 18


class GzipDamage(EOFError):
    """The gzip data stops being readable here; everything before was delivered."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


class _Gunzip(ChunkStream):
    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._input = b""  # compressed bytes read but not given to the decompressor yet
        self._in_member = False
        self._error: GzipDamage | None = None
        self._eof = False
        self._consumed = 0  # compressed bytes taken from the file, for messages

    def _next_chunk(self) -> bytes:
        while True:
            if self._error is not None:
                raise self._error
            if self._eof:
                return b""
            if out := self._step():
                return out

    def _step(self) -> bytes:
        """Decompress a little more; set ``_eof`` or ``_error`` when the stream ends."""
        if self._d.unconsumed_tail:
            return self._decompress(self._d.unconsumed_tail)
        data = self._input or self._raw.read(_INPUT_CHUNK)
        self._input = b""
        if not data:
            if self._in_member:
                self._error = GzipDamage("truncated_gzip", f"gzip data cut off after {self._consumed} compressed bytes")
                return self._d.flush()
            self._eof = True
            return b""
        if not self._in_member:
            if len(data) < 2:
                data += self._raw.read(1)
            if not data.strip(b"\x00"):  # zero padding after the last member (tape blocks, some tools)
                self._consumed += len(data)
                return b""
            if not data.startswith(GZIP_MAGIC):
                here = self._raw.tell()
                rest = len(data) + self._raw.seek(0, io.SEEK_END) - here
                self._error = GzipDamage("gzip_trailing_data", f"{rest} bytes after the end of the gzip data are not gzip; ignored")
                return b""
            self._in_member = True
        return self._decompress(data)

    def _decompress(self, data: bytes) -> bytes:
        try:
            out = self._d.decompress(data, _OUTPUT_CHUNK)
        except zlib.error as e:
            self._error = GzipDamage("corrupt_gzip", f"corrupt gzip data after {self._consumed} compressed bytes: {e}")
            return b""
        self._consumed += len(data) - len(self._d.unconsumed_tail) - len(self._d.unused_data)
        if self._d.eof:  # end of one member: what follows may be the next one
            self._input = self._d.unused_data
            self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self._in_member = False
        return out

    def close(self) -> None:
        self._raw.close()
        super().close()


def open_gzip(path) -> io.BufferedReader:
    """The decompressed bytes of a gzip file, as a buffered binary stream."""
    return io.BufferedReader(_Gunzip(open(path, "rb")), buffer_size=1 << 16)
