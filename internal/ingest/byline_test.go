package ingest

import "testing"

// TestIsByline: author and date lines, in the forms pages set them
// (a label and the name in elements of their own may come out joined:
// "Written byMadeline Puckette"), and sentences that start alike.
func TestIsByline(t *testing.T) {
	for _, tt := range []struct {
		l    string
		want bool
	}{
		{"By Jane Doe", true},
		{"Written by Madeline Puckette", true},
		{"Written by: Elise Nass", true},
		{"Written by:Elise Nass", true},
		{"Written byMadeline Puckette", true},
		{"Posted by:Admin", true},
		{"By: Maria Ortiz", true},
		{"Jane Doe, Reuters", true},
		{"Nov 19, 2019, 10:31 pm CST", true},
		{"Bypass surgery is rarely needed.", false},
		{"Written byzantine rules confused the court.", false},
		{"By the end of the year the plan was dropped, officials said on Tuesday in a statement to the city council and the press.", false},
	} {
		if got := isByline(tt.l); got != tt.want {
			t.Errorf("isByline(%q) = %v, want %v", tt.l, got, tt.want)
		}
	}
}
