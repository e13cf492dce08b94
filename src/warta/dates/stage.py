"""The ``dates`` step: time expressions of a document, and each event's date.

The base for relative expressions is the publication date; a document without one gets
it from its URL (/2024/06/12/, 20240612) or its dateline where possible, and says so in
``metadata["published_from"]``. Without any base, relative dates stay unresolved and are
flagged (``relative``). Each event's date comes from the ordered rules of ``govern.py``: its
own sentence, its paragraph, the sentences just before, the article's lead date, the
publication date; ``date.source`` says which.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from warta.dates.expressions import find_dates
from warta.dates.govern import EventAt, date_event, layout
from warta.dates.published import parse_published
from warta.events.event import EventDate
from warta.records import Document

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_-]|\d{2,}|$)")


@dataclass(frozen=True)
class Dates:
    name: ClassVar[str] = "dates"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "events")
    assigns: ClassVar[tuple[str, ...]] = ("dates",)  # and each event's date

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            base = base_date(doc) or _printed(doc)
            found = find_dates(doc.text or "", base)
            doc.annotations.dates = found
            events = doc.annotations.events
            if not events:
                continue
            sentences = doc.annotations.sentences or [(e.sentence.start, e.sentence.end) for e in events]
            lay = layout(doc.text or "", sorted(set(map(tuple, sentences))), found, base)
            starts = [a for a, _ in lay.sentences]
            for e in events:
                at = EventAt(max(0, bisect_right(starts, e.sentence.start) - 1), e.trigger.start, e.modality)
                d = date_event(lay, at)
                if d is None:
                    e.date = None
                elif d.expr is None:
                    e.date = EventDate(d.value, d.precision, None, None, None, False, d.source)
                else:
                    x = d.expr
                    e.date = EventDate(x.value, x.precision, x.start, x.end, x.text, x.relative, d.source)
        return docs


def _printed(doc: Document) -> date | None:
    """A publication date as a source printed it ("20/09/2019"), for the events' dates only:
    the events step reads ``base_date`` (its historical-modality test moves with the year)."""
    printed = parse_published(doc.published) if doc.published else None
    return date.fromisoformat(printed[:10]) if printed else None


def _url_date(url: str | None) -> date | None:
    """The date an outlet writes into its article URLs ("/read/2019/09/10/...")."""
    if not url or not (m := _URL_DATE.search(url)):
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def base_date(doc: Document) -> date | None:
    """The publication date, else one read from the URL or the dateline (recorded in metadata).
    A publication date whose day and month are the URL's month and day was swapped by a
    spreadsheet on its way (CLICK-ID's Kompas rows: 659 of 3,253 dated 2019-10-09 for a URL's
    2019/09/10): the URL's date is taken, the clock time kept."""
    url_date = _url_date(doc.url)
    if doc.published:
        try:
            printed = date.fromisoformat(doc.published[:10])
        except ValueError:
            printed = None
        if printed is not None and url_date is not None and printed != url_date and (printed.month, printed.day) == (url_date.day, url_date.month) \
                and printed.year == url_date.year:  # fmt: skip
            doc.published = url_date.isoformat() + doc.published[10:]
            doc.metadata["published_from"] = "url, the day and month swapped in the record"
            return url_date
        if printed is not None:
            return printed
    if url_date is not None:
        doc.published = url_date.isoformat()
        doc.metadata["published_from"] = "url"
        return url_date
    if doc.dateline and doc.dateline.text:
        for d in find_dates(doc.dateline.text, None):
            if d.value and d.precision == "day":
                doc.published = d.value
                doc.metadata["published_from"] = "dateline"
                return date.fromisoformat(d.value)
    return None

