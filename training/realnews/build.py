#!/usr/bin/env python
"""Build the real-news gold sets from the annotation files (offsets computed, never typed).

    python3 training/realnews/build.py

Reads training/realnews/docs.jsonl and the annotators' files (ann/<batch>/<doc_id>.json: the
gold; ann2/<name>/: the blind second annotation of the overlap) and writes:
- tests/fixtures/events/real-{train,dev,test}.jsonl: one document per line, in the format of
  the other event sets ({"id", "published", "outlet", "source", "text", "sentences",
  "events"}) with every span as {"start", "end", "text"} into "text";
- tests/fixtures/events/real-overlap-second.jsonl: the second annotator's events on the
  overlap documents (for the agreement figure);
- tests/fixtures/actors/real-{train,dev,test}.jsonl: actor mentions with antecedents and the
  document-level "about" list, in the format of the other actor sets;
- tests/fixtures/nlp/real-names-second.jsonl: a second annotator's names on 24 dev/test
  documents (names2/<doc_id>.json), coded blind: the ceiling beside the NER scores;
- tests/fixtures/nlp/real-names-{train,dev,test}.jsonl: the names layer (session 14), every
  PER/ORG/LOC name of every document that has one, as {"start", "end", "text", "label"} with the
  sentence spans: what the NER learns from (train, training/nlp/train.py) and is scored on
  (dev, test: `warta eval ner-real`).
Validation (training/realnews/validate.py) must pass first; this script stops on any problem.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
from validate import check_file, documents, find_span, register  # noqa: E402

EVENTS_OUT = ROOT / "tests" / "fixtures" / "events"
ACTORS_OUT = ROOT / "tests" / "fixtures" / "actors"
NAMES_OUT = ROOT / "tests" / "fixtures" / "nlp"


def doc_text(doc: dict) -> tuple[str, list[tuple[int, int]]]:
    """The document as one text: the headline on its own line, the body's sentences after it."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, s in enumerate(doc["sentences"]):
        sep = "" if i == 0 else ("\n" if i == 1 and doc["has_title"] else " ")
        pos += len(sep)
        parts.append(sep + s)
        spans.append((pos, pos + len(s)))
        pos += len(s)
    return "".join(parts), spans


def _span(text: str, spans, s: int, item: str | dict, occ: int = 1) -> dict:
    if isinstance(item, dict):
        surface, occ = item["text"], item.get("occ", 1)
    else:
        surface = item
    a, b = spans[s]
    start = find_span(text[a:b], surface, occ)
    assert start is not None, (surface, s)
    return {"start": a + start, "end": a + start + len(surface), "text": surface}


# The guide (Roles): "a person acting in office: `id` is the person's id if registered". Early
# batches were coded when the annotators' register lacked some officials, so they carry the
# office's organisation instead ("Menteri Hukum dan HAM Yasonna Laoly" → idn-kemenkumham). The
# build applies the guide to both annotators' work: an item whose span ends with a registered
# person's name, whose id is that person's registered organisation (`parent`) and which names
# no one around him ("kuasa hukum Setnov", "Jubir Prabowo") takes the person's id and name; in
# the actor layer, the rest of its chain coded with the same organisation follows.
NOT_THE_PERSON = re.compile(r"\b(?:kuasa hukum|pengacara|juru bicara|jubir|ajudan|sekretaris pribadi|tim|putra|putri|"
                            r"anak|istri|suami|keluarga|adik|kakak|ayah|pendukung|relawan|kubu|pemerintahan|rival)\b")


def registered_person(item_text: str, item_id: str | None, officials: dict[str, list[dict]]) -> dict | None:
    """The registered official an organisation-coded span names, by the rule above; else None."""
    if not item_id:
        return None
    folded = item_text.casefold()
    if NOT_THE_PERSON.search(folded):
        return None
    for alias, persons in officials.items():
        if item_text == alias or item_text.endswith((" " + alias, "," + alias)):
            holders = [p for p in persons if p.get("parent") == item_id]
            if len(holders) == 1:
                return holders[0]
    return None


def officials_by_alias(reg: dict) -> dict[str, list[dict]]:
    """Registered persons with an organisation, by each alias of four or more characters."""
    out: dict[str, list[dict]] = {}
    for d in reg.values():
        if d["type"] == "person" and d.get("parent"):
            for alias in {d["name"], *d.get("aliases", [])}:
                if len(alias) >= 4:
                    out.setdefault(alias, []).append(d)
    return out


def as_registered(item: dict, officials: dict[str, list[dict]], moved: dict[tuple[int, int], tuple[str, dict]]) -> dict:
    """An event item with the guide's id for a registered official (also when the actor layer
    moved the mention at the same span from the same organisation, e.g. his "saya")."""
    person = registered_person(item["text"], item["actor_id"], officials)
    if person is None and (hit := moved.get((item["start"], item["end"]))) and hit[0] == item["actor_id"]:
        person = hit[1]
    return item if person is None else {**item, "actor_id": person["id"], "canon": person["name"]}


def events_of(ann: dict, text: str, spans, officials: dict[str, list[dict]], moved: dict[tuple[int, int], tuple[str, dict]]) -> list[dict]:
    out = []
    for ev in ann["events"]:
        s = ev["s"]
        rec = {"type": ev["type"], "trigger": _span(text, spans, s, ev["trigger"], ev.get("trigger_occ", 1))}
        for role in ("actor", "recipient"):
            rec[role] = [as_registered({**_span(text, spans, s, it), "actor_id": it.get("id"), "canon": it.get("canon")}, officials, moved)
                         for it in ev[role]]  # fmt: skip
        rec["modality"] = ev["modality"]
        rec["location"] = _span(text, spans, s, ev["location"]) if ev.get("location") else None
        rec["phenomena"] = []
        out.append(rec)
    for rec in out:  # the phenomena tags the other sets carry, computed
        same = sum(1 for o in out if _sentence(spans, o["trigger"]["start"]) == _sentence(spans, rec["trigger"]["start"]))
        if same > 1:
            rec["phenomena"].append("multi_event")
        if len(rec["actor"]) > 1 or len(rec["recipient"]) > 1:
            rec["phenomena"].append("coordination")
    return out


def _sentence(spans, offset: int) -> int:
    return next(i for i, (a, b) in enumerate(spans) if a <= offset < b)


def mentions_of(ann: dict, text: str, spans, officials: dict[str, list[dict]],
                moved_spans: dict[tuple[int, int], tuple[str, dict]]) -> list[dict]:
    """The actor layer in text order; ``moved_spans`` collects (start, end) -> (organisation,
    person) for the mentions the registered-official rule moved."""
    found = []
    for m in ann["mentions"]:
        sp = _span(text, spans, m["s"], m)
        found.append((sp, m))
    found.sort(key=lambda x: (x[0]["start"], x[0]["end"]))
    out: list[dict] = []
    last_of_chain: dict[str, int] = {}
    for i, (sp, m) in enumerate(found):
        antecedent = last_of_chain.get(m["chain"]) if m["anaphor"] else None
        label = None
        if not m["anaphor"] and m["type"] != "generic_group":
            label = "PER" if m["type"] == "person" else ("LOC" if m["type"] == "country" else "ORG")
        out.append({**sp, "actor_id": m.get("id"), "type": m["type"], "country": m.get("country"), "sector": m["sector"],
                    "label": label, "role": None, "antecedent": antecedent, "canon": m.get("canon"), "chain": m["chain"]})
        last_of_chain[m["chain"]] = i
    moved: dict[tuple[str, str], dict] = {}  # (chain, organisation) -> the person its name gives
    for m in out:
        person = registered_person(m["text"], m["actor_id"], officials)
        if person is not None:
            moved[m["chain"], m["actor_id"]] = person
    for m in out:  # the person's own mentions of the chain: his name, role, pronouns (not an ORG mention in it)
        if (m["chain"], m["actor_id"]) in moved and (m["type"] == "person" or m["antecedent"] is not None):
            person = moved[m["chain"], m["actor_id"]]
            moved_spans[m["start"], m["end"]] = (m["actor_id"], person)
            m.update(actor_id=person["id"], canon=person["name"])
    return out


def names_of(ann: dict, text: str, spans) -> list[dict]:
    """The names layer with offsets into the document text, in text order."""
    out = [{**_span(text, spans, n["s"], n), "label": n["label"]} for n in ann["names"]]
    return sorted(out, key=lambda n: n["start"])


def load_annotations(folder: Path) -> dict[str, dict]:
    out = {}
    for f in sorted(folder.glob("*/*.json")):
        ann = json.loads(f.read_text(encoding="utf-8"))
        out[ann["doc_id"]] = ann
    return out


def main() -> int:
    return build(EVENTS_OUT, ACTORS_OUT, NAMES_OUT)


def build(events_out: Path, actors_out: Path, names_out: Path) -> int:
    docs, reg = documents(), register()
    problems = [p for folder in (HERE / "ann", HERE / "ann2") for f in sorted(folder.glob("*/*.json")) for p in check_file(f, docs, reg)]
    problems += [p for f in sorted((HERE / "names2").glob("*.json")) for p in check_file(f, docs, reg)]
    if problems:
        print("\n".join(problems))
        return 1
    gold, second = load_annotations(HERE / "ann"), load_annotations(HERE / "ann2")
    officials = officials_by_alias(reg)
    sets: dict[str, list[dict]] = {"train": [], "dev": [], "test": []}
    actor_sets: dict[str, list[dict]] = {"train": [], "dev": [], "test": []}
    name_sets: dict[str, list[dict]] = {"train": [], "dev": [], "test": []}
    overlap: list[dict] = []
    for doc_id, doc in docs.items():
        if doc_id not in gold:
            continue
        text, spans = doc_text(doc)
        base = {"id": doc_id, "published": doc["published"], "outlet": doc["outlet"], "source": doc["source"],
                "text": text, "sentences": [list(s) for s in spans]}
        moved: dict[tuple[int, int], tuple[str, dict]] = {}
        if doc["actor_layer"]:
            ann = gold[doc_id]
            actor_sets[doc["split"]].append({"doc_id": doc_id, "source": doc["source"], "published": doc["published"], "text": text,
                                             "mentions": mentions_of(ann, text, spans, officials, moved), "about": ann["about"]})
        sets[doc["split"]].append({**base, "events": events_of(gold[doc_id], text, spans, officials, moved)})
        if "names" in gold[doc_id]:
            name_sets[doc["split"]].append({"doc_id": doc_id, "source": doc["source"], "text": text,
                                            "sentences": [list(sp) for sp in spans], "names": names_of(gold[doc_id], text, spans)})
        if doc_id in second:
            overlap.append({**base, "events": events_of(second[doc_id], text, spans, officials, moved)})
    for name, rows in sets.items():
        _write(events_out / f"real-{name}.jsonl", rows)
    _write(events_out / "real-overlap-second.jsonl", overlap)
    for name, rows in actor_sets.items():
        _write(actors_out / f"real-{name}.jsonl", rows)
    for name, rows in name_sets.items():
        _write(names_out / f"real-names-{name}.jsonl", rows)
    names_second = []
    for f in sorted((HERE / "names2").glob("*.json")):
        ann = json.loads(f.read_text(encoding="utf-8"))
        text, spans = doc_text(docs[ann["doc_id"]])
        names_second.append({"doc_id": ann["doc_id"], "text": text, "names": names_of(ann, text, spans)})
    _write(names_out / "real-names-second.jsonl", names_second)
    for name, rows in sets.items():
        print(f"events real-{name}: {len(rows)} documents, {sum(len(r['sentences']) for r in rows)} sentences, "
              f"{sum(len(r['events']) for r in rows)} events")
    for name, rows in actor_sets.items():
        print(f"actors real-{name}: {len(rows)} documents, {sum(len(r['mentions']) for r in rows)} mentions, "
              f"{sum(1 for r in rows for m in r['mentions'] if m['antecedent'] is not None)} anaphors")
    for name, rows in name_sets.items():
        print(f"names real-names-{name}: {len(rows)} documents, {sum(len(r['names']) for r in rows)} names")
    print(f"overlap (second annotator): {len(overlap)} documents, {sum(len(r['sentences']) for r in overlap)} sentences")
    missing = sorted(set(docs) - set(gold))
    if missing:
        print(f"not annotated yet: {len(missing)} documents")
    return 0


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
