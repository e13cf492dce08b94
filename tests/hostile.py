"""The hostile inputs of the reliability audit (issue 18), each with a canary document.

Every builder writes its file(s) into a folder and returns a ``Hostile``: the canary ids
that must still be read, and the problems (reason, where) that must be named. The reader
tests use them one by one; ``test_every_hostile_input_ahead_of_good_articles`` ingests all
of them at once.
"""

from __future__ import annotations

import gzip
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from conftest import ARTICLE_1, ARTICLE_2

FILLER = ("warga pasar jalan rumah sekolah kantor kebun sawah sungai jembatan masjid gereja terminal stasiun "
          "pelabuhan bandara lapangan taman hutan gunung pantai desa kota kabupaten provinsi pulau laut danau").split()  # fmt: skip


def article(key: str, words: int = 60) -> str:
    """A distinct Indonesian article per key (dedup must not fold canaries together)."""
    rng = random.Random(key)
    filler = " ".join(rng.choice(FILLER) for _ in range(words))
    return f"Polisi menangkap tersangka pencurian di Kecamatan {key.title()} pada Senin malam. Warga menyebut {filler}."


def record(key: str) -> dict:
    return {"id": key, "title": f"Berita {key}", "text": article(key)}


@dataclass
class Hostile:
    files: list[str]  # names relative to the folder
    canaries: list[str]  # document ids that must be read
    problems: list[tuple[str, str]] = field(default_factory=list)  # (reason, file name or position fragment)


def deep_array(folder: Path, kb: int) -> Hostile:
    """``[good, [[[…]]], canary]``: nesting of ``kb`` KB as one item."""
    name = f"dalam-{kb}kb.json"
    n = kb * 512
    body = "[" + json.dumps(record(f"sebelum{kb}")) + "," + "[" * n + "]" * n + "," + json.dumps(record(f"kenari{kb}")) + "]"
    (folder / name).write_text(body, "utf-8")
    return Hostile([name], [f"sebelum{kb}", f"kenari{kb}"], [("too_deep", "item 2")])


def deep_field(folder: Path) -> Hostile:
    """The nesting inside one item's extra field."""
    name = "dalam-di-field.json"
    bad = json.dumps(record("bersarang"))[:-1] + ', "extra": ' + "[" * 200_000 + "]" * 200_000 + "}"
    (folder / name).write_text("[" + bad + "," + json.dumps(record("kenaridalam")) + "]", "utf-8")
    return Hostile([name], ["kenaridalam"], [("too_deep", "item 1")])


def deep_jsonl_line(folder: Path) -> Hostile:
    name = "dalam.jsonl"
    (folder / name).write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps(record("kenarijsonl")) + "\n", "utf-8")
    return Hostile([name], ["kenarijsonl"], [("malformed_json", "line 1")])


def surrogate_array(folder: Path) -> Hostile:
    """A JSON array whose first item holds an escaped lone surrogate."""
    name = "surrogat.json"
    text = json.dumps(record("surrogat"))[:-1] + ', "catatan": "rusak \\udc80"}'
    text = text.replace('"text": "', '"text": "Emoji \\ud83d\\ude00 dan \\udc80. ', 1)
    (folder / name).write_text("[" + text + "," + json.dumps(record("kenarisurrogat")) + "]", "utf-8")
    return Hostile([name], ["surrogat", "kenarisurrogat"])


def surrogate_feed(folder: Path) -> Hostile:
    """An RSS feed writing emoji as UTF-16 halves, and a lone half."""
    name = "emoji.xml"
    items = "".join(
        f"<item><title>Judul {k} &#55357;&#56832;</title><guid>{k}</guid>"
        f"<description><![CDATA[<p>{article(k)} &#55357;&#56832; &#56832;</p>]]></description></item>"
        for k in ("emoji1", "emoji2", "kenarifeed")
    )
    (folder / name).write_text(f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Antara</title>{items}</channel></rss>', "utf-8")
    return Hostile([name], ["emoji1", "emoji2", "kenarifeed"])


def big_feed(folder: Path, mb: float = 10.5) -> Hostile:
    """A feed over the 10 MB document limit: streamed, every item read. The items repeat one
    article (syndicated copies), so after the readers only the first goes through NLP."""
    name = "besar.xml"
    items, size, i = [], 0, 0
    body = article("umpan", 6000)
    while size < mb * 1024 * 1024:
        key = f"umpan{i}"
        item = f"<item><title>{key}</title><guid>{key}</guid><description>{body}</description></item>"
        items.append(item)
        size, i = size + len(item), i + 1
    (folder / name).write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Antara</title>' + "".join(items) + "</channel></rss>", "utf-8")
    return Hostile([name], [f"umpan{k}" for k in range(i)])


def warc_record(url: str | None, html: str | bytes, *, length: bool = True) -> bytes:
    body = html.encode() if isinstance(html, str) else html
    payload = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    headers = ["WARC/1.0", "WARC-Type: response", "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>",
               "WARC-Date: 2024-03-12T10:00:00Z"]  # fmt: skip
    if url:
        headers.append(f"WARC-Target-URI: {url}")
    headers.append("Content-Type: application/http; msgtype=response")
    if length:
        headers.append(f"Content-Length: {len(payload)}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + payload + b"\r\n\r\n"


def page(key: str) -> str:
    return f"<html><head><title>{key}</title></head><body><article><p>{article(key)}</p></article></body></html>"


def warc_without_uri(folder: Path) -> Hostile:
    name = "tanpa-uri.warc.gz"
    records = [warc_record(None, page("tanpauri")), warc_record("https://x.id/kenariwarc", page("kenariwarc"))]
    (folder / name).write_bytes(b"".join(gzip.compress(r) for r in records))
    return Hostile([name], ["tanpa-uri@0", "https://x.id/kenariwarc"])


def warc_without_length(folder: Path) -> Hostile:
    name = "tanpa-panjang.warc"
    records = [warc_record("https://x.id/tanpapanjang", page("tanpapanjang"), length=False), warc_record("https://x.id/kenaripanjang", page("kenaripanjang"))]
    (folder / name).write_bytes(b"".join(records))
    return Hostile([name], ["https://x.id/kenaripanjang"], [("malformed_warc", "record 1")])


def small_truncated_gzip(folder: Path) -> Hostile:
    """Under 64 KiB before the break: was "empty file"."""
    name = "potong-kecil.jsonl.gz"
    raw = "".join(json.dumps(record(k)) + "\n" for k in ("potong1", "potong2", "potong3")).encode()
    data = gzip.compress(raw)
    (folder / name).write_bytes(data[: len(data) - 40])  # the end of the third record and the trailer
    return Hostile([name], ["potong1", "potong2"], [("truncated_gzip", name)])


def gzip_trailing_garbage(folder: Path) -> Hostile:
    name = "sampah.jsonl.gz"
    raw = "".join(json.dumps(record(k)) + "\n" for k in ("sampah1", "sampah2")).encode()
    (folder / name).write_bytes(gzip.compress(raw) + b"this is not gzip")
    return Hostile([name], ["sampah1", "sampah2"], [("gzip_trailing_data", name)])


def unclosed_csv_quote(folder: Path) -> Hostile:
    """Line 3 opens a quote that never closes; 2,000 rows follow (about 480 KB, copies of one
    article: after the readers, only one goes through NLP)."""
    name = "kutip.csv"
    lines = ["id,title,text", f"csvsebelum,Sebelum,{article('csvsebelum')}", f'csvrusak,"Judul tanpa tutup,{article("csvrusak")}']
    lines += [f"baris{i},Baris {i},{article('baris')}" for i in range(2000)]
    (folder / name).write_text("\n".join(lines) + "\n", "utf-8")
    return Hostile([name], ["csvsebelum", "baris0", "baris1999"], [("unclosed_quote", "line 3")])


def deep_html(folder: Path) -> Hostile:
    name = "dalam.html"
    (folder / name).write_text("<html><body>" + "<div>" * 300 + f"<p>{article('htmldalam')}</p>" + "</div>" * 300 + "</body></html>", "utf-8")
    return Hostile([name], [], [("too_deep", name)])


def odd_paths(folder: Path) -> Hostile:
    """A FIFO and a dangling link inside the folder: named, not silently skipped (as root too)."""
    os.mkfifo(folder / "antrian.fifo")
    os.symlink(folder / "tidak-ada.txt", folder / "tautan-putus.txt")
    return Hostile([], [], [("not_a_file", "antrian.fifo"), ("not_found", "tautan-putus.txt")])


def unreadable_paths(folder: Path) -> Hostile:
    """A chmod-000 folder and file: only meaningful for a user that permissions stop."""
    (folder / "terkunci").mkdir()
    (folder / "terkunci" / "rahasia.txt").write_text(ARTICLE_1, "utf-8")
    (folder / "terkunci").chmod(0)
    (folder / "tertutup.txt").write_text(ARTICLE_2, "utf-8")
    (folder / "tertutup.txt").chmod(0)
    return Hostile([], [], [("unreadable", "terkunci"), ("unreadable", "tertutup.txt")])


def markup_names(folder: Path) -> Hostile:
    """Names Rich would read as markup, and an escape sequence in a name."""
    (folder / "a[").mkdir()
    (folder / "a[" / "]x.txt").write_text("", "utf-8")
    (folder / "[bold]tebal.txt").write_text("", "utf-8")
    (folder / "warna\x1b[31m.txt").write_text("", "utf-8")
    (folder / os.fsdecode(b"latin-\xe9.txt")).write_text("", "utf-8")  # a name that is not UTF-8
    return Hostile([], [], [("empty", "a[/]x.txt"), ("empty", "[bold]tebal.txt"), ("empty", "warna\\x1b[31m.txt"), ("empty", "latin-\\xe9.txt")])


ALL: list[Callable[[Path], Hostile]] = [
    lambda f: deep_array(f, 80), lambda f: deep_array(f, 400), deep_field, deep_jsonl_line, surrogate_array,
    surrogate_feed, big_feed, warc_without_uri, warc_without_length, small_truncated_gzip, gzip_trailing_garbage,
    unclosed_csv_quote, deep_html, odd_paths, markup_names,
]  # fmt: skip
