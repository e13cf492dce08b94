"""Mechanical speed-ups of the actor stage (issue 16): ``scan._token`` builds a ``_Token``
without the frozen dataclass's ``__init__`` (the result must be the dataclass's own in every
respect the actor code uses), and ``Register.org_head`` passes words that begin no head phrase
at once (the same answers as the plain loop)."""

from __future__ import annotations

import copy
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


def _org_head_reference(reg, keys):
    for n in (3, 2, 1):
        if len(keys) >= n and (hit := reg.org_heads.get(tuple(keys[:n]))):
            return hit
    return None


def test_org_head_answers_as_the_plain_loop():
    from warta.actors.register import load_register

    reg = copy.copy(load_register())  # the loaded register is shared: its head phrases are replaced below, not changed
    assert reg.org_heads
    words = sorted({w for k in reg.org_heads for w in k}) + ["jokowi", "presiden", ""]
    keys = [[a, b, c] for a in words[:40] for b in words[::7] for c in words[::11]] + [[w] for w in words] + [[]]
    assert [reg.org_head(k) for k in keys] == [_org_head_reference(reg, k) for k in keys]
    # a register whose head phrases change afterwards answers from the new ones
    reg.org_heads = {("xyzzy",): ("business", "BUS")}
    assert reg.org_head(["xyzzy", "a"]) == ("business", "BUS") and reg.org_head(["pt"]) is None
    reg.org_heads[("pt",)] = ("business", "BUS")
    assert reg.org_head(["pt", "maju"]) == ("business", "BUS")
