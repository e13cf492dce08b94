"""Build tests/fixtures/actors/dev.jsonl from the authoring source dev_source.py.

    python training/actors/build_dev.py

Authoring (dev_source.py): each document is its text plus mentions in text order, given by
surface string, so nobody counts offsets by hand. A mention is searched from the end of the
previous one (or from its start when the previous mention contains it... never: mentions do
not overlap); `occ=n` skips n-1 further occurrences. Brackets mark a sub-span inside a larger
search string: "pihak[nya]" finds "pihaknya" and annotates "nya".

Helpers (see dev_source.py):
  N(surface, actor_id, **kw)  named mention (label from the actor type: country LOC, person PER, else ORG)
  R(surface, role, actor_id=None, country=, sector=)  role + name of a person: one mention, label PER
  G(surface, role, sector=, country=, type=)  role-only / group-noun mention (label null, no antecedent)
  P(surface, actor_id=None, ante=None)  pronoun or description (label null) with an antecedent: the
      most recent earlier mention of the same actor_id, or the most recent earlier mention whose
      text is `ante`. Without actor_id it copies actor_id/type/country/sector from the antecedent.
Any helper accepts type=, country=, sector=, label=, role= overrides.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "tests" / "fixtures" / "actors" / "dev.jsonl"
sys.path.insert(0, str(HERE))

from check_register import load_actors  # noqa: E402
from dev_source import DOCS  # noqa: E402


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


def build() -> list[dict]:
    actors = load_actors()
    out = []
    for doc_id, text, specs in DOCS:
        mentions: list[dict] = []
        cursor = 0
        for sp in specs:
            s, e = find(text, sp["s"], cursor, sp.get("occ", 1))
            cursor = e
            aid = sp.get("aid")
            kind = sp["kind"]
            m = {"start": s, "end": e, "text": text[s:e], "actor_id": aid, "type": None, "country": None,
                 "sector": None, "label": None, "role": sp.get("role"), "antecedent": None}
            if kind == "desc":
                ante = sp.get("ante")
                idx = None
                for j in range(len(mentions) - 1, -1, -1):
                    if (ante is not None and mentions[j]["text"] == ante) or (ante is None and aid is not None and mentions[j]["actor_id"] == aid):
                        idx = j
                        break
                if idx is None:
                    raise ValueError(f"{doc_id}: no antecedent for {sp['s']!r}")
                m["antecedent"] = idx
                if aid is None:
                    a = mentions[idx]
                    m["actor_id"] = a["actor_id"]
                    m["type"], m["country"], m["sector"] = a["type"], a["country"], a["sector"]
            if aid is not None:
                if aid not in actors:
                    raise ValueError(f"{doc_id}: unknown actor {aid}")
                r = actors[aid]
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
            mentions.append(m)
        out.append({"doc_id": doc_id, "text": text, "mentions": mentions})
    return out


def main() -> None:
    docs = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents, {sum(len(d['mentions']) for d in docs)} mentions to {OUT}")


if __name__ == "__main__":
    main()
