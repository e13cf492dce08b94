"""Event dates: the ordered rule table of warta.dates.govern, one table of cases per rule,
and the step on a real pipeline document (the issue's Makassar protest: every event dated)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from warta.dates.expressions import find_dates
from warta.dates.govern import RULES, EventAt, blocks, date_event, layout

BASE = date(2024, 6, 14)  # a Friday


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: ends at . ! ? (and a closing quote), or a line break."""
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"”]?(?=\s)|\n+", text + " "):
        end = m.end()
        if text[start:end].strip():
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            out.append((start + lead, end))
        start = end
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _date(text: str, trigger: str, modality: str = "asserted", base: date | None = BASE):
    """(value, precision, source) of the event whose trigger is the word in capitals."""
    found = find_dates(text, base)
    sents = _sentences(text)
    lay = layout(text, sents, found, base)
    at = text.index(trigger)
    i = next(k for k, (a, b) in enumerate(lay.sentences) if a <= at < b)
    d = date_event(lay, EventAt(i, at, modality))
    return None if d is None else (d.value, d.precision, d.source)


def test_rule_order_is_the_documented_precedence():
    assert [r.name for r in RULES] == ["sentence", "paragraph", "nearby", "lead", "published"]
    assert all(r.example for r in RULES)


@pytest.mark.parametrize(("text", "trigger", "modality", "expected"), [
    # the sentence's own expression, the one nearest the trigger
    ("Polisi MENANGKAP dua pelaku di Makassar, Senin (10/6/2024).", "MENANGKAP", "asserted", ("2024-06-10", "day")),
    ("Pada 2019 ia pernah ditahan, lalu Kamis (13/6) polisi MENAHANNYA lagi.", "MENAHANNYA", "asserted", ("2024-06-13", "day")),
    # a planned event keeps its own date, even when the lead is a past day
    ("Massa berunjuk rasa, Senin (10/6/2024).\n\nAksi lanjutan akan DIGELAR pekan depan.", "DIGELAR", "future", ("2024-W25", "week")),
])
def test_rule_sentence(text, trigger, modality, expected):
    assert _date(text, trigger, modality) == (*expected, "sentence")


@pytest.mark.parametrize(("text", "trigger", "modality", "expected"), [
    ("Massa berunjuk rasa di depan DPRD, Senin (10/6/2024). Mereka lalu MEMBLOKADE jalan.", "MEMBLOKADE", "asserted", ("2024-06-10", "day")),
    # the nearest one before the event wins
    ("Rapat digelar Senin (10/6). Demo pecah Rabu (12/6). Polisi lalu MENANGKAP tiga orang.", "MENANGKAP", "asserted", ("2024-06-12", "day")),
    # a future event takes a future expression before it
    ("Sidang dijadwalkan Senin (17/6/2024). Jaksa akan MENGHADIRKAN lima saksi.", "MENGHADIRKAN", "future", ("2024-06-17", "day")),
])
def test_rule_paragraph(text, trigger, modality, expected):
    assert _date(text, trigger, modality) == (*expected, "paragraph")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Judul berita\nMassa berunjuk rasa, Senin (10/6/2024).\nPolisi kemudian MEMBUBARKAN mereka.", "MEMBUBARKAN", ("2024-06-10", "day")),
])
def test_rule_nearby(text, trigger, expected):
    assert _date(text, trigger) == (*expected, "nearby")


def test_rule_nearby_is_bounded():
    text = "Massa berunjuk rasa, Senin (10/6/2024).\nSatu.\nDua.\nPolisi MEMBUBARKAN mereka."
    assert _date(text, "MEMBUBARKAN")[2] != "nearby"
    # a background date does not cross a paragraph break
    text = "Judul\nSaham itu menembus US$ 122 pada 10 Februari 2015.\nApple lalu MENGGUGAT Samsung."
    assert _date(text, "MENGGUGAT") == ("2024-06-14", "day", "published")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the lead's date, several paragraphs on
    ("Kericuhan di Makassar\nPolisi menahan 12 orang usai demo di Makassar, Rabu (12/6/2024).\nSatu.\nDua.\nTiga.\n"
     "Kapolrestabes juga MEMERIKSA dua saksi.", "MEMERIKSA", ("2024-06-12", "day")),
    # the lead's first date is background ("sejak 2019"): the next governing one is the lead date
    ("Warga menolak tambang sejak 2019 dan kembali berdemo Selasa (11/6/2024).\nSatu.\nDua.\nTiga.\nWarga MENUNTUT izin dicabut.",
     "MENUNTUT", ("2024-06-11", "day")),
    # one sentence a paragraph: the lead runs across paragraph breaks (after the headline)
    ("Ahok Dituntut 1 Tahun\nTerdakwa dituntut satu tahun penjara.\nTuntutan dibacakan jaksa, Kamis (13/6/2024).\nSatu.\nDua.\nTiga.\n"
     "Pengacara MENOLAK tuntutan itu.", "MENOLAK", ("2024-06-13", "day")),
])
def test_rule_lead(text, trigger, expected):
    assert _date(text, trigger) == (*expected, "lead")


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Presiden MENGECAM serangan itu.", "MENGECAM", "asserted"),
    # a quoted past date dates nothing outside its quote, in a later paragraph
    ("Warga berkumpul di balai desa.\n\"Kami sudah lapor polisi pada Senin (3/6/2024),\" kata Ketua RT.\nSatu.\nDua.\n"
     "Warga MENUNTUT polisi bertindak.", "MENUNTUT", "asserted"),
    # a lead date that is a month older than the publication is background, not the report's date
    ("Kasus ini bermula pada Rabu (1/5/2024) saat korban dipukul.\nSatu.\nDua.\nTiga.\nPolisi MENAHAN pelaku.", "MENAHAN", "asserted"),
    # a planned event does not take the lead (a past day) but the publication day
    ("Polisi menahan X, Rabu (12/6/2024).\nSatu.\nDua.\nTiga.\nJaksa akan MENUNTUT X.", "MENUNTUT", "future"),
    # a duration is no date
    ("Polisi MENAHAN X selama tiga hari.", "MENAHAN", "asserted"),
])
def test_rule_published(text, trigger, modality):
    assert _date(text, trigger, modality) == ("2024-06-14", "day", "published")


def test_without_any_base_an_undated_event_stays_undated():
    assert _date("Presiden MENGECAM serangan itu.", "MENGECAM", base=None) is None
    # a relative expression of its own sentence is kept, flagged relative (value None)
    assert _date("Presiden MENGECAM serangan itu kemarin.", "MENGECAM", base=None) == (None, "day", "sentence")


@pytest.mark.parametrize(("text", "modality", "reason"), [
    ("\"Kami lapor Senin (10/6/2024),\" kata dia. X", "asserted", "quoted"),
    ("Warga menolak sejak 2019. X", "asserted", "bound"),
    ("Aksi digelar pekan depan. X", "asserted", "forward"),
    ("Polisi menangkap X Senin (10/6/2024). X", "future", "past"),
    ("Polisi menangkap X Senin (10/6/2024). X", "hypothetical", None),  # "diduga membunuh": reported, not planned
    ("Aksi digelar pekan depan. X", "hypothetical", None),
    ("Polisi menangkap X Senin (10/6/2024). X", "asserted", None),
])
def test_what_blocks_a_governing_expression(text, modality, reason):
    lay = layout(text, _sentences(text), find_dates(text, BASE), BASE)
    assert blocks(lay.stamps[0], EventAt(len(lay.sentences) - 1, len(text) - 1, modality)) == reason


def test_step_dates_every_event_of_a_protest_article():
    """The issue's complaint: 12 of 13 events of a Makassar protest article had no date."""
    from warta.clean.step import Clean
    from warta.engine.ingest import default_stages
    from warta.records import Document

    text = ("MAKASSAR, KOMPAS.com - Ribuan mahasiswa berunjuk rasa di depan kantor DPRD Sulawesi Selatan, Makassar, "
            "Kamis (13/6/2024). Mereka menolak revisi undang-undang penyiaran.\n\n"
            "Massa membakar ban dan memblokade Jalan Urip Sumoharjo. Polisi menembakkan gas air mata untuk membubarkan massa.\n\n"
            "Kapolrestabes Makassar mengatakan polisi menangkap 12 mahasiswa. \"Mereka kami periksa,\" katanya.\n\n"
            "Mahasiswa mengancam akan kembali berdemo pekan depan.")  # fmt: skip
    doc = Document(doc_id="mks", content_hash="mks", source_file="t", position="", source_format="txt", raw_text=text,
                   published="2024-06-14", language="id")  # fmt: skip
    docs = Clean()([doc])
    for step in default_stages():
        docs = step(docs)
    events = docs[0].annotations.events
    assert len(events) >= 4
    assert all(e.date is not None for e in events)
    sources = {e.date.source for e in events}
    assert sources & {"paragraph", "nearby", "lead"}
    by_trigger = {e.trigger.text.lower(): e.date for e in events}
    assert all(d.value == "2024-06-13" for t, d in by_trigger.items() if t in ("membakar", "memblokade", "menangkap"))


def test_the_store_and_the_api_keep_the_date_source(tmp_path):
    """date.source goes into the store (events.date_source) and comes back in the API record."""
    import json

    import duckdb
    from conftest import run_warta

    from warta.serve import queries
    from warta.serve.cache import open_served
    from warta.serve.filters import EventFilter

    corpus = tmp_path / "a.jsonl"
    text = ("MAKASSAR, KOMPAS.com - Ribuan mahasiswa berunjuk rasa di depan kantor DPRD Sulawesi Selatan, Kamis (13/6/2024).\n"
            "Polisi menembakkan gas air mata untuk membubarkan massa. Polisi menangkap 12 mahasiswa.")  # fmt: skip
    corpus.write_text(json.dumps({"id": "mks", "title": "Demo di Makassar", "text": text, "published": "2024-06-14"}) + "\n", "utf-8")
    db = tmp_path / "s.duckdb"
    r = run_warta("ingest", str(corpus), "--db", str(db), "-q")
    assert r.returncode == 0, r.stderr.decode()
    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute("SELECT date_value, date_source FROM events ORDER BY trigger_start").fetchall()
    assert stored and all(v and s for v, s in stored) and {s for _, s in stored} - {"sentence"}
    served = open_served(db)
    _, rows = queries.event_rows(served.cursor(), EventFilter.parse(), 50, 0)
    assert sorted(queries.event_record(r)["date"]["source"] for r in rows) == sorted(s for _, s in stored)
