"""With ``--workers N`` the driver does not load what only its workers use (issue 16).

The models of the stages after dedup (spaCy, the NLP pipeline, the gazetteer, the event
models) are loaded by each worker as it starts; the driver, which reads, deduplicates and
writes the store, never imports spaCy. Run in a child process: the test process itself may
have imported spaCy already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
from test_engine import write_real

SRC = Path(__file__).resolve().parents[1] / "src"

DRIVER = """
import json, sys
from warta.engine.ingest import IngestConfig, default_stages, ingest
from warta.step import _cached

summary = ingest([sys.argv[1]], sys.argv[2], IngestConfig(workers=int(sys.argv[3]), chunk_size=4, stages=default_stages()))
print(json.dumps({
    "indonesian": summary.indonesian,
    "failed": summary.failed_documents,
    "spacy_imported": any(m == "spacy" or m.startswith("spacy.") for m in sys.modules),
    "resources_here": _cached.cache_info().currsize,
}))
"""


def run_driver(path: Path, db: Path, workers: int) -> dict:
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}", "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", DRIVER, str(path), str(db), str(workers)],
                         capture_output=True, text=True, check=True, env=env, timeout=300)  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def stored_mentions(db: Path) -> list[tuple]:
    """The mentions stored, with the NER label of each (found by the NLP step)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT * FROM mentions ORDER BY ALL").fetchall()
    finally:
        con.close()


def test_the_driver_of_a_pool_never_loads_the_nlp_model(tmp_path):
    path = write_real(tmp_path, 6)
    pooled = run_driver(path, tmp_path / "w2.duckdb", workers=2)
    alone = run_driver(path, tmp_path / "w1.duckdb", workers=1)
    # the workers ran the NLP: the same mentions, with their NER labels, as with one process
    mentions = stored_mentions(tmp_path / "w2.duckdb")
    assert any(m[5] == "PER" for m in mentions) and mentions == stored_mentions(tmp_path / "w1.duckdb")
    assert pooled["indonesian"] == alone["indonesian"] == 6 and pooled["failed"] == 0
    # one process loads spaCy itself; a pool's driver neither imports it nor loads any model
    assert alone["spacy_imported"] and alone["resources_here"] > 0
    assert not pooled["spacy_imported"]
    assert pooled["resources_here"] == 0
