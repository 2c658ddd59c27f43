package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/eval"
)

// freshSets are the hand-made sentence golds of testdata/attribution (see
// its README): news passages of many countries and beats, each with the
// figure scored, its accepted source names and its cue; floor sits just
// under the set's source accuracy now.
//
// fresh-1 first run (2026-12-06, before the fixes it guided): source 59/64
// (0.922), cue 51/53 (0.962); after them 64/64, 53/53: a dev set.
// fresh-2 was written after those fixes; first run 33/38 (0.868), cue
// 32/33 (the code before the fresh-1 fixes: 25/38); after the fixes its
// misses guided (a dev set since) 38/38, 33/33.
// fresh-3 (multi-sentence forms, testdata/attribution/README.md) first
// run 11/30 (0.367), cue 11/16; with the paragraph-opening source 16/30;
// one annotation corrected (a plan's proposer, README) 17/30, cue 11/15;
// with the next-sentence forms and the closing report (attrib
// nextsentence.go) and the place before ", the company said" 28/30, 14/15.
// fresh-4 was written after those; first run 33/36 (0.917), cue 26/27
// (the code before the round: 28/36); after the fixes its misses guided
// (a dev set since) 36/36, 27/27.
// fresh-5 was written after the fresh-4 fixes; first run 31/32 (0.969),
// cue 19/19 (the code before the round: 21/32); its miss ("the oil
// giant said") then guided a fix: 32/32, a dev set.
// fresh-6 (Commonwealth titles, honorifics and party labels) first run
// 42/45 (0.933), cue 42/44; with the titles rows and the title-stop join
// 45/45, 44/44: a dev set.
// fresh-7 (issue 16's quotation forms) first run 30/35 (0.857), cue
// 31/33; with the surname after a form of address and the given name
// alone (attrib/shortnames.go) 31/35; with initials in an appositive and
// quote paragraphs after reported speech 33/35, cue 32/33; with the
// surname He 34/35: a dev set.
// fresh-8 (more quotation forms, other countries) first run 22/25
// (0.880), cue 22/23 (one cue label corrected, README: 23/23); with
// given names of patronymic names and the surname He 24/25, 23/23.
// fresh-9 (articles with several speakers) first run 14/15, cue 13/13;
// with the surname-first name extended for a pronoun 15/15.
// fresh-10 (source forms outside direct quotes) first run (commit
// ee35492) 36/48 (0.750), cue 34/40; one label corrected to the
// project's convention ("posted a net profit": the company) 37/48; with
// the fixes its misses guided (attrib: but-clauses after a negated cue,
// body descriptions, per/as per documents, counted subjects, appositive
// names of descriptions, contrasts after a parenthetical cue, titled
// issues, tied plural subjects, closing documents with an agent) 48/48,
// cue 41/41: a dev set.
// fresh-11 (fresh-10's forms in new wording) first run (commit bc9c422,
// after the fresh-10 fixes) 24/27 (0.889), cue 22/24 (the code
// before the round, 1db3278: 15/27, cue 16/24); with "with knowledge
// of" as anonymous sourcing and the previous subject first for "the
// regulator" 26/27, cue 23/24: a dev set; with the cue verb read as a
// noun or adjective after an aside (attrib asideCueVerb) 27/27, 24/24.
// fresh-13 (source forms outside quotes, other countries and outlets)
// first run (commit 3a3cd42) 61/72 (0.847), cue 56/62: a dev set since;
// with the fixes its misses guided (attrib: -ing asides, titled and
// digit-led names, press pieces in publications, "per … of", people of a
// body, measures posting no results, an outlet that "understands")
// 69/72, cue 62/62; with the fresh-14 round (issuer-before, a name read
// as a participle after "has", plural possessives inside names) 71/72.
// fresh-14 (live blogs, wire briefs, press releases, courts, results,
// sport, health, disasters, elections, local government) first run
// (commit 788b130) 59/74 (0.797), cue 54/59: a dev set since; with the
// fixes its misses guided (attrib pressrelease_test.go: issuer-before,
// tied body descriptions, range objects, a bare time after a closing
// cue, role-before) 65/74 (0.878), cue 56/59.
// fresh-15 (nested reports, document owners, names over commas,
// addressees, agentless and negated cues, non-US titles) first run
// (commit 941fa0c) 75/84 (0.893), cue 68/74: a dev set since; with the
// fixes its misses guided (attrib fresh15_forms_test.go: a time before a
// nested report's "that", citing asides, comma-listed names, submissions,
// company suffix stops) 82/84 (0.976), cue 74/74.
var freshSets = []struct {
	path  string
	floor float64
}{
	{"../../testdata/attribution/fresh-1.jsonl", 0.95},
	{"../../testdata/attribution/fresh-2.jsonl", 0.95},
	{"../../testdata/attribution/fresh-3.jsonl", 0.9},
	{"../../testdata/attribution/fresh-4.jsonl", 0.95},
	{"../../testdata/attribution/fresh-5.jsonl", 0.95},
	{"../../testdata/attribution/fresh-6.jsonl", 0.95},
	{"../../testdata/attribution/fresh-7.jsonl", 0.94},
	{"../../testdata/attribution/fresh-8.jsonl", 0.92},
	{"../../testdata/attribution/fresh-9.jsonl", 0.93},
	{"../../testdata/attribution/fresh-10.jsonl", 0.95},
	{"../../testdata/attribution/fresh-11.jsonl", 0.96},
	{"../../testdata/attribution/fresh-13.jsonl", 0.97},
	{"../../testdata/attribution/fresh-14.jsonl", 0.86},
	{"../../testdata/attribution/fresh-15.jsonl", 0.97},
}

type freshCase struct {
	ID     string   `json:"id"`
	Beat   string   `json:"beat"`
	Text   string   `json:"text"`
	Num    string   `json:"num"`
	Source []string `json:"source"`
	Cue    string   `json:"cue"`
}

func readFresh(t *testing.T, path string) []freshCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []freshCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var c freshCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		if !strings.Contains(c.Text, c.Num) {
			t.Fatalf("%s:%d: %q not in the text", path, n, c.Num)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	return out
}

// freshReading runs the whole extractor over a passage and returns the
// source and cue of the mention overlapping the first occurrence of num;
// when that mention is no claim (or none is found) the source is the one a
// claim standing there would get (SourcesAt) and the cue is empty.
func freshReading(e *Extractor, c freshCase) (*claims.Source, string) {
	start := strings.Index(c.Text, c.Num)
	end := start + len(c.Num)
	for _, q := range e.ExtractText(c.ID, c.Text) {
		if q.Quantity.Start < end && start < q.Quantity.End && q.IsClaim() {
			cue := ""
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			return q.Source, cue
		}
	}
	return e.SourcesAt(c.Text, []int{start})[0], ""
}

// TestFreshSentences scores source and cue on the sentence golds and fails
// when a set's source accuracy drops below its floor; misses are logged
// (-v).
func TestFreshSentences(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range freshSets {
		cases := readFresh(t, set.path)
		srcOK, cueOK, cues := 0, 0, 0
		for _, c := range cases {
			src, cue := freshReading(e, c)
			if eval.SourceMatches(src, c.Source) {
				srcOK++
			} else {
				got := ""
				if src != nil {
					got = src.Name
				}
				t.Logf("source %s: got %q, want %q", c.ID, got, c.Source)
			}
			if c.Cue != "" {
				cues++
				if strings.EqualFold(cue, c.Cue) {
					cueOK++
				} else {
					t.Logf("cue %s: got %q, want %q", c.ID, cue, c.Cue)
				}
			}
		}
		acc := float64(srcOK) / float64(len(cases))
		t.Logf("%s: source %d/%d (%.3f), cue %d/%d (%.3f)", set.path, srcOK, len(cases), acc, cueOK, cues, float64(cueOK)/float64(cues))
		if acc < set.floor {
			t.Errorf("%s: source accuracy %.3f below the floor %.2f", set.path, acc, set.floor)
		}
	}
}
