"""What actor resolution adds to the NLP stage, measured in one process.

Runs the nlp stage once over 300 IndoSum news articles (timed, CPU seconds), then the
actors stage over the same documents several rounds (timed), and prints the ratio. The
issue's budget: resolution adds at most 20% to the NLP stage's time.

    .venv/bin/python bench/bench_actors.py [--articles 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import time

from warta.actors.stage import Actors
from warta.evaluate.nlp import raw_news_texts
from warta.nlp.stage import Nlp
from warta.records import Document


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    texts = raw_news_texts(args.articles)
    docs = [Document(doc_id=str(i), content_hash=str(i), source_file="", position="", source_format="txt", raw_text=t, text=t)
            for i, t in enumerate(texts)]  # fmt: skip
    Nlp()(docs[:5])  # load the model outside the clock
    Actors()(docs[:5])
    t = time.process_time()
    Nlp()(docs)
    nlp_s = time.process_time() - t
    actor_s = []
    for _ in range(args.rounds):
        t = time.process_time()
        Actors()(docs)
        actor_s.append(time.process_time() - t)
    mentions = sum(len(d.annotations.mentions) for d in docs)
    best = min(actor_s)
    print(f"{len(docs)} articles, {sum(len(t) for t in texts):,} characters, {mentions:,} mentions")
    print(f"nlp stage {nlp_s:.2f} CPU-s; actors stage {best:.2f} CPU-s (best of {args.rounds}: {', '.join(f'{x:.2f}' for x in actor_s)})")
    print(f"actor resolution adds {100 * best / nlp_s:.1f}% to the NLP stage's time")


if __name__ == "__main__":
    main()
