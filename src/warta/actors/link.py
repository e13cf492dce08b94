"""The searches the coreference rules (warta.actors.rules) are made of: the nearest earlier
mention that fits (``link_nearest``), the most salient one (``link_salient``: own clause,
sentence, sentence before), the previous sentence's subject (``link_subject``), and how a
found antecedent is copied onto the anaphor
(``copy_antecedent``, ``attach``: itself, or its organisation or country)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from warta.actors.anaphora import Anaphora
from warta.actors.match import Mention
from warta.actors.register import Register, fold, tokens

LOOK_BACK = 2000
"""How far back, in characters, the searches that fall back on the nearest fitting mention
(``link_nearest``, ``_private_person``) look: beyond it nothing is found. A bound in characters
bounds the mentions looked at, so every anaphor costs at most a constant and resolving a document
is linear in its length (issue 16). On real news the farthest antecedent they find is 971
characters back (train; dev 683), so the bound changes no figure."""


def attach(m: Mention, c: Mention, j: int, kind: str, reg: Register) -> None:
    """m stands for c itself, or for c's organisation or country (``kind``, from kind_of)."""
    if kind == c.type:
        copy_antecedent(m, c, j)
        return
    office = reg.pattern_office(c.actor_id) if kind == "org_of_person" and c.type == "person" else None  # "Kapolres Bogor ... pihaknya": Polres Bogor
    org = office or reg.actors[(c.country or "").lower() if kind == "country_of_person" else c.org_id or ""]
    m.actor_id, m.name, m.type, m.country, m.sector = org.id, org.name, org.type, org.country, org.sector
    m.antecedent = j


def backwards(mentions: list[Mention], idx: int, since: int):
    """Indices of the mentions before mentions[idx] that start at or after ``since``, nearest first."""
    j = idx - 1
    while j >= 0 and mentions[j].start >= since:
        yield j
        j -= 1


def link_singular(mentions: list[Mention], idx: int, reg: Register, sentence_starts: list[int]) -> None:
    """The nearest earlier person introduced by "seorang" in this or the two sentences before."""
    m = mentions[idx]
    k = bisect_left(sentence_starts, m.start + 1) - 1
    since = sentence_starts[max(k - 2, 0)]
    for j in range(idx - 1, -1, -1):
        c = mentions[j]
        if c.start < since:
            return
        if c.text.split()[0].lower() in reg.singular and c.role != m.role:
            copy_antecedent(m, c, j)
            return


def link_nearest(mentions: list[Mention], idx: int, types: frozenset[str] | str, reg: Register, avoid: frozenset[str] = frozenset(),
                 others: frozenset[str] = frozenset(), skip: frozenset[int] = frozenset()) -> None:  # fmt: skip
    """Point mentions[idx] at the most recent earlier mention it can stand for (none with a role in
    ``avoid``, none whose folded text is in ``others``, none whose index is in ``skip``); ``types``
    "role:X": the most recent with role X. Bounded: mentions starting at most ``LOOK_BACK`` characters before it."""
    m = mentions[idx]
    since = m.start - LOOK_BACK
    for j in range(idx - 1, -1, -1):
        cand = mentions[j]
        if cand.start < since:
            return
        if cand.role in avoid or others and fold(cand.text) in others or j in skip:
            continue
        if isinstance(types, str):  # same role: "ratusan warga Desa X ... warga" -> the residents
            if cand.role == types[5:] and cand is not m and _deputy(cand) == _deputy(m):  # "wakil bupati" is no "Bupati X" named before
                copy_antecedent(m, cand, j)
                return
            continue
        if cand.cited:
            continue
        if cand.type in types:
            copy_antecedent(m, cand, j)
            return
        if cand.org_id and "org_of_person" in types or (cand.org_id and reg.actors[cand.org_id].type in types):
            attach(m, cand, j, "org_of_person", reg)  # the person's organisation
            return


def link_subject(mentions: list[Mention], idx: int, types, reg: Register, sentence_starts: list[int], text: str, ana: Anaphora,
                 others: frozenset[str] = frozenset()) -> None:  # fmt: skip
    """'mereka' at the start of a sentence is usually the previous sentence's subject:
    "Ribuan buruh berunjuk rasa di depan gedung DPR. Mereka menuntut ..." -> the workers.
    Within a sentence, or with no compatible subject before, the nearest mention wins. Mentions
    whose folded text is in ``others`` ("saya", "kami") are never taken."""
    m = mentions[idx]
    k = bisect_left(sentence_starts, m.start + 1) - 1
    here = sentence_starts[k]
    if any(compatible(mentions[j], types, reg) and (not others or fold(mentions[j].text) not in others) for j in backwards(mentions, idx, here)):
        if types == ("person",):  # "Budi mengatakan ia ...": the nearest person
            link_nearest(mentions, idx, types, reg, others=others)
            return
        # inside a sentence: salience, and no co-argument of its own clause's subject
        # ("Warga setempat menolak kedatangan mereka": not the residents)
        link_salient(mentions, idx, types, reg, text, sentence_starts, ana, own_clause=True, people_first=fold(m.text) in ana.people_pronouns, others=others)
        return
    prev = sentence_starts[k - 1] if k > 0 else None
    if prev is not None and types == ("person",):  # the reported clause's subject, else the sentence's
        persons = [j for j in sorted(backwards(mentions, idx, prev))
                   if mentions[j].type == "person" and mentions[j].rule != "clitic" and (not others or fold(mentions[j].text) not in others)]  # fmt: skip
        speaks = any(fold(w) in ana.reporting_words for w in text[m.end : m.end + 40].split()[:3])  # "Ia juga menyebut": the speaker
        reported = [] if speaks else [j for j in persons if ana.reporting.search(text, prev, mentions[j].start)]
        if persons:
            j = (reported or persons)[0]
            copy_antecedent(m, mentions[j], j)
            return
    if prev is not None:
        earlier = [j for j in sorted(backwards(mentions, idx, prev)) if not others or fold(mentions[j].text) not in others]
        if fold(m.text) in ana.people_pronouns and any(_people(mentions[j]) for j in earlier):
            earlier = [j for j in earlier if _people(mentions[j])]
        for j in earlier:  # this sentence has no compatible mention before the pronoun
            c = mentions[j]
            if c.type in types and c.rule != "clitic" and not c.cited:
                copy_antecedent(m, c, j)
                return
    link_nearest(mentions, idx, types, reg, others=others)


def link_salient(mentions: list[Mention], idx: int, types, reg: Register, text: str, sentence_starts: list[int], ana: Anaphora,
                  own_clause: bool, type_first: bool = False, people_first: bool = False, others: frozenset[str] = frozenset()) -> None:  # fmt: skip
    """Pronouns with "-nya" ("pihaknya") and descriptions ("negara itu") prefer the
    most salient antecedent, not the nearest: looking in the anaphor's own clause, then its
    sentence, then the sentence before, the best type for the description's head wins, then
    the leftmost (the subject). "Beijing membantah dan menuding Filipina melanggar wilayah
    pihaknya" -> Beijing. A description is no co-argument of its own clause's subject
    ("Indonesia membantu tetangganya itu" -> not Indonesia), nor the person who speaks.
    Before type and nearness, the ranking prefers (anaphora.json): a group of people for
    "mereka" (``people_first``), the roles a pronoun asks for ("kliennya": a suspect), a private
    person for "pria ... itu". A person who speaks for an organisation stands for it after
    its other mentions in the same scope ("Persipura ... ketua umum Persipura X ... klub asal
    Papua ini" -> Persipura, the club's own chain). A "-nya" pronoun or a bare noun in a
    clause a reporting verb opens is first who reports it (``_reporter``: "Partai Nasdem
    mengklaim koalisi yang dibangun partainya" -> Nasdem, not a party named before it)."""
    m = mentions[idx]
    avoid = contrastive(m, ana)  # "para pelaku": no victim; "kliennya": no lawyer
    roles_first = ana.roles_first.get(fold(m.text)) or ana.roles_first.get(fold(m.text.split()[0]))  # "kliennya", "buronan itu": a suspect first
    plain = fold(m.text.split()[0]) in ana.plain_heads  # "pria berusia 34 tahun itu": rather not an official
    k = bisect_left(sentence_starts, m.start + 1) - 1
    here = sentence_starts[k]
    openers = [o.end() for o in ana.clause_openers.finditer(text, here, m.start)]
    clause = openers[-1] if openers else here
    since = sentence_starts[k - 1] if k > 0 else here  # no scope reaches further back
    before = [j for j in sorted(backwards(mentions, idx, since)) if mentions[j].rule != "clitic" and (not others or fold(mentions[j].text) not in others)]
    subject = next((j for j in before if clause <= mentions[j].start), None) if own_clause else None
    if people_first and subject is not None and _people(mentions[subject]) and any(j > subject and compatible(mentions[j], types, reg) for j in before):
        subject = None  # "Ribuan guru menuntut Kementerian X mengangkat mereka": an object's clause, not the subject's
    if people_first and subject is not None and _people(mentions[subject]) and ana.reporting_any.search(text, mentions[subject].end, m.start):
        subject = None  # "Para pengemudi mengaku pendapatan mereka turun": what the speakers say of themselves
    speakers: set[int] = set()  # who speaks in this sentence or the one before ("Jubir KPK mengatakan ... . KPK menggeledah rumah tersangka")
    word = fold(m.text)
    if not word.endswith("nya") and (word not in ana.pronouns or word in ana.bare_nouns or word in ana.not_speakers):  # descriptions, bare nouns, "yang bersangkutan"
        speakers = _speakers(mentions, before, text, ((since, here), (here, m.start)), ana)
    barred = other_side_barred(mentions, idx, reg, ana, text, sentence_starts)
    reporter = _reporter(mentions, idx, before, types, reg, text, here, ana) if word.endswith("nya") and word in ana.pronouns or word in ana.bare_nouns else None
    order = list(types) if isinstance(types, tuple) else None
    bounds = [here] + openers + [m.start]  # the clauses of the sentence, innermost (the anaphor's own) first
    scopes = [(bounds[n - 1], bounds[n]) for n in range(len(bounds) - 1, 0, -1)] + ([(sentence_starts[k - 1], here)] if k > 0 else [])
    if type_first:  # one scope ranked by type first: a group of people before a nearer organisation
        scopes = [(scopes[-1][0], m.start)]
    for lo, hi in scopes:
        ranked = []
        for j in before:
            c = mentions[j]
            if not (lo <= c.start < hi) or j == subject or c.role in avoid or j in barred:
                continue
            kind = kind_of(c, types, reg)
            if kind is not None and not (kind == "person" and j in speakers):  # a description is no speaker himself (his organisation may be)
                near = 0 if clause <= c.start else 1 if here <= c.start else 2
                ranked.append((not _people(c) if people_first else 0, c.role not in roles_first if roles_first else 0, j != reporter, plain and c.sector in ana.official_sectors,
                               (order.index(kind) if order and kind in order else 0), _offers(c, kind, reg), near, c.start, j, kind))  # fmt: skip
        if ranked:
            *_, j, kind = min(ranked)
            if plain and mentions[j].sector in ana.official_sectors:  # an official in scope: a private person named further back first
                j, kind = _private_person(mentions, idx, ana) or (j, kind)
            attach(m, mentions[j], j, kind, reg)  # itself, or the organisation of a person: "juru bicara KPK ... pihaknya"
            return
    if plain and (private := _private_person(mentions, idx, ana)):
        attach(m, mentions[private[0]], *private, reg)
        return
    link_nearest(mentions, idx, types, reg, avoid=avoid, others=others, skip=barred)


def contrastive(m: Mention, ana: Anaphora) -> frozenset[str]:
    """The roles an antecedent of ``m`` never has (anaphora.json ``contrastive_roles``, by its
    role, else by its word): "para pelaku" are not the victims, "kliennya" not the lawyer."""
    return ana.contrastive.get(m.role or "") or ana.contrastive.get(fold(m.text), frozenset())


def other_side_barred(mentions: list[Mention], idx: int, reg: Register, ana: Anaphora, text: str, sentence_starts: list[int]) -> frozenset[int]:
    """Whom a bare "tersangka"/"terdakwa" (anaphora.json ``other_side``) never stands for: a
    person who speaks in its sentence or the one before ("Bupati Bogor Ade Yasin mengatakan,
    tersangka ..." is not Ade Yasin), and anyone of a body that investigates, prosecutes or judges
    (by sector or organisation: "Kapolda Jatim Irjen Pol Rudi Santosa berharap tersangka tidak
    lagi mangkir" is not the Kapolda) unless the text right around that mention names him the
    suspect (``suspect_cues``: "KPK menangkap Hakim PN Medan Merry Purba ... Tersangka" is the
    judge)."""
    m = mentions[idx]
    if fold(m.text) not in ana.other_side:
        return frozenset()
    k = bisect_left(sentence_starts, m.start + 1) - 1
    here = sentence_starts[k] if k >= 0 else 0
    since = sentence_starts[k - 1] if k > 0 else here
    before = [j for j in backwards(mentions, idx, since) if mentions[j].rule != "clitic"]
    out = _speakers(mentions, before, text, ((since, here), (here, m.start)), ana)
    bodies = ana.investigators
    for j in backwards(mentions, idx, m.start - LOOK_BACK):  # as far back as link_nearest looks
        c = mentions[j]
        if c.type != "person" or not (c.sector in bodies.sectors or c.org_id in bodies.organisations
                                      or c.org_id in reg.actors and reg.actors[c.org_id].type in bodies.organisation_types):  # fmt: skip
            continue
        if not _named_suspect(c, text, m.start, ana):
            out.add(j)
    return frozenset(out)


SUSPECT_WINDOW = 40  # characters either side of a mention read for a word naming him the suspect


def _named_suspect(c: Mention, text: str, until: int, ana: Anaphora) -> bool:
    """Whether the words right before or after mention c (not reaching the anaphor at ``until``)
    name him the suspect: "menangkap Hakim X", "Kapolres X sebagai tersangka", "Kompol X ditangkap"."""
    around = text[max(0, c.start - SUSPECT_WINDOW) : c.start] + " " + text[c.end : min(c.end + SUSPECT_WINDOW, until)]
    return not ana.investigators.suspect_cues.isdisjoint(tokens(around))


def _speakers(mentions: list[Mention], candidates: Iterable[int], text: str, ranges: Iterable[tuple[int, int]], ana: Anaphora) -> set[int]:
    """Who speaks: of ``candidates``, the mentions that start, within one of ``ranges`` (a
    sentence, or the part of one before the anaphor), before the last reporting verb there."""
    out: set[int] = set()
    chosen = list(candidates)
    for lo, hi in ranges:
        verbs = [r.start() for r in ana.reporting_any.finditer(text, lo, hi)]
        if verbs:
            out |= {j for j in chosen if lo <= mentions[j].start < verbs[-1]}
    return out


def _reporter(mentions: list[Mention], idx: int, before: list[int], types, reg: Register, text: str, here: int, ana: Anaphora) -> int | None:
    """Who reports the clause a "-nya" pronoun is in: the nearest fitting mention before the last
    reporting verb of its sentence (none after a preposition: "kepada Serambinews.com"), when
    nothing that fits lies between that verb and the pronoun. "Direskrimsus Polda Aceh Kombes
    Pol T Saladin menyebutkan, pihaknya menyita ..." -> Polda Aceh (not the "Polisi" before it);
    "Utusan Inggris menyatakan negaranya ..." -> the envoy's country."""
    m = mentions[idx]
    here = max(here, m.start - LOOK_BACK)  # a sentence may be of any length: bounded, as every search back
    verbs = [v for v in ana.reporting_any.finditer(text, here, m.start) if fold(v.group()) not in ana.openers]  # "bahwa" opens, reports no one
    if not verbs:
        return None
    verb = verbs[-1]
    for j in reversed(before):  # in text order: those after the verb come first, then the candidates
        c = mentions[j]
        if c.start < here:
            break  # ``before`` is in text order: none further back is in the sentence
        if verb.end() <= c.start:
            if compatible(c, types, reg) and not _after_preposition(c, text, here, ana):
                return None  # "X mengatakan Y ... pihaknya": Y may be meant ("X mengatakan kepada Y bahwa pihaknya": X)
            continue
        if c.end > verb.start() or _after_preposition(c, text, here, ana):
            continue
        if compatible(c, types, reg):
            return j
    return None


def _after_preposition(c: Mention, text: str, since: int, ana: Anaphora) -> bool:
    """Whether mention c is a preposition's object ("kepada Serambinews.com"): no reporter, and no
    one else the reported clause may mean."""
    words = text[max(since, c.start - 20) : c.start].split()
    return bool(words) and fold(words[-1]) in ana.prepositions


def _offers(c: Mention, kind: str, reg: Register) -> bool:
    """Whether mention c is a person who stands for ``kind`` only as the organisation (no
    country) he speaks for."""
    if kind in ("person", "country", "country_of_person"):
        return False
    return c.type == "person" and c.org_id in reg.actors and reg.actors[c.org_id].type == kind


def _private_person(mentions: list[Mention], idx: int, ana: Anaphora) -> tuple[int, str] | None:
    """The nearest earlier person who is no official ("pria berusia 34 tahun itu" is rather the
    defendant than the judge), at most ``LOOK_BACK`` characters back."""
    since = mentions[idx].start - LOOK_BACK
    for x in range(idx - 1, -1, -1):
        c = mentions[x]
        if c.start < since:
            return None
        if c.type == "person" and c.sector not in ana.official_sectors and c.rule != "clitic":
            return x, c.type
    return None


def _deputy(m: Mention) -> bool:
    """'Wakil Bupati', 'wakil ketua': a deputy holds another office than the holder of the role."""
    return "wakil" in fold(m.text).split()


def _people(c: Mention) -> bool:
    """A group of people ("ribuan buruh", "para prajurit", "keduanya", "46 warga negara Indonesia"), not an organisation by its name
    nor by a bare force noun ("Polisi memeriksa puluhan siswa. Mereka ..." -> the pupils)."""
    if c.role_rule == "force_of_role" and " " not in c.text:
        return False  # a bare "polisi": the institution, Polri, no group of people in view ("ratusan polisi" is)
    return c.type == "generic_group" or c.rule in ("role_group", "role_group+org", "role_group_anaphor") or c.rule == "country_form" and c.sector == "CVL"


def kind_of(c: Mention, types, reg: Register) -> str | None:
    """How mention c can stand for one of ``types``: as itself (its type), through the
    organisation of a person or group ("org_of_person", or that organisation's type), or
    through a person's country ("country_of_person"); None when it cannot, and for an outlet cited
    as a source ("kata dia kepada Okezone"), which no pronoun stands for."""
    if c.cited:
        return None
    if c.type in types:
        return c.type
    if c.org_id and "org_of_person" in types:
        return "org_of_person"
    if c.org_id and reg.actors[c.org_id].type in types:
        return reg.actors[c.org_id].type
    if c.type != "country" and "country_of_person" in types and (c.country or "").lower() in reg.actors:  # a person's or an organ's country
        return "country_of_person"
    return None


def compatible(c: Mention, types, reg: Register) -> bool:
    return kind_of(c, types, reg) is not None


def copy_antecedent(m: Mention, cand: Mention, j: int) -> None:
    m.actor_id, m.name, m.type, m.country, m.sector = cand.actor_id, cand.name, cand.type, cand.country, cand.sector
    m.role = m.role or cand.role
    m.org_id = m.org_id or cand.org_id  # "Jenderal bintang dua itu menegaskan pihaknya": the general's police
    m.antecedent = j
