"""One event of a type per sentence (session 22, precision).

A sentence that tells two events of one type mostly tells one event twice: a verb and its
noun ("pemerintah telah menyiapkan bantuan ... bantuan berupa sembako": AID twice), a headline's
two verbs for one act ("Nenek Iyah Dibunuh dan Mayatnya Dibakar": one ASSAULT in the gold), or a
tagger word beside the lexicon's at a distance the "beside" rule does not reach. The scorer
and the guide count an event by its sentence and type, so the second one is a false event
unless the sentence really holds two of that type ("ditangkap dan ditahan" sometimes is coded
twice; 63 of real-news train's 2,616 gold events, 2.4%, are a second of their type in their
sentence). After the reranker (and ``warta.events.beside``) and the roles, the events step keeps,
for each sentence and type, the event of highest confidence (the earlier trigger on a tie); when
it has no actor and a dropped twin has one, it takes that actor ("Polisi mengamankan pelaku dan
barang bukti, ... penangkapan itu": the noun has no actor, the verb's "Polisi" is the one actor).
Measured in docs/events.md "Session 22 (precision)"; ``Events(one_per_type=False)`` turns it off.
"""

from __future__ import annotations

from warta.events.event import Event, Participant


def one_event_per_type(events: list[Event]) -> list[Event]:
    """``events`` keeping, per (sentence, type), only the most confident one, in their order; a
    kept event without an actor takes the actor of its most confident dropped twin that has one
    not among the kept event's recipients (no one on both sides)."""
    best: dict[tuple[int, str], Event] = {}
    for e in events:
        key = (e.sentence.start, e.type)
        kept = best.get(key)
        if kept is None or _rank(e) > _rank(kept):
            best[key] = e
    donors: dict[int, Event] = {}  # id of a kept event without an actor -> the twin whose actor it takes
    out = []
    for e in events:
        kept = best[(e.sentence.start, e.type)]
        if kept is e:
            out.append(e)
        elif not kept.actor and e.actor and not _overlaps(e.actor, kept.recipient):
            donor = donors.get(id(kept))
            if donor is None or _rank(e) > _rank(donor):
                donors[id(kept)] = e
    for e in out:
        if id(e) in donors:
            e.actor = list(donors[id(e)].actor)
    return out


def _rank(e: Event) -> tuple[float, int]:
    """Higher confidence first, then the earlier trigger."""
    return e.confidence, -e.trigger.start


def _overlaps(actors: list[Participant], recipients: list[Participant]) -> bool:
    """Whether any actor is one of the recipients: the same words, or the same resolved actor."""
    return any((a.start < r.end and r.start < a.end) or (a.actor_id is not None and a.actor_id == r.actor_id) for a in actors for r in recipients)
