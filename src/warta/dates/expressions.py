"""Indonesian time expressions in running text, resolved against the publication date.

"Selasa (12/6/2024)", "Selasa (12/6)", "12 Juni 2024", "kemarin", "tadi malam", "dua hari
lalu", "pekan lalu", "Senin lalu", "awal Juni", "akhir bulan ini", "tahun lalu", "pada 1998".
Each comes with a precision (day / week / month / year) and its span; a weekday written
next to a date that falls on another day is reported (``weekday_mismatch``).

The words live in data/dates_id.json. Finding is regex work (dateparser's ``search_dates``
is slow and finds dates in "1,5 kg" and "Rp 2.024"); absolute dates in other layouts fall
back to dateparser. Without a base date, relative expressions are kept with ``value``
None and ``relative`` True: never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from warta.dates.words import date_words


@dataclass(slots=True)
class DateExpression:
    start: int
    end: int
    text: str
    value: str | None  # ISO 8601: 2024-06-12, 2024-W23, 2024-06, 1998
    precision: str  # day | week | month | year
    weekday_mismatch: bool = False
    relative: bool = False  # needed a base date and had none

    def as_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value, "precision": self.precision,
                "weekday_mismatch": self.weekday_mismatch, "relative": self.relative}  # fmt: skip


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    days: dict[str, int]
    month_parts: dict[str, str]
    forward: tuple[str, ...]
    duration: tuple[str, ...]
    se_units: dict[str, str]
    recurring: tuple[str, ...]
    address: tuple[str, ...]
    forward_preps: tuple[str, ...]
    past_preps: tuple[str, ...]
    patterns: tuple[tuple[str, re.Pattern, re.Pattern | None], ...]  # (name, pattern, first: see _finditer)
    scan: _Scan | None = None  # every pattern's ``first`` at once (None: some pattern has none)


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class _Scan:
    """One scan of a text for the words every pattern can begin with (``_scan_all``): ``any``
    matches wherever some pattern's ``first`` does; ``heads[k]`` and ``classes[k]`` say which
    characters a match of pattern k's ``first`` can begin with (its words' first letters, and
    its one-character classes such as ``\\d``)."""

    any: re.Pattern
    heads: tuple[frozenset[str], ...]
    classes: tuple[tuple[re.Pattern, ...], ...]
    by_char: dict[str, tuple[int, ...]] = field(default_factory=dict)  # char -> the patterns it can begin

    def begun_by(self, ch: str) -> tuple[int, ...]:
        found = self.by_char.get(ch)
        if found is None:
            found = self.by_char[ch] = tuple(k for k, (heads, classes) in enumerate(zip(self.heads, self.classes))
                                             if ch in heads or any(c.fullmatch(ch) for c in classes))  # fmt: skip
        return found


def _alternatives(first: str) -> tuple[list[str], list[str]]:
    """The words (unescaped) and the other alternatives (one-character classes) of ``first``."""
    words, special = [], []
    for alt in first.split("|"):
        word = re.sub(r"\\(.)", r"\1", alt)
        if re.escape(word) == alt:
            words.append(word)
        else:
            special.append(alt)
    return words, special


def _scan(firsts: list[str]) -> _Scan:
    parts = [_alternatives(f) for f in firsts]
    return _Scan(
        any=re.compile(prefix_tree("|".join(firsts))),
        heads=tuple(frozenset(w[0] for w in words) for words, _ in parts),
        classes=tuple(tuple(re.compile(c) for c in special) for _, special in parts),
    )


def prefix_tree(first: str) -> str:
    """``first`` (alternatives: escaped words, or one-character classes such as ``\\d``) as a
    regex that matches at the same places, its words merged by their common beginnings
    ("jan|januari|juni|juli" -> "j(?:an|u(?:li|ni))"). re tries a branch's alternatives one by one
    wherever its scan stops, and a month name can start at most letters; merged, the branch
    has one alternative per first letter. Only where a match starts counts (``_finditer``), so
    a word that begins with another word ("januari" after "jan") is left out."""
    words, special = _alternatives(first)
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def rest(node: dict) -> str:
        if "" in node:  # a word ends here: what follows adds no place to start
            return ""
        branches = [re.escape(ch) + rest(child) for ch, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return "|".join(list(dict.fromkeys(special)) + [re.escape(ch) + rest(child) for ch, child in sorted(tree.items())])


@lru_cache(maxsize=1)
def _words() -> _Words:
    d = date_words()
    months = {k: v for k, v in d["months"].items() if len(k) >= 3}
    wd, mo, num, unit = _alt(d["weekdays"]), _alt(months), _alt(d["numbers"]), _alt(d["units"])
    past, fut, days, parts = _alt(d["past"]), _alt(d["future"]), _alt(d["days"]), _alt(d["month_parts"])
    n = rf"(?P<n>\d{{1,3}}|{num})"
    b = r"(?<![\w/.,-])"  # a word start that is not inside a number
    e = r"(?![\w/]|[.,-]\d)"
    # (name, pattern, first): ``first`` lists the words (or characters) a match can begin
    # with, for the fast scan of ``_finditer``; keep it in step with the pattern's head.
    se, preps, cues = _alt(d["se_units"]), "sejak|pada|hingga|sampai|mulai|selama|bulan", "pada|sejak|hingga|sampai|era|sepanjang|selama"
    patterns = [
        ("wd_paren", rf"{b}(?:(?P<wd>{wd}),?\s*)?\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?\)", rf"{wd}|\("),
        ("dmy_slash", rf"{b}(?:(?P<wd>{wd}),?\s+)?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}}){e}", rf"{wd}|\d"),
        ("d_month_y", rf"{b}(?:(?P<wd>{wd}),?\s+)?(?:tanggal\s+)?(?P<d>\d{{1,2}})\s+(?P<mo>{mo})\.?(?:\s+(?P<y>\d{{4}}))?{e}", rf"{wd}|tanggal|\d"),
        ("month_d_y", rf"{b}(?P<mo>{mo})\.?\s+(?P<d>\d{{1,2}})(?:,\s+(?P<y>\d{{4}}))?(?![\w/.,:-]\d|\d)", mo),
        ("prep_month", rf"\b(?P<prep>{preps})\s+(?P<mo>{mo})\b(?!\.?\s*\d)", preps),
        ("part_month", rf"{b}(?P<part>{parts})\s+(?:bulan\s+)?(?P<mo>{mo})(?:\s+(?P<y>\d{{4}}))?{e}", parts),
        ("part_rel", rf"{b}(?P<part>{parts})\s+(?P<unit>pekan|minggu|bulan|tahun)(?:\s+(?P<rel>ini|lalu|depan))?\b(?!\s+\d)", parts),
        ("part_year", rf"{b}(?P<part>{parts})\s+(?:tahun\s+)?(?P<y>1[89]\d\d|20\d\d){e}", parts),
        ("month_y", rf"{b}(?:bulan\s+)?(?P<mo>{mo})\s+(?P<y>\d{{4}}){e}", rf"bulan|{mo}"),
        ("month_rel", rf"{b}(?P<mo>{mo})\s+(?P<rel>lalu|silam|depan|mendatang|ini)\b", mo),
        ("n_unit_rel", rf"{b}{n}\s+(?P<unit>{unit})\s+(?P<rel>{past}|{fut})\b", rf"\d|{num}"),
        ("se_unit_rel", rf"{b}(?P<se>{se})\s+(?P<rel>{past}|{fut})\b", se),
        ("iso", rf"{b}(?P<y>(?:19|20)\d\d)-(?P<m>\d{{2}})-(?P<d>\d{{2}}){e}", r"\d"),
        ("dmy_dash", rf"{b}(?:(?P<wd>{wd}),?\s+)?(?P<d>\d{{1,2}})-(?P<m>\d{{1,2}})-(?P<y>(?:19|20)\d\d){e}", rf"{wd}|\d"),
        ("unit_rel", rf"{b}(?P<unit>hari|pekan|minggu|bulan|tahun)\s+(?P<rel>lalu|depan|ini|mendatang|kemarin)\b", "hari|pekan|minggu|bulan|tahun"),
        ("wd_rel", rf"{b}(?:hari\s+)?(?P<wd>{wd})\s+(?P<rel>lalu|kemarin|depan|mendatang|ini|pekan lalu|pekan depan|minggu lalu|minggu depan)\b", rf"hari|{wd}"),
        ("day_word", rf"{b}(?P<day>{days})\b", days),
        ("year", rf"{b}(?:(?P<cue>{cues})\s+(?:tahun\s+)?|(?P<tahun>tahun)\s+)(?P<y>1[89]\d\d|20\d\d){e}(?:\s+(?P<silam>silam|lalu))?", rf"{cues}|tahun"),
        ("year_silam", rf"{b}(?P<y>1[89]\d\d|20\d\d)\s+(?P<silam>silam)\b", r"\d"),
        ("wd", rf"{b}(?:hari\s+)?(?P<wd>{wd}){e}", rf"hari|{wd}"),
    ]  # fmt: skip
    return _Words(
        months=months, weekdays=d["weekdays"], numbers=d["numbers"], units=d["units"], days=d["days"],
        month_parts=d["month_parts"], forward=tuple(d["forward_cues"]), duration=tuple(d["duration_cues"]), se_units=d["se_units"], recurring=tuple(d["recurring_cues"]), address=tuple(d["address_words"]),
        forward_preps=tuple(d["forward_prepositions"]), past_preps=tuple(d["past_prepositions"]),
        patterns=tuple((name, re.compile(p, re.I), re.compile(prefix_tree(first)) if _fold(first) == first else None) for name, p, first in patterns),
        scan=_scan([first for _, _, first in patterns]) if all(_fold(first) == first for _, _, first in patterns) else None,
    )  # fmt: skip


# "UU Nomor 6 Tahun 2023", "Pasal 12", "RT 05/RW 12": numbers of laws and addresses, not dates
_LAW = re.compile(r"\b(?:nomor|no\.?|pasal|ayat|rt|rw|uu|perpres|pp|perda|kepres|keppres|permen|perppu)\s*[\d/.-]*\s*$", re.I)


def find_dates(text: str, base: date | None) -> list[DateExpression]:
    """Every time expression in ``text``, left to right, non-overlapping (longest first)."""
    w = _words()
    folded = _fold(text)
    found: list[tuple[int, int, str, re.Match]] = []
    if w.scan is not None and len(folded) == len(text):
        found = _scan_all(w.patterns, w.scan, text, folded)
    else:
        for name, pattern, first in w.patterns:
            for m in _finditer(pattern, first, text, folded):
                found.append((m.start(), m.end(), name, m))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[DateExpression] = []
    last_end = -1
    for start, end, name, m in found:
        if start < last_end:
            continue
        try:
            expr = _resolve(name, m, text, base, w)
        except (KeyError, ValueError):  # a match whose case-folded words are not ours ("KEMARİN"): no date
            expr = None
        if expr is not None:
            if expr.text.endswith("."):  # "pada 17 Juni." : the sentence's full stop is not the date's
                expr.end -= 1
                expr.text = expr.text[:-1]
            out.append(expr)
            last_end = end
    return out


# Characters that ``re.I`` matches to an ASCII letter although lower() keeps them apart: dotless
# ı and long ſ (re's case fixes; "İ".lower() is two characters, and then _finditer is not used).
_FOLD_FIXES = str.maketrans({"ı": "i", "ſ": "s"})


def _fold(text: str) -> str:
    """``text`` lower-cased so that every character ``re.I`` matches to an ASCII letter becomes
    that letter (tests/test_dates_scan.py checks every code point); one character for one,
    unless the text holds "İ"."""
    return text.lower().translate(_FOLD_FIXES)


def _finditer(pattern: re.Pattern, first: re.Pattern | None, text: str, folded: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, faster: the pattern is tried only where ``first`` (the words a
    match can begin with, lower-case, no ``re.I``) matches ``folded`` (``_fold(text)``). re cannot
    skip ahead to a pattern that begins with a look-behind and is case-insensitive, so it runs
    the whole pattern at every character; ``first`` has neither, so re finds its places with a
    fast scan. Every place the pattern matches is one ``first`` matches (its words folded as the
    text is), so the same matches come out, in order; none is empty. A text whose folding moved
    its characters ("İ") is scanned whole, as before."""
    if first is None or len(folded) != len(text):
        yield from pattern.finditer(text)
        return
    pos = 0
    while (c := first.search(folded, pos)) is not None:
        m = pattern.match(text, c.start())
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()


def _scan_all(patterns: tuple[tuple[str, re.Pattern, re.Pattern | None], ...], scan: _Scan, text: str, folded: str) -> list[tuple[int, int, str, re.Match]]:
    """What ``_finditer`` finds for every pattern, from one scan: wherever some pattern's
    ``first`` matches (``scan.any``), each pattern that can begin there and has not matched
    past it is tried, as its own ``_finditer`` would (tried where its ``first`` matches, from
    the end of its last match on). The matches come in order of start, and of the table at one
    start: after ``find_dates``'s stable sort, the order of one ``_finditer`` per pattern."""
    found: list[tuple[int, int, str, re.Match]] = []
    after = [0] * len(patterns)  # where each pattern may match next
    pos = 0
    while (c := scan.any.search(folded, pos)) is not None:
        at = c.start()
        for k in scan.begun_by(folded[at]):
            name, pattern, first = patterns[k]
            if at < after[k] or first.match(folded, at) is None:
                continue
            m = pattern.match(text, at)
            if m is not None:
                found.append((at, m.end(), name, m))
                after[k] = m.end()
        pos = at + 1
    return found


def _resolve(name: str, m: re.Match, text: str, base: date | None, w: _Words) -> DateExpression | None:
    g = m.groupdict()
    start, end = m.start(), m.end()
    # leave out a leading preposition: the span is the expression ("pada 1998" -> "1998")
    if name == "prep_month":
        start = m.start("mo")
    if name == "year" and g.get("cue"):
        start = m.start("y") if not g.get("tahun") else m.start()
    before = text[max(0, start - 25) : start]
    if _LAW.search(before):
        return None
    if before.lower().split()[-1:] and before.lower().split()[-1] in w.address:
        return None  # "Jalan 17 Agustus": a street
    wd = w.weekdays.get((g.get("wd") or "").lower().replace("’", "'")) if g.get("wd") else None
    if name in ("wd", "wd_rel") and g.get("wd") and not g["wd"][0].isupper():
        return None  # "minggu" lowercase is "week"
    if name in ("wd", "day_word") and _recurring(before, w):
        return None  # "setiap Senin dan Kamis": a schedule, not a date
    after = text[end : end + 30].lower()
    clause_before = re.split(r"[.;!?]", text[max(0, start - 80) : start])[-1].lower()  # back to the sentence start
    cues = [c for c in w.forward if c != "depan"]
    before_lower = before.lower()
    forward_near = any(_has(before_lower, c) for c in cues)  # for a day: the words just before it
    forward = forward_near or any(_has(clause_before, c) for c in cues)  # for a month: the whole sentence
    previous = before_lower.split()[-1:]
    if previous and previous[0] in w.forward_preps:
        forward = forward_near = True  # "berlaku mulai awal Januari"
    elif previous and previous[0] in w.past_preps:
        forward = False  # "sejak pertengahan Juni"

    def rel(precision: str) -> DateExpression:
        return DateExpression(start, end, text[start:end], None, precision, relative=True)

    if name == "se_unit_rel":
        if before.lower().split()[-1:] and before.lower().split()[-1] in w.duration:
            return None
        g = {**g, "n": "1", "unit": w.se_units[g["se"].lower()]}
        name = "n_unit_rel"
    if name in ("wd_paren", "dmy_slash", "d_month_y", "month_d_y", "iso", "dmy_dash"):
        day = int(g["d"])
        month = int(g["m"]) if g.get("m") else w.months.get(g["mo"].lower().rstrip("."))
        if not month or not (1 <= month <= 12) or not (1 <= day <= 31):
            return None
        if name == "wd_paren" and not g.get("wd") and not g.get("y"):
            return None  # a bare "(12/6)" may be a score or a ratio
        year = g.get("y") or _range_year(text[end : end + 40])  # "1 Apr hingga 15 Apr 2024"
        if year:
            y = int(year) + (2000 if len(year) == 2 else 0)
        elif base is None:
            return rel("day")
        else:  # the nearest such day (past after "lalu"/"sejak", future after "akan"); the weekday breaks ties
            past = after.lstrip().startswith(("lalu", "silam")) or bool(previous and previous[0] in w.past_preps)
            direction = -1 if past else (1 if forward_near else 0)
            y = _nearest_day_year(base, month, day, direction, wd)
        try:
            value = date(y, month, day)
        except ValueError:
            return None
        mismatch = bool(wd and value.isoweekday() != wd)
        return DateExpression(start, end, text[start:end], value.isoformat(), "day", mismatch)
    if name == "month_y":
        return DateExpression(start, end, text[start:end], f"{int(g['y']):04d}-{w.months[g['mo'].lower()]:02d}", "month")
    if name == "part_month":
        month = w.months[g["mo"].lower()]
        if g.get("y"):
            return DateExpression(start, end, text[start:end], f"{int(g['y']):04d}-{month:02d}", "month")
        if base is None:
            return rel("month")
        return DateExpression(start, end, text[start:end], f"{_nearest_year(base, month, 1, forward, whole_month=True):04d}-{month:02d}", "month")
    if name == "prep_month":  # "sejak Januari": the nearest such month, on or before the base unless announced
        month = w.months[g["mo"].lower()]
        if base is None:
            return rel("month")
        return DateExpression(start, end, text[start:end], f"{_nearest_year(base, month, 1, forward, whole_month=True):04d}-{month:02d}", "month")
    if name == "month_rel":
        month = w.months[g["mo"].lower()]
        if base is None:
            return rel("month")
        r = g["rel"].lower()
        y = base.year
        if r in ("lalu", "silam"):
            y = base.year if month < base.month else base.year - 1
        elif r in ("depan", "mendatang"):
            y = base.year if month > base.month else base.year + 1
        return DateExpression(start, end, text[start:end], f"{y:04d}-{month:02d}", "month")
    if base is None and name not in ("year", "year_silam"):
        return rel({"day_word": "day", "wd": "day", "wd_rel": "day"}.get(name, "day" if g.get("unit") == "hari" else "month"))
    if name == "day_word":
        d = base + timedelta(days=w.days[g["day"].lower()])
        return DateExpression(start, end, text[start:end], d.isoformat(), "day")
    if name == "n_unit_rel":
        if before.lower().split()[-1:] and before.lower().split()[-1] in w.duration:
            return None  # "selama dua minggu ke depan": a duration
        n = int(g["n"]) if g["n"].isdigit() else w.numbers.get(g["n"].lower())
        if not n:
            return None
        sign = 1 if g["rel"].lower() in ("depan", "mendatang", "lagi", "ke depan", "yang akan datang") else -1
        return _shift(start, end, text, base, w.units[g["unit"].lower()], sign * n)
    if name == "unit_rel":
        if g["unit"] == "Minggu":
            return None  # capitalised: the weekday ("Minggu lalu" = last Sunday), read by wd_rel
        r = g["rel"].lower()
        unit = w.units[g["unit"].lower()]
        if unit == "day":
            return None  # "hari ini" is a day word; "hari lalu" alone means nothing
        sign = {"lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1, "ini": 0}[r]
        return _shift(start, end, text, base, unit, sign)
    if name == "part_year":
        return DateExpression(start, end, text[start:end], g["y"], "year")
    if name == "part_rel":
        unit = w.units[g["unit"].lower()]
        sign = {"lalu": -1, "depan": 1, "ini": 0}[(g.get("rel") or "ini").lower()]
        return _shift(start, end, text, base, unit, sign)
    if name in ("wd", "wd_rel"):
        r = (g.get("rel") or "").lower()
        if r in ("pekan lalu", "minggu lalu", "pekan depan", "minggu depan"):
            week_start = base - timedelta(days=base.isoweekday() - 1) + timedelta(days=7 if "depan" in r else -7)
            d = week_start + timedelta(days=wd - 1)
        elif r in ("depan", "mendatang") or (not r and forward):
            d = base + timedelta(days=(wd - base.isoweekday()) % 7 or 7) if r else base + timedelta(days=(wd - base.isoweekday()) % 7)
        elif r in ("lalu", "kemarin"):
            d = base - timedelta(days=(base.isoweekday() - wd) % 7 or 7)
        else:  # bare weekday (or "ini") in a report: the most recent such day, today included
            d = base - timedelta(days=(base.isoweekday() - wd) % 7)
        return DateExpression(start, end, text[start:end], d.isoformat(), "day")
    if name in ("year", "year_silam"):
        return DateExpression(start, end, text[start:end], g["y"], "year")
    return None


def _recurring(before: str, w: _Words) -> bool:
    """'setiap' within the last three words before the expression ("setiap Senin dan Kamis")."""
    return any(word in w.recurring for word in re.findall(r"[\w-]+", before.lower())[-3:])


def _has(text: str, phrase: str) -> bool:
    return _phrase_pattern(phrase).search(text) is not None


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern:
    """``phrase`` as a whole word or words (compiled once: re.search would escape and look it up per call)."""
    return re.compile(rf"\b{re.escape(phrase)}\b")


def _is_weekday(y: int, month: int, day: int, wd: int) -> bool:
    try:
        return date(y, month, day).isoweekday() == wd
    except ValueError:
        return False


def _ordinal(y: int, month: int, day: int) -> int:
    try:
        return date(y, month, day).toordinal()
    except ValueError:
        return 0


def _range_year(after: str) -> str | None:
    m = _RANGE_END.match(after)
    return m.group(1) if m else None


_RANGE_END = re.compile(r"\s*(?:hingga|sampai|s\.d\.?|sd|-|–|—)\s*\d{1,2}\s+[A-Za-z]+\.?\s+(\d{4})\b", re.I)


def _nearest_day_year(base: date, month: int, day: int, direction: int, weekday: int | None) -> int:
    """The year that puts day/month nearest the base: on or before it (direction -1), on or
    after it (+1), or either (0); a weekday written with it breaks ties."""
    options = []
    for y in (base.year - 1, base.year, base.year + 1):
        o = _ordinal(y, month, day)
        if not o or (direction < 0 and o > base.toordinal()) or (direction > 0 and o < base.toordinal()):
            continue
        options.append((abs(o - base.toordinal()), not (weekday and _is_weekday(y, month, day, weekday)), y))
    return min(options)[2] if options else base.year


def _nearest_year(base: date, month: int, day: int, forward: bool, whole_month: bool = False) -> int:
    """The year of a day/month given without one: the nearest such date on or before the
    base in a report, on or after it for something announced ("akan", "dijadwalkan")."""
    key = (month, 1 if whole_month else day)
    base_key = (base.month, 1 if whole_month else base.day)
    if forward:
        return base.year if key >= base_key else base.year + 1
    return base.year if key <= base_key else base.year - 1


def _shift(start: int, end: int, text: str, base: date, unit: str, n: int) -> DateExpression | None:
    if unit == "day":
        return DateExpression(start, end, text[start:end], (base + timedelta(days=n)).isoformat(), "day")
    if unit == "week":
        y, wk, _ = (base + timedelta(days=7 * n)).isocalendar()
        return DateExpression(start, end, text[start:end], f"{y:04d}-W{wk:02d}", "week")
    if unit == "month":
        months = base.year * 12 + base.month - 1 + n
        return DateExpression(start, end, text[start:end], f"{months // 12:04d}-{months % 12 + 1:02d}", "month")
    if unit == "year":
        return DateExpression(start, end, text[start:end], f"{base.year + n:04d}", "year")
    if unit == "decade":
        return DateExpression(start, end, text[start:end], f"{base.year + 10 * n:04d}", "year")
    return None


def day_span(value: str | None) -> tuple[int, int] | None:
    """The first and last day an ISO date, week, month or year covers, as ordinals (the date
    rules and event clustering read a value this one way)."""
    if not value:
        return None
    v = value[:10]
    try:
        if len(v) == 10 and v[4] == "-" and v[7] == "-":
            d = date.fromisoformat(v).toordinal()
            return d, d
        if len(v) >= 8 and "-W" in v:
            monday = date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
            return monday.toordinal(), monday.toordinal() + 6
        if len(v) == 7:
            first = date(int(v[:4]), int(v[5:7]), 1)
            nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first.toordinal(), (nxt - timedelta(days=1)).toordinal()
        if len(v) == 4:
            return date(int(v), 1, 1).toordinal(), date(int(v), 12, 31).toordinal()
    except ValueError:
        return None
    return None
