"""The learning curve's sampling (training/events/train_gate.py --train-fraction): each fold's
models train on a fixed random share of that fold's training DOCUMENTS, the same on every run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "events"))
train_gate = pytest.importorskip("train_gate")


def test_fraction_sets_are_whole_documents_outside_the_fold_and_deterministic():
    folds = train_gate.document_folds(103)
    for fraction in (0.25, 0.5, 0.75):
        kept = train_gate.fraction_sets(folds, fraction, seed=0)
        assert kept == train_gate.fraction_sets(folds, fraction, seed=0)  # the same on every run
        assert kept != train_gate.fraction_sets(folds, fraction, seed=1)
        for held, keep in zip(folds, kept):
            training = set(range(103)) - set(held.tolist())
            assert keep <= training  # document indices, never the held-out fold's
            assert len(keep) == round(fraction * len(training))
    # nested: a larger share keeps a smaller one's documents; 1 is every document outside the fold
    smaller, larger, full = (train_gate.fraction_sets(folds, f) for f in (0.25, 0.5, 1.0))
    assert all(a <= b for a, b in zip(smaller, larger))
    assert full == [set(range(103)) - set(h.tolist()) for h in folds]


def test_out_of_fold_trains_each_fold_on_its_kept_documents_and_scores_every_document(monkeypatch, tmp_path):
    """out_of_fold with the learning curve's ``left_out``: each fold's gate trains on every
    candidate of its kept documents and no other, its tagger is told the same documents, and
    every train document is still predicted once, by its own fold's models."""
    n = 20
    folds = train_gate.document_folds(n)
    kept = train_gate.fraction_sets(folds, 0.5)
    left_out = [set(range(n)) - k for k in kept]
    cands = [train_gate.Candidate(doc, [f"f{doc}"], doc % 2 == 0) for doc in range(n) for _ in range(3)]
    gate_docs, tagger_left_out, predicted = [], [], []

    def fold_taggers(tokens, held, C):
        tagger_left_out.extend(held)
        return [{} for _ in held]

    def fit_gate(rows, C):
        gate_docs.append([c.doc for c in rows])
        return {}, {}

    def lowest_floor_predictions(docs, folder, proposer=None):  # train_gate passes the fold's sentence proposer (None: off)
        predicted.extend(docs)
        return [([], [d]) for d in docs]

    monkeypatch.setattr(train_gate, "fold_taggers", fold_taggers)
    monkeypatch.setattr(train_gate, "train_gate", fit_gate)
    monkeypatch.setattr(train_gate, "lowest_floor_predictions", lowest_floor_predictions)
    out = train_gate.out_of_fold([{}] * n, list(range(n)), cands, [], 0.3, 1.0, tmp_path, left_out)
    assert tagger_left_out == left_out
    assert [sorted(set(d)) for d in gate_docs] == [sorted(k) for k in kept]
    assert all(len(d) == 3 * len(k) for d, k in zip(gate_docs, kept))  # whole documents
    assert sorted(predicted) == list(range(n)) and [events for _, events in out] == [[i] for i in range(n)]
