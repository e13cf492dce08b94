"""Export any filtered set of events: CSV, JSONL, Parquet, GeoJSON, GraphML, PLOVER JSON.

Exports stream: the filter is a mask over the served index (warta.serve.event_index), and the
events are cut batch by batch from the JSON records the index already holds, so an export of
100k events holds one batch of dicts at a time, not a list of all of them (issue 18: eight
concurrent exports of a 100k-event store used to take 6 GB). ExportSlots caps how many run at once.
"""

from __future__ import annotations

import csv
import io
import json
import threading
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import numpy as np
import orjson

FORMATS = {
    "jsonl": ("application/x-ndjson", "jsonl"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
    "geojson": ("application/geo+json", "geojson"),
    "graphml": ("application/graphml+xml", "graphml"),
    "plover": ("application/json", "plover.json"),
}
FLAT_COLUMNS = ("event_id", "doc_id", "type", "modality", "date", "date_precision", "actor_ids", "actor_names", "actor_countries",
                "recipient_ids", "recipient_names", "recipient_countries", "place_id", "place_name", "place_country", "lat", "lon",
                "location_source", "trigger", "sentence", "confidence", "event_cluster", "title", "outlet", "published", "url")  # fmt: skip


BATCH = 500  # events per chunk of the response
FLOAT_COLUMNS = ("lat", "lon", "confidence")


def records(index, ranks: np.ndarray) -> Iterator[list[bytes]]:
    """The JSON records of the events at ``ranks``, a batch at a time, as the index made them at build time."""
    data, start = index.records, index.record_start
    for i in range(0, len(ranks), BATCH):
        yield [data[start[r] : start[r + 1]] for r in ranks[i : i + BATCH].tolist()]


def events(index, ranks: np.ndarray) -> Iterator[list[dict]]:
    """The events at ``ranks`` as dicts, a batch at a time (JSON Lines takes the records as they are)."""
    for batch in records(index, ranks):
        yield [orjson.loads(r) for r in batch]


def flat(e: dict) -> dict[str, Any]:
    """One row per event (CSV, Parquet, GeoJSON properties): the first location; several actors
    joined by ';'; a name column falls back to the span's text when the actor is unresolved;
    confidence to three decimals."""
    loc = e["location"][0] if e["location"] else {}
    join = lambda ps, k: ";".join(str(p[k] or "") for p in ps)  # noqa: E731
    names = lambda ps: ";".join(str(p["name"] or p["text"] or "") for p in ps)  # noqa: E731
    return {
        "event_id": e["event_id"], "doc_id": e["doc_id"], "type": e["type"], "modality": e["modality"],
        "date": (e["date"] or {}).get("value") or (e["document"]["published"] or "")[:10] or None,
        "date_precision": (e["date"] or {}).get("precision") or ("day" if e["document"]["published"] else None),
        "actor_ids": join(e["actor"], "actor_id"), "actor_names": names(e["actor"]), "actor_countries": join(e["actor"], "country"),
        "recipient_ids": join(e["recipient"], "actor_id"), "recipient_names": names(e["recipient"]),
        "recipient_countries": join(e["recipient"], "country"), "place_id": loc.get("place_id"), "place_name": loc.get("name"),
        "place_country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"), "location_source": loc.get("source"),
        "trigger": e["trigger"]["text"], "sentence": e["sentence"]["text"],
        "confidence": round(e["confidence"], 3) if e["confidence"] is not None else None,
        "event_cluster": e["event_cluster"], **e["document"],
    }  # fmt: skip


def stream(fmt: str, index, ranks: np.ndarray, graph: dict | None = None) -> Iterator[bytes]:
    """The export as chunks of bytes: the events at ``ranks`` (for GraphML, the network ``graph``)."""
    if fmt == "graphml":
        yield graphml(graph)
    elif fmt == "jsonl":
        for batch in records(index, ranks):
            yield b"\n".join(batch) + b"\n"
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=FLAT_COLUMNS)
        w.writeheader()
        for batch in events(index, ranks):
            for e in batch:
                w.writerow({k: _cell(v) for k, v in flat(e).items()})
            yield _drain(buf)
        yield _drain(buf)
    elif fmt == "parquet":
        yield from _parquet(index, ranks)
    elif fmt == "geojson":
        yield b'{"type":"FeatureCollection","features":['
        sep = b""
        for batch in events(index, ranks):
            features = [orjson.dumps(f) for e in batch for f in _features(e)]
            if features:
                yield sep + b",".join(features)
                sep = b","
        yield b"]}"
    elif fmt == "plover":
        yield b"["
        for i, batch in enumerate(events(index, ranks)):
            yield (b"," if i else b"") + b",".join(orjson.dumps(plover_record(e)) for e in batch)
        yield b"]"
    else:
        raise ValueError(fmt)


def _drain(buf: io.StringIO) -> bytes:
    text = buf.getvalue()
    buf.seek(0)
    buf.truncate()
    return text.encode("utf-8")


def _features(e: dict) -> list[dict]:
    """One GeoJSON point per located place of the event (docs/serve.md): an event placed in two
    towns is two features with the same event_id, told apart by location_index."""
    out = []
    located = [loc for loc in e["location"] if loc["lat"] is not None and loc["lon"] is not None]
    common = {k: v for k, v in flat(e).items() if k not in ("lat", "lon")} if located else {}
    for i, loc in enumerate(located):
        props = dict(common)
        props.update(place_id=loc["place_id"], place_name=loc["name"], place_country=loc["country"], location_source=loc["source"],
                     precision=loc["precision"], location_index=i, n_locations=len(located))  # fmt: skip
        out.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}, "properties": props})
    return out


class _Sink(io.RawIOBase):
    """A write-only file for pyarrow's ParquetWriter whose bytes are taken after each row group."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.position = 0

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.parts.append(bytes(b))
        self.position += len(b)
        return len(b)

    def tell(self) -> int:
        return self.position

    def take(self) -> bytes:
        out, self.parts = b"".join(self.parts), []
        return out


def _parquet(index, ranks: np.ndarray) -> Iterator[bytes]:
    """One row group per batch, under a fixed schema (a column empty in one batch keeps its type)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.float64() if c in FLOAT_COLUMNS else pa.string()) for c in FLAT_COLUMNS])
    sink = _Sink()
    with pq.ParquetWriter(sink, schema) as writer:
        for batch in events(index, ranks):
            writer.write_table(pa.Table.from_pylist([flat(e) for e in batch], schema=schema))
            yield sink.take()
    yield sink.take()


class ExportSlots:
    """At most ``limit`` exports at once: an export holds a thread and a batch while its client
    reads, so a few slow clients must not take the whole server (past the limit: 429)."""

    def __init__(self, limit: int) -> None:
        self.limit, self.running = limit, 0
        self.lock = threading.Lock()

    def take(self) -> bool:
        with self.lock:
            if self.running >= self.limit:
                return False
            self.running += 1
            return True

    def give_back(self) -> None:
        with self.lock:
            self.running -= 1


def _cell(value: Any) -> Any:
    """Article text in a CSV cell never starts a spreadsheet formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def plover_record(e: dict) -> dict:
    """PLOVER's event fields (as POLECAT names them), plus what PLOVER specifies and warta fills:
    modality and the provenance spans."""
    def party(ps):
        return [{"actor_id": p["actor_id"], "name": p["name"] or p["text"], "country": p["country"], "sector": p["sector"],
                 "text": p["text"], "span": [p["start"], p["end"]]} for p in ps]  # fmt: skip

    return {
        "event_id": e["event_id"], "event_date": (e["date"] or {}).get("value") or (e["document"]["published"] or "")[:10] or None,
        "event_type": e["type"], "event_mode": e["mode"], "event_modality": e["modality"], "event_text": e["sentence"]["text"],
        "trigger": {"text": e["trigger"]["text"], "span": [e["trigger"]["start"], e["trigger"]["end"]]},
        "actor": party(e["actor"]), "recipient": party(e["recipient"]),
        "location": [{"place_id": loc["place_id"], "name": loc["name"], "country": loc["country"], "lat": loc["lat"], "lon": loc["lon"],
                      "precision": loc["precision"], "source": loc["source"]} for loc in e["location"]],
        "confidence": e["confidence"], "coder": e["extractor"], "event_cluster": e["event_cluster"],
        "source": {"doc_id": e["doc_id"], **e["document"]},
    }  # fmt: skip


def graphml(g: dict) -> bytes:
    keys = [("n_events", "node", "int"), ("name", "node", "string"), ("country", "node", "string"), ("sector", "node", "string"),
            ("n", "edge", "int"), ("weight", "edge", "int"), ("sign", "edge", "int"), ("by_type", "edge", "string"),
            ("by_modality", "edge", "string")]  # fmt: skip
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    out += [f'<key id="{k}" for="{f}" attr.name="{k}" attr.type="{t}"/>' for k, f, t in keys]
    out.append('<graph id="actors" edgedefault="directed">')
    for n in g["nodes"]:
        data = "".join(f'<data key="{k}">{escape(str(n[k]))}</data>' for k in ("n_events", "name", "country", "sector") if n[k] is not None)
        out.append(f"<node id={quoteattr(n['id'])}>{data}</node>")
    for e in g["edges"]:
        data = "".join(f'<data key="{k}">{escape(json.dumps(e[k]) if isinstance(e[k], dict) else str(e[k]))}</data>'
                       for k in ("n", "weight", "sign", "by_type", "by_modality"))  # fmt: skip
        out.append(f"<edge source={quoteattr(e['source'])} target={quoteattr(e['target'])}>{data}</edge>")
    out.append("</graph></graphml>")
    return "\n".join(out).encode("utf-8")
