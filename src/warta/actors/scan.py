"""The Mention record, and the register read over a text's word tokens: the tokens
(``_tokenize``), the longest alias at a token (``_longest``), whether tokens form one name
(``_contiguous``), runs of capitalised words (``_proper_run``), counting words before a noun
(``_counted_from``). Shared by the matcher (warta.actors.match) and the role-phrase rules
(warta.actors.roles).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

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
    cited: bool = False  # an outlet cited as a source ("dikutip dari Liputan6.com"): no pronoun stands for it (warta.actors.coref)


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    raw: str
    key: str
    gap: str  # the text between the previous token and this one
    titled: bool = False  # a headline word capitalised only by the headline's Title Case (``_headline_case``)


SENTENCE_END = re.compile(r"[.!?]['\"”’)]?\s+(?=[A-Z\"“])")  # where a sentence ends, for the bounded look-backs of coref and match


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of ``text`` starts, by ``SENTENCE_END`` (0 first)."""
    return [0] + [mt.end() for mt in SENTENCE_END.finditer(text)]


# a space, hyphen or apostrophe, or a period inside an abbreviation ("A.S."), never a sentence end
# nor a line break (a headline's last word and the lead's first are no one name)
_GAP = re.compile(r"(?:[^\S\n]|[\-–'’/]){0,2}|\.")


# the place and punctuation before an outlet that opens an article's body: "Jakarta, CNN
# Indonesia - -", "Jakarta (ANTARA News) -", "Merdeka.com -"; and what follows it
_DATELINE_BEFORE = re.compile(r"(?:[A-Z][^\S\n]?[A-Za-z .]{0,25}?(?:,[^\S\n]*|[^\S\n]*\())?")
_DATELINE_AFTER = re.compile(r"\)?[^\S\n]*[-–—]")


def _dateline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the outlet of a dateline: at the start of a line, after at
    most a place and a comma or bracket, before a dash. The real-news guide: outlets in
    datelines or credits are no mentions."""
    line = text.rfind("\n", 0, start) + 1
    return bool(_DATELINE_BEFORE.fullmatch(text, line, start)) and bool(_DATELINE_AFTER.match(text, end))


_WORDS_BEFORE = re.compile(r"(\w+)(?:[^\S\n]+(\w+))?[^\S\n]+$")


def _organisation_as_place(reg: Register, text: str, start: int, kind: str | None) -> bool:
    """Whether a capitalised organisation's name at ``start`` (an actor of type ``kind``) names
    the place it sits, after "di", "Mako" (demonyms_forms.json ``organisation_place_words``; a
    capitalised word there only capitalised: "markas Man United" is the club's ground, named for it):
    "ditemui di Pengadilan Negeri Jakarta Barat", "Gudang di Mako Brimob"."""
    if kind in reg.organisation_place_kept or not text[start : start + 1].isupper():
        return False
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if not before:
        return False
    words = [w for w in before.groups() if w]
    return any(tuple(_key(w) for w in words[-n:]) in reg.organisation_place_words and words[-n] in reg.organisation_place_surfaces
               for n in range(1, len(words) + 1))  # fmt: skip


_new_object = object.__new__
_set_attribute = object.__setattr__


def _token(start: int, end: int, raw: str, key: str, gap: str) -> _Token:
    """``_Token(start, end, raw, key, gap)``, built as the frozen dataclass's ``__init__`` builds
    it but with one attribute store instead of six (a token per word of every text: the
    dataclass's own ``__init__`` was a third of ``_tokenize``)."""
    t = _new_object(_Token)
    _set_attribute(t, "__dict__", {"start": start, "end": end, "raw": raw, "key": key, "gap": gap, "titled": False})
    return t


def _tokenize(text: str) -> list[_Token]:
    out = []
    prev_end = 0
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        word = m.group()
        out.append(_token(start, end, word, _key(word), text[prev_end:start]))
        prev_end = end
    return _headline_case(out)


def _headline_case(toks: list[_Token]) -> list[_Token]:
    """Marks the words of a headline (the text's first line) that only its Title Case
    capitalises: the body never writes them capitalised inside a sentence ("Gubernur Sumsel
    [Serius Atasi] Karhutla", "Warga [Dievakuasi]"). A name run stops at them (``_proper_run``),
    so a role phrase in a headline does not take the headline's verbs as a name. Only a first
    line written in Title Case is a headline: a body that opens with a paragraph (HTML articles,
    whose title is a field of its own) is read as written."""
    line = next((k for k in range(1, len(toks)) if "\n" in toks[k].gap), None)
    if line is None or not _headline(toks[:line], toks[line].gap):
        return toks
    body = {t.key for k, t in enumerate(toks[line:], line) if t.raw[:1].isupper() and "\n" not in t.gap and not any(c in ".!?:\"“" for c in t.gap)}
    return [replace(t, titled=True) if k < line and t.raw[:1].isupper() and t.key not in body else t for k, t in enumerate(toks)]


_SENTENCE_CLOSE = re.compile(r"[.!?…:;,\"”’')]\s*$")


def _headline(words: list[_Token], gap_after: str) -> bool:
    """Whether a text's first line reads as a Title Case headline: at most 20 words, most of its
    alphabetic words capitalised (a sentence capitalises its names only; a name-dense lead
    sentence still ends in a full stop), no closing punctuation, no dateline ("JAKARTA,
    KOMPAS.com -" opens a body, not a headline)."""
    alphabetic = [t for t in words if t.raw[:1].isalpha()]
    if not 2 <= len(alphabetic) <= 20 or _SENTENCE_CLOSE.search(gap_after.split("\n", 1)[0]):
        return False
    if any(c in t.gap for t in words[1:] for c in "-–—"):
        return False  # "Jakarta, CNN Indonesia - -": a dateline
    return sum(t.raw[:1].isupper() for t in alphabetic) >= 0.6 * len(alphabetic)


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    """A word's folded key (the same words recur in every article: folded once per process), in
    the register's spelling where the press misspells it (spellings.json: "Kementrian" is
    "kementerian")."""
    key = fold(word).replace("'", "")
    return _spellings().get(key, key)


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    data = json.loads(resources.files("warta.data").joinpath("actors", "spellings.json").read_text("utf-8"))
    return {fold(k): fold(v) for k, v in data["spellings"].items()}


def _token_at(toks: list[_Token], start: int) -> int:
    """The token that starts at ``start``, or the first after it (tokens are in text order)."""
    return bisect_left(toks, start, key=lambda t: t.start)


def _longest(reg: Register, toks: list[_Token], keys: list[str], i: int) -> tuple[int, list[Alias]] | None:
    """The longest alias starting at token i, with every alias of that exact key."""
    for key, _ in reg.index.get(keys[i], ()):
        n = len(key)
        if tuple(keys[i : i + n]) != key or not _listed(toks, i, i + n, key) or _currency(toks, i + n):
            continue
        matched = [a for k, a in reg.index[keys[i]] if k == key and (not a.case_sensitive or _same_case(a, toks[i : i + n]))]
        if matched:
            return n, matched
    return None


def _currency(toks: list[_Token], j: int) -> bool:
    """Whether the name ending before token ``j`` is glued to a dollar sign: a currency
    ("US$ 12 juta", "HK$ 5"), not the country."""
    return j < len(toks) and toks[j].gap.startswith("$")


def _contiguous(toks: list[_Token], i: int, j: int) -> bool:
    """Tokens i..j-1 are one name: nothing but a space, hyphen, apostrophe or period between them."""
    return all(_GAP.fullmatch(toks[k].gap) for k in range(i + 1, min(j, len(toks))))


_LIST_WORDS = frozenset({"dan", "serta"})


def _listed(toks: list[_Token], i: int, j: int, key: tuple[str, ...]) -> bool:
    """Tokens i..j-1 are one name that lists its fields with commas, as the press writes an
    alias the register lists without them: "Badan Meteorologi, Klimatologi, dan Geofisika",
    "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan" (or contiguous: ``_contiguous``). A
    comma only before a later "dan"/"serta" of the name; only looked at where the words already
    match an alias."""
    for k in range(i + 1, min(j, len(toks))):
        gap = toks[k].gap
        if _GAP.fullmatch(gap):
            continue
        if gap.strip() != "," or "\n" in gap or not _LIST_WORDS.intersection(key[k - i :]):
            return False
    return True


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


def _clitic_start(reg: Register, toks: list[_Token], k: int, covered: list[bool]) -> int:
    """Where a person's "-nya" word's mention begins (the real-news train spans): with its
    reduplicated plural ("anak-anaknya") and the counting words and "mantan", "mendiang" before
    it ("kedua anaknya", "dua sahabatnya", "mendiang suaminya"); never over a named mention."""
    keys = [t.key for t in toks[max(0, k - 4) : k + 1]]
    i = len(keys) - 1
    if i > 0 and keys[i].endswith("nya") and keys[i - 1] == keys[i][:-3] and toks[k].gap.strip() == "-":
        i -= 1
    first = _counted_from(reg, toks[max(0, k - 4) : k + 1], keys, i) + max(0, k - 4)
    while first < k and covered[first]:
        first += 1
    return first


def _proper_run(reg: Register, toks: list[_Token], keys: list[str], k: int, limit: int, places: bool = False, companies: bool = False) -> int:
    """The end of capitalised words from k on that name no registered organisation or country
    ("Rohingya", "Desa Sungai Rawa", "Irjen Karyoto", "Mohammed Shia al-Sudani"); with
    ``companies``, a registered company's name may be part of the run ("PT Pertamina Patra Niaga")."""
    e = k
    ranks = 0  # tokens of ranks inside the run, not counted against the limit
    while e < len(toks) and e - k - ranks < limit and (e == k or _contiguous(toks, e - 1, e + 1)):
        raw = toks[e].raw
        found = _longest(reg, toks, keys, e) if raw[:1].isupper() else None  # one lookup serves both checks
        word = raw.lower() if toks[e].titled and not found else raw  # a headline's Title Case names no one; the register still does
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


def _initials_of(abbreviation: str, name: str) -> bool:
    """Whether an all-capitals abbreviation is made of the initials of the name's capitalised
    words, in order ("KPK" of "Komisi Pemberantasan Korupsi", "UAS" of "Ustad Abdul Somad"), or of
    its words after the first, a head ("ESDM" of "Kementerian Energi dan Sumber Daya Mineral")."""
    letters = abbreviation.replace(".", "").strip()
    if not (2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2):
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]\w*", name) if w[0].isupper())
    return any(_in_order(letters.upper(), initials[k:].upper()) for k in (0, 1))  # also past a head: "PT Asmin Koalindo Tuhup (AKT)"


_SHORT_NAME = re.compile(r"[A-Z][\w.&/-]*|[A-Z][A-Z./&-]*(?:[^\S\n]{1,2}[-/&]?[^\S\n]{0,2}[A-Z][A-Z./&-]*){1,3}")


def _short_name(bracket: str, m: Mention) -> bool:
    """Whether a bracket after a name is its short form, to be spanned with it (the real-news
    guide; train: 39 of 45 such brackets inside the name's mention, the rest after pronouns):
    one capitalised word, or all-capitals words, beginning with the initial of a word of a name
    that is no pronoun, description or country ("PT Aneka Tambang Tbk (ANTM)", "Wakil Presiden
    Jusuf Kalla (JK)", "Kementerian Komunikasi dan Informatika (Kemkominfo)"); not another
    name ("Firli (Irjen Firli Bahuri)", "Lee Hyuk (Shin Sung-Rok)") nor what the name is part of
    ("Bursa Efek Indonesia (BEI)" read as "Indonesia")."""
    short = bracket.strip()
    if m.rule not in _NAMED_RULES or m.type == "country" or not _SHORT_NAME.fullmatch(short):
        return False
    return short[0] in {w[0] for w in re.findall(r"\w+", m.text) if w[0].isupper()}


_NAMED_RULES = frozenset({"alias", "discovered", "role+name", "role+person", "role+org+name", "regional"})


def _in_order(letters: str, initials: str) -> bool:
    it = iter(initials)
    return letters[0] == initials[:1] and all(c in it for c in letters)


def _actor_mention(reg: Register, text: str, toks: list[_Token], i: int, j: int, actor_id: str) -> Mention:
    a = reg.actors[actor_id]
    start, end = toks[i].start, toks[j - 1].end
    org = a.parent if a.type == "person" else None  # a registered person speaks for its organisation
    return Mention(start, end, text[start:end], a.id, a.name, a.type, a.country, a.sector, role=a.role, org_id=org)


def _by_context(reg: Register, toks: list[_Token], keys: list[str], window: tuple[int, int | None], i: int, j: int,
                default: str | None) -> str | None:  # fmt: skip
    """An ambiguous alias (ambiguous.json) takes the actor whose context words occur in its
    sentence or the one before (``window``: ``_sentence_window`` or ``_near_window``) ("Partai
    Demokrat di Kongres AS" is the US party; a capitalised context word only capitalised: a
    party's "kongres" is no US Congress); else the default, and a default that is a role
    ("role:pekerja migran") or none ("Anwar") gives None."""
    lo, hi = window
    near = keys[lo:hi]
    for actor, words in reg.context[tuple(keys[i:j])].items():
        if any(tuple(near[x : x + len(w)]) == w and (not capital or toks[lo + x].raw[:1].isupper())
               for w, capital in words for x in range(len(near)) if lo + x < i or lo + x >= j):  # fmt: skip
            return actor
    return None if not default or default.startswith("role:") else default


def _sentence_ends(toks: list[_Token]) -> list[int]:
    """Tokens that start a sentence (after . ! ?, capitalised)."""
    return [k for k in range(1, len(toks)) if _starts_sentence(toks, k)]


def _starts_sentence(toks: list[_Token], k: int) -> bool:
    return any(c in ".!?" for c in toks[k].gap) and toks[k].raw[:1].isupper()


def _sentence_window(ends: list[int], i: int) -> tuple[int, int | None]:
    """Tokens of the sentence of token i and of the sentence before it (``ends``: the document's
    ``_sentence_ends``)."""
    x = bisect_right(ends, i)
    return (ends[x - 2] if x >= 2 else 0), (ends[x] if x < len(ends) else None)


# How far ``named_here`` looks each way for its sentence's bounds: it runs once per role phrase,
# so it must not walk the whole document each time (linear time per document).
NEAR_TOKENS = 300


def _near_window(toks: list[_Token], i: int) -> tuple[int, int | None]:
    """``_sentence_window`` found by looking at most NEAR_TOKENS tokens each way from token i."""
    floor, ceiling = max(0, i - NEAR_TOKENS), min(len(toks), i + NEAR_TOKENS)
    starts = [k for k in range(max(1, floor), i + 1) if _starts_sentence(toks, k)]
    lo = starts[-2] if len(starts) >= 2 else (0 if floor == 0 else floor)
    hi = next((k for k in range(i + 1, ceiling) if _starts_sentence(toks, k)), None if ceiling == len(toks) else ceiling)
    return lo, hi


def named_here(reg: Register, toks: list[_Token], keys: list[str], i: int, j: int) -> bool:
    """Whether the alias at tokens i..j-1 names its actor here: always, unless it names no one
    alone (``Register.names_no_one_alone``: "Anwar") and none of its context words is near
    ("Perdana Menteri Anwar", "Di Kuala Lumpur, Anwar")."""
    key = tuple(keys[i:j])
    return not reg.names_no_one_alone(key) or _by_context(reg, toks, keys, _near_window(toks, i), i, j, "") is not None
