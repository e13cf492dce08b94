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
from bisect import bisect_left, bisect_right
from collections.abc import Collection

from warta.actors.regional import _place, regional_office
from warta.actors.register import Actor, Alias, Register, fold, load_register, tokens
from warta.actors.roles import office_named, role_mention
from warta.actors.scan import (
    _MAX_NAME_TOKENS,
    Mention,
    _actor_mention,
    _by_context,
    _contiguous,
    _counted_from,
    _dateline,
    _initials_of,
    _longest,
    _organisation_as_place,
    _proper_run,
    _registered,
    _sentence_ends,
    _sentence_window,
    _Token,
    _token_at,
    _tokenize,
    sentence_starts,
)


def find_mentions(text: str, register: Register | None = None, without: Collection[str] = (), toks: list[_Token] | None = None) -> list[Mention]:
    """The register's mentions in ``text``, in text order (role phrases by warta.actors.roles,
    less the rules named in ``without``); ``toks``: the text's tokens when the caller has them."""
    reg = register or load_register()
    toks = _tokenize(text) if toks is None else toks
    keys = [t.key for t in toks]
    mentions: list[Mention] = []
    places: list[int] = []  # token ends of countries read as places
    countries_named: list[tuple[int, str]] = []  # (start, country id) of those places, for _foreign_minister
    ends: list[int] | None = None  # sentence starts, for ambiguous aliases
    i = 0
    while i < len(toks):
        found = _longest(reg, toks, keys, i)
        regional = regional_office(reg, text, toks, keys, i) or _headed_organisation(reg, text, toks, keys, i, "company_country" not in without)
        if regional and (found is None or regional[1] > i + found[0]):  # "Polres Nunukan", "PT Samudra Mineral Persada"
            mentions.append(regional[0])
            i = regional[1]
            continue
        if found is None:
            i += 1
            continue
        length, aliases = found
        j = i + length
        if tuple(keys[i:j]) in reg.name_heads and j < len(toks) and toks[j].raw[:1].isupper() and not toks[j].gap.strip():
            i = j  # "Kepolisian Negara Malaysia", "Kepolisian Resort Malang": the head of a longer name, not Polri
            continue
        role_alias = next((a for a in aliases if a.role), None)
        actor_ids = sorted({a.actor_id for a in aliases if a.actor_id})
        if role_alias and not actor_ids and "role_before_organisation" not in without and (shorter := _role_before_organisation(reg, toks, keys, i, j)):
            j, role_alias = shorter  # "Ketua [Komisi Pemberantasan Korupsi]": not "Ketua Komisi" (of the DPR)
        if role_alias and not actor_ids and j - i == 1 and (keys[i],) in reg.side_prefixes and _role_next(reg, toks, keys, j):
            i = j  # "Pihak Kapolri", "pihak jaksa": the side is the role's organisation (``_office_of``), no group "Pihak"
            continue
        if role_alias and not actor_ids:
            form_end = next((i + k for k in (3, 2, 1) if tuple(keys[i : i + k]) in reg.form_prefixes and _contiguous(toks, i, i + k + 1)
                             and _next_is_country(reg, toks, keys, i + k)), None)  # fmt: skip
            if form_end is not None:
                i = form_end  # "pasukan Amerika Serikat", "warga negara Indonesia": the country form, matched at the country
                continue
            mention, j = role_mention(reg, text, toks, keys, i, j, role_alias, without)
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
            actor_id = _by_context(reg, toks, keys, _sentence_window(ends, i), i, j, reg.defaults.get(tuple(keys[i:j]), actor_id))
            if actor_id is None and role_alias:  # "PMI" with no Red Cross words near: the migrant workers
                mention, j = role_mention(reg, text, toks, keys, i, j, role_alias, without)
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
                    or _after_a_place_and_comma(reg, toks, keys, i) or _in_place_name(reg, toks, keys, i, j):
                places.append(j)  # "di Irak dan Suriah", "Lebanon selatan", "Bidara Cina": places, not actors
                countries_named.append((toks[i].start, actor_id))
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
    if "foreign_minister" not in without:
        _foreign_minister(reg, text, toks, keys, mentions, countries_named)
    return _not_places(reg, text, [m for m in mentions if not (m.type == "media" and _dateline(text, m.start, m.end))])  # "Jakarta, CNN Indonesia - -"


def _role_before_organisation(reg: Register, toks: list[_Token], keys: list[str], i: int, j: int) -> tuple[int, Alias] | None:
    """Where a role alias ends inside a longer organisation's name that begins within it, the
    shorter role and the organisation: "Ketua Komisi Pemberantasan Korupsi (KPK)" is the chair of
    the KPK, not "Ketua Komisi" of the DPR and a name (train: 1 of 1)."""
    for k in range(i + 1, j):
        org = _longest(reg, toks, keys, k)
        if org and k + org[0] > j and any(a.actor_id and reg.actors[a.actor_id].type != "person" for a in org[1]):
            role = next((a for a in reg.aliases(tuple(keys[i:k])) if a.role), None)
            return (k, role) if role else None
    return None


def _foreign_minister(reg: Register, text: str, toks: list[_Token], keys: list[str], mentions: list[Mention],
                      places: list[tuple[int, str]]) -> None:  # fmt: skip
    """A minister the register does not know, named with no country, in an article that names a
    foreign country before him and nothing Indonesian, is that country's (the real-news guide:
    "Menlu AS" -> ``usa``; train: "Malaysia ... Menteri Hukum Liew Vui Keong" is ``mys``, "Turki
    menangkap ..., kata Menteri Dalam Negeri Suleyman Soylu" ``tur``); a role's domestic
    ministry stays where anything Indonesian came first ("Menteri Perdagangan Enggartiasto Lukita"),
    where the country is not named in the minister's own sentence, or where that sentence names an
    Indonesian place or actor ("Beijing - China akan membeli sawit. Hal itu disampaikan Menteri
    Perdagangan Andi Wijaya di Jakarta.": the Indonesian minister)."""
    if not any(m.rule == "role+name" for m in mentions):
        return
    places = sorted(places)
    place_starts = [at for at, _ in places]
    ordered = sorted(mentions, key=lambda m: m.start)
    mention_starts = [x.start for x in ordered]
    k = 0  # the next place not yet passed
    first: tuple[int, str] | None = None  # the first country named, as an actor or a place: (start, id)
    starts: list[int] | None = None  # sentence starts, found when a minister asks
    for m in ordered:
        while k < len(places) and places[k][0] < m.start:
            at, country = places[k]
            k += 1
            if country == "idn":
                return
            first = first or (at, country)
        default = reg.roles.get(m.role or "", {}).get("org")
        if m.rule == "role+name" and default is not None and m.actor_id == default and first:
            starts = starts if starts is not None else sentence_starts(text)
            s = bisect_right(starts, m.start) - 1
            since, until = starts[s], starts[s + 1] if s + 1 < len(starts) else len(text)
            state = reg.actors[first[1]]
            # only the minister's sentence is read: its mentions and places, found by bisection (linear per document)
            others = [x for x in ordered[bisect_left(mention_starts, since) : bisect_left(mention_starts, until)] if x is not m]
            near = places[bisect_left(place_starts, since) : bisect_left(place_starts, until)]
            if not _names_country(state, others, near, since, until) or _indonesian_in(reg, toks, keys, others, near, since, until):
                continue  # the country not in his sentence, or something Indonesian there: the domestic reading
            m.actor_id, m.org_id, m.country = state.id, state.id, state.country
            continue
        if m.country == "IDN":
            return  # something Indonesian first: the domestic reading
        if first is None and m.type == "country" and m.actor_id:
            first = (m.start, m.actor_id)


def _names_country(state: Actor, mentions: list[Mention], places: list[tuple[int, str]], since: int, until: int) -> bool:
    """Whether text[since:until] names the country, as a place or in a mention of it or of one of
    its own ("Perdana Menteri (PM) Malaysia Mahathir Mohammad")."""
    return any(since <= at < until and country == state.id for at, country in places) \
        or any(since <= x.start < until and (x.actor_id == state.id or x.country == state.country) for x in mentions)


def _indonesian_in(reg: Register, toks: list[_Token], keys: list[str], mentions: list[Mention], places: list[tuple[int, str]],
                   since: int, until: int) -> bool:  # fmt: skip
    """Whether text[since:until] names Indonesia, an Indonesian actor or a province, regency or city."""
    if any(since <= at < until and country == "idn" for at, country in places):
        return True
    if any(since <= m.start < until and m.country == "IDN" for m in mentions):
        return True
    first, last = bisect_left(toks, since, key=lambda t: t.start), bisect_left(toks, until, key=lambda t: t.start)
    return any(_place(reg, toks, keys, x, ["province", "regency", "city"]) for x in range(first, last))


_SPACE = re.compile(r"[^\S\n]+")


def _not_places(reg: Register, text: str, mentions: list[Mention]) -> list[Mention]:
    """Less the organisations named as the place they sit ("di Mako Brimob": scan's
    ``_organisation_as_place``), and the organisation named right after one, which says whose
    place it is ("Mako Brimob Polda Jateng", "di Mabes Polri")."""
    out: list[Mention] = []
    place_end = -1
    for m in mentions:
        named = m.rule in ("alias", "regional", "discovered")
        if named and (_organisation_as_place(reg, text, m.start, m.type) or place_end >= 0 and _SPACE.fullmatch(text, place_end, m.start)
                      and m.type not in reg.organisation_place_kept):  # fmt: skip
            place_end = m.end
            continue
        place_end = -1
        out.append(m)
    return out


_SLUG = re.compile(r"[^a-z0-9]+")


def new_actor(reg: Register, text: str, start: int, end: int, label: str) -> Mention | None:
    """A discovered actor the register does not list: a person (PER), or an organisation typed
    by its head words (org_heads.json: "PT", "Rumah Sakit"); its id comes from its folded name ("new-" + slug), so
    the same name gets the same id in every document and every run. None for a name that is no
    actor's (org_heads.json ``not_actors``, ``not_actor_words``: "Pisces", "Go Ahead Challenge"). An organisation named by the
    city of one registered foreign club is that club (org_heads.json ``club_affixes``: "Barcelona")."""
    surface = text[start:end]
    slug = _SLUG.sub("-", fold(surface)).strip("-")
    if (not slug or not surface[:1].isupper() or fold(surface) in reg.not_actors or not reg.not_actor_words.isdisjoint(tokens(surface))
            or _place_headed(reg, text, start, tokens(surface))):  # fmt: skip
        return None
    if label == "ORG" and (club := reg.club_cities.get(tokens(surface))):  # "Barcelona" in sports news: FC Barcelona
        a = reg.actors[club]
        return Mention(start, end, surface, a.id, a.name, a.type, a.country, a.sector, label=label)
    if label == "PER":
        kind, sector = "person", None
    else:
        kind, sector = reg.org_head(tokens(surface)) or ("generic_group", None)
    return Mention(start, end, surface, f"new-{slug}", surface, kind, None, sector, label=label, rule="discovered")


# "di", "ke", "dari", then perhaps the longer name it is written in ("dibawa ke Rumah Sakit Pusat Angkatan Darat (RSPAD)",
# "dirawat di Rumah Sakit Graha Amerta RSU dr Soetomo Surabaya"): capitalised words, "dr", an opening bracket
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:di|ke|dari)[^\S\n]+(?:(?:[A-Z][\w.&'’-]*|dr\.?)[^\S\n]+){0,6}\(?$")


def _place_headed(reg: Register, text: str, start: int, keys: tuple[str, ...]) -> bool:
    """A hospital or clinic (org_heads.json ``place_heads``: "RSU dr Soetomo", "RSPAD") after
    "di", "ke" or "dari" is where someone is treated or taken, no actor ("dibawa ke RSPAD"), also
    as the short form or second name of a longer name there ("ke Rumah Sakit Pusat Angkatan
    Darat (RSPAD)", "di Rumah Sakit Graha Amerta RSU dr Soetomo"); one that acts stays ("Rumah
    Sakit Mitra Sehat mengadu")."""
    return any(keys[:n] in reg.place_heads for n in (1, 2)) and bool(_PLACE_BEFORE.search(text, max(0, start - 80), start))


_COMPANY_SUFFIX = re.compile(r"\s?(?:\(Persero\)|Tbk\.?)")


def _headed_organisation(reg: Register, text: str, toks: list[_Token], keys: list[str], i: int, country: bool = True) -> tuple[Mention, int] | None:
    """An organisation the register does not know, named by a head word and capitalised words
    ("PT Samudra Mineral Persada (Persero)", "Yayasan Pelita Pesisir", "Satgas Madago Raya"):
    a new actor, typed by its head (org_heads.json). With ``country`` (``company_country``), a
    country right before the company suffix is part of the name: "PT Perusahaan Perdagangan
    Indonesia (Persero)" is one company, not a company and Indonesia."""
    if not toks[i].raw[:1].isupper() or reg.org_head(keys[i : i + 3]) is None or i + 1 >= len(toks) or not _contiguous(toks, i, i + 2):
        return None
    head = next(tuple(keys[i : i + n]) for n in (3, 2, 1) if tuple(keys[i : i + n]) in reg.org_heads)  # the one org_head matched
    if head in reg.type_only_heads:
        return None  # "SDN Cijolang": a school is a name only where NER finds one; "Sekolah Tinggi X" still is (org_heads.json type_only_heads)
    end = _proper_run(reg, toks, keys, i + 1, 5, companies=True)  # "PT Pertamina Patra Niaga", "Serikat Buruh Sritex Bersatu"
    if end == i + 1:
        return None
    if country and end < len(toks) and _contiguous(toks, end - 1, end + 1) and (found := _longest(reg, toks, keys, end)) \
            and _registered(reg, found, "country") and _COMPANY_SUFFIX.match(text, toks[end + found[0] - 1].end):
        end += found[0]  # "... Indonesia (Persero)"
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
    company = _registered(reg, found, "business")
    return company.id if company else None


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


def _next_is_country(reg: Register, toks: list[_Token], keys: list[str], j: int) -> bool:
    nxt = _longest(reg, toks, keys, j) if j < len(toks) else None
    return bool(nxt) and any(a.actor_id and reg.actors[a.actor_id].type == "country" for a in nxt[1])


def _place_after(reg: Register, toks: list[_Token], keys: list[str], j: int) -> bool:
    """'Lebanon selatan', 'Suriah bagian utara': a country with a direction after it is a place."""
    return any(tuple(keys[j : j + len(w)]) == w and _contiguous(toks, j - 1, j + len(w)) for w in reg.place_suffixes)


_HEAD_GAP = re.compile(r"\.?[^\S\n]")  # "Jalan Jepang", "Jl. Jepang"


def _in_place_name(reg: Register, toks: list[_Token], keys: list[str], i: int, j: int) -> bool:
    """'Bidara Cina', 'Kampung Cina', 'Jalan Jepang': a country word inside a capitalised place
    name, listed (place_names.json: Indonesian districts and villages) or opened by a place word
    (demonyms_forms.json ``place_name_heads``), names a neighbourhood, not the country; so does
    a sea or peninsula named for it ("Laut Jepang": ``feature_name_heads``, opening the name)."""
    if i > 0 and toks[i - 1].raw[:1].isupper() and _HEAD_GAP.fullmatch(toks[i].gap):
        if keys[i - 1] in reg.place_name_heads:
            return True
        if keys[i - 1] in reg.feature_name_heads and not (i > 1 and keys[i - 2] in reg.feature_name_bodies):
            return True  # "Di Laut Jepang", not "Angkatan Laut Jepang"
    for a in range(max(0, i - 3), i + 1):
        for b in range(max(j, a + 2), min(len(toks), j + 3) + 1):
            if tuple(keys[a:b]) in reg.place_names and all(t.raw[:1].isupper() for t in toks[a:b]) and _contiguous(toks, a, b):
                return True
    return False


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


_BRACKET = re.compile(r"\s?\(([^()]{1,30})\)")


def _bracketed_abbreviation(reg: Register, text: str, toks: list[_Token], m: Mention, k: int) -> int:
    """A role phrase's own abbreviation in brackets is part of it: "37 pekerja migran Indonesia
    (PMI)", "seorang anggota Kelompok Separatis Teroris (KST)". Returns the next token."""
    b = _BRACKET.match(text, m.end)
    if not b:
        return k
    owners = {a.actor_id or a.role for a in reg.aliases(tokens(b.group(1)))}
    if not owners & {m.actor_id, m.org_id, m.role} - {None} and not (m.role and _initials_of(b.group(1), m.text)):
        return k  # its own: "(PMI)" of "pekerja migran Indonesia", "(ESDM)" of "Menteri Energi dan Sumber Daya Mineral"
    m.end, m.text = b.end(), text[m.start : b.end()]
    return max(k, _token_at(toks, b.end()))


def _name_after_bracket(reg: Register, text: str, toks: list[_Token], keys: list[str], m: Mention, k: int) -> int:
    """A person's name after the bracketed abbreviation of the organisation: "komandan Pasukan
    Demokratik Suriah (SDF) Mazloum Abdi" is one person of the SDF, acting in office (the SDF's
    id, as for a name right after the organisation: roles.OrgName). Returns the next token."""
    if m.rule not in ("role+org", "role_only") or not m.text.endswith(")") or k >= len(toks) or toks[k].gap.strip() != ")":
        return k
    e = _proper_run(reg, toks, keys, k, _MAX_NAME_TOKENS + 1)
    if e == k:
        return k
    m.end, m.text, m.name = toks[e - 1].end, text[m.start : toks[e - 1].end], " ".join(t.raw for t in toks[k:e])
    m.rule = "role+org+name" if m.rule == "role+org" else "role+name"  # "Menteri Energi dan Sumber Daya Mineral (ESDM) Ignasius Jonan"
    m.actor_id = m.org_id
    if m.role and reg.roles.get(m.role, {}).get("org_pattern") and (office := office_named(reg, text, toks, keys, m.role, k, e)):
        m.actor_id, m.org_id, m.country = office.unit, office.org_id, office.actor.country  # "Kepala Kejaksaan Negeri (Kajari) [Subulussalam]": its office
        m.name = " ".join(t.raw for t in toks[office.end : e]) or None
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


def _role_next(reg: Register, toks: list[_Token], keys: list[str], j: int) -> bool:
    """Whether a person's role alias with an organisation begins right after token j - 1 ("pihak
    [jaksa]", "Pihak [Kapolri]"): ``_office_of`` makes the side that organisation. A role with
    none ("Pihak korban", "pihak tersangka") keeps "pihak" in its group's mention."""
    found = _longest(reg, toks, keys, j) if j < len(toks) and _contiguous(toks, j - 1, j + 1) else None
    return found is not None and any(a.role and reg.roles[a.role].get("person") and reg.roles[a.role].get("org") for a in found[1])


def _office_of(reg: Register, text: str, toks: list[_Token], keys: list[str], m: Mention, mentions: list[Mention]) -> None:
    """"Kantor Perdana Menteri Israel", "Kantor Presiden Joko Widodo": the office is that
    country's government (a GOV form word right before the role phrase); "Pihak Kapolri",
    "pihak jaksa": a role with an organisation is that organisation."""
    k = _token_at(toks, m.start)
    if k == 0 or reg.form_prefixes.get((keys[k - 1],)) != "GOV" and (keys[k - 1],) not in reg.side_prefixes or not _contiguous(toks, k - 1, k + 1):
        return
    if mentions and mentions[-1].end > toks[k - 1].start:
        return
    country = (m.country or "").lower()
    organ = reg.actors.get(m.org_id or "")
    side = (keys[k - 1],) in reg.side_prefixes  # "Pihak Kapolri", "pihak jaksa": Polri, the Kejaksaan (not "Kantor Presiden")
    if side and m.type == "person" and organ is not None and organ.type not in ("country", "person"):
        start = toks[k - 1].start
        m.start, m.text = start, text[start : m.end]
        m.actor_id, m.name, m.type, m.country, m.sector, m.role, m.org_id, m.rule = organ.id, organ.name, organ.type, organ.country, organ.sector, None, None, "alias"
    elif m.type == "person" and country in reg.actors and reg.actors[country].type == "country":
        office = _country_form(reg, text, toks, keys, k - 1, k + 1, country, "GOV")
        m.start, m.text = office.start, text[office.start : m.end]
        m.actor_id, m.name, m.type, m.sector, m.role, m.org_id, m.rule = office.actor_id, office.name, office.type, office.sector, None, None, "country_form"
