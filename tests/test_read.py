"""Readers: every format, and every kind of bad input, named precisely and never fatal."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import hostile
import pytest
from conftest import ARTICLE_1, ARTICLE_2, ENGLISH, write_jsonl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta.read import ReadOptions, read_paths, read_source
from warta.read.fields import FieldMap
from warta.read.sources import Source
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


# -- hostile input (issue 18): one bad record, header or reference is one problem -------

def read_hostile(tmp_path: Path, build, options: ReadOptions | None = None):
    case = build(tmp_path)
    docs, problems = split(read_paths([str(tmp_path)], options))
    for canary in case.canaries:
        assert canary in {d.doc_id for d in docs}, (canary, problems)
    for reason, where in case.problems:
        assert any(p.reason == reason and (where in p.position or where in p.source_file) for p in problems), (reason, where, problems)
    assert not [p for p in problems if p.reason == "reader_error"], problems
    return docs, problems


def peak_kb(code: str) -> tuple[int, str]:
    """Run ``code`` in a fresh interpreter; its peak resident memory (VmHWM, not ru_maxrss,
    which a child inherits from this pytest process) and what it printed."""
    code += "\nprint('HWM', next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True).stdout
    *printed, hwm = out.strip().splitlines()
    return int(hwm.split()[1]), "\n".join(printed)


@pytest.mark.parametrize("build", [lambda f: hostile.deep_array(f, 80), lambda f: hostile.deep_array(f, 400), hostile.deep_field],
                         ids=["80KB", "400KB", "in-a-field"])  # fmt: skip
def test_deeply_nested_json_is_one_problem_and_later_items_are_read(tmp_path: Path, build):
    docs, problems = read_hostile(tmp_path, build)
    assert [p.reason for p in problems] == ["too_deep"] and "deeper than 100 levels" in problems[0].message


def test_deeply_nested_json_reads_in_constant_memory(tmp_path: Path):
    """The audit: 80 KB took 4.1 GB and 400 KB more than 12 GB (ijson built a prefix per level)."""
    hostile.deep_array(tmp_path, 400)
    hostile.deep_field(tmp_path)
    hostile.deep_jsonl_line(tmp_path)
    code = f"from warta.read import read_paths\nprint(sorted(getattr(x, 'reason', 'doc') for x in read_paths([{str(tmp_path)!r}])))"
    kb, printed = peak_kb(code)
    assert printed == "['doc', 'doc', 'doc', 'doc', 'malformed_json', 'too_deep', 'too_deep']", printed
    assert kb < 250_000, kb


def test_deep_jsonl_line_is_one_problem(tmp_path: Path):
    read_hostile(tmp_path, hostile.deep_jsonl_line)


def test_json_array_with_a_lone_surrogate_reads_every_item(tmp_path: Path):
    docs, problems = read_hostile(tmp_path, hostile.surrogate_array)
    assert not problems
    assert docs[0].raw_text.startswith("Emoji 😀 dan \udc80.")  # U+FFFD once ingest makes it valid Unicode


def test_json_array_bad_items_are_skipped_one_by_one(tmp_path: Path):
    good = [json.dumps(hostile.record(k)) for k in ("j1", "j2", "j3")]
    (tmp_path / "campur.json").write_text(f"[{good[0]}, {{\"id\": 1,, }}, 7, {good[1]}, {{\"a\": 1}}}}, {good[2]}] sisa", "utf-8")
    docs, problems = split(read_paths([str(tmp_path)]))
    assert [d.doc_id for d in docs] == ["j1", "j2", "j3"]
    assert [(p.reason, p.position) for p in problems] == [
        ("malformed_json", "item 2"), ("not_an_object", "item 3"), ("malformed_json", "item 5"), ("malformed_json", ""),
    ]  # fmt: skip
    assert "data after the end of the JSON array" in problems[-1].message


def test_json_array_in_utf16_is_streamed(tmp_path: Path):
    rows = [hostile.record("u1"), {"id": "u2", "text": "Café di Menteng ramai pengunjung pada Minggu pagi."}]
    (tmp_path / "lebar.json").write_bytes(json.dumps(rows, ensure_ascii=False).encode("utf-16"))
    docs, problems = split(read_paths([str(tmp_path)]))
    assert not problems and [d.raw_text for d in docs] == [r["text"] for r in rows]


def test_feed_with_surrogate_character_references_loses_no_item(tmp_path: Path):
    docs, problems = read_hostile(tmp_path, hostile.surrogate_feed)
    assert not problems
    assert docs[0].title == "Judul emoji1 😀"
    assert docs[0].raw_text.endswith("😀 \ufffd")


@pytest.mark.parametrize("refs", ["&#xD83D;&#xDE00;", "&#0;", "&#1114112;", "&#99999999999999999999;", "&#55357;"])
def test_feed_character_references_that_name_no_character(tmp_path: Path, refs: str):
    items = "".join(f"<item><guid>{k}</guid><title>T {refs}</title><description>{hostile.article(k)} {refs}</description></item>" for k in ("r1", "r2"))
    (tmp_path / "ref.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>X</title>{items}</channel></rss>', "utf-8")
    docs, problems = split(read_paths([str(tmp_path)]))
    assert [d.doc_id for d in docs] == ["r1", "r2"] and not problems
    assert docs[0].title == ("T 😀" if "D83D" in refs else "T \ufffd")


def test_feed_over_the_document_limit_is_streamed(tmp_path: Path):
    """The audit: a feed over 10 MB was refused whole. Streamed, in bounded memory."""
    case = hostile.big_feed(tmp_path)
    assert (tmp_path / "besar.xml").stat().st_size > 10 * 1024 * 1024
    code = f"from warta.read import read_paths\nprint(len([x.doc_id for x in read_paths([{str(tmp_path)!r}])]))"
    kb, printed = peak_kb(code)
    assert int(printed) == len(case.canaries)
    assert kb < 300_000, kb
    # the streamed path reads what the whole-file path reads (small limit: streamed)
    small = tmp_path / "kecil"
    small.mkdir()
    surrogates = hostile.surrogate_feed(small)
    whole, _ = split(read_paths([str(small)]))
    streamed, problems = split(read_paths([str(small)], ReadOptions(max_document_bytes=1000)))
    assert not problems and len(surrogates.canaries) == 3
    assert [(d.doc_id, d.title, d.raw_text, d.outlet) for d in streamed] == [(d.doc_id, d.title, d.raw_text, d.outlet) for d in whole]


def test_atom_feed_streamed(tmp_path: Path):
    entries = "".join(f'<entry><id>{k}</id><title>{k} &#xD83D;&#xDE00;</title><link href="https://t.id/{k}"/><content type="html">&lt;p&gt;{hostile.article(k)}&lt;/p&gt;</content></entry>' for k in ("a1", "a2"))
    (tmp_path / "t.atom").write_text(f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tempo</title>{entries}</feed>', "utf-8")
    size = (tmp_path / "t.atom").stat().st_size
    for options in (ReadOptions(), ReadOptions(max_document_bytes=size - 1)):  # whole, then streamed
        docs, problems = split(read_paths([str(tmp_path)], options))
        assert not problems and [(d.doc_id, d.title, d.outlet, d.url) for d in docs] == [
            ("a1", "a1 😀", "Tempo", "https://t.id/a1"), ("a2", "a2 😀", "Tempo", "https://t.id/a2")]  # fmt: skip


def test_warc_response_without_target_uri_gets_a_synthetic_id(tmp_path: Path):
    docs, problems = read_hostile(tmp_path, hostile.warc_without_uri)
    assert not problems and docs[0].url is None and docs[0].position == "record 1 at offset 0"


def test_warc_record_without_content_length_does_not_swallow_the_next(tmp_path: Path):
    docs, problems = read_hostile(tmp_path, hostile.warc_without_length)
    assert [d.doc_id for d in docs] == ["https://x.id/kenaripanjang"]
    assert len(problems) == 1 and "no Content-Length" in problems[0].message


def test_warc_garbage_between_records_and_a_wrong_length(tmp_path: Path):
    first = hostile.warc_record("https://x.id/w1", hostile.page("w1"))
    wrong = re.sub(rb"Content-Length: \d+", b"Content-Length: 10", hostile.warc_record("https://x.id/w2", hostile.page("w2")))
    last = hostile.warc_record("https://x.id/w3", hostile.page("w3"))
    (tmp_path / "campur.warc").write_bytes(first + b"sampah \x00\xff di antara\r\n" + wrong + last)
    docs, problems = split(read_paths([str(tmp_path)]))
    assert [d.doc_id for d in docs] == ["https://x.id/w1", "https://x.id/w3"]
    assert [p.reason for p in problems] == ["malformed_warc", "malformed_warc"]  # the garbage, then w2's wrong end
    assert problems[0].position == f"offset {len(first)}" and "no WARC record starts here" in problems[1].message


def test_warc_transfer_encodings_good_and_broken(tmp_path: Path):
    def response(url: str, http: bytes, body: bytes) -> bytes:
        payload = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + http + b"\r\n" + body
        head = f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nContent-Length: {len(payload)}\r\n\r\n"
        return head.encode() + payload + b"\r\n\r\n"

    page = hostile.page("enkode").encode()
    empty = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.id/0\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
    (tmp_path / "enkode.warc").write_bytes(empty + b"".join([
        response("https://x.id/gz-rusak", b"Content-Encoding: gzip\r\n", b"bukan gzip"),
        response("https://x.id/gz", b"Content-Encoding: gzip\r\n", gzip.compress(page)),
        response("https://x.id/chunk-rusak", b"Transfer-Encoding: chunked\r\n", b"zz\r\nrusak\r\n"),
        response("https://x.id/chunk", b"Transfer-Encoding: chunked\r\n", b"%x\r\n" % len(page) + page + b"\r\n0\r\n\r\n"),
    ]))  # fmt: skip
    docs, problems = split(read_paths([str(tmp_path)]))
    assert [d.doc_id for d in docs] == ["https://x.id/gz", "https://x.id/chunk"]
    assert docs[0].raw_text == docs[1].raw_text == hostile.article("enkode")
    assert [(p.reason, p.position.split(" at")[0]) for p in problems] == [("no_article_text", "record 2"), ("no_article_text", "record 4")]


def test_old_arc_archives_are_framed_too(tmp_path: Path):
    desc = b"1 0 warta\nURL IP-address Archive-date Content-type Archive-length\n"

    def arc_record(url: str, html: str) -> bytes:
        payload = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html.encode()
        return f"{url} 1.2.3.4 20240312100000 text/html {len(payload)}\n".encode() + payload + b"\n"

    data = f"filedesc://x.arc 0.0.0.0 20240312100000 text/plain {len(desc)}\n".encode() + desc + b"\n"
    (tmp_path / "lama.arc.gz").write_bytes(gzip.compress(data + arc_record("http://x.id/a", hostile.page("arc1")) + arc_record("http://x.id/b", hostile.page("arc2"))))
    docs, problems = split(read_paths([str(tmp_path)]))
    assert not problems and [(d.doc_id, d.position) for d in docs] == [("http://x.id/a", "record 2 at offset 121"), ("http://x.id/b", "record 3 at offset 822")]


@pytest.mark.parametrize("build", [hostile.small_truncated_gzip, hostile.gzip_trailing_garbage], ids=["truncated", "trailing-garbage"])
def test_damaged_small_gzip_keeps_the_records_before_the_damage(tmp_path: Path, build):
    docs, problems = read_hostile(tmp_path, build)
    assert len(problems) == 1 and "kept" in problems[0].message and "empty" not in problems[0].message


def test_truncated_gzip_of_every_streamed_format_keeps_what_came_before(tmp_path: Path):
    rows = [hostile.record(f"t{i}") for i in range(6)]
    with (tmp_path / "p.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "title", "text"]] + [[r["id"], r["title"], r["text"]] for r in rows])
    (tmp_path / "p.json").write_text(json.dumps(rows), "utf-8")
    write_jsonl(tmp_path / "p.jsonl", rows)
    for plain in list(tmp_path.iterdir()):
        data = gzip.compress(plain.read_bytes())
        (tmp_path / (plain.name + ".gz")).write_bytes(data[:-30])
        plain.unlink()
    docs, problems = split(read_paths([str(tmp_path)]))
    assert sorted(p.reason for p in problems) == ["truncated_gzip"] * 3
    for fmt in ("csv", "json", "jsonl"):
        assert [d.doc_id for d in docs if d.source_format == fmt] == [f"t{i}" for i in range(5)]


def test_unclosed_csv_quote_is_reported_with_its_line(tmp_path: Path):
    docs, problems = read_hostile(tmp_path, hostile.unclosed_csv_quote)
    assert [(p.reason, p.position) for p in problems] == [("unclosed_quote", "line 3")]
    assert "a quote opened on line 3 is never closed" in problems[0].message
    assert len(docs) == 2001 and max(len(d.raw_text) for d in docs) < 1000  # no 480 KB "article"


def test_csv_quotes_that_close_are_untouched(tmp_path: Path):
    path = tmp_path / "kutip.csv"
    path.write_text('id,title,text\nq1,"Judul, koma","baris satu\nbaris dua"\nq2,Dua,"kata ""kutip"" di sini"\nq3,Tiga,"akhir\ntanpa baris baru"', "utf-8")
    docs, problems = split(read_paths([str(path)]))
    assert not problems
    assert [(d.doc_id, d.raw_text) for d in docs] == [("q1", "baris satu\nbaris dua"), ("q2", 'kata "kutip" di sini'), ("q3", "akhir\ntanpa baris baru")]


def test_fifo_and_broken_link_in_a_folder_are_named(tmp_path: Path):
    """Works as root too (a FIFO or a dangling link is no question of permissions)."""
    (tmp_path / "baik.txt").write_text(ARTICLE_1, "utf-8")
    read_hostile(tmp_path, hostile.odd_paths)


def test_fifo_named_on_the_command_line_is_not_read(tmp_path: Path):
    os.mkfifo(tmp_path / "pipa")
    docs, problems = split(read_paths([str(tmp_path / "pipa")]))  # (opening it would block)
    assert not docs and [(p.reason, p.message) for p in problems] == [("not_a_file", "not a regular file (a FIFO); not read")]


def test_unreadable_folder_and_file_are_named(tmp_path: Path):
    """chmod 000 stops everyone but root, so as root the reading runs in a child that has
    dropped to the user ``nobody``: the real EACCES path either way."""
    root = Path(tempfile.mkdtemp(prefix="warta-perm-"))  # (pytest's tmp_path is private to its owner)
    try:
        root.chmod(0o755)
        (root / "baik.txt").write_text(ARTICLE_1, "utf-8")
        (root / "baik.txt").chmod(0o644)
        case = hostile.unreadable_paths(root)
        drop = "import os; os.setgid(65534); os.setuid(65534)\n" if os.geteuid() == 0 else ""
        code = (
            "from warta.read import read_paths\n" + drop +
            f"for x in read_paths([{str(root)!r}]): print(getattr(x, 'reason', 'doc'), getattr(x, 'source_file', ''), getattr(x, 'message', ''))"
        )  # fmt: skip
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True).stdout
        lines = out.strip().splitlines()
        assert lines[0].startswith(f"doc {root}/baik.txt"), out
        for reason, name in case.problems:
            assert any(line.startswith(f"{reason} {root}/{name}") and "Permission denied" in line for line in lines), (reason, out)
        assert len(lines) == 3, out
    finally:
        for p in (root / "terkunci", root / "tertutup.txt"):
            p.chmod(0o700)
        shutil.rmtree(root)


def test_html_nested_deeper_than_the_parser_allows_says_so(tmp_path: Path):
    docs, problems = read_hostile(tmp_path, hostile.deep_html)
    assert [p.message for p in problems] == ["HTML nested deeper than 256 elements, the parser's limit; the page was not read"]


def test_stdin_spool_is_removed(tmp_path: Path):
    code = "from warta.read import read_paths; print([d.doc_id for d in read_paths(['-'])])"
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps({"id": "s1", "text": ARTICLE_1}).encode(),
                         capture_output=True, check=True, env=env)  # fmt: skip
    assert "s1" in out.stdout.decode()
    assert list(tmp_path.iterdir()) == []


def test_gzip_reader_gives_every_byte_before_the_damage(tmp_path: Path):
    from warta.read.gz import GzipDamage, open_gzip

    raw = b"".join(b"baris %d\n" % i for i in range(50_000))
    data = gzip.compress(raw)
    for cut in (100, len(data) // 3, len(data) - 8):
        (tmp_path / "x.gz").write_bytes(data[:cut])
        got = bytearray()
        with open_gzip(tmp_path / "x.gz") as f, pytest.raises(GzipDamage):
            while chunk := f.read1(8192):
                got += chunk
        assert raw.startswith(got) and len(got) > 0
        if cut == len(data) - 8:  # only the trailer is missing: every byte came out
            assert bytes(got) == raw
    (tmp_path / "y.gz").write_bytes(gzip.compress(raw[:1000]) + gzip.compress(raw[1000:]) + b"\x00" * 512)
    with open_gzip(tmp_path / "y.gz") as f:
        assert f.read() == raw  # members and zero padding


# -- property: no reader raises, a canary after the damage is read ----------------------

PREFIX_RECORDS = 8
FRAMING = {"json": b'"\\[]{}', "jsonl": b"\r\n", "csv": b"\r\n", "warc": b""}


def clean_prefix_rows() -> list[dict]:
    # over 64 KiB of clean records first, so the damage cannot change the detected encoding
    return [hostile.record(f"awal{i}") | {"text": hostile.article(f"awal{i}", 1400)} for i in range(PREFIX_RECORDS)]


PREFIX = clean_prefix_rows()


def build_file(fmt: str, damage: bytes) -> bytes:
    """A file of ``fmt``: clean records, the damage, then the canary record ``kenari``."""
    canary = hostile.record("kenari")
    if fmt == "jsonl":
        return b"".join(json.dumps(r).encode() + b"\n" for r in PREFIX) + damage + b"\n" + json.dumps(canary).encode() + b"\n"
    if fmt == "json":
        return b"[" + b",".join(json.dumps(r).encode() for r in PREFIX) + b"," + damage + b"," + json.dumps(canary).encode() + b"]"
    if fmt == "csv":
        rows = [f"{r['id']},{r['title']},{r['text']}".encode() for r in PREFIX]
        return b"id,title,text\n" + b"\n".join(rows) + b"\n" + damage + b"\n" + f"kenari,Kenari,{canary['text']}\n".encode()
    if fmt == "warc":
        pages = b"".join(hostile.warc_record(f"https://x.id/{r['id']}", hostile.page(r["id"])) for r in PREFIX)
        return pages + damage + b"\r\n" + hostile.warc_record("https://x.id/kenari", hostile.page("kenari"))
    raise ValueError(fmt)


def damaged_read(tmp_path: Path, name: str, data: bytes) -> tuple[list[Document], list[ReadProblem]]:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        return split(read_source(Source(name, path), ReadOptions()))
    finally:
        path.unlink()


def mutate(data: bytes, edits: list[tuple[int, int]], alphabet: bytes) -> bytes:
    out = bytearray(data)
    for where, what in edits:
        if out:
            out[where % len(out)] = alphabet[what % len(alphabet)]
    return bytes(out)


NOISE = bytes(range(256))
settings_fast = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "warc"])
@settings_fast
@given(data=st.data())
def test_damage_never_escapes_a_reader_and_the_canary_is_read(tmp_path_factory, fmt: str, data):
    tmp = tmp_path_factory.mktemp("fuzz")
    allowed = bytes(b for b in NOISE if b not in FRAMING[fmt])  # damage that leaves the framing intact
    kind = data.draw(st.sampled_from(["noise", "mutated", "nested"] + (["open-quote"] if fmt == "csv" else [])))
    if kind == "noise":
        damage = data.draw(st.binary(max_size=300)).translate(None, FRAMING[fmt])
    elif kind == "open-quote":  # a field that opens a quote, then anything
        damage = b'rusak,"' + data.draw(st.binary(max_size=300)).translate(None, FRAMING[fmt])
    elif kind == "mutated":  # a record with damage inside (for WARC inside the page: its length stays true)
        valid = hostile.page("m").encode() if fmt == "warc" else json.dumps(hostile.record("m")).encode()
        damage = mutate(valid, data.draw(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=12)), allowed)
        if fmt == "warc":
            damage = hostile.warc_record("https://x.id/m", damage)
    else:
        depth = data.draw(st.integers(1, 3000))
        damage = b"[" * depth + b"]" * depth
    if fmt == "json" and kind == "nested":
        pass  # brackets balance: the framing holds
    elif fmt == "json":
        damage = damage.translate(None, FRAMING["json"]) or b"0"
    docs, problems = damaged_read(tmp, f"rusak.{fmt}", build_file(fmt, damage))
    assert not [p for p in problems if p.reason == "reader_error"], problems
    ids = {d.doc_id for d in docs}
    canary = "https://x.id/kenari" if fmt == "warc" else "kenari"
    assert canary in ids, (kind, damage[:200], problems)
    assert {f"https://x.id/{r['id']}" if fmt == "warc" else r["id"] for r in PREFIX} <= ids


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "warc"])
@settings_fast
@given(edits=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=20), gz=st.booleans())
def test_mutated_valid_files_never_escape_a_reader(tmp_path_factory, fmt: str, edits, gz: bool):
    tmp = tmp_path_factory.mktemp("fuzz")
    data = mutate(build_file(fmt, b""), edits, NOISE)
    docs, problems = damaged_read(tmp, f"x.{fmt}" + (".gz" if gz else ""), gzip.compress(data) if gz else data)
    assert not [p for p in problems if p.reason == "reader_error"], problems
    assert docs or problems


@pytest.mark.parametrize("name", ["x.txt", "x.html", "x.xml", "x.json", "x.jsonl", "x.csv", "x.warc", "x.json.gz", "x.warc.gz"])
@settings_fast
@given(blob=st.binary(max_size=2000), cut=st.integers(0, 4000))
def test_arbitrary_bytes_never_escape_a_reader(tmp_path_factory, name: str, blob: bytes, cut: int):
    tmp = tmp_path_factory.mktemp("fuzz")
    if name.endswith(".gz"):  # a valid-looking gzip header, then damage anywhere
        blob = gzip.compress(blob)[: cut or None] + blob[:cut % 7]
    _, problems = damaged_read(tmp, name, blob)
    assert not [p for p in problems if p.reason == "reader_error"], problems


@settings_fast
@given(refs=st.lists(st.integers(0, 0x11_0000), min_size=1, max_size=6), hexa=st.booleans())
def test_feed_character_references_never_lose_items(tmp_path_factory, refs: list[int], hexa: bool):
    tmp = tmp_path_factory.mktemp("fuzz")
    text = "".join(f"&#x{v:X};" if hexa else f"&#{v};" for v in refs).replace("&#38;", "").replace("&#60;", "").replace("&#x26;", "").replace("&#x3C;", "")
    items = "".join(f"<item><guid>{k}</guid><title>T {text}</title><description><![CDATA[<p>{hostile.article(k)} {text}</p>]]></description></item>" for k in ("f1", "kenari"))
    feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>X</title>{items}</channel></rss>'.encode()
    docs, problems = damaged_read(tmp, "r.xml", feed)
    assert [d.doc_id for d in docs] == ["f1", "kenari"], problems
