"""Indonesian-news tokenizer rules and the abbreviation-aware sentence splitter.

Importing this module registers:
- ``warta_sentencizer``: a pipeline component that sets sentence starts (and forbids all
  other starts, so the dependency parser stays inside them);
- ``warta.customize_tokenizer.v1``: an ``[initialize.before_init]`` callback that applies the
  rules below to the tokenizer of a freshly created ``id`` pipeline. The rules are then
  serialised with the model, so loading needs no extra code for the tokenizer.

The abbreviation lists live in ``abbreviations.json`` next to this file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy
import spacy
from spacy.attrs import SENT_START, SPACY
from spacy.lang.char_classes import ALPHA
from spacy.lang.id.punctuation import TOKENIZER_INFIXES as ID_INFIXES
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from warta.nlp.abbreviations import ABBREVIATIONS_PATH, abbreviations  # noqa: F401 - ABBREVIATIONS_PATH: tests read it here


def _variants(word: str) -> set[str]:
    out = {word, word.upper()}
    if word[:1].islower():
        out.add(word[:1].upper() + word[1:])
    return out


def special_cases() -> set[str]:
    words: set[str] = set()
    for group in abbreviations().values():
        for w in group:
            words |= _variants(w)
    return {w for w in words if w and not any(c.isspace() for c in w)}


# Dates (12/6/2024, 12-06-2024), times (10.30), thousands (4.000, 1.250.000) and decimals
# (1,5) stay one token; so do domain-style outlet names (KOMPAS.com, Tempo.co).
TOKEN_MATCH = (
    r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"|\d+(?:[.,]\d+)+"
    r"|[A-Za-z0-9][A-Za-z0-9-]*\.(?:com|co\.id|co|id|net|org|or\.id|go\.id|ac\.id|tv|news)"
    r")$"
)

# Hyphen between letters is *not* an infix: reduplication (kelompok-kelompok), names
# (al-Shuhada, Abu-Bakr) and COVID-19 stay one token. Dashes (– — --) still split.
_DROP_INFIXES = {
    r"(?<=[{a}])[\/-](?={c}|[{a}])",
    rf"(?<=[{ALPHA}])-(?=[0-9])",
    rf"(?<=[0-9])-(?=[{ALPHA}])",
    r"(?<=[0-9])[\\/](?=[0-9%-])",
}


def infixes() -> list[str]:
    out = []
    for pat in ID_INFIXES:
        if pat in _DROP_INFIXES or "[\\/-](?=" in pat:
            continue
        if "-|–|—|--|---|——|~" in pat:
            pat = pat.replace("-|–|—|--|---|——|~", "–|—|--|---|——|~")
        out.append(pat)
    # a slash between letters still splits ("dan/atau"); a period glued between a lower-case
    # word and a capitalised one ("ditangkap.Polisi") splits too (base rule, kept)
    out.append(rf"(?<=[{ALPHA}])/(?=[{ALPHA}])")
    return out


def top_level_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex: ``a|(b|c)|[|]`` -> ``a``, ``(b|c)``, ``[|]``."""
    out, start, depth, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if pattern[i + 1 : i + 3] == "^]" else 1 if pattern[i + 1 : i + 2] in ("]", "^") else 0
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def affix_pattern(entries: list[str], prefix: bool) -> str:
    """spaCy's prefix (suffix) regex for ``entries`` with the anchor written once per run.

    ``compile_prefix_regex`` joins ``^entry`` alternatives: ~180 of them, each tried (and
    failed at its anchor) at *every* position that ``re.search`` scans, which made
    ``find_prefix`` the bulk of tokenising. ``^(?:a|b)`` matches exactly what ``^a|^b``
    matches, in the same order of preference, and ``re`` rejects it at once past position 0.
    An entry that has top-level ``|`` of its own has its anchor on one branch only (its first
    for prefixes, its last for suffixes), as in spaCy's; those loose branches keep their place.
    """
    parts: list[tuple[str, bool]] = []  # (alternative, anchored)
    for entry in entries:
        if not entry.strip():
            continue  # compile_prefix_regex drops these too
        branches = top_level_alternatives(entry)
        if len(branches) == 1:
            parts.append((entry, True))
        elif prefix:
            parts += [(branches[0], True)] + [(b, False) for b in branches[1:]]
        else:
            parts += [(b, False) for b in branches[:-1]] + [(branches[-1], True)]
    out: list[str] = []
    for i, (alt, anchored) in enumerate(parts):
        if not anchored:
            out.append(alt)
        elif i == 0 or not parts[i - 1][1]:
            out.append(("^(?:" if prefix else "(?:") + alt)
        else:
            out[-1] += "|" + alt
        if anchored and (i + 1 == len(parts) or not parts[i + 1][1]):
            out[-1] += ")" if prefix else ")$"
    return "|".join(out)


def set_affix_patterns(nlp: Language) -> Language:
    """spaCy's prefix and suffix rules for the language, as the faster equivalent patterns."""
    nlp.tokenizer.prefix_search = re.compile(affix_pattern(list(nlp.Defaults.prefixes or []), prefix=True)).search
    nlp.tokenizer.suffix_search = re.compile(affix_pattern(list(nlp.Defaults.suffixes or []), prefix=False)).search
    return nlp


def customize_tokenizer(nlp: Language) -> Language:
    set_affix_patterns(nlp)
    tok = nlp.tokenizer
    tok.infix_finditer = compile_infix_regex(infixes()).finditer
    tok.token_match = re.compile(TOKEN_MATCH).match
    rules = dict(tok.rules or {})
    for w in sorted(special_cases()):
        rules.setdefault(w, [{ORTH: w}])
    tok.rules = rules  # one bulk update (add_special_case one by one is slow)
    return nlp


@spacy.registry.callbacks("warta.customize_tokenizer.v1")
def make_customize_tokenizer() -> Callable[[Language], Language]:
    return customize_tokenizer


def make_tokenizer_nlp() -> Language:
    """A blank Indonesian pipeline with the warta tokenizer rules (for tests and tools)."""
    return customize_tokenizer(spacy.blank("id"))


# --------------------------------------------------------------------------------------
# sentence splitting

_TERMINAL = re.compile(r"^(?:[.!?…]+|\.\.\.)$")
_CLOSING = set("\"'”’»)]}") | {"''"}
_OPENING_START = set("\"'“‘«([{")


def _cased(words: list[tuple[int, bool, str, bool]], spaced: list[int], limit: int = 20_000) -> bool:
    """Whether the first ``limit`` characters of the text hold a capital letter (``str.isupper``),
    read from its tokens (``WartaSentencizer._word``, a trailing space or not) without joining
    the text: most texts answer at their first token."""
    at = 0
    for (_, _, text, upper), space in zip(words, spaced):
        if at + len(text) > limit:
            return any(ch.isupper() for ch in text[: limit - at])
        if upper:
            return True
        at += len(text) + space
        if at >= limit:
            return False
    return False


class WartaSentencizer:
    """Rule-based sentence starts that know Indonesian news abbreviations.

    A sentence ends after ``. ! ? …`` (plus any closing quotes/brackets glued to it), after
    a line break, or after an abbreviation that may end a sentence (``dll.``, ``S.H.``) when
    the next token looks like a sentence start. Titles and initials (``Dr.``, ``H.``,
    ``Pol.``) never end one: they are single tokens, so the period is not a split point.
    In text with capital letters, a period followed by a lower-case word does not split.
    Every other token is marked as *not* a sentence start, so the parser keeps to these.
    """

    max_words = 200_000  # token kinds remembered at most (a cache: cleared when full)

    def __init__(self, nlp: Language, name: str = "warta_sentencizer"):
        self.name = name
        ab = abbreviations()
        self.may_end = set()
        for w in ab.get("may_end_sentence", []):
            self.may_end |= _variants(w)
        self.abbrev = special_cases()
        self._words: dict[int, tuple[int, bool, str, bool]] = {}

    def _looks_like_start_text(self, t: str, cased: bool) -> bool:
        if not t:
            return False
        c = t[0]
        if c in _OPENING_START or c.isdigit():
            return True
        if not cased:
            return c.isalpha()
        return c.isupper() and t not in self.abbrev

    def _word(self, orth: int, strings) -> tuple[int, bool, str, bool]:
        """(kind, is_space, text, has a capital) of a token's ORTH hash: kind 1 a line break
        (whitespace holding ``\\n``), 2 terminal punctuation, 3 an abbreviation that may end a
        sentence, 0 none of them. Remembered per hash: all of it is the text's."""
        if len(self._words) >= self.max_words:
            self._words.clear()  # bounded: a long-running process sees ever new tokens; the table is only a cache
        text = strings[orth]
        space = text.isspace()
        kind = 1 if space and "\n" in text else 2 if _TERMINAL.match(text) else 3 if text in self.may_end else 0
        word = self._words[orth] = (kind, space, text, any(ch.isupper() for ch in text))
        return word

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        # the tokens as ORTH hashes and trailing-space flags: no Token object per token; only the
        # tokens that may end a sentence (kind > 0) are visited, in order, as the token-by-token
        # walk of ``sentence_starts_reference`` (tests/test_nlp_speed16.py) visits them
        table = doc.to_array([ORTH, SPACY])
        orths = table[:, 0].tolist()
        spaced = table[:, 1].tolist()
        strings = doc.vocab.strings
        known = self._words
        words = [known.get(h) or self._word(h, strings) for h in orths]
        cased = _cased(words, spaced)
        starts = [0]
        i = 0
        for c in [c for c, w in enumerate(words) if w[0]]:
            if c < i:
                continue
            i = c
            kind, space, _, _ = words[i]
            if kind == 3:
                if not (i + 1 < n and spaced[i]):
                    continue
                nxt = words[i + 1]
                if not (self._looks_like_start_text(nxt[2], cased) and nxt[2][:1].isupper() or nxt[1]):
                    continue
            j = i + 1
            # closing quotes / brackets glued to the terminal punctuation
            while j < n and words[j][2] in _CLOSING and not spaced[j - 1]:
                j += 1
            # following whitespace tokens belong to this sentence
            while j < n and words[j][1]:
                j += 1
            if j < n and not space and cased and words[j][2][:1].islower():
                continue  # not a boundary ("2 persen. kemudian"); the next ones still count
            if j < n:
                starts.append(j)
            i = max(j, i + 1)
        # one array write (setting Token.is_sent_start one by one is quadratic in spaCy)
        arr = numpy.full(n, -1, dtype="int64")
        arr[starts] = 1
        doc.from_array([SENT_START], arr.astype("uint64").reshape(n, 1))
        return doc

    # spaCy serialisation hooks (nothing to save: the lists ship with the package)
    def to_disk(self, path, exclude=tuple()):
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path, exclude=tuple()):
        return self

    def to_bytes(self, exclude=tuple()):
        return b""

    def from_bytes(self, data, exclude=tuple()):
        return self


@Language.factory("warta_sentencizer")
def make_warta_sentencizer(nlp: Language, name: str) -> WartaSentencizer:
    return WartaSentencizer(nlp, name)
