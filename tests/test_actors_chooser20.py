"""The learned antecedent chooser (warta.actors.chooser, session 20): where the rule ``nearest``
resolves a pronoun, the logistic regression of ``warta/data/actors/chooser.json`` links its
best-scored candidate instead. Each row: the text, its NER persons, the anaphor (its n-th
occurrence), the antecedent the chooser gives and the one ``nearest`` gives with it off."""

from __future__ import annotations

import pytest

from warta.actors import chooser
from warta.actors.coref import resolve_mentions
from warta.actors.rules import RULE_NAMES


def _persons(text: str, *names: str) -> list[tuple[int, int, str]]:
    return [(text.index(n), text.index(n) + len(n), "PER") for n in names]


# (text, NER persons, anaphor, its occurrence, antecedent with the chooser, with it off)
TABLE = [
    # a first-person pronoun again is the first person before it, not the name in between (train rn-random-102)
    ("Andi Soraya: Saya Tidak Peduli Steve Emmanuel, Saya Bantu Anak", ("Andi Soraya", "Steve Emmanuel"), "Saya", 1, "Saya", "Steve Emmanuel"),
    # the sentence's subject, not the nearer object
    ("Budi Santoso bertemu Rudi Hartono di Jakarta. Saya tidak tahu, saya hanya diam.", ("Budi Santoso", "Rudi Hartono"), "Saya", 0, "Budi Santoso", "Rudi Hartono"),
]


def _resolved(text: str, persons: tuple[str, ...], anaphor: str, nth: int, without=()):
    ms = resolve_mentions(text, entities=_persons(text, *persons), without=without)
    m = [m for m in ms if m.text == anaphor][nth]
    return m, (ms[m.antecedent].text if m.antecedent is not None else None)


@pytest.mark.parametrize(("text", "persons", "anaphor", "nth", "chosen", "nearest"), TABLE)
def test_chooser_replaces_nearest(text, persons, anaphor, nth, chosen, nearest):
    m, antecedent = _resolved(text, persons, anaphor, nth)
    assert (m.coref_rule, antecedent) == ("chooser", chosen)
    m, antecedent = _resolved(text, persons, anaphor, nth, without={"chooser"})
    assert (m.coref_rule, antecedent) == ("nearest", nearest)


def test_chooser_keeps_a_pick_it_agrees_with():
    """In "BPBD DKI Jakarta ... pemprov" nearest's pick scores best, so the rule keeps it."""
    ms = resolve_mentions("BPBD DKI Jakarta menaikkan pajak. Gubernur mengatakan pemprov membutuhkan dana.")
    m = next(m for m in ms if m.text == "pemprov")
    assert (m.coref_rule, ms[m.antecedent].text, m.actor_id) == ("nearest", "BPBD DKI Jakarta", "idn-bpbd-jakarta")


def test_chooser_leaves_other_rules_alone():
    """Only the rules the weights file names: a sentence subject stays the rule's."""
    ms = resolve_mentions("Ribuan buruh berunjuk rasa di depan kantor Kementerian Ketenagakerjaan. Mereka menuntut kenaikan upah.")
    m = next(m for m in ms if m.text == "Mereka")
    assert m.coref_rule == "sentence_subject"
    weights = chooser.load_weights()
    assert weights is not None and weights.rules == frozenset({"nearest"}) and "chooser" in RULE_NAMES


def test_candidates_are_bounded():
    """At most MAX_CANDIDATES, none more than BACK_SENTENCES sentences back: a constant per anaphor."""
    names = [f"Budi{chr(97 + k)} Santoso" for k in range(30)]
    text = " ".join(f"{n} datang ke Jakarta." for n in names) + " Saya tidak tahu."
    chooser.COLLECT = []
    try:
        resolve_mentions(text, entities=_persons(text, *names))
        rows = [r for r in chooser.COLLECT if r[0].text == "Saya"]
    finally:
        chooser.COLLECT = None
    assert len(rows) == 1
    candidates = [c.text for c, _, _ in rows[0][2]]
    assert len(candidates) <= chooser.MAX_CANDIDATES and set(candidates) <= set(names[-chooser.BACK_SENTENCES - 1 :])


def test_features_of_a_candidate():
    """The features a candidate gets: its class crossed with the anaphor's kind, how far back, its sentence's first mention."""
    text = "Budi Santoso bertemu Rudi Hartono di Jakarta. Saya tidak tahu."
    chooser.COLLECT = []
    try:
        resolve_mentions(text, entities=_persons(text, "Budi Santoso", "Rudi Hartono"))
        (_, rule, cands, pick) = next(r for r in chooser.COLLECT if r[0].text == "Saya")
    finally:
        chooser.COLLECT = None
    assert rule == "nearest" and pick.text == "Rudi Hartono"
    by_text = {c.text: f for c, _, f in cands}
    assert by_text["Budi Santoso"]["saya:person"] == 1.0 and by_text["Budi Santoso"]["saya:first"] == 1.0
    assert by_text["Rudi Hartono"]["saya:first"] == 0.0 and by_text["Rudi Hartono"]["saya:back1"] == 1.0
    assert chooser.anaphor_kind("kelompok itu") == "desc" and chooser.anaphor_kind("pihaknya") == "nya" and chooser.anaphor_kind("Mereka") == "mereka"
