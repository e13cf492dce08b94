"""What this machine gives a job that needs no coordination at all: the same fixed pure-Python
CPU work done twice in one process, then once in each of two forked processes at the same time.

    python bench/machine_scaling.py [--rounds 5]

The ratio of the two wall times is the most two workers can gain here; ``bench_engine.py
--ceiling`` measures it between its own runs, so that a two-worker speed-up of ``warta ingest``
can be read against what the machine gave in the same minutes. On a shared or virtual machine
it is below 2 and moves from minute to minute (2026-12-08: 1.35-1.88 over ten rounds).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import time

# About two seconds of one core's work per unit on the project's machine.
WORK = 30_000_000


def burn(n: int) -> int:
    """Integer arithmetic and small dict writes: CPU-bound, no I/O, no shared state."""
    total = 0
    for i in range(n):
        total += i * i % 7
    table: dict[int, str] = {}
    for i in range(n // 10):
        table[i % 5000] = str(i)
    return total


def scaling(work: int = WORK) -> tuple[float, float]:
    """Wall seconds of two units in one process, and of one unit in each of two processes."""
    start = time.perf_counter()
    burn(work)
    burn(work)
    serial = time.perf_counter() - start
    with mp.get_context("fork").Pool(2) as pool:
        pool.map(int, [0, 0])  # the workers are up before the clock starts
        start = time.perf_counter()
        pool.map(burn, [work, work], chunksize=1)
        parallel = time.perf_counter() - start
    return serial, parallel


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    ratios = []
    for _ in range(args.rounds):
        serial, parallel = scaling()
        ratios.append(serial / parallel)
        print(f"1 process {serial:.2f} s, 2 processes {parallel:.2f} s: {serial / parallel:.2f}x")
    print(f"median {statistics.median(ratios):.2f}x (least {min(ratios):.2f}x, most {max(ratios):.2f}x)")


if __name__ == "__main__":
    main()
