#!/usr/bin/env bash
# Pools the DEV claim golds of testdata/claims into one database and scores
# them together: scripts/devclaims.sh [EVAL FLAGS...], e.g.
#   scripts/devclaims.sh --by-rule
#   scripts/devclaims.sh --rule-errors according-to
# Dev sets only: web-dev-1..13, articles-dev-1..6, ingest-dev 1..3,
# polnear-dev and polnear-train. The held-out golds (web-blind-*,
# polnear-dev-2, ingest-dev-4) are never read. Texts come from the repo
# (*.texts.jsonl) and ../shared/eval (WCXB bodies, trafilatura HTML,
# ingest-dev bodies, PolNeAR texts); a set whose texts are absent is skipped.
# Each article's id is its set's name, "--" and its file. Work files go to $DEVCLAIMS_DIR (default: a new temporary directory).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=$repo/../shared/eval
work=${DEVCLAIMS_DIR:-$(mktemp -d)}
rm -rf "$work/texts"
mkdir -p "$work/texts"
bin=$work/extract
(cd "$repo" && go build -o "$bin" ./cmd/extract)
gold=$work/dev.gold.jsonl
: >"$gold"
python3 - "$repo" "$shared" "$work/texts" "$gold" <<'EOF'
import json, os, shutil, sys
repo, shared, out, gold = sys.argv[1:]
claims = os.path.join(repo, "testdata/claims")
def golds(name):
    with open(os.path.join(claims, name + ".gold.jsonl")) as f:
        return [json.loads(l) for l in f if l.strip()]
def body_map(path):
    with open(path) as f:
        return {k: v["articleBody"] for k, v in json.load(f).items()}
sets = []
for n in ["web-dev-%d" % i for i in range(3, 14)] + ["articles-dev-%d" % i for i in range(1, 7)]:
    with open(os.path.join(claims, n + ".texts.jsonl")) as f:
        texts = {p["article"]: p["text"] for p in map(json.loads, filter(str.strip, f))}
    sets.append((n, lambda file, t=texts: t.get(file[:-4] if file.endswith(".txt") else file)))
wcxb = os.path.join(shared, "ingest-web/wcxb/ground-truth.json")
if os.path.exists(wcxb):
    b = body_map(wcxb)
    sets.append(("web-dev-1", lambda file, b=b: b.get(file[:-4])))
traf = os.path.join(shared, "ingest-web/trafilatura/html")
if os.path.isdir(traf):
    sets.append(("web-dev-2", lambda file: ("copy", os.path.join(traf, file))))
ing = os.path.join(shared, "ingest-dev/ground-truth.json")
if os.path.exists(ing):
    b = body_map(ing)
    for n in ["ingest-dev", "ingest-dev-2", "ingest-dev-3"]:
        sets.append((n, lambda file, b=b: b.get(file[:-4])))
for n, split in [("polnear-dev", "dev"), ("polnear-train", "train")]:
    d = os.path.join(shared, "polnear", split, "text")
    if os.path.isdir(d):
        sets.append((n, lambda file, d=d: ("copy", os.path.join(d, file))))
with open(gold, "w") as g:
    for n, text in sets:
        for a in golds(n):
            t = text(a["file"])
            a["file"] = n + "--" + a["file"]  # ids differ across sets
            dst = os.path.join(out, a["file"])
            if isinstance(t, tuple):
                shutil.copyfile(t[1], dst)
            elif t is None:
                sys.exit("%s: no text for %s" % (n, a["file"]))
            else:
                with open(dst, "w") as f:
                    f.write(t)
            g.write(json.dumps(a) + "\n")
        print("%-15s %3d articles" % (n, len(golds(n))), file=sys.stderr)
EOF
rm -f "$work/dev.db"
"$bin" run --db "$work/dev.db" "$work"/texts/* >/dev/null
"$bin" eval --db "$work/dev.db" --gold "$gold" "$@"
