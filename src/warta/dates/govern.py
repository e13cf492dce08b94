"""Which date an event takes: an ordered table of named rules, the first that answers wins.

Indonesian news dates a report once ("... di Makassar, Senin (12/6/2024).") and lets the
following sentences ride on it, so most event sentences hold no time expression of their own.
An event takes, in this order (``RULES``; the rule's name is recorded as ``date.source``):

1. ``sentence``  the expression of its own sentence nearest its trigger;
2. ``paragraph`` the nearest *governing* expression earlier in its paragraph;
3. ``nearby``    a governing day or week in the ``NEARBY`` sentences before it (across a
                 paragraph break: one-sentence paragraphs are common in online news) that is
                 recent (as the lead date is: background dates stay in their paragraph);
4. ``lead``      the article's lead date: the first governing day or week of the lead
                 (the first ``LEAD_SENTENCES`` sentences after the headline, across paragraph
                 breaks: online news often runs one sentence a paragraph) that is no more
                 than ``LEAD_WINDOW_DAYS`` before publication;
5. ``published`` the publication date (precision day).

An expression *governs* another sentence's event unless (``blocks``) it is quoted (a date in
a quote about the past dates nothing outside the quote), it bounds a period ("sejak 2019",
"hingga Desember": the words in data/dates_id.json ``period_bounds``), or it lies after the
publication date and the event is not planned or hypothetical ("Aksi lanjutan akan digelar
pekan depan" dates that plan, not the next arrest); a future event takes no past date
("Ia akan diadili" after "ditangkap Senin (10/6)"). Future events skip the lead (it dates
what was reported, not what is planned). A hypothetical event ("diduga membunuh") is most
often a reported one and takes dates as an asserted one does. Durations ("selama tiga hari")
are not expressions at all (expressions.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from warta.dates.expressions import DateExpression, day_span
from warta.dates.words import date_words

NEARBY = 2  # sentences back across a paragraph break
LEAD_SENTENCES = 3  # "... kata X di lokasi, Kamis (19/9/2019)." is often the second or third
LEAD_WINDOW_DAYS = 31  # a lead date older than this is background, not the report's date
PLANNED = frozenset({"future"})  # takes no past date from another sentence, nor the lead
OPEN = frozenset({"future", "hypothetical"})  # may take a future date from another sentence


@dataclass(frozen=True, slots=True)
class Stamp:
    """A time expression of the document, with what the rules need to know about it."""

    expr: DateExpression
    sentence: int  # index into the document's sentences
    paragraph: int
    quoted: bool  # inside quotation marks
    bound: bool  # "sejak 2019": a period's end, not a date of what happens
    forward: bool  # begins after the publication date: something planned


@dataclass(frozen=True, slots=True)
class Layout:
    """A document as the rules read it: sentences, their paragraphs, the stamps, the base."""

    sentences: tuple[tuple[int, int], ...]
    paragraph_of: tuple[int, ...]  # sentence index -> paragraph index
    stamps: tuple[Stamp, ...]  # in text order
    base: date | None
    lead: Stamp | None


@dataclass(frozen=True, slots=True)
class EventAt:
    """Where an event is, for the rules: its sentence index, trigger offset and modality."""

    sentence: int
    trigger: int
    modality: str


@dataclass(frozen=True, slots=True)
class Dated:
    value: str | None
    precision: str
    expr: DateExpression | None  # None: the publication date
    source: str


@dataclass(frozen=True)
class DateRule:
    name: str
    example: str  # Indonesian text where this rule decides (the event in capitals)
    pick: Callable[[Layout, EventAt], Dated | None]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    d = date_words()
    return frozenset(d["period_bounds"]), tuple((a, b) for a, b in d["quote_pairs"])


def layout(text: str, sentences: Sequence[tuple[int, int]], found: Sequence[DateExpression], base: date | None) -> Layout:
    """The document's sentences (in text order), paragraphs (split at line breaks) and stamped
    expressions (in text order: the rules find a sentence's stamps by bisection)."""
    sentences = tuple(sorted((int(a), int(b)) for a, b in sentences)) or ((0, len(text)),)
    starts = [a for a, _ in sentences]
    breaks = [m.start() for m in re.finditer(r"\n", text)]
    paragraph_of = tuple(bisect_right(breaks, a) for a, _ in sentences)
    quoted = _inside(_quoted_spans(text))
    bounds, _ = _words()
    stamps = []
    for x in sorted(found, key=lambda x: x.start):
        i = max(0, bisect_right(starts, x.start) - 1)
        previous = re.findall(r"[\w-]+", text[max(0, x.start - 20) : x.start].lower())[-1:]
        stamps.append(Stamp(x, i, paragraph_of[i], quoted(x.start), bool(previous and previous[0] in bounds), _after(x, base)))
    lay = Layout(sentences, paragraph_of, tuple(stamps), base, None)
    return Layout(sentences, paragraph_of, lay.stamps, base, _lead(lay, text))


def date_event(lay: Layout, ev: EventAt, rules: Sequence[DateRule] | None = None) -> Dated | None:
    """The first rule's answer (``RULES`` unless given): None only when the document has no base."""
    for rule in RULES if rules is None else rules:
        if (found := rule.pick(lay, ev)) is not None:
            return found
    return None


def blocks(s: Stamp, ev: EventAt) -> str | None:
    """Why stamp ``s`` of another sentence may not date event ``ev`` (None: it may)."""
    if s.quoted:
        return "quoted"
    if s.bound:
        return "bound"
    if s.forward and ev.modality not in OPEN:
        return "forward"
    if ev.modality in PLANNED and not s.forward:
        return "past"  # "Ia akan diadili." after "ditangkap Senin (12/6)": the trial is later
    return None


def _dated(s: Stamp, source: str) -> Dated:
    return Dated(s.expr.value, s.expr.precision, s.expr, source)


def _stamps_of(lay: Layout, first: int, last: int) -> tuple[Stamp, ...]:
    """The stamps of sentences ``first`` to ``last - 1``, in text order: a slice found by
    bisection (stamps are in sentence order), so dating a document's events stays linear."""
    a = bisect_left(lay.stamps, first, key=lambda s: s.sentence)
    return lay.stamps[a : bisect_left(lay.stamps, last, lo=a, key=lambda s: s.sentence)]


def _own_sentence(lay: Layout, ev: EventAt) -> Dated | None:
    here = [s for s in _stamps_of(lay, ev.sentence, ev.sentence + 1) if s.expr.value or s.expr.relative]
    if not here:
        return None
    return _dated(min(here, key=lambda s: abs(s.expr.start - ev.trigger)), "sentence")


def _paragraph(lay: Layout, ev: EventAt) -> Dated | None:
    para = lay.paragraph_of[ev.sentence]
    for s in reversed(_stamps_of(lay, 0, ev.sentence)):
        if lay.paragraph_of[s.sentence] != para:
            return None  # paragraphs follow the sentences: every earlier stamp is in an earlier paragraph
        if blocks(s, ev) is None:
            return _dated(s, "paragraph")
    return None


def _nearby(lay: Layout, ev: EventAt) -> Dated | None:
    for s in reversed(_stamps_of(lay, ev.sentence - NEARBY, ev.sentence)):
        if s.expr.precision in ("day", "week") and blocks(s, ev) is None and _recent(s, lay.base):
            return _dated(s, "nearby")
    return None


def _recent(s: Stamp, base: date | None) -> bool:
    """Not more than ``LEAD_WINDOW_DAYS`` before the base (always, without a base)."""
    start = _start_of(s.expr)
    return not (base and start and start < base - timedelta(days=LEAD_WINDOW_DAYS))


def _lead_rule(lay: Layout, ev: EventAt) -> Dated | None:
    if lay.lead is None or ev.modality in PLANNED:
        return None
    return _dated(lay.lead, "lead")


def _published(lay: Layout, ev: EventAt) -> Dated | None:
    return Dated(lay.base.isoformat(), "day", None, "published") if lay.base else None


RULES: tuple[DateRule, ...] = (
    DateRule("sentence", "Polisi MENANGKAP dua pelaku di Makassar, Senin (12/6/2024).", _own_sentence),
    DateRule("paragraph", "Massa berunjuk rasa di depan DPRD, Senin (12/6/2024). Mereka lalu MEMBLOKADE jalan.", _paragraph),
    DateRule("nearby", "Massa berunjuk rasa, Senin (12/6/2024).\n\nPolisi kemudian MEMBUBARKAN mereka.", _nearby),
    DateRule("lead", "Polisi menahan X, Kamis (19/9/2019). [...]\n\nKapolres juga MEMERIKSA dua saksi.", _lead_rule),
    DateRule("published", "Presiden MENGECAM serangan itu. (no date in the article)", _published),
)


def _lead(lay: Layout, text: str) -> Stamp | None:
    """The first governing day or week of the lead: the first sentences after the headline."""
    body = _first_body_paragraph(lay, text)
    if body is None:
        return None
    lead = [i for i, p in enumerate(lay.paragraph_of) if p >= body][:LEAD_SENTENCES]
    for s in lay.stamps:
        if s.sentence not in lead or s.quoted or s.bound or s.forward or s.expr.precision not in ("day", "week"):
            continue
        if _recent(s, lay.base):
            return s
    return None


def _first_body_paragraph(lay: Layout, text: str) -> int | None:
    """The first paragraph that is not a headline (one sentence without a full stop)."""
    paragraphs = sorted(set(lay.paragraph_of))
    for p in paragraphs:
        sents = [lay.sentences[i] for i, q in enumerate(lay.paragraph_of) if q == p]
        if len(sents) == 1 and p == paragraphs[0] and len(paragraphs) > 1 and not re.search(r"[.!?][\"”']?\s*$", text[sents[0][0] : sents[0][1]]):
            continue
        return p
    return None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks, paired within each paragraph (an unclosed quote runs to its end)."""
    _, pairs = _words()
    out: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        for opening, closing in pairs:
            i = para.find(opening)
            while i >= 0:
                j = para.find(closing, i + 1)
                end = j if j >= 0 else len(para)
                out.append((pos + i, pos + end))
                i = para.find(opening, end + 1) if j >= 0 else -1
        pos += len(para) + 1
    return out


def _inside(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset lies in one of ``spans`` (which may overlap): the spans sorted by start
    and the furthest end among those starting at or before the offset, found by bisection."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    furthest, reach = [], -1
    for _, b in spans:
        reach = max(reach, b)
        furthest.append(reach)

    def inside(x: int) -> bool:
        k = bisect_right(starts, x)
        return k > 0 and furthest[k - 1] > x

    return inside


def _start_of(x: DateExpression) -> date | None:
    """The first day an ISO value covers: 2024-06-12, 2024-W23, 2024-06, 2024."""
    span = day_span(x.value)
    return date.fromordinal(span[0]) if span else None


def _after(x: DateExpression, base: date | None) -> bool:
    start = _start_of(x)
    return bool(base and start and start > base)
