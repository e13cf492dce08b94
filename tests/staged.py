"""Helpers shared by test files: actor mentions of a text, and real-news articles run through the
stages before events."""

from __future__ import annotations

import json
from pathlib import Path

from warta.actors.coref import resolve_mentions
from warta.clean.step import Clean
from warta.engine.ingest import default_stages
from warta.records import Document

ROOT = Path(__file__).resolve().parents[1]


def mentions(text: str, *entities: tuple[str, str]) -> list[tuple[str, str | None]]:
    """(text, actor id) of each mention the actor stage finds, given NER entities as (name, label)."""
    spans = []
    for name, label in entities:
        start = text.index(name)
        spans.append((start, start + len(name), label))
    return [(m.text, m.actor_id) for m in resolve_mentions(text, entities=spans)]


def before_events(rows: list[dict]) -> list[Document]:
    """Real-news rows ({"id", "text"}) cleaned and through every stage before events."""
    docs = [Document(doc_id=r["id"], content_hash=r["id"], source_file="-", position="", source_format="txt", raw_text=r["text"]) for r in rows]
    docs = Clean()(docs)
    for step in default_stages():
        if step.name == "events":
            break
        docs = step(docs)
    return docs


def real_rows(name: str, n: int) -> list[dict]:
    """The first ``n`` rows of tests/fixtures/events/{name}.jsonl."""
    lines = (ROOT / f"tests/fixtures/events/{name}.jsonl").read_text("utf-8").splitlines()[:n]
    return [json.loads(x) for x in lines if x.strip()]
