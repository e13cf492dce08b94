"""The Mention record, and the register read over a text's word tokens: the tokens
(``_tokenize``), the longest alias at a token (``_longest``), whether tokens form one name
(``_contiguous``), runs of capitalised words (``_proper_run``), counting words before a noun
(``_counted_from``). Shared by the matcher (warta.actors.match) and the role-phrase rules
(warta.actors.roles).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from warta.actors.register import Actor, Alias, Register, fold

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
    coref_rule: str | None = None  # the coreference rule that resolved it (warta.actors.rules)
    role_rule: str | None = None  # the role-phrase rule that read it (warta.actors.roles)


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    raw: str
    key: str
    gap: str  # the text between the previous token and this one


# a space, hyphen or apostrophe, or a period inside an abbreviation ("A.S."), never a sentence end
# nor a line break (a headline's last word and the lead's first are no one name)
_GAP = re.compile(r"(?:[^\S\n]|[\-–'’/]){0,2}|\.")


def _tokenize(text: str) -> list[_Token]:
    out = []
    prev_end = 0
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        word = m.group()
        out.append(_Token(start, end, word, _key(word), text[prev_end:start]))
        prev_end = end
    return out


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    """A word's folded key (the same words recur in every article: folded once per process)."""
    return fold(word).replace("'", "")


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


def _same_case(alias: Alias, toks: list[_Token]) -> bool:
    return [t for t in _TOKEN.findall(alias.surface)] == [t.raw for t in toks] or alias.surface == " ".join(t.raw for t in toks)


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
        if found and any(tuple(keys[a : e + found[0]]) in reg.place_names for a in range(max(k, e - 3), e)):
            e += found[0]  # "warga Bidara Cina": a village whose name holds a country (place_names.json)
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


def _registered(reg: Register, found: tuple[int, list[Alias]], kind: str) -> Actor | None:
    """The first registered actor of type ``kind`` a match of _longest names."""
    return next((reg.actors[a.actor_id] for a in found[1] if a.actor_id and reg.actors[a.actor_id].type == kind), None)


def _is_rank(reg: Register, toks: list[_Token], keys: list[str], x: int) -> bool:
    found = _longest(reg, toks, keys, x)
    return bool(found) and _ranks(reg, found)


def _ranks(reg: Register, found: tuple[int, list[Alias]]) -> bool:
    """Whether a match of _longest is a rank ("Irjen", "Mayjen TNI")."""
    return any(a.role and reg.roles[a.role].get("rank") for a in found[1])
