"""The place gazetteer shipped in data/places/gazetteer.jsonl.gz (built by training/places).

Loaded once per process: about 42k places (countries, Indonesian provinces, regencies and
districts, US states, world cities, named regions), indexed by folded name. The index ships
pre-built (``warta.prebuilt``), built by ``parse_gazetteer`` from the JSON lines. Short
all-caps names ("AS", "RI", "DKI") are indexed case-sensitively, so "as" never matches.
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields

import orjson

from warta.prebuilt import Prebuilt, data_file


@dataclass(slots=True)
class Place:
    id: str
    name: str
    type: str  # country | adm1 | adm2 | adm3 | city | region
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int | None
    kind: str  # type refined: adm2:kota, adm2:kabupaten, adm1:us, ...
    common_word: bool = False


class PlaceRows(Mapping[str, Place]):
    """Place id -> Place, each made from its row (the pre-built table's tuple of fields) when
    first asked for: a run looks up a few thousand of the 42k places, and making them all
    took as long as reading the table."""

    def __init__(self, rows: list[tuple]) -> None:
        self._rows = {row[0]: row for row in rows}
        self._made: dict[str, Place] = {}

    def __getitem__(self, place_id: str) -> Place:
        p = self._made.get(place_id)
        if p is None:
            p = self._made[place_id] = Place(*self._rows[place_id])
        return p

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


@dataclass
class Gazetteer:
    places: Mapping[str, Place] = field(default_factory=dict)
    by_name: dict[str, list[str]] = field(default_factory=dict)  # folded name -> place ids
    by_exact: dict[str, list[str]] = field(default_factory=dict)  # short all-caps names, case kept
    max_words: int = 1

    def lookup(self, surface: str) -> list[Place]:
        ids = self.by_exact.get(surface.strip()) or self.by_name.get(fold(surface)) or []
        return [self.places[i] for i in ids]


def fold(text: str) -> str:
    """Lowercase, no diacritics, single spaces: the key names are matched on."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.replace("’", "'"))
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def _kind(row: dict) -> str:
    if row["type"] == "adm2":
        return f"adm2:{row.get('adm2_kind') or 'kabupaten'}"
    if row["type"] == "adm1" and row["id"].startswith("gn-"):
        return "adm1:us"
    return row["type"]


def _is_short_caps(name: str) -> bool:
    letters = name.replace(".", "")
    return len(letters) <= 4 and letters.isupper()


def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, from its pre-built index (``warta.prebuilt``): the same as
    ``parse_gazetteer`` of the JSON lines, without folding 100,000 names at every start."""
    return from_table(PREBUILT_PLACES_GAZETTEER.load())


def parse_gazetteer(raw: bytes) -> Gazetteer:
    """The gazetteer from its source, ``gazetteer.jsonl.gz`` (its gzipped bytes)."""
    places: dict[str, Place] = {}
    gaz = Gazetteer(places=places)
    for line in gzip.decompress(raw).splitlines():
        row = orjson.loads(line)
        p = Place(row["id"], row["name"], row["type"], row.get("country"), row.get("admin1"), row.get("admin2"),
                  row.get("lat"), row.get("lon"), row.get("population"), _kind(row), bool(row.get("common_word")))  # fmt: skip
        places[p.id] = p
        for name in row["names"]:
            if _is_short_caps(name):
                bucket = gaz.by_exact.setdefault(name, [])
            else:
                key = fold(name)
                bucket = gaz.by_name.setdefault(key, [])
                gaz.max_words = max(gaz.max_words, key.count(" ") + 1)
            if p.id not in bucket:
                bucket.append(p.id)
    return gaz


_FIELDS = tuple(f.name for f in fields(Place))


def to_table(gaz: Gazetteer) -> dict:
    """The gazetteer as plain data (each place a tuple of its fields), for ``warta.prebuilt``."""
    places = [tuple(getattr(p, f) for f in _FIELDS) for p in gaz.places.values()]
    return {"fields": _FIELDS, "places": places, "by_name": gaz.by_name, "by_exact": gaz.by_exact, "max_words": gaz.max_words}


def from_table(table: dict) -> Gazetteer:
    if tuple(table["fields"]) != _FIELDS:
        raise ValueError(f"the pre-built gazetteer has the fields {table['fields']}, Place has {_FIELDS}: rebuild it (python -m warta.prebuilt)")
    return Gazetteer(places=PlaceRows(table["places"]), by_name=table["by_name"], by_exact=table["by_exact"], max_words=table["max_words"])


PREBUILT_PLACES_GAZETTEER = Prebuilt("places_gazetteer", lambda: data_file("places", "gazetteer.jsonl.gz"), lambda raw: to_table(parse_gazetteer(raw)))
