#!/usr/bin/env python3
"""Checks each capture block (4-space indented) in the README's "What it looks like" against the
snapshots: run from the project root, `scripts/readme-captures.py`; exits 1 if a block is in no snapshot.
A block is fine when its lines appear, in order and contiguous, in some snapshot (trailing spaces
ignored)."""
import glob, re, sys
readme = open('README.md', encoding='utf-8').read()
start = readme.index('### What it looks like'); end = readme.index('\n### ', start + 10)
section = readme[start:end].split('\n')
blocks, cur = [], []
for line in section:
    if line.startswith('    '):
        cur.append(line[4:].rstrip())
    else:
        if cur: blocks.append(cur); cur = []
if cur: blocks.append(cur)
snaps = {}
for p in glob.glob('tests/snapshots/*.snap'):
    body = open(p, encoding='utf-8').read().split('---', 2)[-1]
    lines = [l.rstrip() for l in body.split('\n')]
    # insta snapshot of a buffer is a quoted debug string per line; strip leading quotes
    lines = [re.sub(r'^"(.*)"$', r'\1', l) for l in lines]
    snaps[p] = lines
bad = 0
for b in blocks:
    if len(b) < 3: continue
    found = None
    for p, lines in snaps.items():
        text = '\n'.join(lines)
        if '\n'.join(b) in text:
            found = p; break
    print(('ok   ' if found else 'DIFF ') + (found or '') + ' :: ' + b[0][:60])
    bad += not found
sys.exit(1 if bad else 0)
