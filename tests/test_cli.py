"""The command line as a new user meets it (issue 17): the same reader options on extract and
ingest, a clear failure when nothing could be read, what the store holds after an ingest,
progress on long commands, scores on one scale, unwrapped messages in logs, and the
dashboard tests skipped (with the reason) where Debian chromium is missing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
from conftest import ARTICLE_2, ROOT, run_warta

READER_OPTIONS = {"--format", "--lang", "--id-col", "--title-col", "--text-col", "--url-col", "--published-col", "--source-col",
                  "--max-document-mb", "--min-confidence"}  # fmt: skip


def odd_csv(path: Path) -> Path:
    """A CSV export whose columns no guess matches (the issue's example)."""
    path.write_text('headline_txt,body_html\n"Buruh berunjuk rasa di Jakarta","' + ARTICLE_2.replace('"', "'") + '"\n', "utf-8")
    return path


def test_extract_and_ingest_take_the_same_reader_options():
    import typer.main

    from warta.cli import app

    commands = {c.name: c for c in typer.main.get_command(app).commands.values()}
    options = {name: {o for p in commands[name].params for o in p.opts} for name in ("extract", "ingest")}
    assert READER_OPTIONS <= options["extract"] and READER_OPTIONS <= options["ingest"]
    # one definition: the same help text on both
    helps = {name: {p.opts[0]: p.help for p in commands[name].params if p.opts[0] in READER_OPTIONS} for name in options}
    assert helps["extract"] == helps["ingest"]


def test_extract_of_unknown_columns_fails_and_names_them(tmp_path: Path):
    src = odd_csv(tmp_path / "odd.csv")
    r = run_warta("extract", str(src), "--out", str(tmp_path / "events.jsonl"))
    err = r.stderr.decode()
    assert r.returncode == 1, err
    assert "no article could be read" in err
    # the columns it saw, and what to do, on one line even in a log (no hard wrap at 80 columns)
    line = next(x for x in err.splitlines() if "no column holds the text" in x)
    assert "headline_txt, body_html" in line and "--text-col" in line and len(line) > 80
    assert (tmp_path / "events.jsonl").read_text() == ""
    same = run_warta("ingest", str(src), "--db", str(tmp_path / "x.duckdb"), "--no-nlp")
    assert same.returncode == 1 and "headline_txt, body_html" in same.stderr.decode()


def test_ingest_ends_with_what_the_store_holds(tmp_path: Path):
    """(and reads the odd CSV once told its columns, through the reader options extract shares)"""
    db = tmp_path / "w.duckdb"
    src = odd_csv(tmp_path / "odd.csv")
    r = run_warta("ingest", str(src), "--text-col", "body_html", "--title-col", "headline_txt", "--db", str(db))
    out, err = r.stdout.decode(), r.stderr.decode()
    assert r.returncode == 0, err
    assert "ingest: reading" in err  # progress reaches a log too
    con = duckdb.connect(str(db), read_only=True)
    by_type = con.execute("SELECT type, count(*) FROM events GROUP BY 1").fetchall()
    n_actors = con.execute("SELECT count(DISTINCT actor_id) FROM event_roles").fetchone()[0]
    n_places = con.execute("SELECT count(DISTINCT place_id) FROM event_locations").fetchone()[0]
    con.close()
    assert by_type and n_actors and n_places
    rows = {m.group(1): m.group(2) for m in re.finditer(r"│ +([\w /]+?) +│ +(\S.*?) +│", out)}
    assert rows["events"] == str(sum(n for _, n in by_type))
    for event_type, n in by_type:
        assert rows[event_type] == str(n)
    assert rows["actors in events"] == str(n_actors) and rows["places of events"] == str(n_places)
    assert f"serve --db {db}" in out and "http://127.0.0.1:8000/" in out


def test_quiet_and_json_ingest_print_no_progress(tmp_path: Path):
    """--quiet and --json keep stderr free of progress lines (a disabled progress once printed its first)."""
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE_2, "utf-8")
    for flag in ("--quiet", "--json"):
        r = run_warta("ingest", str(src), "--db", str(tmp_path / f"s{flag}.duckdb"), flag)
        assert r.returncode == 0, r.stderr.decode()
        assert "ingest:" not in r.stderr.decode(), flag


def test_eval_geo_shows_progress_and_scores_on_the_zero_one_scale(tmp_path: Path):
    gold = tmp_path / "geo.jsonl"
    gold.write_text("".join((ROOT / "tests/fixtures/places/dev.jsonl").read_text("utf-8").splitlines(keepends=True)[:3]), "utf-8")
    r = run_warta("eval", "geo", str(gold))
    assert r.returncode == 0, r.stderr.decode()
    assert f"eval geo: resolving the places of {gold}" in r.stderr.decode()
    row = next(x for x in r.stdout.decode().splitlines() if str(gold) in x)
    scores = [float(x) for x in re.findall(r"\b[01]\.\d{3}\b", row)]
    assert len(scores) == 2 and all(0 <= s <= 1 for s in scores)


def test_nlp_tables_print_on_the_zero_one_scale():
    from warta.cli import _fractions

    row = {"benchmark": "NER-UI", "P": 87.57, "R": 80.0, "F1": 83.61, "F1_PER": 90.0, "n_sentences": 50}
    assert _fractions([row], ("P", "R", "F1", "F1_PER")) == [{"benchmark": "NER-UI", "P": "0.876", "R": "0.800", "F1": "0.836",
                                                             "F1_PER": "0.900", "n_sentences": 50}]  # fmt: skip


def test_make_demo_shows_install_progress():
    r = subprocess.run(["make", "-n", "-B", "demo", "VENV=/nonexistent-venv"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    pip = next(line for line in r.stdout.splitlines() if "pip install" in line)
    assert "--quiet" not in pip and " -q" not in pip
    assert "warta ingest demo/corpus" in r.stdout


def test_dashboard_tests_are_skipped_with_the_reason_without_chromium(tmp_path: Path):
    env = {**os.environ, "WARTA_CHROMIUM": str(tmp_path / "no-chromium"), "WARTA_REQUIRE_CHROMIUM": ""}
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(ROOT / "tests" / "test_dashboard.py")]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "skipped" in r.stdout and "Debian chromium not found" in r.stdout and "passed" not in r.stdout


def test_eval_events_errors_file_holds_one_run(tmp_path: Path):
    """`--errors FILE` holds the errors of the run that wrote it: a re-run replaces them."""
    gold = tmp_path / "gold.jsonl"
    lines = (ROOT / "tests/fixtures/events/real-dev.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    counts = []
    for _ in range(2):
        r = run_warta("eval", "events", str(gold), "--errors", str(errors))
        assert r.returncode == 0, r.stderr.decode()
        counts.append(len(errors.read_text(encoding="utf-8").splitlines()))
    assert counts[0] > 0 and counts[1] == counts[0]


def test_a_pool_run_ends_without_leak_reports(tmp_path: Path):
    """The pool's driver freezes its objects before forking (gc.freeze); frozen, they were never
    freed, and DuckDB's bindings reported them at exit ("nanobind: leaked 27 instances!")."""
    src = tmp_path / "a.jsonl"
    src.write_text("".join(f'{{"id": "a{i}", "text": "Berita nomor {i} tentang banjir di kota."}}\n' for i in range(4)), "utf-8")
    proc = run_warta("ingest", str(src), "--db", str(tmp_path / "s.duckdb"), "--no-nlp", "--workers", "2", "-q")
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    assert b"leaked" not in proc.stderr, proc.stderr.decode()[-2000:]
