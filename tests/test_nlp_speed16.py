"""Session 16 (NLP speed): the sentence splitter reads the Doc as arrays; it must split exactly
as the token-by-token walk it replaced (kept here as the reference)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.nlp.components import _CLOSING, _TERMINAL, WartaSentencizer, _cased
from warta.nlp.model import load_nlp
from warta.step import resource

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def nlp():
    return resource(load_nlp)


def sentence_starts_reference(sentencizer: WartaSentencizer, doc) -> list[bool]:
    """The splitter as it was: a Token per position, walked one by one."""
    n = len(doc)
    if n == 0:
        return []
    cased = any(ch.isupper() for ch in doc.text[:20000])
    starts = [False] * n
    starts[0] = True
    i = 0
    while i < n:
        tok = doc[i]
        t = tok.text
        end = None
        if tok.is_space and "\n" in t:
            end = i
        elif _TERMINAL.match(t):
            end = i
        elif t in sentencizer.may_end and i + 1 < n and tok.whitespace_:
            nxt = doc[i + 1]
            if sentencizer._looks_like_start_text(nxt.text, cased) and nxt.text[:1].isupper() or nxt.is_space:
                end = i
        if end is not None:
            j = end + 1
            while j < n and doc[j].text in _CLOSING and not doc[j - 1].whitespace_:
                j += 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n and not tok.is_space and cased and doc[j].text[:1].islower():
                i += 1  # not a boundary; the walk goes on
                continue
            if j < n:
                starts[j] = True
            i = max(j, i + 1)
            continue
        i += 1
    return starts


def _texts() -> list[str]:
    lines = (ROOT / "tests/fixtures/events/real-train.jsonl").read_text("utf-8").splitlines()[:60]
    texts = [json.loads(line)["text"] for line in lines]
    made = [
        "Harga naik 2 persen. Kemudian turun. Dia pergi ke pasar. Ini baru saja terjadi.",
        "Harga naik 2 persen. kemudian turun. Dia pergi ke pasar.",  # lower case after a period
        "Ia bertemu Dr. Andi, S.H. di Jakarta dll. Lalu pulang.\n\n\"Saya senang.\" katanya. (Ya!) Oke…",
        "kata dia. lalu pergi.\ndan seterusnya dll. kemudian",  # no capital at all
        "Tertulis: \"Selesai.\"  Lalu?   Ya.\n \n",
        " ",
        "x",
        ".",
    ]
    return texts + [t.lower() for t in texts[:10]] + [t.upper() for t in texts[10:15]] + made


def test_sentence_starts_equal_the_token_by_token_walk(nlp):
    sentencizer = nlp.get_pipe("warta_sentencizer")
    for text in _texts():
        doc = nlp.make_doc(text)
        expected = sentence_starts_reference(sentencizer, doc)
        sentencizer(doc)
        assert [bool(t.is_sent_start) for t in doc] == expected, text[:80]


def test_a_lower_case_word_after_a_period_leaves_the_later_boundaries(nlp):
    """Session 16 fix: a period before a lower-case word is no boundary, and the sentence ends
    after it are still found (the splitter used to stop looking for the rest of the document)."""
    doc = nlp.get_pipe("warta_sentencizer")(nlp.make_doc("Harga naik 2 persen. kemudian turun. Dia pergi ke pasar. Ini baru saja terjadi."))
    assert [s.text for s in doc.sents] == ["Harga naik 2 persen. kemudian turun.", "Dia pergi ke pasar.", "Ini baru saja terjadi."]


def test_cased_reads_the_first_characters_only(nlp):
    sentencizer = nlp.get_pipe("warta_sentencizer")
    for text in _texts()[:20] + ["aaaa bbbb Cccc", "aaaa  bbbbC", "abc\n\nDef"]:
        doc = nlp.make_doc(text)
        words = [sentencizer._word(t.orth, doc.vocab.strings) for t in doc]
        spaced = [1 if t.whitespace_ else 0 for t in doc]
        for limit in (0, 1, 3, 4, 5, 9, 10, 11, 40, 20_000):
            assert _cased(words, spaced, limit) == any(ch.isupper() for ch in doc.text[:limit]), (text[:40], limit)


def test_the_sentencizers_token_table_stays_bounded_with_the_same_starts(nlp):
    """Review mend: the table of token kinds is a cache, cleared when full, not one entry for
    every distinct token the process ever sees."""
    sentencizer = WartaSentencizer(nlp)
    sentencizer.max_words = 50
    for text in _texts():
        doc = nlp.make_doc(text)
        expected = sentence_starts_reference(sentencizer, doc)
        sentencizer(doc)
        assert [bool(t.is_sent_start) for t in doc] == expected, text[:80]
        assert len(sentencizer._words) <= 50
