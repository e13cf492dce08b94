"""Two builds of a later stage in one process: the same annotated documents, CPU time alternated.

    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python bench/stage_ab.py --old OLD/src [--rounds 5]

A build's timing moves by 10-30% with the machine's load from one run to the next, so two
builds run one after the other compare badly. Here the stages before events (cleaning, NLP,
actors) run once on the first N IndoSum articles (and ``--extra`` texts); then the events and
dates stages of this build and of the ``--old`` source tree (its ``warta/events`` and
``warta/dates`` packages copied under other names, their imports rewritten) run alternately
over the same documents, ``--rounds`` times each. Prints the best and median CPU seconds of
each, and whether their events and dates are the same.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from warta.engine.ingest import IngestConfig, default_stages
from warta.evaluate.nlp import raw_news_texts
from warta.records import Document
from warta.step import run_steps, step_name

PACKAGES = ("events", "dates")


def old_steps(src: Path, into: Path) -> dict[str, type]:
    """The Events and Dates step classes of the tree ``src`` (``warta_old_events``, ``warta_old_dates``)."""
    for pkg in PACKAGES:
        dest = into / f"warta_old_{pkg}"
        shutil.copytree(src / "warta" / pkg, dest)
        for f in dest.glob("*.py"):
            text = f.read_text("utf-8")
            for other in PACKAGES:
                text = re.sub(rf"\bwarta\.{other}\b", f"warta_old_{other}", text)
            f.write_text(text, "utf-8")
    sys.path.insert(0, str(into))
    return {"events": importlib.import_module("warta_old_events.stage").Events,
            "dates": importlib.import_module("warta_old_dates.stage").Dates}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", required=True, help="the other build's src folder")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--extra", action="append", default=[], help="JSON lines of more texts (text, published)")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    texts = [(t, "2018-03-14" if i % 2 else None) for i, t in enumerate(raw_news_texts(args.articles))]
    for path in args.extra:
        with open(path, encoding="utf-8") as f:
            texts += [(g["text"], g.get("published")) for g in map(json.loads, f)]
    steps = IngestConfig(stages=default_stages()).before_dedup() + IngestConfig(stages=default_stages()).after_dedup()
    names = [step_name(s) for s in steps]
    first = steps[: names.index("events")]
    new = {"events": steps[names.index("events")], "dates": steps[names.index("dates")]}
    old = {k: cls() for k, cls in old_steps(Path(args.old), Path(tempfile.mkdtemp(prefix="stage_ab_"))).items()}
    places = steps[names.index("places")]
    docs = [Document(doc_id=str(i), content_hash=str(i), source_file="", position="", source_format="txt", raw_text=t, published=p)
            for i, (t, p) in enumerate(texts)]  # fmt: skip
    batches = [run_steps(first, docs[i : i + 16]) for i in range(0, len(docs), 16)]  # spaCy Docs kept
    for build in (new, old):  # warm up: models loaded, caches as after one pass
        for batch in batches:
            run_steps([build["events"], places, build["dates"]], [copy.copy(d) for d in batch])
    cpu: dict[str, dict[str, list[float]]] = {b: {k: [] for k in PACKAGES} for b in ("new", "old")}
    out: dict[str, list] = {}
    for _ in range(args.rounds):
        for label, build in (("old", old), ("new", new)):
            results = []
            for batch in batches:
                work = [copy.copy(d) for d in batch]
                for d in work:
                    d.annotations = copy.copy(d.annotations)
                for k, step in (("events", build["events"]), ("places", places), ("dates", build["dates"])):
                    start = time.process_time()
                    work = run_steps([step], work)
                    if k in cpu[label]:
                        cpu[label][k].append(time.process_time() - start)
                results += [([e.as_dict(d.doc_id) for e in d.annotations.events], [x.as_dict() for x in d.annotations.dates]) for d in work]
            out[label] = results
    n = len(batches)
    for label in ("old", "new"):
        for k in PACKAGES:
            per_round = [sum(cpu[label][k][r * n : (r + 1) * n]) for r in range(args.rounds)]
            print(f"{label} {k}: best {min(per_round):.3f} median {statistics.median(per_round):.3f} CPU-s over {len(docs)} articles")
    same = out["old"] == out["new"]
    print(f"events and dates the same: {same} ({sum(len(e) for e, _ in out['new'])} events, {sum(len(x) for _, x in out['new'])} dates)")
    raise SystemExit(0 if same else 1)


if __name__ == "__main__":
    main()
