package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"sync"
)

// lookups is the one connection that Has reads on, with a small page
// cache. Every worker of a run looks up each article it reads: on a
// connection of its own each would grow a writer's page cache (16 MiB,
// see open), and a run of 100k articles into a database that was not empty
// peaked at 222 MB of RSS instead of 161. A lookup reads a few pages of the
// articles id index and takes microseconds, so the workers share it.
type lookups struct {
	mu   sync.Mutex
	conn *sql.Conn
	hash *sql.Stmt
}

// lookupCache is the page cache of the lookup connection (PRAGMA
// cache_size: negative is KiB).
const lookupCache = "-1024"

// Has reports whether the article id is stored with this content hash, so
// a re-run can skip it without extracting.
func (s *Store) Has(ctx context.Context, id, hash string) (bool, error) {
	l := &s.lookups
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.hash == nil {
		if err := l.open(ctx, s.db); err != nil {
			return false, err
		}
	}
	var h string
	err := l.hash.QueryRowContext(ctx, id).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil && h == hash, err
}

func (l *lookups) open(ctx context.Context, db *sql.DB) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	if _, err = conn.ExecContext(ctx, `PRAGMA cache_size = `+lookupCache); err == nil {
		l.hash, err = conn.PrepareContext(ctx, `SELECT hash FROM articles WHERE id = ?`)
	}
	if err != nil {
		conn.Close()
		return err
	}
	l.conn = conn
	return nil
}

// close closes the lookup connection, if Has opened it.
func (l *lookups) close() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.hash != nil {
		l.hash.Close()
		l.conn.Close()
		l.hash, l.conn = nil, nil
	}
}
