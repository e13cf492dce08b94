"""The ``places`` step: resolve every place a document names, and give each event its location.

Resolution runs twice over a document: first with only the dateline as context, then with
what the first pass found with confidence (the countries and provinces the article is
about), so "Bogor" in an article datelined BOGOR about "Cibinong" lands in the regency.
An event takes the places its sentence introduces ("di Rafah"); without one, the
dateline's place (flag ``dateline``), else the place the document names most (``context``).
An event whose participants all come from another country than the dateline's is placed in
the first participant's country (``participant``) before the dateline is considered.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import ClassVar

from warta.events.event import Location
from warta.places.find import PlaceMention, find_places
from warta.places.gazetteer import Gazetteer, load_gazetteer
from warta.places.resolve import Candidate, Context, candidates, load_rules, unresolved_country
from warta.records import Document
from warta.step import resource

CONFIDENT_MARGIN = 1.0  # top score ahead of the second by this much: counts as context


@dataclass(slots=True)
class ResolvedPlace:
    mention: PlaceMention
    best: Candidate | None


@dataclass(frozen=True)
class Places:
    name: ClassVar[str] = "places"

    def __call__(self, docs: list[Document]) -> list[Document]:
        gaz = resource(load_gazetteer)
        for doc in docs:
            ctx, dateline = document_context(doc, gaz)  # the dateline is resolved once per document
            resolved = resolve_document(doc, gaz, ctx)
            doc.annotations["places"] = resolved
            _locate_events(doc, resolved, gaz, dateline)
        return docs


def document_context(doc: Document, gaz: Gazetteer) -> tuple[Context, Candidate | None]:
    ctx = Context()
    dateline = None
    if doc.dateline and doc.dateline.place:
        found = candidates(gaz, doc.dateline.place.title() if doc.dateline.place.isupper() else doc.dateline.place)
        if found:
            dateline = found[0]
            _add(ctx, dateline, 1.0)
    return ctx, dateline


def context_from_text(text: str, gaz: Gazetteer, mention: str = "") -> Context:
    """A document context from free text (for ``warta geocode --context``): the places it names."""
    if not text:
        return Context()
    doc = Document(doc_id="context", content_hash="", source_file="", position="", source_format="txt", raw_text=text, text=text)
    ctx = Context(text=f"{text} {mention}")
    for r in resolve_document(doc, gaz):
        if r.best and r.mention.text != mention:
            _add(ctx, r.best, 1.0)
    return ctx


def resolve_document(doc: Document, gaz: Gazetteer, ctx: Context | None = None) -> list[ResolvedPlace]:
    """Every place the document names, resolved; ``ctx`` (from ``document_context``) is extended."""
    rules = resource(load_rules)
    text = doc.text or ""
    mentions = find_places(text, gaz, rules, doc.annotations.get("entities") or ())
    if ctx is None:
        ctx, _ = document_context(doc, gaz)
    first = [(m, candidates(gaz, m.text, _with_text(ctx, text, m), rules)) for m in mentions]
    n = max(1, len(first))
    for _, cands in first:
        if cands and (len(cands) == 1 or cands[0].score - cands[1].score >= CONFIDENT_MARGIN):
            _add(ctx, cands[0], 1.0 / n ** 0.5)
    out = []
    for m, _ in first:
        cands = candidates(gaz, m.text, _with_text(ctx, text, m), rules)
        out.append(ResolvedPlace(m, cands[0] if cands else None))
    return out


def _with_text(ctx: Context, text: str, m: PlaceMention) -> Context:
    return Context(ctx.countries, ctx.admin1, ctx.places, ctx.parents, text[max(0, m.start - 40) : m.end + 10])


def _add(ctx: Context, c: Candidate, weight: float) -> None:
    p = c.place
    if p.country:
        ctx.countries[p.country] = ctx.countries.get(p.country, 0.0) + weight
    if p.type == "adm1":
        ctx.admin1.add(p.id)
    elif p.admin1:
        ctx.admin1.add(p.admin1)
    ctx.places.add(p.id)
    if p.admin2:
        ctx.parents.add(p.admin2)


def _location(r: ResolvedPlace | None, source: str, place=None) -> Location:
    if r is not None:
        p = r.best.place if r.best else None
        m = r.mention
        return Location(m.start, m.end, m.text, p.id if p else None, p.name if p else None, p.country if p else unresolved_country(m.text),
                        p.lat if p else None, p.lon if p else None, p.type if p else None, source)  # fmt: skip
    return Location(None, None, None, place.id, place.name, place.country, place.lat, place.lon, place.type, source)


def _locate_events(doc: Document, resolved: list[ResolvedPlace], gaz: Gazetteer, dateline: Candidate | None) -> None:
    events = doc.annotations.get("events") or []
    if not events:
        return
    counts = Counter(r.best.place.id for r in resolved if r.best)
    top = counts.most_common(1)[0][0] if counts else None
    # the mentions of an event's sentence by bisection: time linear in the document's length
    introduced = sorted((r for r in resolved if r.mention.introduced), key=lambda r: r.mention.start)
    starts = [r.mention.start for r in introduced]
    for e in events:
        here = introduced[bisect_left(starts, e.sentence.start) : bisect_left(starts, e.sentence.end)]
        here.sort(key=lambda r: abs(r.mention.start - e.trigger.start))
        seen: set[str | None] = set()
        locations = []
        for r in here:
            key = r.best.place.id if r.best else r.mention.text
            if key not in seen:
                seen.add(key)
                locations.append(_location(r, "sentence"))
        abroad = _abroad(e, dateline.place.country if dateline else "IDN")
        if not locations and abroad in gaz.places:
            # "Israel dan Hizbullah sepakat ..." under a JAKARTA dateline: the reporter is in
            # Jakarta, the event is not; the participants' country says more
            locations.append(_location(None, "participant", gaz.places[abroad]))
        if not locations and dateline is not None:
            loc = _location(None, "dateline", dateline.place)
            loc.text = doc.dateline.text if doc.dateline else None
            locations.append(loc)
        if not locations and top is not None:
            locations.append(_location(None, "context", gaz.places[top]))
        e.location = locations


def _abroad(e, home: str | None) -> str | None:
    """The country of an event whose participants are all from elsewhere than ``home`` (the
    dateline's country): the first actor's, else the first recipient's. None when any
    participant is from ``home`` or none has a country."""
    countries = [p.country for p in [*e.actor, *e.recipient] if p.country]
    if not countries or home in countries:
        return None
    return countries[0]
