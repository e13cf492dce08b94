"""The Indonesian date words (``data/dates_id.json``: months, weekdays, numbers, period bounds,
quote pairs ...), read once per process and shared by every part of the dates stage."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def date_words() -> dict[str, Any]:
    return json.loads(resources.files("warta.data").joinpath("dates_id.json").read_text("utf-8"))
