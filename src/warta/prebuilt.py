"""Tables every process would otherwise build from text at start-up, shipped pre-built.

A worker of ``warta ingest`` loads the same gazetteers and tokenizer rules before its first
document, and every worker does it again (``docs/benchmarks.md``, "start-up"). Parsing them from
their text sources (JSON lines, tab-separated names, the tokenizer's exceptions) and building
their indexes is most of that; the result is always the same, so it is built once, here, and
shipped in ``warta/data/prebuilt/``:

- each file holds the table (plain dicts, lists, tuples, strings and numbers, pickled and
  gzipped: the fastest form Python reads back) and the SHA-256 of the source file it was built
  from;
- ``Prebuilt.load`` uses it only when that hash is the source's: a source changed without
  rebuilding (a new gazetteer, a retrained model) is built from the source as before — the
  same table, the old start-up time — with a warning;
- ``python -m warta.prebuilt`` rebuilds every file; ``--check`` rebuilds and compares (the test
  suite runs it: ``tests/test_prebuilt.py``).

The tables are registered by their modules (``PREBUILT`` below names them); each module keeps
its build from the source, which is what the file must equal.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib
import io
import logging
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from warta.step import collection_paused

log = logging.getLogger(__name__)

FOLDER = "prebuilt"  # under warta/data
# The modules that define the shipped pre-built tables (each a ``Prebuilt`` named PREBUILT_*).
PREBUILT = {
    "places_gazetteer": "warta.places.gazetteer",
    "nlp_gazetteer": "warta.nlp.gazetteer",
    "tokenizer_rules": "warta.nlp.saved_tokenizer",
}


class _Builtins(pickle.Unpickler):
    """Reads back plain data only: a pickle naming any class or function is refused."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"a pre-built table holds only plain data, not {module}.{name}")


def data_file(*parts: str) -> Path:
    """A file shipped under ``warta/data`` (a source, or a pre-built table)."""
    return Path(str(resources.files("warta.data").joinpath(*parts)))


@dataclass(frozen=True)
class Prebuilt:
    """A table built from one source file by ``build`` (source bytes -> plain data)."""

    name: str  # the file warta/data/prebuilt/<name>.pickle.gz
    source: Callable[[], Path]  # the file it is built from
    build: Callable[[bytes], Any]

    def path(self) -> Path:
        return data_file(FOLDER, f"{self.name}.pickle.gz")

    def load(self) -> Any:
        """The table: the shipped one when it was built from this source, else built now."""
        raw = self.source().read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        with collection_paused():  # many small long-lived objects: collections would only walk them
            stored = self.read()
        if stored is not None and stored["source_sha256"] == digest:
            return stored["table"]
        log.warning("%s was not built from %s as it is now: building it from the source (slower); "
                    "rebuild with `python -m warta.prebuilt`", self.path(), self.source())  # fmt: skip
        return self.build(raw)

    def read(self) -> dict | None:
        try:
            data = gzip.decompress(self.path().read_bytes())
        except FileNotFoundError:
            return None
        return _Builtins(io.BytesIO(data)).load()

    def built(self) -> dict:
        """What the shipped file must hold: the table built from the source now."""
        raw = self.source().read_bytes()
        return {"source_sha256": hashlib.sha256(raw).hexdigest(), "table": self.build(raw)}

    def write(self) -> Path:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps(self.built(), protocol=5)
        path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))  # the same bytes for the same table
        return path

    def check(self) -> str | None:
        """None when the shipped file equals a rebuild from the source, else what differs."""
        stored, now = self.read(), self.built()
        if stored is None:
            return f"{self.path()} is missing"
        if stored["source_sha256"] != now["source_sha256"]:
            return f"{self.path()} was built from another version of {self.source()}"
        if stored["table"] != now["table"]:
            return f"{self.path()} differs from the table built from {self.source()}"
        return None


def registered() -> list[Prebuilt]:
    return [getattr(importlib.import_module(module), f"PREBUILT_{name.upper()}") for name, module in PREBUILT.items()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="Rebuild and compare with the shipped files instead of writing them.")
    args = ap.parse_args(argv)
    failed = 0
    for table in registered():
        if args.check:
            problem = table.check()
            failed += problem is not None
            print(problem or f"{table.path().name}: equals its rebuild from {table.source().name}")
        else:
            print(f"wrote {table.write()}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
