"""Event places (issue 15): where an event's place comes from, when the dateline counts, and
common Indonesian words that are no town abroad; plus the real-news event-place scorer."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from warta.places.gazetteer import load_gazetteer
from warta.places.resolve import Context, candidates
from warta.places.stage import main_place, resolve_document
from warta.records import Dateline, Document


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _events(raw: str) -> list:
    """Every lexicon event of ``raw`` through the whole pipeline (as test_places does)."""
    from warta.clean.step import Clean
    from warta.engine.ingest import default_stages
    from warta.events.stage import Events

    doc = Document(doc_id="a", content_hash="a", source_file="-", position="", source_format="txt", raw_text=raw, published="2024-11-27")
    docs = Clean()([doc])
    for step in (Events(gate=False, tagger=False) if s.name == "events" else s for s in default_stages()):
        docs = step(docs)
    return docs[0].annotations.events


@pytest.mark.parametrize("word", ["Rumah", "Kota", "Bank", "Raya", "Kos", "Kosong", "Bina", "SE"])
def test_common_words_never_resolve_abroad(gaz, word):
    assert all(c.place.country == "IDN" for c in candidates(gaz, word))


def test_a_town_abroad_named_like_a_common_word_resolves_when_the_article_is_about_its_country(gaz):
    assert [c.place.country for c in candidates(gaz, "Kos", Context(countries={"GRC": 1.0}))] == ["GRC"]
    assert candidates(gaz, "Hanoi")[0].place.country == "VNM"  # an ordinary name needs no such support
    assert candidates(gaz, "AS")[0].place.country == "USA"  # a short all-caps name: countries and provinces stay


@pytest.mark.parametrize(("text", "absent"), [
    ("Pelaku ditangkap di Kos miliknya.", "Kos"),
    ("Gadis itu disekap di Rumah Kosong selama empat hari.", "Kosong"),
    ("Jokowi menerima tokoh Papua di Istana Negara, Jakarta.", "Negara, Jakarta"),
    ("Warga Lebanon kembali ke Lebanon selatan. Amerika Serikat mengecam serangan itu.", None),
])
def test_no_foreign_place_from_indonesian_words(gaz, text, absent):
    doc = Document(doc_id="t", content_hash="t", source_file="-", position="", source_format="txt", raw_text=text, text=text)
    resolved = resolve_document(doc, gaz)
    assert all(r.best is None or r.best.place.country in ("IDN", "LBN", "USA") for r in resolved)
    assert absent is None or all(r.mention.text != absent or r.best is None for r in resolved)
    # a place cue does not reach across a full stop: "selatan. Amerika Serikat" is no place introduced
    assert not any(r.mention.text == "Amerika Serikat" and r.mention.introduced for r in resolved)


def _main(gaz, text: str, dateline: str | None):
    doc = Document(doc_id="t", content_hash="t", source_file="-", position="", source_format="txt", raw_text=text, text=text,
                   dateline=Dateline(dateline, None, 0, 0, dateline) if dateline else None)  # fmt: skip
    from warta.places.stage import document_context

    ctx, dl = document_context(doc, gaz)
    place, source = main_place(resolve_document(doc, gaz, ctx), dl)
    return (place.id if place else None, source)


@pytest.mark.parametrize(("text", "dateline", "expected"), [
    # the dateline's place is named: the article is about it
    ("Banjir melanda sejumlah kawasan di Jakarta. Warga Bekasi dan Bekasi Timur juga terdampak.", "JAKARTA", ("idn-31", "dateline")),
    # a place inside the dateline's is named
    ("Polisi menangkap pencopet di Jakarta Selatan.", "JAKARTA", ("idn-31", "dateline")),
    # no other place named twice: the dateline holds
    ("Presiden meninjau proyek di Bogor.", "JAKARTA", ("idn-31", "dateline")),
    # Lebanon dominates, Jakarta is never named: the article's place, not the reporter's
    ("Gencatan senjata di Lebanon berlaku. Warga kembali ke Lebanon selatan. Israel menarik pasukan dari Lebanon.", "JAKARTA",
     ("LBN", "context")),
    # no dateline: the most-named place of the most-named country
    ("Demo di Makassar berlanjut. Mahasiswa Makassar menolak revisi UU.", None, ("idn-73.71", "context")),
    ("Gubernur meminta warga tenang.", None, (None, "context")),
])
def test_main_place_and_when_the_dateline_counts(gaz, text, dateline, expected):
    assert _main(gaz, text, dateline) == expected


def test_a_foreign_story_under_a_jakarta_dateline_lands_in_its_country():
    """The issue's example: a Lebanon ceasefire mediated by the US and France landed in DKI Jakarta."""
    events = _events("JAKARTA, KOMPAS.com - Gencatan senjata antara Israel dan Hizbullah di Lebanon mulai berlaku, Rabu (27/11/2024). "
                     "Ribuan warga Lebanon kembali ke Lebanon selatan. Amerika Serikat dan Prancis mengecam serangan Israel.")  # fmt: skip
    (accuse,) = [e for e in events if e.trigger.text == "mengecam"]
    assert [(loc.place_id, loc.source) for loc in accuse.location] == [("LBN", "context")]


def test_an_origin_is_no_event_place():
    events = _events("MAKASSAR, KOMPAS.com - Mahasiswa asal Medan Deli berunjuk rasa di depan kantor gubernur.")
    assert [(loc.place_id, loc.source) for e in events for loc in e.location][:1] == [("idn-73.71", "dateline")]


def test_real_event_place_gold_is_well_formed():
    rows = [json.loads(line) for line in (ROOT / "tests/fixtures/places/real-event-places.jsonl").read_text("utf-8").splitlines()]
    gold, split_of = {}, {}
    for split in ("train", "dev", "test"):
        for line in (ROOT / f"tests/fixtures/events/real-{split}.jsonl").read_text("utf-8").splitlines():
            d = json.loads(line)
            gold[d["id"]], split_of[d["id"]] = d, split
    gaz = load_gazetteer()
    located = {(d["id"], k) for d in gold.values() for k, e in enumerate(d["events"]) if e["location"]}
    covered = {(r["doc"], r["event"]) for r in rows}
    assert covered <= located and len(covered) == len(rows) >= 150
    # every located dev and test event has its country (train documents added after the table
    # was written, session 8's train-only draws, are not scored for places)
    assert {(i, k) for i, k in covered if split_of[i] != "train"} == {(i, k) for i, k in located if split_of[i] != "train"}
    for r in rows:
        loc = gold[r["doc"]]["events"][r["event"]]["location"]
        assert (loc["start"], loc["end"], loc["text"]) == (r["start"], r["end"], r["text"])
        assert r["place_id"] is None or gaz.places[r["place_id"]].country == r["country"]


def test_event_place_scorer_counts_a_right_and_a_wrong_country():
    """score_places on a made-up prediction: one event placed right, one wrong, one unplaced."""
    from warta.evaluate.event_places import score_places

    g = {"id": "d", "text": "x" * 200, "sentences": [[0, 100], [100, 200]], "events": [
        {"type": "COERCE", "trigger": {"start": 10, "end": 15, "text": "x"}, "actor": [], "recipient": [], "modality": "asserted",
         "location": {"start": 20, "end": 27, "text": "Jakarta"}},
        {"type": "ACCUSE", "trigger": {"start": 110, "end": 115, "text": "x"}, "actor": [], "recipient": [], "modality": "asserted",
         "location": {"start": 120, "end": 126, "text": "Kairo"}},
        {"type": "AID", "trigger": {"start": 150, "end": 155, "text": "x"}, "actor": [], "recipient": [], "modality": "asserted",
         "location": None},
    ]}  # fmt: skip

    def pred(start, etype, place_id, country, source):
        return {"type": etype, "trigger": {"start": start, "end": start + 5, "text": "x"}, "sentence": {"text": ""}, "actor": [], "recipient": [],
                "modality": "asserted", "location": [{"place_id": place_id, "country": country, "source": source}]}  # fmt: skip

    predicted = [pred(11, "COERCE", "idn-31.74", "IDN", "sentence"), pred(110, "ACCUSE", "idn-31", "IDN", "dateline"),
                 pred(150, "AID", "idn-31", "IDN", "sentence")]  # fmt: skip
    places = {("d", 0): {"place_id": "idn-31", "country": "IDN"}, ("d", 1): {"place_id": "gn-360630", "country": "EGY"}}
    s = score_places([g], [([(0, 100), (100, 200)], predicted)], places)
    assert (s.matched, s.located_gold, s.country, s.place_known, s.place, s.place_nested) == (3, 2, 1, 2, 0, 1)
    assert (s.unlocated_gold, s.unlocated_said_sentence) == (1, 1)
    assert s.sources == {"sentence": 2, "dateline": 1}
    assert (s.predicted, s.dated, s.date_sources) == (3, 0, {"none": 3})
