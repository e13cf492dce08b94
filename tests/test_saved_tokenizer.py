"""Loading the saved tokenizer compiling only the special cases that can change a token
(warta.nlp.saved_tokenizer): the same tokens as spaCy's own load, on real news and on every
special case with affixes around it, for a fraction of the load time."""

from __future__ import annotations

import random
import shutil
import time

import pytest
import spacy
from spacy.tokenizer import Tokenizer

from warta.nlp.model import MODEL_DIR, load_nlp
from warta.nlp.saved_tokenizer import PREBUILT_TOKENIZER_RULES, _lookahead_reach, load_tokenizer, needed_rules

PIPES = ["warta_sentencizer", "tok2vec", "morphologizer", "ner"]


@pytest.fixture(scope="module")
def stock() -> Tokenizer:
    """The tokenizer as spaCy loads it: every special case compiled."""
    return spacy.load(MODEL_DIR, exclude=PIPES).tokenizer


@pytest.fixture(scope="module")
def fast() -> Tokenizer:
    return load_nlp(exclude=tuple(PIPES)).tokenizer


def _tokens(tokenizer: Tokenizer, text: str) -> list[tuple]:
    return [(t.text, t.whitespace_, t.norm_, t.shape_, t.is_punct, t.like_num) for t in tokenizer(text)]


def test_only_a_few_rules_are_compiled_but_all_are_kept(fast, stock):
    """About 4% of the special cases are compiled; all of them are the tokenizer's rules."""
    compiled = PREBUILT_TOKENIZER_RULES.load()
    assert 300 < len(compiled) < 2_000 < 16_000 < len(stock.rules) == len(fast.rules)
    assert "Jan." in compiled and "°C." in compiled and "Dr. med" in compiled  # a norm, several tokens, a space
    assert "anak-anak" in fast.rules and "anak-anak" not in compiled
    # serialised (and so saved or pickled) exactly as the stock load
    assert fast.to_bytes(exclude=["vocab"]) == stock.to_bytes(exclude=["vocab"])


def test_same_tokens_as_the_stock_load_on_rules_with_affixes_around_them(fast, stock):
    """Special cases alone and inside prefixes and suffixes (where the tokenizer consults the
    special cases), a chunk each, against the tokenizer with every special case compiled: the
    short ones (nearest a prefix rule's lookahead) and a sample of the rest (every one of them,
    in 0.8 million chunks, when this was written)."""
    rules = sorted(stock.rules)
    sample = [r for r in rules if len(r) <= 3] + random.Random(16).sample(rules, 1_000)
    around = ["(", ")", ".", ",", '"', "'", "+", "-", "$", "…", "!", "%", "“", "”", "1", "a"]
    chunks = []
    for rule in sample:
        chunks.append(rule)
        for a in around:
            chunks += [a + rule, rule + a, a + rule + a]
    for i in range(0, len(chunks), 2_000):
        text = " ".join(chunks[i : i + 2_000])
        assert _tokens(fast, text) == _tokens(stock, text), text[:200]


def test_same_tokens_as_the_stock_load_on_real_news(fast, stock):
    from test_nlp import _corpora

    from warta.evaluate.nlp import raw_news_texts

    _corpora()
    for text in raw_news_texts(150):
        assert _tokens(fast, text) == _tokens(stock, text)


def test_a_changed_affix_rule_compiles_every_rule_again(fast, stock):
    """Setting an affix rule makes spaCy reload every special case from ``rules``: the full set."""
    tok = load_nlp(exclude=tuple(PIPES)).tokenizer
    tok.suffix_search = stock.suffix_search
    text = "anak-anak (anak-anak) 0.o 8D Jum'at Agu. °C."
    assert _tokens(tok, text) == _tokens(stock, text)


def test_another_tokenizer_file_works_out_its_rules_at_load(tmp_path, stock):
    """A tokenizer file other than the model's has no pre-built list: the rules to compile are
    worked out from it, the same as the pre-built ones for the same file."""
    path = tmp_path / "tokenizer"
    shutil.copy(MODEL_DIR / "tokenizer", path)
    tok = load_tokenizer(Tokenizer(stock.vocab), path)
    assert len(tok.rules) == len(stock.rules)
    assert needed_rules(tok, stock.rules) == PREBUILT_TOKENIZER_RULES.load()


def test_lookahead_reach_of_a_prefix_pattern():
    import re

    def reach(pattern: str) -> int:
        return _lookahead_reach(re.compile(pattern).search)

    assert reach(r"^(?:§|%|\.\.+|US\$)") == 0  # no lookahead: a special case's own prefix test is enough
    assert reach(r"^(?:§|\+(?![0-9])|\.\.+)") == 3  # "+" and the character after it (+1 for safety)
    assert reach(r"^(?:a|b(?=cd))") == 4
    assert reach(r"^(?:x+(?=y))") > 1_000_000  # unbounded: compile every special case
    assert reach(r"^(?:ab\b)") == 3


def test_loading_is_faster_than_spacys():
    """The point of it: loading the tokenizer compiles ~4% of the special cases."""

    def cpu(load) -> float:
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            load()
            best = min(best, time.process_time() - start)
        return best

    from spacy.lang.id import Indonesian
    from spacy.vocab import create_vocab

    path = MODEL_DIR / "tokenizer"
    vocabs = [create_vocab("id", Indonesian.Defaults) for _ in range(4)]  # fresh ones: no lexeme made already
    ours = cpu(lambda: load_tokenizer(Tokenizer(vocabs.pop()), path))
    theirs = cpu(lambda: Tokenizer(vocabs.pop()).from_disk(path))
    assert ours < theirs / 2, (ours, theirs)
