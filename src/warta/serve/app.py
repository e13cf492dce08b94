"""The HTTP API and the dashboard, over one DuckDB store (FastAPI; OpenAPI at /docs).

Read-only by default: the store is opened read-only and there is no route that writes.
With a token (``WARTA_TOKEN``, ``--token-file`` or ``--token``), POST /api/ingest accepts
articles; without one, or with a wrong one, it answers 403 before reading the body, and a
body past ``max_body`` bytes answers 413 without being read whole. Every error answers in
one JSON shape (warta.serve.errors); every response carries the security headers and only
loopback Host names are answered unless others are allowed (warta.serve.guard).
"""

from __future__ import annotations

import asyncio
import gc
import hmac
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import duckdb
import numpy as np
import orjson
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from warta import __version__
from warta.serve import errors, queries
from warta.serve.export import FORMATS, ExportSlots, stream
from warta.serve.filters import EventFilter
from warta.serve.guard import LOOPBACK, Guard

STATIC = Path(str(resources.files("warta.serve").joinpath("static")))
Limit = Annotated[int, Query(ge=1, le=1000, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
# ReDoc's own styles (styled-components) go into <style> elements it creates empty and then fills
# through the CSSOM, which CSP does not govern; its bundle also injects one fixed stylesheet
# (perfect-scrollbar's) as text. The /redoc page's policy is the server's plus the hashes of
# exactly those two texts (the empty string, that stylesheet): nothing else inline is let in.
# A re-vendored ReDoc whose stylesheet changed shows up as a CSP violation in test_dashboard.
REDOC_STYLE_HASHES = ("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='", "'sha256-QMIg+bpjm3JdElJ388KYke01izlUW0UoNOeKjpMxdgc='")
REDOC_CSP = errors.SECURITY_HEADERS["Content-Security-Policy"].replace("style-src 'self'", "style-src 'self' " + " ".join(REDOC_STYLE_HASHES))
DEFAULT_MAX_BODY = 16 * 1024 * 1024  # bytes of one POST /api/ingest (about 3,000 long articles)
DEFAULT_MAX_EXPORTS = 2  # exports streaming at once
ListParam = Annotated[list[str] | None, Query(description="One or more values (repeat the parameter or separate by commas).")]


ActorParam = Annotated[list[str] | None, Query(description="Actor ids, names or aliases (KPK, idn-kpk, Corruption Eradication Commission); "
                                                      "a name several actors share selects them all. /api/suggest?kind=actor completes names.")]
PlaceParam = Annotated[list[str] | None, Query(description="Place ids or names (Makassar, idn-73.71, Libanon) of the places of events; "
                                                      "/api/suggest?kind=place completes names.")]


async def event_filter(
    request: Request,
    type: ListParam = None, modality: ListParam = None, actor: ActorParam = None,
    role: Annotated[str | None, Query(description="With actor: only as actor, or only as recipient.")] = None,
    country: ListParam = None, sector: ListParam = None, place: PlaceParam = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees")] = None,
    date_from: Annotated[str | None, Query(description="YYYY-MM-DD, YYYY-MM or YYYY")] = None,
    date_to: Annotated[str | None, Query(description="YYYY-MM-DD, YYYY-MM or YYYY")] = None,
    cluster: str | None = None, doc_id: str | None = None, outlet: ListParam = None,
    q: Annotated[str | None, Query(description="Full text of the event's article (Indonesian stems).")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description="Only events whose confidence reaches this (0-1); docs/events.md shows precision and recall by floor.")] = None,
) -> EventFilter:
    """The event filter every event view shares (a FastAPI dependency; async because it only
    parses, and a sync dependency would cost every request a hop to the thread pool). Actor and
    place names become ids here (warta.serve.names); an unknown one is a 422 with a hint."""
    f = EventFilter.parse(type=type, modality=modality, actor=actor, role=role, country=country, sector=sector, place=place,
                          bbox=bbox, date_from=date_from, date_to=date_to, cluster=cluster, doc_id=doc_id, outlet=outlet, q=q,
                          min_confidence=min_confidence)  # fmt: skip
    names = request.app.state.store.names
    for kind in ("actor", "place"):
        values = getattr(f, kind)
        if values:  # the first place name may read the gazetteer (~1 s, once): not on the event loop
            slow = names.needs_gazetteer(kind, values)
            setattr(f, kind, await run_in_threadpool(names.resolve, kind, values) if slow else names.resolve(kind, values))
    return f


Filter = Annotated[EventFilter, Depends(event_filter)]


class Store:
    """The served view of the store (warta.serve.cache); each request works on its own cursor.
    A token ingest closes it, ingests into the store file, and builds it again, under a lock."""

    def __init__(self, path: Path, writable: bool) -> None:
        self.path, self.writable = path, writable
        self.lock = threading.RLock()  # one writer at a time
        self.gate = threading.Lock()  # guards the two fields below
        self.readers = 0  # API reads in flight
        self.writing = False  # an ingest is waiting for them or running: new reads wait
        self.con = self._open()

    def _open(self) -> duckdb.DuckDBPyConnection:
        from warta.serve.cache import open_served
        from warta.serve.event_index import EventIndex
        from warta.serve.names import NameIndex

        con = open_served(self.path)
        self.index = EventIndex.load(con, queries.plover()["cooperative"])
        self.names = NameIndex.load(con)
        # the view lives as long as the server: keep it out of the collector's full scans,
        # which otherwise add 10-15 ms to a request now and then (measured on graph requests)
        gc.collect()
        gc.freeze()
        return con

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor on the current view; only called inside a read the gate let in."""
        return self.con.cursor()

    def ingest(self, rows: list[dict]) -> dict:
        from warta.engine.ingest import IngestConfig, ingest

        with self.lock, tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "posted.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
            with self.gate:
                self.writing = True
            try:
                while True:  # let the reads in flight finish on the old view
                    with self.gate:
                        if self.readers == 0:
                            break
                    time.sleep(0.01)
                self.con.close()
                try:
                    summary = ingest([str(path)], self.path, IngestConfig())
                finally:
                    self.con = self._open()
            finally:
                with self.gate:
                    self.writing = False
            return summary.as_dict()


class ReadGate:
    """ASGI middleware: every API read counts itself in; while an ingest swaps the view, new
    reads wait. A read counts itself out when its response starts: by then every route has
    done its queries (an export streams from the in-memory index it holds, not the store), so
    a client that reads an export slowly does not hold up an ingest. Plain ASGI rather than
    Starlette's BaseHTTPMiddleware, which costs every request an extra task and a body stream
    (measured: ~1 ms a request)."""

    def __init__(self, app, store: Store) -> None:
        self.app, self.store = app, store

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/"):
            return await self.app(scope, receive, send)
        store = self.store
        while True:
            with store.gate:
                if not store.writing:
                    store.readers += 1
                    break
            await asyncio.sleep(0.02)
        counted = True

        def count_out() -> None:
            nonlocal counted
            if counted:
                counted = False
                with store.gate:
                    store.readers -= 1

        async def send_counting_out(message) -> None:
            if message["type"] == "http.response.start":
                count_out()
            await send(message)

        try:
            await self.app(scope, receive, send_counting_out)
        finally:
            count_out()


def _migrate(db: Path) -> None:
    """Bring an older store to the current schema (new tables such as the search index start empty)."""
    from warta.store.duck import SCHEMA_VERSION
    from warta.store.duck import Store as WartaStore

    con = duckdb.connect(str(db), read_only=True)
    try:
        version = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    except duckdb.Error:
        version = None
    finally:
        con.close()
    if version is not None and version < SCHEMA_VERSION:
        with WartaStore(db):
            pass


class JSON(JSONResponse):
    """orjson, without FastAPI's per-field encoder: lists of thousands of events and edges stay cheap.
    (A JSONResponse, so that the OpenAPI says JSON for its routes.)"""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def check_store(db: Path) -> None:
    """Fail early on a missing store; bring an older one to the current schema."""
    if not Path(db).exists():
        raise FileNotFoundError(f"no store at {db}: run `warta ingest ... --db {db}` first")
    _migrate(Path(db))


def app_from_environment() -> FastAPI:
    """The read-only app of one of several worker processes (`warta serve --workers N`)."""
    options = json.loads(os.environ.get("WARTA_SERVE_OPTIONS", "{}"))
    return create_app(Path(os.environ["WARTA_SERVE_DB"]), allowed_hosts=frozenset(options.get("allowed_hosts", LOOPBACK)),
                      max_exports=options.get("max_exports", DEFAULT_MAX_EXPORTS))  # fmt: skip


class SlotResponse(StreamingResponse):
    """A streamed export that gives its slot back however the stream ends (done, failed, client gone)."""

    def __init__(self, *args, slots: ExportSlots, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.slots = slots

    async def __call__(self, scope, receive, send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self.slots.give_back()


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it is known to pass ``limit`` bytes: from its
    Content-Length before reading anything, else while reading (a chunked body)."""
    too_large = HTTPException(413, f"the body is larger than this server takes ({limit:,} bytes; warta serve --max-body sets it)")
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_large
    return bytes(body)


def articles(body: bytes) -> list[dict]:
    """The posted articles: one object, a list, or {"articles": [...]}; 422 for anything else."""
    try:
        payload = orjson.loads(body)  # strict: a lone surrogate escape is an error here, not later
    except orjson.JSONDecodeError as e:
        raise HTTPException(422, f"the body is not valid JSON (UTF-8, no lone surrogates): {e}") from None
    rows = payload.get("articles") if isinstance(payload, dict) and "articles" in payload else payload
    rows = rows if isinstance(rows, list) else [rows]
    if not rows or not all(isinstance(r, dict) and isinstance(r.get("text"), str) and r["text"].strip() for r in rows):
        raise HTTPException(422, 'each article must be an object with a non-empty "text"')
    for r in rows:
        for k in ("id", "title", "url", "published", "outlet"):
            if r.get(k) is not None and not isinstance(r[k], str):
                raise HTTPException(422, f'"{k}" must be a string, not {type(r[k]).__name__}')
    if len(rows) > 10_000:
        raise HTTPException(422, "at most 10,000 articles per request")
    return rows


INGEST_BODY = {
    "required": True,
    "content": {"application/json": {"schema": {
        "description": 'One article {"id","title","text","url","published","outlet"}, a list of them, or {"articles": [...]}',
        "anyOf": [{"type": "object"}, {"type": "array", "items": {"type": "object"}}],
    }}},
}  # fmt: skip


def create_app(db: Path, token: str | None = None, *, allowed_hosts: frozenset[str] = LOOPBACK, max_body: int = DEFAULT_MAX_BODY,
               max_exports: int = DEFAULT_MAX_EXPORTS) -> FastAPI:  # fmt: skip
    check_store(db)
    store = Store(Path(db), writable=bool(token))
    app = FastAPI(title="warta", version=__version__, description="Event data from Indonesian news: API over a warta store. "
                  "Every error answers {\"error\": {\"status\", \"message\", \"detail\"}}.",
                  default_response_class=JSON, responses=errors.ERROR_RESPONSES, docs_url=None, redoc_url=None)  # fmt: skip
    app.state.store = store
    app.add_middleware(ReadGate, store=store)
    app.add_middleware(Guard, allowed_hosts=allowed_hosts)  # outermost: the Host check comes first
    app.router.on_shutdown.append(gc.unfreeze)
    errors.install(app)
    exports = ExportSlots(max_exports)

    async def from_index(f: EventFilter, work: Callable[[Any], Any]) -> Any:
        """Run work over the in-memory index: on the event loop when the filter needs only its
        arrays (a few ms, no thread hop, and requests are served in arrival order rather than
        time-sliced by the GIL: measured p99 under 8 clients), in the thread pool when the
        filter has to ask DuckDB."""
        if store.index.arrays_suffice(f):
            return work(None)
        return await run_in_threadpool(work, store.cursor())

    @app.get("/api/meta", summary="What the store holds: counts, date span, outlets, types")
    def meta() -> Response:
        return JSON(queries.meta(store.cursor()))

    @app.get("/api/events", summary="Events matching the filters, newest first, in the extract contract's shape")
    async def events(
        f: Filter,
        limit: Limit = 50, offset: Offset = 0,
    ) -> Response:  # fmt: skip
        page = await from_index(f, lambda cur: queries.events_page_json(cur, f, limit, offset, store.index))
        return Response(page, media_type="application/json")

    @app.get("/api/documents", summary="Full-text search (Indonesian stems: 'serangan' finds 'menyerang'), by outlet and date")
    def documents(
        limit: Limit = 20, offset: Offset = 0, q: str | None = None, outlet: ListParam = None,
        date_from: str | None = None, date_to: str | None = None,
    ) -> Response:  # fmt: skip
        f = EventFilter.parse(date_from=date_from, date_to=date_to)  # validates the dates
        return JSON(queries.documents_page(store.cursor(), q, EventFilter.parse(outlet=outlet).outlet, f.date_from, f.date_to, limit, offset))

    @app.get("/api/documents/{doc_id:path}", summary="One document: cleaned text, mentions, events")
    def document(doc_id: str) -> Response:
        doc = queries.document(store.cursor(), doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return JSON(doc)

    @app.get("/api/actors", summary="Actors with event counts and aliases")
    def actors(limit: Limit = 50, offset: Offset = 0, q: str | None = None) -> Response:
        return JSON(queries.actors_page(store.cursor(), q, limit, offset))

    @app.get("/api/actors/{actor_id}", summary="One actor: its events (paged) and partners")
    def actor(actor_id: str, limit: Limit = 50, offset: Offset = 0) -> Response:
        a = queries.actor(store.cursor(), actor_id, limit, offset)
        if a is None:
            raise HTTPException(404, f"no actor {actor_id!r}")
        return JSON(a)

    @app.get("/api/suggest", summary="Actors or places whose id, name or alias matches what is typed (autocomplete)",
             description="Ranked: actors or places in some event first; then exact match, prefix, a word's prefix, anywhere; then most events. "
                         "`alias` names the alias that matched when it was not the name. Each `id` works in the `actor` / `place` filters.")
    def suggest(
        q: Annotated[str, Query(min_length=1, max_length=200, description="What the user typed.")],
        kind: Literal["actor", "place"] = "actor", limit: Annotated[int, Query(ge=1, le=50)] = 10,
    ) -> Response:  # fmt: skip
        return JSON({"kind": kind, "q": q, "items": store.names.suggest(kind, q, limit)})

    @app.get("/api/graph", summary="Actor network: nodes = actors; edges weighted and signed (cooperative + / conflictual -)")
    async def graph_route(
        f: Filter,
        max_nodes: Annotated[int, Query(ge=1, le=5000)] = 500,
    ) -> Response:  # fmt: skip
        return JSON(await from_index(f, lambda cur: store.index.graph(cur, f, max_nodes)))

    @app.get("/api/places", summary="Places of the filtered events, with counts by type, modality and location source (for maps)")
    def places_route(
        f: Filter,
        limit: Annotated[int, Query(ge=1, le=20_000)] = 2000,
    ) -> Response:  # fmt: skip
        return JSON(queries.places(store.cursor(), f, limit))

    @app.get("/api/timeline", summary="Event counts per day, week or month, by type and modality",
             description="`items`: one row per period, type and modality with its count `n`; `undated`: how many of the filtered events have no day (neither their own nor their article's), which no period holds.")
    async def timeline_route(
        f: Filter,
        interval: Literal["day", "week", "month"] = "day",
    ) -> Response:  # fmt: skip
        return JSON(await from_index(f, lambda cur: store.index.timeline(cur, f, interval)))

    @app.get("/api/clusters", summary="Event clusters (one happening, several reports) with their reports and outlets")
    def clusters(
        f: Filter,
        limit: Limit = 50, offset: Offset = 0, min_reports: Annotated[int, Query(ge=1)] = 1,
    ) -> Response:  # fmt: skip
        return JSON(queries.clusters_page(store.cursor(), f, limit, offset, min_reports))

    @app.get("/api/export", summary="Any filtered set as csv, jsonl, parquet, geojson, graphml or plover, streamed",
             description=f"At most {max_exports} exports run at once; past that, 429 with Retry-After.",
             responses={200: {"description": "The export, as a download", "content": {media: {} for media, _ in FORMATS.values()}}})
    async def export(
        f: Filter,
        format: Literal["csv", "jsonl", "parquet", "geojson", "graphml", "plover"] = "jsonl",
        max_rows: Annotated[int, Query(ge=1, le=1_000_000)] = 100_000, max_nodes: Annotated[int, Query(ge=1, le=5000)] = 500,
    ) -> Response:  # fmt: skip
        if not exports.take():
            raise HTTPException(429, f"{max_exports} exports are already running; try again when one has finished",
                                headers={"Retry-After": "5"})  # fmt: skip
        try:
            index = store.index  # the view this export reads to its end, even if an ingest swaps it
            if format == "graphml":
                graph, ranks = await from_index(f, lambda cur: index.graph(cur, f, max_nodes)), None
            else:
                graph, ranks = None, (await from_index(f, lambda cur: np.flatnonzero(index.mask(cur, f))))[:max_rows]
        except BaseException:
            exports.give_back()
            raise
        media, ext = FORMATS[format]
        return SlotResponse(stream(format, index, ranks, graph), slots=exports, media_type=media,
                            headers={"Content-Disposition": f'attachment; filename="warta-events.{ext}"'})  # fmt: skip

    @app.post("/api/ingest", summary="Ingest posted articles (only with a token configured)", openapi_extra={"requestBody": INGEST_BODY},
              description=f"The token is checked before the body is read; bodies over {max_body:,} bytes answer 413.")
    async def ingest_route(
        request: Request,
        authorization: Annotated[str | None, Header(description="Bearer TOKEN")] = None,
        x_warta_token: Annotated[str | None, Header(description="TOKEN (instead of Authorization)")] = None,
    ) -> Response:  # fmt: skip
        if not token:
            raise HTTPException(403, "this server is read-only: start it with a token (WARTA_TOKEN or --token-file) to post articles")
        given = x_warta_token or (authorization[7:] if authorization and authorization.lower().startswith("bearer ") else None)
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(403, "writing needs the server's token (header Authorization: Bearer TOKEN, or X-Warta-Token)")
        rows = articles(await read_body(request, max_body))
        return JSON(await run_in_threadpool(store.ingest, rows))

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        """Swagger UI from the vendored files (static/vendor/swagger-ui): works offline, passes the CSP."""
        return FileResponse(STATIC / "docs.html", headers={"Cache-Control": "no-cache"})

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> FileResponse:
        """ReDoc from the vendored bundle (static/vendor/redoc): works offline, passes the CSP."""
        return FileResponse(STATIC / "redoc.html", headers={"Cache-Control": "no-cache", "Content-Security-Policy": REDOC_CSP})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
