"""Found reading 400 more real articles (session 20): one person on both sides of an event."""

from __future__ import annotations

import pytest

from warta.events.event import Event, Participant, Span
from warta.events.roles import one_person_one_side


def _event(actor: Participant, recipient: Participant) -> Event:
    return Event(event_id="e", sentence=Span(0, 10, "x"), type="REQUEST", trigger=Span(0, 1, "x"), modality="asserted",
                 confidence=0.9, extractor="test", actor=[actor], recipient=[recipient])  # fmt: skip


def _p(text: str, actor_id: str | None, kind: str = "person", mention: str | None = None) -> Participant:
    return Participant(0, 1, text, actor_id, actor_id, kind, "IDN", "GOV", mention or text)


@pytest.mark.parametrize(
    ("actor", "recipient", "anaphoric", "ids"),
    [
        # "Dedi pun mengajak pemuda itu": the recipient's description was resolved to Dedi
        (_p("Dedi", "idn-dedi"), _p("pemuda itu", "idn-dedi"), {"pemuda itu"}, ("idn-dedi", None)),
        # "Saya pun mengajak dia ngobrol": both anaphors; the recipient loses its id
        (_p("Saya", "idn-dedi"), _p("dia", "idn-dedi"), {"Saya", "dia"}, ("idn-dedi", None)),
        # the actor an anaphor, the recipient a name: the anaphor loses its id
        (_p("beliau", "idn-habibie"), _p("Habibie", "idn-habibie"), {"beliau"}, (None, "idn-habibie")),
        # two people: nothing to do
        (_p("Dedi", "idn-dedi"), _p("Imam", "new-imam"), set(), ("idn-dedi", "new-imam")),
        # an organisation acting on its own members is an event the guide codes ("PBNU meminta warga NU"),
        # also where an official who acts as it is the actor ("Kapolri meminta anggota Polri")
        (_p("PBNU", "idn-nu", "organisation"), _p("warga NU", "idn-nu", "organisation"), set(), ("idn-nu", "idn-nu")),
        (_p("Kapolri", "idn-polri"), _p("anggota Polri", "idn-polri"), set(), ("idn-polri", "idn-polri")),
        (_p("Ketua Umum PBNU", "idn-nu"), _p("dia", "idn-nu"), {"dia"}, ("idn-nu", "idn-nu")),
    ],
)
def test_one_person_is_not_both_sides_of_an_event(actor, recipient, anaphoric, ids):
    e = _event(actor, recipient)
    one_person_one_side(e, anaphoric, {"idn-dedi", "idn-habibie", "new-imam"})
    assert (e.actor[0].actor_id, e.recipient[0].actor_id) == ids
    assert (e.actor[0].text, e.recipient[0].text) == (actor.text, recipient.text)  # the spans stay


def test_the_events_step_gives_no_event_one_person_on_both_sides():
    """Through NLP, actors and events: coreference reads "pemuda itu" as Dedi Mulyadi, the
    actor of its own sentence; the event keeps the recipient's span without that id."""
    from warta.evaluate.events import through_actors
    from warta.events.stage import Events

    text = ("Dedi Mulyadi bertemu Imam, seorang pedagang, di trotoar depan kantor BNI, Purwakarta, Kamis (19/9/2019).\n"
            "Terenyuh dengan perjuangan Imam, Dedi pun mengajak pemuda itu jalan-jalan ke sebuah mal di Purwakarta.")  # fmt: skip
    doc = through_actors([{"id": "d", "text": text, "published": "2019-09-20"}])[0]
    pemuda = [m for m in doc.annotations.mentions if m.text == "pemuda itu"]
    assert pemuda and pemuda[0].actor_id == "idn-dedi-mulyadi"  # what coreference gives (the case the rule is for)
    (event,) = [e for e in Events()([doc])[0].annotations.events if e.trigger.text == "mengajak"]
    assert [(p.text, p.actor_id) for p in event.actor] == [("Dedi", "idn-dedi-mulyadi")]
    assert [(p.text, p.actor_id) for p in event.recipient] == [("pemuda itu", None)]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # "not only" reports what it names
        ("Tak hanya menyita empat ton bahan-bahan, petugas juga mengamankan alat penyaring.", "menyita", "asserted"),
        ("Tidak hanya mengamankan dua remaja tersebut, polisi juga menangkap ayahnya.", "mengamankan", "asserted"),
        # a real negation still negates, also after "not only"
        ("Polisi tidak menangkap pelaku itu.", "menangkap", "negated"),
        ("Tidak hanya itu, polisi belum menangkap pelaku.", "menangkap", "negated"),
    ],
)
def test_not_only_is_no_negation(text, trigger, modality):
    from warta.evaluate.events import through_actors
    from warta.events.stage import Events

    # one_per_type off: "Tidak hanya mengamankan ..., polisi juga menangkap" holds two COERCE events (warta.events.sametype keeps one)
    doc = Events(min_confidence=0.0, one_per_type=False)(through_actors([{"id": "d", "text": text, "published": "2019-09-20"}]))[0]
    assert [e.modality for e in doc.annotations.events if e.trigger.text == trigger] == [modality]
