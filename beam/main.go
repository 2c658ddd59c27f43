// Command extract-beam runs the extraction of `extract run` as an Apache
// Beam pipeline, for dumps too large for one machine: it reads JSONL(.gz),
// WARC(.gz), HTML or text files matching --input (local paths, gs://, ...),
// extracts every number mention and claim with internal/ingest and
// internal/extract, and writes sharded JSONL result files
// <output>-SSSSS-of-NNNNN.jsonl.gz. `extract load --db claims.db SHARD...`
// merges them into one SQLite database, idempotently.
//
//	go run . --input '/data/ccnews/*.warc.gz' --output /data/out/claims --shards 16
//
// The runner is chosen with --runner (default prism, in-process); see the
// README for Flink, Spark and Dataflow.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input  = flag.String("input", "", "file `pattern` of the dumps (JSONL/WARC/HTML/text, optionally .gz)")
	output = flag.String("output", "", "`prefix` of the shard files written: <prefix>-SSSSS-of-NNNNN.jsonl.gz")
	shards = flag.Int("shards", 8, "number of output shards")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" || *shards < 1 {
		fmt.Fprintln(os.Stderr, "extract-beam: --input and --output are required (and --shards ≥ 1)")
		flag.Usage()
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, *input, *output, *shards)
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "extract-beam:", err)
		os.Exit(1)
	}
}
