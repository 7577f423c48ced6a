#!/usr/bin/env python3
"""Attributes a wasm's code bytes to crates via its name section (build it with wasm-opt -g)."""
import re, sys, collections

def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i

def sections(b):
    i = 8
    while i < len(b):
        sid = b[i]; i += 1
        n, i = leb(b, i)
        yield sid, b[i:i + n]; i += n

def crate_of(name):
    n = name
    m = re.match(r'_ZN((?:\d+.+?)+)E$', n) or re.match(r'_ZN(.*)', n)
    if m:
        parts, s = [], m.group(1)
        while s and s[0].isdigit():
            k = re.match(r'(\d+)', s).group(1); L = int(k); parts.append(s[len(k):len(k) + L]); s = s[len(k) + L:]
        n = '::'.join(parts)
        n = n.replace('$LT$', '<').replace('$GT$', '>').replace('$u20$', ' ').replace('..', '::').replace('$RF$', '&').replace('$C$', ',')
    n = n.lstrip('_<&').replace('impl ', '').lstrip('<&')
    c = re.split(r'[:<> ,(]', n)[0] or name
    return c

b = open(sys.argv[1], 'rb').read()
nimp = 0; bodies = []; names = {}; data = 0; other = collections.Counter()
for sid, s in sections(b):
    if sid == 2:
        cnt, i = leb(s, 0)
        for _ in range(cnt):
            l, i = leb(s, i); i += l; l, i = leb(s, i); i += l
            kind = s[i]; i += 1
            if kind == 0: _, i = leb(s, i); nimp += 1
            elif kind == 1: i += 1; f, i = leb(s, i); _, i = leb(s, i); i = (leb(s, i)[1] if f & 1 else i)
            elif kind == 2: f, i = leb(s, i); _, i = leb(s, i); i = (leb(s, i)[1] if f & 1 else i)
            elif kind == 3: i += 2
            else: _, i = leb(s, i); i += 0
    elif sid == 10:
        cnt, i = leb(s, 0)
        for _ in range(cnt):
            l, j = leb(s, i); bodies.append(j - i + l); i = j + l
    elif sid == 11:
        data = len(s)
    elif sid == 0:
        l, i = leb(s, 0); nm = s[i:i + l].decode(); i += l
        if nm == 'name':
            while i < len(s):
                sub = s[i]; i += 1; sl, i = leb(s, i); e = i + sl
                if sub == 1:
                    cnt, j = leb(s, i)
                    for _ in range(cnt):
                        idx, j = leb(s, j); l, j = leb(s, j); names[idx] = s[j:j + l].decode('utf-8', 'replace'); j += l
                i = e
        else:
            other['custom:' + nm] += len(s)
    else:
        other['section %d' % sid] += len(s)
by = collections.Counter()
for k, sz in enumerate(bodies):
    by[crate_of(names.get(nimp + k, '?'))] += sz
code = sum(bodies)
print(f"{sys.argv[1]}: code {code/1024:.1f} KB in {len(bodies)} functions, data {data/1024:.1f} KB")
for c, sz in by.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 20):
    print(f"  {c:40s} {sz/1024:7.1f} KB")
