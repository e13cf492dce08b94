"""Does a speed change keep every output the same? Dump what the later stages produce on real news.

    OMP_NUM_THREADS=1 PYTHONPATH=OLD/src .venv/bin/python bench/same_output.py --out before.json
    OMP_NUM_THREADS=1 PYTHONPATH=src     .venv/bin/python bench/same_output.py --out after.json
    .venv/bin/python bench/same_output.py --compare before.json after.json

The first N IndoSum articles (as ``bench_stages.py`` reads them) run through every stage of
``warta ingest`` after dedup, in batches of 16; every other article gets a publication date,
so the date rules that need one run too. The dump holds, per article, the sentences,
entities and mentions, every event (``Event.as_dict``: type, trigger, roles, modality,
confidence, extractor, location, date), the dates and places found, and the search terms;
``--compare`` names the first differences. Each run also prints the CPU seconds of every
stage, so two builds run one after the other give a ratio on the same load.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from typing import Any

from bench_stages import timed_batches

from warta.engine.ingest import IngestConfig, default_stages
from warta.evaluate.nlp import raw_news_texts
from warta.records import Document

PUBLISHED = "2018-03-14"  # given to every other article


def _plain(x: Any) -> Any:
    """Annotations as JSON: dataclasses field by field, everything else as itself or its repr."""
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return {f.name: _plain(getattr(x, f.name)) for f in dataclasses.fields(x)}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    if isinstance(x, dict):
        return {str(k): _plain(v) for k, v in x.items()}
    if isinstance(x, set | frozenset):
        return sorted(_plain(v) for v in x)
    if x is None or isinstance(x, (str, int, float, bool)):
        return x
    return repr(x)


def dump(n: int) -> tuple[list[dict], dict[str, float]]:
    texts = raw_news_texts(n)
    config = IngestConfig(stages=default_stages())
    steps = config.before_dedup() + config.after_dedup()
    docs = [Document(doc_id=str(i), content_hash=str(i), source_file="", position="", source_format="txt", raw_text=t,
                     published=PUBLISHED if i % 2 else None) for i, t in enumerate(texts)]  # fmt: skip
    out: list[dict] = []

    def keep(batch: list[Document]) -> None:
        for d in batch:
            a = d.annotations
            out.append({
                "doc_id": d.doc_id, "status": d.status, "failure": _plain(d.failure),
                "events": [e.as_dict(d.doc_id) for e in a.events],
                **{k: _plain(getattr(a, k)) for k in ("sentences", "entities", "mentions", "dates", "places", "terms")},
            })  # fmt: skip

    cpu = timed_batches(steps, docs, keep)
    return out, cpu


def compare(before: list[dict], after: list[dict]) -> int:
    """The number of articles whose outputs differ (the first few differences are printed)."""
    differing = 0
    for b, a in zip(before, after, strict=True):
        keys = [k for k in b if b[k] != a.get(k)]
        if keys:
            differing += 1
            if differing <= 5:
                k = keys[0]
                print(f"article {b['doc_id']}: {', '.join(keys)} differ; first {k}:\n  before {str(b[k])[:400]}\n  after  {str(a[k])[:400]}")
    events = sum(len(b["events"]) for b in before)
    print(f"{len(before)} articles, {events} events before, {sum(len(a['events']) for a in after)} after: {differing} articles differ")
    return differing


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--out", help="write the dump here")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), help="compare two dumps")
    args = ap.parse_args()
    if args.compare:
        before, after = (json.load(open(p, encoding="utf-8")) for p in args.compare)
        raise SystemExit(1 if compare(before, after) else 0)
    out, cpu = dump(args.articles)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False)
    print(" ".join(f"{name}={s:.2f}" for name, s in cpu.items()), f"all={sum(cpu.values()):.2f} CPU-s")


if __name__ == "__main__":
    main()
