"""The items of a JSON array as separate byte strings, found in one streaming pass.

A JSON array of articles is read item by item: this module finds where each item begins
and ends (the commas and the closing bracket outside strings and nested values) and hands
over its bytes; each item is then parsed on its own. So one bad item (a lone surrogate
escape, a syntax error, nesting past the limit, too many bytes) is one problem and the
next item is read. Memory is one item at most: an item nested deeper than
``MAX_JSON_DEPTH`` or larger than the document limit is skipped while it is scanned
(``[[[[…`` of any length costs a depth counter, not a stack of prefixes).

What cannot be recovered is a break in the framing itself: a string that never ends, or a
file that ends inside an item; everything before it has been handed over by then.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

# Articles nest two or three levels (an object, a list of tags, an author object); a
# hundred levels is never an article, and the limit keeps the per-item parser's recursion
# far below Python's.
MAX_JSON_DEPTH = 100
_CHUNK = 1 << 16
_OUTSIDE = re.compile(rb'[][{}",]')  # what matters outside strings
_STRING_END = re.compile(rb'(?:[^"\\]++|\\.)*+"', re.DOTALL)  # the rest of a string, escapes and all
_SPACE = b" \t\r\n"


@dataclass
class Item:
    """One array element: its bytes, or why they were not kept."""

    number: int
    data: bytes = b""
    too_deep: bool = False
    too_large: bool = False


@dataclass
class Framing:
    """How the array ended: ``error`` says why reading stopped early, ``trailing`` whether
    something other than white space followed the closing bracket."""

    error: str | None = None
    trailing: bool = False


def array_items(stream: BinaryIO, max_bytes: int, framing: Framing, max_depth: int = MAX_JSON_DEPTH) -> Iterator[Item]:
    """The items of the JSON array on ``stream`` (UTF-8, positioned anywhere before the
    opening bracket). ``framing`` is filled in when the array ends."""
    read = getattr(stream, "read1", stream.read)  # one read at a time: data before a break is kept
    buf = read(_CHUNK)
    pos = 0
    while True:  # the opening bracket
        while pos < len(buf) and buf[pos] in _SPACE:
            pos += 1
        if pos < len(buf):
            break
        buf, pos = read(_CHUNK), 0
        if not buf:
            framing.error = "no JSON array"
            return
    if buf[pos : pos + 1] != b"[":
        framing.error = "no JSON array"
        return
    pos += 1

    kept = bytearray()  # the current item's bytes so far
    item = Item(1)
    depth = 0
    in_string = escaped = False
    start = pos  # where the current item's bytes begin in ``buf``
    while True:
        if escaped and pos < len(buf):  # a backslash ended the previous chunk
            pos, escaped = pos + 1, False
        while pos < len(buf):
            if in_string:
                m = _STRING_END.match(buf, pos)
                if m is None:  # the string goes on in the next chunk
                    tail = buf[pos:]
                    escaped = (len(tail) - len(tail.rstrip(b"\\"))) % 2 == 1  # it ends inside an escape
                    pos = len(buf)
                else:
                    pos, in_string = m.end(), False
                continue
            m = _OUTSIDE.search(buf, pos)
            if m is None:
                pos = len(buf)
                break
            at, c = m.start(), buf[m.start()]
            pos = at + 1
            if c == 0x22:  # "
                in_string = True
            elif c in b"[{":
                depth += 1
                if depth > max_depth and not item.too_deep:
                    item.too_deep = True
                    kept.clear()
            elif c in b"]}" and depth > 0:
                depth -= 1
            elif depth == 0 and c in b",]":  # outside any nested value: the item ends here
                if not item.too_deep and not item.too_large:
                    kept += buf[start:at]
                if kept.strip(_SPACE) or item.too_deep or item.too_large:
                    item.data = bytes(kept.strip(_SPACE))
                    yield item
                    item = Item(item.number + 1)
                kept.clear()  # (an empty item, as in ``[]``, keeps its number)
                start = pos
                if c == 0x5D:  # the closing bracket
                    framing.trailing = _has_more(buf[pos:], read)
                    return
            # (a stray } at the top level stays in the item, whose parse then fails)
        if not item.too_deep and not item.too_large:
            kept += buf[start:]
            if len(kept) > max_bytes:
                item.too_large = True
                kept.clear()
        buf, pos, start = read(_CHUNK), 0, 0
        if not buf:
            framing.error = f"the file ends inside item {item.number}" + (" (in a string)" if in_string else "")
            return


def _has_more(rest: bytes, read) -> bool:
    """Whether anything but white space follows (reads at most until it knows)."""
    while True:
        if rest.strip(_SPACE):
            return True
        rest = read(_CHUNK)
        if not rest:
            return False
