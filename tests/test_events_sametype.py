"""Session 22 (precision): one event of a type per sentence, the most confident
(warta.events.sametype)."""

from __future__ import annotations

import copy

import pytest

from warta.events.event import Event, Participant, Span
from warta.events.sametype import one_event_per_type


def _event(text: str, word: str, type_: str, confidence: float, sentence: int = 0) -> Event:
    start = text.index(word)
    return Event(event_id=word, sentence=Span(sentence, sentence + len(text), text), type=type_, trigger=Span(start, start + len(word), word),
                 modality="asserted", confidence=confidence, extractor="warta-events/1 lexicon:active")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "events", "kept"),
    [
        # a verb and its noun tell one AID: the more confident stays
        (
            "Pemerintah telah menyiapkan bantuan bagi para korban, namun bantuan itu perlu diverifikasi.",
            [("menyiapkan bantuan", "AID", 0.84), ("bantuan itu", "AID", 0.55)],
            ["menyiapkan bantuan"],
        ),
        # a headline's two verbs of one killing: one ASSAULT
        ("Nenek Iyah Dibunuh dan Mayatnya Dibakar", [("Dibunuh", "ASSAULT", 0.88), ("Dibakar", "ASSAULT", 0.61)], ["Dibunuh"]),
        # the later trigger stays when it is the more confident
        ("Polisi mengamankan pelaku, lalu menangkap dua rekannya.", [("mengamankan", "COERCE", 0.4), ("menangkap", "COERCE", 0.9)], ["menangkap"]),
        # events of other types in the sentence are untouched
        (
            "Dewi berharap Jokowi menolak revisi UU KPK dan meminta DPR menunda pembahasan.",
            [("berharap", "REQUEST", 0.5), ("menolak", "REJECT", 0.6), ("meminta", "REQUEST", 0.7)],
            ["menolak", "meminta"],
        ),
        # a tie: the earlier trigger stays
        ("Warga dikeroyok dan dipukul.", [("dikeroyok", "ASSAULT", 0.7), ("dipukul", "ASSAULT", 0.7)], ["dikeroyok"]),
    ],
)
def test_one_event_of_a_type_per_sentence(text, events, kept):
    out = one_event_per_type([_event(text, w, t, c) for w, t, c in events])
    assert [e.trigger.text for e in out] == kept


def test_the_kept_event_takes_its_dropped_twins_actor_when_it_has_none():
    text = "Polisi mengamankan dua pelaku, dan penangkapan itu disaksikan warga."
    verb, noun = _event(text, "mengamankan", "COERCE", 0.6), _event(text, "penangkapan", "COERCE", 0.9)
    verb.actor = [Participant(0, 6, "Polisi", actor_id="idn-polri")]
    (kept,) = one_event_per_type([verb, noun])
    assert kept is noun and [p.text for p in kept.actor] == ["Polisi"]
    # an actor of its own is kept
    noun.actor = [Participant(0, 6, "warga")]
    assert [p.text for p in one_event_per_type([verb, noun])[0].actor] == ["warga"]


def test_events_of_one_type_in_two_sentences_both_stay():
    first, second = "Polisi menangkap AS.", "Polisi juga menangkap BT."
    evs = [_event(first, "menangkap", "COERCE", 0.9, 0), _event(second, "menangkap", "COERCE", 0.5, len(first) + 1)]
    assert one_event_per_type(evs) == evs


def test_the_events_step_keeps_one_event_of_a_type_per_sentence():
    """Through NLP, actors and events: with the rule off the step codes two COERCE events in
    the sentence, with it on one."""
    from warta.evaluate.events import through_actors
    from warta.events.stage import Events

    text = "Polisi menangkap dan menahan dua pelaku pencurian itu di Bekasi."
    doc = through_actors([{"id": "d", "text": text, "published": "2019-09-20"}])[0]
    without = Events(one_per_type=False)([copy.deepcopy(doc)])[0].annotations.events
    assert [e.type for e in without].count("COERCE") >= 2  # what the rule is for
    kept = Events()([doc])[0].annotations.events
    assert [e.type for e in kept].count("COERCE") == 1
    assert max(e.confidence for e in without if e.type == "COERCE") == next(e.confidence for e in kept if e.type == "COERCE")


def test_the_actor_taken_is_the_most_confident_twins_and_never_a_recipient():
    """The review of session 22: the actor came from the first twin in list order, and could be
    the kept event's own recipient."""
    text = "Andi dipukuli polisi, lalu polisi memukuli Budi di pos jaga."
    kept = _event(text, "dipukuli", "ASSAULT", 0.9)
    weak, strong = _event(text, "lalu", "ASSAULT", 0.2), _event(text, "memukuli", "ASSAULT", 0.8)
    weak.actor = [Participant(0, 4, "Andi", actor_id="new-andi")]
    strong.actor = [Participant(26, 32, "polisi", actor_id="idn-polri")]
    (out,) = one_event_per_type([kept, weak, strong])
    assert [p.text for p in out.actor] == ["polisi"]  # the 0.8 twin's, not the first listed
    kept.actor, kept.recipient = [], [Participant(14, 20, "polisi", actor_id="idn-polri")]
    (out,) = one_event_per_type([kept, strong, weak])
    assert [p.text for p in out.actor] == ["Andi"]  # "polisi" is its recipient: not on both sides
