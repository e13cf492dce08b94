"""The pre-built tables (warta.prebuilt): each shipped file equals its rebuild from its source,
the loaders give what parsing the source gives, and a stale or foreign file is not used."""

from __future__ import annotations

import gzip
import logging
import pickle
from pathlib import Path

import pytest

from warta import prebuilt
from warta.prebuilt import Prebuilt


def test_every_shipped_table_equals_its_rebuild_from_the_source(capsys):
    """``python -m warta.prebuilt --check``: rebuild each table from its source and compare."""
    assert prebuilt.main(["--check"]) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    assert out.count("equals its rebuild") == len(prebuilt.PREBUILT) == 3


def test_places_gazetteer_loads_what_parsing_its_source_gives():
    from warta.places.gazetteer import PREBUILT_PLACES_GAZETTEER, load_gazetteer, parse_gazetteer

    assert PREBUILT_PLACES_GAZETTEER.read() is not None  # the shipped file, not a fallback
    gaz = load_gazetteer()
    parsed = parse_gazetteer(PREBUILT_PLACES_GAZETTEER.source().read_bytes())
    assert gaz == parsed
    assert len(gaz.places) > 40_000 and gaz.max_words == parsed.max_words
    assert [p.id for p in gaz.lookup("Bandung")] == [p.id for p in parsed.lookup("Bandung")] != []


def test_nlp_name_lists_load_what_parsing_their_source_gives():
    from warta.nlp.gazetteer import PREBUILT_NLP_GAZETTEER, load_gazetteer, longest_from, longest_names, parse_names

    names = parse_names(PREBUILT_NLP_GAZETTEER.source().read_bytes())
    assert load_gazetteer() == names and len(names) > 100_000
    assert longest_names() == longest_from(names)


def _table(source: Path, tmp: Path, build) -> Prebuilt:
    """A Prebuilt of a source file in ``tmp``, written under a name of its own in the package's
    prebuilt folder would be wrong: point its file at ``tmp`` instead."""

    class Here(Prebuilt):
        def path(self) -> Path:
            return tmp / f"{self.name}.pickle.gz"

    return Here("words", lambda: source, build)


def test_a_table_built_from_another_source_is_not_used(tmp_path, caplog):
    source = tmp_path / "words.txt"
    source.write_text("a b c", encoding="utf-8")
    table = _table(source, tmp_path, lambda raw: sorted(raw.decode().split()))
    assert table.read() is None
    assert table.load() == ["a", "b", "c"]  # no file: built from the source
    table.write()
    assert table.check() is None and table.load() == ["a", "b", "c"]
    source.write_text("x y", encoding="utf-8")  # the source changes, the table is not rebuilt
    assert "another version" in (table.check() or "")
    with caplog.at_level(logging.WARNING, logger="warta.prebuilt"):
        assert table.load() == ["x", "y"]  # built from the source as it is now
    assert "python -m warta.prebuilt" in caplog.text


def test_a_table_that_differs_from_its_rebuild_fails_the_check(tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("a b", encoding="utf-8")
    table = _table(source, tmp_path, lambda raw: raw.decode().split())
    table.write()
    changed = _table(source, tmp_path, lambda raw: raw.decode().upper().split())  # the build changed since
    assert "differs" in (changed.check() or "")


def test_a_pickle_naming_a_class_is_refused(tmp_path):
    """The tables hold plain data only: reading one never imports or calls anything."""
    source = tmp_path / "words.txt"
    source.write_text("a", encoding="utf-8")
    table = _table(source, tmp_path, lambda raw: [])
    table.path().write_bytes(gzip.compress(pickle.dumps({"source_sha256": "", "table": Path("x")})))
    with pytest.raises(pickle.UnpicklingError, match="plain data"):
        table.read()
