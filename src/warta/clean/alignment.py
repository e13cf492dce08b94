"""Build cleaned text from raw text while remembering where every character came from.

Cleaning deletes spans (boilerplate) and replaces a few (runs of whitespace, non-NFC
words). The result carries an alignment: a flat list of segments
``(clean_start, raw_start, clean_len, raw_len)``. A segment with equal lengths is a verbatim
copy (offsets map one to one); a segment with different lengths is a replacement (its
inside maps to its whole raw extent). Deleted raw text has no segment.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

SEGMENT = 4  # ints per segment in the flat alignment list


class AlignedBuilder:
    """Append raw slices or replacements; keeps the cleaned text and its alignment."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.alignment: list[int] = []
        self.length = 0
        self.last_char = ""

    def copy(self, raw_start: int, raw_end: int) -> None:
        if raw_end <= raw_start:
            return
        piece = self.raw[raw_start:raw_end]
        n = raw_end - raw_start
        a = self.alignment
        # Extend the previous verbatim segment when this copy continues it.
        if a and a[-2] == a[-1] and a[-4] + a[-2] == self.length and a[-3] + a[-1] == raw_start:
            a[-2] += n
            a[-1] += n
        else:
            a.extend((self.length, raw_start, n, n))
        self.parts.append(piece)
        self.length += n
        self.last_char = piece[-1]

    def replace(self, raw_start: int, raw_end: int, text: str) -> None:
        if text == self.raw[raw_start:raw_end]:
            self.copy(raw_start, raw_end)
            return
        if not text:
            return
        self.alignment.extend((self.length, raw_start, len(text), raw_end - raw_start))
        self.parts.append(text)
        self.length += len(text)
        self.last_char = text[-1]

    def text(self) -> str:
        return "".join(self.parts)


def to_raw_span(alignment: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a cleaned ``[start, end)`` span to the raw span it came from."""
    if not alignment:
        return (0, 0)
    return _to_raw(alignment, start, is_end=False), _to_raw(alignment, end, is_end=True)


def _to_raw(alignment: list[int], offset: int, *, is_end: bool) -> int:
    starts = alignment[0::SEGMENT]
    # For an end offset, the character *before* it decides the segment.
    probe = offset - 1 if is_end and offset > 0 else offset
    i = max(bisect_right(starts, probe) - 1, 0)
    clean_start, raw_start, clean_len, raw_len = alignment[i * SEGMENT : i * SEGMENT + SEGMENT]
    inside = offset - clean_start
    if clean_len == raw_len:
        return raw_start + min(max(inside, 0), raw_len)
    return raw_start + raw_len if is_end else raw_start


class RawToClean:
    """Where raw offsets land in the cleaned text (the inverse of ``to_raw_span``), for gold spans
    annotated on the raw text (training/nlp/train.py --realnews): a name maps when both its ends are kept verbatim or are the
    ends of a replacement; a sentence maps to the cleaned characters that came from it."""

    def __init__(self, alignment: list[int], clean_length: int) -> None:
        self.starts: dict[int, int] = {}
        self.ends: dict[int, int] = {}
        self.raw_of: list[int] = []  # the raw offset of each cleaned character (non-decreasing)
        for i in range(0, len(alignment), SEGMENT):
            cs, rs, cl, rl = alignment[i : i + SEGMENT]
            if cl == rl:
                for k in range(cl):
                    self.starts[rs + k] = cs + k
                    self.ends[rs + k + 1] = cs + k + 1
                self.raw_of.extend(range(rs, rs + cl))
            else:
                self.starts[rs] = cs
                self.ends[rs + rl] = cs + cl
                self.raw_of.extend([rs] * cl)
        assert len(self.raw_of) == clean_length, "the alignment covers the cleaned text"

    def name(self, start: int, end: int) -> tuple[int, int] | None:
        if start in self.starts and end in self.ends and self.starts[start] < self.ends[end]:
            return self.starts[start], self.ends[end]
        return None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        return bisect_left(self.raw_of, start), bisect_left(self.raw_of, end)
