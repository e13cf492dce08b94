"""The date rules find a sentence's stamps by bisection (issue 16: linear in the document):
on real news they must pick exactly what scanning every stamp of the document picked."""

from __future__ import annotations

import json
import random
import re
from datetime import date
from pathlib import Path

from warta.dates.expressions import find_dates
from warta.dates.govern import NEARBY, RULES, EventAt, _inside, _recent, blocks, date_event, layout

FIXTURE = Path(__file__).parent / "fixtures" / "events" / "real-dev.jsonl"


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]*", text) if m.group().strip()]


# the rules as first written: every stamp of the document scanned for every event
def _own_sentence_scan(lay, ev):
    here = [s for s in lay.stamps if s.sentence == ev.sentence and (s.expr.value or s.expr.relative)]
    return min(here, key=lambda s: abs(s.expr.start - ev.trigger)) if here else None


def _paragraph_scan(lay, ev):
    para = lay.paragraph_of[ev.sentence]
    for s in reversed(lay.stamps):
        if s.sentence < ev.sentence and lay.paragraph_of[s.sentence] == para and blocks(s, ev) is None:
            return s
    return None


def _nearby_scan(lay, ev):
    for s in reversed(lay.stamps):
        if ev.sentence - NEARBY <= s.sentence < ev.sentence and s.expr.precision in ("day", "week") and blocks(s, ev) is None and _recent(s, lay.base):
            return s
    return None


def test_bisected_rules_pick_what_the_full_scan_picked_on_real_news():
    rules = {r.name: r.pick for r in RULES}
    compared = answered = 0
    for line in FIXTURE.read_text("utf-8").splitlines()[:60]:
        text = json.loads(line)["text"]
        for base in (date(2019, 9, 20), None):
            lay = layout(text, _sentences(text), find_dates(text, base), base)
            for i, (a, b) in enumerate(lay.sentences):
                for modality in ("asserted", "future", "hypothetical"):
                    for at in (a, (a + b) // 2, b - 1):
                        ev = EventAt(i, at, modality)
                        for name, scan in (("sentence", _own_sentence_scan), ("paragraph", _paragraph_scan), ("nearby", _nearby_scan)):
                            got, want = rules[name](lay, ev), scan(lay, ev)
                            assert (got.expr if got else None) is (want.expr if want else None), (name, text[a:b])
                            compared += 1
                            answered += want is not None
                        date_event(lay, ev)
    assert compared > 5000 and answered > 500  # real text, and many events the rules did date


def test_inside_equals_any_over_overlapping_spans():
    rng = random.Random(7)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 200) for _ in range(rng.randint(0, 8)))]
        inside = _inside(spans)
        assert all(inside(x) == any(a <= x < b for a, b in spans) for x in range(-2, 240))
