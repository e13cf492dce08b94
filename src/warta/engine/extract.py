"""``warta extract``: the whole pipeline over some input, no store; records out as dicts.

Deduplication works within the run (a copy is reported as such and not processed twice).
What comes out is shaped by the public contracts: the mention record of issue 4, and (when
the event stage exists) the event record of ../shared/spec/events.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any

from warta.dedup.index import DedupIndex
from warta.engine.ingest import IngestConfig, IngestSummary, open_executor, run_pipeline
from warta.events.cluster import EventClusterIndex
from warta.records import Document, ReadProblem


def extract(inputs: list[str], config: IngestConfig, on_problem: Callable[[ReadProblem], None] | None = None) -> Iterator[Document]:
    """Every document read, after all stages, in input order."""
    summary = IngestSummary(run_id="extract")
    clusters = EventClusterIndex()
    with open_executor(config) as executor:
        for docs, problems in run_pipeline(inputs, config, DedupIndex(config.dedup), summary, set(), set(), executor):
            clusters.assign(docs)
            for p in problems:
                if on_problem:
                    on_problem(p)
            yield from docs


def mention_records(doc: Document) -> Iterator[dict[str, Any]]:
    mentions = doc.annotations.mentions
    for m in mentions:
        ant = mentions[m.antecedent] if m.antecedent is not None else None
        yield {
            "doc_id": doc.doc_id, "start": m.start, "end": m.end, "text": m.text, "label": m.label,
            "actor_id": m.actor_id, "name": m.name, "type": m.type, "country": m.country, "sector": m.sector,
            "role": m.role, "antecedent": {"start": ant.start, "end": ant.end, "text": ant.text} if ant else None,
            "rule": m.rule,
        }  # fmt: skip


def event_records(doc: Document) -> Iterator[dict[str, Any]]:
    """The event contract of ../shared/spec/events.md, one dict per event."""
    for e in doc.annotations.events:
        yield e.as_dict(doc.doc_id)


def document_record(doc: Document) -> dict[str, Any]:
    """The cleaned document, so that every span of the other records can be checked."""
    return {
        "doc_id": doc.doc_id, "title": doc.title, "url": doc.url, "outlet": doc.outlet, "published": doc.published,
        "language": doc.language, "status": doc.status, "canonical_id": doc.canonical_id, "text": doc.text,
        "dateline": asdict(doc.dateline) if doc.dateline else None, "removed": [asdict(r) for r in doc.removed],
        "sentences": [{"start": s, "end": e} for s, e in doc.annotations.sentences],
        "source_file": doc.source_file, "position": doc.position,
    }  # fmt: skip
