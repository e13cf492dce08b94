"""Build the table of precomputed stems shipped in src/warta/data/search/stems.tsv.gz.

    .venv/bin/python training/search/build_stems.py --out src/warta/data/search
    .venv/bin/python training/search/build_stems.py --check   # rebuild in memory, compare with the shipped file

Sastrawi takes ~0.15 ms of CPU per new word (it tries its prefix and suffix rules one by one),
and every process (each ingest worker) meets a news vocabulary afresh: on 300 articles that
was a few thousand words and ~0.5 CPU-seconds, a quarter of the events stage. The table holds
the stems of the words of the staged raw news corpora, computed here by the very function
``warta.search.stems`` calls, so a word found in it stems exactly as before; other words still
go to Sastrawi.

Input (``corpora_root()``; every word, lowercased, longer than three letters, seen at least
``MIN_COUNT`` times):

- the CLICK-ID articles (2019 news of six outlets), all but sindonews.com's: those are reserved
  for independent evaluation and never read here;
- the IndoSum dev folds 2–5, leaving out every article that is also in dev fold 1 (the articles
  the speed benches read: the table must not be fitted to the bench);
- the Indonesian side of the news EN–ID sentence pairs (mt-news-en-id, valid and test).

Words are what both callers stem: the ``terms`` regex's words (the search stage) and the NLP
model's tokens whose first character is a letter (the events stage's tagger, gate and clusters:
"pt.", "pagesix.com"), but not the words ``sastrawi_keeps`` shows to be their own stems without
a look-up (letters alone, no affix Sastrawi could remove). One line per word, sorted: ``word<TAB>stem``, the stem left empty when it
is the word itself. Deterministic (gzip mtime 0).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from warta.nlp.corpora import corpora_root, indosum_dev_articles, indosum_text  # noqa: E402
from warta.search.stems import _WORD, sastrawi_keeps, sastrawi_stem  # noqa: E402

MIN_COUNT = 1
RESERVED_FILE = "sindonews.xlsx"  # CLICK-ID's sindonews.com articles: independent evaluation only


def corpus_texts(root: Path) -> Iterator[str]:
    """The texts the table is built from (see the module docstring), never a reserved one."""
    with open(root / "click-id-articles" / "derived" / "click-id-articles.jsonl", encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            if art.get("file") == RESERVED_FILE:
                continue
            yield f"{art.get('title') or ''} {art.get('content') or ''}"
    yield from (indosum_text(art) for art in indosum_dev_articles(root, bench_fold=False))
    for name in ("valid.id", "test.id"):
        yield from (root / "mt-news-en-id" / name).read_text(encoding="utf-8").splitlines()


def count_words(texts: Iterable[str], tokenize: Callable[[str], Iterable[str]] | None = None) -> Counter[str]:
    """Lowercased words of the texts: the ``terms`` regex's, and ``tokenize``'s tokens that begin with a letter."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w.lower() for w in _WORD.findall(text))
        if tokenize is not None:
            counts.update(t.lower() for t in tokenize(text) if t[:1].isalpha())
    return counts


def table_lines(counts: Counter[str], min_count: int = MIN_COUNT) -> list[str]:
    """``word<TAB>stem`` (stem empty when it is the word) for every word longer than three letters
    that ``sastrawi_keeps`` does not settle, sorted."""
    words = sorted(w for w, n in counts.items()
                   if n >= min_count and len(w) > 3 and "\t" not in w and "\n" not in w and not sastrawi_keeps(w))  # fmt: skip
    lines = []
    for w in words:
        s = sastrawi_stem(w)
        lines.append(f"{w}\t{'' if s == w else s}")
    return lines


def model_tokenizer() -> Callable[[str], list[str]]:
    from warta.nlp.model import load_nlp

    tok = load_nlp().tokenizer
    return lambda text: [t.text for t in tok(text)]


def build() -> bytes:
    root = corpora_root()
    if root is None:
        raise SystemExit("the staged corpora are not found (corpora_root)")
    lines = table_lines(count_words(corpus_texts(root), model_tokenizer()))
    buf = ("\n".join(lines) + "\n").encode("utf-8")
    return gzip.compress(buf, compresslevel=9, mtime=0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="src/warta/data/search")
    ap.add_argument("--check", action="store_true", help="rebuild and compare with the file in --out; exit 1 if they differ")
    args = ap.parse_args()
    data = build()
    target = Path(args.out) / "stems.tsv.gz"
    if args.check:
        same = gzip.decompress(target.read_bytes()) == gzip.decompress(data)
        print("same" if same else f"{target} differs from a rebuild")
        raise SystemExit(0 if same else 1)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    text = gzip.decompress(data).decode("utf-8")
    n = text.count("\n")
    print(f"{n} words, {n - text.count(chr(9) + chr(10))} with a stem of their own -> {target} ({len(data):,} bytes)")


if __name__ == "__main__":
    main()
