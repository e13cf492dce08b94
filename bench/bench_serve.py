"""API latency and throughput over a store of 100k synthetic events, plus dashboard first load.

    .venv/bin/python bench/bench_serve.py [--events 100000] [--clients 8] [--requests 400] [--workers 1]

Builds a fresh store (the real schema, via warta's migrations) with synthetic documents,
events, roles and locations made in SQL, starts ``warta serve`` on 127.0.0.1 in another
process, and runs concurrent clients (one process each, with httpx) against filtered event pages,
graphs of up to 500 nodes and timelines, with varied filters. Then loads the dashboard
in headless Debian Chromium and times it until every view is drawn.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from servers import Server  # noqa: E402

from warta.store.duck import Store  # noqa: E402

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]  # fmt: skip
MODS = ["asserted"] * 6 + ["future", "hypothetical", "negated", "historical"]


def build(db: Path, n_events: int) -> None:
    n_docs = n_events // 5
    with Store(db):
        pass  # schema
    import duckdb

    con = duckdb.connect(str(db))
    types = "[" + ",".join(f"'{t}'" for t in TYPES) + "]"
    mods = "[" + ",".join(f"'{m}'" for m in MODS) + "]"
    con.execute(f"""INSERT INTO documents (doc_id, content_hash, source_file, position, source_format, title, outlet, published,
        raw_text, text, alignment, removed, status)
        SELECT 'd' || i, 'h' || i, 'synthetic', '', 'jsonl', 'Judul ' || i, 'Outlet ' || (i % 40),
            strftime(DATE '2023-01-01' + CAST(i % 700 AS INTEGER), '%Y-%m-%d'), 'teks ' || i, 'Polisi menangkap tersangka ' || i, [], '[]', 'ok'
        FROM range({n_docs}) t(i)""")  # fmt: skip
    con.execute(f"""INSERT INTO events (event_id, doc_id, sentence_start, sentence_end, sentence_text, type, trigger_start, trigger_end,
        trigger_text, modality, confidence, extractor, date_value, date_precision, location_source, event_cluster)
        SELECT 'e' || i, 'd' || (i // 5), 0, 30, 'Polisi menangkap tersangka', {types}[1 + CAST(hash(i) % 16 AS BIGINT)], 7, 16, 'menangkap',
            {mods}[1 + CAST(hash(i * 7) % 10 AS BIGINT)], 0.8, 'synthetic',
            CASE WHEN i % 3 = 0 THEN strftime(DATE '2023-01-01' + CAST(CAST(hash(i * 3) % 700 AS BIGINT) AS INTEGER), '%Y-%m-%d') END,
            CASE WHEN i % 3 = 0 THEN 'day' END, 'sentence', 'c' || (i // 3)
        FROM range({n_events}) t(i)""")  # fmt: skip
    con.execute(f"""INSERT INTO event_roles (event_id, role, idx, start, "end", text, actor_id, name, country, sector)
        SELECT 'e' || i, 'actor', 0, 0, 6, 'Polisi', 'a' || (CAST(hash(i * 11) % 3000 AS BIGINT)), 'Aktor ' || (CAST(hash(i * 11) % 3000 AS BIGINT)),
            ['IDN','USA','ISR','PSE','LBN','CHN','RUS','UKR'][1 + CAST(hash(i * 13) % 8 AS BIGINT)], ['GOV','MIL','COP','REB','CVL'][1 + CAST(hash(i) % 5 AS BIGINT)]
        FROM range({n_events}) t(i)
        UNION ALL
        SELECT 'e' || i, 'recipient', 0, 17, 26, 'tersangka', 'a' || (CAST(hash(i * 17) % 3000 AS BIGINT)), 'Aktor ' || (CAST(hash(i * 17) % 3000 AS BIGINT)),
            ['IDN','USA','ISR','PSE','LBN','CHN','RUS','UKR'][1 + CAST(hash(i * 19) % 8 AS BIGINT)], ['GOV','MIL','COP','REB','CVL'][1 + CAST(hash(i * 5) % 5 AS BIGINT)]
        FROM range({n_events}) t(i) WHERE i % 4 <> 0""")  # fmt: skip
    con.execute(f"""INSERT INTO event_locations (event_id, idx, place_id, name, country, lat, lon, precision, source)
        SELECT 'e' || i, 0, 'p' || (CAST(hash(i * 23) % 5000 AS BIGINT)), 'Tempat', 'IDN', -10 + (CAST(hash(i * 29) % 2000 AS BIGINT)) / 100.0,
            95 + (CAST(hash(i * 31) % 4000 AS BIGINT)) / 100.0, 'city', 'sentence' FROM range({n_events}) t(i)""")  # fmt: skip
    con.execute("CHECKPOINT")
    con.close()


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def _client(url: str, chunk: list, start, out) -> None:
    """One client process: waits for the others, then sends its requests one after another."""
    latencies = []
    with httpx.Client(base_url=url, timeout=60) as c:
        c.get("/api/meta")  # connect before the clock starts
        start.wait()
        for path, params in chunk:
            t = time.perf_counter()
            r = c.get(path, params=params)
            latencies.append(time.perf_counter() - t)
            assert r.status_code == 200, (path, params, r.text[:200])
    out.put(latencies)


def run(server: Server, name: str, make_params, clients: int, requests: int) -> dict:
    """Concurrent clients as separate processes (independent users; client threads in one
    process would queue on their own interpreter lock and inflate the latencies measured)."""
    rng = random.Random(7)
    plans = [make_params(rng) for _ in range(requests)]
    ctx = multiprocessing.get_context("fork")
    start, out = ctx.Barrier(clients + 1), ctx.Queue()
    procs = [ctx.Process(target=_client, args=(server.url, plans[i::clients], start, out)) for i in range(clients)]
    for p in procs:
        p.start()
    start.wait()
    t = time.perf_counter()
    latencies = [x for _ in procs for x in out.get()]
    wall = time.perf_counter() - t
    for p in procs:
        p.join()
    return {"endpoint": name, "requests": len(latencies), "p50_ms": 1000 * statistics.median(latencies), "p99_ms": 1000 * pct(latencies, 99),
            "rps": len(latencies) / wall}  # fmt: skip


def month(rng) -> tuple[str, str]:
    m = rng.randint(1, 12)
    return f"2024-{m:02d}-01", f"2024-{m:02d}-28"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--workers", type=int, default=1, help="server processes (warta serve --workers)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t = time.perf_counter()
        build(db, args.events)
        print(f"built a store of {args.events:,} synthetic events in {time.perf_counter() - t:.1f} s")
        server = Server(db, "--workers", str(args.workers))
        if args.workers > 1:  # the first worker answers while the others still build their views
            settle(server)
        try:
            def events(rng):
                d0, d1 = month(rng)
                return "/api/events", {"type": rng.choice(TYPES), "date_from": d0, "date_to": d1, "limit": 50, "offset": rng.choice([0, 50, 100])}

            def events_actor(rng):
                return "/api/events", {"actor": f"a{rng.randrange(3000)}", "limit": 50}

            def graph(rng):
                return "/api/graph", {"type": ",".join(rng.sample(TYPES, 4)), "max_nodes": 500}

            def timeline(rng):
                return "/api/timeline", {"interval": "week", "modality": rng.choice(["asserted", "future", "negated"])}

            results = [run(server, name, fn, args.clients, args.requests) for name, fn in
                       (("events (type + month, page of 50)", events), ("events (one actor)", events_actor),
                        ("graph (4 types, up to 500 nodes)", graph), ("timeline (week, one modality)", timeline))]  # fmt: skip
            nodes = len(server.get("/api/graph", max_nodes=500).json()["nodes"])
            print(f"\n{args.workers} server worker(s), {args.clients} concurrent clients, {args.requests} requests per endpoint (graph here has {nodes} nodes unfiltered)")
            print(f"{'endpoint':38s} {'p50 ms':>8s} {'p99 ms':>8s} {'req/s':>8s}")
            for r in results:
                print(f"{r['endpoint']:38s} {r['p50_ms']:8.1f} {r['p99_ms']:8.1f} {r['rps']:8.1f}")
            first_load(server)
        finally:
            server.stop()


def settle(server: Server) -> None:
    """Wait until the server's processes are idle (every worker has built its view)."""
    import psutil

    procs = [psutil.Process(server.proc.pid), *psutil.Process(server.proc.pid).children(recursive=True)]
    for p in procs:
        p.cpu_percent(interval=None)  # the first reading only starts the count
    for _ in range(120):
        time.sleep(0.5)
        if sum(p.cpu_percent(interval=None) for p in procs) < 5:
            return


def first_load(server: Server) -> None:
    import shutil

    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if not chromium:
        print("dashboard first load: skipped (no Debian chromium)")
        return
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
        times = []
        for _ in range(3):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            t = time.perf_counter()
            page.goto(server.url + "/")
            page.wait_for_selector("body[data-ready='1']", timeout=60_000)
            times.append(time.perf_counter() - t)
            page.close()
        browser.close()
    print(f"dashboard first load (until every view is drawn), 3 fresh pages: {', '.join(f'{x:.2f}' for x in times)} s")


if __name__ == "__main__":
    main()
