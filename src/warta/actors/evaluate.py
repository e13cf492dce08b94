"""Actor mentions against the annotated dev set (tests/fixtures/actors/dev.jsonl).

- mentions: precision/recall/F1, a predicted mention matching a gold one on exact span;
- canonical id: of span-matched mentions whose gold actor_id is known, the share resolved to it;
- coreference: of gold pronoun/description mentions (those with an antecedent), the share
  found with the gold actor_id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from warta.actors.coref import resolve_mentions


@dataclass(frozen=True)
class ActorScores:
    documents: int
    gold: int
    predicted: int
    matched: int
    id_known: int
    id_correct: int
    coref_gold: int
    coref_correct: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def id_accuracy(self) -> float:
        return self.id_correct / self.id_known if self.id_known else 0.0

    @property
    def coref_accuracy(self) -> float:
        return self.coref_correct / self.coref_gold if self.coref_gold else 0.0


def evaluate(gold_path: str | Path) -> ActorScores:
    docs = [json.loads(line) for line in Path(gold_path).read_text("utf-8").splitlines() if line.strip()]
    gold_n = pred_n = matched = id_known = id_correct = coref_gold = coref_correct = 0
    for doc in docs:
        predicted = {(m.start, m.end): m for m in resolve_mentions(doc["text"])}
        pred_n += len(predicted)
        for g in doc["mentions"]:
            gold_n += 1
            p = predicted.get((g["start"], g["end"]))
            if g.get("antecedent") is not None:
                coref_gold += 1
                coref_correct += bool(p and g["actor_id"] and p.actor_id == g["actor_id"])
            if p is None:
                continue
            matched += 1
            if g["actor_id"]:
                id_known += 1
                id_correct += p.actor_id == g["actor_id"]
    return ActorScores(len(docs), gold_n, pred_n, matched, id_known, id_correct, coref_gold, coref_correct)
