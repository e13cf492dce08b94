"""Precision and recall of near-duplicate clustering against labelled syndication.

The fixture is JSONL with ``id``, ``story``, ``split``, ``outlet``, ``title``, ``text``:
documents with one story label are copies of one article. We ingest the chosen split
through the real pipeline into a temporary store and score pairs: a pair of documents is
predicted positive when they share a cluster, gold positive when they share a story.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from warta.dedup.index import DedupConfig
from warta.engine.ingest import IngestConfig, ingest
from warta.read import ReadOptions
from warta.store.duck import Store


@dataclass(frozen=True)
class PairScores:
    split: str
    threshold: float
    documents: int
    gold_pairs: int
    predicted_pairs: int
    true_pairs: int

    @property
    def precision(self) -> float:
        return self.true_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.true_pairs / self.gold_pairs if self.gold_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(fixture: str | Path, split: str, threshold: float) -> PairScores:
    rows = [json.loads(line) for line in Path(fixture).read_text("utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if split == "all" or r["split"] == split]
    story = {r["id"]: r["story"] for r in rows}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / f"{split}.jsonl"
        data.write_text("\n".join(json.dumps({k: r[k] for k in ("id", "outlet", "title", "text")}) for r in rows), "utf-8")
        db = Path(tmp) / "eval.duckdb"
        config = IngestConfig(read=ReadOptions(language="id"), dedup=DedupConfig(threshold=threshold), stages=())
        ingest([str(data)], db, config)
        with Store(db, read_only=True) as store:
            cluster = dict(store.query("SELECT doc_id, cluster_id FROM documents"))
    gold = predicted = true = 0
    for a, b in combinations(sorted(story), 2):
        same_story = story[a] == story[b]
        same_cluster = cluster[a] == cluster[b]
        gold += same_story
        predicted += same_cluster
        true += same_story and same_cluster
    return PairScores(split, threshold, len(rows), gold, predicted, true)
