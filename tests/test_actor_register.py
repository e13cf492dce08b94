"""Integrity of the actor register and of the actors dev set.

The logic is in training/actors/check_register.py and
check_dev.py (also runnable as scripts).
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "actors"))

import check_dev  # noqa: E402
import check_register  # noqa: E402


def test_register_is_valid():
    errors, _warnings, stats = check_register.check()
    assert errors == [], "\n".join(errors[:50])
    assert stats["actors_per_file"]["countries.jsonl"] == 249


def test_register_aliases_fold():
    f = check_register.fold
    assert f("Kata’ib Sayyid al-Shuhada") == f("kata'ib sayyid al shuhada")
    assert f("Türkiye") == "turkiye"


def test_core_actors_present():
    actors = check_register.load_actors()
    for aid, sector in [("usa", "GOV"), ("idn-polri", "COP"), ("isr-idf", "MIL"), ("hizbullah", "REB"),
                        ("kataib-sayyid-al-shuhada", "REB"), ("un-unrwa", "IGO"), ("idn-kpk", "GOV")]:
        assert actors[aid]["sector"] == sector


def test_dev_set_is_valid():
    errors, stats = check_dev.check()
    assert errors == [], "\n".join(errors[:50])
    assert stats["docs"] >= 60
    assert stats["pronoun_description"] >= 40
