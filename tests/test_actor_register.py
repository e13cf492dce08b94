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


def test_gold_data_files_build_the_authored_fixtures():
    """The authored actor sets are built from training/actors/gold/*.json: the builder must
    reproduce every committed fixture exactly (edit the data file, then rebuild)."""
    import json

    import build_gold

    register, roles = build_gold.load_register(), build_gold.load_roles()
    names = sorted(p.stem for p in build_gold.GOLD.glob("*.json"))
    assert names == ["dev", "dev2", "dev3", "dev4", "dev5"]
    for name in names:
        built = build_gold.build(name, register, roles)
        committed = [json.loads(line) for line in (ROOT / "tests" / "fixtures" / "actors" / f"{name}.jsonl").open(encoding="utf-8")]
        assert built == committed, name


def test_gold_builder_rejects_a_dangling_anaphor():
    import build_gold
    import pytest

    register, roles = build_gold.load_register(), build_gold.load_roles()
    doc = {"text": "[[KPK|k]] menangkap [[dia|d]].", "mentions": {"k": {"actor": "idn-kpk"}, "d": {"anaphor": "x"}}}
    with pytest.raises(KeyError):
        build_gold.marked_document("t-001", doc, True, register, roles)
    doc["mentions"]["d"] = {"anaphor": "k"}
    out = build_gold.marked_document("t-001", doc, True, register, roles)
    assert out["text"] == "KPK menangkap dia." and out["mentions"][1]["antecedent"] == 0
    assert out["mentions"][1]["actor_id"] == "idn-kpk"
