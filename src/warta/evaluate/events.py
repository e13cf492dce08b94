"""Events against an annotated gold set (tests/fixtures/events/*.jsonl, format in docs/events.md).

The gold text goes through the whole pipeline (cleaning included), and predicted spans are
mapped back to the gold text's offsets through the cleaning alignment.

- events: a predicted event matches a gold one when it is in the sentence holding the gold
  trigger and has the same type (one-to-one; the closest trigger wins);
- actor / recipient: an item matches by canonical id when the gold item has one, else by
  overlapping span. Reported two ways: over matched event pairs (how well roles are read
  when the event is found) and end to end (every predicted and gold item counts);
- modality: accuracy over matched events; plus per-type scores and a type confusion table.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.clean.alignment import to_raw_span
from warta.clean.step import Clean
from warta.engine.ingest import default_stages
from warta.records import Document
from warta.step import Step

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")  # fmt: skip


@dataclass
class PRF:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def p(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4), "tp": self.tp, "pred": self.pred, "gold": self.gold}


@dataclass
class EventScores:
    documents: int = 0
    sentences: int = 0
    events: PRF = field(default_factory=PRF)
    per_type: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in TYPES})
    actor_matched: PRF = field(default_factory=PRF)
    recipient_matched: PRF = field(default_factory=PRF)
    actor_e2e: PRF = field(default_factory=PRF)
    recipient_e2e: PRF = field(default_factory=PRF)
    modality_correct: int = 0
    quiet_sentences: int = 0  # gold sentences with no event (sets that list their sentences)
    quiet_with_event: int = 0  # ... of which the prediction gives at least one event
    modality_confusion: Counter = field(default_factory=Counter)  # (gold, predicted)
    type_confusion: Counter = field(default_factory=Counter)  # (gold type or "-", predicted type or "-")
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def modality_accuracy(self) -> float:
        return self.modality_correct / self.events.tp if self.events.tp else 0.0

    @property
    def quiet_rate(self) -> float:
        """Share of no-event sentences that get an event: what a user reading them sees as noise."""
        return self.quiet_with_event / self.quiet_sentences if self.quiet_sentences else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "sentences": self.sentences, "events": self.events.as_dict(),
            "per_type": {t: s.as_dict() for t, s in self.per_type.items()},
            "actor_matched": self.actor_matched.as_dict(), "recipient_matched": self.recipient_matched.as_dict(),
            "actor_end_to_end": self.actor_e2e.as_dict(), "recipient_end_to_end": self.recipient_e2e.as_dict(),
            "modality_accuracy": round(self.modality_accuracy, 4),
            "no_event_sentences": self.quiet_sentences, "no_event_sentences_with_event": self.quiet_with_event,
            "no_event_sentence_rate": round(self.quiet_rate, 4),
            "modality_confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.modality_confusion.items())},
            "type_confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.type_confusion.items())},
        }  # fmt: skip


# The real-news gold sets (training/realnews/README.md), in the repository next to the package.
FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "events"


def real_news_set(split: str) -> Path:
    """tests/fixtures/events/real-{train,dev,test}.jsonl of this checkout."""
    return FIXTURES / f"real-{split}.jsonl"


def real_news_agreement() -> EventScores | None:
    """Agreement of the blind second annotation with the gold on the overlap documents."""
    second = FIXTURES / "real-overlap-second.jsonl"
    if not second.exists():
        return None
    gold = [d for split in ("train", "dev", "test") if real_news_set(split).exists() for d in load_gold(real_news_set(split))]
    return agreement_of(gold, load_gold(second))  # keeps the gold documents the second annotator coded


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]


def predict(gold_docs: list[dict[str, Any]], stages: Sequence[Step] | None = None) -> list[tuple[list[tuple[int, int]], list[dict[str, Any]]]]:
    """For each gold document: predicted sentences and events, all offsets in the gold text."""
    docs = Clean()(gold_documents(gold_docs))
    for step in stages or default_stages():
        docs = step(docs)
    return [as_prediction(d) for d in docs]


def through_actors(gold_docs: list[dict[str, Any]]) -> list[Document]:
    """Gold documents through cleaning, NLP and actors: what the events step reads (so that
    the events step can be run on them once per setting, as training and its tests do)."""
    from warta.actors.stage import Actors
    from warta.nlp.stage import Nlp

    docs = Clean()(gold_documents(gold_docs))
    for step in (Nlp(), Actors()):
        docs = step(docs)
    return docs


def gold_documents(gold_docs: list[dict[str, Any]]) -> list[Document]:
    """The gold texts as documents read from a file, ready for cleaning."""
    return [Document(doc_id=g["id"], content_hash=g["id"], source_file="gold", position="", source_format="txt",
                     raw_text=g["text"], outlet=g.get("outlet"), published=g.get("published"), language="id")
            for g in gold_docs]  # fmt: skip


def raw_span(d: Document, start: int, end: int) -> tuple[int, int]:
    """A span of the processed document's text at its offsets in the gold (raw) text."""
    return to_raw_span(d.alignment, start, end) if d.alignment else (start, end)


def in_removed(d: Document, start: int, end: int) -> bool:
    """Whether a gold (raw) span lies in text that cleaning dropped ("Baca juga" lines): no
    run of warta sees it."""
    return any(r.raw_start <= start and end <= r.raw_end for r in d.removed)


def as_prediction(d: Document) -> tuple[list[tuple[int, int]], list[dict[str, Any]]]:
    """A processed document's sentences and events, offsets mapped back to the gold text."""
    sentences = [raw_span(d, s, e) for s, e in d.annotations.sentences]
    events = []
    for e in d.annotations.events:
        r = e.as_dict(d.doc_id)
        for span in [r["sentence"], r["trigger"], *r["actor"], *r["recipient"]]:
            span["start"], span["end"] = raw_span(d, span["start"], span["end"])
        events.append(r)
    return sentences, events


def sentence_of(sentences: Sequence[tuple[int, int]], start: int) -> tuple[int, int] | None:
    """The sentence holding offset ``start``."""
    return next(((a, b) for a, b in sentences if a <= start < b), None)


def gold_holds(gold_doc: dict[str, Any], sentences: Sequence[tuple[int, int]], predicted: dict[str, Any]) -> bool:
    """Whether the gold has an event of the predicted event's type in its sentence (the
    scorer's match, without one-to-one): what the learned gate is trained and judged on."""
    sent = sentence_of(sentences, predicted["trigger"]["start"])
    return sent is not None and any(ge["type"] == predicted["type"] and sent[0] <= ge["trigger"]["start"] < sent[1] for ge in gold_doc["events"])


def match_events(gold_events: list[dict[str, Any]], sentences: Sequence[tuple[int, int]],
                 predicted: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:  # fmt: skip
    """The scorer's pairs of gold and predicted events: same sentence, same type, one to one,
    each gold event (in order) taking the closest unused trigger."""
    used: set[int] = set()
    pairs = []
    for ge in gold_events:
        gt = ge["trigger"]
        sent = sentence_of(sentences, gt["start"])
        if sent is None:
            continue
        best, best_dist = None, 0
        for k, pe in enumerate(predicted):
            if k in used or pe["type"] != ge["type"] or not (sent[0] <= pe["trigger"]["start"] < sent[1]):
                continue
            dist = abs(pe["trigger"]["start"] - gt["start"])
            if best is None or dist < best_dist:
                best, best_dist = k, dist
        if best is not None:
            used.add(best)
            pairs.append((ge, predicted[best]))
    return pairs


def items_match(gold_item: dict, pred_item: dict) -> bool:
    if gold_item.get("actor_id"):
        return pred_item.get("actor_id") == gold_item["actor_id"]
    return pred_item["start"] < gold_item["end"] and gold_item["start"] < pred_item["end"]


def role_tp(gold_items: list[dict], pred_items: list[dict]) -> int:
    used: set[int] = set()
    tp = 0
    for g in gold_items:
        for k, p in enumerate(pred_items):
            if k not in used and items_match(g, p):
                used.add(k)
                tp += 1
                break
    return tp


def evaluate(gold_path: str | Path, keep_errors: bool = False) -> EventScores:
    """The pipeline's events on a gold set."""
    gold_docs = load_gold(gold_path)
    return score(gold_docs, predict(gold_docs), keep_errors)


def agreement_of(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> EventScores:
    """Two annotators' events on the same documents, the first taken as gold: event F1
    between them is the ceiling any extractor's score is read against."""
    by_id = {d["id"]: d for d in second}
    first = [d for d in first if d["id"] in by_id]
    return score(first, [([(a, b) for a, b in d["sentences"]], by_id[d["id"]]["events"]) for d in first])


def score(gold_docs: list[dict[str, Any]], predictions: list[tuple[list[tuple[int, int]], list[dict[str, Any]]]],
          keep_errors: bool = False) -> EventScores:  # fmt: skip
    """Predicted (sentences, events) per gold document against the gold events."""
    scores = EventScores(documents=len(gold_docs))
    for g, (sentences, predicted) in zip(gold_docs, predictions):
        scores.sentences += len(sentences)
        for a, b in g.get("sentences", ()):
            if not any(a <= ge["trigger"]["start"] < b for ge in g["events"]):
                scores.quiet_sentences += 1
                scores.quiet_with_event += any(a <= pe["trigger"]["start"] < b for pe in predicted)
        pairs = match_events(g["events"], sentences, predicted)
        used = {id(pe) for _, pe in pairs}
        matched_gold = {id(ge) for ge, _ in pairs}
        for ge in g["events"]:
            if id(ge) not in matched_gold:
                gt = ge["trigger"]
                over = next((pe for pe in predicted if pe["trigger"]["start"] < gt["end"] and gt["start"] < pe["trigger"]["end"]), None)
                scores.type_confusion[(ge["type"], over["type"] if over else "-")] += 1
                if keep_errors:
                    scores.errors.append({"doc": g["id"], "kind": "missed", "gold": ge, "overlapping": over})
        for pe in predicted:
            if id(pe) not in used:
                over = next((ge for ge in g["events"] if pe["trigger"]["start"] < ge["trigger"]["end"] and ge["trigger"]["start"] < pe["trigger"]["end"]), None)
                if over is None:
                    scores.type_confusion[("-", pe["type"])] += 1
                if keep_errors:
                    scores.errors.append({"doc": g["id"], "kind": "spurious", "predicted": pe})
        scores.events.tp += len(pairs)
        scores.events.gold += len(g["events"])
        scores.events.pred += len(predicted)
        for ge in g["events"]:
            scores.per_type.setdefault(ge["type"], PRF()).gold += 1
        for pe in predicted:
            scores.per_type.setdefault(pe["type"], PRF()).pred += 1
        for ge, pe in pairs:
            scores.per_type[ge["type"]].tp += 1
            scores.type_confusion[(ge["type"], pe["type"])] += 1
            scores.modality_confusion[(ge["modality"], pe["modality"])] += 1
            scores.modality_correct += ge["modality"] == pe["modality"]
            for role, matched, e2e in (("actor", scores.actor_matched, scores.actor_e2e), ("recipient", scores.recipient_matched, scores.recipient_e2e)):
                tp = role_tp(ge[role], pe[role])
                matched.tp += tp
                matched.gold += len(ge[role])
                matched.pred += len(pe[role])
                e2e.tp += tp
                if keep_errors and (tp < len(ge[role]) or tp < len(pe[role])):
                    scores.errors.append({"doc": g["id"], "kind": f"{role}_mismatch", "gold": ge, "predicted": pe})
            if keep_errors and ge["modality"] != pe["modality"]:
                scores.errors.append({"doc": g["id"], "kind": "modality", "gold": ge, "predicted": pe})
        for role, e2e in (("actor", scores.actor_e2e), ("recipient", scores.recipient_e2e)):
            e2e.gold += sum(len(ge[role]) for ge in g["events"])
            e2e.pred += sum(len(pe[role]) for pe in predicted)
    return scores
