"""Place resolution against tests/fixtures/places/*.jsonl.

Each gold line is one mention in a short text (with its dateline, if any). The text goes
through the same document-level resolution as the pipeline (find the places it names,
build the context, resolve), and the place found at the gold span is scored; a gold span
the finder missed is resolved on its own with the document's context.
- exact: same place id (an unresolvable gold mention is right when nothing is guessed);
- country: same country (over mentions whose gold country is known).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from warta.places.find import PlaceMention
from warta.places.gazetteer import load_gazetteer
from warta.places.resolve import candidates, unresolved_country
from warta.places.stage import _with_text, document_context, resolve_document
from warta.records import Dateline, Document


@dataclass
class GeoScores:
    mentions: int = 0
    exact: int = 0
    country_known: int = 0
    country: int = 0
    unresolvable: int = 0
    unresolvable_kept: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def exact_accuracy(self) -> float:
        return self.exact / self.mentions if self.mentions else 0.0

    @property
    def country_accuracy(self) -> float:
        return self.country / self.country_known if self.country_known else 0.0


def predict_mention(row: dict, gaz) -> tuple[str | None, str | None]:
    text = row["text"]
    dateline = Dateline(row["dateline"], None, 0, 0, row["dateline"]) if row.get("dateline") else None
    doc = Document(doc_id=row["id"], content_hash=row["id"], source_file="gold", position="", source_format="txt",
                   raw_text=text, text=text, dateline=dateline)  # fmt: skip
    doc.annotations.entities = row.get("entities") or []
    m = row["mention"]
    resolved = resolve_document(doc, gaz)
    hit = next((r for r in resolved if r.mention.start < m["end"] and m["start"] < r.mention.end), None)
    if hit is not None:
        best = hit.best
    else:
        ctx, _ = document_context(doc, gaz)
        cands = candidates(gaz, m["text"], _with_text(ctx, text, PlaceMention(m["start"], m["end"], m["text"], None, False, False)))
        best = cands[0] if cands else None
    return (best.place.id, best.place.country) if best else (None, unresolved_country(m["text"]))


def evaluate(path: str | Path) -> GeoScores:
    """Scores with the NER of the nlp stage on (as in the pipeline: LOC entities are places)."""
    from warta.nlp.model import load_nlp

    gaz = load_gazetteer()
    nlp = load_nlp()
    s = GeoScores()
    rows = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]
    for row, sdoc in zip(rows, nlp.pipe(r["text"] for r in rows)):
        row["entities"] = [(e.start_char, e.end_char, e.label_) for e in sdoc.ents]
    for row in rows:
        gold = row["gold"]
        pid, country = predict_mention(row, gaz)
        s.mentions += 1
        ok = pid == gold["place_id"]
        s.exact += ok
        if gold["place_id"] is None:
            s.unresolvable += 1
            s.unresolvable_kept += pid is None
        if gold.get("country"):
            s.country_known += 1
            s.country += country == gold["country"]
        if not ok:
            s.errors.append({"id": row["id"], "mention": row["mention"]["text"], "gold": gold["place_id"], "predicted": pid, "tags": row.get("tags")})
    return s
