package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// QuoteReading is what attribution reads at a byte offset of a text: the
// direct quote holding it, if any, with the rule that found the quote
// (QuoteRule), and the source a claim standing there would be given, with
// the rules that found its cue (Cue: "quote-tail/lead", "verb-cue/strong",
// …; the quote's speaker rule when the source is the quote's speaker) and
// named it (Name), as Rules names them for --explain.
type QuoteReading struct {
	// Start and End bound the quote holding the offset, marks included;
	// both -1 when the offset stands in no quote.
	Start, End int
	// QuoteRule names how the quote was found: its opening mark
	// ("double-curly" “…”, "double-straight" "…", "two-apostrophes"
	// ''…'', "guillemets" «…», "low-opening" „…“, "odd-mark",
	// "single-curly" ‘…’, "single-straight" '…'), then "/paragraphs" when
	// it runs over more than one paragraph and "/unclosed" when no mark
	// closes it (it ends at its paragraph's end, at an attribution clause
	// inside, or at the end of the text). "" outside quotes.
	QuoteRule string
	Source    *claims.Source
	Cue, Name string
}

// QuoteReadings returns the reading at each byte offset of d's text (the
// quote measure of cmd/extract's TestQuoteRulePrecision).
func QuoteReadings(d *text.Doc, offs []int) []QuoteReading {
	a := newAttributor(d)
	a.nameRules = map[*claims.Source]string{}
	a.rejects = map[int][]found{}
	defer a.reg.release()
	out := make([]QuoteReading, len(offs))
	for i, off := range offs {
		r := &out[i]
		r.Start, r.End = -1, -1
		if off < 0 || off >= len(d.Text) {
			continue
		}
		if qi := quoteAt(a.quotes, off); qi >= 0 {
			q := a.quotes[qi]
			r.Start, r.End, r.QuoteRule = q.Start, q.End, a.quoteSpanRule(q)
		}
		f := a.claimSource(off, off+1)
		if f == nil {
			continue
		}
		r.Cue = f.rule
		if f.src != nil {
			s := *f.src
			r.Source, r.Name = &s, a.nameRules[f.src]
		}
	}
	return out
}

// quoteMarkRules name a quote by its opening mark (QuoteReading.QuoteRule).
var quoteMarkRules = map[rune]string{
	'“': "double-curly", '"': "double-straight", '«': "guillemets", '„': "low-opening",
	'‘': "single-curly", '\'': "single-straight",
}

// quoteSpanRule names the rule that found quote q (QuoteReading.QuoteRule).
func (a *attributor) quoteSpanRule(q quoteSpan) string {
	d := a.d
	r, _ := utf8.DecodeRuneInString(d.Text[q.Start:])
	rule, ok := quoteMarkRules[r]
	switch {
	case r == '\'' && strings.HasPrefix(d.Text[q.Start:], "''"):
		rule = "two-apostrophes"
	case !ok:
		rule = "odd-mark"
	}
	if ps, pe := a.paraOf(q.Start), a.paraOf(q.End-1); ps >= 0 && pe > ps {
		rule += "/paragraphs"
	}
	if last, _ := utf8.DecodeLastRuneInString(d.Text[:q.End]); !closesQuote(last) {
		rule += "/unclosed"
	}
	return rule
}

// closesQuote reports whether r can be a quote's closing mark: of the odd
// marks (lexicon.OddQuoteMarks) the straight and the closing ones, not the
// opening ‶ ‟ ❝ (a quote ending in one is unclosed).
func closesQuote(r rune) bool {
	switch r {
	case '"', '\'', '”', '»', '“', '’':
		return true
	}
	role := lexicon.OddQuoteMarks[r]
	return role == lexicon.MarkStraight || role == lexicon.MarkClosing
}

// quotesExplained names, for each claim of qs inside a direct quote, the
// rule that found the quote and its bounds (Rules.Quote; for --explain).
func quotesExplained(d *text.Doc, qs []claims.Quantity, rules []Rules) {
	var a *attributor
	for i := range qs {
		if !qs[i].IsClaim() {
			continue
		}
		if a == nil {
			a = &attributor{d: d, quotes: findQuotes(d)}
			if len(a.quotes) == 0 {
				return
			}
		}
		if qi := quoteAt(a.quotes, qs[i].Quantity.Start); qi >= 0 {
			q := a.quotes[qi]
			rules[i].Quote, rules[i].QuoteStart, rules[i].QuoteEnd = a.quoteSpanRule(q), q.Start, q.End
		}
	}
}
