package ingest

import "testing"

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
