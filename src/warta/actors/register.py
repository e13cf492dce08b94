"""The actor register: who's who, loaded from ``warta/data/actors`` (format in its README).

Matching keys are *folded*: diacritics stripped, case-folded, one apostrophe, hyphens as
spaces, then split into word tokens, so "Kata'ib Sayyid al-Shuhada" and "kataib sayyid al
shuhada" meet. Aliases listed as ``case_sensitive`` (short ones that are also ordinary
words, like "AS") match only in their exact case.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_TOKEN = re.compile(r"\w+(?:'\w+)*")


def fold(text: str) -> str:
    if text.isascii():  # the same result, fast: NFKD and the mark filter keep ASCII as it is
        return text.replace("`", "'").lower().replace("-", " ")
    s = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return s.replace("-", " ").replace("–", " ")


def tokens(text: str) -> tuple[str, ...]:
    """Folded word tokens: the unit aliases are matched in."""
    return tuple(t.replace("'", "") for t in _TOKEN.findall(fold(text)))


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    qid: str | None = None
    parent: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Alias:
    """One way of writing an actor (or a role), as folded tokens."""

    actor_id: str | None
    surface: str
    case_sensitive: bool
    role: str | None = None  # set for role nouns ("Presiden", "juru bicara")


@dataclass(frozen=True)
class Place:
    """A province, regency or city of regions.json: fills the slot of a regional pattern."""

    slug: str  # unique across levels: "jawa-barat", "bogor" (the regency), "kota-bogor"
    level: str  # province | regency | city
    name: str  # official name ("Kabupaten Bogor")
    display: str  # the name in an office's name: "Jawa Barat", "Sumedang", "Kota Bogor" (a city sharing a regency's name)
    province: str  # the province's slug
    polda: str  # id of the regional police the place reports to


@dataclass
class Register:
    actors: dict[str, Actor] = field(default_factory=dict)
    # first folded token -> aliases starting with it, longest first (sorted by load_register)
    index: dict[str, list[tuple[tuple[str, ...], Alias]]] = field(default_factory=dict)
    roles: dict[str, dict] = field(default_factory=dict)
    # folded prefix tokens ("militer", "pemerintah") -> sector, for "militer AS"-type forms
    form_prefixes: dict[tuple[str, ...], str] = field(default_factory=dict)
    non_actor_prefixes: set[tuple[str, ...]] = field(default_factory=set)  # place words and non-actor forms, before a country
    non_actor_forms: set[tuple[str, ...]] = field(default_factory=set)  # "Gedung {}", "Undang-Undang {}": before any actor
    side_prefixes: set[tuple[str, ...]] = field(default_factory=set)  # "pihak {}": a role after it is its organisation
    place_suffixes: set[tuple[str, ...]] = field(default_factory=set)  # "Lebanon selatan" is a place
    # capitalised place names that hold a country ("Bidara Cina": place_names.json), and the words
    # that open a place's name ("Kampung", "Jalan"): the country word inside is no actor
    place_names: frozenset[tuple[str, ...]] = frozenset()
    place_name_heads: frozenset[str] = frozenset()
    feature_name_heads: frozenset[str] = frozenset()  # "Laut Jepang": a sea, not Japan
    feature_name_bodies: frozenset[str] = frozenset()  # "Angkatan Laut Jepang": a navy, Japan's
    # words after which a capitalised organisation's name is the place it sits ("di", "Mako"), and the types never read so
    organisation_place_words: frozenset[tuple[str, ...]] = frozenset()
    organisation_place_kept: frozenset[str] = frozenset()
    organisation_place_surfaces: frozenset[str] = frozenset()  # their first words as written, "di" and "Mako"
    targets: dict[str, dict[str, str]] = field(default_factory=dict)
    defaults: dict[tuple[str, ...], str] = field(default_factory=dict)  # ambiguous alias -> chosen actor
    name_heads: frozenset[tuple[str, ...]] = frozenset()  # aliases that, a capitalised word right after, begin a longer name ("Kepolisian Negara Malaysia")
    # ambiguous alias -> {actor: (folded context words, whether capitalised) that choose it when near ("Kongres", "Senat")}
    context: dict[tuple[str, ...], dict[str, list[tuple[tuple[str, ...], bool]]]] = field(default_factory=dict)
    quantifiers: set[str] = field(default_factory=set)  # "tiga", "para", "ratusan" before a group
    group_modifiers: set[str] = field(default_factory=set)  # "setempat" after a group
    singular: set[str] = field(default_factory=set)  # counting words for one ("seorang"): a person, not a group
    number_lead: set[tuple[str, str]] = field(default_factory=set)  # "lebih dari" before a number
    name_particles: set[str] = field(default_factory=set)  # "al", "bin" inside a name
    companions: tuple[str, ...] = ()  # "dkk" after a person's name: him and his companions
    period_words: tuple[str, ...] = ()  # "periode" after an organisation, with years or "ini"
    period_ends: tuple[str, ...] = ()
    origin_words: frozenset[str] = frozenset()  # "asal": "pilot asal Norwegia" names where the person is from
    office_status: frozenset[str] = frozenset()  # "nonaktif": between an office's organisation and its holder's name
    others_after: frozenset[str] = frozenset()  # "lain": closes a group's phrase ("tiga anggota senior ISIS lain")
    case_roles: frozenset[str] = frozenset()  # "tersangka": a legal status a case description completes (roles.json)
    case_words: frozenset[str] = frozenset()  # "kasus", "dugaan": opens the case description ("terpidana kasus korupsi")
    case_stops: frozenset[str] = frozenset()  # "yang", "telah": ends it
    complement_stops: frozenset[str] = frozenset()  # "pekan", "alias": no word of a role noun's complement (roles.json)
    peoples: frozenset[str] = frozenset()  # "Kurdi", "Rohingya", "Syiah": after a role a people or creed, no person's name
    accredited_to: set[str] = field(default_factory=set)  # "untuk" in "Duta Besar Jepang untuk Indonesia"
    # organisation head words the register does not list: ("pt",) -> ("business", "BUS"), ("rumah", "sakit") -> MED (org_heads.json)
    org_heads: dict[tuple[str, ...], tuple[str, str | None]] = field(default_factory=dict)
    not_actors: frozenset[str] = frozenset()  # names NER may tag that are no actor (months, holidays)
    not_actor_words: frozenset[str] = frozenset()  # a name with one of these words is an event's, no actor's ("Go Ahead Challenge")
    unit_heads: frozenset[str] = frozenset()  # "Gegana", "Ditjen": a unit written before its organisation's name (org_heads.json)
    type_only_heads: frozenset[tuple[str, ...]] = frozenset()  # "sdn": types a name NER found, makes none (org_heads.json)
    party_boards: frozenset[str] = frozenset()  # "DPD": a party's board before its name is the party (org_heads.json)
    place_heads: frozenset[tuple[str, ...]] = frozenset()  # "rumah sakit", "sdn": organisations named as places (org_heads.json)
    club_cities: dict[tuple[str, ...], str] = field(default_factory=dict)  # "barcelona" -> esp-fc-barcelona (org_heads.json club_affixes)
    # regional offices: first folded token -> (prefix tokens, pattern), longest first ("Polres {}" -> polres)
    regional: dict[str, list[tuple[tuple[str, ...], dict]]] = field(default_factory=dict)
    # regional patterns by the id prefix a role's org_pattern names: "idn-polres-" -> polres ("Kapolres Bogor")
    office_patterns: dict[str, dict] = field(default_factory=dict)
    # places of regions.json: first folded token -> (form tokens, exact surface or None, place), longest first
    places: dict[str, list[tuple[tuple[str, ...], str | None, Place]]] = field(default_factory=dict)

    def pattern_office(self, actor_id: str | None) -> Actor | None:
        """The office an id of a regional pattern names when the register does not list it
        ("idn-polres-bogor" -> Polres Bogor, police), else None."""
        if not actor_id or actor_id in self.actors:
            return None
        for prefix, pattern in self.office_patterns.items():
            if actor_id.startswith(prefix) and len(actor_id) > len(prefix):
                place = actor_id.removeprefix(prefix).replace("-", " ").title()
                return Actor(actor_id, pattern["forms"][0].replace("{}", place), pattern["type"], pattern.get("country"), pattern.get("sector"),
                             parent=pattern.get("parent"))  # fmt: skip
        return None

    def org_head(self, keys) -> tuple[str, str | None] | None:
        """(type, sector) of the longest head phrase (org_heads.json) that folded ``keys`` start with."""
        if not keys or keys[0] not in self._org_head_firsts():  # most words begin no head phrase
            return None
        for n in (3, 2, 1):
            if len(keys) >= n and (hit := self.org_heads.get(tuple(keys[:n]))):
                return hit
        return None

    def _org_head_firsts(self) -> frozenset[str]:
        """The first words of the head phrases, remade whenever ``org_heads`` is another dict or changed size."""
        heads, kept = self.org_heads, self.__dict__.get("_firsts")
        if kept is None or kept[0] is not heads or kept[1] != len(heads):
            kept = self.__dict__["_firsts"] = (heads, len(heads), frozenset(k[0] for k in heads if k))
        return kept[2]

    def names_no_one_alone(self, key: tuple[str, ...]) -> bool:
        """Whether an alias names its actor only with its context words near (ambiguous.json, a
        default of null: "Anwar" alone is an Indonesian's name, not Anwar Ibrahim)."""
        return self.defaults.get(key) == ""

    def aliases(self, key: tuple[str, ...]) -> list[Alias]:
        """The aliases whose folded tokens are exactly ``key``."""
        return [a for k, a in self.index.get(key[0], ()) if k == key] if key else []

    def add(self, alias: Alias) -> None:
        key = tokens(alias.surface)
        if not key:
            return
        self.index.setdefault(key[0], []).append((key, alias))


def _club_cities(reg: Register, affixes: set[str]) -> dict[tuple[str, ...], str]:
    """The city a foreign club's name holds after its affix is taken off ("FC Barcelona" ->
    barcelona), for the cities only one club has and that are no alias of another actor."""
    found: dict[tuple[str, ...], set[str]] = {}
    for bucket in reg.index.values():
        for key, alias in bucket:
            actor = reg.actors.get(alias.actor_id or "")
            if not actor or actor.type != "business" or actor.country in (None, "IDN") or len(key) < 2:
                continue
            for rest in (key[1:] if key[0] in affixes else None, key[:-1] if key[-1] in affixes else None):
                if rest:
                    found.setdefault(rest, set()).add(actor.id)
    return {city: ids.pop() for city, ids in found.items() if len(ids) == 1 and not any(a.actor_id for a in reg.aliases(city))}


@cache
def load_register() -> Register:
    folder = resources.files("warta.data").joinpath("actors")
    reg = Register()
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".jsonl"):
            continue
        for line in entry.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            a = json.loads(line)
            reg.actors[a["id"]] = Actor(a["id"], a["name"], a["type"], a.get("country"), a.get("sector"), a.get("qid"), a.get("parent"), a.get("role"))
            sensitive = set(a.get("case_sensitive") or ())
            for surface in {a["name"], *a.get("aliases", ())}:
                reg.add(Alias(a["id"], surface, surface in sensitive))
    for actor_id, forms in json.loads(folder.joinpath("news_aliases.json").read_text("utf-8"))["aliases"].items():
        for surface in forms:  # press forms of listed actors the real-news train annotations use ("Pemerintah Pusat")
            reg.add(Alias(actor_id, surface, False))
    ambiguous = json.loads(folder.joinpath("ambiguous.json").read_text("utf-8"))
    reg.name_heads = frozenset(tokens(h) for h in ambiguous.get("name_heads", {}).get("aliases", ()))
    for amb in ambiguous.get("ambiguities", ()):
        if "default" in amb:
            reg.defaults[tokens(amb["alias"])] = amb["default"] or ""  # "": no actor unless its context words are near ("Anwar")
        if amb.get("context"):
            reg.context[tokens(amb["alias"])] = {a: [(tokens(w), w[:1].isupper()) for w in words] for a, words in amb["context"].items()}
    roles = json.loads(folder.joinpath("roles.json").read_text("utf-8"))
    reg.quantifiers = {fold(q) for q in roles.get("quantifiers", ())}
    reg.group_modifiers = {fold(q) for q in roles.get("group_modifiers", ())}
    reg.singular = {fold(q) for q in roles.get("singular", ())}
    reg.number_lead = {tokens(q) for q in roles.get("number_lead", ()) if len(tokens(q)) == 2}
    reg.name_particles = {fold(q) for q in roles.get("name_particles", ())}
    reg.companions = tuple(roles.get("companions", ()))
    reg.period_words = tuple(roles.get("period_words", ()))
    reg.period_ends = tuple(roles.get("period_ends", ()))
    reg.accredited_to = {fold(q) for q in roles.get("accredited_to", ())}
    reg.origin_words = frozenset(fold(q) for q in roles.get("origin_words", ()))
    for name in ("office_status", "others_after", "case_roles", "case_words", "case_stops", "complement_stops"):
        setattr(reg, name, frozenset(fold(q) for q in roles.get(name, ())))
    reg.peoples = frozenset(fold(q) for q in roles.get("peoples", ()))
    for phrase in roles.get("not_mentions", ()):  # "korban jiwa": the longest match, naming no one
        reg.add(Alias(None, phrase, False))
    for role in roles["roles"]:
        reg.roles[role["role"]] = role
        for surface in {role["role"], *role.get("aliases", ())}:
            reg.add(Alias(None, surface, False, role=role["role"]))
    forms = json.loads(folder.joinpath("demonyms_forms.json").read_text("utf-8"))
    for sector, templates in forms["forms"].items():
        for template in templates:
            if template.endswith("{}") and template.count("{}") == 1:
                reg.form_prefixes[tokens(template[:-2])] = sector
    reg.side_prefixes = {tokens(template[:-2]) for template in forms.get("side_forms", ())}
    for template in forms.get("non_actor_forms", ()):
        if template.endswith("{}"):
            reg.non_actor_prefixes.add(tokens(template[:-2]))
            reg.non_actor_forms.add(tokens(template[:-2]))
    for word in forms.get("place_prefixes", ()):
        reg.non_actor_prefixes.add(tokens(word))
    reg.place_suffixes = {tokens(w) for w in forms.get("place_suffixes", ())}
    reg.place_name_heads = frozenset(fold(w) for w in forms.get("place_name_heads", ()))
    reg.feature_name_heads = frozenset(fold(w) for w in forms.get("feature_name_heads", ()))
    reg.feature_name_bodies = frozenset(fold(w) for w in forms.get("feature_name_bodies", ()))
    reg.organisation_place_words = frozenset(tokens(w) for w in forms.get("organisation_place_words", ()))
    reg.organisation_place_kept = frozenset(forms.get("organisation_place_kept", ()))
    reg.organisation_place_surfaces = frozenset(w.split()[0] for w in forms.get("organisation_place_words", ()))
    reg.place_names = frozenset(tokens(n) for n in json.loads(folder.joinpath("place_names.json").read_text("utf-8"))["names"])
    reg.targets = forms.get("targets", {})
    heads = json.loads(folder.joinpath("org_heads.json").read_text("utf-8"))
    reg.org_heads = {tokens(head): (kind, sector) for head, (kind, sector) in heads["heads"].items()}
    reg.not_actors = frozenset(fold(w) for w in heads.get("not_actors", ()))
    reg.not_actor_words = frozenset(fold(w) for w in heads.get("not_actor_words", ()))
    reg.place_heads = frozenset(tokens(h) for h in heads.get("place_heads", ()))
    reg.unit_heads = frozenset(heads.get("unit_heads", ()))
    reg.type_only_heads = frozenset(tokens(h) for h in heads.get("type_only_heads", ()))
    reg.party_boards = frozenset(heads.get("party_boards", ()))
    reg.club_cities = _club_cities(reg, {fold(a) for a in heads.get("club_affixes", ())})
    for pattern in json.loads(folder.joinpath("regional_patterns.json").read_text("utf-8"))["patterns"]:
        if pattern["id_template"].endswith("-{slug}") and "id_by_level" not in pattern:
            reg.office_patterns.setdefault(pattern["id_template"].removesuffix("{slug}"), pattern)
        for form in pattern["forms"]:
            if form.endswith(" {}") and form.count("{") == 1:  # "Kodim {code}/{}" needs more than a name
                key = tokens(form[:-3])
                reg.regional.setdefault(key[0], []).append((key, pattern))
    for bucket in reg.regional.values():
        bucket.sort(key=lambda item: -len(item[0]))
    for p in json.loads(folder.joinpath("regions.json").read_text("utf-8"))["places"]:
        place = Place(p["slug"], p["level"], p["name"], p["display"], p["province"], p["polda"])
        for form in p["forms"]:
            key = tokens(form)
            exact = form if len(form) <= 3 or form.isupper() else None  # "NTB", "DKI", "OKI": only in capitals
            reg.places.setdefault(key[0], []).append((key, exact, place))
    for bucket in reg.places.values():
        bucket.sort(key=lambda item: -len(item[0]))
    for bucket in reg.index.values():  # longest alias first: the matcher takes the first that fits
        bucket.sort(key=lambda item: -len(item[0]))
    return reg
