"""Readers: every format, and every kind of bad input, named precisely and never fatal."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import ARTICLE_1, ARTICLE_2, ENGLISH, write_jsonl
from warta.read import ReadOptions, read_paths
from warta.read.fields import FieldMap
from warta.records import Document, ReadProblem


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, ReadProblem)]


HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Polisi Tangkap Tiga Pengedar Sabu di Bekasi - Kompas.com</title>
<meta property="og:title" content="Polisi Tangkap Tiga Pengedar Sabu di Bekasi">
<meta property="og:site_name" content="Kompas.com">
<meta property="article:published_time" content="2024-03-12T10:15:00+07:00">
<link rel="canonical" href="https://megapolitan.kompas.com/read/2024/03/12/polisi-tangkap">
</head><body>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/nasional">Nasional</a></li><li><a href="/megapolitan">Megapolitan</a></li></ul></nav>
<div class="ads">ADVERTISEMENT</div>
<article><h1>Polisi Tangkap Tiga Pengedar Sabu di Bekasi</h1>
<p>JAKARTA, KOMPAS.com - Kepolisian menangkap tiga orang yang diduga terlibat peredaran sabu-sabu di Kecamatan Tambun Selatan, Kabupaten Bekasi, Selasa (12/3/2024).</p>
<p>Baca Juga: <a href="/x">Polisi Gerebek Kampung Narkoba di Medan</a></p>
<p>Para tersangka ditangkap oleh petugas Satresnarkoba setelah warga melaporkan aktivitas mencurigakan di sebuah rumah kontrakan di kawasan tersebut.</p>
<p>Kapolres Metro Bekasi mengatakan bahwa pihaknya masih memburu dua pelaku lain yang melarikan diri ke arah Karawang.</p>
</article>
<section class="comments"><h3>Komentar</h3><p>Mantap pak polisi, berantas terus!</p><p>Semoga bandarnya juga ditangkap.</p></section>
<footer>Copyright 2024 Kompas.com</footer></body></html>"""


def test_plain_text_id_from_file_name_and_title_line(tmp_path: Path):
    (tmp_path / "berita-bekasi.txt").write_text("Polisi Tangkap Pengedar\n\n" + ARTICLE_1, "utf-8")
    docs, problems = split(read_paths([str(tmp_path)]))
    assert not problems
    assert docs[0].doc_id == "berita-bekasi"
    assert docs[0].title == "Polisi Tangkap Pengedar"
    assert docs[0].raw_text.startswith("JAKARTA, KOMPAS.com")
    assert docs[0].source_format == "txt" and docs[0].source_file.endswith("berita-bekasi.txt")
    assert len(docs[0].content_hash) == 32


def test_jsonl_and_json_array_and_gz(tmp_path: Path):
    rows = [{"id": "k1", "title": "Satu", "content": ARTICLE_1, "url": "https://www.kompas.com/a", "date": "2024-03-12"},
            {"id": "k2", "title": "Dua", "content": ARTICLE_2, "url": "https://www.antaranews.com/b"}]  # fmt: skip
    write_jsonl(tmp_path / "a.jsonl", rows)
    (tmp_path / "b.json").write_text(json.dumps(rows), "utf-8")
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps(rows[0]) + "\n")
    docs, problems = split(read_paths([str(tmp_path)]))
    assert not problems
    assert [(d.doc_id, d.source_format, d.position) for d in docs] == [
        ("k1", "jsonl", "line 1"), ("k2", "jsonl", "line 2"), ("k1", "json", "item 1"), ("k2", "json", "item 2"), ("k1", "jsonl", "line 1"),
    ]  # fmt: skip
    assert docs[0].outlet == "kompas.com" and docs[0].published == "2024-03-12"
    assert docs[0].content_hash == docs[2].content_hash == docs[4].content_hash  # same record, same identity


def test_csv_with_column_mapping_and_ragged_row(tmp_path: Path):
    path = tmp_path / "berita.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["kode", "judul", "isi_berita", "tautan", "tgl", "media"])
        w.writerow(["x1", "Satu", ARTICLE_1, "https://a.id/1", "12/03/2024", "Kompas"])
        w.writerow(["x2", "Dua"])  # ragged
        w.writerow(["x3", "Tiga", ARTICLE_2, "https://a.id/3", "Senin, 4 Maret 2024 09:15 WIB", "Antara"])
    fields = FieldMap(id="kode", title="judul", text="isi_berita", url="tautan", published="tgl", source="media")
    docs, problems = split(read_paths([str(path)], ReadOptions(fields=fields)))
    assert [d.doc_id for d in docs] == ["x1", "x3"]
    assert docs[0].published == "2024-03-12" and docs[1].published == "2024-03-04T09:15:00+07:00"
    assert docs[1].outlet == "Antara"
    assert len(problems) == 1 and problems[0].reason == "ragged_row"
    ragged_line = 2 + ARTICLE_1.count("\n") + 1  # physical line, as an editor shows it
    assert problems[0].position == f"line {ragged_line}" and "expected 6 fields" in problems[0].message


def test_html_page_drops_navigation_ads_and_comments(tmp_path: Path):
    (tmp_path / "halaman.html").write_text(HTML_PAGE, "utf-8")
    docs, problems = split(read_paths([str(tmp_path)]))
    assert not problems
    doc = docs[0]
    assert doc.title == "Polisi Tangkap Tiga Pengedar Sabu di Bekasi"
    assert doc.url == "https://megapolitan.kompas.com/read/2024/03/12/polisi-tangkap"
    assert doc.published == "2024-03-12"
    assert "Beranda" not in doc.raw_text and "Mantap pak polisi" not in doc.raw_text
    assert doc.raw_text.startswith("JAKARTA, KOMPAS.com")


def test_rss_feed_with_indonesian_dates(tmp_path: Path):
    feed = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Antara News</title>
<item><title>Buruh Demo di DPR</title><link>https://www.antaranews.com/berita/1</link><guid>antara-1</guid>
<pubDate>Senin, 4 Maret 2024 09:15 WIB</pubDate><description><![CDATA[<p>{ARTICLE_2}</p>]]></description></item>
<item><title>Polisi Tangkap Pengedar</title><link>https://www.antaranews.com/berita/2</link>
<pubDate>Tue, 12 Mar 2024 10:00:00 +0700</pubDate><description><![CDATA[<p>{ARTICLE_1.split(chr(10))[0]}</p><p>Paragraf kedua.</p>]]></description></item>
</channel></rss>"""
    (tmp_path / "feed.xml").write_text(feed, "utf-8")
    docs, problems = split(read_paths([str(tmp_path)]))
    assert not problems
    assert [d.doc_id for d in docs] == ["antara-1", "https://www.antaranews.com/berita/2"]
    assert docs[0].published == "2024-03-04T09:15:00+07:00"
    assert docs[1].published == "2024-03-12T10:00:00+07:00"
    assert docs[0].outlet == "Antara News"
    assert "\n" in docs[1].raw_text  # paragraphs kept apart


def make_warc(path: Path, pages: list[tuple[str, str]], gz: bool = True) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "warta-tests"}))
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))


def test_warc_html_responses(tmp_path: Path):
    make_warc(tmp_path / "crawl.warc.gz", [("https://megapolitan.kompas.com/read/1", HTML_PAGE)])
    docs, problems = split(read_paths([str(tmp_path)]))
    assert not problems
    assert docs[0].doc_id == "https://megapolitan.kompas.com/read/1" and docs[0].source_format == "warc"
    assert docs[0].position.startswith("record 2")


def test_truncated_warc_keeps_earlier_records(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    make_warc(path, [(f"https://news.example.id/{i}", HTML_PAGE) for i in range(3)])
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.8)])
    docs, problems = split(read_paths([str(path)]))
    assert 1 <= len(docs) < 3
    assert [p.reason for p in problems] == ["truncated_warc"]
    assert "crawl.warc.gz" in str(problems[0])


def test_stdin(tmp_path: Path):
    import subprocess
    import sys

    code = "from warta.read import read_paths; print([d.doc_id for d in read_paths(['-'])])"
    row = json.dumps({"id": "dari-stdin", "text": ARTICLE_1})
    out = subprocess.run([sys.executable, "-c", code], input=row.encode(), capture_output=True, check=True)
    assert "dari-stdin" in out.stdout.decode()


def test_globs_and_missing_paths(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE_1, "utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_2, "utf-8")
    docs, problems = split(read_paths([str(tmp_path / "*.txt"), str(tmp_path / "nope.txt"), str(tmp_path / "*.csv")]))
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert sorted(p.reason for p in problems) == ["not_found", "not_found"]


# -- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["kosong.txt", "kosong.jsonl", "kosong.csv", "kosong.html", "kosong.json", "kosong.xml"])
def test_empty_files(tmp_path: Path, name: str):
    (tmp_path / name).write_bytes(b"")
    docs, problems = split(read_paths([str(tmp_path)]))
    assert not docs and [p.reason for p in problems] == ["empty"]
    assert name in problems[0].source_file


@pytest.mark.parametrize("name", ["gambar.txt", "gambar.jsonl", "gambar.csv", "gambar.html", "gambar.bin"])
def test_binary_files(tmp_path: Path, name: str):
    (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    docs, problems = split(read_paths([str(tmp_path)]))
    assert not docs and problems[0].reason == "binary" and "PNG" in problems[0].message


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_wrong_encodings_are_decoded(tmp_path: Path, encoding: str):
    text = "Menteri “Luar Negeri” bertemu Duta Besar – kata pejabat café Rp 2.000. " + ARTICLE_2
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("–", "-")
    (tmp_path / "lama.txt").write_bytes(text.encode(encoding))  # utf-16 writes a BOM
    write_jsonl(tmp_path / "x.jsonl", [])
    (tmp_path / "x.jsonl").write_bytes((json.dumps({"text": text}, ensure_ascii=False) + "\n").encode(encoding))
    docs, problems = split(read_paths([str(tmp_path)]))
    assert [p.reason for p in problems] == []
    assert len(docs) == 2
    for d in docs:
        assert d.raw_text.strip() == text.strip()


def test_truncated_gzip_keeps_records_before_the_break(tmp_path: Path):
    rows = [{"id": f"r{i}", "text": ARTICLE_1 + f" Nomor {i}."} for i in range(400)]
    raw = "".join(json.dumps(r) + "\n" for r in rows).encode()
    data = gzip.compress(raw)
    (tmp_path / "potong.jsonl.gz").write_bytes(data[: len(data) // 2])
    docs, problems = split(read_paths([str(tmp_path)]))
    assert 0 < len(docs) < 400
    assert [p.reason for p in problems] == ["truncated_gzip"]
    assert "potong.jsonl.gz" in str(problems[0])


def test_broken_html(tmp_path: Path):
    # Unclosed tags and a runaway script: the text that is there is recovered.
    broken = f"<html><body><div><p>{ARTICLE_2}<b>bold never closed</p></div><div><script>var x = '</html>"
    (tmp_path / "rusak.html").write_text(broken, "utf-8")
    (tmp_path / "tanpa-isi.html").write_text("<html><head><title>x</title></head><body><nav>Menu</nav></body></html>", "utf-8")
    (tmp_path / "bukan-html.html").write_text("<<<>>> </ ", "utf-8")
    (tmp_path / "baik.html").write_text(HTML_PAGE, "utf-8")
    docs, problems = split(read_paths([str(tmp_path)]))
    assert [d.doc_id for d in docs] == ["baik", "rusak"]
    assert "Ribuan buruh" in docs[1].raw_text
    assert {Path(p.source_file).name: p.reason for p in problems} == {"tanpa-isi.html": "no_article_text", "bukan-html.html": "no_article_text"}


def test_malformed_json_lines_report_line_numbers(tmp_path: Path):
    path = tmp_path / "campur.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": ARTICLE_1}) + "\n"
        + '{"id": "b", "text": "terpotong\n'
        + "\n"
        + "[1, 2]\n"
        + json.dumps({"id": "c", "judul": "tanpa teks"}) + "\n"
        + json.dumps({"id": "d", "text": ARTICLE_2}) + "\n",
        "utf-8",
    )  # fmt: skip
    docs, problems = split(read_paths([str(path)]))
    assert [d.doc_id for d in docs] == ["a", "d"]
    assert [(p.reason, p.position) for p in problems] == [
        ("malformed_json", "line 2"), ("not_an_object", "line 4"), ("no_text_field", "line 5"),
    ]  # fmt: skip


def test_malformed_json_array(tmp_path: Path):
    good = json.dumps({"id": "a", "text": ARTICLE_1})
    (tmp_path / "rusak.json").write_text(f"[{good}, {good.replace('a', 'b', 1)}, {{\"id\": ", "utf-8")
    docs, problems = split(read_paths([str(tmp_path)]))
    assert len(docs) == 2
    assert problems[0].reason == "malformed_json" and "after 2 item(s)" in problems[0].message


def test_feed_with_no_items_and_malformed_feed(tmp_path: Path):
    (tmp_path / "kosong.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Sepi</title></channel></rss>', "utf-8")
    (tmp_path / "rusak.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Rusak<item>', "utf-8")
    docs, problems = split(read_paths([str(tmp_path)]))
    assert not docs
    reasons = {Path(p.source_file).name: p.reason for p in problems}
    assert reasons == {"kosong.rss": "empty", "rusak.rss": "malformed_feed"}


def test_too_large_single_article_is_refused_without_reading(tmp_path: Path):
    (tmp_path / "besar.txt").write_bytes(b"kata " * 300_000)
    docs, problems = split(read_paths([str(tmp_path)], ReadOptions(max_document_bytes=1_000_000)))
    assert not docs and problems[0].reason == "too_large" and "besar.txt" in str(problems[0])


def test_english_document_is_read_like_any_other(tmp_path: Path):
    (tmp_path / "en.txt").write_text(ENGLISH, "utf-8")
    docs, _ = split(read_paths([str(tmp_path)]))
    assert docs[0].raw_text == ENGLISH


@pytest.mark.parametrize("fmt", ["txt", "jsonl", "json", "csv", "html", "xml", "warc"])
def test_gzip_variant_reads_like_the_plain_file(tmp_path: Path, fmt: str):
    plain, packed = tmp_path / "plain", tmp_path / "packed"
    plain.mkdir(), packed.mkdir()
    rows = [{"id": "g1", "title": "Satu", "text": ARTICLE_1}]
    if fmt == "txt":
        (plain / "g1.txt").write_text(ARTICLE_1, "utf-8")
    elif fmt == "jsonl":
        write_jsonl(plain / "g.jsonl", rows)
    elif fmt == "json":
        (plain / "g.json").write_text(json.dumps(rows), "utf-8")
    elif fmt == "csv":
        with (plain / "g.csv").open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows([["id", "title", "text"], ["g1", "Satu", ARTICLE_1]])
    elif fmt == "html":
        (plain / "g1.html").write_text(HTML_PAGE, "utf-8")
    elif fmt == "xml":
        (plain / "g.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Satu</title><guid>g1</guid><description>{ARTICLE_2}</description></item></channel></rss>', "utf-8")
    else:
        make_warc(plain / "g.warc", [("https://x.id/g1", HTML_PAGE)], gz=False)
    for f in plain.iterdir():
        (packed / (f.name + ".gz")).write_bytes(gzip.compress(f.read_bytes()))
    (a,), _ = split(read_paths([str(plain)]))
    (b,), _ = split(read_paths([str(packed)]))
    assert (a.doc_id, a.title, a.raw_text, a.content_hash) == (b.doc_id, b.title, b.raw_text, b.content_hash)
