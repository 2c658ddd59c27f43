package extract

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Rules that read a mention in the light of its neighbours in the article,
// after every sentence has been scanned.

// pollPoints reads "points" as percentage points where the article is
// talking about shares: a lead "by 5 points" in a poll, "a ten-point lead
// according to exit polls", "that lead was 7 points" after a sentence in
// percent; and an interest rate's points ("the Fed made a quarter-point
// cut"). Index points, scores and ratings stay "point": the rule needs a
// poll or rate word in the sentence, or a percent figure in the sentence or in one
// of the two sentences before it, and no sports word.
func pollPoints(out []claims.Quantity) {
	for i := range out {
		q := &out[i]
		if q.Unit != "point" {
			continue
		}
		// the words around the mention ("quarter" of "a quarter-point cut"
		// is no game's quarter)
		s, e := q.Quantity.Start-q.Sentence.Start, q.Quantity.End-q.Sentence.Start
		words := lowerWords(q.Sentence.Text[:s] + " " + q.Sentence.Text[e:])
		if hasAny(words, sportsWords) || lexicon.NamesStockIndex(q.Sentence.Text) {
			continue // (an index's points: "the FTSE 100 fell 45 points, or 0.6%")
		}
		ok := hasAny(words, pollWords) || hasAny(words, rateWords)
		// percent figures in this sentence or the two before it
		seen := 0
		last := q.Sentence.Start
		for j := i; j >= 0 && !ok; j-- {
			o := &out[j]
			if o.Sentence.Start != last {
				seen++
				last = o.Sentence.Start
			}
			if seen > 2 {
				break
			}
			// (a share of a game is no poll: "Celtic had 64% of possession
			// and 19 shots" before "It's only three points", web-dev-4)
			ok = (o.Unit == "percent" || o.Unit == "percentage_point") && (o.Sentence.Start == q.Sentence.Start || !sportsSentence(o.Sentence.Text))
		}
		for j := i + 1; j < len(out) && !ok && out[j].Sentence.Start == q.Sentence.Start; j++ {
			ok = out[j].Unit == "percent" || out[j].Unit == "percentage_point"
		}
		if ok {
			q.Unit = "percentage_point"
		}
	}
}

var pollWords = map[string]bool{
	"poll": true, "polls": true, "polling": true, "polled": true, "pollster": true, "pollsters": true,
	"survey": true, "surveys": true, "surveyed": true, "margin": true, "voters": true, "vote": true,
	"votes": true, "primary": true, "ballot": true, "electorate": true, "approval": true,
}

// rateWords make points percentage points: an interest rate's "a
// quarter-point cut", "mortgage rates rose half a point".
var rateWords = map[string]bool{
	"rate": true, "rates": true, "interest": true, "fed": true, "yield": true, "yields": true,
	"borrowing": true, "mortgage": true, "mortgages": true,
}

var sportsWords = map[string]bool{
	"scored": true, "scoring": true, "scores": true, "game": true, "games": true, "season": true,
	"rebounds": true, "assists": true, "quarter": true, "halftime": true,
	"possession": true, "shots": true, "goals": true, "league": true, "match": true, "matches": true,
	"wickets": true, "innings": true, "touchdowns": true, "playoffs": true, "premiership": true,
	"index": true, "dow": true, "nasdaq": true, "stocks": true, "shares": true, "fico": true,
}

// sportsSentence reports a sentence about a game: a sports word and no poll word.
func sportsSentence(s string) bool {
	w := lowerWords(s)
	return hasAny(w, sportsWords) && !hasAny(w, pollWords)
}

// lowerWords returns the lower-case words of s.
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

func hasAny(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}
