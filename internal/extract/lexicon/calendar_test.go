package lexicon

import (
	"regexp"
	"testing"
	"time"
)

func TestCalendarPatterns(t *testing.T) {
	month := regexp.MustCompile(`^(?:` + MonthPattern(true) + `)$`)
	for _, w := range []string{"Jan", "January", "May", "Jun", "June", "Sep", "Sept", "September", "Dec"} {
		if !month.MatchString(w) {
			t.Errorf("MonthPattern(true) misses %q", w)
		}
	}
	for _, w := range []string{"Ju", "Septe", "january", "Mayo"} {
		if month.MatchString(w) {
			t.Errorf("MonthPattern(true) matches %q", w)
		}
	}
	if p := MonthPrefixPattern(); p != "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec" {
		t.Errorf("MonthPrefixPattern() = %q", p)
	}
	day := regexp.MustCompile(`^(?:` + WeekdayPattern(false) + `)$`)
	for _, w := range WeekdayNames {
		if !day.MatchString(w) {
			t.Errorf("WeekdayPattern(false) misses %q", w)
		}
	}
	if WeekdayPrefixPattern() != "mon|tue|wed|thu|fri|sat|sun" {
		t.Errorf("WeekdayPrefixPattern() = %q", WeekdayPrefixPattern())
	}
	if Weekdays["thurs"] != time.Thursday || Weekdays["sunday"] != time.Sunday || len(WeekdayNames) != 7 {
		t.Errorf("Weekdays: thurs %v, sunday %v, %d names", Weekdays["thurs"], Weekdays["sunday"], len(WeekdayNames))
	}
}
