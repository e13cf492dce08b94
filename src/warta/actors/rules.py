"""Coreference as a table of named rules: which earlier mention a pronoun, possessive,
description or repeated role noun stands for.

Each rule is a small class with a ``name``, a docstring with its Indonesian example,
``applies(doc, idx)`` (is mentions[idx] of the kind this rule handles?) and ``resolve(doc,
idx)`` (link it; True when it found an antecedent or an actor). ``RULES`` below is the one
ordered list: for every mention, in text order, the rules that apply are tried in that order
until one resolves it. A rule that applies and finds nothing leaves the mention to the next
rule that applies (a "mereka" for which ``sentence_subject`` finds no subject goes to
``nearest``). ``warta eval actors FILE --without NAME`` switches a rule off to measure its worth
(training/actors/rule_worth.py; the table is in docs/actors.md).

The searches the rules are made of (nearest, salient, previous subject, ...) are in
warta.actors.link; the words they read in warta/data/actors/anaphora.json.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass
from typing import ClassVar, Protocol

from warta.actors import chooser
from warta.actors.anaphora import Anaphora
from warta.actors.link import (
    LOOK_BACK,
    attach,
    backwards,
    contrastive,
    copy_antecedent,
    link_nearest,
    link_salient,
    link_singular,
    link_subject,
    other_side_barred,
)
from warta.actors.match import Mention
from warta.actors.register import Register, fold
from warta.actors.roles import ROLE_RULES


@dataclass
class Doc:
    """One document being resolved: its text, its mentions in text order, and for each
    pronoun, possessive or description found (by id of the mention) the types it may stand for."""

    text: str
    reg: Register
    ana: Anaphora
    mentions: list[Mention]
    sentence_starts: list[int]
    pending: dict[int, frozenset[str]]

    def types(self, idx: int):
        """The types mentions[idx] may stand for, or None when it is no pronoun/description."""
        return self.pending.get(id(self.mentions[idx]))

    def since(self, idx: int, back: int) -> int:
        """Where the sentence ``back`` sentences before mentions[idx]'s starts (its own: 0), and
        never more than ``LOOK_BACK`` characters before it (a sentence may be of any length): how
        far back a bounded rule looks, so that each mention costs at most a constant."""
        m = self.mentions[idx]
        k = bisect_left(self.sentence_starts, m.start + 1) - 1
        return max(self.sentence_starts[max(k - back, 0)], m.start - LOOK_BACK)

    def salient(self, idx: int, types, own_clause: bool, **how) -> None:
        link_salient(self.mentions, idx, types, self.reg, self.text, self.sentence_starts, self.ana, own_clause=own_clause, **how)


class Rule(Protocol):
    name: ClassVar[str]

    def applies(self, doc: Doc, idx: int) -> bool: ...

    def resolve(self, doc: Doc, idx: int) -> bool: ...


def _linked(doc: Doc, idx: int) -> bool:
    return doc.mentions[idx].antecedent is not None


def _first_word(m: Mention) -> str:
    return m.text.split()[0].lower()


def _definite_group(doc: Doc, m: Mention) -> bool:
    """A group or office noun that refers back by its form: "para pengungsi tersebut",
    "seluruh sandera", "sang menteri"."""
    return m.rule == "role_group_anaphor" or m.rule in ("role_group", "role_only") and ((w := _first_word(m)) in doc.ana.definite or w in doc.ana.all_of)


def _possessive_or_description(doc: Doc, m: Mention) -> bool:
    """A "-nya" pronoun ("pihaknya"), a description of several words or a bare noun ("tersangka")."""
    return m.text.lower().endswith("nya") or m.rule == "anaphor" and " " in m.text or fold(m.text) in doc.ana.bare_nouns


# --- pronouns, possessives, descriptions --------------------------------------------------


_QUOTE = "\"“”"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class QuotedSpeaker:
    """In a quotation "saya", "kami", "kita" are the one quoted ("kami", "kita": his organisation
    when he has one, and its own mention before as the antecedent): "\"Kami sudah memeriksa tiga saksi,\" kata Juru bicara KPK Budi Prasetyo" -> KPK;
    "Budi mengatakan, \"Saya tidak tahu\"" -> Budi; the speaker may be a pronoun that stands for
    one ("Menurut dia, ... \"Saya ...\"": whom "dia" stands for). The search is bounded (600 characters
    of quotation, 200 before it)."""

    name: ClassVar[str] = "quoted_speaker"

    def applies(self, doc: Doc, idx: int) -> bool:
        return doc.types(idx) is not None and fold(doc.mentions[idx].text) in doc.ana.first_person

    def resolve(self, doc: Doc, idx: int) -> bool:
        j = self._speaker(doc, idx)
        if j is None:
            return False
        m, c = doc.mentions[idx], doc.mentions[j]
        if fold(m.text) not in doc.ana.first_plural or not c.org_id or c.org_id not in doc.reg.actors:
            copy_antecedent(m, c, j)
        else:
            attach(m, c, j, "org_of_person", doc.reg)
            same = next((x for x in backwards(doc.mentions, idx, doc.since(idx, 5)) if doc.mentions[x].actor_id == m.actor_id and doc.mentions[x].type != "person"), None)  # the organisation's own mention in the six sentences up to here
            m.antecedent = m.antecedent if same is None else same
        return True

    def _speaker(self, doc: Doc, idx: int) -> int | None:
        text, ms, m = doc.text, doc.mentions, doc.mentions[idx]
        close = next((k for k in range(m.end, min(len(text), m.end + 600)) if text[k] in _QUOTE or text[k] == "\n"), None)
        if close is not None and text[close] != "\n":  # ... kami ...," kata X
            words = _WORD.findall(text, close + 1, close + 40)  # "...," katanya. -> "katanya"
            if words and fold(words[0]) in doc.ana.speech_tags:
                after = text.find(words[0], close) + len(words[0])
                j = next((j for j in range(idx + 1, len(ms)) if ms[j].start >= after), None)
                if j is not None and ms[j].start - after <= 3 and ms[j].type == "person":
                    return j
                if fold(words[0]).endswith("nya"):  # "ujarnya": the person quoted before, one who speaks first ("Menurut dia, ...")
                    persons = [j for j in backwards(ms, idx, m.start - LOOK_BACK) if ms[j].type == "person" and self._named(ms[j])]
                    return next((j for j in persons if TaggedSpeaker._speaks(doc, ms[j])), persons[0] if persons else None)
        opened = max((text.rfind(q, max(0, m.start - 600), m.start) for q in _QUOTE), default=-1)
        if opened > 0:  # X mengatakan, "... saya ..."
            lead = text[max(0, opened - 200) : opened]
            if doc.ana.reporting_any.search(lead) or any(fold(w) in doc.ana.speech_tags for w in lead.split()[-3:]):
                return next((j for j in backwards(ms, idx, opened - 200) if ms[j].end <= opened and ms[j].type == "person" and self._named(ms[j])), None)
        return None

    @staticmethod
    def _named(c: Mention) -> bool:
        """A speaker: a person named, or a pronoun that stands for one ("Menurut dia, ... \"Saya ...\"")."""
        return c.rule not in ("clitic", "anaphor") or c.rule == "anaphor" and c.antecedent is not None


@dataclass(frozen=True)
class BracketName:
    """A pronoun with a name in brackets right after it is the one named: "dia (Tom Cruise)
    tidak ingin ia (Nicole) ada di sana" -> Nicole; "Andi jaga di luar dan saya (Umar) sopir" -> Umar."""

    name: ClassVar[str] = "bracket_name"

    def applies(self, doc: Doc, idx: int) -> bool:
        ms = doc.mentions
        return doc.types(idx) is not None and idx + 1 < len(ms) and self._bracketed(doc, ms[idx], ms[idx + 1], doc.types(idx) or ())

    def resolve(self, doc: Doc, idx: int) -> bool:
        copy_antecedent(doc.mentions[idx], doc.mentions[idx + 1], idx + 1)
        return True

    @staticmethod
    def _bracketed(doc: Doc, m: Mention, c: Mention, types) -> bool:
        between = doc.text[m.end : c.start]
        return between.strip() == "(" and doc.text[c.end : c.end + 2].strip()[:1] == ")" and c.type is not None and (c.type == "person") == ("person" in types)


def _inside_quotation(text: str, start: int, reach: int = 600) -> bool:
    """Whether ``start`` lies inside a quotation opened at most ``reach`` characters before it:
    after an opening curly quote not yet closed, or after an odd number of straight quotes."""
    window = text[max(0, start - reach) : start]
    opened, closed = window.rfind("“"), window.rfind("”")
    if opened >= 0 or closed >= 0:
        return opened > closed
    return window.count('"') % 2 == 1


@dataclass(frozen=True)
class OwnSide:
    """ "kami", "kita" whose speaker has no organisation in the register (or is not found) stand
    for what a "kami" or "pihaknya" in the six sentences up to them stood for, else the
    organisation named last in three, else the group of people (no person, no country): "Polda Metro Jaya menangkap lima tersangka. \"Kami masih memburu dua
    lagi,\" kata Ade." -> Polda Metro Jaya (not the nearer suspects). A speaker with an
    organisation is left to ``quoted_speaker`` ("kata Juru bicara KPK Budi Prasetyo": KPK)."""

    name: ClassVar[str] = "own_side"

    def applies(self, doc: Doc, idx: int) -> bool:
        m = doc.mentions[idx]
        return doc.types(idx) is not None and fold(m.text) in doc.ana.first_plural and _inside_quotation(doc.text, m.start)

    def resolve(self, doc: Doc, idx: int) -> bool:
        ms = doc.mentions
        j = QuotedSpeaker()._speaker(doc, idx)
        if j is not None and ms[j].org_id in doc.reg.actors:
            return False  # quoted_speaker: his organisation
        speaker_id = ms[j].actor_id if j is not None else None
        if j is not None and ms[j].type == "person" and speaker_id and not speaker_id.startswith("new-"):
            copy_antecedent(ms[idx], ms[j], j)  # a registered person speaks for his side: "\"Kita hormati ...,\" kata Presiden Joko Widodo"
            return True
        # bounded: what a "kami" or "pihaknya" stood for in the six sentences up to this one, else an
        # organisation named in three, else a group of people
        said = [c for c in backwards(ms, idx, doc.since(idx, 5))
                if ms[c].antecedent is not None and fold(ms[c].text) in doc.ana.own_side_words and ms[c].type not in (None, "person")]  # fmt: skip
        near = [c for c in backwards(ms, idx, doc.since(idx, 2)) if ms[c].type not in (None, "person", "country") and ms[c].rule != "clitic" and not ms[c].cited]
        near = said[:1] + sorted(near, key=lambda c: ms[c].type == "generic_group")
        if near:
            copy_antecedent(ms[idx], ms[near[0]], near[0])
            return True
        return False


@dataclass(frozen=True)
class TaggedSpeaker:
    """ "ia", "dia" in a speech tag after a quotation ("...," kata dia) are the person who speaks:
    the last person named before the quotation opened, not one named inside it: "Faizal
    mengkritik Anies. \"Anies selaku gubernur harus bertindak,\" kata dia." -> Faizal."""

    name: ClassVar[str] = "tagged_speaker"

    def applies(self, doc: Doc, idx: int) -> bool:
        m = doc.mentions[idx]
        if doc.types(idx) != ("person",) or fold(m.text) not in doc.ana.subject_pronouns:
            return False
        before = doc.text[max(0, m.start - 40) : m.start].replace(",", " ").split()
        return len(before) >= 2 and fold(before[-1]) in doc.ana.speech_tags and before[-2][-1:] in _QUOTE

    def resolve(self, doc: Doc, idx: int) -> bool:
        ms, m = doc.mentions, doc.mentions[idx]
        close = max(doc.text.rfind(q, max(0, m.start - 40), m.start) for q in _QUOTE)  # as far as ``applies`` looked
        opened = max(doc.text.rfind(q, max(0, close - 2000), close) for q in _QUOTE)
        if opened < 0:
            return False
        persons = [j for j in backwards(ms, idx, max(0, opened - 600)) if ms[j].end <= opened and ms[j].type == "person" and ms[j].rule != "clitic"]
        speaking = [j for j in persons if self._speaks(doc, ms[j])]  # bounded: the quotation and what precedes it
        if persons:
            j = (speaking or persons)[0]
            copy_antecedent(m, ms[j], j)
            return True
        return False

    @staticmethod
    def _speaks(doc: Doc, c: Mention) -> bool:
        """A speech tag or "menurut" right before the person ("ujar Faizal"), or a reporting verb right after."""
        before = doc.text[max(0, c.start - 20) : c.start].replace(",", " ").split()[-1:]
        after = doc.text[c.end : c.end + 30].replace(",", " ").split()[:1]
        return bool(before) and fold(before[0]) in doc.ana.speaker_before or bool(after) and fold(after[0]) in doc.ana.reporting_words


@dataclass(frozen=True)
class ThirdPerson:
    """ "ia", "dia", "mereka" inside a quotation are never "saya", "kami", "kita": who speaks in the
    first person is not the one he speaks of in the third. As ``sentence_subject``, with
    first-person pronouns passed over: "\"Dia memberitahukan kepada saya percakapan ketika ia
    nongkrong dengan Pangeran Harry\"" -> "Dia" (not "saya"). After the quotation "Dia" may well be
    its "saya" ("\"Saya mendapat kabar,\" katanya. Dia mengaku ..."): left to ``sentence_subject``."""

    name: ClassVar[str] = "third_person"

    def applies(self, doc: Doc, idx: int) -> bool:
        return SentenceSubject().applies(doc, idx) and _inside_quotation(doc.text, doc.mentions[idx].start)

    def resolve(self, doc: Doc, idx: int) -> bool:
        link_subject(doc.mentions, idx, doc.types(idx), doc.reg, doc.sentence_starts, doc.text, doc.ana, others=doc.ana.first_person)
        return _linked(doc, idx)


@dataclass(frozen=True)
class SentenceSubject:
    """ "mereka", "ia" opening a sentence take the previous sentence's subject ("Ribuan buruh
    berunjuk rasa di depan gedung DPR. Mereka menuntut ..." -> the workers); "Ia" that of its
    reported clause ("X mengatakan sang bupati diduga ... . Dia kini ditahan" -> the regent)
    unless it speaks again; inside a sentence the salient compatible mention that is not its
    clause's subject ("Warga setempat menolak kedatangan mereka": not the residents)."""

    name: ClassVar[str] = "sentence_subject"

    def applies(self, doc: Doc, idx: int) -> bool:
        return doc.types(idx) is not None and fold(doc.mentions[idx].text) in doc.ana.subject_pronouns

    def resolve(self, doc: Doc, idx: int) -> bool:
        link_subject(doc.mentions, idx, doc.types(idx), doc.reg, doc.sentence_starts, doc.text, doc.ana)
        return _linked(doc, idx)


@dataclass(frozen=True)
class DefinitePerson:
    """ "sang"/"si" and a noun is one person named before: the last person with that role, else
    the salient person (own clause, sentence, sentence before): "Elza Syarief mendampingi
    Nikita Mirzani ke kantor polisi. Nikita berterima kasih kepada sang pengacara." -> Elza Syarief."""

    name: ClassVar[str] = "definite_person"

    def applies(self, doc: Doc, idx: int) -> bool:
        m = doc.mentions[idx]
        return _first_word(m) in doc.ana.definite_singular and m.actor_id is None and m.type in (None, "person") and m.antecedent is None

    def resolve(self, doc: Doc, idx: int) -> bool:
        m, ms = doc.mentions[idx], doc.mentions
        if m.role:
            link_nearest(ms, idx, f"role:{m.role}", doc.reg)
        if not _linked(doc, idx) and m.text.split()[1].lower() in doc.ana.clitic["person_words"] | doc.ana.definite_modifiers:
            # a kin or partner of the one the sentence is about ("Tom tak ingin sang mantan istri hadir"): the nearest other person
            near = [j for j in backwards(ms, idx, doc.since(idx, 2)) if ms[j].type == "person" and ms[j].rule != "clitic"]
            own = doc.since(idx, 0)
            here = [j for j in near if ms[j].start >= own]
            subject = ms[here[-1]] if here else None
            other = [j for j in near if subject is None or (ms[j].name or ms[j].text) != (subject.name or subject.text)]
            if other:
                copy_antecedent(m, ms[other[0]], other[0])
            return True
        if not _linked(doc, idx):
            doc.salient(idx, ("person",), own_clause=True)
        return _linked(doc, idx)


@dataclass(frozen=True)
class Salient:
    """Pronouns with "-nya", descriptions and bare nouns take the salient compatible mention: own
    clause, then sentence, then the sentence before; the head's preferred type, then the
    leftmost (the subject). "Beijing membantah dan menuding Filipina melanggar wilayah pihaknya"
    -> Beijing; a description is not its own clause's subject ("Indonesia membantu
    tetangganya itu" -> not Indonesia)."""

    name: ClassVar[str] = "salient"

    def applies(self, doc: Doc, idx: int) -> bool:
        return doc.types(idx) is not None and _possessive_or_description(doc, doc.mentions[idx])

    def resolve(self, doc: Doc, idx: int) -> bool:
        m = doc.mentions[idx]
        description = m.rule == "anaphor" and (" " in m.text or fold(m.text) in doc.ana.bare_nouns) and not m.text.lower().endswith("nya")
        doc.salient(idx, doc.types(idx), own_clause=description)
        return _linked(doc, idx)


@dataclass(frozen=True)
class WordAgain:
    """A bare noun that begins a name read before is that name again, before any nearer mention
    of its type: "Pemprov Sumsel menetapkan status siaga. BNPB mengirim helikopter. Berbagai
    upaya telah dilakukan pemprov" -> Pemprov Sumsel (not BNPB); "Korban melapor ke Polsek Pondok
    Aren. ... melaporkan ke Polsek" -> Polsek Pondok Aren (session 22); bounded to six sentences."""

    name: ClassVar[str] = "word_again"

    def applies(self, doc: Doc, idx: int) -> bool:
        m = doc.mentions[idx]
        return doc.types(idx) is not None and " " not in m.text and fold(m.text) in doc.ana.word_again

    def resolve(self, doc: Doc, idx: int) -> bool:
        ms, word = doc.mentions, fold(doc.mentions[idx].text)
        j = next((j for j in backwards(ms, idx, doc.since(idx, 5)) if ms[j].actor_id and fold(ms[j].text.split()[0]) == word), None)
        if j is None:
            return False
        copy_antecedent(ms[idx], ms[j], j)
        return True


@dataclass(frozen=True)
class Nearest:
    """Any other pronoun takes the nearest earlier mention of a type it can stand for:
    "BPBD DKI Jakarta ... pemprov" -> BPBD DKI Jakarta (never one of a contrastive role: "para pelaku"
    are not the victims; a bare "tersangka" never one who investigates or judges the case:
    "Kapolda Jatim Irjen Pol Rudi Santosa berharap tersangka tidak lagi mangkir" is no Kapolda)."""

    name: ClassVar[str] = "nearest"

    def applies(self, doc: Doc, idx: int) -> bool:
        return doc.types(idx) is not None

    def resolve(self, doc: Doc, idx: int) -> bool:
        m, ana = doc.mentions[idx], doc.ana
        avoid = contrastive(m, ana)
        link_nearest(doc.mentions, idx, doc.types(idx), doc.reg, avoid=avoid, skip=other_side_barred(doc.mentions, idx, doc.reg, ana, doc.text, doc.sentence_starts))
        return _linked(doc, idx)


@dataclass(frozen=True)
class PluralAgain:
    """A plural pronoun nothing before it fits ("keduanya", "mereka" of two people named
    apart) is the plural pronoun before it, in its sentence or the two before: "Chika dan Roger
    menikah. Sebelumnya mereka amat tertutup. Foto-foto prewed keduanya mengejutkan publik." ->
    "mereka" (one pair)."""

    name: ClassVar[str] = "plural_again"

    def applies(self, doc: Doc, idx: int) -> bool:
        return doc.types(idx) is not None and fold(doc.mentions[idx].text) in doc.ana.plural_pronouns

    def resolve(self, doc: Doc, idx: int) -> bool:
        ms = doc.mentions
        j = next((j for j in backwards(ms, idx, doc.since(idx, 2)) if fold(ms[j].text) in doc.ana.plural_pronouns), None)
        if j is None:
            return False
        copy_antecedent(ms[idx], ms[j], j)
        return True


@dataclass(frozen=True)
class BareDefault:
    """A bare "pemerintah", "kepolisian", "kejaksaan" with nothing before it that fits is
    Indonesia's: "Pemerintah akan menaikkan harga BBM" -> idn (GOV)."""

    name: ClassVar[str] = "bare_default"

    def applies(self, doc: Doc, idx: int) -> bool:
        return doc.types(idx) is not None and doc.reg.actors.get(doc.ana.bare_defaults.get(fold(doc.mentions[idx].text), "")) is not None

    def resolve(self, doc: Doc, idx: int) -> bool:
        m = doc.mentions[idx]
        default = doc.reg.actors[doc.ana.bare_defaults[fold(m.text)]]
        m.actor_id, m.name, m.type, m.country, m.sector = default.id, default.name, default.type, default.country, "GOV"
        return True


@dataclass(frozen=True)
class KinAgain:
    """A "-nya" word naming a person ("siswanya", "anak-anaknya", "temannya") is someone named
    before by that noun, when one was, in its sentence or the five before: "Siswa SMP TB 911
    belajar di garasi. Cucu terus berjuang membantu siswanya." -> "Siswa SMP TB 911". (With no
    such mention it stays a person of its own, as the real-news guide codes "istrinya".)"""

    name: ClassVar[str] = "kin_again"

    def applies(self, doc: Doc, idx: int) -> bool:
        return doc.mentions[idx].rule == "clitic"

    def resolve(self, doc: Doc, idx: int) -> bool:
        ms = doc.mentions
        noun = fold(ms[idx].text.split()[-1].split("-")[-1])[: -len(doc.ana.clitic["suffix"])]  # "anak-anaknya", "kedua siswanya" -> "anak", "siswa"
        j = next((j for j in backwards(ms, idx, doc.since(idx, 5)) if noun in self._nouns(doc, ms[j])), None)
        if j is None:
            return False
        copy_antecedent(ms[idx], ms[j], j)
        return True

    @staticmethod
    def _nouns(doc: Doc, c: Mention) -> tuple[str, ...]:
        """The nouns a mention names its referent by: its first word, after a count or "para"
        ("Siswa SMP", "para siswa", "tiga siswa"), that word without its "-nya" ("siswanya"), and its role."""
        words = [fold(w) for w in c.text.split("-")[0].split()[:2]]
        if len(words) == 2 and (words[0] in doc.reg.quantifiers or words[0] in doc.ana.definite or words[0].isdigit()):
            words = words[1:]
        first = words[0] if words else ""
        suffix = doc.ana.clitic["suffix"]
        return (first, first[: -len(suffix)] if first.endswith(suffix) else first) + ((fold(c.role),) if c.role else ())


# --- group nouns named again ----------------------------------------------------------------


@dataclass(frozen=True)
class SalientGroup:
    """A group noun with "para", "seluruh" or a demonstrative takes the group with its role in its
    sentence or the two before ("Kesepuluh terdakwa ... Karena para terdakwa sudah ditahan, maka
    seluruh terdakwa bebas" -> the defendants), else ("para", a demonstrative) the salient group:
    "Ribuan buruh ... Para demonstran tersebut" -> the workers; "Para milisi" a group of the types
    its noun names; "seluruh sandera" with no hostages before is a new group. (The last mention
    with the same role anywhere before, ``same_role_group`` until session 11, found fewer on
    real-news dev; session 15 brought it back bounded to three sentences: +2 anaphors on real train.)"""

    name: ClassVar[str] = "salient_group"

    def applies(self, doc: Doc, idx: int) -> bool:
        m = doc.mentions[idx]
        return doc.types(idx) is None and _definite_group(doc, m) and m.actor_id is None and m.type != "person"

    def resolve(self, doc: Doc, idx: int) -> bool:
        m = doc.mentions[idx]
        if m.role:  # the group with its role in this sentence or the two before ("para terdakwa ... seluruh terdakwa")
            j = next((j for j in backwards(doc.mentions, idx, doc.since(idx, 2))
                      if doc.mentions[j].role == m.role and doc.mentions[j].type != "person"), None)  # fmt: skip
            if j is not None:
                copy_antecedent(m, doc.mentions[j], j)
                return True
        if _first_word(m) in doc.ana.all_of:
            return False  # "seluruh sandera" with no hostages before: a new group
        noun = tuple(fold(w) for w in doc.mentions[idx].text.split()[1:])
        # a group is no one person: "para tokoh" after "Presiden Jokowi" is not him (heads says "tokoh" is a person's noun)
        types = tuple(t for t in doc.ana.heads.get(noun, ()) if t != "person")
        doc.salient(idx, types or ("generic_group", "armed_group", "ngo"), own_clause=True, type_first=True)
        return True


def _bare_group(doc: Doc, idx: int) -> bool:
    """A bare group noun, one word, with no organisation: "warga", "korban", "massa"."""
    m = doc.mentions[idx]
    return (doc.types(idx) is None and m.rule == "role_group" and m.actor_id is None and (m.text.islower() or m.text.istitle())
            and " " not in m.text and not _definite_group(doc, m) and not doc.reg.roles.get(m.role or "", {}).get("members_of"))  # fmt: skip


@dataclass(frozen=True)
class BareGroupAgain:
    """A bare group noun again is the group named before with that role: "ratusan warga
    Desa X ... warga" -> the residents. A noun whose role names no body by itself ("petugas")
    with none of its role before is the force the article names before it
    (anaphora.json ``force_in_context``): "Polisi menangkap dua pelaku. Petugas kemudian membawa
    mereka ke Polsek" -> Polri; with none it stays a group of its own ("Petugas hotel ...")."""

    name: ClassVar[str] = "bare_group_again"

    def applies(self, doc: Doc, idx: int) -> bool:
        return _bare_group(doc, idx) or self._uncomplemented_force(doc, doc.mentions[idx])

    @staticmethod
    def _uncomplemented_force(doc: Doc, m: Mention) -> bool:
        """A counted "petugas" with nothing after it: "dua petugas", "oknum petugas"."""
        return (m.rule == "role_group" and m.actor_id is None and m.role in doc.ana.force_in_context and not _definite_group(doc, m)
                and any(a.role == m.role for a in doc.reg.aliases((fold(m.text.split()[-1]),))))  # fmt: skip

    def resolve(self, doc: Doc, idx: int) -> bool:
        m = doc.mentions[idx]
        link_nearest(doc.mentions, idx, f"role:{m.role}", doc.reg)
        if not _linked(doc, idx) and (force := doc.ana.force_in_context.get(m.role or "")):
            link_nearest(doc.mentions, idx, force, doc.reg)
        return _linked(doc, idx)


@dataclass(frozen=True)
class SingularBack:
    """A bare "korban"/"pelaku" is the one person just introduced by "seorang": "seorang
    jurnalis Tempo dianiaya ... korban" -> the journalist."""

    name: ClassVar[str] = "singular_back"

    def applies(self, doc: Doc, idx: int) -> bool:
        return _bare_group(doc, idx) and doc.mentions[idx].role in doc.ana.singular_back

    def resolve(self, doc: Doc, idx: int) -> bool:
        link_singular(doc.mentions, idx, doc.reg, doc.sentence_starts)
        return True


# The precedence: for each mention the rules that apply are tried in this order until one resolves it.
RULES: tuple[Rule, ...] = (
    BracketName(),
    OwnSide(),
    QuotedSpeaker(),
    TaggedSpeaker(),
    ThirdPerson(),
    SentenceSubject(),
    DefinitePerson(),
    Salient(),
    WordAgain(),
    Nearest(),
    PluralAgain(),
    KinAgain(),
    BareDefault(),
    SalientGroup(),
    BareGroupAgain(),
    SingularBack(),
)


@dataclass(frozen=True)
class Finding:
    """A step of warta.actors.coref that finds what may refer back, or keeps a mention from
    referring; named so that it can be switched off (``--without``) and measured like a rule."""

    name: str
    example: str


FINDING: tuple[Finding, ...] = (
    Finding("mojibake_quotes", 'a curly quote read as Mac Roman is the quote it is: "‚ÄúKami langsung" is a quotation opening with "Kami"'),
    Finding("predicate", '"menetapkan Bupati X sebagai tersangka": a status noun after "sebagai"/"menjadi" names no one'),
    Finding("apposition", 'a role and the name after its comma are two mentions: "Kapolsek Cipondoh, Kompol Bayu Suseno"'),
    Finding("name_again", 'a name NER tagged once is that actor wherever the article writes it again: "Thareq ... Menurut Thareq"'),
    Finding("person_name_country", 'a country or capital ending a person\'s name NER tagged is part of it: "pengacara Hotman Paris" is no France'),
    Finding("company_country", 'a country before a company suffix is part of the name: "PT Perusahaan Perdagangan Indonesia (Persero)"'),
    Finding("foreign_minister", 'a minister of no named country after a foreign country and nothing Indonesian is that country\'s: "Malaysia ... Menteri Hukum Liew Vui Keong"'),
    Finding("role_before_organisation", 'a role alias that ends inside a longer organisation\'s name is the shorter role and the organisation: "Ketua Komisi Pemberantasan Korupsi"'),
    Finding("fiction", 'a synopsis ("Sinopsis ..." headline) names characters, no actors: only its registered actors stay'),
    Finding("named_holder", 'an office named alone is the registered person the article names in it: "Presiden Joko Widodo ... presiden"'),
    Finding("same_name_in_office", 'a person named again by rank and name is the official named so in office: "Wakapolda Jatim Brigjen Pol Toni Harmanto. Brigjen Pol Toni Harmanto"'),
    Finding("article_office", 'a regional office named with no place is the one office of its kind the article names: "Polda Metro ... Kabid Humas Kombes Argo Yuwono"'),
    Finding("rank_force", 'an officer named by police rank and name only is of the one police office the article names, else of Polri: "Kombes Pol Suyudi AS"'),
    Finding("office_term", 'a person the register lacks, named as an office holder of the publication year was named, is that office: "Agus Rahardjo" in 2017 -> KPK'),
    Finding("org_descriptor", 'a lower-case word naming the kind of body before an organisation is part of its mention: "lembaga KPK"'),
    Finding("abbreviation", 'a name and its abbreviation in brackets are one mention: "Komisi Pemberantasan Korupsi (KPK)"'),
    Finding("name_part", 'a word of a name read before is that person: "Rafael Grossi ... Grossi"'),
    Finding("name_prefix", 'a one-word name NER tagged that begins a word of a name read before is that person: "Enggartiasto Lukita ... Enggar"'),
    Finding("description", 'a head noun, up to six words and itu/tersebut/ini is a description: "kelompok perlawanan tersebut"'),
    Finding("sang_noun", '"sang"/"si" and a lower-case noun is a mention of a person named before: "sang rekan", "sang mantan istri", "si admin"'),
    Finding("possessive", 'a "-nya" word that names a person is a mention, the whole word: "istrinya", "rekannya" (not "rumahnya")'),
    Finding("bracketed_office", 'a capitalised role, an organisation with its short form in brackets and a name are one mention: "Peneliti Institute for Criminal and Justice Reform (ICJR) Erasmus Napitupulu"'),
    Finding("person_compound", 'two words naming a person with "-nya" on the second are one mention: "kedua orang tuanya", "buah hatinya", "anak kandungnya"'),
    Finding("new_person", 'a person description nothing before fits is a person first met there, whom later pronouns may stand for: "si admin ... ia"'),
    Finding("noun_complement", 'a role or group noun and the lower-case nouns the tagger reads after it are one mention: "korban kekerasan", "aparat penegak hukum"'),
    Finding("cited_outlet", 'an outlet named right after "dari", "kepada", "dilansir" is cited as a source, no antecedent: "Kalau dipenjara karena mereka" is no "Liputan6.com" the quote was taken from'),
    Finding("chooser", 'a learned chooser (chooser.json) replaces the picks of "nearest": "Andi Soraya: Saya Tidak Peduli Steve Emmanuel, Saya Bantu Anak" -> the first "Saya"'),
    Finding("demonstrative", 'a named mention followed by a demonstrative refers back: "para WNI tersebut", "lembaga antirasuah itu"'),
)
RULE_NAMES = tuple(r.name for r in RULES) + tuple(f.name for f in FINDING) + tuple(r.name for r in ROLE_RULES)  # what --without accepts


def resolve(doc: Doc, idx: int, without: Collection[str] = ()) -> str | None:
    """Resolve mentions[idx] by the first rule of RULES (less ``without``) that applies and
    resolves it; the name of that rule when it gave the mention an antecedent (or an actor), else None."""
    m = doc.mentions[idx]
    had_actor = m.actor_id is not None
    saved = chooser.before_rules(m)
    name, resolved = None, False
    for rule in RULES:
        if rule.name not in without and rule.applies(doc, idx) and rule.resolve(doc, idx):
            name = rule.name if m.antecedent is not None or m.actor_id is not None and not had_actor else None
            resolved = True
            break
    if doc.types(idx) is not None:
        name = chooser.choose(doc, idx, name, saved, apply="chooser" not in without)
    if resolved or name is not None:
        return name
    if "new_person" not in without and m.type is None and (" " in m.text or fold(m.text) in doc.ana.other_side) and set(doc.types(idx) or ()) == {"person"}:
        m.type = "person"  # a person first met here ("si admin", "wanita ini", a "terdakwa" no one before is): later pronouns may stand for it
    return None

