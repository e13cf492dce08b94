"""What each actor rule (warta.actors.rules.RULE_NAMES: coreference rules, finding steps,
role-phrase rules) is worth to the EVENTS on the real-news event dev set.

The events step reads the actors' mentions (who acts, who is acted on), so a rule that earns
nothing on the actor measures (training/actors/rule_worth.py) may still earn its place there.
Runs cleaning and the ``nlp`` step once over the set, then the later stages of ``warta ingest``
with all rules and once with each rule switched off, and prints a Markdown table of the worth
(score with all rules - score with the rule off; counts of true positives in brackets) of:
event F1, actor F1 over matched events, recipient F1 over matched events, actor F1 end to end.
The "all rules" figures equal ``warta eval events tests/fixtures/events/real-dev.jsonl``.
It never reads the real-news test set.

    PYTHONPATH=src OMP_NUM_THREADS=1 .venv/bin/python training/actors/rule_worth_events.py [--rule NAME ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from warta.actors.rules import RULE_NAMES
from warta.evaluate.actors import events_without, through_nlp
from warta.evaluate.events import EventScores, load_gold

REAL_DEV = Path("tests/fixtures/events/real-dev.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=REAL_DEV, help="event gold set (never real-test)")
    ap.add_argument("--rule", action="append", choices=RULE_NAMES, help="measure only these rules (repeatable; default: all)")
    args = ap.parse_args()
    if "test" in args.gold.name:
        raise SystemExit("rule_worth_events.py measures on dev sets only: the test set is measured once, with `warta eval events`")
    gold = load_gold(args.gold)
    docs = through_nlp(gold)
    base = events_without(gold, docs)
    print(f"{args.gold}: {base.documents} documents; all rules: {_figures(base)}\n")
    print("| rule | worth: event F1 | actor F1 (matched) | recipient F1 (matched) | actor F1 (end to end) |")
    print("|---|---:|---:|---:|---:|")
    for name in args.rule or RULE_NAMES:
        off = events_without(gold, docs, {name})
        cells = [f"{b.f1 - o.f1:+.3f} ({b.tp - o.tp:+d})" for b, o in _measures(base, off)]
        print(f"| {name} | {' | '.join(cells)} |", flush=True)


def _measures(base: EventScores, off: EventScores):
    return [(base.events, off.events), (base.actor_matched, off.actor_matched),
            (base.recipient_matched, off.recipient_matched), (base.actor_e2e, off.actor_e2e)]  # fmt: skip


def _figures(s: EventScores) -> str:
    return (f"event F1 {s.events.f1:.3f}, actor F1 (matched) {s.actor_matched.f1:.3f}, recipient F1 (matched) "
            f"{s.recipient_matched.f1:.3f}, actor F1 (end to end) {s.actor_e2e.f1:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
