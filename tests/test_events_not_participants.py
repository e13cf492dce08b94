"""Session 21 (precision): a time, a quantity of things or a document is nobody: no role
candidate of the learned role reader (warta.events.roles.not_participant, role_words.json)."""

from __future__ import annotations

import pytest

from warta.events.roles import not_participant


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("akhir pekan", "time"),
        ("2 Desember", "time"),
        ("tiga hari", "time"),
        ("Kamis ( 19/9/2019 )", "time"),
        ("wilayah ini", "time"),  # a place word of non_actor_heads alone
        ("dua proyektil", "quantity"),
        ("134 kilogram daun ganja kering", "quantity"),
        ("11,8 Ton", "quantity"),
        ("Rp 2,3 triliun", "quantity"),
        ("sebungkus plastik bening", "quantity"),
        ("Surat itu", "document"),
        ("dokumen keimigrasian", "document"),
        # people and groups, also counted, stay
        ("puluhan ribu orang", None),
        ("dua tersangka", None),
        ("sebuah kelompok bersenjata", None),
        ("Pria 61 Tahun", None),
        ("Pasar Minggu", None),
        ("itu", None),
        # numerals alone are people ("Ratusan berunjuk rasa"), a newspaper no document (session 21 review)
        ("Ratusan", None),
        ("beberapa", None),
        ("surat kabar Kompas", None),
    ],
)
def test_what_is_nobody(phrase, why):
    assert not_participant(phrase.lower().split()) == why


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        # the letter does not ask: no actor (the chunk "Surat itu" was the actor)
        ("Surat itu meminta DPR menunda pengesahan RUU KPK.", "meminta", [], ["DPR"]),
        # the projectiles fired are no recipient (read in 400 real articles, session 20)
        ("Korea Utara menembakkan dua proyektil yang terbang hingga 330 km.", "menembakkan", ["Korea Utara"], []),
        # what is seized is no recipient; who it is seized from is
        ("Polisi menyita 134 kilogram daun ganja kering dari tersangka.", "menyita", ["Polisi"], ["tersangka"]),
    ],
)
def test_the_role_reader_gives_nobody_a_role(text, trigger, actor, recipient):
    from warta.evaluate.events import through_actors
    from warta.events.stage import Events

    doc = Events(min_confidence=0.0)(through_actors([{"id": "d", "text": text, "published": "2019-09-20"}]))[0]
    (event,) = [e for e in doc.annotations.events if e.trigger.text == trigger]
    assert ([p.text for p in event.actor], [p.text for p in event.recipient]) == (actor, recipient)
