"""Actors the register does not know, found before coreference so that "perusahaan
tersebut" can refer back to them.

Organisation names led by a head word ("PT Bangun Karya Persada", "Yayasan Pelita Pesisir")
are found by the matcher (warta.actors.match); here NER entities (PER/ORG from the ``nlp``
step) that no mention covers become actors too, made by ``warta.actors.match.new_actor``;
``name_again`` finds the places the article writes such a name again.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from warta.actors.anaphora import load_anaphora
from warta.actors.match import _SPACE, Mention, new_actor
from warta.actors.register import Register, fold, tokens
from warta.actors.scan import _dateline, _initials_of, _organisation_as_place


def discover(text: str, named: list[Mention], entities, reg: Register) -> list[Mention]:
    """New actors from NER entities that overlap no mention in ``named``. A name that is a
    registered actor's alias is never a new actor: where the matcher left it, it is no mention
    ("Revisi UU KPK", "di Gedung KPK": an organisation inside a law's title or a building)."""
    taken = [(m.start, m.end) for m in named]
    by_start = sorted(named, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    out: list[Mention] = []
    tail = _tail(reg.companions, reg.period_words, reg.period_ends)
    for n in named:
        if n.type == "person" and n.rule != "anaphor":
            _with_alias(text, n, taken)
        _with_tail(text, n, tail, taken)
    for start, end, label in entities:
        if label == "PER" and not _free(start, end, taken):
            _family_member(reg, text, start, end, named, by_start, starts, taken)
        if label in ("PER", "ORG") and _free(start, end, taken) and not _registered_alias(reg, text[start:end]) \
                and not (label == "ORG" and (_dateline(text, start, end) or _MODEL.match(text, end))):  # "Rimanews - Turki ...": a dateline; "Realme 3": a product
            m = new_actor(reg, text, start, end, label)
            if m and label == "PER" and _ends_role(text, m, by_start, starts):
                taken.append((start, end))  # "Kepala Biro ... Humas Polri Brigjen (Pol) [Dedi Prasetyo]": the role phrase's name
                continue
            if m and not (label == "ORG" and _organisation_as_place(reg, text, start, m.type)):  # "dirawat di RSPAD"
                out.append(m)
                taken.append((start, end))
                if label == "PER":
                    _with_alias(text, m, taken)
                    _with_tail(text, m, tail, taken)
                    _in_office(text, m, by_start, starts)
                    _after_office(reg, text, m, by_start, starts)
                    _with_family_name(reg, text, m, named, by_start, starts)
    _units(reg, text, named, by_start, starts, out)
    _defined_short_forms(reg, text, named, out)
    office = {m.text: m for m in out if m.label == "PER" and not (m.actor_id or "").startswith("new-")}
    for m in out:  # the name in the headline is the official named in office in the body
        if (o := office.get(m.text)) and m is not o and (m.actor_id or "").startswith("new-"):
            m.actor_id, m.org_id = o.actor_id, o.org_id
    return out


# between a name and the role phrase that describes it: "Abdul Rahman, emir ISIS", "Noor Iza selaku juru bicara ..."
_DESCRIBED_BY = re.compile(r"[^\S\n]*,[^\S\n]*|[^\S\n]+(?:selaku|sebagai)[^\S\n]+")
_NAMES = re.compile(r"[^\S\n]*,[^\S\n]*")  # "Wakil Ketua Komisi Pemberantasan Korupsi (KPK), Basaria Panjaitan"


def _with_family_name(reg: Register, text: str, m: Mention, named: list[Mention], by_start: list[Mention], starts: list[int]) -> None:
    """A new person's given name right before a registered person's one-word name is another
    person of that family, one mention: "Ilham Habibie" (B.J. Habibie's son; train 2 of 2 one
    span with no id), not "Ilham" and Habibie. The registered mention goes."""
    after = bisect_left(starts, m.end)
    if after < len(by_start) and _family_name(reg, by_start[after]) and _SPACE_ONLY.fullmatch(text, m.end, by_start[after].start) \
            and "(" not in text[m.end : by_start[after].start] and (whole := new_actor(reg, text, m.start, by_start[after].end, "PER")):
        m.end, m.text, m.actor_id, m.name = whole.end, whole.text, whole.actor_id, whole.name
        _drop(by_start[after], named, by_start, starts)


def _family_member(reg: Register, text: str, start: int, end: int, named: list[Mention], by_start: list[Mention], starts: list[int],
                   taken: list[tuple[int, int]]) -> None:  # fmt: skip
    """NER's "Ilham Habibie", where the matcher read only the family name "Habibie" (B.J.
    Habibie): the registered mention goes, so the whole name is a new person. Not initials of
    the registered person ("BJ Habibie") nor a registered word before ("Presiden Habibie")."""
    k = bisect_left(starts, end)  # only the last mention to start before ``end`` can be that family name
    if not k or by_start[k - 1].end != end or by_start[k - 1].start <= start or not _family_name(reg, by_start[k - 1]):
        return
    inside = [r for r in by_start if r.start < end and start < r.end]
    if len(inside) != 1 or not _family_name(reg, r := inside[0]) or r.end != end or r.start <= start:
        return
    before = text[start : r.start].split()
    if not before or any(w.isupper() and len(w) <= 3 for w in before) or _registered_alias(reg, " ".join(before)) \
            or any(reg.aliases(tokens(w)) for w in before) or fold(before[0]) in load_anaphora().clitic["person_words"] \
            or _same_person(reg, r, before) or _address_only(before):
        return  # "BJ Habibie", "Presiden Habibie", "Putra Jokowi" (his son), "Baharuddin Jusuf Habibie" (his name spelt otherwise), "Prof Habibie"
    _drop(r, named, by_start, starts)
    if (r.start, r.end) in taken:
        taken.remove((r.start, r.end))


def _address_only(before: list[str]) -> bool:
    """Whether the words before a family name are only titles or forms of address (anaphora.json
    ``honorifics`` and ``address_words``): "Prof Habibie", "Eyang Habibie", "Prof. Dr. Habibie"
    are the registered person, not a new one."""
    ana = load_anaphora()
    return all(w in ana.honorifics or fold(w.rstrip(".")) in ana.address_words for w in before)


def _same_person(reg: Register, r: Mention, before: list[str]) -> bool:
    """Whether a word before the family name is one of the registered person's own names."""
    own = set(tokens(reg.actors[r.actor_id or ""].name))
    return any(w in own for w in tokens(" ".join(before)))


def _family_name(reg: Register, r: Mention) -> bool:
    """Whether a mention is a registered person named by one word ("Habibie", "Jokowi")."""
    actor = reg.actors.get(r.actor_id or "")
    return r.rule == "alias" and " " not in r.text and actor is not None and actor.type == "person"


def _drop(r: Mention, named: list[Mention], by_start: list[Mention], starts: list[int]) -> None:
    k = by_start.index(r)
    by_start.pop(k)
    starts.pop(k)
    named.remove(r)


def _ends_role(text: str, m: Mention, named: list[Mention], starts: list[int]) -> bool:
    """A new person's name right after a person's role phrase, with only a space (or a bracketed rank) between, ends
    that phrase, which takes the name (the guide: titles and name are one mention): "Kepala Biro
    Penerangan Masyarakat Divisi Humas Polri Brigjen (Pol) Dedi Prasetyo" (the role reader stops
    at the bracketed rank; train 1 of 1, dev 1 of 1), so his later "Dedi" is the role's actor."""
    before = bisect_left(starts, m.start) - 1
    if before < 0:
        return False
    r = named[before]
    if r.type != "person" or not r.role or r.end > m.start or not _SPACE_ONLY.fullmatch(text, r.end, m.start):
        return False
    r.end, r.text, r.name = m.end, text[r.start : m.end], m.text
    return True


_SPACE_ONLY = re.compile(r"[^\S\n]+(?:\([A-Z][A-Za-z]{1,5}\)[^\S\n]+)?")  # a space, or a bracketed rank: "(Pol)", "(Purn)"


def _in_office(text: str, m: Mention, named: list[Mention], starts: list[int]) -> None:
    """A new person named next to a role phrase of an actor is that actor, acting in office (the
    real-news guide: an official the register does not list has his organisation's id): "Abdul
    Rahman, emir ISIS untuk provinsi Kunar" (ISIS), "Noor Iza selaku juru bicara Kementerian
    Komunikasi dan Informatika", "Wakil Ketua KPK (KPK), Basaria Panjaitan" (KPK). Only the
    mentions right next to it can be (``named`` sorted by start, ``starts`` their starts): a
    bisection, not a pass over the document's mentions for every new person."""
    after, before = bisect_left(starts, m.end), bisect_left(starts, m.start)
    for r in named[max(0, before - 3) : before] + named[after : after + 1]:
        if r.type != "person" or not r.role or r.actor_id is None or r.actor_id != r.org_id:  # an organisation's role, not "rival Trump"
            continue
        if r.rule in ("role+org+name", "role+name"):  # the role has its own name: "Menurut Kabid Humas Polda Metro Jaya Kombes Argo Yuwono, AK berencana ..." names another
            continue
        if r.start >= m.end and _DESCRIBED_BY.fullmatch(text, m.end, r.start) or r.end <= m.start and _NAMES.fullmatch(text, r.end, m.start):
            m.actor_id, m.org_id = r.actor_id, r.org_id
            return


_ROLE_REACH = 60  # characters from a role phrase to the organisation it names ("Anggota Panja Rancangan KUHP DPR")
_BREAK = re.compile(r"[.!?]\s|\n|[\"“”]")


def _after_office(reg: Register, text: str, m: Mention, named: list[Mention], starts: list[int]) -> None:
    """A new person right after a registered organisation (a space or a comma between) that a
    role phrase in the same clause opens is that organisation, acting in office (the real-news
    guide): "Anggota Panja Rancangan KUHP DPR Nasir Djamil", "Wakil Sekjen Partai Demokrat, Didi
    Irawadi Syamsudin" (DPR, Demokrat; so are his later "Nasir", "Didi"); not after a country or a
    person ("Menteri Luar Negeri Malaysia ...", "Kuasa hukum Setnov, Maqdir Ismail"), nor with no
    role before ("KPK Agus"). Only a person still without an organisation's id."""
    if not (m.actor_id or "").startswith("new-"):
        return
    before = bisect_left(starts, m.start) - 1
    if before < 1:
        return
    org, role = named[before], named[before - 1]
    actor = reg.actors.get(org.actor_id or "")
    if actor is None or actor.type in ("person", "country") or not _NAMES.fullmatch(text, org.end, m.start) and not _SPACE.fullmatch(text, org.end, m.start):  # on one line: a headline's break is no apposition
        return
    if role.type != "person" or not role.role or role.actor_id not in (None, org.actor_id) or role.end > org.start \
            or org.start - role.end > _ROLE_REACH or _BREAK.search(text, role.end, org.start):  # fmt: skip
        return
    m.actor_id = m.org_id = actor.id


_UNIT = re.compile(r"(?<![\w-])[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*){0,3}[^\S\n]+$")  # "Ditres Narkoba ", "Kemarin Tim Satgas "
_WORD = re.compile(r"[\w-]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]['\"”’]?[^\S\n]*)\Z")


_WORD_BEFORE = re.compile(r"(?<!\w)(\w+) $")  # the word right before a mention, one space apart


def _units(reg: Register, text: str, named: list[Mention], by_start: list[Mention], starts: list[int], out: list[Mention]) -> None:
    """A unit written right before its organisation's registered name is one mention with the
    organisation's id (org_heads.json ``unit_heads``; the real-news guide codes a unit as its
    organisation): "Gegana Polda Jateng", "Ditres Narkoba Polda Sumbar", "Tim Satgas KPK", and
    "Ditjen Hubla Kemenhub" where NER read "Ditjen Hubla" as a new organisation. A registered unit
    right before its parent, or led by a unit word before another organisation, keeps its own id
    ("Direktorat Jenderal Imigrasi Kementerian Hukum dan HAM": Immigration, under the 2019 ministry). One look at the mention and the words before each
    registered organisation. Not after a person's or a country's name, nor over another mention."""
    ends = {m.end: m for m in out}
    for r in list(by_start):
        actor = reg.actors.get(r.actor_id or "")
        if r.rule not in ("alias", "regional") or actor is None or actor.type in ("person", "country"):
            continue
        k = bisect_left(starts, r.start)
        prev = by_start[k - 1] if k > 0 else None
        board = _WORD_BEFORE.search(text, max(0, r.start - 12), r.start) if actor.type == "party" else None
        if board is not None and board.group(1) in reg.party_boards:
            if prev is not None and prev.end > board.start():
                _drop(prev, named, by_start, starts)  # "DPD" read as the regional representatives' council
            r.start, r.text = board.start(), text[board.start() : r.end]  # "DPD Golkar", "DPP PDIP": the party's board is the party
            continue
        unit_of = reg.actors.get(prev.actor_id or "") if prev is not None and prev.rule == "alias" else None
        if prev is not None and unit_of is not None and text[prev.end : r.start] == " " and unit_of.type not in ("person", "country") \
                and (unit_of.parent == actor.id or prev.text.split()[0] in reg.unit_heads):  # fmt: skip
            prev.end, prev.text = r.end, text[prev.start : r.end]  # a registered unit, then its (2019) ministry
            _drop(r, named, by_start, starts)
            continue
        if prev is not None and prev.rule == "discovered" and text[prev.end : r.start] == " " and prev.text.split()[0] in reg.unit_heads:
            r.start, r.text = prev.start, text[prev.start : r.end]  # a unit the matcher read by its head word ("Ditjen Hubla")
            _drop(prev, named, by_start, starts)
            continue
        new = ends.get(r.start - 1)
        if new is not None and new in out and text[new.end] == " " and new.label == "ORG" and new.text.split()[0] in reg.unit_heads:  # NER's
            out.remove(new)
            r.start, r.text = new.start, text[new.start : r.end]
            continue
        run = _UNIT.search(text, max(0, r.start - 60), r.start)  # capitalised words right before: "Kemarin Tim Satgas "
        first = next((w.start() for w in _WORD.finditer(text, run.start(), r.start) if w.group() in reg.unit_heads), None) if run else None
        if first is not None and run and first > run.start() and not _SENTENCE_START.search(text, max(0, run.start() - 3), run.start()):
            first = None  # a longer name's word: "ke Rumah Sakit Pusat [Angkatan Darat]"; a sentence's first word may come before: "Kemarin Tim Satgas KPK"
        if first is not None and (prev is None or prev.end <= first) and not any(m.start < r.start and first < m.end for m in out):
            r.start, r.text = first, text[first : r.end]


_DEFINED = re.compile(r"[^\S\n]{0,2}\(([A-Z][A-Za-z-]{1,9})\)")  # "Partai Demokrat (PD)"
_DEFINED_AT_END = re.compile(r"\(([A-Z][A-Za-z-]{1,9})\)$")  # a definition the matcher spanned with the name


def _defined_short_forms(reg: Register, text: str, named: list[Mention], out: list[Mention]) -> None:
    """A short form the article defines in brackets after a registered organisation's name
    names that organisation where the article writes it again: "Partai Demokrat (PD) ... PD
    menolak" -> Demokrat (the press defines its own short forms; "PD" alone is also "Perusahaan
    Daerah", so the register does not list it). Only new actors NER found with exactly that name,
    and only a form defined for one organisation in the article."""
    if not out:
        return
    defined: dict[str, set[str]] = {}
    for m in named:
        actor = reg.actors.get(m.actor_id or "")
        if actor is not None and actor.type not in ("person", "country") and (b := _DEFINED.match(text, m.end)):
            defined.setdefault(b.group(1), set()).add(actor.id)
        elif actor is not None and m.text.endswith(")") and (b := _DEFINED_AT_END.search(m.text)):
            defined.setdefault(b.group(1), set()).add(actor.id)  # the matcher spanned the bracket with the name
    for m in out:
        ids = defined.get(m.text, set())
        actor = reg.actors[next(iter(ids))] if len(ids) == 1 else None
        if actor is not None and (m.actor_id or "").startswith("new-") and text[m.start - 1 : m.start] != "(" \
                and (_initials_of(m.text, actor.name) or any(_initials_of(m.text, d.text) for d in named if d.actor_id == actor.id)):  # fmt: skip
            m.actor_id, m.name, m.type, m.country, m.sector = actor.id, actor.name, actor.type, actor.country, actor.sector


def name_again(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """A name NER tagged once is the same actor wherever the article writes it again: "Thareq
    mengatakan ... . Menurut Thareq, ..." (NER tags one of the two); the real-news guide marks every
    mention. Same case, whole words, where no mention is yet; a one-letter name is too ambiguous."""
    out: list[Mention] = []
    done: set[tuple[str, bool]] = set()
    for m in sorted(found, key=lambda m: -len(m.text)):  # the longer name first: "Suri Jabrik" before "Suri"
        if len(m.text) < 2:
            continue
        org = m.label == "ORG"
        if (m.text, org) in done:  # the same name again adds nothing: its free places are taken by now
            continue
        done.add((m.text, org))
        for start, end in whole_words(text, m.text):
            if _free(start, end, taken) and not (org and _MODEL.match(text, end)):
                out.append(replace(m, start=start, end=end, antecedent=None))
                taken.append((start, end))
    return out


def _is_word(ch: str) -> bool:
    """What re's ``\\w`` matches in a str pattern."""
    return ch.isalnum() or ch == "_"


def whole_words(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Spans where ``name`` stands in ``text`` with no word character either side: the matches of
    ``re.finditer(r"(?<!\\w)" + re.escape(name) + r"(?!\\w)", text)``, found by ``str.find`` (re
    cannot skip ahead to a pattern that begins with a look-behind, and would compile each name)."""
    if not name:
        return
    n, at = len(name), text.find(name)
    while at >= 0:
        end = at + n
        if (at == 0 or not _is_word(text[at - 1])) and (end == len(text) or not _is_word(text[end])):
            yield at, end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


# a model number or letter after a brand names a product, no actor: "Realme 3", "Realme 5 Pro", "Realme X" (not a score "2-3",
# a date, a year in a club's name "Persikabo 1973", a count "Persikabo 2 gol", nor an initial "X.")
_COUNTED = ("gol", "kali", "poin", "orang", "unit", "tahun", "bulan", "hari", "persen")
_MODEL = re.compile(r"[^\S\n]+(?:\d{1,3}(?![\d.,:/-]\d)\b(?![^\S\n]+(?:" + "|".join(_COUNTED) + r")\b)|[A-Z](?![\w.'’&-]))")

# "Edi Chandra Purnama alias Pupung Sadili", "Indrodjojo Kusumonegoro atau Indro": a person's other
# name; after "atau" ("or") one word only, a short form ("Budi Santoso atau Andi Wijaya" is a
# choice between two people); no full stop inside, so never across a sentence end
_ALIAS = re.compile(r"[^\S\n]+(?:alias[^\S\n]+([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3})"
                    r"|atau[^\S\n]+([A-Z][\w'’-]*)(?![\w'’-]|[^\S\n]+[A-Z]))")


def _with_alias(text: str, m: Mention, taken: list[tuple[int, int]]) -> None:
    """A person's name and the other name he goes by after "alias" or "atau" are one mention, as
    the real-news annotators span it: "M Adi Pradana alias Dana", "Umar Jaya atau Nayau". The
    mention keeps its actor (the first name's); the other name is taken, so no new actor."""
    after = _ALIAS.match(text, m.end)
    if after is None:
        return
    end = after.end(after.lastindex or 1)
    rest = [(s, e) for s, e in taken if not (s == m.start and e == m.end)]
    if not _free(m.end, end, rest):
        return
    m.end, m.text = end, text[m.start : end]
    taken.append((m.start, end))


@lru_cache(maxsize=4)
def _tail(companions: tuple[str, ...], period_words: tuple[str, ...], period_ends: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """The companions after a person ("dkk") and the term after an organisation ("periode
    2014-2019", "periode ini"), from roles.json."""
    after_person = re.compile(r"[^\S\n]+(?:" + "|".join(map(re.escape, companions)) + r")(?!\w)")
    period = re.compile(r"[^\S\n]+(?:" + "|".join(map(re.escape, period_words)) + r")[^\S\n]+(?:\d{4}[^\S\n]?[-–][^\S\n]?\d{4}|"
                        + "|".join(map(re.escape, period_ends)) + r")(?!\w)")
    return after_person, period


def _with_tail(text: str, m: Mention, tail: tuple[re.Pattern, re.Pattern], taken: list[tuple[int, int]]) -> None:
    """A person's companions are part of his mention, which names them as a group ("Wisnu Arki
    dkk"); an organisation's term is part of its mention ("DPR periode 2014-2019")."""
    if m.type == "person" and m.rule in ("alias", "discovered") and (after := tail[0].match(text, m.end)):
        m.end, m.text, m.actor_id, m.name, m.type = after.end(), text[m.start : after.end()], None, None, "generic_group"
    elif m.type not in (None, "person", "country", "generic_group") and m.rule in ("alias", "regional") and (after := tail[1].match(text, m.end)):
        m.end, m.text = after.end(), text[m.start : after.end()]
    else:
        return
    taken.append((m.start, m.end))


def _registered_alias(reg: Register, name: str) -> bool:
    """Whether ``name`` is, as a whole, an alias of a registered actor (not one that names no
    actor without its context words: "Anwar" alone is a new person, ambiguous.json)."""
    key = tokens(name)
    return any(a.actor_id for a in reg.aliases(key)) and not reg.names_no_one_alone(key)


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether start..end overlaps none of the spans ``taken``."""
    return not any(s < end and start < e for s, e in taken)
