"""Discovered actors: a name the register does not list gets its type and sector from its head
words (src/warta/data/actors/org_heads.json) and an id from its folded name, the same in every
document and run."""

import pytest

from warta.actors.discover import discover
from warta.actors.match import find_mentions, new_actor
from warta.actors.register import load_register

HEADS = [  # name, NER label, type, sector
    ("PT Bangun Karya Persada", "ORG", "business", "BUS"),
    ("Bank Nusantara Makmur", "ORG", "business", "BUS"),
    ("Koperasi Tani Sejahtera", "ORG", "business", "BUS"),
    ("Universitas Pelita Timur", "ORG", "generic_group", "EDU"),
    ("Politeknik Negeri Lhokseumawe", "ORG", "generic_group", "EDU"),
    ("Sekolah Tinggi Ilmu Ekonomi Garuda", "ORG", "generic_group", "EDU"),
    ("Pondok Pesantren Al Hikmah", "ORG", "religious_body", "EDU"),
    ("Rumah Sakit Mitra Sehat", "ORG", "business", "MED"),
    ("RSUD Kartini", "ORG", "state_organ", "MED"),
    ("Polres Bandara Kualanamu", "ORG", "police", "COP"),
    ("Polsek Pancoran Mas", "ORG", "police", "COP"),
    ("Satreskrim Polres Kampar", "ORG", "police", "COP"),
    ("Kodim Pidie", "ORG", "armed_force", "MIL"),
    ("Lanud Adi Soemarmo", "ORG", "armed_force", "MIL"),
    ("Pengadilan Militer Jayapura", "ORG", "state_organ", "JUD"),
    ("Dinas Perhubungan Kota Medan", "ORG", "state_organ", "GOV"),
    ("Direktorat Jenderal Cipta Karya", "ORG", "state_organ", "GOV"),
    ("Yayasan Pelita Pesisir", "ORG", "ngo", "NGO"),
    ("Serikat Pekerja Pelabuhan", "ORG", "ngo", "CVL"),
    ("Partai Rakyat Adil", "ORG", "party", "PTY"),
    ("Gereja Kristen Pasundan", "ORG", "religious_body", "REL"),
    ("Harian Pos Timur", "ORG", "media", "JRN"),
    ("Rumah Makan Sederhana", "ORG", "generic_group", None),  # "rumah" alone is no hospital
    ("Cahaya Abadi Sentosa", "ORG", "generic_group", None),
    ("Budi Santoso", "PER", "person", None),
]


@pytest.mark.parametrize(("name", "label", "kind", "sector"), HEADS)
def test_head_words_give_type_and_sector(name, label, kind, sector):
    m = new_actor(load_register(), name, 0, len(name), label)
    assert (m.type, m.sector, m.rule) == (kind, sector, "discovered")


def test_same_name_same_id_in_every_document():
    reg = load_register()
    a = new_actor(reg, "Kemarin PT Bangun Karya Persada menolak.", 8, 31, "ORG")
    b = new_actor(reg, "pt bangun  karya persada", 0, 24, "ORG")  # not capitalised: no actor
    c = new_actor(reg, "Direksi PT Bangun Karya-Persada", 8, 31, "ORG")
    assert a.actor_id == c.actor_id == "new-pt-bangun-karya-persada" and b is None


def test_discovered_from_ner_and_from_a_head_in_text():
    text = "Kemarin Rumah Sakit Mitra Sehat mengadu ke Lanud Adi Soemarmo."
    found = {m.text: (m.actor_id, m.sector) for m in find_mentions(text)}
    assert found["Rumah Sakit Mitra Sehat"] == ("new-rumah-sakit-mitra-sehat", "MED")
    assert found["Lanud Adi Soemarmo"] == ("new-lanud-adi-soemarmo", "MIL")
    text = "Cahaya Abadi Sentosa membantah tuduhan itu."
    assert [(m.actor_id, m.type) for m in discover(text, [], [(0, 20, "ORG")], load_register())] == [("new-cahaya-abadi-sentosa", "generic_group")]
