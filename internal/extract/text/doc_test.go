package text

import "testing"

func TestSentenceSplit(t *testing.T) {
	m, err := LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"paragraphs break sentences", "One line\nTwo lines.", []string{"One line", "Two lines."}},
		{"a title before a name is no break", "The sum was $20 million, according to Mr. Hedge.", []string{"The sum was $20 million, according to Mr. Hedge."}},
		{"plural title", "He trailed Sens. Marco Rubio and Ted Cruz.", []string{"He trailed Sens. Marco Rubio and Ted Cruz."}},
		{"a month before a day is no break", "He must win Ohio on Mar. 15, he said.", []string{"He must win Ohio on Mar. 15, he said."}},
		{"a quotation closed by two apostrophes ends its sentence", "He paid $8 million, according to ''The Art of the Deal.'' Mr. Trump said he likes it.",
			[]string{"He paid $8 million, according to ''The Art of the Deal.''", "Mr. Trump said he likes it."}},
		{"two apostrophes mid-sentence are no break", "He said ''no.'' and left.", []string{"He said ''no.'' and left."}},
		{"an ordinary full stop", "Prices rose. Wages fell.", []string{"Prices rose.", "Wages fell."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := NewDoc(tc.text, m)
			var got []string
			for i := range d.Sentences {
				got = append(got, d.SentenceText(i))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("sentences = %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}
