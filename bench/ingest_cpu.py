"""CPU seconds of one ``ingest`` (the default stages, a fresh DuckDB store) on real news, split
into the driver process and its workers: a steadier figure than wall time on a shared machine.

    OMP_NUM_THREADS=1 .venv/bin/python bench/ingest_cpu.py [--articles 300] [--workers 1] [--steps]

Input: the first N IndoSum articles (as bench_engine.py writes them). Model loading, the store
write and the worker pool are inside the clock; interpreter start-up is not. ``--steps`` also
gives, per process, the CPU seconds inside each step (thread time; a worker's figures exclude
the warm-up its driver ran before forking it) and the rest of that process's CPU: in a
worker, receiving and sending documents; in the driver, reading, dedup and the store write.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

from bench_engine import write_articles

import warta.engine.ingest
from warta.engine.ingest import IngestConfig, ingest
from warta.step import step_name


def _cpu(a: resource.struct_rusage, b: resource.struct_rusage) -> float:
    return (b.ru_utime - a.ru_utime) + (b.ru_stime - a.ru_stime)


_RUN_STEPS = warta.engine.ingest.run_steps
_SPENT: dict[str, float] = {}
_LOG: list[Path] = []


def _timed_steps(steps, docs):
    """``run_steps``, timing each step; after each call its process appends its running totals
    (and its own CPU time) to the log. Module-level, so that the pool can pickle it."""
    for step in steps:
        start = time.thread_time()
        docs = _RUN_STEPS([step], docs)
        _SPENT[step_name(step)] = _SPENT.get(step_name(step), 0.0) + time.thread_time() - start
    with _LOG[0].open("a", encoding="utf-8") as f:
        f.write(json.dumps({"pid": os.getpid(), "steps": _SPENT, "cpu": time.process_time()}) + "\n")
    return docs


def count_steps(log: Path) -> None:
    _LOG.append(log)
    warta.engine.ingest.run_steps = _timed_steps


def report_steps(log: Path, driver_pid: int) -> None:
    """Each process's step totals at its last call; a worker's less what it inherited at the
    fork (the driver calls the steps once, to warm up, before forking its workers)."""
    last: dict[int, dict] = {}
    for line in log.open(encoding="utf-8"):
        row = json.loads(line)
        last[row["pid"]] = row
    inherited = last.get(driver_pid, {"steps": {}})["steps"]
    for pid, row in sorted(last.items(), key=lambda kv: kv[0] != driver_pid):
        own = row["steps"] if pid == driver_pid else {k: v - inherited.get(k, 0.0) for k, v in row["steps"].items()}
        inside = sum(own.values())
        who = "driver" if pid == driver_pid else f"worker {pid}"
        print(f"  {who}: CPU {row['cpu']:.2f} s at its last call, in steps {inside:.2f}, rest {row['cpu'] - inside:.2f}: "
              + " ".join(f"{k}={v:.2f}" for k, v in own.items() if v > 0.005))  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--steps", action="store_true", help="CPU per step in the driver and in each worker")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "articles.jsonl")
        n = write_articles(args.articles, path)  # the corpus may hold fewer than asked (IndoSum fold 1: 750)
        if args.steps:
            count_steps(Path(tmp, "steps.jsonl"))
        self0, kids0, wall0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        ingest([str(path)], Path(tmp, "store.duckdb"), IngestConfig(workers=args.workers))
        driver = _cpu(self0, resource.getrusage(resource.RUSAGE_SELF))
        workers = _cpu(kids0, resource.getrusage(resource.RUSAGE_CHILDREN))
        print(f"{n} articles, --workers {args.workers}: wall {time.perf_counter() - wall0:.1f} s, load {os.getloadavg()[0]:.1f}, "
              f"driver {driver:.2f} CPU-s, workers {workers:.2f} CPU-s, {n / (driver + workers):.1f} articles per CPU-s")  # fmt: skip
        if args.steps:
            report_steps(Path(tmp, "steps.jsonl"), os.getpid())


if __name__ == "__main__":
    main()
