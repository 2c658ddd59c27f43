#!/usr/bin/env bash
# check-identical.sh BASELINE_DIR — export everything the extractor produces
# and compare it byte for byte with BASELINE_DIR.
#
# The first run (BASELINE_DIR missing or empty) writes the baseline; later runs
# write into a temporary directory and diff it against the baseline, printing
# one line per differing file (and the diff's first lines); exit 1 on any
# difference. Use it before and after a refactoring that must not change
# output:
#
#   scripts/check-identical.sh /tmp/baseline     # on the old commit
#   scripts/check-identical.sh /tmp/baseline     # on the new one: must say "identical"
#
# Exported: `extract quantities --lines` over testdata/quantities/*.txt (not the
# held-out web-blind*.txt, whose readings a diff would show) and the
# texts of ../shared/eval/quantity-suites/dev.jsonl (one per line), and
# `extract run` + `export --what articles|claims|quantities` over corpus/,
# ../shared/eval/polnear/{train,dev}/text, ../shared/eval/ingest-dev/{html,text}
# and ../shared/eval/ingest-web (the sets under ../shared are skipped when
# absent). SETS="corpus polnear-dev" limits the run to some sets.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: scripts/check-identical.sh BASELINE_DIR}
shared=../shared/eval

mode=check
if [ ! -d "$base" ] || [ -z "$(ls -A "$base" 2>/dev/null)" ]; then
	mode=write
	mkdir -p "$base"
	out=$(cd "$base" && pwd)
else
	out=$(mktemp -d)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/extract" ./cmd/extract
x="$tmp/extract"

declare -A runs=(
	[corpus]=corpus
	[polnear-train]=$shared/polnear/train/text
	[polnear-dev]=$shared/polnear/dev/text
	[ingest-dev-html]=$shared/ingest-dev/html
	[ingest-dev-text]=$shared/ingest-dev/text
	[ingest-web]=$shared/ingest-web
)
sets=${SETS:-quantities quantity-suites corpus polnear-train polnear-dev ingest-dev-html ingest-dev-text ingest-web}

for s in $sets; do
	case $s in
	quantities)
		for f in testdata/quantities/*.txt; do
			case $(basename "$f") in web-blind*) continue ;; esac # held out: a diff would show its readings
			"$x" quantities --lines "$f" >"$out/quantities-$(basename "$f" .txt).jsonl"
		done
		;;
	quantity-suites)
		[ -f "$shared/quantity-suites/dev.jsonl" ] || { echo "skip $s (absent)"; continue; }
		jq -r '.text | gsub("\n"; " ")' "$shared/quantity-suites/dev.jsonl" >"$tmp/suites.txt"
		# run from $tmp so that the ids (hashed from FILE:LINE) do not depend on its path
		(cd "$tmp" && "$x" quantities --lines suites.txt) >"$out/quantity-suites-dev.jsonl"
		;;
	*)
		dir=${runs[$s]:-}
		[ -n "$dir" ] || { echo "unknown set $s" >&2; exit 2; }
		[ -d "$dir" ] || { echo "skip $s (absent)"; continue; }
		db="$tmp/$s.db"
		"$x" run --db "$db" --top 0 "$dir" >/dev/null 2>"$tmp/$s.err" || true
		for w in articles claims quantities; do
			"$x" export --db "$db" --what $w >"$out/$s-$w.jsonl"
		done
		rm -f "$db" "$db"-*
		;;
	esac
	echo "exported $s"
done

if [ $mode = write ]; then
	echo "baseline written to $out"
	exit 0
fi
status=0
for f in "$out"/*; do
	b="$base/$(basename "$f")"
	if [ ! -f "$b" ]; then
		echo "NEW  $(basename "$f") (not in baseline)"
	elif ! cmp -s "$f" "$b"; then
		echo "DIFF $(basename "$f"): $(diff "$b" "$f" | grep -c '^[<>]') lines"
		diff "$b" "$f" | head -"${DIFFLINES:-6}" | cut -c1-300 || true
		status=1
	fi
done
if [ -z "${SETS:-}" ]; then
	for b in "$base"/*; do
		[ -f "$out/$(basename "$b")" ] || echo "GONE $(basename "$b") (in the baseline, not exported now)"
	done
fi
if [ $status = 0 ]; then
	echo "identical: $(ls "$out" | wc -l) files in $out match $base"
else
	echo "differences kept in $out"
fi
exit $status
