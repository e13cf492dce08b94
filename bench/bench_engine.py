"""The whole pipeline end to end through ``warta ingest``: articles/s with 1 and 2 workers.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_engine.py [--articles 400] [--workers 1 2] [--rounds 1]

Input: the first N IndoSum news articles (../shared/corpora/indosum-devfolds, dev fold 1),
detokenised and written to a temporary JSONL (no corpus text enters the repo). Each
configuration runs ``warta ingest`` as its own process on a fresh store; the clock covers
the whole command (start-up and model loading included). Reported: wall seconds,
articles/s, CPU seconds of the command and its workers (RUSAGE_CHILDREN), articles per
CPU-second, and the speed-up of each worker count over one worker measured in the same run.
``--ceiling`` also measures, in each round, what the machine gives two processes of work that
needs no coordination (bench/machine_scaling.py): the most two workers can gain in those minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from machine_scaling import scaling  # noqa: E402


def write_articles(n: int, path: Path) -> int:
    from warta.evaluate.nlp import raw_news_texts

    texts = raw_news_texts(n)
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            f.write(json.dumps({"id": f"indosum-{i}", "text": text, "published": "2017-04-01"}, ensure_ascii=False) + "\n")
    return len(texts)


def run_ingest(path: Path, db: Path, workers: int, extra: list[str]) -> dict:
    """One ``warta ingest`` in a child process: wall time and CPU time of it and its workers."""
    db.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "warta", "ingest", str(path), "--db", str(db), "--workers", str(workers), "--json", *extra]
    out = subprocess.run(cmd, capture_output=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = json.loads(out.stdout)
    return {"wall": wall, "cpu": cpu, "stored": summary["stored"], "processed": summary["indonesian"],
            "failed": summary["failed_documents"]}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--rounds", type=int, default=1, help="Repeat each configuration; the best wall time is kept.")
    ap.add_argument("--ceiling", action="store_true", help="Also measure the machine's own two-process scaling each round.")
    ap.add_argument("extra", nargs="*", help="More options for warta ingest (after --).")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        n = write_articles(args.articles, tmp / "indosum.jsonl")
        results: dict[int, dict] = {}
        rounds: list[str] = []  # each round's speed-ups, beside the machine's own scaling in that round
        for _ in range(args.rounds):
            walls = {}
            for w in args.workers:  # interleaved, so machine load falls on every configuration
                r = run_ingest(tmp / "indosum.jsonl", tmp / f"w{w}.duckdb", w, args.extra)
                walls[w] = r["wall"]
                if w not in results or r["wall"] < results[w]["wall"]:
                    results[w] = r
            ups = ", ".join(f"{w} workers {walls[1] / walls[w]:.2f}x" for w in walls if w != 1 and 1 in walls)
            if args.ceiling:
                serial, parallel = scaling()
                ups += f"; the machine's own two-process scaling {serial / parallel:.2f}x"
            rounds.append(ups)
    print(f"{n} IndoSum articles, full pipeline through `warta ingest` (best of {args.rounds})")
    print("| workers | wall s | articles/s | CPU s | articles per CPU-s | speed-up vs 1 worker | processed | failed |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    base = results.get(1)
    for w, r in sorted(results.items()):
        speedup = f"{base['wall'] / r['wall']:.2f}x" if base else ""
        print(f"| {w} | {r['wall']:.1f} | {n / r['wall']:.1f} | {r['cpu']:.1f} | {n / r['cpu']:.1f} | {speedup} | {r['processed']} | {r['failed']} |")
    for k, ups in enumerate(rounds, 1):
        if ups:
            print(f"round {k}: {ups}")


if __name__ == "__main__":
    main()
