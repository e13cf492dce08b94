"""From a place mention in context to gazetteer candidates, best first, with a precision.

A mention is looked up whole ("Kabupaten Bogor", "Jalur Gaza"), else without its prefix
word ("Kecamatan Cibinong" -> "Cibinong", with the prefix kept as a constraint on the kind
of place). Candidates are scored by kind (a country name is always the country), by the
document's context (its dateline, its country, the provinces of other places it names),
by cue words near the mention ("Bupati Bogor" -> the regency) and by population. A
mention with no candidate is *unresolved*: reported as such, never guessed.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from warta.dates.words import date_words
from warta.nlp.abbreviations import abbreviations
from warta.places.gazetteer import Gazetteer, Place, fold


@dataclass(frozen=True)
class Rules:
    prefixes: dict[str, tuple[str, ...]]
    max_prefix_words: int
    type_prior: dict[str, float]
    population_weight: float
    same_country_bonus: float
    same_admin1_bonus: float
    parent_child_bonus: float
    cue_bonus: float
    kind_cues: dict[str, tuple[str, ...]]
    common_word_penalty: float
    lowercase_penalty: float
    place_cues: frozenset[str]
    directions: frozenset[str]
    bare_kota_bonus: float
    domestic_prefixes: frozenset[str]
    name_defaults: dict[str, str]
    name_default_bonus: float
    not_places: frozenset[str] = frozenset()  # folded common words never taken as a place alone
    origin_cues: frozenset[str] = frozenset()  # "asal Medan": someone's origin, not an event's place
    currency_words: frozenset[str] = frozenset()  # "dolar Singapura": a currency, no place
    # folded capitalised words that may follow a place name without being part of it: the
    # weekdays and months (dates_id.json: "di Jakarta Senin", "Surabaya September") and the
    # titles and ranks of the tokenizer's list ("Kapolres Asmat AKBP Andy Henoch")
    not_name_words: frozenset[str] = frozenset()

    @cached_property
    def street_prefixes(self) -> frozenset[str]:
        """The prefixes whose only kind is a street ("jalan", "gang", "rt"): their names are no gazetteer places."""
        return frozenset(p for p, kinds in self.prefixes.items() if all(k == "street" for k in kinds))

    @cached_property
    def prefix_heads(self) -> frozenset[str]:
        """The first word of every prefix: a word that is none of them begins no prefix."""
        return frozenset(p.split(" ")[0] for p in self.prefixes)


def _not_name_words() -> frozenset[str]:
    """The weekdays and months of the dates data, the titles of the abbreviations list, and
    the first words of the actor step's role nouns and organisation heads ("di Bandung Presiden
    Jokowi", "di Medan Tim SAR": one list each, read from the stages that own them)."""
    data = resources.files("warta.data")
    dates = date_words()
    roles = json.loads(data.joinpath("actors", "roles.json").read_text("utf-8"))["roles"]
    heads = json.loads(data.joinpath("actors", "org_heads.json").read_text("utf-8"))
    words = [*dates["weekdays"], *dates["months"], *abbreviations()["titles"], *heads["unit_heads"]]
    words += [alias.split()[0] for role in roles for alias in role["aliases"]]
    words += [head.split()[0] for head in heads["heads"]]
    return frozenset(fold(w.rstrip(".")) for w in words)


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    d = json.loads(resources.files("warta.data").joinpath("places", "resolver.json").read_text("utf-8"))
    return Rules(
        prefixes={k: tuple(v) for k, v in d["prefixes"].items()},
        max_prefix_words=max(k.count(" ") + 1 for k in d["prefixes"]),
        type_prior=d["type_prior"], population_weight=d["population_weight"],
        same_country_bonus=d["same_country_bonus"], same_admin1_bonus=d["same_admin1_bonus"],
        parent_child_bonus=d["parent_child_bonus"], cue_bonus=d["cue_bonus"],
        kind_cues={k: tuple(v) for k, v in d["kind_cues"].items()},
        common_word_penalty=d["common_word_penalty"], lowercase_penalty=d["lowercase_penalty"],
        place_cues=frozenset(d["place_cues"]), directions=frozenset(d["directions"]),
        bare_kota_bonus=d["bare_kota_bonus"], domestic_prefixes=frozenset(d["domestic_prefixes"]["prefixes"]), name_default_bonus=d["name_default_bonus"],
        name_defaults={k: v for k, v in d["name_defaults"].items() if not k.startswith("_")},
        not_places=frozenset(d.get("not_places", {}).get("words", ())),
        origin_cues=frozenset(d.get("origin_cues", {}).get("words", ())),
        currency_words=frozenset(d.get("currency_words", {}).get("words", ())),
        not_name_words=_not_name_words(),
    )  # fmt: skip


@dataclass
class Context:
    """What the document says about where it is: filled from its dateline and other places."""

    countries: dict[str, float] = field(default_factory=dict)  # alpha-3 -> weight
    admin1: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)  # place ids named elsewhere in the document
    parents: set[str] = field(default_factory=set)  # their regencies: "Slawi, Tegal" is the regency Tegal
    text: str = ""  # the words around the mention, for cues ("Bupati", "Pemkot")


@dataclass(frozen=True)
class Candidate:
    place: Place
    score: float

    def as_dict(self) -> dict:
        p = self.place
        return {"place_id": p.id, "name": p.name, "type": p.type, "country": p.country, "lat": p.lat, "lon": p.lon,
                "precision": p.type, "score": round(self.score, 3)}  # fmt: skip


def unresolved_country(mention: str, rules: Rules | None = None) -> str | None:
    """The country of a mention the gazetteer lacks, when its prefix says ("Desa Sukamaju": IDN)."""
    rules = rules or load_rules()
    prefix, _ = split_prefix(" ".join(mention.split()), rules)
    return "IDN" if prefix in rules.domestic_prefixes else None


def split_prefix(mention: str, rules: Rules) -> tuple[str | None, str]:
    """("kabupaten", "Bogor") for "Kabupaten Bogor"; (None, mention) without a prefix."""
    words = mention.split()
    for n in range(min(rules.max_prefix_words, len(words) - 1), 0, -1):
        key = " ".join(words[:n]).lower()
        if key in rules.prefixes:
            return key, " ".join(words[n:])
    return None, mention


def candidates(gaz: Gazetteer, mention: str, context: Context | None = None, rules: Rules | None = None) -> list[Candidate]:
    rules = rules or load_rules()
    context = context or Context()
    mention = " ".join(mention.split()).strip(" ,.;:()\"'")
    if not mention:
        return []
    places = gaz.lookup(mention)
    prefix, bare = split_prefix(mention, rules)
    kinds: tuple[str, ...] = ()
    if prefix and not places:  # the prefix is not part of a name ("Kepulauan Riau" is): a constraint
        kinds = rules.prefixes[prefix]
        places = gaz.lookup(bare)
    if prefix and ("village" in rules.prefixes[prefix] or "street" in rules.prefixes[prefix]):
        return []  # villages and streets are not in the gazetteer: unresolved, not a same-named district
    if mention.isupper() and len(mention) <= 4:  # "SE" (surat edaran) is no Sé in Macau; "AS", "NTB" stay
        places = [p for p in places if p.type != "city" or p.country == "IDN"]
    if fold(mention) in rules.not_places:  # "Kota", "Rumah": an Indonesian word, not a town abroad
        places = [p for p in places if p.country in ("IDN", None) or p.country in context.countries]
    # "di Kos" (a boarding house), "Rumah Kosong": a foreign town named like a common Indonesian
    # word (the gazetteer's common_word) only in an article about its country
    places = [p for p in places if not (p.common_word and p.country not in ("IDN", None)) or p.country in context.countries]
    if not places:
        return []
    lower = mention[:1].islower()
    cue_text = fold(context.text)
    default = rules.name_defaults.get(fold(mention))
    out = []
    for p in places:
        score = rules.type_prior.get(p.kind, 1.0)
        if kinds:
            score += 3.0 if _kind_ok(p, kinds) else -3.0
        if p.population:
            score += rules.population_weight * math.log10(p.population + 1)
        if p.country and p.country in context.countries and p.type != "country":
            score += rules.same_country_bonus * min(1.0, context.countries[p.country])
        if p.admin1 and p.admin1 in context.admin1 or p.id in context.admin1:
            score += rules.same_admin1_bonus
        if p.admin2 in context.places or (p.admin1 in context.places and p.type == "adm3") or p.id in context.parents:
            score += rules.parent_child_bonus
        for kind, cues in rules.kind_cues.items():
            if p.kind == kind and any(_has_word(cue_text, c) for c in cues):
                score += rules.cue_bonus
        if not kinds and p.kind == "adm2:kota":
            score += rules.bare_kota_bonus  # "Bogor" is the city unless the text says regency
        if p.id == default:
            score += rules.name_default_bonus
        if p.common_word:
            score -= rules.common_word_penalty
        if lower and p.type != "country":
            score -= rules.lowercase_penalty
        out.append(Candidate(p, score))
    out.sort(key=lambda c: (-c.score, c.place.id))
    return out


def _kind_ok(p: Place, kinds: tuple[str, ...]) -> bool:
    return any(p.kind == k or p.type == k for k in kinds)


def _has_word(text: str, phrase: str) -> bool:
    i = text.find(phrase)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(phrase)] if i + len(phrase) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        i = text.find(phrase, i + 1)
    return False
