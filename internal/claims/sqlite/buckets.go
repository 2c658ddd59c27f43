package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"slices"
)

// The LSH bucket index (lsh_buckets: one row per band key and article) is
// written in bulk, not batch by batch. A stored article's keys wait in
// lsh_pending (8 bytes big-endian per band) until flushBuckets moves the
// waiting keys of many articles into lsh_buckets at once, sorted
// by key: the insert then walks the index from left to right and dirties
// each of its pages once, however large it is, instead of one random page
// per row (at 100k articles a batch of 256 articles dirtied 6,000 of the
// index's 14,500 pages, a quarter of the run's CPU went to writing and
// re-reading them, and the cost per article kept growing with the
// database). The writer flushes when flushDue and at the end of a run
// (FlushBuckets); PairPending, the only reader of the index,
// flushes what still waits in its own transaction before pairing, so that
// pairing sees exactly the rows it saw when each batch wrote its own.

// pendingKeysVersion is the schema version that has lsh_pending.
const pendingKeysVersion = 12

// flushBucketsAt is how many articles' keys may wait at least before the
// writer moves them into lsh_buckets; it waits until a quarter as many as
// are stored wait (flushDue), so that the index, whose pages every flush
// rewrites once it is larger than the flush, is rewritten a few dozen
// times in a run of a million articles rather than once per 16k articles.
const flushBucketsAt = 16384

// bucketRowsPerPass bounds the rows a flush holds in memory at once, while
// sorted (8 MB): a larger flush goes in passes over slices of the key
// space.
var bucketRowsPerPass = 1 << 19 // a variable for the tests

// bucketRowsPerTx bounds the rows FlushBuckets inserts in one transaction,
// so that the WAL of one flush stays small (the rows are sorted: a
// transaction covers a slice of the key space).
const bucketRowsPerTx = 32768

// encodeKeys is the lsh_pending.keys value of an article's band keys: nil
// when it has none (too short to be paired).
func encodeKeys(keys []int64) []byte {
	if len(keys) == 0 {
		return nil
	}
	b := make([]byte, 8*len(keys))
	for i, k := range keys {
		binary.BigEndian.PutUint64(b[8*i:], uint64(k))
	}
	return b
}

type bucketRow struct{ key, aid int64 }

// pendingPlan tells how many articles' keys wait, the largest of their
// aids (a flush moves those, not the ones written meanwhile) and in how
// many passes they are read.
func pendingPlan(ctx context.Context, q querier) (articles int, maxAid int64, passes int, err error) {
	rs, err := q.QueryContext(ctx, `SELECT count(*), coalesce(max(aid), 0), coalesce(sum(length(keys)), 0) / 8 FROM lsh_pending`)
	if err != nil {
		return 0, 0, 0, err
	}
	defer rs.Close()
	var rows int
	if rs.Next() {
		err = rs.Scan(&articles, &maxAid, &rows)
	}
	if err == nil {
		err = rs.Err()
	}
	return articles, maxAid, max(1, (rows+bucketRowsPerPass-1)/bucketRowsPerPass), err
}

// keyPass is the pass of passes that reads key: the passes cover the key
// space in order, each an equal slice.
func keyPass(key int64, passes int) int {
	u := uint64(key) ^ 1<<63 // in the keys' order
	return int(u / (^uint64(0)/uint64(passes) + 1))
}

// pendingBuckets reads the bucket rows of pass of passes waiting in
// lsh_pending (aid up to maxAid), sorted by key and aid.
func pendingBuckets(ctx context.Context, q querier, maxAid int64, pass, passes int) ([]bucketRow, error) {
	rs, err := q.QueryContext(ctx, `SELECT aid, keys FROM lsh_pending WHERE aid <= ? ORDER BY aid`, maxAid)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var rows []bucketRow
	for rs.Next() {
		var aid int64
		var b []byte
		if err := rs.Scan(&aid, &b); err != nil {
			return nil, err
		}
		if len(b)%8 != 0 {
			return nil, fmt.Errorf("lsh_pending %d: keys of %d bytes", aid, len(b))
		}
		for i := 0; i < len(b); i += 8 {
			if key := int64(binary.BigEndian.Uint64(b[i:])); passes == 1 || keyPass(key, passes) == pass {
				rows = append(rows, bucketRow{key, aid})
			}
		}
	}
	if err := rs.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(rows, func(x, y bucketRow) int {
		if c := cmp.Compare(x.key, y.key); c != 0 {
			return c
		}
		return cmp.Compare(x.aid, y.aid)
	})
	return rows, nil
}

// insertBuckets inserts sorted bucket rows.
func insertBuckets(ctx context.Context, tx *sql.Tx, cache *stmtCache, rows []bucketRow) error {
	ins := newRowInserter(tx, cache, bucketsPerInsert, `INSERT OR IGNORE INTO lsh_buckets(key, aid) VALUES `, 2)
	defer ins.close()
	for _, r := range rows {
		if err := ins.add(ctx, r.key, r.aid); err != nil {
			return err
		}
	}
	return ins.flush(ctx)
}

// clearPending drops the waiting keys of the articles up to maxAid, now in
// lsh_buckets.
func clearPending(ctx context.Context, tx *sql.Tx, maxAid int64) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM lsh_pending WHERE aid <= ?`, maxAid)
	return err
}

// flushBuckets moves every waiting key into lsh_buckets inside tx and
// returns how many articles' keys it moved (cache: the store's statements,
// or nil for a transaction on a connection of its own).
func flushBuckets(ctx context.Context, tx *sql.Tx, cache *stmtCache) (int, error) {
	n, maxAid, passes, err := pendingPlan(ctx, tx)
	if err != nil || n == 0 {
		return 0, err
	}
	for pass := range passes {
		rows, err := pendingBuckets(ctx, tx, maxAid, pass, passes)
		if err != nil {
			return 0, err
		}
		if err := insertBuckets(ctx, tx, cache, rows); err != nil {
			return 0, err
		}
	}
	return n, clearPending(ctx, tx, maxAid)
}

// flushDue reports whether the writer should flush the waiting keys: at
// least flushBucketsAt articles' wait, and a quarter as many as are stored.
func (s *Store) flushDue(ctx context.Context) (bool, error) {
	pending := s.pendingKeys.Load()
	if pending < flushBucketsAt {
		return false, nil
	}
	var stored int64 // max(aid): as many as were ever analysed, read at once
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(aid), 0) FROM article_sigs`).Scan(&stored); err != nil {
		return false, err
	}
	return pending >= stored/4, nil
}

// FlushBuckets moves the bucket keys of the stored articles that still
// wait into the LSH index (see above), in passes over slices of the key
// space and a slice of each pass's sorted rows per transaction, and returns
// how many articles' keys it moved. extract run and load call it at the
// end; Write calls it when flushDue. A flush cut short (a crash, another
// writer flushing meanwhile) is finished by the next: inserting a row
// again changes nothing, and the waiting keys are dropped at the end.
func (s *Store) FlushBuckets(ctx context.Context) (int, error) {
	n, maxAid, passes, err := pendingPlan(ctx, s.db)
	if err != nil {
		return 0, fmt.Errorf("buckets: %w", err)
	}
	inTx := func(fn func(tx *sql.Tx) error) error {
		return s.retry(ctx, func() error {
			if err := s.stmts.warm(ctx); err != nil {
				return err
			}
			tx, err := s.db.BeginTx(ctx, nil)
			if err != nil {
				return err
			}
			defer tx.Rollback()
			if err := fn(tx); err != nil {
				return err
			}
			return tx.Commit()
		})
	}
	for pass := 0; n > 0 && pass < passes; pass++ {
		rows, err := pendingBuckets(ctx, s.db, maxAid, pass, passes)
		if err != nil {
			return 0, fmt.Errorf("buckets: %w", err)
		}
		for lo := 0; lo < len(rows); lo += bucketRowsPerTx {
			hi := min(lo+bucketRowsPerTx, len(rows))
			if err := inTx(func(tx *sql.Tx) error { return insertBuckets(ctx, tx, s.stmts, rows[lo:hi]) }); err != nil {
				return 0, fmt.Errorf("buckets: %w", err)
			}
		}
	}
	if n > 0 {
		if err := inTx(func(tx *sql.Tx) error { return clearPending(ctx, tx, maxAid) }); err != nil {
			return 0, fmt.Errorf("buckets: %w", err)
		}
	}
	s.pendingKeys.Add(-int64(n))
	if n == 0 || s.pendingKeys.Load() < 0 {
		s.pendingKeys.Store(0)
	}
	return n, nil
}
