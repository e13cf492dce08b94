"""Throughput of the events, places and dates stages on top of NLP, per core.

Runs the nlp and actors stages once over the texts (not timed), then times the events
stage (shipped, and the lexicon alone without the learned gate and tagger), places and dates
alone, several rounds, single process. Reports sentences per CPU-second of each and the share
it adds to the NLP stage's CPU time (measured in the same process: CPU seconds, not wall time,
so that a machine loaded by other work gives the same ratio). Texts: real-news train+dev (default) or
the authored gold sets (--set authored).

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_events.py [--rounds 5] [--set real|authored]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from warta.actors.stage import Actors
from warta.clean.step import Clean
from warta.dates.stage import Dates
from warta.events.stage import Events
from warta.nlp.stage import Nlp
from warta.places.stage import Places
from warta.records import Document

ROOT = Path(__file__).resolve().parents[1]


def texts(which: str) -> list[dict]:
    rows = []
    for name in (("real-train", "real-dev") if which == "real" else ("dev", "test")):
        rows += [json.loads(x) for x in (ROOT / f"tests/fixtures/events/{name}.jsonl").read_text("utf-8").splitlines() if x.strip()]
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--set", choices=("real", "authored"), default="real")
    args = ap.parse_args()
    rows = texts(args.set)
    docs = [Document(doc_id=r["id"], content_hash=r["id"], source_file="-", position="", source_format="txt",
                     raw_text=r["text"], published=r.get("published")) for r in rows]  # fmt: skip
    docs = Clean()(docs)
    for step in (Nlp(), Actors(), Events(), Places(), Dates()):  # warm every resource once
        step(docs[:5])
    t = time.process_time()
    docs = Nlp()(docs)
    nlp_s = time.process_time() - t
    docs = Actors()(docs)
    sentences = sum(len(d.annotations.sentences) for d in docs)
    timings = {}
    for name, step in (("events", Events()), ("events (lexicon only)", Events(gate=False, tagger=False)), ("places", Places()), ("dates", Dates())):
        best = float("inf")
        for _ in range(args.rounds):
            t = time.process_time()
            step(docs)
            best = min(best, time.process_time() - t)
        timings[name] = best
    print(f"{len(docs)} documents, {sentences} sentences; nlp stage {nlp_s:.2f} CPU-s ({sentences / nlp_s:,.0f} sentences/CPU-s)")
    for name, s in timings.items():
        print(f"{name:22s} {s:7.2f} CPU-s  {sentences / s:10,.0f} sentences/CPU-s  {100 * s / nlp_s:5.1f}% of nlp CPU")


if __name__ == "__main__":
    main()
