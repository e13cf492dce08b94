"""Load the model's saved tokenizer, compiling only the special cases that can change a token.

The saved tokenizer holds 16,489 special cases (spaCy's Indonesian exceptions and the
abbreviations). Loading compiles each one (a token array, a lexeme for each of its words with
every lexical attribute computed, a check against the affix rules): most of what
``spacy.load`` spends. But 15,800 of them are a single word, kept as it is (only ``ORTH``, equal
to the text), that the affix rules would keep whole anyway: no prefix, suffix or infix rule
matches it ("anak-anak", "0.o"). Such a special case cannot change a token:

- where the tokenizer would stop at it (a whole chunk, or what is left once prefixes and
  suffixes are split off), it goes on to find no prefix, suffix or infix in it and gives the
  same single token, with the same lexeme (a special case's token carries nothing but
  ``ORTH``, which is its lexeme's);
- where the rest of a chunk after a prefix would be it, the tokenizer splits the same prefix
  off and then keeps it whole;
- where the rest after a suffix would be it, the part before the suffix is it, so the
  tokenizer splits the same suffix off and keeps it whole — unless a prefix rule matched that
  chunk while matching nothing in the special case itself, which only a prefix rule with a
  lookahead (or an anchor) that looks past the special case's end can do (``\\+(?![0-9])``
  looks at two characters): special cases shorter than such a rule's reach are compiled anyway;
- the final matcher pass only holds special cases that contain an affix or a space.

So only the others are compiled (about 650); the rest stay in ``tokenizer.rules`` uncompiled,
so that the tokenizer serialises, pickles and re-compiles (a changed affix rule reloads every
rule) exactly as the stock load's. ``tests/test_nlp.py`` compares tokens with the stock
tokenizer. Which rules need compiling is pre-built (``warta.prebuilt``) from the model's
tokenizer file; for another file it is worked out at load (~0.3 s).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import srsly
from spacy.attrs import ORTH
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

from warta.nlp.components import top_level_alternatives
from warta.prebuilt import Prebuilt

MODEL_TOKENIZER = Path(__file__).resolve().parent / "model" / "tokenizer"
_LOOKAROUND = re.compile(r"\(\?<?[=!]")
_ANCHOR = re.compile(r"\\[bBZ]|(?<!\\)\$")


def load_tokenizer(tokenizer: Tokenizer, path: Path, exclude: tuple[str, ...] = ("vocab",)) -> Tokenizer:
    """Fill ``tokenizer`` (a bare one, of the pipeline's vocab) from the saved ``path``, as
    ``Tokenizer.from_disk`` does, compiling only the special cases that can change a token."""
    rules = _fill_without_rules(tokenizer, path.read_bytes(), exclude)
    if path.resolve() == MODEL_TOKENIZER.resolve():
        compiled = set(PREBUILT_TOKENIZER_RULES.load())
    else:
        compiled = set(needed_rules(tokenizer, rules))
    tokenizer.rules = {chunk: subs for chunk, subs in rules.items() if chunk in compiled}
    # ``rules`` is the tokenizer's own dict: the others join it without being compiled
    tokenizer.rules.update({chunk: subs for chunk, subs in rules.items() if chunk not in compiled})
    if len(tokenizer.rules) != len(rules):
        raise RuntimeError("spaCy's Tokenizer.rules no longer gives its own dictionary: load with Tokenizer.from_disk")
    return tokenizer


def needed_rules(tokenizer: Tokenizer, rules: dict[str, list[dict[Any, Any]]]) -> list[str]:
    """The special cases of ``rules`` that can change a token under ``tokenizer``'s affix rules
    (see the module docstring), in sorted order."""
    reach = _lookahead_reach(tokenizer.prefix_search)
    return sorted(chunk for chunk, subs in rules.items() if not _inert(tokenizer, chunk, subs, reach))


def _inert(tokenizer: Tokenizer, chunk: str, subs: list[dict[Any, Any]], reach: int) -> bool:
    whole = len(subs) == 1 and set(subs[0]) in ({ORTH}, {"ORTH"}) and subs[0][next(iter(subs[0]))] == chunk
    return (whole and len(chunk) >= reach and not any(c.isspace() for c in chunk)
            and not tokenizer.find_prefix(chunk) and not tokenizer.find_suffix(chunk) and not tokenizer.find_infix(chunk))  # fmt: skip


def _lookahead_reach(search: Any) -> int:
    """How many characters from its start a prefix rule that holds a lookahead (or an end or
    word anchor) can look at: the widest such alternative of the pattern, its lookarounds
    counted as if they matched. Unbounded (or unreadable) patterns give a reach past any rule."""
    if search is None:
        return 0
    pattern = search.__self__.pattern
    body = pattern[4:-1] if pattern.startswith("^(?:") and pattern.endswith(")") else pattern
    reach = 0
    for alternative in top_level_alternatives(body):
        if not (_LOOKAROUND.search(alternative) or _ANCHOR.search(alternative)):
            continue
        try:
            _, widest = sre_parse.parse(_LOOKAROUND.sub("(?:", alternative)).getwidth()
        except re.error:
            return sys.maxsize
        reach = max(reach, widest + 1)  # an anchor looks at the character after the match
    return reach


def _fill_without_rules(tokenizer: Tokenizer, raw: bytes, exclude: tuple[str, ...]) -> dict[str, list[dict[Any, Any]]]:
    """Fill ``tokenizer`` from the saved bytes ``raw`` with the affix rules and no special case
    yet; the saved special cases are returned."""
    saved = srsly.msgpack_loads(raw)
    rules: dict[str, list[dict[Any, Any]]] = saved.get("exceptions") or {}
    saved["exceptions"] = {}
    tokenizer.from_bytes(srsly.msgpack_dumps(saved), exclude=list(exclude))
    return rules


def _build(raw: bytes) -> list[str]:
    tokenizer = Tokenizer(Vocab())
    return needed_rules(tokenizer, _fill_without_rules(tokenizer, raw, ("vocab",)))


PREBUILT_TOKENIZER_RULES = Prebuilt("tokenizer_rules", lambda: MODEL_TOKENIZER, _build)
