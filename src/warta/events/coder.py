"""Code the events of one sentence: find triggers, read the roles off the clause, set modality.

The reading is deliberately shallow and explainable. A trigger's *kind* (active, passive,
intransitive, nominal) says where its roles sit in an Indonesian clause; the role fillers
are the actor mentions (or plain noun phrases) found there:

- subject = the noun phrase just left of the verb, skipping auxiliaries ("akan", "telah"),
  relative "yang" and place/time phrases; a verb right before (control: "berjanji akan
  menyerang") or a verb-phrase coordinator ("menyerang Gaza dan menewaskan") passes on
  that verb's subject. Clause breaks and reporting verbs ("mengatakan bahwa") stop the
  search, so a speaker never becomes the doer of what they report.
- object = the noun phrase right after the verb, or the noun phrase of a recipient
  preposition ("terhadap", "kepada", "dengan"); passive agents follow "oleh".
- nominal events: "serangan Israel" (the genitive is the doer) vs. "penangkapan tiga
  terduga" (the genitive is the undergoer); a nominal with no participant, under a topic
  word ("isu penangkapan") or picked up by a demonstrative ("serangan itu") is no event.
Every event records the rule that produced it, and a confidence from how complete the
reading was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import groupby
from typing import Any

from warta.events.event import Event, Participant, Span
from warta.events.lexicon import Lexicon, TriggerForm
from warta.events.propose import TRIES, SentenceProposer
from warta.events.roles import RoleCandidate, candidate_features, candidate_trigger, coordination_chains, not_participant
from warta.events.tagger import PreparedScores, TriggerTagger, kind_of
from warta.events.view import DEMONSTRATIVES, SentenceView
from warta.records import mention_id

EXTRACTOR = "warta-events/1"
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_OPEN, _CLOSE = "(", ")"
_UNTIL = frozenset({"hingga", "sampai", "selama", "ke", "sejak"})


class DeferredCandidates:
    """Each event's role candidates (``id(event)`` -> list), read only when asked: the gate drops
    about half of the coder's events before the role reader comes, and reading the candidates
    (every noun phrase of the sentence, each one's features) is most of the coder's own time."""

    def __init__(self) -> None:
        self._read: dict[int, Callable[[], list[RoleCandidate]]] = {}

    def defer(self, key: int, read: Callable[[], list[RoleCandidate]]) -> None:
        self._read[key] = read

    def get(self, key: int, default: Sequence[RoleCandidate] = ()) -> Sequence[RoleCandidate]:
        read = self._read.get(key)
        return read() if read is not None else default


@dataclass
class _Trigger:
    i: int  # first token
    n: int  # number of tokens
    form: TriggerForm
    kind: str  # the form's kind, or "phrase" for light verb + nominal
    head: int = -1  # where the clause reads the subject from (a plan verb before a nominal), default i
    probability: float | None = None  # set when the learned tagger found it (None: the lexicon)
    source: str = ""  # what found it when neither the lexicon nor the tagger did ("sentence": warta.events.propose)

    def __post_init__(self) -> None:
        if self.head < 0:
            self.head = self.i


def code_sentence(view: SentenceView, text: str, mentions: Sequence[Any], lex: Lexicon, doc_id: str, published_year: int | None,
                  tagger: TriggerTagger | None = None, tagger_floor: float = 1.0, lexicon: bool = True,
                  candidates: dict[int, list[RoleCandidate]] | DeferredCandidates | None = None,
                  prepared: PreparedScores | None = None, proposer: SentenceProposer | None = None) -> list[Event]:  # fmt: skip
    """The sentence's events: lexicon triggers (unless ``lexicon`` is off) and, with a tagger,
    the words it tags at ``tagger_floor`` or above where no lexicon trigger is (from the
    document's ``prepared`` scores, if given: ``TriggerTagger.prepare``); with a tagger and a
    ``proposer``, one event for each type the sentence model gives that none of these has,
    at the free word the tagger scores highest for it (``propose_types``). With a
    ``candidates`` dict, each event's role candidates (``warta.events.roles``) are put there
    under ``id(event)``, for the learned role reader (a ``DeferredCandidates`` reads them when asked)."""
    if not view.words:
        return []
    reader = _Reader(view, lex, mentions, text, doc_id, candidates)
    triggers = reader.find_triggers() if lexicon else []
    if tagger is not None:
        triggers = reader.add_tagged(triggers, tagger, tagger_floor, prepared)
    events = []
    for t in triggers:
        ev = reader.code(t, published_year)
        if ev is not None:
            events.append(ev)
    if proposer is not None and tagger is not None:
        events += reader.propose_types(proposer, tagger, {e.type for e in events}, published_year)
    return events


class _Reader:
    def __init__(self, view: SentenceView, lex: Lexicon, mentions: Sequence[Any], text: str, doc_id: str,
                 candidates: dict[int, list[RoleCandidate]] | DeferredCandidates | None = None) -> None:  # fmt: skip
        self.v, self.lex, self.mentions, self.text, self.doc_id = view, lex, mentions, text, doc_id
        self.candidates = candidates
        self.w = view.words
        self.trigger_at: dict[int, _Trigger] = {}
        self.pp_markers = lex.pp_markers
        # the excluded phrase starting at each token, read once for the lexicon and the tagger
        excluded = lex.exclusions.by_first
        self.excluded = [lex.exclusions.at(self.w, i) if x in excluded else 0 for i, x in enumerate(self.w)]
        self._clause_ends: dict[int, int] = {}
        self._sentence_spans: dict[tuple[int, int], set[str]] | None = None  # chunks and mentions, once all triggers are known

    # -- triggers -------------------------------------------------------------------------
    def find_triggers(self) -> list[_Trigger]:
        out: list[_Trigger] = []
        i = 0
        while i < len(self.w):
            skip = self.excluded[i]
            if skip:
                i += skip
                continue
            if not self.lex.may_start(self.w[i]):
                i += 1
                continue
            form = self.lex.trigger_at(self.w, i)
            if form is None:
                vo = self.lex.verb_object_at(self.w, i)
                if vo is None:
                    i += 1
                    continue
                type_, n = vo
                form = TriggerForm(tuple(self.w[i : i + n]), type_, "phrase")
            t = _Trigger(i, len(form.words), form, form.kind)
            if form.kind.startswith("nominal"):
                lv = self._light_verb_before(i, self.lex.light_verbs)
                plan = self._light_verb_before(i, self.lex.plan_verbs)
                if lv is not None:
                    t = _Trigger(lv, i + len(form.words) - lv, form, "phrase")
                elif plan is not None:  # "mempersiapkan operasi bersama": the plan is a modality cue
                    t = _Trigger(i, len(form.words), form, "phrase", head=plan)
            if out and out[-1].form.type == form.type and out[-1].i + out[-1].n == t.i:
                prev = out[-1]  # "menggelar aksi" + "unjuk rasa": one trigger
                out[-1] = _Trigger(prev.i, prev.n + t.n, prev.form, prev.kind)
            else:
                out.append(t)
            i = t.i + t.n
        for t in out:
            for k in range(t.i, t.i + t.n):
                self.trigger_at[k] = t
        return out

    def add_tagged(self, triggers: list[_Trigger], tagger: TriggerTagger, floor: float, prepared: PreparedScores | None = None) -> list[_Trigger]:
        """The tagger's triggers where the lexicon found none (nor an excluded phrase)."""
        taken = set(self.trigger_at)
        i = 0
        while i < len(self.w):
            skip = self.excluded[i]
            if skip:
                taken.update(range(i, i + skip))
                i += skip
            else:
                i += 1
        out = list(triggers)
        for tt in tagger.tag(self.v, floor, taken, prepared):
            form = TriggerForm(tuple(self.w[tt.i : tt.i + tt.n]), tt.type, tt.kind)
            t = _Trigger(tt.i, tt.n, form, tt.kind, probability=tt.probability)
            out.append(t)
            for k in range(t.i, t.i + t.n):
                self.trigger_at[k] = t
        return sorted(out, key=lambda t: t.i)

    def propose_types(self, proposer: SentenceProposer, tagger: TriggerTagger, have: set[str], published_year: int | None) -> list[Event]:
        """The sentence proposer's events (``warta.events.propose``): for each type the sentence
        model gives at the proposer's floor that ``have`` lacks, the first of the tagger's
        ``TRIES`` best free words for the type (no trigger, no excluded phrase on it) that the
        coder reads as an event, with the sentence model's probability."""
        wanted = proposer.wanted(self.text[self.v.start : self.v.end], have)
        if not wanted:
            return []
        taken = set(self.trigger_at)
        for i, skip in enumerate(self.excluded):
            taken.update(range(i, i + skip))
        tokens, types, z = tagger.type_logits(self.v)
        free = [k for k, i in enumerate(tokens) if i not in taken]
        out = []
        for type_, p in wanted:
            if type_ not in types or not free:
                continue
            column = z[free, types.index(type_)]
            for k in sorted(range(len(free)), key=lambda k: (-column[k], k))[:TRIES]:
                i = tokens[free[k]]
                kind = kind_of(self.w[i], self.v.pos[i])
                t = _Trigger(i, 1, TriggerForm((self.w[i],), type_, kind), kind, probability=proposer.confidence(p, float(column[k])), source="sentence")
                ev = self.code(t, published_year)
                if ev is not None:
                    out.append(ev)
                    self.trigger_at[i] = t
                    del free[k]  # one event per word
                    break
        return out

    def _light_verb_before(self, i: int, verbs) -> int | None:
        """'melancarkan serangan': the light verb's start if one sits right before the nominal."""
        n = verbs.ending_at(self.w, i - 1) if i > 0 else 0
        return i - n if n else None

    # -- one event ------------------------------------------------------------------------
    def code(self, t: _Trigger, published_year: int | None) -> Event | None:
        lo = self._clause_start(t.i)
        hi = self._clause_end(t.i + t.n)
        kind = t.kind
        lex, w = self.lex, self.w
        if t.head > 0 and lex.purpose_markers.ending_at(w, t.head - 1):
            return None  # "menembakkan gas air mata untuk membubarkan massa": a purpose, not an event
        if kind == "passive" and t.i > 0 and w[t.i - 1] == "yang" and t.form.words[0] in lex.attributive_after_yang:
            return None  # "kelompok yang didukung Iran": a description of the group
        if kind != "passive" and not kind.startswith("nominal") and self._purpose_of_protest(t.head, lo):
            return None  # "berunjuk rasa menolak revisi": what the protest is against
        actor: list[tuple[int, int]] = []
        recipient: list[tuple[int, int]] = []
        rule = kind
        theme_object = t.form.type in lex.theme_object_types
        if kind == "active":
            actor = self.subject(t.head, lo)
            recipient = [] if theme_object else self.object(t.i + t.n, hi, direct=True)
        elif kind in ("intransitive", "phrase"):
            actor = self.subject(t.head, lo)
            recipient = self.object(t.i + t.n, hi, direct=False)
        elif kind == "passive":
            recipient = self.subject(t.i, lo)
            actor = self.agent(t.i + t.n, hi)
            if theme_object and not actor:  # "ribuan tentara dikerahkan": the forces are the actor
                actor, recipient = recipient, []
        else:  # nominal
            if self._topic_before(t.i) or self._object_of_verb(t.i, lo):
                return None
            genitive = self.genitive(t.i + t.n, hi)
            after = genitive[-1][1] if genitive else t.i + t.n
            if after < len(w) and w[after] in DEMONSTRATIVES:
                return None  # "serangan itu", "serangan Israel tersebut": an event told before
            if kind == "nominal_agent":
                actor = genitive
                recipient = self.object(after, hi, direct=False)
            else:
                recipient = genitive
                actor = self.agent(after, hi)
            if not actor and not recipient and not self._happens(after, hi):
                return None
        if actor and (self.v.mention_at[actor[0][0]] is None and w[actor[0][0]] in lex.non_agent_heads):
            return None  # "insiden itu melukai empat awak": no one acted
        if t.form.type in lex.symmetric_types and len(actor) > 1 and not recipient:
            # "Indonesia dan Malaysia sepakat": the guide makes the partner the recipient
            actor, recipient = actor[:1], actor[1:]
        actors = [self.participant(a, b) for a, b in actor]
        recipients = [self.participant(a, b) for a, b in recipient]
        modality, cue = self.modality(t, lo, published_year)
        confidence = {"active": 0.7, "passive": 0.7, "phrase": 0.7, "intransitive": 0.65}.get(kind, 0.55)
        confidence += 0.15 if any(p.actor_id for p in actors) else (0.05 if actors else -0.15)
        confidence += 0.1 if recipients else 0.0
        if t.probability is not None:
            confidence = t.probability
        v = self.v
        start, end = v.starts[t.i], v.ends[t.i + t.n - 1]
        event = Event(
            event_id=f"{self.doc_id}:ev{start}-{end}",
            sentence=Span(v.start, v.end, self.text[v.start : v.end]),
            type=t.form.type,
            trigger=Span(start, end, self.text[start:end]),
            modality=modality,
            modality_cue=cue,
            confidence=round(max(0.05, min(0.99, confidence)), 3),
            extractor=f"{EXTRACTOR} {t.source or ('tagger' if t.probability is not None else 'lexicon')}:{rule}",
            actor=actors,
            recipient=recipients,
        )
        if self.candidates is not None:
            read = partial(self.role_candidates, t, lo, hi, actor, recipient)  # reads nothing the next events change
            if isinstance(self.candidates, dict):
                self.candidates[id(event)] = read()
            else:
                self.candidates.defer(id(event), read)
        return event

    def role_candidates(self, t: _Trigger, lo: int, hi: int, actor: list[tuple[int, int]], recipient: list[tuple[int, int]]) -> list[RoleCandidate]:
        """Every reading the clause rules could make of the trigger's roles, and every actor
        mention of the sentence, each with the names of the readings that proposed it."""
        spans: dict[tuple[int, int], set[str]] = {}
        after = t.i + t.n
        readings = [("rule_actor", actor), ("rule_recipient", recipient), ("subject", self.subject(t.head, lo)),
                    ("object", self.object(after, hi, direct=True)), ("oblique", self.object(after, hi, direct=False)),
                    ("agent", self.agent(after, hi)), ("genitive", self.genitive(after, hi)), ("oleh", self.oleh_agent(after, hi))]  # fmt: skip
        for source, found in readings:
            for span in found:
                spans.setdefault(span, set()).add(source)
        for span, sources in self.sentence_spans().items():
            spans.setdefault(span, set()).update(sources)
        spans = {(a, b): srcs for (a, b), srcs in spans.items() if b <= t.i or a >= after}  # the trigger is no participant of itself
        # a time, a quantity of things or a document no mention covers is nobody (roles.not_participant)
        spans = {(a, b): srcs for (a, b), srcs in spans.items() if any(m is not None for m in self.v.mention_at[a:b]) or not_participant(self.w[a:b]) is None}
        # nearest first on each side; ties keep the order the spans were found in (readings, chunks, mentions)
        ranked = {s: r for side in (sorted((s for s in spans if s[1] <= t.i), key=lambda s: -s[1]), sorted((s for s in spans if s[0] >= after), key=lambda s: s[0]))
                  for r, s in enumerate(side, 1)}  # fmt: skip
        items = sorted(spans.items())  # in (a, b) order: the order of the candidates returned
        v = self.v
        trigger = candidate_trigger(v, (t.i, t.n), t.kind, t.form.type)
        chains = coordination_chains([span for span, _ in items], self.w)
        out = []
        for ((a, b), sources), chain in zip(items, chains):
            within: set[str] = set()  # the sources of every other span around this one
            for (c, d), srcs in items:
                if c > a:
                    break
                if b <= d and (c, d) != (a, b):
                    within |= srcs
            head = next((v.mention_at[j] for j in range(b - 1, a - 1, -1) if v.mention_at[j] is not None), None)
            mention = self.mentions[head] if head is not None else None
            features = candidate_features(trigger, (a, b), [*sources, *(f"within_{src}" for src in within)], mention, ranked[(a, b)], self.lex.role_cues,
                                          chain >= 0)  # fmt: skip
            out.append(RoleCandidate(self.participant(a, b), a, b, features, chain))
        return out

    def sentence_spans(self) -> dict[tuple[int, int], set[str]]:
        """Every noun phrase of the sentence ("chunk": role nouns no register names, "Pakar Hukum
        Pidana") and every actor mention span ("mention"): the same for each of its triggers, so
        read once, when the first event asks (all triggers are known by then)."""
        if self._sentence_spans is not None:
            return self._sentence_spans
        spans: dict[tuple[int, int], set[str]] = {}
        v = self.v
        k = 0
        while k < len(v.words):
            np = self._np_right(k, len(v.words))
            if np is None:
                k += 1
                continue
            spans.setdefault(np, set()).add("chunk")
            k = np[1]
        k = 0
        for mi, run in groupby(v.mention_at):
            e = k + len(list(run))
            if mi is not None:
                spans.setdefault((k, e), set()).add("mention")
            k = e
        self._sentence_spans = spans
        return spans

    def _purpose_of_protest(self, i: int, lo: int) -> bool:
        """A verb right after a protest (past its place phrase), with no coordinator between."""
        j = self._skip_back(i - 1, lo)
        t = self.trigger_at.get(j) if j >= lo else None
        return t is not None and t.form.type == "PROTEST" and t is not self.trigger_at.get(i)

    def _object_of_verb(self, i: int, lo: int) -> bool:
        """'mengecam keras serangan Israel': the nominal is what another event is about."""
        j = i - 1
        while j >= lo and self.v.pos[j] in ("ADV", "ADJ") and self.trigger_at.get(j) is None:
            j -= 1
        t = self.trigger_at.get(j) if j >= lo else None
        return t is not None and not t.kind.startswith("nominal")

    def _happens(self, k: int, hi: int) -> bool:
        """'Kerusuhan pecah', 'bom bunuh diri meledak': a nominal event told as happening."""
        while k < hi and self.lex.auxiliaries.at(self.w, k, hi):
            k += self.lex.auxiliaries.at(self.w, k, hi)
        return k < hi and bool(self.lex.happening_verbs.at(self.w, k, hi))

    # -- clause bounds --------------------------------------------------------------------
    def _clause_start(self, i: int) -> int:
        j = i - 1
        while j >= 0:
            n = self.lex.clause_breaks.ending_at(self.w, j) or (self.lex.reporting.ending_at(self.w, j) if self.w[j] == "bahwa" else 0)
            if n:
                return j + 1
            j -= 1
        return 0

    def _clause_end(self, k: int) -> int:
        """The first clause break or reporting verb from token ``k`` on (asked several times per
        trigger: kept)."""
        end = self._clause_ends.get(k)
        if end is None:
            end = self._clause_ends[k] = self._find_clause_end(k)
        return end

    def _find_clause_end(self, k: int) -> int:
        j = k
        while j < len(self.w):
            if self.lex.clause_breaks.at(self.w, j) or self.lex.reporting.at(self.w, j):
                return j
            j += 1
        return len(self.w)

    # -- roles ----------------------------------------------------------------------------
    def _skip_back(self, j: int, lo: int) -> int:
        """Step left over auxiliaries, relative 'yang', parentheticals and place/time phrases."""
        while j >= lo:
            n = self.lex.auxiliaries.ending_at(self.w, j, lo)
            if n:
                j -= n
                continue
            if self.w[j] == "yang":
                j -= 1
                continue
            if self.w[j] == _CLOSE:
                while j >= lo and self.w[j] != _OPEN:
                    j -= 1
                j -= 1
                continue
            np = self._np_left(j, lo)
            if np and np[0] - 1 >= lo and self.w[np[0] - 1] in self.pp_markers:
                j = np[0] - 2  # "Polisi di Jayapura menangkap": skip "di Jayapura"
                continue
            break
        return j

    def subject(self, i: int, lo: int, depth: int = 0) -> list[tuple[int, int]]:
        j = self._skip_back(i - 1, lo)
        if j < lo:
            return []
        if depth < 3 and (self.lex.vp_coordinators.ending_at(self.w, j, lo) or self._is_predicate(j)):
            # control or verb-phrase coordination: the subject of the verb before
            k = j - (self.lex.vp_coordinators.ending_at(self.w, j, lo) or 0)
            while k >= lo and not self._is_predicate(k):
                k -= 1
            if k < lo:
                return []
            pred = self.trigger_at.get(k)
            head = pred.i if pred else k
            if pred and pred.kind.startswith("nominal"):
                return []
            return self.subject(head, lo, depth + 1)
        np = self._np_left(j, lo)
        if np is None or self.w[np[1] - 1] in self.lex.non_actor_heads:
            return []
        out = [np]
        # coordinated subjects: "Iran dan Yaman", "Iran, Irak, dan Yaman" (the last link is "dan"/"serta")
        k = np[0] - 1
        first_link = True
        while k > lo:
            n = self.lex.coordinators.ending_at(self.w, k, lo)
            if not n or self.w[k] == "dengan" or (first_link and self.w[k] == ","):
                break
            first_link = False
            nxt = k - n
            if nxt >= lo and self.w[nxt] == ",":  # "Irak, dan Yaman"
                nxt -= 1
            prev = self._np_left(nxt, lo)
            if prev is None:
                break
            out.insert(0, prev)
            k = prev[0] - 1
        return out

    def _is_predicate(self, j: int) -> bool:
        t = self.trigger_at.get(j)
        if t is not None:
            return not t.kind.startswith("nominal")
        return self.v.pos[j] in ("VERB", "AUX") and self.v.mention_at[j] is None and bool(self.lex.reporting.ending_at(self.w, j) or self.v.pos[j] == "VERB")

    def _np_left(self, j: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase ending at token j: a mention, or a run of nominal tokens."""
        if j < lo:
            return None
        mi = self.v.mention_at[j]
        if mi is not None:
            a = j
            while a - 1 >= lo and self.v.mention_at[a - 1] == mi:
                a -= 1
            # a head noun before a mention modifier: "sekolah PBB" -> whole phrase
            b = j + 1
            while a - 1 >= lo and self.v.mention_at[a - 1] is None and self.v.pos[a - 1] in ("NOUN",) and self.trigger_at.get(a - 1) is None and self.w[a - 1] not in self.lex.non_actor_heads:
                a -= 1
            return (a, b)
        if not self.v.is_modifier(j) or self.trigger_at.get(j) is not None or self._function_word(j):
            return None
        a = j
        while a - 1 >= lo and self.v.is_modifier(a - 1) and self.trigger_at.get(a - 1) is None and not self._function_word(a - 1):
            a -= 1
        if not self._has_noun(a, j + 1):
            return None
        return (a, j + 1)

    def _function_word(self, j: int) -> bool:
        w = self.w[j]
        return bool(
            w in self.pp_markers or self.lex.auxiliaries.at(self.w, j) == 1 or w in ("yang", "dan", "serta", "atau", "bahwa")
            or self.lex.clause_breaks.at(self.w, j) == 1 or self.lex.reporting.at(self.w, j) == 1
        )  # fmt: skip

    def _np_right(self, k: int, hi: int) -> tuple[int, int] | None:
        if k >= hi:
            return None
        mi = self.v.mention_at[k]
        if mi is not None:
            b = k
            while b + 1 < hi and self.v.mention_at[b + 1] == mi:
                b += 1
            return (k, b + 1)
        if not self.v.is_nominal(k) or self.trigger_at.get(k) is not None or self._function_word(k):
            return None
        b = k
        while b + 1 < hi and self.v.is_modifier(b + 1) and not self._function_word(b + 1) and self.trigger_at.get(b + 1) is None:
            if self.v.mention_at[b + 1] is not None:  # "sekolah PBB": the mention ends the phrase
                mi = self.v.mention_at[b + 1]
                b += 1
                while b + 1 < hi and self.v.mention_at[b + 1] == mi:
                    b += 1
                break
            b += 1
        if self.w[k] in self.lex.non_actor_heads or not self._has_noun(k, b + 1):
            return None
        return (k, b + 1)

    def _has_noun(self, a: int, b: int) -> bool:
        """A phrase of numbers and adjectives alone ("tujuh", "keras") is no participant."""
        return any(self.v.mention_at[k] is not None or self.v.pos[k] in ("NOUN", "PROPN", "PRON", "X") for k in range(a, b))

    def _coordinated_right(self, first: tuple[int, int], hi: int) -> list[tuple[int, int]]:
        out = [first]
        k = first[1]
        while k < hi:
            n = self.lex.coordinators.at(self.w, k, hi)
            if not n or self.w[k] == "dengan":
                break
            nxt = self._np_right(k + n, hi)
            if nxt is None:
                break
            out.append(nxt)
            k = nxt[1]
        return out

    def object(self, k: int, hi: int, direct: bool) -> list[tuple[int, int]]:
        while k < hi and self.lex.auxiliaries.at(self.w, k, hi):
            k += self.lex.auxiliaries.at(self.w, k, hi)
        if direct:
            skipped = 0
            while k < hi and skipped < 2 and self.v.pos[k] in ("ADV", "ADJ") and self.v.mention_at[k] is None:
                k += 1
                skipped += 1
            nominal = self.trigger_at.get(k)
            if nominal is not None and nominal.kind == "nominal_agent":
                return self.genitive(nominal.i + nominal.n, hi)  # "mengecam serangan Israel": Israel
            np = self._np_right(k, hi)
            if np is not None:
                return self._coordinated_right(np, hi)
        # a recipient preposition within a few tokens: "menyalurkan bantuan kepada warga"
        end = min(hi, k + 6)
        j = k
        while j < end:
            if self.trigger_at.get(j) is not None:
                break
            n = self.lex.recipient_preps.at(self.w, j, hi)
            if n:
                np = self._np_right(j + n, hi)
                if np is not None:
                    return self._coordinated_right(np, hi)
            j += 1
        return []

    def genitive(self, k: int, hi: int) -> list[tuple[int, int]]:
        np = self._np_right(k, hi)
        return self._coordinated_right(np, hi) if np is not None else []

    def agent(self, k: int, hi: int) -> list[tuple[int, int]]:
        """The doer of a passive or patient-nominal event: 'oleh X', or a mention right after the verb."""
        mi = self.v.mention_at[k] if k < hi else None
        m = self.mentions[mi] if mi is not None else None
        if m is not None and m.label != "LOC" and (m.actor_id or m.org_id or m.rule == "role_group"):
            np = self._np_right(k, hi)
            if np:
                return self._coordinated_right(np, hi)
        j = k
        while j < min(hi, k + 10):
            if self.trigger_at.get(j) is not None:
                break
            if self.w[j] == "oleh":
                np = self._np_right(j + 1, hi)
                return self._coordinated_right(np, hi) if np else []
            j += 1
        return []

    def oleh_agent(self, k: int, hi: int) -> list[tuple[int, int]]:
        """The agent after "oleh" as a role candidate reading, reaching further than ``agent``
        (the rules' reading, which the gate reads): within 16 tokens after the trigger, past
        passive triggers ("dikeroyok dan dipukul oleh oknum"), a determiner or number ("diserang
        oleh sekelompok orang") and a comma ("disetubuhi oleh , berinisial MS")."""
        j = k
        while j < min(hi, k + 16):
            t = self.trigger_at.get(j)
            if t is not None and t.kind != "passive":
                break
            if self.w[j] == "oleh":
                a = j + 1
                while a < min(hi, j + 3) and self.v.mention_at[a] is None and (self.v.pos[a] in ("DET", "NUM") or self.w[a] == ","):
                    a += 1
                np = self._np_right(a, hi)
                return self._coordinated_right(np, hi) if np else []
            j += 1
        return []

    def _topic_before(self, i: int) -> bool:
        j = i - 1
        return j >= 0 and bool(self.lex.topic_words.ending_at(self.w, j))

    def participant(self, a: int, b: int) -> Participant:
        """The span a..b as an actor: the mention heading it, else the first mention inside it
        ("konsulat Iran", "kapal Filipina" act for Iran and the Philippines)."""
        v = self.v
        start, end = v.starts[a], v.ends[b - 1]
        inside = [v.mention_at[k] for k in range(a, b) if v.mention_at[k] is not None]
        if not inside:
            return Participant(start, end, self.text[start:end])
        m = self.mentions[inside[0]]
        actor_id = m.actor_id or getattr(m, "org_id", None)
        if v.mention_at[a] == inside[0] and all(x == inside[0] for x in inside):
            start, end = min(start, m.start), max(end, m.end)
        return Participant(start, end, self.text[start:end], actor_id, m.name, m.type, m.country, m.sector, mention_id(self.doc_id, m.start, m.end))

    # -- modality -------------------------------------------------------------------------
    def modality(self, t: _Trigger, lo: int, published_year: int | None) -> tuple[str, Span | None]:
        lex, w = self.lex, self.w
        found: dict[str, tuple[int, int]] = {}
        j = t.i - 1
        floor = max(lo, t.i - lex.modality_window)
        while j >= floor:
            # the longest cue ending here wins ("tidak menutup kemungkinan" is not "tidak")
            n, cls = max(((lex.modality[c].ending_at(w, j, floor), c) for c in lex.modality_order), key=lambda x: x[0])
            if n:
                found.setdefault(cls, (j - n + 1, j + 1))
                j -= n
            else:
                j -= 1
        reach = t.i - 1  # clause-wide cues reach back to the last strong break ("..., namun ...")
        while reach >= 0 and not lex.strong_breaks.ending_at(w, reach):
            reach -= 1
        for cls, phrases in lex.clause_wide.items():
            if cls in found:
                continue
            for j in range(reach + 1, t.i):
                n = phrases.at(w, j, t.i)
                if n and not (cls == "negated" and self.trigger_at.get(j) is t):  # "membantah" is no cue for itself
                    found[cls] = (j, j + n)
                    break
        if "future" in found and "hypothetical" not in found:
            for j in range(t.i + t.n, len(w)):
                n = lex.clause_wide["hypothetical"].at(w, j)
                if n:  # "akan menyerang jika ...": a conditional plan
                    found["hypothetical"] = (j, j + n)
                    break
        if "future" not in found:  # "menggelar dialog bulan depan", near the trigger in its clause
            near = range(max(lo, t.i - lex.modality_window), min(self._clause_end(t.i + t.n), t.i + t.n + lex.modality_window))
            for j in near:
                n = lex.future_time.at(w, j)
                if n and (j == 0 or w[j - 1] not in _UNTIL):  # "ditahan hingga bulan depan" has happened
                    found["future"] = (j, j + n)
                    break
        if published_year and "historical" not in found:
            for j in range(lo, self._clause_end(t.i + t.n)):
                if _YEAR.match(w[j]) and published_year - int(w[j]) >= lex.historical_min_years and (j == 0 or w[j - 1] not in ("rp", "nomor", "no", "no.")):
                    found["historical"] = (j, j + 1)
                    break
        for cls in lex.modality_order:
            if cls in found and cls != "asserted":  # "tak hanya" (not only): a cue that only hides the "tak" in it
                a, b = found[cls]
                s, e = self.v.starts[a], self.v.ends[b - 1]
                return cls, Span(s, e, self.text[s:e])
        return "asserted", None
