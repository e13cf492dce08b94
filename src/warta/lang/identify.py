"""Language identification with CLD2 (pycld2: the model is compiled into the package).

Indonesian goes on; English, Malay and the rest are stored and marked ``non_indonesian``.
CLD2 separates Indonesian from Malay, which matters for Malaysian outlets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import pycld2

from warta.records import Document
from warta.text import identifiable

TARGET = "id"
SHORT_TEXT = 200  # characters under which CLD2's Indonesian/Malay call is not trusted
SAMPLE = 2000  # CLD2's answer is settled well before this; the cap bounds its cost on long articles


@dataclass(frozen=True)
class IdentifyLanguage:
    """Set ``doc.language``; mark documents not in ``target`` as ``non_indonesian``.

    A language declared by the reader (``--lang id``) is trusted and detection skipped.
    """

    target: str = TARGET
    name: ClassVar[str] = "language"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()  # Document.language

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            if doc.status != "ok":
                continue
            if doc.declared_language:
                doc.language, doc.language_score = doc.declared_language, None
            else:
                sample, removed = identifiable(f"{doc.title or ''}\n{doc.text[:SAMPLE]}")
                if removed:
                    doc.metadata["language_sanitised"] = removed  # characters CLD2 could not take
                doc.language, doc.language_score = _detect_identifiable(sample)
            if doc.language != self.target:
                doc.status = "non_indonesian"
        return docs


def detect(text: str) -> tuple[str, float]:
    """ISO 639-1 code and the share (0..1) of the text CLD2 gave to it; ``und`` if unknown.

    Any text is accepted: what CLD2 refuses (controls, non-characters, lone surrogates) is
    left out of what it sees."""
    return _detect_identifiable(identifiable(text)[0])


def _detect_identifiable(text: str) -> tuple[str, float]:
    """``detect`` on text already stripped of what CLD2 refuses."""
    try:
        reliable, _, details = pycld2.detect(text, bestEffort=True)
    except (pycld2.error, UnicodeError):  # nothing CLD2 refuses is left; kept as a last guard
        return "und", 0.0
    code, percent = details[0][1], details[0][2]
    if len(text) < SHORT_TEXT:
        # On a sentence or two CLD2 cannot tell Indonesian from Malay, and guesses wildly
        # on a few words: a news tool for Indonesian takes Indonesian among the candidates,
        # and calls the rest undetermined. Corpora of short texts should use ``--lang id``.
        candidates = {d[1] for d in details}
        if candidates & {"id", "ms"}:
            return TARGET, percent / 100.0
        if not reliable or len(text) < 50:
            return "und", 0.0
    if code in ("un", "xxx"):
        return "und", 0.0
    return code, percent / 100.0
