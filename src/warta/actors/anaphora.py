"""What pronouns and descriptions can stand for, read from ``warta/data/actors/anaphora.json``:
which actor types each pronoun, bare noun and description head may refer to, the words that
open a clause or report speech, and the roles a reference prefers or avoids. The resolution
rules (warta.actors.rules) read these; the data file is where to add a word."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from warta.actors.register import fold, tokens


@dataclass(frozen=True)
class Investigators:
    """Who investigates, prosecutes or judges a case (anaphora.json ``other_side``): a bare
    "tersangka" never stands for one of them unless the words around him name him the suspect."""

    sectors: frozenset[str]  # "COP", "JUD"
    organisations: frozenset[str]  # "idn-kpk"
    organisation_types: frozenset[str]  # "police": a person of a police body
    suspect_cues: frozenset[str]  # "ditangkap", "sebagai tersangka": he is the suspect himself


@dataclass(frozen=True)
class Anaphora:
    pronouns: dict[str, tuple[str, ...]]  # types in order of preference
    heads: dict[tuple[str, ...], tuple[str, ...]]  # types in order of preference
    demonstratives: frozenset[str]
    max_modifiers: int
    time_words: frozenset[str]  # "selama": "selama ini" is a time phrase, no demonstrative of a description
    clitic: dict
    clause_openers: re.Pattern
    definite: frozenset[str]  # 'para': a group noun after it refers back to the group named before
    definite_singular: frozenset[str]  # 'sang', 'si': 'sang pengacara' is one person named before
    definite_modifiers: frozenset[str]  # 'mantan': 'sang mantan istri' spans the noun after it
    definite_not_persons: frozenset[str]  # 'jago' ('si jago merah', fire), 'saka' ('sang saka', the flag): no person
    org_descriptors: frozenset[str]  # 'lembaga': 'lembaga KPK' is one mention of KPK
    all_of: frozenset[str]  # 'seluruh': refers back only to a group with the same role
    bare_nouns: frozenset[str]  # 'tersangka' alone: the suspect named before, like a description
    openers: frozenset[str]  # the clause openers as folded words
    bare_defaults: dict[str, str]  # 'pemerintah' with nothing before it that fits: Indonesia
    bare_not_before: dict[str, frozenset[str]]  # 'pemerintah daerah' is no bare noun
    bare_not_after: dict[str, frozenset[str]]  # 'sebagai tersangka' is a predicate
    after_predicate: frozenset[str]  # 'militer' refers back only after a verb or a clause opener
    contrastive: dict[str, frozenset[str]]  # role -> roles its mentions never refer back to ("pelaku" -> "korban")
    singular_back: frozenset[str]  # roles whose bare noun is the one person just introduced ("korban")
    led_by: frozenset[str]  # "dipimpinnya": "lembaga yang dipimpinnya" is the organisation its possessor leads
    predicate_words: frozenset[str]  # "menjadi", "sebagai": an uncounted group noun after them is a predicate
    prepositions: frozenset[str]  # "oleh", "dari": a description's head is not before one (outside a "yang" clause)
    not_verbs: frozenset[str]  # "menengah": starts like an active verb, is none
    roles_first: dict[str, frozenset[str]]  # "kliennya" -> roles its antecedent has first ("tersangka")
    plain_heads: frozenset[str]  # "pria", "perempuan": descriptions of a private person, rather than an official
    official_sectors: frozenset[str]
    citing_words: frozenset[str]  # "dari", "kepada": an outlet right after one is cited, no antecedent
    other_side: frozenset[str]  # "tersangka": never who investigates or judges the case, nor who speaks
    investigators: Investigators  # whom a bare "tersangka" never stands for
    people_pronouns: frozenset[str]  # "mereka": a group of people before a nearer organisation
    word_again: frozenset[str]  # "pemprov": the "Pemprov Sumsel" read before
    force_in_context: dict[str, frozenset[str]]  # role "petugas" -> the types of the force named before it that it stands for
    not_speakers: frozenset[str]  # "yang bersangkutan": the one spoken of, never who speaks
    plural_pronouns: frozenset[str]  # "mereka", "keduanya": one nothing fits is the plural pronoun before it
    subject_pronouns: frozenset[str]  # "mereka", "ia" opening a sentence: the previous sentence's subject
    reporting_words: frozenset[str]
    reporting_any: re.Pattern  # a reporting verb anywhere
    first_person: frozenset[str]  # 'saya', 'kami': in a quotation, the one quoted
    first_plural: frozenset[str]  # 'kami', 'kita': the speaker's side (warta.actors.rules.OwnSide)
    own_side_words: frozenset[str]  # 'kami', 'pihaknya': what one stood for, a later 'kami' stands for
    speech_tags: frozenset[str]  # 'kata', 'ujarnya' after a quotation: the speaker follows
    speaker_before: frozenset[str]  # the speech tags and 'menurut': a word right before who speaks
    honorifics: frozenset[str]  # "Dr.": no word of the name after it
    address_words: frozenset[str]  # "Prof", "Eyang", "Pak": a title or form of address before a name, no name of its own
    reporting: re.Pattern  # "mengatakan", "bahwa" right before a person: the reported clause's subject
    quote_mojibake: dict[str, str]  # "‚Äú" -> "  “": a Mac Roman-read curly quote, as the quote (same length)

    def clitic_types(self, word: str) -> frozenset[str] | None:
        """'stafnya' -> the types the possessor may have; None when -nya names no actor."""
        c = self.clitic
        if not word.endswith(c["suffix"]) or word in c["not_referential"] or word in self.pronouns:
            return None
        stem = word[: -len(c["suffix"])]
        if len(stem) < c["min_stem"] or not stem.isalpha():
            return None
        if any(stem.startswith(p) for p in c["verb_prefixes"]) or (stem.startswith("di") and len(stem) >= c["di_verb_min_stem"]):
            return None
        return c["types"]

    def names_a_person(self, word: str) -> bool:
        """'istrinya', 'rekannya': the word with its -nya names a person or group (a mention
        by the real-news guide); 'rumahnya', 'tangannya' name a thing (no mention)."""
        return word.endswith(self.clitic["suffix"]) and word[: -len(self.clitic["suffix"])] in self.clitic["person_words"]

    def names_a_person_after(self, before: str, word: str) -> bool:
        """'orang tuanya', 'buah hatinya', 'anak kandungnya': two words naming a person, -nya on
        the second (anaphora.json ``clitic.person_compounds``), one mention of both."""
        suffix = self.clitic["suffix"]
        return word.endswith(suffix) and f"{before} {word[: -len(suffix)]}" in self.clitic["person_compounds"]


def _same_length(pairs: dict[str, str]) -> dict[str, str]:
    """Replacements that keep every offset: each the length of what it replaces."""
    if any(len(k) != len(v) for k, v in pairs.items()):
        raise ValueError("anaphora.json quote_mojibake: a replacement must be as long as what it replaces")
    return pairs


@cache
def load_anaphora() -> Anaphora:
    data = json.loads(resources.files("warta.data").joinpath("actors", "anaphora.json").read_text("utf-8"))
    return Anaphora(
        pronouns={fold(k): tuple(v) for k, v in {**data["pronouns"], **data["bare_nouns"]}.items()},
        heads={tokens(k): tuple(v) for k, v in data["heads"].items()},
        demonstratives=frozenset(fold(d) for d in data["demonstratives"]),
        max_modifiers=data["max_modifier_words"],
        time_words=frozenset(data["time_before_demonstrative"]),
        clitic={**data["clitic"], "types": frozenset(data["clitic"]["types"]), "not_referential": frozenset(data["clitic"]["not_referential"]),
                "person_words": frozenset(data["clitic"]["person_words"]),
                "person_compounds": frozenset(data["clitic"]["person_compounds"])},
        definite=frozenset(data["definite_plural"]),
        definite_singular=frozenset(data["definite_singular"]["words"]),
        definite_modifiers=frozenset(data["definite_singular"]["modifiers"]),
        definite_not_persons=frozenset(data["definite_singular"]["not_persons"]),
        org_descriptors=frozenset(data["org_descriptors"]),
        all_of=frozenset(data["all_of"]),
        bare_nouns=frozenset(fold(k) for k in data["bare_nouns"]),
        openers=frozenset(fold(w) for w in data["clause_openers"]),
        bare_defaults={fold(k): v for k, v in data["bare_defaults"].items()},
        bare_not_before={fold(k): frozenset(v) for k, v in data["bare_not_before"].items()},
        bare_not_after={fold(k): frozenset(v) for k, v in data["bare_not_after"].items()},
        after_predicate=frozenset(fold(w) for w in data["bare_after_predicate"]),
        contrastive={k: frozenset(v) for k, v in data["contrastive_roles"].items()},
        singular_back=frozenset(data["singular_back_roles"]),
        led_by=frozenset(data["led_by"]),
        not_verbs=frozenset(data["not_verbs"]),
        prepositions=frozenset(data["prepositions"]),
        predicate_words=frozenset(data["predicate_words"]),
        subject_pronouns=frozenset(data["subject_pronouns"]),
        people_pronouns=frozenset(data["people_pronouns"]),
        plural_pronouns=frozenset(data["plural_pronouns"]),
        not_speakers=frozenset(fold(w) for w in data["not_speakers"]),
        word_again=frozenset(data["word_again"]),
        force_in_context={k: frozenset(v) for k, v in data["force_in_context"].items()},
        plain_heads=frozenset(fold(w) for w in data["plain_heads"]["heads"]),
        official_sectors=frozenset(data["plain_heads"]["official_sectors"]),
        citing_words=frozenset(fold(w) for w in data["citing_words"]),
        other_side=frozenset(fold(w) for w in data["other_side"]["nouns"]),
        investigators=Investigators(
            sectors=frozenset(data["other_side"]["not_sectors"]),
            organisations=frozenset(data["other_side"]["not_organisations"]),
            organisation_types=frozenset(data["other_side"]["not_organisation_types"]),
            suspect_cues=frozenset(fold(w) for w in data["other_side"]["suspect_cues"]),
        ),
        roles_first={fold(k): frozenset(v) for k, v in data["roles_first"].items()},
        reporting_words=frozenset(data["reporting_verbs"]),
        reporting_any=re.compile(r"\b(?:" + "|".join(map(re.escape, data["reporting_verbs"])) + r")\b", re.IGNORECASE),
        first_person=frozenset(data["first_person"]),
        first_plural=frozenset(data["first_plural"]),
        own_side_words=frozenset(data["own_side_words"]),
        speech_tags=frozenset(data["speech_tags"]),
        speaker_before=frozenset(data["speech_tags"]) | frozenset(data["speaker_before"]),
        honorifics=frozenset(data["honorifics"]),
        address_words=frozenset(fold(w) for w in data["address_words"]),
        reporting=re.compile(r"\b(?:" + "|".join(map(re.escape, data["reporting_verbs"])) + r")\s+$", re.IGNORECASE),
        quote_mojibake=_same_length(data["quote_mojibake"]),
        clause_openers=re.compile(r"\b(?:" + "|".join(map(re.escape, data["clause_openers"])) + r")\b", re.IGNORECASE),
    )

