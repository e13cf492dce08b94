"""Publication dates as Indonesian outlets and feeds print them."""

from __future__ import annotations

import pytest

from warta.dates.published import parse_published


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("2024-03-12", "2024-03-12"),
        ("2024-03-12T10:00:00+07:00", "2024-03-12T10:00:00+07:00"),
        ("2019-09-18 23:01 WIB", "2019-09-18T23:01:00+07:00"),
        ("Selasa, 12 Maret 2024 14:30 WIB", "2024-03-12T14:30:00+07:00"),
        ("Senin, 4 November 2024 | 09:15 WITA", "2024-11-04T09:15:00+08:00"),
        ("19/09/2019 07:00 WIB", "2019-09-19T07:00:00+07:00"),
        ("10-Sep-19 17:22", "2019-09-10T17:22:00"),
        ("Oktober 07, 2019 -", "2019-10-07"),
        ("28 Agustus 2019", "2019-08-28"),
        ("Tue, 12 Mar 2024 07:00:00 +0700", "2024-03-12T07:00:00+07:00"),
        ("Tue, 12 Mar 2024 07:00:00 GMT", "2024-03-12T07:00:00+00:00"),
        ("Rabu (13/3/2024)", "2024-03-13"),
    ],
)
def test_printed_dates(printed: str, iso: str):
    assert parse_published(printed) == iso


@pytest.mark.parametrize("printed", ["kemarin", "", "31 Februari 2024", "bukan tanggal", "Rp 2.024"])
def test_no_date_is_invented(printed: str):
    assert parse_published(printed) is None
