"""The learned trigger tagger: event words the lexicon does not list, learned from real news.

Real news tells events in words no list foresees ("dibegal", "mencabuli", "ditilang",
"berkoordinasi"). The tagger reads each token by its word, its Sastrawi stem (so "memerkosa"
learned from training also finds "diperkosa" and "pemerkosaan"), its affixes, its part of
speech, its neighbours and its word cluster (``warta.events.clusters``: words the raw news uses
alike), and gives a probability per PLOVER type: one-vs-rest logistic
regressions (L1, so the shipped weights stay few), trained on the real-news train split by
training/events/train_gate.py. A tagged word becomes a trigger whose clause kind (active,
passive, intransitive, nominal) comes from its morphology, and the coder reads its roles the
same way as for a lexicon trigger. Weights ship in ``warta/data/events/tagger.json``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from warta.events.clusters import cluster_features, clusters_of
from warta.events.view import SentenceView
from warta.search.stems import stem

_PASSIVE_PREFIXES = ("di", "ter")


@dataclass(frozen=True)
class TaggedTrigger:
    i: int  # first token
    n: int  # tokens
    type: str
    kind: str  # how the coder reads the clause: active | passive | intransitive | nominal_agent | nominal_patient
    probability: float


@dataclass(frozen=True)
class TriggerTagger:
    weights: dict[str, dict[str, float]]  # feature -> type -> weight
    bias: dict[str, float]  # type -> intercept
    threshold: float  # the default floor: best event F1 on real-news dev
    version: str

    def best(self, view: SentenceView, i: int) -> tuple[str, float]:
        """Token ``i``'s most likely type and its probability (the sigmoid is monotone: only
        the best type's is computed)."""
        types, bias, vectors = self._table
        z = list(bias)
        for f in token_features(view, i):
            for k, w in vectors.get(f, ()):
                z[k] += w
        top = max(z)
        return types[z.index(top)], 1.0 / (1.0 + math.exp(-top))

    @cached_property
    def _table(self) -> tuple[list[str], list[float], dict[str, tuple[tuple[int, float], ...]]]:
        """The weights as scoring reads them fastest: types in the bias's order (a tie goes to
        the first, as ``max`` over the dict did), each feature's weights as (type index, weight).
        Every type's sum adds the same weights in the same order as the dicts did: the same floats."""
        types = list(self.bias)
        index = {t: k for k, t in enumerate(types)}
        vectors = {f: tuple((index[t], w) for t, w in ws.items()) for f, ws in self.weights.items()}
        return types, [self.bias[t] for t in types], vectors

    def best_in(self, view: SentenceView) -> Callable[[int], tuple[str, float]]:
        """``best`` for the tokens of one sentence, faster: what its tokens share is computed
        once (every word's stem, where the mentions are, the weights of the sentence's own
        features), and a feature's weights are found by its value (``_by_value``) instead of
        by a name built for every token, most of which have none. The same weights are added in
        the same order as ``best`` adds them (``token_features``' order): the same floats
        (tests/test_tagger_scoring.py)."""
        types, bias, vectors = self._table
        by = self._by_value
        w_, stem_, pre_, suf_, pos_, prev_, next_, prev_stem_, next_stem_, pos_next_, prev2_ = (
            by.get(name, {}) for name in ("w", "stem", "pre", "suf", "pos", "prev", "next", "prev_stem", "next_stem", "pos_next", "prev2")
        )  # fmt: skip
        stem_pos_stems = self._stem_pos_stems
        words, pos, at = view.words, view.pos, view.mention_at
        n = len(words)
        get = vectors.get
        none = ()
        stems = [_stem_of(w) for w in words]
        seen = [0]  # seen[k]: mention tokens among the first k
        for m in at:
            seen.append(seen[-1] + (m is not None))

        def flag(name: str) -> dict[bool, tuple[tuple[int, float], ...]]:
            return {v: get(f"{name}={v}", none) for v in (False, True)}

        mention, left, right = flag("mention"), flag("mention_left"), flag("mention_right")
        sent = get(f"sent_mentions={min(2, view.mention_count)}", none)
        headline = get(f"headline={view.start == 0}", none)
        context = [pair for f in view.context for pair in get(f, none)]
        c64_, c512_, prev_c64_, next_c64_ = (by.get(name, {}) for name in ("c64", "c512", "prev_c64", "next_c64"))
        clusters = [clusters_of(w) for w in words]

        pos_prev_, c64_pos_ = self._by_pair["pos_prev"], self._by_pair["c64_pos"]
        prev2 = ["<s>", "<s>", *words[:-2]]
        # the neighbours' words, stems, tags and broad clusters, with the sentence's bounds
        prev_w, next_w = ["<s>", *words[:-1]], [*words[1:], "</s>"]
        prev_s, next_s = ["<s>", *stems[:-1]], [*stems[1:], "</s>"]
        prev_p, next_p = ["<s>", *pos[:-1]], [*pos[1:], "</s>"]
        broad = [c[0] for c in clusters]
        prev_c, next_c = ["<s>", *broad[:-1]], [*broad[1:], "</s>"]

        def best(i: int) -> tuple[str, float]:
            w, p, s, c = words[i], pos[i], stems[i], clusters[i]
            z = bias[:]
            for pairs in (
                w_.get(w, none), stem_.get(s, none), pre_.get(w[:3], none), suf_.get(w[-3:], none), pos_.get(p, none),
                get(f"stem_pos={s}|{p}", none) if s in stem_pos_stems else none,
                prev_.get(prev_w[i], none), next_.get(next_w[i], none), prev_stem_.get(prev_s[i], none),
                pos_prev_.get((prev_p[i], p), none),
                mention[at[i] is not None],
                next_stem_.get(next_s[i], none), pos_next_.get(next_p[i], none),
                prev2_.get(prev2[i], none),
                sent,
                left[seen[i] > seen[max(0, i - CONTEXT)]],
                right[seen[min(n, i + 1 + CONTEXT)] > seen[i + 1]],
                headline,
                c64_.get(c[0], none), c512_.get(c[1], none), c64_pos_.get((c[0], p), none),
                prev_c64_.get(prev_c[i], none), next_c64_.get(next_c[i], none),
                context,
            ):  # fmt: skip
                for k, x in pairs:
                    z[k] += x
            top = max(z)
            return types[z.index(top)], 1.0 / (1.0 + math.exp(-top))

        return best

    @cached_property
    def _by_value(self) -> dict[str, dict[str, tuple[tuple[int, float], ...]]]:
        """The weights of each feature template by value: ``{"w": {"serang": pairs}}`` for the
        feature ``w=serang`` (the name before the first ``=``)."""
        out: dict[str, dict[str, tuple[tuple[int, float], ...]]] = {}
        for f, pairs in self._table[2].items():
            name, _, value = f.partition("=")
            out.setdefault(name, {})[value] = pairs
        return out

    @cached_property
    def _by_pair(self) -> dict[str, dict[tuple[str, str], tuple[tuple[int, float], ...]]]:
        """The ``{name}={a}|{pos}`` templates' weights keyed by (a, pos), looked up without
        building the name (a POS tag holds no ``|``)."""
        return {name: {v.rpartition("|")[::2]: w for v, w in self._by_value.get(name, {}).items()} for name in ("pos_prev", "c64_pos")}

    @cached_property
    def _stem_pos_stems(self) -> frozenset[str]:
        """The stems some ``stem_pos={stem}|{pos}`` feature has weights for (a POS tag holds no ``|``)."""
        return frozenset(v.rpartition("|")[0] for v in self._by_value.get("stem_pos", {}))

    def tag(self, view: SentenceView, floor: float, skip: set[int]) -> list[TaggedTrigger]:
        """Tokens whose best type reaches ``floor`` (not those in ``skip``); neighbours of one type merge."""
        out: list[TaggedTrigger] = []
        best = self.best_in(view)
        for i, word in enumerate(view.words):
            if i in skip or not word[:1].isalpha():
                continue
            type_, p = best(i)
            if p < floor:
                continue
            if out and out[-1].type == type_ and out[-1].i + out[-1].n == i:
                prev = out[-1]
                out[-1] = TaggedTrigger(prev.i, prev.n + 1, type_, prev.kind, max(prev.probability, p))
            else:
                out.append(TaggedTrigger(i, 1, type_, kind_of(word, view.pos[i]), p))
        return out


def load_tagger(folder: str | None = None) -> TriggerTagger:
    """The shipped tagger, or the ``tagger.json`` of ``folder`` (weights trained elsewhere)."""
    source = Path(folder, "tagger.json") if folder else resources.files("warta.data").joinpath("events/tagger.json")
    raw = json.loads(source.read_text("utf-8"))
    return TriggerTagger(weights=raw["weights"], bias=raw["bias"], threshold=raw["threshold"], version=raw["version"])


def kind_of(word: str, pos: str) -> str:
    """The clause a word heads, from its affixes: "ditangkap" passive, "menangkap" active,
    "bertemu" intransitive, "penangkapan" a nominal whose genitive undergoes it, "serangan" one
    whose genitive does it."""
    if pos in ("NOUN", "PROPN"):
        return "nominal_patient" if word.startswith(("pe", "ke")) and word.endswith("an") else "nominal_agent"
    if word.startswith(_PASSIVE_PREFIXES) and stem(word) != word:
        return "passive"
    if word.startswith("ber") and stem(word) != word:
        return "intransitive"
    return "active"


CONTEXT = 4  # tokens each side in which a mention counts as near


def _stem_of(word: str) -> str:
    """A word's stem; a number, a mark or a sentence boundary ("<s>") stands for itself."""
    return stem(word) if word[:1].isalpha() else word


def token_features(view: SentenceView, i: int) -> list[str]:
    """What the tagger reads of token ``i``: names of binary features."""
    w, pos = view.words[i], view.pos[i]
    s = _stem_of(w)
    prev = view.words[i - 1] if i > 0 else "<s>"
    nxt = view.words[i + 1] if i + 1 < len(view.words) else "</s>"
    return [
        f"w={w}", f"stem={s}", f"pre={w[:3]}", f"suf={w[-3:]}", f"pos={pos}",
        f"stem_pos={s}|{pos}", f"prev={prev}", f"next={nxt}", f"prev_stem={_stem_of(prev)}",
        f"pos_prev={view.pos[i - 1] if i > 0 else '<s>'}|{pos}", f"mention={view.mention_at[i] is not None}",
        f"next_stem={_stem_of(nxt)}", f"pos_next={view.pos[i + 1] if i + 1 < len(view.words) else '</s>'}",
        f"prev2={view.words[i - 2] if i > 1 else '<s>'}",
        # who is around: an act with no actor or target near it is seldom an event
        f"sent_mentions={min(2, view.mention_count)}",
        f"mention_left={any(m is not None for m in view.mention_at[max(0, i - CONTEXT) : i])}",
        f"mention_right={any(m is not None for m in view.mention_at[i + 1 : i + 1 + CONTEXT])}",
        f"headline={view.start == 0}",
        *cluster_features(view.words, view.pos, i),  # words that share contexts in raw news (warta.events.clusters)
        *view.context,
    ]  # fmt: skip
