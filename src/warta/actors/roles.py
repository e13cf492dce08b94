"""Role phrases as a table of named rules: what a role noun ("Presiden", "juru bicara",
"warga", "Kapolri") and the words around it name.

``read_phrase`` reads what every rule needs once: the counting words before the noun
("tiga", "para", "seorang"), its modifiers ("setempat"), a unit ("Kepala [Biro Penerangan
Masyarakat] Divisi Humas Polri"), a form word ("juru bicara [militer] Israel"), the roles it
is completed by ("Kuasa hukum [terdakwa]"), and the one registered actor named right after
it. Each rule is a small class with a ``name``, a docstring with its Indonesian example,
``applies(p)`` and ``resolve(p)`` (the mention and the token after it, or None: the next
rule that applies is tried). ``ROLE_RULES`` below is the one ordered list; the first rule
that resolves the phrase makes its mention (``Mention.role_rule`` records which). ``warta
eval actors FILE --without NAME`` switches a rule off, as for the coreference rules
(warta.actors.rules; worth table in docs/actors.md).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import ClassVar, Protocol

from warta.actors.anaphora import load_anaphora
from warta.actors.regional import office_at, regional_office
from warta.actors.register import Actor, Alias, Register, fold
from warta.actors.scan import (
    _GAP,
    _MAX_NAME_TOKENS,
    Mention,
    _contiguous,
    _counted_from,
    _is_rank,
    _longest,
    _names_organisation,
    _proper_run,
    _ranks,
    _registered,
    _Token,
    named_here,
)


@dataclass(frozen=True)
class Phrase:
    """A role noun being read: the role (roles.json), tokens ``first`` (counting words) ..
    ``j`` (past the noun, its modifiers, unit, form word and completing roles), and the one
    registered actor named right after it (``target``, ``n`` tokens long). What follows it is
    read once, for all the rules that ask (cached properties)."""

    reg: Register
    text: str
    toks: list[_Token]
    keys: list[str]
    i: int
    j: int
    role: dict
    first: int
    plural: bool  # "ratusan", "para", "tiga" before it
    singular: bool  # "seorang" before it: one person
    complemented: bool  # completed by roles: "Kuasa hukum [terdakwa]"
    target: Actor | None
    n: int

    @property
    def start(self) -> int:
        return self.toks[self.first].start

    def mention(self, end_token: int, **fields) -> Mention:
        """A mention from the first counting word to the end of token ``end_token - 1``."""
        end = self.toks[end_token - 1].end
        return Mention(self.start, end, self.text[self.start : end], **fields)

    @cached_property
    def after_target(self) -> tuple[int, str | None]:
        """A name after the organisation (and a status word: "Ketua DPR nonaktif Setya Novanto"),
        or after "untuk" + the country an envoy is accredited to ("Duta Besar Jepang untuk
        Indonesia[, Name]"): (end token, the name)."""
        reg, toks, keys, k0 = self.reg, self.toks, self.keys, self.j + self.n
        k0 = _past_status(reg, toks, keys, k0) if self.n else k0  # "Ketua DPR [nonaktif] Setya Novanto"
        k, name = _person_name(reg, toks, keys, k0)
        if not name:
            k = _accredited(reg, toks, keys, k)
            k, name = _person_name(reg, toks, keys, k) if k > k0 else (k, None)
        return k, name

    @cached_property
    def after_role(self) -> tuple[int, str | None]:
        """A name right after the role: "Presiden Joko Widodo", "Kepala Pelaksana BPBD Agam,
        Rahmat Lasmono" (unit, comma, name); a people or creed is none ("pasukan Kurdi")."""
        reg, toks, keys, j = self.reg, self.toks, self.keys, self.j
        k, name = _person_name(reg, toks, keys, _past_status(reg, toks, keys, j))
        if name and all(keys[x] in reg.peoples for x in range(j, k)):
            k, name = j, None
        if name and k < len(toks) and toks[k].gap.strip() == ",":
            k2, name2 = _person_name(reg, toks, keys, k)
            if name2 and not _registered_person(reg, toks, keys, j, k):
                k, name = k2, name2
        return k, name

    @cached_property
    def group_end(self) -> int:
        """The end of a group's capitalised complement: "ratusan pengungsi [Rohingya]", "warga [Desa Sungai Rawa]"."""
        toks, j = self.toks, self.j
        return _proper_run(self.reg, toks, self.keys, j, 4) if j < len(toks) and _contiguous(toks, j - 1, j + 1) else j


def read_phrase(reg: Register, text: str, toks: list[_Token], keys: list[str], i: int, j: int, alias: Alias) -> Phrase:
    """The role noun of ``alias`` at tokens i..j-1 with what goes with it (see Phrase)."""
    role = reg.roles[alias.role]
    first = _counted_from(reg, toks, keys, i)
    plural = first < i and keys[first] not in reg.singular
    singular = first < i and keys[first] in reg.singular
    again = _reduplicated(toks, keys, j)
    plural, j = plural or again > j, _modifiers(reg, toks, keys, again)
    j = _origin(reg, toks, keys, j)
    if role.get("person") and j < len(toks) and _contiguous(toks, j - 1, j + 1):
        unit = _proper_run(reg, toks, keys, j, 4)  # "Kepala [Biro Penerangan Masyarakat] Divisi Humas Polri ..."
        ranked = any(_is_rank(reg, toks, keys, x) for x in range(j, unit))  # "Pangdam XVII/Cenderawasih [Mayjen TNI] ...": a rank, no unit
        person = _longest(reg, toks, keys, j)  # "Pengacara [Hotman Paris Hutapea]": a registered person, no unit of France
        person_end = j + person[0] if person and _registered(reg, person, "person") else j
        if unit > j and unit < len(toks) and not ranked and person_end <= unit and _contiguous(toks, unit - 1, unit + 1) \
                and _names_organisation(reg, toks, keys, unit):  # fmt: skip
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
    office = _office_role(reg, toks, keys, role, j)  # "Staf Ahli [Menteri Komunikasi dan Informasi]": the ministry
    if office:
        return Phrase(reg, text, toks, keys, i, j + office[0], role, first, plural, singular, False, office[1], 0)
    after_case = _case(reg, toks, keys, role, j)  # "terpidana [kasus korupsi]"
    complemented, j = complemented or after_case > j, after_case
    named_next = not complemented and j < len(toks) and _contiguous(toks, j - 1, j + 1)
    nxt = _longest(reg, toks, keys, j) if named_next else None
    office_at_j = regional_office(reg, text, toks, keys, j) if named_next else None  # "anggota [Polres Lombok Timur]": an office by pattern
    target, n = None, 0
    if nxt and office_at_j and office_at_j[1] - j > nxt[0]:  # "anggota [Kepolisian Resor Lombok Timur]": the office, not "Kepolisian" (session 22)
        nxt = None
    # an alias that names no one alone names no organisation here either ("pelaku AA": initials, not Anadolu)
    if nxt and len(ids := {a.actor_id for a in nxt[1] if a.actor_id}) == 1 and named_here(reg, toks, keys, j, j + nxt[0]):
        n, target = nxt[0], reg.actors[ids.pop()]
        if form_sector and target.type == "country":
            target = reg.actors[reg.targets.get(target.id, {}).get(form_sector) or target.id]
        if toks[j].raw in reg.party_boards and (party := _organisation_after(reg, toks, keys, j + n)) and party[1].type == "party":
            n, target = n + party[0], party[1]  # "ketua [DPD Golkar]": the party's regional board is the party
    elif office_at_j:
        m, end = office_at_j  # an office by pattern, as a registered one
        n, target = end - j, office_actor(m)
    return Phrase(reg, text, toks, keys, i, j, role, first, plural, singular, complemented, target, n)


def _office_role(reg: Register, toks: list[_Token], keys: list[str], role: dict, j: int) -> tuple[int, Actor] | None:
    """(length, organisation) of the office named right after a role that serves one (roles.json
    ``of_office``): "Staf Ahli [Menteri Komunikasi dan Informasi]" -> Komdigi, as the office's
    holder would be; None when no role with a registered organisation follows."""
    if not role.get("of_office") or j >= len(toks) or not _contiguous(toks, j - 1, j + 1) or not (found := _longest(reg, toks, keys, j)):
        return None
    orgs = {reg.roles[a.role].get("org") for a in found[1] if a.role} - {None}
    org = reg.actors.get(orgs.pop()) if len(orgs) == 1 else None
    return (found[0], org) if org is not None else None


def _organisation_after(reg: Register, toks: list[_Token], keys: list[str], k: int) -> tuple[int, Actor] | None:
    """(length, actor) of the registered organisation (no person, no country) written at token k,
    right after the previous one."""
    if k >= len(toks) or not _contiguous(toks, k - 1, k + 1) or not (found := _longest(reg, toks, keys, k)):
        return None
    ids = {a.actor_id for a in found[1] if a.actor_id}
    actor = reg.actors.get(ids.pop()) if len(ids) == 1 else None
    return (found[0], actor) if actor is not None and actor.type not in ("person", "country") else None


class RoleRule(Protocol):
    name: ClassVar[str]

    def applies(self, p: Phrase) -> bool: ...

    def resolve(self, p: Phrase) -> tuple[Mention, int] | None: ...


# --- a role and the registered actor named right after it --------------------------------


def _organisation(p: Phrase) -> bool:
    """A registered organisation (or country) follows the role noun."""
    return p.target is not None and p.target.type != "person" and p.target.id in p.reg.actors


def _organisation_or_office(p: Phrase) -> bool:
    """A registered organisation or a regional office by pattern follows: its members are
    either ("anggota Polres Lombok Timur"); a person's rules take only registered ones, whose
    entry the coreference reads (an office by pattern has none)."""
    return p.target is not None and p.target.type != "person"


def _office_by_pattern(p: Phrase) -> bool:
    """The organisation after the role is a regional office by pattern, not in the register."""
    return p.target is not None and p.target.id not in p.reg.actors


@dataclass(frozen=True)
class RolePerson:
    """A role and a registered person: "Presiden Prabowo Subianto" -> Prabowo, role presiden."""

    name: ClassVar[str] = "role_person"

    def applies(self, p: Phrase) -> bool:
        # not an alias that names no one without its context words ("Ketua MK Anwar Usman": ambiguous.json)
        return p.target is not None and p.target.type == "person" and named_here(p.reg, p.toks, p.keys, p.j, p.j + p.n)

    def resolve(self, p: Phrase) -> tuple[Mention, int] | None:
        return _person_mention(p, p.j + p.n, p.target, "role+person", p.target.parent), p.j + p.n


@dataclass(frozen=True)
class OrgMembers:
    """A group noun and an organisation or a country are its members: "ratusan kader PDIP",
    "Penyidik KPK", "12 nelayan China" -> the organisation (the country), with the role."""

    name: ClassVar[str] = "org_members"

    def applies(self, p: Phrase) -> bool:
        named = ((p.role.get("group_only_counted") or p.role.get("person") and _office_by_pattern(p)) and not p.plural
                 and _person_name(p.reg, p.toks, p.keys, p.j + p.n)[1])  # fmt: skip  # "Pemimpin Houthi Abdul-Malik al-Houthi", "Personel Polsek X Bripka Andi"
        return _organisation_or_office(p) and bool(p.role.get("group")) and not p.singular and not named

    def resolve(self, p: Phrase) -> tuple[Mention, int] | None:
        t = p.target
        sector = p.role.get("sector") if t.type == "country" else t.sector
        return p.mention(p.j + p.n, actor_id=t.id, name=t.name, type=t.type, country=t.country, sector=sector, role=p.role["role"], rule="role_group+org"), p.j + p.n


@dataclass(frozen=True)
class OrgPerson:
    """A role, an organisation and a registered person: "Sekretaris Jenderal PBB Antonio
    Guterres", "Panglima TNI Jenderal Agus Subiyanto" -> that person, of that organisation."""

    name: ClassVar[str] = "org_person"

    def applies(self, p: Phrase) -> bool:
        return _organisation(p)

    def resolve(self, p: Phrase) -> tuple[Mention, int] | None:
        reg, toks, keys, k0 = p.reg, p.toks, p.keys, p.j + p.n
        after = _longest(reg, toks, keys, k0) if k0 < len(toks) else None
        person = after and _registered(reg, after, "person")
        if person:
            return _person_mention(p, k0 + after[0], person, "role+org+person", p.target.id), k0 + after[0]
        if not p.role.get("person"):
            return None
        k, name = p.after_target
        person = name and _registered_person(reg, toks, keys, k0, k)
        return (_person_mention(p, k, person, "role+org+person", p.target.id), k) if person else None


def _of_organisation(p: Phrase, k: int, name: str | None) -> Mention:
    """A person of the organisation ``p.target``: an official acts as it, but a country's
    actress, singer or player (a role that is no office, roles.json ``office``) is a person
    of that country, not the country ("Aktris Indonesia, Marsha Timothy")."""
    t = p.target
    acts_as = t.id if t.type != "country" or p.role.get("office", True) else None
    return p.mention(k, actor_id=acts_as, name=name, type="person", country=t.country, sector=p.role.get("sector") or t.sector, role=p.role["role"],
                     rule="role+org+name" if name else "role+org", org_id=t.id)  # fmt: skip


@dataclass(frozen=True)
class OrgName:
    """A role in an organisation and a name the register does not know: "juru bicara Taliban
    Zabihullah Mujahid", "Wakil Ketua KPK Basaria Panjaitan" -> a person acting in office, so
    the organisation's id (Taliban, KPK), with the person's name (the real-news guide: an
    official the register does not list acts as his organisation)."""

    name: ClassVar[str] = "org_name"

    def applies(self, p: Phrase) -> bool:
        return _organisation(p) and bool(p.role.get("person"))

    def resolve(self, p: Phrase) -> tuple[Mention, int] | None:
        k, name = p.after_target
        return (_of_organisation(p, k, name), k) if name else None


@dataclass(frozen=True)
class OfOrganisation:
    """A role in an organisation, no name: "juru bicara Hizbullah", "Duta Besar Jepang untuk
    Indonesia" -> a person of that organisation (Hizbullah, Japan)."""

    name: ClassVar[str] = "of_organisation"

    def applies(self, p: Phrase) -> bool:
        return _organisation(p) and bool(p.role.get("person"))

    def resolve(self, p: Phrase) -> tuple[Mention, int] | None:
        k = _accredited(p.reg, p.toks, p.keys, p.j + p.n)
        return _of_organisation(p, k, None), k


# --- a role and a name, a group, an office -------------------------------------------------


def _named(p: Phrase) -> bool:
    """A role a person holds, not counted as a group ("pasukan", "ratusan polisi")."""
    return bool(p.role.get("person")) and not (p.plural and p.role.get("group"))


@dataclass(frozen=True)
class RegisteredName:
    """A role and a name in which the register knows a person: "Kapolri Jenderal Listyo Sigit
    Prabowo" -> Listyo Sigit Prabowo, role kapolri."""

    name: ClassVar[str] = "registered_name"

    def applies(self, p: Phrase) -> bool:
        return _named(p)

    def resolve(self, p: Phrase) -> tuple[Mention, int] | None:
        k, name = p.after_role
        person = name and _registered_person(p.reg, p.toks, p.keys, p.j, k)
        return (_person_mention(p, k, person, "role+person", person.parent), k) if person else None


@dataclass(frozen=True)
class RoleName:
    """A role and a name the register does not know: "Bupati Bogor Rudy Susmanto", "Kapolres
    setempat, AKBP Dimas Prasetyo" -> a person with that role, acting in office: the id of the
    role's organisation ("Gubernur BI Agus Martowardojo" -> BI) or of the regional office it
    names ("Kapolda Metro Jaya Irjen Karyoto" -> Polda Metro Jaya), none when the role has no
    organisation ("Pengacara James Purba")."""

    name: ClassVar[str] = "role_name"

    def applies(self, p: Phrase) -> bool:
        return _named(p)

    def resolve(self, p: Phrase) -> tuple[Mention, int] | None:
        if _office_by_pattern(p):  # "Jaksa [Kejari Jakarta Pusat] Budi Santoso", "presiden [BEM Unbari Ardi]": of that office
            return _of_office(p), p.after_target[0]
        k, name = p.after_role
        if not name:
            return None
        first = k - len(name.split(" "))  # the name's first token
        office = office_named(p.reg, p.text, p.toks, p.keys, p.role["role"], p.j, k) if p.role.get("org_pattern") else None
        org = None if office else p.reg.actors.get(p.role.get("org") or "")  # "Kajari Subulussalam X": the office named, before the role's own org
        if office:  # "Kapolres [Bogor] AKBP Andi": the office's place is no part of his name
            org, first = office.actor, max(first, office.end)
        org_id = org.id if org else None  # acting in office: the person carries it as actor_id too
        unit, org_id = (office.unit, office.org_id) if office else (org_id, org_id)
        place = _region_words(p.reg, p.toks, p.keys, first, k)
        name = " ".join(t.raw for t in p.toks[place:k]) or None  # "Bupati [Sumedang] Dony Ahmad Munir": the place is no part of his name
        return p.mention(k, actor_id=unit, name=name, type="person", country=org.country if org else None, sector=p.role.get("sector"),
                         role=p.role["role"], rule="role+name", org_id=org_id), k  # fmt: skip


def _of_office(p: Phrase) -> Mention:
    """A person of a regional office by pattern, named after it or not: acting in office, so the
    office's own id where it has a registered parent, that parent his organisation ("Kasat
    Reskrim Polres Lhokseumawe AKP X" -> idn-polres-lhokseumawe of Polda Aceh, as "Polres
    Lhokseumawe" is named; session 21); no id for an office with no parent ("Kepala BPBD
    Kabupaten Semarang"), never the role's own organisation ("presiden" of a student body)."""
    k, name = p.after_target
    t = p.target  # _office_by_pattern: a target there is
    org = p.reg.actors.get(t.parent or "")
    unit = t.id if org and t.id else None  # "Kasat Reskrim Polres Lhokseumawe": Polres Lhokseumawe, of Polda Aceh
    return p.mention(k, actor_id=unit, name=name, type="person", country=org.country if org else None, sector=p.role.get("sector"),
                     role=p.role["role"], rule="role+name", org_id=org.id if org else None)  # fmt: skip


def _group(p: Phrase) -> bool:
    """A group noun, counted or one that needs no count ("warga", "tiga terduga teroris"), that
    is no bare "anggota" (whose, only the context says)."""
    return (bool(p.role.get("group")) and (p.plural or not p.role.get("group_only_counted"))
            and not (p.first == p.i and p.role.get("needs_complement") and not p.complemented and p.group_end == p.j))  # fmt: skip


@dataclass(frozen=True)
class ForceOfRole:
    """A bare group noun whose role names an organisation is that organisation: "Polisi
    menangkap dua pelaku" -> Polri."""

    name: ClassVar[str] = "force_of_role"

    def applies(self, p: Phrase) -> bool:
        return _group(p) and p.role.get("org") in p.reg.actors and p.group_end == p.j

    def resolve(self, p: Phrase) -> tuple[Mention, int] | None:
        org = p.reg.actors[p.role["org"]]
        return p.mention(p.j, actor_id=org.id, name=org.name, type=org.type, country=org.country, sector=p.role.get("sector") or org.sector,
                         role=p.role["role"], rule="role_group"), p.j  # fmt: skip


@dataclass(frozen=True)
class Group:
    """A group noun is a group actor the register does not list: "tiga terduga teroris",
    "warga setempat", "ratusan pengungsi Rohingya"; after "seorang" one person ("seorang
    perawat")."""

    name: ClassVar[str] = "group"

    def applies(self, p: Phrase) -> bool:
        return _group(p)

    def resolve(self, p: Phrase) -> tuple[Mention, int] | None:
        k = p.group_end
        return p.mention(k, actor_id=None, name=None, type="person" if p.singular else "generic_group", country=None, sector=p.role.get("sector"),
                         role=p.role["role"], rule="role_group"), k  # fmt: skip


@dataclass(frozen=True)
class OfficeHolder:
    """An office named alone is its holder: "Kapolri", "sang bupati" -> a person with that role
    (coreference may find who); a trade that is no office ("pemain", "artis": roles.json
    ``office: false``) alone is no mention."""

    name: ClassVar[str] = "office_holder"

    def applies(self, p: Phrase) -> bool:
        return (bool(p.role.get("person")) and not p.plural and not p.role.get("rank") and not p.role.get("needs_complement")
                and (p.role.get("office", True) or p.singular))  # fmt: skip  # a bare "pemain", "artis" holds no office; "seorang aktor" is one

    def resolve(self, p: Phrase) -> tuple[Mention, int] | None:
        org = p.reg.actors.get(p.role.get("org") or "")
        return p.mention(p.j, actor_id=org.id if org else None, name=None, type="person", country=org.country if org else None, sector=p.role.get("sector"),
                         role=p.role["role"], rule="role_only", org_id=org.id if org else None), p.j  # fmt: skip


# The precedence: for each role noun the rules that apply are tried in this order until one resolves it.
ROLE_RULES: tuple[RoleRule, ...] = (
    RolePerson(),
    OrgMembers(),
    OrgPerson(),
    OrgName(),
    OfOrganisation(),
    RegisteredName(),
    RoleName(),
    ForceOfRole(),
    Group(),
    OfficeHolder(),
)


def role_mention(reg: Register, text: str, toks: list[_Token], keys: list[str], i: int, j: int, alias: Alias,
                 without: Collection[str] = ()) -> tuple[Mention | None, int]:  # fmt: skip
    """The mention a role noun makes with what goes with it (by the first rule of ROLE_RULES,
    less ``without``, that resolves it), and the token after it; (None, j) when none does."""
    p = read_phrase(reg, text, toks, keys, i, j, alias)
    for rule in ROLE_RULES:
        if rule.name not in without and rule.applies(p) and (found := rule.resolve(p)):
            found[0].role_rule = rule.name
            return _with_others(p, *found)
    return None, p.j


def _past_status(reg: Register, toks: list[_Token], keys: list[str], k: int) -> int:
    """Past a status word of the office before its holder's name (roles.json ``office_status``):
    "Ketua DPR [nonaktif] Setya Novanto"."""
    if 0 < k and k + 1 < len(toks) and keys[k] in reg.office_status and _contiguous(toks, k - 1, k + 2) and toks[k + 1].raw[:1].isupper():
        return k + 1
    return k


def _with_others(p: Phrase, m: Mention, k: int) -> tuple[Mention, int]:
    """A group's whole phrase closed by "lain"/"lainnya" (roles.json ``others_after``) takes it:
    "tiga anggota senior ISIS lain", "pendukung Gulen lainnya" (right after the noun the group
    modifiers take it: "pelaku lain")."""
    if p.role.get("group") and p.j < k < len(p.toks) and p.keys[k] in p.reg.others_after and _contiguous(p.toks, k - 1, k + 1):
        end = p.toks[k].end
        m.end, m.text = end, p.text[m.start : end]
        return m, k + 1
    return m, k


def _person_mention(p: Phrase, end_token: int, person: Actor, rule: str, org_id: str | None) -> Mention:
    """A registered person named with a role: "Presiden Prabowo Subianto"."""
    return p.mention(end_token, actor_id=person.id, name=person.name, type="person", country=person.country, sector=person.sector,
                     role=p.role["role"], rule=rule, org_id=org_id)  # fmt: skip


def _reduplicated(toks: list[_Token], keys: list[str], j: int) -> int:
    """Past a noun's reduplication, the plural ("veteran - veteran", "banyak prajurit - prajurit";
    the real-news train spans it whole, 3 of 3)."""
    return j + 1 if 0 < j < len(toks) and keys[j] == keys[j - 1] and toks[j].gap.strip() in ("-", "–") else j


def _modifiers(reg: Register, toks: list[_Token], keys: list[str], j: int) -> int:
    while j < len(toks) and keys[j] in reg.group_modifiers and _contiguous(toks, j - 1, j + 1):
        j += 1
    return j


def _origin(reg: Register, toks: list[_Token], keys: list[str], j: int) -> int:
    """'asal' + a place after a role noun is part of the mention: "seorang pilot asal Selandia Baru",
    "pekerja migran asal Indramayu"."""
    if j + 1 < len(toks) and keys[j] in reg.origin_words and _contiguous(toks, j - 1, j + 2) and toks[j + 1].raw[:1].isupper():
        return _proper_run(reg, toks, keys, j + 1, 3, places=True)
    return j


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


_VERB_PREFIXES = ("me", "di", "ber")  # a word formed as a verb ends a case description: "narapidana kasus narkoba [dijatuhi] ..."


def verb_formed(key: str) -> bool:
    """A word formed as a verb: "me-", "di-", "ber-" and six letters or more ("dijatuhi")."""
    return key.startswith(_VERB_PREFIXES) and len(key) >= 6
_COMPOUND = frozenset({"-", "–"})  # "e - KTP": a hyphenated compound inside the description


def _case(reg: Register, toks: list[_Token], keys: list[str], role: dict, j: int, limit: int = 7) -> int:
    """Past the case description after a legal-status noun (roles.json ``case_roles``): a case
    word ("kasus", "dugaan", "korupsi", "tindak") and the lower-case words after it, up to
    punctuation, a clause word (``case_stops``) or a verb-formed word: "terpidana [kasus korupsi]
    yang", "pelaku [tindak pidana]". One closed by a demonstrative is left to coreference's
    descriptions ("Terdakwa korupsi proyek pengadaan e - KTP itu" is the defendant named
    before). Returns the next token."""
    if role["role"] not in reg.case_roles or j >= len(toks) or keys[j] not in reg.case_words or not toks[j].raw.islower() \
            or not _contiguous(toks, j - 1, j + 1):  # fmt: skip
        return j
    k = j + 1
    while k < len(toks) and k - j < limit:
        raw, key, gap = toks[k].raw, keys[k], toks[k].gap.strip()
        if gap in _COMPOUND and raw[:1].isupper() and keys[k - 1].isalpha() and len(keys[k - 1]) == 1:
            k += 1  # "e - KTP"
            continue
        if gap or not raw.islower() or key in reg.case_stops \
                or verb_formed(key):  # fmt: skip
            break
        k += 1
    if k < len(toks) and not toks[k].gap.strip() and keys[k] in load_anaphora().demonstratives:
        return j  # "Terdakwa korupsi proyek pengadaan e - KTP itu": a description of someone named before, coreference's
    return k


def _accredited(reg: Register, toks: list[_Token], keys: list[str], k: int) -> int:
    """'untuk' + a country or an international organisation after an envoy's role and country: part of the mention."""
    if k + 1 < len(toks) and keys[k] in reg.accredited_to and _contiguous(toks, k - 1, k + 2):
        found = _longest(reg, toks, keys, k + 1)
        if found and any(a.actor_id and reg.actors[a.actor_id].type in ("country", "igo") for a in found[1]):  # "untuk Indonesia", "untuk PBB"
            return k + 1 + found[0]
    return k


@dataclass(frozen=True)
class Office:
    """The regional office a role names by its place: the office (``actor``), the token after
    its place (``end``), and the ids its holder carries: ``unit`` (the office's own id) and
    ``org_id`` (the office when registered, else its registered parent: "Kapolres Bogor" ->
    idn-polres-bogor of idn-polda-jabar)."""

    actor: Actor
    end: int
    unit: str
    org_id: str | None


def office_named(reg: Register, text: str, toks: list[_Token], keys: list[str], role_name: str, j: int, k: int) -> Office | None:
    """The office a role with an ``org_pattern`` (roles.json) names by place in tokens j..k-1."""
    role = reg.roles.get(role_name, {})
    found = _office(reg, text, toks, keys, role, j, k)
    if found is None:
        return None
    actor, end = found
    registered = actor.id in reg.actors
    return Office(actor, end, actor.id, actor.id if registered else actor.parent)


def _office(reg: Register, text: str, toks: list[_Token], keys: list[str], role: dict, j: int, k: int) -> tuple[Actor, int] | None:
    """The regional office a role names by place before the holder's rank, and the token after
    the place: "Kapolda [Metro Jaya] Irjen Karyoto" -> idn-polda-metro-jaya (registered);
    "Kapolres [Bogor] AKBP ...", "Kajari [Subulussalam] Mhd Alinafiah" -> the office by its
    pattern (regional_patterns.json), as "Polres Bogor" and "Kejari Subulussalam" are named,
    its registered parent kept as the Actor's ``parent``, for a role whose holder acts for his
    office (roles.json ``acts_for_office``: police, military, prosecutors)."""
    if not role.get("org_pattern"):
        return None
    j = _past_own_short_form(reg, toks, keys, role, j, k)
    x = j
    while x < k and not _is_rank(reg, toks, keys, x):
        x += 1
    if x == j:
        return None
    registered = reg.actors.get(role["org_pattern"].replace("*", "-".join(keys[j:x])))
    if registered:
        return registered, x
    if not role.get("acts_for_office"):  # "Bupati Sumedang": a person, not the Pemkab (roles.json)
        return None
    pattern = reg.office_patterns.get(role["org_pattern"].rstrip("*"))
    if not pattern:
        return None
    place, own_words = j, form_words(pattern)
    while place < x - 1 and keys[place] in own_words:  # "Kapolres [Metro] Jakarta Selatan", as "Polres Metro {}"
        place += 1
    found = office_at(reg, text, toks[j:x], keys[j:x], 0, place - j, pattern)  # the words up to the rank only: linear in the phrase
    if found is None:
        return None
    m, end = found
    return office_actor(m), end + j


def office_actor(m: Mention) -> Actor:
    """The office a regional mention names, as an Actor (its registered parent as ``parent``)."""
    return Actor(m.actor_id or "", m.name or m.text, m.type or "state_organ", m.country, m.sector, parent=m.org_id)


def form_words(pattern: dict) -> frozenset[str]:
    """The folded words an office's forms write between their first word and the place ("Polres
    Metro {}" -> "metro"): a role naming the office ("Kapolres Metro Jakarta Selatan") reads past them."""
    return frozenset(fold(w) for form in pattern["forms"] for w in form.split("{}")[0].split()[1:])


_BRACKET_WORDS = 3  # the longest short form of a role in brackets: "(Kajari)", "(Kasat Reskrim)"


def _past_own_short_form(reg: Register, toks: list[_Token], keys: list[str], role: dict, j: int, k: int) -> int:
    """Past the role's own short form in brackets before the office's place: "Kepala Kejaksaan
    Negeri [(Kajari)] Subulussalam"; j when no such bracket opens at token j."""
    if j >= k or toks[j].gap.strip() != "(":
        return j
    for x in range(j + 1, min(j + 1 + _BRACKET_WORDS, k)):
        if toks[x].gap.strip() == ")":
            same = any(a.role == role["role"] for a in reg.aliases(tuple(keys[j:x])))
            return x if same and _contiguous(toks, j, x) else j
    return j


def _region_words(reg: Register, toks: list[_Token], keys: list[str], j: int, k: int) -> int:
    """Past the province, regency or city (regions.json) that tokens j.. open, within k: the
    place a regional role names before its holder ("Gubernur [DKI Jakarta] Anies Baswedan")."""
    x = j + 1 if j < k and keys[j] in ("provinsi", "kabupaten", "kota", "kab") else j
    for key, _exact, _place in reg.places.get(keys[x], ()) if x < k else ():
        n = len(key)
        if x + n <= k and tuple(keys[x : x + n]) == key and _contiguous(toks, x, x + n):
            return x + n
    return j


_COMPANY = ("business", "BUS")  # org_heads.json's type of "PT", "CV"
_COMPANY_WORDS = 4  # an unregistered company's name between a role and its holder: "Direktur [PT Media Karya Sentosa] Antonius Bambang Djatmiko"


def _person_name(reg: Register, toks: list[_Token], keys: list[str], k: int) -> tuple[int, str | None]:
    """A name right after a role phrase, or after a comma ("Kapolres setempat, AKBP Dimas
    Prasetyo"). Returns (end token, the name) or (k, None)."""
    if k >= len(toks):
        return k, None
    gap = toks[k].gap
    if _GAP.fullmatch(gap):
        e = _proper_run(reg, toks, keys, k, _MAX_NAME_TOKENS + 1 + _COMPANY_WORDS * (reg.org_head((keys[k],)) == _COMPANY))
    elif gap.strip() == ",":  # one word only when a comma closes it: "Koordinator BEM SI, Herianto, mengatakan"
        if _another_role(reg, toks, keys, k):
            return k, None  # "antara Gubernur, Pangdam II Sriwijaya dan Kapolda Sumsel": a list of office holders
        e = _proper_run(reg, toks, keys, k, _MAX_NAME_TOKENS + 1)
        e = e if e - k >= 2 or e - k == 1 and e < len(toks) and toks[e].gap.strip() == "," else k
    else:
        e = k
    return (e, " ".join(t.raw for t in toks[k:e])) if e > k else (k, None)


def _another_role(reg: Register, toks: list[_Token], keys: list[str], k: int) -> bool:
    """Whether a role other than a rank begins at token k: after a comma it is the next office
    holder of a list, no name ("Gubernur, Pangdam II Sriwijaya"; a rank begins a name: "Kapolres
    setempat, AKBP Dimas Prasetyo")."""
    found = _longest(reg, toks, keys, k)
    return bool(found) and any(a.role and not reg.roles[a.role].get("rank") for a in found[1]) and not any(a.actor_id for a in found[1])


def _registered_person(reg: Register, toks: list[_Token], keys: list[str], k: int, e: int):
    """A registered person named inside tokens k..e-1 ("Jenderal Agus Subiyanto", "Gubernur
    Jawa Tengah Ahmad Luthfi"); a one-word alias counts only after nothing but ranks, so a
    registered surname inside an unknown name is not that person ("Juru bicara Hamas Hazem
    Qassem" is not Naim Qassem)."""
    ranks_only = True  # tokens k..x-1 are ranks
    x = k
    while x < e:
        found = _longest(reg, toks, keys, x)
        if found and x + found[0] <= e:
            person = _registered(reg, found, "person")
            if person and (found[0] > 1 or ranks_only and named_here(reg, toks, keys, x, x + 1)):
                return person  # one word, not one that names no one alone ("Anwar": ambiguous.json)
            if _ranks(reg, found):
                x += found[0]
                continue
        ranks_only = False
        x += 1
    return None


_BARE_OFFICE_RULES = ("role_only", "role+name", "role+org")


def named_holders(mentions: list[Mention], reg: Register) -> None:
    """An office named alone is the registered person the article names in it: "Anies ...
    Gubernur DKI Jakarta" (his register role), "Pemimpin Tertinggi Iran Ali Khamenei ... Pemimpin
    Tertinggi Iran" -> that person, as the real-news guide codes them, and not the
    office's organisation nor the register's 2025 holder. A bare role ("Gubernur") takes a person
    named with that role; an office with its place ("Gubernur DKI Jakarta") one named with that
    whole office; only when the article names exactly one, and only an office with no
    organisation's id of its own (no id, or a country's: "Pemimpin Tertinggi Iran"), or one held
    by one person (roles.json ``holder_in_article``: "Presiden Joko Widodo ... Presiden" -> Jokowi,
    not the presidency, as the event annotators code him)."""
    by_role: dict[str, set[str]] = {}
    recorded: set[tuple[str, str]] = set()  # (folded office text, person id), each once
    for m in mentions:
        person = reg.actors.get(m.actor_id or "")
        if person is None or person.type != "person" or m.rule in ("anaphor", "clitic"):
            continue
        if m.role and m.rule == "role+person":
            by_role.setdefault(m.role, set()).add(person.id)
            recorded.add((fold(m.text), person.id))
        if person.role:
            role = person.role.removeprefix("mantan ")
            by_role.setdefault(role, set()).add(person.id)
            recorded.add((fold(role), person.id))
    if not by_role:
        return
    offices = office_index(recorded)
    for m in mentions:
        if m.type != "person" or m.name is not None or not m.role or m.rule not in _BARE_OFFICE_RULES:
            continue
        if m.actor_id in reg.actors and reg.actors[m.actor_id].type != "country" and not reg.roles.get(m.role, {}).get("holder_in_article"):
            continue  # an office of an organisation keeps its id ("Menkumham": the ministry, as the dev annotators code it); not "Presiden", nor an office by pattern ("Gubernur Sumsel")
        office = fold(m.text)
        bare = office == fold(m.role) or any(a.role == m.role for a in reg.aliases(tuple(office.split())))
        ids = set(by_role.get(m.role, ())) if bare else set(offices.get(office, ()))  # a copy: pop() must not empty the role for later mentions
        if len(ids) == 1:
            person = reg.actors[ids.pop()]
            own = m.org_id is None or m.org_id not in reg.actors or reg.actors[m.org_id].country == person.country  # "Presiden" of Iran: not Indonesia's presidency
            m.actor_id, m.country, m.org_id = person.id, person.country, m.org_id if m.org_id and own else person.parent


def article_office(mentions: list[Mention], reg: Register) -> None:
    """A regional office named with no place is the one office of its kind the article names
    (the role's ``org_pattern``, roles.json): "Polda Metro ... Kabid Humas Kombes Argo Yuwono",
    "Kapolda Jateng Irjen Pol Rycko ... Kapolda" -> that Polda, as the real-news guide codes an
    official in office; for a role that acts for its office (``acts_for_office``) an office by
    pattern too: "Kepala Kejaksaan Negeri (Kajari) Subulussalam ... Kajari Mhd Alinafiah" ->
    idn-kejari-subulussalam (of the Kejaksaan Agung). Only an office mention with no id, and only
    when the article names exactly one office of the pattern (two Poldas: which is unknown)."""
    wanted = [m for m in mentions if m.actor_id is None and m.role and m.type == "person" and m.rule in _BARE_OFFICE_RULES
              and reg.roles.get(m.role, {}).get("org_pattern")]  # fmt: skip
    if not wanted:
        return
    named = {i for m in mentions for i in (m.actor_id, m.org_id) if i in reg.actors}
    by_pattern = {m.actor_id: reg.pattern_office(m.actor_id) for m in mentions if m.actor_id and m.actor_id not in reg.actors}
    for m in wanted:
        role = reg.roles[m.role]
        prefix = role["org_pattern"].rstrip("*")
        offices = {i for i in named if i.startswith(prefix)}
        if role.get("acts_for_office"):
            offices |= {i for i, office in by_pattern.items() if office and i.startswith(prefix)}
        if len(offices) == 1:
            office_id = offices.pop()
            office = reg.actors.get(office_id) or by_pattern[office_id]
            if office is None:
                continue
            m.actor_id = office.id
            m.org_id = office.id if office.id in reg.actors else (office.parent if office.parent in reg.actors else None)
            m.country = m.country or office.country


def rank_force(mentions: list[Mention], reg: Register) -> None:
    """An officer named by rank and name only, with no office (a rank role with ``rank_org``,
    roles.json), is of the one office of ``rank_offices`` the article names, else of the force
    itself: "Kombes Pol Suyudi AS" -> Polri, as the real-news gold codes him; "Polda Sumbar ...
    AKBP M Yasli" -> Polda Sumbar. Runs after the office steps, so only mentions they left with
    no id."""
    wanted = [m for m in mentions if m.actor_id is None and m.type == "person" and m.rule == "role+name" and m.name
              and reg.roles.get(m.role or "", {}).get("rank_org") in reg.actors]  # fmt: skip
    ids = {x.actor_id for x in mentions if x.actor_id}  # once: the loop below gives only ids of offices already there, or the force's
    for m in wanted:
        role = reg.roles[m.role or ""]
        prefixes = tuple(role.get("rank_offices", ()))
        offices = {i for i in ids if prefixes and i.startswith(prefixes)}
        office_id = offices.pop() if len(offices) == 1 else role["rank_org"]
        office = reg.actors.get(office_id) or reg.pattern_office(office_id)
        if office is None:
            continue
        m.actor_id = office.id
        m.org_id = office.id if office.id in reg.actors else (office.parent if office.parent in reg.actors else None)
        m.country = m.country or office.country
    if wanted:
        same_name_in_office(mentions)  # his name again ("Suyudi", a name part): the same office


def office_index(recorded: set[tuple[str, str]]) -> dict[str, set[str]]:
    """The person ids of each recorded office text under the text and each of its prefixes that
    end before a space: an office mention's holders are then one look-up (those whose text is
    the mention's or begins with it and a space), not a scan of every recorded text."""
    index: dict[str, set[str]] = {}
    for text, pid in recorded:
        for i, c in enumerate(text):
            if c == " ":
                index.setdefault(text[:i], set()).add(pid)
        index.setdefault(text, set()).add(pid)
    return index


def same_name_in_office(mentions: list[Mention]) -> None:
    """A person named again by rank and name, with no office, is the official named with that
    name in office elsewhere in the article: "Wakapolda Jatim Brigjen Pol Toni Harmanto. Brigjen
    Pol Toni Harmanto menuturkan ..." -> Polda Jatim for both (the guide: the organisation's id)."""
    named: dict[str, set[tuple[str, str | None]]] = {}
    for m in mentions:
        if m.type == "person" and m.name and m.actor_id:
            named.setdefault(_bare_name(m.name), set()).add((m.actor_id, m.org_id))
    for m in mentions:
        if m.type == "person" and m.name and m.actor_id is None and len(ids := named.get(_bare_name(m.name), set())) == 1:
            m.actor_id, m.org_id = next(iter(ids))


def _bare_name(name: str) -> str:
    """A name's last two words, past its rank ("Brigjen Pol Toni Harmanto" -> "Toni Harmanto")."""
    return " ".join(name.split()[-2:])


@dataclass(frozen=True)
class OfficeTerm:
    """An office holder of the corpora's years coded by his office while in it (office_terms.json)."""

    name: str
    role: str
    office: str
    first: int
    last: int


@dataclass(frozen=True)
class OfficeTerms:
    """office_terms.json, read once: the holders the register does not list (by each folded
    form of the name), the registered persons' earlier offices (by id), and the registered
    holders of an office named alone (by (role, organisation); ``OfficeTerm.name`` is then the
    holder's register id)."""

    holders: dict[str, tuple[OfficeTerm, ...]]
    registered: dict[str, tuple[OfficeTerm, ...]]
    offices: dict[tuple[str, str], tuple[OfficeTerm, ...]]


@cache
def load_office_terms() -> OfficeTerms:
    data = json.loads(resources.files("warta.data").joinpath("actors", "office_terms.json").read_text("utf-8"))
    holders: dict[str, tuple[OfficeTerm, ...]] = {}
    for h in data["holders"]:  # a name may hold two offices in turn
        term = OfficeTerm(h["name"], h["role"], h["office"], h["from"], h["until"])
        for form in h["forms"]:
            holders[fold(form)] = (*holders.get(fold(form), ()), term)
    registered: dict[str, tuple[OfficeTerm, ...]] = {}
    for h in data["registered"]:
        registered[h["id"]] = (*registered.get(h["id"], ()), OfficeTerm(h["id"], "", h["office"], h["from"], h["until"]))
    offices: dict[tuple[str, str], tuple[OfficeTerm, ...]] = {}
    for h in data["offices"]:
        key = (h["role"], h["office"])
        offices[key] = (*offices.get(key, ()), OfficeTerm(h["holder"], h["role"], h["office"], h["from"], h["until"]))
    return OfficeTerms(holders, registered, offices)


def office_terms(mentions: list[Mention], reg: Register, year: int | None) -> None:
    """A person the register does not list, named by a name that a holder of an office bore in
    the year the article was published, is that office, as the guide codes an official and as
    "Ketua KPK Agus Rahardjo" is read (office_terms.json: "Agus Rahardjo" in 2017 -> idn-kpk,
    "Imam Nahrawi" in 2018 -> idn-kemenpora); the mentions that carried his discovered id
    ("Agus" after "Agus Rahardjo") follow, and so does a capitalised word of his name that is no
    one else ("Imam", read as the role "imam", after "Imam Nahrawi"). No publication date, or a
    year outside the term: the name stays a person of his own. A person the register lists keeps
    his id and takes the office he held then as his organisation ("Pratikno" in 2018: org_id
    idn-kemensetneg, not his 2025 ministry). An office named alone that still reads as its
    organisation ("Presiden": idn-presidency) is the one registered person who held it all that
    year ("Presiden" in 2017: Joko Widodo, of the presidency; session 22)."""
    if year is None:
        return
    loaded = load_office_terms()
    terms, registered, offices = loaded.holders, loaded.registered, loaded.offices

    def in_term(*names: str | None) -> OfficeTerm | None:
        found = (t for name in names if name for t in terms.get(fold(name), ()) if t.first <= year <= t.last and t.office in reg.actors)
        return next(found, None)

    moved: dict[str, OfficeTerm] = {}
    used: list[OfficeTerm] = []
    # the countries of the persons named with each role: a bare "Presiden" where only foreign
    # presidents are named ("Presiden AS Donald Trump bertemu Presiden Korea Selatan Moon Jae-in.
    # Presiden ...") is none of Indonesia's
    role_countries: dict[str, set[str]] = {}
    for m in mentions:
        if m.role and m.country and m.name is not None:
            role_countries.setdefault(m.role, set()).add(m.country)
    for m in mentions:
        if m.type != "person" or m.rule in ("anaphor", "clitic"):
            continue
        holder = next((t for t in offices.get((m.role or "", m.actor_id or ""), ()) if t.first <= year <= t.last and t.name in reg.actors), None)
        named = role_countries.get(m.role or "", set())
        if holder is not None and named and reg.actors[holder.name].country not in named:
            holder = None
        if holder is not None and m.name is None and m.rule in _BARE_OFFICE_RULES:  # "Presiden" in 2017: Joko Widodo, of the presidency
            m.actor_id, m.org_id, m.country = holder.name, holder.office, reg.actors[holder.name].country
            continue
        held = next((t for t in registered.get(m.actor_id or "", ()) if t.first <= year <= t.last and t.office in reg.actors), None)
        # a registered person named by name alone: his organisation then ("Pratikno" in 2018: the
        # Setneg, not his 2025 ministry); not over an office the text names ("Ketua DPR Puan Maharani")
        if held is not None and m.org_id in (None, reg.actors[m.actor_id or ""].parent):
            m.org_id = held.office
            continue
        term = in_term(m.text, m.name)  # the text first: "Imam Nahrawi" is read as the role "imam" and a name
        if term is None or m.actor_id in reg.actors and m.actor_id != term.office:
            continue
        used.append(term)  # "Menpora Imam Nahrawi": in office already, by the role
        if m.actor_id and m.actor_id not in reg.actors and (m.name is None or in_term(m.name) is term):
            moved[m.actor_id] = term  # not when the mention carries another's id ("Imam Nahrawi" read as Augie Fantinus)
        _in_office(m, reg.actors[term.office], term)
    words = {w: t for t in used for w in fold(t.name).split()}
    for m in mentions:
        if m.actor_id in moved:
            _in_office(m, reg.actors[moved[m.actor_id].office], moved[m.actor_id])
        elif m.actor_id is None and m.type == "person" and m.text[:1].isupper() and fold(m.text) in words:  # "Imam" after "Imam Nahrawi"
            _in_office(m, reg.actors[words[fold(m.text)].office], words[fold(m.text)])


def _in_office(m: Mention, office: Actor, term: OfficeTerm) -> None:
    m.actor_id, m.org_id, m.country, m.sector = office.id, office.id, office.country, m.sector or office.sector
    m.role = m.role or term.role
