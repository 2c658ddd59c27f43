#!/usr/bin/env bash
# Splits a CPU profile of `extract run --cpuprofile` by stage:
#   scripts/stages.sh BINARY PROFILE
# Each sample goes to the first stage found in its stack, in this order:
# analysis (the review app's analysis of each stored article), store
# (SQLite), ingest, tokenise (internal/extract/text: prose's segmenter and
# tokenizer, the tagger), quantities, subject, attribution, other extract code;
# the rest is the Go runtime (GC, scheduler), JSON, gzip and the pipeline.
set -euo pipefail
bin=$1 prof=$2
secs() { # focus ignore → seconds of samples
	go tool pprof -top -nodefraction=0 -edgefraction=0 -nodecount=1000000 \
		-focus="$1" ${2:+-ignore="$2"} "$bin" "$prof" 2>/dev/null |
		awk '/^Showing nodes accounting for/ { v=$5; sub(/,$/, "", v); if (v ~ /ms$/) { sub(/ms$/, "", v); v/=1000 } else if (v ~ /us$/) { sub(/us$/, "", v); v/=1e6 } else { sub(/s$/, "", v) } print v; found=1 } END { if (!found) print 0 }'
}
total=$(go tool pprof -top -nodecount=1 "$bin" "$prof" 2>/dev/null | awk '/Total samples/ { v=$(NF-1); if (v ~ /ms$/) { sub(/ms$/, "", v); v/=1000 } else { sub(/s$/, "", v) } print v }')
declare -a names=(analysis store ingest tokenise quantities subject attribution "other extract")
declare -a focus=('claims/sqlite\.(\(\*writer\)\.analyse|prepareAll)' 'modernc.org/sqlite|claims/sqlite' 'internal/ingest\.' 'jdkato/prose|neurosnap|extract/text\.' 'extract/quantity\.|extract\.(FindQuantities|.*[Qq]uantit|.*[Nn]umber)' 'attrib\.SubjectEvent|extract\.(subjectEvent|.*[Ss]ubject)' 'extract/attrib\.|extract\.(attribute|\(\*attributor\)|.*[Aa]ttribut|.*[Ss]peaker|.*[Cc]ue)' 'internal/extract[./]')
ignore=""
sum=0
printf "CPU profile stage split (%.1fs of samples):\n" "$total"
for i in "${!names[@]}"; do
	s=$(secs "${focus[$i]}" "$ignore")
	sum=$(awk -v a="$sum" -v b="$s" 'BEGIN{print a+b}')
	awk -v n="${names[$i]}" -v s="$s" -v t="$total" 'BEGIN{printf "  %-14s %6.2fs %5.1f%%\n", n, s, 100*s/t}'
	ignore="${ignore:+$ignore|}${focus[$i]}"
done
awk -v s="$sum" -v t="$total" 'BEGIN{printf "  %-14s %6.2fs %5.1f%%\n", "runtime/other", t-s, 100*(t-s)/t}'
