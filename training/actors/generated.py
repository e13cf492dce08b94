"""Writing the register's generated data files, or checking them against their build script.

Each ``build_*.py`` of this folder turns its sources into one or more files under
``src/warta/data/actors``; ``--check`` rebuilds them in memory and fails if a committed file differs
(the test suite runs it), so a file edited by hand or a source changed without a rebuild is caught.
"""

from __future__ import annotations

from pathlib import Path


def write_or_check(outputs: dict[Path, str], check: bool) -> None:
    """Write every file of ``outputs`` (path -> text), or with ``check`` exit 1 naming those that differ."""
    if check:
        stale = [str(path) for path, data in outputs.items() if not path.exists() or path.read_text("utf-8") != data]
        print("up to date" if not stale else f"DIFFER from their build script: {stale}")
        raise SystemExit(1 if stale else 0)
    for path, data in outputs.items():
        path.write_text(data, encoding="utf-8")
        print(path)
