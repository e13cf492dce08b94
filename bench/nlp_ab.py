"""Two (or more) spaCy pipelines over the same cleaned news, CPU time alternated in one process.

    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python bench/nlp_ab.py MODEL_A MODEL_B [...] [--articles 300] [--rounds 4]

A timing moves by 10-30% with the machine's load from one run to the next, so two models timed
one after the other compare badly. Here the steps before NLP (cleaning) run once on the first N
IndoSum articles; then each pipeline (``load_nlp(path)``) runs ``nlp.pipe`` over the cleaned
texts in groups of 16, as an ingest worker's NLP step does, in turn (the order reversed every
other round), ``--rounds`` times. Prints every round's CPU seconds, the best and median of each,
tokens per CPU-second, each one's ratio to the first, and how many documents' entities differ
from the first's.
"""

from __future__ import annotations

import argparse
import statistics
import time

from warta.engine.ingest import IngestConfig, default_stages
from warta.evaluate.nlp import raw_news_texts
from warta.nlp.model import load_nlp
from warta.records import Document
from warta.step import run_steps, step_name


def cleaned_texts(n: int) -> list[str]:
    """The first ``n`` IndoSum articles through the ingest steps that come before NLP."""
    config = IngestConfig(stages=default_stages())
    steps = config.before_dedup() + config.after_dedup()
    before = steps[: [step_name(s) for s in steps].index("nlp")]
    docs = [Document(doc_id=str(i), content_hash=str(i), source_file="", position="", source_format="txt", raw_text=t)
            for i, t in enumerate(raw_news_texts(n))]  # fmt: skip
    return [d.text or "" for d in run_steps(before, docs)]


def one_pass(nlp, texts: list[str], size: int = 16) -> tuple[float, int, list]:
    start = time.process_time()
    tokens, ents = 0, []
    for i in range(0, len(texts), size):
        for doc in nlp.pipe(texts[i : i + size], batch_size=size):
            tokens += len(doc)
            ents.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
    return time.process_time() - start, tokens, ents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", nargs="+")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=4)
    args = ap.parse_args()
    texts = cleaned_texts(args.articles)
    nlps = [load_nlp(m) for m in args.models]
    for nlp in nlps:
        one_pass(nlp, texts[:16])  # warm-up
    n = len(nlps)
    times: list[list[float]] = [[] for _ in nlps]
    tokens, ents = [0] * n, [[] for _ in nlps]
    for r in range(args.rounds):
        for k in range(n) if r % 2 == 0 else reversed(range(n)):
            cpu, tokens[k], ents[k] = one_pass(nlps[k], texts)
            times[k].append(cpu)
        print(f"round {r + 1}: " + ", ".join(f"{chr(65 + k)} {times[k][-1]:.2f} s" for k in range(n)), flush=True)
    best0, median0 = min(times[0]), statistics.median(times[0])
    for k, m in enumerate(args.models):
        best, median = min(times[k]), statistics.median(times[k])
        print(f"{chr(65 + k)} {m}: best {best:.2f} s, median {median:.2f} s, {tokens[k] / best:,.0f} tokens per CPU-s (best); "
              f"/ A: best {best / best0:.3f}, median {median / median0:.3f}; "
              f"documents whose entities differ from A's: {sum(a != b for a, b in zip(ents[0], ents[k]))} of {len(texts)}")  # fmt: skip


if __name__ == "__main__":
    main()
