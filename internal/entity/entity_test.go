package entity

import (
	"testing"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		name, kind string
		key        string // "" for a description
		display    string
	}{
		{"Donald Trump", "person", "donald trump", "Donald Trump"},
		{"Donald\u00a0Trump", "person", "donald trump", "Donald Trump"},
		{"Republican Donald Trump", "person", "donald trump", "Donald Trump"},
		{"Sen. Ted Cruz", "person", "ted cruz", "Ted Cruz"},
		{"Secretary of State Mike Pompeo", "person", "mike pompeo", "Mike Pompeo"},
		{"Speaker of the House Nancy Pelosi", "person", "nancy pelosi", "Nancy Pelosi"},
		{"Martin Luther King Jr.", "person", "martin luther king", "Martin Luther King"},
		{"Donald J. Trump", "person", "donald j trump", "Donald J. Trump"},
		{"The New York Times", "organization", "new york times", "New York Times"},
		{"Trump’s", "person", "trump", "Trump"},
		{"Department of Homeland Security", "organization", "department of homeland security", "Department of Homeland Security"},
		{"General Motors", "organization", "general motors", "General Motors"}, // titles are stripped from people only
		{"the senator", "person", "", ""},
		{"The senator", "person", "", ""},
		{"President", "person", "", ""},
		{"WHO", "organization", "who", "WHO"}, // a pronoun in capitals is an acronym
		{"US", "", "us", "US"},
		{"Who", "", "", ""},
		{"they", "", "", ""},
		{"They", "", "", ""},
		{"the campaign", "organization", "", ""},
		{"a new poll", "organization", "", ""},
		{"A CNN/ORC poll", "organization", "", ""},
		{"the RealClearPolitics average", "organization", "", ""},
	} {
		f, ok := parse(c.name, c.kind)
		if c.key == "" {
			if ok {
				t.Errorf("parse(%q) = %q, want a description", c.name, f.key)
			}
			continue
		}
		if !ok || f.key != c.key || f.display != c.display {
			t.Errorf("parse(%q, %s) = %q / %q (%v), want %q / %q", c.name, c.kind, f.key, f.display, ok, c.key, c.display)
		}
	}
}

// evidence is a fixed Evidence: definitions and the full names that
// co-occur with each acronym.
type evidence struct {
	defs map[string][][]string
	with map[string][]string
}

func (e evidence) Defined(acr string) [][]string { return e.defs[acr] }
func (e evidence) CoOccurs(acr, full string) bool {
	for _, w := range e.with[acr] {
		if w == full {
			return true
		}
	}
	return false
}

func resolve(names []Name, ev Evidence) map[string]string {
	r := Resolve(names, ev)
	m := map[string]string{}
	for _, n := range names {
		if e := r.Of(n.Name, n.Kind); e != nil {
			m[n.Name] = e.Name
		} else {
			m[n.Name] = ""
		}
	}
	return m
}

func TestResolveMerges(t *testing.T) {
	names := []Name{
		{Name: "Donald Trump", Kind: "person", Sources: 81},
		{Name: "Donald J. Trump", Kind: "person", Sources: 7},
		{Name: "Donald\u00a0Trump", Kind: "person", Sources: 1},
		{Name: "Republican Donald Trump", Kind: "person", Sources: 1},
		{Name: "Trump", Kind: "person", Sources: 12},
		{Name: "Bernie Sanders", Kind: "person", Sources: 30},
		{Name: "Sanders", Kind: "person", Sources: 3},
		{Name: "Associated Press", Kind: "organization", Sources: 16},
		{Name: "AP", Kind: "organization", Sources: 2},
		{Name: "Associated Press-GfK", Kind: "organization", Sources: 1}, // a joint name spells neither partner
		{Name: "Pacific Gas & Electric", Kind: "organization", Sources: 2},
		{Name: "PG&E", Kind: "", Sources: 3},
		{Name: "the campaign", Kind: "organization", Sources: 6},
		{Name: "Bloomberg", Kind: "", Sources: 3},
		{Name: "Michael Bloomberg", Kind: "person", Sources: 2},
		{Name: "Aubrey Pelletier", Kind: "", Sources: 1}, // spells "AP" but is no known organisation
		{Name: "Rival Hillary Clinton", Kind: "person", Sources: 1},
		{Name: "Hillary Rodham Clinton", Kind: "person", Sources: 1},
		{Name: "Hillary Clinton", Kind: "person", Sources: 3},
		{Name: "World Health Organization", Kind: "organization", Sources: 4},
		{Name: "WHO", Kind: "organization", Sources: 3},
	}
	ev := evidence{with: map[string][]string{"AP": {"Associated Press"}, "PG&E": {"Pacific Gas & Electric"}, "WHO": {"World Health Organization"}}}
	got := resolve(names, ev)
	for name, want := range map[string]string{
		"Donald Trump": "Donald Trump", "Donald J. Trump": "Donald Trump", "Donald\u00a0Trump": "Donald Trump",
		"Republican Donald Trump": "Donald Trump", "Trump": "Donald Trump",
		"Sanders": "Bernie Sanders", "AP": "Associated Press", "PG&E": "Pacific Gas & Electric", "WHO": "World Health Organization",
		"the campaign":          "",
		"Bloomberg":             "Bloomberg", // a name of no known kind is not taken for a person's surname
		"Rival Hillary Clinton": "Hillary Clinton", "Hillary Rodham Clinton": "Hillary Clinton",
	} {
		if got[name] != want {
			t.Errorf("%q → %q, want %q", name, got[name], want)
		}
	}
	r := Resolve(names, ev)
	e := r.Of("Trump", "person")
	if e.Kind != "person" || e.Sources != 81+7+1+1+12 || len(e.Aliases) != 5 {
		t.Errorf("Donald Trump entity: kind %s, sources %d, %d aliases", e.Kind, e.Sources, len(e.Aliases))
	}
}

// TestResolveNeverMergesNamesakes: two people who share a surname stay two,
// and their bare surname joins neither; two middle initials are two people.
func TestResolveNeverMergesNamesakes(t *testing.T) {
	names := []Name{
		{Name: "Barack Obama", Kind: "person", Sources: 20},
		{Name: "Michelle Obama", Kind: "person", Sources: 3},
		{Name: "Obama", Kind: "person", Sources: 14},
		{Name: "George W. Bush", Kind: "person", Sources: 5},
		{Name: "George H. W. Bush", Kind: "person", Sources: 2},
		{Name: "George Bush", Kind: "person", Sources: 1},
		{Name: "Jeb Bush", Kind: "person", Sources: 3},
	}
	got := resolve(names, nil)
	for name, want := range map[string]string{
		"Barack Obama": "Barack Obama", "Michelle Obama": "Michelle Obama", "Obama": "Obama",
		"George W. Bush": "George W. Bush", "George H. W. Bush": "George H. W. Bush", "George Bush": "George Bush",
		"Jeb Bush": "Jeb Bush",
	} {
		if got[name] != want {
			t.Errorf("%q → %q, want %q", name, got[name], want)
		}
	}
}

func TestResolveAcronymDefinitions(t *testing.T) {
	names := []Name{
		{Name: "Doctors for Camp Closure", Kind: "organization", Sources: 1},
		{Name: "D4CC", Kind: "organization", Sources: 2},
		{Name: "Ministry of Trade, Industry and Energy", Kind: "organization", Sources: 1},
		{Name: "MOTIE", Kind: "organization", Sources: 1},
	}
	ev := evidence{defs: map[string][][]string{
		"D4CC":  {{"Group Doctors for Camp Closure", "Doctors for Camp Closure", "Camp Closure"}},
		"MOTIE": {{"Korea's Ministry of Trade, Industry and Energy", "Ministry of Trade, Industry and Energy"}},
	}}
	got := resolve(names, ev)
	if got["D4CC"] != "Doctors for Camp Closure" || got["MOTIE"] != "Ministry of Trade, Industry and Energy" {
		t.Errorf("acronyms: %v", got)
	}
	if got := resolve(names, nil); got["D4CC"] != "D4CC" {
		t.Errorf("without a definition D4CC → %q, want itself", got["D4CC"])
	}
}

// TestResolveInitialsNeedEvidence: initials alone merge nothing; the full
// name must appear in an article that uses the acronym.
func TestResolveInitialsNeedEvidence(t *testing.T) {
	names := []Name{
		{Name: "HuffPost Pollster", Kind: "organization", Sources: 2},
		{Name: "HP", Kind: "organization", Sources: 1},
	}
	if got := resolve(names, evidence{}); got["HP"] != "HP" {
		t.Errorf("HP → %q with no article naming HuffPost Pollster, want itself", got["HP"])
	}
	if got := resolve(names, evidence{with: map[string][]string{"HP": {"HuffPost Pollster"}}}); got["HP"] != "HuffPost Pollster" {
		t.Errorf("HP → %q, want HuffPost Pollster when an article names both", got["HP"])
	}
}

func TestResolveOrderIndependent(t *testing.T) {
	names := []Name{
		{Name: "Trump", Kind: "person", Sources: 2},
		{Name: "Donald J. Trump", Kind: "person", Sources: 1},
		{Name: "Donald Trump", Kind: "person", Sources: 3},
		{Name: "AP", Kind: "organization", Sources: 1},
		{Name: "Associated Press", Kind: "organization", Sources: 1},
	}
	ev := evidence{with: map[string][]string{"AP": {"Associated Press"}}}
	a := Resolve(names, ev)
	rev := make([]Name, len(names))
	for i := range names {
		rev[len(names)-1-i] = names[i]
	}
	b := Resolve(rev, ev)
	for _, n := range names {
		if a.Of(n.Name, n.Kind).ID != b.Of(n.Name, n.Kind).ID {
			t.Errorf("%q resolves differently by order", n.Name)
		}
	}
}
