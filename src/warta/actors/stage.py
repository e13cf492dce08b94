"""The ``actors`` step: every actor mention in a document, resolved to the register.

Register matches and coreference come from ``resolve_mentions``. NER entities (from the
``nlp`` stage, when it ran) add two things: the PER/ORG/LOC label of each mention, and
actors the register does not know. Such a name becomes a *discovered* actor whose id is
derived from its folded name ("new-" + slug), so the same name gets the same id in every
document and every run.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import ClassVar

from warta.actors.coref import resolve_mentions
from warta.actors.match import Mention
from warta.actors.register import fold, load_register
from warta.pipeline.steps import resource
from warta.records import Document

_SLUG = re.compile(r"[^a-z0-9]+")


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
            mentions = resolve_mentions(doc.text, reg)
            entities = doc.annotations.get("entities") or []
            _label(mentions, entities)
            antecedents = {id(m): mentions[m.antecedent] for m in mentions if m.antecedent is not None}
            _role_organisations(mentions, reg)
            mentions += _discovered(doc.text, mentions, entities)
            mentions.sort(key=lambda m: m.start)
            position = {id(m): i for i, m in enumerate(mentions)}
            for m in mentions:  # indexes into the merged list
                m.antecedent = position[id(antecedents[id(m)])] if id(m) in antecedents else None
            doc.annotations["mentions"] = mentions
        return docs


@lru_cache(maxsize=None)
def _org_heads_file() -> dict:
    return json.loads(resources.files("warta.data").joinpath("actors", "org_heads.json").read_text("utf-8"))


@lru_cache(maxsize=None)
def org_heads() -> dict[str, tuple[str, str]]:
    return {word: (kind, sector) for word, (kind, sector) in _org_heads_file()["heads"].items()}


@lru_cache(maxsize=None)
def not_actors() -> frozenset[str]:
    return frozenset(fold(w) for w in _org_heads_file().get("not_actors", ()))


def _role_organisations(mentions: list[Mention], reg) -> None:
    """A person or group named only by a role ("Kapolri", "polisi") acts for the role's organisation."""
    for m in mentions:
        if m.actor_id is None and m.org_id is None and m.role:
            role = next((r for r in reg.roles.values() if r["role"] == m.role), None)
            if role and role.get("org") in reg.actors:
                m.org_id = role["org"]


def _label(mentions: list[Mention], entities: list[tuple[int, int, str]]) -> None:
    """The NER label of the entity a named mention overlaps most (pronouns get none)."""
    for m in mentions:
        if m.rule in ("anaphor", "role_group_anaphor"):
            continue
        best = max(entities, key=lambda e: min(e[1], m.end) - max(e[0], m.start), default=None)
        if best and min(best[1], m.end) > max(best[0], m.start):
            m.label = best[2]


def _discovered(text: str, mentions: list[Mention], entities: list[tuple[int, int, str]]) -> list[Mention]:
    """PER and ORG entities that no register mention covers become new actors."""
    out = []
    for start, end, label in entities:
        if label not in ("PER", "ORG") or any(m.start < end and start < m.end for m in mentions):
            continue
        surface = text[start:end]
        slug = _SLUG.sub("-", fold(surface)).strip("-")
        if not slug or not surface[:1].isupper() or fold(surface) in not_actors():
            continue
        if label == "PER":
            kind, sector = "person", None
        else:
            kind, sector = org_heads().get(fold(surface).split()[0], ("generic_group", None))
        out.append(Mention(start, end, surface, f"new-{slug}", surface, kind, None, sector, label=label, rule="discovered"))
    return out
