#!/usr/bin/env bash
# kindmodel-firstrun.sh [DIR] — dumps for the kind-model experiment's
# first-run comparison (internal/extract/quantity/kindmodel_test.go).
#
# Exports the trees of the three commits whose recognisers made the first
# runs of web-dev-17 (71c7957), web-dev-18 (dde3e00) and web-dev-19
# (1c2cb2b) with `git archive` (no worktree, nothing checked out), copies
# kindmodel_dump_test.go into each and has it write, for every sentence of
# this tree's dev quantity sets (never testdata/quantities/heldout), the
# mentions that recogniser reads: DIR/dump-COMMIT.jsonl (default DIR
# /tmp/kindmodel). Then:
#
#   KINDMODEL_FIRSTRUN=DIR go test ./internal/extract/quantity -run TestKindModelExperiment -v
set -euo pipefail
root=$(git rev-parse --show-toplevel)
dir=${1:-/tmp/kindmodel}
mkdir -p "$dir"
for c in 1ba14a8 d7f44f8 de936ac 333ac6c ec0999e 71c7957 dde3e00 1c2cb2b; do
	tree="$dir/tree-$c"
	rm -rf "$tree"
	mkdir -p "$tree"
	git -C "$root" archive "$c" | tar -x -C "$tree" --exclude='testdata/quantities/heldout'
	cp "$root/internal/extract/quantity/kindmodel_dump_test.go" "$tree/internal/extract/quantity/"
	(cd "$tree" && KINDMODEL_SETS="$root/testdata/quantities" KINDMODEL_DUMP="$dir/dump-$c.jsonl" \
		go test ./internal/extract/quantity -run TestKindModelDump -count=1)
	rm -rf "$tree"
done
ls -l "$dir"/dump-*.jsonl
