"""Session 22's coreference changes (issue 15, real news), each with its own table: a text where
the change decides and one where it must leave the reading as it was."""

from __future__ import annotations

import pytest
from conftest import resolved

# A bare police body ("Polsek", "Polres", "Polresta", "Polda": anaphora.json word_again) is the
# name it begins read before (rule word_again), not the nearest police; followed by a capitalised
# word it begins a name no mention holds and is no bare noun: (text, anaphor, antecedent or None: no mention there)
POLICE_AGAIN = [
    ("Korban melapor ke Polsek Pondok Aren. Polda Metro Jaya ikut menyelidiki. Satpam gereja lalu melaporkan ke Polsek.",
     "Polsek", "Polsek Pondok Aren"),  # real train: was no mention
    ("Pelaku diserahkan ke Polres Metro Jakarta Selatan. Polda Metro Jaya memantau. Keluarga korban datang ke Polres.",
     "Polres", "Polres Metro Jakarta Selatan"),
    ("Ledakan terdengar dari Mako Brimob Polda Jawa Tengah pada Sabtu.", "Polda", None),  # the start of a name: was a bare "Polda"
    ("Warga melapor ke Polsek Sukawati (Bali) pada Senin.", "Polsek", None),  # inside a name
    # a comma is no name going on (the review of session 22: "ke Polsek, Senin" lost its mention)
    ("Korban melapor ke Polsek Pondok Aren. Polda Metro Jaya ikut menyelidiki. Satpam gereja melaporkan ke Polsek, Senin (12/3).",
     "Polsek", "Polsek Pondok Aren"),
]


@pytest.mark.parametrize("text, anaphor, antecedent", POLICE_AGAIN)
def test_a_bare_police_body_is_the_name_it_begins(text, anaphor, antecedent):
    got = resolved(text)
    if antecedent is None:
        assert anaphor not in got, got
        return
    assert got[anaphor][0] == "word_again" and got[anaphor][2] == antecedent, got
    assert resolved(text, without={"word_again"})[anaphor][2] != antecedent  # the rule does it
