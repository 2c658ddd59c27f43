#!/usr/bin/env python3
# web-dev-12 selection: from each assigned DEV Brown sample (ca24..ca44 even,
# cb14..cb26 even, cc02..cc16 even), the window of consecutive paragraphs
# (blank-line blocks, kept verbatim, joined by "\n\n") of at most 1,000
# characters holding the most number tokens (a token with a digit, or one of
# the number words below); ties: the earliest. Press reportage (ca) gives
# two windows (the second the best one not overlapping the first), cb and cc
# one. A window of one paragraph longer than 1,000 characters is allowed
# when it is the paragraph alone.
import json, re, sys
D = "/work/pages/brown-press/text/"
names = ["ca%02d" % i for i in range(24, 45, 2)] + ["cb%02d" % i for i in range(14, 27, 2)] + ["cc%02d" % i for i in range(2, 17, 2)]
W = set("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen half percent".split())
def score(p):
    return sum(1 for t in re.findall(r"[A-Za-z0-9$.,%-]+", p) if re.search(r"\d", t) or t.lower().strip(".,-") in W)
out = []
for n in names:
    paras = [p for p in open(D + n + ".txt").read().split("\n\n") if p.strip()]
    k = 2 if n.startswith("ca") else 1
    taken = []
    for _ in range(k):
        best = None
        for i in range(len(paras)):
            L = 0
            for j in range(i, len(paras)):
                L = sum(len(p) for p in paras[i:j+1]) + 2 * (j - i)
                if L > 1000 and j > i: break
                if any(not (j < a or i > b) for a, b in taken): break
                s = score("\n\n".join(paras[i:j+1]))
                if best is None or s > best[0]: best = (s, i, j)
                if L > 1000: break
        taken.append(best[1:])
    for i, j in sorted(taken):
        out.append({"article": "b-%s-p%d" % (n, i), "page": "B:%s" % n, "url": "", "text": "\n\n".join(paras[i:j+1])})
for o in out: print(json.dumps(o, ensure_ascii=False))
