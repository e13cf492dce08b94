"""Date expressions against the gold sets in tests/fixtures/dates/*.jsonl.

An expected expression is correct when a found one overlaps its span with the same value
and precision. Also reported: found expressions that match nothing expected (false
positives, counted per text so negatives like "1,5 kg" show), and weekday-mismatch flags.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from warta.dates.expressions import find_dates


@dataclass
class DateScores:
    texts: int = 0
    expected: int = 0
    correct: int = 0
    found: int = 0
    false_positives: int = 0
    negatives: int = 0
    negatives_clean: int = 0
    mismatch_texts: int = 0
    mismatch_correct: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.expected if self.expected else 0.0


def evaluate(path: str | Path) -> DateScores:
    s = DateScores()
    for line in Path(path).read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        s.texts += 1
        found = find_dates(row["text"], date.fromisoformat(row["base"]))
        s.found += len(found)
        used = set()
        for exp in row["expected"]:
            s.expected += 1
            hit = next((k for k, f in enumerate(found) if k not in used and f.start < exp["end"] and exp["start"] < f.end), None)
            if hit is not None:
                used.add(hit)
            ok = hit is not None and found[hit].value == exp["value"] and found[hit].precision == exp["precision"]
            s.correct += ok
            if not ok:
                s.errors.append({"id": row["id"], "expected": exp, "found": found[hit].as_dict() if hit is not None else None})
        extra = [f for k, f in enumerate(found) if k not in used]
        s.false_positives += len(extra)
        for f in extra:
            s.errors.append({"id": row["id"], "expected": None, "found": f.as_dict()})
        if not row["expected"]:
            s.negatives += 1
            s.negatives_clean += not found
        if row.get("weekday_mismatch") is not None and row["expected"]:
            s.mismatch_texts += 1
            s.mismatch_correct += any(f.weekday_mismatch for f in found) == bool(row["weekday_mismatch"])
    return s
