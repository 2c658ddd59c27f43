package entity

import "testing"

// TestParseRules: the normalisations of rules.go, with varied wording
// (Reuters-21578 train, PolNeAR train, WCXB dev and Brown press forms).
func TestParseRules(t *testing.T) {
	for _, c := range []struct {
		name, kind string
		key        string // "" for a description
		norm       string
	}{
		// legal forms (lexicon.CompanyLegalForms) leave an organisation's key
		{"Zayre Corp", "organization", "zayre", RuleLegalForm},
		{"Unilever Plc", "organization", "unilever", RuleLegalForm},
		{"Enfield Corp Ltd", "organization", "enfield", RuleLegalForm},
		{"Comalco Ltd.", "", "comalco", RuleLegalForm},
		{"Acme Widgets, Inc.", "organization", "acme widgets", RuleLegalForm},
		{"Harris Upham and Co", "organization", "harris upham and co", RuleSpelling}, // no connector left last
		{"Corp", "organization", "corp", RuleSpelling},                               // one word stays
		{"John Co", "person", "john co", RuleSpelling},                               // people keep theirs
		// partners of a joint name, in either order, "/" or "-"
		{"ABC News/Washington Post", "organization", "abc news/washington post", RulePartners},
		{"Washington Post-ABC News", "organization", "abc news/washington post", RulePartners},
		{"NBC/Wall Street Journal", "organization", "nbc/wall street journal", RulePartners},
		{"NBC-Wall Street Journal", "organization", "nbc/wall street journal", RulePartners},
		{"Reuters/Ipsos", "organization", "ipsos/reuters", RulePartners},
		{"Hewlett-Packard", "organization", "hewlett-packard", RuleSpelling},     // one word each side
		{"Chicago Sun-Times", "organization", "chicago sun/times", RulePartners}, // every spelling of it alike
		{"Sprout Social Index™", "", "sprout social index", RuleSpelling},        // marks dropped
		// lone description nouns (lexicon tables) name no one
		{"Analysts", "person", "", ""},
		{"Economists", "", "", ""},
		{"Government", "organization", "", ""},
		{"the Government", "organization", "", ""},
		{"Police", "organization", "", ""},
		{"Researchers", "", "", ""},
		{"Company", "organization", "", ""},
		{"Firm", "", "", ""},
		{"Company Shop", "organization", "company shop", RuleSpelling},
		{"POLICE", "organization", "police", RuleSpelling}, // capitals: a headline or an acronym, not the noun
		{"Government Accountability Office", "organization", "government accountability office", RuleSpelling},
	} {
		f, ok := parse(c.name, c.kind)
		if c.key == "" {
			if ok {
				t.Errorf("parse(%q) = %q, want a description", c.name, f.key)
			}
			continue
		}
		if !ok || f.key != c.key || f.norm != c.norm {
			t.Errorf("parse(%q, %s) = %q %s (%v), want %q %s", c.name, c.kind, f.key, f.norm, ok, c.key, c.norm)
		}
	}
}

func TestCapsPrefix(t *testing.T) {
	for _, c := range []struct {
		name string
		tail string // "" when no headline words are read
	}{
		{"BID Rospatch Corp", "rospatch"},
		{"AGREES TO BUY CHAIN Convenient Food Mart Inc", "convenient food mart"},
		{"DAYS Sumner Redstone", "sumner redstone"},
		{"SETS INITIAL QUARTERLY DIVIDEND FFB Corp", "ffb"},
		{"GETS BUYOUT OFFER The Japan Fund Inc", "japan fund"},
		{"WTI the U.S", ""},                 // only "the" and one word after
		{"NBC News", ""},                    // one word after
		{"SUBROTO OPEC", ""},                // no mixed case after
		{"U.S. Agriculture Department", ""}, // a place acronym is no headline
		{"USA TODAY/Suffolk University", ""},
		{"E.F. Hutton Group", ""},
	} {
		f, _ := parse(c.name, "organization")
		if f.headTail != c.tail {
			t.Errorf("parse(%q).headTail = %q, want %q", c.name, f.headTail, c.tail)
		}
	}
}

// TestResolveRules: the joins of rules.go and the rule each alias records.
func TestResolveRules(t *testing.T) {
	names := []Name{
		{Name: "Zayre", Kind: "organization", Sources: 2},
		{Name: "Zayre Corp", Kind: "organization", Sources: 1},
		{Name: "BID Rospatch Corp", Kind: "organization", Sources: 1},
		{Name: "Rospatch", Kind: "organization", Sources: 1},
		{Name: "COMPLETES ACQUISITION UtiliCorp United Inc", Kind: "organization", Sources: 1},
		{Name: "SUBSIDIARY UtiliCorp United Inc", Kind: "organization", Sources: 1},
		{Name: "HIGHER DIVIDEND Chrysler Corp", Kind: "organization", Sources: 1},
		{Name: "QTR NET Telxon", Kind: "organization", Sources: 1}, // one name after one headline word: alone
		{Name: "DAYS Sumner Redstone", Kind: "person", Sources: 1},
		{Name: "Sumner Redstone", Kind: "person", Sources: 1},
		{Name: "Redstone", Kind: "person", Sources: 2},
		{Name: "ABC News/Washington Post", Kind: "organization", Sources: 2},
		{Name: "Washington Post-ABC News", Kind: "organization", Sources: 9},
		{Name: "Donald J. Trump", Kind: "person", Sources: 2},
		{Name: "Donald Trump", Kind: "person", Sources: 5},
		{Name: "Republican Donald Trump", Kind: "person", Sources: 1},
		{Name: "Analysts", Kind: "", Sources: 8},
	}
	r := Resolve(names, nil)
	for _, c := range []struct{ name, kind, entity, rule string }{
		{"Zayre Corp", "organization", "Zayre", RuleLegalForm},
		{"Zayre", "organization", "Zayre", ""},
		{"BID Rospatch Corp", "organization", "Rospatch", RuleHeadline},
		{"COMPLETES ACQUISITION UtiliCorp United Inc", "organization", "UtiliCorp United Inc", RuleHeadline},
		{"SUBSIDIARY UtiliCorp United Inc", "organization", "UtiliCorp United Inc", RuleHeadline},
		{"HIGHER DIVIDEND Chrysler Corp", "organization", "Chrysler Corp", RuleHeadline},
		{"QTR NET Telxon", "organization", "QTR NET Telxon", ""},
		{"DAYS Sumner Redstone", "person", "Sumner Redstone", RuleHeadline},
		{"Redstone", "person", "Sumner Redstone", RuleSurname}, // the headline name is no second Redstone
		{"ABC News/Washington Post", "organization", "Washington Post-ABC News", RulePartners},
		{"Donald J. Trump", "person", "Donald Trump", RuleMiddleName},
		{"Republican Donald Trump", "person", "Donald Trump", RuleTitle},
	} {
		e := r.Of(c.name, c.kind)
		if e == nil {
			t.Errorf("%q: no entity", c.name)
			continue
		}
		rule := "?"
		for _, a := range e.Aliases {
			if a.Name == c.name && a.Kind == c.kind {
				rule = a.Rule
			}
		}
		if e.Name != c.entity || rule != c.rule {
			t.Errorf("%q → %q by %q, want %q by %q", c.name, e.Name, rule, c.entity, c.rule)
		}
	}
	if e := r.Of("Analysts", ""); e != nil {
		t.Errorf("Analysts → %q, want a description", e.Name)
	}
}
