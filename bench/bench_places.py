"""Gazetteer load time and geocoding throughput (mentions/s), single process.

    .venv/bin/python bench/bench_places.py [--repeat 40]

Load: best of 3 loads of the shipped gazetteer (file cache warm). Geocoding: every mention
of the place gold sets (dev and test), resolved with its text as context, repeated.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from warta.places.gazetteer import load_gazetteer
from warta.places.resolve import Context, candidates

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=40)
    args = ap.parse_args()
    loads = []
    for _ in range(3):
        t = time.perf_counter()
        gaz = load_gazetteer()
        loads.append(time.perf_counter() - t)
    rows = []
    for name in ("dev", "test"):
        rows += [json.loads(x) for x in (ROOT / f"tests/fixtures/places/{name}.jsonl").read_text("utf-8").splitlines() if x.strip()]
    work = [(r["mention"]["text"], Context(text=r["text"])) for r in rows] * args.repeat
    t = time.perf_counter()
    for mention, ctx in work:
        candidates(gaz, mention, ctx)
    dt = time.perf_counter() - t
    print(f"gazetteer: {len(gaz.places):,} places, load best of 3 {min(loads):.3f} s (all: {', '.join(f'{x:.3f}' for x in loads)})")
    print(f"geocoding: {len(work):,} mentions in {dt:.2f} s = {len(work) / dt:,.0f} mentions/s")


if __name__ == "__main__":
    main()
