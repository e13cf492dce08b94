#!/usr/bin/env python
"""Where event detection loses precision and recall on real-news train, out of fold.

    OMP_NUM_THREADS=1 PYTHONPATH=$PWD/src .venv/bin/python training/events/train_gate.py --jobs 2 --save-predictions /tmp/preds.json
    .venv/bin/python training/events/detection_losses.py /tmp/preds.json [--gate-floor 0.25 --tagger-floor 0.4]

Reads the train out-of-fold predictions at the lowest floors (each train document coded by a
gate and tagger trained without its fold) and sorts, at the given floors (default: the shipped
ones), every false event and every missed gold event by why (the event scorer's match: same
sentence, same type, one to one):

- false events: no gold event in the sentence / the sentence holds gold events of other types
  only (wrong type) / a gold event of its type is there but another prediction took it
  (a second trigger for one event, "off by span");
- missed events: no candidate at all in its sentence / candidates of other types only (at any
  floor: the lexicon's, the tagger's from 0.1) / a lexicon candidate of
  its type gated out (under the gate floor) / a tagged word of its type under the tagger floor
  / a candidate of its type there but the one-to-one match gave it to another gold event.

Only the train split is read (dev and test are not).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
from warta.evaluate.events import load_gold, match_events, real_news_set, sentence_of  # noqa: E402
from warta.events.rerank import is_tagged as tagged_extractor  # noqa: E402


def is_tagged(r: dict) -> bool:
    return tagged_extractor(r["extractor"])


def kept(r: dict, gate_floor: float, tagger_floor: float) -> bool:
    return r["confidence"] >= (tagger_floor if is_tagged(r) else gate_floor)


def losses(gold_docs: list[dict], predictions: list, gate_floor: float, tagger_floor: float) -> dict[str, Counter]:
    fp: Counter = Counter()
    fn: Counter = Counter()
    for g, (sentences, everything) in zip(gold_docs, predictions):
        sentences = [tuple(s) for s in sentences]
        predicted = [r for r in everything if kept(r, gate_floor, tagger_floor)]
        pairs = match_events(g["events"], sentences, predicted)
        used = {id(pe) for _, pe in pairs}
        matched = {id(ge) for ge, _ in pairs}
        gold_in: dict[tuple[int, int] | None, set[str]] = {}
        for ge in g["events"]:
            gold_in.setdefault(sentence_of(sentences, ge["trigger"]["start"]), set()).add(ge["type"])
        for pe in predicted:
            if id(pe) in used:
                continue
            source = "tagger" if is_tagged(pe) else "lexicon"
            types = gold_in.get(sentence_of(sentences, pe["trigger"]["start"]), set())
            why = "no gold event in sentence" if not types else "wrong type" if pe["type"] not in types else "off by span (its gold event taken)"
            fp[(why, source)] += 1
        for ge in g["events"]:
            if id(ge) in matched:
                continue
            sent = sentence_of(sentences, ge["trigger"]["start"])
            same = [r for r in everything if sent and sent[0] <= r["trigger"]["start"] < sent[1] and r["type"] == ge["type"]]
            if not same:
                other = any(sent and sent[0] <= r["trigger"]["start"] < sent[1] for r in everything)
                why = "no candidate of its type (one of another type there)" if other else "no candidate in its sentence"
            elif any(r in predicted for r in same):
                why = "candidate taken by another gold event"
            elif any(not is_tagged(r) for r in same):
                why = "lexicon candidate gated out"
            else:
                why = "tagger below floor"
            fn[why] += 1
    return {"false": fp, "missed": fn}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("predictions", type=Path, help="a train_gate.py --save-predictions file")
    ap.add_argument("--gate-floor", type=float, default=None)
    ap.add_argument("--tagger-floor", type=float, default=None)
    args = ap.parse_args()
    data = ROOT / "src" / "warta" / "data" / "events"
    gate_floor = args.gate_floor if args.gate_floor is not None else json.loads((data / "gate.json").read_text("utf-8"))["threshold"]
    tagger_floor = args.tagger_floor if args.tagger_floor is not None else json.loads((data / "tagger.json").read_text("utf-8"))["threshold"]
    saved = json.loads(args.predictions.read_text("utf-8"))
    gold = load_gold(real_news_set("train"))
    assert [g["id"] for g in gold] == saved["doc_ids"]["train_out_of_fold"], "predictions of another train set"
    out = losses(gold, saved["train_out_of_fold"], gate_floor, tagger_floor)
    total_gold = sum(len(g["events"]) for g in gold)
    print(f"train out of fold, gate floor {gate_floor}, tagger floor {tagger_floor}; {total_gold} gold events")
    for kind, counts in out.items():
        print(f"{kind}: {sum(counts.values())}")
        for key, n in counts.most_common():
            print(f"  {key}: {n}")


if __name__ == "__main__":
    main()
