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
    """``scores`` (what the tagger uses: a sentence's tokens summed as one array, each word's
    rows looked up once) gives exactly ``best``'s type and probability on every token, with
    mentions, the headline and the topic features firing too; on every token, and on a subset."""
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
            alpha = [i for i, word in enumerate(view.words) if word[:1].isalpha()]
            every = list(range(len(view.words)))
            for some in (alpha, every, alpha[1::3]):
                for i, k, top in zip(some, *tagger.scores(view, some), strict=True):
                    assert (tagger._table[0][k], 1.0 / (1.0 + math.exp(-top))) == tagger.best(view, i), (view.words[i], i)
            for i in alpha:
                fired.update(f for f in token_features(view, i) if f.startswith(("mention", "headline", "topic")))
                tokens += 1
    assert tokens > 5000
    assert {"mention_left=True", "mention_right=False", "headline=True", "headline=False"} <= fired and any(f.startswith("topic=") for f in fired)


def test_scores_add_in_best_order_to_the_last_bit():
    """Weights whose sum depends on the order of the additions (1e16 + 1 - 1e16): ``scores``
    must add them in ``best``'s order, feature template by template, from the bias."""
    weights = {"w=serang": {"A": 1e16}, "stem=serang": {"A": 1.0}, "pos=VERB": {"A": -1e16, "B": 0.5}, "next=</s>": {"B": 0.25}}
    tagger = TriggerTagger(weights=weights, bias={"A": 0.0, "B": 0.0}, threshold=0.5, version="t")
    (view,) = sentence_views("mereka serang", [(0, 13)], None, [])
    view.pos = ["PRON", "VERB"]
    (k,), (top,) = tagger.scores(view, [1])
    assert tagger.best(view, 1) == ("B", 1.0 / (1.0 + math.exp(-0.75)))
    assert (tagger._table[0][k], top) == ("B", 0.75)  # 1e16 + 1.0 - 1e16 is 0.0 in this order, not 1.0


def test_prepared_document_tags_as_each_sentence_alone():
    """``prepare`` (a document's sentences scored at once, as the events stage does) gives
    ``tag`` exactly what scoring each sentence alone gives, with tokens skipped; a view it did
    not prepare is scored alone; the tagger keeps nothing between calls (it is shared)."""
    tagger = load_tagger()
    pos = itertools.cycle(POS)
    tagged = 0
    for line in FIXTURE.read_text("utf-8").splitlines()[:12]:
        text = json.loads(line)["text"]
        sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)]
        views = sentence_views(text, sentences, None, [])
        for view in views:
            view.pos = [next(pos) for _ in view.words]
        alone = [tagger.tag(view, 0.05, {1, 4}) for view in views]
        prepared = tagger.prepare(views[1:])
        assert [tagger.tag(view, 0.05, {1, 4}, prepared) for view in views] == alone
        assert len(prepared) == len(views) - 1 and views[0] not in [p[0] for p in prepared.values()]
        assert [tagger.tag(view, 0.05, {1, 4}, tagger.prepare(views)) for view in views] == alone
        assert "_prepared" not in vars(tagger)
        tagged += sum(map(len, alone))
    assert tagged > 10  # 20 with the tagger trained on the 64-wide NLP model (session 21), 21+ before


def test_scores_reads_every_template_the_weights_have():
    """A template ``scores`` does not lay out would be left out of its sums silently: every
    feature of the shipped weights is a template it reads, or a document (topic) feature."""
    from warta.events.tagger import _TEMPLATE_NAMES

    names = {f.partition("=")[0] for f in load_tagger().weights}
    assert names - set(_TEMPLATE_NAMES) <= {"topic"}, names - set(_TEMPLATE_NAMES)
    (view,) = sentence_views("polisi menangkap pelaku", [(0, 23)], None, [])
    view.pos = ["NOUN", "VERB", "NOUN"]
    assert [f.partition("=")[0] for f in token_features(view, 1)] == list(_TEMPLATE_NAMES)  # and in this order
