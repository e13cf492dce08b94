"""A learned antecedent chooser: a logistic regression over anaphor-candidate pairs
(``warta/data/actors/chooser.json``, trained on the real-news train chains by
training/actors/train_chooser.py) scores the earlier mentions a pronoun or description may stand
for, and for the anaphors the rules named in the weights file resolve (``rules``: "nearest", the
last resort of the pronouns no other rule takes), links the best one in place of the rule's pick.
"Andi Soraya: Saya Tidak Peduli Steve Emmanuel, Saya Bantu Anak" -> the first "Saya" (Andi
Soraya), not Steve Emmanuel, the nearest person.

Candidates: the mentions of the anaphor's sentence and the ``BACK_SENTENCES`` before it (never
more than ``link.LOOK_BACK`` characters back) that it can stand for (``link.kind_of``), at most
``MAX_CANDIDATES`` of them, nearest first: a constant per anaphor, so linear per document.
Features (``features``): the anaphor's kind crossed with the candidate's class (a person, a group
of people, an organisation, a country, another pronoun, the organisation of a person), with how
many sentences and candidates back it is, whether it opens its sentence, follows a preposition,
speaks (a speech tag before it, a reporting verb after), shares the anaphor's side of a quotation,
is a first-person pronoun, is the actor most often among the candidates, is registered, names a
group of people, has a role, is in brackets; and the rule crossed with the candidate's class.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from warta.actors.link import _people, attach, backwards, contrastive, kind_of, other_side_barred
from warta.actors.match import Mention
from warta.actors.register import fold

if TYPE_CHECKING:
    from warta.actors.rules import Doc

BACK_SENTENCES = 3
MAX_CANDIDATES = 20
COLLECT: list | None = None
"""When a list (training/actors/train_chooser.py), every anaphor's candidates and features are
appended to it: (anaphor, rule, [(candidate, kind, features)], the rule's pick)."""


@dataclass(frozen=True)
class Weights:
    bias: float
    weights: dict[str, float]
    rules: frozenset[str]  # the rules whose picks the chooser replaces

    def score(self, features: dict[str, float]) -> float:
        return self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())


@cache
def load_weights() -> Weights | None:
    path = resources.files("warta.data").joinpath("actors", "chooser.json")
    if not path.is_file():
        return None
    data = json.loads(path.read_text("utf-8"))
    return Weights(data["bias"], data["weights"], frozenset(data["rules"]))


def anaphor_kind(text: str) -> str:
    """The kind of an anaphor by its words: ia, saya, kami, mereka, nya (one "-nya" word),
    sang ("sang"/"si"/"para"/"kedua"/"seluruh" ...), desc (several words), bare (one word)."""
    t = fold(text)
    if t in ("ia", "dia", "beliau"):
        return "ia"
    if t in ("saya", "aku", "gue"):
        return "saya"
    if t in ("kami", "kita"):
        return "kami"
    if t == "mereka":
        return t
    if " " not in t and t.endswith("nya"):
        return "nya"
    if t.split()[0] in ("sang", "si", "para", "kedua", "seluruh"):
        return "sang"
    return "desc" if " " in t else "bare"


def _class(c: Mention, kind: str) -> str:
    if c.rule == "anaphor":
        return "pron"
    if kind != c.type:
        return "via"  # its organisation or country
    if c.type == "person":
        return "person"
    if _people(c):
        return "people"
    return "country" if c.type == "country" else "org"


def candidates(doc: Doc, idx: int) -> list[tuple[int, str]]:
    """The earlier mentions mentions[idx] may stand for, nearest first, with how (``kind_of``)."""
    types = doc.types(idx) or ()
    m, ana = doc.mentions[idx], doc.ana
    avoid = contrastive(m, ana)  # as ``nearest``: "korban" is no "pelaku"
    barred = other_side_barred(doc.mentions, idx, doc.reg, ana, doc.text, doc.sentence_starts)  # as ``nearest``: "tersangka" is no police officer nor who speaks
    out = []
    for j in backwards(doc.mentions, idx, doc.since(idx, BACK_SENTENCES)):
        c = doc.mentions[j]
        if c.rule == "clitic" or (c.rule == "anaphor" and c.antecedent is None and c.actor_id is None) or c.role in avoid or j in barred:
            continue
        kind = kind_of(c, types, doc.reg)
        if kind is not None:
            out.append((j, kind))
            if len(out) >= MAX_CANDIDATES:
                break
    return out


def features(doc: Doc, idx: int, cands: list[tuple[int, str]], rule: str | None) -> list[dict[str, float]]:
    """The features of each candidate of mentions[idx] (one dict of name -> value each)."""
    from warta.actors.rules import _inside_quotation  # rules imports this module
    ms, m, text, ana = doc.mentions, doc.mentions[idx], doc.text, doc.ana
    a = anaphor_kind(m.text)
    starts = doc.sentence_starts
    here = bisect_left(starts, m.start + 1) - 1
    a_quote = _inside_quotation(text, m.start)
    key_count: dict[str, int] = {}
    for j, _ in cands:
        key = ms[j].actor_id or ms[j].name or fold(ms[j].text)
        key_count[key] = key_count.get(key, 0) + 1
    top = max(key_count.values(), default=0)
    out = []
    for rank, (j, kind) in enumerate(cands):
        c = ms[j]
        s = bisect_left(starts, c.start + 1) - 1
        back = min(here - s, 3)
        first_of_sentence = j == 0 or ms[j - 1].start < starts[s]  # the sentence's first mention: its subject, mostly
        cls = _class(c, kind)
        words_before = text[max(starts[s], c.start - 20) : c.start].split()
        prep = bool(words_before) and fold(words_before[-1]) in ana.prepositions
        before = text[max(0, c.start - 20) : c.start].replace(",", " ").split()[-1:]
        after = text[c.end : c.end + 30].replace(",", " ").split()[:1]
        speaks = bool(before) and fold(before[0]) in ana.speaker_before or bool(after) and fold(after[0]) in ana.reporting_words
        c_quote = _inside_quotation(text, c.start)
        key = c.actor_id or c.name or fold(c.text)
        f = {
            f"{a}:{cls}": 1.0,
            f"{a}:back{back}": 1.0,
            f"{a}:rank{min(rank, 3)}": 1.0,
            f"{a}:first": float(first_of_sentence),
            f"{a}:prep": float(prep),
            f"{a}:speaks": float(speaks),
            f"{a}:same_quote": float(a_quote == c_quote),
            f"{a}:first_person": float(fold(c.text) in ana.first_person),
            f"{a}:frequent": float(key_count[key] == top and top > 1),
            f"{a}:count": math.log1p(key_count[key]),
            f"{a}:registered": float(c.actor_id in doc.reg.actors),
            f"{a}:people": float(_people(c)),
            f"{a}:{cls}:back{back}": 1.0,
            f"{rule}:{cls}": 1.0,
            f"{a}:subject_here": float(first_of_sentence and back == 0),
            f"{a}:bracket": float(text[max(0, c.start - 2) : c.start].strip() == "("),
            f"{a}:role": float(c.role is not None),
        }
        out.append(f)
    return out


_FIELDS = ("actor_id", "name", "type", "country", "sector", "role", "org_id", "antecedent")


def before_rules(m: Mention) -> tuple:
    """What the rules may change on a mention, to undo before the chooser links it elsewhere."""
    return tuple(getattr(m, f) for f in _FIELDS)


def choose(doc: Doc, idx: int, rule: str | None, saved: tuple, apply: bool = True) -> str | None:
    """The rule (or "chooser") that resolves mentions[idx], after the chooser has looked at what
    ``rule`` chose (None when no rule resolved it; ``saved``: the mention before the rules)."""
    m = doc.mentions[idx]
    if m.rule != "anaphor" or m.antecedent is None:
        return rule  # unresolved, or an actor with no antecedent (bare_default)
    weights = load_weights() if apply else None
    replace = weights is not None and rule in weights.rules
    if COLLECT is None and not replace:
        return rule
    cands = candidates(doc, idx)
    pick = m.antecedent
    if all(j != pick for j, _ in cands):
        c = doc.mentions[pick]
        cands.append((pick, kind_of(c, doc.types(idx) or (), doc.reg) or c.type or ""))
    feats = features(doc, idx, cands, rule)
    if COLLECT is not None:
        COLLECT.append((m, rule, [(doc.mentions[j], kind, f) for (j, kind), f in zip(cands, feats, strict=True)], doc.mentions[pick]))
    if not replace:
        return rule
    assert weights is not None
    j, kind = max(zip(cands, feats, strict=True), key=lambda cf: weights.score(cf[1]))[0]
    if j == pick:
        return rule
    for f, v in zip(_FIELDS, saved, strict=True):
        setattr(m, f, v)
    attach(m, doc.mentions[j], j, kind, doc.reg)
    return "chooser"
