"""Indonesian NLP for warta: a spaCy pipeline shipped inside the package.

- ``load_nlp()``: the pipeline (tokenizer rules, sentence splitter, one tok2vec shared by
  the UPOS tagger and the PER/ORG/LOC NER) loaded from ``warta/nlp/model/``;
- ``Nlp``: the pipeline step (``warta.nlp.stage``);
- ``warta.evaluate.nlp``: ``ner_table()`` / ``ud_table()`` accuracy tables.

See docs/models.md for data, scores and how to rebuild the model.
"""

__all__ = ["load_nlp", "model_path", "Nlp"]


def __getattr__(name):
    """Lazy: importing ``warta.nlp.stage`` (which ``warta ingest`` does to build its stages) must
    not import spaCy, so that a driver whose workers run the NLP never pays for it."""
    if name == "Nlp":
        from warta.nlp.stage import Nlp

        return Nlp
    if name in ("load_nlp", "model_path"):
        from warta.nlp import model

        return getattr(model, name)
    raise AttributeError(name)
