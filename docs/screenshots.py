"""Make the dashboard screenshots in docs/screenshots/ (shown in the README).

    .venv/bin/python docs/screenshots.py [--db warta.duckdb] [--chromium /usr/bin/chromium]

Serves the store (by default the demo store that `make demo` builds; built here when missing)
with `warta serve` on a free port of 127.0.0.1 and drives Debian's Chromium with Playwright
(nothing is downloaded). Writes dashboard.png (the whole page), map.png (the map fitted to the
events, dense points grouped, its legend), network.png (the actor network and its list of actors
without an interaction), timeline.png (a range brushed on the timeline), article.png (an article
with its events, under a place filter), search.png (the actor search completing "pol"),
list.png (the event list on its second page) and redoc.png (the API reference at /redoc).
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "warta", "serve", "--db", str(db), "--port", str(port)])
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{url}/api/meta", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("warta serve did not come up")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "warta.duckdb")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()
    if not args.db.exists():
        subprocess.run([sys.executable, "-m", "warta", "ingest", str(ROOT / "demo" / "corpus"), "--db", str(args.db), "-q"], check=True)
    OUT.mkdir(parents=True, exist_ok=True)
    proc, url = serve(args.db)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, headless=True, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000})

            def ready(path: str) -> None:
                page.goto(url + path)
                page.wait_for_selector("body[data-ready='1']", timeout=60_000)
                page.wait_for_timeout(500)  # the map's last redraw

            ready("/")
            page.locator("#events li[data-event]").first.click()
            page.wait_for_selector("#article mark.trigger")
            page.screenshot(path=str(OUT / "dashboard.png"), full_page=True)

            page.locator("#map-view").screenshot(path=str(OUT / "map.png"))
            page.click("#graph-hidden")
            page.locator("#graph-view").screenshot(path=str(OUT / "network.png"))

            ready("/")
            bars = page.locator("#timeline rect.bar")
            a, b = bars.nth(20).bounding_box(), bars.nth(45).bounding_box()
            page.mouse.move(a["x"] + 1, a["y"] + a["height"] - 1)
            page.mouse.down()
            page.mouse.move(b["x"] + b["width"] - 1, b["y"] + b["height"] - 1, steps=6)
            page.mouse.up()
            expect(page.locator("#clear-dates")).to_be_visible()
            page.wait_for_timeout(300)
            page.locator("#timeline-view").screenshot(path=str(OUT / "timeline.png"))

            ready("/?place=Makassar")
            page.locator("#events li[data-event]").nth(1).click()
            page.wait_for_selector("#article mark.trigger")
            page.locator("main").screenshot(path=str(OUT / "article.png"))

            ready("/")
            page.locator("#filters input[name=actor]").press_sequentially("pol", delay=40)
            expect(page.locator("#suggest-actor li[role=option]").first).to_be_visible()
            page.screenshot(path=str(OUT / "search.png"), clip={"x": 0, "y": 0, "width": 1400, "height": 420})

            ready("/?modality=asserted")
            page.click("#next-page")
            expect(page.locator("#page-info")).to_contain_text("51–")
            page.locator("#list-view").screenshot(path=str(OUT / "list.png"))

            page.goto(url + "/redoc")
            page.wait_for_selector("[data-section-id^='operation/']", timeout=60_000)
            page.screenshot(path=str(OUT / "redoc.png"))
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob("*.png"))))


if __name__ == "__main__":
    main()
