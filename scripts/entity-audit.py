#!/usr/bin/env python3
"""Dev audit of source entities (internal/entity) on a database built by
`extract run` (scripts/entity-audit.sh builds one from dev text only).

entity-audit.py DB merges   -- every alias of an entity of two or more names,
                               with the rule that joined it (entity_aliases.rule,
                               "own" for the entity's name) and a sentence each
entity-audit.py DB cross N  -- N entities (seeded sample) of one name used in
                               two or more articles, two sentences each
entity-audit.py DB splits   -- candidate pairs of entities that may be one
entity-audit.py DB junk N   -- N entities (seeded sample), names only
"""
import os, random, re, sqlite3, sys
from collections import defaultdict

db = sqlite3.connect(sys.argv[1])
what = sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 150

def sentences(name, kind, k=1):
    rows = db.execute("""SELECT c.article_id, replace(cv.sentence, char(10), ' ')
        FROM claims_view cv JOIN claims c ON c.id = cv.claim_id JOIN sources s ON s.id = c.source_id
        WHERE s.name = ? AND s.kind = ? GROUP BY s.article_id ORDER BY s.article_id LIMIT ?""", (name, kind, k)).fetchall()
    return [f"{a[:28]}: {t[:160]}" for a, t in rows]

# the legal forms of the Go lexicon (lexicon.CompanyLegalForms), for the
# "splits" candidates: one list, read from its one row
ORGS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "internal", "extract", "lexicon", "orgs.go")
FORMS = re.search(r"const companyLegalForms = `([^`]*)`", open(ORGS).read()).group(1).split()
LEGAL = re.compile(r"[ ,]+(" + "|".join(sorted({re.escape(f.rstrip(".")) for f in FORMS}, key=len, reverse=True)) + r")\.?$")
CAPS = re.compile(r"^([A-Z][A-Z0-9]+ )+")  # a run of capitals before a name (splits: "caps-tail")

if "rule" not in [r[1] for r in db.execute("PRAGMA table_info(entity_aliases)")]:
    sys.exit(f"{sys.argv[1]}: entity_aliases has no rule column (schema < 17): open it with a current extract (run or load) first")

if what == "merges":
    for eid, ename in db.execute("SELECT id, name FROM entities WHERE aliases >= 2 ORDER BY name").fetchall():
        for alias, kind, src, rule in db.execute("SELECT alias, kind, sources, rule FROM entity_aliases WHERE entity_id = ? ORDER BY sources DESC", (eid,)):
            # the rule that joined the alias (entity.Alias.Rule), "own" for the entity's own name
            print(f"{ename}\t{alias}\t{kind}\t{rule or 'own'}\t{' | '.join(sentences(alias, kind))}")
elif what == "cross":
    ids = [r[0] for r in db.execute("SELECT id FROM entities WHERE sources >= 2 AND aliases = 1 ORDER BY id")]
    random.seed(20)
    for eid in sorted(random.sample(ids, min(n, len(ids)))):
        ename, kind, src = db.execute("SELECT name, kind, sources FROM entities WHERE id = ?", (eid,)).fetchone()
        alias, akind = db.execute("SELECT alias, kind FROM entity_aliases WHERE entity_id = ?", (eid,)).fetchone()
        print(f"{ename}\t{kind}\t{src}\t{' | '.join(sentences(alias, akind, 2))}")
elif what == "splits":
    ents = db.execute("SELECT id, name, kind FROM entities").fetchall()
    norm = lambda s: re.sub(r"[^a-z0-9 ]", "", s.lower().replace("-", " ").replace("/", " "))
    by = defaultdict(list)
    for eid, name, kind in ents:
        w = name.split()
        if kind == "person" and len(w) >= 2:
            by[("surname+first-variant", w[-1].lower(), w[0][:2].lower())].append(name)  # Steve/Stephen
        base = LEGAL.sub("", name)
        base = re.sub(r"^(U\.?S\.?|US|UK|British|American) ", "", base)
        base = re.sub(r" (Group|Holdings|Corporation|Company|Limited|Cos)$", "", base)
        by[("org-variant", norm(base))].append(name)
        by[("order", " ".join(sorted(norm(name).split())))].append(name)
        by[("caps-tail", norm(CAPS.sub("", name)))].append(name)
    seen = set()
    for k, v in sorted(by.items()):
        if len(set(v)) > 1 and tuple(sorted(set(v))) not in seen:
            seen.add(tuple(sorted(set(v))))
            print(f"{k[0]}\t" + " ; ".join(sorted(set(v))))
    # acronyms against organisations of those initials (any article)
    orgs = defaultdict(list)
    for eid, name, kind in ents:
        w = [x for x in name.split() if x[:1].isupper() and x.lower() not in ("of", "for", "and", "the")]
        if len(w) >= 2:
            orgs["".join(x[0] for x in w)].append(name)
    for eid, name, kind in ents:
        if re.fullmatch(r"[A-Z&]{2,6}", name) and orgs.get(name.replace("&", "")):
            print(f"acronym\t{name} ; " + " ; ".join(orgs[name.replace('&', '')]))
elif what == "junk":
    rows = db.execute("SELECT name, kind, sources FROM entities ORDER BY id").fetchall()
    random.seed(20)
    for name, kind, src in sorted(random.sample(rows, min(n, len(rows)))):
        print(f"{name}\t{kind}\t{src}")
