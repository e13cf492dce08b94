"""``sentence_views`` reads the spaCy Doc as one array (issue 16, speed): on real news its views
are exactly those of the straightforward reading kept here (one ``Token`` per token, a scan per
sentence and per mention), with the spaCy Doc and with the regex fallback; also with spaces as
tokens and sentences that hold no token."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from staged import before_events, real_rows

from warta.events.view import _FALLBACK_TOKEN, SentenceView, sentence_views
from warta.records import Document

ROOT = Path(__file__).resolve().parents[1]


def _reference(text, sentences, spacy_doc, mentions, context=()):
    if spacy_doc is not None:
        tokens = [(t.idx, t.idx + len(t.text), t.text, t.pos_ or "X") for t in spacy_doc if not t.is_space]
    else:
        tokens = [(m.start(), m.end(), m.group(), "X") for m in _FALLBACK_TOKEN.finditer(text)]
    mention_of: list[int | None] = [None] * len(tokens)
    k = 0
    for mi in sorted(range(len(mentions)), key=lambda i: mentions[i].start):
        m = mentions[mi]
        while k < len(tokens) and tokens[k][1] <= m.start:
            k += 1
        j = k
        while j < len(tokens) and tokens[j][0] < m.end:
            if mention_of[j] is None:
                mention_of[j] = mi
            j += 1
    views, k = [], 0
    for s_start, s_end in sentences:
        while k < len(tokens) and tokens[k][0] < s_start:
            k += 1
        v = SentenceView(s_start, s_end, [], [], [], [], [], context)
        while k < len(tokens) and tokens[k][1] <= s_end:
            a, b, surface, pos = tokens[k]
            v.words.append(surface.lower())
            v.starts.append(a)
            v.ends.append(b)
            v.pos.append(pos)
            v.mention_at.append(mention_of[k])
            k += 1
        views.append(v)
    return views


@pytest.fixture(scope="module")
def real_news() -> list[Document]:
    """The first 40 real-news train articles, cleaned and through the stages before events."""
    return before_events(real_rows("real-train", 40))


def _same(a: list[SentenceView], b: list[SentenceView]) -> bool:
    return [vars(v) for v in a] == [vars(v) for v in b]


def test_the_views_of_real_news_are_the_straightforward_ones(real_news):
    assert sum(bool(doc.annotations.mentions) for doc in real_news) >= 35  # a synopsis has none (the fiction step)
    for doc in real_news:
        text, sentences, mentions = doc.text or "", doc.annotations.sentences, doc.annotations.mentions
        assert doc.annotations.spacy is not None
        assert _same(sentence_views(text, sentences, doc.annotations.spacy, mentions, ("x",)),
                     _reference(text, sentences, doc.annotations.spacy, mentions, ("x",)))  # fmt: skip
        assert _same(sentence_views(text, sentences, None, mentions), _reference(text, sentences, None, mentions))
        # sentences cut anywhere (inside tokens, empty, past the end) read the same
        cuts = [(a, a + 7) for a in range(0, len(text) + 20, 13)]
        assert _same(sentence_views(text, cuts, doc.annotations.spacy, mentions), _reference(text, cuts, doc.annotations.spacy, mentions))


def test_space_tokens_and_untagged_tokens(real_news):
    import spacy

    nlp = spacy.blank("id")
    doc = nlp("Polisi  menangkap\n\n dua orang .")
    assert any(t.is_space for t in doc) and all(t.pos_ == "" for t in doc)
    text = doc.text
    mentions = [SimpleNamespace(start=0, end=6)]
    views = sentence_views(text, [(0, 17), (17, len(text))], doc, mentions)
    assert _same(views, _reference(text, [(0, 17), (17, len(text))], doc, mentions))
    assert views[0].words == ["polisi", "menangkap"] and views[0].pos == ["X", "X"] and views[0].mention_at == [0, None]
    assert sentence_views("", [], nlp(""), []) == []
    # the words are cut from the text the Doc spans (session 18: not Doc.text, a Token per token);
    # a text of another length than the Doc's is not its text: the Doc's own words are read
    ends_in_space = nlp("Polisi datang. ")
    assert ends_in_space[-1].whitespace_ and ends_in_space.text == "Polisi datang. "
    assert _same(sentence_views("Polisi datang. ", [(0, 14)], ends_in_space, []), _reference("Polisi datang. ", [(0, 14)], ends_in_space, []))
    assert sentence_views("Polisi datang.", [(0, 14)], ends_in_space, [])[0].words == ["polisi", "datang", "."]
    assert sentence_views(text + "!", [(0, 17)], doc, mentions)[0].words == ["polisi", "menangkap"]
