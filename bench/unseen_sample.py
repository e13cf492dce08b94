"""200 real IndoSum articles in none of the gold sets, for measuring the dates and places steps.

Seeded: a rerun writes the same file. Articles used by training/realnews (any split) are left
out; CLICK-ID is not used at all (its sindonews.com articles are reserved). Paragraphs are
kept (blank line between), and the publication date is IndoSum's id timestamp.

    python3 bench/unseen_sample.py /tmp/when/unseen200.jsonl
    warta extract /tmp/when/unseen200.jsonl --documents /tmp/when/docs.jsonl --out /tmp/when/events.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from warta.nlp.corpora import corpora_root, guess_spaces  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main(out: str, n: int = 200, seed: int = 15) -> None:
    used = {json.loads(line)["source"].split(":", 2)[2] for line in (ROOT / "training/realnews/docs.jsonl").open(encoding="utf-8")
            if json.loads(line)["source"].startswith("indosum:")}  # fmt: skip
    seen: dict[str, dict] = {}
    for path in sorted((corpora_root() / "indosum-devfolds").glob("dev.0*.jsonl")):
        for line in path.open(encoding="utf-8"):
            art = json.loads(line)
            if art["id"] in seen or art["id"] in used:
                continue
            paras = []
            for para in art["paragraphs"]:
                words = [w for sent in para for w in sent]
                paras.append("".join(w + (" " if s else "") for w, s in zip(words, guess_spaces(words))).strip())
            published = dt.datetime.fromtimestamp(int(art["id"].split("-", 1)[0]), dt.UTC).date().isoformat()
            seen[art["id"]] = {"id": art["id"], "text": "\n\n".join(paras), "url": art.get("source_url", ""),
                               "published": published, "outlet": art.get("source", "")}  # fmt: skip
    pool = sorted(seen)
    random.Random(seed).shuffle(pool)
    with open(out, "w", encoding="utf-8") as f:
        for key in pool[:n]:
            f.write(json.dumps(seen[key], ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
