package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// The figures of a sentence with no source of their own get the source
// the next sentence of the same paragraph names for them by an explicit
// anaphoric subject or object ("The figures", "The data", "These
// numbers"): wire copy gives the figure first and its releaser after ("About
// 1,200 jobs would go at the steelworks. The figures were released by the
// Community union on Tuesday."; "Unemployment rose to 4.1 per cent. The
// Australian Bureau of Statistics published the figures on Thursday.").
// PolNeAR annotates no such pair (neither train nor dev holds the form),
// so the rule is kept to these explicit forms: a bare next sentence
// ("The Met Office said more rain was on the way.") names the source of
// its own content only. After the forms, a closing report of the next
// sentence reaches back too (closingReport, rule
// next-sentence/closing-report).

// nextSentenceForm is one named form of the next sentence: match returns
// the span of the releaser's phrase and the cue's token range, ok when the
// sentence has the form.
type nextSentenceForm struct {
	name  string
	match func(ts []text.Token) (b, e, cb, ce int, ok bool)
}

// nextSentenceForms are tried in order; the first that matches wins.
var nextSentenceForms = []nextSentenceForm{
	// "The figures were released by the Community union on Tuesday",
	// "The data have been compiled by the bureau"
	{"figures-released-by", func(ts []text.Token) (int, int, int, int, bool) {
		k, ok := figureSubject(ts)
		if !ok {
			return 0, 0, 0, 0, false
		}
		k = pastBe(ts, k)
		if k < 0 || k+1 >= len(ts) || !lexicon.ReleaseVerbs[ts[k].Lower] || ts[k+1].Lower != "by" {
			return 0, 0, 0, 0, false
		}
		b, e, ok := releaserPhrase(ts, k+2)
		return b, e, k, k, ok
	}},
	// "The figures came from the Central Statistics Office"
	{"figures-came-from", func(ts []text.Token) (int, int, int, int, bool) {
		k, ok := figureSubject(ts)
		if !ok || k+1 >= len(ts) || !lexicon.ComeForms[ts[k].Lower] || ts[k+1].Lower != "from" {
			return 0, 0, 0, 0, false
		}
		b, e, ok := releaserPhrase(ts, k+2)
		return b, e, k, k + 1, ok
	}},
	// "The numbers were contained in a report released by the Ontario
	// Health Coalition", "The figures were published in a study issued by …"
	{"figures-in-document-by", func(ts []text.Token) (int, int, int, int, bool) {
		k, ok := figureSubject(ts)
		if !ok {
			return 0, 0, 0, 0, false
		}
		k = pastBe(ts, k)
		if k < 0 || k+3 >= len(ts) || !lexicon.ContainVerbs[ts[k].Lower] || ts[k+1].Lower != "in" && ts[k+1].Lower != "out" {
			return 0, 0, 0, 0, false
		}
		for i := k + 2; i+1 < len(ts) && i <= k+7; i++ {
			if lexicon.ReleaseVerbs[ts[i].Lower] && ts[i+1].Lower == "by" && lexicon.DataNouns[ts[i-1].Lower] {
				b, e, ok := releaserPhrase(ts, i+2)
				return b, e, i, i, ok
			}
		}
		return 0, 0, 0, 0, false
	}},
	// "The Australian Bureau of Statistics published the figures on
	// Thursday", "The ministry released the data late on Friday"
	{"releaser-published-figures", func(ts []text.Token) (int, int, int, int, bool) {
		for k := 1; k+2 < len(ts) && k <= 8; k++ {
			if !lexicon.ReleaseVerbs[ts[k].Lower] || ts[k].Tag != "VBD" && ts[k].Tag != "VBN" && ts[k].Tag != "VBZ" {
				continue
			}
			if !lexicon.FigureDeterminers[ts[k+1].Lower] || !lexicon.FigureAnaphors[ts[k+2].Lower] {
				return 0, 0, 0, 0, false
			}
			b, e, ok := releaserPhrase(ts, 0)
			if !ok || e != k-1 {
				return 0, 0, 0, 0, false
			}
			return b, e, k, k, true
		}
		return 0, 0, 0, 0, false
	}},
	// "The figures, according to the ministry, cover only …", "The data
	// are provisional, according to the bureau"
	{"figures-according-to", func(ts []text.Token) (int, int, int, int, bool) {
		if _, ok := figureSubject(ts); !ok {
			return 0, 0, 0, 0, false
		}
		for i := 2; i+2 < len(ts); i++ {
			if accordingToAt(ts, i) {
				b, e, ok := releaserPhrase(ts, i+2)
				return b, e, i, i + 1, ok
			}
		}
		return 0, 0, 0, 0, false
	}},
}

// figureSubject reports a sentence opening with an anaphoric figure noun
// phrase, "The figures", "These numbers", "The latest data", and returns
// the index after it.
func figureSubject(ts []text.Token) (int, bool) {
	if len(ts) < 4 {
		return 0, false
	}
	if !lexicon.FigureDeterminers[ts[0].Lower] {
		return 0, false
	}
	k := 1
	if ts[k].Tag == "JJ" || ts[k].Tag == "JJS" { // "The latest figures", "The official data"
		k++
	}
	if !lexicon.FigureAnaphors[ts[k].Lower] {
		return 0, false
	}
	// "The figures, according to …": a comma after it opens an aside
	return k + 1, true
}

// pastBe steps over a form of "be" (and "have been") at ts[k]; -1 when
// there is none.
func pastBe(ts []text.Token, k int) int {
	if k < len(ts) && lexicon.HaveForms[ts[k].Lower] {
		k++
	}
	if k < len(ts) && lexicon.BeForms[ts[k].Lower] {
		return k + 1
	}
	return -1
}

// releaserPhrase returns the noun phrase naming the releaser at ts[b]: a
// determiner, then capitalised words, nouns and adjectives, joined by
// "of", "for" or "and" before a capitalised word ("the Kenya National
// Bureau of Statistics"), ending before a time or place adjunct ("on
// Tuesday", "last week"), a comma or the sentence's end.
// releaserNameLinks join the capitalised words of a releaser's name ("the
// Bureau of Labor Statistics", "Institute for Fiscal Studies", "Procter &
// Gamble").
var releaserNameLinks = lexicon.WordSet(`of for and &`)

func releaserPhrase(ts []text.Token, b int) (int, int, bool) {
	i := b
	if i < len(ts) && (ts[i].Tag == "DT" || ts[i].Tag == "PRP$") {
		i++
	}
	e := -1
	for ; i < len(ts); i++ {
		t := ts[i]
		if releaserNameLinks[t.Lower] && e >= 0 && i+1 < len(ts) && ts[i+1].Capitalised() {
			continue
		}
		if _, day := lexicon.Weekdays[t.Lower]; day || lexicon.MonthWords[t.Text] {
			break
		}
		// (an organisation noun whatever its tag: "the national
		// statistics institute/VBP INEGI")
		if t.Capitalised() || isPossessive(t) || strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" && e < 0 || orgHeads[t.Lower] || genericOrgNouns[t.Lower] {
			e = i
			continue
		}
		break
	}
	return b, e, e >= b && ts[e].Tag != "JJ"
}

// nextSentenceSource returns the attribution the next sentence of si's
// paragraph gives si's figures by one of nextSentenceForms, or nil.
func (a *attributor) nextSentenceSource(si int) *found {
	n := si + 1
	if n >= len(a.d.Sentences) || a.d.Sentences[n].Para != a.d.Sentences[si].Para {
		return nil
	}
	ts := a.tokens(n)
	for _, form := range nextSentenceForms {
		b, e, cb, ce, ok := form.match(ts)
		if !ok {
			continue
		}
		src := a.source(ts, b, e, -1, -1)
		if src == nil {
			return nil
		}
		s := a.d.Sentences[si]
		return &found{rule: "next-sentence/" + form.name, src: src, from: s.Start, to: s.End,
			cue: a.span(ts[cb].Start, ts[ce].End())}
	}
	if f, ok := a.closingReport(n); ok {
		s := a.d.Sentences[si]
		f.rule, f.from, f.to, f.exFrom, f.exTo = "next-sentence/closing-report", s.Start, s.End, 0, 0
		return &f
	}
	return nil
}

// closingReport returns the closing report of sentence n ("…, Politico
// reported.", "…, The Wall Street Journal reports."): a publication's
// report runs back over the figures of the sentence before it with no
// source of its own (PolNeAR dev annotates "Those who lost their jobs were
// making on average $35,000 to $60,000 a year. Bonuses … were $500 to
// $2,000 …, The Wall Street Journal reports." so; fresh-3). Only the
// report verb reaches back: a closing "said" reaching back sources
// narration (PolNeAR train: 101 more claims outside every annotated
// content given a source, 37 with organisations alone), and a sentence
// that opens with a quotation is the reporter's quote, not a report of
// the sentence before ("… two-thirds of the 55,000 pages …. “The emails
// released Monday …,” CBS News reported.").
func (a *attributor) closingReport(n int) (found, bool) {
	if !strings.Contains(a.d.SentenceText(n), "report") {
		return found{}, false // (no need to read the sentence's cues)
	}
	ts := a.tokens(n)
	if len(ts) == 0 || ts[0].Tag == "``" || lexicon.IsQuoteMark(ts[0].Text) {
		return found{}, false
	}
	for _, f := range a.sentence(n) {
		if !f.outer || f.src == nil || f.irrealis || pronounLed(f.src.Mention) || f.from != a.d.Sentences[n].Start {
			continue
		}
		// a tail: ", X reported." with at most a time after the verb
		// (not "view reports on …", "clearer reporting")
		before := strings.TrimRight(a.d.Text[a.d.Sentences[n].Start:f.src.Start], " ")
		after := strings.Fields(a.d.Text[f.cue.End:a.d.Sentences[n].End])
		if lexicon.CueVerbs[strings.ToLower(f.cue.Text)] == "report" && f.cue.Start > f.src.Start && strings.HasSuffix(before, ",") && len(after) <= 3 {
			return f, true
		}
	}
	return found{}, false
}
