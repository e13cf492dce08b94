"""A sentence as the event coder reads it: lowercase words, offsets, POS, and actor mentions."""

from __future__ import annotations

import re
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
    """One view per sentence; tokens come from the spaCy Doc when the nlp stage ran, else a regex."""
    if spacy_doc is not None:
        tokens = [(t.idx, t.idx + len(t.text), t.text, t.pos_ or "X") for t in spacy_doc if not t.is_space]
    else:
        tokens = [(m.start(), m.end(), m.group(), "X") for m in _FALLBACK_TOKEN.finditer(text)]
    mention_of = _mention_index(tokens, mentions)
    views, k = [], 0
    for s_start, s_end in sentences:
        while k < len(tokens) and tokens[k][0] < s_start:
            k += 1
        v = SentenceView(s_start, s_end, [], [], [], [], [], context)
        while k < len(tokens) and tokens[k][1] <= s_end:
            a, b, surface, pos = tokens[k]
            v.words.append(surface.lower())
            v.starts.append(a)
            v.ends.append(b)
            v.pos.append(pos)
            v.mention_at.append(mention_of[k])
            k += 1
        views.append(v)
    return views


def _mention_index(tokens: list[tuple[int, int, str, str]], mentions: Sequence[Any]) -> list[int | None]:
    out: list[int | None] = [None] * len(tokens)
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    k = 0
    for mi in order:
        m = mentions[mi]
        while k < len(tokens) and tokens[k][1] <= m.start:
            k += 1
        j = k
        while j < len(tokens) and tokens[j][0] < m.end:
            if out[j] is None:
                out[j] = mi
            j += 1
    return out
