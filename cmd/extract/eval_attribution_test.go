package main

import "testing"

// holdsNumber decides the scorer's primary population with the quantity
// recogniser's kinds: dates, years, times, ordinals and identifiers are not
// numbers of a claim.
func TestHoldsNumber(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"more than 1,800 people were arrested", true},
		{"a $15 minimum wage", true},
		{"the 2016 election", false},
		{"on Nov. 8, 2016", false},
		{"his third term", false},
		{"at 9:30 p.m.", false},
		{"no number here", false},
	}
	for _, tc := range tests {
		if got := holdsNumber(tc.text); got != tc.want {
			t.Errorf("holdsNumber(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
