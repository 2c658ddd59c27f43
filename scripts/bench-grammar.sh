#!/usr/bin/env bash
# bench-grammar.sh OLD_TEST_BINARY [PAIRS] — CPU time of the number grammar
# (BenchmarkFindQuantities, 3000 iterations) and of whole extraction
# (BenchmarkExtract, 150 iterations) of this tree against an older test
# binary of internal/extract (built with `go test -c ./internal/extract` on
# an older commit; before the package split it holds both benchmarks).
#
# Runs are interleaved, old then new, PAIRS times (default 5); each line is
# one run's user+sys CPU seconds (/usr/bin/time), and the minimum of each
# side closes each benchmark: CPU time, not wall time, because the machine
# is shared. Both benchmarks read corpus/ (the sentences of every article).
#
# After the split, FindQuantities lives in internal/extract/quantity: give
# that older test binary as OLD_QUANTITY (it runs in that directory).
#
#   scripts/bench-grammar.sh /tmp/extract-before.test
#   BENCHES=FindQuantities scripts/bench-grammar.sh OLD.test 8
#   OLD_QUANTITY=old-quantity.test scripts/bench-grammar.sh old-extract.test
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "${1:?usage: scripts/bench-grammar.sh OLD_TEST_BINARY [PAIRS]}")
pairs=${2:-5}
benches=${BENCHES:-FindQuantities Extract}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go test -c -o "$tmp/quantity.test" ./internal/extract/quantity
go test -c -o "$tmp/extract.test" ./internal/extract
root=$(pwd)

# cpu DIR BINARY BENCH N: user+sys seconds of one benchmark run
cpu() {
	(cd "$1" && /usr/bin/time -f '%U %S' -o "$tmp/time" "$2" -test.run '^$' \
		-test.bench "Benchmark$3\$" -test.benchtime "$4x" >"$tmp/out") ||
		{ cat "$tmp/out" >&2; exit 1; }
	grep -q "^Benchmark$3" "$tmp/out" || { echo "no Benchmark$3 in $2" >&2; exit 1; }
	awk '{printf "%.2f", $1+$2}' "$tmp/time"
}

for b in $benches; do
	case $b in
	FindQuantities)
		n=3000 newdir=internal/extract/quantity new=$tmp/quantity.test
		oldbin=$old olddir=internal/extract
		if [ -n "${OLD_QUANTITY:-}" ]; then
			oldbin=$(realpath "$OLD_QUANTITY") olddir=internal/extract/quantity
		fi
		;;
	Extract) n=150 newdir=internal/extract new=$tmp/extract.test oldbin=$old olddir=internal/extract ;;
	*) echo "unknown benchmark $b" >&2; exit 2 ;;
	esac
	olds=() news=()
	for i in $(seq "$pairs"); do
		o=$(cpu "$root/$olddir" "$oldbin" "$b" "$n")
		w=$(cpu "$root/$newdir" "$new" "$b" "$n")
		olds+=("$o") news+=("$w")
		echo "$b x$n pair $i: old $o s  new $w s"
	done
	mo=$(printf '%s\n' "${olds[@]}" | sort -n | head -1)
	mn=$(printf '%s\n' "${news[@]}" | sort -n | head -1)
	awk -v b="$b" -v n="$n" -v o="$mo" -v w="$mn" \
		'BEGIN {printf "%s x%d min CPU: old %.2f s  new %.2f s  (%+.1f%%)\n", b, n, o, w, 100*(w-o)/o}'
done
