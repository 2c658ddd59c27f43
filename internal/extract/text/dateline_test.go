package text

import "testing"

func TestDateline(t *testing.T) {
	cases := []struct {
		in, place string
		end       int // offset after the mark, -1 when none or the dateline goes on
	}{
		{"WINNIPEG — The province said", "WINNIPEG", len("WINNIPEG —")},
		{"KUALA LUMPUR: About 25 per cent", "KUALA LUMPUR", len("KUALA LUMPUR:")},
		{"\n  NAIROBI - Kenya's", "NAIROBI", len("\n  NAIROBI -")},
		{"SYDNEY (Reuters) - Shares", "SYDNEY", -1},
		{"HONG KONG, May 3 - The", "HONG KONG", -1},
		{"ST. JOHN'S – Newfoundland", "ST. JOHN'S", len("ST. JOHN'S –")},
		{"The minister said", "", -1},
		{"UN officials said", "", -1}, // capitals but no mark
		{"AP — short", "", -1},        // too short to be a place
		{"", "", -1},
	}
	for _, c := range cases {
		place, end := Dateline(c.in)
		if place != c.place || end != c.end {
			t.Errorf("Dateline(%q) = %q, %d; want %q, %d", c.in, place, end, c.place, c.end)
		}
	}
	for _, c := range []struct {
		txt, name string
		start     int
		want      bool
	}{
		{"LAGOS — The", "LAGOS", 0, true},
		{"SUVA, Fiji —", "SUVA", 0, true},
		{"  SÃO PAULO: ", "SÃO PAULO", 2, true},
		{"Lagos — The", "Lagos", 0, false},          // not in capitals
		{"He left. LAGOS — The", "LAGOS", 9, false}, // not opening the text
		{"NASA said", "NASA", 0, false},             // no mark
	} {
		if got := IsDatelinePlace(c.txt, c.start, c.name); got != c.want {
			t.Errorf("IsDatelinePlace(%q, %d, %q) = %v, want %v", c.txt, c.start, c.name, got, c.want)
		}
	}
}
