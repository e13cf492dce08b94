"""Ingest end to end: the CLI on the demo corpus, idempotency, kill-and-rerun, bad batches."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import hostile
import pytest
from conftest import ARTICLE_1, ARTICLE_2, ENGLISH, ROOT, run_warta, write_jsonl

from warta.engine.ingest import IngestConfig, ingest
from warta.read import ReadOptions
from warta.records import Document
from warta.store.duck import SCHEMA_VERSION, Store

DEMO = ROOT / "demo" / "corpus"


def snapshot(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT doc_id, content_hash, status, cluster_id, canonical_id, language, text FROM documents ORDER BY doc_id"
        ).fetchall()
    finally:
        con.close()


def test_demo_corpus_through_the_cli(tmp_path: Path):
    db = tmp_path / "demo.duckdb"
    first = run_warta("ingest", str(DEMO), "--db", str(db), "--json")
    assert first.returncode == 0, first.stderr.decode()
    s = json.loads(first.stdout)
    assert s["read"] == 36 and s["stored"] == 36 and s["problems"] == []
    assert s["exact_duplicates"] == 1 and s["near_duplicates"] == 3
    assert s["non_indonesian"] == {"en": 2, "ms": 1}
    assert s["indonesian"] == 29

    con = duckdb.connect(str(db), read_only=True)
    formats = dict(con.execute("SELECT source_format, count(*) FROM documents GROUP BY 1").fetchall())
    assert formats == {"txt": 6, "jsonl": 6, "csv": 6, "html": 6, "feed": 7, "warc": 5}
    clusters = con.execute("SELECT n_documents, n_outlets, outlets FROM dedup_clusters WHERE n_documents > 1 ORDER BY outlets").fetchall()
    assert clusters == [
        (2, 2, ["Antara", "JPNN"]), (2, 2, ["Antara", "Okezone"]),
        (2, 2, ["Kompas.com", "Tribunnews.com"]), (2, 2, ["Liputan6.com", "Republika"]),
    ]  # fmt: skip
    # The Hizbullah article: "Baca Juga" gone, dateline kept as metadata, spans recorded.
    text, removed, place = con.execute(
        "SELECT text, removed, dateline_place FROM documents WHERE text LIKE '%Juru bicara Hizbullah mengatakan bahwa kelompok itu%'"
    ).fetchone()
    assert "Baca Juga" not in text and place
    assert "read_also" in {r["kind"] for r in json.loads(removed)}
    # The NLP stage ran inside ingest: sentences for processed documents, none for the rest.
    with_sentences = dict(con.execute(
        "SELECT d.status, count(DISTINCT s.doc_id) FROM documents d LEFT JOIN sentences s USING (doc_id) GROUP BY 1"
    ).fetchall())  # fmt: skip
    assert with_sentences == {"ok": 29, "duplicate": 0, "non_indonesian": 0}
    bad_spans = con.execute(
        "SELECT count(*) FROM sentences s JOIN documents d USING (doc_id) WHERE s.start < 0 OR s.\"end\" > length(d.text) OR s.start >= s.\"end\""
    ).fetchone()[0]
    assert bad_spans == 0
    # The actor stage ran too: the register is in the store and "kelompok itu" is Hizbullah.
    assert con.execute("SELECT count(*) FROM actors WHERE origin = 'register'").fetchone()[0] > 700
    group = con.execute(
        "SELECT m.actor_id, a.text FROM mentions m JOIN mentions a ON a.mention_id = m.antecedent_id "
        "JOIN documents d ON d.doc_id = m.doc_id WHERE m.text = 'kelompok itu' AND d.text LIKE '%Juru bicara Hizbullah mengatakan%' "
        "AND a.text = 'Juru bicara Hizbullah'"
    ).fetchall()
    assert group == [("hizbullah", "Juru bicara Hizbullah")]
    # The events, places and dates stages ran: the example is a future COOPERATE of
    # Hizbullah with the Palestinian factions, in southern Lebanon; the articles that report
    # the same happenings from several outlets share event clusters.
    coop = con.execute(
        "SELECT e.modality, r.actor_id, l.place_id, l.source FROM events e JOIN event_roles r ON r.event_id = e.event_id AND r.role = 'actor' "
        "JOIN event_locations l ON l.event_id = e.event_id WHERE e.type = 'COOPERATE' AND e.sentence_text LIKE '%kelompok itu sedang%'"
    ).fetchall()
    assert coop == [("future", "hizbullah", "rg-lebanon-selatan", "sentence")]
    assert con.execute("SELECT count(DISTINCT doc_id) FROM events").fetchone()[0] == 29
    assert con.execute("SELECT count(*) FROM event_clusters WHERE n_outlets >= 2").fetchone()[0] >= 3
    bad = con.execute(
        "SELECT count(*) FROM events e JOIN documents d USING (doc_id) "
        "WHERE substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) <> e.trigger_text"
    ).fetchone()[0]
    assert bad == 0
    con.close()

    before = snapshot(db)
    again = run_warta("ingest", str(DEMO), "--db", str(db), "--json")
    s2 = json.loads(again.stdout)
    assert s2["stored"] == 0 and s2["already_stored"] == 36
    assert snapshot(db) == before  # re-ingesting the same input changes nothing


def test_exit_codes(tmp_path: Path):
    db = tmp_path / "x.duckdb"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE_1, "utf-8")
    (tmp_path / "in" / "rusak.jsonl").write_text("{bukan json\n", "utf-8")
    ok = run_warta("ingest", str(tmp_path / "in"), "--db", str(db), "--no-nlp")
    assert ok.returncode == 0
    assert "rusak.jsonl (line 1): malformed JSON" in ok.stderr.decode()
    strict = run_warta("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "y.duckdb"), "--strict", "--no-nlp")
    assert strict.returncode == 1
    nothing = run_warta("ingest", str(tmp_path / "tidak-ada"), "--db", str(db), "--no-nlp")
    assert nothing.returncode == 1 and "no such file or directory" in nothing.stderr.decode()


def test_language_marking_and_declared_language(tmp_path: Path):
    malay = (
        "KUALA LUMPUR: Kerajaan akan membina lebuh raya baharu di Sabah bagi membantu rakyat negeri itu, "
        "kata Perdana Menteri semalam. Beliau berkata projek tersebut dijangka siap dalam tempoh tiga tahun "
        "dan akan melibatkan kos sebanyak RM2 bilion yang ditanggung sepenuhnya oleh kerajaan persekutuan."
    )
    src = write_jsonl(tmp_path / "a.jsonl", [{"id": "id", "text": ARTICLE_2}, {"id": "en", "text": ENGLISH}, {"id": "ms", "text": malay}])
    db = tmp_path / "a.duckdb"
    ingest([str(src)], db, IngestConfig(stages=()))
    with Store(db, read_only=True) as store:
        rows = dict((r[0], r[1:]) for r in store.query("SELECT doc_id, language, status FROM documents"))
    assert rows == {"id": ("id", "ok"), "en": ("en", "non_indonesian"), "ms": ("ms", "non_indonesian")}
    declared = tmp_path / "b.duckdb"
    ingest([str(src)], declared, IngestConfig(read=ReadOptions(language="id"), stages=()))
    with Store(declared, read_only=True) as store:
        assert {r[0] for r in store.query("SELECT DISTINCT status FROM documents")} == {"ok"}


def synthetic_corpus(path: Path, n: int, seed: int = 7) -> Path:
    """Distinct Indonesian-looking articles (and some copies), to exercise batches and dedup."""
    rng = random.Random(seed)
    words = (ARTICLE_1 + " " + ARTICLE_2).split()
    rows = []
    for i in range(n):
        if i % 10 == 9:  # a syndicated copy of an earlier article, lightly edited
            base = rows[rng.randrange(len(rows))]
            text = base["text"].replace("Selasa", "Rabu") + " Demikian dilaporkan."
            rows.append({"id": f"s{i}", "title": base["title"], "text": text, "source": "Antara"})
            continue
        text = " ".join(rng.choice(words) for _ in range(180))
        rows.append({"id": f"s{i}", "title": f"Berita nomor {i}", "text": text, "source": rng.choice(["Kompas", "Detik", "Tempo"])})
    return write_jsonl(path, rows)


def test_sigkill_mid_run_then_rerun_equals_a_clean_run(tmp_path: Path):
    src = synthetic_corpus(tmp_path / "korpus.jsonl", 3000)
    clean_db, killed_db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    clean = ingest([str(src)], clean_db, IngestConfig(read=ReadOptions(language="id"), batch_size=50, stages=()))

    args = [sys.executable, "-m", "warta", "ingest", str(src), "--db", str(killed_db), "--lang", "id", "--batch-size", "50", "-q", "--no-nlp"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = Path(str(killed_db) + ".wal")
    deadline = time.time() + 120
    # Wait until some batches are committed (the write-ahead log grows), then kill hard.
    while time.time() < deadline and proc.poll() is None and (not wal.exists() or wal.stat().st_size < 200_000):
        time.sleep(0.01)
    assert proc.poll() is None, "the ingest finished before it could be killed: make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    partial = len(snapshot(killed_db))
    assert 0 < partial < 3000, partial
    rerun = run_warta("ingest", str(src), "--db", str(killed_db), "--lang", "id", "--batch-size", "50", "--json", "--no-nlp")
    assert rerun.returncode == 0, rerun.stderr.decode()
    # (the file repeats some records: those count as already stored in any run)
    assert json.loads(rerun.stdout)["already_stored"] == partial + clean.already_stored
    assert snapshot(killed_db) == snapshot(clean_db)


def test_a_failing_stage_fails_one_document_not_the_run(tmp_path: Path):
    from dataclasses import dataclass
    from typing import ClassVar

    @dataclass(frozen=True)
    class ExplodeOnOne:
        name: ClassVar[str] = "explode"
        requires: ClassVar[tuple[str, ...]] = ()
        assigns: ClassVar[tuple[str, ...]] = ()

        def __call__(self, docs: list[Document]) -> list[Document]:
            if any(d.doc_id == "s120" for d in docs):
                raise RuntimeError("stage failure")
            return docs

    src = synthetic_corpus(tmp_path / "korpus.jsonl", 300)
    db = tmp_path / "x.duckdb"
    summary = ingest([str(src)], db, IngestConfig(read=ReadOptions(language="id"), batch_size=50, stages=(ExplodeOnOne(),)))
    assert summary.read == 300 and summary.failed_documents == 1  # (the corpus repeats 3 records: stored once)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT status FROM documents WHERE doc_id = 's120'").fetchone() == ("failed",)
    assert con.execute("SELECT stage, reason FROM ingest_problems WHERE doc_id = 's120'").fetchall() == [("explode", "step_failed")]
    con.close()


def test_failed_batch_write_loses_nothing_already_stored(tmp_path: Path, monkeypatch):
    from warta.store.duck import Store

    src = synthetic_corpus(tmp_path / "korpus.jsonl", 300)
    db = tmp_path / "x.duckdb"
    config = IngestConfig(read=ReadOptions(language="id"), batch_size=50, stages=())
    real_write, calls = Store.write_batch, []

    def write_twice_then_fail(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise OSError("No space left on device")
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Store, "write_batch", write_twice_then_fail)
    with pytest.raises(OSError):
        ingest([str(src)], db, config)
    monkeypatch.setattr(Store, "write_batch", real_write)
    stored = {r[0] for r in snapshot(db)}
    assert len(stored) == 100 and "s120" not in stored  # two whole batches, none of the third
    ingest([str(src)], db, config)
    clean = tmp_path / "clean.duckdb"
    ingest([str(src)], clean, config)
    assert snapshot(db) == snapshot(clean)


def test_workers_give_the_same_store_as_one_process(tmp_path: Path):
    src = synthetic_corpus(tmp_path / "korpus.jsonl", 600)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest([str(src)], one, IngestConfig(batch_size=64, stages=()))
    ingest([str(src)], two, IngestConfig(batch_size=64, workers=2, stages=()))
    assert snapshot(one) == snapshot(two)


def test_store_schema_is_versioned_and_complete(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        assert store.version() == SCHEMA_VERSION
        tables = {r[0] for r in store.query("SELECT table_name FROM information_schema.tables")}
    assert {"documents", "sentences", "mentions", "actors", "actor_aliases", "events", "event_roles",
            "event_locations", "places", "ingest_runs", "ingest_problems", "dedup_clusters", "event_clusters"} <= tables  # fmt: skip
    with Store(db) as store:  # reopening applies nothing twice
        assert store.query("SELECT count(*) FROM schema_version") == [(SCHEMA_VERSION,)]


def test_an_older_store_is_migrated_without_losing_data(tmp_path: Path):
    from warta.store.duck import migrations

    db = tmp_path / "lama.duckdb"
    con = duckdb.connect(str(db))
    version, sql = migrations()[0]
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
    con.execute(sql)
    con.execute("INSERT INTO schema_version VALUES (1, current_timestamp)")
    con.execute("INSERT INTO mentions (mention_id, doc_id, start, \"end\", text) VALUES ('d:0-3', 'd', 0, 3, 'KPK')")
    con.close()
    with Store(db) as store:
        assert store.version() == SCHEMA_VERSION
        assert store.query("SELECT mention_id, type FROM mentions") == [("d:0-3", None)]


def test_problems_and_runs_are_stored(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "kosong.txt").write_text("", "utf-8")
    (tmp_path / "in" / "a.txt").write_text(ARTICLE_1, "utf-8")
    db = tmp_path / "p.duckdb"
    summary = ingest([str(tmp_path / "in")], db, IngestConfig(stages=()))
    with Store(db, read_only=True) as store:
        assert store.query("SELECT reason FROM ingest_problems") == [("empty",)]
        run = store.query("SELECT run_id, finished_at IS NOT NULL, summary FROM ingest_runs")[0]
    assert run[0] == summary.run_id and run[1] and json.loads(run[2])["stored"] == 1


def test_500_mb_file_is_streamed_in_bounded_memory(tmp_path: Path):
    """A 500 MB JSONL: 400 MB of oversized records (skipped) and 100 MB of ordinary ones."""
    path = tmp_path / "besar.jsonl"
    ordinary = json.dumps({"id": "x", "text": ARTICLE_1}) + "\n"
    oversized = json.dumps({"id": "big", "text": "kata " * 4_000_000}) + "\n"  # 20 MB
    with path.open("w", encoding="utf-8") as f:
        for _ in range(20):
            f.write(oversized)
            f.write(ordinary * (6_000_000 // len(ordinary)))
    assert path.stat().st_size > 500_000_000
    code = (
        "import resource, sys, json; from warta.engine.ingest import ingest, IngestConfig; from warta.read import ReadOptions;"
        f"s = ingest([{str(path)!r}], {str(tmp_path / 'b.duckdb')!r}, IngestConfig(read=ReadOptions(language='id'), stages=()));"
        # VmHWM (this process's peak RSS) and not ru_maxrss, which a forked child inherits from
        # its parent: a pytest process that has loaded the models would be measured instead.
        "hwm = int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]);"
        "print(json.dumps({'rss_kb': hwm, 'read': s.read, 'stored': s.stored, 'failed': dict(s.failed)}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=600, check=True)
    result = json.loads(out.stdout.decode().strip().splitlines()[-1])
    assert result["failed"] == {"too_large": 20}
    assert result["stored"] == 1 and result["read"] > 50_000  # identical records: stored once
    assert result["rss_kb"] < 600_000, result  # peak resident memory stays far below the file size


def test_a_store_in_use_gives_a_clear_message(tmp_path: Path):
    db = tmp_path / "sibuk.duckdb"
    (tmp_path / "a.txt").write_text(ARTICLE_1, "utf-8")
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('ok', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout.readline().strip() == b"ok"
        busy = run_warta("ingest", str(tmp_path / "a.txt"), "--db", str(db), "--no-nlp")
        assert busy.returncode == 2
        assert "open in another process" in busy.stderr.decode() and "Traceback" not in busy.stderr.decode()
    finally:
        holder.kill()
        holder.wait()


# -- hostile input through the command line (issue 18) ----------------------------------

NAMES = ("a[/]x.txt", "[bold]tebal.txt", "warna\\x1b[31m.txt", "latin-\\xe9.txt")  # as they must be printed


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_file_names_are_printed_literally(tmp_path: Path, command: str):
    """Rich read names as markup: ``[bold]tebal.txt`` showed as ``tebal.txt``, ``a[/]x.txt``
    ended the run with MarkupError (extract wrote nothing), and ESC reached the terminal."""
    folder = tmp_path / "in"
    folder.mkdir()
    hostile.markup_names(folder)
    (folder / "baik.txt").write_text(ARTICLE_1, "utf-8")
    args = ["--db", str(tmp_path / "n.duckdb"), "--no-nlp"] if command == "ingest" else []
    proc = run_warta(command, str(folder), *args)
    assert proc.returncode == 0, proc.stderr.decode()
    stderr = proc.stderr.decode()
    for name in NAMES:
        assert f"problem {folder}/{name}: empty file" in stderr, stderr
    assert "\x1b" not in stderr and "Traceback" not in stderr
    if command == "extract":
        events = [json.loads(line) for line in proc.stdout.splitlines()]
        assert events and {e["doc_id"] for e in events} == {"baik"}


def test_stdin_ingest_removes_its_spool(tmp_path: Path):
    spool = tmp_path / "tmp"
    spool.mkdir()
    row = json.dumps({"id": "dari-stdin", "text": ARTICLE_1}).encode()
    proc = subprocess.run([sys.executable, "-m", "warta", "ingest", "-", "--db", str(tmp_path / "s.duckdb"), "--no-nlp", "--json"],
                          input=row, capture_output=True, env={**os.environ, "TMPDIR": str(spool)}, timeout=300)  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["stored"] == 1
    assert list(spool.iterdir()) == []


def _can_mount_tmpfs(where: Path) -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", f"mount -t tmpfs -o size=1m tmpfs {where}"],
                           capture_output=True)  # fmt: skip
    return probe.returncode == 0


@pytest.mark.parametrize("how", ["tmpfs", "file-size-limit"])
def test_a_full_disk_shows_the_os_error(tmp_path: Path, how: str):
    """The audit: a full disk ended with "TransactionException: cannot rollback - no
    transaction is active", hiding "No space left on device". Two real ways to run out: a
    3 MB tmpfs in a private mount namespace (unshare; ENOSPC), or RLIMIT_FSIZE (EFBIG,
    without any privilege). Either way DuckDB's write fails at COMMIT."""
    import resource

    src = synthetic_corpus(tmp_path / "korpus.jsonl", 3000)
    store_dir = tmp_path / "store"
    store_dir.mkdir()
    db = store_dir / "penuh.duckdb"
    ingest_args = [sys.executable, "-m", "warta", "ingest", str(src), "--db", str(db), "--no-nlp", "--lang", "id", "-q"]
    if how == "tmpfs":
        if not _can_mount_tmpfs(store_dir):
            pytest.skip("no unshare/tmpfs here (user namespaces off)")
        script = 'mount -t tmpfs -o size=3m tmpfs "$0" && exec "$@"'
        proc = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, str(store_dir), *ingest_args],
                              capture_output=True, text=True, timeout=300)  # fmt: skip
        os_error = "No space left on device"
    else:
        def limit() -> None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (3 * 1024 * 1024, 3 * 1024 * 1024))

        proc = subprocess.run(ingest_args, capture_output=True, text=True, timeout=300, preexec_fn=limit)
        os_error = "File too large"
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert f"could not write the store {db}" in proc.stderr and os_error in proc.stderr, proc.stderr[-3000:]
    assert "cannot rollback" not in proc.stderr and "Traceback" not in proc.stderr


def test_every_hostile_input_ahead_of_good_articles(tmp_path: Path):
    """Issue 18, done when: every hostile input of the reader tests, then three good
    articles; the three are stored, every problem is named (stored and printed), and the
    peak memory of the ingest (its own VmHWM) stays under 1.5 GB."""
    folder = tmp_path / "in"
    folder.mkdir()
    cases = [build(folder) for build in hostile.ALL]
    if os.geteuid() != 0:  # root reads a chmod-000 folder anyway (test_read runs that case as nobody)
        cases.append(hostile.unreadable_paths(folder))
    good = folder / "zzz-baik"  # read last
    good.mkdir()
    write_jsonl(good / "baik.jsonl", [hostile.record(k) for k in ("baik1", "baik2", "baik3")])
    db = tmp_path / "semua.duckdb"
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write('VmHWM ' + next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1] + '\\n'))\n"
        f"sys.argv = ['warta', 'ingest', {str(folder)!r}, '--db', {str(db)!r}]\n"  # every stage
        "from warta.cli import app\n"
        "app()\n"
    )
    try:
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    finally:
        for p in (folder / "terkunci", folder / "tertutup.txt"):
            if p.exists():
                p.chmod(0o700)
    assert proc.returncode == 0, proc.stderr[-3000:]
    stored = {r[0] for r in snapshot(db)}
    assert {"baik1", "baik2", "baik3"} <= stored
    missing = [c for case in cases for c in case.canaries if c not in stored]
    assert not missing, missing
    con = duckdb.connect(str(db), read_only=True)
    problems = con.execute("SELECT reason, source_file, position FROM ingest_problems").fetchall()
    con.close()
    for case in cases:
        for reason, where in case.problems:
            raw = where.replace("\\x1b", "\x1b")
            assert any(r == reason and (raw in f or raw in p) for r, f, p in problems), (reason, where, problems)
            assert where in proc.stderr, (where, proc.stderr[-3000:])
    assert "reader_error" not in {r for r, _, _ in problems}
    assert "\x1b" not in proc.stderr
    peak_kb = int(proc.stderr.strip().splitlines()[-1].split()[1])
    assert peak_kb < 1_500_000, peak_kb


def test_a_person_and_companions_are_stored_without_an_actor_row(tmp_path: Path):
    """'Ronaldo dkk' is a group mention with no id (session 16's companions rule); the store keeps
    the mention and writes no actor row for it (an actor row with no id and no name broke ingest:
    NOT NULL constraint failed: actors.name)."""
    article = {"id": "dkk-1", "published": "2024-06-12",
               "text": "Cristiano Ronaldo dkk berlatih di Madrid pada Selasa. Pelatih memuji Cristiano Ronaldo dkk usai latihan."}  # fmt: skip
    src = write_jsonl(tmp_path / "dkk.jsonl", [article])
    db = tmp_path / "dkk.duckdb"
    summary = ingest([str(src)], db, IngestConfig(read=ReadOptions(language="id")))
    assert summary.failed_documents == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM mentions WHERE text = 'Cristiano Ronaldo dkk' AND actor_id IS NULL").fetchone()[0] >= 1
    assert con.execute("SELECT count(*) FROM actors WHERE actor_id IS NULL OR name IS NULL").fetchone()[0] == 0
    con.close()
