"""Found reading 400 more real articles (session 20): each row a phenomenon of real news."""

from __future__ import annotations

import pytest

from warta.actors.match import find_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's short form glued to a dollar sign is a currency, not the country
        ("Penghasilan BTS sebesar US$ 60 juta tahun ini.", []),
        ("Harga minyak naik ke US$12 per barel.", []),
        ("Sejumlah politisi AS menolak usulan itu.", [("AS", "usa")]),
        ("Nilainya HK$ 5 miliar, kata warga Hong Kong.", [("warga Hong Kong", "hkg")]),
    ],
)
def test_a_currency_is_no_country(text, expected):
    assert [(m.text, m.actor_id) for m in find_mentions(text)] == expected
