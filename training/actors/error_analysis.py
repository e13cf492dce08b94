"""Why warta misses the actors of an annotated set: every "about" actor not found and every
gold mention with a canonical id that is missed or resolved to another id, counted by cause.

Causes, decided in this order for a gold mention with an id (the first that holds):
- ``anaphor not found``: a pronoun or description (it has an antecedent) with no predicted
  mention at its span;
- ``found, wrong id``: a mention at the gold span with another id (split by what it got:
  none, a discovered ``new-`` id, a person, the gold actor's parent or child, another actor);
- ``span wrong``: no mention at the gold span, one overlapping it (split: with the gold id,
  with another id);
- ``alias form missing``: nothing overlaps, the actor is registered, but this surface form is
  none of its aliases;
- ``alias blocked``: nothing overlaps although the form is an alias of the actor (a context
  rule, a place word or a prefix read it as no actor);
- ``actor absent from register``: the gold id is no register id.

An "about" actor not found: if it is a register id, the cause of the best of its gold
mentions (the one closest to being found); if it is a name (the annotators' name for an actor
the register lacked), ``in register now`` when a register alias equals it (then the cause of
its mentions), else ``absent from register``: an unnamed group or person (a lower-case name:
nothing to register), or a named person or organisation, split by whether NER tagged its gold
mentions (``NER missed`` / ``NER found, other span or name``), or ``no gold mention``.

Every found mention at no gold span (a false positive) is counted too, by how it meets the gold
(``inside a gold mention``: the span is too short, "Rini Soemarno" of "Menteri BUMN Rini
Soemarno"; ``covers a gold mention``: too long; ``crosses a gold mention``; ``no gold mention
near``: nothing the annotators marked) and by the step that made it (``Mention.rule``).

    PYTHONPATH=src OMP_NUM_THREADS=1 .venv/bin/python training/actors/error_analysis.py [--gold FILE] [--dump FILE]

It refuses the real-news test set: errors are read on dev, and on train (``--gold
tests/fixtures/actors/real-train.jsonl``, the actor layer of session 14) to choose rules.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from warta.actors.register import load_register, tokens
from warta.evaluate.actors import _names, analysed_train_or_dev, score_documents

REAL_DEV = Path("tests/fixtures/actors/real-dev.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=REAL_DEV, help="annotated set (never real-test)")
    ap.add_argument("--dump", type=Path, help="write every error (JSONL) here")
    args = ap.parse_args()
    docs, records = analysed_train_or_dev(args.gold, "error_analysis.py")
    scores = score_documents(docs, [r.annotations.mentions for r in records])
    reg = load_register()
    errors = []
    for doc, record in zip(docs, records):
        found = record.annotations.mentions
        entities = record.annotations.entities
        for g in doc["mentions"]:
            if g["actor_id"] and not _right(g, found):
                cause, detail = mention_cause(g, found, reg)
                errors.append({"kind": "mention", "doc": doc["doc_id"], "text": g["text"], "gold": g["actor_id"], "cause": cause, "detail": detail})
        gold_spans = {(g["start"], g["end"]) for g in doc["mentions"]}
        for m in found:
            if (m.start, m.end) not in gold_spans:
                errors.append({"kind": "false positive", "doc": doc["doc_id"], "text": m.text, "gold": None,
                               "cause": false_positive_cause(m, doc["mentions"]), "detail": m.rule})  # fmt: skip
        for actor in doc.get("about", ()):
            if any(_names(m, actor) for m in found):
                continue
            cause, detail = about_cause(actor, doc, found, entities, reg)
            errors.append({"kind": "about", "doc": doc["doc_id"], "text": actor, "gold": actor, "cause": cause, "detail": detail})
    print(f"{args.gold}: mention F1 {scores.f1:.3f}, canonical-id {scores.id_correct}/{scores.id_known}, "
          f"document-level recall {scores.about_found}/{scores.about_gold}\n")
    kinds = (("mention", "gold mentions with a canonical id, missed or given another id"), ("about", '"about" actors not found'),
             ("false positive", "found mentions at no gold span (false positives), by the step that made them"))  # fmt: skip
    for kind, title in kinds:
        rows = [e for e in errors if e["kind"] == kind]
        print(f"{title}: {len(rows)}")
        by_cause = Counter(e["cause"] for e in rows)
        for (cause, detail), n in sorted(Counter((e["cause"], e["detail"]) for e in rows).items(), key=lambda x: (-by_cause[x[0][0]], x[0][0], -x[1])):
            print(f"  {n:4d}  {cause}: {detail}")
        print()
    if args.dump:
        args.dump.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors), "utf-8")


def false_positive_cause(m, gold: list[dict]) -> str:
    """How a found mention at no gold span meets the gold mentions (module docstring)."""
    over = [g for g in gold if g["start"] < m.end and m.start < g["end"]]
    if not over:
        return "no gold mention near"
    if any(g["start"] <= m.start and m.end <= g["end"] for g in over):
        return "inside a gold mention"
    if any(m.start <= g["start"] and g["end"] <= m.end for g in over):
        return "covers a gold mention"
    return "crosses a gold mention"


def _right(g: dict, found) -> bool:
    return any(m.start == g["start"] and m.end == g["end"] and m.actor_id == g["actor_id"] for m in found)


def mention_cause(g: dict, found, reg) -> tuple[str, str]:
    """Why a gold mention with an id is not found with it (module docstring)."""
    at = next((m for m in found if m.start == g["start"] and m.end == g["end"]), None)
    if at is None and g.get("antecedent") is not None:
        return "anaphor not found", "pronoun or description"
    if at is not None:
        return "found, wrong id", _what_instead(at.actor_id, g["actor_id"], reg)
    over = [m for m in found if m.start < g["end"] and g["start"] < m.end]
    if over:
        return "span wrong", "overlapping mention has the gold id" if any(m.actor_id == g["actor_id"] for m in over) else "overlapping mention has another id"
    if g["actor_id"] not in reg.actors:
        return "actor absent from register", "gold id unknown"
    if any(a.actor_id == g["actor_id"] for a in reg.aliases(tokens(g["text"]))):
        return "alias blocked", "the form is an alias, read as no actor"
    return "alias form missing", reg.actors[g["actor_id"]].type


def _what_instead(got: str | None, gold: str, reg) -> str:
    if got is None:
        return "no id (role or group)"
    if got.startswith("new-"):
        return "a discovered new- id"
    actor, wanted = reg.actors.get(got), reg.actors.get(gold)
    if actor and actor.parent == gold:
        return "a person or organ of the gold actor"
    if wanted and wanted.parent == got:
        return "the gold actor's parent"
    if actor and actor.type == "person":
        return "a person"
    if actor and wanted and actor.country == wanted.country and actor.type == "country":
        return "the country of the gold organ"
    return "another registered actor"


def about_cause(actor: str, doc: dict, found, entities, reg) -> tuple[str, str]:
    """Why an "about" actor (a register id or an annotator's name) is not found (module docstring)."""
    if actor in reg.actors:
        gold = [g for g in doc["mentions"] if g["actor_id"] == actor]
    else:
        gold = [g for g in doc["mentions"] if (g.get("canon") or "").casefold() == actor.casefold() or g["text"].casefold() == actor.casefold()]
        known = {a.actor_id for a in reg.aliases(tokens(actor)) if a.actor_id}
        if not known:
            if not gold:
                return "absent from register", "no gold mention"
            named = [g for g in gold if g.get("antecedent") is None]
            tagged = any(s < g["end"] and g["start"] < e and label in ("PER", "ORG") for g in named for s, e, label in entities)
            if not actor[:1].isupper():  # "pelaku pasar", "penjaga penginapan": no name to register
                return "absent from register", "an unnamed group or person"
            kind = "a person" if any(g.get("type") == "person" for g in named) else "an organisation"
            return "absent from register", f"{kind}, " + ("NER found, other span or name" if tagged else "NER missed")
        gold = [dict(g, actor_id=next(iter(known))) for g in gold]
    if not gold:
        return "no gold mention", "registered id"
    causes = [mention_cause(g, found, reg) for g in gold if g.get("antecedent") is None] or [mention_cause(g, found, reg) for g in gold]
    order = ("found, wrong id", "span wrong", "alias blocked", "alias form missing", "anaphor not found", "actor absent from register")
    cause, detail = min(causes, key=lambda c: order.index(c[0]))
    return ("in register now: " if actor not in reg.actors else "") + cause, detail


if __name__ == "__main__":
    main()
