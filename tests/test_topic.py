"""The document's topic (news section or not) as the event gate and tagger read it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from warta.events.gate import document_features, gate_events, load_gate
from warta.events.stage import Events
from warta.events.topic import BUCKETS, load_topic
from warta.records import Document

ROOT = Path(__file__).resolve().parents[1]

NEWS = [
    "Polisi menangkap dua tersangka pembakaran kantor DPRD. Kapolres mengatakan para pelaku dijerat pasal perusakan.",
    "Presiden Prabowo Subianto memanggil Menteri Luar Negeri ke Istana untuk membahas konflik di Gaza dan bantuan kemanusiaan.",
    "Komisi Pemberantasan Korupsi menetapkan Bupati sebagai tersangka kasus suap proyek jalan, kata juru bicara KPK.",
]
SOFT = [
    "Striker Persib mencetak dua gol dan membawa timnya menang atas Arema di Liga 1. Pelatih memuji lini serang.",
    "Aktris cantik itu tampil memukau di karpet merah dengan gaun rancangan desainer ternama, membuat warganet terpesona.",
    "Ponsel terbaru ini dibekali kamera 200 MP, baterai 5.000 mAh dan layar AMOLED, dijual mulai Rp 5 juta.",
]


@pytest.mark.parametrize("text", NEWS)
def test_news_sections_read_as_news(text):
    assert load_topic().news_probability(text) > 0.5


@pytest.mark.parametrize("text", SOFT)
def test_sport_celebrity_and_gadgets_read_as_not_news(text):
    assert load_topic().news_probability(text) < 0.5


def test_the_feature_is_one_of_four_buckets():
    topic = load_topic()
    names = {topic.feature(t) for t in NEWS + SOFT}
    assert names <= {f"topic={k}" for k in range(len(BUCKETS) + 1)}
    assert topic.feature(SOFT[0]) < topic.feature(NEWS[0])  # topic=0 .. topic=3


def _coded(text: str, **config) -> Document:
    from warta.engine.ingest import default_stages

    doc = Document(doc_id="t", content_hash="t", source_file="-", position="", source_format="txt", raw_text=text, text=text)
    docs = [doc]
    for step in default_stages():
        docs = (Events(**config) if step.name == "events" else step)(docs)
    return doc


def test_the_gate_scores_what_it_was_trained_on():
    """The gate's features at coding time are the ones training computes (one function): the
    topic, the document's candidate density, and candidates counted among the lexicon's alone,
    whatever the tagger adds to the sentence."""
    text = NEWS[0] + " " + SOFT[0]
    doc = _coded(text, gate=False, tagger=False, min_confidence=0.0)
    candidates = doc.annotations.events
    assert candidates
    context = (load_topic().feature(text),)
    features = document_features(candidates, text, context)
    assert all(f is not None and context[0] in f and any(x.startswith("doc_density=") for x in f) for f in features)
    gate = load_gate()
    expected = [round(gate.probability(f), 3) for f in features if f is not None]
    kept = gate_events(candidates, text, gate, 0.0, context)
    assert [e.confidence for e in kept] == expected


def test_train_topic_reproduces_the_shipped_model():
    from warta.nlp.corpora import corpora_root

    if corpora_root() is None:
        pytest.skip("../shared/corpora is not here: the classifier cannot be retrained")
    done = subprocess.run([sys.executable, str(ROOT / "training/events/train_topic.py"), "--check"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "identical to the shipped file" in done.stdout


def test_the_gate_reads_what_was_told_before_in_the_sentence():
    """The content of a demand is no event of its own (GUIDE.md, "Reported speech"): the gate
    sees that "mencopot" follows a REQUEST in its sentence, and that "mendesak" follows none."""
    text = "Aktivis antikorupsi mendesak Presiden mencopot Menteri Kelautan. Polisi menangkap dua pelaku."
    doc = _coded(text, gate=False, tagger=False, min_confidence=0.0)
    by_trigger = {e.trigger.text: f for e, f in zip(doc.annotations.events, document_features(doc.annotations.events, text))}
    assert {"mendesak", "mencopot", "menangkap"} <= set(by_trigger), by_trigger.keys()
    assert "before=none" in by_trigger["mendesak"] and "before=none" in by_trigger["menangkap"]  # the next sentence starts afresh
    assert "before=REQUEST" in by_trigger["mencopot"]
    assert any(f.startswith("before_type=REQUEST|") for f in by_trigger["mencopot"])
