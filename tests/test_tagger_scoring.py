"""The trigger tagger scores from a precomputed table (issue 16, speed): it must give exactly
what summing its weights feature by feature over dicts gives, on every token of real news."""

from __future__ import annotations

import itertools
import json
import math
import re
from pathlib import Path

from warta.events.tagger import TriggerTagger, load_tagger, token_features
from warta.events.view import sentence_views

FIXTURE = Path(__file__).parent / "fixtures" / "events" / "real-dev.jsonl"
POS = ("NOUN", "VERB", "PROPN", "ADP", "ADJ", "PRON", "X", "ADV", "NUM")


def _by_dicts(tagger: TriggerTagger, view, i: int) -> tuple[str, float]:
    """The tagger's scoring as first written: a dict of sums per type, the first maximum wins."""
    z = dict(tagger.bias)
    for f in token_features(view, i):
        for type_, w in tagger.weights.get(f, {}).items():
            z[type_] += w
    best = max(z, key=lambda t: z[t])
    return best, 1.0 / (1.0 + math.exp(-z[best]))


def test_table_scoring_equals_dict_scoring_on_real_news():
    tagger = load_tagger()
    docs = [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines()[:40]]
    pos = itertools.cycle(POS)
    tokens = tagged = 0
    for d in docs:
        text = d["text"]
        for view in sentence_views(text, [(0, len(text))], None, []):
            view.pos = [next(pos) for _ in view.words]  # varied tags, so the POS features fire too
            for i, word in enumerate(view.words):
                if not word[:1].isalpha():
                    continue
                assert tagger.best(view, i) == _by_dicts(tagger, view, i), (word, i)
                tokens += 1
                tagged += tagger.best(view, i)[1] >= tagger.threshold
    assert tokens > 5000 and tagged > 10  # the test saw real text and tokens over the floor


def test_a_tie_goes_to_the_first_type_as_before():
    tagger = TriggerTagger(weights={"w=serang": {"B": 1.0, "A": 1.0}}, bias={"A": 0.0, "B": 0.0}, threshold=0.5, version="t")
    (view,) = sentence_views("mereka serang", [(0, 13)], None, [])
    assert tagger.best(view, 1) == _by_dicts(tagger, view, 1) == ("A", 1.0 / (1.0 + math.exp(-1.0)))


def test_sentence_scoring_equals_token_scoring_on_real_news():
    """``best_in`` (what the tagger uses: one sentence's shared work done once) gives exactly
    ``best``'s type and probability on every token, with mentions, the headline and the
    topic features firing too."""
    tagger = load_tagger()
    topics = [f for f in tagger.weights if f.startswith("topic=")]
    docs = [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines()[:40]]
    pos = itertools.cycle(POS)
    tokens = 0
    fired = set()
    for n, d in enumerate(docs):
        text = d["text"]
        sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)]
        for view in sentence_views(text, sentences, None, []):
            view.pos = [next(pos) for _ in view.words]
            view.mention_at = [k if (k * 7 + n) % 11 < 2 else None for k in range(len(view.words))]
            view.context = tuple(topics[: n % (len(topics) + 1)])
            best = tagger.best_in(view)
            for i, word in enumerate(view.words):
                if word[:1].isalpha():
                    assert best(i) == tagger.best(view, i), (word, i)
                    fired.update(f for f in token_features(view, i) if f.startswith(("mention", "headline", "topic")))
                    tokens += 1
    assert tokens > 5000
    assert {"mention_left=True", "mention_right=False", "headline=True", "headline=False"} <= fired and any(f.startswith("topic=") for f in fired)
