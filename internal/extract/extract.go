// Package extract turns article text into number mentions (quantities) and
// numeric claims with their sources. It is the facade of four packages:
//
//	lexicon   the word tables, each once (imports nothing of ours)
//	quantity  the number grammar: Find(sentence) []Mention (lexicon only)
//	text      paragraphs, sentences, the Token type, the tagger (prose)
//	attrib    names, coreference, quotes, speakers, cues, attribution
//	when      the time a figure refers to (imports nothing of ours)
//
// Dependencies run one way: extract → attrib → {quantity, text} → lexicon.
//
// The pipeline for one article (Extractor.Extract):
//
//  1. text splits it into paragraphs and sentences;
//  2. quantity finds every number expression of each sentence and reads it
//     as an interval with qualifier, unit, direction of change and kind;
//  3. the article's context adjusts units (quantity_context.go: poll points);
//  4. for mentions that are claims, attrib reads the subject counted and
//     the event from the tagged sentence, then who asserts each claim, and
//     with which cue;
//  5. when finds the time each claim's figure refers to (time.go).
//
// Explain returns the same quantities with the named rules that decided
// each one (`extract explain`).
package extract

import (
	"math"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/attrib"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/quantity"
	"github.com/factcheck/extract/internal/extract/text"
)

// Mention is a number expression found in a piece of text (see quantity.Mention).
type Mention = quantity.Mention

// FindQuantities returns the number expressions of text (one sentence) in
// text order, without overlaps: the grammar alone, without the tagger.
func FindQuantities(text string) []Mention { return quantity.Find(text) }

// ReportingCue reports whether an annotated cue phrase holds one of the cue
// words attribution reads (see lexicon.ReportingCue). For scoring breakdowns.
func ReportingCue(cue string) bool { return lexicon.ReportingCue(cue) }

// Extractor extracts quantities and claims. It is safe for concurrent use.
type Extractor struct {
	nlp *text.NLP
}

// New loads the models (once per process) and returns an Extractor.
func New() (*Extractor, error) {
	m, err := text.LoadNLP()
	if err != nil {
		return nil, err
	}
	return &Extractor{nlp: m}, nil
}

// Extract returns every number mention of the article, in text order, with
// ids derived from the article's content hash (computed if a.Hash is empty).
func (e *Extractor) Extract(a *claims.Article) []claims.Quantity {
	out, _ := e.extract(a, false)
	return out
}

// Explanation is a mention with the named rules that decided it: its kind
// (and so whether it is a claim), unit and qualifier (quantity.Rules), the
// attribution rule that found its cue and the step that resolved its
// source's name (attrib.Rules).
type Explanation struct {
	claims.Quantity
	Rules       quantity.Rules
	Attribution attrib.Rules // empty when attribution found no cue (but Rejected: a cue verb it turned down)
}

// Explain is Extract with the rules that decided each mention (for
// --explain). The quantities are the same as Extract's.
func (e *Extractor) Explain(a *claims.Article) []Explanation {
	out, ex := e.extract(a, true)
	for i := range ex {
		ex[i].Quantity = out[i]
	}
	return ex
}

func (e *Extractor) extract(a *claims.Article, explain bool) ([]claims.Quantity, []Explanation) {
	hash := a.Hash
	if hash == "" {
		hash = claims.ContentHash(a)
	}
	d := text.NewDoc(a.Text, e.nlp)
	var out []claims.Quantity
	var ex []Explanation
	var bare, amount, cents, deg []bool
	mentions := make([][]quantity.Mention, len(d.Sentences)) // (read again by attrib.SubjectEventIn)
	n := 0
	topics := quantity.ArticleTopics(d.Text)
	for si, s := range d.Sentences {
		mentions[si] = quantity.FindIn(d.Text[s.Start:s.End], topics)
		n += len(mentions[si])
	}
	var shared []string
	var place []bool
	if n > 0 { // (nil when there are none, as before)
		out, bare, amount, shared = make([]claims.Quantity, 0, n), make([]bool, 0, n), make([]bool, 0, n), make([]string, 0, n)
		deg, cents = make([]bool, 0, n), make([]bool, 0, n)
	}
	for si := range d.Sentences {
		s := d.Sentences[si]
		sent := claims.Span{Text: d.Text[s.Start:s.End], Start: s.Start, End: s.End}
		ms := mentions[si]
		for _, m := range ms {
			bare = append(bare, m.BareDollar) // (dollar.go)
			amount = append(amount, m.BareAmount)
			cents = append(cents, m.BareCents)
			shared = append(shared, m.BareName)
			place = append(place, m.PlaceRegion != "") // (dollar.go: decided by its sentence's place)
			deg = append(deg, m.BareDegree)            // (degrees.go)
		}
		for _, m := range ms {
			q := claims.Quantity{
				ArticleID: a.ID,
				Quantity:  claims.Span{Text: sent.Text[m.Start:m.End], Start: s.Start + m.Start, End: s.Start + m.End},
				Low:       roundValue(m.Low),
				High:      roundValue(m.High),
				Qualifier: m.Qualifier,
				Unit:      m.Unit,
				Kind:      m.Kind,
				Sentence:  sent,
			}
			if m.Change != "" {
				c := m.Change
				q.Change = &c
			}
			q.ID = claims.QuantityID(hash, q.Quantity.Start, q.Quantity.End)
			out = append(out, q)
			if explain {
				ex = append(ex, Explanation{Rules: m.Rules()})
			}
		}
	}
	var units []string
	if explain {
		for _, q := range out {
			units = append(units, q.Unit)
		}
	}
	if lone := loneNumbers(out, len(d.Sentences)); lone != nil && explain {
		for i := range lone {
			if lone[i] {
				ex[i].Rules.Kind = ruleLoneNumber // lone.go
			}
		}
	}
	if page := pageLayout(d.Text, out); page != nil && explain {
		for i := range page {
			if page[i] != "" {
				ex[i].Rules.Kind = page[i] // pagerules.go
			}
		}
	}
	pollPoints(out)
	for i := range units {
		if out[i].Unit != units[i] {
			ex[i].Rules.Unit = "article-poll-points" // quantity_context.go
		}
	}
	if r := articleDegrees(a, out, deg); r != "" {
		for i := range units {
			if deg[i] && out[i].Unit != units[i] {
				ex[i].Rules.Unit += "+article-degree-" + r // degrees.go
			}
		}
	}
	articleAmount(a, out, amount, cents, bare)
	articleDollar(a, out, bare, place)
	articleSharedName(a, out, shared, place)
	for i := range units {
		if (amount[i] || cents[i]) && strings.HasPrefix(out[i].UnitBasis, "amount-") {
			ex[i].Rules.Unit += "+article-" + out[i].UnitBasis // dollar.go
		}
		if bare[i] && out[i].UnitBasis != "default" && out[i].UnitBasis != basisSentencePlaces {
			ex[i].Rules.Unit += "+article-dollar-" + out[i].UnitBasis // dollar.go
		}
		if shared[i] != "" && out[i].UnitBasis != "default" && out[i].UnitBasis != basisSentencePlaces {
			ex[i].Rules.Unit += "+article-" + shared[i] + "-" + out[i].UnitBasis // dollar.go
		}
	}
	for i := range out {
		if out[i].IsClaim() {
			out[i].Subject, out[i].Event = attrib.SubjectEventIn(d, &out[i], mentions)
		}
	}
	if explain {
		rules := attrib.AttributeExplained(d, out)
		for i := range ex {
			ex[i].Attribution = rules[i]
		}
	} else {
		attrib.Attribute(d, out)
	}
	for i := range out {
		if out[i].Unit == "age" && appositiveAge(d.Text, &out[i]) {
			// "Maduro, 61, had won": the reporter's description of a
			// person, not part of what the source said
			out[i].Source, out[i].Cue = nil, nil
			if explain && ex[i].Attribution.Cue != "" {
				ex[i].Attribution = attrib.Rules{Cue: attrib.RuleAppositiveAgeUnsourced} // found by a rule, dropped here
			}
		}
	}
	assignTimes(a, out)
	return out, ex
}

// appositiveAge reports whether an age stands in apposition to a name:
// "Maduro, 61," or "Maduro (61)".
func appositiveAge(text string, q *claims.Quantity) bool {
	before := strings.TrimRight(text[:q.Quantity.Start], " ")
	after := strings.TrimLeft(text[q.Quantity.End:], " ")
	return strings.HasSuffix(before, ",") && (strings.HasPrefix(after, ",") || strings.HasPrefix(after, ";") || strings.HasPrefix(after, ")") || strings.HasPrefix(after, "—")) ||
		strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")")
}

// ExtractText is Extract for a bare text (for `extract quantities` and tests).
func (e *Extractor) ExtractText(id, text string) []claims.Quantity {
	return e.Extract(&claims.Article{ID: id, Text: text})
}

// SourcesAt returns, for each byte offset of text, the source a claim
// standing there would be given (nil for none): the same reading as
// Extract's, for scoring quote speakers on quotes that hold no number.
func (e *Extractor) SourcesAt(txt string, offs []int) []*claims.Source {
	return attrib.SourcesAt(text.NewDoc(txt, e.nlp), offs)
}

// roundValue rounds to 12 significant digits, so that scale arithmetic
// ("1.1 million", "2.3bn") does not print binary noise such as 1100000.0000000002.
func roundValue(v *float64) *float64 {
	if v == nil || *v == 0 || math.IsInf(*v, 0) || math.IsNaN(*v) {
		return v
	}
	p := math.Pow(10, 11-math.Floor(math.Log10(math.Abs(*v))))
	r := math.Round(*v*p) / p
	return &r
}

// QuoteReadings returns, for each byte offset of text, the direct quote
// holding it with the rule that found it, and the source a claim standing
// there would be given with the rules that found it (attrib.QuoteReading):
// the per-rule quote measure of cmd/extract.
func (e *Extractor) QuoteReadings(txt string, offs []int) []attrib.QuoteReading {
	return attrib.QuoteReadings(text.NewDoc(txt, e.nlp), offs)
}
