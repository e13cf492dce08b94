"""Map legacy UD 2.1 GSD annotation towards the current (2021+) GSD conventions.

The current GSD train file is not available, but current and legacy *dev* files contain the
same sentences. From those dev pairs (never from test) we learn:
- UPOS rules keyed on (lower-cased form, legacy UPOS), e.g. akan/ADV -> AUX;
- relation rules keyed on (form, legacy UPOS, legacy relation), backed off to
  (legacy UPOS, legacy relation, head's UPOS), e.g. PROPN flat under a NOUN -> nmod.
A rule is kept when it was seen at least ``min_count`` times and the current label wins in at
least ``min_share`` of them. Heads are not changed.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from warta.nlp import corpora as C


def learn_rules(legacy: list[C.UDSentence], current: list[C.UDSentence], min_count: int = 3, min_share: float = 0.7):
    cur = {C.norm_text(s.text): s for s in current}
    up: dict = defaultdict(Counter)
    dep_lex: dict = defaultdict(Counter)
    dep_str: dict = defaultdict(Counter)
    pairs = 0
    for l in legacy:
        c = cur.get(C.norm_text(l.text))
        if c is None or c.words != l.words:
            continue
        pairs += 1
        for i, w in enumerate(l.words):
            lw = w.lower()
            up[(lw, l.upos[i])][c.upos[i]] += 1
            if l.heads[i] == c.heads[i]:
                hu = l.upos[l.heads[i]] if l.heads[i] != i else "ROOT"
                dep_lex[(lw, l.upos[i], l.deps[i])][c.deps[i]] += 1
                dep_str[(l.upos[i], l.deps[i], hu)][c.deps[i]] += 1

    def pick(table, identity):
        rules = {}
        for k, cnt in table.items():
            lab, n = cnt.most_common(1)[0]
            tot = sum(cnt.values())
            if tot >= min_count and n / tot >= min_share and lab != identity(k):
                rules[k] = lab
        return rules

    return {
        "pairs": pairs,
        "upos": pick(up, lambda k: k[1]),
        "dep_lex": pick(dep_lex, lambda k: k[2]),
        "dep_str": pick(dep_str, lambda k: k[1]),
    }


def apply_rules(s: C.UDSentence, rules: dict) -> C.UDSentence:
    upos = list(s.upos)
    deps = list(s.deps)
    for i, w in enumerate(s.words):
        lw = w.lower()
        hu = s.upos[s.heads[i]] if s.heads[i] != i else "ROOT"
        upos[i] = rules["upos"].get((lw, s.upos[i]), s.upos[i])
        d = rules["dep_lex"].get((lw, s.upos[i], s.deps[i]))
        if d is None:
            d = rules["dep_str"].get((s.upos[i], s.deps[i], hu), s.deps[i])
        deps[i] = d
    return C.UDSentence(s.sent_id, s.text, s.words, s.spaces, upos, s.heads, deps, s.n_mwt)
