#!/usr/bin/env python
"""Do dense word representations help the event detector? A probe on real-news train and dev.

    OMP_NUM_THREADS=1 .venv/bin/python training/events/probe_dense.py   # ~5 CPU-minutes; writes nothing

The issue suggests a trigger model "on the shipped tok2vec". Before building one into the
pipeline, this measures whether the representations carry what the sparse models lack:

1. **Trigger tokens** (what the tagger decides), dev token by token: the shipped L1 tagger
   against an MLP (one hidden layer of 128) over (a) the shared tok2vec's 96-dimensional
   vectors of the token and its two neighbours (``Doc.tensor``), (b) distributional word vectors
   of the token and its neighbours (the PPMI/SVD vectors the word clusters are cut from,
   ``build_clusters.word_vectors``), and each of them as a back-off where the tagger is silent.
2. **Gate** (is a lexicon candidate a real event?): 5-fold cross-validation over train
   documents of the gate's logistic regression with and without the tok2vec vectors of the
   trigger and of its sentence appended (standardised, scaled), by AUC, log loss and the best
   candidate F1.

Session 12 result (docs/events.md): neither helps, so no dense model ships. The test split is
not read.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import GroupKFold
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "src"))
import build_clusters  # noqa: E402
from train_gate import ge_longer  # noqa: E402

from warta.evaluate.events import as_prediction, gold_holds, load_gold, raw_span, real_news_set, through_actors  # noqa: E402
from warta.events.gate import document_features  # noqa: E402
from warta.events.lexicon import load_lexicon  # noqa: E402
from warta.events.stage import Events  # noqa: E402
from warta.events.tagger import load_tagger  # noqa: E402
from warta.events.topic import load_topic  # noqa: E402
from warta.events.view import sentence_views  # noqa: E402

FLOORS = (0.2, 0.3, 0.5, 0.7)


def tokens(gold: list[dict], docs: list) -> list[dict]:
    """Every token the tagger reads, with its gold label (as train_gate.tagger_tokens labels
    it), its tok2vec vector and its neighbours', its word, and the shipped tagger's best guess."""
    light, topic, tagger = load_lexicon().light_verbs, load_topic(), load_tagger()
    out = []
    for g, d in zip(gold, docs):
        text, sdoc = d.text or "", d.annotations.spacy
        tensor, at = sdoc.tensor, {t.idx: t.i for t in sdoc}
        zero = np.zeros(tensor.shape[1], dtype=np.float32)
        for view in sentence_views(text, d.annotations.sentences, sdoc, d.annotations.mentions, (topic.feature(text),)):
            for i, word in enumerate(view.words):
                a, b = raw_span(d, view.starts[i], view.ends[i])
                label = next((ge["type"] for ge in g["events"] if ge["trigger"]["start"] < b and a < ge["trigger"]["end"]), "O")
                if label != "O" and light.at(view.words, i) and ge_longer(g, a, b):
                    label = "O"
                k = at[view.starts[i]]
                near = [tensor[k], tensor[k - 1] if k > 0 else zero, tensor[k + 1] if k + 1 < len(tensor) else zero]
                out.append({"label": label, "t2v": np.concatenate(near), "word": word, "tagger": tagger.best(view, i),
                            "prev": view.words[i - 1] if i > 0 else "", "next": view.words[i + 1] if i + 1 < len(view.words) else ""})  # fmt: skip
    return out


def typed_prf(predicted: list[str], gold: list[str]) -> tuple[float, float, float]:
    tp = sum(p == g != "O" for p, g in zip(predicted, gold))
    n_pred, n_gold = sum(p != "O" for p in predicted), sum(g != "O" for g in gold)
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def mlp_guesses(train_x: np.ndarray, train_y: list[str], dev_x: np.ndarray) -> list[tuple[str, float]]:
    scaler = StandardScaler().fit(train_x)
    mlp = MLPClassifier(hidden_layer_sizes=(128,), early_stopping=True, random_state=0, max_iter=50, alpha=1e-3)
    mlp.fit(scaler.transform(train_x), train_y)
    probs = mlp.predict_proba(scaler.transform(dev_x))
    probs[:, list(mlp.classes_).index("O")] = -1
    return [(str(mlp.classes_[j]), float(row[j])) for row, j in zip(probs, probs.argmax(1))]


def trigger_probe(train: list[dict], dev: list[dict]) -> None:
    words, vectors = build_clusters.word_vectors(build_clusters.sentences())
    vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    index, zero = {w: k for k, w in enumerate(words)}, np.zeros(vectors.shape[1])

    def svd(t: dict) -> np.ndarray:
        return np.concatenate([vectors[index[w]] if w in index else zero for w in (t["word"], t["prev"], t["next"])] + [[float(t["word"] in index)]])

    gold = [t["label"] for t in dev]
    for floor in FLOORS[:2]:
        print(f"shipped tagger, floor {floor}: P/R/F1 %.3f / %.3f / %.3f" % typed_prf([ty if p >= floor else "O" for ty, p in (t["tagger"] for t in dev)], gold))
    for name, feats in (("tok2vec", lambda t: t["t2v"]), ("word vectors", svd)):
        guesses = mlp_guesses(np.array([feats(t) for t in train]), [t["label"] for t in train], np.array([feats(t) for t in dev]))
        for floor in FLOORS:
            alone = [ty if p >= floor else "O" for ty, p in guesses]
            backoff = [ty if p >= 0.3 else (g if q >= floor else "O") for (ty, p), (g, q) in zip((t["tagger"] for t in dev), guesses)]
            print(f"MLP over {name}, floor {floor}: alone %.3f / %.3f / %.3f" % typed_prf(alone, gold)
                  + "; where the tagger (0.3) is silent: %.3f / %.3f / %.3f" % typed_prf(backoff, gold), flush=True)  # fmt: skip


def gate_probe(gold: list[dict], docs: list) -> None:
    docs = Events(gate=False, tagger=False, roles=False)(docs)
    topic = load_topic()
    sparse, dense, y, groups = [], [], [], []
    for k, (g, d) in enumerate(zip(gold, docs)):
        sdoc, text = d.annotations.spacy, d.text or ""
        sentences, predicted = as_prediction(d)
        for e, feats, r in zip(d.annotations.events, document_features(d.annotations.events, text, (topic.feature(text),)), predicted):
            trig = sdoc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            sent = sdoc.char_span(e.sentence.start, e.sentence.end, alignment_mode="expand")
            dense.append(np.concatenate([sdoc.tensor[trig.start : trig.end].mean(0), sdoc.tensor[sent.start : sent.end].mean(0)]))
            sparse.append({f: 1 for f in feats or ()})
            y.append(gold_holds(g, sentences, r))
            groups.append(k)
    y_, dense_ = np.array(y), np.array(dense)
    print(f"gate candidates: {len(y_)}, {int(y_.sum())} true", flush=True)
    for scale in (None, 0.1, 0.3, 1.0):
        p = np.zeros(len(y_))
        for rest, held in GroupKFold(5).split(dense_, y_, groups):
            vec = DictVectorizer()
            x_rest, x_held = vec.fit_transform([sparse[i] for i in rest]), vec.transform([sparse[i] for i in held])
            if scale is not None:
                sc = StandardScaler().fit(dense_[rest])
                x_rest = hstack([x_rest, csr_matrix(sc.transform(dense_[rest]) * scale)])
                x_held = hstack([x_held, csr_matrix(sc.transform(dense_[held]) * scale)])
            x_rest, x_held = x_rest.tocsr(), x_held.tocsr()
            for x in (x_rest, x_held):
                x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
            model = LogisticRegression(C=0.3, solver="liblinear", random_state=0, max_iter=1000).fit(x_rest, y_[rest])
            p[held] = model.predict_proba(x_held)[:, 1]
        f1 = max(2 * ((p >= f) & y_).sum() / ((p >= f).sum() + y_.sum()) for f in np.arange(0.1, 0.8, 0.05))
        name = "gate features" if scale is None else f"gate features + tok2vec (scale {scale})"
        print(f"{name}: AUC {roc_auc_score(y_, p):.4f}, log loss {log_loss(y_, p):.4f}, best candidate F1 {f1:.4f}", flush=True)


def main() -> None:
    train_gold, dev_gold = load_gold(real_news_set("train")), load_gold(real_news_set("dev"))
    train_docs, dev_docs = through_actors(train_gold), through_actors(dev_gold)
    trigger_probe(tokens(train_gold, train_docs), tokens(dev_gold, dev_docs))
    gate_probe(train_gold, train_docs)


if __name__ == "__main__":
    main()
