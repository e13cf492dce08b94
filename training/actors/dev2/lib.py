"""Helpers for the dev2 source: register lookups and offset computation (see build.py);
REG, unmark() and write_docs() come from training/actors/markup.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from markup import REG, unmark, write_docs  # noqa: E402

def R(aid, label=None, role=None, s=None):
    r = REG[aid]
    sec = s if s is not None else r['sector']
    if r['type'] != 'country' and s is not None and s != r['sector']:
        raise ValueError(f'sector override on {aid}')
    return dict(actor_id=aid, type=r['type'], country=r['country'], sector=sec, label=label, role=role, ante=None)

def U(t, c, s, label=None, role=None):
    return dict(actor_id=None, type=t, country=c, sector=s, label=label, role=role, ante=None)

def A(ref, aid='__copy__', s=None):
    return dict(anaphor=ref, aid=aid, s=s)

DOCS = []

def D(text, **specs):
    ms = []
    plain, keys = unmark(text)
    idx = {}
    used = set()
    for i, (k, s, e, t) in enumerate(keys):
        assert k not in idx, f'dup key {k}'
        idx[k] = i
        sp = specs[k]; used.add(k)
        if 'anaphor' in sp:
            a = ms[idx[sp['anaphor']]]
            if sp['aid'] == '__copy__':
                m = dict(actor_id=a['actor_id'], type=a['type'], country=a['country'], sector=a['sector'])
            elif sp['aid'] is None:
                raise ValueError
            else:
                r = REG[sp['aid']]
                m = dict(actor_id=sp['aid'], type=r['type'], country=r['country'], sector=sp['s'] or r['sector'])
            m.update(label=None, role=None, antecedent=idx[sp['anaphor']])
        else:
            m = {k2: sp[k2] for k2 in ('actor_id', 'type', 'country', 'sector', 'label', 'role')}
            m['antecedent'] = None
        ms.append(dict(start=s, end=e, text=t, actor_id=m['actor_id'], type=m['type'], country=m['country'],
                       sector=m['sector'], label=m['label'], role=m['role'], antecedent=m['antecedent']))
    extra = set(specs) - used
    assert not extra, f'unused specs {extra} in {plain[:40]}'
    DOCS.append(dict(doc_id=f'actors-dev2-{len(DOCS)+1:03d}', text=plain, mentions=ms))

def write(path):
    write_docs(path, DOCS)
