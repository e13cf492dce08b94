"""news_actors.jsonl (training/actors/build_news_actors.py): the organisations of everyday news
the register lacked — those the real-news train annotations name, state bodies of 2016-2019,
football clubs, regional outlets. The build makes exactly the committed file, and the matcher
finds them by their names but not in ordinary words or names of people and cities."""

import subprocess
import sys
from pathlib import Path

import pytest

from warta.actors.match import find_mentions

ROOT = Path(__file__).resolve().parents[1]


def test_build_script_reproduces_the_file():
    done = subprocess.run([sys.executable, str(ROOT / "training/actors/build_news_actors.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menurut LIPI, spesies itu baru.", ("LIPI", "idn-lipi")),  # merged into BRIN in 2021, named in 2019 news
        ("KNKT menyelidiki kecelakaan itu.", ("KNKT", "idn-knkt")),
        ("Saudi Aramco menghentikan produksi.", ("Saudi Aramco", "sau-aramco")),
        ("Persija Jakarta menjamu PSIS Semarang.", ("Persija Jakarta", "idn-persija")),
        ("Manchester United kalah dari Wolverhampton Wanderers.", ("Wolverhampton Wanderers", "gbr-wolverhampton-wanderers")),
        ("Hasil penelusuran POS-KUPANG.COM menunjukkan hal itu.", ("POS-KUPANG.COM", "idn-pos-kupang")),
        ("Skuad Mutiara Hitam tiba di Jayapura.", ("Mutiara Hitam", "idn-persipura-jayapura")),
    ],
)
def test_found_by_name(text, expected):
    assert expected in [(m.text, m.actor_id) for m in find_mentions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Majelis hakim memvonis terdakwa Surya Atmaja.",  # a person's name, not the newspaper Surya
        "Ia kuliah di Liverpool sejak 2015.",  # the city, not the club (listed only as "Liverpool FC")
        "Nelayan menemukan mutiara hitam di perairan itu.",  # a black pearl, not Persipura
        "Gudang senjata itu disebut arsenal oleh militer.",
    ],
)
def test_not_in_ordinary_words_people_or_cities(text):
    ids = {m.actor_id for m in find_mentions(text)}
    assert not ids & {"idn-harian-surya", "gbr-liverpool-fc", "idn-persipura-jayapura", "gbr-arsenal-fc"}, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pemerintah pusat telah berkoordinasi dengan Pemda Sumedang.", ("Pemerintah pusat", "idn")),
        ("Pihak kepolisian masih menyelidiki kasus itu.", ("Pihak kepolisian", "idn-polri")),
        ("Kemen PPPA mendampingi korban.", ("Kemen PPPA", "idn-kemenpppa")),
    ],
)
def test_press_forms_of_listed_actors(text, expected):
    """news_aliases.json: forms the train annotations give a listed actor's id."""
    assert expected in [(m.text, m.actor_id) for m in find_mentions(text)]
