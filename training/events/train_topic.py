"""Train the news-section classifier the event gate and tagger read (warta.events.topic).

    OMP_NUM_THREADS=1 .venv/bin/python training/events/train_topic.py          # writes src/warta/data/events/topic.json
    OMP_NUM_THREADS=1 .venv/bin/python training/events/train_topic.py --check  # rerun, compare with the shipped file

Labels are the outlets' own sections: an article is "news" when CLICK-ID files it under a news
section (training/realnews/sample.py NEWS_SECTIONS: news, nasional, regional, internasional,
metropolitan, kriminal, ...), else not (sport, celebrity, lifestyle, money, tech, travel ...).
Trained on CLICK-ID without sindonews.com (reserved for independent evaluation) and without
every article of the real-news dev and test sets or sharing a sentence with one; scored on a
held-out fifth of CLICK-ID and on all of IndoSum (other outlets, never trained on: "tajuk
utama" is news). About a minute.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training" / "realnews"))
from sample import NEWS_SECTIONS, _words, clickid_articles, indosum_articles, split_sentences  # noqa: E402

from warta.events.topic import words  # noqa: E402

OUT = ROOT / "src" / "warta" / "data" / "events" / "topic.json"
REPORT = Path(__file__).with_name("topic-report.json")
VERSION = "topic1"
SEED = 0
C = 0.5  # L1: under a thousand words carry the decision, the file stays small
INDOSUM_NEWS = {"tajuk utama"}


def evaluation_sentences() -> tuple[set[str], set[str]]:
    """Sources and normalised sentences of the real-news dev and test documents."""
    sources, sentences = set(), set()
    for line in (ROOT / "training" / "realnews" / "docs.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        if d["split"] in ("dev", "test"):
            sources.add(d["source"])
            sentences.update(w for w in map(_words, d["sentences"]) if len(w.split()) >= 4)
    return sources, sentences


def text_of(art: dict) -> str:
    return f"{art['title']}\n{art['body']}" if art["title"] else art["body"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="train again and compare with the shipped file instead of writing it")
    args = parser.parse_args()
    t0 = time.time()
    held_sources, held_sentences = evaluation_sentences()
    arts = [a for a in clickid_articles() if a["body"].strip()]
    kept = [a for a in arts if a["source"] not in held_sources and not any(w in held_sentences for w in map(_words, split_sentences(a["body"])))]
    rng = random.Random(SEED)
    rng.shuffle(kept)
    cut = len(kept) * 4 // 5
    train, held = kept[:cut], kept[cut:]
    vec = CountVectorizer(analyzer=lambda t: sorted(words(t)), binary=True, min_df=3)
    X = vec.fit_transform([text_of(a) for a in train])
    y = np.array([a["category"].lower() in NEWS_SECTIONS for a in train])
    model = LogisticRegression(C=C, solver="liblinear", l1_ratio=1.0, random_state=SEED, max_iter=1000).fit(X, y)

    def scores(rows: list[dict], news: set[str]) -> dict:
        gold = np.array([a["category"].lower() in news for a in rows])
        p = model.predict_proba(vec.transform([text_of(a) for a in rows]))[:, 1]
        return {"articles": len(rows), "news_share": round(float(gold.mean()), 3),
                "accuracy": round(float(accuracy_score(gold, p >= 0.5)), 4), "auc": round(float(roc_auc_score(gold, p)), 4)}  # fmt: skip

    weights = {str(n): round(float(w), 4) for n, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-4}
    shipped = {"version": VERSION, "bias": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}
    report = {"train_articles": len(train), "left_out_for_evaluation_overlap": len(arts) - len(kept), "C": C, "words": len(weights),
              "heldout_click_id": scores(held, NEWS_SECTIONS), "indosum_never_trained_on": scores(indosum_articles(), INDOSUM_NEWS),
              "seconds": round(time.time() - t0, 1)}  # fmt: skip
    print(json.dumps(report, indent=1))
    if args.check:
        same = json.loads(OUT.read_text("utf-8")) == shipped
        print("identical to the shipped file" if same else "DIFFERS from the shipped file")
        sys.exit(0 if same else 1)
    OUT.write_text(json.dumps(shipped, ensure_ascii=False) + "\n", encoding="utf-8")
    REPORT.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
