#!/bin/sh
# entity-audit.sh DB: builds a multi-article database from DEV text only
# for the source-entity audit (testdata/entity/README.md): Reuters-21578
# train documents (never weka-test-*), the dev Brown press samples (even
# ca/cb, all cc), the seeds, ingest-dev pages, WCXB dev pages, PolNeAR
# train texts and corpus/. Run from the repository root.
set -e
db=${1:-/tmp/entity-audit.db}
tmp=$(mktemp -d)
python3 -c '
import json, sys
for line in open("/work/pages/reuters21578/reuters.jsonl"):
    if not json.loads(line)["id"].startswith("weka-test-"):
        sys.stdout.write(line)' > "$tmp/reuters-train.jsonl"
mkdir "$tmp/brown"
for f in /work/pages/brown-press/text/c[ab]*.txt; do
	n=$(basename "$f" .txt | sed 's/^c[ab]0*//')
	[ $((n % 2)) -eq 0 ] && cp "$f" "$tmp/brown/"
done
cp /work/pages/brown-press/text/cc*.txt "$tmp/brown/"
go run ./cmd/extract run --db "$db" "$tmp/reuters-train.jsonl" "$tmp/brown" ../shared/corpus/seeds \
	../shared/eval/ingest-dev/html ../shared/eval/ingest-web/wcxb/html ../shared/eval/polnear/train/text corpus
rm -r "$tmp"
