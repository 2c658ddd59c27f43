package lexicon

import "strings"

// monthTable is the one list of month names: each name (lower case) with
// its abbreviations (lower case, without the full stop).
var monthTable = []struct {
	name    string
	abbrevs []string
}{
	{"january", []string{"jan"}}, {"february", []string{"feb"}}, {"march", []string{"mar"}},
	{"april", []string{"apr"}}, {"may", nil}, {"june", []string{"jun"}}, {"july", []string{"jul"}},
	{"august", []string{"aug"}}, {"september", []string{"sep", "sept"}}, {"october", []string{"oct"}},
	{"november", []string{"nov"}}, {"december", []string{"dec"}},
}

// Months maps a month's name or abbreviation, lower case and without a
// full stop ("january", "jan", "sept"), to its number (1 to 12).
var Months = map[string]int{}

// MonthWords holds each month's name and each abbreviation with its full
// stop, in lower case and capitalised ("january", "January", "jan.",
// "Jan.").
var MonthWords = map[string]bool{}

// MonthAbbrevsDotted holds the capitalised abbreviations with their full
// stop ("Jan.", "Sept."): words after which a full stop ends no sentence
// when a number follows ("on Mar. 15").
var MonthAbbrevsDotted = map[string]bool{}

func init() {
	for i, m := range monthTable {
		Months[m.name] = i + 1
		MonthWords[m.name] = true
		MonthWords[capitalise(m.name)] = true
		for _, a := range m.abbrevs {
			Months[a] = i + 1
			MonthWords[a+"."] = true
			MonthWords[capitalise(a)+"."] = true
			MonthAbbrevsDotted[capitalise(a)+"."] = true
		}
	}
}

// capitalise upper-cases the first letter of an ASCII word.
func capitalise(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}
