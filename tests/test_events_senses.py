"""Session 22 (precision): word senses that are no event, after the detector
(warta.events.senses, data/events/senses.json)."""

from __future__ import annotations

import copy

import pytest

from warta.events.event import Event, Span
from warta.events.senses import load_senses


def _event(text: str, word: str, type_: str) -> Event:
    start = text.index(word)
    return Event(event_id=word, sentence=Span(0, len(text), text), type=type_, trigger=Span(start, start + len(word), word),
                 modality="asserted", confidence=0.8, extractor="warta-events/1 lexicon:active")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "word", "type_", "rule"),
    [
        ("Kapolres mengatakan pihaknya akan menindaklanjuti temuan tersebut.", "menindaklanjuti", "CONSULT", "follow_up"),
        ("Pemerintah daerah segera menindak lanjuti keluhan warga.", "menindak", "COERCE", "follow_up_split"),
        ("Sebuah truk menabrak gerobak pedagang bakso di Jalan Sudirman.", "menabrak", "ASSAULT", "traffic_collision"),
        ("Pelanggar diancam pidana penjara paling lama enam bulan.", "diancam", "THREATEN", "penalty_in_law"),
        ("Hilman enggan memberikan komentar saat dikonfirmasi awak media.", "enggan", "REJECT", "no_comment"),
        ("Gubernur: tembak di tempat pengedar narkoba!", "tembak", "ASSAULT", "shoot_on_sight"),
        ("Polisi langsung mengevakuasi warga begitu ledakan terdengar.", "mengevakuasi", "AID", "evacuation"),
        ("Badai salju memaksa berbagai maskapai membatalkan penerbangan.", "memaksa", "COERCE", "forcing"),
        ("52 warga sipil telah terbunuh sejak Selasa.", "terbunuh", "ASSAULT", "killed_no_agent"),
        ("Vonis tersebut dibacakan sesuai dengan tuntutan Jaksa Penuntut Umum.", "tuntutan", "REQUEST", "prosecution_demand"),
    ],
)
def test_a_word_sense_that_is_no_event_is_dropped(text, word, type_, rule):
    senses = load_senses()
    e = _event(text, word, type_)
    found = senses.rule_for(e.type, e.trigger.text, text[e.trigger.end :])
    assert found is not None and found.name == rule
    assert senses.apply([e], text) == []


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("Polisi akan menindak tegas pelaku pungli.", "menindak", "COERCE"),  # to take action against: COERCE stays
        ("Ia sengaja menabrakkan mobilnya ke arah massa.", "menabrakkan", "ASSAULT"),  # ramming on purpose
        ("Ia diancam akan dibunuh oleh pelaku.", "diancam", "THREATEN"),  # a threat made by someone
        ("Kelompok itu enggan menghadiri rapat bersama DPR.", "enggan", "REJECT"),  # refusing to attend stays
        ("Polisi menembak pelaku di tempat kejadian.", "menembak", "ASSAULT"),
        ("Truk itu menabrak gerobak.", "menabrak", "PROTEST"),  # another type: the rule reads ASSAULT only
    ],
)
def test_the_other_senses_stay(text, word, type_):
    e = _event(text, word, type_)
    assert load_senses().apply([e], text) == [e]


def test_every_rule_has_its_example_and_reads_it():
    senses = load_senses()
    assert senses.rules
    for r in senses.rules:
        assert r.example and r.types and r.triggers


def test_the_events_step_drops_a_follow_up():
    """Through NLP, actors and events: the lexicon's COERCE "menindak" opens "menindak lanjuti"."""
    from warta.evaluate.events import through_actors
    from warta.events.stage import Events

    text = "Pemerintah daerah segera menindak lanjuti keluhan warga soal jalan rusak."
    doc = through_actors([{"id": "d", "text": text, "published": "2019-09-20"}])[0]
    without = Events(min_confidence=0.0, senses=False)([copy.deepcopy(doc)])[0].annotations.events
    assert any(e.trigger.text == "menindak" and e.type == "COERCE" for e in without)  # what the rule is for
    assert not any(e.trigger.text == "menindak" for e in Events(min_confidence=0.0)([doc])[0].annotations.events)
