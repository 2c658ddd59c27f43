package sqlite

import (
	"context"
	"database/sql"
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
type stmtCache struct {
	db *sql.DB
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// stmt returns q, prepared once on the database, as a statement of tx.
func (c *stmtCache) stmt(ctx context.Context, tx *sql.Tx, q string) (*sql.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	st := c.m[q]
	if st == nil {
		var err error
		if st, err = c.db.PrepareContext(ctx, q); err != nil {
			return nil, err
		}
		if c.m == nil {
			c.m = map[string]*sql.Stmt{}
		}
		c.m[q] = st
	}
	return tx.StmtContext(ctx, st), nil
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}
