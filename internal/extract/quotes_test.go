package extract

import "testing"

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"curly", "He said “no more” and “never again”.", []string{"“no more”", "“never again”"}},
		{"straight", `She said "yes" and "no".`, []string{`"yes"`, `"no"`}},
		{"double apostrophe", "''It costs $5,'' he said.", []string{"''It costs $5,''"}},
		{"over paragraphs", "“First part.\n“Second part,” he said.", []string{"“First part.\n“Second part,”"}},
		{"unclosed, next paragraph narration", "“Open quote.\nNarration follows.", []string{"“Open quote."}},
	}
	m, err := loadNLP()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.text, m)
			qs := findQuotes(d)
			var got []string
			for _, q := range qs {
				got = append(got, tc.text[q.Start:q.End])
			}
			if len(got) != len(tc.want) {
				t.Fatalf("quotes = %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("quote %d = %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestRegistry(t *testing.T) {
	text := "President Ana Ruiz met Civic Watch, a rights group, and the National Electoral Council (NEC). " +
		"Ruiz said the NEC was late. The director of Foro Libre, Juan Perez, spoke. Perez left."
	r := newRegistry(text)
	tests := []struct{ name, full, kind string }{
		{"Ruiz", "Ana Ruiz", kindPerson},
		{"Ana Ruiz", "Ana Ruiz", kindPerson},
		{"NEC", "National Electoral Council", kindOrg},
		{"Civic Watch", "Civic Watch", kindOrg},
		{"Foro Libre", "Foro Libre", kindOrg},
		{"Perez", "Juan Perez", kindPerson},
	}
	for _, tc := range tests {
		if got := r.fullest(tc.name, len(text)); got != tc.full {
			t.Errorf("fullest(%q) = %q, want %q", tc.name, got, tc.full)
		}
		if got := r.kindOf(tc.full); got != tc.kind {
			t.Errorf("kindOf(%q) = %q, want %q", tc.full, got, tc.kind)
		}
	}
}
