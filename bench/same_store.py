"""Do two stores hold the same data? Every table compared row by row, run ids and times left out.

    .venv/bin/python bench/same_store.py A.duckdb B.duckdb

For an engine change that must not change what is stored: ``warta ingest`` the same input
into two fresh stores (1 and 2 workers, or before and after the change) and compare them.
``ingest_runs`` (one row per run: its id, times, options and summary) is left out, and so
are the columns that name a run or a time; every other column of every table is compared,
rows sorted. Exits 1 when a table differs and names the first rows that do.
"""

from __future__ import annotations

import argparse
import sys

import duckdb

SKIP_TABLES = {"ingest_runs", "schema_version"}
SKIP_COLUMNS = {"run_id", "ingested_at", "started_at", "finished_at", "applied_at"}


def tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return sorted(r[0] for r in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall())


def rows(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple]:
    cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in SKIP_COLUMNS]
    quoted = ", ".join(f'"{c}"' for c in cols)
    return con.execute(f"SELECT {quoted} FROM {table} ORDER BY ALL").fetchall()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a")
    ap.add_argument("b")
    args = ap.parse_args()
    a, b = duckdb.connect(args.a, read_only=True), duckdb.connect(args.b, read_only=True)
    names, names_b = tables(a), tables(b)
    if names != names_b:
        sys.exit(f"different tables: {names} / {names_b}")
    compared = [name for name in names if name not in SKIP_TABLES]
    differ = 0
    for name in compared:
        ra, rb = rows(a, name), rows(b, name)
        same = ra == rb
        differ += not same
        print(f"{name}: {len(ra)} / {len(rb)} rows, {'identical' if same else 'DIFFERENT'}")
        if not same:
            for x, y in zip(sorted(set(ra) - set(rb))[:3], sorted(set(rb) - set(ra))[:3]):
                print(f"  {x!r}\n  {y!r}")
    print(f"{differ} of {len(compared)} tables differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
