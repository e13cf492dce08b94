"""Publication dates as outlets print them, to ISO 8601.

"Selasa, 12 Maret 2024 14:30 WIB", "19/09/2019 07:00 WIB", "10-Sep-19 17:22",
"Oktober 07, 2019", RFC 822 from feeds: the clock time and the zone are split off with a
regex, and the date part goes through dateparser (Indonesian first). A corpus has few
distinct days, so the slow dateparser call is cached per date string. WIB/WITA/WIT are
Indonesia's zones (UTC+7/+8/+9), which dateparser does not know.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import cache, lru_cache

from warta.dates.words import date_words

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_ZONES = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}
_TAIL = re.compile(
    r"[\s,|-]*(?:pukul\s+)?(?P<h>\d{1,2})[:.](?P<m>\d{2})(?::(?P<s>\d{2}))?"
    r"\s*(?P<zone>WIB|WITA|WIT|GMT|UTC|Z|[+-]\d{2}:?\d{2})?\s*$",
    re.I,
)
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
# "Selasa, 12 Maret 2024", "10-Sep-19", "Oktober 07, 2019": the forms dateparser is slow on.
_WEEKDAY = r"(?:[A-Za-z']+,?\s+)?"
_DAY_MONTH_YEAR = re.compile(rf"^{_WEEKDAY}(\d{{1,2}})[\s-]+([A-Za-z]+)\.?[\s,-]+(\d{{4}}|\d{{2}})$")
_MONTH_DAY_YEAR = re.compile(rf"^{_WEEKDAY}([A-Za-z]+)\.?\s+(\d{{1,2}}),?\s+(\d{{4}})$")


def parse_published(value: str | None) -> str | None:
    """ISO 8601 for a publication date string, or None if it cannot be read.

    A date without a time stays a date (no invented midnight).
    """
    if not value:
        return None
    value = value.strip()
    if _ISO.match(value):
        if len(value) == 10:
            return value
        try:
            return datetime.fromisoformat(value.replace(" ", "T").replace("Z", "+00:00")).isoformat()
        except ValueError:
            return None
    clock: time | None = None
    zone = ""
    m = _TAIL.search(value)
    if m and m.start() > 0:
        hour, minute, second = int(m["h"]), int(m["m"]), int(m["s"] or 0)
        if hour < 24 and minute < 60 and second < 60:
            clock = time(hour, minute, second)
            z = (m["zone"] or "").upper()
            zone = _ZONES.get(z, "+00:00" if z in ("GMT", "UTC", "Z") else (z[:3] + ":" + z[-2:] if z else ""))
            value = value[: m.start()]
    day = _parse_day(value.strip(" ,|-"))
    if day is None:
        return None
    if clock is None:
        return day.isoformat()
    return datetime.combine(day, clock).isoformat() + zone


@lru_cache(maxsize=8192)
def _parse_day(value: str) -> date | None:
    if len(value) == 10 and _ISO.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    m = _DMY.match(value)  # Indonesian order: day/month/year
    if m:
        return _date(m[3], m[2], m[1])
    m = _DAY_MONTH_YEAR.match(value)
    if m and m[2].lower() in month_names():
        return _date(m[3], month_names()[m[2].lower()], m[1])
    m = _MONTH_DAY_YEAR.match(value)
    if m and m[1].lower() in month_names():
        return _date(m[3], month_names()[m[1].lower()], m[2])
    import dateparser  # slow to import; most inputs never need it

    parsed = dateparser.parse(
        value,
        languages=["id", "en", "ms"],
        settings={
            "DATE_ORDER": "DMY",
            "REQUIRE_PARTS": ["day", "month", "year"],
            # a publication date is absolute: "kemarin" must not become yesterday-from-now
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        },
    )
    return parsed.date() if parsed else None


@cache
def month_names() -> dict[str, int]:
    return date_words()["months"]


def _date(year: str | int, month: str | int, day: str | int) -> date | None:
    y = int(year)
    if y < 100:  # "10-Sep-19": two-digit years are this century's
        y += 2000
    try:
        return date(y, int(month), int(day))
    except ValueError:
        return None
