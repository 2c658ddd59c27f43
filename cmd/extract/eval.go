package main

import (
	"context"
	"fmt"
	"io"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/eval"
	"github.com/factcheck/extract/internal/extract"
)

func init() {
	register(command{name: "eval", summary: "score the database against a gold file (or: eval ingest | eval attribution | eval quantities)", run: runEval})
}

// evalCommands are the other scorers ("eval ingest", "eval attribution"),
// added in init by the files that define them.
var evalCommands = map[string]func(args []string, stdout, stderr io.Writer) int{}

const evalSynopsis = `eval --gold FILE [--db PATH] [--by-rule] [--rule-errors RULE]
       extract eval ingest (--truth FILE | --snippets FILE) INPUT...
       extract eval attribution --polnear DIR
       extract eval quantities --cases FILE

Scores the claims stored in the database against a gold file in the format of
seeds.gold.jsonl, as ANNOTATION.md describes: detection precision, recall and
F1, value/unit/source/cue accuracy, not-claim violations, each miss and false
positive, then a one-line JSON summary. Units are compared by canonical name
(a gold's "square foot" or "liter" is foot2 or litre: the unit table's aliases).

--by-rule explains the stored article texts again (the rules "extract
explain" names) and adds, per source rule (the attribution rule that found
the cue; "(no cue)": the article asserts it), per "name by" rule and per
unit rule, how many matched claims it decided and how many of those have
the right source (unit), sorted by errors; source errors split into a
source where the gold has none, none where it has one, and another name,
then the claims each source and name rule left with a source ("given")
and how many of those are right ("prec").
A claim whose stored source differs from the explanation's (a database
built before the rules changed) counts under "(stale)". --rule-errors RULE
lists the source and unit errors of the claims RULE decided (RULE written
as the table prints it, family and sub-rule: "verb-cue/strong",
"org-head/previous-subject").`

func runEval(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		if sub, ok := evalCommands[args[0]]; ok {
			return sub(args[1:], stdout, stderr)
		}
	}
	fs := newFlags("eval", evalSynopsis, stderr)
	db := fs.String("db", defaultDB, "SQLite database `path`")
	gold := fs.String("gold", "", "gold `file` (JSONL, one article per line)")
	byRule := fs.Bool("by-rule", false, "add per-rule accuracy: matched claims and right sources/units per source, name-by and unit rule")
	ruleErrors := fs.String("rule-errors", "", "list the source and unit errors of the claims decided by `rule` (implies --by-rule)")
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
	preds, arts, err := loadPredictions(context.Background(), st)
	if err != nil {
		fmt.Fprintln(stderr, "extract eval:", err)
		return exitInput
	}
	explain := *byRule || *ruleErrors != ""
	if explain {
		ex, err := extract.New()
		if err != nil {
			fmt.Fprintln(stderr, "extract eval: loading models:", err)
			return exitInput
		}
		for _, a := range arts {
			p := preds[a.ID]
			_, p.Rules = explained(ex, a)
			preds[a.ID] = p
		}
	}
	r := eval.Score(golds, preds)
	if !explain {
		r.Print(stdout)
		return exitOK
	}
	r.PrintByRule(stdout)
	if *ruleErrors != "" {
		r.PrintRuleErrors(stdout, *ruleErrors)
	}
	fmt.Fprintln(stdout)
	r.Print(stdout)
	return exitOK
}

// explained returns the article's quantities and the rules that decided
// each (extract explain).
func explained(ex *extract.Extractor, a *claims.Article) ([]claims.Quantity, []eval.RuleNames) {
	xs := ex.Explain(a)
	qs := make([]claims.Quantity, len(xs))
	rules := make([]eval.RuleNames, len(xs))
	for i, x := range xs {
		qs[i] = x.Quantity
		rules[i] = eval.RuleNames{Start: x.Quantity.Quantity.Start, End: x.Quantity.Quantity.End,
			Source: x.Attribution.Cue, Name: x.Attribution.Name, Unit: x.Rules.Unit, Kind: x.Rules.Kind, Got: x.Quantity.Source}
	}
	return qs, rules
}

// loadPredictions reads every article's text and claims from the store,
// and the articles themselves.
func loadPredictions(ctx context.Context, st *sqlite.Store) (map[string]eval.Prediction, []*claims.Article, error) {
	preds := map[string]eval.Prediction{}
	var arts []*claims.Article
	err := st.Articles(ctx, func(a *claims.Article) error {
		preds[a.ID] = eval.Prediction{Text: a.Text}
		c := *a
		arts = append(arts, &c)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	err = st.Quantities(ctx, sqlite.Filter{ClaimsOnly: true}, func(q *claims.Quantity) error {
		p := preds[q.ArticleID]
		p.Claims = append(p.Claims, *q)
		preds[q.ArticleID] = p
		return nil
	})
	return preds, arts, err
}
