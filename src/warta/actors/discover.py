"""Actors the register does not know, found before coreference so that "perusahaan
tersebut" can refer back to "PT Bangun Karya Persada".

Two sources: NER entities (PER/ORG from the ``nlp`` step) that no register mention covers,
and organisation names led by a head word ("PT", "Yayasan", "Koalisi", ... in
``warta/data/actors/org_heads.json``) followed by capitalised words, which NER may miss.
Each becomes a *discovered* actor whose id comes from its folded name ("new-" + slug), so
the same name gets the same id in every document and every run.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from warta.actors.match import Mention, _contiguous, _proper_run, _Token
from warta.actors.register import Register, fold

_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=None)
def _org_heads_file() -> dict:
    return json.loads(resources.files("warta.data").joinpath("actors", "org_heads.json").read_text("utf-8"))


@lru_cache(maxsize=None)
def org_heads() -> dict[str, tuple[str, str]]:
    return {word: (kind, sector) for word, (kind, sector) in _org_heads_file()["heads"].items()}


@lru_cache(maxsize=None)
def not_actors() -> frozenset[str]:
    return frozenset(fold(w) for w in _org_heads_file().get("not_actors", ()))


def discover(text: str, toks: list[_Token], named: list[Mention], entities, reg: Register) -> list[Mention]:
    """New actors from head-word organisation names and NER entities, not overlapping ``named``."""
    taken = [(m.start, m.end) for m in named]
    out: list[Mention] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    keys = [t.key for t in toks]
    heads = org_heads()
    for i, t in enumerate(toks):  # "PT Samudra Mineral Persada", "Yayasan Pelita Pesisir"
        if t.key in heads and t.raw[:1].isupper() and i + 1 < len(toks) and _contiguous(toks, i, i + 2):
            end = _proper_run(reg, toks, keys, i + 1, 5)
            if end > i + 1 and free(t.start, toks[end - 1].end):
                m = _new(text, t.start, toks[end - 1].end, "ORG")
                if m:
                    out.append(m)
                    taken.append((m.start, m.end))
    for start, end, label in entities:
        if label in ("PER", "ORG") and free(start, end):
            m = _new(text, start, end, label)
            if m:
                out.append(m)
                taken.append((start, end))
    return out


def _new(text: str, start: int, end: int, label: str) -> Mention | None:
    surface = text[start:end]
    slug = _SLUG.sub("-", fold(surface)).strip("-")
    if not slug or not surface[:1].isupper() or fold(surface) in not_actors():
        return None
    if label == "PER":
        kind, sector = "person", None
    else:
        kind, sector = org_heads().get(fold(surface).split()[0], ("generic_group", None))
    return Mention(start, end, surface, f"new-{slug}", surface, kind, None, sector, label=label, rule="discovered")
