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

``--extra FILE`` (JSON lines with ``text`` and ``published``, e.g.
tests/fixtures/events/real-dev.jsonl) adds those texts after the IndoSum articles. ``--tokens``
also dumps the spaCy Doc of each article: every token's text, POS, lemma, entity tag and
sentence start (what the stages after NLP read), so an NLP change is checked too.
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


def _tokens(doc: Any) -> list[str] | None:
    """The Doc's tokens as the later stages read them, one string each."""
    if doc is None:
        return None
    return [f"{t.text}|{t.pos_}|{t.lemma_}|{t.ent_iob_}{t.ent_type_}|{int(t.is_sent_start or 0)}" for t in doc]


def dump(n: int, extra: tuple[str, ...] = (), tokens: bool = False) -> tuple[list[dict], dict[str, float]]:
    texts = [(t, PUBLISHED if i % 2 else None) for i, t in enumerate(raw_news_texts(n))]
    for path in extra:
        with open(path, encoding="utf-8") as f:
            texts += [(g["text"], g.get("published")) for g in map(json.loads, f)]
    config = IngestConfig(stages=default_stages())
    steps = config.before_dedup() + config.after_dedup()
    docs = [Document(doc_id=str(i), content_hash=str(i), source_file="", position="", source_format="txt", raw_text=t,
                     published=p) for i, (t, p) in enumerate(texts)]  # fmt: skip
    out: list[dict] = []

    def keep(batch: list[Document]) -> None:
        for d in batch:
            a = d.annotations
            if tokens:
                out.append({"doc_id": d.doc_id + ":tokens", "tokens": _tokens(a.spacy)})
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
    events = sum(len(b.get("events", ())) for b in before)
    print(f"{len(before)} records, {events} events before, {sum(len(a.get('events', ())) for a in after)} after: {differing} differ")
    return differing


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--out", help="write the dump here")
    ap.add_argument("--extra", action="append", default=[], help="JSON lines of more texts (text, published)")
    ap.add_argument("--tokens", action="store_true", help="dump the spaCy tokens too")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), help="compare two dumps")
    args = ap.parse_args()
    if args.compare:
        before, after = (json.load(open(p, encoding="utf-8")) for p in args.compare)
        raise SystemExit(1 if compare(before, after) else 0)
    out, cpu = dump(args.articles, tuple(args.extra), args.tokens)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False)
    print(" ".join(f"{name}={s:.2f}" for name, s in cpu.items()), f"all={sum(cpu.values()):.2f} CPU-s")


if __name__ == "__main__":
    main()
