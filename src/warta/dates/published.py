"""Publication dates as outlets print them, to ISO 8601.

ISO strings (what most exports carry) take a fast path; everything else ("Selasa, 12 Maret
2024 14:30 WIB", "12/03/2024", RFC 822 from feeds) goes through dateparser with Indonesian
first. WIB/WITA/WIT are Indonesia's time zones; dateparser does not know them.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_ZONES = {"WIB": "+0700", "WITA": "+0800", "WIT": "+0900"}
_ZONE_RX = re.compile(r"\b(WIB|WITA|WIT)\b")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?$")


@lru_cache(maxsize=4096)
def parse_published(value: str | None) -> str | None:
    """ISO 8601 for a publication date string, or None if it cannot be read."""
    if not value:
        return None
    value = value.strip()
    if _ISO.match(value):
        if len(value) == 10:
            return value  # a date alone stays a date: no invented midnight
        try:
            return datetime.fromisoformat(value.replace(" ", "T").replace("Z", "+00:00")).isoformat()
        except ValueError:
            return None
    m = _DMY.match(value)  # Indonesian order: day/month/year
    if m:
        day, month, year, hour, minute = m.groups()
        try:
            return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0)).isoformat()
        except ValueError:
            return None
    return _parse_with_dateparser(_ZONE_RX.sub(lambda z: _ZONES[z.group(1)], value))


def _parse_with_dateparser(value: str) -> str | None:
    import dateparser  # slow to import; most inputs never need it

    parsed = dateparser.parse(
        value,
        languages=["id", "en", "ms"],
        settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "STRICT_PARSING": False, "REQUIRE_PARTS": ["day", "month", "year"],
                  # a publication date is absolute: "kemarin" must not become yesterday-from-now
                  "PARSERS": ["timestamp", "custom-formats", "absolute-time"]},
    )
    return parsed.isoformat() if parsed else None
