"""Event locations against the real-news gold (training/realnews): where warta puts the events
that it finds and an annotator also coded.

The real-news annotators marked an event's place only when its sentence names one (a span);
tests/fixtures/places/real-event-places.jsonl gives each such span its country and, where the
span names a gazetteer place (or a venue in a known town), that place. Scored on gold events
matched to predicted ones by the event scorer's own matching (warta.evaluate.events.score,
run per gold event):

- country: the predicted event's first location has the gold country;
- place: the same place id; place (nested): the same place, or one inside the other
  ("Jakarta" for "Kompleks Parlemen, Senayan, Jakarta" / Jakarta Selatan for DKI Jakarta);
- over matched events whose sentence names no place (gold location null): how often a place
  is still said to come from the sentence (an over-read), and where the locations came from;
- over every predicted event: the share with a date, and where the dates came from.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.evaluate.events import load_gold, predict, real_news_set, score
from warta.places.gazetteer import Gazetteer, load_gazetteer
from warta.step import resource

GOLD_PLACES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "places" / "real-event-places.jsonl"


@dataclass
class EventPlaceScores:
    gold_events: int = 0
    matched: int = 0
    located_gold: int = 0  # matched events with a gold place span and a known country
    country: int = 0
    place_known: int = 0
    place: int = 0
    place_nested: int = 0
    unlocated_gold: int = 0  # matched events whose sentence names no place
    unlocated_said_sentence: int = 0
    predicted_located: int = 0  # matched events given any location
    sources: Counter = field(default_factory=Counter)  # first location's source, over matched events
    predicted: int = 0  # every predicted event, matched or not: the date check ("every event dated")
    dated: int = 0
    date_sources: Counter = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def country_accuracy(self) -> float:
        return self.country / self.located_gold if self.located_gold else 0.0

    @property
    def place_accuracy(self) -> float:
        return self.place / self.place_known if self.place_known else 0.0

    @property
    def place_nested_accuracy(self) -> float:
        return self.place_nested / self.place_known if self.place_known else 0.0


def gold_places(split: str) -> dict[tuple[str, int], dict[str, Any]]:
    """(doc id, event index) -> the gold place row of that split."""
    rows = [json.loads(line) for line in GOLD_PLACES.read_text("utf-8").splitlines() if line.strip()]
    return {(r["doc"], r["event"]): r for r in rows if r["split"] == split}


def matched_pairs(gold_doc: dict[str, Any], sentences: list[tuple[int, int]], predicted: list[dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    """(gold event index, predicted event) pairs, by the event scorer: the document is scored
    whole (which predicted events match anything), then each gold event alone against those."""
    whole = score([gold_doc], [(sentences, predicted)], keep_errors=True)
    spurious = {id(e["predicted"]) for e in whole.errors if e["kind"] == "spurious"}
    kept = [p for p in predicted if id(p) not in spurious]
    pairs, used = [], set()
    for k, ge in enumerate(gold_doc["events"]):
        pool = [p for p in kept if id(p) not in used]
        one = score([{**gold_doc, "events": [ge]}], [(sentences, pool)], keep_errors=True)
        if one.events.tp:
            unmatched = {id(e["predicted"]) for e in one.errors if e["kind"] == "spurious"}
            p = next(p for p in pool if id(p) not in unmatched)
            used.add(id(p))
            pairs.append((k, p))
    return pairs


def nested(gaz: Gazetteer, a: str | None, b: str | None) -> bool:
    """Whether places a and b are the same or one lies inside the other (admin links)."""
    if not a or not b:
        return False
    if a == b:
        return True
    pa, pb = gaz.places.get(a), gaz.places.get(b)
    if pa is None or pb is None:
        return False
    return b in (pa.admin1, pa.admin2) or a in (pb.admin1, pb.admin2) or (pa.type == "country" and pb.country == a) or (pb.type == "country" and pa.country == b)


def evaluate(split: str = "dev", keep_errors: bool = False) -> EventPlaceScores:
    gold_docs = load_gold(real_news_set(split))
    return score_places(gold_docs, predict(gold_docs), gold_places(split), keep_errors)


def score_places(gold_docs: list[dict[str, Any]], predictions, places: dict[tuple[str, int], dict[str, Any]],
                 keep_errors: bool = False) -> EventPlaceScores:  # fmt: skip
    gaz = resource(load_gazetteer)  # the places step has loaded it in this process
    s = EventPlaceScores()
    for g, (sentences, predicted) in zip(gold_docs, predictions):
        s.gold_events += len(g["events"])
        for pe in predicted:
            s.predicted += 1
            s.dated += bool(pe.get("date"))
            s.date_sources[pe["date"]["source"] if pe.get("date") else "none"] += 1
        for k, pe in matched_pairs(g, sentences, predicted):
            s.matched += 1
            loc = pe["location"][0] if pe["location"] else None
            s.predicted_located += loc is not None
            s.sources[loc["source"] if loc else "none"] += 1
            gold = places.get((g["id"], k))
            if g["events"][k]["location"] is None:
                s.unlocated_gold += 1
                s.unlocated_said_sentence += bool(loc and loc["source"] == "sentence")
                continue
            if gold is None or gold["country"] is None:
                continue
            s.located_gold += 1
            ok = bool(loc and loc["country"] == gold["country"])
            s.country += ok
            if gold["place_id"]:
                s.place_known += 1
                s.place += bool(loc and loc["place_id"] == gold["place_id"])
                s.place_nested += bool(loc and nested(gaz, loc["place_id"], gold["place_id"]))
            if keep_errors and (not ok or (gold["place_id"] and not (loc and loc["place_id"] == gold["place_id"]))):
                s.errors.append({"doc": g["id"], "gold": gold, "predicted": loc, "sentence": pe["sentence"]["text"]})
    return s
