"""Numeric character references that name no character, made harmless before parsing.

Legacy CMS exports write an emoji as its two UTF-16 halves, ``&#55357;&#56832;``. XML
forbids it, and feedparser's fallback parser raises on the first such reference, losing
every item of the feed. Here a valid pair of halves becomes the one reference it meant
(``&#128512;``), and a lone half, ``&#0;`` or a number past U+10FFFF becomes U+FFFD; every
other reference is left as written.
"""

from __future__ import annotations

import re
from typing import BinaryIO

from warta.read.chunks import ChunkStream

_RUN = re.compile(rb"(?:&#(?:[0-9]+|[xX][0-9a-fA-F]+);)+")
_REF = re.compile(rb"&#([xX]?)([0-9a-fA-F]+);")
# A run of references (or the start of one) that a read may have cut: held back.
_TAIL = re.compile(rb"(?:&#(?:[0-9]+|[xX][0-9a-fA-F]+);)*(?:&(?:#[xX]?[0-9a-fA-F]*)?)?\Z")
_WINDOW = 4096


def fix_char_refs(data: bytes) -> bytes:
    if b"&#" not in data:
        return data
    return _RUN.sub(_fix_run, data)


def fix_char_refs_text(text: str) -> str:
    if "&#" not in text:
        return text
    return fix_char_refs(text.encode("utf-8", "surrogatepass")).decode("utf-8", "surrogatepass")


def _value(hexa: bytes, digits: bytes) -> int:
    if len(digits) > 8:
        return -1
    return int(digits, 16) if hexa else int(digits)


def _bad(v: int) -> bool:
    return v <= 0 or 0xD800 <= v <= 0xDFFF or v > 0x10FFFF


def _fix_run(m: re.Match) -> bytes:
    values = [_value(x, d) for x, d in _REF.findall(m.group())]
    if not any(_bad(v) for v in values):
        return m.group()
    out, i = [], 0
    while i < len(values):
        v = values[i]
        if 0xD800 <= v <= 0xDBFF and i + 1 < len(values) and 0xDC00 <= values[i + 1] <= 0xDFFF:
            out.append(0x10000 + ((v - 0xD800) << 10) + (values[i + 1] - 0xDC00))
            i += 2
            continue
        out.append(0xFFFD if _bad(v) else v)
        i += 1
    return b"".join(b"&#%d;" % v for v in out)


class CharRefFixer(ChunkStream):
    """``fix_char_refs`` over a stream, for feeds too large to hold."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._held = b""

    def _next_chunk(self) -> bytes:
        while True:
            chunk = self._raw.read(1 << 16)
            if not chunk:
                out, self._held = fix_char_refs(self._held), b""
                return out
            data = self._held + chunk
            window = max(0, len(data) - _WINDOW)
            cut = _TAIL.search(data, window).start()
            out, self._held = fix_char_refs(data[:cut]), data[cut:]
            if out:
                return out
