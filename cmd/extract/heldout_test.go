package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/eval"
)

// heldoutGold is the claim-level gold of a few PolNeAR dev articles,
// annotated by hand before the tool was ever run on them (see the commit
// that added it). The texts stay in ../shared; only anchors are committed.
const (
	heldoutGold = "../../testdata/claims/polnear-dev.gold.jsonl"
	heldoutText = "../../../shared/eval/polnear/dev/text"
)

// heldoutFloors ratchets the held-out figures: each is set just under what
// the extractor reaches, so a regression fails and a gain is kept by raising
// the floor. The first blind run gave F1 0.961, value 0.973, unit 0.920,
// source 0.812, cue 0.866, 2 not-claim violations; after general fixes to
// the quantity rules: F1 0.987, value 1.000, unit 0.991, source 0.812,
// cue 0.857, 0 violations. A second blind batch of 3 articles (the last
// three lines of the gold file), annotated after those fixes, first gave
// F1 0.912, value 0.942, unit 0.923, source 0.808, cue 0.865, 2 violations;
// after a second round of general fixes the 10 articles give F1 0.991,
// value 1.000, unit 0.994, source 0.809, cue 0.858, 0 violations. A third
// blind batch of 2 articles (the last two lines) first gave F1 0.930,
// value 1.000, unit 1.000, source 0.600, cue 0.600, 1 violation; the
// quantity misses there are annotation conventions the quantity dev sets
// decide the other way ("one study", "more than twice"), so the 12 articles
// stand at F1 0.984, value 1.000, unit 0.995, source 0.786, cue 0.830,
// 1 violation. Commit 443916d (attitude cues) then took four poll shares
// in "Clinton was supported by 42 percent of those responding, while Trump
// received 38 percent support, ..." as sourced by "42 percent" (cue
// "supported"): source 0.769, cue 0.813. General attribution fixes for the
// misses listed there (subjects with post-modifiers, dates never sources,
// "in" never a cue alone, "the poll" → the poll named before, interrupting
// cues, "with X showing", "this statement by X:", "X's repeated emphasis
// that", …) took source to 0.978 and cue to 0.951; later attribution work
// (verbs of belief, estimate, proposal; nested reports) to 0.989 and 0.946.
// The floors sit under that. Issue #15/#16 precision (kind rules of
// quantity/kindforms.go: the indefinite "one"): P 0.989 → 0.995, F1 0.984 →
// 0.987.
// prec19's document-one ("one study found" no count, as the gold's
// not-claim "one study"): F1 0.987 -> 0.989, no violation.
// conv19's indefinite-one-mid ("one study found" no claim): P 0.995 -> 1.000, F1 0.987 -> 0.989, not-claim violations 1 -> 0.
var heldoutFloors = heldoutFloor{F1: 0.988, Value: 0.99, Unit: 0.99, Source: 0.98, Cue: 0.94, MaxNotClaim: 0}

// polnearDev2Gold is a second blind claims gold of 8 more PolNeAR dev
// articles (82 claims), annotated on 2026-11-23 by a helper who never ran
// the tool and held out: no rule is changed for its misses. First run
// (commits 7f81739 and e0b32db alike): P 0.937, R 0.937, F1 0.937, value
// 0.919, unit 0.960, source 0.919, cue 0.919, 4 not-claim violations.
const polnearDev2Gold = "../../testdata/claims/polnear-dev-2.gold.jsonl"

var polnearDev2Floors = heldoutFloor{F1: 0.93, Value: 0.91, Unit: 0.95, Source: 0.91, Cue: 0.91, MaxNotClaim: 4}

// polnearTrainGold is a blind claims gold of 24 PolNeAR train articles
// (333 claims), annotated the same way for tuning: its misses guide
// general fixes. The first 12 articles, first run (commit e0b32db): P
// 0.909, R 0.992, F1 0.949, value 0.985, unit 0.931, source 0.923, cue
// 0.900, 15 not-claim violations (the pronoun and contrastive "one",
// "voters under the age of 30", "30 dollars" after Canadian dollars, "19
// United States cents"); the next 12, first run (commit 9f8f8bc): F1
// 0.956, value 0.983, unit 0.960, source 0.971, cue 0.868, 9 violations
// (delegate tallies, "nearly quintupled", the unnamed speaker's "one").
// All 24 after the fixes: F1 0.978, value 0.987, unit 0.965, source 0.971,
// cue 0.887, 14 violations. Issue #15 (rates keep their denominator): "10
// Canadian dollars per ton" now spans "per ton", which the gold marks as
// not-claim context, so 15. Units compared by canonical name
// (lexicon.CanonicalUnit: the gold's "square foot" is foot2): unit 0.965 →
// 0.971. Issue #15's unit rules (money-verb-amount, elliptical-unit):
// 0.971 → 0.981. The kind rules of quantity/kindforms.go (indefinite and
// substitute "one", ranks): P 0.963 → 0.972, F1 0.978 → 0.983, 13
// violations. units17 (two "N-page"/"N pages" labels page → count, the
// dev golds' counted-things convention): unit 0.981 → 0.987.
const (
	polnearTrainGold = "../../testdata/claims/polnear-train.gold.jsonl"
	polnearTrainText = "../../../shared/eval/polnear/train/text"
)

// conv19's indefinite-one-mid ("coupled with one Reeves filed" no claim): not-claim violations 12 -> 11.
// overattr19 (evidence-subject: "The stream of new money confirms"): source 0.974 -> 0.978.
var polnearTrainFloors = heldoutFloor{F1: 0.98, Value: 0.98, Unit: 0.985, Source: 0.975, Cue: 0.88, MaxNotClaim: 11}

// heldoutFloor is a held-out set's ratchet: each figure just under what
// the extractor reaches.
type heldoutFloor struct {
	F1, Value, Unit, Source, Cue float64
	MaxNotClaim                  int
}

// ingestGold is the claim-level gold of 13 news bodies of
// ../shared/eval/ingest-dev/ground-truth.json (business, science, police,
// aviation, markets, fact-checks), annotated by hand and blind (by helpers
// who never ran the tool) on 2026-11-23. The bodies stay in ../shared; the
// test writes each to <id>.txt, the "file" of its gold line. Conventions
// normalised before scoring: fractions are percent, units the extractor's
// symbols (gram → g). The first run (commit 480d9e8) gave P 0.901, R 0.978,
// F1 0.938, value 0.971, unit 0.978, source 0.919, cue 0.927 and 15
// not-claim violations (model numbers "737 Max", a ticker table, "the
// earlier two", hypothetical "two more years", "within 20 years").
// Since then this set has guided fixes (its misses led to the model-number,
// stock-quote, "sees", "it" and title rules), so it is no longer held out;
// ingestGold2 is.
const ingestGold = "../../testdata/claims/ingest-dev.gold.jsonl"

// (A ninth not-claim since 2026-11-23's second session: "have been
// expected to sign a deal for about a month" is read as a measured
// duration; the annotator listed it as no claim.) The kind rules of
// quantity/kindforms.go (type modifiers "two-class", airliner models "737
// Max", "The 777 program"): P 0.952 → 0.979, F1 0.968 → 0.982, 5 violations.
// attrib14 ("executives of both companies announced"): source 134/138 →
// 135/138 (0.978). claimunits ("observed Europa for 17 nights" relabelled
// night, as the other golds' nights): unit 0.986 → 0.993; quotecov's
// definite-count ("the ten franchises", "the seven major"): F1 0.982 →
// 0.986; floors raised.
// conv16 relabelled "within 20 years" and "within 24 hours" exact claims and
// "the two companies", "the two countries" optional counts (testdata/claims/
// README.md, "Label conventions"): P 0.979 -> 0.986, F1 0.986 -> 0.990,
// value 0.993 -> 1.000, 5 -> 4 violations.
// Then "for about a month" an optional claim (a span measured "for" N):
// F1 0.990 -> 0.993, 4 -> 3 violations, cue 0.944 -> 0.937 (its cue read
// "been expected to").
var ingestFloors = heldoutFloor{F1: 0.99, Value: 0.995, Unit: 0.99, Source: 0.97, Cue: 0.93, MaxNotClaim: 3}

// ingestGold2 is a second blind batch of 14 ingest-dev bodies (70 claims:
// markets, science, health, sport, tech, courts), annotated the same way
// on 2026-11-23 with the conventions above given to the annotators. First
// run (commit 0140a41): P 0.914, R 0.914, F1 0.914, value 0.969, unit 0.906
// (units the extractor has no word for: light-years, frames per second,
// index points), source 0.969, cue 0.859, 4 not-claim violations. Its
// misses then guided general fixes (compound units, "more than a year",
// "for" durations, "4K", "age 12 and older", "a maximum value of"): F1
// 0.950, value 0.985, unit 0.940, source 0.970, cue 0.866, 2 violations.
// It is no longer held out; ingestGold4 is. Issue #15's vague-of-unit rule
// ("billions of years", "thousands of light-years"): unit 0.940 → 0.970;
// appositive ages after "Jr." and role nouns: 0.970 → 0.985. The kind
// rules of quantity/kindforms.go ("One campaign video featured", "a
// four-game winning streak"): P 0.971 → 1.000, F1 0.964 → 0.978, no
// violation.
// appositive ages after "Jr." and role nouns: 0.970 → 0.985; issue #16's
// attrib9 round: source 0.970 → 0.985, cue 0.866 → 0.881.
const ingestGold2 = "../../testdata/claims/ingest-dev-2.gold.jsonl"

// quotecov's definite-count ("the five awardees"): F1 0.978 → 0.986.
var ingestFloors2 = heldoutFloor{F1: 0.98, Value: 0.98, Unit: 0.98, Source: 0.98, Cue: 0.875, MaxNotClaim: 0}

// ingestGold3 is a third blind batch, 14 more ingest-dev bodies (93 claims:
// car launches, hockey and tennis results, politics, Hong Kong, a lost cat),
// annotated at the end of the 2026-11-23 session and kept held out. Two of
// its bodies had been read before in quote-speaker work (the Grisham and
// Sanborn articles). First run (commit 8910adc): P 0.840, R 0.903, F1
// 0.871, value 0.988, unit 0.929, source 0.929, cue 0.893, 16 not-claim
// violations (acceleration benchmarks "0-60 mph (97 kph)", slogans "one
// country, two systems", "zero shame", compounds "two-state", "three-game").
// Its misses then guided general fixes (benchmarks, fixed expressions, the
// emergency number 911, rate units, "the German automaker" → the company
// named before, objects with post-modifiers under "expect"): F1 0.904,
// value 0.988, unit 0.965, source 0.929, cue 0.894, 10 violations; after
// the PolNeAR train gold's fixes (the unnamed speaker's "one", the bank
// named before): F1 0.946, value 0.989, unit 0.966, source 0.943, cue
// 0.919, 5 violations. It is no longer held out. Units compared by
// canonical name (lexicon.CanonicalUnit: the gold's "liter" is litre):
// unit 0.966 → 0.989; appositive ages after role nouns ("the star, 42,"):
// 1.000.
const ingestGold3 = "../../testdata/claims/ingest-dev-3.gold.jsonl"

// The kind rules of quantity/kindforms.go ("a three-game winning streak"):
// P 0.956 → 0.967, F1 0.946 → 0.951, 4 violations. A spaced dash after a
// duration is punctuation (quant10): "to 60 mph (97 kph) in 5.8 seconds —
// a full two seconds faster" finds the gold claim "5.8 seconds", R 0.935 →
// 0.946, F1 0.951 → 0.957; it also overlaps the gold's not-claim "60 mph
// (97 kph) in 5.8" (meant for the speed; the evaluator counts a matched
// claim under a not-claim as a violation, as for "in about 3.5" already):
// 5 violations.
// quotecov's definite-count ("join the nine companies with"): F1 0.957 →
// 0.962.
// overattr19 (a clause cue's object before "as the Bruins beat …" reports nothing): source 0.966 -> 0.978, cue 0.921 -> 0.933.
var ingestFloors3 = heldoutFloor{F1: 0.955, Value: 0.98, Unit: 0.99, Source: 0.975, Cue: 0.93, MaxNotClaim: 5}

// ingestGold4 is a fourth blind batch, 14 more ingest-dev bodies drawn at
// random from those not yet annotated (a Black Friday deals page, a meal
// plan, a tour announcement, reviews, a science feature, a press release,
// an interview, non-English posts), annotated on 2026-11-23 by helpers who
// never ran the tool, and held out: no rule is changed for its misses.
// First run (commit 7f81739): P 0.856, R 0.944, F1 0.898, value 0.983,
// unit 0.849, source 0.975, cue 0.908, 23 not-claim violations (model and
// spec names on the deals page, list numbering, recipe amounts).
// Issue #15 (the unit table): two more gold claims found (tp 119 → 121),
// units right unchanged (101), so the unit ratio fell 0.849 → 0.835 and
// its floor moved 0.84 → 0.83; nothing was tuned on the set.
const ingestGold4 = "../../testdata/claims/ingest-dev-4.gold.jsonl"

var ingestFloors4 = heldoutFloor{F1: 0.90, Value: 0.98, Unit: 0.83, Source: 0.97, Cue: 0.90, MaxNotClaim: 21}

// TestClaimGolds runs the CLI over the PolNeAR articles of the claims golds
// into a temporary database, scores it against the hand-made gold and fails
// below the floors. Of its sets only polnear-dev-2 is held out (blind,
// 2026-11-23, no rule changed for it; its summary only, even with -v);
// polnear-dev guided fixes after its first runs and polnear-train is for
// tuning: both are dev sets.
func TestClaimGolds(t *testing.T) {
	if _, err := os.Stat(heldoutText); err != nil {
		t.Skipf("no PolNeAR dev texts beside the repo (%v)", err)
	}
	for _, set := range []struct {
		gold, dir string
		floor     heldoutFloor
		dev       bool // misses logged (-v); a held-out set's never are
	}{{heldoutGold, heldoutText, heldoutFloors, true}, {polnearDev2Gold, heldoutText, polnearDev2Floors, false}, {polnearTrainGold, polnearTrainText, polnearTrainFloors, true}} {
		t.Run(filepath.Base(set.gold), func(t *testing.T) {
			var files []string
			for _, f := range goldFiles(t, set.gold) {
				files = append(files, filepath.Join(set.dir, f))
			}
			scoreHeldOutAs(t, set.gold, files, set.floor, set.dev)
		})
	}
}

// TestIngestClaimGolds scores the blind golds of the ingest-dev news bodies
// the same way. Only batch 4 (ingest-dev-4) is held out (its summary only,
// even with -v, since 2026-12-07: before, -v printed its misses too, and two
// helpers saw some of them that day); batches 1 to 3 guided fixes after
// their first runs and are dev sets.
func TestIngestClaimGolds(t *testing.T) {
	if _, err := os.Stat(heldoutQuotesTruth); err != nil {
		t.Skipf("no ingest-dev ground truth beside the repo (%v)", err)
	}
	truth, err := eval.ReadIngestTruth(heldoutQuotesTruth)
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []struct {
		gold  string
		floor heldoutFloor
		dev   bool // misses logged (-v); a held-out set's never are
	}{{ingestGold, ingestFloors, true}, {ingestGold2, ingestFloors2, true}, {ingestGold3, ingestFloors3, true}, {ingestGold4, ingestFloors4, false}} {
		t.Run(filepath.Base(set.gold), func(t *testing.T) {
			dir := t.TempDir()
			var files []string
			for _, f := range goldFiles(t, set.gold) {
				tr, ok := truth[strings.TrimSuffix(f, ".txt")]
				if !ok {
					t.Fatalf("%s: %s not in %s", set.gold, f, heldoutQuotesTruth)
				}
				path := filepath.Join(dir, f)
				if err := os.WriteFile(path, []byte(tr.ArticleBody), 0o644); err != nil {
					t.Fatal(err)
				}
				files = append(files, path)
			}
			scoreHeldOutAs(t, set.gold, files, set.floor, set.dev)
		})
	}
}

// goldFiles lists the "file" of every line of a gold file.
func goldFiles(t *testing.T, gold string) []string {
	t.Helper()
	arts, err := eval.ReadGold(gold)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) == 0 {
		t.Fatalf("%s: no articles", gold)
	}
	files := make([]string, len(arts))
	for i, a := range arts {
		files[i] = a.File
	}
	return files
}

// scoreHeldOut runs the CLI over files into a temporary database, scores
// it against gold and fails below the floors; the whole eval report
// (misses included) is logged (-v).
func scoreHeldOut(t *testing.T, gold string, files []string, fl heldoutFloor) {
	t.Helper()
	scoreHeldOutAs(t, gold, files, fl, true)
}

// scoreHeldOutAs is scoreHeldOut; with showMisses false it logs only the
// eval summary line, for sets whose misses nobody may read.
func scoreHeldOutAs(t *testing.T, gold string, files []string, fl heldoutFloor, showMisses bool) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "claims.db")
	if code, out, errs := cli(t, append([]string{"run", "--db", db}, files...)...); code != exitOK {
		t.Fatalf("extract run: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	code, out, errs := cli(t, "eval", "--db", db, "--gold", gold)
	if code != exitOK {
		t.Fatalf("eval: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if showMisses {
		t.Logf("held-out eval:\n%s", out)
	} else {
		t.Logf("held-out eval summary: %s", lines[len(lines)-1])
	}
	var s eval.Summary
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &s); err != nil {
		t.Fatalf("eval summary line: %v", err)
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"detection F1", s.F1, fl.F1},
		{"value accuracy", s.ValueAccuracy, fl.Value},
		{"unit accuracy", s.UnitAccuracy, fl.Unit},
		{"source accuracy", s.SourceAccuracy, fl.Source},
		{"cue accuracy", s.CueAccuracy, fl.Cue},
	} {
		if c.got < c.want {
			t.Errorf("%s %.3f < floor %.3f", c.name, c.got, c.want)
		}
	}
	if s.NotClaimViolations > fl.MaxNotClaim {
		t.Errorf("not-claim violations %d > %d", s.NotClaimViolations, fl.MaxNotClaim)
	}
}
