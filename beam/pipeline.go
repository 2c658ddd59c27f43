package main

import (
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract"
	"github.com/factcheck/extract/internal/ingest"
	"github.com/factcheck/extract/internal/pipeline"
	"github.com/factcheck/extract/internal/shard"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*claims.Article)(nil)).Elem())
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(claims.Article), error](&readFn{})
	register.Emitter1[claims.Article]()
	register.DoFn3x1[context.Context, claims.Article, func(int, string), error](&extractFn{})
	register.Emitter2[int, string]()
	register.DoFn4x1[context.Context, int, func(*string) bool, func(string), error](&writeFn{})
	register.Iter1[string]()
	register.Emitter1[string]()
}

// Build adds the extraction to p: every file matching pattern (JSONL, WARC,
// HTML or text, any of them .gz, on any Beam filesystem) → articles →
// quantities and claims → shards prefix-SSSSS-of-NNNNN.jsonl.gz that
// `extract load` merges. All versions of one article id go to the same
// shard. It returns the paths written.
func Build(s beam.Scope, pattern, prefix string, shards int) beam.PCollection {
	s = s.Scope("extract")
	files := fileio.MatchFiles(s, pattern, fileio.MatchEmptyDisallow())
	readable := fileio.ReadMatches(s, files, fileio.ReadUncompressed(), fileio.ReadDirectorySkip())
	articles := beam.ParDo(s, &readFn{}, readable)
	// One dump file holds many articles: spread them over the workers.
	articles = beam.Reshuffle(s, articles)
	lines := beam.ParDo(s, &extractFn{Shards: shards}, articles)
	grouped := beam.GroupByKey(s, lines)
	return beam.ParDo(s, &writeFn{Prefix: prefix, Shards: shards}, grouped)
}

// readFn reads the articles of one input file with internal/ingest. The
// file is copied to local disk first (ingest reads paths; the input may be
// on GCS or HDFS), under its own base name so that article ids and origins
// are those `extract run` gives.
type readFn struct {
	read, bad beam.Counter
}

func (f *readFn) Setup() {
	f.read = beam.NewCounter("extract", "articles_read")
	f.bad = beam.NewCounter("extract", "bad_records")
}

func (f *readFn) ProcessElement(ctx context.Context, rf fileio.ReadableFile, emit func(claims.Article)) error {
	local, cleanup, err := localCopy(ctx, rf)
	if err != nil {
		return err
	}
	defer cleanup()
	return ingest.Read(ctx, []string{local}, func(it ingest.Item) error {
		if it.Err != nil {
			f.bad.Inc(ctx, 1)
			log.Warnf(ctx, "%s", strings.ReplaceAll(it.Err.Error(), local, rf.Metadata.Path))
			return nil
		}
		a := pipeline.ToArticle(it.Article)
		if strings.HasPrefix(a.Origin, local) {
			a.Origin = rf.Metadata.Path + strings.TrimPrefix(a.Origin, local)
		}
		f.read.Inc(ctx, 1)
		emit(a)
		return nil
	})
}

// localCopy returns a local path holding the file's bytes: the file itself
// when it is already local.
func localCopy(ctx context.Context, rf fileio.ReadableFile) (string, func(), error) {
	p := rf.Metadata.Path
	if !strings.Contains(p, "://") {
		if _, err := os.Stat(p); err == nil {
			return p, func() {}, nil
		}
	}
	dir, err := os.MkdirTemp("", "extract-beam-")
	if err != nil {
		return "", nil, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	local := filepath.Join(dir, path.Base(p))
	r, err := rf.Open(ctx)
	if err != nil {
		cleanup()
		return "", nil, fmt.Errorf("%s: %w", p, err)
	}
	defer r.Close()
	w, err := os.Create(local)
	if err == nil {
		_, err = io.Copy(w, r)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		cleanup()
		return "", nil, fmt.Errorf("%s: copy to local disk: %w", p, err)
	}
	return local, cleanup, nil
}

var (
	extractorOnce sync.Once
	extractor     *extract.Extractor
	extractorErr  error
)

// extractFn extracts one article and keys its shard line by shard number.
type extractFn struct {
	Shards int `json:"shards"`

	ex     *extract.Extractor
	claims beam.Counter
}

func (f *extractFn) Setup() error {
	extractorOnce.Do(func() { extractor, extractorErr = extract.New() })
	f.ex = extractor
	f.claims = beam.NewCounter("extract", "claims")
	return extractorErr
}

func (f *extractFn) ProcessElement(ctx context.Context, a claims.Article, emit func(int, string)) error {
	r := claims.Result{Article: a, Quantities: f.ex.Extract(&a)}
	n := 0
	for i := range r.Quantities {
		if r.Quantities[i].IsClaim() {
			n++
		}
	}
	f.claims.Inc(ctx, int64(n))
	line, err := shard.Marshal(&r)
	if err != nil {
		return fmt.Errorf("article %s: %w", a.ID, err)
	}
	emit(shardOf(a.ID, f.Shards), string(line))
	return nil
}

func shardOf(id string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(n))
}

// ShardName is the file of shard i of n.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl.gz", prefix, i, n)
}

// writeFn writes one shard, gzip-compressed, through the Beam filesystem
// of the prefix (local, gs://, ...). A retried bundle rewrites the whole
// file.
type writeFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (f *writeFn) ProcessElement(ctx context.Context, i int, lines func(*string) bool, emit func(string)) error {
	name := ShardName(f.Prefix, i, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := writeGzipLines(w, lines); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	emit(name)
	return nil
}
