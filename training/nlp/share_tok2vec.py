#!/usr/bin/env python
"""Rebuild the pipeline around one tok2vec: the NER's, shared with the morphologizer.

    python training/nlp/share_tok2vec.py --from src/warta/nlp/model --work WORK --out DIR

``train.py`` builds NER with its own embedded tok2vec and gives the morphologizer and the
parser a second one (trained on UD). Running both costs about a third of the NLP time, and
the parser is not used. This script:

1. moves the NER's embedded tok2vec out into a standalone ``tok2vec`` component and makes the
   NER listen to it: the same weights, so the entities are unchanged (checked on raw news);
2. trains a new morphologizer (UPOS) on UD GSD legacy train (``WORK/ud/*.spacy``, written by
   ``train.py --stages convert``) on top of that tok2vec, *frozen* (spaCy's
   ``frozen_components`` + ``annotating_components``), so NER is not touched;
3. assembles tokenizer + warta_sentencizer + tok2vec + morphologizer + ner (no parser).

Deterministic (seed 0, NumPy ops); single-threaded.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import sys
import time
from pathlib import Path

import spacy
from spacy import util

from warta.nlp import components, gazetteer, tagger  # noqa: F401  (registered factories and architectures)

HERE = Path(__file__).resolve().parent


def listener(width: int) -> dict:
    return {"@architectures": "spacy.Tok2VecListener.v1", "width": width, "upstream": "tok2vec"}


def tok2vec_width(source: Path) -> int:
    """The width of the NER's embedded tok2vec (its encoder's) in a ``train.py`` pipeline."""
    config = util.load_config(source / "config.cfg", interpolate=True)
    return int(config["components"]["ner"]["model"]["tok2vec"]["encode"]["width"])


def split_ner(source: Path, out: Path) -> Path:
    """tokenizer + sentencizer + standalone tok2vec (the NER's weights) + ner listening to it."""
    old = spacy.load(source)
    old_ner = old.get_pipe("ner")
    embedded = old_ner.model.get_ref("tok2vec").layers[0]  # chain(tok2vec, list2array, linear)
    ner_config = copy.deepcopy(old.config["components"]["ner"])
    t2v_config = ner_config["model"]["tok2vec"]
    ner_config["model"]["tok2vec"] = listener(tok2vec_width(source))
    ner_config.pop("factory")

    nlp = spacy.blank("id")
    nlp.tokenizer.from_bytes(old.tokenizer.to_bytes())
    components.set_affix_patterns(nlp)  # same tokens, faster (the rules of an older build are stock spaCy's)
    nlp.add_pipe("warta_sentencizer")
    t2v = nlp.add_pipe("tok2vec", config={"model": t2v_config})
    ner = nlp.add_pipe("ner", config=ner_config)
    ner.from_bytes(old_ner.to_bytes(exclude=["model", "vocab"]), exclude=["model", "vocab"])
    t2v.model.from_bytes(embedded.to_bytes())
    new_chain, old_chain = ner.model.get_ref("tok2vec"), old_ner.model.get_ref("tok2vec")
    for new, prev in zip(new_chain.layers[1:], old_chain.layers[1:]):
        new.from_bytes(prev.to_bytes())
    for ref in ("lower", "upper"):
        ner.model.get_ref(ref).from_bytes(old_ner.model.get_ref(ref).to_bytes())
    nlp.meta.update({k: v for k, v in old.meta.items() if k in ("name", "version", "license")})
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    return out


def train_morphologizer(shared: Path, work: Path, out: Path, steps: int, settings: dict | None = None) -> Path:
    """spacy train (configs/morph_shared.cfg) on UD docs; the sourced tok2vec frozen and annotating."""
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop
    from thinc.api import NumpyOps, set_current_ops

    config = util.load_config(HERE / "configs" / "morph_shared.cfg", interpolate=False)
    overrides = {"paths.train": str(work / "ud" / "train.spacy"), "paths.dev": str(work / "ud" / "dev.spacy"),
                 "paths.shared": str(shared),
                 "training.max_steps": steps, **(settings or {})}  # fmt: skip
    config = util.load_config_from_str(config.to_str(), overrides=overrides, interpolate=False)
    set_current_ops(NumpyOps(use_blis=False))
    nlp = init_nlp(config, use_gpu=-1)
    out.mkdir(parents=True, exist_ok=True)
    train_loop(nlp, out, use_gpu=-1, stdout=sys.stdout, stderr=sys.stderr)
    return out / "model-best"


def assemble(shared: Path, morph: Path, out: Path) -> None:
    nlp = spacy.load(shared)
    tagged = spacy.load(morph)
    if tagged.get_pipe("tok2vec").model.to_bytes() != nlp.get_pipe("tok2vec").model.to_bytes():
        raise RuntimeError("the frozen tok2vec changed during morphologizer training")
    nlp.add_pipe("morphologizer", source=tagged, before="ner")
    nlp.meta["description"] = (
        "Indonesian news pipeline for warta: custom tokenizer + abbreviation-aware sentence splitter, "
        "one tok2vec (NER-trained, gazetteer features) shared by UPOS (UD GSD 2.1 legacy) and NER PER/ORG/LOC."
    )
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from", dest="source", type=Path, required=True, help="a train.py pipeline (NER with its own tok2vec)")
    ap.add_argument("--work", type=Path, required=True, help="train.py's work folder (its ud/*.spacy are used)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--steps", type=int, default=2000)
    args = ap.parse_args(argv)
    timings = {}
    t = time.time()
    shared = split_ner(args.source, args.work / "shared-ner")
    timings["split"] = round(time.time() - t, 1)
    t = time.time()
    width = tok2vec_width(args.source)  # the morphologizer's listener and its own layers as wide as the tok2vec
    settings = {"components.morphologizer.model.tok2vec.width": width, "components.morphologizer.model.tok2vec.shared.width": width}
    morph = train_morphologizer(shared, args.work, args.work / "morph-shared", args.steps, settings)
    timings["train_morphologizer"] = round(time.time() - t, 1)
    assemble(shared, morph, args.out)
    print("pipeline written to", args.out, "| wall time (s):", timings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
