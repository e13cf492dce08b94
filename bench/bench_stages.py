"""CPU time of each stage of the whole pipeline, in one process, over real news.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_stages.py [--articles 300]

The first N IndoSum articles (dev fold 1); every step runs on batches of 16 as an ingest
worker runs them (models loaded before the clock). Prints CPU seconds per stage, articles
per CPU-second, and NLP tokens per CPU-second.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from warta.engine.ingest import IngestConfig, default_stages
from warta.evaluate.nlp import raw_news_texts
from warta.records import Document
from warta.step import run_steps, step_name


def timed_batches(steps: list, docs: list[Document], each: Callable[[list[Document]], None] | None = None, size: int = 16) -> dict[str, float]:
    """Run ``steps`` over ``docs`` in batches of ``size`` as an ingest worker does (the models
    loaded first, on one warm-up document), timing each step in CPU seconds; ``each(batch)``
    sees every finished batch before its transient slots (the spaCy Doc) are dropped."""
    run_steps(steps, [Document(doc_id="w", content_hash="w", source_file="", position="", source_format="txt", raw_text=docs[-1].raw_text)])
    cpu: dict[str, float] = {}
    for i in range(0, len(docs), size):
        batch = docs[i : i + size]
        for step in steps:
            start = time.process_time()
            batch = run_steps([step], batch)
            cpu[step_name(step)] = cpu.get(step_name(step), 0.0) + time.process_time() - start
        if each is not None:
            each(batch)
        for d in batch:
            d.annotations.drop_transient()
    return cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args()
    texts = raw_news_texts(args.articles)
    config = IngestConfig(stages=default_stages())
    steps = config.before_dedup() + config.after_dedup()
    docs = [Document(doc_id=str(i), content_hash=str(i), source_file="", position="", source_format="txt", raw_text=t)
            for i, t in enumerate(texts)]  # fmt: skip
    counted = {"tokens": 0}

    def count_tokens(batch: list[Document]) -> None:
        counted["tokens"] += sum(len(d.annotations.spacy) for d in batch if d.annotations.spacy is not None)

    cpu = timed_batches(steps, docs, count_tokens)
    tokens = counted["tokens"]
    total = sum(cpu.values())
    print(f"{len(docs)} IndoSum articles, {sum(map(len, texts)):,} characters, {tokens:,} tokens")
    print("| stage | CPU s | share |")
    print("|---|---:|---:|")
    for name, s in cpu.items():
        print(f"| {name} | {s:.2f} | {100 * s / total:.1f}% |")
    print(f"| **all** | {total:.2f} | 100% |")
    print(f"articles per CPU-second: {len(docs) / total:.1f}; NLP tokens per CPU-second: {tokens / cpu['nlp']:,.0f}")


if __name__ == "__main__":
    main()
