"""CPU seconds of one ``ingest`` (the default stages, a fresh DuckDB store) on real news, split
into the driver process and its workers: a steadier figure than wall time on a shared machine.

    OMP_NUM_THREADS=1 .venv/bin/python bench/ingest_cpu.py [--articles 300] [--workers 1]

Input: the first N IndoSum articles (as bench_engine.py writes them). Model loading, the store
write and the worker pool are inside the clock; interpreter start-up is not.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from bench_engine import write_articles

from warta.engine.ingest import IngestConfig, ingest


def _cpu(a: resource.struct_rusage, b: resource.struct_rusage) -> float:
    return (b.ru_utime - a.ru_utime) + (b.ru_stime - a.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "articles.jsonl")
        write_articles(args.articles, path)
        self0, kids0, wall0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        ingest([str(path)], Path(tmp, "store.duckdb"), IngestConfig(workers=args.workers))
        driver = _cpu(self0, resource.getrusage(resource.RUSAGE_SELF))
        workers = _cpu(kids0, resource.getrusage(resource.RUSAGE_CHILDREN))
    print(f"{args.articles} articles, --workers {args.workers}: wall {time.perf_counter() - wall0:.1f} s, "
          f"driver {driver:.2f} CPU-s, workers {workers:.2f} CPU-s, {args.articles / (driver + workers):.1f} articles per CPU-s")  # fmt: skip


if __name__ == "__main__":
    main()
