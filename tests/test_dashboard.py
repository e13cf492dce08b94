"""The dashboard (issue 7) in headless Debian Chromium, driven by Playwright.

Chromium is the Debian package (``apt-get install chromium``; .ci/run installs it), used as
Playwright's executablePath: nothing is downloaded. Without it these tests are skipped, with
the reason in pytest's summary; with WARTA_REQUIRE_CHROMIUM=1 (as .ci/run sets) they fail instead. Pages run under the server's
Content-Security-Policy (no inline script, no eval), so the tests wait with selectors and
``expect``, not with wait_for_function, whose string predicates the policy refuses.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_warta, write_jsonl
from playwright.sync_api import expect, sync_playwright
from servers import Server

CHROMIUM = os.environ.get("WARTA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
MISSING = (f"dashboard tests skipped: Debian chromium not found at {CHROMIUM} "
           "(apt-get install chromium, as .ci/run does, or set WARTA_CHROMIUM)")  # fmt: skip

XSS_ARTICLE = {
    "id": "xss-1", "outlet": "Uji Keamanan", "published": "2024-06-12", "url": "javascript:window.__xss_url=1",
    "title": "<script>window.__xss_title=1</script><img src=x onerror=\"window.__xss_img=1\"> Polisi tangkap peretas",
    "text": "Polisi menangkap seorang peretas <img src=x onerror=\"window.__xss_body=1\"> di Kota Bandung pada Selasa. "
            "Peretas itu menulis <script>window.__xss_script=1</script> dan <a href=\"javascript:window.__xss_link=1\">tautan</a> "
            "di situs pemerintah. Polisi kemudian menyita dua laptop milik tersangka.",
}  # fmt: skip
# a report from far away, so that the map has a place to leave out of its fitted view whatever the
# models make of the demo corpus (its one far event, from a sentence the detector may drop, is not enough)
FAR_ARTICLE = {
    "id": "far-1", "outlet": "Uji Peta", "published": "2024-06-13", "url": "https://contoh.test/far-1",
    "title": "Polisi Washington tangkap dua tersangka penembakan",
    "text": "WASHINGTON - Polisi menangkap dua tersangka penembakan di Washington, Amerika Serikat, pada Rabu (12/6). "
            "Wali Kota Washington mengecam penembakan itu.",
}  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        if os.environ.get("WARTA_REQUIRE_CHROMIUM"):
            pytest.fail(MISSING)
        pytest.skip(MISSING)
    folder = tmp_path_factory.mktemp("dash")
    db = folder / "demo.duckdb"
    extra = write_jsonl(folder / "extra.jsonl", [XSS_ARTICLE, FAR_ARTICLE])
    r = run_warta("ingest", str(ROOT / "demo" / "corpus"), str(extra), "--db", str(db), "-q")
    assert r.returncode == 0, r.stderr.decode()
    server = Server(db)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield server, browser
        browser.close()
    server.stop()


def open_page(site, path: str = "/", ready: str = "body[data-ready='1']"):
    """A page of the server with every console error, page error, dialog, Content-Security-Policy
    violation and request to another origin recorded as a problem (other origins are refused)."""
    server, browser = site
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.expose_function("__cspViolation", lambda v: problems.append(f"csp: {v}"))
    page.add_init_script("document.addEventListener('securitypolicyviolation', e => window.__cspViolation(e.violatedDirective + ' ' + e.blockedURI))")

    def local_only(route):
        if route.request.url.startswith((server.url, "data:")):
            return route.continue_()
        problems.append(f"outside request: {route.request.url}")
        return route.abort()

    page.route("**/*", local_only)
    t = time.perf_counter()
    response = page.goto(server.url + path)
    assert "script-src 'self'" in response.headers["content-security-policy"]  # the policy the page ran under
    page.wait_for_selector(ready, timeout=30_000)
    return page, problems, time.perf_counter() - t


def views(page) -> dict:
    return {
        "events": page.locator("#events li[data-event]").count(),
        "markers": page.evaluate("state.mapLayer.getLayers().length"),  # places on the map, grouped or not
        "nodes": page.evaluate("state.cy.nodes().length"),
        "bars": page.locator("#timeline rect.bar:not(.outside)").count(),
        "count": page.locator("#event-count").inner_text(),
    }


def test_loads_without_console_errors(site):
    page, problems, seconds = open_page(site)
    v = views(page)
    assert v["events"] > 0 and v["markers"] > 0 and v["nodes"] > 0 and v["bars"] > 0
    assert problems == []
    assert seconds < 10  # first load is measured in docs/benchmarks.md; this only guards against hangs
    page.close()


def test_a_filter_changes_every_view(site):
    page, problems, _ = open_page(site)
    before = views(page)
    page.select_option("#filters select[name=type]", "PROTEST")
    page.click("#filters button[type=submit]")
    expect(page.locator("#summary")).to_contain_text("type=PROTEST")
    after = views(page)
    for key in ("events", "markers", "nodes", "bars", "count"):
        assert after[key] != before[key], (key, before, after)
    assert {t.strip() for t in page.locator("#events li .ev-type").all_inner_texts()} == {"PROTEST"}
    assert "type=PROTEST" in page.url and problems == []
    page.close()


def test_clicking_an_actor_node_lists_its_events(site):
    server, _ = site
    page, problems, _ = open_page(site)
    page.evaluate("void state.cy.$id('idn-polri').emit('tap')")  # void: returning the collection would serialise all of Cytoscape (25 s)
    expect(page.locator("#summary")).to_contain_text("actor=idn-polri")
    expected = server.get("/api/events", actor="idn-polri", limit=1).json()["total"]
    assert page.locator("#event-count").inner_text() == f"({expected})"
    shown = page.locator("#events li[data-event]").evaluate_all("els => els.map(e => e.dataset.event)")
    api = {e["event_id"] for e in server.get("/api/events", actor="idn-polri", limit=100).json()["items"]}
    assert shown and set(shown) <= api
    assert problems == []
    page.close()


def test_clicking_a_map_point_and_a_bar_narrows(site):
    page, problems, _ = open_page(site)
    total = page.locator("#event-count").inner_text()
    page.locator(".place-marker").first.dispatch_event("click")
    expect(page.locator("#summary")).to_contain_text("place=")
    assert page.locator("#event-count").inner_text() != total
    page.click("#clear")
    expect(page.locator("#summary")).to_contain_text("Semua")
    page.locator("#timeline rect.bar").first.dispatch_event("click")
    expect(page.locator("#summary")).to_contain_text("date_from=")
    assert page.locator("#event-count").inner_text() != total
    assert problems == []
    page.close()


def test_article_view_highlights_spans(site):
    page, problems, _ = open_page(site, "/?type=COOPERATE&place=rg-lebanon-selatan")
    page.locator("#events li[data-event]").first.click()
    page.wait_for_selector("#article mark.trigger")
    triggers = page.locator("#article mark.trigger").all_inner_texts()
    assert "operasi bersama" in triggers
    assert page.locator("#article mark.mention").count() > 3
    assert page.locator("#article .doc-events li").count() == len(triggers)
    assert page.locator("#article mark.trigger.mod-future").count() >= 1  # planned events look different
    assert problems == []
    page.close()


def test_untrusted_article_text_never_executes(site):
    page, problems, _ = open_page(site, "/?q=peretas")
    assert page.locator("#events li[data-event]").count() >= 1
    page.locator("#events li[data-event]").first.click()
    page.wait_for_selector("#article mark.trigger")
    article = page.locator("#article").inner_text()
    assert "<img src=x onerror=" in article and "<script>window.__xss_script=1</script>" in article
    assert "<script>window.__xss_title=1</script>" in page.locator("#article h3").inner_text()
    links = page.locator("#article a").evaluate_all("els => els.map(a => a.getAttribute('href'))")
    assert not any(h and h.lower().startswith("javascript:") for h in links)
    page.locator("#article").click()
    page.wait_for_timeout(500)
    fired = page.evaluate("Object.keys(window).filter(k => k.startsWith('__xss'))")
    assert fired == [] and page.locator("#article img, #article script").count() == 0
    assert problems == [] or all("favicon" in p for p in problems)
    page.close()


def test_api_docs_work_offline(site):
    """/docs is Swagger UI from the vendored files, started by a script file (no inline script
    under the CSP), and asks nothing of any other origin."""
    page, problems, _ = open_page(site, "/docs", ready=".opblock")
    assert page.locator(".opblock").count() >= 12
    assert "/api/events" in page.locator("#swagger-ui").inner_text()
    assert problems == []
    page.close()


def test_an_empty_store_shows_an_empty_dashboard(site, tmp_path):
    from warta.store.duck import Store

    with Store(tmp_path / "empty.duckdb"):
        pass
    server = Server(tmp_path / "empty.duckdb")
    try:
        page, problems, _ = open_page((server, site[1]))
        assert page.locator("#event-count").inner_text() == "(0)"
        assert page.locator("#events li[data-event]").count() == 0
        assert problems == []
        page.close()
    finally:
        server.stop()


# -- the analyst's dashboard (issue 17) ---------------------------------------------------------
def event_ids(page) -> list[str]:
    return page.locator("#events li[data-event]").evaluate_all("els => els.map(e => e.dataset.event)")


def test_event_list_pages_and_rows_name_unresolved_actors(site):
    server, _ = site
    page, problems, _ = open_page(site)
    total = server.get("/api/events", limit=1).json()["total"]
    assert total > 100 and page.locator("#event-count").inner_text() == f"({total})"
    first = event_ids(page)
    assert len(first) == 50 and page.locator("#page-info").inner_text() == f"1–50 dari {total}"
    page.click("#next-page")
    expect(page.locator("#page-info")).to_have_text(f"51–100 dari {total}")
    second = event_ids(page)
    assert second == [e["event_id"] for e in server.get("/api/events", limit=50, offset=50).json()["items"]]
    assert not set(first) & set(second)
    page.click("#prev-page")
    expect(page.locator("#page-info")).to_have_text(f"1–50 dari {total}")
    # no "— → —": an unresolved actor shows its words, an event without parties its sentence
    parties = page.locator("#events li .ev-parties").all_inner_texts()
    assert parties and all(p.strip() and "—" not in p for p in parties)
    items = server.get("/api/events", limit=50).json()["items"]
    unresolved = [(i, p["name"] or p["text"]) for i, e in enumerate(items) for p in e["actor"] + e["recipient"]
                  if p["actor_id"] is None and p["text"]]  # fmt: skip
    assert unresolved
    for i, text in unresolved:
        assert text in parties[i]
    assert problems == []
    page.close()


def test_each_event_shows_confidence_and_location_source_and_the_views_have_legends(site):
    server, _ = site
    page, problems, _ = open_page(site)
    items = server.get("/api/events", limit=50).json()["items"]
    metas = page.locator("#events li .ev-meta").all_inner_texts()
    sources = {"sentence": "kalimat", "participant": "negara pelaku", "dateline": "dateline", "context": "konteks artikel"}  # app.js SOURCE_LABEL
    for e, meta in zip(items, metas):
        assert f"keyakinan {e['confidence']:.2f}" in meta
        if e["location"]:
            assert f"(dari {sources[e['location'][0]['source']]})" in meta
    expect(page.locator("#map-legend")).to_be_visible()
    assert "dateline" in page.locator("#map-legend").inner_text()
    sources = page.evaluate("state.mapLayer.getLayers().map(m => m.options.source)")
    assert "sentence" in sources and "dateline" in sources
    expect(page.locator("#graph-legend")).to_be_visible()
    assert "kerja sama" in page.locator("#graph-legend").inner_text() and "konflik" in page.locator("#graph-legend").inner_text()
    # isolated actors are hidden (and counted); every node drawn has a partner
    assert page.evaluate("state.cy.nodes().filter(n => n.degree() === 0).length") == 0
    assert "tanpa interaksi" in page.locator("#graph-hidden").inner_text()
    assert problems == []
    page.close()


def test_timeline_has_a_count_axis_and_every_week(site):
    import datetime as dt

    server, _ = site
    page, problems, _ = open_page(site)
    weeks = server.get("/api/timeline", interval="week").json()["items"]
    periods = sorted({r["period"] for r in weeks})
    first, last = dt.date.fromisoformat(periods[0]), dt.date.fromisoformat(periods[-1])
    svg = page.locator("#timeline svg")
    assert int(svg.get_attribute("data-periods")) == (last - first).days // 7 + 1 > len(periods)  # empty weeks drawn too
    stacks: dict[str, int] = {}
    for r in weeks:
        stacks[r["period"]] = stacks.get(r["period"], 0) + r["n"]
    top = int(svg.get_attribute("data-max"))
    assert max(stacks.values()) <= top and "0" in page.locator("#timeline text.y-label").all_text_contents()
    assert str(top) in page.locator("#timeline text.y-label").all_text_contents()
    bars = page.locator("#timeline rect.bar").evaluate_all("els => els.map(e => Number(e.dataset.n))")
    assert sum(bars) == sum(stacks.values())
    total = server.get("/api/events", limit=1).json()["total"]
    assert f"{sum(stacks.values())} peristiwa bertanggal" in page.locator("#timeline-note").inner_text()
    assert total > sum(stacks.values())  # the demo has undated events: they are counted in sight
    expect(page.locator("#timeline-undated")).to_be_visible()
    assert f"{total - sum(stacks.values())} peristiwa tanpa tanggal" in page.locator("#timeline-undated").inner_text()
    assert problems == []
    page.close()


def test_article_follows_the_filters_and_keeps_its_title_in_view(site):
    server, _ = site
    page, problems, _ = open_page(site)
    page.locator("#events li[data-event]").first.click()
    page.wait_for_selector("#article mark.trigger")
    view, title = page.locator("#article-view"), page.locator("#article h3")
    view.evaluate("v => { v.scrollTop = v.scrollHeight; }")
    page.wait_for_timeout(100)
    v, t = view.bounding_box(), title.bounding_box()
    assert view.evaluate("v => v.scrollTop") > 0 and v["y"] <= t["y"] and t["y"] + t["height"] <= v["y"] + v["height"]
    page.select_option("#filters select[name=type]", "PROTEST")
    page.click("#filters button[type=submit]")
    expect(page.locator("#summary")).to_contain_text("type=PROTEST")
    first = server.get("/api/events", type="PROTEST", limit=1).json()["items"][0]
    expect(page.locator("#article .doc-events li.current .ev-type")).to_have_text("PROTEST")
    assert page.locator("#article h3").inner_text() == first["document"]["title"]
    page.fill("#filters input[name=q]", "zzzqqqxxy")
    page.click("#filters button[type=submit]")
    expect(page.locator("#article")).to_contain_text("Tidak ada peristiwa")
    assert problems == []
    page.close()


def test_export_buttons_download_the_current_filter(site):
    import csv
    import io

    server, _ = site
    page, problems, _ = open_page(site, "/?type=ASSAULT")
    for fmt in ("csv", "geojson", "graphml", "jsonl"):
        href = page.locator(f"#export-links a[data-format={fmt}]").get_attribute("href")
        assert href.startswith("/api/export?") and "type=ASSAULT" in href and f"format={fmt}" in href
    page.fill("#filters input[name=min_confidence]", "0.5")
    page.click("#filters button[type=submit]")
    expect(page.locator("#summary")).to_contain_text("min_confidence=0.5")
    with page.expect_download() as download:
        page.click("#export-links a[data-format=csv]")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text("utf-8"))))
    expected = server.get("/api/events", type="ASSAULT", min_confidence=0.5, limit=1).json()["total"]
    assert 0 < len(rows) == expected and {r["type"] for r in rows} == {"ASSAULT"}
    assert all(float(r["confidence"]) >= 0.5 for r in rows)
    assert problems == []
    page.close()


def test_actor_and_place_search_complete_names(site):
    server, _ = site
    page, problems, _ = open_page(site)
    page.locator("#filters input[name=actor]").press_sequentially("kpk", delay=30)
    option = page.locator("#suggest-actor li[role=option]").first
    expect(option).to_contain_text("Komisi Pemberantasan Korupsi")
    option.click()
    expect(page.locator("#summary")).to_contain_text("actor=idn-kpk (Komisi Pemberantasan Korupsi)")
    expected = server.get("/api/events", actor="idn-kpk", limit=1).json()["total"]
    expect(page.locator("#event-count")).to_have_text(f"({expected})")
    assert page.locator("#suggest-actor").is_hidden()
    page.click("#clear")
    place = page.locator("#filters input[name=place]")
    place.press_sequentially("makas", delay=30)
    expect(page.locator("#suggest-place li[role=option]").first).to_contain_text("Kota Makassar")
    place.press("ArrowDown")
    place.press("Enter")
    expect(page.locator("#summary")).to_contain_text("place=idn-73.71")
    expected = server.get("/api/events", place="Makassar", limit=1).json()["total"]
    expect(page.locator("#event-count")).to_have_text(f"({expected})")
    # a typed name works without choosing; an unknown one says so
    page.fill("#filters input[name=place]", "")
    page.fill("#filters input[name=actor]", "Atlantis Raya")
    page.click("#filters button[type=submit]")
    expect(page.locator("#summary")).to_contain_text("no actor named 'Atlantis Raya'")
    assert [p for p in problems if "422" not in p] == []  # the refused request is logged by the browser, nothing else
    page.close()


def test_loading_and_empty_states(site):
    page, problems, _ = open_page(site)
    held = []
    page.route("**/api/events?*", lambda route: held.append(route))
    page.select_option("#filters select[name=type]", "ASSAULT")
    page.click("#filters button[type=submit]")
    expect(page.locator("#list-view")).to_have_attribute("aria-busy", "true")
    expect(page.locator("#summary")).to_have_text("memuat…")
    for route in held:
        route.continue_()
    page.unroute("**/api/events?*")
    expect(page.locator("#list-view")).to_have_attribute("aria-busy", "false")
    expect(page.locator("#summary")).to_contain_text("type=ASSAULT")
    page.fill("#filters input[name=q]", "zzzqqqxxy")
    page.click("#filters button[type=submit]")
    expect(page.locator("#event-count")).to_have_text("(0)")
    expect(page.locator("#events li.empty")).to_be_visible()
    expect(page.locator("#map-view .empty-note")).to_be_visible()
    expect(page.locator("#graph-view .empty-note")).to_be_visible()
    expect(page.locator("#timeline .empty")).to_be_visible()
    assert problems == []
    page.close()


# -- map, timeline brush, network and ReDoc (issue 17, second part) -----------------------------
def map_state(page) -> dict:
    """The map's view and what it shows: bounds, zoom, the Indonesian archipelago's width in pixels,
    and the events of the places in view, drawn alone (single) or in a cluster, and of those out of view."""
    return page.evaluate("""() => {
        const m = state.map, b = m.getBounds(), size = m.getSize();
        const width = m.latLngToContainerPoint([-5, 141]).x - m.latLngToContainerPoint([-5, 95]).x;
        const clusters = new Map();
        let single = 0, hidden = 0;
        for (const marker of state.mapLayer.getLayers()) {
            const parent = m.hasLayer(marker) ? marker : state.mapLayer.getVisibleParent(marker);
            if (!parent || !b.contains(parent.getLatLng())) hidden += marker.options.n;
            else if (parent === marker) single += marker.options.n;
            else clusters.set(parent, (clusters.get(parent) || 0) + marker.options.n);
        }
        return {west: b.getWest(), east: b.getEast(), south: b.getSouth(), north: b.getNorth(), zoom: m.getZoom(),
                width: size.x, indonesia: width, single, hidden,
                clusters: [...clusters].map(([c, n]) => ({n, badge: c._icon ? c._icon.textContent : null}))};
    }""")


def inside(view: dict, lat: float, lon: float) -> bool:
    """In the view; the map may run past 180° (a view from 5° to 287° shows the USA at −99°, i.e. 261°)."""
    return view["south"] <= lat <= view["north"] and any(view["west"] <= x <= view["east"] for x in (lon - 360, lon, lon + 360))


def test_map_fits_the_events_and_groups_dense_points(site):
    server, _ = site
    page, problems, _ = open_page(site)
    places = server.get("/api/places", limit=2000).json()["items"]
    view = map_state(page)
    # fitted to where the events are: Indonesia and the Middle East, not the world
    assert view["east"] - view["west"] < 180 and inside(view, -6.2, 106.8) and inside(view, 31.4, 34.4)
    assert view["indonesia"] > 0.3 * view["width"]  # a third of the map (an eighth in the whole world)
    # the few far places (a report from Washington) are left out, counted, and one click away
    outside = sum(p["n"] for p in places if not inside(view, p["lat"], p["lon"]))
    assert 0 < outside < 0.1 * sum(p["n"] for p in places)
    expect(page.locator("#map-outside")).to_be_visible()
    assert page.locator("#map-outside-n").inner_text() == f"{outside} peristiwa di luar tampilan"
    # dense points are grouped: each badge counts the events of the places it holds
    assert view["clusters"] and all(str(c["n"]) == c["badge"] for c in view["clusters"])
    assert view["single"] + sum(c["n"] for c in view["clusters"]) + view["hidden"] == sum(p["n"] for p in places)
    assert view["hidden"] == outside
    # clicking a badge zooms in on its places
    page.locator(".event-cluster").first.click()
    for _ in range(50):
        if map_state(page)["zoom"] > view["zoom"]:
            break
        page.wait_for_timeout(100)
    assert map_state(page)["zoom"] > view["zoom"]
    page.wait_for_timeout(500)  # the end of the zoom's animation
    page.click("#map-all")
    everything = map_state(page)
    assert all(inside(everything, p["lat"], p["lon"]) for p in places) and everything["hidden"] == 0
    # a new filter fits its own events
    page.select_option("#filters select[name=type]", "PROTEST")
    page.click("#filters button[type=submit]")
    expect(page.locator("#summary")).to_contain_text("type=PROTEST")
    protest = server.get("/api/places", type="PROTEST").json()["items"]
    view = map_state(page)
    assert all(inside(view, p["lat"], p["lon"]) for p in protest) and view["east"] - view["west"] < 60
    assert page.locator("#map-outside").is_hidden()
    assert problems == []
    page.close()


def test_map_legend_and_points_show_type_modality_and_location_source(site):
    page, problems, _ = open_page(site)
    points = page.evaluate("""state.mapLayer.getLayers().map(m => ({type: m.options.type, modality: m.options.modality,
        source: m.options.source, color: m.options.color, fill: m.options.fillOpacity, dash: m.options.dashArray || null,
        colour: TYPE_COLOR[m.options.type], pattern: MOD_DASH[m.options.modality]}))""")
    assert {p["source"] for p in points} >= {"sentence", "dateline", "participant"}
    for p in points:
        assert p["color"] == p["colour"] and p["dash"] == p["pattern"]  # colour = type, stroke = modality
        assert (p["fill"] > 0) == (p["source"] == "sentence")  # placed by the sentence: filled; otherwise a ring
    assert len({p["type"] for p in points}) > 3
    legend = page.locator("#map-legend")
    assert "kalimat" in legend.inner_text() and "dateline" in legend.inner_text() and "kelompok" in legend.inner_text()
    assert legend.locator(".mod-samples [data-modality]").count() == 5
    dashes = legend.locator(".mod-samples circle").evaluate_all("cs => cs.map(c => c.getAttribute('stroke-dasharray'))")
    assert len(set(dashes)) == 5  # five modalities, five strokes
    assert legend.locator(".src-sentence circle").get_attribute("fill-opacity") != "0"
    assert legend.locator(".src-other circle").get_attribute("fill-opacity") == "0"
    keys = page.locator("#type-legend .type-key").evaluate_all("ks => ks.map(k => [k.dataset.type, getComputedStyle(k.firstChild).backgroundColor])")
    assert len(keys) == 16 and len({c for _, c in keys}) == 16
    # countries that cross 180° (Russia, Fiji) are drawn unbroken: no ring spans the world
    widths = page.evaluate("state.countries.getLayers().map(l => l.getBounds().getEast() - l.getBounds().getWest())")
    assert len(widths) > 150 and max(widths) < 200
    assert page.evaluate("unwrapLongitudes([178.5, -179.5, 179])") == [178.5, 180.5, 179]  # Fiji and Samoa side by side
    assert page.evaluate("unwrapLongitudes([106.8, -99.1, 34.4])") == [106.8, -99.1, 34.4]
    assert problems == []
    page.close()


def test_timeline_brush_sets_the_dates_of_every_view_and_can_be_cleared(site):
    server, _ = site
    page, problems, _ = open_page(site)
    before = views(page)
    bars = page.locator("#timeline rect.bar")
    periods = sorted(set(bars.evaluate_all("els => els.map(e => e.dataset.period)")))
    a, b = bars.nth(3).bounding_box(), bars.nth(12).bounding_box()
    first, last = bars.nth(3).get_attribute("data-period"), bars.nth(12).get_attribute("data-period")
    page.mouse.move(a["x"] + 1, a["y"] + a["height"] - 1)
    page.mouse.down()
    page.mouse.move((a["x"] + b["x"]) / 2, a["y"], steps=4)
    expect(page.locator("#timeline rect.brush")).to_be_visible()
    page.mouse.move(b["x"] + b["width"] - 1, b["y"] + b["height"] - 1, steps=4)
    page.mouse.up()
    expect(page.locator("#summary")).to_contain_text("date_from=")
    date_from, date_to = page.input_value("#filters input[name=date_from]"), page.input_value("#filters input[name=date_to]")
    assert date_from == first and last <= date_to < (periods[periods.index(last) + 1] if last != periods[-1] else "9999")
    expected = server.get("/api/events", date_from=date_from, date_to=date_to, limit=1).json()["total"]
    expect(page.locator("#event-count")).to_have_text(f"({expected})")
    after = views(page)
    assert after["markers"] != before["markers"] and after["nodes"] != before["nodes"]
    assert f"date_from={date_from}" in page.url and "date_from=" in page.locator("#export-links a[data-format=csv]").get_attribute("href")
    # the timeline keeps all the time there is, the range chosen marked, the rest faded
    expect(page.locator("#timeline rect.date-range")).to_be_visible()
    assert page.locator("#timeline rect.bar.outside").count() > 0 and page.locator("#timeline rect.bar:not(.outside)").count() > 0
    assert int(page.locator("#timeline svg").get_attribute("data-periods")) >= len(periods)
    page.click("#clear-dates")
    expect(page.locator("#summary")).to_have_text("Semua peristiwa")
    expect(page.locator("#event-count")).to_have_text(before["count"])
    assert page.input_value("#filters input[name=date_from]") == "" and page.locator("#clear-dates").is_hidden()
    assert page.locator("#timeline rect.bar.outside").count() == 0
    assert problems == []
    page.close()


def test_timeline_is_stacked_by_type_with_counts_on_hover(site):
    server, _ = site
    page, problems, _ = open_page(site)
    api: dict[tuple[str, str], int] = {}
    for r in server.get("/api/timeline", interval="week").json()["items"]:
        api[(r["period"], r["type"])] = api.get((r["period"], r["type"]), 0) + r["n"]
    drawn = page.locator("#timeline rect.bar").evaluate_all(
        "els => els.map(e => [e.dataset.period, e.dataset.type, Number(e.dataset.n), e.getAttribute('fill'), e.querySelector('title').textContent])")
    assert {(p, t): n for p, t, n, _, _ in drawn} == api
    colours = page.evaluate("TYPE_COLOR")
    for period, type_, n, fill, title in drawn:
        assert fill == colours[type_] and title.startswith(f"{period} · {type_}: {n} (jumlah ")
    assert problems == []
    page.close()


def test_network_hides_isolated_actors_sizes_nodes_and_keeps_labels_apart(site):
    server, _ = site
    page, problems, _ = open_page(site)
    g = server.get("/api/graph", max_nodes=150).json()
    linked = {x for e in g["edges"] for x in (e["source"], e["target"])}
    isolated = [n for n in g["nodes"] if n["id"] not in linked]
    assert isolated and page.evaluate("state.cy.nodes().map(n => n.id())").__len__() == len(linked)
    assert page.locator("#graph-hidden").inner_text() == f"{len(isolated)} aktor tanpa interaksi (disembunyikan)"
    page.click("#graph-hidden")
    listed = page.locator("#graph-isolated li a").evaluate_all("els => els.map(a => a.dataset.actor)")
    assert listed == [n["id"] for n in isolated]
    # nodes sized by events
    sizes = page.evaluate("state.cy.nodes().map(n => [n.data('n'), n.width()])")
    assert len({w for _, w in sizes}) > 1 and all(w1 <= w2 for (n1, w1), (n2, w2) in zip(sorted(sizes), sorted(sizes)[1:]) if n1 < n2)
    # force-directed, labels legible and apart: no two labels' boxes overlap, and they are drawn at 8 px or more
    labels = page.evaluate("""state.cy.nodes().map(n => { const b = n.boundingBox({includeLabels: true, includeNodes: false});
        return [b.x1, b.y1, b.x2, b.y2]; })""")
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert min(a[2], b[2]) <= max(a[0], b[0]) or min(a[3], b[3]) <= max(a[1], b[1]), (a, b)
    assert 12 * page.evaluate("state.cy.zoom()") >= 8
    rows = {round(y) for y in page.evaluate("state.cy.nodes().map(n => n.position('y'))")}
    assert len(rows) > len(labels) / 2  # not laid out in rows
    # an isolated actor in the list still filters the views
    page.locator("#graph-isolated li a").first.click()
    expect(page.locator("#summary")).to_contain_text(f"actor={isolated[0]['id']}")
    assert problems == []
    page.close()


def test_redoc_renders_offline_from_the_package(site):
    """/redoc is ReDoc from the vendored bundle under the server's policy plus two style hashes; the
    one thing it reaches for outside (Redocly's logo in its menu) is refused by that policy."""
    server, _ = site
    page, problems, _ = open_page(site, "/redoc", ready="[data-section-id^='operation/']")
    assert page.locator("[data-section-id^='operation/']").count() >= 12
    assert "/api/events" in page.locator("#redoc").inner_text() and "warta" in page.locator("h1").first.inner_text()
    policy = server.get("/redoc").headers["content-security-policy"]
    assert "script-src 'self';" in policy and "unsafe" not in policy
    assert all("cdn.redoc.ly/redoc/logo-mini.svg" in p for p in problems), problems
    page.close()
