"""A sentence as the event coder reads it: lowercase words, offsets, POS, and actor mentions."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

NOMINAL_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON", "X"})
MODIFIER_POS = frozenset({"ADJ", "DET", "NUM", "NOUN", "PROPN", "X"})
_FALLBACK_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
DEMONSTRATIVES = frozenset({"itu", "ini", "tersebut"})


@dataclass
class SentenceView:
    start: int  # sentence span in the document text
    end: int
    words: list[str]  # lowercase token texts
    starts: list[int]
    ends: list[int]
    pos: list[str]
    mention_at: list[int | None]  # index of the document mention covering each token
    context: tuple[str, ...] = ()  # what the whole document says of itself (its topic): features of every token

    def __len__(self) -> int:
        return len(self.words)

    @cached_property
    def mention_count(self) -> int:
        """How many distinct mentions the sentence holds: a feature of every token, counted once
        (read only once the view is built)."""
        return len({m for m in self.mention_at if m is not None})

    def pieces(self, max_tokens: int) -> list[SentenceView]:
        """A run-on "sentence" (scraped text without full stops) in pieces of at most
        ``max_tokens``, cut at the last comma or semicolon before the limit where there is one;
        reading a clause never needs more, and the coder stays linear in the text's length."""
        if len(self.words) <= max_tokens:
            return [self]
        out, a = [], 0
        while a < len(self.words):
            b = min(len(self.words), a + max_tokens)
            if b < len(self.words):
                cut = max((k for k in range(a + max_tokens // 2, b) if self.words[k] in (",", ";")), default=None)
                b = cut + 1 if cut is not None else b
            out.append(SentenceView(self.starts[a], self.ends[b - 1], self.words[a:b], self.starts[a:b], self.ends[a:b],
                                    self.pos[a:b], self.mention_at[a:b], self.context))  # fmt: skip
            a = b
        return out

    def is_nominal(self, i: int) -> bool:
        return self.mention_at[i] is not None or (self.pos[i] in NOMINAL_POS and self.words[i][0].isalnum())

    def is_modifier(self, i: int) -> bool:
        return self.mention_at[i] is not None or (self.pos[i] in MODIFIER_POS and self.words[i][0].isalnum())


def sentence_views(text: str, sentences: Sequence[tuple[int, int]], spacy_doc: Any, mentions: Sequence[Any],
                   context: tuple[str, ...] = ()) -> list[SentenceView]:  # fmt: skip
    """One view per sentence; tokens come from the spaCy Doc when the nlp stage ran, else a regex.
    A sentence holds the tokens from the first that starts at or after its start, up to the last
    that ends by its end."""
    if spacy_doc is not None:
        starts, ends, surfaces, pos = _spacy_tokens(spacy_doc, text)
    else:
        found = list(_FALLBACK_TOKEN.finditer(text))
        starts, ends = [m.start() for m in found], [m.end() for m in found]
        surfaces, pos = [m.group() for m in found], ["X"] * len(found)
    words = [w.lower() for w in surfaces]
    mention_of = _mention_index(starts, ends, mentions)
    views, k, n = [], 0, len(starts)
    for s_start, s_end in sentences:
        if k < n and starts[k] < s_start:
            k = bisect_left(starts, s_start, k)
        j = bisect_right(ends, s_end, k) if k < n and ends[k] <= s_end else k  # token ends rise with their starts
        views.append(SentenceView(s_start, s_end, words[k:j], starts[k:j], ends[k:j], pos[k:j], mention_of[k:j], context))
        k = j
    return views


_POS_NAMES: dict[int, str] = {}


def _spacy_tokens(doc: Any, text: str | None = None) -> tuple[list[int], list[int], list[str], list[str]]:
    """The Doc's non-space tokens as starts, ends, texts and POS tags ("X" for none), read as one
    array (``Doc.to_array``) rather than one ``Token`` object per token. The texts are cut from
    ``text`` when the Doc spans it (the nlp step's Doc of the document's text), as long as the
    Doc's own: ``Doc.text`` joins a Token object per token."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH, POS, SPACY

    arr = doc.to_array([IDX, LENGTH, POS, IS_SPACE, SPACY])
    if text is None or len(text) != (int(arr[-1, 0] + arr[-1, 1] + arr[-1, 4]) if len(arr) else 0):
        text = doc.text
    if arr[:, 3].any():
        arr = arr[arr[:, 3] == 0]
    starts, ends, codes = arr[:, 0].tolist(), (arr[:, 0] + arr[:, 1]).tolist(), arr[:, 2].tolist()
    strings = doc.vocab.strings
    for p in set(codes) - _POS_NAMES.keys():
        _POS_NAMES[p] = strings[p] or "X"
    names = _POS_NAMES
    surfaces = [text[a:b] for a, b in zip(starts, ends)]
    pos = [names[p] for p in codes]
    return starts, ends, surfaces, pos


def _mention_index(starts: list[int], ends: list[int], mentions: Sequence[Any]) -> list[int | None]:
    out: list[int | None] = [None] * len(starts)
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    k, n = 0, len(starts)
    for mi in order:
        m = mentions[mi]
        while k < n and ends[k] <= m.start:
            k += 1
        j = k
        while j < n and starts[j] < m.end:
            if out[j] is None:
                out[j] = mi
            j += 1
    return out
