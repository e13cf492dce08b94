"""One name per outlet: "KOMPAS.com", "kompas.com" and "Kompas" are Kompas.com.

Outlet counts (how many distinct outlets carried a story) are only honest with this.
The aliases live in ``warta/data/outlets.json``.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources


@cache
def _aliases() -> dict[str, str]:
    data = json.loads(resources.files("warta.data").joinpath("outlets.json").read_text("utf-8"))
    table: dict[str, str] = {}
    for canonical, forms in data["outlets"].items():
        for form in (canonical, *forms):
            table[form.lower()] = canonical
    return table


@lru_cache(maxsize=4096)
def canonical_outlet(name: str | None) -> str | None:
    if not name:
        return name
    key = name.strip().lower()
    table = _aliases()
    if key in table:
        return table[key]
    # A subdomain of a known domain ("megapolitan.kompas.com", "www.antaranews.com").
    parts = key.split(".")
    for i in range(1, len(parts) - 1):
        found = table.get(".".join(parts[i:]))
        if found:
            return found
    return name.strip()
