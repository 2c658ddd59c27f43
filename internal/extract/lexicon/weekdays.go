package lexicon

import (
	"strings"
	"time"
)

// weekdayTable is the one list of the days of the week: each name (lower
// case) with its abbreviations (lower case, without the full stop).
var weekdayTable = []struct {
	day     time.Weekday
	name    string
	abbrevs []string
}{
	{time.Monday, "monday", []string{"mon"}}, {time.Tuesday, "tuesday", []string{"tue", "tues"}},
	{time.Wednesday, "wednesday", []string{"wed"}}, {time.Thursday, "thursday", []string{"thu", "thur", "thurs"}},
	{time.Friday, "friday", []string{"fri"}}, {time.Saturday, "saturday", []string{"sat"}}, {time.Sunday, "sunday", []string{"sun"}},
}

// Weekdays maps a day's name or abbreviation, lower case and without a full
// stop ("monday", "tues"), to its day.
var Weekdays = map[string]time.Weekday{}

// WeekdayNames are the days' names in lower case, Monday first.
var WeekdayNames []string

func init() {
	for _, d := range weekdayTable {
		Weekdays[d.name] = d.day
		WeekdayNames = append(WeekdayNames, d.name)
		for _, a := range d.abbrevs {
			Weekdays[a] = d.day
		}
	}
}

// WeekdayPattern is a regexp alternation of the days' names (capitalised
// when capital is set): "monday|tuesday|…".
func WeekdayPattern(capital bool) string {
	var alts []string
	for _, d := range weekdayTable {
		alts = append(alts, capitaliseIf(d.name, capital))
	}
	return strings.Join(alts, "|")
}

// WeekdayPrefixPattern is a regexp alternation of each day's first
// abbreviation, lower case: "mon|tue|…" (the caller adds what may follow).
func WeekdayPrefixPattern() string {
	var alts []string
	for _, d := range weekdayTable {
		alts = append(alts, d.abbrevs[0])
	}
	return strings.Join(alts, "|")
}

func capitaliseIf(w string, capital bool) string {
	if capital {
		return capitalise(w)
	}
	return w
}
