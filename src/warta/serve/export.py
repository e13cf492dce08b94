"""Export any filtered set of events: CSV, JSONL, Parquet, GeoJSON, GraphML, PLOVER JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from warta.serve.filters import EventFilter
from warta.serve.queries import event_record, event_rows, graph

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


def events_for_export(cur, f: EventFilter, max_rows: int) -> list[dict]:
    _, rows = event_rows(cur, f, max_rows, 0)
    return [event_record(r) for r in rows]


def flat(e: dict) -> dict[str, Any]:
    loc = e["location"][0] if e["location"] else {}
    join = lambda ps, k: ";".join(str(p[k] or "") for p in ps)  # noqa: E731
    return {
        "event_id": e["event_id"], "doc_id": e["doc_id"], "type": e["type"], "modality": e["modality"],
        "date": (e["date"] or {}).get("value") or (e["document"]["published"] or "")[:10] or None,
        "date_precision": (e["date"] or {}).get("precision") or ("day" if e["document"]["published"] else None),
        "actor_ids": join(e["actor"], "actor_id"), "actor_names": join(e["actor"], "name"), "actor_countries": join(e["actor"], "country"),
        "recipient_ids": join(e["recipient"], "actor_id"), "recipient_names": join(e["recipient"], "name"),
        "recipient_countries": join(e["recipient"], "country"), "place_id": loc.get("place_id"), "place_name": loc.get("name"),
        "place_country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"), "location_source": loc.get("source"),
        "trigger": e["trigger"]["text"], "sentence": e["sentence"]["text"], "confidence": e["confidence"],
        "event_cluster": e["event_cluster"], **e["document"],
    }  # fmt: skip


def render(fmt: str, cur, f: EventFilter, max_rows: int, max_nodes: int) -> bytes:
    if fmt == "graphml":
        return graphml(graph(cur, f, max_nodes))
    events = events_for_export(cur, f, max_rows)
    if fmt == "jsonl":
        return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=FLAT_COLUMNS)
        w.writeheader()
        for e in events:
            w.writerow({k: _cell(v) for k, v in flat(e).items()})
        return buf.getvalue().encode("utf-8")
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist([flat(e) for e in events]) if events else pa.table({c: pa.array([], pa.string()) for c in FLAT_COLUMNS})
        out = io.BytesIO()
        pq.write_table(table, out)
        return out.getvalue()
    if fmt == "geojson":
        features = []
        for e in events:
            for loc in e["location"]:
                if loc["lat"] is None or loc["lon"] is None:
                    continue
                props = {k: v for k, v in flat(e).items() if k not in ("lat", "lon")}
                props.update(place_id=loc["place_id"], place_name=loc["name"], place_country=loc["country"], location_source=loc["source"],
                             precision=loc["precision"])  # fmt: skip
                features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}, "properties": props})
        return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False).encode("utf-8")
    if fmt == "plover":
        return json.dumps([plover_record(e) for e in events], ensure_ascii=False).encode("utf-8")
    raise ValueError(fmt)


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
