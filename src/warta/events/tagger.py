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
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

import numpy as np

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

    def tag(self, view: SentenceView, floor: float, skip: set[int], prepared: PreparedScores | None = None) -> list[TaggedTrigger]:
        """Tokens whose best type reaches ``floor`` (not those in ``skip``); neighbours of one
        type merge. The scores are those ``prepare`` made for the view, if ``prepared`` holds it."""
        out: list[TaggedTrigger] = []
        found = prepared.get(id(view)) if prepared is not None else None
        if found is not None and found[0] is view:
            _, scored, best, top = found
        else:
            scored = _alphabetic(view)
            best, top = self.scores(view, scored)
        types = self._table[0]
        for i, k, z in zip(scored, best, top):
            if i in skip:
                continue
            p = 1.0 / (1.0 + math.exp(-z))
            if p < floor:
                continue
            type_ = types[k]
            if out and out[-1].type == type_ and out[-1].i + out[-1].n == i:
                prev = out[-1]
                out[-1] = TaggedTrigger(prev.i, prev.n + 1, type_, prev.kind, max(prev.probability, p))
            else:
                out.append(TaggedTrigger(i, 1, type_, kind_of(view.words[i], view.pos[i]), p))
        return out

    def type_logits(self, view: SentenceView) -> tuple[list[int], list[str], np.ndarray]:
        """Every type's logit for each token the tagger scores (``_alphabetic``): those tokens,
        the types (in the bias's order) and a tokens x types matrix, the sums ``scores`` takes
        the best of (the sentence proposer, ``warta.events.propose``, reads one type's column)."""
        tokens = _alphabetic(view)
        types = self._table[0]
        if not tokens:
            return tokens, types, np.zeros((0, len(types)))
        index = np.array(self._rows_of(view, tokens), dtype=np.intp).reshape(len(tokens), -1)
        return tokens, types, self._rows[0][index].sum(axis=1)

    def prepare(self, views: list[SentenceView]) -> PreparedScores:
        """The alphabetic tokens of all these sentences (one document's) scored at once, for
        ``tag`` to read: numpy's work is the same, its calls ~30 times fewer. The caller keeps
        them (the tagger is shared by every document and thread and holds no per-call state)."""
        prepared: PreparedScores = {}
        by_width: dict[int, list[SentenceView]] = {}
        for view in views:
            by_width.setdefault(len(view.context), []).append(view)
        for width, group in by_width.items():
            tokens = [_alphabetic(view) for view in group]
            rows: list[int] = []
            for view, scored in zip(group, tokens):
                rows += self._rows_of(view, scored)
            best, top = self._sum(rows, _TEMPLATES + width)
            k = 0
            for view, scored in zip(group, tokens):
                prepared[id(view)] = (view, scored, best[k : k + len(scored)], top[k : k + len(scored)])
                k += len(scored)
        return prepared

    def scores(self, view: SentenceView, tokens: list[int]) -> tuple[list[int], list[float]]:
        """``best`` for the given tokens of one sentence, all at once: each token's best type
        (its index in the bias's order) and its score (the logit; ``best``'s probability is
        ``1 / (1 + exp(-score))``). Checked against ``best`` on real news in
        tests/test_tagger_scoring.py."""
        return self._sum(self._rows_of(view, tokens), _TEMPLATES + len(view.context))

    def _sum(self, rows: list[int], width: int) -> tuple[list[int], list[float]]:
        """Each token's best type and score from its ``width`` rows (``_rows_of``).

        Every feature template gives a token at most one feature, so a token's weights are one
        row per template of a dense matrix (row 0: no weights). The rows of the tokens' first
        template (the bias) are gathered, then the next template's added to them, and so on:
        per type the same float additions as ``best``, in its order (``token_features``'),
        with 0.0 (which changes no sum) where a feature has no weight for the type. The first
        maximum wins, as in ``best``."""
        if not rows:
            return [], []
        matrix = self._rows[0]
        index = np.array(rows, dtype=np.intp).reshape(-1, width).T.copy()
        z = matrix.take(index[0], axis=0)
        for c in range(1, width):
            z += matrix.take(index[c], axis=0)
        best = z.argmax(axis=1)
        return best.tolist(), z[np.arange(len(best)), best].tolist()

    def _rows_of(self, view: SentenceView, tokens: list[int]) -> list[int]:
        """The matrix rows of each token's features, token after token, in ``best``'s order;
        what a word gives the templates of its own and of its neighbours is looked up once
        per word (``_own_rows``, ``_neighbour_rows``)."""
        if not tokens:
            return []
        _, by, fixed = self._rows
        words, pos, at = view.words, view.pos, view.mention_at
        n = len(words)
        own, neighbour = self._own_rows, self._neighbour_rows
        pos_prev, pos_next = by["pos_prev"], by["pos_next"]
        seen = [0]  # seen[k]: mention tokens among the first k
        for m in at:
            seen.append(seen[-1] + (m is not None))
        mention, left, right = fixed["mention"], fixed["mention_left"], fixed["mention_right"]
        sent = by["sent_mentions"].get(str(min(2, view.mention_count)), 0)
        headline = by["headline"].get(str(view.start == 0), 0)
        context = [self._row_of(f) for f in view.context]
        start, end = fixed["<s>"], fixed["</s>"]  # a neighbour beyond the sentence's bounds
        nb = [neighbour(w) for w in words]  # each word's rows as a neighbour, looked up once per sentence
        rows: list[int] = []
        for i in tokens:
            w, p = words[i], pos[i]
            a = own(w, p)
            b = nb[i - 1] if i > 0 else start
            c = nb[i + 1] if i + 1 < n else end
            rows += (
                1, a[0], a[1], a[2], a[3], a[4], a[5], b[0], c[3], b[1],
                pos_prev.get((pos[i - 1] if i > 0 else "<s>", p), 0),
                mention[at[i] is not None],
                c[4], pos_next.get(pos[i + 1] if i + 1 < n else "</s>", 0),
                nb[i - 2][6] if i > 1 else start[6],
                sent,
                left[seen[i] > seen[max(0, i - CONTEXT)]],
                right[seen[min(n, i + 1 + CONTEXT)] > seen[i + 1]],
                headline, a[6], a[7], a[8], b[2], c[5], *context,
            )  # fmt: skip
        return rows

    @cached_property
    def _rows(self) -> tuple[np.ndarray, dict[str, dict], dict[str, tuple[int, ...]]]:
        """The weights as one matrix (row 0 zeros, row 1 the bias, then one row per feature),
        each template's rows by value (``{"w": {"serang": row}}``; the ``{name}={a}|{pos}``
        templates by (a, pos); ``""``: every feature by its name), and the rows of the
        two-valued features and of the sentence's bounds as neighbours."""
        types, bias, vectors = self._table
        matrix = np.zeros((len(vectors) + 2, len(types)))
        matrix[1] = bias
        by: dict[str, dict] = {name: {} for name in ("", *_TEMPLATE_NAMES)}
        for r, (f, pairs) in enumerate(vectors.items(), start=2):
            for k, x in pairs:
                matrix[r, k] = x
            by[""][f] = r
            name, _, value = f.partition("=")
            if name in ("stem_pos", "pos_prev", "c64_pos"):
                by.setdefault(name, {})[tuple(value.rpartition("|")[::2])] = r  # a POS tag holds no "|"
            else:
                by.setdefault(name, {})[value] = r
        fixed: dict[str, tuple[int, ...]] = {name: (by[name].get("False", 0), by[name].get("True", 0)) for name in ("mention", "mention_left", "mention_right")}
        # the sentence's bounds as neighbours, laid out as ``_neighbour_rows``: before the
        # first word "<s>" (as previous word, and as the one before that), after the last "</s>"
        before = tuple(by[name].get("<s>", 0) for name in ("prev", "prev_stem", "prev_c64"))
        after = tuple(by[name].get("</s>", 0) for name in ("next", "next_stem", "next_c64"))
        fixed["<s>"] = (*before, 0, 0, 0, by["prev2"].get("<s>", 0))
        fixed["</s>"] = (0, 0, 0, *after, 0)
        return matrix, by, fixed

    def _row_of(self, feature: str) -> int:
        return self._rows[1][""].get(feature, 0)

    @cached_property
    def _word_cache(self) -> tuple[dict[tuple[str, str], tuple[int, ...]], dict[str, tuple[int, ...]]]:
        return {}, {}

    def _own_rows(self, word: str, pos: str) -> tuple[int, ...]:
        """The rows a token's own word and POS give: w, stem, pre, suf, pos, stem_pos, c64, c512, c64_pos."""
        cache = self._word_cache[0]
        found = cache.get((word, pos))
        if found is None:
            if len(cache) >= _CACHE_WORDS:
                cache.clear()
            by = self._rows[1]
            s = _stem_of(word)
            broad, narrow = clusters_of(word)
            found = cache[(word, pos)] = (
                by["w"].get(word, 0), by["stem"].get(s, 0), by["pre"].get(word[:3], 0), by["suf"].get(word[-3:], 0),
                by["pos"].get(pos, 0), by["stem_pos"].get((s, pos), 0),
                by["c64"].get(broad, 0), by["c512"].get(narrow, 0), by["c64_pos"].get((broad, pos), 0),
            )  # fmt: skip
        return found

    def _neighbour_rows(self, word: str) -> tuple[int, ...]:
        """The rows a word gives its neighbours: as the previous word (prev, prev_stem,
        prev_c64), as the next (next, next_stem, next_c64), and as the one before the previous (prev2)."""
        cache = self._word_cache[1]
        found = cache.get(word)
        if found is None:
            if len(cache) >= _CACHE_WORDS:
                cache.clear()
            by = self._rows[1]
            s = _stem_of(word)
            broad = clusters_of(word)[0]
            found = cache[word] = (
                by["prev"].get(word, 0), by["prev_stem"].get(s, 0), by["prev_c64"].get(broad, 0),
                by["next"].get(word, 0), by["next_stem"].get(s, 0), by["next_c64"].get(broad, 0),
                by["prev2"].get(word, 0),
            )  # fmt: skip
        return found


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


# the scores ``prepare`` made: by id(view), the view itself (checked, so a reused id reads
# nothing), its scored tokens, each one's best type and its score
PreparedScores = dict[int, tuple[SentenceView, list[int], list[int], list[float]]]

CONTEXT = 4  # tokens each side in which a mention counts as near
# the templates ``scores`` sums for every token before the document's own (context) features, the bias first
_TEMPLATE_NAMES = ("w", "stem", "pre", "suf", "pos", "stem_pos", "prev", "next", "prev_stem", "pos_prev", "mention",
                   "next_stem", "pos_next", "prev2", "sent_mentions", "mention_left", "mention_right", "headline",
                   "c64", "c512", "c64_pos", "prev_c64", "next_c64")  # fmt: skip
_TEMPLATES = 1 + len(_TEMPLATE_NAMES)  # the bias, then one row per template
_CACHE_WORDS = 200_000  # words whose rows are kept (the cache starts again when full)


def _alphabetic(view: SentenceView) -> list[int]:
    """The tokens the tagger scores: those that begin with a letter."""
    return [i for i, word in enumerate(view.words) if word[:1].isalpha()]


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
