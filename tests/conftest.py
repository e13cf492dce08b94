from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Short Indonesian articles written for these tests (long enough for language id).
ARTICLE_1 = (
    "JAKARTA, KOMPAS.com - Kepolisian Daerah Metro Jaya menangkap tiga orang yang diduga terlibat "
    "peredaran sabu-sabu di Kecamatan Tambun Selatan, Kabupaten Bekasi, Selasa (12/3/2024). "
    "Para tersangka ditangkap oleh petugas Satresnarkoba setelah warga melaporkan aktivitas mencurigakan "
    "di sebuah rumah kontrakan.\n\n"
    "Baca Juga: Polisi Gerebek Kampung Narkoba di Medan, Puluhan Orang Diamankan\n\n"
    "Kapolres Metro Bekasi mengatakan bahwa pihaknya masih memburu dua pelaku lain yang melarikan diri. "
    "Menurut dia, barang bukti yang disita mencapai 1,5 kilogram sabu yang disimpan di dalam kardus.\n"
    "Editor: Rina Kusuma"
)
ARTICLE_2 = (
    "Jakarta (ANTARA) - Ribuan buruh dari berbagai serikat pekerja berunjuk rasa di depan Gedung DPR, "
    "Jakarta, pada Senin. Mereka menuntut pemerintah dan DPR membatalkan aturan pengupahan yang dinilai "
    "merugikan pekerja. Presiden Konfederasi Serikat Pekerja mengatakan aksi akan berlanjut jika tuntutan "
    "mereka tidak dipenuhi. Aparat kepolisian mengerahkan sekitar dua ribu personel untuk mengamankan "
    "jalannya aksi yang berlangsung tertib hingga sore hari. (ant/dwi)"
)
ENGLISH = (
    "JAKARTA (Reuters) - Indonesian police arrested three people suspected of distributing "
    "methamphetamine in Bekasi on Tuesday, a police spokesman said, adding that officers were still "
    "searching for two other suspects who fled before the raid began."
)


@pytest.fixture
def articles() -> dict[str, str]:
    return {"a1": ARTICLE_1, "a2": ARTICLE_2, "en": ENGLISH}


def run_warta(*args: str, input: bytes | None = None, cwd: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run the installed ``warta`` command as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "warta", *args],
        input=input,
        capture_output=True,
        cwd=cwd,
        timeout=timeout,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def resolved(text: str, without=()) -> dict[str, tuple]:
    """Each mention of ``text`` (warta.actors.coref.resolve_mentions, less the ``without`` rules)
    with the coreference rule that resolved it, its actor and its antecedent's text: what the
    coreference rule tables assert on."""
    from warta.actors.coref import resolve_mentions

    ms = resolve_mentions(text, without=without)
    return {m.text: (m.coref_rule, m.actor_id, None if m.antecedent is None else ms[m.antecedent].text) for m in ms}
