"""A learned antecedent ranker for pronouns, possessives and descriptions.

The hand-written rules of warta.actors.coref propose an antecedent; this ranker scores every
compatible earlier mention in the anaphor's sentence and the ``window`` sentences before it
(and the rules' choice, wherever it is) with a linear model over conjunctions of simple
facts -- what the anaphor is, how far back the candidate is, whether it opens its sentence or
clause, how it can stand for the anaphor (as itself, through its organisation), whether the
rules chose it -- and keeps the best. The weights (``warta/data/actors/antecedent_ranker.json``)
are fitted on the actor dev sets by training/actors/train_ranker.py (a conditional logit),
which also reports leave-one-set-out scores.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Candidate:
    index: int  # into the mention list
    kind: str  # how it stands for the anaphor: its own type, "org_of_person", a type of its organisation, ...


@dataclass(frozen=True)
class Context:
    """What the features need of one document."""

    text: str
    sentence_starts: list[int]
    clause_openers: object  # compiled pattern (warta.actors.coref.Anaphora.clause_openers)
    reporting: object  # compiled pattern: a reporting verb right before a position


def anaphor_kind(m) -> str:
    """'ia', 'mereka', 'pihaknya', ... for pronouns; 'clitic' for "-nya"; 'desc' for descriptions."""
    if m.rule == "clitic":
        return "clitic"
    if " " in m.text:
        return "desc"
    return m.text.lower()


def features(mentions, idx: int, cand: Candidate, rank: int, rule_j: int | None, ctx: Context, types: tuple[str, ...]) -> list[str]:
    """Conjunctions of facts about the anaphor mentions[idx] and one candidate."""
    m, c = mentions[idx], mentions[cand.index]
    ak = anaphor_kind(m)
    k = bisect_left(ctx.sentence_starts, m.start + 1) - 1
    kc = bisect_left(ctx.sentence_starts, c.start + 1) - 1
    distance = min(k - kc, 3)
    sentence_start = ctx.sentence_starts[kc]
    openers = [o.end() for o in ctx.clause_openers.finditer(ctx.text, ctx.sentence_starts[k], m.start)]
    clause = openers[-1] if openers else ctx.sentence_starts[k]
    first_in_sentence = not any(sentence_start <= o.start < c.start for o in mentions[: cand.index] if o.rule != "clitic")
    first_in_clause = distance == 0 and c.start >= clause and not any(clause <= o.start < c.start for o in mentions[: cand.index] if o.rule != "clitic")
    order = types.index(cand.kind) if cand.kind in types else len(types)
    facts = [
        "bias",
        f"dist={distance}",
        f"rank={min(rank, 3)}",
        f"clause={int(distance == 0 and c.start >= clause)}",
        f"first={int(first_in_sentence)}",
        f"clause_subject={int(first_in_clause)}",
        f"reported={int(bool(ctx.reporting.search(ctx.text, sentence_start, c.start)))}",
        f"type={c.type}",
        f"via={'self' if cand.kind == c.type else cand.kind}",
        f"order={min(order, 3)}",
        f"cand={'anaphor' if c.antecedent is not None else c.rule}",
        f"rule={int(cand.index == rule_j)}",
    ]
    return facts + [f"{ak}|{f}" for f in facts] + [f"rule={int(cand.index == rule_j)}|dist={distance}", f"type={c.type}|dist={distance}"]


@dataclass(frozen=True)
class Ranker:
    weights: dict[str, float]
    window: int  # sentences before the anaphor's own

    def score(self, feats: list[str]) -> float:
        w = self.weights
        return sum(w.get(f, 0.0) for f in feats)

    def choose(self, mentions, idx: int, cands: list[Candidate], rule_j: int | None, ctx: Context, types) -> Candidate | None:
        best, best_score = None, float("-inf")
        for rank, cand in enumerate(cands):
            s = self.score(features(mentions, idx, cand, rank, rule_j, ctx, types))
            if s > best_score:
                best, best_score = cand, s
        return best


@lru_cache(maxsize=None)
def load_ranker() -> Ranker | None:
    """The shipped weights, or None when the file is absent (the rules decide alone)."""
    path = resources.files("warta.data").joinpath("actors", "antecedent_ranker.json")
    if not path.is_file():
        return None
    data = json.loads(path.read_text("utf-8"))
    return Ranker(weights=data["weights"], window=data["window"])
