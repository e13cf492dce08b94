"""The dates' fast scan (issue 16, speed): each pattern is tried only where the words it can
begin with occur (``_finditer``), and it must find exactly what ``finditer`` over the whole
text finds, on real news and on text made to trip it (any case, dotless ı, long ſ, "İ")."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.dates.expressions import _alt, _finditer, _fold, _scan_all, _words, prefix_tree
from warta.dates.words import date_words

FIXTURE = Path(__file__).parent / "fixtures" / "events" / "real-dev.jsonl"


def _same_matches(text: str) -> None:
    folded = _fold(text)
    every = []
    for name, pattern, first in _words().patterns:
        want = [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(text)]
        assert first is not None, name  # every pattern has its fast scan
        got = [(m.start(), m.end(), m.groupdict()) for m in _finditer(pattern, first, text, folded)]
        assert got == want, (name, text[:200])
        every += [(start, end, name, groups) for start, end, groups in want]
    # the one scan for all patterns (_scan_all) finds the same, in find_dates's order once sorted
    w = _words()
    assert w.scan is not None
    if len(folded) == len(text):
        got_all = [(start, end, name, m.groupdict()) for start, end, name, m in _scan_all(w.patterns, w.scan, text, folded)]
        order = lambda x: (x[0], -(x[1] - x[0]))  # noqa: E731 - find_dates's sort key
        assert sorted(got_all, key=order) == sorted(every, key=order), text[:200]


def test_fold_maps_every_character_re_matches_to_a_letter_onto_that_letter():
    """What the fast scan relies on, over every code point: a character that ``re.I`` matches
    to an ASCII letter folds to that letter, and folding keeps one character for one ("İ",
    the only exception, sends a text to the plain scan)."""
    letter = re.compile("[a-z]", re.I)
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        f = _fold(c)
        assert len(f) == 1 or c == "İ", hex(cp)
        if letter.fullmatch(c) and c != "İ":
            assert "a" <= f <= "z" and re.fullmatch(f, c, re.I), hex(cp)


def test_fast_scan_equals_finditer_on_real_news():
    texts = [json.loads(line)["text"] for line in FIXTURE.read_text("utf-8").splitlines()]
    assert sum(len(t) for t in texts) > 50_000
    for text in texts:
        _same_matches(text)
        _same_matches(text.upper())


def test_fast_scan_equals_finditer_on_date_words_in_any_case():
    """Random strings of the patterns' own words, numbers and marks, in random case, with the
    characters re.I and lower() treat apart: the place where a fast scan could miss a match."""
    d = date_words()
    words = [w for key in ("months", "weekdays", "numbers", "units", "past", "future", "days", "month_parts", "se_units") for w in d[key]]
    words += ["tanggal", "hari", "pada", "sejak", "tahun", "bulan", "silam", "era", "ini", "lalu", "jalan", "pasal", "setiap"]
    marks = ["(", ")", "/", "-", ",", ".", " ", "  ", "\n", "2024", "12", "7", "1998", "05", "ı", "ſ", "K", "x"]
    rng = random.Random(16)
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 12)):
            w = rng.choice(words) if rng.random() < 0.6 else rng.choice(marks)
            w = "".join(ch.upper() if rng.random() < 0.3 else ch for ch in w)
            w = w.replace("i", "ı") if rng.random() < 0.05 else w.replace("s", "ſ") if rng.random() < 0.05 else w
            parts.append(w + rng.choice(["", " ", " ", ", ", " (", "/", "-"]))
        _same_matches("".join(parts))


_AROUND = st.text(alphabet=st.sampled_from(list("aZ0 ,./-(\nıſİ")), max_size=6)


@settings(max_examples=400, deadline=None)
@given(data=st.data(), pattern=st.sampled_from(range(len(_words().patterns))))
def test_fast_scan_equals_finditer_on_what_each_pattern_matches(data, pattern):
    """Strings each pattern itself matches (hypothesis draws them from the regex: any case,
    any Unicode digit and space), with something before and after."""
    _, compiled, _ = _words().patterns[pattern]
    core = data.draw(st.from_regex(compiled, fullmatch=True))
    _same_matches(data.draw(_AROUND) + core + data.draw(_AROUND))


def test_prefix_tree_starts_where_the_plain_alternation_starts():
    """The fast scan's regex (``prefix_tree``: the words merged by common beginnings) matches
    at exactly the places the alternation of the same words does, every place of text made of
    the date words (whole, cut short, run together) and of real news."""
    d = date_words()
    lists = [d[key] for key in ("months", "weekdays", "numbers", "units", "days", "month_parts", "se_units")]
    firsts = [_alt(words) for words in lists] + [rf"{_alt(d['weekdays'])}|\(", rf"\d|{_alt(d['numbers'])}", "jan|januari|juni|juli"]
    words = [w for ws in lists for w in ws]
    rng = random.Random(17)
    texts = ["".join(rng.choice([w, w[: rng.randint(1, len(w))], " ", "(", "7", "se"]) for w in rng.sample(words, 12)).lower()
             for _ in range(500)]  # fmt: skip
    texts += [_fold(json.loads(line)["text"]) for line in FIXTURE.read_text("utf-8").splitlines()[:20]]
    for first in firsts:
        plain, tree = re.compile(first), re.compile(prefix_tree(first))
        assert tree.pattern != plain.pattern
        for text in texts:
            assert [p for p in range(len(text)) if tree.match(text, p)] == [p for p in range(len(text)) if plain.match(text, p)], first
