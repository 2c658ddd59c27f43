package lexicon

import (
	"strings"
	"unicode/utf8"
)

// WordSet is the set of the words of s, each also lower-cased.
func WordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
		m[strings.ToLower(w)] = true
	}
	return m
}

// Union is a new set of the words of all sets: a row shared by several
// readers, with the words one reader adds (lexicon.ForecastNouns).
func Union(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// IsSpaceByte reports an ASCII white-space byte.
func IsSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == '\v'
}

// IsQuoteMark reports whether s is a quotation mark token.
func IsQuoteMark(s string) bool {
	switch s {
	case "“", "”", "\"", "«", "»", "``", "''", "‘", "’":
		return true
	}
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && OddQuoteMarks[r] != 0
}

// Roles of an odd quotation mark.
const (
	MarkStraight = 's' // opens and closes by turns, as a straight "
	MarkOpening  = 'o' // opens, as “
	MarkClosing  = 'c' // closes, as ”
)

// OddQuoteMarks are the double quotation marks besides “ ” " « » „ and
// ”: the double prime ″, the fullwidth ＂ and the ditto mark 〃, typed or
// read by OCR for a straight " ("″Only 62 per cent of trains arrived on
// time,″ said …"; after a digit ″ is inches or seconds, not a mark); the
// reversed double prime ‶ and the reversed ‟ opening a quote closed by ″
// or ”; and the ornamental ❝ ❞ of magazine pull quotes.
var OddQuoteMarks = map[rune]byte{
	'″': MarkStraight, '＂': MarkStraight, '〃': MarkStraight,
	'‶': MarkOpening, '‟': MarkOpening, '❝': MarkOpening,
	'❞': MarkClosing,
}

// NamesStockIndex reports whether text names a stock index: a name of
// StockIndexes as written, as a word ("FTSE", "S&P"), or a word of
// indexWords in any case ("the index", "the Dow", "the Hang Seng").
func NamesStockIndex(text string) bool {
	for i := 0; i < len(text); {
		for i < len(text) && !indexNameByte(text[i]) {
			i++
		}
		j := i
		for j < len(text) && indexNameByte(text[j]) {
			j++
		}
		if j > i {
			w := text[i:j]
			if _, ok := StockIndexes[w]; ok {
				return true
			}
			if v, _ := LowerIn(indexWords, w); v { // (no new string per word)
				return true
			}
		}
		i = j
	}
	return false
}

func indexNameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '&' || b == '/'
}

// indexWords name a stock index in any case.
var indexWords = WordSet(`index indexes indices dow nasdaq sensex nifty nikkei kospi topix hang seng ftse stoxx dax
ibovespa bovespa merval klci ipsa colcap tadawul psei taiex`)

// StockIndexes are stock index names written before a number that is part
// of the name ("S&P 500", "FTSE 100", "Russell 2000", "Nikkei 225"), as
// written, with the numbers that follow them.
var StockIndexes = map[string][]float64{
	"S&P": {100, 400, 500, 600, 1500}, "FTSE": {100, 250, 350}, "Stoxx": {50, 600}, "STOXX": {50, 600},
	"ASX": {20, 50, 100, 200, 300}, "Russell": {1000, 2000, 3000}, "Nasdaq": {100}, "NASDAQ": {100},
	"Nikkei": {225}, "CAC": {40}, "DAX": {30, 40}, "TA": {35, 125}, "KOSPI": {200}, "Kospi": {200},
	"Nifty": {50, 100}, "NIFTY": {50, 100}, "Sensex": {30}, "IBEX": {35}, "Ibex": {35}, "AEX": {25},
	"SMI": {20}, "OMX": {30}, "OMXS": {30}, "MSCI": {}, "TSX": {60}, "S&P/TSX": {60}, "S&P/ASX": {200, 300},
	"Wilshire": {5000}, "Topix": {100, 500}, "FTSE/JSE": {40}, "BSE": {100, 200, 500}, "PSI": {20},
	"ATX": {20}, "BEL": {20}, "WIG": {20, 30}, "HSCEI": {}, "STI": {},
	// Latin America, Malaysia, the Gulf, Pakistan, the Philippines, Taiwan
	// (dev5 "Malaysia's FBM KLCI rose 3.2 points"; web-dev-11 "the Ibovespa
	// lost 1,540 points to 126,300", "KLCI added 6.2 points to 1,611";
	// articles-dev-1 "the benchmark KSE-100 index closing at 122,300")
	"KSE": {100}, "EGX": {30}, "NZX": {50},
}

// LowerIn is m[strings.ToLower(s)] without the new string when s is ASCII
// and at most 32 bytes long (a table's word), the same answer either way.
func LowerIn[V any](m map[string]V, s string) (V, bool) {
	var buf [32]byte
	if len(s) > len(buf) {
		v, ok := m[strings.ToLower(s)]
		return v, ok
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(s)]
			return v, ok
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(s)])]
	return v, ok
}

// IsLowerForm reports whether strings.ToLower(s) == s, without making the
// lower case.
func IsLowerForm(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s) == s
		}
		if c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}
