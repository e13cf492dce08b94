"""The sentence proposer: an event type the whole sentence holds, where no word was proposed.

The lexicon and the tagger propose a sentence's events word by word; a quarter of real-news
train's gold events had no candidate at all in their sentence, and another seventh candidates
of other types only (docs/events.md, "Session 19: learning curve" and "Session 20
(proposals)"). The sentence-types model the reranker already reads
(``warta.events.rerank.SentenceTypes``: one logistic regression per type over the sentence's
words and stems) says which types a sentence holds ("Dua pelaku dibekuk di rumahnya" holds a
COERCE whatever word tells it). For each type it gives at least ``floor`` and no proposed event
of the sentence has, the proposer asks the tagger which of the sentence's free words is most
likely a trigger of that type, and the coder reads that word's clause as for any trigger. The
event says what found it (``extractor`` ``sentence:<kind>``); its confidence is the mean of the
sentence model's and the tagger's log-odds for that word and type, as a probability; the
reranker (which reads the source) decides.

Measured, not shipped (docs/events.md, "Session 20 (proposals)"): it raises the train
out-of-fold recall ceiling 0.610 -> 0.679 (floor 0.2) and reranked train F1 by ~0.014, but real
dev fell at every floor tried. It runs when a ``rerank.json`` gives a ``sentence_floor``
(``train_gate.py --sentence-floor P``); the shipped one gives none.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from warta.events.rerank import SentenceTypes
from warta.events.scoring import logistic

TRIES = 3  # the tagger's best words of the type the coder is asked to read, in order, until one codes


@dataclass(frozen=True)
class SentenceProposer:
    types: SentenceTypes
    floor: float  # the sentence model's probability from which a type is proposed

    def wanted(self, text: str, have: set[str]) -> list[tuple[str, float]]:
        """The types the sentence holds at ``floor`` or above that ``have`` lacks, most likely first."""
        out = [(t, logistic(z)) for t, z in self.types.logits(text).items() if t not in have]
        return sorted(((t, p) for t, p in out if p >= self.floor), key=lambda tp: (-tp[1], tp[0]))

    def confidence(self, p: float, word_logit: float) -> float:
        """The event's confidence: the mean of the sentence model's log-odds (``p``) and the
        tagger's for its word of the type (``word_logit``), as a probability."""
        z = math.log(max(p, 1e-6) / max(1 - p, 1e-6))
        return logistic((z + word_logit) / 2)
