#!/usr/bin/env python3
"""Select DEV Reuters-21578 documents whose quotes hold a number (quotes dev gold web-dev-reuters-q).

Walks weka-train-0760 .. weka-train-1487 of /work/pages/reuters21578/reuters.jsonl (ids no
other dev set used: web-dev-17 0001-0108, web-dev-18 0300-0415, web-prec-5 0700-0759,
web-dev-11 1488-1549; never a weka-test-* document) in id order and keeps a document when a
paragraph holds a pair of straight double quotes whose inside has a digit or a number word.
Each kept document is ONE passage: the title dropped (the record's guessed title, when the
text opens with it), a paragraph's wrapped lines joined with a space (a paragraph opens with an
indented line), paragraphs joined by "\\n\\n", &lt; &gt; &amp; read as < > &, the sign-off
"Reuter &#3;" dropped. Prints texts JSONL {"article", "country", "page", "text"}.
"""
import json, re, sys

NUMWORDS = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|mln|dozen|half|pct|percent)\b"

def body(rec):
    t = rec["text"]
    title = rec.get("title", "")
    if title and t.startswith(title):
        t = t[len(title):]
    t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    t = re.sub(r"\s*Reuter\s*&#3;\s*$", "", t)
    paras, cur = [], []
    for line in t.split("\n"):
        if line.startswith("    ") and cur:
            paras.append(" ".join(cur))
            cur = []
        s = line.strip()
        if s:
            cur.append(s)
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(p.strip() for p in paras if p.strip())

def quoted_number(text):
    for p in text.split("\n\n"):
        parts = p.split('"')
        for inside in parts[1::2]:
            if re.search(r"\d", inside) or re.search(NUMWORDS, inside, re.I):
                return True
    return False

def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    recs = {}
    for line in open("/work/pages/reuters21578/reuters.jsonl"):
        r = json.loads(line)
        recs[r["id"]] = r
    n = 0
    for i in range(760, 1488):
        rid = "weka-train-%04d" % i
        r = recs.get(rid)
        if r is None:
            continue
        b = body(r)
        if not quoted_number(b):
            continue
        print(json.dumps({"article": rid, "country": "", "page": "W:" + rid, "text": b}, ensure_ascii=False))
        n += 1
        if n >= limit:
            break

main()
