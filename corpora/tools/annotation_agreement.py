#!/usr/bin/env python3
# usage: annotation_agreement.py A.jsonl B.jsonl [--lines] — agreement between two annotations of the same sentences, on eval entities'
# measures: cluster / city / amount F1 (B against A), and on amounts both marked (same text, else same value), the share
# with the same year/period, metric, kind, comparator, currency. Traditional subset beside. --lines prints disagreements.
import json, sys
A = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[1])}
B = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[2])}
def f1(tp, na, nb):
    p = tp / nb if nb else 1.0; r = tp / na if na else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0
def yp(a):
    return (a.get('year'), a.get('periodFrom'), a.get('periodTo'), a.get('period'))
def score(ids, show=False):
    c = [0, 0, 0]; ci = [0, 0, 0]; am = [0, 0, 0]
    same = {k: [0, 0] for k in ('year/period', 'metric', 'kind', 'comparator', 'currency')}
    for i in ids:
        a, b = A[i], B.get(i)
        if b is None: continue
        ca = set(x['name'] if isinstance(x, dict) else x for x in a.get('clusters', []))
        cb = set(x['name'] if isinstance(x, dict) else x for x in b.get('clusters', []))
        c[0] += len(ca & cb); c[1] += len(ca); c[2] += len(cb)
        ta, tb = set(a.get('cities', [])), set(b.get('cities', []))
        ci[0] += len(ta & tb); ci[1] += len(ta); ci[2] += len(tb)
        if show and (ca != cb or ta != tb): print(i, 'clusters', sorted(ca ^ cb), 'cities', sorted(ta ^ tb))
        bl = list(b.get('amounts', []))
        am[1] += len(a.get('amounts', [])); am[2] += len(bl)
        for x in a.get('amounts', []):
            m = next((y for y in bl if y.get('text') == x.get('text')), None) or \
                next((y for y in bl if y.get('value') == x.get('value') and y.get('value') is not None), None)
            if m is None: continue
            bl.remove(m); am[0] += 1
            for k, get in (('year/period', yp), ('metric', lambda z: z.get('metric')), ('kind', lambda z: z.get('kind')),
                           ('comparator', lambda z: z.get('comparator')), ('currency', lambda z: z.get('currency'))):
                s = get(x) == get(m); same[k][0] += s; same[k][1] += 1
                if show and not s: print(i, k, x.get('text'), get(x), '|', get(m))
    out = {'clusters F1': f1(*c), 'cities F1': f1(*ci), 'amounts F1': f1(*am)}
    out.update({k: v[0] / v[1] if v[1] else 1.0 for k, v in same.items()})
    return out, c, ci, am
show = '--lines' in sys.argv
ids = list(A)
trad = [i for i in ids if A[i].get('script') == 'traditional']
alls, c, ci, am = score(ids, show); tr = score(trad)[0]
print(f"{len(ids)} sentences ({len(trad)} traditional); clusters A/B/both {c[1]}/{c[2]}/{c[0]}; amounts A/B/both {am[1]}/{am[2]}/{am[0]}")
for k in alls: print(f"{k:14s} {alls[k]:.3f}  ({tr[k]:.3f})")
