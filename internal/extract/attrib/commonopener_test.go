package attrib

import (
	"testing"

	"github.com/factcheck/extract/internal/extract/text"
)

// The boundaries of source names (commonopener.go, names.go): a sentence's
// first word alone that is a common noun of the tables is a description
// (rule common-noun-opener; web-dev-13 "Research … showed", web-dev-5
// "Councillors", web-dev-6 "Scientists", articles-dev-6 "Officials",
// "Inspectors", ingest-dev-3 "Police"); a sentence adverb is no part of a
// name and alone no source (lexicon.SentenceAdverbs, junk rule
// sentence-adverb; the entity audit's "Previously Redstone", "Instead");
// a wire headline's capitals run into a name are no part of it (rule
// headline-caps-run; Reuters-21578 train "COMPLETES ACQUISITION UtiliCorp
// United Inc", "BID Rospatch Corp"); a capitalised role opening the
// sentence before a person's name is a title ("Campaigner Sarah Milne of
// Oxfam"). Own sentences, varied wording, with negatives.
func TestNameBoundaries(t *testing.T) {
	m, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text, num, source, naming string
	}{
		// common-noun-opener: the phrase as written, a description
		{"staff plural", "Officials said 300 homes were flooded in the valley.", "300", "Officials", ruleCommonNounOpener},
		{"role plural", "Councillors said the bridge would cost 2 million pounds.", "2 million pounds", "Councillors", ruleCommonNounOpener},
		{"recording body", "Police said 14 people were arrested after the match.", "14", "Police", ruleCommonNounOpener},
		{"document noun", "Research published last year showed a 12% fall in yields.", "12%", "Research", ruleCommonNounOpener},
		{"inspectors", "Inspectors found 17 wells that had not been reported.", "17", "Inspectors", ruleCommonNounOpener},
		// negatives: a fuller name of the article, a mid-sentence name,
		// a one-word company
		{"surname of a name before", "Sarah Head runs the clinic in Leeds. Head said 40 patients were waiting.", "40", "Sarah Head", "proper-name"},
		{"company name", "Shell said profits rose 12% in the quarter.", "12%", "Shell", "proper-name"},
		// sentence adverbs
		{"adverb glued", "Previously Redstone said it would pay 45 dlrs a share.", "45 dlrs a share", "Redstone", "proper-name"},
		{"adverb glued, person", "Separately Maria Lopez said 40 workers were laid off.", "40", "Maria Lopez", "proper-name"},
		{"connective glued", "Meanwhile Acme Corp said sales rose 12 pct.", "12 pct", "Acme Corp", "proper-name"},
		// headline capitals
		{"caps run", "ACME &lt;ACM> COMPLETES ACQUISITION Acme United Inc said it paid 21 mln dlrs for the plant.", "21 mln dlrs", "Acme United Inc", "proper-name"},
		{"one caps word the article writes in lower case", "ROSPATCH &lt;RPCH> REJECTS BID Rospatch Corp said it would reject the bid of 22 dlrs a share.", "22 dlrs a share", "Rospatch Corp", "proper-name"},
		{"one caps word after a ticker", "ACME &lt;ACM> REJECTS DIAGNOSTIC &lt;DRS> BID Acme Corp said it rejected an offer of 22 dlrs a share.", "22 dlrs a share", "Acme Corp", "proper-name"},
		{"caps run before a coordinated name", "DECLARES STOCK DIVIDEND Davis Water and Waste Industries Inc said it would pay 10 cts a share.", "10 cts a share", "Davis Water and Waste Industries Inc", "proper-name"},
		{"role opening the body after a headline", "HALE &lt;HAL> DETAILS NEW OFFER Investor Carl Hale said he would pay 45 dlrs a share.", "45 dlrs a share", "Carl Hale", "proper-name"},
		{"caps dateline", "NEW YORK Mayor Eric Adams said 300 shelters were full.", "300", "Eric Adams", "titled-name"},
		// negatives: an acronym of the name's own
		{"acronym before a name", "NBC News said 40 people were hurt in the fire.", "40", "NBC News", "proper-name"},
		{"place acronym", "US Airways said 12 flights were cancelled.", "12", "US Airways", "proper-name"},
		// a role before a person's name
		{"role before a name", "Campaigner Sarah Milne of Oxfam said 300 families were affected.", "300", "Sarah Milne", "person-of-organisation"},
		{"role before a name, academic", "Lecturer Tom Reid said 40 students had left the course.", "40", "Tom Reid", "proper-name"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, rules := attributeOne(t, m, c.text, c.num)
			if got != c.source || rules.Name != c.naming {
				t.Errorf("%q: source %q by name rule %q, want %q by %q", c.text, got, rules.Name, c.source, c.naming)
			}
		})
	}
}

// TestSentenceAdverbAlone: a sentence adverb alone in the subject's place
// is no source (junk rule sentence-adverb).
func TestSentenceAdverbAlone(t *testing.T) {
	for _, ws := range [][]string{{"Instead"}, {"Previously"}, {"Then"}} {
		ts := make([]text.Token, len(ws))
		for i, w := range ws {
			ts[i] = text.Token{Text: w}
		}
		if got := junkSource(ts, 0, len(ts)-1); got != "sentence-adverb" {
			t.Errorf("%v: junk rule %q, want sentence-adverb", ws, got)
		}
	}
}

func TestHeadlineCapsLead(t *testing.T) {
	lower := &lowerWords{text: "WTC INTERNATIONAL <WAF> the bid was made and the deal was done"}
	for _, c := range []struct {
		name     string
		tickered bool
		want     int
	}{
		{"COMPLETES ACQUISITION UtiliCorp United Inc", false, 2},
		{"BID Rospatch Corp", false, 1},
		{"DEAL Acme Corp", false, 1},
		{"SUBSIDIARY UtiliCorp United Inc", true, 1},
		{"SUBSIDIARY UtiliCorp United Inc", false, 0},
		{"NBC News", true, 0}, // (before an organisation head the capitals are the name's)
		{"NBC News", false, 0},
		{"SETS INITIAL QUARTERLY DIVIDEND FFB Corp", false, 4},
		{"STOCK SALE IMRE Corp", false, 2},
		{"BID ACME Corp", false, 1},
		{"RISES Union Carbide Corp", true, 1},
		{"SETS SOUTH AFRICA TRUST WTC International N.V.", true, 4}, // (the article writes "WTC INTERNATIONAL")
		{"IBM Research", false, 0},
		{"US EPA Administrator", false, 0},
		{"UK Finance", false, 0},
		{"MP Jess Phillips", false, 0},
		{"ACME CORP", false, 0},
		{"Acme Corp", false, 0},
	} {
		if got := headlineCapsLead(lower.text, splitWords(c.name), lower, c.tickered); got != c.want {
			t.Errorf("%q: %d, want %d", c.name, got, c.want)
		}
	}
}

func splitWords(s string) []string { return appendFields(nil, s) }
