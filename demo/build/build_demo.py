"""Render the hand-written demo articles (articles-*.json) into the formats warta reads.

    python demo/build/build_demo.py        # rewrites demo/corpus/

Each article says which format it goes to. HTML pages get what real news pages carry around
the article (navigation, ads, related links, a comment section); the WARC holds some of
those pages as HTTP responses, next to request records and a non-HTML response; the RSS
feed carries Indonesian-style dates; the CSV uses Indonesian column names (judul, isi, ...).
The article texts already contain the in-body boilerplate (datelines, "Baca juga", credits).

Articles with ``syndicated_from`` are lightly edited copies of another outlet's text (the
document deduplicator must link them); ``same_event_as`` marks independent reports of one
happening (documents stay apart; events should cluster). One Antara page is also in the
feed as a regional portal's verbatim republication: an exact duplicate.
"""

from __future__ import annotations

import csv
import html
import io
import json
import shutil
from datetime import datetime
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"
# Republished word for word by a regional portal (Antara's wire copy): an exact duplicate.
REPUBLISHED = "a-antara-tni-au-terjunkan-bantuan-gaza"
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]


def load() -> list[dict]:
    articles = []
    for path in sorted(HERE.glob("articles-*.json")):
        articles.extend(json.loads(path.read_text("utf-8")))
    return articles


def indonesian_date(iso: str) -> str:
    """'Selasa, 12 Maret 2024 14:30 WIB', as Indonesian outlets print it."""
    d = datetime.fromisoformat(iso)
    return f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year} {d:%H:%M} WIB"


def body(article: dict) -> str:
    return "\n\n".join(article["paragraphs"])


def page(article: dict, others: list[dict]) -> str:
    e = html.escape
    related = "".join(f'<li><a href="{e(o["url"])}">{e(o["title"])}</a></li>' for o in others[:4])
    paragraphs = "\n".join(f"<p>{e(p)}</p>" for p in article["paragraphs"])
    return f"""<!DOCTYPE html>
<html lang="{article['language']}"><head><meta charset="utf-8">
<title>{e(article['title'])} - {e(article['outlet'])}</title>
<meta property="og:title" content="{e(article['title'])}">
<meta property="og:site_name" content="{e(article['outlet'])}">
<meta property="article:published_time" content="{article['published']}">
<link rel="canonical" href="{e(article['url'])}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<header><a class="logo" href="/">{e(article['outlet'])}</a>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/nasional">Nasional</a></li><li><a href="/internasional">Internasional</a></li>
<li><a href="/megapolitan">Megapolitan</a></li><li><a href="/olahraga">Olahraga</a></li><li><a href="/indeks">Indeks Berita</a></li></ul></nav></header>
<div class="ad-slot" id="div-gpt-ad-top">ADVERTISEMENT</div>
<main><article>
<h1>{e(article['title'])}</h1>
<div class="meta"><span class="date">{indonesian_date(article['published'])}</span></div>
<div class="read__content">
{paragraphs}
</div>
</article>
<aside class="related"><h3>Berita Terkait</h3><ul>{related}</ul></aside>
<section class="comments" id="komentar"><h3>Komentar</h3>
<div class="comment"><b>warga_net88</b><p>Semoga cepat selesai masalahnya, kasihan rakyat kecil.</p></div>
<div class="comment"><b>pembaca_setia</b><p>Beritanya kurang lengkap, mohon diupdate min.</p></div>
</section></main>
<footer><p>Copyright © 2024 {e(article['outlet'])}. All rights reserved.</p><a href="/pedoman">Pedoman Media Siber</a></footer>
</body></html>
"""


def write_txt(articles: list[dict]) -> None:
    folder = OUT / "txt"
    folder.mkdir(parents=True)
    for a in articles:
        (folder / f"{a['id']}.txt").write_text(f"{a['title']}\n\n{body(a)}\n", "utf-8")


def write_jsonl(articles: list[dict]) -> None:
    with (OUT / "articles.jsonl").open("w", encoding="utf-8") as f:
        for a in articles:
            row = {"id": a["id"], "title": a["title"], "text": body(a), "url": a["url"], "published": a["published"], "source": a["outlet"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_csv(articles: list[dict]) -> None:
    with (OUT / "ekspor-cms.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "judul", "isi", "url", "tanggal", "media"])
        for a in articles:
            w.writerow([a["id"], a["title"], body(a), a["url"], indonesian_date(a["published"]), a["outlet"]])


def write_html(articles: list[dict], everything: list[dict]) -> None:
    folder = OUT / "html"
    folder.mkdir(parents=True)
    for a in articles:
        others = [o for o in everything if o["id"] != a["id"]]
        (folder / f"{a['id']}.html").write_text(page(a, others), "utf-8")


def write_rss(articles: list[dict]) -> None:
    items = []
    for a in articles:
        content = "".join(f"<p>{html.escape(p)}</p>" for p in a["paragraphs"])
        items.append(
            f"<item><title>{html.escape(a['title'])}</title><link>{html.escape(a['url'])}</link>"
            f"<guid isPermaLink=\"true\">{html.escape(a['url'])}</guid><pubDate>{indonesian_date(a['published'])}</pubDate>"
            f"<source>{html.escape(a['outlet'])}</source><content:encoded><![CDATA[{content}]]></content:encoded></item>"
        )
    (OUT / "rss-nasional.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>Berita Nasional Terkini</title><link>https://news.example.id/</link>"
        "<description>Kumpulan berita nasional</description><language>id</language>\n"
        + "\n".join(items)
        + "\n</channel></rss>\n",
        "utf-8",
    )


def write_warc(articles: list[dict], everything: list[dict]) -> None:
    with (OUT / "crawl-2024.warc.gz").open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record("crawl-2024.warc.gz", {"software": "warta demo builder", "format": "WARC File Format 1.1"}))
        for a in articles:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", a["url"].split("/")[2]), ("User-Agent", "demo-crawler")], is_http_request=True)
            writer.write_record(writer.create_warc_record(a["url"], "request", http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            payload = page(a, [o for o in everything if o["id"] != a["id"]]).encode("utf-8")
            writer.write_record(writer.create_warc_record(a["url"], "response", payload=io.BytesIO(payload), http_headers=headers))
        robots = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example.id/robots.txt", "response", payload=io.BytesIO(b"User-agent: *\nAllow: /\n"), http_headers=robots))


def main() -> None:
    articles = load()
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate ids"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    by_format: dict[str, list[dict]] = {}
    for a in articles:
        by_format.setdefault(a["format"], []).append(a)
    write_txt(by_format.get("txt", []))
    write_jsonl(by_format.get("jsonl", []))
    write_csv(by_format.get("csv", []))
    write_html(by_format.get("html", []), articles)
    republished = [
        {**a, "outlet": "JPNN", "url": a["url"].replace("www.antaranews.com", "www.jpnn.com")}
        for a in articles if a["id"] == REPUBLISHED
    ]  # fmt: skip
    write_rss(by_format.get("rss", []) + republished)
    write_warc(by_format.get("warc", []), articles)
    print(f"{len(articles)} articles → {OUT}: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(by_format.items())))


if __name__ == "__main__":
    main()
