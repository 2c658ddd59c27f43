#!/usr/bin/env bash
# Tests the Beam pipeline (its own module: the main module does not depend on
# Beam). Runs the pipeline on the in-process prism runner over a small dump
# and checks that `extract load` of its shards equals `extract run`.
# A cold build downloads and compiles ~300 modules (minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")"
# -mod=mod: the main module (replace ../) may have gained dependencies since
# go.sum here was written; let go add their sums.
export GOFLAGS="${GOFLAGS:-} -mod=mod"
echo "== beam: go vet"
go vet .
echo "== beam: go test (prism runner)"
go test -count=1 -v .
