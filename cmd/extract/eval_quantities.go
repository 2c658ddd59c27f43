package main

import (
	"fmt"
	"io"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/eval"
	"github.com/factcheck/extract/internal/extract"
)

func init() { evalCommands["quantities"] = runEvalQuantities }

const evalQuantitiesSynopsis = `eval quantities --cases FILE [--show N]

Runs the quantity recogniser over each case of FILE (JSONL in the format of
../shared/eval/quantity-suites/dev.jsonl: a text and the mentions expected
in it) and prints, per suite and model, detection precision, recall and F1
(a predicted mention overlapping an expected one), then value and unit
accuracy among the expected mentions found (units by canonical name: the
suite's "km/ms" is km/millisecond). Cases and items marked with a
"convention" (where the suite reads a text otherwise than a news reader)
are counted apart. Each suite annotates only its model's kind of mention,
so a unit model's precision also counts the other numbers of its texts.
The last three columns score value+unit as CQE does (Almasian et al.
2023): a predicted quantity (not a date, year, time, ordinal or
identifier) is right when it overlaps an expected item and reads its value
and unit; P over all quantities predicted, R over all items. They mean
"over all quantities" for a file that annotates every quantity of its
texts: testdata/quantities/suites-cqe-dev.jsonl re-annotates the suites'
AgeModel, CurrencyModel, DimensionModel and TemperatureModel dev cases so.
--show N lists the first N misses, extra mentions, misread values and
misread units.`

// runEvalQuantities implements "extract eval quantities" (dispatched from eval.go).
func runEvalQuantities(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval quantities", evalQuantitiesSynopsis, stderr)
	file := fs.String("cases", "", "cases `file` (JSONL)")
	show := fs.Int("show", 0, "list the first `N` errors of each kind")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if *file == "" || fs.NArg() > 0 || *show < 0 {
		if *file == "" {
			fmt.Fprintln(stderr, "extract eval quantities: --cases is required")
		}
		fs.Usage()
		return exitUsage
	}
	cases, err := eval.ReadQuantityCases(*file)
	if err != nil {
		fmt.Fprintln(stderr, "extract eval quantities:", err)
		return exitInput
	}
	ex, err := extract.New()
	if err != nil {
		fmt.Fprintln(stderr, "extract eval quantities: loading models:", err)
		return exitInput
	}
	find := func(text string) []claims.Quantity { return ex.ExtractText("case", text) }
	eval.ScoreQuantityCases(cases, find).Print(stdout, *show)
	return exitOK
}
