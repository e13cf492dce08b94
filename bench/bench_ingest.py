"""Throughput and memory of read → clean → language id → dedup (→ store).

    .venv/bin/python bench/bench_ingest.py [--synthetic 100000] [--skip-synthetic]

Corpora: the 9,745 CLICK-ID articles (../shared/corpora/click-id-articles/derived, read as
JSONL) and a synthetic set built at run time from their sentences (so no corpus text is
ever written into the repo): documents of 8-16 shuffled sentences, 10% of them lightly
edited copies of earlier ones and 2% exact copies.

Reported, for each configuration: documents/s, and the ratio to a baseline measured in the
same process (parsing the JSONL with orjson and nothing else), so machine load shows up in
both. Memory is measured in child processes (peak resident set of the process, plus the
peak of one worker when there are workers: a conservative sum).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
CLICK_ID = ROOT.parent / "shared" / "corpora" / "click-id-articles" / "derived" / "click-id-articles.jsonl"


def baseline(path: Path) -> tuple[int, float]:
    """Parse every line with orjson: the floor any reader pays."""
    start = time.perf_counter()
    n = 0
    with path.open("rb") as f:
        for line in f:
            orjson.loads(line)
            n += 1
    return n, time.perf_counter() - start


def pipeline_without_store(path: Path, workers: int) -> tuple[int, float]:
    """Read, clean, identify language, fingerprint and deduplicate; store nothing."""
    from warta.engine.extract import extract
    from warta.engine.ingest import IngestConfig

    start = time.perf_counter()
    n = sum(1 for _ in extract([str(path)], IngestConfig(workers=workers, stages=())))
    return n, time.perf_counter() - start


CHILD = """
import json, resource, sys, time
from warta.engine.ingest import IngestConfig, ingest
start = time.perf_counter()
s = ingest([sys.argv[1]], sys.argv[2], IngestConfig(workers=int(sys.argv[3]), stages=()))
print(json.dumps({"seconds": time.perf_counter() - start, "stored": s.stored, "duplicates": s.exact_duplicates + s.near_duplicates,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "children_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


CHILD_NO_STORE = """
import json, resource, sys, time
from warta.engine.extract import extract
from warta.engine.ingest import IngestConfig
start = time.perf_counter()
n = sum(1 for _ in extract([sys.argv[1]], IngestConfig(workers=int(sys.argv[2]), stages=())))
print(json.dumps({"seconds": time.perf_counter() - start, "documents": n,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "children_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def full_ingest(path: Path, workers: int, tmp: Path) -> dict:
    db = tmp / f"bench-{path.stem}-{workers}.duckdb"
    db.unlink(missing_ok=True)
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(db), str(workers)], capture_output=True, check=True)
    return json.loads(out.stdout.decode().strip().splitlines()[-1])


def no_store_memory(path: Path, workers: int) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD_NO_STORE, str(path), str(workers)], capture_output=True, check=True)
    return json.loads(out.stdout.decode().strip().splitlines()[-1])


def synthetic(n: int, out: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    sentences = []
    with CLICK_ID.open("rb") as f:
        for line in f:
            text = orjson.loads(line)["content"]
            sentences.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 6)
    docs: list[str] = []
    with out.open("wb") as f:
        for i in range(n):
            roll = rng.random()
            if docs and roll < 0.02:
                text = docs[rng.randrange(len(docs))]
            elif docs and roll < 0.12:
                parts = docs[rng.randrange(len(docs))].split(". ")
                parts[rng.randrange(len(parts))] = rng.choice(sentences)
                text = ". ".join(parts)
            else:
                text = " ".join(rng.choice(sentences) for _ in range(rng.randint(8, 16)))
            if len(docs) < 20_000:
                docs.append(text)
            f.write(orjson.dumps({"id": f"syn-{i}", "title": f"Artikel {i}", "text": text, "source": rng.choice(["Kompas", "Detik", "Antara", "Tempo"])}) + b"\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--synthetic", type=int, default=100_000)
    parser.add_argument("--skip-synthetic", action="store_true")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpora = [("click-id (9,745 articles)", CLICK_ID)]
        if not args.skip_synthetic:
            corpora.append((f"synthetic ({args.synthetic:,} documents)", synthetic(args.synthetic, tmp / "synthetic.jsonl")))
        for name, path in corpora:
            n, base = baseline(path)
            rows.append((name, "baseline: orjson parse only", n / base, 1.0, None))
            for workers in (1, 2):
                n, secs = pipeline_without_store(path, workers)
                rows.append((name, f"read+clean+lang+dedup, {workers} process(es)", n / secs, base / secs, None))
            for workers in (1, 2):
                r = no_store_memory(path, workers)
                rows.append((name, f"read+clean+lang+dedup in a child process, {workers} process(es)", n / r["seconds"], base / r["seconds"],
                             r["peak_rss_mb"] + (r["children_peak_rss_mb"] if workers > 1 else 0)))  # fmt: skip
            for workers in (1, 2):
                r = full_ingest(path, workers, tmp)
                rows.append((name, f"warta ingest --no-nlp (with store), --workers {workers}", n / r["seconds"], base / r["seconds"],
                             r["peak_rss_mb"] + (r["children_peak_rss_mb"] if workers > 1 else 0)))  # fmt: skip
    print("| corpus | configuration | documents/s | ratio to baseline | peak memory (MB) |")
    print("|---|---|---:|---:|---:|")
    for name, config, rate, ratio, mem in rows:
        print(f"| {name} | {config} | {rate:,.0f} | {ratio:.3f} | {'' if mem is None else f'{mem:,.0f}'} |")


if __name__ == "__main__":
    main()
