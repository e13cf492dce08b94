"""Build the table of precomputed stems shipped in src/warta/data/search/stems.tsv.gz.

    .venv/bin/python training/search/build_stems.py --out src/warta/data/search

Sastrawi takes ~0.15 ms of CPU per new word (it tries its prefix and suffix rules one by one),
and every process (each ingest worker) meets a news vocabulary afresh: on 300 articles that
was about 12,000 words and 2 CPU-seconds, 10% of the whole pipeline. The table holds the
stems of the words news uses most, computed here by the very function ``warta.search.stems``
calls, so a word found in it stems exactly as before; other words still go to Sastrawi.

Input: the CLICK-ID articles (<corpora>/click-id-articles, 2019 news of six outlets: sindonews.com's
are reserved for independent evaluation and left out; not the IndoSum articles the speed benches read): every word (the ``terms`` regex, lowercased) longer
than three letters that occurs at least twice. One line per word, sorted: ``word`` alone when
its stem is itself, else ``word<TAB>stem``. Deterministic (gzip mtime 0).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from warta.nlp.corpora import corpora_root  # noqa: E402
from warta.search.stems import _WORD, sastrawi_stem  # noqa: E402

MIN_COUNT = 2
RESERVED_FILE = "sindonews.xlsx"  # CLICK-ID's sindonews.com articles: independent evaluation only


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="src/warta/data/search")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    path = corpora_root() / "click-id-articles" / "derived" / "click-id-articles.jsonl"
    with open(path, encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            if art.get("file") == RESERVED_FILE:
                continue
            counts.update(w.lower() for w in _WORD.findall(f"{art.get('title') or ''} {art.get('content') or ''}"))
    words = sorted(w for w, n in counts.items() if n >= MIN_COUNT and len(w) > 3)
    lines = []
    for w in words:
        s = sastrawi_stem(w)
        lines.append(w if s == w else f"{w}\t{s}")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "stems.tsv.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(lines)} words, {sum(1 for x in lines if chr(9) in x)} with a stem of their own -> {out / 'stems.tsv.gz'}")


if __name__ == "__main__":
    main()
