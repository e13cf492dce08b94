"""Text that every step can take: valid Unicode, without the characters identifiers reject.

Readers hand over whatever the source held. Two kinds of character break later steps:
lone surrogates (from JSON escapes such as ``"\\udc80"`` or character references such as
``&#55357;``), which cannot even be encoded as UTF-8, and the code points CLD2 refuses
(C0 controls other than tab, line feed, form feed and carriage return; DEL; the C1 controls;
the non-characters U+FDD0..U+FDEF and U+xFFFE/U+xFFFF of every plane). The driver makes every
document valid Unicode as it is read; cleaning drops the refused code points from the text
and the title.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")
# What cleaning removes from kept text: controls (but \t \n \x0c \r, which are whitespace),
# DEL and C1 (but \x85, a line break), non-characters, and lone surrogates.
_UNSAFE_BMP = "\x00-\x08\x0e-\x1b\x7f\x80-\x84\x86-\x9f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff"
_ASTRAL_NONCHARACTERS = "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17))
UNSAFE_CLASS = _UNSAFE_BMP + _ASTRAL_NONCHARACTERS


def unsafe_or(chars: str = "") -> str:
    """A pattern for one character of the class ``[chars]`` or of ``UNSAFE_CLASS``, the same
    set as ``[chars + UNSAFE_CLASS]`` but scanned ~8 times faster: ``re`` tests a character
    against each member past the BMP in turn (the 32 non-characters), so here one range
    over them stands in (U+1FFFE on), and the exact class only confirms the rare characters it takes."""
    return f"[{chars}{_UNSAFE_BMP}\U0001fffe-\U0010ffff](?<![^{chars}{UNSAFE_CLASS}])"


UNSAFE = re.compile(unsafe_or())
# Whitespace controls that CLD2 also refuses; cleaning folds them like any other whitespace.
UNSAFE_WHITESPACE = re.compile("[\x0b\x1c-\x1f\x85]")


def valid_unicode(text: str) -> str:
    """``text`` with surrogate pairs joined and lone surrogates replaced by U+FFFD."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def identifiable(text: str) -> tuple[str, int]:
    """``text`` without what a language identifier refuses, and how many characters went."""
    cleaned, n = UNSAFE.subn("", text)
    cleaned, m = UNSAFE_WHITESPACE.subn(" ", cleaned)
    return cleaned, n + m
