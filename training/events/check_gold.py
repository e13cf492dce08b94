#!/usr/bin/env python
"""Validate a gold-annotated PLOVER event set and print its coverage.

    python training/events/check_gold.py tests/fixtures/events/dev.jsonl [--no-targets]

One JSON object per line: {"id", "published", "outlet", "text", "events": [{"type",
"trigger", "actor", "recipient", "modality", "phenomena"}]}; every span is
{"start", "end", "text"} (Python offsets into "text"), actor/recipient spans add "actor_id".
The contract is /work/shared/spec/events.md (shared/spec/events.md).

Checks: spans match the text; types, modalities and phenomena are from the closed lists;
every non-null actor_id is an id of src/warta/data/actors/*.jsonl; no span touches a
boilerplate line ("Baca juga: ...", "Simak juga: ..."); a trigger lies inside one sentence;
ids are unique; "multi_event" is set exactly on events whose sentence has 2+ events and
"coordination" on events with 2+ actors or recipients. Then it prints the coverage counts
and (unless --no-targets) fails when a coverage target is missed.

Sentences: a non-boilerplate line is cut after . ! ? (plus closing quotes/brackets) followed
by whitespace or the line end; a trailing unterminated fragment (a headline) is one sentence.
A dateline ("JAKARTA, KOMPAS.com - ") belongs to the first sentence and is never an actor.

Annotation conventions used in the gold set (actor_id and event unit):
 1. Named actor -> its register id (longest alias); a country used as actor -> its alpha-3 id.
 2. Country forms (demonyms_forms.json): the form's target if any ("militer Israel" -> isr-idf,
    "polisi" of a country -> its police), else the country ("pemerintah Indonesia" -> idn,
    "warga Palestina" -> pse). Generic domestic "polisi"/"aparat kepolisian" -> idn-polri,
    "prajurit TNI" -> idn-tni. Other group nouns (warga, mahasiswa, buruh, massa) -> null
    unless they are the members of a named registered org ("kader PDIP" -> idn-pdip).
 3. Person with a role: the person's own id if registered ("Presiden Prabowo Subianto");
    else the org named in the span (inherits_org: "juru bicara Hizbullah" -> hizbullah,
    "Menlu AS" -> usa); else the role's default org in roles.json ("Kapolri" -> idn-polri,
    "Menlu Retno Marsudi" -> idn-kemlu, "Kapolda Papua" -> idn-polda-papua); else null.
    Regional offices built from regional_patterns.json (Polres X, Pemkab X, Bupati X) -> null,
    since those ids are not in the JSONL files. (The actors dev set keeps unnamed role
    persons null at mention level; here the event's acting organisation is what counts.)
 4. Pronoun/description actors ("mereka", "pihaknya", "kelompok itu") keep their own span and
    take the id of the named actor they refer to (null if that actor is not registered).
 5. Things owned by an actor (a consulate, a ship, an embassy, party attributes) as recipient
    -> the owner's id; places (after di/ke/dari, "Gaza", "Lebanon selatan") are not recipients.
 6. Symmetric types (AGREE, CONSULT, COOPERATE): coordinated subjects are all actors;
    a partner after "dengan"/object position is the recipient.
 7. Reported speech: the speaker of "X mengatakan Y menyerang Z" is not the actor; the
    embedded event is coded (tag reported_speech) and the speech act is coded only when it is
    itself an event (accuse, demand, deny, threaten, praise: tag speech_act). The content of a
    demand, threat or agreement and purpose clauses ("untuk membubarkan massa") are not coded;
    the condition of a threat or plan ("jika Israel menyerang ...") is coded as hypothetical.
    A denial codes REJECT plus the denied event with modality negated (when the denial only
    disputes the manner, "membantah menangkap ... secara sewenang-wenang", the event stays asserted).
 8. Nominal events are coded when they tell an event not already coded ("penangkapan tiga
    terduga teroris oleh Densus 88"); anaphoric nominals ("serangan itu"), topics ("isu
    penangkapan", "kasus penculikan", "dampak perang"), temporal anchors ("sejak perang pecah")
    and consequences without an agent ("14 orang tewas") are not. Naming a suspect,
    investigating, legislating and voting in elections are not PLOVER events (a state's vote
    for or against a resolution is SUPPORT / REJECT).
 9. Modality precedence: negated > hypothetical > future > historical > asserted.
    "diduga"/"dapat"/"jika" -> hypothetical; "akan"/"berjanji"/"dijadwalkan"/"siap" -> future.
10. Riot damage to property by protesters is PROTEST; violence against people is ASSAULT;
    tear gas / dispersal by police is COERCE (violent repression), shooting that kills is ASSAULT;
    missile tests and military drills are MOBILIZE; a summoned ambassador's "nota protes" is
    ACCUSE (not PROTEST); asylum and offers of aid are AID (offers: future).
11. A former office holder ("mantan Menteri ...") is not mapped to the office: null unless the
    person is registered.
"""
import argparse
import collections
import datetime
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ACTOR_DIR = REPO / "src" / "warta" / "data" / "actors"

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MODALITIES = ["asserted", "future", "hypothetical", "negated", "historical"]
PHENOMENA = ["passive", "oleh_agent", "nominal", "coordination", "multi_event", "reported_speech",
             "speech_act", "pronoun_actor", "description_actor", "negation", "denial",
             "modality_cue", "headline_caps", "quote"]

BOILER_RE = re.compile(r"^\s*(baca|simak|lihat|tonton)\s+(juga|pula)\s*:", re.I)
SENT_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s|$)")

TARGETS = {
    "sentences": 240, "no_event_share": 0.30, "per_type": 8,
    "future": 15, "hypothetical": 15, "negated": 15, "historical": 10,
    "passive": 30, "nominal": 25, "pronoun_or_description_actor": 20, "coordination": 20,
    "multi_event_sentences": 20, "reported_speech_sentences": 25,
}


def line_spans(text):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def boilerplate_spans(text):
    return [(s, e) for s, e, line in line_spans(text) if BOILER_RE.match(line)]


def sentence_spans(text):
    """(start, end) of each sentence outside boilerplate lines."""
    out = []
    for ls, le, line in line_spans(text):
        if BOILER_RE.match(line) or not line.strip():
            continue
        cur = 0
        for m in SENT_END.finditer(line):
            seg = line[cur:m.end()]
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                out.append((ls + cur + lead, ls + m.end()))
            cur = m.end()
        rest = line[cur:]
        if rest.strip():
            lead = len(rest) - len(rest.lstrip())
            out.append((ls + cur + lead, ls + len(line.rstrip())))
    return out


def load_actor_aliases(actor_dir=ACTOR_DIR):
    """{id: [(alias, case_sensitive)]} for every actor of the register."""
    out = {}
    for path in sorted(Path(actor_dir).glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                cs = set(rec.get("case_sensitive", []))
                out[rec["id"]] = [(a, a in cs) for a in rec.get("aliases", [])]
    return out


def named_before(text, pos, aliases, boiler):
    """True if one of the aliases occurs (as a word) in text[:pos] outside boilerplate."""
    for alias, cs in aliases:
        pat = re.compile(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", 0 if cs else re.I)
        for m in pat.finditer(text, 0, pos):
            if not any(bs <= m.start() < be for bs, be in boiler):
                return True
    return False


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path")
    ap.add_argument("--no-targets", action="store_true", help="check structure only")
    args = ap.parse_args(argv)

    aliases = load_actor_aliases()
    actor_ids = set(aliases)
    errors, warnings = [], []
    seen_ids = set()
    n_docs = n_sent = n_sent_noev = n_multi_sent = n_rs_sent = n_boiler = 0
    per_type = collections.Counter()
    per_mod = collections.Counter()
    per_ph = collections.Counter()
    n_events = n_pron_desc = n_pron_desc_resolved = n_pron_desc_earlier = 0
    outlets, years = collections.Counter(), collections.Counter()
    n_null_ids = n_ids = 0

    for ln, raw in enumerate(Path(args.path).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            doc = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"line {ln}: bad JSON: {exc}")
            continue
        n_docs += 1
        did = doc.get("id", f"line{ln}")
        for key in ("id", "published", "outlet", "text", "events"):
            if key not in doc:
                errors.append(f"{did}: missing {key}")
        if did in seen_ids:
            errors.append(f"{did}: duplicate id")
        seen_ids.add(did)
        try:
            pub = datetime.date.fromisoformat(doc.get("published", ""))
            if not 2019 <= pub.year <= 2025:
                errors.append(f"{did}: published {pub} outside 2019-2025")
            years[pub.year] += 1
        except ValueError:
            errors.append(f"{did}: bad published date {doc.get('published')!r}")
        outlets[doc.get("outlet")] += 1
        text = doc.get("text", "")
        boiler = boilerplate_spans(text)
        n_boiler += len(boiler)
        sents = sentence_spans(text)
        n_sent += len(sents)
        sent_events = collections.defaultdict(list)

        def check_span(sp, what, need_id=False):
            if not isinstance(sp, dict) or not {"start", "end", "text"} <= set(sp):
                errors.append(f"{did}: {what}: malformed span {sp!r}")
                return False
            s, e = sp["start"], sp["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{did}: {what}: bad offsets {s},{e}")
                return False
            if text[s:e] != sp["text"]:
                errors.append(f"{did}: {what}: text[{s}:{e}]={text[s:e]!r} != {sp['text']!r}")
                return False
            if sp["text"] != sp["text"].strip():
                errors.append(f"{did}: {what}: span has outer whitespace {sp['text']!r}")
            if any(s < be and bs < e for bs, be in boiler):
                errors.append(f"{did}: {what}: span {sp['text']!r} overlaps a boilerplate line")
            if need_id:
                if "actor_id" not in sp:
                    errors.append(f"{did}: {what}: no actor_id key")
                elif sp["actor_id"] is not None and sp["actor_id"] not in actor_ids:
                    errors.append(f"{did}: {what}: unknown actor_id {sp['actor_id']!r}")
            return True

        seen_ev = set()
        for i, ev in enumerate(doc.get("events", [])):
            tag = f"event {i} ({ev.get('type')} {ev.get('trigger', {}).get('text')!r})"
            n_events += 1
            if ev.get("type") not in TYPES:
                errors.append(f"{did}: {tag}: bad type")
            if ev.get("modality") not in MODALITIES:
                errors.append(f"{did}: {tag}: bad modality {ev.get('modality')!r}")
            phen = ev.get("phenomena", [])
            bad = [p for p in phen if p not in PHENOMENA]
            if bad:
                errors.append(f"{did}: {tag}: unknown phenomena {bad}")
            if len(set(phen)) != len(phen):
                errors.append(f"{did}: {tag}: repeated phenomena")
            trig = ev.get("trigger")
            if not check_span(trig, tag + " trigger"):
                continue
            key = (ev.get("type"), trig["start"], trig["end"])
            if key in seen_ev:
                errors.append(f"{did}: {tag}: duplicate event")
            seen_ev.add(key)
            inside = [k for k, (s, e) in enumerate(sents) if s <= trig["start"] and trig["end"] <= e]
            if len(inside) != 1:
                errors.append(f"{did}: {tag}: trigger not inside exactly one sentence")
                continue
            si = inside[0]
            sent_events[si].append(ev)
            ss, se = sents[si]
            for role in ("actor", "recipient"):
                spans = ev.get(role)
                if not isinstance(spans, list):
                    errors.append(f"{did}: {tag}: {role} must be a list")
                    continue
                for sp in spans:
                    if check_span(sp, f"{tag} {role}", need_id=True):
                        n_ids += 1
                        n_null_ids += sp["actor_id"] is None
                        if not (ss <= sp["start"] and sp["end"] <= se):
                            warnings.append(f"{did}: {tag}: {role} {sp['text']!r} outside the trigger's sentence")
                        if sp["start"] < trig["end"] and trig["start"] < sp["end"]:
                            warnings.append(f"{did}: {tag}: {role} overlaps the trigger")
            coord = len(ev.get("actor", [])) > 1 or len(ev.get("recipient", [])) > 1
            if coord and "coordination" not in phen:
                errors.append(f"{did}: {tag}: 2+ actors/recipients but no 'coordination'")
            per_type[ev.get("type")] += 1
            per_mod[ev.get("modality")] += 1
            for p in phen:
                per_ph[p] += 1
            if "pronoun_actor" in phen or "description_actor" in phen:
                n_pron_desc += 1
                ids = [a.get("actor_id") for a in ev.get("actor", []) if a.get("actor_id")]
                if ids:
                    n_pron_desc_resolved += 1
                    if any(named_before(text, ss, aliases.get(i, []), boiler) for i in ids):
                        n_pron_desc_earlier += 1
            if ev.get("modality") == "negated" and not ({"negation", "denial"} & set(phen)):
                warnings.append(f"{did}: {tag}: negated without 'negation'/'denial' tag")

        for si in range(len(sents)):
            evs = sent_events.get(si, [])
            if not evs:
                n_sent_noev += 1
            if len(evs) >= 2:
                n_multi_sent += 1
            if any("reported_speech" in e.get("phenomena", []) for e in evs):
                n_rs_sent += 1
            for ev in evs:
                has = "multi_event" in ev.get("phenomena", [])
                if has != (len(evs) >= 2):
                    errors.append(f"{did}: event {ev['trigger']['text']!r}: 'multi_event' "
                                  f"{'set' if has else 'missing'} but sentence has {len(evs)} event(s)")

    share = n_sent_noev / n_sent if n_sent else 0.0
    print(f"file: {args.path}")
    print(f"documents: {n_docs}   events: {n_events}   boilerplate lines: {n_boiler}")
    print(f"sentences: {n_sent}   no-event sentences: {n_sent_noev} ({share:.1%})   "
          f"sentences with 2+ events: {n_multi_sent}   reported-speech sentences: {n_rs_sent}")
    print(f"actor/recipient mentions: {n_ids} (null actor_id: {n_null_ids})")
    print("per type:      " + "  ".join(f"{t}={per_type[t]}" for t in TYPES))
    print("per modality:  " + "  ".join(f"{m}={per_mod[m]}" for m in MODALITIES))
    print("per phenomenon: " + "  ".join(f"{p}={per_ph[p]}" for p in PHENOMENA))
    print(f"pronoun/description actors: {n_pron_desc} (resolved to a register id: {n_pron_desc_resolved}; "
          f"that actor named by an alias in an earlier sentence: {n_pron_desc_earlier})")
    print("years: " + "  ".join(f"{y}={years[y]}" for y in sorted(years)))
    print(f"outlets: {len(outlets)} distinct")

    fails = []
    if not args.no_targets:
        checks = [("sentences", n_sent, TARGETS["sentences"]),
                  ("no_event_share", round(share, 4), TARGETS["no_event_share"])]
        checks += [(f"type {t}", per_type[t], TARGETS["per_type"]) for t in TYPES]
        checks += [(m, per_mod[m], TARGETS[m]) for m in ("future", "hypothetical", "negated", "historical")]
        checks += [("passive", per_ph["passive"], TARGETS["passive"]),
                   ("nominal", per_ph["nominal"], TARGETS["nominal"]),
                   ("pronoun_or_description_actor", n_pron_desc_earlier, TARGETS["pronoun_or_description_actor"]),
                   ("coordination", per_ph["coordination"], TARGETS["coordination"]),
                   ("multi_event_sentences", n_multi_sent, TARGETS["multi_event_sentences"]),
                   ("reported_speech_sentences", n_rs_sent, TARGETS["reported_speech_sentences"])]
        fails = [f"{name}: {got} < {want}" for name, got, want in checks if got < want]
        print("targets: " + ("all met" if not fails else "MISSED: " + "; ".join(fails)))

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    ok = not errors and not fails
    print("PASS" if ok else f"FAIL ({len(errors)} errors, {len(fails)} missed targets)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
