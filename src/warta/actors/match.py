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
from dataclasses import dataclass

from warta.actors.register import Alias, Register, fold, load_register

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


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    raw: str
    key: str
    gap: str  # the text between the previous token and this one


# a space, hyphen or apostrophe, or a period inside an abbreviation ("A.S."), never a sentence end
_GAP = re.compile(r"[\s\-–'’]{0,2}|\.")


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
    i = 0
    while i < len(toks):
        found = _longest(reg, toks, keys, i)
        if found is None:
            i += 1
            continue
        length, aliases = found
        j = i + length
        role_alias = next((a for a in aliases if a.role), None)
        actor_ids = sorted({a.actor_id for a in aliases if a.actor_id})
        if role_alias and not actor_ids:
            if tuple(keys[i:j]) in reg.form_prefixes and _next_is_country(reg, toks, keys, j):
                i = j  # "pasukan Amerika Serikat": the country form, matched at the next token
                continue
            mention, j = _role_mention(reg, text, toks, keys, i, j, role_alias)
            if mention:
                mentions.append(mention)
            i = j
            continue
        actor_id = actor_ids[0] if len(actor_ids) == 1 else reg.defaults.get(tuple(keys[i:j]))
        if actor_id is None:
            i = j
            continue
        nxt = _longest(reg, toks, keys, j) if j < len(toks) else None
        if nxt and reg.actors[actor_id].parent and any(a.actor_id == reg.actors[actor_id].parent for a in nxt[1]) and _contiguous(toks, j - 1, j + 1):
            j += nxt[0]  # the organ named with its parent stays the organ
        mention = _actor_mention(reg, text, toks, i, j, actor_id)
        start_tok = i
        if reg.actors[actor_id].type == "country":
            prefix = _prefix(reg.non_actor_prefixes, keys, i, mentions, toks)
            if prefix:
                i = j
                continue
            form = _form(reg, keys, i, mentions, toks)
            if form:
                k, sector = form
                start_tok = i - k
                target = reg.targets.get(actor_id, {}).get(sector)
                mention = _actor_mention(reg, text, toks, start_tok, j, target or actor_id)
                mention.sector = sector if not target else mention.sector
                mention.rule = "country_form"
        mentions.append(mention)
        i = j
    return mentions


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
    """A role noun, and what follows it: a registered person or organisation, or a name."""
    role = reg.roles[alias.role]
    nxt = _longest(reg, toks, keys, j) if j < len(toks) and _contiguous(toks, j - 1, j + 1) else None
    if nxt:
        n, aliases = nxt
        ids = sorted({a.actor_id for a in aliases if a.actor_id})
        if len(ids) == 1:
            target = reg.actors[ids[0]]
            start, end = toks[i].start, toks[j + n - 1].end
            if target.type == "person":  # "Presiden Prabowo Subianto"
                m = Mention(start, end, text[start:end], target.id, target.name, "person", target.country, target.sector, role=role["role"], rule="role+person", org_id=target.parent)
                return m, j + n
            after = _longest(reg, toks, keys, j + n) if j + n < len(toks) else None
            person = after and next((reg.actors[a.actor_id] for a in after[1] if a.actor_id and reg.actors[a.actor_id].type == "person"), None)
            if person:  # "Sekretaris Jenderal PBB Antonio Guterres"
                end = toks[j + n + after[0] - 1].end
                m = Mention(start, end, text[start:end], person.id, person.name, "person", person.country, person.sector, role=role["role"], rule="role+org+person", org_id=target.id)
                return m, j + n + after[0]
            if role.get("person"):  # "juru bicara Hizbullah": a person of that organisation
                m = Mention(start, end, text[start:end], None, None, "person", target.country, role.get("sector") or target.sector, role=role["role"], rule="role+org", org_id=target.id)
                return m, j + n
    if role.get("person"):
        k = j
        while k < len(toks) and k - j < _MAX_NAME_TOKENS and toks[k].raw[:1].isupper() and toks[k].start - toks[k - 1].end <= 1:
            k += 1
        if k > j:  # "Presiden Joko Widodo" with the person not registered: a new person
            org = reg.actors.get(role.get("org") or "")
            start, end = toks[i].start, toks[k - 1].end
            m = Mention(start, end, text[start:end], None, None, "person", org.country if org else None, role.get("sector"), role=role["role"], rule="role+name", org_id=org.id if org else None)
            return m, k
    if role.get("group"):  # "tiga terduga teroris", "warga setempat": a generic group actor
        first = i
        while first > 0 and toks[first - 1].key in reg.quantifiers and _contiguous(toks, first - 1, first + 1):
            first -= 1
        while j < len(toks) and toks[j].key in reg.group_modifiers and _contiguous(toks, j - 1, j + 1):
            j += 1
        start, end = toks[first].start, toks[j - 1].end
        return Mention(start, end, text[start:end], None, None, "generic_group", None, role.get("sector"), role=role["role"], rule="role_group"), j
    return None, j
