"""A readable raw stream over chunks of bytes that a subclass makes one at a time.

Three readers filter a file on its way in (gunzip that keeps what precedes damage, the
repair of bad character references, JSON in another encoding as UTF-8); each only says how
to make the next chunk, and this class hands the chunks out through ``readinto``, so
``io.BufferedReader`` (``read1``, ``readline``) works on top of any of them.
"""

from __future__ import annotations

import io


class ChunkStream(io.RawIOBase):
    _chunk = b""
    _pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while self._pos >= len(self._chunk):
            self._chunk, self._pos = self._next_chunk(), 0
            if not self._chunk:
                return 0
        n = min(len(buffer), len(self._chunk) - self._pos)
        buffer[:n] = self._chunk[self._pos : self._pos + n]
        self._pos += n
        return n

    def _next_chunk(self) -> bytes:
        """The next bytes of the stream; ``b""`` at its end."""
        raise NotImplementedError
