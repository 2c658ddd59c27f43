package main

import (
	"context"
	"fmt"
	"io"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/eval"
)

func init() {
	register(command{name: "eval", summary: "score the database against a gold file (or: eval ingest | eval attribution | eval quantities)", run: runEval})
}

// evalCommands are the other scorers ("eval ingest", "eval attribution"),
// added in init by the files that define them.
var evalCommands = map[string]func(args []string, stdout, stderr io.Writer) int{}

const evalSynopsis = `eval --gold FILE [--db PATH]
       extract eval ingest (--truth FILE | --snippets FILE) INPUT...
       extract eval attribution --polnear DIR
       extract eval quantities --cases FILE

Scores the claims stored in the database against a gold file in the format of
seeds.gold.jsonl, as ANNOTATION.md describes: detection precision, recall and
F1, value/unit/source/cue accuracy, not-claim violations, each miss and false
positive, then a one-line JSON summary. Units are compared by canonical name
(a gold's "square foot" or "liter" is foot2 or litre: the unit table's aliases).`

func runEval(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		if sub, ok := evalCommands[args[0]]; ok {
			return sub(args[1:], stdout, stderr)
		}
	}
	fs := newFlags("eval", evalSynopsis, stderr)
	db := fs.String("db", defaultDB, "SQLite database `path`")
	gold := fs.String("gold", "", "gold `file` (JSONL, one article per line)")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if *gold == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	golds, err := eval.ReadGold(*gold)
	if err != nil {
		fmt.Fprintln(stderr, "extract eval:", err)
		return exitInput
	}
	st, err := openRead(*db)
	if err != nil {
		fmt.Fprintln(stderr, "extract eval:", err)
		return exitInput
	}
	defer st.Close()
	preds, err := loadPredictions(context.Background(), st)
	if err != nil {
		fmt.Fprintln(stderr, "extract eval:", err)
		return exitInput
	}
	eval.Score(golds, preds).Print(stdout)
	return exitOK
}

// loadPredictions reads every article's text and claims from the store.
func loadPredictions(ctx context.Context, st *sqlite.Store) (map[string]eval.Prediction, error) {
	preds := map[string]eval.Prediction{}
	err := st.Articles(ctx, func(a *claims.Article) error {
		preds[a.ID] = eval.Prediction{Text: a.Text}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = st.Quantities(ctx, sqlite.Filter{ClaimsOnly: true}, func(q *claims.Quantity) error {
		p := preds[q.ArticleID]
		p.Claims = append(p.Claims, *q)
		preds[q.ArticleID] = p
		return nil
	})
	return preds, err
}
