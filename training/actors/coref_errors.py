"""Why warta misses the anaphors of an annotated set: every gold anaphor (a mention with an
antecedent) that ``warta eval actors`` does not count right, by cause and by kind of anaphor.

Coreference is scored as warta.evaluate.actors scores it: a gold anaphor is right when a
predicted mention has its exact span and, if the gold gives an actor id, that id; else when the
predicted antecedent overlaps another gold mention of the anaphor's chain. Causes:

- ``not found, a mention overlaps`` / ``not found, nothing there``: no predicted mention at the span;
- ``unresolved``: found, but no antecedent and no actor;
- ``actor, no antecedent``: found with an actor (a default, a role's force) and no antecedent, not the gold id;
- ``another chain``: the antecedent is a mention of another gold chain;
- ``right chain, wrong id``: the antecedent is in the anaphor's chain but the id differs
  (an official resolved to no id or a new- id where the gold gives his organisation's);
- ``antecedent no gold mention``: the antecedent overlaps no gold mention.

Kinds: "ia/dia", "saya", "kami", "mereka", "-nya" (one word), "sang/para" (a definite group or
person), "description" (several words), "bare" (one word). ``--list CAUSE`` prints each such
anaphor in its context.

    PYTHONPATH=src OMP_NUM_THREADS=1 .venv/bin/python training/actors/coref_errors.py [--gold tests/fixtures/actors/real-train.jsonl] [--list "another chain"]

It refuses the real-news test set.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from warta.actors.chooser import anaphor_kind
from warta.evaluate.actors import _chains, analysed_train_or_dev, score_documents

REAL_TRAIN = Path("tests/fixtures/actors/real-train.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=REAL_TRAIN, help="annotated set (never real-test)")
    ap.add_argument("--list", default=None, help="print the anaphors of this cause in context")
    args = ap.parse_args()
    docs, records = analysed_train_or_dev(args.gold, "coref_errors.py")
    found_lists = [r.annotations.mentions for r in records]
    s = score_documents(docs, found_lists)
    rows = [row for doc, found in zip(docs, found_lists) for row in anaphor_outcomes(doc, found)]
    print(f"{args.gold}: coreference {s.coref_accuracy:.3f} ({s.coref_correct}/{s.coref_gold})\n")
    by_kind, right = Counter(r["kind"] for r in rows), Counter(r["kind"] for r in rows if r["cause"] is None)
    print("| kind | right | anaphors |\n|---|---:|---:|")
    for kind, n in by_kind.most_common():
        print(f"| {kind} | {right[kind]} | {n} |")
    print("\n| cause | kind | anaphors |\n|---|---|---:|")
    for (cause, kind), n in Counter((r["cause"], r["kind"]) for r in rows if r["cause"]).most_common():
        print(f"| {cause} | {kind} | {n} |")
    for r in rows:
        if args.list and r["cause"] == args.list:
            print(f"\n{r['doc']} {r['text']!r} (gold {r['gold']}, antecedent {r['gold_antecedent']!r}): {r['got']}\n    ...{r['context']}...")


def anaphor_outcomes(doc: dict, found) -> list[dict]:
    """Each gold anaphor of one document with the cause of its error (None when right)."""
    predicted = {(m.start, m.end): m for m in found}
    chain, gold = _chains(doc["mentions"]), doc["mentions"]
    out = []
    for i, g in enumerate(gold):
        if g.get("antecedent") is None:
            continue
        p = predicted.get((g["start"], g["end"]))
        a = found[p.antecedent] if p is not None and p.antecedent is not None else None
        chains_at_a = {chain[k] for k, h in enumerate(gold) if a is not None and h["start"] < a.end and a.start < h["end"] and k != i}
        if p is None:
            cause = "not found, a mention overlaps" if any(m.start < g["end"] and g["start"] < m.end for m in found) else "not found, nothing there"
        elif (p.actor_id == g["actor_id"]) if g["actor_id"] else chain[i] in chains_at_a:
            cause = None
        elif a is None:
            cause = "unresolved" if p.actor_id is None else "actor, no antecedent"
        elif not chains_at_a:
            cause = "antecedent no gold mention"
        else:
            cause = "right chain, wrong id" if chain[i] in chains_at_a else "another chain"
        got = "" if p is None else f"{p.actor_id} <- {a.text if a is not None else None!r} [{p.coref_rule}]"
        text = doc["text"]
        context = (text[max(0, g["start"] - 120) : g["start"]] + "[[" + g["text"] + "]]" + text[g["end"] : g["end"] + 40]).replace("\n", " ")
        out.append({"doc": doc["doc_id"], "text": g["text"], "kind": kind(g["text"]), "cause": cause, "gold": g["actor_id"] or chain[i],
                    "gold_antecedent": gold[g["antecedent"]]["text"], "got": got, "context": context})  # fmt: skip
    return out


_LABELS = {"ia": "ia/dia", "nya": "-nya", "sang": "sang/para", "desc": "description"}


def kind(text: str) -> str:
    """The kind of an anaphor, by its words (the module docstring): the chooser's kinds, named
    as this report names them."""
    k = anaphor_kind(text)
    return _LABELS.get(k, k)


if __name__ == "__main__":
    main()
