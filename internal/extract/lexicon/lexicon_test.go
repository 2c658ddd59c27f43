package lexicon

import (
	"strings"
	"testing"
)

// TestDerivedTables checks the lists derived from the one-row-per-word
// tables (titles, months, cue classes, currencies).
func TestDerivedTables(t *testing.T) {
	for _, c := range []struct {
		set  string
		m    map[string]bool
		word string
		want bool
	}{
		{"NameTitles", NameTitles, "Sen.", true},
		{"NameTitles", NameTitles, "Sen", true},
		{"NameTitles", NameTitles, "senator", true},
		{"NameTitles", NameTitles, "Pres.", true},
		{"NameTitles", NameTitles, "Former", true},
		{"NameTitles", NameTitles, "Sens.", false}, // plural: PluralTitles
		{"Honorifics", Honorifics, "Mrs.", true},
		{"Honorifics", Honorifics, "Dr", true},
		{"Honorifics", Honorifics, "Senator", false},
		{"AbbreviatedTitles", AbbreviatedTitles, "Gov.", true},
		{"AbbreviatedTitles", AbbreviatedTitles, "Govs.", true},
		{"AbbreviatedTitles", AbbreviatedTitles, "Governor", false},
		{"PluralTitles", PluralTitles, "Messrs.", true},
		{"PluralTitles", PluralTitles, "Senators", true},
		{"TallyTitles", TallyTitles, "Sen", true},
		{"AbbreviatedTitles", AbbreviatedTitles, "Const.", true},
		{"AbbreviatedTitles", AbbreviatedTitles, "Cllr.", true}, // a second abbreviation of Councillor
		{"AbbreviatedTitles", AbbreviatedTitles, "MP.", false},
		{"NameTitles", NameTitles, "MPP", true},
		{"NameTitles", NameTitles, "Mayor-elect", true}, // OfficeInWaiting
		{"NameTitles", NameTitles, "MP-elect", true},
		{"NameTitles", NameTitles, "Minister-designate", true},
		{"NameTitles", NameTitles, "Sen.-elect", false},
		{"NameTitles", NameTitles, "Rt", true},
		{"NameTitles", NameTitles, "Det", true},
		{"Honorifics", Honorifics, "Hon.", true},
		{"Honorifics", Honorifics, "Shri", true},
		{"Honorifics", Honorifics, "MP", false},
		{"PostNominals", PostNominals, "KC", true},
		{"PostNominals", PostNominals, "MP", false},
		{"TallyTitles", TallyTitles, "Sen.", false},
		{"MonthWords", MonthWords, "Sept.", true},
		{"MonthWords", MonthWords, "sept.", true},
		{"MonthWords", MonthWords, "May", true},
		{"MonthWords", MonthWords, "Sept", false},
		{"MonthAbbrevsDotted", MonthAbbrevsDotted, "Jun.", true},
		{"MonthAbbrevsDotted", MonthAbbrevsDotted, "May.", false},
		{"LeadInMedia", LeadInMedia, "statement", true},
		{"LeadInMedia", LeadInMedia, "facebook", true},
		{"LeadInMedia", LeadInMedia, "rally", false},
		{"Places", Places, "New Hampshire", true},
		{"Places", Places, "Nigeria", true},
		{"Places", Places, "Gallup", false},
	} {
		if c.m[c.word] != c.want {
			t.Errorf("%s[%q] = %v, want %v", c.set, c.word, c.m[c.word], c.want)
		}
	}
	if HonorificGender["Mrs."] != 'f' || HonorificGender["Mr"] != 'm' || HonorificGender["King"] != 'm' || HonorificGender["Dr."] != 0 {
		t.Errorf("HonorificGender: Mrs. %q, Mr %q, King %q, Dr. %q", HonorificGender["Mrs."], HonorificGender["Mr"], HonorificGender["King"], HonorificGender["Dr."])
	}
	if TitleWords["Cllr"] != "councillor" || TitleWords["Coun."] != "councillor" || TitleWords["Cpl."] != "corporal" {
		t.Errorf("TitleWords: Cllr %q, Coun. %q, Cpl. %q", TitleWords["Cllr"], TitleWords["Coun."], TitleWords["Cpl."])
	}
	if TitleWords["Gov."] != "governor" || TitleWords["Sen"] != "senator" || TitleWords["Mr."] != "" {
		t.Errorf("TitleWords: Gov. %q, Sen %q, Mr. %q", TitleWords["Gov."], TitleWords["Sen"], TitleWords["Mr."])
	}
	for w, n := range map[string]int{"january": 1, "jan": 1, "sept": 9, "sep": 9, "may": 5, "dec": 12} {
		if Months[w] != n {
			t.Errorf("Months[%q] = %d, want %d", w, Months[w], n)
		}
	}
	for lemma, class := range map[string]string{"accuse": "accusation", "expect": "attitude", "report": "strong", "say": "strong", "explain": "clause"} {
		if got := CueClass(lemma); got != class {
			t.Errorf("CueClass(%q) = %q, want %q", lemma, got, class)
		}
	}
	if CueVerbs["said"] != "say" || CueVerbs["told"] != "tell" {
		t.Errorf("CueVerbs: said %q, told %q", CueVerbs["said"], CueVerbs["told"])
	}
}

func TestMinorUnitDigits(t *testing.T) {
	for _, c := range []struct {
		code string
		want int
		ok   bool
	}{{"USD", 2, true}, {"GBP", 2, true}, {"INR", 2, true}, {"JPY", 0, true}, {"KRW", 0, true}, {"BHD", 3, true}, {"XXQ", 0, false}} {
		got, ok := MinorUnitDigits(c.code)
		if got != c.want || ok != c.ok {
			t.Errorf("MinorUnitDigits(%q) = %d, %v; want %d, %v", c.code, got, ok, c.want, c.ok)
		}
	}
}

// TestOrgName checks the organisation tables on names' words.
func TestOrgName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Philippine Red Cross", true},
		{"Red Crescent", true},
		{"Save the Children", true},
		{"Physicians for Human Rights", true},
		{"Mercy Corps", true},
		{"Ministry of Health", true},
		{"Richard Cross", false},
		{"Oscar de la Renta", false},
		{"Maria Lopez", false},
		{"the Children", false}, // a link joins two capitalised words
	} {
		if got := OrgName(strings.Fields(c.name)); got != c.want {
			t.Errorf("OrgName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestNamesStockIndex: a stock index named by its own name or a word of
// indexes; not a word that merely contains one.
func TestNamesStockIndex(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The FTSE 100 fell 45 points.", true}, {"The S&P 500 rose.", true}, {"The Hang Seng gained.", true},
		{"Mumbai's Sensex closed higher.", true}, {"The consumer price index rose.", true},
		{"The daxophone played; the Dowager smiled.", false}, {"Sales rose to 5,000 cars.", false},
	} {
		if got := NamesStockIndex(c.text); got != c.want {
			t.Errorf("NamesStockIndex(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestLowerInAndIsLowerForm(t *testing.T) {
	m := map[string]int{"monday": 1, "été": 2, "istanbul": 3, "i̇stanbul": 4, "\ufffd": 5, strings.Repeat("a", 40): 6}
	for _, s := range []string{"Monday", "MONDAY", "monday", "Mon", "", "ÉTÉ", "été", "Été", "İstanbul", "ISTANBUL",
		"\xff", "\ufffd", strings.Repeat("A", 40), strings.Repeat("A", 32), "O’Neil", "o’neil", "ǅ", "ß", "ẞ"} {
		want, wantOK := m[strings.ToLower(s)]
		if got, ok := LowerIn(m, s); got != want || ok != wantOK {
			t.Errorf("LowerIn(%q) = %v %v, want %v %v", s, got, ok, want, wantOK)
		}
		if got, want := IsLowerForm(s), strings.ToLower(s) == s; got != want {
			t.Errorf("IsLowerForm(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsDollar(t *testing.T) {
	for code, want := range map[string]bool{"USD": true, "CAD": true, "AUD": true, "NZD": true, "HKD": true, "SGD": true, "MXN": true,
		"AED": false, "IQD": false, "KWD": false, "EUR": false, "GBP": false, "XYZ": false} {
		if got := IsDollar(code); got != want {
			t.Errorf("IsDollar(%s) = %v, want %v", code, got, want)
		}
	}
}

// TestOwnSubunitWord: every currency of OwnSubunitWord has its own word in
// CurrencySubunits.
func TestOwnSubunitWord(t *testing.T) {
	has := map[string]bool{}
	for _, s := range CurrencySubunits {
		has[s.Code] = true
	}
	for c := range OwnSubunitWord {
		if c == strings.ToUpper(c) && !has[c] { // (WordSet also holds each word in lower case)
			t.Errorf("OwnSubunitWord %s has no row in CurrencySubunits", c)
		}
	}
}
