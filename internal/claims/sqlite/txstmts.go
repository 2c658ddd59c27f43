package sqlite

import (
	"context"
	"database/sql"
	"slices"
	"sync"
)

// txStmts is a transaction with its statements, each prepared on first use
// (the analysis and stories passes run the same few queries per article).
type txStmts struct {
	ctx   context.Context
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func newTxStmts(ctx context.Context, tx *sql.Tx) txStmts {
	return txStmts{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}}
}

// stmt returns the statement q prepared in the transaction.
func (t *txStmts) stmt(q string) (*sql.Stmt, error) {
	if st := t.stmts[q]; st != nil {
		return st, nil
	}
	st, err := t.tx.PrepareContext(t.ctx, q)
	if err != nil {
		return nil, err
	}
	t.stmts[q] = st
	return st, nil
}

// exec runs q, prepared once, with args.
func (t *txStmts) exec(q string, args ...any) error {
	st, err := t.stmt(q)
	if err == nil {
		_, err = st.ExecContext(t.ctx, args...)
	}
	return err
}

// stmtCache keeps statements prepared on the database for the life of the
// Store; a transaction uses its own copy (Tx.StmtContext), which reuses
// the statement already prepared on the transaction's connection. The
// writer's multi-row inserts (rowInserter: 32 rows of 17 columns is a long
// text to parse) were prepared afresh in every batch's transaction: 0.7% of
// the CPU of a run of a million articles.
//
// A statement missing from the cache is prepared in the transaction that
// wants it, and on the database by warm before the next transaction
// begins: preparing on the database inside a transaction would wait for a
// free connection, forever when the pool holds one (SetMaxOpenConns(1))
// and the transaction has it.
type stmtCache struct {
	db     *sql.DB
	mu     sync.Mutex
	m      map[string]*sql.Stmt
	wanted []string // missed, to prepare (warm)
}

// stmt returns q as a statement of tx: the database's, or prepared in tx
// when the cache does not hold it yet.
func (c *stmtCache) stmt(ctx context.Context, tx *sql.Tx, q string) (*sql.Stmt, error) {
	c.mu.Lock()
	st := c.m[q]
	if st == nil && !slices.Contains(c.wanted, q) {
		c.wanted = append(c.wanted, q)
	}
	c.mu.Unlock()
	if st == nil {
		return tx.PrepareContext(ctx, q)
	}
	return tx.StmtContext(ctx, st), nil
}

// warm prepares on the database the statements transactions missed; call
// it outside any transaction. (The lock is not held while preparing, which
// may wait for a connection that a transaction asking stmt holds.)
func (c *stmtCache) warm(ctx context.Context) error {
	c.mu.Lock()
	wanted := c.wanted
	c.wanted = nil
	c.mu.Unlock()
	for _, q := range wanted {
		st, err := c.db.PrepareContext(ctx, q)
		if err != nil {
			return err
		}
		c.mu.Lock()
		if c.m == nil {
			c.m = map[string]*sql.Stmt{}
		}
		if old := c.m[q]; old != nil {
			old.Close()
		}
		c.m[q] = st
		c.mu.Unlock()
	}
	return nil
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}
