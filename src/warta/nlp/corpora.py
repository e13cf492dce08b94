"""Readers for the staged Indonesian corpora (UD treebanks and NER sets).

Used both by the training script (training/nlp/train.py) and by the evaluation tables
(warta.evaluate.nlp). Nothing here downloads anything: every path is under the shared
corpora folder (``/work/shared/corpora`` or ``$WARTA_CORPORA``).

Sentences are returned as plain Python structures (lists of words, tags, heads), so the
same readers serve spaCy conversion and scoring.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
import zlib as _zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# --------------------------------------------------------------------------------------
# locations


def corpora_root() -> Path | None:
    """The shared corpora folder: $WARTA_CORPORA, else ../shared/corpora beside the repo."""
    env = os.environ.get("WARTA_CORPORA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    # src/warta/nlp/corpora.py -> repo root is parents[3]; shared/ sits beside the repo
    candidates += [here.parents[3].parent / "shared" / "corpora", Path("/work/shared/corpora")]
    for c in candidates:
        if c.is_dir():
            return c
    return None


# --------------------------------------------------------------------------------------
# normalisation used for deduplication


_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def norm_text(text: str) -> str:
    """Lowercase, drop punctuation and all whitespace: the key used to find duplicates.

    Removing whitespace as well as punctuation makes sets with different tokenisation
    ("Rp4" vs "Rp 4", "al - Shuhada" vs "al-Shuhada") still match.
    """
    text = unicodedata.normalize("NFKC", text).lower()
    return _NON_WORD.sub("", text)


def norm_words(words: list[str]) -> str:
    return norm_text(" ".join(words))


# --------------------------------------------------------------------------------------
# light detokenisation for pre-tokenised sets

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "...", "-nya"}
_NO_SPACE_AFTER = {"(", "[", "{"}


def guess_spaces(words: list[str]) -> list[bool]:
    """Guess `SpaceAfter` for pre-tokenised text: no space before closing punctuation."""
    spaces = [True] * len(words)
    quote_open = False
    for i, w in enumerate(words):
        if w in _NO_SPACE_AFTER:
            spaces[i] = False
        if i + 1 < len(words) and words[i + 1] in _NO_SPACE_BEFORE:
            spaces[i] = False
        if w == '"':
            if not quote_open:
                spaces[i] = False
            elif i > 0:
                spaces[i - 1] = False
            quote_open = not quote_open
    if spaces:
        spaces[-1] = False
    return spaces


# --------------------------------------------------------------------------------------
# UD

# Relation labels are reduced to a scheme shared by the legacy UD 2.1 GSD annotation and
# the current (2021+) one: subtypes are dropped except the passive ones, which later stages
# need. "obl:agent" ("oleh" agents) becomes "obl"; the agent is an obl with a case child "oleh".
KEEP_SUBTYPES = {"nsubj:pass", "csubj:pass"}


def norm_deprel(label: str) -> str:
    if label in KEEP_SUBTYPES:
        return label
    base = label.split(":", 1)[0]
    return base


@dataclass
class UDSentence:
    sent_id: str
    text: str
    words: list[str]
    spaces: list[bool]
    upos: list[str]
    heads: list[int]  # 0-based index of the head; a root points to itself
    deps: list[str]
    n_mwt: int = 0


def _collapse_mwt(rows: list[list[str]], mwts: list[tuple[int, int, str, str]]):
    """Merge multiword tokens (clitics such as -nya) into one surface token.

    The merged token takes the annotation of the word in the range whose head lies outside
    the range (the group's syntactic head); dependents of the dropped words reattach to it.
    This matches the legacy UD 2.1 tokenisation (and spaCy's tokenizer, which does not split
    clitics).
    """
    if not mwts:
        return rows
    by_id = {int(r[0]): r for r in rows}
    remap: dict[int, int] = {}
    drop: set[int] = set()
    form_of: dict[int, tuple[str, str]] = {}
    for start, end, form, misc in mwts:
        ids = list(range(start, end + 1))
        heads_out = [i for i in ids if int(by_id[i][6]) not in ids]
        keep = heads_out[0] if heads_out else ids[0]
        for i in ids:
            if i != keep:
                remap[i] = keep
                drop.add(i)
        form_of[keep] = (form, misc)
    out = []
    for r in rows:
        i = int(r[0])
        if i in drop:
            continue
        r = list(r)
        h = int(r[6])
        while h in remap:
            h = remap[h]
        r[6] = str(h)
        if i in form_of:
            r[1] = form_of[i][0]
            r[9] = form_of[i][1]
        out.append(r)
    # renumber
    new_index = {int(r[0]): k + 1 for k, r in enumerate(out)}
    for r in out:
        h = int(r[6])
        r[0] = str(new_index[int(r[0])])
        r[6] = str(new_index.get(h, 0)) if h else "0"
    return out


def read_conllu(path: str | Path) -> Iterator[UDSentence]:
    sent_id, text = "", ""
    rows: list[list[str]] = []
    mwts: list[tuple[int, int, str, str]] = []

    def flush():
        words_rows = _collapse_mwt(rows, mwts)
        words = [r[1] for r in words_rows]
        spaces = ["SpaceAfter=No" not in r[9] for r in words_rows]
        if spaces:
            spaces[-1] = False
        heads = []
        for k, r in enumerate(words_rows):
            h = int(r[6])
            heads.append(h - 1 if h > 0 else k)
        return UDSentence(
            sent_id=sent_id,
            text=text or "".join(w + (" " if s else "") for w, s in zip(words, spaces)),
            words=words,
            spaces=spaces,
            upos=[r[3] for r in words_rows],
            heads=heads,
            deps=[norm_deprel(r[7]) for r in words_rows],
            n_mwt=len(mwts),
        )

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line:
                if rows:
                    yield flush()
                sent_id, text, rows, mwts = "", "", [], []
                continue
            if line.startswith("#"):
                if line.startswith("# sent_id"):
                    sent_id = line.split("=", 1)[1].strip()
                elif line.startswith("# text ="):
                    text = line.split("=", 1)[1].strip()
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                continue
            if "." in cols[0]:
                continue  # empty nodes
            if "-" in cols[0]:
                a, b = cols[0].split("-")
                mwts.append((int(a), int(b), cols[1], cols[9]))
                continue
            rows.append(cols)
    if rows:
        yield flush()


UD_FILES = {
    # name: (relative path, role)
    "gsd-legacy-train": "ud-indonesian/UD_Indonesian-GSD/legacy-UD2.1/id-ud-train.conllu",
    "gsd-legacy-dev": "ud-indonesian/UD_Indonesian-GSD/legacy-UD2.1/id-ud-dev.conllu",
    "gsd-legacy-test": "ud-indonesian/UD_Indonesian-GSD/legacy-UD2.1/id-ud-test.conllu",
    "gsd-dev": "ud-indonesian/UD_Indonesian-GSD/id_gsd-ud-dev.conllu",
    "gsd-test": "ud-indonesian/UD_Indonesian-GSD/id_gsd-ud-test.conllu",
    "csui-train": "ud-indonesian/UD_Indonesian-CSUI/id_csui-ud-train.conllu",
    "csui-test": "ud-indonesian/UD_Indonesian-CSUI/id_csui-ud-test.conllu",
    "pud-test": "ud-indonesian/UD_Indonesian-PUD/id_pud-ud-test.conllu",
}


def load_ud(name: str, root: Path | None = None) -> list[UDSentence]:
    root = root or corpora_root()
    if root is None:
        raise FileNotFoundError("shared corpora folder not found")
    return list(read_conllu(root / UD_FILES[name]))


# --------------------------------------------------------------------------------------
# NER

# Every data set's labels mapped to PER / ORG / LOC. ``None`` means "not in our scheme":
# such spans are neither trained as O nor scored (their tokens are marked missing in
# training; predictions overlapping them are ignored when scoring).
LABEL_MAPS: dict[str, dict[str, str | None]] = {
    "nerui": {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"},
    "nerugm": {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC", "QUANTITY": None, "TIME": None},
    "idner": {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
    "nergrit": {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"},
    "nerp": {"PPL": "PER", "IND": "ORG", "PLC": "LOC", "EVT": None, "FNB": None},
}

NER_FILES = {
    "nerui-train.01": ("nerui", "indolem-ner/nerui/train.01.tsv"),
    "nerui-dev.01": ("nerui", "indolem-ner/nerui/dev.01.tsv"),
    "nerui-test.01": ("nerui", "indolem-ner/nerui/test.01.tsv"),
    "nerugm-train.01": ("nerugm", "indolem-ner/nerugm/train.01.tsv"),
    "nerugm-dev.01": ("nerugm", "indolem-ner/nerugm/dev.01.tsv"),
    "nerugm-test.01": ("nerugm", "indolem-ner/nerugm/test.01.tsv"),
    "idner-train": ("idner", "idner-news-2k/train.txt"),
    "idner-dev": ("idner", "idner-news-2k/dev.txt"),
    "idner-test": ("idner", "idner-news-2k/test.txt"),
    "nergrit-train": ("nergrit", "indonlu-ner/nergrit_ner-grit/train_preprocess.txt"),
    "nergrit-valid": ("nergrit", "indonlu-ner/nergrit_ner-grit/valid_preprocess.txt"),
    "nerp-train": ("nerp", "indonlu-ner/nerp_ner-prosa/train_preprocess.txt"),
    "nerp-valid": ("nerp", "indonlu-ner/nerp_ner-prosa/valid_preprocess.txt"),
}


@dataclass
class NERSentence:
    source: str
    words: list[str]
    # entity spans over word indices [start, end) with mapped labels (PER/ORG/LOC)
    ents: list[tuple[int, int, str]] = field(default_factory=list)
    # spans whose original label is outside the scheme (EVT, FNB, QUANTITY, TIME)
    ignored: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return norm_words(self.words)


def _bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans = []
    start, label = None, None
    for i, t in enumerate(tags + ["O"]):
        t = t.strip()
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            if t.startswith("B-") or t.startswith("I-"):
                start, label = i, t[2:]
    return spans


def read_ner(path: str | Path, dataset: str) -> Iterator[NERSentence]:
    lmap = LABEL_MAPS[dataset]
    words: list[str] = []
    tags: list[str] = []

    def flush():
        s = NERSentence(source=dataset, words=words)
        for a, b, lab in _bio_spans(tags):
            mapped = lmap.get(lab, None)
            if mapped is None:
                s.ignored.append((a, b, lab))
            else:
                s.ents.append((a, b, mapped))
        return s

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if words:
                    yield flush()
                words, tags = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.split(" ")
            word, tag = parts[0], parts[-1]
            if len(parts) < 2:
                tag = "O"
            words.append(word)
            tags.append(tag)
    if words:
        yield flush()


def load_ner(name: str, root: Path | None = None) -> list[NERSentence]:
    root = root or corpora_root()
    if root is None:
        raise FileNotFoundError("shared corpora folder not found")
    dataset, rel = NER_FILES[name]
    return list(read_ner(root / rel, dataset))


# --------------------------------------------------------------------------------------
# the NER development split (for tuning; never an evaluation set)

DEV_HOLDOUT_PERCENT = 8


def is_dev_holdout(key: str, percent: int = DEV_HOLDOUT_PERCENT) -> bool:
    """Deterministic hold-out of NERGrit/NERP *train* sentences used as NER dev data.

    NERGrit and NERP have no labelled dev split other than ``valid`` (our evaluation set),
    so a fixed slice of their train files is the tuning set.
    """
    return _zlib.crc32(key.encode("utf-8")) % 100 < percent


NER_EVAL_SETS = ["nerui-test.01", "nerugm-test.01", "nergrit-valid", "nerp-valid"]
NER_DEV_SETS = ["nerui-dev.01", "nerugm-dev.01", "nergrit-train:dev", "nerp-train:dev"]


def load_ner_set(name: str, root: Path | None = None) -> list[NERSentence]:
    """Like load_ner, plus the ``nergrit-train:dev`` / ``nerp-train:dev`` hold-out slices."""
    if name.endswith(":dev"):
        return [s for s in load_ner(name[:-4], root) if is_dev_holdout(s.key)]
    return load_ner(name, root)


BENCH_FOLD = "dev.01.jsonl"  # the IndoSum dev fold the speed benches read (warta.evaluate.nlp.raw_news_texts)


def indosum_dev_articles(root: Path, *, bench_fold: bool = True) -> Iterator[dict]:
    """IndoSum's dev-fold articles, each once (the folds share some): the bench fold first, then
    the other folds' articles not seen yet. ``bench_fold=False`` leaves out the bench fold's
    articles, the speed benches' text (the search stems are built from the rest)."""
    folds = root / "indosum-devfolds"
    seen: set[str] = set()
    for path in [folds / BENCH_FOLD, *sorted(p for p in folds.glob("dev.0*.jsonl") if p.name != BENCH_FOLD)]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                article = json.loads(line)
                if article["id"] in seen:
                    continue
                seen.add(article["id"])
                if bench_fold or path.name != BENCH_FOLD:
                    yield article


def indosum_text(article: dict) -> str:
    """An IndoSum article (tokenised sentences in paragraphs) as raw text: spaces guessed, a blank
    line between paragraphs."""
    paras = []
    for para in article["paragraphs"]:
        words = [w for sent in para for w in sent]
        paras.append("".join(w + (" " if s else "") for w, s in zip(words, guess_spaces(words))))
    return "\n\n".join(paras)
