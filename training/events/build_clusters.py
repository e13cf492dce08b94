"""Build the word clusters the event tagger reads (src/warta/data/events/clusters.tsv.gz).

    OMP_NUM_THREADS=1 .venv/bin/python training/events/build_clusters.py          # writes the file
    OMP_NUM_THREADS=1 .venv/bin/python training/events/build_clusters.py --check  # rebuild, compare

Why: most real-news events the tagger misses have a trigger word it never saw coded in train
("merazia", "menggandeng"), yet the raw news holds those words in the same contexts as words it
has seen ("merazia" near "menggeledah", "menindak"). Words that share contexts share a cluster,
and the tagger learns the weight of a cluster from the trigger words it has seen in it.

How: lower-cased words of the raw news (CLICK-ID without sindonews.com, which is reserved for
independent evaluation, and IndoSum; every article of the real-news dev and test sets, and every
sentence shared with one, left out); counts of each word with the words one and two to its left
and right; positive pointwise mutual information (context counts smoothed by the 0.75 power);
100 dimensions of its truncated SVD (the word side, the common direction removed, unit length);
k-means into 64 and into 512 clusters. Words seen fewer than MIN_COUNT times get no cluster.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import svds
from sklearn.cluster import KMeans

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training" / "realnews"))
sys.path.insert(0, str(ROOT / "training" / "events"))
from sample import _words, clickid_articles, indosum_articles, split_sentences  # noqa: E402
from train_topic import evaluation_sentences  # noqa: E402

OUT = ROOT / "src" / "warta" / "data" / "events" / "clusters.tsv.gz"
MIN_COUNT = 5
CONTEXTS = 20_000  # the most frequent words serve as contexts
WINDOW = 2
DIMENSIONS = 100
SIZES = (64, 512)
SEED = 0
WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def sentences() -> list[list[str]]:
    """The words of every raw-news sentence that may be learned from."""
    held_sources, held_sentences = evaluation_sentences()
    out = []
    for art in clickid_articles() + indosum_articles():
        if art["source"] in held_sources:
            continue
        for s in split_sentences(art["body"]) + ([art["title"]] if art["title"] else []):
            if _words(s) not in held_sentences:
                out.append(WORD.findall(s.lower()))
    return out


def word_vectors(sents: list[list[str]]) -> tuple[list[str], np.ndarray]:
    freq = Counter(w for s in sents for w in s)
    vocab = sorted((w for w, c in freq.items() if c >= MIN_COUNT), key=lambda w: (-freq[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    rows, cols = [], []
    for s in sents:
        ids = np.array([index.get(w, -1) for w in s], dtype=np.int64)
        for off in range(1, WINDOW + 1):
            a, b = ids[:-off], ids[off:]
            both = (a >= 0) & (b >= 0)
            rows += [a[both], b[both]]
            cols += [b[both], a[both]]
    r, c = np.concatenate(rows), np.concatenate(cols)
    keep = c < CONTEXTS
    counts = sp.coo_matrix((np.ones(int(keep.sum())), (r[keep], c[keep])), shape=(len(vocab), min(CONTEXTS, len(vocab)))).tocsr()  # sums the duplicate pairs
    total = counts.sum()
    p_word = np.asarray(counts.sum(1)).ravel() / total
    p_context = np.asarray(counts.sum(0)).ravel() ** 0.75
    p_context /= p_context.sum()
    coo = counts.tocoo()
    pmi = np.maximum(np.log(coo.data / total / p_word[coo.row] / p_context[coo.col]), 0.0)
    ppmi = sp.csr_matrix((pmi, (coo.row, coo.col)), shape=coo.shape)
    ppmi.eliminate_zeros()
    u, s, _ = svds(ppmi, k=DIMENSIONS, random_state=SEED)
    vectors = u * np.sqrt(s)
    vectors -= vectors.mean(0)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    return vocab, vectors


def build() -> bytes:
    vocab, vectors = word_vectors(sentences())
    labels = [KMeans(n_clusters=k, random_state=SEED, n_init=1, max_iter=100).fit(vectors).labels_ for k in SIZES]
    lines = [f"{w}\t" + "\t".join(str(int(lab[i])) for lab in labels) for i, w in enumerate(vocab)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="rebuild and compare with the shipped file instead of writing it")
    args = parser.parse_args()
    t0 = time.time()
    data = build()
    words = data.count(b"\n")
    print(f"{words} words, {time.time() - t0:.0f} s")
    if args.check:
        same = gzip.decompress(OUT.read_bytes()) == data
        print("identical to the shipped file" if same else "DIFFERS from the shipped file")
        sys.exit(0 if same else 1)
    OUT.write_bytes(gzip.compress(data, mtime=0))


if __name__ == "__main__":
    main()
