#!/usr/bin/env bash
# Review-app benchmark: page timings and sizes of `extract serve` on an
# N-article synthetic database, the review export with R reviews, and serve's
# memory while `extract run` writes and C clients browse and review.
#
#   scripts/serve-bench.sh                 # 10k articles
#   scripts/serve-bench.sh 100000          # 100k articles (the run takes ~10 min on 2 idle cores)
#   DB=/tmp/x.db scripts/serve-bench.sh    # reuse a database made by an earlier run
#
# Environment: REVIEWS (40000) reviews seeded for the export timing (needs the
# sqlite3 CLI; skipped without it), CLIENTS (50), DURATION (60s) and
# REQUESTS (100000) for the load, EXTRA (5000) articles `extract run` adds
# during it. Everything runs on 127.0.0.1 and stops by itself; files go to a
# new temporary directory (kept, its path is printed).
set -euo pipefail
N=${1:-10000}
REVIEWS=${REVIEWS:-40000}
CLIENTS=${CLIENTS:-50}
DURATION=${DURATION:-60s}
REQUESTS=${REQUESTS:-100000}
EXTRA=${EXTRA:-5000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TMP=$(mktemp -d)
echo "serve-bench: $N articles, work dir $TMP"
cd "$ROOT"
go build -o "$TMP/extract" ./cmd/extract
go build -o "$TMP/loadgen" ./scripts/loadgen
X="$TMP/extract"

DB=${DB:-}
if [ -z "$DB" ]; then
	DB="$TMP/claims.db"
	"$X" gen --seed 1 --n "$N" --from corpus -o "$TMP/dump.jsonl.gz"
	/usr/bin/time -f "run: %e s, peak RSS %M KB" "$X" run --db "$DB" --top 0 "$TMP/dump.jsonl.gz" 2>&1 | tail -2
fi
# new ids each time, so that a reused database gets new articles
"$X" gen --seed 2 --n "$EXTRA" --start $((20000000 + $(date +%s) % 100000 * 100)) --from corpus -o "$TMP/extra.jsonl.gz" 2>/dev/null

if command -v sqlite3 >/dev/null && [ "$REVIEWS" -gt 0 ]; then
	have=$(sqlite3 "$DB" "SELECT count(*) FROM reviews")
	if [ "$have" -lt "$REVIEWS" ]; then
		sqlite3 "$DB" ".timeout 10000" "INSERT INTO reviews(claim_id, original_claim_id, article_id, quantity, quantity_start, sentence, status, note, reviewer)
			SELECT q.id, q.id, q.article_id, q.text, q.start,
				CAST(substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_end - q.sentence_start) AS TEXT),
				CASE abs(random()) % 3 WHEN 0 THEN 'verified' WHEN 1 THEN 'disputed' ELSE 'needs_check' END,
				'seeded', 'bench' FROM claims c JOIN quantities q ON q.id = c.id JOIN articles a ON a.id = q.article_id
			WHERE c.id NOT IN (SELECT claim_id FROM reviews) ORDER BY c.rowid LIMIT $((REVIEWS - have))"
	fi
	echo "reviews: $(sqlite3 "$DB" "SELECT count(*) FROM reviews")"
	for f in csv claimreview; do
		/usr/bin/time -f "export reviews $f: %e s, peak RSS %M KB" "$X" export --db "$DB" --what reviews --format $f 2>&1 >"$TMP/reviews.$f" | tail -1
	done
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
"$X" serve --db "$DB" --addr "127.0.0.1:$PORT" 2>"$TMP/serve.log" &
SERVE=$!
RUN=
cleanup() {
	[ -n "$RUN" ] && kill "$RUN" 2>/dev/null || true
	kill "$SERVE" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 100); do curl -s -o /dev/null "$URL/static/app.css" && break; sleep 0.2; done

# serve pairs new articles with their near-duplicates (and analyses a
# database from before the analysis tables), then puts their figures in
# stories, in the background: wait for it
t0=$(date +%s)
for _ in $(seq 1 3600); do
	page=$(curl -s "$URL/")
	case "$page" in *"being paired"* | *"being analysed"*) sleep 1; continue ;; esac
	page=$(curl -s "$URL/compare")
	case "$page" in *"being put in stories"*) sleep 1 ;; *) break ;; esac
done
echo "serve's background analysis: done after $(( $(date +%s) - t0 )) s"

rss() { awk '/^VmRSS/ {print $2}' "/proc/$SERVE/status"; }
hwm() { awk '/^VmHWM/ {print $2}' "/proc/$SERVE/status"; }

echo
echo "pages (best of 3, one client; ms is curl's time to the last byte on loopback):"
first=$(curl -s "$URL/" | grep -o 'href="/claim/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
story=$(curl -s "$URL/compare" | grep -o 'href="/compare?s=[0-9]*' | head -1 | sed 's/href="//')
group=$(curl -s "$URL/compare" | grep -o 'href="/compare?g=[0-9]*' | head -1 | sed 's/href="//')
article=$(curl -s "$URL/" | grep -o 'href="/?article=[^"&]*' | head -1 | sed 's/href="//')
printf "%-40s %9s %9s\n" page ms KB
for p in "/" "/?page=2" "/?page=200" "/?sort=value&dir=desc" "/?sort=date&dir=desc" "/?status=verified" "/?status=unreviewed" \
	"/?q=people" "/?unit=percent" "/?source=police" "/?copies=all" "/?attributed=1&sort=date" "$article" "$first" "$first?in=sort%3Ddate" \
	"/compare" "/compare?page=2" "/compare?page=50" "/compare?q=people" "/compare?q=killed&unit=count" "/compare?from=2024-01-01&to=2024-12-31" \
	"/compare?local=1" "$story" "$story&page=2" "$group" "$group&page=3" \
	"/duplicates" "/duplicates?page=20&spage=5" "/export/reviews.csv"; do
	[ -z "$p" ] && continue
	best=
	for _ in 1 2 3; do
		r=$(curl -s -o /dev/null -w '%{time_total} %{size_download} %{http_code}' "$URL$p")
		t=$(echo "$r" | awk '{printf "%.1f", $1 * 1000}')
		if [ -z "$best" ] || awk "BEGIN{exit !($t < ${best%% *})}"; then best="$t $(echo "$r" | awk '{printf "%.1f %s", $2 / 1024, $3}')"; fi
	done
	set -- $best
	printf "%-40s %9s %9s %s\n" "$p" "$1" "$2" "$([ "$3" = 200 ] || echo "HTTP $3")"
done
echo "serve RSS after the pages: $(( $(rss) / 1024 )) MB"

echo
echo "load: $CLIENTS clients for $DURATION (at most $REQUESTS requests) while extract run adds $EXTRA articles:"
"$X" run --db "$DB" --top 0 "$TMP/extra.jsonl.gz" >"$TMP/run-extra.log" 2>&1 &
RUN=$!
maxrss=0
( while kill -0 "$SERVE" 2>/dev/null; do r=$(rss); [ "$r" -gt "$maxrss" ] && maxrss=$r && echo "$r" >"$TMP/maxrss"; sleep 1; done ) &
SAMPLER=$!
"$TMP/loadgen" -url "$URL" -clients "$CLIENTS" -duration "$DURATION" -requests "$REQUESTS"
kill "$SAMPLER" 2>/dev/null || true
if kill -0 "$RUN" 2>/dev/null; then
	echo "extract run still going after the load: $(tail -1 "$TMP/run-extra.log")"
	kill "$RUN" 2>/dev/null || true
else
	wait "$RUN" || true
	echo "extract run: $(tail -1 "$TMP/run-extra.log")"
fi
RUN=
echo "serve RSS: max sampled $(( $(cat "$TMP/maxrss" 2>/dev/null || echo 0) / 1024 )) MB, peak (VmHWM) $(( $(hwm) / 1024 )) MB"
grep -c . "$TMP/serve.log" >/dev/null && echo "serve log: $(wc -l <"$TMP/serve.log") line(s), in $TMP/serve.log" || true
