"""The NLP pipeline step: sentences, entities and the spaCy Doc for each document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from warta.nlp.model import load_nlp
from warta.step import resource
from warta.records import Document

# Components of the shipped model that the pipeline does not run. Nothing reads the
# dependency parse (events read POS tags, sentences come from warta_sentencizer, which sets
# every boundary before the parser could move one; NER has its own tok2vec), and the parser
# was about a third of the NLP time. `warta eval ud` still loads and scores it.
NOT_RUN = ("parser",)


@dataclass(frozen=True)
class Nlp:
    """Run the shipped Indonesian spaCy pipeline over ``Document.text``.

    The dependency parser is not run (``NOT_RUN``). Sets on each document:
    - ``annotations["sentences"]``: list of (start, end) character offsets into ``text``
      (trailing whitespace excluded);
    - ``annotations["entities"]``: list of (start, end, label) with label PER / ORG / LOC;
    - ``annotations["spacy"]``: the spaCy ``Doc`` (transient: for later in-process stages).

    The model is loaded lazily once per process, so the step pickles cleanly.
    """

    batch_size: int = 32
    name: ClassVar[str] = "nlp"

    def __call__(self, docs: list[Document]) -> list[Document]:
        if not docs:
            return docs
        nlp = resource(load_nlp, None, NOT_RUN)
        texts = [d.text or "" for d in docs]
        for d, sdoc in zip(docs, nlp.pipe(texts, batch_size=self.batch_size)):
            sents = []
            for s in sdoc.sents:
                # trim whitespace tokens and trailing spaces at both ends
                start, end = s.start_char, s.end_char
                chunk = d.text[start:end]
                lstrip = len(chunk) - len(chunk.lstrip())
                rstrip = len(chunk) - len(chunk.rstrip())
                if end - rstrip > start + lstrip:
                    sents.append((start + lstrip, end - rstrip))
            d.annotations["sentences"] = sents
            d.annotations["entities"] = [(e.start_char, e.end_char, e.label_) for e in sdoc.ents]
            d.annotations["spacy"] = sdoc
        return docs
