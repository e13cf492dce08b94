"""Synopses of films and series, known by their headline ("Sinopsis Drama STILL 17 Episode 22").

The real-news guide reads them as entertainment: their characters are no actors (the actors
step keeps only the registered actors a synopsis names) and they report no events (the events
step codes none). The headline words are data (``data/fiction.json``)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from warta.records import Document


def has_title(doc: Document) -> bool:
    """Whether ingest or extract took the article's title apart: its text then opens with the lead,
    not with the headline (as the evaluation's gold texts do)."""
    return bool(doc.title and doc.title.strip())


def headline(doc: Document) -> str:
    """The article's headline: its title where ingest or extract put one there, else the first
    line of its text (where the evaluation's gold documents keep it)."""
    if has_title(doc):
        return doc.title or ""
    return (doc.text or "").lstrip().split("\n", 1)[0]


def is_synopsis_document(doc: Document) -> bool:
    """Whether the document is a synopsis, by its headline."""
    return is_synopsis(headline(doc))


def is_synopsis(text: str) -> bool:
    """Whether a headline (or a text beginning with one) opens with a synopsis word."""
    first = text.lstrip().split(maxsplit=1)
    return bool(first) and first[0].casefold() in _headline_words()


@lru_cache(maxsize=1)
def _headline_words() -> frozenset[str]:
    raw = json.loads(resources.files("warta.data").joinpath("fiction.json").read_text("utf-8"))
    return frozenset(w.casefold() for w in raw["headline_words"])
