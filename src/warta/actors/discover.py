"""Actors the register does not know, found before coreference so that "perusahaan
tersebut" can refer back to them.

Organisation names led by a head word ("PT Bangun Karya Persada", "Yayasan Pelita Pesisir")
are found by the matcher (warta.actors.match); here NER entities (PER/ORG from the ``nlp``
step) that no mention covers become actors too. Each gets an id from its folded name
("new-" + slug), so the same name gets the same id in every document and every run.
"""

from __future__ import annotations

import re

from warta.actors.match import Mention, _Token
from warta.actors.register import Register, fold

_SLUG = re.compile(r"[^a-z0-9]+")


def discover(text: str, toks: list[_Token], named: list[Mention], entities, reg: Register) -> list[Mention]:
    """New actors from NER entities that overlap no mention in ``named``."""
    taken = [(m.start, m.end) for m in named]
    out: list[Mention] = []
    for start, end, label in entities:
        if label in ("PER", "ORG") and not any(s < end and start < e for s, e in taken):
            m = new_actor(reg, text, start, end, label)
            if m:
                out.append(m)
                taken.append((start, end))
    return out


def new_actor(reg: Register, text: str, start: int, end: int, label: str) -> Mention | None:
    """A discovered actor: a person (PER), or an organisation typed by its first word."""
    surface = text[start:end]
    slug = _SLUG.sub("-", fold(surface)).strip("-")
    if not slug or not surface[:1].isupper() or fold(surface) in reg.not_actors:
        return None
    if label == "PER":
        kind, sector = "person", None
    else:
        kind, sector = reg.org_heads.get(fold(surface).split()[0], ("generic_group", None))
    return Mention(start, end, surface, f"new-{slug}", surface, kind, None, sector, label=label, rule="discovered")
