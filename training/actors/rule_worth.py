"""What each coreference rule (warta.actors.rules.RULES) and each role-phrase rule
(warta.actors.roles.ROLE_RULES) is worth on the real-news dev set.

Runs the ``nlp`` step once over the set, then the ``actors`` step with all rules and once
with each rule (and each finding step, rules.FINDING) switched off, and prints a Markdown
table: how many mentions the rule resolves (a coreference rule: gives an antecedent or a
default actor; a role rule: reads the role phrase), and how mention F1, canonical-id accuracy,
coreference accuracy and document-level actor recall move when it is off (a rule's worth is
minus that move; counts in brackets).
It never reads the real-news test set: the rules are chosen on dev, test is measured once.

    PYTHONPATH=src OMP_NUM_THREADS=1 .venv/bin/python training/actors/rule_worth.py [--gold tests/fixtures/actors/real-dev.jsonl]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from warta.actors import rules
from warta.actors.roles import ROLE_RULES
from warta.actors.stage import Actors
from warta.evaluate.actors import ActorScores, gold_records, score_documents
from warta.nlp.stage import Nlp
from warta.records import Document

REAL_DEV = Path("tests/fixtures/actors/real-dev.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=REAL_DEV, help="annotated set (never real-test)")
    args = ap.parse_args()
    if "test" in args.gold.name:
        raise SystemExit("rule_worth.py measures on dev sets only: the test set is measured once, with `warta eval actors`")
    docs, records = gold_records(args.gold)
    records = Nlp()(records)
    base = _score(docs, records, frozenset())
    mentions = [m for r in records for m in r.annotations.mentions]
    fires = Counter(m.coref_rule for m in mentions) + Counter(m.role_rule for m in mentions)  # what each rule resolved, all rules on
    print(f"{args.gold}: {base.documents} documents; all rules: mention F1 {base.f1:.3f}, canonical-id {base.id_accuracy:.3f} "
          f"({base.id_correct}/{base.id_known}), coreference {base.coref_accuracy:.3f} ({base.coref_correct}/{base.coref_gold}), "
          f"document-level recall {base.about_recall:.3f} ({base.about_found}/{base.about_gold})\n")  # fmt: skip
    print("| rule | resolves | worth: mention F1 | canonical-id | coreference | doc-level recall |")
    print("|---|---:|---:|---:|---:|---:|")
    resolvers = {rule.name for rule in rules.RULES + ROLE_RULES}  # the rest are finding steps (rules.FINDING)
    for name in rules.RULE_NAMES:
        off = _score(docs, records, frozenset({name}))
        print(f"| {name} | {fires[name] if name in resolvers else '-'} | {base.f1 - off.f1:+.3f} | {base.id_accuracy - off.id_accuracy:+.3f} ({base.id_correct - off.id_correct:+d}) | "
              f"{base.coref_accuracy - off.coref_accuracy:+.3f} ({base.coref_correct - off.coref_correct:+d}) | "
              f"{base.about_recall - off.about_recall:+.3f} ({base.about_found - off.about_found:+d}) |")  # fmt: skip


def _score(docs: list[dict], records: list[Document], without: frozenset[str]) -> ActorScores:
    records = Actors(without=without)(records)
    return score_documents(docs, [r.annotations.mentions for r in records])


if __name__ == "__main__":
    main()
