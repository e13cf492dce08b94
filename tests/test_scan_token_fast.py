"""``scan._token`` builds a ``_Token`` without the frozen dataclass's ``__init__`` (issue 16,
speed): the result must be the dataclass's own in every respect the actor code uses."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from warta.actors.scan import _Token, _token, _tokenize


def test_a_fast_token_is_the_dataclass_token():
    a, b = _token(3, 8, "Jokowi", "jokowi", " "), _Token(3, 8, "Jokowi", "jokowi", " ")
    assert a == b and hash(a) == hash(b) and repr(a) == repr(b) and type(a) is _Token
    assert vars(a) == vars(b) and dataclasses.asdict(a) == dataclasses.asdict(b)
    assert dataclasses.replace(a, titled=True) == dataclasses.replace(b, titled=True)
    assert pickle.loads(pickle.dumps(a)) == b
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.start = 4  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(_Token)] == ["start", "end", "raw", "key", "gap", "titled"]


def test_tokenize_gives_dataclass_tokens():
    text = "Presiden Joko Widodo bertemu  Menteri Luar Negeri, Retno Marsudi."
    toks = _tokenize(text)
    assert toks == [_Token(t.start, t.end, t.raw, t.key, t.gap, t.titled) for t in toks]
    assert [t.raw for t in toks][:3] == ["Presiden", "Joko", "Widodo"] and toks[4].gap == "  "
