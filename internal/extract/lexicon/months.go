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

// MonthPattern is a regexp alternation of the months, each its shortest
// form then the rest of its name as optional ("jan(?:uary)?|…|may|
// june?|…|sept?(?:ember)?"), capitalised when capital is set.
func MonthPattern(capital bool) string {
	var alts []string
	for _, m := range monthTable {
		short := m.name
		if len(m.abbrevs) > 0 {
			short = m.abbrevs[0]
		}
		alt := capitaliseIf(short, capital)
		if len(m.abbrevs) > 1 {
			// "sep", "sept": the letters the longer abbreviation adds
			alt += "(?:" + m.abbrevs[1][len(short):] + ")?"
			short = m.abbrevs[1]
		}
		if rest := m.name[len(short):]; rest != "" {
			if len(rest) == 1 {
				alt += rest + "?"
			} else {
				alt += "(?:" + rest + ")?"
			}
		}
		alts = append(alts, alt)
	}
	return strings.Join(alts, "|")
}

// MonthPrefixPattern is a regexp alternation of the months' abbreviations
// (a month without one, its name), lower case: "jan|feb|…|may|…|sep|sept|…".
func MonthPrefixPattern() string {
	var alts []string
	for _, m := range monthTable {
		if len(m.abbrevs) == 0 {
			alts = append(alts, m.name)
		}
		alts = append(alts, m.abbrevs...)
	}
	return strings.Join(alts, "|")
}
