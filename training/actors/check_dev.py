"""Validate tests/fixtures/actors/dev.jsonl against the actor register and print counts.

    python training/actors/check_dev.py [--file PATH]

Checks: every line parses with exactly the expected keys; doc ids unique; offsets exact
(text[start:end] == mention text, no surrounding whitespace); mentions sorted and not
overlapping; actor_ids exist in the register (or are null); a registered actor's type and
country agree with the register (its sector too, except for countries, whose sector comes
from the form: "militer X" MIL, "warga X" CVL); type, sector, label, role and country come
from the allowed sets; antecedents point to earlier mentions, only pronoun/description
mentions (label null) have them, and an antecedent refers to the same actor unless it is a
role mention that contains the actor ("juru bicara Hizbullah" -> "kelompok itu").
Exit status 1 on errors.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from check_register import DEFAULT_DIR, SECTORS, TYPES, load_actors  # noqa: E402

ROOT = HERE.parents[1]
DEV = ROOT / "tests" / "fixtures" / "actors" / "dev.jsonl"
DOC_KEYS = ["doc_id", "text", "mentions"]
M_KEYS = ["start", "end", "text", "actor_id", "type", "country", "sector", "label", "role", "antecedent"]
LABELS = {"PER", "ORG", "LOC", None}


def sentences(text: str) -> int:
    return len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip()) if s])


def check(path: Path = DEV) -> tuple[list[str], dict]:
    errors: list[str] = []
    actors = load_actors(DEFAULT_DIR)
    roles = {r["role"] for r in json.loads((DEFAULT_DIR / "roles.json").read_text(encoding="utf-8"))["roles"]}
    alpha3 = {r["country"] for r in actors.values() if r["type"] == "country"}
    stats = Counter()
    per_type, per_sector, per_label = Counter(), Counter(), Counter()
    seen_ids = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: {e}")
            continue
        if list(doc) != DOC_KEYS:
            errors.append(f"line {n}: keys {list(doc)} != {DOC_KEYS}")
            continue
        did, text, ms = doc["doc_id"], doc["text"], doc["mentions"]
        if did in seen_ids:
            errors.append(f"{did}: duplicate doc_id")
        seen_ids.add(did)
        stats["docs"] += 1
        ns = sentences(text)
        if not 2 <= ns <= 5:
            errors.append(f"{did}: {ns} sentences (want 2-5)")
        prev_end = -1
        for i, m in enumerate(ms):
            w = f"{did} mention {i} {m.get('text')!r}"
            if list(m) != M_KEYS:
                errors.append(f"{w}: keys {list(m)} != {M_KEYS}")
                continue
            s, e = m["start"], m["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{w}: bad offsets {s}-{e}")
                continue
            if text[s:e] != m["text"]:
                errors.append(f"{w}: text[{s}:{e}] is {text[s:e]!r}")
            if m["text"] != m["text"].strip():
                errors.append(f"{w}: surrounding whitespace")
            if s < prev_end:
                errors.append(f"{w}: overlaps or precedes the previous mention")
            prev_end = max(prev_end, e)
            aid = m["actor_id"]
            if aid is not None:
                r = actors.get(aid)
                if r is None:
                    errors.append(f"{w}: actor_id {aid!r} not in the register")
                else:
                    if m["type"] != r["type"]:
                        errors.append(f"{w}: type {m['type']} but the register says {r['type']}")
                    if m["country"] != r["country"]:
                        errors.append(f"{w}: country {m['country']} but the register says {r['country']}")
                    if r["type"] != "country" and m["sector"] != r["sector"]:
                        errors.append(f"{w}: sector {m['sector']} but the register says {r['sector']}")
            if m["type"] not in TYPES:
                errors.append(f"{w}: type {m['type']!r}")
            if m["sector"] is not None and m["sector"] not in SECTORS:
                errors.append(f"{w}: sector {m['sector']!r}")
            if m["country"] is not None and m["country"] not in alpha3:
                errors.append(f"{w}: country {m['country']!r}")
            if m["label"] not in LABELS:
                errors.append(f"{w}: label {m['label']!r}")
            if m["label"] == "LOC" and m["type"] != "country":
                errors.append(f"{w}: LOC label on a {m['type']}")
            if m["role"] is not None and m["role"] not in roles:
                errors.append(f"{w}: role {m['role']!r} not in roles.json")
            a = m["antecedent"]
            if a is not None:
                stats["pronoun_description"] += 1
                if m["label"] is not None:
                    errors.append(f"{w}: a named mention (label {m['label']}) has an antecedent")
                if not (isinstance(a, int) and 0 <= a < i):
                    errors.append(f"{w}: antecedent {a!r} is not an earlier mention")
                else:
                    ant = ms[a]
                    if ant["actor_id"] != aid and ant["role"] is None:
                        errors.append(f"{w}: antecedent {ant['text']!r} is {ant['actor_id']}, not {aid}")
                    if ant["actor_id"] is None and aid is None and (ant["type"], ant["country"], ant["sector"]) != (m["type"], m["country"], m["sector"]) and m["type"] != "police":
                        errors.append(f"{w}: unregistered antecedent {ant['text']!r} differs in type/country/sector")
            stats["mentions"] += 1
            if aid is None:
                stats["unregistered (actor_id null)"] += 1
                if a is None and m["label"] is not None:
                    stats["unregistered with a label (named or person+role)"] += 1
            if m["label"] is None and a is None:
                stats["role-only / group mentions"] += 1
            if m["role"] is not None and m["label"] == "PER":
                stats["person with role"] += 1
            per_type[m["type"]] += 1
            per_sector[m["sector"]] += 1
            per_label[m["label"]] += 1
    out = dict(stats)
    out["per_type"] = dict(per_type.most_common())
    out["per_sector"] = {str(k): v for k, v in per_sector.most_common()}
    out["per_label"] = {str(k): v for k, v in per_label.most_common()}
    out["distinct_actor_ids"] = len({m["actor_id"] for line in path.read_text(encoding="utf-8").splitlines()
                                      for m in json.loads(line)["mentions"] if m["actor_id"]})
    return errors, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", type=Path, default=DEV)
    args = ap.parse_args()
    errors, stats = check(args.file)
    for e in errors:
        print("error:", e)
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
