"""The ``events`` step: PLOVER events for every sentence of a document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from warta.actors.register import Register, load_register
from warta.dates.stage import base_date
from warta.events.beside import drop_beside, spacy_pos
from warta.events.coder import DeferredCandidates, code_sentence
from warta.events.event import Event
from warta.events.gate import gate_events, load_gate
from warta.events.lexicon import Lexicon, load_lexicon
from warta.events.propose import SentenceProposer
from warta.events.rerank import Reranker, load_reranker, rerank_events
from warta.events.roles import RoleCandidate, choose_roles, load_roles, one_person_one_side
from warta.events.sametype import one_event_per_type
from warta.events.tagger import TriggerTagger, load_tagger
from warta.events.topic import load_topic
from warta.events.view import sentence_views
from warta.fiction import has_title, is_synopsis_document
from warta.records import Document, mention_id
from warta.step import resource

MAX_SENTENCE_TOKENS = 120  # longer "sentences" are read in pieces (see SentenceView.pieces)


@dataclass(frozen=True)
class Events:
    """Assigns ``events``: a list of ``warta.events.event.Event``.

    Requires the sentences and POS tags (the spaCy Doc) of the ``nlp`` step and the mentions of
    the ``actors`` step, which fill the roles.

    The lexicon proposes, the learned gate (``warta.events.gate``) disposes: each event's
    ``confidence`` is the gate's probability, and events under ``min_confidence`` (default: the
    floor chosen on real-news dev) are dropped. ``gate=False`` keeps every lexicon candidate
    with the lexicon's own confidence (how the gate's training data is made).

    With a reranker shipped (``warta.events.rerank``, ``rerank`` on), the gate and the tagger
    only propose (the gate from 0, the tagger from the reranker's ``tagger_floor``, or from a
    higher ``tagger_floor`` given): each
    event's ``confidence`` is the reranker's probability, and ``min_confidence`` (default: the
    reranker's floor) applies to it.

    Roles: the clause rules read each event's actor and recipient; with ``roles`` on (the
    default) the learned role reader (``warta.events.roles``) then chooses them among every
    reading the rules could make and the sentence's mentions. It runs after the gate, which
    was trained on the rules' reading.

    Then, with the reranker on (its confidences compare across sources), a tagger word beside
    another event's trigger is dropped (``warta.events.beside``) and each sentence keeps one
    event of each type, the most confident (``warta.events.sametype``; ``one_per_type=False``
    keeps them all). Without the reranker neither runs.
    """

    name: ClassVar[str] = "events"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "spacy", "mentions")
    assigns: ClassVar[tuple[str, ...]] = ("events",)
    lexicon: bool = True
    gate: bool = True
    tagger: bool = True
    roles: bool = True
    rerank: bool = True  # the reranker's second look (when a rerank.json ships); off: the gate's and tagger's own floors
    min_confidence: float | None = None
    tagger_floor: float | None = None  # the tagger's floor (default: its dev-chosen one, or min_confidence if higher)
    beside: bool = True  # after the reranker: drop the tagger's words that are part of a neighbouring event (warta.events.beside)
    one_per_type: bool = True  # after the reranker: one event of a type per sentence, the most confident (warta.events.sametype)
    fiction: bool = True  # a synopsis ("Sinopsis ..." headline) codes no events; off: code it like news
    models: str | None = None  # a folder holding gate.json, tagger.json, roles.json (and rerank.json) to use instead of the shipped ones
    propose: bool = True  # the sentence proposer (warta.events.propose) at the reranker's sentence_floor, when rerank.json gives one
    proposer: SentenceProposer | None = None  # a sentence proposer to use instead (training: each fold's own, without the reranker)

    def __call__(self, docs: list[Document]) -> list[Document]:
        lex = resource(load_lexicon)
        gate = resource(load_gate, self.models) if self.gate else None
        floor = (self.min_confidence if self.min_confidence is not None else gate.threshold) if gate else 0.0
        tagger = resource(load_tagger, self.models) if self.tagger else None
        topic = resource(load_topic)
        roles = resource(load_roles, self.models) if self.roles else None
        register = resource(load_register)
        reranker: Reranker | None = resource(load_reranker, self.models) if self.rerank and gate is not None else None
        # the tagger never goes under its own floor: its probabilities are not the gate's
        tagger_floor = 1.0
        if tagger is not None:
            tagger_floor = self.tagger_floor if self.tagger_floor is not None else max(tagger.threshold, self.min_confidence or 0.0)
        if reranker is not None:  # the gate and the tagger propose at their lowest floors; the reranker's floor decides
            rerank_floor = self.min_confidence if self.min_confidence is not None else reranker.threshold
            # a tagger_floor given narrows what the tagger proposes; never under the reranker's training floor
            floor, tagger_floor = 0.0, max(reranker.tagger_floor, self.tagger_floor or 0.0)
        proposer = self.proposer
        if proposer is None and self.propose and reranker is not None and reranker.sentence_floor is not None:
            proposer = SentenceProposer(reranker.sentence_types, reranker.sentence_floor)
        for doc in docs:
            if self.fiction and is_synopsis_document(doc):
                doc.annotations.events = []  # a synopsis of a film or series reports no events (warta.fiction)
                continue
            text = doc.text or ""
            context = (topic.feature(text),)  # sport and celebrity pieces use conflict words for other things
            candidates = DeferredCandidates()  # read for the events the gate keeps
            events = code_document(doc, lex, tagger, tagger_floor, self.lexicon, context, candidates if roles is not None else None, proposer)
            if gate is not None:
                events = gate_events(events, text, gate, floor, context)
                if reranker is not None:
                    # a title ingest took apart leaves the text opening with the lead, no headline
                    opens_with_headline = not has_title(doc)
                    events = rerank_events(events, doc.annotations.sentences, reranker, rerank_floor, context, doc.annotations.spacy,
                                           doc.annotations.mentions, opens_with_headline)  # fmt: skip
                    if self.beside:  # a tagger word beside a kept event's trigger is part of it (warta.events.beside)
                        events = drop_beside(events, text, spacy_pos(doc.annotations.spacy))
            elif self.min_confidence is not None:
                events = [e for e in events if e.confidence >= self.min_confidence]
            if roles is not None:
                for e in events:
                    choose_roles(e, candidates.get(id(e), ()), roles)
            if reranker is not None and self.one_per_type:  # two events of one type in a sentence mostly tell one (warta.events.sametype)
                events = one_event_per_type(events)  # after the roles: the kept event may take its dropped twin's actor
            if events:
                anaphoric, persons = _anaphoric_and_persons(doc, register)
                for e in events:
                    one_person_one_side(e, anaphoric, persons)
            doc.annotations.events = events
        return docs


def _anaphoric_and_persons(doc: Document, register: Register) -> tuple[set[str], set[str]]:
    """The ids of the document's mentions that coreference resolved (an antecedent or a rule),
    and the actor ids of its mentions that name a person: a registered person, or a new one
    (an official the register does not list carries his organisation's id, which is no person's)."""
    anaphoric, persons = set(), set()
    for m in doc.annotations.mentions:
        if m.antecedent is not None or m.coref_rule:
            anaphoric.add(mention_id(doc.doc_id, m.start, m.end))
        actor = register.actors.get(m.actor_id or "")
        if m.actor_id and (actor.type == "person" if actor is not None else m.type == "person"):
            persons.add(m.actor_id)
    return anaphoric, persons


def code_document(doc: Document, lex: Lexicon, tagger: TriggerTagger | None, tagger_floor: float, lexicon: bool,
                  context: tuple[str, ...], candidates: dict[int, list[RoleCandidate]] | DeferredCandidates | None = None,
                  proposer: SentenceProposer | None = None) -> list[Event]:  # fmt: skip
    """Every sentence's events as the coder reads them, before the gate (and, with a
    ``candidates`` dict or ``DeferredCandidates``, each event's role candidates; with a
    ``proposer``, the sentence proposer's events too)."""
    text = doc.text or ""
    sentences = doc.annotations.sentences or ([(0, len(text))] if text.strip() else [])
    mentions = doc.annotations.mentions
    base = base_date(doc)  # the publication date, else from the URL or the dateline
    year = base.year if base else None
    events: list[Event] = []
    pieces = [piece for view in sentence_views(text, sentences, doc.annotations.spacy, mentions, context)
              for piece in view.pieces(MAX_SENTENCE_TOKENS)]  # fmt: skip
    prepared = tagger.prepare(pieces) if tagger is not None else None  # the whole document's tokens scored at once
    for piece in pieces:
        events += code_sentence(piece, text, mentions, lex, doc.doc_id, year, tagger, tagger_floor, lexicon, candidates, prepared, proposer)
    return events
