package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// deferredIndexes are the indexes only the review app reads: no write of
// a run or a load looks anything up in them (the writer's lookups, the
// deletes of a replaced article and their cascades use primary keys and
// the article_id and source_id indexes). Their keys come in no order (a
// value, a name, a title, a date, a comparison group), so every row a
// batch adds dirties a page of each, somewhere in the index: at a million
// articles those pages are mostly not in the cache, and reading and
// writing them back was most of the store's cost. A bulk load drops them
// and builds them again at its end, in one sorted pass each.
//
// The unique indexes of the quantity and claim ids (quantities_id,
// claims_id) are deferred too: ids are content hashes, so their inserts
// are just as scattered, and a run writes each id once (the ids of an
// article are made from its content hash, and a changed article's rows are
// deleted before the new ones are written). The review app looks claims up
// by id, slowly until the load ends.
var deferredIndexes = []string{
	"quantities_id", "claims_id", "quantities_claim_value", "claims_time", "sources_name", "sources_name_kind",
	"articles_title", "articles_published", "claim_measures_group",
	"cmp_group_counts_n", "cmp_groups_rank",
}

// deferredKey is the meta key that keeps a dropped index's definition
// until it is built again.
const deferredKey = "deferred_index:"

// DeferIndexes drops the review app's indexes (deferredIndexes) for a bulk
// load, keeping their definitions in meta, and reports how many it dropped.
// RestoreIndexes builds them again; so does the next program that opens the
// database for writing when a load was killed before it could. Queries are
// right without them, only slower.
func (s *Store) DeferIndexes(ctx context.Context) (int, error) {
	n := 0
	err := s.retry(ctx, func() error {
		n = 0
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		for _, name := range deferredIndexes {
			var ddl string
			switch err := tx.QueryRowContext(ctx, `SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?`, name).Scan(&ddl); {
			case errors.Is(err, sql.ErrNoRows):
				continue // deferred already, or not in this schema
			case err != nil:
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES(?, ?)
				ON CONFLICT(key) DO UPDATE SET value = excluded.value`, deferredKey+name, ddl); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `DROP INDEX `+name); err != nil {
				return err
			}
			n++
		}
		return tx.Commit()
	})
	if err != nil {
		return 0, fmt.Errorf("defer the review indexes: %w", err)
	}
	return n, nil
}

// RestoreIndexes builds the indexes DeferIndexes dropped, in one
// transaction, and reports how many.
func (s *Store) RestoreIndexes(ctx context.Context) (int, error) {
	n := 0
	err := s.retry(ctx, func() error {
		n = 0
		conn, err := s.db.Conn(ctx)
		if err != nil {
			return err
		}
		defer conn.Close()
		// The sorts of the index builds spill to temporary files, not to
		// memory as the writes' statement journals do (temp_store): at
		// 100k articles they held 80 MB.
		if _, err := conn.ExecContext(ctx, `PRAGMA temp_store = FILE`); err != nil {
			return err
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA temp_store = MEMORY`)
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		rows, err := tx.QueryContext(ctx, `SELECT key, value FROM meta WHERE key >= ? AND key < ? ORDER BY key`,
			deferredKey, deferredKey[:len(deferredKey)-1]+";")
		if err != nil {
			return err
		}
		var keys, ddls []string
		for rows.Next() {
			var k, ddl string
			if err := rows.Scan(&k, &ddl); err != nil {
				rows.Close()
				return err
			}
			keys, ddls = append(keys, k), append(ddls, ddl)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for i, ddl := range ddls {
			// IF NOT EXISTS: another program built it already
			ddl = strings.Replace(ddl, " INDEX ", " INDEX IF NOT EXISTS ", 1)
			if _, err := tx.ExecContext(ctx, ddl); err != nil {
				return fmt.Errorf("%s: %w", strings.TrimPrefix(keys[i], deferredKey), err)
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM meta WHERE key = ?`, keys[i]); err != nil {
				return err
			}
			n++
		}
		if n == 0 {
			return nil
		}
		return tx.Commit()
	})
	if err != nil {
		return 0, fmt.Errorf("build the review indexes: %w", err)
	}
	return n, nil
}

// BulkLoad reports whether a load of about articles more articles is
// large for this database: it would at least double what is stored. Then
// deferring the review indexes costs less than keeping them up to date (a
// sorted build of the whole index against a random page write per row).
func (s *Store) BulkLoad(ctx context.Context, articles int64) (bool, error) {
	if articles <= 0 {
		return false, nil
	}
	var stored int64 // max(rowid): as many as were ever stored, read at once
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0) FROM articles`).Scan(&stored); err != nil {
		return false, err
	}
	return articles >= stored, nil
}
