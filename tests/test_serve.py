"""The API (issue 7) against a real ``warta serve`` process on 127.0.0.1 and a real store
built from the demo corpus."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import duckdb
import psutil
import pyarrow.parquet as pq
import pytest
from conftest import ROOT, run_warta
from servers import Server


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("serve") / "demo.duckdb"
    r = run_warta("ingest", str(ROOT / "demo" / "corpus"), "--db", str(db), "-q")
    assert r.returncode == 0, r.stderr.decode()
    return db


@pytest.fixture(scope="module")
def server(demo_db):
    s = Server(demo_db)
    yield s
    s.stop()


def test_openapi_and_meta(server):
    spec = server.get("/openapi.json").json()
    for path in ("/api/events", "/api/documents", "/api/actors", "/api/graph", "/api/timeline", "/api/clusters", "/api/export", "/api/ingest"):
        assert path in spec["paths"], path
    meta = server.get("/api/meta").json()
    assert meta["documents"] == 36 and meta["events"] > 100 and len(meta["types"]) == 16


def test_events_pagination_and_contract_shape(server):
    first = server.get("/api/events", limit=10, offset=0).json()
    second = server.get("/api/events", limit=10, offset=10).json()
    assert first["total"] == second["total"] > 20
    ids = [e["event_id"] for e in first["items"] + second["items"]]
    assert len(ids) == len(set(ids)) == 20
    e = first["items"][0]
    assert {"doc_id", "event_id", "sentence", "type", "mode", "trigger", "actor", "recipient", "location", "date", "modality",
            "confidence", "extractor"} <= set(e)  # fmt: skip
    assert e["document"]["title"]


@pytest.mark.parametrize(
    "params, check",
    [
        ({"type": "PROTEST"}, lambda e: e["type"] == "PROTEST"),
        ({"type": "PROTEST,ASSAULT"}, lambda e: e["type"] in ("PROTEST", "ASSAULT")),
        ({"modality": "future"}, lambda e: e["modality"] == "future"),
        ({"actor": "idn-polri"}, lambda e: "idn-polri" in [p["actor_id"] for p in e["actor"] + e["recipient"]]),
        ({"actor": "idn-polri", "role": "actor"}, lambda e: "idn-polri" in [p["actor_id"] for p in e["actor"]]),
        ({"country": "LBN"}, lambda e: "LBN" in [p["country"] for p in e["actor"] + e["recipient"] + e["location"]]),
        ({"sector": "COP"}, lambda e: "COP" in [p["sector"] for p in e["actor"] + e["recipient"]]),
        ({"place": "rg-lebanon-selatan"}, lambda e: "rg-lebanon-selatan" in [x["place_id"] for x in e["location"]]),
        ({"bbox": "94,-11,141,6"}, lambda e: any(x["lat"] is not None and -11 <= x["lat"] <= 6 and 94 <= x["lon"] <= 141 for x in e["location"])),
        ({"date_from": "2024-05-01", "date_to": "2024-05-31"}, lambda e: "2024-05" in ((e["date"] or {}).get("value") or "") + (e["document"]["published"] or "")),
        ({"q": "serangan"}, lambda e: True),
        ({"min_confidence": "0.5"}, lambda e: e["confidence"] >= 0.5),
        ({"min_confidence": "0.5", "type": "ASSAULT"}, lambda e: e["confidence"] >= 0.5 and e["type"] == "ASSAULT"),
    ],
)
def test_every_filter_narrows_and_holds(server, params, check):
    total = server.get("/api/events", limit=1).json()["total"]
    page = server.get("/api/events", limit=500, **params).json()
    assert 0 < page["total"] < total, params
    assert all(check(e) for e in page["items"]), params


def test_cluster_filter_and_clusters(server):
    clusters = server.get("/api/clusters", min_reports=2).json()
    assert clusters["total"] >= 3
    c = clusters["items"][0]
    assert c["n_documents"] >= 2 and c["n_outlets"] >= 2 and len({r["doc_id"] for r in c["reports"]}) == c["n_documents"]
    members = server.get("/api/events", cluster=c["event_cluster"]).json()
    assert members["total"] == c["n_reports"] and all(e["event_cluster"] == c["event_cluster"] for e in members["items"])


def test_search_knows_indonesian_morphology(server, demo_db):
    found = server.get("/api/documents", q="serangan", limit=100).json()
    assert found["terms"] == ["serang"] and found["total"] > 0
    con = duckdb.connect(str(demo_db), read_only=True)
    texts = dict(con.execute("SELECT doc_id, lower(title || ' ' || text) FROM documents").fetchall())
    # every form of the word finds the same documents, including those without that form
    same = {q: {d["doc_id"] for d in server.get("/api/documents", q=q, limit=100).json()["items"]} for q in ("menyerang", "diserang", "penyerangan")}
    ids = {d["doc_id"] for d in found["items"]}
    assert all(v == ids for v in same.values())
    assert any("menyerang" not in texts[d] for d in same["menyerang"])  # found through "serangan"
    outlet = found["items"][0]["outlet"]
    assert all(d["outlet"] == outlet for d in server.get("/api/documents", q="serangan", outlet=outlet).json()["items"])
    assert server.get("/api/documents", q="zzzqqq").json()["total"] == 0


def test_documents_without_a_query_are_listed(server):
    page = server.get("/api/documents", limit=5).json()
    assert page["total"] == 29 and len(page["items"]) == 5
    outlet = page["items"][0]["outlet"]
    assert all(d["outlet"] == outlet for d in server.get("/api/documents", outlet=outlet).json()["items"])


def test_one_document_with_mentions_and_events(server):
    doc_id = server.get("/api/events", type="COOPERATE", limit=1).json()["items"][0]["doc_id"]
    doc = server.get(f"/api/documents/{doc_id}").json()
    assert doc["text"] and doc["mentions"] and doc["events"]
    for e in doc["events"]:
        assert doc["text"][e["trigger"]["start"] : e["trigger"]["end"]] == e["trigger"]["text"]
    assert server.get("/api/documents/no-such-doc").status_code == 404


def test_actors_and_one_actor(server):
    actors = server.get("/api/actors", limit=5).json()
    assert actors["total"] > 10 and actors["items"][0]["n_events"] >= actors["items"][-1]["n_events"]
    polri = server.get("/api/actors", q="Polri").json()["items"]
    assert any(a["actor_id"] == "idn-polri" and "Polri" in a["aliases"] for a in polri)
    one = server.get("/api/actors/idn-polri", limit=5).json()
    assert one["name"] and one["events"]["total"] >= 5 and len(one["events"]["items"]) == 5 and one["partners"]
    assert server.get("/api/actors/no-such-actor").status_code == 404


def test_graph_and_timeline(server):
    g = server.get("/api/graph").json()
    assert g["nodes"] and g["edges"]
    ids = {n["id"] for n in g["nodes"]}
    for e in g["edges"]:
        assert e["source"] in ids and e["target"] in ids and e["sign"] in (-1, 0, 1)
        assert sum(e["by_type"].values()) == sum(e["by_modality"].values()) == e["n"]
    assert len(server.get("/api/graph", max_nodes=3).json()["nodes"]) == 3
    narrowed = server.get("/api/graph", type="ASSAULT").json()
    assert all(set(e["by_type"]) == {"ASSAULT"} for e in narrowed["edges"])
    for interval in ("day", "week", "month"):
        t = server.get("/api/timeline", interval=interval).json()
        assert t["items"] and all(set(r) == {"period", "type", "modality", "n"} for r in t["items"])
    total = server.get("/api/events", limit=1).json()["total"]
    assert sum(r["n"] for r in server.get("/api/timeline", interval="month").json()["items"]) <= total


def test_exports(server):
    n = server.get("/api/events", type="ASSAULT", limit=1).json()["total"]
    jl = server.get("/api/export", format="jsonl", type="ASSAULT").text.splitlines()
    assert len(jl) == n and json.loads(jl[0])["type"] == "ASSAULT"
    rows = list(csv.DictReader(io.StringIO(server.get("/api/export", format="csv", type="ASSAULT").text)))
    assert len(rows) == n and rows[0]["type"] == "ASSAULT"
    table = pq.read_table(io.BytesIO(server.get("/api/export", format="parquet", type="ASSAULT").content))
    assert table.num_rows == n
    geo = server.get("/api/export", format="geojson", type="ASSAULT").json()
    assert geo["type"] == "FeatureCollection" and geo["features"][0]["geometry"]["type"] == "Point"
    root = ET.fromstring(server.get("/api/export", format="graphml").content)
    assert root.tag.endswith("graphml") and root.find(".//{http://graphml.graphdrawing.org/xmlns}node") is not None
    plover = server.get("/api/export", format="plover", type="ASSAULT").json()
    assert len(plover) == n and plover[0]["event_type"] == "ASSAULT" and "event_modality" in plover[0]


def test_exports_carry_unresolved_actor_text_rounded_confidence_and_one_feature_per_location(server):
    events = {e["event_id"]: e for e in (json.loads(x) for x in server.get("/api/export", format="jsonl").text.splitlines())}
    rows = list(csv.DictReader(io.StringIO(server.get("/api/export", format="csv").text)))
    assert len(rows) == len(events)
    unresolved = 0
    for row in rows:
        e = events[row["event_id"]]
        for role in ("actor", "recipient"):
            assert row[f"{role}_names"] == ";".join(p["name"] or p["text"] or "" for p in e[role])
            unresolved += sum(p["actor_id"] is None and bool(p["text"]) for p in e[role])
        assert row["confidence"] == "" or len(row["confidence"].split(".")[-1]) <= 3
        assert row["confidence"] == "" or abs(float(row["confidence"]) - e["confidence"]) < 0.0005
    assert unresolved > 20  # the demo has unresolved actors ("mahasiswa", "warga"): their text is in the export
    features = server.get("/api/export", format="geojson").json()["features"]
    located = {i: [x for x in e["location"] if x["lat"] is not None] for i, e in events.items()}
    assert len(features) == sum(len(v) for v in located.values()) > len(events) / 2
    for f in features:
        p = f["properties"]
        loc = located[p["event_id"]][p["location_index"]]
        assert p["n_locations"] == len(located[p["event_id"]]) and f["geometry"]["coordinates"] == [loc["lon"], loc["lat"]]
        assert p["place_id"] == loc["place_id"] and p["location_source"] == loc["source"]


def test_filters_take_names_and_aliases(server):
    def total(**params):
        r = server.get("/api/events", limit=1, **params)
        assert r.status_code == 200, (params, r.text)
        return r.json()["total"]

    kpk = total(actor="idn-kpk")
    assert kpk > 0
    for name in ("KPK", "kpk", "Komisi Pemberantasan Korupsi", "Corruption Eradication Commission", "lembaga antirasuah"):
        assert total(actor=name) == kpk, name
    makassar = total(place="idn-73.71")
    assert makassar > 0 and total(place="Makassar") == total(place="Kota Makassar") == makassar
    bekasi = total(place="idn-32.75,idn-32.16")  # "Bekasi": the city and the regency, both
    assert total(place="Bekasi") == bekasi > max(total(place="idn-32.75"), total(place="idn-32.16"))
    assert total(place="Libanon") == total(place="LBN") > 0  # the gazetteer's Indonesian name
    assert server.get("/api/graph", actor="Polri").json() == server.get("/api/graph", actor="idn-polri").json()
    r = server.get("/api/events", actor="KPKK")
    assert r.status_code == 422
    message = r.json()["error"]["message"]
    assert "no actor named 'KPKK'" in message and "idn-kpk" in message and "/api/suggest" in message  # a hint, not total 0


def test_names_of_several_actors_select_them_all(demo_db):
    from warta.serve.cache import open_served
    from warta.serve.names import NameIndex

    names = NameIndex.load(open_served(demo_db))
    assert names.resolve("actor", ["Demokrat"]) == ["idn-demokrat", "usa-democratic-party"]
    assert names.resolve("actor", ["idn-polri", "Polri"]) == ["idn-polri"]


def test_suggest_completes_actor_and_place_names(server):
    items = server.get("/api/suggest", q="kpk", kind="actor").json()["items"]
    assert items[0]["id"] == "idn-kpk" and items[0]["alias"] == "KPK" and items[0]["n_events"] > 0
    pol = server.get("/api/suggest", q="pol", kind="actor", limit=5).json()["items"]
    assert len(pol) == 5 and pol[0]["id"] == "idn-polri"  # in events first, the most events first
    counts = [i["n_events"] for i in pol]
    assert all(c > 0 for c in counts[:2])
    places = server.get("/api/suggest", q="makas", kind="place").json()["items"]
    assert places[0]["id"] == "idn-73.71" and places[0]["name"] == "Kota Makassar"
    assert server.get("/api/suggest", q="zzzqqq", kind="place").json()["items"] == []
    for item in pol + places:  # every suggestion works as a filter
        assert server.get("/api/events", limit=1, **{item["kind"]: item["id"]}).status_code == 200


@pytest.mark.parametrize(
    "path, params",
    [
        ("/api/events", {"type": "FOO"}), ("/api/events", {"modality": "maybe"}), ("/api/events", {"bbox": "1,2"}),
        ("/api/events", {"bbox": "a,b,c,d"}), ("/api/events", {"bbox": "0,10,5,-10"}), ("/api/events", {"date_from": "2024-13-45"}),
        ("/api/events", {"date_to": "kemarin"}), ("/api/events", {"limit": "0"}), ("/api/events", {"limit": "many"}),
        ("/api/events", {"offset": "-1"}), ("/api/events", {"country": "INDONESIA"}), ("/api/events", {"role": "victim"}),
        ("/api/timeline", {"interval": "year"}), ("/api/graph", {"max_nodes": "0"}), ("/api/export", {"format": "xlsx"}),
        ("/api/documents", {"date_from": "x"}), ("/api/clusters", {"min_reports": "0"}), ("/api/actors", {"limit": "100000"}),
        ("/api/events", {"actor": "Tidak Ada Siapa"}), ("/api/graph", {"place": "Atlantis"}), ("/api/suggest", {"kind": "person", "q": "x"}),
    ],
)
def test_bad_parameters_answer_422_with_a_message(server, path, params):
    r = server.get(path, **params)
    assert r.status_code == 422, (path, params, r.status_code, r.text)
    error = r.json()["error"]
    assert error["status"] == 422 and isinstance(error["message"], str) and error["message"]
    assert any(name in error["message"] for name in params), error  # the sentence names the parameter


def test_the_api_holds_to_its_openapi(server):
    """A short schemathesis run: every operation with schema-valid and schema-violating requests
    (a bounded number of examples each); no answer is a 5xx, and every answer, errors included,
    matches the status codes, media types and schemas the OpenAPI declares. Schemathesis'
    acceptance checks are left out: the schema cannot say that a country code is 3 letters
    inside a comma-separated list, nor that a query string is never a number."""
    import schemathesis
    from hypothesis import HealthCheck, given, settings
    from hypothesis.errors import Unsatisfiable
    from schemathesis import GenerationMode

    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    skip = [schemathesis.checks.positive_data_acceptance, schemathesis.checks.negative_data_rejection]
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
            def call(case):
                case.call_and_validate(excluded_checks=skip)

            try:
                call()
            except Unsatisfiable:  # no parameter to break (e.g. /api/meta): nothing negative to send
                assert mode == GenerationMode.NEGATIVE


def test_odd_but_valid_input_never_500(server):
    for q in ("'; DROP TABLE events; --", "%", "\\", "日本語", "a" * 2000, "<script>"):
        for path in ("/api/events", "/api/documents", "/api/actors"):
            r = server.get(path, q=q)
            assert r.status_code == 200, (path, q, r.text)
    unknown = server.get("/api/events", actor="'; --")  # no such actor: a 422 that says so, not an empty answer
    assert unknown.status_code == 422 and "no actor named" in unknown.json()["error"]["message"]


def test_writing_needs_the_token(server, demo_db, tmp_path):
    article = {"id": "posted-1", "title": "Polisi tangkap pencuri", "outlet": "Uji", "published": "2024-06-12",
               "text": "Polisi menangkap dua pencuri kabel di Kota Bekasi pada Selasa. Keduanya kini ditahan di Polres Metro Bekasi."}  # fmt: skip
    assert server.post("/api/ingest", json=article).status_code == 403  # read-only server: no token configured
    db = tmp_path / "w.duckdb"
    db.write_bytes(demo_db.read_bytes())
    writer = Server(db, token="rahasia-123")
    try:
        assert writer.post("/api/ingest", json=article).status_code == 403
        assert writer.post("/api/ingest", json=article, headers={"Authorization": "Bearer salah"}).status_code == 403
        assert writer.post("/api/ingest", json={"text": ""}, headers={"X-Warta-Token": "rahasia-123"}).status_code == 422
        r = writer.post("/api/ingest", json=[article], headers={"Authorization": "Bearer rahasia-123"})
        assert r.status_code == 200 and r.json()["stored"] == 1
        assert writer.get("/api/documents/posted-1").json()["events"]
        again = writer.post("/api/ingest", json={"articles": [article]}, headers={"X-Warta-Token": "rahasia-123"}).json()
        assert again["stored"] == 0 and again["already_stored"] == 1
        # reads going on while an ingest swaps the served view wait for it, and never fail
        import threading

        statuses: list[int] = []
        stop = threading.Event()

        def read_loop():
            while not stop.is_set():
                statuses.append(writer.get("/api/events", limit=5).status_code)

        readers = [threading.Thread(target=read_loop) for _ in range(3)]
        for t in readers:
            t.start()
        more = {**article, "id": "posted-2", "text": "Massa berunjuk rasa di depan kantor Gubernur Papua di Jayapura pada Senin."}
        r = writer.post("/api/ingest", json=more, headers={"X-Warta-Token": "rahasia-123"})
        stop.set()
        for t in readers:
            t.join()
        assert r.status_code == 200 and r.json()["stored"] == 1
        assert statuses and set(statuses) == {200}
    finally:
        writer.stop()


def test_binds_to_loopback_by_default(server):
    listening = [c.laddr for c in psutil.Process(server.proc.pid).net_connections(kind="inet") if c.status == psutil.CONN_LISTEN]
    assert listening and all(a.ip == "127.0.0.1" for a in listening)
    r = run_warta("serve", "--help")
    assert "127.0.0.1" in r.stdout.decode()


def test_several_read_only_workers_serve_the_same_answers(server, demo_db):
    """`--workers 2`: two processes, each with its own view, both on 127.0.0.1; refused with a token."""
    workers = Server(demo_db, "--workers", "2")
    try:
        for params in ({}, {"type": "ASSAULT"}, {"actor": "idn-polri"}):
            for path in ("/api/events", "/api/graph", "/api/timeline"):
                assert workers.get(path, **params).json() == server.get(path, **params).json(), (path, params)
        children = psutil.Process(workers.proc.pid).children(recursive=True)
        assert len([c for c in children if "warta" in " ".join(c.cmdline()) or "multiprocessing" in " ".join(c.cmdline())]) >= 2
        listening = [c.laddr for c in psutil.Process(workers.proc.pid).net_connections(kind="inet") if c.status == psutil.CONN_LISTEN]
        assert listening and all(a.ip == "127.0.0.1" for a in listening)
    finally:
        workers.stop()
    r = run_warta("serve", "--db", str(demo_db), "--workers", "2", "--token", "t", "--port", "0")
    assert r.returncode == 2 and "read-only" in r.stderr.decode()


def test_missing_store_is_a_clear_error(tmp_path):
    r = run_warta("serve", "--db", str(tmp_path / "nope.duckdb"), "--port", "0")
    assert r.returncode == 2 and "no store" in r.stderr.decode()


def test_the_numpy_index_agrees_with_sql(demo_db):
    """Graph, timeline and event pages come from arrays in the server; the SQL versions are the reference."""
    from warta.serve import queries
    from warta.serve.cache import open_served
    from warta.serve.event_index import EventIndex
    from warta.serve.filters import EventFilter

    con = open_served(demo_db)
    cur = con.cursor()
    index = EventIndex.load(con, queries.plover()["cooperative"])
    key = lambda r: (r["period"], r["type"], r["modality"])  # noqa: E731
    for params in ({}, {"type": "ASSAULT,COERCE"}, {"modality": "future"}, {"actor": "idn-polri"}, {"actor": "idn-polri", "role": "recipient"},
                   {"date_from": "2024-05-01", "date_to": "2024-06"}, {"country": "LBN"}, {"q": "serangan"}):  # fmt: skip
        f = EventFilter.parse(**params)
        assert index.graph(cur, f, 50) == queries.graph(cur, f, 50), params
        for interval in ("day", "week", "month"):
            fast, sql = index.timeline(cur, f, interval), queries.timeline(cur, f, interval)
            assert sorted(fast["items"], key=key) == sorted(sql["items"], key=key)
            assert fast["undated"] == sql["undated"], params
        assert json.loads(queries.events_page_json(cur, f, 20, 5, index)) == json.loads(json.dumps(queries.events_page(cur, f, 20, 5))), params


def test_places_for_the_map(server):
    places = server.get("/api/places").json()["items"]
    assert places and all(p["lat"] is not None and p["n"] >= 1 and sum(p["by_modality"].values()) >= p["n"] for p in places)
    lebanon = server.get("/api/places", country="LBN").json()["items"]
    assert lebanon and len(lebanon) < len(places)
