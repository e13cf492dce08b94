"""The ``events`` step: PLOVER events for every sentence of a document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from warta.events.coder import code_sentence
from warta.events.lexicon import load_lexicon
from warta.events.view import sentence_views
from warta.pipeline.steps import resource
from warta.records import Document


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
            year = _year(doc.published)
            events = []
            for view in sentence_views(text, sentences, doc.annotations.get("spacy"), mentions):
                events += code_sentence(view, text, mentions, lex, doc.doc_id, year)
            doc.annotations["events"] = events
        return docs


def _year(published: str | None) -> int | None:
    if published and len(published) >= 4 and published[:4].isdigit():
        return int(published[:4])
    return None
