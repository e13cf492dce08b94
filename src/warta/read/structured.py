"""Records from JSONL, JSON and CSV files: one dict per article, mapped by FieldMap."""

from __future__ import annotations

from typing import Any

from warta.read.fields import as_text, make_document
from warta.read.options import ReadOptions
from warta.read.sources import Source
from warta.records import Document, ReadProblem


def record_to_document(
    record: dict[str, Any], source: Source, position: str, index: int, fmt: str, options: ReadOptions
) -> Document | ReadProblem:
    keys = options.fields.resolve(tuple(record))
    text = as_text(record.get(keys["text"])) if keys["text"] else None
    if text is None or not text.strip():
        if keys["text"] is None:
            looked = options.fields.text or "text, content, body, isi, ..."
            return ReadProblem(source.name, "no_text_field", f"no text field (looked for: {looked})", position)
        return ReadProblem(source.name, "empty", "empty text", position)
    published = as_text(record.get(keys["published"])) if keys["published"] else None
    if published and keys["published"] and keys["published"].lower() == "date" and "time" in record:
        published = f"{published} {as_text(record.get('time')) or ''}".strip()
    used = {k for k in keys.values() if k}
    return make_document(
        text=text,
        title=as_text(record.get(keys["title"])) if keys["title"] else None,
        url=as_text(record.get(keys["url"])) if keys["url"] else None,
        outlet=as_text(record.get(keys["source"])) if keys["source"] else None,
        published=published,
        doc_id=as_text(record.get(keys["id"])) if keys["id"] else None,
        fallback_id=f"{source.stem}-{index}",
        source_file=source.name,
        position=position,
        source_format=fmt,
        declared_language=options.language,
        metadata={k: v for k, v in record.items() if k not in used and isinstance(v, (str, int, float, bool))},
    )
