"""Every span error of an annotated set next to what it meets: each gold mention not found at its
span (or found with another id) with the found mentions overlapping it, and each found mention
near no gold mention. One line per error, tab-separated, for grouping losses by cause:

    KIND  doc  gold text [gold id]  found text [found id] (rule) ...

KIND is ``miss`` (no found mention at the gold span), ``id`` (found at the span, another id) or
``spurious`` (a found mention overlapping no gold mention).

    PYTHONPATH=src OMP_NUM_THREADS=1 .venv/bin/python training/actors/span_pairs.py --gold tests/fixtures/actors/real-train.jsonl

Like error_analysis.py, it refuses the real-news test set.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from warta.evaluate.actors import analysed_train_or_dev


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=Path("tests/fixtures/actors/real-dev.jsonl"), help="annotated set (never real-test)")
    args = ap.parse_args()
    docs, records = analysed_train_or_dev(args.gold, "span_pairs.py")
    for doc, record in zip(docs, records):
        found = record.annotations.mentions
        for g in doc["mentions"]:
            at = [m for m in found if (m.start, m.end) == (g["start"], g["end"])]
            if at and (at[0].actor_id == g["actor_id"] or not g["actor_id"]):
                continue  # the scorer counts an id only where the gold has one
            over = [m for m in found if m.start < g["end"] and g["start"] < m.end]
            shown = "  ".join(f"{_flat(m.text)} [{m.actor_id}] ({m.rule})" for m in over) or "-"
            kind = "id" if at else "miss"
            print(f"{kind}\t{doc['doc_id']}\t{_flat(g['text'])} [{g['actor_id']}]{' ant' if g.get('antecedent') is not None else ''}\t{shown}")
        for m in found:
            if not any(g["start"] < m.end and m.start < g["end"] for g in doc["mentions"]):
                print(f"spurious\t{doc['doc_id']}\t-\t{_flat(m.text)} [{m.actor_id}] ({m.rule})")


def _flat(text: str) -> str:
    return " ".join(text.split())


if __name__ == "__main__":
    main()
