"""Load the Indonesian spaCy pipeline shipped inside the package (never downloaded)."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from thinc.api import NumpyOps, get_current_ops, set_current_ops

import warta.nlp.components  # noqa: F401  (registers warta_sentencizer)
import warta.nlp.gazetteer  # noqa: F401  (registers warta.GazetteerHashEmbed.v1)
import warta.nlp.tagger  # noqa: F401  (registers warta.SharedTagTok2Vec.v1)
from warta.nlp.saved_tokenizer import load_tokenizer

MODEL_DIR = Path(__file__).resolve().parent / "model"


@spacy.registry.tokenizers("warta.bare_tokenizer.v1")
def bare_tokenizer():
    """A tokenizer with no rules, for loading: the saved tokenizer replaces every rule anyway.

    ``spacy.Tokenizer.v1`` first builds the language's default tokenizer (16,000 special
    cases, each checked against the affix rules and given its lexemes) only for
    ``from_disk`` to throw it away and build the saved one: 2.4 of 3.8 CPU-seconds of loading.
    The saved one is then loaded by ``warta.nlp.saved_tokenizer``, which compiles only the
    special cases that can change a token (0.7 of the remaining ~1.1 CPU-seconds).
    """
    return lambda nlp: Tokenizer(nlp.vocab)


def model_path() -> Path:
    return MODEL_DIR


def load_nlp(path: str | Path | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """The shipped pipeline: tokenizer, warta_sentencizer, tok2vec, morphologizer, ner.

    One tok2vec (the NER's) feeds both the morphologizer and NER; there is no parser.

    ``path`` overrides the package's model folder (tests and training use this).
    """
    p = Path(path) if path is not None else MODEL_DIR
    if not (p / "config.cfg").is_file():
        raise FileNotFoundError(f"no spaCy pipeline at {p}; build it with `python training/nlp/train.py --out {p}`")
    # Build the models on NumPy's BLAS instead of the bundled blis: on this project's CPUs
    # (AMD EPYC, AVX2) blis falls back to a slow kernel and the pipeline runs ~1.5x slower.
    prev = get_current_ops()
    set_current_ops(NumpyOps(use_blis=False))
    try:
        # the tokenizer is loaded below, compiling only the special cases that can change a token
        nlp = spacy.load(p, exclude=[*exclude, "tokenizer"], config={"nlp.tokenizer": {"@tokenizers": "warta.bare_tokenizer.v1"}})
    finally:
        set_current_ops(prev)
    if not (p / "tokenizer").is_file() or not isinstance(nlp.tokenizer, Tokenizer):
        raise ValueError(f"the pipeline at {p} has no saved tokenizer")
    if not load_tokenizer(nlp.tokenizer, p / "tokenizer").rules:
        raise ValueError(f"the pipeline at {p} has no saved tokenizer rules")
    # news dumps can hold very long single "documents"; the CNN models are linear in length
    nlp.max_length = 20_000_000
    return nlp
