#!/usr/bin/env python
"""Build warta's Indonesian spaCy pipeline from the shared corpora.

    python training/nlp/train.py --out src/warta/nlp/model            # full run
    python training/nlp/train.py --out /tmp/m --tiny                    # smoke test (< 2 min)

Steps: convert the corpora to .spacy files in a work folder (default: a temp dir; never
inside the repo, so no corpus text is committed), deduplicate training sentences against
every dev/evaluation set, train a UD model (tok2vec + morphologizer + parser) and a NER
model (tok2vec + ner), assemble them behind the warta tokenizer and sentence splitter,
evaluate, and write ``scores.json`` / ``build.json`` into the work folder.

Variants: ``--pretrain`` (``spacy pretrain`` of the tok2vec on raw news, configs/pretrain.cfg;
``--pretrain-ud`` for the UD tok2vec too) and ``--ner-set KEY=VALUE`` (any ner.cfg setting, e.g.
``components.tok2vec.model.embed.rows=[20000,2000,5000,5000]``).

Run it single-threaded and niced on shared machines:
    OMP_NUM_THREADS=1 nice -n 10 python training/nlp/train.py --out src/warta/nlp/model
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402,F401
from spacy.training.iob_utils import doc_to_biluo_tags  # noqa: E402

from warta.nlp import (
    components,  # noqa: E402,F401  (registers tokenizer callback + sentencizer)
    gazetteer,  # noqa: E402,F401  (registers warta.GazetteerHashEmbed.v1)
)
from warta.nlp import corpora as C  # noqa: E402

HERE = Path(__file__).resolve().parent
CONFIGS = HERE / "configs"


# --------------------------------------------------------------------------------------
# augmentation (registered here: only training needs it)


@spacy.registry.augmenters("warta.case_augmenter.v1")
def case_augmenter(lower: float = 0.0, upper: float = 0.0, title: float = 0.0):
    """Replace an example by its lower-case / UPPER-CASE / Title-Case copy with the given odds.

    Lower case mimics NERP-style and sloppy text; upper case mimics ALL-CAPS headlines.
    """

    def augment(nlp, example):
        r = random.random()
        fn = None
        if r < lower:
            fn = str.lower
        elif r < lower + upper:
            fn = str.upper
        elif r < lower + upper + title:
            fn = str.title
        if fn is None:
            yield example
            return
        text = example.text
        new = fn(text)
        words = [fn(t.text) for t in example.reference]
        if len(new) != len(text) or any(len(a) != len(b.text) for a, b in zip(words, example.reference)):
            yield example
            return
        ex = example.to_dict()
        ex["token_annotation"]["ORTH"] = words
        # to_dict writes unannotated tokens as "O": keep them missing ("-")
        tags = doc_to_biluo_tags(example.reference, missing="O")
        ex["doc_annotation"]["entities"] = [
            "-" if t.ent_iob == 0 else tag for t, tag in zip(example.reference, tags)
        ]
        doc = nlp.make_doc(new)
        yield example.from_dict(doc, ex)

    return augment


# --------------------------------------------------------------------------------------
# conversion


def ud_doc(vocab, sents: list[C.UDSentence]) -> Doc:
    words, spaces, pos, heads, deps, starts = [], [], [], [], [], []
    for s in sents:
        off = len(words)
        words += s.words
        sp = list(s.spaces)
        sp[-1] = True
        spaces += sp
        pos += s.upos
        heads += [h + off for h in s.heads]
        deps += [("ROOT" if d == "root" else d) for d in s.deps]
        starts += [True] + [False] * (len(s.words) - 1)
    spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces, pos=pos, heads=heads, deps=deps, sent_starts=starts)


def ner_doc(vocab, s: C.NERSentence) -> Doc:
    doc = Doc(vocab, words=s.words, spaces=C.guess_spaces(s.words))
    ents = [doc.char_span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), label=lab) for a, b, lab in s.ents]
    ents = [e for e in ents if e is not None]
    missing = [doc[a:b] for a, b, _ in s.ignored]
    # drop overlaps (rare annotation errors): keep first
    taken: set[int] = set()
    clean = []
    for e in ents:
        if taken.isdisjoint(range(e.start, e.end)):
            clean.append(e)
            taken.update(range(e.start, e.end))
    missing = [m for m in missing if taken.isdisjoint(range(m.start, m.end))]
    doc.set_ents(clean, missing=missing, default="outside")
    return doc


def write_docbin(docs: list[Doc], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)


REALNEWS_NAMES = HERE.parents[1] / "tests" / "fixtures" / "nlp" / "real-names-train.jsonl"  # the names layer (training/realnews)


def realnews_sentences(path: Path = REALNEWS_NAMES, skipped: dict[str, int] | None = None) -> list[C.NERSentence]:
    """Real-news train sentences with their annotated names (GUIDE.md, "Names layer"), read as
    ``warta ingest`` reads them (cleaned: mojibake repaired, "Baca juga" lines dropped) and in the
    tokens the shipped tokenizer makes: what the NER meets at run time (Title Case headlines,
    names after glitches, single names, abbreviations), which the benchmark sets lack. A sentence
    with a name that does not fall on token boundaries is left out rather than taught with a
    widened span; ``skipped`` counts those sentences and the names in dropped text."""
    from warta.clean.alignment import RawToClean
    from warta.clean.step import clean_document
    from warta.evaluate.events import gold_documents, in_removed

    if not path.exists():
        return []
    nlp = components.customize_tokenizer(spacy.blank("id"))
    counts = skipped if skipped is not None else {}
    counts.setdefault("misaligned_sentences", 0)
    counts.setdefault("names_in_dropped_text", 0)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "names" not in row:
            continue
        doc = clean_document(gold_documents([{"id": row["doc_id"], "text": row["text"]}])[0])
        clean = RawToClean(doc.alignment, len(doc.text or ""))
        for a, b in row["sentences"]:
            ca, cb = clean.sentence(a, b)
            if cb <= ca:  # the whole sentence is in text that cleaning drops
                counts["names_in_dropped_text"] += sum(a <= n["start"] and n["end"] <= b for n in row["names"])
                continue
            sent = nlp.make_doc((doc.text or "")[ca:cb])
            index = {t.i: k for k, t in enumerate(t for t in sent if not t.is_space)}  # the benchmark sets have no space tokens
            ents, misaligned = [], False
            for n in row["names"]:
                if not (a <= n["start"] and n["end"] <= b):
                    continue
                if in_removed(doc, n["start"], n["end"]):
                    counts["names_in_dropped_text"] += 1
                    continue
                span = clean.name(n["start"], n["end"])
                tokens = None if span is None else sent.char_span(span[0] - ca, span[1] - ca, alignment_mode="strict")
                if span is None or tokens is None or not (ca <= span[0] and span[1] <= cb):
                    misaligned = True
                    break
                ents.append((index[tokens[0].i], index[tokens[-1].i] + 1, n["label"]))
            if misaligned:
                counts["misaligned_sentences"] += 1
                continue
            out.append(C.NERSentence("realnews-train", [t.text for t in sent if not t.is_space], ents))
    return out


def realnews_held_out_keys() -> set[str]:
    """Every sentence of real-news dev and test (normalised): never trained on."""
    from warta.evaluate.events import load_gold, real_news_set

    return {C.norm_text(row["text"][a:b]) for split in ("dev", "test") for row in load_gold(real_news_set(split)) for a, b in row["sentences"]}


def realnews_training_sentences(sentences: list[C.NERSentence], held_out: dict[str, set[str]]) -> list[C.NERSentence]:
    """The real-news train sentences NER may learn from: none that is (normalised) a sentence of
    real-news dev or test, or of a benchmark evaluation or dev set (``held_out``)."""
    real_held_out = realnews_held_out_keys()
    return [s for s in sentences if s.key and s.key not in real_held_out and not any(s.key in keys for keys in held_out.values())]


# Training pool for NER, in priority order: when the same sentence (normalised) occurs in
# several sets, the first keeps it. Original-case sets come before NERP (all lower case).
NER_TRAIN_SOURCES = [
    "nerui-train.01",
    "nerugm-train.01",
    "idner-train",
    "idner-dev",
    "idner-test",
    "nergrit-train",
    "nerp-train",
]


def convert(work: Path, sample: int | None, use_csui: bool, harmonize: bool = True, realnews_weight: int = 0) -> dict:
    vocab = spacy.blank("id").vocab
    stats: dict = {"ud": {}, "ner": {}}
    rng = random.Random(0)

    # ---------------- UD
    ud_eval = ["gsd-legacy-dev", "gsd-legacy-test", "gsd-dev", "gsd-test", "csui-test", "pud-test"]
    eval_keys = {n: {C.norm_text(s.text) for s in C.load_ud(n)} for n in ud_eval}
    ud_train_sources = ["gsd-legacy-train"] + (["csui-train"] if use_csui else [])
    train = []
    for src in ud_train_sources:
        sents = C.load_ud(src)
        removed = Counter()
        kept = []
        for s in sents:
            k = C.norm_text(s.text)
            hits = [n for n, keys in eval_keys.items() if k in keys]
            for h in hits:
                removed[h] += 1
            if not hits:
                kept.append(s)
        stats["ud"][src] = {"sentences": len(sents), "kept": len(kept), "removed_matching": dict(removed)}
        train += kept
    dev = C.load_ud("gsd-legacy-dev")
    if harmonize:
        # map legacy UD 2.1 labels towards current GSD conventions (rules learned on the
        # legacy/current *dev* pairs, see harmonize.py) and tune on the current dev file
        sys.path.insert(0, str(HERE))
        from harmonize import apply_rules, learn_rules

        rules = learn_rules(C.load_ud("gsd-legacy-dev"), C.load_ud("gsd-dev"))
        stats["ud"]["harmonize_rules"] = {k: (len(v) if isinstance(v, dict) else v) for k, v in rules.items()}
        train = [apply_rules(s, rules) if s.sent_id.startswith("train") else s for s in train]
        dev = C.load_ud("gsd-dev")
    if sample:
        rng.shuffle(train)
        train, dev = train[:sample], dev[: max(20, sample // 5)]
    group = 8
    write_docbin([ud_doc(vocab, train[i : i + group]) for i in range(0, len(train), group)], work / "ud" / "train.spacy")
    write_docbin([ud_doc(vocab, [s]) for s in dev], work / "ud" / "dev.spacy")
    stats["ud"]["train_sentences"] = len(train)
    stats["ud"]["dev_sentences"] = len(dev)

    # ---------------- NER
    held_out = {n: {s.key for s in C.load_ner_set(n)} for n in C.NER_EVAL_SETS + C.NER_DEV_SETS}
    seen: set[str] = set()
    ner_train: list[C.NERSentence] = []
    for src in NER_TRAIN_SOURCES:
        sents = C.load_ner(src)
        removed = Counter()
        dup = 0
        kept = 0
        for s in sents:
            k = s.key
            if not k:
                continue
            if src in ("nergrit-train", "nerp-train") and C.is_dev_holdout(k):
                removed["(held out as dev)"] += 1
                continue
            hits = [n for n, keys in held_out.items() if k in keys]
            for h in hits:
                removed[h] += 1
            if hits:
                continue
            if k in seen:
                dup += 1
                continue
            seen.add(k)
            ner_train.append(s)
            kept += 1
        stats["ner"][src] = {
            "sentences": len(sents),
            "kept": kept,
            "removed_matching": dict(removed),
            "removed_any_eval_or_dev": sum(
                1 for s in sents if any(s.key in held_out[n] for n in held_out)
            ),
            "dropped_duplicate_of_earlier_source": dup,
        }
    if realnews_weight:
        skipped: dict[str, int] = {}
        real = realnews_sentences(skipped=skipped)
        kept_real = realnews_training_sentences(real, held_out)
        stats["ner"]["realnews-train"] = {"sentences": len(real), "kept": len(kept_real), "copies": realnews_weight, **skipped,
                                          "names": sum(len(s.ents) for s in kept_real)}
        ner_train += kept_real * realnews_weight
    ner_dev = [s for n in C.NER_DEV_SETS for s in C.load_ner_set(n)]
    if sample:
        rng.shuffle(ner_train)
        ner_train, ner_dev = ner_train[:sample], ner_dev[: max(20, sample // 5)]
    write_docbin([ner_doc(vocab, s) for s in ner_train], work / "ner" / "train.spacy")
    write_docbin([ner_doc(vocab, s) for s in ner_dev], work / "ner" / "dev.spacy")
    stats["ner"]["train_sentences"] = len(ner_train)
    stats["ner"]["dev_sentences"] = len(ner_dev)
    return stats


# --------------------------------------------------------------------------------------
# training and assembly


def train_one(cfg: Path, data: Path, out: Path, overrides: dict, train_path: Path | None = None,
              dev_path: Path | None = None, init_tok2vec: Path | None = None) -> Path:
    """``spacy train`` on CPU, with NumPy's BLAS (blis is slow on AVX2-only AMD CPUs).

    ``init_tok2vec``: weights from ``spacy pretrain`` (see pretrain_tok2vec) for the tok2vec.
    """
    from spacy import util
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop
    from thinc.api import NumpyOps, set_current_ops

    ov = {"paths.train": str(train_path or data / "train.spacy"), "paths.dev": str(dev_path or data / "dev.spacy"),
          **overrides}
    config = util.load_config(cfg, interpolate=False)
    if init_tok2vec:
        config = config.merge(util.load_config(CONFIGS / "pretrain.cfg", interpolate=False))
        ov["paths.init_tok2vec"] = str(init_tok2vec)
    config = util.load_config_from_str(config.to_str(), overrides=ov, interpolate=False)
    out.mkdir(parents=True, exist_ok=True)
    set_current_ops(NumpyOps(use_blis=False))
    nlp = init_nlp(config, use_gpu=-1)
    train_loop(nlp, out, use_gpu=-1, stdout=sys.stdout, stderr=sys.stderr)
    return out / "model-best"


def assemble(ud_path: Path | None, ner_path: Path | None, out: Path) -> None:
    """Tokenizer rules + sentence splitter + the trained components.

    ``ner_path=None``: ``ud_path`` is a joint model (one shared tok2vec for all components).
    Otherwise NER keeps its own tok2vec copy (listeners replaced). ``ud_path=None``: NER alone,
    what share_tok2vec.py takes, so that a rebuild need not train the UD parser no pipeline uses.
    """
    nlp = spacy.blank("id")
    components.customize_tokenizer(nlp)
    nlp.add_pipe("warta_sentencizer")
    if ud_path is not None:
        ud = spacy.load(ud_path)
        if ud.vocab.vectors.shape[0]:
            nlp.vocab.vectors = ud.vocab.vectors
        for name in ("tok2vec", "morphologizer", "parser"):
            nlp.add_pipe(name, source=ud)
    if ner_path is None:
        nlp.add_pipe("ner", source=ud)
    else:
        ner = spacy.load(ner_path)
        ner.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        if ner.vocab.vectors.shape[0]:
            nlp.vocab.vectors = ner.vocab.vectors
        nlp.add_pipe("ner", source=ner)
    nlp.meta["name"] = "warta_id_news"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = (
        "Indonesian news pipeline for warta: custom tokenizer + abbreviation-aware sentence "
        + ("splitter, UPOS + dependency parser (UD GSD 2.1 legacy), NER PER/ORG/LOC." if ud_path else "splitter, NER PER/ORG/LOC.")
    )
    nlp.meta["license"] = "CC BY-SA 4.0 (trained on UD Indonesian-GSD; see docs/models.md)"
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)


# --------------------------------------------------------------------------------------
# static vectors (floret, trained on raw news from the corpora)


def raw_text_lines(limit_words: int | None = None):
    """Raw Indonesian news: CLICK-ID articles, IndoSum dev folds (deduplicated by id), MT news."""
    root = C.corpora_root()
    seen = set()
    n = 0
    with open(root / "click-id-articles" / "derived" / "click-id-articles.jsonl", encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            for t in (art.get("title") or "", art.get("content") or ""):
                if t.strip():
                    yield t
                    n += len(t.split())
            if limit_words and n > limit_words:
                return
    for k in range(1, 6):
        with open(root / "indosum-devfolds" / f"dev.0{k}.jsonl", encoding="utf-8") as f:
            for line in f:
                art = json.loads(line)
                if art["id"] in seen:
                    continue
                seen.add(art["id"])
                for para in art["paragraphs"]:
                    for sent in para:
                        yield " ".join(sent)
                        n += len(sent)
                if limit_words and n > limit_words:
                    return
    for split in ("valid", "test"):
        with open(root / "mt-news-en-id" / f"{split}.id", encoding="utf-8") as f:
            yield from (l.strip() for l in f if l.strip())


def _tokenized_raw(tiny: bool):
    tok = components.make_tokenizer_nlp().tokenizer
    for line in raw_text_lines(20000 if tiny else None):
        yield [t.norm_ for t in tok(line) if not t.is_space]


def train_vectors(work: Path, tiny: bool, dim: int = 100, bucket: int = 50000, n_words: int = 50000) -> Path:
    """floret skipgram vectors on raw news, exported as a plain table for the top words.

    floret's subword hashing makes the vectors of rare words usable; exporting a fixed table
    (NORM -> vector, OOV -> zeros) keeps inference cheap (no n-gram hashing per token).
    """
    import subprocess

    import floret  # training-only dependency (pip install floret==0.10.5)

    vdir = work / "vectors"
    vdir.mkdir(parents=True, exist_ok=True)
    txt = vdir / "raw.txt"
    counts: Counter = Counter()
    with open(txt, "w", encoding="utf-8") as out:
        for words in _tokenized_raw(tiny):
            counts.update(words)
            out.write(" ".join(words) + "\n")
    model = floret.train_unsupervised(
        str(txt), model="skipgram", mode="floret", hashCount=2, bucket=bucket if not tiny else 2000,
        minn=3, maxn=5, minCount=3 if not tiny else 1, dim=dim, epoch=5 if not tiny else 1, thread=1, verbose=0,
    )
    txt.unlink()  # no corpus text left behind
    vec = vdir / "vectors.floret"
    model.save_floret_vectors(str(vec))
    floret_nlp = vdir / "floret-nlp"
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "id", str(vec), str(floret_nlp),
                    "--mode", "floret", "--attr", "NORM"], check=True)
    (vdir / "counts.json").write_text(json.dumps(counts.most_common(n_words * 2)))
    return export_table(vdir, n_words)


def export_table(vdir: Path, n_words: int = 50000) -> Path:
    """Top ``n_words`` (by raw-news frequency) floret vectors -> a default-mode spaCy table."""
    import subprocess

    fl = spacy.load(vdir / "floret-nlp")
    counts = json.loads((vdir / "counts.json").read_text())
    words = [w for w, c in counts if c >= 3 and w.strip()][:n_words]
    keys = [fl.vocab.strings.add(w) for w in words]
    table = fl.vocab.vectors.get_batch(keys)
    w2v = vdir / "table.txt"
    with open(w2v, "w", encoding="utf-8") as f:
        f.write(f"{len(words)} {table.shape[1]}\n")
        for w, row in zip(words, table):
            f.write(w.replace(" ", "_") + " " + " ".join(f"{x:.5f}" for x in row) + "\n")
    out_dir = vdir / "nlp"
    if out_dir.exists():
        shutil.rmtree(out_dir)
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "id", str(w2v), str(out_dir),
                    "--attr", "NORM", "--name", "warta_id_news_floret_top%d" % len(words)], check=True)
    w2v.unlink()
    print(f"vectors table: {len(words)} words x {table.shape[1]} -> {out_dir}")
    return out_dir


# --------------------------------------------------------------------------------------
# tok2vec pretraining (``spacy pretrain``, characters objective, on the same raw news)


def pretrain_text(work: Path, tiny: bool) -> tuple[Path, dict]:
    """Raw news lines as spaCy JSONL, minus every line that contains a NER/UD dev or test sentence.

    Overlap check: each line and each evaluation sentence is normalised with ``norm_text``
    (no case, punctuation or whitespace); a line is dropped when an evaluation sentence of at
    least 25 normalised characters occurs inside it (shorter ones match by chance).
    """
    from bisect import bisect_right

    ud_sets = ["gsd-legacy-dev", "gsd-legacy-test", "gsd-dev", "gsd-test", "csui-test", "pud-test"]
    keys = {s.key for n in C.NER_EVAL_SETS + C.NER_DEV_SETS for s in C.load_ner_set(n)}
    keys |= {C.norm_text(s.text) for n in ud_sets for s in C.load_ud(n)}
    keys = {k for k in keys if len(k) >= 25}
    lines = [l for l in raw_text_lines(20000 if tiny else None) if len(l.split()) >= 5]
    normed = [C.norm_text(l) for l in lines]
    starts, pos = [], 0
    for n in normed:
        starts.append(pos)
        pos += len(n) + 1
    big = "\n".join(normed)
    bad: set[int] = set()
    for k in keys:
        i = big.find(k)
        while i >= 0:
            bad.add(bisect_right(starts, i) - 1)
            i = big.find(k, i + 1)
    path = work / "pretrain" / "raw.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for i, l in enumerate(lines):
            if i not in bad:
                f.write(json.dumps({"text": l}, ensure_ascii=False) + "\n")
    stats = {"lines": len(lines), "eval_keys_checked": len(keys), "lines_dropped_overlap": len(bad),
             "words_kept": sum(len(l.split()) for i, l in enumerate(lines) if i not in bad)}
    print("pretraining text:", stats)
    return path, stats


def pretrain_tok2vec(work: Path, raw: Path, epochs: int) -> Path:
    """``spacy pretrain`` of the NER config's tok2vec; returns the weights of the last epoch."""
    from spacy import util
    from spacy.training.pretrain import pretrain
    from thinc.api import NumpyOps, set_current_ops

    config = util.load_config(CONFIGS / "ner.cfg", interpolate=False)
    config = config.merge(util.load_config(CONFIGS / "pretrain.cfg", interpolate=False))
    # the warta tokenizer rules (pretrain does not run the [initialize] callbacks)
    config["nlp"]["after_creation"] = {"@callbacks": "warta.customize_tokenizer.v1"}
    ov = {"paths.raw_text": str(raw), "pretraining.max_epochs": epochs}
    config = util.load_config_from_str(config.to_str(), overrides=ov, interpolate=False)
    out = work / "pretrain" / "weights"
    out.mkdir(parents=True, exist_ok=True)
    set_current_ops(NumpyOps(use_blis=False))
    pretrain(config.interpolate(), out, silent=False, skip_last=True)
    return out / f"model{epochs - 1}.bin"


def dir_size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, type=Path, help="where to write the assembled pipeline")
    ap.add_argument("--work", type=Path, default=None, help="work folder (default: a new temp dir)")
    ap.add_argument("--tiny", action="store_true", help="smoke test: 40 sentences, a few steps")
    ap.add_argument("--sample", type=int, default=None, help="train on N sentences per task")
    ap.add_argument("--steps", type=int, default=None, help="override max_steps for both models")
    ap.add_argument("--ud-steps", type=int, default=None)
    ap.add_argument("--ner-steps", type=int, default=None)
    ap.add_argument("--csui", action="store_true", help="also train the parser on UD CSUI train")
    ap.add_argument("--legacy-labels", action="store_true",
                    help="train UD on the legacy 2.1 labels as they are (default: harmonise to current GSD)")
    ap.add_argument("--lower", type=float, default=0.0, help="NER lower-case augmentation rate")
    ap.add_argument("--upper", type=float, default=0.0, help="NER UPPER-case augmentation rate")
    ap.add_argument("--title", type=float, default=0.0, help="NER Title-case augmentation rate")
    ap.add_argument("--realnews", type=int, default=0, metavar="COPIES",
                    help="add the real-news train names (tests/fixtures/nlp/real-names-train.jsonl) to NER train, COPIES times")
    ap.add_argument("--joint", action="store_true",
                    help="one shared tok2vec: train morphologizer+parser+ner jointly (configs/joint.cfg)")
    ap.add_argument("--joint-steps", type=int, default=None)
    ap.add_argument("--vectors", action="store_true", help="train floret vectors and use them in NER")
    ap.add_argument("--vectors-path", type=Path, default=None, help="reuse spaCy vectors (init vectors output)")
    ap.add_argument("--pretrain", action="store_true",
                    help="spacy pretrain the tok2vec on raw news (configs/pretrain.cfg) and init NER with it")
    ap.add_argument("--pretrain-epochs", type=int, default=3)
    ap.add_argument("--pretrain-ud", action="store_true", help="init the UD tok2vec with the pretrained weights too")
    ap.add_argument("--init-tok2vec", type=Path, default=None, help="reuse pretrained tok2vec weights (a model*.bin)")
    ap.add_argument("--ner-set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a ner.cfg setting, e.g. components.tok2vec.model.encode.depth=3 (JSON value)")
    ap.add_argument("--ud-set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a ud.cfg setting, e.g. components.parser.model.hidden_width=128 (JSON value)")
    ap.add_argument("--stages", default="convert,ud,ner,assemble,eval",  # without "ud" and --ud-model: NER alone
                    help="comma-separated subset of convert,vectors,ud,ner,assemble,eval")
    ap.add_argument("--ud-model", type=Path, default=None, help="reuse a trained UD model (skip ud stage)")
    ap.add_argument("--ner-model", type=Path, default=None, help="reuse a trained NER model (skip ner stage)")
    args = ap.parse_args(argv)

    if C.corpora_root() is None:
        print("shared corpora folder not found (set WARTA_CORPORA)", file=sys.stderr)
        return 2
    sample = 40 if args.tiny else args.sample
    work = args.work or Path(tempfile.mkdtemp(prefix="warta-nlp-"))
    work.mkdir(parents=True, exist_ok=True)
    stages = set(args.stages.split(","))
    build: dict = {"args": {k: str(v) for k, v in vars(args).items()}, "timings_s": {}}
    t_all = time.time()

    if "convert" in stages:
        t = time.time()
        stats = convert(work, sample, args.csui, not args.legacy_labels, args.realnews)
        (work / "dedup.json").write_text(json.dumps(stats, indent=1))
        build["dedup"] = stats
        build["timings_s"]["convert"] = round(time.time() - t, 1)
        print(json.dumps(stats, indent=1))

    def steps(default_key):
        if args.tiny:
            return 6
        return args.steps or default_key

    common = {}
    if args.tiny:
        common = {"training.eval_frequency": 3, "training.batcher.size.start": 50,
                  "training.batcher.size.stop": 200}

    vectors = args.vectors_path
    if args.vectors and vectors is None:
        t = time.time()
        vectors = train_vectors(work, args.tiny)
        build["timings_s"]["vectors"] = round(time.time() - t, 1)

    init_tok2vec = args.init_tok2vec
    if args.pretrain and init_tok2vec is None:
        t = time.time()
        raw, build["pretrain_text"] = pretrain_text(work, args.tiny)
        init_tok2vec = pretrain_tok2vec(work, raw, 1 if args.tiny else args.pretrain_epochs)
        build["timings_s"]["pretrain"] = round(time.time() - t, 1)

    ud_model = args.ud_model
    if "ud" in stages and ud_model is None and not args.joint:
        t = time.time()
        ov = dict(common)
        if steps(args.ud_steps):
            ov["training.max_steps"] = steps(args.ud_steps)
        ov.update(_settings(args.ud_set))
        ud_model = train_one(CONFIGS / "ud.cfg", work / "ud", work / "ud-model", ov,
                             init_tok2vec=init_tok2vec if args.pretrain_ud else None)
        build["timings_s"]["train_ud"] = round(time.time() - t, 1)
    joint_model = None
    if args.joint and ("ud" in stages or "ner" in stages):
        t = time.time()
        for split in ("train", "dev"):
            d = work / "joint" / split
            d.mkdir(parents=True, exist_ok=True)
            for task in ("ud", "ner"):
                link = d / f"{task}.spacy"
                if not link.exists():
                    link.symlink_to(work / task / f"{split}.spacy")
        ov = dict(common)
        if steps(args.joint_steps):
            ov["training.max_steps"] = steps(args.joint_steps)
        ov["corpora.train.augmenter.lower"] = args.lower
        ov["corpora.train.augmenter.upper"] = args.upper
        ov["corpora.train.augmenter.title"] = args.title
        if vectors:
            ov["paths.vectors"] = str(vectors)
        else:
            ov["components.tok2vec.model.embed.include_static_vectors"] = False
        joint_model = train_one(CONFIGS / "joint.cfg", work / "joint", work / "joint-model", ov,
                                train_path=work / "joint" / "train", dev_path=work / "joint" / "dev")
        build["timings_s"]["train_joint"] = round(time.time() - t, 1)
        stages -= {"ud", "ner"}
    elif args.joint:
        joint_model = work / "joint-model" / "model-best"

    ner_model = args.ner_model
    if "ner" in stages and ner_model is None:
        t = time.time()
        ov = dict(common)
        if steps(args.ner_steps):
            ov["training.max_steps"] = steps(args.ner_steps)
        ov["corpora.train.augmenter.lower"] = args.lower
        ov["corpora.train.augmenter.upper"] = args.upper
        ov["corpora.train.augmenter.title"] = args.title
        if vectors:
            ov["paths.vectors"] = str(vectors)
            ov["components.tok2vec.model.embed.include_static_vectors"] = True
        ov.update(_settings(args.ner_set))
        ner_model = train_one(CONFIGS / "ner.cfg", work / "ner", work / "ner-model", ov, init_tok2vec=init_tok2vec)
        build["timings_s"]["train_ner"] = round(time.time() - t, 1)

    if "assemble" in stages:
        t = time.time()
        if joint_model is not None:
            assemble(joint_model, None, args.out)
        elif ud_model is None and "ud" not in stages:  # no UD model asked for: NER alone (docs/models.md, "How to rebuild")
            assemble(None, ner_model or work / "ner-model" / "model-best", args.out)
        else:
            assemble(ud_model or work / "ud-model" / "model-best", ner_model or work / "ner-model" / "model-best",
                     args.out)
        build["timings_s"]["assemble"] = round(time.time() - t, 1)
        build["model_bytes"] = dir_size(args.out)
        print(f"pipeline written to {args.out} ({build['model_bytes'] / 1e6:.1f} MB)")

    if "eval" in stages:
        from warta.evaluate import nlp as E
        from warta.nlp.model import load_nlp

        t = time.time()
        nlp = load_nlp(args.out)
        limit = 30 if args.tiny else None
        ner_rows = E.ner_table(nlp, limit=limit)
        ud_rows = E.ud_table(nlp, limit=limit) if "morphologizer" in nlp.pipe_names else []
        sp = E.speed(nlp, E.raw_news_texts(20 if args.tiny else 300))
        build["scores"] = {"ner": ner_rows, "ud": ud_rows, "speed": sp}
        build["timings_s"]["eval"] = round(time.time() - t, 1)
        print(E.format_table(ner_rows, ["benchmark", "split", "P", "R", "F1", "F1_PER", "F1_ORG", "F1_LOC", "n_sentences"]))
        print(E.format_table(ud_rows, ["benchmark", "split", "UPOS", "UAS", "LAS", "n_sentences"]))
        print("speed:", sp)

    build["timings_s"]["total"] = round(time.time() - t_all, 1)
    (work / "build.json").write_text(json.dumps(build, indent=1))
    print("work folder:", work, "| wall time (s):", build["timings_s"])
    return 0


def _settings(pairs: list[str]) -> dict:
    """KEY=VALUE config overrides, the value as JSON."""
    out = {}
    for kv in pairs:
        k, v = kv.split("=", 1)
        out[k] = json.loads(v)
    return out


if __name__ == "__main__":
    sys.exit(main())
