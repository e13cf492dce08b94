"""The event reranker (warta.events.rerank): the events step scores each proposed event exactly
as training did, from the shipped JSON, and needs no learning library to do it."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from warta.evaluate.events import as_prediction, load_gold, through_actors
from warta.events.propose import SentenceProposer
from warta.events.rerank import Proposed, SentenceTypes, features, load_reranker, proposed
from warta.events.stage import Events

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "fixtures" / "events" / "real-dev.jsonl"
sys.path.insert(0, str(ROOT / "training" / "events"))

MARKS = ("pos=", "in_name", "in_mention", "title=")  # the features trigger_marks gives


def nlp_vector_width() -> int:
    """The width of the shipped NLP model's token vectors (its shared tok2vec's: 96 until session 21, 64 since)."""
    from spacy.util import load_config

    from warta.nlp.model import MODEL_DIR

    return int(load_config(MODEL_DIR / "config.cfg")["components"]["tok2vec"]["model"]["encode"]["width"])


@pytest.fixture(scope="module")
def dev_docs():
    gold = load_gold(DEV)  # all 59: every kind of trigger mark occurs in them (on the first 12 only pos= and title=run|head did)
    return gold, through_actors(gold)


def test_the_events_step_scores_as_training_did(dev_docs):
    """Training's reading of the proposals (train_gate.proposals, from the saved predictions at
    the lowest floors) and the events step's (rerank_events, from the Event objects) give the
    same features, hence each kept event the confidence the JSON weights give those features."""
    train_gate = pytest.importorskip("train_gate")
    reranker = load_reranker()
    assert reranker is not None
    gold, docs = dev_docs
    proposer = SentenceProposer(reranker.sentence_types, reranker.sentence_floor) if reranker.sentence_floor is not None else None
    lowest = train_gate.lowest_floor_predictions(docs, proposer=proposer)  # as training codes dev, the sentence proposer's events too
    rows = train_gate.proposals(gold, docs, lowest, [reranker.sentence_types] * len(docs), [reranker.dense_types] * len(docs))
    expected = {(r.doc, r.record["trigger"]["start"], r.record["type"]): round(reranker.probability(r.features), 3) for r in rows}
    # every proposal the reranker scored, before the beside rule (warta.events.beside) and the one-per-type rule
    # (warta.events.sametype) drop any
    coded = Events(min_confidence=0.0, beside=False, one_per_type=False)(through_actors(gold))
    n = 0
    for k, d in enumerate(coded):
        for r in as_prediction(d)[1]:
            assert " rerank:rerank1" in r["extractor"], r["extractor"]
            assert r["confidence"] == expected[(k, r["trigger"]["start"], r["type"])], r
            n += 1
    assert n == len(rows) and n > 20
    assert any(r.features["sentence_type"] > 0 for r in rows) and any(r.features["sentence_type"] < 0 for r in rows)
    assert all("sentence_type_dense" in r.features for r in rows) and len({r.features["sentence_type_dense"] for r in rows}) > 10
    shipped = Events()(through_actors(gold))
    assert all(e.confidence >= reranker.threshold for d in shipped for e in d.annotations.events)
    # the trigger marks (trigger_marks): training reads them from gold offsets, the events step from its own
    trained = {(r.doc, r.record["trigger"]["start"], r.record["type"]): {f for f in r.features if f.startswith(MARKS)} for r in rows}
    marked = 0
    kinds: set[str] = set()
    for k, d in enumerate(coded):
        read = proposed(d.annotations.events, d.annotations.sentences, d.annotations.spacy, False, d.annotations.mentions)
        for r, p in zip(as_prediction(d)[1], read):
            key = (k, r["trigger"]["start"], r["type"])
            assert {f for f in features([p], len(d.annotations.sentences), reranker.sentence_types)[0] if f.startswith(MARKS)} == trained[key], key
            marked += bool(p.marks)
            kinds.update(m.split("=")[0] if not m.startswith("title=") else m for m in p.marks)
    assert marked == n
    # every kind of mark was compared, not only the part of speech every token has
    assert {"pos", "in_name", "in_mention"} <= kinds and any(k.endswith("|body") for k in kinds) and any(k.endswith("|head") for k in kinds), kinds


def test_the_sentence_proposers_events_score_as_training_read_them(dev_docs, tmp_path):
    """With a rerank.json that gives a sentence_floor (train_gate.py --sentence-floor), the events
    step proposes from the sentence (warta.events.propose) as training's lowest-floor predictions
    do, and the reranker reads those events (src=sentence) as training read them; off with
    propose=False. A type is proposed only where no word of the sentence proposed it."""
    train_gate = pytest.importorskip("train_gate")
    reranker = load_reranker()
    assert reranker is not None
    data = ROOT / "src" / "warta" / "data" / "events"
    for name in ("gate", "tagger", "roles"):
        (tmp_path / f"{name}.json").write_text((data / f"{name}.json").read_text("utf-8"), encoding="utf-8")
    raw = json.loads((data / "rerank.json").read_text("utf-8"))
    (tmp_path / "rerank.json").write_text(json.dumps({**raw, "sentence_floor": 0.2}), encoding="utf-8")
    gold, docs = dev_docs
    lowest = train_gate.lowest_floor_predictions(docs, proposer=SentenceProposer(reranker.sentence_types, 0.2))
    rows = train_gate.proposals(gold, docs, lowest, [reranker.sentence_types] * len(docs), [reranker.dense_types] * len(docs))
    expected = {(r.doc, r.record["trigger"]["start"], r.record["type"]): round(reranker.probability(r.features), 3) for r in rows}
    assert sum(r.features.get("src=sentence", 0) for r in rows) > 5 and all("logit|sentence" in r.features for r in rows if "src=sentence" in r.features)
    coded = Events(min_confidence=0.0, models=str(tmp_path), beside=False, one_per_type=False)(through_actors(gold))
    n = proposed_here = 0
    for k, d in enumerate(coded):
        records = as_prediction(d)[1]
        for r in records:
            assert r["confidence"] == expected[(k, r["trigger"]["start"], r["type"])], r
            n += 1
            if " sentence:" in r["extractor"]:
                proposed_here += 1
                words = [o for o in records if o["sentence"] == r["sentence"] and " sentence:" not in o["extractor"]]
                assert r["type"] not in {o["type"] for o in words}, r
    assert n == len(rows) and proposed_here > 5
    off = Events(min_confidence=0.0, models=str(tmp_path), propose=False)(through_actors(gold))
    assert not any(" sentence:" in e.extractor for d in off for e in d.annotations.events)


def test_json_scoring_equals_scikit_learn(dev_docs):
    """A reranker fitted with scikit-learn and written as rerank.json scores as predict_proba does."""
    train_gate = pytest.importorskip("train_gate")
    from sklearn.feature_extraction import DictVectorizer

    reranker = load_reranker()
    assert reranker is not None
    gold, docs = dev_docs
    rows = train_gate.proposals(gold, docs, train_gate.lowest_floor_predictions(docs), [reranker.sentence_types] * len(docs),
                                [reranker.dense_types] * len(docs))  # fmt: skip
    vec = DictVectorizer()
    X = vec.fit_transform([r.features for r in rows]).tocsr()
    X.indices, X.indptr = X.indices.astype(np.int32), X.indptr.astype(np.int32)
    model = train_gate._fit_rerank(X, np.array([r.label for r in rows]), 1.0)
    raw = train_gate.rerank_json(vec, model)
    fitted = type(reranker)(weights=raw["weights"], bias=raw["bias"], threshold=0.5, tagger_floor=0.1, version="t", sentence_types=reranker.sentence_types)
    for r, p in zip(rows, model.predict_proba(X)[:, 1]):
        assert abs(fitted.probability(r.features) - p) < 1e-3


def test_sentence_types_read_the_whole_sentence():
    types = SentenceTypes(weights={"s=tangkap": {"COERCE": 3.0}, "w=polisi": {"COERCE": 1.0, "ASSAULT": 0.5}}, bias={"COERCE": -2.0, "ASSAULT": -2.0})
    z = types.logits("Polisi menangkap dua pelaku, polisi juga menangkap sopirnya.")
    assert z == {"COERCE": 2.0, "ASSAULT": -1.5}  # each word counts once, stems too
    assert types.logits("")["COERCE"] == -2.0
    assert SentenceTypes(weights={"w=a": {"AID": 100.0}}, bias={"AID": 0.0}).logits("a")["AID"] == 7.0  # clipped


def test_loads_and_scores_without_scikit_learn():
    code = (
        "import sys; sys.modules['sklearn'] = None\n"
        "from warta.events.rerank import load_reranker, features, Proposed\n"
        "r = load_reranker()\n"
        "e = Proposed('COERCE', False, 0.6, 1, 'Polisi menangkap dua pelaku di Surabaya.', 8, 'asserted')\n"
        "p = r.probability(features([e], 5, r.sentence_types, ('topic=3',))[0])\n"
        "assert 0 < p < 1\n"
        "print(p)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert 0 < float(done.stdout) < 1


def test_shipped_reranker_is_small_and_versioned():
    raw = json.loads((ROOT / "src" / "warta" / "data" / "events" / "rerank.json").read_text("utf-8"))
    assert raw["version"] == "rerank1" and 0 < raw["threshold"] < 1 and raw["tagger_floor"] == 0.1
    assert sum(len(v) for v in raw["sentence_types"]["weights"].values()) < 20_000
    dense = raw["dense_sentence_types"]
    assert dense["weights"] and all(len(w) == nlp_vector_width() for w in dense["weights"].values()) and set(dense["bias"]) == set(dense["weights"])
    assert "sentence_type_dense" in raw["weights"]
    assert all(math.isfinite(w) for w in raw["weights"].values())


def test_proposed_reads_its_sentence_index():
    from warta.events.event import Event, Span

    e = Event("e1", Span(10, 30, "Polisi menangkap dia."), "COERCE", Span(17, 26, "menangkap"), "asserted", 0.5, "warta-events/1 tagger:active")
    (p,) = proposed([e], [(0, 10), (10, 30)])
    assert p == Proposed("COERCE", True, 0.5, 1, "Polisi menangkap dia.", 17, "asserted")


def test_without_the_reranker_min_confidence_leaves_the_taggers_floor_alone(dev_docs):
    """rerank=False is the stage as it was before the reranker: with the gate on, min_confidence is
    the gate's floor and a tagged event stays from tagger_floor (review finding, session 16)."""
    gold, _ = dev_docs
    low = Events(min_confidence=0.5, tagger_floor=0.2, rerank=False)(through_actors(gold))
    tagged = [e.confidence for d in low for e in d.annotations.events if " tagger:" in e.extractor]
    assert any(0.2 <= c < 0.5 for c in tagged)  # kept, though under min_confidence
    lexicon = [e.confidence for d in low for e in d.annotations.events if " tagger:" not in e.extractor]
    assert lexicon and min(lexicon) >= 0.5


def test_a_higher_tagger_floor_narrows_the_rerankers_proposals(dev_docs):
    """With the reranker on, tagger_floor is honoured when it is above the reranker's own."""
    gold, _ = dev_docs
    wide = Events(min_confidence=0.0)(through_actors(gold))
    narrow = Events(min_confidence=0.0, tagger_floor=0.95)(through_actors(gold))
    tagged = lambda docs: sum(" tagger:" in e.extractor for d in docs for e in d.annotations.events)  # noqa: E731
    assert tagged(narrow) < tagged(wide)
    assert tagged(wide) == tagged(Events(min_confidence=0.0, tagger_floor=0.05)(through_actors(gold)))  # never under the reranker's 0.1


def test_sentence_logits_add_the_weights_of_sentence_features_in_order():
    """``SentenceTypes.logits`` reads the weights by stem and by word (session 17, speed): the same
    floats as adding the weights of ``sentence_features`` one by one, on every sentence of dev."""
    from warta.events.rerank import SENTENCE_LOGIT, sentence_features

    reranker = load_reranker()
    assert reranker is not None
    types = reranker.sentence_types
    n = 0
    for line in DEV.read_text("utf-8").splitlines():
        for sentence in json.loads(line)["text"].split("."):
            z = dict(types.bias)
            for f in sentence_features(sentence):
                for type_, w in types.weights.get(f, {}).items():
                    z[type_] += w
            assert types.logits(sentence) == {t: max(-SENTENCE_LOGIT, min(SENTENCE_LOGIT, v)) for t, v in z.items()}
            n += 1
    assert n > 500


def test_dense_sentence_types_read_the_mean_token_vector():
    """The dense sentence model: one logistic regression per type over the mean of the tok2vec
    vectors of the tokens starting in the sentence (session 18); none without vectors."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from warta.events.rerank import SENTENCE_LOGIT, DenseSentenceTypes, sentence_vectors

    sdoc = Doc(Vocab(), words=["Polisi", "menangkap", "dia", ".", "Ia", "diam", "."])
    sdoc.tensor = np.arange(14, dtype=np.float32).reshape(7, 2)
    first, second = sdoc[0:4], sdoc[4:7]
    sentences = [(first.start_char, first.end_char), (second.start_char, second.end_char)]
    vectors = sentence_vectors(sdoc, sentences, [1, 0, 1])
    assert sorted(vectors) == [0, 1]
    assert vectors[0].tolist() == [3.0, 4.0] and vectors[1].tolist() == [10.0, 11.0]
    dense = DenseSentenceTypes(weights={"COERCE": [1.0, -0.5], "AID": [100.0, 0.0]}, bias={"COERCE": 0.25, "AID": 0.0})
    assert dense.logits(vectors[0]) == {"AID": SENTENCE_LOGIT, "COERCE": 1.25}  # 3 - 2 + 0.25; AID clipped
    assert dense.logits(None) == {}
    assert sentence_vectors(Doc(Vocab(), words=["a"]), [(0, 1)], [0]) == {0: None}  # no tensor: no vectors
    with pytest.raises(ValueError, match="2 dimensions"):  # weights of another tok2vec: a clear error, not noise
        dense.logits(np.zeros(3))


def test_a_sentence_without_vectors_reads_as_holding_no_event_of_the_type():
    """Where the Doc has no vectors the dense feature is the floor a type the model lacks gets,
    not left out (a missing feature would count as log-odds 0, far above every type's bias)."""
    from warta.events.rerank import SENTENCE_LOGIT, DenseSentenceTypes, features

    dense = DenseSentenceTypes(weights={"COERCE": [1.0, 0.0]}, bias={"COERCE": 0.0})
    types = SentenceTypes(weights={}, bias={})
    proposal = Proposed(sentence=0, type="COERCE", confidence=0.6, tagged=False, sentence_text="Polisi menangkap dia.", trigger_start=7,
                        modality="asserted")  # fmt: skip
    (with_vector,) = features([Proposed(**{**proposal.__dict__, "sentence_vector": np.array([2.0, 5.0])})], 1, types, dense=dense)
    (without,) = features([proposal], 1, types, dense=dense)
    assert with_vector["sentence_type_dense"] == 2.0 and without["sentence_type_dense"] == -SENTENCE_LOGIT
    assert "sentence_type_dense" not in features([proposal], 1, types)[0]  # no dense model: no feature


def test_the_nlp_step_keeps_token_vectors_of_long_documents(monkeypatch):
    """A document the NLP step reads in pieces is joined into one Doc with its token vectors
    (Doc.from_docs with its default ``exclude`` joins them), so the reranker's dense sentence model
    reads them too."""
    import warta.nlp.stage as nlp_stage
    from warta.records import Document

    monkeypatch.setattr(nlp_stage, "WINDOW_CHARS", 200)
    text = "Polisi menangkap dua pelaku pencurian di Medan.\n" * 12
    d = Document(doc_id="x", content_hash="x", source_file="t", position="", source_format="txt", raw_text=text, language="id")
    d.text = text
    (d,) = nlp_stage.Nlp()([d])
    sdoc = d.annotations.spacy
    assert sdoc.text == text and sdoc.tensor.shape == (len(sdoc), nlp_vector_width())
    pieces = nlp_stage._windows(text)
    assert len(pieces) > 1
    a, b = pieces[-1]
    (last,) = nlp_stage.Nlp()([Document(doc_id="y", content_hash="y", source_file="t", position="", source_format="txt", raw_text=text[a:b],
                                        language="id", text=text[a:b])])  # fmt: skip
    n = len(last.annotations.spacy)
    assert np.allclose(sdoc.tensor[-n:], last.annotations.spacy.tensor, atol=1e-4)  # the last piece's vectors, in place


def _doc(words: list[str], pos: list[str], ents: list[str], sent_starts: list[bool] | None = None):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, pos=pos, ents=ents, sent_starts=sent_starts)


TRIGGER_MARKS = [  # (words, POS, names (IOB), trigger token, first in its sentence, headline, marks)
    ("Forum Rakyat Tolak Korupsi berdemo .".split(), ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
     ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"], 2, False, False, ("pos=PROPN", "in_name=ORG", "title=run|body")),
    ("Polisi menangkap dua pelaku .".split(), ["NOUN", "VERB", "NUM", "NOUN", "PUNCT"], ["O"] * 5, 1, False, False, ("pos=VERB",)),
    ("Polisi Tangkap Dua Pelaku".split(), ["NOUN", "VERB", "NUM", "NOUN"], ["O"] * 4, 1, False, True, ("pos=VERB", "title=run|head")),
    ("Tolak revisi , mereka berdemo .".split(), ["VERB", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT"], ["O"] * 6, 0, True, False, ("pos=VERB",)),
    ("Mereka menggelar Demo di Jakarta .".split(), ["PRON", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"], ["O"] * 4 + ["B-LOC", "O"], 2, False, False,
     ("pos=NOUN", "title=word|body")),
]  # fmt: skip


@pytest.mark.parametrize(("words", "pos", "ents", "i", "first", "head", "marks"), TRIGGER_MARKS)
def test_trigger_marks_say_what_the_trigger_word_is(words, pos, ents, i, first, head, marks):
    """A trigger inside a name ("Forum Rakyat Tolak Korupsi"), capitalised inside a sentence (a
    Title-Case run, told apart in the headline), or neither: features the reranker weighs."""
    from warta.events.rerank import trigger_marks

    assert trigger_marks(_doc(words, pos, ents), i, first, head) == marks


def test_trigger_marks_read_actor_mentions():
    from types import SimpleNamespace

    from warta.events.rerank import MentionCover, trigger_marks

    doc = _doc("Gerakan Anti Korupsi mendesak KPK .".split(), ["PROPN"] * 3 + ["VERB", "PROPN", "PUNCT"], ["O"] * 6)
    cover = MentionCover([SimpleNamespace(start=0, end=len("Gerakan Anti Korupsi"))])
    assert "in_mention" in trigger_marks(doc, 1, False, False, cover(doc[1].idx))
    assert "in_mention" not in trigger_marks(doc, 3, False, False, cover(doc[3].idx))


@pytest.mark.parametrize(
    ("spans", "at", "inside"),
    [
        ([(0, 10)], 0, True),
        ([(0, 10)], 10, False),
        ([(0, 30), (5, 8)], 20, True),  # inside the outer of two nested mentions, past the inner
        ([(5, 8), (20, 25)], 12, False),
        ([], 3, False),
    ],
)
def test_mention_cover_is_any_mention_holding_the_offset(spans, at, inside):
    from types import SimpleNamespace

    from warta.events.rerank import MentionCover

    mentions = [SimpleNamespace(start=a, end=b) for a, b in spans]
    assert MentionCover(mentions)(at) is inside is any(m.start <= at < m.end for m in mentions)


def test_a_title_taken_apart_leaves_no_headline():
    """With the title apart (ingest, extract), the text's first sentence is the lead: its
    Title-Case runs are read as the body's; the gold's texts open with the headline."""
    from warta.evaluate.events import through_actors
    from warta.events.rerank import proposed
    from warta.events.stage import Events

    doc = through_actors([{"id": "d", "text": "Polisi Tangkap Dua Pencuri Motor di Jakarta\nPolisi menangkap dua pencuri di Jakarta."}])[0]
    events = Events(gate=False, tagger=False, roles=False)([doc])[0].annotations.events
    read = {h: [p.marks for p in proposed(events, doc.annotations.sentences, doc.annotations.spacy, False, doc.annotations.mentions, h)]
            for h in (True, False)}  # fmt: skip
    assert read[True] == [("pos=PROPN", "title=run|head"), ("pos=VERB",)]
    assert read[False] == [("pos=PROPN", "title=run|body"), ("pos=VERB",)]


def test_reranker_reads_the_marks_with_their_source():
    from warta.events.rerank import features

    types = SentenceTypes(weights={}, bias={"COERCE": 0.0})
    e = Proposed("COERCE", True, 0.6, 0, "Forum Rakyat Tolak Korupsi.", 13, "asserted", marks=("in_name=ORG",))
    (f,) = features([e], 1, types)
    assert f["in_name=ORG"] == 1.0 and f["in_name=ORG|tagger"] == 1.0
