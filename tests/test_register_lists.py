"""The hand-listed families (cabinet, governors, heads of institutions, world leaders,
agencies, BUMN and companies, universities): their build script makes exactly the committed
files, and the matcher finds their people by full name and unambiguous press forms only."""

import json
import subprocess
import sys
from pathlib import Path

from warta.actors.match import find_mentions

ROOT = Path(__file__).resolve().parents[1]
FILES = ["agencies.jsonl", "business.jsonl", "universities.jsonl", "officials.jsonl", "governors.jsonl", "world_leaders.jsonl"]


def test_build_script_reproduces_the_files(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "training/actors/build_lists.py"), "--out", str(tmp_path)], check=True, capture_output=True)
    for name in [*FILES, "office_terms.json"]:
        assert (tmp_path / name).read_text("utf-8") == (ROOT / "src/warta/data/actors" / name).read_text("utf-8"), name


def test_families_are_full():
    rows = {name: [json.loads(line) for line in (ROOT / "src/warta/data/actors" / name).read_text("utf-8").splitlines()] for name in FILES}
    assert len(rows["governors.jsonl"]) >= 35  # every province but Papua (re-vote in 2025), Riau and Kalsel (common names)
    assert sum(r["role"].startswith("Menteri") for r in rows["officials.jsonl"]) >= 48
    assert sum(r["role"].startswith("Wakil Menteri") for r in rows["officials.jsonl"]) >= 40


def _ids(text: str) -> list:
    return [(m.text, m.actor_id) for m in find_mentions(text)]


def test_people_by_name_and_press_form():
    assert _ids("Menteri Keuangan Purbaya Yudhi Sadewa dan Zulhas hadir.") == [
        ("Menteri Keuangan Purbaya Yudhi Sadewa", "idn-purbaya-yudhi-sadewa"), ("Zulhas", "idn-zulkifli-hasan")]
    assert _ids("Gubernur Jawa Barat Dedi Mulyadi bertemu Keir Starmer.")[-1] == ("Keir Starmer", "gbr-keir-starmer")
    assert ("Gubernur Jawa Barat Dedi Mulyadi", "idn-dedi-mulyadi") in _ids("Gubernur Jawa Barat Dedi Mulyadi bertemu Keir Starmer.")


def test_no_bare_first_names_or_common_words():
    """A first name alone, or a name that is also a word, is no one in particular."""
    for text in ("Budi datang ke rumah.", "Sunarto, warga Desa Sukamaju, mengaku rugi.", "Ia membeli apple pie dan meta data.",
                 "Pengadilan menolak gugatan.", "hutan Amazon terbakar"):  # fmt: skip
        assert not [m for m in find_mentions(text) if m.actor_id and not m.actor_id.startswith(("new-", "bra", "idn-pengadilan"))], text
