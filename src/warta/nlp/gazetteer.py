"""Gazetteer features for the NER tok2vec: is this token part of a known person, place or
organisation name (Indonesian DBpedia name lists, built by training/nlp/build_gazetteer.py)?

spaCy's MultiHashEmbed embeds token attributes (NORM, PREFIX, ...); ``GazetteerHashEmbed``
embeds one more column: which name lists a token begins or continues a match of (6 bits:
B/I x PER/LOC/ORG, longest match from each token, case-insensitive). The model learns how far
to trust the noisy lists. The list ships in the package (``warta/data/nlp/gazetteer.tsv.gz``), and
its lookup tables pre-built from it (``warta.prebuilt``).
"""

from __future__ import annotations

import gzip
from functools import cache

import numpy
from spacy.attrs import ORTH
from spacy.ml.models.tok2vec import HashEmbed, Maxout
from spacy.ml.staticvectors import StaticVectors
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model, chain, concatenate, list2ragged, ragged2list, with_array

from warta.prebuilt import Prebuilt, data_file

LABELS = ("PER", "LOC", "ORG")
MAX_TOKENS = 6


def load_gazetteer() -> dict[tuple[str, ...], int]:
    """Lower-cased name tokens -> bit mask of its labels (1 PER, 2 LOC, 4 ORG)."""
    return _tables()[0]


def longest_names() -> dict[str, int]:
    """First token of a name -> the most tokens of a name beginning with it (of load_gazetteer)."""
    return _tables()[1]


@cache
def _tables() -> tuple[dict[tuple[str, ...], int], dict[str, int]]:
    """Both tables, from their pre-built form (``warta.prebuilt``): what ``parse_names`` and
    ``longest_from`` make of the name list, without splitting 110,000 names at every start."""
    return PREBUILT_NLP_GAZETTEER.load()


def parse_names(raw: bytes) -> dict[tuple[str, ...], int]:
    """The name list's source, ``gazetteer.tsv.gz`` (its gzipped bytes): mask TAB name."""
    names: dict[tuple[str, ...], int] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        mask, name = line.split("\t", 1)
        names[tuple(name.split(" "))] = int(mask)
    return names


def _build(raw: bytes) -> tuple[dict[tuple[str, ...], int], dict[str, int]]:
    names = parse_names(raw)
    return names, longest_from(names)


PREBUILT_NLP_GAZETTEER = Prebuilt("nlp_gazetteer", lambda: data_file("nlp", "gazetteer.tsv.gz"), _build)


def longest_from(names: dict[tuple[str, ...], int]) -> dict[str, int]:
    longest: dict[str, int] = {}
    for name in names:
        longest[name[0]] = max(longest.get(name[0], 0), len(name))
    return longest


def gazetteer_codes(words: list[str], names: dict[tuple[str, ...], int],
                    longest: dict[str, int] | None = None) -> numpy.ndarray:  # fmt: skip
    """One code per token: bits 0-2 'a name of label L starts here', bits 3-5 'continues here'.

    ``longest`` (``longest_from(names)``) lets the lookup skip the tokens that begin no name,
    most of them, with one dictionary probe instead of six.
    """
    if longest is None:
        longest = longest_from(names)
    return _codes_of_lower([w.lower() for w in words], names, longest)


def _codes_of_lower(lower: list[str], names: dict[tuple[str, ...], int], longest: dict[str, int]) -> numpy.ndarray:
    """``gazetteer_codes`` of the lower-cased words ``lower``."""
    codes = [0] * len(lower)
    for i in [i for i, w in enumerate(lower) if w in longest]:
        for n in range(min(longest[lower[i]], len(lower) - i), 0, -1):
            mask = names.get(tuple(lower[i : i + n]))
            if mask:
                codes[i] |= mask
                for j in range(i + 1, i + n):
                    codes[j] |= mask << 3
                break
    return numpy.asarray(codes, dtype="uint64") + 1  # 0 stays free for padding


# ORTH hash -> the word lower-cased (``Token.text.lower()``), for the tokens met: a Doc's words
# are read as one array of hashes, not one Token object each; bounded, it is only a cache
_LOWER: dict[int, str] = {}
_LOWER_WORDS = 200_000


def _lower_words(orths: list[int], strings) -> list[str]:
    """Each token's text lower-cased, from the ORTH hashes of a Doc (``strings``: its vocab's)."""
    known = _LOWER
    if len(known) >= _LOWER_WORDS:
        known.clear()
    out = []
    for h in orths:
        w = known.get(h)
        if w is None:
            w = known[h] = strings[h].lower()
        out.append(w)
    return out


def _extract_forward(model: Model, docs: list[Doc], is_train: bool):
    columns = [*model.attrs["columns"], ORTH]  # ORTH last: the words, for the gazetteer
    names, longest = load_gazetteer(), longest_names()
    features = []
    for doc in docs:
        table = doc.to_array(columns)  # 2-D even for an empty Doc (a list of columns)
        attrs = table[:, :-1]
        codes = _codes_of_lower(_lower_words(table[:, -1].tolist(), doc.vocab.strings), names, longest).reshape((-1, 1))
        features.append(model.ops.asarray2i(numpy.hstack([attrs.astype("uint64"), codes]), dtype="uint64"))
    return features, lambda d_features: []


@registry.architectures("warta.GazetteerHashEmbed.v1")
def gazetteer_hash_embed(width: int, attrs: list[str], rows: list[int], include_static_vectors: bool = False,
                         gazetteer_rows: int = 256) -> Model:  # fmt: skip
    """spaCy's MultiHashEmbed plus one embedded gazetteer column (same seeds and layout)."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    embeddings = [HashEmbed(width, rows[i], column=i, seed=8 + i, dropout=0.0) for i in range(len(attrs))]
    embeddings.append(HashEmbed(width, gazetteer_rows, column=len(attrs), seed=8 + len(attrs), dropout=0.0))
    extract = Model("extract_features_gazetteer", _extract_forward, attrs={"columns": list(attrs)})
    max_out = with_array(Maxout(width, width * (len(embeddings) + include_static_vectors), nP=3, dropout=0.0, normalize=True))
    if include_static_vectors:
        features = chain(extract, list2ragged(), with_array(concatenate(*embeddings)))
        return chain(concatenate(features, StaticVectors(width, dropout=0.0)), max_out, ragged2list())
    return chain(extract, list2ragged(), with_array(concatenate(*embeddings)), max_out, ragged2list())
