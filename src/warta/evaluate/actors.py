"""Actor mentions against an annotated set (tests/fixtures/actors/dev.jsonl, test.jsonl),
as the ``actors`` step of ``warta ingest`` finds them (after the ``nlp`` step, so NER
entities add the actors the register does not know).

- mentions: precision/recall/F1, a predicted mention matching a gold one on exact span;
- canonical id: of span-matched mentions whose gold actor_id is known, the share resolved to it;
- coreference: of gold pronoun/description mentions (those with an antecedent), the share
  found and resolved right: to the gold actor_id when the actor is registered; when it is
  not (an unnamed group, a person the register does not know), the predicted antecedent
  must overlap another mention of the same gold chain ("Mereka" -> "Ribuan buruh"; a chain is
  the set's ``chain`` key where it gives one, else the antecedent links).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from warta.records import Document


@dataclass(frozen=True)
class ActorScores:
    documents: int
    gold: int
    predicted: int
    matched: int
    id_known: int
    id_correct: int
    coref_gold: int
    coref_correct: int
    about_gold: int = 0  # actors the articles are about (sets with an "about" list)
    about_found: int = 0  # ... of which some found mention names the actor

    @property
    def about_recall(self) -> float:
        """Document-level recall: of the actors an article is about, the share warta finds."""
        return self.about_found / self.about_gold if self.about_gold else 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def id_accuracy(self) -> float:
        return self.id_correct / self.id_known if self.id_known else 0.0

    @property
    def coref_accuracy(self) -> float:
        return self.coref_correct / self.coref_gold if self.coref_gold else 0.0


def evaluate(gold_path: str | Path, without: Collection[str] = ()) -> ActorScores:
    """Scores on one annotated set, with the coreference rules named in ``without`` switched off."""
    docs, records = analysed(gold_path, without)
    return score_documents(docs, [record.annotations.mentions for record in records])


def analysed(gold_path: str | Path, without: Collection[str] = ()) -> tuple[list[dict], list[Document]]:
    """The gold documents of an annotated set and their records through NLP and actors."""
    from warta.actors.stage import Actors
    from warta.nlp.stage import Nlp

    docs, records = gold_records(gold_path)
    return docs, Actors(without=frozenset(without))(Nlp()(records))


def through_nlp(gold_docs: list[dict]) -> list[Document]:
    """Gold event documents cleaned and through the ``nlp`` step: run once, then the later
    stages once per setting of the rules (``events_without``)."""
    from warta.clean.step import Clean
    from warta.evaluate.events import gold_documents
    from warta.nlp.stage import Nlp

    return Nlp()(Clean()(gold_documents(gold_docs)))


def events_without(gold_docs: list[dict], docs: list[Document], without: Collection[str] = ()):
    """The stages after ``nlp`` of ``warta ingest`` (actors with the rules in ``without`` off,
    events, places, dates) on documents from ``through_nlp``, scored as ``warta eval events``
    scores them. Each stage overwrites what it assigns, so the same documents serve every setting."""
    from warta.actors.stage import Actors
    from warta.engine.ingest import default_stages
    from warta.evaluate.events import as_prediction, score
    from warta.nlp.stage import Nlp

    for stage in default_stages():
        if not isinstance(stage, Nlp):
            docs = (Actors(without=frozenset(without)) if isinstance(stage, Actors) else stage)(docs)
    return score(gold_docs, [as_prediction(d) for d in docs])


def gold_records(gold_path: str | Path) -> tuple[list[dict], list[Document]]:
    """The gold documents of an annotated set, and a ``Document`` of each text to run the steps on."""
    docs = [json.loads(line) for line in Path(gold_path).read_text("utf-8").splitlines() if line.strip()]
    records = [Document(doc_id=d["doc_id"], content_hash=d["doc_id"], source_file=str(gold_path), position="", source_format="jsonl",
                        raw_text=d["text"], text=d["text"], published=d.get("published")) for d in docs]  # fmt: skip
    return docs, records


def analysed_train_or_dev(gold_path: str | Path, script: str) -> tuple[list[dict], list[Document]]:
    """The gold documents of a train or dev set and their records through NLP and actors, for the
    error-analysis scripts (training/actors), which must never read a test set."""
    if "test" in Path(gold_path).name:
        raise SystemExit(f"{script} reads train and dev sets only")
    return analysed(gold_path)


def score_documents(docs: list[dict], found_lists: list[list]) -> ActorScores:
    """Gold documents (the JSONL records) against the mentions found in each."""
    gold_n = pred_n = matched = id_known = id_correct = coref_gold = coref_correct = 0
    for doc, found in zip(docs, found_lists):
        predicted = {(m.start, m.end): m for m in found}
        pred_n += len(predicted)
        chain = _chains(doc["mentions"])
        for i, g in enumerate(doc["mentions"]):
            gold_n += 1
            p = predicted.get((g["start"], g["end"]))
            if g.get("antecedent") is not None:
                coref_gold += 1
                if p is not None and g["actor_id"]:
                    coref_correct += p.actor_id == g["actor_id"]
                elif p is not None and p.antecedent is not None:
                    a = found[p.antecedent]
                    coref_correct += any(chain[k] == chain[i] and k != i and h["start"] < a.end and a.start < h["end"]
                                         for k, h in enumerate(doc["mentions"]))  # fmt: skip
            if p is None:
                continue
            matched += 1
            if g["actor_id"]:
                id_known += 1
                id_correct += p.actor_id == g["actor_id"]
    about_gold = about_found = 0
    for doc, found in zip(docs, found_lists):
        for actor in doc.get("about", ()):
            about_gold += 1
            about_found += any(_names(m, actor) for m in found)
    return ActorScores(len(docs), gold_n, pred_n, matched, id_known, id_correct, coref_gold, coref_correct, about_gold, about_found)


def _names(mention, actor: str) -> bool:
    """Whether a found mention stands for an "about" entry: a register id, else a name (an
    unregistered actor: the mention's text or name equals it, or one contains the other)."""
    if mention.actor_id == actor:
        return True
    wanted = actor.casefold()
    return any(n and (n.casefold() == wanted or len(n) > 3 and (n.casefold() in wanted or wanted in n.casefold()))
               for n in (mention.text, mention.name))


def _chains(mentions: list[dict]) -> list:
    """Each gold mention's chain: its ``chain`` key where the set gives every mention one (the
    real-news sets: one key per entity in the document, so "Pemda Sumedang" and a later
    "Pemerintah Kabupaten Sumedang" are one chain though no antecedent links them), else the
    index of the first mention its antecedent links lead to (the authored sets)."""
    if mentions and all(m.get("chain") for m in mentions):
        return [m["chain"] for m in mentions]
    out = []
    for i, m in enumerate(mentions):
        out.append(out[m["antecedent"]] if m.get("antecedent") is not None and m["antecedent"] < i else i)
    return out
