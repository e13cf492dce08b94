"""The ``actors`` step: every actor mention in a document, resolved to the register.

Register matches, new actors (from NER entities of the ``nlp`` step and organisation names:
warta.actors.discover) and coreference come from ``resolve_mentions``; this step adds the
PER/ORG/LOC label of each mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import ClassVar

from warta.actors.anaphora import load_anaphora
from warta.actors.coref import resolve_mentions
from warta.actors.match import Mention
from warta.actors.register import Register, load_register
from warta.actors.roles import article_office, named_holders, office_terms, rank_force, same_name_in_office, verb_formed
from warta.dates.published import parse_published
from warta.fiction import is_synopsis_document
from warta.records import Document
from warta.step import resource
from warta.windows import windows


@dataclass(frozen=True)
class Actors:
    name: ClassVar[str] = "actors"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "entities")
    assigns: ClassVar[tuple[str, ...]] = ("mentions",)
    without: frozenset[str] = frozenset()  # coreference rules switched off (warta.actors.rules), to measure their worth

    def prepare_store(self, store) -> None:
        """Put the register (actors and aliases) in the store before any mention points at it."""
        reg = load_register()
        actors = [{"actor_id": a.id, "name": a.name, "type": a.type, "country": a.country, "sector": a.sector,
                   "qid": a.qid, "parent": a.parent, "origin": "register"} for a in reg.actors.values()]  # fmt: skip
        aliases = [(alias.actor_id, alias.surface) for bucket in reg.index.values() for _, alias in bucket if alias.actor_id]
        store.sync_register(actors, aliases)

    def __call__(self, docs: list[Document]) -> list[Document]:
        reg = resource(load_register)
        for doc in docs:
            entities = sorted(doc.annotations.entities)
            entity_starts = [e[0] for e in entities]
            mentions: list[Mention] = []
            for start, end in windows(doc.text, doc.annotations.sentences):
                inside = entities[bisect_left(entity_starts, start) : bisect_left(entity_starts, end)]
                mentions.extend(_in_window(doc.text, start, end, inside, reg, offset=len(mentions), without=self.without))
            before = [(m.actor_id, m.org_id, m.country) for m in mentions]
            if "named_holder" not in self.without:
                named_holders(mentions, reg)
            if "same_name_in_office" not in self.without:
                same_name_in_office(mentions)
            if "article_office" not in self.without:
                article_office(mentions, reg)
            if "rank_force" not in self.without:
                rank_force(mentions, reg)
            if "office_term" not in self.without:
                office_terms(mentions, reg, _year(doc))
            _follow_changes(mentions, before)
            if "noun_complement" not in self.without and doc.annotations.spacy is not None:
                _noun_complements(doc.text, mentions, doc.annotations.spacy, reg)
            if "fiction" not in self.without and is_synopsis_document(doc):
                mentions = _registered_only(doc.text, mentions, reg)
            _label(mentions, entities)
            doc.annotations.mentions = mentions
        return docs


def _year(doc: Document) -> int | None:
    """The year the document was published, if its date can be read ("10-Sep-19" -> 2019)."""
    published = parse_published(doc.published)
    return int(published[:4]) if published and published[:4].isdigit() else None


_COMPLEMENT_RULES = frozenset({"role_group", "role_only"})
_COMPLEMENT_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_COMPLEMENT_WORDS = 4


def _noun_complements(text: str, mentions: list[Mention], sdoc, reg: Register) -> None:
    """A role or group noun takes the lower-case nouns the tagger reads after it as its
    complement, one mention, as the real-news guide spans it: "korban kekerasan", "aparat penegak
    hukum", "rektor perguruan tinggi", "pengemudi mobil" (nouns, then adjectives after a noun);
    not "warga banyak", "para siswa tak" (an adverb, a particle), nor after a name ("1 anggota
    Brimob luka"). At most four words, never into the next mention, a capitalised word, a number,
    punctuation, a stop word (roles.json ``case_stops``, ``complement_stops``: "yang", "pekan") or
    a word formed as a verb (me-, di-, ber-, -kan: "developer suguhkan"). Per role mention: one
    bisection into the tokens and the few words after it."""
    starts: list[int] | None = None  # the Doc's token offsets, read at the first role mention
    for k, m in enumerate(mentions):
        if m.rule not in _COMPLEMENT_RULES:
            continue
        words = m.text.split()
        if len(words) > 1 and not words[-1][:1].islower():
            continue  # "1 anggota Brimob [luka]": after a name
        if starts is None:
            starts = [t.idx for t in sdoc]
        limit = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
        i = bisect_left(starts, m.end)
        end, n = m.end, 0
        while i < len(sdoc) and n < _COMPLEMENT_WORDS:
            t = sdoc[i]
            if t.idx + len(t.text) > limit or not t.text.isalpha() or not t.text.islower() or t.pos_ not in _COMPLEMENT_POS \
                    or n == 0 and t.pos_ == "ADJ" or text[end : t.idx].strip() or _not_complement(reg, t.text.lower()):  # fmt: skip
                break
            end, n, i = t.idx + len(t.text), n + 1, i + 1
        if n:
            m.end, m.text = end, text[m.start : end]


def _not_complement(reg: Register, word: str) -> bool:
    """A word that ends a role noun's complement: a stop word, one formed as a verb ("me-", "di-",
    "ber-"; not "menteri", "menengah": anaphora.json ``not_verbs``), or one ending in "-kan"
    (stopping there also at nouns such as "pendidikan" gains on real train: 255 against 254
    anaphors, 384 against 383 actors found)."""
    return word in reg.case_stops or word in reg.complement_stops or word.endswith("kan") \
        or verb_formed(word) and word not in load_anaphora().not_verbs  # fmt: skip


def _follow_changes(mentions: list[Mention], before: list[tuple[str | None, str | None, str | None]]) -> None:
    """Coreference ran before named_holders and same_name_in_office: a mention whose antecedent
    they changed, and which still holds the antecedent's old ids, takes the new ones ("Anies
    Baswedan ... Gubernur DKI Jakarta mengatakan ... Ia juga ..." -> "Ia" is Anies), and counts
    as changed for the mentions after it. One pass in mention order; nothing else moves. The
    speaker after his quotation counts too ("... telah kita terima," terang Kajari Mhd Alinafiah:
    "kita" follows the Kajari's new office, session 21)."""
    changed = [(m.actor_id, m.org_id, m.country) != old for m, old in zip(mentions, before, strict=True)]
    for k, m in enumerate(mentions):
        a = m.antecedent
        if changed[k] or a is None or not 0 <= a < len(mentions) or a == k or not changed[a] or (m.actor_id, m.org_id, m.country) != before[a]:
            continue
        m.actor_id, m.org_id, m.country = mentions[a].actor_id, mentions[a].org_id, mentions[a].country
        changed[k] = True


def _in_window(text: str, start: int, end: int, entities, reg, offset: int, without: frozenset[str] = frozenset()) -> list[Mention]:
    """Mentions of text[start:end], with offsets and antecedent indices of the whole document
    (an antecedent is searched within the window: windows exist only for huge documents).
    ``entities`` are those starting inside the window."""
    if start == 0 and end == len(text):
        return resolve_mentions(text, reg, entities, without)
    local = [(s - start, e - start, label) for s, e, label in entities if e <= end]
    found = resolve_mentions(text[start:end], reg, local, without)
    for m in found:
        m.start += start
        m.end += start
        if m.antecedent is not None:
            m.antecedent += offset
    return found


def _registered_only(text: str, mentions: list[Mention], reg: Register) -> list[Mention]:
    """A synopsis's mentions less its characters (the real-news guide: characters of synopses are
    no mentions): the registered actors named in it stay, and the cast, a name the synopsis
    writes in brackets after its character ("kaisar Lee Hyuk (Shin Sung-Rok)"), with no antecedent."""
    brackets = set(re.findall(r"\(([^()]*)\)", text))  # "(X)" in text, X with no bracket in it, is exactly X in these
    kept = [m for m in mentions if m.rule not in ("anaphor", "clitic", "name_part")
            and (m.actor_id in reg.actors or m.rule == "discovered" and _in_brackets(m.text, text, brackets))]  # fmt: skip
    for m in kept:
        m.antecedent = None
    return kept


def _in_brackets(name: str, text: str, brackets: set[str]) -> bool:
    """Whether the text holds "(name)": a look-up in the text's bracket contents, a search of
    the text only for a name that itself holds a bracket."""
    if "(" in name or ")" in name:
        return f"({name})" in text
    return name in brackets


def _label(mentions: list[Mention], entities: list[tuple[int, int, str]]) -> None:
    """The NER label of the entity a named mention overlaps most (pronouns get none).
    Entities (sorted) do not overlap each other, so those a mention overlaps are found by bisection."""
    ends = [e[1] for e in entities]
    for m in mentions:
        if m.rule in ("anaphor", "role_group_anaphor"):
            continue
        best, best_overlap = None, 0
        for k in range(bisect_right(ends, m.start), len(entities)):  # by index: a slice would copy the rest, for every mention
            e = entities[k]
            if e[0] >= m.end:
                break
            overlap = min(e[1], m.end) - max(e[0], m.start)
            if overlap > best_overlap:
                best, best_overlap = e, overlap
        if best is not None:
            m.label = best[2]
