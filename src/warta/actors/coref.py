"""Pronouns and descriptions that stand for an actor: "mereka", "pihaknya", "kelompok
perlawanan tersebut", "negara itu", "para pengungsi tersebut".

Which actor types each can stand for is data (``warta/data/actors/anaphora.json``). How the
antecedent is chosen depends on the kind:
- possessives ("kedaulatannya", "pihaknya"), descriptions, bare nouns ("tersangka") and an
  object "mereka" take the *salient* compatible mention: own clause, then sentence, then the
  sentence before; the preferred type first, then the leftmost (the subject); never the
  subject of the description's own clause ("Indonesia membantu tetangganya itu");
- a sentence-initial "mereka", "Ia" takes the previous sentence's subject ("Ia": that of its
  reported clause, unless it speaks again); in reported speech "pihaknya" is the speaker's side;
- "keduanya" takes the mention counted as two; a bare "korban" the person just introduced by
  "seorang"; a bare "massa" the group of people named before;
- group nouns and offices ("para pengungsi tersebut", "Kapolri", "Menteri ESDM tersebut")
  take the last mention with the same role (never a contrastive one: "para pelaku" are not the
  victims); other pronouns the nearest compatible mention.
A person named by role and organisation ("juru bicara Hizbullah") offers its organisation
too, so "kelompok itu" after it is Hizbullah, the group, not its spokesman. A word of a name
read before ("Grossi") is that person; the outlet of a dateline is no antecedent. A possessive
in a relative clause is the noun the clause describes ("jemaah yang masa tunggunya"); a
speaker of no known organisation is his own "pihaknya", a regional head the office named before.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib import resources

from warta.actors.discover import discover
from warta.actors.match import Mention, _counted_from, _tokenize, find_mentions
from warta.actors.register import Register, fold, load_register, tokens


@dataclass(frozen=True)
class Anaphora:
    pronouns: dict[str, tuple[str, ...]]  # types in order of preference
    heads: dict[tuple[str, ...], tuple[str, ...]]  # types in order of preference
    demonstratives: frozenset[str]
    max_modifiers: int
    clitic: dict
    clause_openers: re.Pattern
    definite: frozenset[str]  # 'para': a group noun after it refers back to the group named before
    all_of: frozenset[str]  # 'seluruh': refers back only to a group with the same role
    bare_nouns: frozenset[str]  # 'tersangka' alone: the suspect named before, like a description
    openers: frozenset[str]  # the clause openers as folded words
    bare_defaults: dict[str, str]  # 'pemerintah' with nothing before it that fits: Indonesia
    bare_not_before: dict[str, frozenset[str]]  # 'pemerintah daerah' is no bare noun
    bare_not_after: dict[str, frozenset[str]]  # 'sebagai tersangka' is a predicate
    after_predicate: frozenset[str]  # 'militer' refers back only after a verb or a clause opener
    contrastive: dict[str, frozenset[str]]  # role -> roles its mentions never refer back to ("pelaku" -> "korban")
    singular_back: frozenset[str]  # roles whose bare noun is the one person just introduced ("korban")
    group_back: frozenset[str]  # roles whose bare noun is the group of people named before ("massa")
    numbered: dict[str, frozenset[str]]  # "keduanya" -> the counting words of its antecedent ("dua")
    led_by: frozenset[str]  # "dipimpinnya": "lembaga yang dipimpinnya" is the organisation its possessor leads
    predicate_words: frozenset[str]  # "menjadi", "sebagai": an uncounted group noun after them is a predicate
    prepositions: frozenset[str]  # "oleh", "dari": a description's head is not before one (outside a "yang" clause)
    not_verbs: frozenset[str]  # "menengah": starts like an active verb, is none
    roles_first: dict[str, frozenset[str]]  # "kliennya" -> roles its antecedent has first ("tersangka")
    plain_heads: frozenset[str]  # "pria", "perempuan": descriptions of a private person, rather than an official
    official_sectors: frozenset[str]
    personal: frozenset[str]  # "rumah", "rumah dinas": nouns whose "-nya" is a person's before an organisation's
    own_side: frozenset[str]  # "pihaknya" after a speaker of no known organisation: the speaker
    regional_heads: frozenset[str]  # roles that speak for a regional office named before ("Bupati", "Kapolres")
    people_pronouns: frozenset[str]  # "mereka": a group of people before a nearer organisation
    subject_pronouns: frozenset[str]  # "mereka", "ia" opening a sentence: the previous sentence's subject
    reporting_words: frozenset[str]
    reporting_any: re.Pattern  # a reporting verb anywhere
    directive_any: re.Pattern  # "meminta", "mendesak": its object is the subject of the clause after it
    honorifics: frozenset[str]  # "Dr.": no word of the name after it
    reporting: re.Pattern  # "mengatakan", "bahwa" right before a person: the reported clause's subject

    def clitic_types(self, word: str) -> frozenset[str] | None:
        """'stafnya' -> the types the possessor may have; None when -nya names no actor."""
        c = self.clitic
        if not word.endswith(c["suffix"]) or word in c["not_referential"] or word in self.pronouns:
            return None
        stem = word[: -len(c["suffix"])]
        if len(stem) < c["min_stem"] or not stem.isalpha():
            return None
        if any(stem.startswith(p) for p in c["verb_prefixes"]) or (stem.startswith("di") and len(stem) >= c["di_verb_min_stem"]):
            return None
        return c["types"]


@cache
def load_anaphora() -> Anaphora:
    data = json.loads(resources.files("warta.data").joinpath("actors", "anaphora.json").read_text("utf-8"))
    return Anaphora(
        pronouns={fold(k): tuple(v) for k, v in {**data["pronouns"], **data["bare_nouns"]}.items()},
        heads={tokens(k): tuple(v) for k, v in data["heads"].items()},
        demonstratives=frozenset(fold(d) for d in data["demonstratives"]),
        max_modifiers=data["max_modifier_words"],
        clitic={**data["clitic"], "types": frozenset(data["clitic"]["types"]), "not_referential": frozenset(data["clitic"]["not_referential"])},
        definite=frozenset(data["definite_plural"]),
        all_of=frozenset(data["all_of"]),
        bare_nouns=frozenset(fold(k) for k in data["bare_nouns"]),
        openers=frozenset(fold(w) for w in data["clause_openers"]),
        bare_defaults={fold(k): v for k, v in data["bare_defaults"].items()},
        bare_not_before={fold(k): frozenset(v) for k, v in data["bare_not_before"].items()},
        bare_not_after={fold(k): frozenset(v) for k, v in data["bare_not_after"].items()},
        after_predicate=frozenset(fold(w) for w in data["bare_after_predicate"]),
        contrastive={k: frozenset(v) for k, v in data["contrastive_roles"].items()},
        singular_back=frozenset(data["singular_back_roles"]),
        group_back=frozenset(data["group_back_roles"]),
        numbered={fold(k): frozenset(v) for k, v in data["numbered"].items()},
        led_by=frozenset(data["led_by"]),
        not_verbs=frozenset(data["not_verbs"]),
        prepositions=frozenset(data["prepositions"]),
        predicate_words=frozenset(data["predicate_words"]),
        subject_pronouns=frozenset(data["subject_pronouns"]),
        people_pronouns=frozenset(data["people_pronouns"]),
        own_side=frozenset(data["own_side"]["pronouns"]),
        personal=frozenset(data["clitic"]["personal"]),
        plain_heads=frozenset(fold(w) for w in data["plain_heads"]["heads"]),
        official_sectors=frozenset(data["plain_heads"]["official_sectors"]),
        roles_first={fold(k): frozenset(v) for k, v in data["roles_first"].items()},
        regional_heads=frozenset(data["own_side"]["not_roles"]),
        reporting_words=frozenset(data["reporting_verbs"]),
        directive_any=re.compile(r"\b(?:" + "|".join(map(re.escape, data["directive_verbs"])) + r")\b", re.IGNORECASE),
        reporting_any=re.compile(r"\b(?:" + "|".join(map(re.escape, data["reporting_verbs"])) + r")\b", re.IGNORECASE),
        honorifics=frozenset(data["honorifics"]),
        reporting=re.compile(r"\b(?:" + "|".join(map(re.escape, data["reporting_verbs"])) + r")\s+$", re.IGNORECASE),
        clause_openers=re.compile(r"\b(?:" + "|".join(map(re.escape, data["clause_openers"])) + r")\b", re.IGNORECASE),
    )


def resolve_mentions(text: str, register: Register | None = None, entities=()) -> list[Mention]:
    """Named mentions (the register's, and new actors from NER ``entities`` and organisation
    names: warta.actors.discover) and resolved pronouns/descriptions, in text order, with antecedents."""
    reg = register or load_register()
    ana = load_anaphora()
    named = find_mentions(text, reg)
    toks = _tokenize(text)
    entities = [e for e in entities if not _description_entity(text, e, ana)]
    named = sorted(named + discover(text, named, entities, reg), key=lambda m: m.start)
    _role_organisations(named, reg)
    found: list[tuple[int, int, frozenset[str]]] = []  # (start token, end token, types it may refer to)
    starts = [t.start for t in toks]
    named = [m for m in named if not _predicate(m, toks, starts, ana)]
    named = sorted(named + _name_parts(named, toks, starts, ana), key=lambda m: m.start)
    covered = _covered(named, toks, starts)
    i = 0
    clitics: list[tuple[int, frozenset[str] | tuple[str, ...]]] = []  # (token, types, a tuple when ordered) of "-nya" possessors
    while i < len(toks):
        span = _description(toks, i, ana, reg) or _pronoun(toks, i, ana, reg)
        if span and not covered[i]:
            found.append(span)
            i = span[1]
            continue
        if not covered[i] and (types := ana.clitic_types(toks[i].key)):
            stem = toks[i].key[: -len(ana.clitic["suffix"])]
            if stem in ana.personal or i > 0 and f"{toks[i - 1].key} {stem}" in ana.personal:  # "rumah dinasnya": a person's, first
                types = ("person",) + tuple(sorted(types - {"person"}))
            clitics.append((i, types))
        i += 1
    # A mention followed by a demonstrative refers back: "para pengungsi tersebut" (to an
    # earlier group with that role), "lembaga antirasuah itu" (a descriptive alias, to KPK).
    for m in named:
        after = _next_token(toks, starts, m.end)
        if after is not None and toks[after].key in ana.demonstratives and m.rule in ("role_group", "alias", "role_only", "role+org"):
            first = _counted_from(reg, toks, [t.key for t in toks], bisect_left(starts, m.start))
            m.start, m.end = toks[first].start, toks[after].end  # "para WNI tersebut", "Menteri ESDM tersebut"
            m.text = text[m.start : m.end]
            m.rule = {"role_group": "role_group_anaphor", "alias": "named_anaphor"}.get(m.rule, "person_anaphor")
    mentions = sorted(named, key=lambda m: m.start)
    pending: dict[int, frozenset[str]] = {}  # id(mention) -> the types it may refer to
    anaphors = []
    for start_tok, end_tok, types in found:
        start, end = toks[start_tok].start, toks[end_tok - 1].end
        role = next((a.role for key, a in reg.index.get(fold(text[start:end]), ()) if len(key) == 1 and a.role), None)  # a bare "terdakwa": role tersangka
        anaphors.append(Mention(start, end, text[start:end], None, None, None, None, None, role=role, rule="anaphor"))
        pending[id(anaphors[-1])] = types
    for k, types in clitics:
        end = toks[k].end
        anaphors.append(Mention(end - 3, end, text[end - 3 : end], None, None, None, None, None, rule="clitic"))
        pending[id(anaphors[-1])] = types
    anaphors.sort(key=lambda a: a.start)
    # a description swallows what it contains ("milisi yang didukung Iran itu"); the
    # descriptions are in text order and do not overlap, so one bisect per mention decides
    anaphor_starts = [a.start for a in anaphors]
    mentions = [m for m in mentions if not _inside(m, anaphors, anaphor_starts)] + anaphors
    mentions.sort(key=lambda m: m.start)
    sentence_starts = [0] + [mt.end() for mt in _SENTENCE_END.finditer(text)]
    if dateline := _DATELINE.match(text):
        for m in mentions:
            m.dateline = m.end <= dateline.end()  # "JAKARTA, KOMPAS.com –": the outlet is no antecedent
    for idx, m in enumerate(mentions):
        types = pending.get(id(m))
        if types is not None:
            if (counted := ana.numbered.get(fold(m.text))) and _link_counted(mentions, idx, counted):
                continue
            _rule_link(mentions, idx, types, reg, text, sentence_starts, ana)
            default = reg.actors.get(ana.bare_defaults.get(fold(m.text), ""))
            if mentions[idx].antecedent is None and default is not None:  # bare "pemerintah": Indonesia's government
                m = mentions[idx]
                m.actor_id, m.name, m.type, m.country, m.sector = default.id, default.name, default.type, default.country, "GOV"
        elif m.rule == "role_group_anaphor" or m.rule in ("role_group", "role_only") and m.text.split()[0].lower() in ana.definite | ana.all_of:
            _link(mentions, idx, f"role:{m.role}", reg, narrower=m.type == "person")  # "para pengungsi (tersebut)", "seluruh sandera": the group
            # named before; "sang menteri": a "Menteri Perhubungan"
            if m.antecedent is None and m.actor_id is None and m.type != "person" and m.text.split()[0].lower() not in ana.all_of:  # "Para demonstran tersebut" after "Ribuan buruh": the salient group
                noun = tuple(fold(w) for w in m.text.split()[1:])  # "Para milisi": a group of the types "milisi" names
                _link_salient(mentions, idx, ana.heads.get(noun) or ("generic_group", "armed_group", "ngo"), reg, text, sentence_starts, ana, own_clause=True,
                              type_first=True)  # fmt: skip
        elif m.rule == "role_group" and m.actor_id is None and (members_of := reg.roles.get(m.role, {}).get("members_of")):
            _link_salient(mentions, idx, tuple(members_of), reg, text, sentence_starts, ana, own_clause=False)  # "Polisi mengerahkan ribuan personel"
        elif m.rule == "role_group" and m.actor_id is None and (m.text.islower() or m.text.istitle()) and " " not in m.text:
            _link(mentions, idx, f"role:{m.role}", reg)  # a bare "warga", "korban" again: the group named before
            if m.antecedent is None and m.role in ana.singular_back:  # "korban" after "seorang jurnalis Tempo": that one
                _link_singular(mentions, idx, reg, sentence_starts)
            elif m.antecedent is None and m.role in ana.group_back:  # "massa" after "Ribuan buruh": the crowd named before
                _link_salient(mentions, idx, ("generic_group",), reg, text, sentence_starts, ana, own_clause=False, type_first=True)
        elif m.rule == "person_anaphor":  # "mantan gubernur itu", "Menteri ESDM tersebut": that office holder, else the salient person
            _link(mentions, idx, f"role:{m.role}", reg, persons_only=True, narrower=True)  # "mantan menteri tersebut": a "Menteri Perindustrian"
            if m.antecedent is None:
                _link_salient(mentions, idx, ("person",), reg, text, sentence_starts, ana, own_clause=True)
        elif m.rule == "role_only" and fold(m.text) in ana.bare_nouns:  # "mengatakan tersangka ...": the suspect named before
            m.rule = "anaphor"
            _link_salient(mentions, idx, ana.pronouns[fold(m.text)], reg, text, sentence_starts, ana, own_clause=True)
        elif m.rule == "role_only":  # "Kapolri" after "Kapolri Jenderal Listyo Sigit Prabowo": the same holder
            _link(mentions, idx, f"role:{m.role}", reg, persons_only=True)
        elif m.rule == "named_anaphor":  # "lembaga antirasuah itu" -> KPK; "pasukan perdamaian PBB itu" -> UNIFIL (a part of it)
            j = next((j for j in range(idx - 1, -1, -1) if mentions[j].actor_id == m.actor_id or mentions[j].type != "person" and
                      mentions[j].actor_id in reg.actors and reg.actors[mentions[j].actor_id].parent == m.actor_id), None)  # fmt: skip
            if j is not None:
                _copy(m, mentions[j], j)
    return mentions


def _rule_link(mentions: list[Mention], idx: int, types, reg: Register, text: str, sentence_starts: list[int], ana: Anaphora) -> None:
    """The antecedent of a pronoun, possessive or description (see the module docstring)."""
    m = mentions[idx]
    if fold(m.text) in ana.subject_pronouns:
        _link_subject(mentions, idx, types, reg, sentence_starts, text, ana)
    elif m.rule == "anaphor" and m.text.lower().endswith("nya") and _link_speaker(mentions, idx, types, reg, text, sentence_starts, ana):
        return
    elif m.rule == "clitic" and _link_relative(mentions, idx, types, reg, text):
        return
    elif m.rule == "clitic" or m.text.lower().endswith("nya") or m.rule == "anaphor" and " " in m.text or fold(m.text) in ana.bare_nouns:
        description = m.rule == "anaphor" and (" " in m.text or fold(m.text) in ana.bare_nouns) and not m.text.lower().endswith("nya")
        _link_salient(mentions, idx, types, reg, text, sentence_starts, ana, own_clause=description)
    else:
        _link(mentions, idx, types, reg)


_RELATIVE = re.compile(r"\s+yang\s[^,.;:!?\"“”()]*$")


def _link_relative(mentions: list[Mention], idx: int, types, reg: Register, text: str) -> bool:
    """A possessive inside a relative clause is the noun the clause describes: "jemaah
    Indonesia yang masa tunggunya", "seorang anggota DPR yang tidak disebutkan namanya"."""
    j = idx - 1
    while j >= 0 and mentions[j].rule == "clitic":
        j -= 1
    if j < 0 or not _RELATIVE.match(text, mentions[j].end, mentions[idx].start) or (kind := _kind(mentions[j], types, reg)) is None:
        return False
    _attach(mentions[idx], mentions[j], j, kind, reg)
    return True


def _attach(m: Mention, c: Mention, j: int, kind: str, reg: Register) -> None:
    """m stands for c itself, or for c's organisation or country (``kind``, from _kind)."""
    if kind == c.type:
        _copy(m, c, j)
        return
    org = reg.actors[c.country.lower() if kind == "country_of_person" else c.org_id]
    m.actor_id, m.name, m.type, m.country, m.sector = org.id, org.name, org.type, org.country, org.sector
    m.antecedent = j


def _link_speaker(mentions: list[Mention], idx: int, types, reg: Register, text: str, sentence_starts: list[int], ana: Anaphora) -> bool:
    """In reported speech "pihaknya", "lembaganya" are the speaker's side: "Grab menyatakan
    pihaknya masih mengkaji", "Kepala BNPB menyatakan lembaganya ..." -> the mention right
    before the reporting verb (through a person's organisation)."""
    m = mentions[idx]
    here = sentence_starts[bisect_left(sentence_starts, m.start + 1) - 1]
    verbs = [r.start() for r in ana.reporting_any.finditer(text, here, m.start)]
    if not verbs:
        return False
    j = next((j for j in _backwards(mentions, idx, here) if mentions[j].start < verbs[-1] and mentions[j].rule != "clitic" and not mentions[j].dateline), None)
    if j is not None and fold(m.text) in ana.own_side and mentions[j].type == "person" and mentions[j].org_id is None:
        office_type = {"COP": "police", "MIL": "armed_force"}.get(mentions[j].sector or "", "state_organ")  # a Kapolres's office is police
        office = next((x for x in range(j - 1, -1, -1) if mentions[x].rule == "regional" and mentions[x].type == office_type), None) \
            if mentions[j].role in ana.regional_heads else None
        if office is not None:  # "Polresta Jayapura Kota ... Kapolresta X mengatakan pihaknya": the office named before
            _copy(m, mentions[office], office)
        else:  # "Kuasa hukum Bambang menyebut pihaknya akan menggugat": the lawyer's own side
            _copy(m, mentions[j], j)
        return True
    if "person" in types or j is None or (kind := _kind(mentions[j], types, reg)) is None:
        return False  # "kliennya" is not the speaker; a speaker's side must be known (no newly found name alone)
    if kind == mentions[j].type and mentions[j].actor_id not in reg.actors:
        return False
    _attach(m, mentions[j], j, kind, reg)
    return True


def _backwards(mentions: list[Mention], idx: int, since: int):
    """Indices of the mentions before mentions[idx] that start at or after ``since``, nearest first."""
    j = idx - 1
    while j >= 0 and mentions[j].start >= since:
        yield j
        j -= 1


def _link_singular(mentions: list[Mention], idx: int, reg: Register, sentence_starts: list[int]) -> None:
    """The nearest earlier person introduced by "seorang" in this or the two sentences before."""
    m = mentions[idx]
    k = bisect_left(sentence_starts, m.start + 1) - 1
    since = sentence_starts[max(k - 2, 0)]
    for j in range(idx - 1, -1, -1):
        c = mentions[j]
        if c.start < since:
            return
        if c.text.split()[0].lower() in reg.singular and c.role != m.role:
            _copy(m, c, j)
            return


def _link_counted(mentions: list[Mention], idx: int, counted: frozenset[str]) -> bool:
    """'keduanya' -> the nearest earlier mention counted as two ("dua terduga teroris")."""
    for j in range(idx - 1, -1, -1):
        words = mentions[j].text.split()
        if words and fold(words[0]) in counted:
            _copy(mentions[idx], mentions[j], j)
            return True
    return False


def _role_organisations(mentions: list[Mention], reg: Register) -> None:
    """A person named by a role and no organisation ("Kapolri Jenderal Listyo Sigit Prabowo",
    "polisi") acts for the role's organisation: "institusinya" after it is Polri."""
    for m in mentions:
        if m.org_id is None and m.role and (m.actor_id is None or m.type == "person"):
            org = reg.roles.get(m.role, {}).get("org")
            if org in reg.actors:
                m.org_id = org


def _link(mentions: list[Mention], idx: int, types: frozenset[str] | str, reg: Register, persons_only: bool = False,
          avoid: frozenset[str] = frozenset(), narrower: bool = False) -> None:  # fmt: skip
    """Point mentions[idx] at the most recent earlier mention it can stand for (none with a role in ``avoid``;
    with ``narrower``, a role named by more words fits too: "Menteri" takes a "Menteri Perindustrian")."""
    m = mentions[idx]
    for j in range(idx - 1, -1, -1):
        cand = mentions[j]
        if cand.role in avoid or cand.dateline:
            continue
        if isinstance(types, str):  # same role: "para pengungsi tersebut" -> "ratusan pengungsi"
            if (cand.role == types[5:] or narrower and (cand.role or "").startswith(types[5:] + " ")) and cand is not m and (not persons_only or cand.type == "person") \
                    and _deputy(cand) == _deputy(m):  # "wakil bupati" is no "Bupati X" named before
                _copy(m, cand, j)
                return
            continue
        if cand.type in types:
            _copy(m, cand, j)
            return
        if cand.org_id and "org_of_person" in types or (cand.org_id and reg.actors[cand.org_id].type in types):
            org = reg.actors[cand.org_id]
            m.actor_id, m.name, m.type, m.country, m.sector = org.id, org.name, org.type, org.country, org.sector
            m.antecedent = j
            return


_DATELINE = re.compile(r"[A-Z][A-Z .]+,(?:[^–—\n]{0,40}?)\s[–—-]\s")  # "JAKARTA, KOMPAS.com – "
_SENTENCE_END = re.compile(r"[.!?]['\"”’)]?\s+(?=[A-Z\"“])")


def _link_subject(mentions: list[Mention], idx: int, types, reg: Register, sentence_starts: list[int], text: str, ana: Anaphora) -> None:
    """'mereka' at the start of a sentence is usually the previous sentence's subject:
    "Ribuan buruh berunjuk rasa di depan gedung DPR. Mereka menuntut ..." -> the workers.
    Within a sentence, or with no compatible subject before, the nearest mention wins."""
    m = mentions[idx]
    k = bisect_left(sentence_starts, m.start + 1) - 1
    here = sentence_starts[k]
    if any(_compatible(mentions[j], types, reg) for j in _backwards(mentions, idx, here)):
        if types == ("person",):  # "Budi mengatakan ia ...": the nearest person
            _link(mentions, idx, types, reg)
            return
        # inside a sentence: salience, and no co-argument of its own clause's subject
        # ("Warga setempat menolak kedatangan mereka": not the residents)
        _link_salient(mentions, idx, types, reg, text, sentence_starts, ana, own_clause=True, people_first=fold(m.text) in ana.people_pronouns)
        return
    prev = sentence_starts[k - 1] if k > 0 else None
    if prev is not None and types == ("person",):  # the reported clause's subject, else the sentence's
        persons = [j for j in sorted(_backwards(mentions, idx, prev)) if mentions[j].type == "person" and mentions[j].rule != "clitic" and not mentions[j].dateline]
        speaks = any(fold(w) in ana.reporting_words for w in text[m.end : m.end + 40].split()[:3])  # "Ia juga menyebut": the speaker
        reported = [] if speaks else [j for j in persons if ana.reporting.search(text, prev, mentions[j].start)]
        if persons:
            j = (reported or persons)[0]
            _copy(m, mentions[j], j)
            return
    if prev is not None:
        earlier = sorted(_backwards(mentions, idx, prev))
        if fold(m.text) in ana.people_pronouns and any(_people(mentions[j]) for j in earlier):
            earlier = [j for j in earlier if _people(mentions[j])]
        for j in earlier:  # this sentence has no compatible mention before the pronoun
            c = mentions[j]
            if c.type in types and c.rule != "clitic" and not c.dateline:
                _copy(m, c, j)
                return
    _link(mentions, idx, types, reg)


def _link_salient(mentions: list[Mention], idx: int, types, reg: Register, text: str, sentence_starts: list[int], ana: Anaphora,
                  own_clause: bool, type_first: bool = False, people_first: bool = False) -> None:  # fmt: skip
    """Possessives ("kedaulatannya", "pihaknya") and descriptions ("negara itu") prefer the
    most salient antecedent, not the nearest: looking in the anaphor's own clause, then its
    sentence, then the sentence before, the best type for the description's head wins, then
    the leftmost (the subject). "Beijing membantah dan menuding Filipina melanggar
    kedaulatannya" -> Beijing. A description is no co-argument of its own clause's subject
    ("Indonesia membantu tetangganya itu" -> not Indonesia), nor the person who speaks.
    Before type and nearness, the ranking prefers (anaphora.json): a group of people for
    "mereka" (``people_first``), the roles a pronoun asks for ("kliennya": a suspect), a private
    person for "pria ... itu"; a person's belonging ("rumah dinasnya") reaches back to a person
    past a nearer organisation."""
    m = mentions[idx]
    avoid = ana.contrastive.get(m.role) or ana.contrastive.get(fold(m.text), frozenset())  # "para pelaku": no victim; "kliennya": no lawyer
    roles_first = ana.roles_first.get(fold(m.text)) or ana.roles_first.get(fold(m.text.split()[0]))  # "kliennya", "buronan itu": a suspect first
    plain = fold(m.text.split()[0]) in ana.plain_heads  # "pria berusia 34 tahun itu": rather not an official
    k = bisect_left(sentence_starts, m.start + 1) - 1
    here = sentence_starts[k]
    openers = [o.end() for o in ana.clause_openers.finditer(text, here, m.start)]
    if m.rule == "clitic":  # "X mengatakan sang wali kota memerintahkan anak buahnya": the reported clause
        openers = sorted(openers + [r.end() for r in ana.reporting_any.finditer(text, here, m.start)]
                         + [r.end() for r in ana.directive_any.finditer(text, here, m.start)])  # "meminta Bupati X menetapkan ... wilayahnya"
    clause = openers[-1] if openers else here
    since = sentence_starts[k - 1] if k > 0 else here  # no scope reaches further back
    before = [j for j in sorted(_backwards(mentions, idx, since)) if mentions[j].rule != "clitic" and not mentions[j].dateline]
    subject = next((j for j in before if clause <= mentions[j].start), None) if own_clause else None
    if people_first and subject is not None and _people(mentions[subject]) and any(j > subject and _compatible(mentions[j], types, reg) for j in before):
        subject = None  # "Ribuan guru menuntut Kementerian X mengangkat mereka": an object's clause, not the subject's
    if people_first and subject is not None and _people(mentions[subject]) and ana.reporting_any.search(text, mentions[subject].end, m.start):
        subject = None  # "Para pengemudi mengaku pendapatan mereka turun": what the speakers say of themselves
    speakers: set[int] = set()  # who speaks in this sentence or the one before ("Jubir KPK mengatakan ... . KPK menggeledah rumah tersangka")
    word = fold(m.text)
    if m.rule != "clitic" and not word.endswith("nya") and (word not in ana.pronouns or word in ana.bare_nouns):  # descriptions and bare nouns
        for lo, hi in ((since, here), (here, m.start)):
            verbs = [r.start() for r in ana.reporting_any.finditer(text, lo, hi)]
            speakers |= {j for j in before if lo <= mentions[j].start < verbs[-1]} if verbs else set()
    order = list(types) if isinstance(types, tuple) else None
    bounds = [here] + openers + [m.start]  # the clauses of the sentence, innermost (the anaphor's own) first
    scopes = [(bounds[n - 1], bounds[n]) for n in range(len(bounds) - 1, 0, -1)] + ([(sentence_starts[k - 1], here)] if k > 0 else [])
    if type_first:  # one scope ranked by type first: a group of people before a nearer organisation
        scopes = [(scopes[-1][0], m.start)]
    if m.rule == "clitic" and order and order[0] == "person" and any(mentions[j].type == "person" for j in before):
        scopes = [(scopes[-1][0], m.start)]  # "rumah dinasnya": a person in reach before a nearer organisation
    for lo, hi in scopes:
        ranked = []
        for j in before:
            c = mentions[j]
            if not (lo <= c.start < hi) or j == subject or c.role in avoid:
                continue
            kind = _kind(c, types, reg)
            if kind is not None and not (kind == "person" and j in speakers):  # a description is no speaker himself (his organisation may be)
                near = 0 if clause <= c.start else 1 if here <= c.start else 2
                ranked.append((not _people(c) if people_first else 0, c.role not in roles_first if roles_first else 0, plain and c.sector in ana.official_sectors,
                               (order.index(kind) if order and kind in order else 0), near, c.start, j, kind))  # fmt: skip
        if ranked:
            *_, j, kind = min(ranked)
            if plain and mentions[j].sector in ana.official_sectors:  # an official in scope: a private person named further back first
                j, kind = _private_person(mentions, idx, ana) or (j, kind)
            _attach(m, mentions[j], j, kind, reg)  # itself, or the organisation of a person: "juru bicara KPK ... pihaknya"
            return
    if plain and (private := _private_person(mentions, idx, ana)):
        _attach(m, mentions[private[0]], *private, reg)
        return
    _link(mentions, idx, types, reg, avoid=avoid)


def _private_person(mentions: list[Mention], idx: int, ana: Anaphora) -> tuple[int, str] | None:
    """The nearest earlier person who is no official ("pria berusia 34 tahun itu" is rather the defendant than the judge)."""
    for x in range(idx - 1, -1, -1):
        c = mentions[x]
        if c.type == "person" and c.sector not in ana.official_sectors and c.rule != "clitic" and not c.dateline:
            return x, c.type
    return None


def _deputy(m: Mention) -> bool:
    """'Wakil Bupati', 'wakil ketua': a deputy holds another office than the holder of the role."""
    return "wakil" in fold(m.text).split()


def _people(c: Mention) -> bool:
    """A group of people ("ribuan buruh", "para prajurit", "keduanya", "46 warga negara Indonesia"), not an organisation by its name."""
    return c.type == "generic_group" or c.rule in ("role_group", "role_group+org", "role_group_anaphor") or c.rule == "country_form" and c.sector == "CVL"


def _kind(c: Mention, types, reg: Register) -> str | None:
    """How mention c can stand for one of ``types``: as itself (its type), through the
    organisation of a person or group ("org_of_person", or that organisation's type), or
    through a person's country ("country_of_person"); None when it cannot."""
    if c.type in types:
        return c.type
    if c.org_id and "org_of_person" in types:
        return "org_of_person"
    if c.org_id and reg.actors[c.org_id].type in types:
        return reg.actors[c.org_id].type
    if c.type != "country" and "country_of_person" in types and (c.country or "").lower() in reg.actors:  # a person's or an organ's country
        return "country_of_person"
    return None


def _compatible(c: Mention, types, reg: Register) -> bool:
    return _kind(c, types, reg) is not None


def _copy(m: Mention, cand: Mention, j: int) -> None:
    m.actor_id, m.name, m.type, m.country, m.sector = cand.actor_id, cand.name, cand.type, cand.country, cand.sector
    m.role = m.role or cand.role
    m.org_id = m.org_id or cand.org_id  # "Jenderal bintang dua itu menegaskan pihaknya": the general's police
    m.antecedent = j


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
    if types and toks[i].key in ana.bare_nouns and i > 0 and (toks[i - 1].key in reg.quantifiers or toks[i - 1].key in ana.bare_not_after.get(toks[i].key, ())):
        return None  # "para tersangka", "42 tersangka": a group noun (roles.json); "sebagai tersangka": a predicate
    if types and toks[i].key in ana.after_predicate and not (i > 0 and (toks[i - 1].key in ana.openers or toks[i - 1].key in ana.prepositions or _is_verb(toks[i - 1].key, ana))):
        return None  # "pangkalan militer": a modifier; "menuduh militer": the army named before
    if types and i + 1 < len(toks) and toks[i + 1].key in ana.bare_not_before.get(toks[i].key, ()):
        return None
    return (i, i + 1, types) if types else None


_NEXT_WORD = re.compile(r"\s*(\w+)")


def _description_entity(text: str, entity, ana: Anaphora) -> bool:
    """An NER entity that is a description, no name: "Partai berlambang pohon beringin [itu]",
    a bare "Mahkamah" (warta.actors.coref resolves those)."""
    start, end, _ = entity
    after = _NEXT_WORD.match(text, end)
    return bool(after and fold(after.group(1)) in ana.demonstratives) or fold(text[start:end]) in ana.pronouns or tokens(text[start:end]) in ana.heads


def _name_parts(named: list[Mention], toks, starts: list[int], ana: Anaphora) -> list[Mention]:
    """A word of a person's name named before stands for that person: "Grossi" after "Direktur
    Jenderal IAEA Rafael Grossi", "Purbaya" after "Menteri Keuangan Purbaya Yudhi Sadewa"."""
    inside = _covered(named, toks, starts, groups=True)
    persons = sorted((m for m in named if m.type == "person" and m.name), key=lambda m: m.end)
    known: dict[str, Mention] = {}  # a word of a name read so far -> the latest person with it
    p = 0
    out = []
    discovered = {m.start: m for m in named if m.rule == "discovered" and m.type == "person"}
    for k, t in enumerate(toks):
        while p < len(persons) and persons[p].end <= t.start:
            words = persons[p].name.split()
            for w in words[1:] if len(words) > 1 and words[0] in ana.honorifics else words:
                known[w] = persons[p]
            p += 1
        if (d := discovered.get(t.start)) and (c := known.get(d.text.split()[0])) and f" {d.text} " in f" {c.name} ":
            d.actor_id, d.name, d.country, d.sector, d.role, d.org_id, d.rule = c.actor_id, c.name, c.country, c.sector, c.role, c.org_id, "name_part"
            continue  # "Ade Ary" after "Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi": that person, no new one
        if inside[k] or t.raw not in known or len(t.raw) < 3 or not t.raw[:1].isupper() or not t.raw[1:].islower():
            continue
        if any(0 <= n < len(toks) and toks[n].raw[:1].isupper() and toks[max(k, n)].gap.strip() == "" for n in (k - 1, k + 1)):
            continue  # part of a longer name ("Polda Metro Jaya", "Jakarta Selatan"), not a name alone
        c = known[t.raw]
        out.append(Mention(t.start, t.end, t.raw, c.actor_id, c.name, "person", c.country, c.sector, role=c.role, rule="name_part", org_id=c.org_id))
    return out


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
    for n in (2, 1):
        head = tuple(t.key for t in toks[i : i + n])
        types = ana.heads.get(head)
        if not types:
            continue
        k = i + n
        relative = False  # after "yang" a verb belongs to the description ("milisi yang didukung Iran itu")
        while k < len(toks) and k - (i + n) <= ana.max_modifiers:
            if toks[k].gap.strip(" ") not in ("", "-"):  # a comma or full stop ends the clause
                return None
            if toks[k].key in ana.demonstratives:
                return (start, k + 1, types)
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
