#!/usr/bin/env bash
# Batch benchmarks of `extract run` (see README, "Performance"):
#   scripts/bench.sh [N...]       N articles per synthetic dump (default: 10000)
#   scripts/bench.sh 10000 1000000   adds the 1M-article run (about 3 GB of text; long)
# For each N: generates a deterministic JSONL.gz dump (seed 1) from corpus/
# (`extract gen`'s default: about 2.6 KB of text an article, the size issue
# #19's goal is stated for), runs `extract run` into a
# new database under /usr/bin/time, and prints articles/s, MB/s of input and
# of article text, peak RSS, and the CPU profile's stage split.
# Then the Go benchmarks: pipeline stages, and HTML vs go-trafilatura (bench/).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${BENCH_DIR:-/tmp/extract-bench}
mkdir -p "$out"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000)

go build -o "$out/extract" ./cmd/extract
from=(--from corpus)

for n in "${sizes[@]}"; do
	dump="$out/dump-$n.jsonl.gz"
	[ -s "$dump" ] || "$out/extract" gen --seed 1 --n "$n" "${from[@]}" -o "$dump"
	db="$out/run-$n.db"
	rm -f "$db" "$db-wal" "$db-shm"
	echo "== extract run: $n articles ($(du -h "$dump" | cut -f1) gzipped, $(gzip -dc "$dump" | wc -c | awk '{printf "%.0f MB", $1/1e6}') of JSONL)"
	/usr/bin/time -v "$out/extract" run --db "$db" --top 0 --cpuprofile "$out/cpu-$n.prof" "$dump" \
		>"$out/run-$n.out" 2>"$out/run-$n.err" || { cat "$out/run-$n.err"; exit 1; }
	cat "$out/run-$n.out"
	grep -E 'Maximum resident set size' "$out/run-$n.err" | awk '{printf "peak RSS (time -v): %.0f MB\n", $NF/1024}'
	# CPU time does not depend on what else the machine runs: articles per
	# CPU-second, and what 2 idle cores would give.
	awk -v n="$n" '/User time/ {u=$NF} /System time/ {s=$NF} END {printf "CPU: %.1fs user+sys, %.0f articles per CPU-second (≈ %.0f articles/s on 2 idle cores)\n", u+s, n/(u+s), 2*n/(u+s)}' "$out/run-$n.err"
	scripts/stages.sh "$out/extract" "$out/cpu-$n.prof"
done

echo "== go test -bench (internal/pipeline): end to end, re-run, stages alone"
go test -run '^$' -bench . -benchtime 2x ./internal/pipeline/
if [ -d ../shared/eval/ingest-dev/html ]; then
	echo "== go test -bench (bench/): HTML, extract end to end vs go-trafilatura alone"
	(cd bench && GOFLAGS="${GOFLAGS:-} -mod=mod" go test -run '^$' -bench . -benchtime 3x)
fi
