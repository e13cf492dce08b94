"""Accuracy tables for the shipped pipeline: NER (PER/ORG/LOC) and UD (UPOS; UAS/LAS for a pipeline with a parser).

``ner_table()`` and ``ud_table()`` return one dict per benchmark row; the CLI prints them.
Both read the evaluation sets from the shared corpora folder (see warta.nlp.corpora).

Scoring rules
- Gold tokenisation is used (the pipeline runs on ``Doc(words, spaces)``), as is standard
  for these benchmarks; for UD also gold sentence boundaries (in the pipeline the rule-based
  sentence splitter fixes boundaries before the parser, likewise).
- NER: exact span match (start, end, label), micro-averaged over PER/ORG/LOC. Gold spans
  with labels outside the scheme (NERP EVT/FNB, NER-UGM QUANTITY/TIME) are not scored:
  a prediction that overlaps one is neither a true nor a false positive.
- UD: UPOS accuracy, UAS and LAS over all words (punctuation included, as in CoNLL 2018),
  with relation labels reduced to the shared scheme (warta.nlp.corpora.norm_deprel) and
  multiword tokens merged into one surface token (current GSD / CSUI / PUD clitics).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from warta.evaluate.events import load_gold
from warta.nlp import corpora as C

NER_ROWS = [
    # (benchmark, split, set name)
    ("NER-UI (IndoLEM fold 1)", "dev", "nerui-dev.01"),
    ("NER-UGM (IndoLEM fold 1)", "dev", "nerugm-dev.01"),
    ("NERGrit (8% of train held out)", "dev", "nergrit-train:dev"),
    ("NERP (8% of train held out)", "dev", "nerp-train:dev"),
    ("NER-UI (IndoLEM fold 1)", "test", "nerui-test.01"),
    ("NER-UGM (IndoLEM fold 1)", "test", "nerugm-test.01"),
    ("NERGrit (IndoNLU)", "valid (test role)", "nergrit-valid"),
    ("NERP (IndoNLU)", "valid (test role)", "nerp-valid"),
]

UD_ROWS = [
    ("UD GSD legacy 2.1", "dev", "gsd-legacy-dev"),
    ("UD GSD current", "dev", "gsd-dev"),
    ("UD GSD legacy 2.1", "test", "gsd-legacy-test"),
    ("UD GSD current", "test", "gsd-test"),
    ("UD CSUI", "test", "csui-test"),
    ("UD PUD", "test", "pud-test"),
]


def _docs(nlp: Language, sents: Iterable, spaces_of) -> list[Doc]:
    return [Doc(nlp.vocab, words=s.words, spaces=spaces_of(s)) for s in sents]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def score_ner(nlp: Language, sents: list[C.NERSentence], batch_size: int = 256) -> dict:
    docs = _docs(nlp, sents, lambda s: C.guess_spaces(s.words))
    keep = [n for n in nlp.pipe_names if n in ("tok2vec", "ner", "ner_tok2vec")]
    disable = [n for n in nlp.pipe_names if n not in keep]
    tp = fp = fn = 0
    per: dict[str, list[int]] = {}
    with nlp.select_pipes(disable=disable):
        preds = list(nlp.pipe(docs, batch_size=batch_size))
    for s, doc in zip(sents, preds):
        gold = set(s.ents)
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        ignored = s.ignored
        pred = {
            p for p in pred if p in gold or not any(p[0] < b and a < p[1] for a, b, _ in ignored)
        }
        for lab in ("PER", "ORG", "LOC"):
            g = {x for x in gold if x[2] == lab}
            q = {x for x in pred if x[2] == lab}
            c = per.setdefault(lab, [0, 0, 0])
            c[0] += len(g & q)
            c[1] += len(q - g)
            c[2] += len(g - q)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p, r, f = _prf(tp, fp, fn)
    out = {"P": round(p, 2), "R": round(r, 2), "F1": round(f, 2), "n_sentences": len(sents),
           "n_gold_entities": tp + fn}
    for lab, (a, b, c) in per.items():
        out[f"F1_{lab}"] = round(_prf(a, b, c)[2], 2)
    return out


NER_REAL_LABELS = ("PER", "ORG")
REAL_ACTOR_SETS = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "actors"  # real-{dev,test}.jsonl of this checkout


def score_ner_real(nlp: Language, path: Path, batch_size: int = 16) -> dict:
    """NER on real news, read off the real-news actor annotations (tests/fixtures/actors/real-*.jsonl).

    The annotators marked every actor mention and labelled the named ones PER or ORG, with the
    words around the name that make the mention ("Menteri PUPR Basuki Hadimuljono" is one PER
    mention), and left out names that are no actors (places). Gold are the labelled mentions
    with a capital letter (a name is in them: "polisi" and "penjaga penginapan" are labelled PER
    or ORG but hold no name for NER to find). So NER is scored as a reader
    meets it: a gold named mention is **found** when an entity of its label lies within it; a
    predicted PER/ORG entity is **supported** when it lies within any gold mention (named or
    not: "Pemkab" inside "pemkab setempat"). Recall is found / gold, precision supported /
    predicted. ``exact`` counts gold mentions whose whole span is one entity of the label
    (what exact-match NER scoring would credit)."""
    docs = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]
    keep = [n for n in nlp.pipe_names if n in ("warta_sentencizer", "tok2vec", "ner")]
    per = {lab: {"gold": 0, "found": 0, "exact": 0, "pred": 0, "supported": 0} for lab in NER_REAL_LABELS}
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n not in keep]):
        predicted = list(nlp.pipe((d["text"] for d in docs), batch_size=batch_size))
    for d, doc in zip(docs, predicted):
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in NER_REAL_LABELS]
        mentions = d["mentions"]
        for m in mentions:
            lab = m.get("label")
            if lab not in per or not any(ch.isupper() for ch in m["text"]):
                continue
            c = per[lab]
            c["gold"] += 1
            inside = [e for e in ents if e[2] == lab and m["start"] <= e[0] and e[1] <= m["end"]]
            c["found"] += bool(inside)
            c["exact"] += any(e[0] == m["start"] and e[1] == m["end"] for e in inside)
        for a, b, lab in ents:
            per[lab]["pred"] += 1
            per[lab]["supported"] += any(m["start"] <= a and b <= m["end"] for m in mentions)
    out: dict = {"documents": len(docs)}
    total = {k: sum(c[k] for c in per.values()) for k in ("gold", "found", "exact", "pred", "supported")}
    for lab, c in [*per.items(), ("all", total)]:
        p = c["supported"] / c["pred"] if c["pred"] else 0.0
        r = c["found"] / c["gold"] if c["gold"] else 0.0
        out[lab] = {**c, "P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
                    "exact_R": round(c["exact"] / c["gold"], 3) if c["gold"] else 0.0}  # fmt: skip
    return out


def score_ud(nlp: Language, sents: list[C.UDSentence], batch_size: int = 256) -> dict:
    """UPOS accuracy over all words; UAS and LAS too when the pipeline has a parser (the
    shipped one has none since issue 16: nothing read the trees)."""
    # gold tokens and gold sentence boundaries (a parser may not split a sentence)
    docs = [
        Doc(nlp.vocab, words=s.words, spaces=s.spaces, sent_starts=[True] + [False] * (len(s.words) - 1))
        for s in sents
    ]
    keep = {"tok2vec", "morphologizer", "parser", "tagger"}
    disable = [n for n in nlp.pipe_names if n not in keep]
    parsed = "parser" in nlp.pipe_names
    n = upos = uas = las = 0
    with nlp.select_pipes(disable=disable):
        preds = list(nlp.pipe(docs, batch_size=batch_size))
    for s, doc in zip(sents, preds):
        for i, tok in enumerate(doc):
            n += 1
            upos += tok.pos_ == s.upos[i]
            if parsed and tok.head.i == s.heads[i]:
                uas += 1
                pred_dep = "root" if tok.dep_ == "ROOT" else tok.dep_
                las += C.norm_deprel(pred_dep) == s.deps[i]
    out = {"UPOS": round(100 * upos / n, 2) if n else 0.0}
    if parsed:
        out["UAS"] = round(100 * uas / n, 2) if n else 0.0
        out["LAS"] = round(100 * las / n, 2) if n else 0.0
    return {**out, "n_sentences": len(sents), "n_words": n}


REAL_NAME_SETS = REAL_ACTOR_SETS.parent / "nlp"  # real-names-{train,dev,test}.jsonl: the names layer
NAME_LABELS = ("PER", "ORG", "LOC")


def _exact_counts(pairs: Iterable[tuple[set, set]]) -> dict:
    """P/R/F1 (0-1) per label and over all, from (gold, predicted) sets of (start, end, label)."""
    per = {lab: {"gold": 0, "pred": 0, "right": 0} for lab in NAME_LABELS}
    for gold, pred in pairs:
        for lab, c in per.items():
            g, q = {x for x in gold if x[2] == lab}, {x for x in pred if x[2] == lab}
            c["gold"], c["pred"], c["right"] = c["gold"] + len(g), c["pred"] + len(q), c["right"] + len(g & q)
    total = {k: sum(c[k] for c in per.values()) for k in ("gold", "pred", "right")}
    out: dict = {}
    for lab, c in [*per.items(), ("all", total)]:
        p = c["right"] / c["pred"] if c["pred"] else 0.0
        r = c["right"] / c["gold"] if c["gold"] else 0.0
        out[lab] = {**c, "P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / (p + r) if p + r else 0.0, 3)}
    return out


def score_ner_names(nlp: Language, path: Path, batch_size: int = 16) -> dict:
    """NER on real news against the names layer (training/realnews/GUIDE.md, "Names layer"):
    every PER/ORG/LOC name annotated in the document, scored exactly as the benchmark sets are
    (an entity is right when its span and label are a gold name's). The document is read as
    ``warta ingest`` reads it: cleaned first (mojibake repaired, "Baca juga" lines and credits
    dropped), its entities mapped back to the annotated text; names in what cleaning drops are
    not counted (no run of warta sees them)."""
    from warta.clean.step import Clean
    from warta.evaluate.events import gold_documents, in_removed, raw_span

    rows = load_gold(path)
    docs = Clean()(gold_documents([{"id": r["doc_id"], "text": r["text"]} for r in rows]))
    keep = [n for n in nlp.pipe_names if n in ("warta_sentencizer", "tok2vec", "ner")]
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n not in keep]):
        predicted = list(nlp.pipe((d.text or "" for d in docs), batch_size=batch_size))
    pairs = []
    for r, d, doc in zip(rows, docs, predicted):
        gold = {(n["start"], n["end"], n["label"]) for n in r["names"] if not in_removed(d, n["start"], n["end"])}
        pairs.append((gold, {(*raw_span(d, e.start_char, e.end_char), e.label_) for e in doc.ents}))
    return {"documents": len(rows), **_exact_counts(pairs)}


def names_agreement(second: Path = REAL_NAME_SETS / "real-names-second.jsonl") -> dict | None:
    """The second annotator's names (coded blind) scored against the gold names of the same
    documents on exact spans and labels, as ``score_ner_names`` scores the tagger: the ceiling
    beside its score."""
    if not second.exists():
        return None
    gold = {r["doc_id"]: r for split in ("dev", "test", "train") for r in load_gold(REAL_NAME_SETS / f"real-names-{split}.jsonl")}
    rows = load_gold(second)
    pairs = [({(n["start"], n["end"], n["label"]) for n in gold[r["doc_id"]]["names"]}, {(n["start"], n["end"], n["label"]) for n in r["names"]})
             for r in rows]  # fmt: skip
    return {"documents": len(rows), **_exact_counts(pairs)["all"]}


def _nlp(nlp: Language | None) -> Language:
    if nlp is None:
        from warta.nlp.model import load_nlp

        nlp = load_nlp()
    return nlp


def ner_table(nlp: Language | None = None, root: Path | None = None, limit: int | None = None,
              on_set: Callable[[str], None] | None = None) -> list[dict]:  # fmt: skip
    """One row per NER benchmark: benchmark, split, set, P, R, F1, per-label F1 (percent), n_sentences.
    ``on_set(name)`` is called as each set starts (the CLI's progress)."""
    return _table(NER_ROWS, C.load_ner_set, score_ner, nlp, root, limit, on_set)


def ud_table(nlp: Language | None = None, root: Path | None = None, limit: int | None = None,
             on_set: Callable[[str], None] | None = None) -> list[dict]:  # fmt: skip
    """One row per UD benchmark: benchmark, split, set, UPOS (percent), n_sentences."""
    return _table(UD_ROWS, C.load_ud, score_ud, nlp, root, limit, on_set)


def _table(benchmarks, load: Callable, score: Callable, nlp: Language | None, root: Path | None, limit: int | None,
           on_set: Callable[[str], None] | None) -> list[dict]:  # fmt: skip
    """``score(nlp, sentences)`` of each (benchmark, split, set name) in ``benchmarks``."""
    nlp = _nlp(nlp)
    rows = []
    for bench, split, name in benchmarks:
        if on_set:
            on_set(name)
        sents = load(name, root)
        if limit:
            sents = sents[:limit]
        rows.append({"benchmark": bench, "split": split, "set": name, **score(nlp, sents)})
    return rows


def speed(nlp: Language | None = None, texts: list[str] | None = None, batch_size: int = 64) -> dict:
    """Tokens per second of the full pipeline on raw text (single process)."""
    nlp = _nlp(nlp)
    if texts is None:
        texts = raw_news_texts(400)
    list(nlp.pipe(texts[:10], batch_size=batch_size))  # warm-up
    t0, c0 = time.perf_counter(), time.process_time()
    n = sum(len(d) for d in nlp.pipe(texts, batch_size=batch_size))
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    # tokens per CPU-second of this (single-threaded) process = tokens/s per core, even
    # when other processes share the machine; wall-clock rate reported alongside
    return {"tokens": n, "wall_s": round(dt, 2), "cpu_s": round(dc, 2),
            "tokens_per_s_wall": round(n / dt), "tokens_per_cpu_s": round(n / dc)}


def raw_news_texts(n: int = 400, root: Path | None = None) -> list[str]:
    """Detokenised IndoSum articles for speed tests: dev fold 1 first (what every bench figure up
    to 750 articles was measured on), then the other dev folds' articles not seen yet, for runs
    long enough to show a steady rate (3,463 in all). Articles past the first 750 are the search
    stems' build text (training/search/build_stems.py): harmless for speed."""
    root = root or C.corpora_root()
    out: list[str] = []
    for article in C.indosum_dev_articles(root):
        if len(out) >= n:
            break
        out.append(C.indosum_text(article))
    return out


def format_table(rows: list[dict], cols: list[str]) -> str:
    head = "| " + " | ".join(cols) + " |"
    sep = "|" + "|".join("---" for _ in cols) + "|"
    body = ["| " + " | ".join(str(r.get(c, "")) for c in cols) + " |" for r in rows]
    return "\n".join([head, sep, *body])
