"""The UPOS tagger's input: the pipeline's one tok2vec (trained for NER) plus a little of its own.

The shipped pipeline runs a single tok2vec, the NER's (gazetteer features, encoder depth 2);
a second tok2vec for the morphologizer cost about a third of the NLP time. Those vectors are
trained for entities: a tagger on them alone, frozen, reaches only ~82% UPOS on UD dev, since
they do not keep what a word's form says about its part of speech. ``SharedTagTok2Vec`` puts
next to them small lexical embeddings of the tagger's own (hashed NORM / PREFIX / SUFFIX /
SHAPE), mixes both with one maxout layer and refines the result with ``depth`` window layers.
"""

from __future__ import annotations

from spacy.ml.models.tok2vec import MaxoutWindowEncoder, MultiHashEmbed
from spacy.util import registry
from thinc.api import Maxout, Model, chain, concatenate, with_array


@registry.architectures("warta.SharedTagTok2Vec.v1")
def shared_tag_tok2vec(shared: Model, width: int, embed_width: int, rows: list[int], depth: int) -> Model:
    """``shared``: a ``spacy.Tok2VecListener.v1`` of the pipeline's tok2vec (``width`` wide)."""
    own = MultiHashEmbed(width=embed_width, attrs=["NORM", "PREFIX", "SUFFIX", "SHAPE"], rows=rows,
                         include_static_vectors=False)  # fmt: skip
    mix: Model = with_array(Maxout(width, width + embed_width, nP=3, dropout=0.0, normalize=True))
    model: Model = chain(concatenate(shared, own), mix)
    if depth:
        model = chain(model, MaxoutWindowEncoder(width=width, window_size=1, maxout_pieces=3, depth=depth))
    model.set_dim("nO", width)
    return model
