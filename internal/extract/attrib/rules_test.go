package attrib

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/text"
)

// TestRulesNamed checks that the rules AttributeExplained reports are the
// ones that decided: the cue's rule and the step of npSteps (or of source)
// that resolved the name, with its sub-rule (subRule).
func TestRulesNamed(t *testing.T) {
	m, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, num   string
		source      string
		cue, naming string
	}{
		{"President Barack Obama spoke on Monday. The president said 300 people came.", "300", "Barack Obama", "verb-cue/strong", "titled-role"},
		{"According to the Interior Ministry, 1,200 people were arrested.", "1,200", "Interior Ministry", "according-to", "proper-name"},
		{"Amnesty International counts detainees. Officials disputed the count. The group said 200 people were held.", "200", "Amnesty International", "verb-cue/strong", "org-description"},
		{"Amnesty International opened an office in Caracas on Monday. The group said 200 people were held.", "200", "Amnesty International", "verb-cue/strong", ruleDescriptionSubject + "/previous-subject"},
		{"Foro Penal, a rights group, counts detainees. The group said 200 people were held.", "200", "Foro Penal", "verb-cue/strong", ruleApposedDescription + "/appositive"},
		{"Sun Hung Kai Properties, the biggest developer, sold 520 flats, the company said.", "520", "Sun Hung Kai Properties", "verb-cue/strong", ruleDescriptionSubject + "/own-subject"},
		{"Finance Minister Carlos Vega said 400 firms closed.", "400", "Carlos Vega", "verb-cue/strong", "titled-name"},
		{"Sales rose 4 percent, Finance Minister Carlos Vega said, but the Federation of Small Businesses estimates that 400 firms closed.", "400", "Federation of Small Businesses", "later-clause-cue", "proper-name"},
		{"The Interior Ministry expects 300 more arrests this year.", "300", "Interior Ministry", "verb-cue/attitude", "proper-name"},
		{"Harbin Valve Co filed its results. Sales abroad rose. In its filing to the Shenzhen Stock Exchange, the company reported revenue of 400 million yuan.", "400 million yuan", "Harbin Valve Co", "verb-cue/strong", "company-not-body"},
		{"Shaheen Afridi took four wickets. Shaheen said 150 fans waited at the hotel.", "150", "Shaheen Afridi", "verb-cue/strong", "given-name-alone"},
		{"Island Aviation Services carried 1.2 million passengers.\n\nIsland Aviation said it would pay a dividend of MVR 20 million.", "MVR 20 million", "Island Aviation Services", "verb-cue/strong", "proper-name/org-short-form"},
		{"Fisheries and Oceans Canada said the stock had collapsed. “We are watching 40 sites,” the department said in a statement.", "40", "Fisheries and Oceans Canada", "quote-tail/tail", "org-head/previous-subject"},
		{"Maria Lopez runs the farm. “We hired 40 workers,” Lopez said.", "40", "Maria Lopez", "quote-tail/tail", "proper-name"},
		{"Q&A with Senator Ruth Okafor.\n\nSenator Ruth Okafor met Daily Ledger senior editor Tom Hale in her office this week.\n\nQ: Your state lost 4,000 jobs last year. What went wrong?\n\nA: We lost 4,500 jobs.\n\nQ: And this year?\n\nA: Better.\n", "4,500", "Ruth Okafor", "transcript-label", "interviewee"},
		{"Governor says budget is balanced.\n\nOn Sunday, Governor Lena Brandt spoke with host Carl Whitman.\n\nCARL WHITMAN: The deficit was 2 billion dollars.\n\nBRANDT: We cut 700 positions.\n\nWHITMAN: Will you run again?\n\nBRANDT: Not this year.\n", "700", "Lena Brandt", "transcript-label", "caps-label"},
		{"Kasikorn Securities cut its target price for SCG shares to 185 baht from 230 baht.", "185 baht", "Kasikorn Securities", "revised-count/target-price-revision", "proper-name"},
		{"The Brookings Institution published a study of rents in March. The study found that rents rose 5 percent.", "5 percent", "Brookings Institution", "verb-cue/strong", "document-author/document-issued-by-subject"},
		{"In its annual report, the bank said profits rose. The report showed that lending grew 7 percent.", "7 percent", "the bank", "verb-cue/strong", "document-author/fronted-possessive-subject"},
		{"Polling averages show Clinton with a lead, with RealClearPolitics showing her ahead 3 points, HuffPollster 4.3 points, and FiveThirtyEight 2.1 points.", "4.3 points", "HuffPollster", "gapped-list", "proper-name"},
		{"According to a new poll by the Harvard University Institute of Politics, 40 percent of young voters back him.", "40 percent", "Harvard University Institute of Politics", "according-to", "document-by-agent"},
		{"The survey, carried out by the Institute for Marine and Antarctic Studies, estimated that 40 percent of fish died.", "40 percent", "Institute for Marine and Antarctic Studies", "verb-cue/strong", "document-agent/" + ruleAgentNameFor},
	}
	names := map[string]bool{"head-kind": true, "titled-name": true, "person-of-organisation": true, "proper-appositive": true}
	for _, r := range docOwnerRules {
		names[r.name] = true
	}
	names["document-agent"] = true
	for _, r := range labelNameRules {
		names[r] = true
	}
	for _, s := range npSteps {
		if names[s.name] {
			t.Errorf("step %q named twice", s.name)
		}
		names[s.name] = true
	}
	for _, c := range cases {
		got, rules := attributeOne(t, m, c.text, c.num)
		if got != c.source || rules.Cue != c.cue || rules.Name != c.naming {
			t.Errorf("%q: source %q by %+v, want %q by cue %q, name %q", c.text, got, rules, c.source, c.cue, c.naming)
		}
		if step, _, _ := strings.Cut(rules.Name, "/"); !names[step] { // (a sub-rule after "/": subRule)
			t.Errorf("%q: name rule %q is no step", c.text, rules.Name)
		}
	}
}

// attributeOne attributes the claim num, at its first place in txt, as
// explain does: the name of its source ("" when none) and its rules.
func attributeOne(t *testing.T, m *text.NLP, txt, num string) (string, Rules) {
	t.Helper()
	i := strings.Index(txt, num)
	if i < 0 {
		t.Fatalf("%q not in text", num)
	}
	qs := []claims.Quantity{{Quantity: claims.Span{Text: num, Start: i, End: i + len(num)}, Kind: claims.KindClaim}}
	rules := AttributeExplained(text.NewDoc(txt, m), qs)
	if qs[0].Source == nil {
		return "", rules[0]
	}
	return qs[0].Source.Name, rules[0]
}
