"""The event extractor's language knowledge, loaded from data/events/*.json.

Everything Indonesian lives in the data files: trigger forms per PLOVER type and kind,
modality cues, clause breaks, reporting verbs, prepositions. This module only indexes
them for fast whole-token matching (forward from a token, or backward ending at one).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

KINDS = ("active", "passive", "intransitive", "nominal_agent", "nominal_patient")
_KNOWN_WORDS = 200_000  # words whose trigger forms are kept (Lexicon.forms_of)
# words that open a place or time phrase the subject search steps over, besides the place and recipient prepositions
PP_MARKERS_EXTRA = ("pada", "sejak", "hingga", "sampai", "selama", "dalam", "antara", "tanpa", "sebagai", "seperti", "melalui", "lewat", "menjelang")


class Phrases:
    """A set of lowercase word sequences, matched on token lists."""

    def __init__(self, phrases: list[str]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            words = tuple(p.lower().split())
            self.by_first.setdefault(words[0], []).append(words)
            self.by_last.setdefault(words[-1], []).append(words)
        for table in (self.by_first, self.by_last):
            for v in table.values():
                v.sort(key=len, reverse=True)

    def at(self, words: list[str], i: int, stop: int | None = None) -> int:
        """Length of the longest phrase starting at ``words[i]`` (0 if none)."""
        stop = len(words) if stop is None else stop
        for p in self.by_first.get(words[i], ()):
            if i + len(p) <= stop and tuple(words[i : i + len(p)]) == p:
                return len(p)
        return 0

    def ending_at(self, words: list[str], j: int, start: int = 0) -> int:
        """Length of the longest phrase ending at ``words[j]`` (inclusive), not before ``start``."""
        for p in self.by_last.get(words[j], ()):
            if j - len(p) + 1 >= start and tuple(words[j - len(p) + 1 : j + 1]) == p:
                return len(p)
        return 0

    def __contains__(self, word: str) -> bool:
        return (word,) in self.by_first.get(word, ())


@dataclass(frozen=True)
class TriggerForm:
    words: tuple[str, ...]
    type: str
    kind: str


@dataclass
class Lexicon:
    triggers: dict[str, list[TriggerForm]]  # first word -> forms, longest first
    type_rank: dict[str, int]  # lower = preferred when two triggers overlap
    exclusions: Phrases
    modality: dict[str, Phrases]
    modality_order: list[str]
    modality_window: int
    clause_wide: dict[str, Phrases]
    strong_breaks: Phrases
    historical_min_years: int
    future_time: Phrases  # "bulan depan", "besok": future wherever they sit in the clause
    auxiliaries: Phrases
    reporting: Phrases
    clause_breaks: Phrases
    coordinators: Phrases
    vp_coordinators: Phrases
    recipient_preps: Phrases
    symmetric_types: frozenset[str]
    symmetric_preps: Phrases
    light_verbs: Phrases
    plan_verbs: Phrases
    topic_words: Phrases
    non_actor_heads: frozenset[str]
    place_preps: Phrases
    verb_object: dict[str, list[tuple[str, int, tuple[tuple[str, ...], ...]]]]  # verb -> (type, window, objects)
    purpose_markers: Phrases
    happening_verbs: Phrases
    non_agent_heads: frozenset[str]
    theme_object_types: frozenset[str]
    attributive_after_yang: frozenset[str]
    role_cues: frozenset[str]  # words between a trigger and a noun phrase that tell the role reader whose it is

    @cached_property
    def pp_markers(self) -> frozenset[str]:
        """The words that open a prepositional phrase: the place and recipient prepositions'
        first words and ``PP_MARKERS_EXTRA``."""
        return frozenset(self.place_preps.by_first) | frozenset(self.recipient_preps.by_first) | frozenset(PP_MARKERS_EXTRA)

    @cached_property
    def _forms_of(self) -> dict[str, Sequence[TriggerForm]]:
        """word -> the trigger forms that may start at it (its own, else its clitic-free word's),
        filled as words are met: asked for nearly every token of every sentence."""
        return {}

    def forms_of(self, word: str) -> Sequence[TriggerForm]:
        """The trigger forms that may start at ``word``: its own, else its clitic-free word's."""
        known = self._forms_of
        forms = known.get(word)
        if forms is None:
            if len(known) >= _KNOWN_WORDS:  # a long ingest meets ever more words: start over
                known.clear()
            forms = known[word] = self.triggers.get(word, ()) or self.triggers.get(_strip_clitic(word), ())
        return forms

    def may_start(self, word: str) -> bool:
        """Whether a trigger or a verb-object phrase may start at ``word`` (most words: no)."""
        return bool(self.forms_of(word)) or word in self.verb_object

    def trigger_at(self, words: list[str], i: int) -> TriggerForm | None:
        """The longest trigger form starting at token ``i``; a ``-nya`` clitic on the last word is allowed."""
        for form in self.forms_of(words[i]):
            n = len(form.words)
            if i + n > len(words):
                continue
            window = words[i : i + n]
            if tuple(window[:-1]) == form.words[:-1] and (window[-1] == form.words[-1] or _strip_clitic(window[-1]) == form.words[-1]):
                return form
        return None

    def verb_object_at(self, words: list[str], i: int) -> tuple[str, int] | None:
        """'menarik seluruh pasukannya': (type, tokens up to the object) for a verb with a typed object nearby."""
        for type_, window, objects in self.verb_object.get(words[i], ()):
            for k in range(i + 1, min(len(words), i + 1 + window)):
                for obj in objects:
                    n = len(obj)
                    got = words[k : k + n]
                    if len(got) == n and tuple(got[:-1]) == obj[:-1] and (got[-1] == obj[-1] or _strip_clitic(got[-1]) == obj[-1]):
                        return type_, k + n - i
        return None


@lru_cache(maxsize=65536)
def _strip_clitic(word: str) -> str:
    """The word without a clitic ("-nya", "-lah", "-pun", "-kah"); asked for nearly every token
    of every sentence, and a news vocabulary repeats: kept."""
    for suffix in ("nya", "lah", "pun", "kah"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)]
    return word


def _read(name: str) -> dict:
    return json.loads(resources.files("warta.data").joinpath("events", name).read_text("utf-8"))


def load_lexicon() -> Lexicon:
    trig = _read("triggers.json")
    gram = _read("grammar.json")
    triggers: dict[str, list[TriggerForm]] = {}
    for type_, kinds in trig["types"].items():
        for kind in KINDS:
            for phrase in kinds.get(kind, ()):
                words = tuple(phrase.lower().split())
                triggers.setdefault(words[0], []).append(TriggerForm(words, type_, kind))
    for forms in triggers.values():
        forms.sort(key=lambda f: len(f.words), reverse=True)
    mod = gram["modality"]
    return Lexicon(
        triggers=triggers,
        type_rank={t: i for i, t in enumerate(trig["type_priority"])},
        exclusions=Phrases(trig.get("exclusions", [])),
        modality={k: Phrases(mod[k]) for k in mod["order"]},
        modality_order=list(mod["order"]),
        modality_window=int(mod["window"]),
        clause_wide={k: Phrases(v) for k, v in mod["clause_wide"].items() if not k.startswith("_")},
        strong_breaks=Phrases(mod["strong_breaks"]),
        historical_min_years=int(mod["historical_min_years"]),
        future_time=Phrases(mod.get("future_time", [])),
        auxiliaries=Phrases(gram["auxiliaries"]),
        reporting=Phrases(gram["reporting"]),
        clause_breaks=Phrases(gram["clause_breaks"]),
        coordinators=Phrases(gram["coordinators"]),
        vp_coordinators=Phrases(gram["vp_coordinators"]),
        recipient_preps=Phrases(gram["recipient_preps"]),
        symmetric_types=frozenset(gram["symmetric_types"]),
        symmetric_preps=Phrases(gram["symmetric_preps"]),
        light_verbs=Phrases(gram["light_verbs"]),
        plan_verbs=Phrases(gram["plan_verbs"]),
        topic_words=Phrases(gram["topic_words"]),
        non_actor_heads=frozenset(gram["non_actor_heads"]),
        place_preps=Phrases(gram["place_preps"]),
        verb_object=_verb_object(trig.get("verb_object", [])),
        purpose_markers=Phrases(gram["purpose_markers"]),
        happening_verbs=Phrases(gram["happening_verbs"]),
        non_agent_heads=frozenset(gram["non_agent_heads"]),
        theme_object_types=frozenset(gram["theme_object_types"]),
        attributive_after_yang=frozenset(gram["attributive_after_yang"]),
        role_cues=frozenset(gram["role_cues"]),
    )


def _verb_object(entries: list[dict]) -> dict[str, list[tuple[str, int, tuple[tuple[str, ...], ...]]]]:
    out: dict[str, list] = {}
    for e in entries:
        objects = tuple(sorted((tuple(o.lower().split()) for o in e["objects"]), key=len, reverse=True))
        for verb in e["verbs"]:
            out.setdefault(verb, []).append((e["type"], int(e.get("window", 3)), objects))
    return out
