"""The event coder's speed-ups (session 13) read exactly what the straightforward code read.

The trigger search, the role candidates and their features were rewritten to do per sentence
or per trigger what was done per candidate (the noun phrases and mentions of the sentence, the
quotation state, the strings naming the trigger), to read each excluded phrase and each word's
trigger forms once, and to find the candidates around a candidate without comparing every
pair, and to read an event's candidates only if the gate keeps it (``DeferredCandidates``).
The straightforward versions are kept here as the reference: on real news, every
sentence's triggers, events and role candidates (spans, participants and features in order,
which the role model sums in order) must come out the same from both.
"""

from __future__ import annotations

import math
from itertools import groupby
from pathlib import Path

import pytest
from staged import before_events, real_rows

from warta.events import coder
from warta.events.lexicon import PP_MARKERS_EXTRA, load_lexicon
from warta.events.roles import _BREAKS, _QUOTES, RoleCandidate, _bucket, coordination_chains, head_noun, load_roles, not_participant, voice
from warta.events.stage import MAX_SENTENCE_TOKENS
from warta.events.tagger import load_tagger
from warta.events.topic import load_topic
from warta.events.view import sentence_views
from warta.records import Document

ROOT = Path(__file__).resolve().parents[1]


def _old_trigger_at(lex, words, i):
    for form in lex.triggers.get(words[i], ()) or lex.triggers.get(coder_strip(words[i]), ()):
        n = len(form.words)
        if i + n > len(words):
            continue
        window = words[i : i + n]
        if tuple(window[:-1]) == form.words[:-1] and (window[-1] == form.words[-1] or coder_strip(window[-1]) == form.words[-1]):
            return form
    return None


def coder_strip(word: str) -> str:
    for suffix in ("nya", "lah", "pun", "kah"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)]
    return word


def _old_in_quote(words, k):
    return sum(1 for x in words[:k] if x in _QUOTES) % 2


def _old_candidate_features(view, trigger, kind, type_, span, sources, mention, rank, cues, coordinated):
    i, n = trigger
    a, b = span
    w = view.words
    left = b <= i
    side = "L" if left else "R"
    gap = range(b, i) if left else range(i + n, a)
    between = [w[k] for k in gap]
    dist, rank = _bucket(len(between)), min(rank, 3)
    prev = w[a - 1] if a > 0 else "<s>"
    out = [f"side={side}", f"side_kind={side}|{kind}", f"side_type={side}|{type_}", f"dist={dist}",
           f"side_dist={side}|{dist}", f"rank={side}{rank}", f"rank_kind={side}{rank}|{kind}"]  # fmt: skip
    srcs = sorted(set(sources))
    out += [f"src={s}" for s in srcs]
    out += [f"src_kind={s}|{kind}" for s in srcs]
    out.append(f"srcs={'+'.join(srcs)}")
    out.append(f"prev={prev}")
    out.append(f"next={w[b] if b < len(w) else '</s>'}")
    out.append(f"prev_side={side}|{prev}")
    out.append(f"head_pos={view.pos[b - 1]}")
    out.append(f"first={w[a]}")
    out.append(f"len={_bucket(b - a)}")
    out += [f"between_has={x}" for x in sorted({x for x in between if x in _BREAKS or x in _QUOTES or x in cues})]
    out.append(f"between_verbs={_bucket(sum(1 for k in gap if view.pos[k] == 'VERB'))}")
    out.append(f"trigger={' '.join(w[i : i + n])}|{side}")
    out += [f"type_src={type_}|{s}" for s in srcs]
    out.append(f"head={w[b - 1]}")
    out.append(f"prev2={w[a - 2] if a > 1 else '<s>'}|{prev}")
    out.append(f"quote={_old_in_quote(w, a)}{_old_in_quote(w, i)}")
    if mention is not None:
        has_id = bool(mention.actor_id or getattr(mention, "org_id", None))
        out.append(f"m_type_kind_side={mention.type}|{kind}|{side}")
        out += [f"m_type={mention.type}", f"m_label={mention.label}", f"m_rule={mention.rule}", f"m_id={has_id}",
                f"m_sector={mention.sector}", f"m_type_side={mention.type}|{side}", f"m_label_kind={mention.label}|{kind}"]  # fmt: skip
    else:
        out.append("m_none")
        out.append(f"noun={head_noun(w[a:b])}")
        if any(head_noun([x]) == "person" for x in w[a + 1 : b]):
            out.append("noun_inside=person")
    out.append(f"voice={voice(w[i])}|{side}")
    if coordinated:
        out.append(f"coord={side}")
    return tuple(out)


class _OldReader(coder._Reader):
    """The reader as it was before session 13: every lookup made where it is needed."""

    def find_triggers(self):
        out = []
        i = 0
        while i < len(self.w):
            skip = self.lex.exclusions.at(self.w, i)
            if skip:
                i += skip
                continue
            form = _old_trigger_at(self.lex, self.w, i)
            if form is None:
                vo = self.lex.verb_object_at(self.w, i)
                if vo is None:
                    i += 1
                    continue
                type_, n = vo
                form = coder.TriggerForm(tuple(self.w[i : i + n]), type_, "phrase")
            t = coder._Trigger(i, len(form.words), form, form.kind)
            if form.kind.startswith("nominal"):
                lv = self._light_verb_before(i, self.lex.light_verbs)
                plan = self._light_verb_before(i, self.lex.plan_verbs)
                if lv is not None:
                    t = coder._Trigger(lv, i + len(form.words) - lv, form, "phrase")
                elif plan is not None:
                    t = coder._Trigger(i, len(form.words), form, "phrase", head=plan)
            if out and out[-1].form.type == form.type and out[-1].i + out[-1].n == t.i:
                prev = out[-1]
                out[-1] = coder._Trigger(prev.i, prev.n + t.n, prev.form, prev.kind)
            else:
                out.append(t)
            i = t.i + t.n
        for t in out:
            for k in range(t.i, t.i + t.n):
                self.trigger_at[k] = t
        return out

    def add_tagged(self, triggers, tagger, floor):
        taken = set(self.trigger_at)
        i = 0
        while i < len(self.w):
            skip = self.lex.exclusions.at(self.w, i)
            taken.update(range(i, i + skip))
            i += skip or 1
        out = list(triggers)
        for tt in tagger.tag(self.v, floor, taken):
            form = coder.TriggerForm(tuple(self.w[tt.i : tt.i + tt.n]), tt.type, tt.kind)
            t = coder._Trigger(tt.i, tt.n, form, tt.kind, probability=tt.probability)
            out.append(t)
            for k in range(t.i, t.i + t.n):
                self.trigger_at[k] = t
        return sorted(out, key=lambda t: t.i)

    def _clause_end(self, k):
        return self._find_clause_end(k)

    def role_candidates(self, t, lo, hi, actor, recipient):
        spans = {}
        after = t.i + t.n
        readings = [("rule_actor", actor), ("rule_recipient", recipient), ("subject", self.subject(t.head, lo)),
                    ("object", self.object(after, hi, direct=True)), ("oblique", self.object(after, hi, direct=False)),
                    ("agent", self.agent(after, hi)), ("genitive", self.genitive(after, hi)), ("oleh", self.oleh_agent(after, hi))]  # fmt: skip
        for source, found in readings:
            for span in found:
                spans.setdefault(span, set()).add(source)
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
        spans = {(a, b): srcs for (a, b), srcs in spans.items() if b <= t.i or a >= after}
        # session 21: a time, a quantity of things or a document no mention covers is no candidate
        spans = {(a, b): srcs for (a, b), srcs in spans.items() if any(m is not None for m in v.mention_at[a:b]) or not_participant(self.w[a:b]) is None}
        ranked = {s: r for side in (sorted((s for s in spans if s[1] <= t.i), key=lambda s: -s[1]), sorted((s for s in spans if s[0] >= after), key=lambda s: s[0]))
                  for r, s in enumerate(side, 1)}  # fmt: skip
        order = sorted(spans)
        chain_of = dict(zip(order, coordination_chains(order, self.w)))
        out = []
        for (a, b), sources in spans.items():
            within = {f"within_{src}" for (c, d), srcs in spans.items() if (c, d) != (a, b) and c <= a and b <= d for src in srcs}
            head = next((v.mention_at[j] for j in range(b - 1, a - 1, -1) if v.mention_at[j] is not None), None)
            mention = self.mentions[head] if head is not None else None
            features = _old_candidate_features(v, (t.i, t.n), t.kind, t.form.type, (a, b), [*sources, *within], mention, ranked[(a, b)], self.lex.role_cues,
                                               chain_of[(a, b)] >= 0)  # fmt: skip
            out.append(RoleCandidate(self.participant(a, b), a, b, features, chain_of[(a, b)]))
        return sorted(out, key=lambda c: (c.a, c.b))


def _code(reader_type, view, text, mentions, lex, doc_id, year, tagger, floor, deferred=False):
    """``coder.code_sentence`` with the reader given: (trigger spans, events, candidates per
    event); ``deferred``: the candidates are read after every event is coded, as the stage does."""
    candidates = coder.DeferredCandidates() if deferred else {}
    reader = reader_type(view, lex, mentions, text, doc_id, candidates)
    triggers = reader.add_tagged(reader.find_triggers(), tagger, floor)
    events = [e for e in (reader.code(t, year) for t in triggers) if e is not None]
    return [(t.i, t.n, t.form, t.kind, t.head, t.probability) for t in triggers], events, [candidates.get(id(e)) for e in events]


@pytest.fixture(scope="module")
def real_news() -> list[Document]:
    """Real-news dev and the first 60 train articles, cleaned and through the stages before events."""
    return before_events(real_rows("real-dev", 60) + real_rows("real-train", 60))


def test_the_rewritten_coder_reads_real_news_as_the_straightforward_one(real_news):
    lex, tagger, topic, roles = load_lexicon(), load_tagger(), load_topic(), load_roles()
    assert lex.pp_markers == set(lex.place_preps.by_first) | set(lex.recipient_preps.by_first) | set(PP_MARKERS_EXTRA)
    counts = {"sentences": 0, "events": 0, "candidates": 0, "within": 0, "quoted": 0}
    for doc in real_news:
        text = doc.text or ""
        context = (topic.feature(text),)
        for view in sentence_views(text, doc.annotations.sentences, doc.annotations.spacy, doc.annotations.mentions, context):
            for piece in view.pieces(MAX_SENTENCE_TOKENS):
                if not piece.words:
                    continue
                args = (piece, text, doc.annotations.mentions, lex, doc.doc_id, 2019, tagger, tagger.threshold)
                old, new, deferred = _code(_OldReader, *args), _code(coder._Reader, *args), _code(coder._Reader, *args, deferred=True)
                assert new[0] == old[0], piece.words  # the same triggers
                assert [e.as_dict(doc.doc_id) for e in new[1]] == [e.as_dict(doc.doc_id) for e in old[1]]
                assert new[2] == old[2], piece.words  # the same candidates, features in the same order
                assert deferred[2] == old[2], piece.words  # read late, still the same
                for cands in new[2]:
                    for c in cands:  # the role model's sum reads the same weights in the same order
                        for role in ("actor", "recipient"):
                            w = roles.weights[role]
                            z = roles.bias[role] + sum(w.get(f, 0.0) for f in c.features)
                            assert roles.probability(role, c.features) == 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                counts["sentences"] += 1
                counts["events"] += len(new[1])
                counts["candidates"] += sum(len(c) for c in new[2])
                counts["within"] += sum(any(f.startswith("src=within_") for f in c.features) for cs in new[2] for c in cs)
                counts["quoted"] += sum("quote=00" not in c.features for cs in new[2] for c in cs)
    # the comparison covered what it is about: many events, nested spans, quotations
    assert counts["events"] > 100 and counts["candidates"] > 1000 and counts["within"] > 80 and counts["quoted"] > 20, counts  # within: 95 on the 64-wide NLP model (session 21)
