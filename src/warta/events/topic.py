"""Is this article from a news section? A small learned reading of the whole document.

Sport, celebrity, lifestyle and product pieces use the words of conflict and politics for
other things ("serangan" of a striker, a goalkeeper "mengamankan" a shot, "dukungan" for a
gadget), and their few candidate events are seldom events. The gate and the tagger read the
document's topic as one more feature, so that they can learn how much to trust a trigger in
each kind of article. The classifier is a logistic regression over the words of the article's
beginning, trained on the news-section labels that CLICK-ID's outlets give their articles
(``training/events/train_topic.py``); it ships as a word → weight table.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

from warta.events.scoring import logistic

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
READ_CHARS = 3000  # the title and the first paragraphs say what kind of piece it is
BUCKETS = (0.2, 0.5, 0.8)  # news probability cut points of the feature the gate and tagger read


@dataclass(frozen=True)
class TopicModel:
    weights: dict[str, float]
    bias: float
    version: str

    def news_probability(self, text: str) -> float:
        """Probability that ``text`` comes from a news section (politics, law, regional, world)."""
        z = self.bias + sum(self.weights.get(w, 0.0) for w in words(text))
        return logistic(z)

    def feature(self, text: str) -> str:
        """The document's topic as one feature name: ``topic=0`` (surely not news) .. ``topic=3``."""
        p = self.news_probability(text)
        return f"topic={sum(p >= cut for cut in BUCKETS)}"


def words(text: str) -> set[str]:
    """The distinct lowercase words of the article's beginning (presence, not counts)."""
    return {w.lower() for w in WORD.findall(text[:READ_CHARS])}


def load_topic() -> TopicModel:
    raw = json.loads(resources.files("warta.data").joinpath("events/topic.json").read_text("utf-8"))
    return TopicModel(weights=raw["weights"], bias=raw["bias"], version=raw["version"])
