"""The event reranker: a second look at every event the gate and the tagger propose, with the
whole sentence and document in view.

The gate scores each lexicon candidate and the tagger each word on their own, from the words
next to the trigger. The reranker reads, besides the gate's or the tagger's probability (its
logit, per source):

- **which event types the whole sentence holds** (``SentenceTypes``): one logistic regression
  per type over the sentence's words and their stems, trained on every sentence of real-news
  train ("Polisi mengamankan dua pelaku" holds a COERCE whatever word the lexicon found);
- the same question read from the sentence's **mean token vector** (``DenseSentenceTypes``):
  the NLP model's shared tok2vec has already computed a vector for every token (``Doc.tensor``),
  so one more logistic regression per type over their mean costs a dot product per sentence;
- the other events proposed in the sentence (a second trigger of the same type, the lexicon and
  the tagger agreeing), where the sentence stands in the article, how many events the article
  holds, a quotation, the article's topic.

It is a logistic regression trained on the train split's out-of-fold proposals
(``training/events/train_gate.py``); its probability is the event's ``confidence`` and events
under its floor are dropped. The weights ship as JSON in ``warta/data/events/rerank.json``:
reading them needs no learning library.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from warta.events.event import Event
from warta.events.scoring import WORD, keep_confident, logistic
from warta.search.stems import stem

SENTENCE_LOGIT = 7.0  # the sentence model's log-odds are clipped to +-this (p between 0.001 and 0.999)

_QUOTES = ('"', "“", "”")

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Proposed:
    """What the reranker reads of one proposed event (from an ``Event`` at coding time, from
    its record at training time)."""

    type: str
    tagged: bool  # the tagger's (else the lexicon's, scored by the gate)
    confidence: float  # the gate's or the tagger's probability
    sentence: int  # index of its sentence in the document
    sentence_text: str
    trigger_start: int
    modality: str
    sentence_vector: Any = field(default=None, compare=False)  # the mean tok2vec vector of its sentence (numpy), or None
    marks: tuple[str, ...] = ()  # what its trigger word is in the sentence (``trigger_marks``): inside a name, its POS, Title Case
    source: str = ""  # what found it when neither the lexicon nor the tagger did ("sentence": ``warta.events.propose``)

    @property
    def src(self) -> str:
        """What proposed it: lexicon, tagger or sentence."""
        return self.source or ("tagger" if self.tagged else "lexicon")


def sentence_vectors(sdoc: Doc | None, sentences: Sequence[tuple[int, int]], wanted: Iterable[int]) -> dict[int, Any]:
    """For each wanted sentence index, the mean of the NLP model's token vectors (``Doc.tensor``,
    the shared tok2vec's output) over the tokens starting in the sentence; ``None`` when the Doc
    holds no vectors (or no token starts in the sentence)."""
    wanted = sorted(set(wanted))
    if sdoc is None or (tensor := sdoc.tensor).ndim != 2 or tensor.shape[0] != len(sdoc):
        return dict.fromkeys(wanted)
    starts = sdoc.to_array("IDX")
    out = {}
    for k in wanted:
        a, b = sentences[k]
        i, j = int(np.searchsorted(starts, a)), int(np.searchsorted(starts, b))
        out[k] = tensor[i:j].mean(axis=0) if j > i else None
    return out


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text[:1].isalpha()


def trigger_marks(sdoc: Doc, i: int, first: bool, head: bool, in_mention: bool = False) -> tuple[str, ...]:
    """What the reranker reads of the trigger's token ``sdoc[i]`` (``first``: it begins its
    sentence; ``head``: the sentence is the article's headline; ``in_mention``: it lies in an
    actor mention, ``MentionCover``): whether it lies in a name the NLP model tagged ("Forum
    Rakyat *Tolak* Korupsi" ORG) or in an actor mention, its part of speech, and whether it is
    capitalised inside the sentence, alone or in a run of capitalised words (an organisation's
    or an operation's name), told apart in the headline, which news sets in Title Case. The
    model learns what each is worth."""
    tok = sdoc[i]
    out = [f"pos={tok.pos_}"]
    if tok.ent_iob_ in ("B", "I"):
        out.append(f"in_name={tok.ent_type_}")
    if in_mention:
        out.append("in_mention")
    if not first and _capitalised(tok.text):
        near = [sdoc[j] for j in (i - 1, i + 1) if 0 <= j < len(sdoc) and not (j == i - 1 and tok.is_sent_start)]
        run = any(_capitalised(t.text) for t in near)
        out.append(f"title={'run' if run else 'word'}|{'head' if head else 'body'}")
    return tuple(out)


class MentionCover:
    """Whether an offset lies inside any of a document's actor mentions, by one bisection: the
    mentions sorted by start, with the furthest end reached so far (mentions may nest)."""

    def __init__(self, mentions: Sequence[Any] = ()) -> None:
        spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [a for a, _ in spans]
        self.reach = list(itertools.accumulate((b for _, b in spans), max))

    def __call__(self, at: int) -> bool:
        k = bisect.bisect_right(self.starts, at) - 1
        return k >= 0 and self.reach[k] > at


def sentence_features(text: str) -> list[str]:
    """What the sentence-types model reads: the sentence's lowercase words and their stems, each
    once, sorted (so that its sums, hence a retraining's weights, do not depend on set order)."""
    words = {w.lower() for w in WORD.findall(text)}
    return sorted({f"w={w}" for w in words} | {f"s={stem(w)}" for w in words})


@dataclass(frozen=True)
class SentenceTypes:
    """How likely a sentence holds an event of each type: one logistic regression per type."""

    weights: dict[str, dict[str, float]]  # feature -> type -> weight
    bias: dict[str, float]

    def logits(self, text: str) -> dict[str, float]:
        """Each type's clipped log-odds for the sentence: the weights of ``sentence_features``
        added in its sorted order (every "s=" feature sorts before every "w=" one), read from
        the weights by stem and by word without building the features' names."""
        by_stem, by_word = self._by_kind
        words = {w.lower() for w in WORD.findall(text)}
        z = dict(self.bias)
        for weights, keys in ((by_stem, {stem(w) for w in words}), (by_word, words)):
            for key in sorted(k for k in keys if k in weights):
                for type_, w in weights[key]:
                    z[type_] += w
        return {t: max(-SENTENCE_LOGIT, min(SENTENCE_LOGIT, v)) for t, v in z.items()}

    @cached_property
    def _by_kind(self) -> tuple[dict[str, tuple[tuple[str, float], ...]], dict[str, tuple[tuple[str, float], ...]]]:
        """The weights of the stem features and of the word features, by stem and by word."""
        out: tuple[dict, dict] = ({}, {})
        for f, ws in self.weights.items():
            kind, _, key = f.partition("=")
            out[kind == "w"][key] = tuple(ws.items())
        return out

    @classmethod
    def from_json(cls, raw: dict) -> SentenceTypes:
        return cls(weights=raw["weights"], bias=raw["bias"])


@dataclass(frozen=True)
class DenseSentenceTypes:
    """How likely a sentence holds an event of each type, read from its mean token vector
    (``sentence_vectors``): one logistic regression per type (the training's standardisation
    folded into the weights)."""

    weights: dict[str, list[float]]  # type -> one weight per vector dimension
    bias: dict[str, float]

    @cached_property
    def _matrix(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        types = sorted(self.weights)
        return types, np.array([self.weights[t] for t in types]), np.array([self.bias[t] for t in types])

    def logits(self, vector: Any) -> dict[str, float]:
        """Each type's clipped log-odds for a sentence's mean vector (no type for ``None``)."""
        if vector is None:
            return {}
        types, W, b = self._matrix
        vector = np.asarray(vector, dtype=np.float64)
        if vector.shape != (W.shape[1],):  # weights of another tok2vec than the NLP model's: retrain (train_gate.py)
            raise ValueError(f"the dense sentence-types model reads {W.shape[1]} dimensions; the NLP model gave {vector.shape}")
        z = np.clip(W @ vector + b, -SENTENCE_LOGIT, SENTENCE_LOGIT)
        return dict(zip(types, z.tolist()))

    @classmethod
    def from_json(cls, raw: dict) -> DenseSentenceTypes:
        return cls(weights=raw["weights"], bias=raw["bias"])


@dataclass(frozen=True)
class Reranker:
    weights: dict[str, float]
    bias: float
    threshold: float  # the default floor, chosen on train out of fold + dev
    tagger_floor: float  # the tagger proposes its words from this probability up (the reranker was trained on them)
    version: str
    sentence_types: SentenceTypes
    dense_types: DenseSentenceTypes | None = None
    sentence_floor: float | None = None  # the sentence proposer's floor (``warta.events.propose``; None: no sentence proposals)

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) * v for f, v in features.items())
        return logistic(z)

    @classmethod
    def from_json(cls, raw: dict) -> Reranker:
        """A reranker as rerank.json holds it (its sentence-types model included)."""
        dense = DenseSentenceTypes.from_json(raw["dense_sentence_types"]) if "dense_sentence_types" in raw else None
        return cls(weights=raw["weights"], bias=raw["bias"], threshold=raw["threshold"], tagger_floor=raw["tagger_floor"],
                   version=raw["version"], sentence_types=SentenceTypes.from_json(raw["sentence_types"]), dense_types=dense,
                   sentence_floor=raw.get("sentence_floor"))  # fmt: skip


def load_reranker(folder: str | None = None) -> Reranker | None:
    """The shipped reranker, or the ``rerank.json`` of ``folder``; ``None`` when there is none."""
    source = Path(folder, "rerank.json") if folder else resources.files("warta.data").joinpath("events/rerank.json")
    if not source.is_file():
        return None
    return Reranker.from_json(json.loads(source.read_text("utf-8")))


def _logit(p: float) -> float:
    p = min(0.999, max(0.001, p))
    return math.log(p / (1 - p))


def _bucket(k: int, cuts: Sequence[int]) -> int:
    return sum(k >= c for c in cuts)


def features(events: Sequence[Proposed], sentences: int, types: SentenceTypes, context: Sequence[str] = (),
             dense: DenseSentenceTypes | None = None) -> list[dict[str, float]]:  # fmt: skip
    """What the reranker reads of each of a document's proposed events (``sentences``: how many
    the document has; ``types``: the sentence-types model; ``dense``: the one over sentence
    vectors): one function for training and coding."""
    by_sentence: dict[int, list[Proposed]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence, []).append(e)
    held = {k: types.logits(here[0].sentence_text) for k, here in by_sentence.items()}
    held_dense = {k: dense.logits(here[0].sentence_vector) for k, here in by_sentence.items()} if dense is not None else {}
    density = _bucket(len(events) * 10 // max(1, sentences), (1, 3, 6, 10))
    out = []
    for e in events:
        src = e.src
        here = by_sentence[e.sentence]
        same = [o for o in here if o.type == e.type and o is not e]
        other = [o for o in here if o.type != e.type]
        f: dict[str, float] = {
            f"logit|{src}": _logit(e.confidence),
            f"src={src}": 1.0,
            f"type={e.type}|{src}": 1.0,
            f"modality={e.modality}": 1.0,
            f"events_in_sentence={min(len(here), 4)}": 1.0,
            f"same_type={min(len(same), 2)}|{src}": 1.0,
            f"other_types={min(len({o.type for o in other}), 2)}": 1.0,
            f"sentence={_bucket(e.sentence, (1, 2, 4, 8, 16))}": 1.0,
            f"density={density}": 1.0,
            f"quote={any(q in e.sentence_text for q in _QUOTES)}": 1.0,
            "sentence_type": held[e.sentence].get(e.type, -SENTENCE_LOGIT),
        }
        if dense is not None:  # a sentence without vectors reads as one holding no such event, as a type the model lacks
            f["sentence_type_dense"] = held_dense[e.sentence].get(e.type, -SENTENCE_LOGIT)
        if same:
            best = max(o.confidence for o in same)
            f[f"same_type_stronger={best > e.confidence}|{src}"] = 1.0
            f[f"same_type_other_source={any(o.src != e.src for o in same)}"] = 1.0
        if other:
            f[f"other_stronger={max(o.confidence for o in other) > e.confidence}|{src}"] = 1.0
        for m in e.marks:
            f[m] = 1.0
            f[f"{m}|{src}"] = 1.0
        for c in context:
            f[c] = 1.0
            f[f"{c}|{src}"] = 1.0
        out.append(f)
    return out


def is_tagged(extractor: str) -> bool:
    """Whether an event's ``extractor`` says the tagger found it (else the lexicon and gate)."""
    return " tagger:" in extractor


def is_proposed_by_sentence(extractor: str) -> bool:
    """Whether an event's ``extractor`` says the sentence proposer found it (``warta.events.propose``)."""
    return " sentence:" in extractor


def source_of(extractor: str) -> str:
    """What an event's ``extractor`` says found it: "" for the lexicon and the tagger
    (``Proposed.tagged`` tells them apart), "sentence" for the sentence proposer."""
    return "sentence" if is_proposed_by_sentence(extractor) else ""


def sentence_index(starts: Sequence[int], at: int) -> int:
    """The index of the sentence (by its start offsets, in order) that holds offset ``at``; over
    a Doc's token starts (``Doc.to_array("IDX")``), of the token that holds it."""
    return max(0, bisect.bisect_right(starts, at) - 1)


def proposed(events: Sequence[Event], sentences: Sequence[tuple[int, int]], sdoc: Doc | None = None, vectors: bool = True,
             mentions: Sequence[Any] = (), headline: bool = True) -> list[Proposed]:  # fmt: skip
    """The reranker's reading of a document's events (``sentences``: the document's, in order;
    ``sdoc``: its spaCy Doc, for the mean token vectors of their sentences, ``sentence_vectors``,
    with ``vectors``, and for what each trigger word is, ``trigger_marks``, with ``mentions``, the
    document's actor mentions; ``headline``: the text opens with the headline, as the gold's texts
    do, not when ingest took the title apart and the text opens with the lead)."""
    starts = [a for a, _ in sentences]
    at = [sentence_index(starts, e.trigger.start) for e in events]
    means = sentence_vectors(sdoc, sentences, at) if vectors else {}
    marks: list[tuple[str, ...]] = [()] * len(events)
    if sdoc is not None and len(sdoc):
        idx = sdoc.to_array("IDX").tolist()
        tokens = [sentence_index(idx, e.trigger.start) for e in events]  # the same look-up over the tokens' starts
        cover = MentionCover(mentions)
        marks = [trigger_marks(sdoc, i, sentences[k][0] >= sdoc[i].idx, headline and k == 0, cover(sdoc[i].idx)) for i, k in zip(tokens, at)]
    return [Proposed(type=e.type, tagged=is_tagged(e.extractor), confidence=e.confidence, sentence=k, sentence_text=e.sentence.text,
                     trigger_start=e.trigger.start, modality=e.modality, sentence_vector=means.get(k), marks=m, source=source_of(e.extractor))
            for e, k, m in zip(events, at, marks)]  # fmt: skip


def rerank_events(events: list[Event], sentences: Sequence[tuple[int, int]] | None, reranker: Reranker, floor: float,
                  context: Sequence[str] = (), sdoc: Doc | None = None, mentions: Sequence[Any] = (), headline: bool = True) -> list[Event]:  # fmt: skip
    """Each event's confidence becomes the reranker's probability; those under ``floor`` go
    (``sdoc``: the document's spaCy Doc, whose token vectors the dense sentence model reads and
    whose tokens and names ``trigger_marks`` reads, with the document's actor ``mentions``)."""
    if not events:
        return events
    sentences = sentences or [(0, max(e.sentence.end for e in events))]
    read = proposed(events, sentences, sdoc, reranker.dense_types is not None, mentions, headline)
    scored = zip(events, features(read, len(sentences), reranker.sentence_types, context, reranker.dense_types))
    return keep_confident(((e, reranker.probability(f)) for e, f in scored), floor, f"rerank:{reranker.version}")
