"""The learned role reader: which of a sentence's noun phrases are an event's actor and recipient.

The clause rules of ``warta.events.coder`` read one reading of each clause (subject left of an
active verb, object right of it, the agent after "oleh"), and on real news that reading is
often wrong: long subjects with titles and apposition, quotes whose speaker comes after them
("ujar X"), a crowd or a victim that the rules skip, a topic read as a recipient ("membahas
keamanan maritim"). Here every reading the rules *could* make becomes a candidate — the
subject, the direct and prepositional objects, the passive agent, the genitive, and every
actor mention of the sentence — and two logistic regressions, trained on the roles annotated
in real news (``training/events/train_roles.py``), say how likely each candidate is the actor
and the recipient. The rules' own choice is one feature among others ("rule_actor"), so the
model learns when to trust them; a chosen actor takes its conjuncts along ("DPR dan pemerintah
sudah menyepakati"). Weights ship in ``warta/data/events/roles.json``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Any

from warta.actors.anaphora import load_anaphora
from warta.actors.register import fold, load_register
from warta.events.event import Event, Participant
from warta.events.scoring import logistic
from warta.events.view import DEMONSTRATIVES, SentenceView

ROLES = ("actor", "recipient")
# data/events/role_words.json: the voice a trigger word's prefix marks ("dihadang" is passive even where
# the tagger's stemmer does not know the stem and reads it as active)
_WORDS = json.loads(resources.files("warta.data").joinpath("events/role_words.json").read_text("utf-8"))
_VOICES: tuple[tuple[str, int, str], ...] = tuple((p, n, v) for p, n, v in _WORDS["voice_prefixes"])
# the words that join the members of a list ("A, B, dan C"): grammar.json's coordinators but "dengan" (a partner, not a member)
_GRAMMAR = json.loads(resources.files("warta.data").joinpath("events/grammar.json").read_text("utf-8"))
JOINS = frozenset(_GRAMMAR["coordinators"]) - {"dengan"}
_NOT = _WORDS["not_participants"]
_TIME_WORDS = frozenset(_NOT["time_words"]) | frozenset(_GRAMMAR["non_actor_heads"])  # and the place words among them
_NUMERALS, _MULTIPLIERS, _CURRENCY = frozenset(_NOT["numerals"]), frozenset(_NOT["multipliers"]), frozenset(_NOT["currency"])
_MEASURES, _DOCUMENTS = frozenset(_NOT["measures"]), frozenset(_NOT["documents"])
_DOCUMENT_NOT_BEFORE = frozenset(_NOT["documents_not_before"])  # "surat kabar": a newspaper, no document
_QUOTES = frozenset({'"', "“", "”", "‘", "’", "'"})
_BREAKS = frozenset({",", ";", ":", "(", ")", "-", "–", "—"})


@dataclass(frozen=True)
class RoleCandidate:
    """A noun phrase that could fill a role of one event: its participant record, where it
    sits (tokens ``a..b`` of the sentence view), the features the model reads of it and the
    coordinated list it belongs to (``coordination_chains``)."""

    participant: Participant
    a: int
    b: int
    features: tuple[str, ...]
    chain: int = -1  # candidates of one coordinated list ("Go-Jek, Grab, dan Uber") share it; -1: in none


@dataclass(frozen=True)
class RoleModel:
    weights: dict[str, dict[str, float]]  # role -> feature -> weight
    bias: dict[str, float]  # role -> intercept
    threshold: dict[str, float]  # role -> the probability floor chosen on real-news train (out of fold) + dev
    version: str
    most: dict[str, int | None] | None = None  # role -> how many candidates may fill it (None: any), chosen with the floors
    conjunct: dict[str, float | None] | None = None  # role -> the floor for the chosen filler's conjuncts (None: not taken)

    def probability(self, role: str, features: Sequence[str]) -> float:
        w = self.weights[role]
        z = self.bias[role] + sum(map(w.get, features, repeat(0.0)))  # the same additions in the same order
        return logistic(z)


def load_roles(folder: str | None = None) -> RoleModel:
    """The ``roles.json`` of ``folder`` (weights trained elsewhere) if it has one, else the shipped model."""
    mine = Path(folder, "roles.json") if folder else None
    source = mine if mine is not None and mine.exists() else resources.files("warta.data").joinpath("events/roles.json")
    raw = json.loads(source.read_text("utf-8"))
    return RoleModel(weights=raw["weights"], bias=raw["bias"], threshold=raw["threshold"], version=raw["version"], most=raw.get("most"),
                     conjunct=raw.get("conjunct"))  # fmt: skip


def voice(word: str) -> str:
    """The voice the prefix of ``word`` marks ("di" for "dihadang", "me" for "menghadang"; "-"
    for none), the first row of ``voice_prefixes`` whose prefix it has and whose length it reaches."""
    w = word.lower()
    return next((v for prefix, n, v in _VOICES if len(w) >= n and w.startswith(prefix)), "-")


def coordination_chains(spans: Sequence[tuple[int, int]], words: Sequence[str]) -> list[int]:
    """For each span, the coordinated list it belongs to: spans are linked when only one or two
    of the ``JOINS`` words (a comma, "dan", "serta", ...) stand between them, and a list counts
    when one of its links holds a word that is not a comma ("Go-Jek, Grab, dan Uber"; "Kapolda,
    Irjen X" is an apposition, no list). Lists are numbered by their first span; -1: in none."""
    parent = list(range(len(spans)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    starts: dict[int, list[int]] = {}
    for k, (a, _) in enumerate(spans):
        starts.setdefault(a, []).append(k)
    worded: set[int] = set()
    for k, (_, b) in enumerate(spans):
        for gap in (1, 2):
            between = words[b : b + gap]
            if len(between) < gap or not all(x in JOINS for x in between) or (gap == 2 and between[0] != ","):
                continue
            for j in starts.get(b + gap, ()):
                parent[root(j)] = root(k)
                if any(x != "," for x in between):
                    worded.add(j)
    lists = {root(j) for j in worded}
    first: dict[int, int] = {}
    for k in range(len(spans)):
        r = root(k)
        if r in lists:
            first.setdefault(r, k)
    return [first[root(k)] if root(k) in lists else -1 for k in range(len(spans))]


def not_participant(words: Sequence[str]) -> str | None:
    """Why a noun phrase no actor mention covers is no participant of an event, or None: a time
    expression ("akhir pekan", "2 Desember", "tiga hari"), a quantity of things ("134 kilogram
    daun ganja", "Rp 2 juta", "dua proyektil", "sebungkus plastik") or a document ("Surat itu");
    lowercase words, a trailing demonstrative read past (role_words.json ``not_participants``)."""
    w = list(words)
    while len(w) > 1 and w[-1] in DEMONSTRATIVES:
        w.pop()
    if not w:
        return None
    if w[0] in _DOCUMENTS and not (len(w) > 1 and w[1] in _DOCUMENT_NOT_BEFORE):  # "surat kabar" is a newspaper
        return "document"
    if any(x in _TIME_WORDS for x in w) and all(x in _TIME_WORDS or x in _NUMERALS or not x[:1].isalpha() for x in w):
        return "time"  # or a place word of non_actor_heads alone ("wilayah ini"); numerals alone are people: "Ratusan berunjuk rasa"
    k = 1 if w[0] in _CURRENCY else 0
    if k < len(w) and (w[k][:1].isdigit() or w[k] in _NUMERALS):
        k += 1
        while k < len(w) and (w[k] in _MULTIPLIERS or w[k][:1].isdigit() or w[k] in (",", ".")):
            k += 1
        if k < len(w) and w[k] in _MEASURES or k == len(w) and w[0] in _CURRENCY:
            return "quantity"
    if w[0].startswith("se") and w[0][2:] in _MEASURES and w[0] not in _NUMERALS:  # "sebungkus", not the article "sebuah"
        return "quantity"
    return None


@cache
def participant_nouns() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """The head nouns of people, groups and organisations the actor register knows, as folded
    words: the first word of every role noun and its aliases ("jamaah", "warga", "hakim"), every
    one-word organisation head ("perusahaan", "kelompok") and the anaphora heads, the pronouns,
    bare and plain nouns ("pria", "korban"); the organisation heads of several words, whole
    ("rumah sakit": "rumah warga" is no organisation); and the words read past before a head
    ("calon", "para", "seluruh", numerals: "calon jamaah haji")."""
    reg, ana = load_register(), load_anaphora()
    heads = {fold(x).split()[0] for role, entry in reg.roles.items() for x in (role, *entry.get("aliases", ())) if fold(x).split()}
    heads |= {k[0] for k in reg.org_heads if len(k) == 1} | {k[0] for k in ana.heads if k}
    heads |= set(ana.pronouns) | set(ana.bare_nouns) | set(ana.plain_heads) | set(ana.org_descriptors)
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for k in reg.org_heads:
        if len(k) > 1:
            phrases[k[0]] = (*phrases.get(k[0], ()), k)
    before = set(reg.quantifiers) | set(reg.singular) | set(ana.all_of) | set(ana.definite) | _NUMERALS
    return frozenset(heads), phrases, frozenset(before)  # phrases: by their first word


def head_noun(words: Sequence[str]) -> str:
    """Whether the head noun of a phrase no actor mention covers can name a participant: "person"
    when its first word past counting words and numerals is a person, group or organisation noun
    of the actor register ("enam perusahaan", "calon jamaah haji", "lima orang", "Tim SAR"),
    "thing" otherwise ("trotoar dibongkar", "jawaban tertulis", "sistem pertahanan rudal S-300",
    "rumah warga"). A word both counts and names ("orang", "tim") is the head unless a head
    follows it."""
    heads, phrases, before = participant_nouns()
    folded = [f for f in (fold(x) for x in words) if f and f[:1].isalpha()]
    for n, f in enumerate(folded):
        rest = folded[n + 1 :]
        if f in before and not (f in heads and not _names_a_participant(rest[:1], heads, phrases)):
            continue
        return "person" if _names_a_participant(folded[n:], heads, phrases) else "thing"
    return "thing"


def _names_a_participant(words: Sequence[str], heads: frozenset[str], phrases: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Whether ``words`` open with a participant noun: one head word, or a whole organisation head of several."""
    return bool(words) and (words[0] in heads or any(tuple(words[: len(p)]) == p for p in phrases.get(words[0], ())))


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n < 6 else "6-10" if n < 11 else "11+"


@dataclass(frozen=True)
class TriggerContext:
    """What every candidate of one trigger shares, read once per trigger: the trigger's place
    and kind, the features that name only the trigger and a side (L: the candidate is left of
    it, R: right), and the quotation state before every token (``quotes[k]``: 1 when token
    ``k`` is inside a quotation opened earlier in the sentence)."""

    view: SentenceView
    i: int
    n: int
    kind: str
    type_: str
    quotes: tuple[int, ...]
    by_side: dict[str, tuple[str, str, str, str, str]]  # side -> side=, side_kind=, side_type=, trigger=, voice= features


def candidate_trigger(view: SentenceView, trigger: tuple[int, int], kind: str, type_: str) -> TriggerContext:
    """The ``TriggerContext`` of the trigger at tokens ``trigger`` (first, count) of ``view``."""
    i, n = trigger
    quotes, inside = [], 0
    for x in view.words:
        quotes.append(inside)
        inside ^= x in _QUOTES
    words = " ".join(view.words[i : i + n])
    v = voice(view.words[i])
    by_side = {side: (f"side={side}", f"side_kind={side}|{kind}", f"side_type={side}|{type_}", f"trigger={words}|{side}", f"voice={v}|{side}")
               for side in "LR"}  # fmt: skip
    return TriggerContext(view, i, n, kind, type_, tuple(quotes), by_side)


def candidate_features(trigger: TriggerContext, span: tuple[int, int], sources: Sequence[str], mention: Any | None, rank: int,
                       cues: frozenset[str], coordinated: bool = False) -> tuple[str, ...]:  # fmt: skip
    """What the role model reads of one candidate: which rule readings proposed it, where it
    sits relative to the trigger and what lies between (punctuation, quotes and the ``cues``
    words of grammar.json: "yang", "bahwa", "oleh", ...), the words around it, what kind of
    actor its mention is, the voice the trigger's prefix marks and whether the candidate is one
    of a coordinated list; for a phrase no mention covers, whether its head noun can name a
    participant (``head_noun``: "enam perusahaan", not "trotoar dibongkar") and whether a later
    word can ("pertemuan dengan Presiden"). ``rank`` is its order on its side of the trigger (1 = nearest)."""
    view, i, n, kind, type_ = trigger.view, trigger.i, trigger.n, trigger.kind, trigger.type_
    a, b = span
    w = view.words
    left = b <= i
    side = "L" if left else "R"
    side_f, side_kind, side_type, trigger_f, voice_f = trigger.by_side[side]
    gap = range(b, i) if left else range(i + n, a)
    between = w[b:i] if left else w[i + n : a]
    dist, rank = _bucket(len(between)), min(rank, 3)  # 3: the third or farther
    prev = w[a - 1] if a > 0 else "<s>"
    out = [side_f, side_kind, side_type, f"dist={dist}", f"side_dist={side}|{dist}", f"rank={side}{rank}", f"rank_kind={side}{rank}|{kind}"]
    srcs = sorted(set(sources))
    out += [f"src={s}" for s in srcs]
    out += [f"src_kind={s}|{kind}" for s in srcs]
    out.append(f"srcs={'+'.join(srcs)}")
    out.append(f"prev={prev}")
    out.append(f"next={w[b] if b < len(w) else '</s>'}")
    out.append(f"prev_side={side}|{prev}")
    out.append(f"head_pos={view.pos[b - 1]}")
    out.append(f"first={w[a]}")
    out.append(f"len={_bucket(b - a)}")
    out += [f"between_has={x}" for x in sorted({x for x in between if x in _BREAKS or x in _QUOTES or x in cues})]
    pos = view.pos
    out.append(f"between_verbs={_bucket(sum(1 for k in gap if pos[k] == 'VERB'))}")
    out.append(trigger_f)
    out += [f"type_src={type_}|{s}" for s in srcs]
    out.append(f"head={w[b - 1]}")
    out.append(f"prev2={w[a - 2] if a > 1 else '<s>'}|{prev}")
    out.append(f"quote={trigger.quotes[a]}{trigger.quotes[i]}")
    if mention is not None:
        has_id = bool(mention.actor_id or getattr(mention, "org_id", None))
        out.append(f"m_type_kind_side={mention.type}|{kind}|{side}")
        out += [f"m_type={mention.type}", f"m_label={mention.label}", f"m_rule={mention.rule}", f"m_id={has_id}",
                f"m_sector={mention.sector}", f"m_type_side={mention.type}|{side}", f"m_label_kind={mention.label}|{kind}"]  # fmt: skip
    else:
        out.append("m_none")
        out.append(f"noun={head_noun(w[a:b])}")
        if not participant_nouns()[0].isdisjoint(fold(x) for x in w[a + 1 : b]):  # a head noun further in: "pertemuan dengan Presiden Turki"
            out.append("noun_inside=person")
    out.append(voice_f)
    if coordinated:
        out.append(f"coord={side}")
    return tuple(out)


def assign(spans: Sequence[tuple[int, int]], scores: Sequence[tuple[float, float]], floors: dict[str, float],
           most: dict[str, int | None] | None = None, chains: Sequence[int] | None = None,
           conjunct: dict[str, float | None] | None = None) -> dict[str, list[int]]:  # fmt: skip
    """Which candidates fill which role, from their (actor, recipient) probabilities: each goes
    to the role it is likelier to fill if it reaches that role's floor; of two overlapping
    candidates for one role the likelier stays, and a role takes at most ``most[role]`` of them,
    the likeliest (an apposition "Kepala Biro Humas Kemensos RI, Akifah Elansari" is one actor,
    not three). Then the conjuncts of what a role took (candidates of the same ``chains`` list)
    join it when their probability for the role reaches ``conjunct[role]`` and they fill no
    role yet ("DPR dan pemerintah sudah menyepakati": two actors). Indices in sentence order."""
    chosen: dict[str, list[tuple[float, int]]] = {role: [] for role in ROLES}
    for k, (pa, pr) in enumerate(scores):
        role, p = ("actor", pa) if pa >= pr else ("recipient", pr)
        if p >= floors[role]:
            chosen[role].append((p, k))

    def free(k: int, kept: list[int]) -> bool:
        return all(spans[k][1] <= spans[j][0] or spans[j][1] <= spans[k][0] for j in kept)

    out: dict[str, list[int]] = {}
    for role in ROLES:
        kept: list[int] = []
        limit = (most or {}).get(role)
        for _, k in sorted(chosen[role], key=lambda x: (-x[0], x[1])):
            if limit is not None and len(kept) >= limit:
                break
            if free(k, kept):
                kept.append(k)
        out[role] = kept
    if chains is not None and conjunct:
        taken = {k for kept in out.values() for k in kept}
        for r, role in enumerate(ROLES):
            floor = conjunct.get(role)
            lists = {chains[k] for k in out[role]} - {-1}
            if floor is None or not lists:
                continue
            kept = out[role]
            for k in sorted(range(len(spans)), key=lambda k: (-scores[k][r], k)):
                if scores[k][r] < floor:
                    break
                if chains[k] in lists and k not in taken and free(k, kept):
                    kept.append(k)
                    taken.add(k)
    return {role: sorted(kept, key=lambda k: spans[k]) for role, kept in out.items()}


def choose_roles(event: Event, candidates: Sequence[RoleCandidate], model: RoleModel) -> None:
    """Fill ``event``'s actor and recipient with the candidates the model chooses (``assign``);
    the extractor says so (``roles:<version>``)."""
    scores = [(model.probability("actor", c.features), model.probability("recipient", c.features)) for c in candidates]
    chosen = assign([(c.a, c.b) for c in candidates], scores, model.threshold, model.most, [c.chain for c in candidates], model.conjunct)
    event.actor = [candidates[k].participant for k in chosen["actor"]]
    event.recipient = [candidates[k].participant for k in chosen["recipient"]]
    event.extractor = f"{event.extractor} roles:{model.version}"


def one_person_one_side(event: Event, anaphoric: set[str], persons: set[str]) -> None:
    """A person is never both the actor and the recipient of one event: where coreference
    gave both sides the same person ("Saya pun mengajak dia ngobrol", "Dedi pun mengajak
    pemuda itu": both Dedi Mulyadi), the side resolved by an anaphor keeps its span and loses
    the id (the recipient's when both or neither are anaphors). ``anaphoric``: the mention ids
    of the document's mentions coreference resolved; ``persons``: the ids that name a person
    (an official who acts as his organisation carries its id: "Kapolri meminta anggota Polri",
    "Ketua Umum PBNU meminta warga NU" are organisations acting on their own members, which
    real-news train codes 21 times, and stay)."""
    same = {p.actor_id for p in event.actor if p.actor_id in persons} & {p.actor_id for p in event.recipient}
    for actor_id in same:
        mine = [p for p in event.actor if p.actor_id == actor_id]
        theirs = [p for p in event.recipient if p.actor_id == actor_id]
        named_recipient = not any(p.mention_id in anaphoric for p in theirs)
        anaphoric_actor = all(p.mention_id in anaphoric for p in mine)
        for p in mine if named_recipient and anaphoric_actor else theirs:
            p.actor_id = p.name = p.type = p.country = p.sector = None
