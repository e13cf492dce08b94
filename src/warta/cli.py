"""The ``warta`` command line."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warta import __version__
from warta.dedup.index import DedupConfig
from warta.engine.ingest import IngestConfig, IngestSummary, default_stages, ingest
from warta.progress import steps
from warta.read import FORMATS, FieldMap, ReadOptions
from warta.records import ReadProblem
from warta.store.duck import StoreBusy

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, help="Verifiable event data from Indonesian news.")
# files, pipes and logs get whole tables and unwrapped messages (a terminal wraps them itself)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 200, soft_wrap=True)
out = Console(width=None if sys.stdout.isatty() else 200)

# -- the reader options, shared by extract and ingest ----------------------------------------
Paths = Annotated[list[str], typer.Argument(help="Files, directories (recursive), globs, or - for stdin.")]
Lang = Annotated[str | None, typer.Option("--lang", help="Declare the language (e.g. id) and skip detection.")]
Format = Annotated[str | None, typer.Option("--format", help=f"Force one reader: {', '.join(FORMATS)}.")]
IdCol = Annotated[str | None, typer.Option("--id-col", help="CSV/JSON field holding the article id.")]
TitleCol = Annotated[str | None, typer.Option("--title-col", help="CSV/JSON field holding the title.")]
TextCol = Annotated[str | None, typer.Option("--text-col", help="CSV/JSON field holding the body text.")]
UrlCol = Annotated[str | None, typer.Option("--url-col", help="CSV/JSON field holding the URL.")]
PublishedCol = Annotated[str | None, typer.Option("--published-col", help="CSV/JSON field holding the publication date.")]
SourceCol = Annotated[str | None, typer.Option("--source-col", help="CSV/JSON field holding the outlet name.")]
MaxDocumentMb = Annotated[float, typer.Option("--max-document-mb", min=0.001, help="Refuse single articles larger than this.")]
MinConfidence = Annotated[float | None, typer.Option("--min-confidence", min=0.0, max=1.0, help=(
    "Keep only events whose confidence reaches this (0-1). Default: the floor with the best F1 on real-news dev; "
    "docs/events.md shows precision and recall at each value."))]


def read_options(*, lang: str | None, fmt: str | None, id_col: str | None, title_col: str | None, text_col: str | None,
                 url_col: str | None, published_col: str | None, source_col: str | None, max_document_mb: float) -> ReadOptions:  # fmt: skip
    """The ReadOptions of the reader options above (the same on every command that reads)."""
    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}", param_hint="--format")
    return ReadOptions(
        fields=FieldMap(id=id_col, title=title_col, text=text_col, url=url_col, published=published_col, source=source_col),
        max_document_bytes=int(max_document_mb * 1024 * 1024), language=lang, format=fmt,
    )


def nothing_read(paths: list[str], problems: list[ReadProblem]) -> None:
    """Say why no article could be read, naming the columns a CSV or JSON file has when none held
    the text, and exit 1."""
    err.print(f"error: no article could be read from {' '.join(paths)}", markup=False, highlight=False)
    named: set[str] = set()
    for p in problems:
        if p.reason == "no_text_field" and p.source_file not in named:
            named.add(p.source_file)
            columns = _columns(p.source_file)
            seen = f"its columns are {', '.join(columns)}" if columns else "no column names could be read"
            err.print(f"  {p.source_file}: no column holds the text ({seen}); name it with --text-col "
                      "(and --title-col, --published-col, ... for the others)", markup=False, highlight=False)  # fmt: skip
    if not named and not problems:
        err.print("  no input files were found", markup=False, highlight=False)
    raise typer.Exit(code=1)


def _columns(name: str) -> list[str]:
    """The header of a CSV/TSV file, or the keys of a JSON Lines file's first record."""
    import csv
    import io

    from warta.read.sources import Source, detect_format

    path = Path(name)
    if not path.is_file():
        return []
    source = Source(name, path)
    head = source.head(65536).decode("utf-8", errors="replace").lstrip("\ufeff")
    fmt = detect_format(source)
    if fmt == "csv":
        first = head.splitlines()[0] if head else ""
        delimiter = "\t" if "\t" in first and first.count("\t") >= first.count(",") else ","
        return [c.strip() for c in next(csv.reader(io.StringIO(first), delimiter=delimiter), [])]
    if fmt == "jsonl":
        try:
            record = json.loads(head.splitlines()[0])
        except (ValueError, IndexError):
            return []
        return list(record) if isinstance(record, dict) else []
    return []

# Characters a file name may hold that must not reach a terminal as they are: controls (ESC
# starts terminal commands), bidi overrides (they reorder what is shown), and lone
# surrogates (bytes of a name that are not UTF-8).
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def literal(text: object) -> str:
    """``text`` for Rich to print as it is: no markup read in it (``[bold]tebal.txt`` stays
    so), and what a terminal would act on shown as an escape (``\\x1b``)."""
    return escape(_UNSHOWABLE.sub(lambda m: repr(m.group())[1:-1], str(text)))


def say_problem(problem: object) -> None:
    err.print(f"[yellow]problem[/] {literal(problem)}", highlight=False, soft_wrap=True)


@app.command("extract")
def extract_command(
    paths: Paths,
    out_path: Path | None = typer.Option(None, "--out", help="Write the records here (JSONL) instead of stdout."),
    mentions: bool = typer.Option(False, "--mentions", help="Write one record per actor mention instead of per event."),
    documents: Path | None = typer.Option(None, "--documents", help="Also write the cleaned documents (JSONL) here."),
    lang: Lang = None, fmt: Format = None, id_col: IdCol = None, title_col: TitleCol = None, text_col: TextCol = None,
    url_col: UrlCol = None, published_col: PublishedCol = None, source_col: SourceCol = None, max_document_mb: MaxDocumentMb = 10.0,
    min_confidence: MinConfidence = None,
) -> None:
    """Run the whole pipeline without a store and write JSON Lines: one event per line
    (the contract of docs/event-contract.md), or one actor mention per line with --mentions.
    Exits 1 when no article could be read."""
    import orjson

    from warta.engine.extract import document_record, event_records, extract, mention_records

    records = mention_records if mentions else event_records
    options = read_options(lang=lang, fmt=fmt, id_col=id_col, title_col=title_col, text_col=text_col, url_col=url_col,
                           published_col=published_col, source_col=source_col, max_document_mb=max_document_mb)  # fmt: skip
    config = IngestConfig(read=options, stages=default_stages(min_confidence))
    problems: list[ReadProblem] = []

    def on_problem(p: ReadProblem) -> None:
        problems.append(p)
        say_problem(p)

    read = 0
    sink = out_path.open("wb") if out_path else sys.stdout.buffer
    doc_sink = documents.open("wb") if documents else None
    try:
        for doc in extract(paths, config, on_problem=on_problem):
            read += 1
            if doc_sink:
                doc_sink.write(orjson.dumps(document_record(doc)) + b"\n")
            for record in records(doc):
                sink.write(orjson.dumps(record) + b"\n")
    except OSError as e:  # a full disk under --out or --documents
        err.print(f"[red]error[/] could not write the output: {literal(e)}", soft_wrap=True)
        raise typer.Exit(code=2) from None
    finally:
        if out_path:
            sink.close()
        if doc_sink:
            doc_sink.close()
    if read == 0:
        nothing_read(paths, problems)


@app.command("serve")
def serve_command(
    db: Path = typer.Option(Path("warta.duckdb"), "--db", help="The store to serve."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind; the default is loopback only."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port (0: any free port)."),
    token_file: Path | None = typer.Option(None, "--token-file", help="Allow POST /api/ingest with the token on this file's first line. With the WARTA_TOKEN variable, the preferred ways: --token shows in ps."),
    token: str | None = typer.Option(None, "--token", help="Allow POST /api/ingest with this token (else read-only, unless WARTA_TOKEN is set). Prefer WARTA_TOKEN or --token-file."),
    allow_host: list[str] = typer.Option([], "--allow-host", help="Also answer requests whose Host header names NAME (repeatable; '*' for any). Loopback names are always answered."),
    max_body: int = typer.Option(16, "--max-body", min=1, max=4096, help="Largest POST /api/ingest body in MiB (413 past it)."),
    max_exports: int = typer.Option(2, "--max-exports", min=1, max=64, help="Exports streaming at once (429 past it)."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Server processes, each with its own view of the store (read-only servers only)."),
) -> None:
    """Serve the API (OpenAPI at /docs) and the dashboard at / over a store."""
    import os

    import uvicorn

    from warta.serve.app import check_store, create_app
    from warta.serve.guard import LOOPBACK

    if token and token_file:
        err.print("[red]error[/] give the token once: --token-file or --token, not both")
        raise typer.Exit(code=2)
    if token_file:
        try:
            token = (token_file.read_text("utf-8").splitlines() or [""])[0].strip()
        except (OSError, UnicodeDecodeError) as e:
            err.print(f"error cannot read the token file: {e}", markup=False, highlight=False)
            raise typer.Exit(code=2) from None
        if not token:
            err.print(f"error the token file {token_file} is empty", markup=False, highlight=False)
            raise typer.Exit(code=2)
    token = token or os.environ.get("WARTA_TOKEN") or None
    if workers > 1 and token:
        err.print("[red]error[/] --workers needs a read-only server: with a token, a posted ingest writes the store, and no other process may hold it")
        raise typer.Exit(code=2)
    # the bound address itself is a name clients use; a wildcard bind is not
    hosts = LOOPBACK | set(allow_host) | ({host} if host not in ("0.0.0.0", "::", "") else set())
    options = {"allowed_hosts": sorted(hosts), "max_exports": max_exports}
    try:
        application = (create_app(db, token=token, allowed_hosts=frozenset(hosts), max_body=max_body * 1024 * 1024, max_exports=max_exports)
                       if workers == 1 else check_store(db))  # workers build their own apps  # fmt: skip
    except FileNotFoundError as e:
        err.print(f"[red]error[/] {e}")
        raise typer.Exit(code=2) from None
    except Exception as e:  # a store another process writes to, a file that is no store
        err.print(f"[red]error[/] cannot open {db}: {e}")
        raise typer.Exit(code=2) from None
    err.print(f"warta: dashboard on http://{host}:{port}/ , API docs on http://{host}:{port}/docs ({'read-write with token' if token else 'read-only'})")
    if application is not None:
        uvicorn.run(application, host=host, port=port, log_level="warning")
    else:  # each worker process builds its own app from the store named in the environment
        os.environ["WARTA_SERVE_DB"] = str(db.resolve())
        os.environ["WARTA_SERVE_OPTIONS"] = json.dumps(options)
        uvicorn.run("warta.serve.app:app_from_environment", factory=True, workers=workers, host=host, port=port, log_level="warning")


@app.command("geocode")
def geocode_command(
    text: str = typer.Argument(..., help='A place mention, e.g. "Kabupaten Bogor" or "Gaza".'),
    context: str = typer.Option("", "--context", help="Text around the mention (its article, its dateline): it decides between same-named places."),
    limit: int = typer.Option(10, "--limit", min=1, help="Candidates to print."),
) -> None:
    """Print the gazetteer candidates for a place mention as JSON, best first."""
    import orjson

    from warta.places.gazetteer import load_gazetteer
    from warta.places.resolve import candidates
    from warta.places.stage import context_from_text

    gaz = load_gazetteer()
    found = candidates(gaz, text, context_from_text(context, gaz, mention=text))
    sys.stdout.buffer.write(orjson.dumps([c.as_dict() for c in found[:limit]], option=orjson.OPT_INDENT_2) + b"\n")


@app.command("dates")
def dates_command(
    text: str = typer.Argument(..., help='Text holding time expressions, e.g. "Selasa (12/6) dan pekan lalu".'),
    base: str | None = typer.Option(None, "--base", help="Publication date YYYY-MM-DD that relative expressions count from."),
) -> None:
    """Print the time expressions found in TEXT as JSON: text, start, end, value (ISO 8601), precision."""
    import datetime as dt

    import orjson

    from warta.dates.expressions import find_dates

    try:
        base_date = dt.date.fromisoformat(base) if base else None
    except ValueError:
        err.print(f"--base must be a date YYYY-MM-DD, not {base!r}")
        raise typer.Exit(code=2) from None
    sys.stdout.buffer.write(orjson.dumps([d.as_dict() for d in find_dates(text, base_date)], option=orjson.OPT_INDENT_2) + b"\n")


eval_app = typer.Typer(no_args_is_help=True, help="Measure warta against labelled data.")
app.add_typer(eval_app, name="eval")


@app.callback()
def main() -> None:
    """warta: read Indonesian news into an embedded store, cleaned and deduplicated."""


@app.command("version")
def version() -> None:
    """Print the version."""
    out.print(__version__)


@app.command("ingest")
def ingest_command(
    paths: Paths,
    db: Path = typer.Option(Path("warta.duckdb"), "--db", help="DuckDB store to write (created if missing)."),
    lang: Lang = None, fmt: Format = None, id_col: IdCol = None, title_col: TitleCol = None, text_col: TextCol = None,
    url_col: UrlCol = None, published_col: PublishedCol = None, source_col: SourceCol = None, max_document_mb: MaxDocumentMb = 10.0,
    dedup_threshold: float = typer.Option(0.4, "--dedup-threshold", min=0.05, max=1.0, help="Estimated Jaccard (word 3-grams) above which two articles are copies."),
    batch_size: int = typer.Option(512, "--batch-size", min=1, help="Documents per stored transaction."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes: every stage but dedup and the store write runs in them."),
    engine: str = typer.Option("local", "--engine", help="Where the stages run: local (this process or --workers processes) or ray."),
    address: str | None = typer.Option(None, "--address", help="With --engine ray: the cluster to join (auto, ray://host:port); default: a local Ray of --workers CPUs."),
    nlp: bool = typer.Option(True, "--nlp/--no-nlp", help="Run the NLP stage (sentences, tags, parse, entities) on new Indonesian documents."),
    min_confidence: MinConfidence = None,
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero if any input had a problem."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress display."),
    json_summary: bool = typer.Option(False, "--json", help="Print the summary as JSON on stdout."),
) -> None:
    """Read news into the store: clean, identify language, deduplicate, and process.
    Ends with what the store now holds (events by type, actors, places) and how to serve it."""
    options = read_options(lang=lang, fmt=fmt, id_col=id_col, title_col=title_col, text_col=text_col, url_col=url_col,
                           published_col=published_col, source_col=source_col, max_document_mb=max_document_mb)  # fmt: skip
    config = IngestConfig(
        read=options,
        dedup=DedupConfig(threshold=dedup_threshold),
        batch_size=batch_size,
        workers=workers,
        stages=default_stages(min_confidence) if nlp else (),
        engine=_engine(engine),
        address=address,
    )
    with steps(err, "ingest", enabled=not quiet and not json_summary, min_interval=10.0) as progress:
        progress.update(f"reading {' '.join(paths)}")

        def on_batch(s: IngestSummary) -> None:
            progress.update(f"{s.files} files · {s.read} read · {s.stored} stored · {sum(s.failed.values())} problems")

        try:
            summary = ingest(paths, db, config, on_batch=on_batch)
        except StoreBusy as e:
            err.print(f"[red]error[/] {literal(e)}")
            raise typer.Exit(code=2) from None
        except (duckdb.Error, OSError) as e:  # a full disk, a store on a failing device: the OS error, said once
            err.print(f"[red]error[/] could not write the store {literal(db)}: {literal(e)}", soft_wrap=True)
            err.print("Batches written before the error are kept; run the same command again to complete.", soft_wrap=True)
            raise typer.Exit(code=2) from None
    if json_summary:
        out.print_json(json.dumps(summary.as_dict()))
    else:
        print_summary(summary, db)
        if summary.read:
            print_contents(db)
    if summary.read == 0:
        nothing_read(paths, summary.problems)
    if strict and summary.failed:
        raise typer.Exit(code=1)


def print_contents(db: Path) -> None:
    """What the whole store holds now, and the command that serves it."""
    from warta.store.contents import store_contents

    c = store_contents(db)
    table = Table(title=f"{db} now holds", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("documents", f"{c.documents} ({c.processed} processed)")
    table.add_row("events", str(c.events))
    for event_type, n in c.events_by_type.items():
        table.add_row(f"  {event_type}", str(n))
    table.add_row("actors in events", str(c.actors))
    table.add_row("  actor/recipient spans not resolved", str(c.unresolved_roles))
    table.add_row("places of events", str(c.places))
    if c.first_day:
        table.add_row("event days", f"{c.first_day} to {c.last_day}")
    out.print(table)
    exe = sys.argv[0] if Path(sys.argv[0]).name == "warta" else "warta"  # as typed: .venv/bin/warta after make demo
    out.print(f"Dashboard and API: {exe} serve --db {db}  then open http://127.0.0.1:8000/", markup=False, highlight=False, soft_wrap=True)


def _engine(name: str) -> str:
    from warta.engine.executors import ENGINES

    if name not in ENGINES:
        raise typer.BadParameter(f"unknown engine {name!r}; choose from {', '.join(ENGINES)}", param_hint="--engine")
    return name


@app.command("process")
def process_command(
    paths: Paths,
    out_dir: Path = typer.Option(..., "--out", help="Folder for the Parquet shards (DIR/<table>/part-NNNNNN.parquet)."),
    engine: str = typer.Option("local", "--engine", help="local (this process or --workers processes) or ray."),
    address: str | None = typer.Option(None, "--address", help="With --engine ray: the cluster to join (auto, ray://host:port); default: a local Ray of --workers CPUs."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes (local) or CPUs of the local Ray instance."),
    lang: Lang = None,
    batch_size: int = typer.Option(512, "--batch-size", min=1, help="Documents per shard."),
    part: str = typer.Option("1/1", "--part", help="K/N: process only the K-th of N shares of the batches, so that N machines "
                             "can each run one part over the same inputs into one folder (then one `warta load`)."),  # fmt: skip
    min_confidence: MinConfidence = None,
    json_summary: bool = typer.Option(False, "--json", help="Print the summary as JSON on stdout."),
) -> None:
    """Run every per-document stage over the inputs and write Parquet shards, for `warta load`
    (no store, no deduplication: for archives processed on many machines)."""
    from warta.engine.process import Part, process_with

    try:
        share = Part.parse(part)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--part") from None
    config = IngestConfig(read=ReadOptions(language=lang), batch_size=batch_size, workers=workers,
                          stages=default_stages(min_confidence), engine=_engine(engine), address=address)  # fmt: skip
    summary = process_with(paths, out_dir, config, share)
    if json_summary:
        out.print_json(json.dumps(summary.as_dict()))
    else:
        err.print(f"warta process: {summary.read} documents read, {summary.stored} written to {out_dir} "
                  f"({summary.indonesian} processed, {summary.failed_documents} failed, {sum(summary.failed.values())} problems)")  # fmt: skip
    if summary.read == 0:
        raise typer.Exit(code=1)


@app.command("load")
def load_command(
    out_dir: Path = typer.Argument(..., help="A folder written by `warta process`."),
    db: Path = typer.Option(Path("warta.duckdb"), "--db", help="DuckDB store to write (created if missing)."),
    dedup_threshold: float = typer.Option(0.4, "--dedup-threshold", min=0.05, max=1.0, help="Estimated Jaccard (word 3-grams) above which two articles are copies."),
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero if any document had a problem (the shards' or the store's)."),
    json_summary: bool = typer.Option(False, "--json", help="Print the summary as JSON on stdout."),
) -> None:
    """Load the Parquet shards of `warta process` into the store: deduplicated against what is
    stored, events clustered; loading the same shards again adds nothing. A document whose rows
    the store refuses is stored as failed, without them, and named (as `warta ingest` does)."""
    from warta.engine.process import load, shards

    if not shards(out_dir):
        err.print(f"[red]error[/] no shards in {out_dir} (expected {out_dir}/documents/part-*.parquet)")
        raise typer.Exit(code=2)
    try:
        summary = load(out_dir, db, DedupConfig(threshold=dedup_threshold))
    except StoreBusy as e:
        err.print(f"[red]error[/] {e}")
        raise typer.Exit(code=2) from None
    if json_summary:
        out.print_json(json.dumps(summary.as_dict()))
    else:
        err.print(f"warta load: {summary.shards} shards, {summary.documents} documents: {summary.stored} stored "
                  f"({summary.duplicates} duplicates), {summary.already_stored} already in the store, {summary.events} events, "
                  f"{summary.problems} problems ({summary.store_failed} refused by the store)")  # fmt: skip
        for p in summary.refused[:50]:
            say_problem(p)
    if strict and summary.problems:
        raise typer.Exit(code=1)


def print_summary(s: IngestSummary, db: Path) -> None:
    table = Table(title=f"warta ingest → {literal(db)}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("files", str(s.files))
    table.add_row("documents read", str(s.read))
    table.add_row("  already in store (skipped)", str(s.already_stored))
    table.add_row("  stored", str(s.stored))
    table.add_row("    Indonesian, processed", str(s.indonesian))
    table.add_row("    exact duplicates", str(s.exact_duplicates))
    table.add_row("    near duplicates", str(s.near_duplicates))
    for lang, n in sorted(s.non_indonesian.items()):
        table.add_row(f"    not Indonesian ({lang})", str(n))
    table.add_row("    empty after cleaning", str(s.empty))
    table.add_row("problems", str(sum(s.failed.values())))
    for reason, n in sorted(s.failed.items()):
        table.add_row(f"  {literal(reason)}", str(n))
    out.print(table)
    for p in s.problems[:50]:
        say_problem(p)
    hidden = sum(s.failed.values()) - min(len(s.problems), 50)
    if hidden > 0:
        err.print(f"… and {hidden} more (table ingest_problems, run {s.run_id})")


@eval_app.command("dedup")
def eval_dedup(
    fixture: Path = typer.Argument(Path("tests/fixtures/dedup/syndication.jsonl"), help="JSONL with id, story, split, outlet, title, text."),
    split: str = typer.Option("test", "--split", help="dev, test or all."),
    thresholds: list[float] = typer.Option([DedupConfig().threshold], "--threshold", help="Repeat to compare several."),
) -> None:
    """Pairwise precision/recall of near-duplicate clustering against story labels."""
    from warta.evaluate.dedup import evaluate

    table = Table(title=f"dedup on {fixture} ({split})")
    for col in ("threshold", "documents", "gold pairs", "predicted pairs", "precision", "recall", "F1"):
        table.add_column(col, justify="right")
    for t in thresholds:
        s = evaluate(fixture, split, t)
        table.add_row(f"{t:.2f}", str(s.documents), str(s.gold_pairs), str(s.predicted_pairs), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    out.print(table)


@eval_app.command("actors")
def eval_actors(
    gold: Path = typer.Argument(Path("tests/fixtures/actors/dev.jsonl"), help="Annotated documents (JSONL)."),
    without: list[str] = typer.Option([], "--without", help="Switch a coreference or role-phrase rule off (repeatable; names: warta.actors.rules.RULE_NAMES)."),
) -> None:
    """Actor mentions: P/R/F1, canonical-id accuracy, coreference accuracy."""
    from warta.actors.rules import RULE_NAMES
    from warta.evaluate.actors import evaluate

    if unknown := sorted(set(without) - set(RULE_NAMES)):
        err.print(f"no such rule: {', '.join(unknown)}; the rules: {', '.join(RULE_NAMES)}")
        raise typer.Exit(code=2)
    s = evaluate(gold, without)
    title = f"actors on {gold}" + (f" without {', '.join(without)}" if without else "")
    _print_rows(title, [{
        "documents": s.documents, "gold mentions": s.gold, "predicted": s.predicted, "P": s.precision, "R": s.recall,
        "F1": f"{s.f1:.3f}", "canonical-id accuracy": f"{s.id_accuracy:.3f} ({s.id_correct}/{s.id_known})",
        "coreference accuracy": f"{s.coref_accuracy:.3f} ({s.coref_correct}/{s.coref_gold})",
        **({"document-level actor recall": f"{s.about_recall:.3f} ({s.about_found}/{s.about_gold})"} if s.about_gold else {}),
    }])  # fmt: skip  (three decimals and counts: a target of 0.75 is decided by single anaphors)


def _prf_row(label: str, prf) -> dict:
    return {"": label, "P": prf.p, "R": prf.r, "F1": prf.f1, "gold": prf.gold, "predicted": prf.pred}


@eval_app.command("events")
def eval_events(
    gold: list[Path] = typer.Argument(None, help="Annotated event documents (JSONL); default: the real-news test set, tests/fixtures/events/real-test.jsonl."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    errors: Path | None = typer.Option(None, "--errors", help="Write every missed, spurious or mis-read event here (JSONL)."),
) -> None:
    """Events: P/R/F1 overall and per type, actor and recipient F1, modality accuracy, the share of
    no-event sentences given an event, type confusion, and the annotators' agreement (the ceiling)."""
    import orjson

    from warta.evaluate.events import TYPES, evaluate, real_news_agreement, real_news_set

    ceiling = real_news_agreement()
    paths = gold or [real_news_set("test")]
    if errors:
        errors.write_bytes(b"")  # one run's errors, of every gold file in turn (a re-run does not append)
    for i, path in enumerate(paths, 1):
        with steps(err, "eval events") as progress:
            progress.update(f"running the pipeline on {path} ({i}/{len(paths)})")
            s = evaluate(path, keep_errors=errors is not None)
        if errors:
            with errors.open("ab") as f:
                for e in s.errors:
                    f.write(orjson.dumps(e) + b"\n")
        if as_json:
            out.print_json(data={"gold": str(path), **s.as_dict(), "annotator_agreement": ceiling.as_dict() if ceiling else None})
            continue
        _print_rows(f"events on {path} ({s.documents} documents, {s.sentences} sentences)", [
            _prf_row("events", s.events), _prf_row("actor (matched events)", s.actor_matched),
            _prf_row("recipient (matched events)", s.recipient_matched), _prf_row("actor (end to end)", s.actor_e2e),
            _prf_row("recipient (end to end)", s.recipient_e2e),
            {"": "modality accuracy (matched)", "P": s.modality_accuracy, "R": "", "F1": "", "gold": s.events.tp, "predicted": ""},
            {"": "no-event sentences given an event", "P": s.quiet_rate, "R": "", "F1": "", "gold": s.quiet_sentences, "predicted": s.quiet_with_event},
        ])  # fmt: skip
        if ceiling:
            _print_rows(f"annotator agreement: second annotator against the gold on {ceiling.documents} real-news documents "
                        f"({ceiling.sentences} sentences), the ceiling for every score above", [
                _prf_row("events", ceiling.events), _prf_row("actor (matched events)", ceiling.actor_matched),
                _prf_row("recipient (matched events)", ceiling.recipient_matched),
                {"": "modality accuracy (matched)", "P": ceiling.modality_accuracy, "R": "", "F1": "", "gold": ceiling.events.tp, "predicted": ""},
            ])  # fmt: skip
        _print_rows("per type", [{"type": t, "P": v.p, "R": v.r, "F1": v.f1, "gold": v.gold, "predicted": v.pred} for t, v in s.per_type.items()])
        labels = [*TYPES, "-"]
        _print_rows("type confusion (rows gold, columns predicted; - = none)", [
            {"gold": g, **{p[:5]: s.type_confusion.get((g, p), "") or "" for p in labels}} for g in labels
        ])  # fmt: skip
        mods = ["asserted", "future", "hypothetical", "negated", "historical"]
        _print_rows("modality confusion on matched events (rows gold)", [
            {"gold": g, **{p: s.modality_confusion.get((g, p), "") or "" for p in mods}} for g in mods
        ])  # fmt: skip


@eval_app.command("geo")
def eval_geo(gold: list[Path] = typer.Argument(None, help="Place gold sets (default: tests/fixtures/places/dev.jsonl and test.jsonl).")) -> None:
    """Place resolution: exact place and country accuracy, unresolvable mentions kept unresolved."""
    from warta.evaluate.places import evaluate

    paths = gold or [Path("tests/fixtures/places/dev.jsonl"), Path("tests/fixtures/places/test.jsonl")]
    rows = []
    with steps(err, "eval geo", total=len(paths)) as progress:
        for path in paths:
            progress.next(f"resolving the places of {path}")
            s = evaluate(path)
            rows.append({"set": str(path), "mentions": s.mentions, "exact place": s.exact_accuracy, "country": s.country_accuracy,
                         "unresolvable kept": f"{s.unresolvable_kept}/{s.unresolvable}"})  # fmt: skip
    _print_rows("places", rows)


@eval_app.command("event-places")
def eval_event_places(
    split: list[str] = typer.Option(["dev"], "--split", help="Real-news split(s): train, dev, test (test: report only)."),
    errors: bool = typer.Option(False, "--errors", help="Also print the events placed wrong (JSON lines)."),
) -> None:
    """Event locations on the real-news gold: country and place accuracy of matched events, and
    where the locations came from."""
    from warta.evaluate.event_places import evaluate

    rows = []
    with steps(err, "eval event-places", total=len(split)) as progress:
        for name in split:
            progress.next(f"placing the events of real-news {name}")
            s = evaluate(name, keep_errors=errors)
            rows.append({"split": name, "gold events": s.gold_events, "matched": s.matched,
                         "country": f"{s.country_accuracy:.3f} ({s.country}/{s.located_gold})",
                         "place": f"{s.place_accuracy:.3f} ({s.place}/{s.place_known})",
                         "place (nested)": f"{s.place_nested_accuracy:.3f} ({s.place_nested}/{s.place_known})",
                         "no place in sentence, said sentence": f"{s.unlocated_said_sentence}/{s.unlocated_gold}",
                         "located": f"{s.predicted_located}/{s.matched}",
                         "sources": ", ".join(f"{k} {v}" for k, v in s.sources.most_common()),
                         "dated": f"{s.dated}/{s.predicted}",
                         "date sources": ", ".join(f"{k} {v}" for k, v in s.date_sources.most_common())})  # fmt: skip
            for e in s.errors:
                sys.stdout.write(json.dumps(e, ensure_ascii=False) + "\n")
    _print_rows("event places (real news)", rows)


@eval_app.command("dates")
def eval_dates(gold: list[Path] = typer.Argument(None, help="Date gold sets (default: tests/fixtures/dates/dev.jsonl and test.jsonl).")) -> None:
    """Date expressions: accuracy (span found, value and precision right), false positives, weekday checks."""
    from warta.evaluate.dates import evaluate

    paths = gold or [Path(f"tests/fixtures/dates/{name}.jsonl") for name in ("dev", "dev2", "dev3", "test")]
    rows = []
    for path in paths:
        s = evaluate(path)
        rows.append({"set": str(path), "texts": s.texts, "expressions": s.expected, "accuracy": f"{s.accuracy:.3f} ({s.correct}/{s.expected})",
                     "false positives": s.false_positives, "negative texts clean": f"{s.negatives_clean}/{s.negatives}",
                     "weekday check": f"{s.mismatch_correct}/{s.mismatch_texts}"})  # fmt: skip
    _print_rows("dates", rows)


@eval_app.command("ner")
def eval_ner(limit: int | None = typer.Option(None, "--limit", help="Score only the first N sentences of each set.")) -> None:
    """NER precision/recall/F1 (0-1) of the shipped model on held-out sets (dev and test apart)."""
    from warta.evaluate.nlp import NER_ROWS, ner_table

    with steps(err, "eval ner", total=len(NER_ROWS)) as progress:
        progress.update("loading the model")
        rows = ner_table(limit=limit, on_set=lambda name: progress.next(f"scoring {name}"))
    _print_rows("NER (PER/ORG/LOC), shipped model", _fractions(rows, ("P", "R", "F1", "F1_PER", "F1_ORG", "F1_LOC")))


@eval_app.command("ner-real")
def eval_ner_real(
    gold: list[Path] = typer.Argument(None, help="Real-news gold sets: actor sets (tests/fixtures/actors/real-*.jsonl) or names "
                                                 "sets (tests/fixtures/nlp/real-names-*.jsonl); default: the test one of each."),
    model: Path = typer.Option(None, "--model", help="Score this spaCy pipeline folder instead of the shipped model."),
) -> None:
    """NER on real news (0-1), of the shipped model or ``--model``. Against a names set (the names
    layer), exactly, as the benchmarks are scored, on the text as ingest cleans it; against an
    actor set, leniently: a named actor mention is found when an entity of its label lies within it."""
    from warta.evaluate.nlp import NAME_LABELS, NER_REAL_LABELS, REAL_ACTOR_SETS, REAL_NAME_SETS, names_agreement, score_ner_names, score_ner_real
    from warta.nlp.model import load_nlp

    paths = gold or [REAL_NAME_SETS / "real-names-test.jsonl", REAL_ACTOR_SETS / "real-test.jsonl"]
    strict, lenient = [], []
    with steps(err, "eval ner-real", total=len(paths)) as progress:
        progress.update("loading the model")
        nlp = load_nlp(model)
        for path in paths:
            progress.next(f"scoring {path.name}")
            with path.open(encoding="utf-8") as f:
                first = f.readline()
            names = bool(first.strip()) and "names" in json.loads(first)  # a names set, else an actor set
            s = score_ner_names(nlp, path) if names else score_ner_real(nlp, path)
            for lab in (*(NAME_LABELS if names else NER_REAL_LABELS), "all"):
                c = s[lab]
                row = {"set": path.name, "label": lab, "P": f"{c['P']:.3f}", "R": f"{c['R']:.3f}", "F1": f"{c['F1']:.3f}"}
                if names:
                    strict.append({**row, "gold": c["gold"], "predicted": c["pred"]})
                else:
                    lenient.append({**row, "R exact span": f"{c['exact_R']:.3f}", "gold": c["gold"], "predicted": c["pred"]})
    if strict:
        _print_rows("NER on real news, exact spans against the names layer (PER/ORG/LOC)", strict)
        agreement = names_agreement()
        if agreement:
            typer.echo(f"annotators' agreement on names (the ceiling): F1 {agreement['F1']:.3f} "
                       f"({agreement['documents']} documents coded blind by a second annotator)")
    if lenient:
        _print_rows("NER on real news (PER/ORG within the annotated actor mentions)", lenient)


@eval_app.command("ud")
def eval_ud(limit: int | None = typer.Option(None, "--limit", help="Score only the first N sentences of each set.")) -> None:
    """POS tagging (UPOS accuracy, 0-1) of the shipped model on UD treebanks."""
    from warta.evaluate.nlp import UD_ROWS, ud_table

    with steps(err, "eval ud", total=len(UD_ROWS)) as progress:
        progress.update("loading the model")
        rows = ud_table(limit=limit, on_set=lambda name: progress.next(f"scoring {name}"))
    _print_rows("UD (UPOS), shipped model", _fractions(rows, ("UPOS", "UAS", "LAS")))


def _fractions(rows: list[dict], keys: tuple[str, ...]) -> list[dict]:
    """The NLP tables score in percent (as docs/models.md reports them); every eval command
    prints 0-1 with three decimals."""
    return [{k: f"{v / 100:.3f}" if k in keys and isinstance(v, (int, float)) else v for k, v in row.items()} for row in rows]


def _print_rows(title: str, rows: list[dict]) -> None:
    if not rows:
        err.print("nothing to score: are the corpora in ../shared/corpora?")
        raise typer.Exit(code=1)
    table = Table(title=title)
    columns = list(rows[0])
    for col in columns:
        table.add_column(col, justify="left" if isinstance(rows[0][col], str) else "right")
    for row in rows:
        table.add_row(*(f"{row[c]:.3f}" if isinstance(row[c], float) else str(row[c]) for c in columns))
    out.print(table)
