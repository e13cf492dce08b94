"""Markup helpers for the dev2-dev5 actor sets: register lookups and offset computation
(see their build.py; each set's lib.py sets PREFIX, the doc id prefix). dev2's lib.py sets
LATEST_ANTECEDENT = False: its author's older rule links an anaphor to the mention it names.

Texts carry marked mentions `[[surface|key]]`;
offsets are computed from the plain text. An anaphor spec `A(ref)` names any earlier mention
of the entity it refers to; the antecedent written to the file is the most recent earlier
mention of the same entity (registered actor: same actor_id, for countries also the same
sector; unregistered: the same chain), or `ref` itself when `ref` is a role mention that
merely contains the actor (`aid=` given and no earlier mention of that actor exists).
"""
import glob
import json
import re
from pathlib import Path

REG = {}
for f in glob.glob(str(Path(__file__).resolve().parents[2] / 'src' / 'warta' / 'data' / 'actors' / '*.jsonl')):
    for l in open(f, encoding='utf-8'):
        if l.strip():
            d = json.loads(l); REG[d['id']] = d
ROLES = {r['role'] for r in json.load(open(Path(__file__).resolve().parents[2] / 'src' / 'warta' / 'data' / 'actors' / 'roles.json', encoding='utf-8'))['roles']}


def R(aid, label=None, role=None, s=None):
    r = REG[aid]
    assert role is None or role in ROLES, role
    sec = s if s is not None else r['sector']
    if r['type'] != 'country' and s is not None and s != r['sector']:
        raise ValueError(f'sector override on {aid}')
    return dict(actor_id=aid, type=r['type'], country=r['country'], sector=sec, label=label, role=role)


def U(t, c, s, label=None, role=None, same=None):
    """Unregistered actor; `same` = key of an earlier mention of the same unregistered actor
    (a repeated name), so that later anaphors chain to the most recent one."""
    assert role is None or role in ROLES, role
    return dict(actor_id=None, type=t, country=c, sector=s, label=label, role=role, same=same)


def A(ref, aid='__copy__', s=None):
    return dict(anaphor=ref, aid=aid, s=s)


DOCS = []
PREFIX = 'actors-dev3-'
LATEST_ANTECEDENT = True  # dev2's author linked an anaphor to the mention it names, not the latest of that actor
MARK = re.compile(r'\[\[([^\]|]+)\|([A-Za-z0-9_]+)\]\]')


def _ent(m, key):
    if m['actor_id'] is None:
        return ('u', key)
    if m['type'] == 'country':
        return (m['actor_id'], m['sector'])
    return (m['actor_id'],)


def unmark(text):
    """The plain text and its marked mentions [(key, start, end, surface)]."""
    keys = []
    last = 0
    plain = ''
    for mt in MARK.finditer(text):
        plain += text[last:mt.start()]
        start = len(plain); plain += mt.group(1); end = len(plain)
        last = mt.end()
        keys.append((mt.group(2), start, end, mt.group(1)))
    plain += text[last:]
    assert '[[' not in plain and ']]' not in plain and '|' not in plain, plain
    return plain, keys


def D(text, **specs):
    ms, ents = [], []
    plain, keys = unmark(text)
    idx = {}
    used = set()
    for i, (k, s, e, t) in enumerate(keys):
        assert k not in idx, f'dup key {k}'
        idx[k] = i
        sp = specs[k]; used.add(k)
        if 'anaphor' in sp:
            ri = idx[sp['anaphor']]
            a = ms[ri]
            if sp['aid'] == '__copy__':
                m = dict(actor_id=a['actor_id'], type=a['type'], country=a['country'], sector=a['sector'])
                ent = ents[ri]
            else:
                r = REG[sp['aid']]
                m = dict(actor_id=sp['aid'], type=r['type'], country=r['country'], sector=sp['s'] or r['sector'])
                ent = _ent(m, None)
            same = [j for j in range(i) if ents[j] == ent] if LATEST_ANTECEDENT else []
            ante = same[-1] if same else ri
            if not same and LATEST_ANTECEDENT:
                assert ms[ri]['role'] is not None, f'{t}: antecedent {ms[ri]["text"]} is not the same actor and no role mention'
            m.update(label=None, role=None, antecedent=ante)
        else:
            m = {k2: sp[k2] for k2 in ('actor_id', 'type', 'country', 'sector', 'label', 'role')}
            m['antecedent'] = None
            ent = ents[idx[sp['same']]] if sp.get('same') else _ent(m, k)
        ents.append(ent)
        ms.append(dict(start=s, end=e, text=t, actor_id=m['actor_id'], type=m['type'], country=m['country'],
                       sector=m['sector'], label=m['label'], role=m['role'], antecedent=m['antecedent']))
    extra = set(specs) - used
    assert not extra, f'unused specs {extra} in {plain[:40]}'
    DOCS.append(dict(doc_id=f'{PREFIX}{len(DOCS)+1:03d}', text=plain, mentions=ms))


def write(path):
    write_docs(path, DOCS)


def write_docs(path, docs):
    with open(path, 'w', encoding='utf-8') as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    n = sum(len(d['mentions']) for d in docs); a = sum(1 for d in docs for m in d['mentions'] if m['antecedent'] is not None)
    print(len(docs), 'docs', n, 'mentions', a, 'anaphors')
