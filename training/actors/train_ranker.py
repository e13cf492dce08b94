"""Fit the antecedent ranker (warta.actors.antecedents) on the actor dev sets.

    python training/actors/train_ranker.py            # leave-one-set-out table, then fit on all and write the weights
    python training/actors/train_ranker.py --cv-only  # the table only

For every gold pronoun/description the pipeline finds at the gold span, the rules run as
shipped and each compatible candidate is recorded with its features and whether choosing it
would be right (the gold actor id, or for unregistered actors a mention of the gold chain --
the evaluator's definition). A conditional logit (softmax over one anaphor's candidates, L2)
is fitted by gradient descent. Only the dev sets are read: the held-out test set never is.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy

from warta.actors.antecedents import Ranker, features
from warta.actors.coref import resolve_mentions
from warta.actors.evaluate import _chains, score_documents
from warta.actors.register import load_register
from warta.actors.stage import _label

ROOT = Path(__file__).resolve().parents[2]
DEV_SETS = ("dev", "dev2", "dev3", "dev4")
OUT = ROOT / "src" / "warta" / "data" / "actors" / "antecedent_ranker.json"
WINDOW = 2  # sentences before the anaphor's own
L2 = 0.5
STEPS = 400


class Recorder:
    """Stands in for a ranker: records each decision's candidates and keeps the rules' choice."""

    window = WINDOW

    def __init__(self):
        self.seen = []  # (anaphor start, end, [(features, candidate index, kind)])

    def choose(self, mentions, idx, cands, rule_j, ctx, types):
        rows = [(features(mentions, idx, c, rank, rule_j, ctx, types), c.index, c.kind) for rank, c in enumerate(cands)]
        self.seen.append((mentions[idx].start, mentions[idx].end, rows))
        return next((c for c in cands if c.index == rule_j), None)


def load_set(name: str) -> tuple[list[dict], list[list]]:
    """Gold documents and the NER entities the nlp step finds in them."""
    from warta.nlp.stage import Nlp
    from warta.records import Document

    docs = [json.loads(line) for line in (ROOT / "tests" / "fixtures" / "actors" / f"{name}.jsonl").read_text("utf-8").splitlines() if line.strip()]
    records = [Document(doc_id=d["doc_id"], content_hash=d["doc_id"], source_file=name, position="", source_format="jsonl",
                        raw_text=d["text"], text=d["text"]) for d in docs]  # fmt: skip
    return docs, [r.annotations.get("entities") or [] for r in Nlp()(records)]


def collect(docs, entities, reg) -> list[tuple[list[list[str]], list[bool]]]:
    """One (candidate features, candidate is right) pair of lists per gold anaphor with a right candidate."""
    out = []
    for doc, ents in zip(docs, entities):
        rec = Recorder()
        found = resolve_mentions(doc["text"], reg, ents, ranker=rec)
        gold = {(g["start"], g["end"]): i for i, g in enumerate(doc["mentions"]) if g.get("antecedent") is not None}
        chain = _chains(doc["mentions"])
        for start, end, rows in rec.seen:
            i = gold.get((start, end))
            if i is None or not rows:
                continue
            g = doc["mentions"][i]
            right = []
            for _, j, kind in rows:
                c = found[j]
                if g["actor_id"]:
                    actor = c.actor_id if kind == c.type else (c.country.lower() if kind == "country_of_person" else c.org_id)
                    right.append(actor == g["actor_id"])
                else:
                    right.append(any(chain[k] == chain[i] and k != i and h["start"] < c.end and c.start < h["end"] for k, h in enumerate(doc["mentions"])))
            if any(right):
                out.append(([r[0] for r in rows], right))
    return out


def fit(examples) -> dict[str, float]:
    """Conditional logit: maximise the probability mass on the right candidates, L2-penalised."""
    vocab = {f: n for n, f in enumerate(sorted({f for feats, _ in examples for row in feats for f in row}))}
    mats = []
    for feats, right in examples:
        x = numpy.zeros((len(feats), len(vocab)))
        for r, row in enumerate(feats):
            for f in row:
                x[r, vocab[f]] += 1.0
        mats.append((x, numpy.array(right, dtype=float)))
    w = numpy.zeros(len(vocab))
    m = v = numpy.zeros(len(vocab))
    for step in range(1, STEPS + 1):  # Adam
        grad = L2 * w
        for x, y in mats:
            s = x @ w
            p = numpy.exp(s - s.max())
            p /= p.sum()
            q = p * y / (p * y).sum()  # the posterior over the right candidates
            grad -= x.T @ (q - p)
        grad /= len(mats)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w = w - 0.05 * (m / (1 - 0.9**step)) / (numpy.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {f: round(float(w[n]), 4) for f, n in vocab.items() if abs(w[n]) > 1e-4}


def score(docs, entities, reg, ranker):
    found = []
    for doc, ents in zip(docs, entities):
        ms = resolve_mentions(doc["text"], reg, ents, ranker=ranker)
        _label(ms, ents)
        found.append(ms)
    return score_documents(docs, found)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv-only", action="store_true")
    args = ap.parse_args()
    reg = load_register()
    sets = {name: load_set(name) for name in DEV_SETS}
    examples = {name: collect(docs, ents, reg) for name, (docs, ents) in sets.items()}
    print("| held-out dev set | anaphors | rules coref | ranker coref (fitted on the other sets) |")
    print("|---|---:|---:|---:|")
    for name, (docs, ents) in sets.items():
        weights = fit([e for other, ex in examples.items() if other != name for e in ex])
        rules = score(docs, ents, reg, None)
        ranked = score(docs, ents, reg, Ranker(weights, WINDOW))
        print(f"| {name} | {rules.coref_gold} | {rules.coref_accuracy:.3f} | {ranked.coref_accuracy:.3f} |", flush=True)
    if args.cv_only:
        return
    weights = fit([e for ex in examples.values() for e in ex])
    OUT.write_text(json.dumps({"_doc": "Antecedent ranker weights (warta.actors.antecedents), fitted by training/actors/train_ranker.py on "
                               + ", ".join(DEV_SETS) + ".", "window": WINDOW, "weights": dict(sorted(weights.items()))}, indent=0) + "\n")
    print(f"{len(weights)} weights -> {OUT}")


if __name__ == "__main__":
    main()
