#!/usr/bin/env python
"""Score NER-only training outputs on the NER *dev* sets (for choosing between variants).

    python training/nlp/compare_ner.py WORK/ner-model/model-best [OTHER ...] [--upper]

``--upper`` also scores an UPPER-CASED copy of the dev sets (headline robustness).
Never use this on the evaluation sets: choices are made on dev only.
"""

from __future__ import annotations

import sys

import spacy

from warta.evaluate.nlp import score_ner
from warta.nlp import components, gazetteer, tagger  # noqa: F401  (registered components and architectures)
from warta.nlp import corpora as C


def main(argv):
    upper = "--upper" in argv
    paths = [a for a in argv if not a.startswith("--")]
    sets = {n: C.load_ner_set(n) for n in C.NER_DEV_SETS}
    allset = [s for v in sets.values() for s in v]
    for p in paths:
        nlp = spacy.load(p)
        row = {n: score_ner(nlp, v)["F1"] for n, v in sets.items()}
        row["all-dev"] = score_ner(nlp, allset)["F1"]
        if upper:
            up = [C.NERSentence(s.source, [w.upper() for w in s.words], s.ents, s.ignored) for s in allset]
            row["all-dev-UPPER"] = score_ner(nlp, up)["F1"]
        print(p, row, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
