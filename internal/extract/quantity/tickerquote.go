package quantity

import "strings"

// tickerCode reports the ticker code ending at token k and returns its
// first token: one run of tokens with no space between them, upper-case
// letters and digits only (a dot allowed inside: "CL.1"), at least three
// characters of which two letters ("TMUBMUSD10Y", "COMP", "AAPL",
// "GCZ20").
func (p *parser) tickerCode(k int) (int, bool) {
	j := k
	for j > 0 && p.adj(j) && p.toks[j-1].k != tPunct || j > 1 && p.adj(j) && p.is(j-1, ".") && p.adj(j-1) {
		j--
	}
	if j < 0 || k >= len(p.toks) || p.toks[j].k != tWord {
		return 0, false
	}
	s := p.text[p.toks[j].s:p.toks[k].e]
	letters := 0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= 'A' && b <= 'Z':
			letters++
		case b >= '0' && b <= '9', b == '.' && i > 0 && i < len(s)-1:
		default:
			return 0, false
		}
	}
	return j, len(s) >= 3 && letters >= 2
}

// tickerQuote reports the live quote a market-data page prints after a
// ticker code inside a sentence (kind rule ticker-quote): "The 10-year
// Treasury note yield TMUBMUSD10Y, 0.673% fell 4.8 basis points", "the
// Nasdaq Composite COMP, -3.19% poised for a sharp drop" (a MarketWatch
// page of web-dev-8 and ingest-dev; our own sentences in
// conventions17_test.go). The code follows a name or noun (no function
// word: "in NSW, 78.45% of voters" stays a claim), the quote is a
// percentage of two or more decimals right after the code's comma, signed
// or not, and a word other than "of" goes on the clause ("fell",
// "poised"). Page furniture and a code (ANNOTATION.md), no claim.
func (p *parser) tickerQuote(c *cand) bool {
	if c.unit != "percent" || c.valEn != c.valSt+1 || !p.toks[c.valSt].dec {
		return false
	}
	if r := p.raw(c.valSt); strings.IndexByte(r, '.') < 0 || len(r)-strings.IndexByte(r, '.') < 3 {
		return false
	}
	k := c.valSt - 1
	if k >= 0 && (p.is(k, "-") || p.is(k, "+") || p.is(k, "−")) && p.adj(k+1) {
		k--
	}
	if !p.is(k, ",") || !p.adj(k) {
		return false
	}
	j, ok := p.tickerCode(k - 1)
	if !ok || !p.toks[j].sp || j == 0 || p.toks[j-1].k != tWord {
		return false
	}
	if w := p.w(j - 1); w != nil && w.fn {
		return false
	}
	return c.en < len(p.toks) && p.toks[c.en].k == tWord && p.lw(c.en) != "of"
}
