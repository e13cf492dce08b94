"""Find the boilerplate in an Indonesian news article: what to cut, and the dateline.

The patterns live in ``warta/data/boilerplate.json``; this module only knows how to apply
them. The one piece of real logic is the inline "Baca juga:" form, where a scraper glued
another article's headline into a paragraph and we must find where that headline ends.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import islice

from warta.records import Dateline, RemovedSpan

_WORD = re.compile(r"\S+")
_MAX_HEADLINE_WORDS = 30
_SENTENCE_END = re.compile(r"[.!?…]['\"”’)]*$")


@dataclass(frozen=True)
class BoilerplatePatterns:
    # Found anywhere in the text: (kind, pattern). Separate passes on purpose: each pattern
    # starts with literal characters, which lets the regex engine skip ahead; an
    # alternation of them would not (measured: 3x slower).
    inline: tuple[tuple[str, re.Pattern[str]], ...]
    # Whole lines, tried at line starts only; the group name is the kind.
    line: re.Pattern[str]
    glue_words: frozenset[str]
    sentence_starters: frozenset[str]
    datelines: tuple[re.Pattern[str], ...]


@cache
def load_patterns() -> BoilerplatePatterns:
    data = json.loads(resources.files("warta.data").joinpath("boilerplate.json").read_text("utf-8"))
    inline = [("read_also", data["read_also_marker"])]
    inline += [(p["kind"], p["pattern"]) for p in data["inline_patterns"]]
    inline += [("editor_initials", p) for p in data["editor_initials"]]
    lines = [(p["kind"], p["pattern"]) for p in data["line_patterns"]]
    return BoilerplatePatterns(
        inline=tuple((kind, re.compile(p)) for kind, p in inline),
        line=_alternation(lines),
        glue_words=frozenset(w.lower() for w in data["headline_glue_words"]),
        sentence_starters=frozenset(data["sentence_starters"]),
        datelines=tuple(re.compile(p) for p in data["datelines"]),
    )


def _alternation(patterns: list[tuple[str, str]]) -> re.Pattern[str]:
    """One regex of named alternatives ``kind__n``, for patterns tried at line starts."""
    parts = []
    for n, (kind, pattern) in enumerate(patterns):
        pattern = pattern.removeprefix("^").removesuffix("$") + r"[ \t]*(?=\n|$)"
        parts.append(f"(?P<{kind}__{n}>{pattern})")
    return re.compile("|".join(parts))


def find_boilerplate(raw: str, patterns: BoilerplatePatterns | None = None) -> tuple[list[RemovedSpan], Dateline | None]:
    """Return the spans of ``raw`` to remove (sorted, non-overlapping) and the dateline."""
    p = patterns or load_patterns()
    spans: list[tuple[int, int, str]] = []
    line_start = 0
    while line_start < len(raw):
        m = p.line.match(raw, line_start)
        if m:
            spans.append((m.start(), _line_end(raw, m.end()), _kind(m)))
        nl = raw.find("\n", line_start)
        if nl == -1:
            break
        line_start = nl + 1
    for kind, rx in p.inline:
        for m in rx.finditer(raw):
            end = _read_also_end(raw, m.end(), p) if kind == "read_also" else m.end()
            spans.append((m.start(), end, kind))
    dateline = _find_dateline(raw, p)
    if dateline is not None:
        spans.append((dateline.raw_start, dateline.raw_end, "dateline"))
    return _merge(raw, spans), dateline


def _kind(m: re.Match[str]) -> str:
    return m.lastgroup.split("__", 1)[0]  # type: ignore[union-attr]


def _line_end(raw: str, pos: int) -> int:
    """Extend a line match over its newline so no empty line is left behind."""
    return pos + 1 if raw.startswith("\n", pos) else pos


def _read_also_end(raw: str, start: int, p: BoilerplatePatterns) -> int:
    """Where the linked headline after a "Baca juga:" marker ends.

    A headline is Title Case; the paragraph's own next sentence starts with a capital and
    then turns to lower-case words. So we walk the words while they look like a headline,
    stop at the first ordinary lower-case word, and give that word's capitalised lead-in
    back to the paragraph (preferring a known sentence starter such as "Kapolres").
    """
    line_end = raw.find("\n", start)
    if line_end == -1:
        line_end = len(raw)
    # A headline is a few dozen words at most: never scan the rest of a one-line article.
    words = list(islice(_WORD.finditer(raw, start, line_end), _MAX_HEADLINE_WORDS + 1))
    if len(words) > _MAX_HEADLINE_WORDS:
        line_end = words[-1].start()
        words = words[:-1]
    for i, w in enumerate(words):
        token = w.group()
        if _SENTENCE_END.search(token) and i + 1 < len(words) and _is_capitalised(words[i + 1].group()):
            return words[i + 1].start()  # the headline ended with its own punctuation
        if _looks_like_headline(token, p):
            continue
        if i == 0:
            return start  # no headline at all: drop only the marker
        # The paragraph's sentence began at a capitalised word before this one.
        caps = [j for j in range(1, i) if _is_capitalised(words[j].group())]
        starters = [j for j in caps if words[j].group().strip("\"'“") in p.sentence_starters]
        cut = starters[-1] if starters else (caps[-1] if caps else i)
        return words[cut].start()
    return _line_end(raw, line_end)  # the headline runs to the end of its line


def _is_capitalised(token: str) -> bool:
    token = token.lstrip("\"'“‘(")
    return bool(token) and (token[0].isupper() or token[0].isdigit())


def _looks_like_headline(token: str, p: BoilerplatePatterns) -> bool:
    return _is_capitalised(token) or token.lower().strip(",:;\"'“”") in p.glue_words or not any(c.isalpha() for c in token)


def _find_dateline(raw: str, p: BoilerplatePatterns) -> Dateline | None:
    offset = len(raw) - len(raw.lstrip())
    head = raw[offset : offset + 160]
    for rx in p.datelines:
        m = rx.match(head)
        if m:
            groups = m.groupdict()
            place = (groups.get("place") or "").strip(" ,") or None
            outlet = (groups.get("outlet") or "").strip() or None
            return Dateline(place=place, outlet=outlet, raw_start=offset, raw_end=offset + m.end(), text=m.group().strip())
    return None


def _merge(raw: str, spans: list[tuple[int, int, str]]) -> list[RemovedSpan]:
    spans = sorted(s for s in spans if s[1] > s[0])
    merged: list[list] = []
    for start, end, kind in spans:
        if merged and start < merged[-1][1]:  # overlapping; adjacent spans keep their own kind
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, kind])
    return [RemovedSpan(kind=k, raw_start=s, raw_end=e, text=raw[s:e]) for s, e, k in merged]
