"""The ``dates`` step: time expressions of a document, and each event's date.

The base for relative expressions is the publication date; a document without one gets
it from its URL (/2024/06/12/, 20240612) or its dateline where possible, and says so in
``metadata["published_from"]``. Without any base, relative dates stay unresolved and are
flagged (``relative``). An event takes the expression of its sentence nearest its trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from warta.dates.expressions import find_dates
from warta.events.event import EventDate
from warta.records import Document

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_-]|\d{2,}|$)")


@dataclass(frozen=True)
class Dates:
    name: ClassVar[str] = "dates"

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            base = base_date(doc)
            found = find_dates(doc.text or "", base)
            doc.annotations["dates"] = found
            for e in doc.annotations.get("events") or []:
                here = [d for d in found if e.sentence.start <= d.start < e.sentence.end]
                if here:
                    d = min(here, key=lambda d: abs(d.start - e.trigger.start))
                    e.date = EventDate(d.value, d.precision, d.start, d.end, d.text, d.relative) if d.value or d.relative else None
        return docs


def base_date(doc: Document) -> date | None:
    """The publication date, else one read from the URL or the dateline (recorded in metadata)."""
    if doc.published:
        try:
            return date.fromisoformat(doc.published[:10])
        except ValueError:
            pass
    if doc.url and (m := _URL_DATE.search(doc.url)):
        try:
            found = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            found = None
        if found:
            doc.published = found.isoformat()
            doc.metadata["published_from"] = "url"
            return found
    if doc.dateline and doc.dateline.text:
        for d in find_dates(doc.dateline.text, None):
            if d.value and d.precision == "day":
                doc.published = d.value
                doc.metadata["published_from"] = "dateline"
                return date.fromisoformat(d.value)
    return None

