"""Find actor mentions in text by the register: longest match over folded word tokens.

Three things on top of plain alias lookup, all driven by the register's data files:
- country forms: "militer AS", "pemerintah Israel" are the country with sector MIL / GOV
  (or a registered organ such as isr-idf); "bahasa Inggris" is no actor at all;
- role nouns: "Presiden Prabowo Subianto" is one person mention with role Presiden;
  "juru bicara Hizbullah" is a person of Hizbullah (not Hizbullah itself);
- ambiguous aliases take the register's declared default.
Pronouns and descriptions ("kelompok itu") are resolved later, by coreference.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from warta.actors.register import Alias, Register, fold, load_register, tokens

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_MAX_NAME_TOKENS = 4  # an unregistered name after a role noun: "Presiden Joko Widodo"


@dataclass
class Mention:
    start: int
    end: int
    text: str
    actor_id: str | None
    name: str | None
    type: str | None
    country: str | None
    sector: str | None
    role: str | None = None
    label: str | None = None
    antecedent: int | None = None
    rule: str = "alias"
    org_id: str | None = None  # for a person named by role + organisation: the organisation
    dateline: bool = False  # the outlet of a dateline ("JAKARTA, KOMPAS.com –"): no antecedent
    coref_rule: str | None = None  # the coreference rule that resolved it (warta.actors.rules)


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    raw: str
    key: str
    gap: str  # the text between the previous token and this one


# a space, hyphen or apostrophe, or a period inside an abbreviation ("A.S."), never a sentence end
_GAP = re.compile(r"[\s\-–'’/]{0,2}|\.")


def _tokenize(text: str) -> list[_Token]:
    out = []
    prev_end = 0
    for m in _TOKEN.finditer(text):
        out.append(_Token(m.start(), m.end(), m.group(), fold(m.group()).replace("'", ""), text[prev_end : m.start()]))
        prev_end = m.end()
    return out


def find_mentions(text: str, register: Register | None = None) -> list[Mention]:
    reg = register or load_register()
    toks = _tokenize(text)
    keys = [t.key for t in toks]
    mentions: list[Mention] = []
    places: list[int] = []  # token ends of countries read as places
    ends: list[int] | None = None  # sentence starts, for ambiguous aliases
    i = 0
    while i < len(toks):
        found = _longest(reg, toks, keys, i)
        regional = _regional(reg, text, toks, keys, i) or _headed_organisation(reg, text, toks, keys, i)
        if regional and (found is None or regional[1] > i + found[0]):  # "Polres Nunukan", "PT Samudra Mineral Persada"
            mentions.append(regional[0])
            i = regional[1]
            continue
        if found is None:
            i += 1
            continue
        length, aliases = found
        j = i + length
        role_alias = next((a for a in aliases if a.role), None)
        actor_ids = sorted({a.actor_id for a in aliases if a.actor_id})
        if role_alias and not actor_ids:
            form_end = next((i + k for k in (3, 2, 1) if tuple(keys[i : i + k]) in reg.form_prefixes and _contiguous(toks, i, i + k + 1)
                             and _next_is_country(reg, toks, keys, i + k)), None)  # fmt: skip
            if form_end is not None:
                i = form_end  # "pasukan Amerika Serikat", "warga negara Indonesia": the country form, matched at the country
                continue
            mention, j = _role_mention(reg, text, toks, keys, i, j, role_alias)
            if mention:
                j = _bracketed_abbreviation(reg, text, toks, mention, j)
                j = _name_after_bracket(reg, text, toks, keys, mention, j)
                j = _initials(reg, text, toks, keys, mention, j)
                _office_of(reg, text, toks, keys, mention, mentions)
                mentions.append(mention)
            i = j
            continue
        actor_id = actor_ids[0] if len(actor_ids) == 1 else reg.defaults.get(tuple(keys[i:j]))
        if tuple(keys[i:j]) in reg.context:
            ends = _sentence_ends(toks) if ends is None else ends  # once per document, and only when needed
            actor_id = _by_context(reg, toks, keys, ends, i, j, reg.defaults.get(tuple(keys[i:j]), actor_id))
            if actor_id is None and role_alias:  # "PMI" with no Red Cross words near: the migrant workers
                mention, j = _role_mention(reg, text, toks, keys, i, j, role_alias)
                if mention:
                    mentions.append(mention)
                i = j
                continue
        if actor_id is None or actor_id not in reg.actors:
            i = j
            continue
        nxt = _longest(reg, toks, keys, j) if j < len(toks) else None
        if nxt and reg.actors[actor_id].parent and any(a.actor_id == reg.actors[actor_id].parent for a in nxt[1]) and _contiguous(toks, j - 1, j + 1):
            j += nxt[0]  # the organ named with its parent stays the organ
        mention = _actor_mention(reg, text, toks, i, j, actor_id)
        actor = reg.actors[actor_id]
        if _prefix(reg.non_actor_forms, keys, i, mentions, toks):  # "Gedung DPR", "Undang-Undang TNI", "berbendera Liberia"
            i = j
            continue
        if actor.type == "country":
            if _prefix(reg.non_actor_prefixes, keys, i, mentions, toks) or _place_after(reg, toks, keys, j) or _listed_with_a_place(toks, keys, i, places) \
                    or _after_a_place_and_comma(reg, toks, keys, i):
                places.append(j)  # "di Irak dan Suriah", "Lebanon selatan": places, not actors
                i = j
                continue
            organ = _organ_before(reg, mentions, toks, i, actor)
            form = _form(reg, keys, i, mentions, toks)
            if organ and reg.actors[organ.actor_id].country == actor.country:  # "Kementerian Luar Negeri Indonesia": the organ
                organ.end, organ.text = toks[j - 1].end, text[organ.start : toks[j - 1].end]
                i = j
                continue
            if organ:  # "Kementerian Kesehatan Lebanon", "Angkatan Udara Ukraina": that country's organ
                mentions.pop()
                mention = _country_form(reg, text, toks, keys, _token_at(toks, organ.start), j, actor_id, organ.sector or "GOV")
            elif form:
                k, sector = form
                mention = _country_form(reg, text, toks, keys, _counted_from(reg, toks, keys, i - k), j, actor_id, sector)
        elif (form := _form(reg, keys, i, mentions, toks)) is not None:
            k, sector = form
            if actor.type == "person" and sector == "GOV" and actor.country:  # "pemerintah Netanyahu": his country's government
                mention = _country_form(reg, text, toks, keys, i - k, j, actor.country.lower(), sector)
            elif actor.type != "person":  # "Pemerintah Taliban", "pasukan Hamas": the actor itself
                mention = _actor_mention(reg, text, toks, i - k, j, actor_id)
        mentions.append(mention)
        i = j
    return mentions


def _by_context(reg: Register, toks: list[_Token], keys: list[str], ends: list[int], i: int, j: int, default: str | None) -> str | None:
    """An ambiguous alias (ambiguous.json) takes the actor whose context words occur in its
    sentence or the one before ("Partai Demokrat di Kongres AS" is the US party; a capitalised
    context word only capitalised: a party's "kongres" is no US Congress); else the default,
    and a default that is a role ("role:pekerja migran") gives None."""
    lo, hi = _sentence_window(ends, i)
    near = keys[lo:hi]
    for actor, words in reg.context[tuple(keys[i:j])].items():
        if any(tuple(near[x : x + len(w)]) == w and (not capital or toks[lo + x].raw[:1].isupper())
               for w, capital in words for x in range(len(near)) if lo + x < i or lo + x >= j):  # fmt: skip
            return actor
    return None if default is None or default.startswith("role:") else default


def _sentence_ends(toks: list[_Token]) -> list[int]:
    """Tokens that start a sentence (after . ! ?, capitalised)."""
    return [k for k in range(1, len(toks)) if any(c in ".!?" for c in toks[k].gap) and toks[k].raw[:1].isupper()]


def _sentence_window(ends: list[int], i: int) -> tuple[int, int]:
    """Tokens of the sentence of token i and of the sentence before it."""
    before = [k for k in ends if k <= i]
    lo = before[-2] if len(before) >= 2 else 0
    hi = next((k for k in ends if k > i), None)
    return lo, hi


def _regional(reg: Register, text: str, toks: list[_Token], keys: list[str], i: int) -> tuple[Mention, int] | None:
    """A regional office (warta/data/actors/regional_patterns.json): its prefix and the place
    after it. A province, regency or city comes from regions.json, so every form of it gives one
    id ("Pemprov Jabar", "Pemerintah Provinsi Jawa Barat" -> idn-pemprov-jawa-barat); other
    slots (districts, unit names, foreign cities) and patterns with ``other_names`` take the
    capitalised words after the prefix ("Polres Nunukan" -> idn-polres-nunukan)."""
    for key, pattern in reg.regional.get(keys[i], ()):
        n = len(key)
        if tuple(keys[i : i + n]) != key or i + n >= len(toks) or not _contiguous(toks, i, i + n + 1):
            continue
        levels = [s for s in pattern["slot"].split("|") if s in ("province", "regency", "city")]
        hit = _place(reg, toks, keys, i + n, levels) if levels else None
        parent = pattern.get("parent") if pattern.get("parent") in reg.actors else None
        if hit:
            place, end = hit
            actor_id = pattern.get("id_by_level", {}).get(place.level, pattern["id_template"]).replace("{slug}", place.slug).replace("{polda}", place.polda)
            parent = place.polda if pattern.get("parent") == "idn-polda-{province_slug}" and place.polda in reg.actors else parent
            name = _office_name(pattern.get("name_by_level", {}).get(place.level, pattern["forms"][0]), place)
        elif levels and not pattern.get("other_names"):
            continue
        else:
            end = _proper_run(reg, toks, keys, i + n, 4, places=True)  # "KBRI Kuala Lumpur": a capital is a place here
            if end == i + n:
                continue
            actor_id = pattern["id_template"].replace("{slug}", "-".join(keys[i + n : end]))
            name = None
        if actor_id in reg.actors:  # "KBRI Kuala Lumpur" is Indonesia itself, a registered actor
            m = _actor_mention(reg, text, toks, i, end, actor_id)
            m.sector = pattern.get("sector") or m.sector
            return m, end
        start, stop = toks[i].start, toks[end - 1].end
        return Mention(start, stop, text[start:stop], actor_id, name or text[start:stop], pattern["type"], pattern.get("country"), pattern.get("sector"), rule="regional", org_id=parent), end
    return None


def _office_name(form: str, place) -> str:
    """The canonical name of a regional office: its pattern's first form with the place's
    display name ("Pemerintah Kabupaten {}" + Sumedang; "DPRD {}" + Kota Bogor)."""
    prefix = form.replace("{}", "").strip()
    display = place.display
    if display.split()[0] in ("Kota", "Kabupaten") and prefix.endswith(display.split()[0]):
        display = display.split(maxsplit=1)[1]  # "Pemerintah Kota {}" + "Kota Bogor"
    return f"{prefix} {display}"


def _place(reg: Register, toks: list[_Token], keys: list[str], k: int, levels: list[str]):
    """The longest province/regency/city (regions.json) of one of ``levels`` named from token k
    on, capitalised, as (place, end); a name several levels share goes to the first of ``levels``."""
    if not toks[k].raw[:1].isupper():
        return None
    best = None
    for key, exact, place in reg.places.get(keys[k], ()):
        n = len(key)
        if best and n < best[1] - k:
            break
        if place.level not in levels or tuple(keys[k : k + n]) != key or not _contiguous(toks, k, k + n):
            continue
        if exact is not None and " ".join(t.raw for t in toks[k : k + n]) != exact:
            continue
        if best is None or levels.index(place.level) < levels.index(best[0].level):
            best = (place, k + n)
    return best


_SLUG = re.compile(r"[^a-z0-9]+")


def new_actor(reg: Register, text: str, start: int, end: int, label: str) -> Mention | None:
    """A discovered actor the register does not list: a person (PER), or an organisation typed
    by its head words (org_heads.json: "PT", "Rumah Sakit"); its id comes from its folded name ("new-" + slug), so
    the same name gets the same id in every document and every run."""
    surface = text[start:end]
    slug = _SLUG.sub("-", fold(surface)).strip("-")
    if not slug or not surface[:1].isupper() or fold(surface) in reg.not_actors:
        return None
    if label == "PER":
        kind, sector = "person", None
    else:
        kind, sector = reg.org_head(tokens(surface)) or ("generic_group", None)
    return Mention(start, end, surface, f"new-{slug}", surface, kind, None, sector, label=label, rule="discovered")


_COMPANY_SUFFIX = re.compile(r"\s?(?:\(Persero\)|Tbk\.?)")


def _headed_organisation(reg: Register, text: str, toks: list[_Token], keys: list[str], i: int) -> tuple[Mention, int] | None:
    """An organisation the register does not know, named by a head word and capitalised words
    ("PT Samudra Mineral Persada (Persero)", "Yayasan Pelita Pesisir", "Satgas Madago Raya"):
    a new actor, typed by its head (org_heads.json)."""
    if reg.org_head(keys[i : i + 3]) is None or not toks[i].raw[:1].isupper() or i + 1 >= len(toks) or not _contiguous(toks, i, i + 2):
        return None
    end = _proper_run(reg, toks, keys, i + 1, 5, companies=True)  # "PT Pertamina Patra Niaga", "Serikat Buruh Sritex Bersatu"
    if end == i + 1:
        return None
    stop, name_end = toks[end - 1].end, end
    if suffix := _COMPANY_SUFFIX.match(text, stop):
        stop = suffix.end()
        end = max(end, _token_at(toks, stop))
    company = _company(reg, toks, keys, i + 1, name_end)
    if company:  # "PT Pertamina (Persero)": the registered company itself
        m = _actor_mention(reg, text, toks, i, end, company)
        m.end, m.text = stop, text[m.start : stop]
        return m, end
    m = new_actor(reg, text, toks[i].start, stop, "ORG")
    return (m, end) if m else None


def _company(reg: Register, toks: list[_Token], keys: list[str], k: int, end: int) -> str | None:
    """The registered company whose alias is exactly tokens k..end-1 (after a head such as "PT")."""
    found = _longest(reg, toks, keys, k)
    if not found or k + found[0] != end:
        return None
    return next((a.actor_id for a in found[1] if a.actor_id and reg.actors[a.actor_id].type == "business"), None)


def _country_form(reg: Register, text: str, toks: list[_Token], keys: list[str], first: int, j: int, country_id: str, sector: str) -> Mention:
    """A country as one of its sectors: the registered organ where there is one ("militer
    Israel" -> isr-idf), else the country with the sector ("Kementerian Kesehatan Lebanon")."""
    target = reg.targets.get(country_id, {}).get(sector) if country_id in reg.actors else None
    mention = _actor_mention(reg, text, toks, first, j, target or country_id)
    if not target:
        mention.sector = sector
    mention.rule = "country_form"
    return mention


def _organ_before(reg: Register, mentions: list[Mention], toks: list[_Token], i: int, country) -> Mention | None:
    """The registered organ right before token i, named without its country: "Kementerian
    Kesehatan" is Indonesia's alone, so "Kementerian Kesehatan Lebanon" is Lebanon's, and
    "Kementerian Luar Negeri Indonesia" is the organ itself."""
    if not mentions or i == 0 or not _contiguous(toks, i - 1, i + 1) or mentions[-1].end != toks[i - 1].end:
        return None
    m = mentions[-1]
    if m.rule != "alias" or m.actor_id not in reg.actors:
        return None
    organ = reg.actors[m.actor_id]
    return m if organ.type not in ("person", "country") and organ.country else None


def _token_at(toks: list[_Token], start: int) -> int:
    """The token that starts at ``start``, or the first after it (tokens are in text order)."""
    return bisect_left(toks, start, key=lambda t: t.start)


def _longest(reg: Register, toks: list[_Token], keys: list[str], i: int) -> tuple[int, list[Alias]] | None:
    """The longest alias starting at token i, with every alias of that exact key."""
    for key, _ in reg.index.get(keys[i], ()):
        n = len(key)
        if tuple(keys[i : i + n]) != key or not _contiguous(toks, i, i + n):
            continue
        matched = [a for k, a in reg.index[keys[i]] if k == key and (not a.case_sensitive or _same_case(a, toks[i : i + n]))]
        if matched:
            return n, matched
    return None


def _contiguous(toks: list[_Token], i: int, j: int) -> bool:
    """Tokens i..j-1 are one name: nothing but a space, hyphen, apostrophe or period between them."""
    return all(_GAP.fullmatch(toks[k].gap) for k in range(i + 1, min(j, len(toks))))


def _next_is_country(reg: Register, toks: list[_Token], keys: list[str], j: int) -> bool:
    nxt = _longest(reg, toks, keys, j) if j < len(toks) else None
    return bool(nxt) and any(a.actor_id and reg.actors[a.actor_id].type == "country" for a in nxt[1])


def _same_case(alias: Alias, toks: list[_Token]) -> bool:
    return [t for t in _TOKEN.findall(alias.surface)] == [t.raw for t in toks] or alias.surface == " ".join(t.raw for t in toks)


def _actor_mention(reg: Register, text: str, toks: list[_Token], i: int, j: int, actor_id: str) -> Mention:
    a = reg.actors[actor_id]
    start, end = toks[i].start, toks[j - 1].end
    org = a.parent if a.type == "person" else None  # a registered person speaks for its organisation
    return Mention(start, end, text[start:end], a.id, a.name, a.type, a.country, a.sector, role=a.role, org_id=org)


def _place_after(reg: Register, toks: list[_Token], keys: list[str], j: int) -> bool:
    """'Lebanon selatan', 'Suriah bagian utara': a country with a direction after it is a place."""
    return any(tuple(keys[j : j + len(w)]) == w and _contiguous(toks, j - 1, j + len(w)) for w in reg.place_suffixes)


def _listed_with_a_place(toks: list[_Token], keys: list[str], i: int, places: list[int]) -> bool:
    """'di Irak dan Suriah': a country joined by 'dan'/'atau' (or a comma) to one just read as a place."""
    if not places or i == 0:
        return False
    if keys[i - 1] in ("dan", "atau", "serta") and places[-1] == i - 1:
        return True
    return places[-1] == i and toks[i].gap.strip() == ","


def _after_a_place_and_comma(reg: Register, toks: list[_Token], keys: list[str], i: int) -> bool:
    """'di Sihanoukville, Kamboja', 'ke Kota Kinabalu, Malaysia': the country of a place just named."""
    if i == 0 or toks[i].gap.strip() != ",":
        return False
    for back in (1, 2, 3):
        k = i - back
        if k < 1 or not toks[k].raw[:1].isupper():
            return False
        if (keys[k - 1],) in reg.non_actor_prefixes and all(_contiguous(toks, x, x + 2) for x in range(k - 1, i - 1)):
            return True
    return False


def _prefix(prefixes: set[tuple[str, ...]], keys: list[str], i: int, mentions: list[Mention], toks: list[_Token]) -> int:
    """Length of a listed prefix ending right before token i (not inside an earlier mention)."""
    for k in (3, 2, 1):
        if i - k >= 0 and tuple(keys[i - k : i]) in prefixes and not (mentions and mentions[-1].end > toks[i - k].start) and _contiguous(toks, i - k, i + 1):
            return k
    return 0


def _form(reg: Register, keys: list[str], i: int, mentions: list[Mention], toks: list[_Token]) -> tuple[int, str] | None:
    for k in (3, 2, 1):
        key = tuple(keys[i - k : i]) if i - k >= 0 else None
        if key in reg.form_prefixes and not (mentions and mentions[-1].end > toks[i - k].start) and _contiguous(toks, i - k, i + 1):
            return k, reg.form_prefixes[key]
    return None


def _role_mention(reg: Register, text: str, toks: list[_Token], keys: list[str], i: int, j: int, alias: Alias) -> tuple[Mention | None, int]:
    """A role noun with what goes with it: counting words before it ("tiga", "850", "para"),
    modifiers after it ("setempat", "senior"), then a registered person or organisation, a
    country, or a name ("Presiden Prabowo Subianto", "juru bicara Taliban Zabihullah Mujahid",
    "Kapolres setempat, AKBP Dimas Prasetyo", "ratusan pengungsi Rohingya")."""
    role = reg.roles[alias.role]
    first = _counted_from(reg, toks, keys, i)
    plural = first < i and keys[first] not in reg.singular
    singular = first < i and keys[first] in reg.singular
    j = _modifiers(reg, toks, keys, j)
    j = _origin(reg, toks, keys, j)
    start = toks[first].start
    if role.get("person") and j < len(toks) and _contiguous(toks, j - 1, j + 1):
        unit = _proper_run(reg, toks, keys, j, 4)  # "Kepala [Biro Penerangan Masyarakat] Divisi Humas Polri ..."
        ranked = any(_is_rank(reg, toks, keys, x) for x in range(j, unit))  # "Pangdam XVII/Cenderawasih [Mayjen TNI] ...": a rank, no unit
        if unit > j and unit < len(toks) and not ranked and _contiguous(toks, unit - 1, unit + 1) and _names_organisation(reg, toks, keys, unit):
            j = unit
    form_sector = None
    for k in (3, 2, 1):  # "Juru bicara [militer] Houthi", "juru bicara [militer] Israel": the org of a form
        if tuple(keys[j : j + k]) in reg.form_prefixes and j + k < len(toks) and _contiguous(toks, j - 1, j + k + 1):
            after = _longest(reg, toks, keys, j + k)
            if after and any(a.actor_id and reg.actors[a.actor_id].type != "person" for a in after[1]):
                form_sector, j = reg.form_prefixes[tuple(keys[j : j + k])], j + k
                break
    after_clients = _clients(reg, toks, keys, role, j)  # "Kuasa hukum [terdakwa], Fahmi Ramadhan": the lawyer
    complemented, j = after_clients > j, after_clients
    nxt = _longest(reg, toks, keys, j) if not complemented and j < len(toks) and _contiguous(toks, j - 1, j + 1) else None
    if nxt:
        n, aliases = nxt
        ids = sorted({a.actor_id for a in aliases if a.actor_id})
        if len(ids) == 1:
            target = reg.actors[ids[0]]
            if form_sector and target.type == "country":
                target = reg.actors[reg.targets.get(target.id, {}).get(form_sector) or target.id]
            end = toks[j + n - 1].end
            if target.type == "person":  # "Presiden Prabowo Subianto"
                m = _person_mention(text, start, end, target, role["role"], "role+person", target.parent)
                return m, j + n
            named = role.get("group_only_counted") and not plural and _person_name(reg, toks, keys, j + n)[1]  # "Pemimpin Houthi Abdul-Malik al-Houthi"
            if role.get("group") and not singular and not named:  # "ratusan kader PDIP", "nelayan China", "Penyidik KPK": its members
                sector = role.get("sector") if target.type == "country" else target.sector
                m = Mention(start, end, text[start:end], target.id, target.name, target.type, target.country, sector, role=role["role"], rule="role_group+org")
                return m, j + n
            after = _longest(reg, toks, keys, j + n) if j + n < len(toks) else None
            person = after and next((reg.actors[a.actor_id] for a in after[1] if a.actor_id and reg.actors[a.actor_id].type == "person"), None)
            if person:  # "Sekretaris Jenderal PBB Antonio Guterres"
                end = toks[j + n + after[0] - 1].end
                m = _person_mention(text, start, end, person, role["role"], "role+org+person", target.id)
                return m, j + n + after[0]
            if role.get("person"):  # "juru bicara Hizbullah [Abu Fulan]": a person of that organisation
                k, name = _person_name(reg, toks, keys, j + n)
                if not name:
                    k = _accredited(reg, toks, keys, k)  # "Duta Besar Jepang untuk Indonesia[, Name]"
                    k, name = _person_name(reg, toks, keys, k) if k > j + n else (k, None)
                end = toks[k - 1].end
                person = name and _registered_person(reg, toks, keys, j + n, k)
                if person:  # "Panglima TNI Jenderal Agus Subiyanto"
                    return _person_mention(text, start, end, person, role["role"], "role+org+person", target.id), k
                m = Mention(start, end, text[start:end], None, name, "person", target.country, role.get("sector") or target.sector, role=role["role"],
                            rule="role+org+name" if name else "role+org", org_id=target.id)  # fmt: skip
                return m, k
    if role.get("person") and not (plural and role.get("group")):
        k, name = _person_name(reg, toks, keys, j)
        if name and all(keys[x] in reg.peoples for x in range(j, k)):  # "pasukan Kurdi", "milisi Syiah": a group's people, no name
            k, name = j, None
        if name and k < len(toks) and toks[k].gap.strip() == ",":  # "Kepala Pelaksana BPBD Agam, Rahmat Lasmono": unit, then name
            k2, name2 = _person_name(reg, toks, keys, k)
            if name2 and not _registered_person(reg, toks, keys, j, k):
                k, name = k2, name2
        end = toks[k - 1].end if name else None
        person = name and _registered_person(reg, toks, keys, j, k)
        if person:  # "Panglima TNI Jenderal Agus Subiyanto"
            return _person_mention(text, start, end, person, role["role"], "role+person", person.parent), k
        if name:  # "Presiden Joko Widodo" with the person not registered: a new person
            org = reg.actors.get(role.get("org") or "") or _office(reg, toks, keys, role, j, k)
            m = Mention(start, end, text[start:end], None, name, "person", org.country if org else None, role.get("sector"), role=role["role"], rule="role+name", org_id=org.id if org else None)
            return m, k
    if role.get("group") and (plural or not role.get("group_only_counted")):  # "tiga terduga teroris", "warga setempat", "ratusan pengungsi Rohingya": a generic group actor
        k = _proper_run(reg, toks, keys, j, 4) if j < len(toks) and _contiguous(toks, j - 1, j + 1) else j
        if k == j and first == i and role.get("needs_complement") and not complemented:
            return None, j  # a bare "anggota" says whose only in context
        end = toks[k - 1].end
        org = reg.actors.get(role.get("org") or "") if k == j else None
        if org is not None:  # bare "polisi" in Indonesian news is Polri
            return Mention(start, end, text[start:end], org.id, org.name, org.type, org.country, role.get("sector") or org.sector, role=role["role"], rule="role_group"), k
        kind = "person" if singular else "generic_group"  # "seorang perawat", "seorang pekerja migran" is one person
        return Mention(start, end, text[start:end], None, None, kind, None, role.get("sector"), role=role["role"], rule="role_group"), k
    if role.get("person") and not plural and not role.get("rank") and not role.get("needs_complement"):  # "Kapolri", "sang bupati": the office holder
        org = reg.actors.get(role.get("org") or "")
        end = toks[j - 1].end
        return Mention(start, end, text[start:end], None, None, "person", org.country if org else None, role.get("sector"), role=role["role"],
                       rule="role_only", org_id=org.id if org else None), j  # fmt: skip
    return None, j


_BRACKET = re.compile(r"\s?\(([^()]{1,30})\)")


def _bracketed_abbreviation(reg: Register, text: str, toks: list[_Token], m: Mention, k: int) -> int:
    """A role phrase's own abbreviation in brackets is part of it: "37 pekerja migran Indonesia
    (PMI)", "seorang anggota Kelompok Separatis Teroris (KST)". Returns the next token."""
    b = _BRACKET.match(text, m.end)
    if not b:
        return k
    key = tokens(b.group(1))
    owners = {a.actor_id or a.role for _, a in reg.index.get(key[0], ()) if _ == key} if key else set()
    if not owners & {m.actor_id, m.org_id, m.role} - {None}:
        return k
    m.end, m.text = b.end(), text[m.start : b.end()]
    return max(k, _token_at(toks, b.end()))


def _clients(reg: Register, toks: list[_Token], keys: list[str], role: dict, j: int) -> int:
    """Past the role nouns that complete a relational role (roles.json ``of_role``): "Kuasa hukum
    [terdakwa]", "Kuasa hukum [keluarga korban]", "Keluarga [korban]". Returns the next token."""
    allowed = role.get("of_role")
    while allowed and j < len(toks) and _contiguous(toks, j - 1, j + 1) and (found := _longest(reg, toks, keys, j)):
        client = next((a.role for a in found[1] if a.role in allowed), None)
        if client is None:
            break
        j += found[0]
        allowed = reg.roles[client].get("of_role")
    return j


def _name_after_bracket(reg: Register, text: str, toks: list[_Token], keys: list[str], m: Mention, k: int) -> int:
    """A person's name after the bracketed abbreviation of the organisation: "komandan Pasukan
    Demokratik Suriah (SDF) Mazloum Abdi" is one person of the SDF. Returns the next token."""
    if m.rule != "role+org" or not m.text.endswith(")") or k >= len(toks) or toks[k].gap.strip() != ")":
        return k
    e = _proper_run(reg, toks, keys, k, _MAX_NAME_TOKENS + 1)
    if e == k:
        return k
    m.end, m.text, m.name, m.rule = toks[e - 1].end, text[m.start : toks[e - 1].end], " ".join(t.raw for t in toks[k:e]), "role+org+name"
    return e


_INITIALS = re.compile(r"\s+berinisial\s+([A-Z]{1,4}(?:\.?[A-Z]{1,3})?)(\s?\(\d{1,3}\))?")


def _initials(reg: Register, text: str, toks: list[_Token], keys: list[str], m: Mention, k: int) -> int:
    """Crime reporting names people by initials: "Bupati X berinisial RS", "seorang terduga
    teroris berinisial AR (29)" is one person. Returns the next token."""
    found = _INITIALS.match(text, m.end)
    if not found:
        return k
    m.end, m.text, m.type = found.end(), text[m.start : found.end()], "person"
    if m.rule == "role_group":
        m.rule, m.actor_id = "role+name", None
    m.name = found.group(1)
    return max(k, _token_at(toks, found.end()))


def _office_of(reg: Register, text: str, toks: list[_Token], keys: list[str], m: Mention, mentions: list[Mention]) -> None:
    """"Kantor Perdana Menteri Israel", "Kantor Presiden Joko Widodo": the office is that
    country's government (a GOV form word right before the role phrase)."""
    k = _token_at(toks, m.start)
    if k == 0 or reg.form_prefixes.get((keys[k - 1],)) != "GOV" or not _contiguous(toks, k - 1, k + 1):
        return
    if mentions and mentions[-1].end > toks[k - 1].start:
        return
    country = (m.country or "").lower()
    if m.type == "person" and country in reg.actors and reg.actors[country].type == "country":
        office = _country_form(reg, text, toks, keys, k - 1, k + 1, country, "GOV")
        m.start, m.text = office.start, text[office.start : m.end]
        m.actor_id, m.name, m.type, m.sector, m.role, m.org_id, m.rule = office.actor_id, office.name, office.type, office.sector, None, None, "country_form"


def _origin(reg: Register, toks: list[_Token], keys: list[str], j: int) -> int:
    """'asal' + a place after a role noun is part of the mention: "seorang pilot asal Selandia Baru",
    "pekerja migran asal Indramayu"."""
    if j + 1 < len(toks) and keys[j] in reg.origin_words and _contiguous(toks, j - 1, j + 2) and toks[j + 1].raw[:1].isupper():
        return _proper_run(reg, toks, keys, j + 1, 3, places=True)
    return j


def _accredited(reg: Register, toks: list[_Token], keys: list[str], k: int) -> int:
    """'untuk' + a country or an international organisation after an envoy's role and country: part of the mention."""
    if k + 1 < len(toks) and keys[k] in reg.accredited_to and _contiguous(toks, k - 1, k + 2):
        found = _longest(reg, toks, keys, k + 1)
        if found and any(a.actor_id and reg.actors[a.actor_id].type in ("country", "igo") for a in found[1]):  # "untuk Indonesia", "untuk PBB"
            return k + 1 + found[0]
    return k


def _person_mention(text: str, start: int, end: int, person, role: str, rule: str, org_id: str | None) -> Mention:
    """A registered person named with a role: "Presiden Prabowo Subianto"."""
    return Mention(start, end, text[start:end], person.id, person.name, "person", person.country, person.sector, role=role, rule=rule, org_id=org_id)


def _counted_from(reg: Register, toks: list[_Token], keys: list[str], i: int) -> int:
    """Where the counting words before token i begin: "tiga", "ratusan ribu", "850",
    "lebih dari 3.000", "mantan"."""
    first = i
    while first > 0 and _contiguous(toks, first - 1, first + 1):
        key = keys[first - 1]
        if key in reg.quantifiers or key.isdigit():
            first -= 1
        elif first - 2 >= 0 and (keys[first - 2], key) in reg.number_lead and keys[first].isdigit():
            first -= 2
        else:
            break
    return first


def _modifiers(reg: Register, toks: list[_Token], keys: list[str], j: int) -> int:
    while j < len(toks) and keys[j] in reg.group_modifiers and _contiguous(toks, j - 1, j + 1):
        j += 1
    return j


def _proper_run(reg: Register, toks: list[_Token], keys: list[str], k: int, limit: int, places: bool = False, companies: bool = False) -> int:
    """The end of capitalised words from k on that name no registered organisation or country
    ("Rohingya", "Desa Sungai Rawa", "Irjen Karyoto", "Mohammed Shia al-Sudani"); with
    ``companies``, a registered company's name may be part of the run ("PT Pertamina Patra Niaga")."""
    e = k
    ranks = 0  # tokens of ranks inside the run, not counted against the limit
    while e < len(toks) and e - k - ranks < limit and (e == k or _contiguous(toks, e - 1, e + 1)):
        word = toks[e].raw
        found = _longest(reg, toks, keys, e) if word[:1].isupper() else None  # one lookup serves both checks
        if found and found[0] > 1 and _ranks(reg, found):
            e += found[0]  # "Mayjen TNI": a rank naming its force is part of the name
            ranks += found[0]
            continue
        particle = keys[e] in reg.name_particles and e + 1 < len(toks) and toks[e + 1].raw[:1].isupper() and e > k
        if companies and found and all(a.actor_id and reg.actors[a.actor_id].type == "business" for a in found[1]):
            e += found[0]  # the whole company name, "Bank Rakyat Indonesia" with its country
            continue
        if not (word[:1].isupper() or particle) or (not particle and _organisation_alias(reg, found, places)):
            break
        e += 1
    return e


def _names_organisation(reg: Register, toks: list[_Token], keys: list[str], e: int, places: bool = False) -> bool:
    """Whether an organisation's alias (or, unless ``places``, a country's or capital's) starts at token e."""
    return _organisation_alias(reg, _longest(reg, toks, keys, e), places)


def _organisation_alias(reg: Register, found: tuple[int, list[Alias]] | None, places: bool = False) -> bool:
    """Whether a match of _longest is an organisation's alias (or, unless ``places``, a country's)."""
    skip = ("person", "country") if places else ("person",)
    return bool(found) and any(a.actor_id and reg.actors[a.actor_id].type not in skip for a in found[1])


def _registered_person(reg: Register, toks: list[_Token], keys: list[str], k: int, e: int):
    """A registered person named inside tokens k..e-1 ("Jenderal Agus Subiyanto")."""
    for x in range(k, e):
        found = _longest(reg, toks, keys, x)
        if found and x + found[0] <= e:
            person = next((reg.actors[a.actor_id] for a in found[1] if a.actor_id and reg.actors[a.actor_id].type == "person"), None)
            if person:
                return person
    return None


def _office(reg: Register, toks: list[_Token], keys: list[str], role: dict, j: int, k: int):
    """The regional office a role names by place before the holder's rank: "Kapolda [Metro
    Jaya] Irjen Karyoto" -> idn-polda-metro-jaya (when the register has it)."""
    if not role.get("org_pattern"):
        return None
    x = j
    while x < k and not _is_rank(reg, toks, keys, x):
        x += 1
    return reg.actors.get(role["org_pattern"].replace("*", "-".join(keys[j:x]))) if x > j else None


def _is_rank(reg: Register, toks: list[_Token], keys: list[str], x: int) -> bool:
    found = _longest(reg, toks, keys, x)
    return bool(found) and _ranks(reg, found)


def _ranks(reg: Register, found: tuple[int, list[Alias]]) -> bool:
    """Whether a match of _longest is a rank ("Irjen", "Mayjen TNI")."""
    return any(a.role and reg.roles[a.role].get("rank") for a in found[1])


def _person_name(reg: Register, toks: list[_Token], keys: list[str], k: int) -> tuple[int, str | None]:
    """A name right after a role phrase, or after a comma ("Kapolres setempat, AKBP Dimas
    Prasetyo"). Returns (end token, the name) or (k, None)."""
    if k >= len(toks):
        return k, None
    gap = toks[k].gap
    if _GAP.fullmatch(gap):
        e = _proper_run(reg, toks, keys, k, _MAX_NAME_TOKENS + 1)
    elif gap.strip() == ",":  # one word only when a comma closes it: "Koordinator BEM SI, Herianto, mengatakan"
        e = _proper_run(reg, toks, keys, k, _MAX_NAME_TOKENS + 1)
        e = e if e - k >= 2 or e - k == 1 and e < len(toks) and toks[e].gap.strip() == "," else k
    else:
        e = k
    return (e, " ".join(t.raw for t in toks[k:e])) if e > k else (k, None)
