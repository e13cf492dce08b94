"""Tests for warta.nlp: the shipped spaCy pipeline, its tokenizer/sentence rules, the step,
an accuracy floor on held-out data and a tiny training run."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from warta.nlp import corpora as C
from warta.nlp.model import load_nlp, model_path
from warta.records import Document
from warta.step import resource

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def nlp():
    return resource(load_nlp)


def tokens(nlp, text):
    return [t.text for t in nlp.make_doc(text)]


def doc(text: str, doc_id: str = "d1") -> Document:
    return Document(doc_id=doc_id, content_hash=doc_id, source_file="x", position="",
                    source_format="txt", raw_text=text, text=text)


# ------------------------------------------------------------------ loading


def test_model_ships_inside_package_and_is_small():
    p = model_path()
    assert p.is_dir() and (p / "config.cfg").is_file()
    assert "warta" in p.parts and p.parent.name == "nlp"
    size = sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
    assert size <= 60 * 1024 * 1024


def test_load_nlp_pipeline(nlp):
    assert nlp.lang == "id"
    assert nlp.pipe_names == ["warta_sentencizer", "tok2vec", "morphologizer", "ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    assert resource(load_nlp) is nlp  # loaded once per process


def test_loading_with_a_bare_tokenizer_gives_the_saved_tokenizer(nlp):
    """load_nlp skips spaCy's default tokenizer (built only to be replaced by the saved one,
    issue 16): the tokenizer it gives serialises byte for byte as the stock load's does."""
    import spacy

    stock = spacy.load(model_path(), exclude=list(nlp.pipe_names))
    assert stock.config["nlp"]["tokenizer"]["@tokenizers"] == "spacy.Tokenizer.v1"
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "warta.bare_tokenizer.v1"
    assert len(nlp.tokenizer.rules) > 16_000
    nlp("Teks lain yang menambah kata ke kosakata.")  # the vocabulary grows as a run goes: not the tokenizer's rules
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == stock.tokenizer.to_bytes(exclude=["vocab"])
    text = "Kapolres AKBP H. Budi, S.H. tiba di Jl. Sudirman No. 12, Rabu (12/6/2024) pukul 10.30 WIB, kata KOMPAS.com."
    assert [(t.text, t.norm_, t.shape_) for t in nlp.make_doc(text)] == [(t.text, t.norm_, t.shape_) for t in stock.make_doc(text)]


def test_one_tok2vec_feeds_the_tagger_and_ner(nlp):
    """The speed of the NLP stage rests on running a single tok2vec (issue 16)."""
    assert sorted(nlp.get_pipe("tok2vec").listening_components) == ["morphologizer", "ner"]
    d = nlp("Presiden Joko Widodo tiba di Jakarta pada Senin.")
    assert [e.text for e in d.ents if e.label_ == "PER"] == ["Joko Widodo"]
    assert d[0].pos_ in ("NOUN", "PROPN") and d[3].pos_ == "VERB"


# ------------------------------------------------------------------ tokenizer


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kombes Pol. Dr. Ir. H. Budi, S.H., M.Si. hadir.",
         ["Kombes", "Pol.", "Dr.", "Ir.", "H.", "Budi", ",", "S.H.", ",", "M.Si.", "hadir", "."]),
        ("AKBP Hj. Siti tinggal di Jl. Sudirman No. 5", ["AKBP", "Hj.", "Siti", "tinggal", "di", "Jl.", "Sudirman", "No.", "5"]),
        ("beras, gula, dll. dsb. a.n. Budi", ["beras", ",", "gula", ",", "dll.", "dsb.", "a.n.", "Budi"]),
        ("Rp 4.000 atau 1,5 persen", ["Rp", "4.000", "atau", "1,5", "persen"]),
        ("pada 12/6/2024 pukul 10.30", ["pada", "12/6/2024", "pukul", "10.30"]),
        ("warga al-Shuhada dan Abu-Bakr", ["warga", "al-Shuhada", "dan", "Abu-Bakr"]),
        ("sabu-sabu milik kelompok-kelompok itu", ["sabu-sabu", "milik", "kelompok-kelompok", "itu"]),
        ("JAKARTA, KOMPAS.com - Polisi", ["JAKARTA", ",", "KOMPAS.com", "-", "Polisi"]),
        ('"Saya tidak tahu," katanya.', ['"', "Saya", "tidak", "tahu", ",", '"', "katanya", "."]),
        ("ditangkap.Polisi lalu", ["ditangkap", ".", "Polisi", "lalu"]),
        ("lihat https://www.kompas.com/read/2024/06/12/abc.html #BeritaTerkini 😀",
         ["lihat", "https://www.kompas.com/read/2024/06/12/abc.html", "#BeritaTerkini", "😀"]),
        ("POLISI TANGKAP PENGEDAR SABU-SABU DI JL. MERDEKA", ["POLISI", "TANGKAP", "PENGEDAR", "SABU-SABU", "DI", "JL.", "MERDEKA"]),
    ],
)
def test_tokenizer_hard_cases(nlp, text, expected):
    assert tokens(nlp, text) == expected


def test_affix_patterns_match_what_spacys_match():
    import re

    from spacy.util import compile_prefix_regex, compile_suffix_regex

    from warta.nlp.components import affix_pattern

    # entries with top-level "|", empty ones, classes holding "|" and ")" and escapes
    entries = ["a", "", "<(b|i)/>|<a([^>]+)>", "[|)]x", r"\(", "ab|c", "(?<=[0-9])km"]
    texts = ["abc", "c", "xa", "<b/>x", "x<a href>y", "|x", ")x", "(z", "zc", "z<i/>", "12km", "km", "ab", ""]
    for prefix, stock in ((True, compile_prefix_regex(entries)), (False, compile_suffix_regex(entries))):
        fast = re.compile(affix_pattern(entries, prefix))
        for t in texts:
            a, b = stock.search(t), fast.search(t)
            assert (a and a.span()) == (b and b.span()), (prefix, t)


def test_fast_affix_patterns_give_spacys_tokens_on_real_news(nlp):
    """The shipped tokenizer's prefix/suffix patterns (faster) against spaCy's own, on real
    articles: the same tokens and whitespace (checked on 10,495 articles when introduced)."""

    from spacy.util import compile_prefix_regex, compile_suffix_regex

    from warta.evaluate.nlp import raw_news_texts
    from warta.nlp.components import affix_pattern

    _corpora()
    defaults = nlp.Defaults
    assert nlp.tokenizer.prefix_search.__self__.pattern == affix_pattern(list(defaults.prefixes), prefix=True)
    assert nlp.tokenizer.suffix_search.__self__.pattern == affix_pattern(list(defaults.suffixes), prefix=False)
    stock = load_nlp(exclude=tuple(nlp.pipe_names)).tokenizer
    stock.prefix_search = compile_prefix_regex(defaults.prefixes).search
    stock.suffix_search = compile_suffix_regex(defaults.suffixes).search
    for text in raw_news_texts(300):
        assert [(t.text, t.whitespace_) for t in stock(text)] == [(t.text, t.whitespace_) for t in nlp.tokenizer(text)]


def test_abbreviations_live_in_data_file():
    from warta.nlp.components import ABBREVIATIONS_PATH, abbreviations

    assert ABBREVIATIONS_PATH.suffix == ".json"
    ab = abbreviations()
    assert "Pol." in ab["titles"] and "dll." in ab["may_end_sentence"]


# ------------------------------------------------------------------ sentences


def sents(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_sentences_do_not_split_on_titles(nlp):
    text = ("Kapolres AKBP H. Sutrisno, S.H., M.Si. mengatakan Kombes Pol. Dr. Ir. Budi "
            "tinggal di Jl. Sudirman No. 12. Ia ditangkap pada 12/6/2024.")
    assert sents(nlp, text) == [
        "Kapolres AKBP H. Sutrisno, S.H., M.Si. mengatakan Kombes Pol. Dr. Ir. Budi tinggal di Jl. Sudirman No. 12.",
        "Ia ditangkap pada 12/6/2024.",
    ]


def test_sentences_quotes_abbrev_end_and_noise(nlp):
    text = ('JAKARTA, KOMPAS.com - "Saya tidak tahu," katanya.Polisi menangkap 3 orang. '
            '"Kami siap." Mereka membawa beras, gula, dll. Kemudian pulang!\n\nPOLISI TANGKAP PENGEDAR')
    assert sents(nlp, text) == [
        'JAKARTA, KOMPAS.com - "Saya tidak tahu," katanya.',
        "Polisi menangkap 3 orang.",
        '"Kami siap."',
        "Mereka membawa beras, gula, dll.",
        "Kemudian pulang!",
        "POLISI TANGKAP PENGEDAR",
    ]


# ------------------------------------------------------------------ the step


def test_step_annotations_and_offsets():
    from warta.nlp.stage import Nlp

    step = pickle.loads(pickle.dumps(Nlp()))
    text = "Presiden Joko Widodo mengunjungi Surabaya, Jawa Timur. Ia bertemu Gubernur Khofifah."
    docs = step([doc(text), doc("", "empty"), doc("   \n\t ", "ws")])
    a = docs[0].annotations
    assert [text[s:e] for s, e in a.sentences] == [
        "Presiden Joko Widodo mengunjungi Surabaya, Jawa Timur.",
        "Ia bertemu Gubernur Khofifah.",
    ]
    ents = {(text[s:e], lab) for s, e, lab in a.entities}
    assert ("Joko Widodo", "PER") in ents
    assert any(t == "Surabaya" and lab == "LOC" for t, lab in ents)
    assert a.spacy.text == text
    for d in docs[1:]:
        assert d.annotations.sentences == [] and d.annotations.entities == []


def test_step_megabyte_single_paragraph_bounded_time():
    from warta.nlp.stage import Nlp

    unit = ("Kapolres AKBP H. Sutrisno, S.H. mengatakan polisi menangkap 3 pengedar sabu-sabu "
            "di Jl. Sudirman No. 5, Kota Medan, pada 12/6/2024, dengan barang bukti 1,5 kg, ")
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    t0 = time.perf_counter()
    (d,) = Nlp()([doc(text)])
    elapsed = time.perf_counter() - t0
    assert elapsed < 150, elapsed
    assert d.annotations.sentences and d.annotations.sentences[-1][1] <= len(text)


# ------------------------------------------------------------------ accuracy floor


def _corpora():
    from warta.nlp.corpora import corpora_root  # the package's own lookup: $WARTA_CORPORA, ../shared, /work/shared

    root = corpora_root()
    if root is None:
        pytest.skip("the shared corpora are not on this machine ($WARTA_CORPORA, ../shared/corpora)")
    return root


def test_accuracy_floor_on_held_out_slices(nlp):
    root = _corpora()
    from warta.evaluate.nlp import score_ner, score_ud

    ner = score_ner(nlp, C.load_ner("nerui-test.01", root)[:150])
    assert ner["F1"] >= 70, ner
    ud = score_ud(nlp, C.load_ud("gsd-test", root)[:150])
    assert ud["UPOS"] >= 88, ud


# ------------------------------------------------------------------ training smoke test


@pytest.mark.slow
def test_training_script_tiny(tmp_path):
    root = _corpora()
    out = tmp_path / "model"
    env = dict(os.environ, OMP_NUM_THREADS="1", WARTA_CORPORA=str(root))
    r = subprocess.run(
        [sys.executable, str(REPO / "training" / "nlp" / "train.py"), "--tiny", "--out", str(out),
         "--work", str(tmp_path / "work")],
        env=env, capture_output=True, text=True, timeout=240,
    )
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    m = load_nlp(out)
    assert "ner" in m.pipe_names and "parser" in m.pipe_names
    assert (tmp_path / "work" / "build.json").is_file()
    d = m("Presiden Joko Widodo tiba di Jakarta.")
    assert len(list(d.sents)) == 1


@pytest.mark.slow
def test_the_documented_rebuild_runs_without_ud_with_real_news_names(tmp_path):
    """docs/models.md, "How to rebuild": NER only (with the real-news train names), then
    share_tok2vec.py around its tok2vec: the shipped pipeline's components, no parser."""
    root = _corpora()
    env = dict(os.environ, OMP_NUM_THREADS="1", WARTA_CORPORA=str(root))
    base, work, out = tmp_path / "base", tmp_path / "work", tmp_path / "model"
    for args in (["train.py", "--tiny", "--realnews", "1", "--stages", "convert,ner,assemble", "--out", str(base), "--work", str(work)],
                 ["share_tok2vec.py", "--from", str(base), "--work", str(work), "--out", str(out), "--steps", "6"]):  # fmt: skip
        r = subprocess.run([sys.executable, str(REPO / "training" / "nlp" / args[0]), *args[1:]], env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    import json

    assert json.loads((work / "dedup.json").read_text())["ner"]["realnews-train"]["kept"] > 1000
    rebuilt = load_nlp(out)
    assert rebuilt.pipe_names == ["warta_sentencizer", "tok2vec", "morphologizer", "ner"]
    # the widths follow configs/ner.cfg into the listeners and the morphologizer, as in the shipped model (64 since session 21)
    from spacy.util import load_config

    from warta.nlp.model import MODEL_DIR

    shipped = load_config(MODEL_DIR / "config.cfg")["components"]
    widths = (("tok2vec", "model", "encode", "width"), ("ner", "model", "tok2vec", "width"),
              ("morphologizer", "model", "tok2vec", "width"), ("morphologizer", "model", "tok2vec", "shared", "width"))  # fmt: skip
    for keys in widths:
        got, want = rebuilt.config["components"], shipped
        for k in keys:
            got, want = got[k], want[k]
        assert got == want, keys


# ------------------------------------------------------------------ gazetteer features


def test_gazetteer_codes_mark_where_known_names_begin_and_continue():
    from warta.nlp.gazetteer import gazetteer_codes, load_gazetteer

    names = load_gazetteer()
    assert names[("jakarta",)] & 2 and names[("prabowo", "subianto")] & 1  # a place (LOC bit), a person (PER bit)
    words = "Presiden Prabowo Subianto tiba di Kuala Lumpur".split()
    codes = [int(c) - 1 for c in gazetteer_codes(words, names)]
    assert codes[1] & 1 and codes[2] & (1 << 3)  # "Prabowo" begins a person name, "Subianto" continues it
    assert codes[5] & 2 and codes[6] & (2 << 3)  # "Kuala" begins a place, "Lumpur" continues it
    assert codes[4] == 0  # "di"
    assert gazetteer_codes([w.upper() for w in words], names).tolist() == gazetteer_codes(words, names).tolist()  # case-insensitive


def test_the_gazetteer_features_read_from_hashes_are_those_of_the_token_texts(nlp):
    """Session 18: the tok2vec's feature rows take each word from one array of ORTH hashes
    (lower-cased once per word) instead of one Token object per token: on real articles (and an
    empty Doc, dotted capitals and a Turkish dotted I, whose lower case is longer) the same
    rows as the NORM/PREFIX/SUFFIX/SHAPE columns with ``gazetteer_codes`` of ``Token.text``."""
    import numpy

    from warta.evaluate.nlp import raw_news_texts
    from warta.nlp.gazetteer import _extract_forward, gazetteer_codes, load_gazetteer, longest_names

    extract = next(layer for layer in nlp.get_pipe("tok2vec").model.walk() if layer.name == "extract_features_gazetteer")
    texts = [*raw_news_texts(60), "", "İSTANBUL dan JAKARTA: Prabowo Subianto tiba di KUALA LUMPUR."]
    docs = [nlp.make_doc(t) for t in texts]
    features, _ = _extract_forward(extract, docs, False)
    names, longest = load_gazetteer(), longest_names()
    for doc, got in zip(docs, features):
        attrs = doc.to_array(extract.attrs["columns"]).reshape((len(doc), len(extract.attrs["columns"]))).astype("uint64")
        codes = gazetteer_codes([t.text for t in doc], names, longest).reshape((-1, 1))
        assert numpy.array_equal(got, numpy.hstack([attrs, codes])) and got.dtype == numpy.uint64


def test_the_shipped_ner_embeds_the_gazetteer_column(nlp):
    # the NER listens to the pipeline's one tok2vec, which embeds the gazetteer column
    cfg = nlp.config["components"]["tok2vec"]["model"]
    assert cfg["embed"]["@architectures"] == "warta.GazetteerHashEmbed.v1", cfg
    assert nlp.config["components"]["ner"]["model"]["tok2vec"]["upstream"] == "tok2vec"
    names = [layer.name for layer in nlp.get_pipe("tok2vec").model.walk()]
    assert "extract_features_gazetteer" in names


def test_ner_on_real_news_reads_the_actor_annotations(tmp_path):
    """`warta eval ner-real`: a named mention is found when an entity of its label lies within
    it (the role words around a name are the annotators' mention, not NER's); mentions without
    a capital letter are no names and not scored; an entity inside any mention is supported."""
    import json

    from warta.evaluate.nlp import _nlp, score_ner_real

    text = "Presiden Joko Widodo bertemu Sekretaris Jenderal PBB Antonio Guterres di Jakarta. Polisi menjaga ketat."
    name = text.index("Antonio Guterres")
    mentions = [
        {"start": 0, "end": 20, "text": text[0:20], "label": "PER"},
        {"start": 29, "end": name + 16, "text": text[29 : name + 16], "label": "PER"},
        {"start": text.index("Polisi"), "end": text.index("Polisi") + 6, "text": "Polisi", "label": "ORG"},
        {"start": text.index("Polisi"), "end": text.index("Polisi") + 6, "text": "polisi", "label": "ORG"},  # no capital: not scored
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"doc_id": "d", "text": text, "mentions": mentions}) + "\n", encoding="utf-8")
    s = score_ner_real(_nlp(None), path)
    assert s["PER"]["gold"] == 2 and s["PER"]["found"] == 2  # the names inside the role phrases
    assert s["PER"]["exact"] == 0  # no mention is the bare name
    assert s["ORG"]["gold"] == 1
    assert s["all"]["R"] >= 2 / 3 and 0 < s["all"]["P"] <= 1


def test_real_news_names_become_ner_training_sentences_in_the_shipped_tokens(tmp_path):
    """training/nlp/train.py --realnews: the names layer of real-news train (GUIDE.md, "Names
    layer") read as ingest reads it (cleaned), in the tokens the shipped tokenizer makes, a double
    space dropped without shifting the names; a sentence of real-news dev or test is never
    trained on."""
    import json

    sys.path.insert(0, str(REPO / "training" / "nlp"))
    from train import realnews_sentences, realnews_training_sentences

    head = "Kapolres Bogor AKBP  Roland Ronaldy Tangkap Pelaku"
    body = "Polres Bogor menahan dua pria di Cibinong, Jawa Barat."
    text = head + "\n" + body
    spans = [(0, len(head)), (len(head) + 1, len(text))]
    names = [("Bogor", "LOC", 0), ("Roland Ronaldy", "PER", 0), ("Polres Bogor", "ORG", 1), ("Cibinong", "LOC", 1), ("Jawa Barat", "LOC", 1)]
    rows = []
    for surface, label, s in names:
        start = text.index(surface, spans[s][0])
        rows.append({"start": start, "end": start + len(surface), "text": surface, "label": label})
    path = tmp_path / "real-train.jsonl"
    path.write_text(json.dumps({"doc_id": "d", "text": text, "sentences": spans, "names": rows}) + "\n", encoding="utf-8")
    first, second = realnews_sentences(path)
    assert "" not in first.words and " " not in first.words
    assert [(" ".join(first.words[a:b]), lab) for a, b, lab in first.ents] == [("Bogor", "LOC"), ("Roland Ronaldy", "PER")]
    assert [(" ".join(second.words[a:b]), lab) for a, b, lab in second.ents] == [("Polres Bogor", "ORG"), ("Cibinong", "LOC"), ("Jawa Barat", "LOC")]
    # read as ingest reads it: a "Baca juga" line that cleaning drops teaches nothing, and a
    # sentence whose name does not fall on token boundaries is left out, not taught a widened span
    teaser = "Baca juga: Kapolda Metro Jaya Tinjau Banjir"
    odd = "Tim sukses Joko Widodo-Ma'ruf Amin berkumpul."
    text = body + "\n" + teaser + "\n" + odd
    spans = [(0, len(body)), (len(body) + 1, len(body) + 1 + len(teaser)), (len(body) + len(teaser) + 2, len(text))]
    rows = [{"start": text.index(t), "end": text.index(t) + len(t), "text": t, "label": lab}
            for t, lab in [("Polres Bogor", "ORG"), ("Kapolda Metro Jaya", "ORG"), ("Joko Widodo", "PER")]]  # fmt: skip
    path.write_text(json.dumps({"doc_id": "e", "text": text, "sentences": spans, "names": rows}) + "\n", encoding="utf-8")
    skipped: dict[str, int] = {}
    (only,) = realnews_sentences(path, skipped)
    assert [(" ".join(only.words[a:b]), lab) for a, b, lab in only.ents] == [("Polres Bogor", "ORG")]
    assert skipped == {"misaligned_sentences": 1, "names_in_dropped_text": 1}
    # a train document that repeats a sentence of real-news dev (a syndicated copy) loses that sentence
    dev = json.loads((REPO / "tests" / "fixtures" / "events" / "real-dev.jsonl").read_text("utf-8").splitlines()[0])
    a, b = dev["sentences"][1]
    copied = dev["text"][a:b]
    text = copied + " " + body
    row = {"doc_id": "c", "text": text, "sentences": [[0, len(copied)], [len(copied) + 1, len(text)]], "names": []}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert [s.words for s in realnews_training_sentences(realnews_sentences(path), {})] == [second.words]


def test_ner_on_real_news_against_the_names_layer_is_exact(tmp_path, nlp):
    """`warta eval ner-real tests/fixtures/nlp/real-names-*.jsonl`: an entity counts only when its
    span and label are a gold name's, as on the benchmark sets; the text is read as ingest reads
    it, so a name in a "Baca juga" line that cleaning drops is not counted."""
    import json

    from warta.evaluate.nlp import score_ner_names

    text = "Presiden Joko Widodo tiba di Jakarta untuk bertemu pengurus PSSI.\n\nBaca juga: Prabowo Subianto Kunjungi Bandung"
    gold = [(text.index("Joko Widodo"), "Joko Widodo", "PER"), (text.index("Jakarta"), "Jakarta", "LOC"),
            (text.index("Presiden Joko"), "Presiden Joko", "PER"),  # a wrong span: the tagger cannot match it
            (text.index("Prabowo Subianto"), "Prabowo Subianto", "PER")]  # in what cleaning drops  # fmt: skip
    names = [{"start": a, "end": a + len(t), "text": t, "label": lab} for a, t, lab in gold]
    path = tmp_path / "real-names-x.jsonl"
    path.write_text(json.dumps({"doc_id": "d", "text": text, "sentences": [[0, len(text)]], "names": names}) + "\n", encoding="utf-8")
    s = score_ner_names(nlp, path)
    assert (s["PER"]["gold"], s["LOC"]["gold"]) == (2, 1)
    assert s["PER"]["right"] == 1 and s["LOC"]["right"] == 1  # "Joko Widodo" and "Jakarta", not "Presiden Joko"
    assert s["all"]["R"] == round(2 / 3, 3)
