"""The bench tools' own inputs: the speed corpus beyond one fold, and the machine's scaling probe."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


def test_raw_news_texts_go_past_the_first_fold_without_repeating_an_article():
    from warta.nlp.corpora import corpora_root

    if corpora_root() is None:
        pytest.skip("the shared corpora are not on this machine ($WARTA_CORPORA, ../shared/corpora)")
    from warta.evaluate.nlp import raw_news_texts

    first_fold = raw_news_texts(750)
    more = raw_news_texts(1200)
    assert len(first_fold) == 750 and len(more) == 1200
    assert more[:750] == first_fold  # every figure measured on fold 1 stays comparable
    assert len(set(more)) == 1200


def test_machine_scaling_times_both_ways():
    from machine_scaling import burn, scaling

    assert burn(1000) == sum(i * i % 7 for i in range(1000))
    serial, parallel = scaling(work=20_000)
    assert serial > 0 and parallel > 0
