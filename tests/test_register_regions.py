"""Regional offices cover every province, regency and city of the Kepmendagri 2025 codes,
through the real matcher: each form of a place gives one id, and the data file is what its
build script makes."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from warta.actors.match import find_mentions
from warta.actors.register import load_register

ROOT = Path(__file__).resolve().parents[1]
REGIONS = ROOT / "src/warta/data/actors/regions.json"
CSV = Path("/work/shared/corpora/id-admin-regions/derived/wilayah_kode_nama.csv")
PLACES = json.loads(REGIONS.read_text("utf-8"))["places"]


def _bare(place: dict) -> str:
    return re.sub(r"^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) ", "", place["name"]).replace("Kep. ", "Kepulauan ")


def _only(text: str):
    ms = find_mentions(text)
    assert len(ms) == 1 and (ms[0].start, ms[0].end) == (0, len(text)), (text, [(m.text, m.actor_id) for m in ms])
    return ms[0]


def test_all_38_provinces_and_514_regencies_and_cities():
    levels = [p["level"] for p in PLACES]
    assert (levels.count("province"), levels.count("regency") + levels.count("city")) == (38, 514)
    assert len({p["slug"] for p in PLACES}) == 552


@pytest.mark.parametrize("level", ["province", "regency", "city"])
def test_every_place_through_the_matcher(level):
    reg = load_register()
    for p in (p for p in PLACES if p["level"] == level):
        slug, bare = p["slug"], _bare(p)
        if level == "province":
            cases = {f"Pemprov {bare}": f"idn-pemprov-{slug}", f"Pemerintah Provinsi {bare}": f"idn-pemprov-{slug}",
                     f"DPRD Provinsi {bare}": f"idn-dprd-{slug}", f"Kejati {bare}": f"idn-kejati-{slug}",
                     f"Pengadilan Tinggi {bare}": f"idn-pt-{slug}", f"Polda {bare}": p["polda"]}  # fmt: skip
        else:
            kind, gov = ("Kabupaten", "pemkab") if level == "regency" else ("Kota", "pemkot")
            cases = {f"Pem{gov[3:]} {bare}": f"idn-{gov}-{slug}", f"DPRD {kind} {bare}": f"idn-dprd-{slug}",
                     f"Polres {kind} {bare}": f"idn-polres-{slug}", f"Kejari {kind} {bare}": f"idn-kejari-{slug}",
                     f"Pengadilan Negeri {kind} {bare}": f"idn-pn-{slug}", f"Satpol PP {kind} {bare}": f"idn-satpol-pp-{slug}",
                     f"KPU {kind} {bare}": f"idn-kpu-{slug}"}  # fmt: skip
        for text, wanted in cases.items():
            m = _only(text)
            assert m.actor_id == wanted, (text, m.actor_id, wanted)
        if level != "province":
            assert _only(f"Polres {kind} {bare}").org_id == p["polda"] and p["polda"] in reg.actors


def test_press_forms_and_shared_names():
    said = "Pemprov Jabar, Pemerintah Provinsi Jawa Barat, DPRD Kota Bogor, DPRD Bogor, Polresta Bogor Kota, Kejari Jaksel, Pemda Sumedang, Pemda DKI Jakarta, Polda Jawa Barat, Polres Depok"
    got = [(m.text, m.actor_id) for m in find_mentions(said)]
    assert got == [("Pemprov Jabar", "idn-pemprov-jawa-barat"), ("Pemerintah Provinsi Jawa Barat", "idn-pemprov-jawa-barat"),
                   ("DPRD Kota Bogor", "idn-dprd-kota-bogor"), ("DPRD Bogor", "idn-dprd-bogor"),
                   ("Polresta Bogor Kota", "idn-polres-kota-bogor"), ("Kejari Jaksel", "idn-kejari-jakarta-selatan"),
                   ("Pemda Sumedang", "idn-pemkab-sumedang"), ("Pemda DKI Jakarta", "idn-pemprov-jakarta"),
                   ("Polda Jawa Barat", "idn-polda-jabar"), ("Polres Depok", "idn-polres-depok")]  # fmt: skip
    assert find_mentions("Polres Depok")[0].org_id == "idn-polda-metro-jaya"  # Depok's police reports to Jakarta


def test_the_place_ends_the_office():
    """A headline's capitalised words after the place are not part of the office, and a word that
    is no place (on the next line) makes none."""
    assert [(m.text, m.actor_id) for m in find_mentions("Pemprov Jabar Gandeng Perusahaan Rintisan")][:1] == [("Pemprov Jabar", "idn-pemprov-jawa-barat")]
    assert not [m for m in find_mentions("Petugas Satpol PP\nMungkin tidak datang.") if "mungkin" in (m.actor_id or "")]
    assert [m.actor_id for m in find_mentions("Polres Pelabuhan Tanjung Perak")] == ["idn-polres-pelabuhan-tanjung-perak"]  # other_names
    assert not [m for m in find_mentions("Kejari Atlantis") if (m.actor_id or "").startswith("idn-")]  # no such regency: a discovered name at most


@pytest.mark.skipif(not CSV.exists(), reason="needs the id-admin-regions corpus")
def test_build_script_reproduces_the_file(tmp_path):
    out = tmp_path / "regions.json"
    subprocess.run([sys.executable, str(ROOT / "training/actors/build_regions.py"), "--out", str(out)], check=True, capture_output=True)
    assert out.read_text("utf-8") == REGIONS.read_text("utf-8")


def test_an_office_is_named_canonically():
    """Whatever form the text uses, the mention's name is the office's own name, so that every
    form of it reads the same in the store ("Pemprov Jabar" is "Pemerintah Provinsi Jawa Barat")."""
    said = "Pemprov Jabar, Pemda Sumedang, Pemda DKI, DPRD Kota Bogor, Polresta Bogor Kota"
    assert [m.name for m in find_mentions(said)] == ["Pemerintah Provinsi Jawa Barat", "Pemerintah Kabupaten Sumedang",
                                                     "Pemerintah Provinsi DKI Jakarta", "DPRD Kota Bogor", "Polres Kota Bogor"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dinas Kesehatan Kabupaten Polewali Mandar menyatakan.", ("Dinas Kesehatan Kabupaten Polewali Mandar", "idn-dinkes-polewali-mandar")),
        ("Dinkes Kota Batam menyatakan.", ("Dinkes Kota Batam", "idn-dinkes-batam")),
        ("Dishub DKI Jakarta menilang.", ("Dishub DKI Jakarta", "idn-dishub-jakarta")),
        ("Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Barat mendata.", ("Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Barat", "idn-disnaker-jawa-barat")),
        ("BPBD Provinsi NTB mencatat korban.", ("BPBD Provinsi NTB", "idn-bpbd-nusa-tenggara-barat")),
    ],
)
def test_regional_offices_of_the_dinas(text, expected):
    """A province's, regency's or city's dinas (PP 18/2016), every form of the place one id."""
    assert expected in [(m.text, m.actor_id) for m in find_mentions(text)]
