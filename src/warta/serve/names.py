"""Actors and places by name: the filters take ids, names and aliases, and /api/suggest
completes what a user types.

An analyst types "KPK" or "Makassar", not ``idn-kpk`` or ``idn-73.71``. Actor names and
aliases (Indonesian and English) come from the store's actor register and event roles;
place names from the places of events, with the gazetteer's other names for those places
("Makassar" for Kota Makassar, "Libanon" for Lebanon) read once, on the first place lookup
that needs them, and then dropped (the gazetteer is 46 MB). Names are compared folded
(lowercase, no diacritics, single spaces). A name that stands for several entries selects
them all; a value that is no id and no name is an error with a hint, not an empty answer.
"""

from __future__ import annotations

import difflib
import threading
from dataclasses import dataclass, field

import duckdb

from warta.places.gazetteer import fold
from warta.serve.filters import FilterError

KINDS = ("actor", "place")


@dataclass
class Entry:
    """One actor or place: what a suggestion shows and how the filters find it."""

    id: str
    name: str
    kind: str
    n_events: int = 0
    country: str | None = None
    type: str | None = None
    aliases: list[str] = field(default_factory=list)

    def keys(self) -> list[tuple[str, str | None]]:
        """(folded key, the alias it came from, None for the name and the id)."""
        return [(fold(self.id), None), (fold(self.name), None), *((fold(a), a) for a in self.aliases)]


class NameIndex:
    """Names, aliases and ids of the actors and places of one served view."""

    def __init__(self, entries: dict[str, dict[str, Entry]]) -> None:
        self.entries = entries  # kind -> id -> entry
        self._keys: dict[str, dict[str, set[str]]] = {}  # kind -> folded key -> ids
        # kind -> [(entry, its folded keys)]: folded once here, not again on every keystroke of /api/suggest
        self._entry_keys: dict[str, list[tuple[Entry, list[tuple[str, str | None]]]]] = {}
        self._lock = threading.Lock()
        self._place_aliases_read = False
        for kind in KINDS:
            self._index(kind)

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection) -> NameIndex:
        """From the served view (warta.serve.cache): actor_info, actor_aliases, actor_counts, ev_place."""
        actors = {r[0]: Entry(r[0], r[1] or r[0], "actor", r[4] or 0, r[2], r[3]) for r in con.execute(
            "SELECT i.actor_id, i.name, i.country, i.type, c.n_events FROM actor_info i LEFT JOIN actor_counts c USING (actor_id)").fetchall()}  # fmt: skip
        for actor_id, alias in con.execute("SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, alias").fetchall():
            if actor_id in actors:
                actors[actor_id].aliases.append(alias)
        places: dict[str, Entry] = {}
        for place_id, name, country, n in con.execute("""WITH n AS (SELECT place_id, count(*) AS n FROM ev_place GROUP BY 1)
                SELECT l.place_id, any_value(l.name), any_value(l.country), any_value(n.n) FROM event_locations l LEFT JOIN n USING (place_id)
                WHERE l.place_id IS NOT NULL GROUP BY 1""").fetchall():  # fmt: skip
            places[place_id] = Entry(place_id, name or place_id, "place", n or 0, country)
        for place_id, name, country, kind in con.execute("SELECT place_id, name, country, type FROM places").fetchall():
            entry = places.setdefault(place_id, Entry(place_id, name, "place", 0, country))
            entry.type = kind
        return cls({"actor": actors, "place": places})

    def _index(self, kind: str) -> None:
        keys: dict[str, set[str]] = {}
        entry_keys = [(entry, entry.keys()) for entry in self.entries[kind].values()]
        for entry, folded in entry_keys:
            for key, _ in folded:
                keys.setdefault(key, set()).add(entry.id)
        self._keys[kind], self._entry_keys[kind] = keys, entry_keys

    def _read_place_aliases(self) -> None:
        """The gazetteer's names of the places of events, once (the first place lookup that needs them)."""
        with self._lock:
            if self._place_aliases_read:
                return
            from warta.places.gazetteer import load_gazetteer

            gaz = load_gazetteer()
            places = self.entries["place"]
            for names in (gaz.by_name, gaz.by_exact):
                for key, ids in names.items():
                    for place_id in ids:
                        entry = places.get(place_id)
                        if entry is not None and fold(key) not in (fold(entry.name), fold(entry.id)) and key not in entry.aliases:
                            entry.aliases.append(key)
            self._index("place")
            self._place_aliases_read = True

    def needs_gazetteer(self, kind: str, values: list[str]) -> bool:
        """Whether resolving these values may read the gazetteer (slow once: ~1 s; call it off the event loop)."""
        return kind == "place" and not self._place_aliases_read and any(v not in self.entries["place"] for v in values)

    def resolve(self, kind: str, values: list[str]) -> list[str]:
        """Ids for ids, names and aliases; FilterError (422) for a value that is none of them."""
        out: list[str] = []
        for value in values:
            ids = self._ids(kind, value)
            if not ids:
                raise FilterError(self._unknown(kind, value))
            out += [i for i in sorted(ids) if i not in out]
        return out

    def _ids(self, kind: str, value: str) -> set[str]:
        if value in self.entries[kind]:
            return {value}
        found = self._keys[kind].get(fold(value))
        if not found and kind == "place" and not self._place_aliases_read:
            self._read_place_aliases()
            found = self._keys[kind].get(fold(value))
        return set(found or ())

    def _unknown(self, kind: str, value: str) -> str:
        where = "among the actors of this store (ids, names, aliases)" if kind == "actor" else "among the places of events (ids, names)"
        close = [f"{s['name']} ({s['id']})" for s in self.suggest(kind, value, 3)]
        if not close:
            words = difflib.get_close_matches(fold(value), list(self._keys[kind]), n=3, cutoff=0.75)
            close = [f"{self.entries[kind][i].name} ({i})" for w in words for i in sorted(self._keys[kind][w])][:3]
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        return f"no {kind} named {value!r} {where}{hint} (/api/suggest?kind={kind}&q= completes names as they are typed)"

    def suggest(self, kind: str, q: str, limit: int = 10) -> list[dict]:
        """Entries whose id, name or alias matches q: those in events before those in none; then
        exact, prefix, a word's prefix, anywhere; then the most events first."""
        if kind == "place":
            self._read_place_aliases()
        needle = fold(q)
        if not needle:
            return []
        ranked = []
        for entry, folded in self._entry_keys[kind]:
            best: tuple[int, str | None] | None = None
            for key, alias in folded:
                rank = _match_rank(key, needle)
                if rank is not None and (best is None or rank < best[0]):
                    best = (rank, alias)
            if best is not None:
                ranked.append((entry.n_events == 0, best[0], -entry.n_events, entry.name, entry, best[1]))
        ranked.sort(key=lambda r: r[:4])
        return [{"id": e.id, "name": e.name, "kind": kind, "alias": alias, "n_events": e.n_events, "country": e.country, "type": e.type}
                for *_, e, alias in ranked[:limit]]  # fmt: skip


def _match_rank(key: str, needle: str) -> int | None:
    if key == needle:
        return 0
    if key.startswith(needle):
        return 1
    if f" {needle}" in f" {key}":  # a word of the key starts with it
        return 2
    if needle in key:
        return 3
    return None
