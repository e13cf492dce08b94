"""Indonesian NLP for warta: a spaCy pipeline shipped inside the package.

- ``load_nlp()``: the pipeline (tokenizer rules, sentence splitter, one tok2vec shared by
  the UPOS tagger and the PER/ORG/LOC NER) loaded from ``warta/nlp/model/``;
- ``Nlp``: the pipeline step (``warta.nlp.stage``);
- ``warta.evaluate.nlp``: ``ner_table()`` / ``ud_table()`` accuracy tables.

See docs/models.md for data, scores and how to rebuild the model.
"""

from warta.nlp.model import load_nlp, model_path

__all__ = ["load_nlp", "model_path", "Nlp"]


def __getattr__(name):  # lazy: the step imports the pipeline machinery
    if name == "Nlp":
        from warta.nlp.stage import Nlp

        return Nlp
    raise AttributeError(name)
