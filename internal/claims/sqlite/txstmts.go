package sqlite

import (
	"context"
	"database/sql"
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
