package extract

import (
	"unicode"

	"github.com/factcheck/extract/internal/claims"
)

// A number that is all its sentence holds — a table cell, a price, a
// counter or a statistic that a page's layout leaves on a line of its own
// ("$80.80", "89.86%", "2,762,909", "-5.2%") — says nothing of what it
// counts: it is page furniture, not a claim (facade rule lone-number; WCXB
// and trafilatura pages read from their HTML, ingest-dev's ticker table).
// The rule needs an article of more than one sentence: a text that is a
// single number (a test case, a peer suite's item) keeps its reading.

// ruleLoneNumber names the rule in explanations.
const ruleLoneNumber = "lone-number"

// loneNumbers makes every claim that fills its sentence, but for
// punctuation and symbols, a mention of kind other; it reports which.
func loneNumbers(out []claims.Quantity, sentences int) []bool {
	if sentences < 2 {
		return nil
	}
	var lone []bool
	for i := range out {
		q := &out[i]
		if !q.IsClaim() || !fillsSentence(q) {
			continue
		}
		if lone == nil {
			lone = make([]bool, len(out))
		}
		q.Kind = claims.KindOther
		lone[i] = true
	}
	return lone
}

// fillsSentence reports whether the sentence of q holds no letter or digit
// outside q's own text.
func fillsSentence(q *claims.Quantity) bool {
	s := q.Sentence
	a, b := q.Quantity.Start-s.Start, q.Quantity.End-s.Start
	if a < 0 || b > len(s.Text) || a > b {
		return false
	}
	for _, part := range []string{s.Text[:a], s.Text[b:]} {
		for _, r := range part {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}
