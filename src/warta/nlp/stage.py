"""The NLP pipeline step: sentences, entities and the spaCy Doc for each document."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from warta.records import Document
from warta.step import resource
from warta.windows import windows

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The model's memory grows with the text it is given at once (about 2.4 MB per 1,000
# characters: a 3 MB archive oddity would take 7 GB whole). A longer document goes through it
# in pieces of at most this many characters, cut after a line break where there is one, and
# the pieces are joined back into one Doc; no news article is near it.
WINDOW_CHARS = 50_000
# Characters given to the model in one call: batches of long pieces do not add up either.
BATCH_CHARS = 100_000
_LINE_BREAKS = re.compile(r"\n+")


@dataclass(frozen=True)
class Nlp:
    """Run the shipped Indonesian spaCy pipeline over ``Document.text``.

    Assigns on each document (warta.records.Annotations):
    - ``sentences``: (start, end) character offsets into ``text`` (trailing whitespace excluded);
    - ``entities``: (start, end, label) with label PER / ORG / LOC;
    - ``spacy``: the spaCy ``Doc`` (transient: for later steps of the same process).

    The model is loaded lazily once per process, so the step pickles cleanly; spaCy itself is
    imported only then, so that a driver whose workers run this step never imports it.
    """

    batch_size: int = 32
    name: ClassVar[str] = "nlp"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("sentences", "entities", "spacy")

    def __call__(self, docs: list[Document]) -> list[Document]:
        if not docs:
            return docs

        from spacy.tokens import Doc

        from warta.nlp.model import load_nlp

        nlp = resource(load_nlp)
        pieces = [(i, d.text[start:end]) for i, d in enumerate(docs) for start, end in _windows(d.text or "")]
        parsed: list[list[Doc]] = [[] for _ in docs]
        for group in _groups(pieces, self.batch_size):
            for (i, _), sdoc in zip(group, nlp.pipe([text for _, text in group], batch_size=len(group))):
                parsed[i].append(sdoc)
        for d, parts in zip(docs, parsed):
            # the pieces are exact slices of the text, so their concatenation is the text
            # the token vectors (``Doc.tensor``, which the events step reads) are joined too
            sdoc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            sents = []
            for s in sdoc.sents:
                # trim whitespace tokens and trailing spaces at both ends
                start, end = s.start_char, s.end_char
                chunk = d.text[start:end]
                lstrip = len(chunk) - len(chunk.lstrip())
                rstrip = len(chunk) - len(chunk.rstrip())
                if end - rstrip > start + lstrip:
                    sents.append((start + lstrip, end - rstrip))
            d.annotations.sentences = sents
            d.annotations.entities = [(e.start_char, e.end_char, e.label_) for e in sdoc.ents]
            d.annotations.spacy = sdoc
        return docs


def _windows(text: str) -> list[tuple[int, int]]:
    if len(text) <= WINDOW_CHARS:
        return [(0, len(text))]
    return windows(text, [(0, m.end()) for m in _LINE_BREAKS.finditer(text)], WINDOW_CHARS)


def _groups(pieces: list[tuple[int, str]], size: int) -> Iterator[list[tuple[int, str]]]:
    """Consecutive pieces, at most ``size`` of them and about BATCH_CHARS characters a group."""
    group: list[tuple[int, str]] = []
    chars = 0
    for piece in pieces:
        if group and (len(group) >= size or chars + len(piece[1]) > BATCH_CHARS):
            yield group
            group, chars = [], 0
        group.append(piece)
        chars += len(piece[1])
    if group:
        yield group
