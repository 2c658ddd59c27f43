package main

import "testing"

// holdsNumber decides the scorer's primary population with the quantity
// recogniser's kinds: dates, years, times, ordinals and identifiers are not
// numbers of a claim, nor durations as modifiers or time references and the
// word "one" (eval.NotClaimForm); holdsAnyNumber counts those.
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
		{"compared to where we were 15 years ago", false},
		{"in the last 24 hours", false},
		{"the memorized 25-second speech", false},
		{"the one thing we can bet on", false},
		{"did he lose 20 minutes?", true},
		{"15 years ago, 40 people worked here", true},
	}
	for _, tc := range tests {
		if got := holdsNumber(tc.text); got != tc.want {
			t.Errorf("holdsNumber(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	for _, text := range []string{"compared to where we were 15 years ago", "the memorized 25-second speech", "did he lose 20 minutes?"} {
		if !holdsAnyNumber(text) {
			t.Errorf("holdsAnyNumber(%q) = false", text)
		}
	}
}
