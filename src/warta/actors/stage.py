"""The ``actors`` step: every actor mention in a document, resolved to the register.

Register matches, new actors (from NER entities of the ``nlp`` step and organisation names:
warta.actors.discover) and coreference come from ``resolve_mentions``; this step adds the
PER/ORG/LOC label of each mention.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from warta.actors.coref import resolve_mentions
from warta.actors.match import Mention
from warta.actors.register import load_register
from warta.pipeline.steps import resource
from warta.records import Document


@dataclass(frozen=True)
class Actors:
    name: ClassVar[str] = "actors"

    def prepare_store(self, store) -> None:
        """Put the register (actors and aliases) in the store before any mention points at it."""
        reg = load_register()
        actors = [{"actor_id": a.id, "name": a.name, "type": a.type, "country": a.country, "sector": a.sector,
                   "qid": a.qid, "parent": a.parent, "origin": "register"} for a in reg.actors.values()]  # fmt: skip
        aliases = [(alias.actor_id, alias.surface) for bucket in reg.index.values() for _, alias in bucket if alias.actor_id]
        store.sync_register(actors, aliases)

    def __call__(self, docs: list[Document]) -> list[Document]:
        reg = resource(load_register)
        for doc in docs:
            entities = doc.annotations.get("entities") or []
            mentions = resolve_mentions(doc.text, reg, entities)
            _label(mentions, entities)
            doc.annotations["mentions"] = mentions
        return docs


def _label(mentions: list[Mention], entities: list[tuple[int, int, str]]) -> None:
    """The NER label of the entity a named mention overlaps most (pronouns get none)."""
    for m in mentions:
        if m.rule in ("anaphor", "role_group_anaphor"):
            continue
        best = max(entities, key=lambda e: min(e[1], m.end) - max(e[0], m.start), default=None)
        if best and min(best[1], m.end) > max(best[0], m.start):
            m.label = best[2]
