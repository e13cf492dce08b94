"""Pronouns and descriptions that stand for an actor: "mereka", "pihaknya", "kelompok
perlawanan tersebut", "negara itu", "para pengungsi tersebut".

This module *finds* them: pronouns and bare nouns (``warta/data/actors/anaphora.json``), "-nya"
words that name a person ("istrinya"), descriptions (head noun + up to N words + itu/tersebut/ini), named mentions
followed by a demonstrative ("para WNI tersebut", "lembaga antirasuah itu") and a word of a
name read before ("Grossi"). Which earlier mention each stands for is decided by the ordered table of named rules in
warta.actors.rules (each with its Indonesian example); the searches they use are in
warta.actors.link.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from dataclasses import replace
from itertools import islice

from warta.actors import rules
from warta.actors.anaphora import Anaphora, load_anaphora
from warta.actors.discover import discover, name_again
from warta.actors.match import Mention, _counted_from, _tokenize, find_mentions
from warta.actors.register import Register, fold, load_register, tokens
from warta.actors.rules import Doc
from warta.actors.scan import _clitic_start, _initials_of, _longest, _short_name, _token_at, sentence_starts


def resolve_mentions(text: str, register: Register | None = None, entities=(), without: Collection[str] = ()) -> list[Mention]:
    """Named mentions (the register's, and new actors from NER ``entities`` and organisation
    names: warta.actors.discover) and resolved pronouns/descriptions, in text order, with
    antecedents (by warta.actors.rules; role phrases by warta.actors.roles; less the rules
    named in ``without``)."""
    reg = register or load_register()
    ana = load_anaphora()
    read = text if "mojibake_quotes" in without else repaired_quotes(text, ana)  # same offsets; mentions keep the text's own words
    toks = _tokenize(read)
    named = find_mentions(text, reg, without, toks)
    if "apposition" not in without:
        named = [part for m in named for part in _apposition_parts(text, m)]
    if "person_name_country" not in without:
        named = _countries_in_person_names(text, named, entities, reg)
    new = discover(text, named, entities, reg)
    named = sorted(named + new, key=lambda m: m.start)
    starts = [t.start for t in toks]
    if "bracketed_office" not in without:
        named = _bracketed_offices(text, named, toks, reg, entities)
    if "org_descriptor" not in without:
        _with_descriptors(text, named, toks, starts, ana, reg)
    if "name_again" not in without:
        named = sorted(named + name_again(text, new, [(m.start, m.end) for m in named]), key=lambda m: m.start)
    found: list[tuple[int, int, frozenset[str]]] = []  # (start token, end token, types it may refer to)
    if "predicate" not in without:
        named = [m for m in named if not _predicate(m, toks, starts, ana)]
    if "abbreviation" not in without:
        named = _with_abbreviations(text, named, reg)
    if "name_part" not in without:
        named = sorted(named + _name_parts(named, toks, starts, ana, prefixes="name_prefix" not in without), key=lambda m: m.start)
    covered = _covered(named, toks, starts)
    i = 0
    clitics: list[tuple[int, int]] = []  # first and last tokens of "-nya" words that name a person ("istrinya", "orang tuanya")
    free_from = 0  # the first token no span found here has taken
    while i < len(toks):
        span = (None if "description" in without else _description(toks, i, ana, reg)) or _pronoun(toks, i, ana, reg) \
            or (None if "sang_noun" in without else _definite_person(toks, i, ana))
        if span and not covered[i]:
            found.append(span)
            i = free_from = span[1]
            continue
        if not covered[i] and "possessive" not in without and ana.names_a_person(toks[i].key) and ana.clitic_types(toks[i].key):
            clitics.append((i, i))  # "istrinya": a person; "rumahnya": no mention (the guide)
        elif i > free_from and not covered[i] and not covered[i - 1] and "person_compound" not in without and _SPACES.fullmatch(toks[i].gap) \
                and ana.names_a_person_after(toks[i - 1].key, toks[i].key):  # fmt: skip
            clitics.append((i - 1, i))  # "kedua orang tuanya", "anak kandungnya": one person's two words ("si buah hatinya": the sang noun's)
        i += 1
    # A mention followed by a demonstrative refers back: "para pengungsi tersebut" (to an
    # earlier group with that role), "lembaga antirasuah itu" (a descriptive alias, to KPK).
    for m in named:
        after = _next_token(toks, starts, m.end)
        if "demonstrative" not in without and after is not None and toks[after].key in ana.demonstratives and m.rule in ("role_group", "alias", "role_only", "role+org"):
            first = _counted_from(reg, toks, [t.key for t in toks], bisect_left(starts, m.start))
            m.start, m.end = toks[first].start, toks[after].end  # "para WNI tersebut", "Menteri ESDM tersebut"
            m.text = text[m.start : m.end]
            m.rule = {"role_group": "role_group_anaphor", "alias": "named_anaphor"}.get(m.rule, "person_anaphor")
    mentions = sorted(named, key=lambda m: m.start)
    pending: dict[int, frozenset[str]] = {}  # id(mention) -> the types it may refer to
    anaphors = []
    for start_tok, end_tok, types in found:
        start, end = toks[start_tok].start, toks[end_tok - 1].end
        role = next((a.role for a in reg.aliases((fold(text[start:end]),)) if a.role), None)  # a bare "terdakwa": role tersangka
        anaphors.append(Mention(start, end, text[start:end], None, None, None, None, None, role=role, rule="anaphor"))
        pending[id(anaphors[-1])] = types
    for j, k in clitics:  # the whole word, counted ("kedua anaknya"); someone else than its possessor, so no antecedent
        first = toks[_clitic_start(reg, toks, j, covered)].start
        anaphors.append(Mention(first, toks[k].end, text[first : toks[k].end], None, None, "person", None, None, rule="clitic"))
    anaphors.sort(key=lambda a: a.start)
    # a named mention that a demonstrative extended swallows a description inside it
    # ("pasangan suami istri itu", not also "suami istri itu")
    named_starts = [m.start for m in mentions]
    anaphors = [a for a in anaphors if not _within_named(a, mentions, named_starts)]
    # a description swallows what it contains ("milisi yang didukung Iran itu"); the
    # descriptions are in text order and do not overlap, so one bisect per mention decides
    anaphor_starts = [a.start for a in anaphors]
    mentions = [m for m in mentions if not _inside(m, anaphors, anaphor_starts)] + anaphors
    mentions.sort(key=lambda m: m.start)
    if "cited_outlet" not in without:
        mark_cited_outlets(read, mentions, ana)
    starts = sentence_starts(read)
    doc = Doc(read, reg, ana, mentions, starts, pending)
    for idx in range(len(mentions)):
        mentions[idx].coref_rule = rules.resolve(doc, idx, without)
    return mentions


def repaired_quotes(text: str, ana: Anaphora) -> str:
    """The text with Mac Roman-read curly quotes as the quotes they are, at the same offsets
    (anaphora.json quote_mojibake): "‚ÄúKami langsung" -> "  “Kami langsung", so that "Kami" is a
    word and the rules see the quotation."""
    for bad, good in ana.quote_mojibake.items():
        text = text.replace(bad, good)
    return text


_CONNECTORS = frozenset({"dan", "for", "of", "and", "the", "&"})  # inside an organisation's name: "Institute for Criminal and Justice Reform"
_OPEN = re.compile(r"[^\S\n]*\([^\S\n]*")
_CLOSE = re.compile(r"[^\S\n]*\)[^\S\n]*")
_SPACES = re.compile(r"[^\S\n]+")


def _bracketed_offices(text: str, named: list[Mention], toks, reg: Register, entities=()) -> list[Mention]:
    """A capitalised role, the organisation's name with its short form in brackets, and what
    follows it (a name, a place) are one mention, as the real-news guide spans an official's
    phrase: "Peneliti Institute for Criminal and Justice Reform (ICJR) Erasmus Napitupulu",
    "Ketua Komisi Nasional (Komnas) Perempuan Azriana", "Kepala Badan Penanggulangan Bencana
    Daerah (BPPD) Sumsel" (train: 11 of 12 such phrases one span). With a person named before
    the bracket (NER, or a registered person: "Presiden Joko Widodo (Jokowi) Senin", "Ketua KPK
    Firli Bahuri (FB) Kepada Wartawan") the bracket is his, and the phrase is left as read. Its id: a registered person named in it, else the
    registered organisation (the guide's official in office), else none. Never across a mention
    that runs past it. ``named`` sorted by start; one bisection per phrase, one rebuild."""
    if "(" not in text:
        return named
    keys = [t.key for t in toks]
    m_starts = [m.start for m in named]
    persons = sorted((s, e) for s, e, label in entities if label == "PER")
    person_starts = [s for s, _ in persons]
    dropped: set[int] = set()  # indices of mentions a phrase takes in
    merged: list[Mention] = []
    k = 0
    while k < len(toks):
        span = _bracketed_office_at(reg, toks, keys, k)
        if span is None:
            k += 1
            continue
        first, short, after, last = span
        start, bracket, end = toks[first].start, toks[short].start, toks[last].end
        lo = bisect_left(m_starts, start)
        hi = lo
        while hi < len(named) and named[hi].start < end:
            hi += 1
        inside = [x for x in range(lo, hi) if named[x].end <= end]
        if (lo > 0 and named[lo - 1].end > start) or any(named[x].end > end for x in range(lo, hi)) \
                or _person_before(persons, person_starts, start, bracket) \
                or any(_registered_person(reg, named[x]) and named[x].end <= bracket for x in inside):  # fmt: skip
            k = after
            continue
        found = [named[x] for x in inside]
        organ = _short_form_organisation(reg, keys, short, after, last)
        if len(found) == 1 and (found[0].start, found[0].end) == (start, end):  # read whole already: its organisation by the short form
            m = found[0]
            if organ and m.actor_id != organ and not _registered_person(reg, m):
                a = reg.actors[organ]
                m.actor_id, m.country, m.sector, m.org_id = a.id, a.country, a.sector, a.id  # "Ketua Komisi Nasional (Komnas) Perempuan Azriana"
            k = after
            continue
        person = next((m.actor_id for m in found if _registered_person(reg, m)), None)
        # an organisation named inside it, by name first ("Partai Demokrat (PD)"), else one a role
        # inside it names; not a country ("Gabungan Pelaksana Konstruksi Indonesia (Gapensi)")
        organs = [m.org_id or m.actor_id for m in sorted(found, key=lambda m: m.rule not in ("alias", "regional"))]
        organ = organ or next((o for o in organs if o in reg.actors and reg.actors[o].type not in ("person", "country")), None)
        named_in = next((m for m in found if m.type == "person" and m.name), None)
        actor = reg.actors.get(person or organ or "")
        role = next((m.role for m in found if m.role), None)
        if organ and reg.roles.get(role or "", {}).get("org") not in (None, organ):
            role = None  # "Ketua Komisi" is the DPR's commission chair: not inside "Komisi Nasional (Komnas) Perempuan"
        merged.append(Mention(start, end, text[start:end], actor.id if actor else None, named_in.name if named_in else None, "person",
                              actor.country if actor else None, actor.sector if actor else None, role=role, rule="role+org+name", org_id=organ))  # fmt: skip
        dropped.update(inside)
        k = max(after, _token_at(toks, end))
    if not merged:
        return named
    return sorted([m for x, m in enumerate(named) if x not in dropped] + merged, key=lambda m: m.start)


def _person_before(persons: list[tuple[int, int]], starts: list[int], start: int, bracket: int) -> bool:
    """Whether a person's name NER tagged lies between ``start`` and the bracket (sorted spans)."""
    k = bisect_left(starts, start)
    return k < len(persons) and persons[k][1] <= bracket


def _registered_person(reg: Register, m: Mention) -> bool:
    return m.actor_id in reg.actors and reg.actors[m.actor_id].type == "person"


def _short_form_organisation(reg: Register, keys: list[str], short: int, after: int, last: int) -> str | None:
    """The registered organisation the bracketed short form names, with the most words after the
    bracket (up to token ``last``) that keep it a registered name: "(Komnas) Perempuan" is Komnas
    Perempuan, "(ICJR)" ICJR."""
    for n in range(last + 1 - after, -1, -1):
        ids = {a.actor_id for a in reg.aliases(tuple(keys[short:after]) + tuple(keys[after : after + n]))
               if a.actor_id in reg.actors and reg.actors[a.actor_id].type != "person"}  # fmt: skip
        if len(ids) == 1:
            return ids.pop()
    return None


def _bracketed_office_at(reg: Register, toks, keys: list[str], i: int) -> tuple[int, int, int, int] | None:
    """The tokens of "Role Capitalised words (SHORT) Capitalised words" from token i: the first,
    the short form's first, the first after the bracket, and the last (at most five after it)."""
    if not toks[i].raw[:1].isupper() or toks[i].titled:
        return None
    found = _longest(reg, toks, keys, i)
    if not found or not any(a.role and reg.roles.get(a.role, {}).get("person") for a in found[1]):
        return None
    k = i + found[0]
    before = 0  # capitalised words between the role and the bracket
    while k < len(toks) and before <= 8 and _SPACES.fullmatch(toks[k].gap) and not toks[k].titled \
            and (toks[k].raw[:1].isupper() or keys[k] in _CONNECTORS and k + 1 < len(toks) and toks[k + 1].raw[:1].isupper()):  # fmt: skip
        k, before = k + 1, before + 1
    if not before or k >= len(toks) or not _OPEN.fullmatch(toks[k].gap) or not toks[k].raw[:1].isupper():
        return None
    short = k
    k += 1
    while k < len(toks) and _SPACES.fullmatch(toks[k].gap) and len(toks[k].raw) <= 15:
        k += 1  # "(PP - PMKRI)" is one short form
    if k >= len(toks) or not _CLOSE.fullmatch(toks[k].gap) or not toks[k].raw[:1].isupper() or toks[k].titled:
        return None
    last = k
    while last + 1 < len(toks) and last - k < 4 and _SPACES.fullmatch(toks[last + 1].gap) and toks[last + 1].raw[:1].isupper() and not toks[last + 1].titled:
        last += 1
    return i, short, k, last


def _within_named(a: Mention, named: list[Mention], starts: list[int]) -> bool:
    """Whether an anaphor lies inside a longer named mention (the named ones sorted by start;
    the few that start at or before it are looked at)."""
    k = bisect_right(starts, a.start)
    return any(m.start <= a.start and a.end <= m.end and m.end - m.start > a.end - a.start for m in named[max(0, k - 3) : k])


NAME_WORDS_BACK = 50
"""How many name words (the latest first) a short form is looked for in: on real news the one it
begins is at most the 9th (train; dev the 5th), so the bound changes no figure and keeps each
lookup constant in a document of many names (issue 16)."""


_APPOSITION = re.compile(r"[^\S\n]*,[^\S\n]*")


def _apposition_parts(text: str, m: Mention) -> list[Mention]:
    """A role and the name after its comma are two mentions of one person, as the real-news
    guide spans an apposition: "Kapolsek Cipondoh, Kompol Bayu Suseno" is "Kapolsek Cipondoh"
    and "Kompol Bayu Suseno" (with no comma, "Kapolsek Cipondoh Kompol Bayu Suseno" stays one).
    Both parts keep what the whole phrase resolved to (the person, or the office's organisation)."""
    if m.type != "person" or not m.name or not m.role_rule:
        return [m]
    cut = next((c for c in _APPOSITION.finditer(m.text) if fold(m.text[c.end() :]) == fold(m.name)), None)
    if cut is None or cut.start() == 0:
        return [m]
    role = replace(m, end=m.start + cut.start(), text=m.text[: cut.start()])
    name = replace(m, start=m.start + cut.end(), text=m.text[cut.end() :])
    return [role, name]


def _with_descriptors(text: str, named: list[Mention], toks, starts: list[int], ana: Anaphora, reg: Register) -> None:
    """A lower-case word naming the kind of body right before an organisation is part of its
    mention, as the real-news guide spans a noun phrase: "lembaga KPK", "skuad Manchester
    United" (anaphora.json org_descriptors). Not before a person or a country ("tim Indonesia"
    is a national team, not Indonesia), nor before a demonstrative ("badan PBB itu" is a
    description)."""
    taken_ends = {m.end for m in named}
    for m in named:
        k = bisect_left(starts, m.start) - 1
        if k < 0 or starts[k + 1] != m.start or toks[k + 1].gap != " " or toks[k].raw not in ana.org_descriptors or toks[k].end in taken_ends:
            continue
        after = bisect_left(starts, m.end)
        if after < len(toks) and toks[after].key in ana.demonstratives:
            continue  # "badan PBB itu": a description, read by the description step
        kind = m.type if m.rule == "discovered" else (reg.actors[m.actor_id].type if m.actor_id in reg.actors else None)
        if kind not in (None, "person", "country", "generic_group"):
            m.start, m.text = toks[k].start, text[toks[k].start : m.end]


_ABBREVIATION = re.compile(r"\s{0,3}\(([^()\n]{2,30})\)")


def _with_abbreviations(text: str, named: list[Mention], reg: Register) -> list[Mention]:
    """A name and its abbreviation or short name in brackets are one mention, as the real-news
    guide spans them: "Komisi Pemberantasan Korupsi (KPK)", "Presiden RI Joko Widodo (Jokowi)",
    "Aliansi Mahasiswa Papua (AMP)". The bracket belongs to the name when it is a mention of the
    same actor, an alias of it, or the initials of the name's words; the inner mention goes."""
    out: list[Mention] = []
    skip: set[int] = set()
    for k, m in enumerate(named):
        if k in skip:
            continue
        b = _ABBREVIATION.match(text, m.end)
        if b:
            inner = []  # the mentions inside the bracket; sorted by start, so none after its end is looked at
            for x in range(k + 1, len(named)):
                if named[x].start >= b.end(1):
                    break
                if named[x].start >= b.start(1) and named[x].end <= b.end(1):
                    inner.append(x)
            same = bool(m.actor_id) and any(named[x].actor_id == m.actor_id for x in inner)
            alias = m.actor_id is not None and any(a.actor_id == m.actor_id for a in reg.aliases(tuple(fold(b.group(1)).split())))
            if same or alias or _initials_of(b.group(1), m.text) or _short_name(b.group(1), m) and not _other_actor(b.group(1), m, [named[x] for x in inner], reg):
                skip.update(inner)
                m.end, m.text = b.end(), text[m.start : b.end()]
                registered = [named[x] for x in inner if named[x].actor_id in reg.actors and named[x].type != "person"]
                if registered and m.actor_id is None and m.role:  # "Ketua Umum Partai Amanat Nasional (PAN)": in office, the party's id
                    m.actor_id = m.org_id = registered[0].actor_id
                    m.country = m.country or registered[0].country
        out.append(m)
    return out


def _other_actor(bracket: str, m: Mention, inner: list[Mention], reg: Register) -> bool:
    """Whether a bracket after a name holds a registered actor other than the name's: no short
    name then ("Politikus Puan Maharani (PDIP)": the party stays a mention of its own). Only
    after a person: after an organisation's name the bracket is its short form, registered or
    not ("Badan Investigasi Federal (FBI)", train)."""
    if m.type != "person":
        return False
    if any(x.actor_id in reg.actors and x.actor_id != m.actor_id for x in inner):
        return True
    return any(a.actor_id and a.actor_id != m.actor_id for a in reg.aliases(tuple(fold(bracket).split())))


def _inside(m: Mention, spans: list[Mention], starts: list[int]) -> bool:
    k = bisect_left(starts, m.start + 1) - 1  # the last span starting at or before m
    return k >= 0 and spans[k].start <= m.start and m.end <= spans[k].end


def _covered(named: list[Mention], toks, starts: list[int], groups: bool = False) -> list[bool]:
    """Which tokens lie inside a named mention (group nouns stay open to descriptions, unless ``groups``)."""
    out = [False] * len(toks)
    for m in named:
        if m.rule == "role_group" and not groups:
            continue
        k = bisect_left(starts, m.start)
        while k < len(toks) and toks[k].end <= m.end:
            out[k] = True
            k += 1
    return out


def _next_token(toks, starts: list[int], pos: int) -> int | None:
    """The token right after ``pos``, if only white space separates them."""
    k = bisect_left(starts, pos)
    if k < len(toks):
        return k if toks[k].gap.strip() == "" else None
    return None


def _pronoun(toks, i: int, ana: Anaphora, reg: Register) -> tuple[int, int, frozenset[str]] | None:
    if i + 1 < len(toks) and (types := ana.pronouns.get(f"{toks[i].key} {toks[i + 1].key}")):
        return (i, i + 2, types)  # "yang bersangkutan"
    types = ana.pronouns.get(toks[i].key)
    if types and toks[i].key in ana.bare_nouns and i > 0 and (toks[i - 1].key in reg.quantifiers or toks[i - 1].key.isdigit() or toks[i - 1].key in ana.bare_not_after.get(toks[i].key, ())):
        return None  # "para tersangka", "42 tersangka" (a number too): a group noun (roles.json); "sebagai tersangka": a predicate
    if types and toks[i].key in ana.after_predicate and not (i > 0 and (toks[i - 1].key in ana.openers or toks[i - 1].key in ana.prepositions or _is_verb(toks[i - 1].key, ana))):
        return None  # "pangkalan militer": a modifier; "menuduh militer": the army named before
    if types and i + 1 < len(toks) and toks[i + 1].key in ana.bare_not_before.get(toks[i].key, ()):
        return None
    if types and toks[i].key in ana.word_again and i + 1 < len(toks) and toks[i + 1].raw[:1].isupper() \
            and not any(c in ".!?:,;\n" for c in toks[i + 1].gap):  # fmt: skip
        return None  # "Mako Brimob Polda Jawa Tengah", "Polres (Senin)": the start of a name no mention holds, no bare noun ("ke Polsek, Senin" is one)
    return (i, i + 1, types) if types else None


def _definite_person(toks, i: int, ana: Anaphora) -> tuple[int, int, frozenset[str]] | None:
    """'sang'/'si' and a lower-case noun ("sang rekan", "sang mantan istri", "si admin"): a person
    named before (anaphora.json definite_singular). "Sang Ibu" in a headline is a title, no reference."""
    end = i + 2
    if toks[i].key not in ana.definite_singular or end > len(toks) or not _lower_word(toks[i + 1]) or toks[i + 1].key in ana.definite_not_persons:
        return None  # "si jago merah" (fire), "sang saka" (the flag): no one
    if toks[i + 1].key in ana.definite_modifiers and end < len(toks) and _lower_word(toks[end]):
        end += 1  # "sang mantan istri"
    return (i, end, frozenset({"person"}))


def _lower_word(t) -> bool:
    return t.gap == " " and t.raw.isalpha() and t.raw.islower()


def _countries_in_person_names(text: str, named: list[Mention], entities, reg: Register) -> list[Mention]:
    """A country's name (or capital) inside a person's name NER tagged, after a word of it, is
    part of that name: "Hotman Paris (Hutapea)" (an Indonesian lawyer) is no France. Alone, the
    country's mention goes (the person's name is then a new person); inside a role phrase
    ("pengacara Hotman Paris Hutapea"), the phrase is a role and a name the register does not
    know. A person the country stands for keeps it ("pemerintahan Donald Trump"), and so does a
    country before the name ("Menlu Prancis Jean-Noel Barrot")."""
    persons = sorted((s, e) for s, e, label in entities if label == "PER")  # spaCy's: not overlapping
    if not persons:
        return named
    starts = [s for s, _ in persons]
    out = []
    for m in named:
        actor = reg.actors.get(m.actor_id or "")
        near = bisect_left(starts, m.end) - 1  # the last person's name that starts before the mention ends
        overlaps = near >= 0 and persons[near][1] > m.start
        alias = _alias_span(m, reg) if overlaps and actor is not None and actor.type == "country" else None
        k = bisect_left(starts, alias[0]) - 1 if alias else -1  # the one that starts before the alias
        person = persons[k] if k >= 0 and alias and alias[1] <= persons[k][1] else None
        if alias is None or person is None or not text[person[0] : alias[0]].strip():
            out.append(m)
            continue
        if person[0] < m.start:
            continue  # "Hotman [Paris]": the person NER names
        if person[0] > m.start:  # "pengacara [Hotman Paris Hutapea]": a role and that person's name
            end = max(m.end, person[1])
            m.end, m.text = end, text[m.start : end]
            m.actor_id, m.name, m.type, m.country, m.sector, m.org_id = None, text[person[0] : person[1]], "person", None, None, None
            m.rule = "role+name"
        out.append(m)
    return out


_WORD_AT = re.compile(r"[\w'’.-]+")


def _alias_span(m: Mention, reg: Register) -> tuple[int, int] | None:
    """The text offsets of the last words of the mention that are an alias of its own actor
    ("... Hotman Paris" -> "Paris"), or None ("pemerintahan Donald Trump": Trump's country)."""
    words = [(m.start + w.start(), m.start + w.end(), w.group()) for w in _WORD_AT.finditer(m.text)]
    for k in range(len(words), 0, -1):
        for n in (3, 2, 1):
            if k - n >= 0 and any(a.actor_id == m.actor_id for a in reg.aliases(tokens(" ".join(w for _, _, w in words[k - n : k])))):
                return words[k - n][0], words[k - 1][1]
    return None


def _name_parts(named: list[Mention], toks, starts: list[int], ana: Anaphora, prefixes: bool = True) -> list[Mention]:
    """A word of a person's name named before stands for that person: "Grossi" after "Direktur
    Jenderal IAEA Rafael Grossi", "Purbaya" after "Menteri Keuangan Purbaya Yudhi Sadewa". With
    ``prefixes`` (``name_prefix``), so does a one-word name NER tagged that begins a word of it,
    the short form Indonesian news calls a person by: "Enggar" after "Menteri Perdagangan
    Enggartiasto Lukita"."""
    inside = _covered(named, toks, starts, groups=True)
    persons = sorted((m for m in named if m.type == "person" and m.name), key=lambda m: m.end)
    known: dict[str, Mention] = {}  # a word of a name read so far -> the latest person with it
    other_names: dict[str, Mention] = {}  # "Aulia Kusuma alias AK": "AK" -> that person
    p = 0
    out = []
    discovered = {m.start: m for m in named if m.rule == "discovered" and m.type == "person"}
    for k, t in enumerate(toks):
        while p < len(persons) and persons[p].end <= t.start:
            words = persons[p].name.split()
            for w in words[1:] if len(words) > 1 and words[0] in ana.honorifics else words:
                known[w] = persons[p]
            if other := _OTHER_NAME.search(persons[p].text):
                other_names[other.group(1)] = persons[p]
            p += 1
        if (d := discovered.get(t.start)) and (c := other_names.get(d.text) or _person_named(d.text, known, prefixes)):
            d.actor_id, d.name, d.country, d.sector, d.role, d.org_id, d.rule = c.actor_id, c.name, c.country, c.sector, c.role, c.org_id, "name_part"
            continue  # that person, no new one
        if inside[k] or t.raw not in known or len(t.raw) < 3 or not t.raw[:1].isupper() or not t.raw[1:].islower():
            continue
        if any(0 <= n < len(toks) and toks[n].raw[:1].isupper() and toks[max(k, n)].gap.strip() == "" for n in (k - 1, k + 1)):
            continue  # part of a longer name ("Polda Metro Jaya", "Jakarta Selatan"), not a name alone
        c = known[t.raw]
        out.append(Mention(t.start, t.end, t.raw, c.actor_id, c.name, "person", c.country, c.sector, role=c.role, rule="name_part", org_id=c.org_id))
    return out


_OTHER_NAME = re.compile(r"[^\S\n]+alias[^\S\n]+(\S.*)$")  # the other name after "alias" a mention spans (discover._with_alias); not "atau", a choice as often


def _person_named(name: str, known: dict[str, Mention], prefixes: bool) -> Mention | None:
    """The person read before whom a name NER tagged stands for: a part of the name ("Ade Ary"
    after "Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi") or, with ``prefixes``, a
    one-word short form that begins a word of it ("Enggar" after "Enggartiasto Lukita"), among
    the ``NAME_WORDS_BACK`` name words first read last (bounded work per name)."""
    if prefixes and " " not in name and len(name) >= 4 and name not in known:
        if c := next((known[w] for w in islice(reversed(known), NAME_WORDS_BACK) if w.startswith(name) and len(w) > len(name)), None):
            return c
    if (c := known.get(name.split()[0])) and f" {name} " in f" {c.name} ":
        return c
    return None


def _predicate(m: Mention, toks, starts: list[int], ana: Anaphora) -> bool:
    """'menetapkan Bupati X sebagai tersangka', 'yang menjadi korban perdagangan orang': a status
    noun after 'sebagai'/'menjadi' names no one (nor does an uncounted group noun there)."""
    after = ana.bare_not_after.get(fold(m.text)) or (ana.predicate_words if m.rule == "role_group" and m.actor_id is None else None)
    k = bisect_left(starts, m.start)
    return bool(after) and 0 < k < len(toks) and toks[k - 1].key in after


def _is_verb(word: str, ana: Anaphora) -> bool:
    """A me-/ber-/ter-/di- word (anaphora.json clitic.verb_prefixes, and 'di')."""
    return len(word) >= 5 and word.isalpha() and word.startswith(tuple(ana.clitic["verb_prefixes"]) + ("di",))


def _description(toks, i: int, ana: Anaphora, reg: Register) -> tuple[int, int, frozenset[str]] | None:
    """[quantifier] head [up to N modifier words] demonstrative, inside one clause."""
    start = i
    if toks[i].key in reg.quantifiers and i + 1 < len(toks):
        i += 1
    first = toks[i].key
    for n in (2, 1):
        head = (first, toks[i + 1].key) if n == 2 and i + 1 < len(toks) else (first,)  # toks[i : i + n]'s keys
        types = ana.heads.get(head)
        if not types:
            continue
        k = i + n
        relative = False  # after "yang" a verb belongs to the description ("milisi yang didukung Iran itu")
        while k < len(toks) and k - (i + n) <= ana.max_modifiers:
            if toks[k].gap.strip(" ") not in ("", "-"):  # a comma or full stop ends the clause
                return None
            if toks[k].key in ana.demonstratives:  # "sosok yang selama ini dikenal": a time phrase, no description
                return None if toks[k - 1].key in ana.time_words else (start, k + 1, types)
            if relative and toks[k].key in ana.led_by:  # "lembaga yang dipimpinnya": the organisation of the person named before
                return (start, k + 1, ("org_of_person",) + tuple(types))
            if toks[k].key in ana.openers or not relative and toks[k].key in ana.prepositions:  # "korporasi karena ... itu": a new clause;
                return None  # "membantu militer oleh kelompok pemberontak tersebut": the description starts later
            relative = relative or toks[k].key == "yang"
            if not relative and toks[k].key.startswith("me") and len(toks[k].key) >= 6 and toks[k].key not in ana.not_verbs:
                return None  # an active verb: "Pemerintah daerah Kurdistan mengutuk serangan itu" is a clause
            k += 1
        return None
    return None


CITING_REACH = 20  # characters before an outlet's name read for a citing word ("dilansir dari: Reuters")


def mark_cited_outlets(text: str, mentions: list[Mention], ana: Anaphora) -> None:
    """An outlet named right after a citing word (anaphora.json ``citing_words``: "dikutip dari
    Liputan6.com", "kata dia kepada Okezone", "(dilansir Reuters)") is cited as a source: no
    pronoun stands for it (finding step ``cited_outlet``). Punctuation between is read past."""
    for m in mentions:
        before = tokens(text[max(0, m.start - CITING_REACH) : m.start])[-1:] if m.type == "media" else ()  # only an outlet is cited
        m.cited = bool(before) and before[0] in ana.citing_words
