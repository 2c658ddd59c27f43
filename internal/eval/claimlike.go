package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The scorer's population is "relations whose content holds a claim-like
// number" (issue #16). ANNOTATION.md lists what is not a claim: dates,
// years, times, ordinals, identifiers, numbers inside names, durations used
// as modifiers and non-numeric words. The extractor's kinds give the first
// four (extract.FindQuantities); the forms below, the evaluation's own
// reading written apart from the extractor's kind rules, give the rest for
// the mentions it classes as durations and as "one":
//
//   - duration-modifier: a duration joined to its unit by a hyphen, which
//     modifies a noun ("the 30-second speech", "a 40-year decline",
//     ANNOTATION.md's "72-hour period", "six-year term");
//   - duration-ago: a duration that places an event in time, followed by
//     "ago", "earlier", "later", "before", "after" ("15 years ago", "about
//     five minutes after he was elected"): a time, not a measure;
//   - duration-window: a duration that bounds the period a statement covers,
//     after "last", "past", "next", "coming", "first", "final", "those",
//     "these", "within", "during", "through", "in" or "after" ("in the last
//     24 hours", "for the past 40 years", "during those 40 years", "in 30
//     years", "after 10 years in that status", "the first 24 hours of the
//     convention"): the claim's time, not a claim;
//   - word-one: the word "one" the recogniser reads as no number ("one of
//     the", "the one thing"): ANNOTATION.md's non-numeric words.
//
// A duration in none of these forms ("did he lose 20 minutes?", "I've been
// here 78 years") is a measure and stays in the population, as do tallies
// and scores ("5-to-4 votes").
const (
	FormDurationModifier = "duration-modifier"
	FormDurationAgo      = "duration-ago"
	FormDurationWindow   = "duration-window"
	FormWordOne          = "word-one"
)

// durationAfter are the words after a duration that make it a point in time.
var durationAfter = words(`ago earlier later before after hence`)

// durationBefore are the words right before a duration (its qualifier
// aside) that make it the period a statement covers.
var durationBefore = words(`last past next coming first final those these within during through in after`)

// NotClaimForm names the form (above) by which the mention text[start:end],
// of the extractor's kind ("duration", "other", …), is not a claim-like
// number; "" when it is one.
func NotClaimForm(text string, start, end int, kind string) string {
	m := text[start:end]
	switch kind {
	case "other":
		if strings.EqualFold(m, "one") {
			return FormWordOne
		}
	case "duration":
		if hyphenUnit(m) {
			return FormDurationModifier
		}
		if durationAfter[strings.ToLower(nextWord(text, end))] {
			return FormDurationAgo
		}
		if durationBefore[strings.ToLower(prevWord(text, start))] {
			return FormDurationWindow
		}
	}
	return ""
}

// hyphenUnit reports a digit or number word joined by a hyphen to a unit
// word ("30-second", "40-year", "six-year").
func hyphenUnit(m string) bool {
	i := strings.LastIndexAny(m, "-‐‑")
	if i <= 0 || i == len(m)-1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(m[i+1:])
	return unicode.IsLetter(r)
}

// nextWord is the word after offset end (letters only; "" at a boundary
// other than spaces).
func nextWord(text string, end int) string {
	i := end
	for i < len(text) && text[i] == ' ' {
		i++
	}
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j]
}

// prevWord is the word before offset start, skipping spaces and the
// article "the" ("the last 24 hours" is read at "last").
func prevWord(text string, start int) string {
	w := wordBefore(text, start)
	if strings.EqualFold(w, "the") || strings.EqualFold(w, "a") || strings.EqualFold(w, "about") {
		return wordBefore(text, strings.LastIndex(text[:start], w))
	}
	return w
}

func wordBefore(text string, start int) string {
	j := start
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	i := j
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return text[i:j]
}
