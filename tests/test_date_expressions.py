"""Date expressions (issue 6), resolved against a base date."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import ROOT, run_warta

from warta.dates.expressions import find_dates
from warta.evaluate.dates import evaluate

BASE = date(2024, 6, 12)  # a Wednesday


def found(text: str, base: date | None = BASE) -> list[tuple]:
    return [(d.text, d.value, d.precision) for d in find_dates(text, base)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Selasa (11/6/2024)", ("Selasa (11/6/2024)", "2024-06-11", "day")),
        ("Selasa (11/6)", ("Selasa (11/6)", "2024-06-11", "day")),
        ("12 Juni 2024", ("12 Juni 2024", "2024-06-12", "day")),
        ("kemarin", ("kemarin", "2024-06-11", "day")),
        ("hari ini", ("hari ini", "2024-06-12", "day")),
        ("tadi malam", ("tadi malam", "2024-06-11", "day")),
        ("dua hari lalu", ("dua hari lalu", "2024-06-10", "day")),
        ("pekan lalu", ("pekan lalu", "2024-W23", "week")),
        ("Senin lalu", ("Senin lalu", "2024-06-10", "day")),
        ("awal Juni", ("awal Juni", "2024-06", "month")),
        ("akhir bulan ini", ("akhir bulan ini", "2024-06", "month")),
        ("tahun lalu", ("tahun lalu", "2023", "year")),
        ("pada 1998", ("1998", "1998", "year")),
        ("Desember lalu", ("Desember lalu", "2023-12", "month")),
        ("sepekan lalu", ("sepekan lalu", "2024-W23", "week")),
    ],
)
def test_expressions(text, expected):
    assert found(f"Peristiwa itu terjadi {text}.") == [expected]


def test_weekday_checked_against_the_date():
    (d,) = find_dates("Senin (12/6/2024)", BASE)
    assert d.weekday_mismatch and d.value == "2024-06-12"
    (d,) = find_dates("Rabu (12/6/2024)", BASE)
    assert not d.weekday_mismatch


def test_a_weekday_picks_the_year_it_fits():
    # 2 January is a Tuesday in 2024: an article of 31 December 2023 means next week
    assert found("kantor kembali buka Selasa (2/1).", date(2023, 12, 31)) == [("Selasa (2/1)", "2024-01-02", "day")]


@pytest.mark.parametrize(
    "text",
    ["Barang bukti 1,5 kg sabu.", "Harganya Rp 2.024 per lembar.", "Sebanyak 2024 orang hadir.", "pukul 20.00 WIB",
     "Pasal 12 ayat 3", "UU Nomor 6 Tahun 2023 tentang Cipta Kerja", "Skor akhir 3-1.", "selama dua minggu ke depan"],
)
def test_false_positives_rejected(text):
    assert found(text) == []


def test_schedules_are_not_dates_and_plans_look_forward():
    assert found("Posyandu buka setiap Senin dan Kamis.") == []
    assert found("Kementerian menargetkan aturan itu terbit pertengahan Juni.", date(2025, 5, 31)) == [("pertengahan Juni", "2025-06", "month")]


@pytest.mark.parametrize(
    "text, base, expected",
    [
        ("Iduladha jatuh pada 17 Juni.", date(2024, 6, 10), ("17 Juni", "2024-06-17", "day")),  # nearest: a week ahead
        ("Arus balik diprediksi memuncak 1 Januari.", date(2023, 12, 27), ("1 Januari", "2024-01-01", "day")),
        ("Sidang dijadwalkan Jumat (18/7).", date(2024, 7, 15), ("Jumat (18/7)", "2024-07-18", "day")),  # weekday wrong, date near
        ("Pendaftaran dibuka 1 Apr hingga 15 Apr 2024.", date(2024, 3, 20), ("1 Apr", "2024-04-01", "day")),
        ("Surat tertanggal 4/9/23 itu sampai kemarin.", date(2023, 9, 12), ("4/9/23", "2023-09-04", "day")),
        ("Kesepakatan diteken September 28 di Singapura.", date(2023, 10, 2), ("September 28", "2023-09-28", "day")),
        ("Harga naik hampir 24 persen sejak Januari.", date(2025, 4, 14), ("Januari", "2025-01", "month")),
    ],
)
def test_day_and_month_without_a_year(text, base, expected):
    assert found(text, base)[0] == expected


def test_street_names_are_not_dates():
    assert found("Kemacetan terjadi di Jalan 17 Agustus, Manado.") == []


def test_odd_unicode_case_folding_is_no_crash():
    # re.I folds "İ" and "ſ" to letters our word lists do not hold: no date, no exception
    assert found("datang KEMARİN sore dan ſeminggu lalu") == []


def test_without_a_base_relative_dates_are_flagged_not_guessed():
    (d,) = find_dates("Polisi menangkapnya kemarin.", None)
    assert d.value is None and d.relative
    assert found("pada 12 Juni 2024", None) == [("12 Juni 2024", "2024-06-12", "day")]


def test_dates_cli():
    r = run_warta("dates", "Selasa (12/6) dan pekan lalu", "--base", "2024-06-14")
    assert r.returncode == 0, r.stderr.decode()
    rows = json.loads(r.stdout)
    assert [(x["text"], x["value"], x["precision"], x["start"], x["end"]) for x in rows] == [
        ("Selasa (12/6)", "2024-06-12", "day", 0, 13), ("pekan lalu", "2024-W23", "week", 18, 28),
    ]  # fmt: skip
    assert run_warta("dates", "x", "--base", "12-06-2024").returncode == 2


def test_published_date_from_the_url_when_missing():
    from warta.dates.stage import base_date
    from warta.records import Document

    doc = Document(doc_id="u", content_hash="u", source_file="-", position="", source_format="txt", raw_text="",
                   url="https://nasional.kompas.com/read/2024/06/12/10301231/polisi-tangkap")  # fmt: skip
    assert base_date(doc) == date(2024, 6, 12) and doc.metadata["published_from"] == "url"


@pytest.mark.parametrize(
    ("published", "url", "expected", "corrected"),
    [
        # a spreadsheet read 10/09/2019 month first: the URL's 2019/09/10 is the day
        ("2019-10-09T17:57:00+07:00", "https://nasional.kompas.com/read/2019/09/10/17574791/laode", "2019-09-10T17:57:00+07:00", True),
        ("2019-09-16", "https://regional.kompas.com/read/2019/09/16/20084941/kualitas-udara", "2019-09-16", False),
        # a URL dated otherwise (an update, a later day) does not overrule the record
        ("2019-09-18", "https://nasional.kompas.com/read/2019/09/17/123/kpk", "2019-09-18", False),
        ("2019-05-03", "https://example.com/2018/03/05/x", "2019-05-03", False),  # another year
    ],
)
def test_a_publication_date_with_day_and_month_swapped_is_read_from_the_url(published, url, expected, corrected):
    from warta.dates.stage import base_date
    from warta.records import Document

    doc = Document(doc_id="u", content_hash="u", source_file="-", position="", source_format="txt", raw_text="", url=url, published=published)
    assert base_date(doc) == date.fromisoformat(expected[:10]) and doc.published == expected
    assert ("published_from" in doc.metadata) == corrected


def test_accuracy_floors():
    assert evaluate(ROOT / "tests/fixtures/dates/dev.jsonl").accuracy >= 0.97
    assert evaluate(ROOT / "tests/fixtures/dates/dev2.jsonl").accuracy >= 0.97
    assert evaluate(ROOT / "tests/fixtures/dates/dev3.jsonl").accuracy >= 0.97
    assert evaluate(ROOT / "tests/fixtures/dates/test.jsonl").accuracy >= 0.95
