"""The ``search`` step: the stems of each document's title and text, for the store's index."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from warta.records import Document
from warta.search.stems import terms


@dataclass(frozen=True)
class SearchTerms:
    name: ClassVar[str] = "search"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("terms",)

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            doc.annotations.terms = terms(f"{doc.title or ''} {doc.text or ''}")
        return docs
