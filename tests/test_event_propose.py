"""The sentence proposer (warta.events.propose, session 20): a type the whole sentence holds,
proposed where neither the lexicon nor the tagger proposed one, at the tagger's best free word."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

from warta.events.coder import code_sentence
from warta.events.lexicon import load_lexicon
from warta.events.propose import SentenceProposer
from warta.events.rerank import Proposed, SentenceTypes, features, is_proposed_by_sentence, load_reranker, source_of
from warta.events.tagger import load_tagger
from warta.events.view import sentence_views

FIXTURE = Path(__file__).parent / "fixtures" / "events" / "real-dev.jsonl"
POS = ("NOUN", "VERB", "PROPN", "ADP", "ADJ", "PRON", "X", "ADV", "NUM")
TYPES = SentenceTypes(weights={"s=bekuk": {"COERCE": 6.0}, "w=polisi": {"COERCE": 1.0, "ASSAULT": 0.5}},
                      bias={"COERCE": -3.0, "ASSAULT": -3.0})  # fmt: skip


def test_wanted_gives_the_types_over_the_floor_the_sentence_lacks():
    proposer = SentenceProposer(TYPES, 0.1)
    ((t, p),) = proposer.wanted("Polisi membekuk dua pelaku.", set())
    assert t == "COERCE" and math.isclose(p, 1 / (1 + math.exp(-4.0)))
    assert proposer.wanted("Polisi membekuk dua pelaku.", {"COERCE"}) == []  # already proposed
    assert proposer.wanted("Dua pelaku makan.", set()) == []  # under the floor
    assert [t for t, _ in SentenceProposer(TYPES, 0.0).wanted("Polisi membekuk dua pelaku.", set())] == ["COERCE", "ASSAULT"]  # likeliest first


def test_type_logits_are_the_sums_best_takes_the_maximum_of():
    tagger = load_tagger()
    docs = [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines()[:10]]
    pos = itertools.cycle(POS)
    n = 0
    for d in docs:
        for view in sentence_views(d["text"], [(0, len(d["text"]))], None, []):
            view.pos = [next(pos) for _ in view.words]
            tokens, types, z = tagger.type_logits(view)
            assert z.shape == (len(tokens), len(types))
            for row, i in zip(z, tokens):
                type_, p = tagger.best(view, i)
                assert types[int(row.argmax())] == type_ and math.isclose(1 / (1 + math.exp(-row.max())), p, rel_tol=1e-9)
                n += 1
    assert n > 1000


def test_the_coder_proposes_at_the_taggers_best_free_word():
    text = "Dua pelaku pencurian dibekuk polisi di rumahnya."
    (view,) = sentence_views(text, [(0, len(text))], None, [])
    view.pos = ["NUM", "NOUN", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"]
    lex, tagger = load_lexicon(), load_tagger()
    plain = code_sentence(view, text, [], lex, "d", 2020, tagger, 1.01, lexicon=False)
    assert plain == []  # neither the lexicon (off) nor the tagger (floor over 1) proposes
    (e,) = code_sentence(view, text, [], lex, "d", 2020, tagger, 1.01, lexicon=False, proposer=SentenceProposer(TYPES, 0.5))
    assert e.type == "COERCE" and e.trigger.text == "dibekuk" and " sentence:passive" in e.extractor
    # its confidence: the mean of the sentence model's log-odds (4.0) and the tagger's for "dibekuk" as COERCE
    tokens, types, z = tagger.type_logits(view)
    word = float(z[tokens.index(3), types.index("COERCE")])
    assert e.confidence == round(1 / (1 + math.exp(-(4.0 + word) / 2)), 3)
    assert e.confidence == round(SentenceProposer(TYPES, 0.5).confidence(1 / (1 + math.exp(-4.0)), word), 3)
    assert is_proposed_by_sentence(e.extractor) and source_of(e.extractor) == "sentence"
    # a type the lexicon already proposed in the sentence is not proposed again
    again = code_sentence(view, text, [], lex, "d", 2020, tagger, 1.01, lexicon=True, proposer=SentenceProposer(TYPES, 0.5))
    assert [x.type for x in again].count("COERCE") == 1


def test_the_reranker_reads_the_sentence_source():
    e = Proposed("COERCE", False, 0.6, 0, "Polisi membekuk dua pelaku.", 7, "asserted", source="sentence")
    f = features([e], 3, TYPES)[0]
    assert f["src=sentence"] == 1.0 and "logit|sentence" in f and "type=COERCE|sentence" in f
    plain = features([Proposed("COERCE", False, 0.6, 0, "Polisi membekuk dua pelaku.", 7, "asserted")], 3, TYPES)[0]
    assert plain["src=lexicon"] == 1.0  # no source: the lexicon's, as before


def test_the_shipped_reranker_does_not_propose_from_the_sentence():
    """Session 20 measured the proposer and did not ship it (docs/events.md, "Session 20
    (proposals)"): the shipped rerank.json gives no sentence_floor, so the events step proposes
    only the lexicon's and the tagger's words."""
    reranker = load_reranker()
    assert reranker is not None and reranker.sentence_floor is None
    assert not any(k.endswith("|sentence") for k in reranker.weights)
