"""Session 21 (precision): a word the tagger proposes beside another event's trigger is part of
that event (warta.events.beside, data/events/beside.json)."""

from __future__ import annotations

import copy

import pytest

from warta.events.beside import drop_beside, is_modifier
from warta.events.event import Event, Span


def _event(text: str, word: str, type_: str, found_by: str) -> Event:
    start = text.index(word)
    return Event(event_id=word, sentence=Span(0, len(text), text), type=type_, trigger=Span(start, start + len(word), word),
                 modality="asserted", confidence=0.8, extractor=f"warta-events/1 {found_by}:active")  # fmt: skip


POS = {"meminta": "VERB", "semua": "DET", "menghentikan perundingan": "VERB", "damai": "ADJ", "menolak": "VERB",
       "hadir": "VERB", "dalang": "NOUN", "dalam": "ADP", "dituduh": "VERB", "mengatur bom": "VERB", "diculik": "VERB",
       "disekap": "VERB", "tidak": "PART", "menyerang": "VERB"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "events", "kept"),
    [
        # a determiner beside a lexicon trigger: "semua" is who is asked, no second REQUEST
        ("Gubernur meminta semua warga tetap di rumah.", [("meminta", "REQUEST", "lexicon"), ("semua", "REQUEST", "tagger")], ["meminta"]),
        # a modifier beside a lexicon trigger of another type: "damai" names no sanction
        (
            "Israel menghentikan perundingan damai dengan Palestina.",
            [("menghentikan perundingan", "CONSULT", "lexicon"), ("damai", "SANCTION", "tagger")],
            ["menghentikan perundingan"],
        ),
        # a verb of the same type right after the lexicon's: what is refused, one REJECT
        ("KPK menolak hadir dalam rapat itu.", [("menolak", "REJECT", "lexicon"), ("hadir", "REJECT", "tagger")], ["menolak"]),
        # a preposition beside a tagger noun: the noun stays, the preposition goes
        ("Iran dalang dalam serangan itu.", [("dalang", "ACCUSE", "tagger"), ("dalam", "ASSAULT", "tagger")], ["dalang"]),
        # a verb of another type beside a lexicon trigger is an event of its own
        ("Hambali dituduh mengatur bom Bali.", [("dituduh", "ACCUSE", "lexicon"), ("mengatur bom", "ASSAULT", "tagger")], ["dituduh", "mengatur bom"]),
        # not touching: "dan" between
        ("Gadis itu diculik dan disekap.", [("diculik", "ASSAULT", "lexicon"), ("disekap", "ASSAULT", "tagger")], ["diculik", "disekap"]),
        # the lexicon's event is never dropped, even of a modifier word
        ("Kami tidak menyerang mereka.", [("tidak", "REJECT", "lexicon"), ("menyerang", "ASSAULT", "tagger")], ["tidak", "menyerang"]),
    ],
)
def test_a_tagger_word_beside_an_event_is_part_of_it(text, events, kept):
    evs = [_event(text, w, t, s) for w, t, s in events]
    out = drop_beside(evs, text, lambda a, b: [POS[text[a:b]]])
    assert [e.trigger.text for e in out] == kept


def test_a_word_of_unknown_class_is_no_modifier():
    assert not is_modifier([])
    assert is_modifier(["ADJ", "ADP"]) and not is_modifier(["ADJ", "NOUN"])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # ("perundingan damai": the tagger retrained on the 64-wide NLP model no longer proposes "damai"; the table above keeps it)
        ("KPK sudah tegas menolak hadir dalam rapat Pansus itu.", ["menolak"]),
        ("Golkar mendukung penuh Jokowi untuk Pilpres 2019.", ["mendukung"]),
        ("Keduanya tertangkap basah mencuri di salah satu toko.", ["tertangkap"]),
        ("Menlu Retno melakukan pertemuan bilateral dengan Menlu Malaysia di Jakarta.", ["melakukan pertemuan"]),
    ],
)
def test_the_events_step_codes_one_event_where_the_tagger_proposed_two(text, kept):
    """Through NLP, actors and events: the shipped tagger proposes a word beside the lexicon's
    trigger (checked with ``beside`` off; "tegas menolak hadir": one on each side), the events
    step drops it."""
    from warta.evaluate.events import through_actors
    from warta.events.stage import Events

    doc = through_actors([{"id": "d", "text": text, "published": "2019-09-20"}])[0]
    without = Events(beside=False, one_per_type=False)([copy.deepcopy(doc)])[0].annotations.events
    assert len(without) > len(kept) and any(" tagger:" in e.extractor for e in without)  # what the rule is for
    assert [e.trigger.text for e in Events()([doc])[0].annotations.events] == kept
