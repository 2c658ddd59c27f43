package main

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// freshQuoteSets are hand-made direct-quote speaker golds over short wire
// passages of many countries (testdata/quotes/README.md): the passages in
// <name>.texts.jsonl, the gold in <name>.gold.jsonl (the line format of
// ingest-dev.gold.jsonl). floor bounds the numbers as claims with the
// right source, speakerFloor the speaker of the quote holding each number.
//
// fresh-1 was annotated before the first run (2026-12-06): first run 54/65
// as claims with the right source (0.831), quote speakers 57/65 (0.877);
// its misses guided fixes since (a dev set): 60/65 (0.923), 62/65 (0.954),
// 64/65, and 65/65 with a currency letter's price per measure after "a"
// ("N617 a litre", quantity/numbers.go).
// fresh-2 (42 passages of 9 countries, 70 numbers) was annotated before
// its first run (2026-12-07, the code of fdf7fee): quote speakers 67/70
// (0.957), as claims with the right source 63/70 (0.900); a dev set since:
// 67/70 (0.957) as claims after the currency-letter rule, 70/70 after the
// role-noun and capitalised-role fixes.
// fresh-12 (27 passages in styles the earlier sets lacked: tabloid, Q&A
// and broadcast transcripts, live blogs, features, sports, press releases,
// numbers in words; 57 numbers) was annotated and committed (ff36acc)
// before its first run (2026-12-07): quote speakers 53/57 (0.930), as
// claims with the right source 50/57 (0.877); a dev set since: 57/57 and
// 55/57 after a transcript party's label ("HOST:", "REPORTER:") and
// "maybe half" (rule hedged-half).
// fresh-13 (34 passages in the style of Canadian news and of five other
// countries, 75 numbers in quotes, 9 of them marked "claim": false) was
// annotated and committed (c8b48e6) before its first run (2026-12-07, the
// code of 67f9fbd): quote speakers 74/75 (0.987), as claims with the right
// source 60/66 (0.909), made claims 61/66 (0.924); a dev set since:
// 75/75 and 66/66 after attrib13's fixes (couple-scale, "20-odd years",
// "did 35 years", "Half my paycheque", the employer in a role's
// appositive), which also took fresh-12 to 56/57 ("did 40 years").
// fresh-14 (32 passages: US local TV and features, Irish, Scottish,
// Nigerian, Kenyan, Ghanaian, South African, Indian, Pakistani, Filipino,
// Malaysian and Singaporean styles; 103 numbers in quotes, 21 of them
// "claim": false) was annotated and committed (82c4ae0) before its first
// run (2026-12-07, the code of 6800453): quote speakers 83/103 (0.806), as
// claims with the right source 70/82 (0.854), made claims 82/82, 3 of the
// 21 non-claims made claims; a dev set since: 102/103 and 81/82, none of
// the non-claims a claim, after attrib16's rules (office-portfolio-name,
// compound-title, office-not-name, person-in-place, role-second-mention,
// cue-pronoun-gender, titled-name-between-commas, hyperbole-times,
// not-one).
// fresh-15 (36 passages of 25 countries' news, in translation for four
// Francophone ones; 112 numbers in quotes, 12 of them "claim": false) was
// annotated and committed (5c95e81) before its first run (2026-12-07, the
// code of ec3b9a0): quote speakers 102/112 (0.911), as claims with the
// right source 91/100 (0.910), made claims 100/100, none of the 12
// non-claims a claim; a dev set since: 112/112 and 100/100 after
// quotes15's rules (dateline-no-party, transcript-we,
// partial-quote-subject, addressee-not-speaker,
// role-after-attributed-quote; with name-before-venue and
// hedged-fraction from probes in the same styles).
// fresh-16 (26 passages of Canadian news in the manner of the Gender Gap
// Tracker's outlets; 128 numbers in quotes, 21 of them "claim": false)
// was annotated and committed (cf043f5) before its first run (2026-12-07,
// the code of d6bbd4c): quote speakers 117/128 (0.914), as claims with
// the right source 95/107 (0.888), made claims 105/107, none of the 21
// non-claims a claim; a dev set since: 126/128 and 103/107 after
// quotes16's fixes (body-description row "force" with own-subject,
// org-head/previous-subject, PlaceGivenNames "Jordan",
// he-she/not-a-description, position role nouns).
// fresh-17 (24 passages of the English-language press of ten African and
// Asian countries; 122 numbers in quotes, 10 of them "claim": false) was
// annotated and committed (ea7ecf0) before its first run (2026-12-07, the
// code of 93fd7d5): quote speakers 92/122 (0.754), as claims with the
// right source 80/112 (0.714), made claims 109/112, 2 of the 10
// non-claims a claim; a dev set since: 111/122 (0.910) and 99/112 (0.884)
// after quotes17's rules (name-part, role rows "cs"/"monarch", title rows
// "Sardar"/"Undersecretary", said-clause-subject). Its two non-claims
// made claims ("A 36% increase over three years", "pay it in three
// instalments") are quantity readings, pinned at 2. quotes19's hyphenated
// currency-letter scale ("R423-billion", "R1-billion a month") made its
// last three claims: 112/112.
// The floors sit just under the figures now.
var freshQuoteSets = []struct {
	name                string
	floor, speakerFloor float64
	nonClaimsAllowed    int // known non-claims made claims, pinned
}{
	{"fresh-1", 0.98, 0.98, 0},
	{"fresh-2", 0.97, 0.97, 0},
	{"fresh-12", 0.97, 0.98, 0},
	{"fresh-13", 0.98, 0.98, 0},
	{"fresh-14", 0.97, 0.97, 0},
	{"fresh-15", 0.98, 0.98, 0},
	{"fresh-16", 0.97, 0.99, 0},
	{"fresh-17", 0.995, 0.995, 2},
}

// readQuoteTexts reads a passages file: one {"article", "country", "text"}
// per line.
func readQuoteTexts(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	texts := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var p struct {
			Article string `json:"article"`
			Country string `json:"country"`
			Text    string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		if p.Article == "" || p.Text == "" {
			t.Fatalf("%s:%d: a passage needs an article id and a text", path, n)
		}
		if _, dup := texts[p.Article]; dup {
			t.Fatalf("%s:%d: article %s twice", path, n, p.Article)
		}
		texts[p.Article] = p.Text
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return texts
}

// TestQuoteSpeakersFresh scores the fresh quote sets like
// TestQuoteSpeakersDev; misses are logged (-v).
func TestQuoteSpeakersFresh(t *testing.T) {
	for _, set := range freshQuoteSets {
		t.Run(set.name, func(t *testing.T) {
			texts := readQuoteTexts(t, "../../testdata/quotes/"+set.name+".texts.jsonl")
			scoreQuotesAllowing(t, "../../testdata/quotes/"+set.name+".gold.jsonl", texts, set.floor, set.speakerFloor, true, set.nonClaimsAllowed)
		})
	}
}
