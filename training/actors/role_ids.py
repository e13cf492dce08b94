"""A held-out check of actor ids: the event corpus's role spans in the documents no actor rule
was tuned on.

The actor layer (tests/fixtures/actors/real-*.jsonl) annotates 120 train documents; rules are
chosen on them and confirmed on dev's 59. The event corpus's train split holds 1,454 more
documents whose actor and recipient spans carry canonical ids ("Ia" -> idn-pa-212) and were
never read to write an actor rule. For each such span this script finds the mention warta makes
there (the one overlapping it most) and compares ids, by kind of span: a pronoun ("Ia",
"mereka", "Kami"), a description in lower case ("polisi", "kelompok itu") or a name. An official
counts as right under either id (the event corpus gives some registered officials their
organisation's id, "Moeldoko" -> idn-ksp, the actor layer their own: docs/event-contract.md).

    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python training/actors/role_ids.py [--limit N] [--each-rule]

Run it with the PYTHONPATH of two builds to compare them (about 20 s each). ``--each-rule``
also gives each rule of ``warta eval actors --without`` its worth here: the spans it gains
(the run with every rule against the run without it; the NLP runs once).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from warta.actors.rules import RULE_NAMES
from warta.actors.stage import Actors
from warta.evaluate.actors import through_nlp
from warta.evaluate.events import load_gold, raw_span
from warta.records import Document

ROOT = Path(__file__).resolve().parents[2]
EVENTS_TRAIN = ROOT / "tests/fixtures/events/real-train.jsonl"
ACTOR_LAYER = [ROOT / f"tests/fixtures/actors/real-{split}.jsonl" for split in ("train", "dev")]
PRONOUNS = frozenset("ia dia beliau mereka kami kita saya aku engkau anda kalian".split())  # and any word ending in "nya"


def kind_of(text: str) -> str:
    first = text.split()[0].strip("\"“”'‘’(,").lower() if text.split() else ""
    if first in PRONOUNS or first.endswith("nya"):  # "Dirinya", "Pihaknya", "Keduanya"
        return "pronoun"
    return "description" if text[:1].islower() else "name"


def held_out_documents(limit: int | None) -> list[dict]:
    tuned = {d["doc_id"] for path in ACTOR_LAYER for d in load_gold(path)}
    docs = [d for d in load_gold(EVENTS_TRAIN) if d["id"] not in tuned]
    return docs[:limit] if limit else docs


def score(gold_docs: list[dict], docs: list[Document]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Per kind of span: gold ids, spans with a mention holding an id, spans with the gold id."""
    right: Counter[str] = Counter()
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for gold, doc in zip(gold_docs, docs, strict=True):
        mentions = [(*raw_span(doc, m.start, m.end), m.actor_id, m.org_id) for m in doc.annotations.mentions]
        spans = {(r["start"], r["end"]): r for e in gold["events"] for r in e["actor"] + e["recipient"] if r.get("actor_id")}
        for (start, end), role in spans.items():
            kind = kind_of(role["text"])
            total[kind] += 1
            overlap = [(min(end, b) - max(start, a), actor_id, org_id) for a, b, actor_id, org_id in mentions if a < end and start < b]
            if not overlap:
                continue
            _, actor_id, org_id = max(overlap, key=lambda x: x[0])
            found[kind] += actor_id is not None
            right[kind] += role["actor_id"] in (actor_id, org_id)
    return total, found, right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N held-out documents")
    parser.add_argument("--each-rule", action="store_true", help="also the worth of each rule (the spans it gains)")
    args = parser.parse_args()
    gold_docs = held_out_documents(args.limit)
    docs = through_nlp(gold_docs)
    total, found, right = score(gold_docs, Actors()(docs))
    print(f"{len(gold_docs)} held-out documents (event train split, no actor layer)")
    print("| role span | gold ids | a mention with an id | the gold id |")
    print("|---|---|---|---|")
    for kind in ("name", "description", "pronoun", "all"):
        t = sum(total.values()) if kind == "all" else total[kind]
        f = sum(found.values()) if kind == "all" else found[kind]
        r = sum(right.values()) if kind == "all" else right[kind]
        print(f"| {kind} | {t} | {f} ({f / max(t, 1):.3f}) | **{r} ({r / max(t, 1):.3f})** |")
    if args.each_rule:
        print("\n| rule | worth (spans with the gold id) |\n|---|---|")
        for rule in RULE_NAMES:
            without = score(gold_docs, Actors(without=frozenset({rule}))(docs))[2]
            print(f"| {rule} | {sum(right.values()) - sum(without.values()):+d} |")


if __name__ == "__main__":
    main()
