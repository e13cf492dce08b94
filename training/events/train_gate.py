#!/usr/bin/env python
"""Train the event stage's learned parts on real-news train; choose their floors on real-news dev.

    .venv/bin/python training/events/train_gate.py          # writes src/warta/data/events/{gate,tagger}.json
    .venv/bin/python training/events/train_gate.py --check  # retrains and compares with the shipped files

- **gate** (warta.events.gate): the pipeline runs with the lexicon only; a candidate is positive
  when the gold has an event of its type in its sentence (the event scorer's match). Logistic
  regression (scikit-learn, liblinear, L2), C chosen by 5-fold cross-validation over train
  documents (log loss).
- **tagger** (warta.events.tagger): every token of train, labelled with the type of the gold
  trigger it lies in (light verbs such as "melakukan" left out). One-vs-rest L1 logistic
  regressions, C = 1.0 (what cross-validation chose in every run so far; `--tagger-grid` chooses
  it again, the same way, at about three times the run time).
- **reranker** (warta.events.rerank, data/events/rerank.json): a second look at every event
  the gate (from 0) and the tagger (from 0.1) propose, with the sentence and the article in view:
  the gate's or tagger's logit, the sentence-types model's log-odds that the sentence holds an
  event of the candidate's type (one L1 logistic regression per type over the sentence's words
  and stems, trained on every train sentence; per fold for the training rows), the same read
  from the sentence's mean tok2vec vector (one L2 logistic regression per type), the other
  events of the sentence, the sentence's place, the article's density and topic. One L2 logistic
  regression trained on the train out-of-fold proposals (C by 5-fold cross-validation over
  documents); its floor chosen on its own out-of-fold probabilities + dev, as below. Reported
  against the gate and tagger at their floors on train out of fold and dev (`detector`).
  `--sentence-floor P` adds the sentence proposer's events (warta.events.propose: each fold's
  own sentence-types model proposes in its held-out documents) to what the reranker is trained
  on and writes `sentence_floor` into rerank.json, which turns the proposer on in the events
  step (off by default: measured in docs/events.md "Session 20 (proposals)", not shipped).
- **floors**: the gate's and the tagger's probability floors with the best event F1 over train
  (out-of-fold predictions: each fold's documents coded by models trained on the other four)
  and dev together, searched over a grid; dev alone gives the comparison lexicon only / tagger
  only / combined, the precision-recall curve and the reliability table. The test split is
  not read.
Writes the report (training/events/gate-report.json) that docs/events.md quotes.

    .venv/bin/python training/events/train_gate.py --train-fraction 0.25 0.5 1  # the learning curve

- **learning curve** (``--train-fraction``): in each of the 5 folds the gate, tagger,
  sentence-types models and reranker are trained on only a fixed random share of that fold's
  training documents (``fraction_sets``); the held-out fold and the out-of-fold scoring of all
  train documents are unchanged, so the figures compare across fractions. Writes only its
  report (``--fraction-report``); no model file, dev not read.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from joblib import Parallel, delayed
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
from warta.evaluate.events import EventScores, as_prediction, gold_holds, load_gold, raw_span, real_news_set, score, through_actors  # noqa: E402
from warta.events.gate import document_features  # noqa: E402
from warta.events.lexicon import load_lexicon  # noqa: E402
from warta.events.propose import SentenceProposer  # noqa: E402
from warta.events.rerank import (  # noqa: E402
    DenseSentenceTypes,
    MentionCover,
    Proposed,
    Reranker,
    SentenceTypes,
    is_proposed_by_sentence,
    is_tagged,
    sentence_features,
    sentence_index,
    sentence_vectors,
    source_of,
    trigger_marks,
)
from warta.events.rerank import features as rerank_features  # noqa: E402
from warta.events.stage import Events  # noqa: E402
from warta.events.tagger import token_features  # noqa: E402
from warta.events.topic import load_topic  # noqa: E402
from warta.events.view import sentence_views  # noqa: E402
from warta.records import Document  # noqa: E402

DATA = ROOT / "src" / "warta" / "data" / "events"
REPORT = Path(__file__).with_name("gate-report.json")
CURVE_REPORT = Path(__file__).with_name("learning-curve.json")
VERSION = "1"
CS = (0.03, 0.1, 0.3, 1.0, 3.0)
TAGGER_CS = (1.0,)  # the tagger's L1 fits are most of the run; the grid below chose 1.0 in every run so far (549 to 2,619 events)
TAGGER_CS_GRID = (0.3, 1.0, 3.0)  # --tagger-grid: choose C again by cross-validation (about 3x the run time)
SEED = 0  # liblinear shuffles the data: a fixed seed makes a rerun give the shipped weights
MAX_ITER = 1000
TAGGER_MAX_ITER = 100  # the tagger's L1 fits: on the 64-wide NLP model's features liblinear's SANCTION fit reaches its optimum by ~60
# iterations (objective 377.5253 at 60 and at 100) but never meets its stopping tolerance, so 1,000 took ~20 CPU-minutes a fit;
# the other full-train fits on it, and the fits on the 96-wide model, stopped by themselves within 30 (docs/events.md, session 21)
JOBS = 2  # fits run in parallel processes (--jobs); liblinear's fixed seed makes the result independent of it
GATE_FLOORS = [round(0.05 * k, 2) for k in range(0, 15)]
RERANK_CS = (0.1, 0.3, 1.0, 3.0)
SENTENCE_C = 1.0  # the sentence-types model's L1 C (train out of fold event F1 at 0.5, 1, 3: see docs/events.md, session 16)
DENSE_C = 0.1  # the dense sentence-types model's L2 C (docs/events.md, session 18)
DENSE_MIN_SENTENCES = 10  # a type gets a dense sentence model when this many train sentences hold it
RERANK_FLOORS = [round(0.025 * k, 3) for k in range(4, 30)]
SENTENCE_FLOOR: float | None = None  # --sentence-floor: the sentence proposer's floor (warta.events.propose); None: off, as shipped (docs/events.md, session 20)
TAGGER_FLOORS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 1.01]  # 1.01: tagger off


@dataclass
class Candidate:
    doc: int  # index of its gold document
    features: list[str]
    label: bool


def gate_candidates(gold_docs: list[dict], docs: list[Document]) -> list[Candidate]:
    """Every lexicon candidate with its features and whether the gold holds it."""
    # the gate reads the clause rules' roles; synopses too, which the shipped step never codes
    # (warta.fiction): their candidates stay negatives the gate learns from
    docs = Events(gate=False, tagger=False, roles=False, fiction=False)(docs)
    topic = load_topic()
    out = []
    for k, (g, d) in enumerate(zip(gold_docs, docs)):
        sentences, predicted = as_prediction(d)
        context = (topic.feature(d.text or ""),)
        for features, r in zip(document_features(d.annotations.events, d.text or "", context), predicted):
            assert features is not None  # every event is the lexicon's here
            out.append(Candidate(k, features, gold_holds(g, sentences, r)))
    return out


def tagger_tokens(gold_docs: list[dict], docs: list[Document]) -> list[tuple[int, list[str], str]]:
    """(document, features, label) for every token: the type of the gold trigger it lies in, or O."""
    light = load_lexicon().light_verbs
    topic = load_topic()
    out = []
    for k, (g, d) in enumerate(zip(gold_docs, docs)):
        text = d.text or ""
        context = (topic.feature(text),)
        for view in sentence_views(text, d.annotations.sentences, d.annotations.spacy, d.annotations.mentions, context):
            for i in range(len(view.words)):
                a, b = raw_span(d, view.starts[i], view.ends[i])
                label = next((ge["type"] for ge in g["events"] if ge["trigger"]["start"] < b and a < ge["trigger"]["end"]), "O")
                if label != "O" and light.at(view.words, i) and ge_longer(g, a, b):
                    label = "O"  # "melakukan pemukulan": the event is the noun
                out.append((k, token_features(view, i), label))
    return out


def ge_longer(g: dict, a: int, b: int) -> bool:
    """The gold trigger holding [a, b) goes on past it (a light verb before its noun)."""
    return any(ge["trigger"]["start"] <= a and b < ge["trigger"]["end"] for ge in g["events"])


def _fit_one(X, y: np.ndarray, C: float, l1_ratio: float, max_iter: int = MAX_ITER) -> LogisticRegression:
    """One liblinear fit; a fit capped at ``TAGGER_MAX_ITER`` (the tagger's) warns of nothing:
    it is capped on purpose. Any other fit that does not converge warns."""
    with warnings.catch_warnings():
        if max_iter == TAGGER_MAX_ITER:
            warnings.filterwarnings("ignore", category=ConvergenceWarning)
        return LogisticRegression(C=C, solver="liblinear", l1_ratio=l1_ratio, random_state=SEED, max_iter=max_iter).fit(X, y)


def _fold_loss(X, Y: np.ndarray, a: np.ndarray, b: np.ndarray, j: int, C: float, l1_ratio: float, max_iter: int = MAX_ITER) -> float:
    m = _fit_one(X[a], Y[a, j], C, l1_ratio, max_iter)
    return float(log_loss(Y[b, j], m.predict_proba(X[b])[:, 1], labels=[False, True]))


def fit(X, Y: np.ndarray, groups, C_values, l1_ratio: float, max_iter: int = MAX_ITER) -> tuple[list[LogisticRegression], dict]:
    """One binary logistic regression per column of Y (one-vs-rest), with the C of lowest
    summed cross-validated log loss over documents. The fits are independent: they run in
    JOBS processes."""
    folds = list(GroupKFold(n_splits=5).split(X, Y[:, 0], groups)) if len(C_values) > 1 else []
    tasks = [(C, a, b, j) for C in C_values for a, b in folds for j in range(Y.shape[1]) if Y[a, j].any()]
    losses = Parallel(n_jobs=JOBS)(delayed(_fold_loss)(X, Y, a, b, j, C, l1_ratio, max_iter) for C, a, b, j in tasks)
    cv: dict[float, float] = {}
    for (C, *_), loss in zip(tasks, losses):
        cv[C] = cv.get(C, 0.0) + loss / len(folds)
    best = min(cv, key=lambda c: (cv[c], c)) if cv else C_values[0]
    models = Parallel(n_jobs=JOBS)(delayed(_fit_one)(X, Y[:, j], best, l1_ratio, max_iter) for j in range(Y.shape[1]))
    return models, {"cv_log_loss": {str(c): round(v, 4) for c, v in cv.items()}, "C": best}


def matrix(vec: DictVectorizer, rows: list[list[str]], fit_vocab: bool):
    dicts = [{f: 1 for f in r} for r in rows]
    X = (vec.fit_transform(dicts) if fit_vocab else vec.transform(dicts)).tocsr()
    X.indices, X.indptr = X.indices.astype(np.int32), X.indptr.astype(np.int32)  # liblinear takes 32-bit indices
    return X


def train_gate(cands: list[Candidate], C_values=CS) -> tuple[dict, dict]:
    vec = DictVectorizer()
    X = matrix(vec, [c.features for c in cands], True)
    y = np.array([c.label for c in cands])
    (model,), info = fit(X, y[:, None], np.array([c.doc for c in cands]), C_values, 0.0)
    weights = {str(n): round(float(w), 5) for n, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-5}
    gate = {"version": f"gate{VERSION}", "threshold": 0.5, "bias": round(float(model.intercept_[0]), 5), "weights": dict(sorted(weights.items()))}
    return gate, {**info, "candidates": len(cands), "positive": int(y.sum()), "features": len(weights)}


def tagger_design(tokens: list[tuple[int, list[str], str]]):
    """The tagger's training matrix: (vectorizer, X, one column of Y per type, the types)."""
    vec = DictVectorizer()
    X = matrix(vec, [t[1] for t in tokens], True)
    y = np.array([t[2] for t in tokens])
    types = sorted(set(y) - {"O"})
    return vec, X, np.stack([y == t for t in types], axis=1), types


def tagger_json(vec: DictVectorizer, types: list[str], models: list[LogisticRegression]) -> dict:
    names = vec.get_feature_names_out()
    weights: dict[str, dict[str, float]] = {}
    bias = {}
    for type_, model in zip(types, models):
        bias[type_] = round(float(model.intercept_[0]), 5)
        for j in np.flatnonzero(np.abs(model.coef_[0]) >= 1e-4):
            weights.setdefault(str(names[j]), {})[type_] = round(float(model.coef_[0][j]), 5)
    return {"version": f"tagger{VERSION}", "threshold": 0.5, "bias": bias, "weights": dict(sorted(weights.items()))}


def train_tagger(tokens: list[tuple[int, list[str], str]], C_values=TAGGER_CS) -> tuple[dict, dict]:
    vec, X, Y, types = tagger_design(tokens)
    models, info = fit(X, Y, np.array([t[0] for t in tokens]), C_values, 1.0, TAGGER_MAX_ITER)
    tagger = tagger_json(vec, types, models)
    return tagger, {**info, "tokens": len(tokens), "trigger_tokens": int(Y.any(axis=1).sum()), "types": types,
                    "features": sum(len(v) for v in tagger["weights"].values())}  # fmt: skip


def fold_taggers(tokens: list[tuple[int, list[str], str]], held: list[set[int]], C: float) -> list[dict]:
    """The tagger of every fold (trained without its held-out documents), all folds' fits in one
    pool, the most positive types first: a fold at a time left a process idle while one slow
    L1 fit ran. The same fits as ``train_tagger`` per fold, so the same weights."""
    designs = [tagger_design([t for t in tokens if t[0] not in out]) for out in held]
    tasks = sorted(((k, j) for k, (_, _, Y, _) in enumerate(designs) for j in range(Y.shape[1])),
                   key=lambda kj: -int(designs[kj[0]][2][:, kj[1]].sum()))  # fmt: skip
    fitted = Parallel(n_jobs=JOBS)(delayed(_fit_one)(designs[k][1], designs[k][2][:, j], C, 1.0, TAGGER_MAX_ITER) for k, j in tasks)
    by_task = dict(zip(tasks, fitted))
    return [tagger_json(vec, types, [by_task[(k, j)] for j in range(len(types))]) for k, (vec, _, _, types) in enumerate(designs)]


def dev_scores(gold_docs: list[dict], docs: list[Document], step: Events) -> EventScores:  # step: rerank=False for the gate's and tagger's own floors
    return score(gold_docs, [as_prediction(d) for d in step(docs)])


Predictions = list[tuple[list[tuple[int, int]], list[dict]]]


def lowest_floor_predictions(docs: list[Document], models: str | None = None, proposer: SentenceProposer | None = None) -> Predictions:
    """Every event the stage can emit (gate floor 0, the lowest tagger floor, and with a
    ``proposer`` the sentence proposer's): the events at any higher pair of floors are the
    gate's and tagger's of these, filtered by confidence (see ``at_floors``)."""
    step = Events(min_confidence=0.0, tagger_floor=TAGGER_FLOORS[0], models=models, rerank=False, proposer=proposer)
    return [as_prediction(d) for d in step(docs)]


def at_floors(predictions: Predictions, gate_floor: float, tagger_floor: float) -> Predictions:
    def kept(r: dict) -> bool:  # the sentence proposer's events are the reranker's alone
        return not is_proposed_by_sentence(r["extractor"]) and r["confidence"] >= (tagger_floor if is_tagged(r["extractor"]) else gate_floor)

    return [(sentences, [r for r in events if kept(r)]) for sentences, events in predictions]


def out_of_fold(train_gold: list[dict], train_docs: list[Document], cands: list[Candidate],
                tokens: list[tuple[int, list[str], str]], gate_C: float, tagger_C: float, folder: Path,
                left_out: list[set[int]] | None = None, proposers: list[SentenceProposer] | None = None) -> Predictions:  # fmt: skip
    """Predictions for every train document by a gate and tagger trained without its fold
    (5 folds over documents, the C chosen on all of train): 14 times dev's events to choose
    the floors on, where dev alone (84 events) moves F1 by 0.012 per event. ``left_out[k]``:
    the documents fold k's models are trained without (default: its held-out documents; the
    learning curve leaves out more); ``proposers[k]``: fold k's sentence proposer (its
    sentence-types model trained without the fold), if any."""
    out: Predictions = [([], [])] * len(train_docs)
    folds = document_folds(len(train_docs))
    if left_out is None:
        left_out = [set(held.tolist()) for held in folds]
    taggers = fold_taggers(tokens, left_out, tagger_C)
    for k, (held, tagger) in enumerate(zip(folds, taggers)):
        held_out = left_out[k]
        gate, _ = train_gate([c for c in cands if c.doc not in held_out], (gate_C,))
        fold_dir = folder / f"fold{k}"
        fold_dir.mkdir(parents=True, exist_ok=True)
        for name, model in (("gate", gate), ("tagger", tagger)):
            (fold_dir / f"{name}.json").write_text(json.dumps(model, ensure_ascii=False), encoding="utf-8")
        predicted = lowest_floor_predictions([train_docs[i] for i in held], str(fold_dir), proposers[k] if proposers else None)
        for i, p in zip(held, predicted):
            out[i] = p
    return out


@dataclass
class Proposal:
    doc: int  # index of its gold document
    features: dict[str, float]
    label: bool
    record: dict  # the event as predicted (gold offsets)


def document_folds(n: int) -> list[np.ndarray]:
    """The held-out documents of each of the 5 folds over train (the same folds for every
    out-of-fold model)."""
    return [held for _, held in GroupKFold(n_splits=5).split(np.zeros(n), groups=np.arange(n))]


def sentence_rows(gold_docs: list[dict], docs: list[Document]) -> list[tuple[int, list[str], set[str]]]:
    """(document, features, the types of the gold events it holds) for every sentence of train,
    as the events step splits and reads it."""
    out = []
    for k, (g, d) in enumerate(zip(gold_docs, docs)):
        text = d.text or ""
        for a, b in d.annotations.sentences:
            ra, rb = raw_span(d, a, b)
            out.append((k, sentence_features(text[a:b]), {ge["type"] for ge in g["events"] if ra <= ge["trigger"]["start"] < rb}))
    return out


def _fit_sentence_type(X, y: np.ndarray) -> LogisticRegression | None:
    if not y.any():  # a type none of a learning-curve fold's sentences holds: the model lacks it
        return None
    return LogisticRegression(C=SENTENCE_C, l1_ratio=1.0, solver="liblinear", random_state=SEED, max_iter=MAX_ITER).fit(X, y)


def train_sentence_types(rows: list[tuple[int, list[str], set[str]]], held: list[np.ndarray]) -> tuple[dict, list[dict]]:
    """The sentence-types model on every train sentence, and one per fold without its held-out
    documents (what the reranker's out-of-fold training rows read). L1: a few thousand weights."""
    types = sorted({t for *_, held_types in rows for t in held_types})
    docs = np.array([r[0] for r in rows])
    subsets = [np.arange(len(rows))] + [np.flatnonzero(~np.isin(docs, h)) for h in held]
    designs = []
    for idx in subsets:
        vec = DictVectorizer()
        X = matrix(vec, [rows[i][1] for i in idx], True)
        designs.append((vec, X, np.array([[t in rows[i][2] for t in types] for i in idx])))
    fitted = Parallel(n_jobs=JOBS)(delayed(_fit_sentence_type)(X, Y[:, j]) for _, X, Y in designs for j in range(len(types)))
    out = []
    for m, (vec, _, _) in enumerate(designs):
        names = vec.get_feature_names_out()
        weights: dict[str, dict[str, float]] = {}
        bias = {}
        for j, type_ in enumerate(types):
            model = fitted[m * len(types) + j]
            if model is None:
                continue
            bias[type_] = round(float(model.intercept_[0]), 5)
            for i in np.flatnonzero(np.abs(model.coef_[0]) >= 1e-4):
                weights.setdefault(str(names[i]), {})[type_] = round(float(model.coef_[0][i]), 5)
        out.append({"bias": bias, "weights": dict(sorted(weights.items()))})
    return out[0], out[1:]


def document_sentence_vectors(docs: list[Document]) -> list[dict[int, object]]:
    """Every sentence's mean tok2vec vector (``warta.events.rerank.sentence_vectors``), by document."""
    return [sentence_vectors(d.annotations.spacy, d.annotations.sentences, range(len(d.annotations.sentences))) for d in docs]


def _fit_dense_type(X: np.ndarray, y: np.ndarray) -> LogisticRegression | None:
    if not y.any():  # as _fit_sentence_type
        return None
    return LogisticRegression(C=DENSE_C, max_iter=MAX_ITER * 3).fit(X, y)


def train_dense_types(rows: list[tuple[int, list[str], set[str]]], vectors: list[dict[int, object]], held: list[np.ndarray]) -> tuple[dict, list[dict]]:
    """The dense sentence-types model (one L2 logistic regression per type over the sentence's
    mean tok2vec vector, standardised; the standardisation folded into the weights) on every
    train sentence with a vector, and one per fold without its held-out documents."""
    flat = [v for by_doc in vectors for _, v in sorted(by_doc.items())]
    assert len(flat) == len(rows)
    keep = np.array([v is not None for v in flat])
    X = np.array([v for v in flat if v is not None], dtype=np.float64)
    kept = [r for r, k in zip(rows, keep) if k]
    counts = Counter(t for r in kept for t in r[2])
    types = sorted(t for t, n in counts.items() if n >= DENSE_MIN_SENTENCES)
    docs = np.array([r[0] for r in kept])
    Y = np.array([[t in r[2] for t in types] for r in kept])
    out = []
    for idx in [np.arange(len(kept))] + [np.flatnonzero(~np.isin(docs, h)) for h in held]:
        mu, sd = X[idx].mean(axis=0), X[idx].std(axis=0) + 1e-6
        Z = (X[idx] - mu) / sd
        fitted = Parallel(n_jobs=JOBS)(delayed(_fit_dense_type)(Z, Y[idx, j]) for j in range(len(types)))
        weights, bias = {}, {}
        for type_, m in zip(types, fitted):
            if m is None:
                continue
            w = m.coef_[0] / sd
            weights[type_] = [round(float(x), 6) for x in w]
            bias[type_] = round(float(m.intercept_[0] - w @ mu), 6)
        out.append({"C": DENSE_C, "weights": weights, "bias": bias})
    return out[0], out[1:]


def proposals(gold_docs: list[dict], docs: list[Document], predictions: Predictions, types_of: list[SentenceTypes],
              dense_of: list[DenseSentenceTypes] | None = None) -> list[Proposal]:  # fmt: skip
    """Every event of ``predictions`` (the lowest floors' gate and tagger output) with what the
    reranker reads of it (``warta.events.rerank.features``, as the events step computes it, with
    the sentence-types models ``types_of[k]`` and ``dense_of[k]`` for document k) and whether
    the gold holds it."""
    topic = load_topic()
    out = []
    for k, (g, d, (sentences, events)) in enumerate(zip(gold_docs, docs, predictions)):
        starts = [a for a, _ in sentences]
        at = [sentence_index(starts, r["trigger"]["start"]) for r in events]
        vectors = sentence_vectors(d.annotations.spacy, d.annotations.sentences, at) if dense_of is not None else {}
        marks = record_marks(d, sentences, events, at)
        seen = [Proposed(type=r["type"], tagged=is_tagged(r["extractor"]), confidence=r["confidence"], sentence=i,
                         sentence_text=r["sentence"]["text"], trigger_start=r["trigger"]["start"], modality=r["modality"],
                         sentence_vector=vectors.get(i), marks=m, source=source_of(r["extractor"]))
                for r, i, m in zip(events, at, marks)]  # fmt: skip
        dense = dense_of[k] if dense_of is not None else None
        for r, f in zip(events, rerank_features(seen, len(sentences), types_of[k], (topic.feature(d.text or ""),), dense)):
            out.append(Proposal(k, f, gold_holds(g, sentences, r), r))
    return out


def record_marks(d: Document, sentences: list[tuple[int, int]], events: list[dict], at: list[int]) -> list[tuple[str, ...]]:
    """``rerank.trigger_marks`` of each predicted event (gold offsets; ``at``: the index of its
    sentence), as the events step reads them from the event's own offsets: its trigger's token
    is the last whose start (mapped to the gold text) is not after the trigger's."""
    sdoc = d.annotations.spacy
    if sdoc is None or not len(sdoc):
        return [()] * len(events)
    raw_starts = [raw_span(d, t.idx, t.idx + len(t))[0] for t in sdoc]
    cover = MentionCover(d.annotations.mentions)  # the gold's texts open with their headline: no title apart
    out = []
    for r, k in zip(events, at):
        i = sentence_index(raw_starts, r["trigger"]["start"])  # the same look-up over the tokens' starts
        out.append(trigger_marks(sdoc, i, sentences[k][0] >= raw_starts[i], k == 0, cover(sdoc[i].idx)))
    return out


def _fit_rerank(X, y: np.ndarray, C: float) -> LogisticRegression:
    return LogisticRegression(C=C, solver="liblinear", random_state=SEED, max_iter=MAX_ITER).fit(X, y)


def rerank_json(vec: DictVectorizer, model: LogisticRegression) -> dict:
    """A fitted reranker as rerank.json holds it (the sentence-types model and the floor are set by the caller)."""
    weights = {str(n): round(float(w), 5) for n, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-5}
    out = {"version": f"rerank{VERSION}", "threshold": 0.5, "tagger_floor": TAGGER_FLOORS[0],
           "bias": round(float(model.intercept_[0]), 5), "weights": dict(sorted(weights.items()))}  # fmt: skip
    if SENTENCE_FLOOR is not None:  # the events step proposes from the sentence at this floor (warta.events.propose)
        out["sentence_floor"] = SENTENCE_FLOOR
    return out


def train_reranker(rows: list[Proposal], C_values=RERANK_CS) -> tuple[dict, dict, np.ndarray]:
    """The reranker (one logistic regression, L2), C of lowest cross-validated log loss over
    train documents; also its out-of-fold probabilities at that C (each fold's rows scored by a
    reranker trained on the others)."""
    vec = DictVectorizer()
    X = vec.fit_transform([r.features for r in rows]).tocsr()
    X.indices, X.indptr = X.indices.astype(np.int32), X.indptr.astype(np.int32)
    y = np.array([r.label for r in rows])
    folds = list(GroupKFold(n_splits=5).split(X, y, np.array([r.doc for r in rows])))
    cv, oof = {}, {}
    for C in C_values:
        p = np.zeros(len(y))
        for a, b in folds:
            p[b] = _fit_rerank(X[a], y[a], C).predict_proba(X[b])[:, 1]
        cv[C], oof[C] = float(log_loss(y, p)), p
    best = min(cv, key=lambda c: (cv[c], c))
    rerank = rerank_json(vec, _fit_rerank(X, y, best))
    weights = rerank["weights"]
    info = {"cv_log_loss": {str(c): round(v, 4) for c, v in cv.items()}, "C": best, "events": len(rows), "positive": int(y.sum()),
            "features": len(weights)}  # fmt: skip
    return rerank, info, oof[best]


def reranked(predictions: Predictions, rows: list[Proposal], probabilities, floor: float) -> Predictions:
    """``predictions`` with each event's confidence the reranker's probability, those under ``floor`` dropped."""
    p = {id(r.record): float(q) for r, q in zip(rows, probabilities)}
    return [(sentences, [{**r, "confidence": p[id(r)]} for r in events if p[id(r)] >= floor]) for sentences, events in predictions]


def fraction_sets(folds: list[np.ndarray], fraction: float, seed: int = SEED) -> list[set[int]]:
    """The documents each fold's models train on at ``fraction`` (the learning curve): the first
    ``round(fraction * n)`` of the fold's n training documents in one random order of all
    documents fixed by ``seed``. Whole documents, the same on every run, nested (a larger
    fraction keeps a smaller one's documents); 1 gives every document outside the fold."""
    order = np.random.default_rng(seed).permutation(sum(len(h) for h in folds)).tolist()
    out = []
    for held in folds:
        held_out = set(held.tolist())
        training = [i for i in order if i not in held_out]
        out.append(set(training[: round(fraction * len(training))]))
    return out


def fraction_rerank_oof(rows: list[Proposal], folds: list[np.ndarray], kept: list[set[int]], C_values=RERANK_CS) -> tuple[np.ndarray, list[float]]:
    """Out-of-fold reranker probabilities for the learning curve: fold k's rows scored by a
    reranker trained on the rows of ``kept[k]`` only (its C by 5-fold cross-validation over
    those documents, as ``train_reranker`` chooses it); also each fold's C."""
    p = np.zeros(len(rows))
    chosen = []
    docs = np.array([r.doc for r in rows])
    for held, keep in zip(folds, kept):
        a = np.flatnonzero(np.isin(docs, sorted(keep)))
        b = np.flatnonzero(np.isin(docs, held))
        vec = DictVectorizer()
        X = vec.fit_transform([rows[i].features for i in a]).tocsr()
        X.indices, X.indptr = X.indices.astype(np.int32), X.indptr.astype(np.int32)
        Xb = vec.transform([rows[i].features for i in b]).tocsr()
        Xb.indices, Xb.indptr = Xb.indices.astype(np.int32), Xb.indptr.astype(np.int32)
        y = np.array([rows[i].label for i in a])
        cv = {}
        for C in C_values:
            q = np.zeros(len(y))
            for ia, ib in GroupKFold(n_splits=5).split(X, y, docs[a]):
                q[ib] = _fit_rerank(X[ia], y[ia], C).predict_proba(X[ib])[:, 1]
            cv[C] = float(log_loss(y, q))
        best = min(cv, key=lambda c: (cv[c], c))
        chosen.append(best)
        p[b] = _fit_rerank(X, y, best).predict_proba(Xb)[:, 1]
    return p, chosen


def learning_curve(fractions: list[float], seed: int, report_path: Path, save_predictions: Path | None) -> None:
    """Train out-of-fold event scores with each fold's models trained on a share of its training
    documents (``fraction_sets``): the gate and tagger at the shipped floors and at their best
    floors on train out of fold, reranked likewise, and the proposals' recall (every event the
    gate from 0 and the tagger from 0.1 propose: what no floor or reranker can exceed). Writes
    only ``report_path`` (and the largest fraction's predictions to ``save_predictions``)."""
    t0 = time.time()
    shipped = {name: json.loads((DATA / f"{name}.json").read_text("utf-8"))["threshold"] for name in ("gate", "tagger", "rerank")}
    train_gold = load_gold(real_news_set("train"))
    train_docs = through_actors(train_gold)
    cands, tokens = gate_candidates(train_gold, train_docs), tagger_tokens(train_gold, train_docs)
    gate_C = train_gate(cands)[1]["C"]  # chosen on all of train, as the shipped run's folds use it
    folds = document_folds(len(train_docs))
    fold_of = {int(i): k for k, held in enumerate(folds) for i in held}
    train_sentences = sentence_rows(train_gold, train_docs)
    vectors = document_sentence_vectors(train_docs)
    runs = []
    for fraction in sorted(fractions):
        kept = fraction_sets(folds, fraction, seed)
        left_out = [set(range(len(train_docs))) - keep for keep in kept]
        with tempfile.TemporaryDirectory() as tmp:
            oof = out_of_fold(train_gold, train_docs, cands, tokens, gate_C, TAGGER_CS[0], Path(tmp), left_out)
        left_arrays = [np.array(sorted(s)) for s in left_out]
        _, fold_types = train_sentence_types(train_sentences, left_arrays)
        _, fold_dense = train_dense_types(train_sentences, vectors, left_arrays)
        by_fold = [SentenceTypes.from_json(t) for t in fold_types]
        dense_by_fold = [DenseSentenceTypes.from_json(t) for t in fold_dense]
        rows = proposals(train_gold, train_docs, oof, [by_fold[fold_of[k]] for k in range(len(train_docs))],
                         [dense_by_fold[fold_of[k]] for k in range(len(train_docs))])  # fmt: skip
        p, rerank_Cs = fraction_rerank_oof(rows, folds, kept)
        plain = [row(score(train_gold, at_floors(oof, g, f)), gate_floor=g, tagger_floor=f) for g in GATE_FLOORS for f in TAGGER_FLOORS]
        reranked_rows = [row(score(train_gold, reranked(oof, rows, p, f)), floor=f) for f in RERANK_FLOORS]
        run = {
            "fraction": fraction, "training_documents_per_fold": [len(k) for k in kept],
            "training_events_per_fold": [sum(len(train_gold[i]["events"]) for i in k) for k in kept],
            "proposals": row(score(train_gold, oof)), "rerank_C": rerank_Cs,
            "shipped_floors": next(r for r in plain if (r["gate_floor"], r["tagger_floor"]) == (shipped["gate"], shipped["tagger"])),
            "best_floors": max(plain, key=lambda r: (r["f1"], r["p"])),
            "reranked_shipped_floor": next(r for r in reranked_rows if r["floor"] == shipped["rerank"]),
            "reranked_best_floor": max(reranked_rows, key=lambda r: (r["f1"], r["p"])),
        }  # fmt: skip
        runs.append(run)
        print(json.dumps(run), flush=True)
        if save_predictions and fraction == max(fractions):
            saved = {"train_out_of_fold": oof, "doc_ids": {"train_out_of_fold": [g["id"] for g in train_gold]}, "fraction": fraction}
            save_predictions.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    report = {"train_documents": len(train_gold), "seed": seed, "gate_C": gate_C, "tagger_C": TAGGER_CS[0], "shipped_floors": shipped,
              "runs": runs, "seconds": round(time.time() - t0, 1)}  # fmt: skip
    report_path.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


def row(s: EventScores, **config) -> dict:
    return {**config, "p": round(s.events.p, 4), "r": round(s.events.r, 4), "f1": round(s.events.f1, 4),
            "no_event_rate": round(s.quiet_rate, 4), "events": s.events.pred, "modality": round(s.modality_accuracy, 4),
            "actor_matched_f1": round(s.actor_matched.f1, 4), "recipient_matched_f1": round(s.recipient_matched.f1, 4)}  # fmt: skip


def reliability(gold_docs: list[dict], docs: list[Document]) -> list[dict]:
    """Every event the shipped stage can emit at floor 0, binned by confidence: the share that is right."""
    docs = Events(min_confidence=0.0)(docs)  # the tagger from its proposing floor, as the shipped stage runs
    bins = {lo: [0, 0, 0.0] for lo in (0.0, 0.2, 0.4, 0.6, 0.8)}
    for g, d in zip(gold_docs, docs):
        sentences, predicted = as_prediction(d)
        for r in predicted:
            right = gold_holds(g, sentences, r)
            lo = min(0.8, int(r["confidence"] * 5) / 5)
            bins[lo][0] += 1
            bins[lo][1] += right
            bins[lo][2] += r["confidence"]
    return [{"confidence": f"{lo:.1f}-{lo + 0.2:.1f}", "events": n, "right": k, "precision": round(k / n, 3) if n else None,
             "mean_confidence": round(c / n, 3) if n else None} for lo, (n, k, c) in bins.items()]  # fmt: skip


def main() -> None:
    global JOBS, SENTENCE_FLOOR
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="retrain and compare with the shipped files")
    ap.add_argument("--jobs", type=int, default=JOBS, help=f"parallel fits (default {JOBS}); the weights do not depend on it")
    ap.add_argument("--save-predictions", type=Path, metavar="JSON",
                    help="also write every train out-of-fold and dev prediction at the lowest floors (to study filters on them)")
    ap.add_argument("--tagger-grid", action="store_true", help=f"choose the tagger's C among {TAGGER_CS_GRID} by cross-validation (default: C = {TAGGER_CS[0]})")
    ap.add_argument("--train-fraction", type=float, nargs="+", metavar="F",
                    help="the learning curve: train each fold's models on this share of its training documents (one run per F); writes only --fraction-report")
    ap.add_argument("--sentence-floor", type=float, metavar="P",
                    help="propose from the sentence (warta.events.propose) from this sentence-types probability up, in training and in the rerank.json written (default: off)")
    ap.add_argument("--seed", type=int, default=SEED, help=f"the learning curve's document order (default {SEED})")
    ap.add_argument("--fraction-report", type=Path, default=CURVE_REPORT, metavar="JSON", help=f"the learning curve's report (default {CURVE_REPORT.name})")
    args = ap.parse_args()
    JOBS = args.jobs
    SENTENCE_FLOOR = args.sentence_floor
    if args.train_fraction:
        if not all(0 < f <= 1 for f in args.train_fraction):
            ap.error("--train-fraction takes shares in (0, 1]")
        learning_curve(args.train_fraction, args.seed, args.fraction_report, args.save_predictions)
        return
    t0 = time.time()
    train_gold, dev_gold = load_gold(real_news_set("train")), load_gold(real_news_set("dev"))
    train_docs, dev_docs = through_actors(train_gold), through_actors(dev_gold)
    cands, tokens = gate_candidates(train_gold, train_docs), tagger_tokens(train_gold, train_docs)
    gate, gate_info = train_gate(cands)
    without_before = [Candidate(c.doc, [f for f in c.features if not f.startswith("before")], c.label) for c in cands]
    gate_info["without_before_features"] = train_gate(without_before)[1]["cv_log_loss"]  # what gate.before_features is worth
    tagger, tagger_info = train_tagger(tokens, TAGGER_CS_GRID if args.tagger_grid else TAGGER_CS)
    # the sentence-types models first: each fold's proposes that fold's sentence events (warta.events.propose)
    folds = document_folds(len(train_docs))
    train_sentences = sentence_rows(train_gold, train_docs)
    sentence_types, fold_types = train_sentence_types(train_sentences, folds)
    fold_of = {int(i): k for k, held in enumerate(folds) for i in held}
    by_fold = [SentenceTypes.from_json(t) for t in fold_types]
    full_types = SentenceTypes.from_json(sentence_types)
    with tempfile.TemporaryDirectory() as tmp:
        oof = out_of_fold(train_gold, train_docs, cands, tokens, gate_info["C"], tagger_info["C"], Path(tmp),
                          proposers=[SentenceProposer(t, SENTENCE_FLOOR) for t in by_fold] if SENTENCE_FLOOR is not None else None)
    shipped = {name: json.loads((DATA / f"{name}.json").read_text("utf-8")) for name in ("gate", "tagger", "rerank") if (DATA / f"{name}.json").exists()}
    for name, model in (("gate", gate), ("tagger", tagger)):
        (DATA / f"{name}.json").write_text(json.dumps(model, ensure_ascii=False) + "\n", encoding="utf-8")
    # the events step loads both files (once per process) from here on
    lexicon_only = row(dev_scores(dev_gold, dev_docs, Events(gate=False, tagger=False)), config="lexicon only")
    tagger_only = [row(dev_scores(dev_gold, dev_docs, Events(lexicon=False, gate=False, tagger_floor=f)), config="tagger only", tagger_floor=f)
                   for f in TAGGER_FLOORS[:-1]]  # fmt: skip
    dev_all = lowest_floor_predictions(dev_docs, proposer=SentenceProposer(full_types, SENTENCE_FLOOR) if SENTENCE_FLOOR is not None else None)
    if args.save_predictions:
        saved = {"train_out_of_fold": oof, "dev": dev_all, "doc_ids": {"train_out_of_fold": [g["id"] for g in train_gold], "dev": [g["id"] for g in dev_gold]}}
        args.save_predictions.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")  # in the gold's order
    grid = [row(score(dev_gold, at_floors(dev_all, g, f)), config="combined", gate_floor=g, tagger_floor=f)
            for g in GATE_FLOORS for f in TAGGER_FLOORS]  # fmt: skip
    pooled = [row(score(train_gold + dev_gold, at_floors(oof + dev_all, g, f)), config="combined, train out-of-fold + dev", gate_floor=g, tagger_floor=f)
              for g in GATE_FLOORS for f in TAGGER_FLOORS]  # fmt: skip
    chosen = max(pooled, key=lambda r: (r["f1"], r["p"]))
    best = next(r for r in grid if (r["gate_floor"], r["tagger_floor"]) == (chosen["gate_floor"], chosen["tagger_floor"]))
    direct = row(dev_scores(dev_gold, dev_docs, Events(min_confidence=best["gate_floor"], tagger_floor=best["tagger_floor"], rerank=False)))
    if (direct["events"], direct["f1"]) != (best["events"], best["f1"]):
        print(f"warning: filtering by floors ({best}) differs from coding at them ({direct})", file=sys.stderr)
    gate["threshold"], tagger["threshold"] = best["gate_floor"], best["tagger_floor"]
    # the reranker: trained on the train out-of-fold proposals, its floor chosen as the gate's and tagger's were
    dense_types, fold_dense = train_dense_types(train_sentences, document_sentence_vectors(train_docs), folds)
    dense_by_fold = [DenseSentenceTypes.from_json(t) for t in fold_dense]
    full_dense = DenseSentenceTypes.from_json(dense_types)
    train_rows = proposals(train_gold, train_docs, oof, [by_fold[fold_of[k]] for k in range(len(train_docs))],
                           [dense_by_fold[fold_of[k]] for k in range(len(train_docs))])  # fmt: skip
    dev_rows = proposals(dev_gold, dev_docs, dev_all, [full_types] * len(dev_docs), [full_dense] * len(dev_docs))
    rerank, rerank_info, rerank_oof = train_reranker(train_rows)
    rerank["sentence_types"] = sentence_types
    rerank["dense_sentence_types"] = dense_types
    rerank_info["dense_sentence_types"] = {"C": DENSE_C, "types": len(dense_types["weights"])}
    rerank_info["sentence_types"] = {"C": SENTENCE_C, "sentences": len(train_sentences), "weights": sum(len(v) for v in sentence_types["weights"].values())}
    scorer = Reranker.from_json(rerank)
    dev_p = [scorer.probability(r.features) for r in dev_rows]  # as the events step scores them, from the JSON weights
    pooled_rerank = [row(score(train_gold + dev_gold, reranked(oof, train_rows, rerank_oof, f) + reranked(dev_all, dev_rows, dev_p, f)),
                         config="reranked, train out-of-fold + dev", floor=f) for f in RERANK_FLOORS]  # fmt: skip
    rerank_chosen = max(pooled_rerank, key=lambda r: (r["f1"], r["p"]))
    rerank["threshold"] = rerank_chosen["floor"]
    comparison = {
        "without_rerank": {"train_out_of_fold": row(score(train_gold, at_floors(oof, best["gate_floor"], best["tagger_floor"]))), "dev": best,
                           "train_out_of_fold_and_dev": chosen},
        "reranked": {"train_out_of_fold": row(score(train_gold, reranked(oof, train_rows, rerank_oof, rerank["threshold"]))),
                     "dev": row(score(dev_gold, reranked(dev_all, dev_rows, dev_p, rerank["threshold"]))), "train_out_of_fold_and_dev": rerank_chosen},
    }  # fmt: skip
    models = {"gate": gate, "tagger": tagger, "rerank": rerank}
    if args.check:
        differ = [f"{n}.json" for n, m in models.items() if shipped.get(n) != m]
        for name in shipped:
            (DATA / f"{name}.json").write_text(json.dumps(shipped[name], ensure_ascii=False) + "\n", encoding="utf-8")
        print("gate.json, tagger.json and rerank.json reproduced" if not differ else f"the shipped models differ from a fresh training run: {', '.join(differ)}")
        sys.exit(1 if differ else 0)
    for name, model in models.items():
        (DATA / f"{name}.json").write_text(json.dumps(model, ensure_ascii=False) + "\n", encoding="utf-8")
    # the events step reads rerank.json (once per process) from here on
    direct = row(dev_scores(dev_gold, dev_docs, Events()))
    if (direct["events"], direct["f1"]) != (comparison["reranked"]["dev"]["events"], comparison["reranked"]["dev"]["f1"]):
        print(f"warning: reranking the saved predictions ({comparison['reranked']['dev']}) differs from coding ({direct})", file=sys.stderr)
    curve = [r for r in grid if r["tagger_floor"] == best["tagger_floor"]]
    report = {
        "train_documents": len(train_gold), "dev_documents": len(dev_gold), "gate": gate_info, "tagger": tagger_info,
        "dev": {"lexicon_only": lexicon_only, "lexicon_gate_only": max((r for r in grid if r["tagger_floor"] > 1), key=lambda r: (r["f1"], r["p"])),
                "tagger_only_best": max(tagger_only, key=lambda r: (r["f1"], r["p"])), "combined_shipped": best,
                "combined_best_on_dev_alone": max(grid, key=lambda r: (r["f1"], r["p"]))},
        "floors_chosen_on": chosen, "rerank": rerank_info, "detector": comparison,
        "dev_curve_rerank_floor": [row(score(dev_gold, reranked(dev_all, dev_rows, dev_p, f)), config="reranked", floor=f) for f in RERANK_FLOORS],
        "dev_curve_gate_floor": curve, "dev_tagger_only": tagger_only,
        "reliability_dev": reliability(dev_gold, dev_docs), "seconds": round(time.time() - t0, 1),
    }  # fmt: skip
    REPORT.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if not k.startswith("dev_")}, indent=1))


if __name__ == "__main__":
    main()
