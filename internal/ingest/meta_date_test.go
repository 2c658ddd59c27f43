package ingest

import (
	"testing"
	"time"
)

func TestNameDate(t *testing.T) {
	for name, want := range map[string]string{
		"nyt_2016-03-09_falling-deficit-to-reverse-cours.txt": "2016-03-09",
		"/data/20160309-story.html":                           "2016-03-09",
		"2016_03_09.txt":                                      "2016-03-09",
		"story-2016-13-40.txt":                                "", // no such month
		"000_c5ce62c32067667b.txt":                            "",
		"report1234567890.txt":                                "",
		"2016-03-09/page.html":                                "", // the directory is not the page's name
	} {
		if got := nameDate(name); got != want {
			t.Errorf("nameDate(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestNormalizeDatePlaceholder(t *testing.T) {
	for in, want := range map[string]string{"0001-01-01T00:00:00Z": "", "2016-03-09T10:00:00Z": "2016-03-09T10:00:00Z", "0001-01-01": ""} {
		if got := normalizeDate(in); got != want {
			t.Errorf("normalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestISODayLayouts checks normalizeDate's shortcut: of dateLayouts, only
// the last reads a date written as "2024-04-09" (valid or not), so trying
// it alone gives what trying them all gives.
func TestISODayLayouts(t *testing.T) {
	days := []string{"2024-04-09", "1999-12-31", "2100-01-01", "0001-01-01", "2024-02-30", "2024-13-01", "2024-00-10", "9999-99-99", "2024-04-9x"}
	for _, d := range days {
		if !isISODay(d) {
			if d != "2024-04-9x" {
				t.Errorf("isISODay(%q) = false", d)
			}
			continue
		}
		for _, l := range dateLayouts[:len(dateLayouts)-1] {
			if _, err := time.Parse(l, d); err == nil {
				t.Errorf("layout %q reads %q", l, d)
			}
		}
	}
	if got := normalizeDate(" 2024-04-09 "); got != "2024-04-09" {
		t.Errorf("normalizeDate = %q", got)
	}
}
