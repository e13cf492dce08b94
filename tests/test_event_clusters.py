"""Word clusters from raw news (warta.events.clusters): words used alike share a cluster, and
the tagger reads a token's clusters, so weights learned for seen trigger words reach unseen ones."""

from __future__ import annotations

import pytest

from warta.events.clusters import NONE, cluster_features, clusters_of
from warta.events.tagger import token_features
from warta.events.view import SentenceView


@pytest.mark.parametrize(
    ("word", "alike"),
    [
        ("ditangkap", "diringkus"),  # arrest
        ("ditangkap", "menangkap"),
        ("menggandeng", "bekerjasama"),  # cooperation
    ],
)
def test_words_used_alike_share_a_narrow_cluster(word: str, alike: str):
    assert clusters_of(word)[1] == clusters_of(alike)[1] != "-"


def test_acts_of_different_kinds_do_not_share_one():
    assert clusters_of("ditangkap")[1] != clusters_of("menggandeng")[1]


def test_case_and_unknown_words():
    assert clusters_of("Ditangkap") == clusters_of("ditangkap")
    assert clusters_of("xyzzyq") == NONE


def test_the_tagger_reads_a_token_and_its_neighbours_clusters():
    words, pos = ["Polisi", "meringkus", "pelaku"], ["NOUN", "VERB", "NOUN"]
    broad, narrow = clusters_of("meringkus")
    features = cluster_features(words, pos, 1)
    assert f"c64={broad}" in features and f"c512={narrow}" in features and f"c64_pos={broad}|VERB" in features
    assert f"prev_c64={clusters_of('Polisi')[0]}" in features
    assert cluster_features(words, pos, 0)[3] == "prev_c64=<s>"
    view = SentenceView(start=0, end=23, words=[w.lower() for w in words], starts=[0, 7, 17], ends=[6, 16, 23], pos=pos, mention_at=[None, None, None])
    assert set(features) <= set(token_features(view, 1))
