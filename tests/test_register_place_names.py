"""Place names are not countries: a country or people word inside the name of a
neighbourhood, village or street ("Bidara Cina" in East Jakarta, "Kampung Arab", "Jalan
Jepang") gives no country actor, while the country acting stays one ("pemerintah Cina",
"warga Arab Saudi", "Presiden Cina"). Run through the real matcher and coreference."""

import subprocess
import sys
from pathlib import Path

import pytest

from warta.actors.coref import resolve_mentions

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = {"chn", "sau", "jpn", "ind", "nld", "egy", "usa", "mys", "rus"}


def _countries(text: str) -> list[tuple[str, str]]:
    """(text, id) of the mentions that name a country or one of its sectors."""
    return [(m.text, m.actor_id) for m in resolve_mentions(text) if m.actor_id in COUNTRIES]


@pytest.mark.parametrize(
    "text",
    [
        "Banjir setinggi satu meter melanda Bidara Cina, Jakarta Timur.",  # a kelurahan of Jatinegara (place_names.json)
        "Warga Bidara Cina mengungsi ke masjid.",
        "Kelurahan Bidara Cina menyiapkan posko.",
        "Stasiun Pondok Cina di Depok penuh penumpang.",  # a kelurahan of Beji, Depok
        "Nelayan Tanjung Rusia menolak tambang pasir.",  # a village in Belitung
        "Ratusan warga Kampung Arab di Pekojan berkumpul.",
        "Bom meledak di Terminal Kampung Melayu.",
        "Wisatawan memadati kawasan Pecinan Glodok.",
        "Warga Kampung Jawa menggelar kerja bakti.",
        "Kampung Cina dan Kampung India di kota itu ramai.",  # place_name_heads: "Kampung"
        "Polisi menutup Jalan Jepang di Surabaya.",  # "Jalan"
        "Sebuah rumah di Gang Mesir terbakar.",  # "Gang"
        "Desa Amerika di Lombok menjadi tujuan wisata.",  # "Desa"
        "Jl. Belanda ditutup sementara.",
        "Dua kapal ditahan di perairan Laut Jepang.",  # feature_name_heads: "Laut", opening the name
        "Nelayan itu ditangkap di perairan Semenanjung Malaysia.",
        "Di Laut Jepang kapal Korea Utara menembakkan rudal.",  # a capitalised "Di" is no body's word
        "Kapal itu melintas di perairan Laut China Selatan.",  # a guard: place_suffixes decide it already
    ],
)
def test_a_country_word_in_a_place_name_is_no_actor(text):
    assert _countries(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pemerintah Cina menolak tuduhan itu.", ("Pemerintah Cina", "chn")),
        ("Sebanyak 30 warga Arab Saudi ditahan.", ("30 warga Arab Saudi", "sau")),
        ("Presiden Cina Xi Jinping tiba di Jakarta.", None),  # the person, with his country's id below
        ("Cina menolak usulan itu.", ("Cina", "chn")),
        ("Jepang mengirim bantuan ke Bidara Cina.", ("Jepang", "jpn")),  # the place beside it does not hide the country
        ("Kedutaan Besar Cina di Jakarta membantah.", ("Kedutaan Besar Cina", "chn")),
        ("Ia mengatakan jalan Cina menuju perdamaian panjang.", ("Cina", "chn")),  # lower-case "jalan": a way, not a street
        ("Warga Cina ditahan di perbatasan.", ("Warga Cina", "chn")),
        ("Angkatan Laut Jepang mengirim dua kapal.", ("Angkatan Laut Jepang", "jpn")),  # a navy: "Laut" inside a body's name
    ],
)
def test_the_country_acting_stays_an_actor(text, expected):
    if expected is None:
        m = resolve_mentions(text)[0]
        assert (m.text, m.actor_id, m.country) == ("Presiden Cina Xi Jinping", "chn-xi-jinping", "CHN")
    else:
        assert expected in _countries(text)
    if "Bidara Cina" in text:
        assert [c for c in _countries(text) if "Cina" in c[0]] == []


def test_build_script_reproduces_the_place_names():
    done = subprocess.run([sys.executable, str(ROOT / "training/actors/build_place_names.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_residents_of_such_a_place_are_one_group_of_no_country():
    """The place name is read whole after a role noun: the residents of Bidara Cina, not of "Bidara"."""
    m = resolve_mentions("Warga Bidara Cina mengungsi ke masjid.")[0]
    assert (m.text, m.actor_id) == ("Warga Bidara Cina", None)
    assert m.country != "CHN"
    assert _countries("Warga Cina ditahan di perbatasan.") == [("Warga Cina", "chn")]
