"""Stems come from a shipped table of frequent news words first (issue 16, speed): the table
must give exactly what Sastrawi gives, and words outside it must still be stemmed."""

from __future__ import annotations

from warta.search.stems import _precomputed, sastrawi_stem, stem, terms


def test_the_shipped_table_agrees_with_sastrawi():
    table = _precomputed()
    assert len(table) > 30_000
    words = sorted(table)[::25]  # 1,500 words spread over the alphabet
    assert [table[w] for w in words] == [sastrawi_stem(w) for w in words]
    assert table["penyerangan"] == "serang" and table["menyerang"] == "serang"


def test_words_outside_the_table_are_stemmed_by_sastrawi():
    table = _precomputed()
    for word in ("dikeroyokinya", "menyerangnyalah", "Diperkosanya", "abc", "x"):
        assert word.lower() not in table
        assert stem(word) == sastrawi_stem(word)
    assert stem("Diperkosanya") == "perkosa"
    assert terms("Polisi menyerang, diserang, penyerangan.")["serang"] == 3
