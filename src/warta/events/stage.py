"""The ``events`` step: PLOVER events for every sentence of a document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from warta.dates.stage import base_date
from warta.events.coder import code_sentence
from warta.events.lexicon import load_lexicon
from warta.events.view import sentence_views
from warta.step import resource
from warta.records import Document


MAX_SENTENCE_TOKENS = 120  # longer "sentences" are read in pieces (see SentenceView.pieces)


@dataclass(frozen=True)
class Events:
    """Sets ``annotations["events"]``: a list of ``warta.events.event.Event``.

    Needs the sentences and mentions of the ``nlp`` and ``actors`` steps (without them the
    whole text is one sentence and only register-free noun phrases fill the roles).
    """

    name: ClassVar[str] = "events"

    def __call__(self, docs: list[Document]) -> list[Document]:
        lex = resource(load_lexicon)
        for doc in docs:
            text = doc.text or ""
            sentences = doc.annotations.get("sentences") or ([(0, len(text))] if text.strip() else [])
            mentions = doc.annotations.get("mentions") or []
            base = base_date(doc)  # the publication date, else from the URL or the dateline
            year = base.year if base else None
            events = []
            for view in sentence_views(text, sentences, doc.annotations.get("spacy"), mentions):
                for piece in view.pieces(MAX_SENTENCE_TOKENS):
                    events += code_sentence(piece, text, mentions, lex, doc.doc_id, year)
            doc.annotations["events"] = events
        return docs

