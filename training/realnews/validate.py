#!/usr/bin/env python
"""Check real-news annotation files against the documents and the guide.

    python3 training/realnews/validate.py training/realnews/ann/NAME/ [more dirs or files]
    python3 training/realnews/validate.py --register   # (re)writes register.tsv for annotators

Every span must be found in its sentence (exactly, `occ`-th occurrence); types, modalities,
sectors, mention types and register ids must come from the closed lists; documents without
the actor layer carry no mentions; names (on any document; required on train documents with the
actor layer) do not overlap. Exit 1 when anything is wrong, with one line per problem
naming the file and the item. Uses only the standard library (annotators run it as is).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
REGISTER_DIR = ROOT / "src" / "warta" / "data" / "actors"

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "future", "hypothetical", "negated", "historical"}
SECTORS = {"GOV", "MIL", "COP", "REB", "PTY", "IGO", "NGO", "CVL", "JRN", "BUS", "REL", "EDU", "LEG",
           "JUD", "MED", "SPT", "UNK", "OPP", "SPY", "CRM", "LAB", "AGR", "ELI", "REF", "UAF", "HLH", "ENV"}
NAME_LABELS = {"PER", "ORG", "LOC"}
MENTION_TYPES = {"person", "country", "state_organ", "armed_force", "police", "armed_group", "party", "igo",
                 "ngo", "religious", "media", "company", "education", "sport", "generic_group"}


def register() -> dict[str, dict]:
    reg = {}
    for path in sorted(REGISTER_DIR.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                reg[d["id"]] = d
    return reg


def write_register_tsv(reg: dict[str, dict]) -> None:
    with (HERE / "register.tsv").open("w", encoding="utf-8") as f:
        f.write("id\ttype\tcountry\tsector\tname\taliases\n")
        for d in reg.values():
            f.write("\t".join([d["id"], d["type"], d.get("country") or "", d.get("sector") or "", d["name"],
                               " | ".join(d.get("aliases", [])[:8])]) + "\n")


def documents() -> dict[str, dict]:
    return {d["doc_id"]: d for d in map(json.loads, (HERE / "docs.jsonl").open(encoding="utf-8"))}


def find_span(sentence: str, text: str, occ: int = 1) -> int | None:
    """Start offset of the occ-th occurrence of text in sentence, else None."""
    start = -1
    for _ in range(occ):
        start = sentence.find(text, start + 1)
        if start < 0:
            return None
    return start


def check_file(path: Path, docs: dict[str, dict], reg: dict[str, dict]) -> list[str]:
    problems: list[str] = []

    def bad(where: str, msg: str) -> None:
        problems.append(f"{path}: {where}: {msg}")

    try:
        ann = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"{path}: not readable JSON: {e}"]
    doc = docs.get(ann.get("doc_id"))
    if doc is None:
        return [f"{path}: unknown doc_id {ann.get('doc_id')!r}"]
    if path.stem != doc["doc_id"]:
        bad("file", f"file name should be {doc['doc_id']}.json")
    sents = doc["sentences"]
    for key in ("events", "mentions", "about"):
        if not isinstance(ann.get(key), list):
            bad(key, "missing or not a list")
    if problems:
        return problems

    def span(where: str, item: dict, s: int) -> int | None:
        """Where the item's text starts in sentence s (the occ-th occurrence; the first by default)."""
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
            bad(where, f"needs a non-empty 'text': {item!r}")
            return None
        if item["text"] != item["text"].strip():
            bad(where, f"text has leading/trailing spaces: {item['text']!r}")
        occ = item.get("occ", 1)
        if not isinstance(occ, int) or occ < 1:
            bad(where, f"occ must be a positive integer: {occ!r}")
            return None
        start = find_span(sents[s], item["text"], occ)
        if start is None:
            bad(where, f"{item['text']!r} (occ {occ}) not found in sentence {s}: {sents[s]!r}")
        return start

    def actor_item(where: str, item: dict, s: int) -> None:
        span(where, item, s)
        if not isinstance(item, dict):
            return
        aid = item.get("id")
        if aid is not None and aid not in reg:
            bad(where, f"id {aid!r} is not in register.tsv (use null and a canon name)")
        if not isinstance(item.get("canon"), str) or not item["canon"].strip():
            bad(where, "needs a 'canon' name")

    def sentence(where: str, item: dict) -> int | None:
        s = item.get("s")
        if isinstance(s, int) and 0 <= s < len(sents):
            return s
        bad(where, f"sentence number {s!r} out of range 0..{len(sents) - 1}")
        return None

    for i, ev in enumerate(ann["events"]):
        where = f"event {i}"
        if (s := sentence(where, ev)) is None:
            continue
        if ev.get("type") not in TYPES:
            bad(where, f"type {ev.get('type')!r} not one of the 16 PLOVER types")
        if ev.get("modality") not in MODALITIES:
            bad(where, f"modality {ev.get('modality')!r} not one of {sorted(MODALITIES)}")
        trig = ev.get("trigger")
        span(where + " trigger", {"text": trig, "occ": ev.get("trigger_occ", 1)} if isinstance(trig, str) else trig, s)
        for role in ("actor", "recipient"):
            items = ev.get(role)
            if not isinstance(items, list):
                bad(where, f"{role} must be a list")
                continue
            for k, item in enumerate(items):
                actor_item(f"{where} {role} {k}", item, s)
        loc = ev.get("location")
        if loc is not None:
            span(where + " location", {"text": loc} if isinstance(loc, str) else loc, s)
    if not doc["actor_layer"] and (ann["mentions"] or ann["about"]):
        bad("mentions", "this document has no actor layer: mentions and about must be []")
    if doc["actor_layer"] and not ann["about"] and ann["mentions"]:
        bad("about", "list the actors the article is about")
    chains: dict[str, set] = {}
    for i, m in enumerate(ann["mentions"]):
        where = f"mention {i}"
        if (s := sentence(where, m)) is None:
            continue
        actor_item(where, m, s)
        if m.get("type") not in MENTION_TYPES:
            bad(where, f"type {m.get('type')!r} not one of {sorted(MENTION_TYPES)}")
        if m.get("sector") not in SECTORS:
            bad(where, f"sector {m.get('sector')!r} not a PLOVER code")
        c = m.get("country")
        if c is not None and not (isinstance(c, str) and len(c) == 3 and c.isupper()):
            bad(where, f"country {c!r} must be ISO alpha-3 (upper case) or null")
        if not isinstance(m.get("chain"), str) or not m["chain"]:
            bad(where, "needs a 'chain' key")
        if not isinstance(m.get("anaphor"), bool):
            bad(where, "'anaphor' must be true or false")
        chains.setdefault(m.get("chain"), set()).add(m.get("id"))
    for key, ids in chains.items():
        if len(ids - {None}) > 1:
            bad(f"chain {key!r}", f"mentions of one chain carry different ids {sorted(ids - {None})}")
    spans = [(m.get("s"), m.get("text"), m.get("occ", 1)) for m in ann["mentions"]]
    if len(spans) != len(set(spans)):
        bad("mentions", "the same span is listed twice")
    for a in ann["about"]:
        if not isinstance(a, str) or not a.strip():
            bad("about", f"{a!r} must be a register id or a name")
    check_names(ann, doc, sentence, span, bad)
    return problems


def check_names(ann: dict, doc: dict, sentence, span, bad) -> None:
    """The names layer (required on train documents with the actor layer; any document may have
    one): every PER/ORG/LOC name, found in its sentence, none overlapping another."""
    names = ann.get("names")
    if names is None:
        if doc["actor_layer"] and doc["split"] == "train":
            bad("names", "this document needs the names layer: a 'names' list (GUIDE.md, \"Names layer\")")
        return
    if not isinstance(names, list):
        bad("names", "must be a list")
        return
    taken: dict[int, list[tuple[int, int, str]]] = {}
    for i, n in enumerate(names):
        where = f"name {i}"
        if not isinstance(n, dict) or (s := sentence(where, n)) is None:
            continue
        if n.get("label") not in NAME_LABELS:
            bad(where, f"label {n.get('label')!r} not one of {sorted(NAME_LABELS)}")
        start = span(where, n, s)
        if start is None:
            continue
        end = start + len(n["text"])
        for a, b, other in taken.get(s, []):
            if a < end and start < b:
                bad(where, f"{n['text']!r} overlaps the name {other!r} in sentence {s}")
        taken.setdefault(s, []).append((start, end, n["text"]))


def main(argv: list[str]) -> int:
    reg = register()
    if argv == ["--register"]:
        write_register_tsv(reg)
        print(f"{len(reg)} actors -> {HERE / 'register.tsv'}")
        return 0
    docs = documents()
    files: list[Path] = []
    for arg in argv:
        p = Path(arg)
        files.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    problems = [msg for f in files for msg in check_file(f, docs, reg)]
    for msg in problems:
        print(msg)
    events = 0
    for f in files:
        try:
            events += len(json.loads(f.read_text(encoding="utf-8")).get("events", []))
        except (OSError, ValueError):
            pass
    print(f"{len(files)} files, {events} events, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
