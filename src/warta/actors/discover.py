"""Actors the register does not know, found before coreference so that "perusahaan
tersebut" can refer back to them.

Organisation names led by a head word ("PT Bangun Karya Persada", "Yayasan Pelita Pesisir")
are found by the matcher (warta.actors.match); here NER entities (PER/ORG from the ``nlp``
step) that no mention covers become actors too, made by ``warta.actors.match.new_actor``.
"""

from __future__ import annotations

from warta.actors.match import Mention, new_actor
from warta.actors.register import Register


def discover(text: str, named: list[Mention], entities, reg: Register) -> list[Mention]:
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
