package quantity

import "testing"

// TestAnnotatorAgreement scores a second, blind annotation of a fixed sample
// of the DEV sets web-dev-12 and web-dev-13 (every third sentence: the 1st,
// 4th, 7th, ... of each file), of the wire set web-dev-17 likewise
// (agree19, agreement/web-dev-17.second.txt) and of the 1961 press set
// web-dev-19 (agreeq19, agreement/web-dev-19.second.txt), against their
// gold, with the dev-set scorer:
// annotator A (the sets' gold) is gold and annotator B
// (testdata/quantities/agreement/web-dev-12-13.second.txt) the prediction.
// It also scores the recogniser on the sample against each annotator. The
// study and its disagreements: testdata/quantities/agreement/README.md.
// Floors just under the figures measured when the study was made; the
// sample must align with the gold sentence by sentence.
func TestAnnotatorAgreement(t *testing.T) {
	const dir = "../../../testdata/quantities/"
	for _, smp := range []struct {
		name       string
		sets       []string // annotator A: every third sentence of each
		second     string   // annotator B
		size       int
		bA, tA, tB setFloors
	}{
		{"web-dev-12-13", []string{"web-dev-12", "web-dev-13"}, "web-dev-12-13.second.txt", 172,
			agreeBvsAFloors, agreeToolAFloors, agreeToolBFloors},
		{"wire web-dev-17", []string{"web-dev-17"}, "web-dev-17.second.txt", 67,
			wireBvsAFloors, wireToolAFloors, wireToolBFloors},
		{"press web-dev-19", []string{"web-dev-19"}, "web-dev-19.second.txt", 70,
			pressBvsAFloors, pressToolAFloors, pressToolBFloors},
	} {
		t.Run(smp.name, func(t *testing.T) {
			var gold []devSentence // annotator A on the sample
			for _, name := range smp.sets {
				for i, ds := range loadDevSet(t, dir+name+".txt") {
					if i%3 == 0 {
						gold = append(gold, ds)
					}
				}
			}
			second := loadDevSet(t, dir+"agreement/"+smp.second) // annotator B
			if len(gold) != smp.size || len(second) != smp.size {
				t.Fatalf("sample of %d gold and %d second sentences, want %d each", len(gold), len(second), smp.size)
			}
			for i := range gold {
				if gold[i].text != second[i].text {
					t.Fatalf("sentence %d differs:\n gold   %q\n second %q", i, gold[i].text, second[i].text)
				}
			}
			agreementRows(t, gold, second, smp.bA, smp.tA, smp.tB)
		})
	}
}

// agreementRows scores B against A, the recogniser against A and against B.
func agreementRows(t *testing.T, gold, second []devSentence, bA, tA, tB setFloors) {
	asMentions := func(ann []devSentence) func(int, devSentence) []Mention {
		return func(i int, _ devSentence) []Mention {
			var out []Mention
			for _, g := range ann[i].mentions {
				out = append(out, Mention{Start: g.start, End: g.end, Low: g.low, High: g.high,
					Qualifier: g.qual, Unit: g.unit, Change: g.change, Kind: g.kind})
			}
			return out
		}
	}
	// (the page's dollar is a fact of the page, read from A's set for both)
	tool := func(i int, ds devSentence) []Mention { return withPageDollar(Find(ds.text), gold[i].dollar) }
	for _, c := range []struct {
		name    string
		gold    []devSentence
		predict func(int, devSentence) []Mention
		floors  setFloors
	}{
		{"B vs A (A gold)", gold, asMentions(second), bA},
		{"tool vs A", gold, tool, tA},
		{"tool vs B", second, tool, tB},
	} {
		t.Run(c.name, func(t *testing.T) {
			reportScores(t, c.name, len(c.gold), scoreDevWith(c.gold, c.predict), c.floors, false)
		})
	}
}

// Floors just under the figures of 2026-12-07 (agree16; recogniser of main
// f97c083): B vs A detection F1 0.994, claim precision 0.992, value F1
// 0.975, value+unit 0.869, kind 0.988, change 0.975 (both files are fixed,
// so these move only when a label does); tool vs A 0.987, 0.975, 0.963,
// 0.947, 0.977, 0.983; tool vs B 0.984, 0.975, 0.947, 0.831, 0.972, 0.975.
// The tool follows A's conventions where B differs (see the README), so a
// fix on the dev sets may lower tool vs B: say so when its floor moves.
// conv17 (2026-12-07) relabelled A's two ticker quotes of the sample
// ("yield TMUBMUSD10Y, 0.673% fell": page furniture by ANNOTATION.md, kind
// other; testdata/claims/README.md "Label conventions"); B, a blind record,
// stays as written, so B vs A fell to claim precision 0.975, value F1
// 0.967, value+unit 0.860, kind 0.980, and tool vs B kind to 0.965 (the
// tool follows the convention, rule ticker-quote); tool vs A rose to
// value 0.966, value+unit 0.950. Floors moved with them.
// units17 relabelled A (web-dev-12/13) to the label conventions decided
// since (testdata/claims/README.md: a frequency away from a count, the
// page's bare "$"; B untouched) and the scorer gives the tool the page's
// dollar: B vs A value+unit 0.951, tool vs A 0.950, tool vs B 0.909.
// Both merged (2026-12-07): B vs A claim precision 0.975, value 0.967,
// value+unit 0.942, kind 0.980; tool vs A 0.966 / 0.950; tool vs B value
// 0.942, value+unit 0.900, kind 0.965.
// conv18 relabelled A's "grew 8% per year" percent (was percent/year: the
// dev golds' majority, 10 / 2; testdata/claims/README.md "Label
// conventions"); B, a blind record, stays as written, so B vs A
// value+unit fell 0.942 -> 0.934 and its floor moved 0.94 -> 0.93. Tool vs
// A stands at value 0.979, value+unit 0.979 (rounds of fixes since the
// merge and conv18's relabels): floors 0.975; tool vs B value+unit 0.922.
var (
	agreeBvsAFloors  = setFloors{detection: 0.99, value: 0.965, valueUnit: 0.93, kind: 0.975, change: 0.97, claimPrec: 0.97}
	agreeToolAFloors = setFloors{detection: 0.98, value: 0.975, valueUnit: 0.975, kind: 0.97, change: 0.975, claimPrec: 0.97}
	agreeToolBFloors = setFloors{detection: 0.975, value: 0.95, valueUnit: 0.92, kind: 0.96, change: 0.965, claimPrec: 0.97}
	// Wire sample (agree19, 2026-12-07; recogniser of 29ca0ef): every third
	// sentence of web-dev-17 (1987 Reuters), B blind (d1fbcce). B vs A
	// detection 0.987, claim precision 1.000, value 1.000, value+unit 0.877,
	// kind 0.966, change 0.896; tool vs A 0.997, 1.000, 0.986, 0.910, 0.987,
	// 0.962; tool vs B 0.990, 1.000, 0.986, 0.844, 0.953, 0.933.
	wireBvsAFloors  = setFloors{detection: 0.98, value: 0.99, valueUnit: 0.87, kind: 0.96, change: 0.89, claimPrec: 0.99}
	wireToolAFloors = setFloors{detection: 0.99, value: 0.98, valueUnit: 0.905, kind: 0.98, change: 0.955, claimPrec: 0.99}
	wireToolBFloors = setFloors{detection: 0.985, value: 0.98, valueUnit: 0.84, kind: 0.95, change: 0.93, claimPrec: 0.99}
	// Press sample (agreeq19, 2026-12-08; recogniser of main 6e7e725): every
	// third sentence of web-dev-19 (Brown corpus, 1961 US press), B blind
	// (fb96a58). B vs A detection 1.000, claim precision 1.000, value 0.990,
	// value+unit 0.951, kind 0.989, change 1.000; tool vs A 0.978, 0.941,
	// 0.932, 0.913, 0.911, 1.000; tool vs B 0.978, 0.941, 0.941, 0.882,
	// 0.922, 1.000. 90 mentions: one kind label is about 0.011.
	pressBvsAFloors  = setFloors{detection: 0.995, value: 0.985, valueUnit: 0.945, kind: 0.985, change: 0.995, claimPrec: 0.995}
	pressToolAFloors = setFloors{detection: 0.975, value: 0.93, valueUnit: 0.91, kind: 0.91, change: 0.995, claimPrec: 0.94}
	pressToolBFloors = setFloors{detection: 0.975, value: 0.94, valueUnit: 0.88, kind: 0.92, change: 0.995, claimPrec: 0.94}
)
