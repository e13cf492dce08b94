"""The ``places`` step: resolve every place a document names, and give each event its location.

Resolution runs twice over a document: first with only the dateline as context, then with
what the first pass found with confidence (the countries and provinces the article is
about), so "Bogor" in an article datelined BOGOR about "Cibinong" lands in the regency.

An event's location (``source`` says which):
1. ``sentence``: the places its sentence introduces ("di Rafah");
2. ``participant``: a province, regency or city named in an actor or recipient ("Pemkab
   Sumedang"), else, when every participant with a country is from abroad ("Israel dan
   Hizbullah sepakat ..." under a JAKARTA dateline), the first one's country;
3. the article's main place: the dateline's (``dateline``) when the article is about it,
   else the place it names most (``context``, the name stores already hold).

An article is *about* its dateline's place when that place or a place inside it is named in
the text, or when no other place dominates (is named twice or more). A Lebanon ceasefire
datelined JAKARTA that names Lebanon three times and Jakarta never is placed in Lebanon.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import ClassVar

from warta.events.event import Location
from warta.places.find import PlaceMention, find_places
from warta.places.gazetteer import Gazetteer, Place, load_gazetteer
from warta.places.resolve import Candidate, Context, Rules, candidates, load_rules, unresolved_country
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
    requires: ClassVar[tuple[str, ...]] = ("entities", "events")
    assigns: ClassVar[tuple[str, ...]] = ("places",)  # and each event's location

    def __call__(self, docs: list[Document]) -> list[Document]:
        gaz = resource(load_gazetteer)
        for doc in docs:
            ctx, dateline = document_context(doc, gaz)  # the dateline is resolved once per document
            resolved = resolve_document(doc, gaz, ctx)
            doc.annotations.places = resolved
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
    mentions = find_places(text, gaz, rules, doc.annotations.entities)
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
    events = doc.annotations.events
    if not events:
        return
    main, main_source = main_place(resolved, dateline)
    home = dateline.place.country if dateline and dateline.place.country else "IDN"
    # participants from abroad say where an event is, unless the article is itself about a place abroad
    trust_abroad = not (main_source == "context" and main is not None and main.country != home)
    home = main.country if main is not None and main.country else home
    # the mentions of an event's sentence by bisection: time linear in the document's length
    rules = resource(load_rules)
    text = doc.text or ""
    usable = sorted((r for r in resolved if (r.mention.introduced or r.best) and _event_place(r, text, rules)), key=lambda r: r.mention.start)
    introduced = [r for r in usable if r.mention.introduced]
    starts = [r.mention.start for r in introduced]
    everywhere = [r for r in usable if r.best]
    all_starts = [r.mention.start for r in everywhere]
    for e in events:
        here = introduced[bisect_left(starts, e.sentence.start) : bisect_left(starts, e.sentence.end)]
        here.sort(key=lambda r: abs(r.mention.start - e.trigger.start))
        seen: set[str | None] = set()
        locations = []
        for r in here:
            key = r.best.place.id if r.best else r.mention.text
            if key not in seen:
                seen.add(key)
                loc = _location(r, "sentence")
                if r.best is None and main_source == "context" and main is not None and main.country != "IDN":
                    loc.country = main.country  # "provinsi Kunar" in an article about Afghanistan
                locations.append(loc)
        own = None if locations else _participant_place(e, everywhere, all_starts)
        if own is not None and main is not None and own.id in (main.admin1, main.admin2):
            own = None  # "DPRD Sulawesi Selatan" in an article about Makassar: the main place is finer
        if own is not None:
            locations.append(_location(None, "participant", own))
        abroad = _abroad(e, home) if trust_abroad else None
        if not locations and abroad is not None and abroad in gaz.places:
            locations.append(_location(None, "participant", gaz.places[abroad]))
        if not locations and main is not None:
            loc = _location(None, main_source, main)
            if main_source == "dateline":
                loc.text = doc.dateline.text if doc.dateline else None
            locations.append(loc)
        e.location = locations


def _event_place(r: ResolvedPlace, text: str, rules: Rules) -> bool:
    """Whether an introduced mention can be where an event is: not someone's origin ("warga
    asal Medan Deli"), and saying something (a place, or at least its country: "di Kos" is a
    boarding house the gazetteer cannot place)."""
    before = text[max(0, r.mention.start - 20) : r.mention.start].lower().split()[-1:]
    if before and before[0] in rules.origin_cues:
        return False
    return r.best is not None or unresolved_country(r.mention.text, rules) is not None


def main_place(resolved: list[ResolvedPlace], dateline: Candidate | None) -> tuple[Place | None, str]:
    """The article's main place and where it came from: ``dateline`` when the article is about
    the dateline's place (it, or a place inside it, is named; or no other place is named
    twice), else ``context``: the most-named place of the most-named country."""
    named = [r.best.place for r in resolved if r.best]
    if dateline is not None:
        d = dateline.place
        inside = {p.id for p in named if d.id in (p.id, p.admin1, p.admin2)}
        around = {d.country, d.admin1, d.admin2}  # its country and province say nothing against it
        others = Counter(p.id for p in named if p.id not in inside and p.id not in around)
        if inside or not others or max(others.values()) < 2:
            return d, "dateline"
    if not named:
        return None, "context"
    # the country named most, then its place named most; "di Lebanon" (introduced) counts
    # twice, "Israel" as an actor once; ties go to the first named
    weights = [(r.best.place, 2.0 if r.mention.introduced else 1.0) for r in resolved if r.best]
    by_country: dict[str | None, float] = defaultdict(float)
    by_place: dict[str, float] = defaultdict(float)
    for p, w in weights:
        by_country[p.country] += w
        by_place[p.id] += w
    country = max(by_country.values())
    top_country = next(p.country for p, _ in weights if by_country[p.country] == country)
    in_country = [p for p, _ in weights if p.country == top_country]
    top = max(by_place[p.id] for p in in_country)
    return next(p for p in in_country if by_place[p.id] == top), "context"


def _participant_place(e, everywhere: list[ResolvedPlace], starts: list[int]) -> Place | None:
    """A province, regency or city named inside the first actor or recipient that names one."""
    for p in [*e.actor, *e.recipient]:
        for r in everywhere[bisect_left(starts, p.start) : bisect_left(starts, p.end)]:
            if r.best is not None and r.mention.end <= p.end and r.best.place.type in _SUBNATIONAL:
                return r.best.place
    return None


_SUBNATIONAL = frozenset({"adm1", "adm2", "adm3"})  # not world cities: "Amien Rais" is no Amiens


def _abroad(e, home: str | None) -> str | None:
    """The country of an event whose participants are all from elsewhere than ``home`` (the
    article's country): the first actor's, else the first recipient's. None when any
    participant is from ``home`` or none has a country."""
    countries = [p.country for p in [*e.actor, *e.recipient] if p.country]
    if not countries or home in countries:
        return None
    return countries[0]
