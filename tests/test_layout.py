"""The package layout shows the engine: imports run one way, from the engine and the
evaluation wing down to the stages, never back up (issue 16)."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "warta"
STAGES = ["read", "clean", "lang", "dedup", "nlp", "actors", "events", "places", "dates", "search"]
ABOVE = ("warta.engine", "warta.evaluate", "warta.serve", "warta.store", "warta.cli")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("stage", STAGES)
def test_no_stage_imports_the_layers_above_it(stage):
    files = sorted((SRC / stage).rglob("*.py"))
    assert files, stage
    for path in files:
        bad = sorted(m for m in imported_modules(path) if m.startswith(ABOVE))
        assert not bad, f"{path.relative_to(SRC)} imports {bad}"


def test_the_checker_sees_an_upward_import(tmp_path):
    f = tmp_path / "x.py"
    f.write_text("def f():\n    from warta.engine.ingest import ingest\n", encoding="utf-8")
    assert "warta.engine.ingest" in imported_modules(f)


def test_evaluation_is_its_own_wing():
    assert not list(SRC.glob("*/evaluate.py")), "evaluation modules belong in src/warta/evaluate/"
    assert {p.stem for p in (SRC / "evaluate").glob("*.py")} >= {"actors", "dates", "dedup", "events", "nlp", "places"}
    assert not (SRC / "pipeline").exists()
