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
// database). The writer flushes every flushBucketsAt articles and at the
// end of a run (FlushBuckets); PairPending, the only reader of the index,
// flushes what still waits in its own transaction before pairing, so that
// pairing sees exactly the rows it saw when each batch wrote its own.

// pendingKeysVersion is the schema version that has lsh_pending.
const pendingKeysVersion = 12

// flushBucketsAt is how many articles' keys may wait before the writer
// moves them into lsh_buckets (16k articles: 512k rows, 8 MB while sorted).
const flushBucketsAt = 16384

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

// pendingBuckets reads the bucket rows waiting in lsh_pending, sorted by
// key and aid, with how many articles they come from and the largest aid.
func pendingBuckets(ctx context.Context, q querier) (rows []bucketRow, articles int, maxAid int64, err error) {
	rs, err := q.QueryContext(ctx, `SELECT aid, keys FROM lsh_pending ORDER BY aid`)
	if err != nil {
		return nil, 0, 0, err
	}
	defer rs.Close()
	for rs.Next() {
		var aid int64
		var b []byte
		if err := rs.Scan(&aid, &b); err != nil {
			return nil, 0, 0, err
		}
		if len(b)%8 != 0 {
			return nil, 0, 0, fmt.Errorf("lsh_pending %d: keys of %d bytes", aid, len(b))
		}
		for i := 0; i < len(b); i += 8 {
			rows = append(rows, bucketRow{int64(binary.BigEndian.Uint64(b[i:])), aid})
		}
		articles++
		maxAid = max(maxAid, aid)
	}
	if err := rs.Err(); err != nil {
		return nil, 0, 0, err
	}
	slices.SortFunc(rows, func(x, y bucketRow) int {
		if c := cmp.Compare(x.key, y.key); c != 0 {
			return c
		}
		return cmp.Compare(x.aid, y.aid)
	})
	return rows, articles, maxAid, nil
}

// insertBuckets inserts sorted bucket rows.
func insertBuckets(ctx context.Context, tx *sql.Tx, rows []bucketRow) error {
	ins := &rowInserter{max: bucketsPerInsert, tx: tx, head: `INSERT OR IGNORE INTO lsh_buckets(key, aid) VALUES `, cols: 2, stmts: map[int]*sql.Stmt{}}
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
// returns how many articles' keys it moved.
func flushBuckets(ctx context.Context, tx *sql.Tx) (int, error) {
	rows, n, maxAid, err := pendingBuckets(ctx, tx)
	if err != nil || n == 0 {
		return 0, err
	}
	if err := insertBuckets(ctx, tx, rows); err != nil {
		return 0, err
	}
	return n, clearPending(ctx, tx, maxAid)
}

// FlushBuckets moves the bucket keys of the stored articles that still
// wait into the LSH index (see above), a slice of the sorted rows per
// transaction, and returns how many articles' keys it moved. extract run
// and load call it at the end; Write calls it every flushBucketsAt
// articles. A flush cut short (a crash, another writer flushing meanwhile)
// is finished by the next: inserting a row again changes nothing, and the
// waiting keys are dropped in the last transaction.
func (s *Store) FlushBuckets(ctx context.Context) (int, error) {
	rows, n, maxAid, err := pendingBuckets(ctx, s.db)
	if err != nil {
		return 0, fmt.Errorf("buckets: %w", err)
	}
	for lo := 0; n > 0; lo += bucketRowsPerTx {
		hi := min(lo+bucketRowsPerTx, len(rows))
		err := s.retry(ctx, func() error {
			tx, err := s.db.BeginTx(ctx, nil)
			if err != nil {
				return err
			}
			defer tx.Rollback()
			if err := insertBuckets(ctx, tx, rows[lo:hi]); err != nil {
				return err
			}
			if hi == len(rows) {
				if err := clearPending(ctx, tx, maxAid); err != nil {
					return err
				}
			}
			return tx.Commit()
		})
		if err != nil {
			return 0, fmt.Errorf("buckets: %w", err)
		}
		if hi == len(rows) {
			break
		}
	}
	s.pendingKeys.Add(-int64(n))
	if n == 0 || s.pendingKeys.Load() < 0 {
		s.pendingKeys.Store(0)
	}
	return n, nil
}
