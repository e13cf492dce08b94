"""The ``clean`` step: cut boilerplate, repair mojibake, normalise Unicode (NFC) and whitespace.

The cleaned text is what every later stage reads and every span points into; the
alignment maps it back to the raw text and the removed spans say what was cut and why.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import ClassVar

from ftfy import fix_encoding
from ftfy.badness import BADNESS_RE

from warta.clean.alignment import AlignedBuilder
from warta.clean.boilerplate import find_boilerplate
from warta.clean.outlets import canonical_outlet
from warta.nlp.abbreviations import abbreviations
from warta.records import Document
from warta.text import UNSAFE, unsafe_or

# Characters that render as nothing but break matching: zero-width spaces/joiners, BOM, soft hyphen.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Dropped from kept text: the invisible characters and what language identification and the
# store cannot take (controls, non-characters, lone surrogates; warta.text).
_DROPPED = unsafe_or(_INVISIBLE)
_ALL_DROPPED = re.compile(f"(?:{_DROPPED})+")
# A no-break space whose UTF-8 bytes were read as Mac Roman ("¬†") or as cp1252 ("Â\xa0"):
# scraped text carries it between words ("Kusnadi¬†Rahardja"), so it is whitespace to fold.
_MOJIBAKE_SPACE = "¬†|Â\xa0"
# Anything cleaning must touch inside kept text: whitespace other than a lone space or a
# lone newline, runs of whitespace, invisible characters, mojibake no-break spaces.
_MOJIBAKE_SPACES = re.compile(_MOJIBAKE_SPACE)
# Paragraphs a scraper joined with commas: a comma run glued after a sentence's end and
# before its next word ("ditahan.,Polisi", 'kata dia.",,"Saya', "berikut;,,,Pasukan", as in
# CLICK-ID's articles). Each run before a capital or a quote becomes a line break (the sampler of
# the real-news annotation, training/realnews/sample.py, split its texts there too), so no word,
# name or role span starts with commas. The quotes may still be mojibake here (repaired word by
# word later): "‚Äú" and "‚Äò" are “ and ‘ read as Mac Roman, "‚Äù" and "‚Äô" are ” and ’
# (CLICK-ID's Kompas articles: 1,121 paragraphs begin '.,‚Äú'). Two commas or more glued to a word
# join paragraphs too, where the first lacked its full stop or a dropped link sat between them
# ("bertanggung jawab,,Taliban", "dilansir,,,,Dirinya": 207 in CLICK-ID).
_QUOTE_MOJIBAKE_OPEN = "‚Ä[úò]"
_QUOTE_MOJIBAKE_CLOSE = "‚Ä[ùô]"
_GLUED_PARAGRAPH = (
    rf",(?:(?<=[.!?;:],)|(?<=[.!?][\"”’],)|(?<=[.!?]{_QUOTE_MOJIBAKE_CLOSE},)|(?<=\w,)(?=,)),*"
    rf"(?=[A-Z\"“‘'(\-–]|{_QUOTE_MOJIBAKE_OPEN})"
)  # the comma first: re skips ahead to it
_ABNORMAL = re.compile(rf"(?:\s|{_MOJIBAKE_SPACE}){{2,}}|[^\S \n]|{_MOJIBAKE_SPACE}|(?:{_DROPPED})+|{_GLUED_PARAGRAPH}")
_GLUED_PARAGRAPHS = re.compile(_GLUED_PARAGRAPH)
# ... but not a list of degrees or titles ("Budi, S.H.,M.H.", "Ir. Joko, M.Si.,Ph.D.", "Kombes Pol.,"):
# the word before the commas has a letter, a period and a letter inside, or is a title the
# tokenizer keeps whole. A number ("Rp 2.500.000.,Polisi") or "dll." may end a paragraph.
_TITLES = frozenset(w for key in ("titles", "initial_like") for w in abbreviations()[key])
_DEGREE = re.compile(r"[^\W\d_]\.[^\W\d_]")
_DOMAIN = re.compile(r"\w\.(?:com|co\.id|id|net|org|tv)\W*$", re.IGNORECASE)  # a credit: "dilansir BolaSport.com.,Dybala"


def _joins_paragraphs(raw: str, start: int) -> bool:
    """Whether the comma run at ``start`` (a _GLUED_PARAGRAPH match) joins two paragraphs."""
    word = raw[max(raw.rfind(" ", 0, start), raw.rfind("\n", 0, start), raw.rfind(",", 0, start)) + 1 : start]
    return word not in _TITLES and (_DEGREE.search(word) is None or _DOMAIN.search(word) is not None)


_WORD = re.compile(r"\S+")
# Every whitespace character but space and newline, and the invisible ones: a character class
# (its rare hits confirmed, warta.text), which the regex engine scans far faster than
# _ABNORMAL (it can skip ahead).
_ODD = re.compile(unsafe_or(rf"\t\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000{_INVISIBLE}"))


# ftfy's test for mojibake (``ftfy.badness.is_bad``) is one regex search over the whole text. Each
# of its matches holds a character outside ASCII and is at most _BAD_WIDTH characters long, and
# nothing in it looks beyond the characters it matches but ``^`` (tests/test_clean.py checks
# all three on the installed ftfy), so it is searched only around such characters: a run of
# them with short ASCII gaps (_NEAR_NON_ASCII), widened by _BAD_WIDTH on each side.
_BAD_WIDTH = 7
_NEAR_NON_ASCII = re.compile(rf"[^\x00-\x7f](?:[\x00-\x7f]{{0,{2 * _BAD_WIDTH}}}[^\x00-\x7f])*")


def is_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``: whether the text looks like it holds mojibake."""
    if text.isascii():
        return False
    for run in _NEAR_NON_ASCII.finditer(text):
        if BADNESS_RE.search(text, max(0, run.start() - _BAD_WIDTH), run.end() + _BAD_WIDTH):
            return True
    return False


def _needs_folding(raw: str) -> bool:
    """Whether any whitespace needs folding at all (most scraped text needs none)."""
    return (
        "  " in raw or "\n\n" in raw or " \n" in raw or "\n " in raw or "¬†" in raw or _ODD.search(raw) is not None
        or _GLUED_PARAGRAPHS.search(raw) is not None
    )


@dataclass(frozen=True)
class Clean:
    """Remove boilerplate (recorded on the document) and normalise the rest."""

    remove_boilerplate: bool = True
    name: ClassVar[str] = "clean"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()  # the text, alignment, removed spans and dateline: fields of Document, not slots

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            clean_document(doc, remove_boilerplate=self.remove_boilerplate)
        return docs


def clean_document(doc: Document, *, remove_boilerplate: bool = True) -> Document:
    raw = doc.raw_text
    if remove_boilerplate:
        doc.removed, doc.dateline = find_boilerplate(raw)
    else:
        doc.removed, doc.dateline = [], None
    writer = _Writer(AlignedBuilder(raw), needs_nfc=not unicodedata.is_normalized("NFC", raw), needs_repair=is_bad(raw))
    pos = 0
    for span in doc.removed:
        writer.kept(pos, span.raw_start)
        pos = span.raw_end
    writer.kept(pos, len(raw))
    if doc.dateline and doc.dateline.outlet and not doc.outlet:
        doc.outlet = doc.dateline.outlet  # "JAKARTA, KOMPAS.com -" names the outlet of a bare text file
    doc.outlet = canonical_outlet(doc.outlet)
    doc.title = clean_title(doc.title)
    unsafe = len(UNSAFE.findall(raw))
    if unsafe:
        doc.metadata["unsafe_characters_removed"] = unsafe
    repaired = writer.repaired + (len(_MOJIBAKE_SPACES.findall(raw)) if writer.fold else 0)
    if repaired:
        doc.metadata["mojibake_repaired"] = repaired
    doc.text = writer.builder.text()
    doc.alignment = writer.builder.alignment
    if not doc.text:
        doc.status = "empty"
    return doc


def clean_title(title: str | None) -> str | None:
    """A title on one line: controls and invisible characters dropped, whitespace folded, NFC."""
    if not title:
        return title
    title = _ALL_DROPPED.sub("", title)
    if is_bad(title):
        title = fix_encoding(title)
    title = " ".join(title.split())
    return unicodedata.normalize("NFC", title) or None


class _Writer:
    """Writes kept raw text with whitespace folded: a run holding a line break becomes one
    newline, any other run one space; none at the start or end, and never two in a row
    (also where a removed span joined two pieces). Separators wait ("pending") until real
    text follows, which is what makes the joins come out right."""

    def __init__(self, builder: AlignedBuilder, *, needs_nfc: bool, needs_repair: bool) -> None:
        self.builder = builder
        self.raw = builder.raw
        self.needs_nfc = needs_nfc
        self.needs_repair = needs_repair
        self.repaired = 0  # words whose mojibake was repaired
        self.pending: tuple[int, int, str] | None = None
        self.fold = _needs_folding(self.raw)

    def kept(self, start: int, end: int) -> None:
        if not self.fold:
            self._text(start, end)
            return
        pos = start
        for m in _ABNORMAL.finditer(self.raw, start, end):
            if m.group()[0] == "," and not _joins_paragraphs(self.raw, m.start()):
                continue  # kept as text, with what follows
            self._text(pos, m.start())
            if _ALL_DROPPED.fullmatch(m.group()) is None:
                self._separator(m.start(), m.end())
            pos = m.end()  # invisible and unsafe characters are simply dropped
        self._text(pos, end)

    def _separator(self, start: int, end: int) -> None:
        run = self.raw[start:end]
        sep = "\n" if run[0] == "," or any(c in run for c in "\n\r\u2028\u2029") else " "
        if not self.builder.length:
            return
        if self.pending is None or (sep == "\n" and self.pending[2] == " "):
            self.pending = (start, end, sep)

    def _text(self, start: int, end: int) -> None:
        raw = self.raw
        if start < end and raw[start] in " \n":
            self._separator(start, start + 1)
            start += 1
        trailing = end > start and raw[end - 1] in " \n"
        if trailing:
            end -= 1
        if start < end:
            if self.pending is not None:
                self.builder.replace(*self.pending)
                self.pending = None
            self._copy(start, end)
        if trailing:
            self._separator(end, end + 1)

    def _copy(self, start: int, end: int) -> None:
        if not (self.needs_nfc or self.needs_repair):
            self.builder.copy(start, end)
            return
        pos = start
        for w in _WORD.finditer(self.raw, start, end):
            word = fixed = w.group()
            if self.needs_repair and not word.isascii():
                # Word by word, so that a repaired word's span still maps to its raw extent;
                # ftfy decides (and leaves alone what only looks odd, as "café" or "Â°").
                fixed = fix_encoding(word)
                self.repaired += fixed != word
            fixed = unicodedata.normalize("NFC", fixed)  # returns a normalised word as it is
            if fixed != word:
                self.builder.copy(pos, w.start())
                self.builder.replace(w.start(), w.end(), fixed)
                pos = w.end()
        self.builder.copy(pos, end)
