"""The abbreviation lists (``abbreviations.json``: titles, words that may end a sentence,
initials, words never split) that the tokenizer's special cases, the sentence splitter and
cleaning read; here, without spaCy, so that cleaning can read them too."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

ABBREVIATIONS_PATH = Path(__file__).with_name("abbreviations.json")


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, list[str]]:
    data = json.loads(ABBREVIATIONS_PATH.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}
