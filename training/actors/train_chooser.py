"""Train the learned antecedent chooser (warta.actors.chooser) on the real-news train chains.

Each pronoun or description the actor step resolves at a gold anaphor's span gives its candidates
(``chooser.candidates``) with their features (``chooser.features``); a candidate is right when
linking to it scores right as ``warta eval actors`` scores coreference (the gold actor id, or a
mention of the anaphor's gold chain). A logistic regression over the pairs; document-level 5-fold
cross-validation on train chooses C (the most anaphors whose best-scored candidate is right) and
reports, per rule, the anaphors right with the rule's picks and with the chooser's out of fold.
Writes ``src/warta/data/actors/chooser.json`` with the rules whose picks the chooser replaces
(``--rules``: "nearest", the one of the rules, each replaced alone, that gained on real dev and on
the held-out check and lost on train on none: docs/actors.md, Session 20). Reads the train set only.

    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python training/actors/train_chooser.py [--dry-run] [--rules nearest]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from warta.actors import chooser
from warta.actors.stage import Actors
from warta.evaluate.actors import _chains, gold_records
from warta.nlp.stage import Nlp

TRAIN = Path("tests/fixtures/actors/real-train.jsonl")
OUT = Path("src/warta/data/actors/chooser.json")


def collect(path: Path) -> list[dict]:
    """One row per found anaphor at a gold anaphor's span: its document, rule, candidates' features and labels."""
    docs, records = gold_records(path)
    records = Nlp()(records)
    rows = []
    for n, (doc, record) in enumerate(zip(docs, records, strict=True)):
        chooser.COLLECT = []
        Actors(without=frozenset({"chooser"}))([record])
        gold, chain = doc["mentions"], _chains(doc["mentions"])
        at = {(g["start"], g["end"]): i for i, g in enumerate(gold) if g.get("antecedent") is not None}
        for m, rule, cands, pick in chooser.COLLECT:
            i = at.get((m.start, m.end))
            if i is None or not cands:
                continue
            labels = [_right(c, kind, gold, chain, i) for c, kind, _ in cands]
            rows.append({"doc": n, "rule": rule or "", "feats": [f for _, _, f in cands], "labels": labels,
                         "pick": next((k for k, (c, _, _) in enumerate(cands) if c is pick), None)})  # fmt: skip
    chooser.COLLECT = None
    return rows


def _right(c, kind: str, gold: list[dict], chain: list, i: int) -> bool:
    g = gold[i]
    if g["actor_id"]:
        got = c.actor_id if kind == c.type else (c.country or "").lower() if kind == "country_of_person" else c.org_id
        return got == g["actor_id"]
    return any(chain[k] == chain[i] and k != i and h["start"] < c.end and c.start < h["end"] for k, h in enumerate(gold))


def out_of_fold(rows: list[dict], c_value: float) -> list[list[float]]:
    groups = np.array([r["doc"] for r in rows])
    out: list[list[float]] = [[] for _ in rows]
    for train_idx, test_idx in GroupKFold(n_splits=5).split(rows, groups=groups):
        model, vec = fit([rows[k] for k in train_idx], c_value)
        for k in test_idx:
            out[k] = list(model.decision_function(vec.transform(rows[k]["feats"])))
    return out


def fit(rows: list[dict], c_value: float):
    vec = DictVectorizer()
    x = vec.fit_transform([f for r in rows for f in r["feats"]])
    y = [int(v) for r in rows for v in r["labels"]]
    model = LogisticRegression(C=c_value, max_iter=2000)
    model.fit(x, y)
    return model, vec


def tally(rows: list[dict], scores: list[list[float]]) -> dict[str, tuple[int, int, int]]:
    """Per rule: (anaphors, right with the rule's picks, right with the chooser's best)."""
    by_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r, s in zip(rows, scores, strict=True):
        best = max(range(len(s)), key=lambda n: s[n])
        by_rule[r["rule"]][0] += 1
        by_rule[r["rule"]][1] += r["pick"] is not None and r["labels"][r["pick"]]
        by_rule[r["rule"]][2] += r["labels"][best]
    return {k: (v[0], v[1], v[2]) for k, v in by_rule.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="cross-validate only, write nothing")
    ap.add_argument("--rules", nargs="*", default=["nearest"], help="the rules whose picks the chooser replaces")
    args = ap.parse_args()
    t0 = time.time()
    rows = collect(TRAIN)
    print(f"{len(rows)} anaphors at gold spans, {sum(len(r['labels']) for r in rows)} pairs, {sum(any(r['labels']) for r in rows)} with a right candidate")
    best = None
    for c_value in (0.1, 0.3, 1.0, 3.0):
        t = tally(rows, out_of_fold(rows, c_value))
        right = sum(v[2] for v in t.values())
        print(f"C={c_value}: out of fold, the chooser's best right for {right} (the rules' picks {sum(v[1] for v in t.values())})")
        if best is None or right > best[0]:
            best = (right, c_value, t)
    assert best is not None
    _, c_value, t = best
    print(f"C={c_value}; per rule (anaphors, rule's picks right, chooser's right):")
    for k, v in sorted(t.items()):
        print(f"  {k}: {v}")
    model, vec = fit(rows, c_value)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True) if abs(w) > 1e-4}
    print(f"{time.time() - t0:.1f} s")
    if not args.dry_run:
        OUT.write_text(json.dumps({"_doc": "warta.actors.chooser: logistic regression weights, trained by training/actors/train_chooser.py on real train",
                                   "C": c_value, "bias": round(float(model.intercept_[0]), 4), "rules": args.rules,
                                   "weights": dict(sorted(weights.items()))}, ensure_ascii=False, indent=1) + "\n", "utf-8")  # fmt: skip
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
