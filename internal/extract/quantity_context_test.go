package extract

import "testing"

// TestPollPoints: "points" are percentage points where the article talks
// about shares or polls, and stay points elsewhere.
func TestPollPoints(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, quantity, unit string
	}{
		{"In the previous poll, Clinton led Trump by 5 percentage points. In August, that lead was 7 points.", "7 points", "percentage_point"},
		{"According to exit polls, Romney had a ten-point lead over Obama.", "ten-point", "percentage_point"},
		{"She won 52 percent of the vote. Her rival trailed by 9 points.", "9 points", "percentage_point"},
		{"The Dow fell 200 points on Monday.", "200 points", "point"},
		{"He scored 30 points in the game, shooting 55 percent.", "30 points", "point"},
		{"Output fell by 3 points.", "3 points", "point"},
		{"Turnout was 60 percent. The city is quiet. The river is high. The index fell 3 points.", "3 points", "point"},
		// an index named by its own name keeps its points beside a percent
		{"The FTSE 100 fell 45 points, or 0.6%, to 7,450.", "45 points", "point"},
		{"The FTSE 100 fell 45 points, or 0.6%, to 7,450.", "7,450", "point"},
		{"The Sensex lost 120 points, or 0.3 per cent.", "120 points", "point"},
		// a share of a game before them makes no poll (web-dev-4)
		{"Celtic had 64% of possession and 19 shots. \"It's only three points,\" Rodgers said.", "three points", "point"},
		{"City had 70 percent of possession in the match. They are now five points clear.", "five points", "point"},
		{"She won 52 percent of the vote in the match-up. Her rival trailed by 9 points.", "9 points", "percentage_point"},
		// an interest rate's points are percentage points
		{"The Fed delivered a quarter-point cut on Wednesday.", "quarter-point", "percentage_point"},
		{"Mortgage rates rose half a point in May.", "half a point", "percentage_point"},
	}
	for _, c := range cases {
		found := false
		for _, q := range ex.ExtractText("t", c.text) {
			if q.Quantity.Text != c.quantity {
				continue
			}
			found = true
			if q.Unit != c.unit {
				t.Errorf("%q: %q unit %q, want %q", c.text, c.quantity, q.Unit, c.unit)
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", c.text, c.quantity)
		}
	}
}
