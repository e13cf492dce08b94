"""Actor mentions by the register (issue 4, first part: no coreference yet)."""

from __future__ import annotations

from conftest import ROOT
from warta.actors.coref import resolve_mentions
from warta.actors.evaluate import evaluate
from warta.actors.match import find_mentions


def found(text: str) -> list[tuple]:
    return [(m.text, m.actor_id, m.type, m.country, m.sector, m.role) for m in find_mentions(text)]


def test_country_forms_and_organs():
    assert found("Militer AS dan pemerintah Israel") == [
        ("Militer AS", "usa-armed-forces", "armed_force", "USA", "MIL", None),
        ("pemerintah Israel", "isr", "country", "ISR", "GOV", None),
    ]


def test_a_country_after_a_place_word_is_a_place_not_an_actor():
    assert found("Serangan terjadi di Lebanon selatan.") == []
    assert found("Ia fasih berbahasa Inggris dan belajar bahasa Arab.") == []


def test_case_sensitive_abbreviations():
    assert [m[1] for m in found("AS menjatuhkan sanksi.")] == ["usa"]
    assert found("Harga naik, as roda patah.") == []


def test_spelling_variants_meet():
    ids = {m[1] for m in found("Kataib Sayyed al-Shuhada, Kata'ib Sayyid Al-Shuhada dan Hezbollah serta Hizbullah")}
    assert ids == {"kataib-sayyid-al-shuhada", "hizbullah"}


def test_roles_make_persons():
    (spokesman,) = found("Juru bicara Hizbullah mengatakan bahwa kelompok itu siap.")[:1]
    assert spokesman == ("Juru bicara Hizbullah", None, "person", "LBN", "REB", "juru bicara")  # a person of the group, not the group
    (president,) = found("Presiden Prabowo Subianto tiba.")
    assert president == ("Presiden Prabowo Subianto", "idn-prabowo-subianto", "person", "IDN", "GOV", "Presiden")


def test_groups_take_their_quantifiers_and_organs_their_parents():
    assert [m[0] for m in found("Tiga terduga teroris ditangkap Densus 88 Antiteror Polri, kata warga setempat.")] == [
        "Tiga terduga teroris", "Densus 88 Antiteror Polri", "warga setempat",
    ]  # fmt: skip


def test_no_match_across_brackets():
    assert [m[0] for m in found("Jamaah Ansharut Daulah (JAD) berbaiat")] == ["Jamaah Ansharut Daulah", "JAD"]


def test_no_match_across_a_sentence_end():
    # "orang. Iran" is not "orang Iran" (people of Iran); "pelaku. AS" is no role + country
    assert [m[0] for m in found("menewaskan 20 orang. Iran dan Yaman mengecam.")] == ["Iran", "Yaman"]
    assert [m[0] for m in found("Polisi menangkap pelaku. AS menjatuhkan sanksi.")][-1] == "AS"
    assert [m[1] for m in found("Pemerintah A.S. mengecam.")] == ["usa"]


def test_dev_set_floors():
    """Regression floors just under the measured level; the issue's targets are higher."""
    s = evaluate(ROOT / "tests" / "fixtures" / "actors" / "dev.jsonl")
    assert s.f1 >= 0.70
    assert s.id_accuracy >= 0.85
    assert s.coref_accuracy >= 0.30


def test_held_out_set_floors():
    """The held-out set (written by another annotator, never used for tuning): floors under the measure."""
    s = evaluate(ROOT / "tests" / "fixtures" / "actors" / "test.jsonl")
    assert s.f1 >= 0.70
    assert s.id_accuracy >= 0.85
    assert s.coref_accuracy >= 0.30


def resolved(text: str) -> list[tuple]:
    ms = resolve_mentions(text)
    return [(m.text, m.actor_id, m.type, None if m.antecedent is None else ms[m.antecedent].text) for m in ms]


def test_the_group_not_its_spokesman():
    got = resolved("Juru bicara Hizbullah mengatakan bahwa kelompok itu sedang mempersiapkan operasi bersama.")
    assert got == [("Juru bicara Hizbullah", None, "person", None), ("kelompok itu", "hizbullah", "armed_group", "Juru bicara Hizbullah")]


def test_descriptions_and_pronouns():
    got = resolved("KPK menahan Bupati Lembah Hijau. Lembaga antirasuah itu menyita dua mobil. "
                   "Ratusan pengungsi tiba di Aceh. Para pengungsi tersebut kelaparan. Negara itu belum bersikap.")  # fmt: skip
    by_text = {t: (a, ant) for t, a, _, ant in got}
    assert by_text["Lembaga antirasuah itu"] == ("idn-kpk", "KPK")
    assert by_text["Para pengungsi tersebut"][1] == "Ratusan pengungsi"
    assert "Negara itu" not in by_text or by_text["Negara itu"][0] is None  # no country named before it


def test_extract_mentions_cli(tmp_path):
    import json as _json

    from conftest import run_warta

    (tmp_path / "hizbullah.txt").write_text(
        "BEIRUT, KOMPAS.com - Juru bicara Hizbullah mengatakan bahwa kelompok itu sedang mempersiapkan operasi "
        "bersama dengan faksi-faksi Palestina di Lebanon selatan. Baca Juga: Israel Gempur Gaza Lagi\n"
        "Militer Israel menyatakan pasukannya siaga penuh di perbatasan utara.",
        "utf-8",
    )
    out = run_warta("extract", str(tmp_path / "hizbullah.txt"), "--mentions", "--documents", str(tmp_path / "docs.jsonl"))
    assert out.returncode == 0, out.stderr.decode()
    records = [_json.loads(line) for line in out.stdout.decode().splitlines()]
    (doc,) = [_json.loads(line) for line in (tmp_path / "docs.jsonl").read_text("utf-8").splitlines()]
    for r in records:  # every span indexes the cleaned text
        assert doc["text"][r["start"] : r["end"]] == r["text"]
    by_text = {r["text"]: r for r in records}
    group = by_text["kelompok itu"]
    assert (group["actor_id"], group["sector"], group["label"]) == ("hizbullah", "REB", None)
    assert group["antecedent"]["text"] == "Juru bicara Hizbullah"
    assert by_text["Militer Israel"]["actor_id"] == "isr-idf"
    assert "Israel Gempur Gaza" not in doc["text"]  # the "Baca Juga" headline is gone before extraction
