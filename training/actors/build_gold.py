"""Build the authored actor sets tests/fixtures/actors/dev*.jsonl from their data files in gold/.

    python training/actors/build_gold.py [SET ...]     # all sets when none is named
    python training/actors/check_dev.py --file tests/fixtures/actors/dev3.jsonl

Each gold/<set>.json holds the documents of one set as their authors wrote them, so nobody
counts offsets by hand. Two formats, named by the file's ``format``:

``marked`` (dev2-dev5): mentions are marked in the text as ``[[surface|key]]`` and described
under ``mentions`` by key:
  {"actor": id, "label": .., "role": .., "sector": ..}   a registered actor (type and country
      come from the register; a sector is only overridden for a country's organ);
  {"type": .., "country": .., "sector": .., "label": .., "role": .., "same": key}   an actor
      the register lacks; ``same`` names an earlier mention of the same unregistered actor;
  {"anaphor": key, "actor": id, "sector": ..}   a pronoun or description referring to the
      mention ``key`` (its actor is copied unless ``actor`` is given).
  The antecedent written out is the most recent earlier mention of the same actor
  (``"antecedent": "latest"``) or, for dev2's author, the mention the anaphor names
  (``"named"``).

``surface`` (dev): mentions are listed in text order by their surface string, searched from
the end of the previous one (``occ`` skips further occurrences; "pihak[nya]" annotates "nya"):
  kind "name" (label from the actor type), "role" (a person by role, label PER), "group"
  (a role-only or group noun) and "desc" (a pronoun or description; antecedent: the latest
  earlier mention of ``aid``, or of the text ``ante``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
ROOT = HERE.parents[1]
GOLD = HERE / "gold"
FIXTURES = ROOT / "tests" / "fixtures" / "actors"
DATA = ROOT / "src" / "warta" / "data" / "actors"
from check_register import load_actors as load_register  # noqa: E402  (the register by id)

MARK = re.compile(r"\[\[([^\]|]+)\|([A-Za-z0-9_]+)\]\]")
FIELDS = ("actor_id", "type", "country", "sector", "label", "role")


def load_roles() -> set[str]:
    return {r["role"] for r in json.loads((DATA / "roles.json").read_text(encoding="utf-8"))["roles"]}


def mention(start: int, end: int, text: str, attrs: dict, antecedent: int | None) -> dict:
    return {"start": start, "end": end, "text": text, **{k: attrs.get(k) for k in FIELDS}, "antecedent": antecedent}


# --- the "marked" format -------------------------------------------------------------


def unmark(text: str) -> tuple[str, list[tuple[str, int, int, str]]]:
    """The plain text and its marked mentions [(key, start, end, surface)]."""
    keys, plain, last = [], "", 0
    for mt in MARK.finditer(text):
        plain += text[last : mt.start()]
        start = len(plain)
        plain += mt.group(1)
        keys.append((mt.group(2), start, len(plain), mt.group(1)))
        last = mt.end()
    plain += text[last:]
    if "[[" in plain or "]]" in plain or "|" in plain:
        raise ValueError(f"unbalanced mark in {plain[:60]!r}")
    return plain, keys


def _entity(m: dict, key: str | None) -> tuple:
    """What makes two mentions the same actor: the id (a country's organs differ by sector),
    or for an unregistered actor its own key."""
    if m["actor_id"] is None:
        return ("u", key)
    if m["type"] == "country":
        return (m["actor_id"], m["sector"])
    return (m["actor_id"],)


def _registered(spec: dict, register: dict, roles: set[str]) -> dict:
    r = register[spec["actor"]]
    role = spec.get("role")
    if role is not None and role not in roles:
        raise ValueError(f"unknown role {role!r}")
    sector = spec.get("sector")
    if r["type"] != "country" and sector is not None and sector != r["sector"]:
        raise ValueError(f"sector override on {spec['actor']}")
    return {"actor_id": spec["actor"], "type": r["type"], "country": r["country"],
            "sector": sector if sector is not None else r["sector"], "label": spec.get("label"), "role": role}  # fmt: skip


def marked_document(doc_id: str, doc: dict, latest: bool, register: dict, roles: set[str]) -> dict:
    plain, keys = unmark(doc["text"])
    specs: dict = doc["mentions"]
    out: list[dict] = []
    entities: list[tuple] = []
    index: dict[str, int] = {}
    for i, (key, start, end, surface) in enumerate(keys):
        if key in index:
            raise ValueError(f"{doc_id}: key {key} marked twice")
        index[key] = i
        spec = specs[key]
        if "anaphor" in spec:
            named = index[spec["anaphor"]]
            if "actor" in spec:
                r = register[spec["actor"]]
                attrs = {"actor_id": spec["actor"], "type": r["type"], "country": r["country"],
                         "sector": spec.get("sector") or r["sector"]}  # fmt: skip
                entity = _entity(attrs, None)
            else:
                attrs = {k: out[named][k] for k in ("actor_id", "type", "country", "sector")}
                entity = entities[named]
            same = [j for j in range(i) if entities[j] == entity] if latest else []
            if latest and not same and out[named]["role"] is None:
                raise ValueError(f"{doc_id}: {surface!r}: antecedent {out[named]['text']!r} is neither the same actor nor a role mention")
            attrs.update(label=None, role=None)
            out.append(mention(start, end, surface, attrs, same[-1] if same else named))
        else:
            if "actor" in spec:
                attrs = _registered(spec, register, roles)
            else:
                if spec.get("role") is not None and spec["role"] not in roles:
                    raise ValueError(f"{doc_id}: unknown role {spec['role']!r}")
                attrs = {"actor_id": None, **{k: spec.get(k) for k in FIELDS[1:]}}
            entity = entities[index[spec["same"]]] if spec.get("same") else _entity(attrs, key)
            out.append(mention(start, end, surface, attrs, None))
        entities.append(entity)
    unused = set(specs) - set(index)
    if unused:
        raise ValueError(f"{doc_id}: unused mention specs {sorted(unused)}")
    return {"doc_id": doc_id, "text": plain, "mentions": out}


# --- the "surface" format ------------------------------------------------------------


def find(text: str, surface: str, start: int, occ: int) -> tuple[int, int]:
    if "[" in surface:
        pre, rest = surface.split("[", 1)
        inner, post = rest.split("]", 1)
        whole = pre + inner + post
    else:
        pre, inner, whole = "", surface, surface
    pos = start - 1
    for _ in range(occ):
        pos = text.find(whole, pos + 1)
        if pos < 0:
            raise ValueError(f"{surface!r} (occurrence {occ}) not found after offset {start}")
    s = pos + len(pre)
    return s, s + len(inner)


def surface_document(doc: dict, register: dict) -> dict:
    doc_id, text = doc["doc_id"], doc["text"]
    out: list[dict] = []
    cursor = 0
    for sp in doc["mentions"]:
        s, e = find(text, sp["s"], cursor, sp.get("occ", 1))
        cursor = e
        aid, kind = sp.get("aid"), sp["kind"]
        m = mention(s, e, text[s:e], {"actor_id": aid, "role": sp.get("role")}, None)
        if kind == "desc":
            ante = sp.get("ante")
            idx = next((j for j in range(len(out) - 1, -1, -1)
                        if (ante is not None and out[j]["text"] == ante) or (ante is None and aid is not None and out[j]["actor_id"] == aid)), None)  # fmt: skip
            if idx is None:
                raise ValueError(f"{doc_id}: no antecedent for {sp['s']!r}")
            m["antecedent"] = idx
            if aid is None:
                a = out[idx]
                m["actor_id"] = a["actor_id"]
                m["type"], m["country"], m["sector"] = a["type"], a["country"], a["sector"]
        if aid is not None:
            if aid not in register:
                raise ValueError(f"{doc_id}: unknown actor {aid}")
            r = register[aid]
            m["type"], m["country"], m["sector"] = r["type"], r["country"], r["sector"]
        if kind == "name":
            t = sp.get("type") or m["type"]
            m["label"] = "LOC" if t == "country" else "PER" if t == "person" else "ORG"
        elif kind == "role":
            m["label"] = "PER"
            if aid is None:
                m["type"] = "person"
        elif kind == "group" and aid is None:
            m["type"] = "generic_group"
        for k in ("type", "country", "sector", "label"):
            if k in sp:
                m[k] = sp[k]
        out.append(m)
    return {"doc_id": doc_id, "text": text, "mentions": out}


# --- driver ---------------------------------------------------------------------------


def build(name: str, register: dict, roles: set[str]) -> list[dict]:
    source = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    if source["format"] == "surface":
        return [surface_document(d, register) for d in source["documents"]]
    latest = source["antecedent"] == "latest"
    prefix = source["doc_id_prefix"]
    return [marked_document(f"{prefix}{i:03d}", d, latest, register, roles) for i, d in enumerate(source["documents"], 1)]


def write(path: Path, docs: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["mentions"]) for d in docs)
    a = sum(1 for d in docs for m in d["mentions"] if m["antecedent"] is not None)
    print(f"{path.relative_to(ROOT)}: {len(docs)} documents, {n} mentions, {a} anaphors")


def main(names: list[str]) -> None:
    register, roles = load_register(), load_roles()
    for name in names or sorted(p.stem for p in GOLD.glob("*.json")):
        write(FIXTURES / f"{name}.jsonl", build(name, register, roles))


if __name__ == "__main__":
    main(sys.argv[1:])
