package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/claims"
)

// Attribution scoring on PolNeAR (brat standoff, see
// ../shared/eval/polnear/NOTE.md).
//
//   - Offsets in .ann files count Unicode code points; they are converted to
//     byte offsets of the article text. Discontinuous spans ("a b;c d") keep
//     all their pieces.
//   - Articles annotated by several annotators: every annotator's relations
//     are read, and a relation whose content pieces equal those of a
//     relation already read for the article (another annotator's copy) is
//     dropped, so each distinct content span counts once.
//   - Scored relations: those whose content holds an ASCII digit (the
//     issue's first figure), and among them, when AttributionScore.Number is
//     set, those whose content holds a NUMBER: a number mention the quantity
//     recogniser (extract.FindQuantities, run on each content piece) does not
//     class as a date, year, time, ordinal or identifier, and that is in
//     none of the forms NotClaimForm names (durations as modifiers or time
//     references, the word "one"; claimlike.go). The second is the primary
//     figure, the issue's "relations whose content holds a claim-like
//     number": a relation whose only digits are "2016", "Nov. 8", "9:30",
//     "21st", "15 years ago" or "the 30-second speech" holds no claim to
//     find, so counting it measures the year recogniser, not attribution.
//     Both are printed, and the quote coverage also over AnyNumber (the
//     population before NotClaimForm).
//   - Recall: a relation is found when a claim's quantity overlaps a piece
//     of its content.
//   - Source accuracy, among found relations, per claim: each claim inside
//     the content is right when its source mention overlaps a piece of the
//     annotated source (when the relation has no source, when the claim has
//     none). "All" is the strict per-relation figure: every claim inside is
//     right.
//   - Cue accuracy, the same per claim with the cue span.

// PolnearRelation is one attribution relation with byte-offset pieces.
type PolnearRelation struct {
	Annotator string
	Source    []claims.Span
	Cue       []claims.Span
	Content   []claims.Span
}

// PolnearArticle is an article and its relations.
type PolnearArticle struct {
	ID        string
	Text      string
	Relations []PolnearRelation
}

var annIDRE = regexp.MustCompile(`^([TE])\d+$`)

// ReadPolNeAR reads DIR/<split>/text/*.txt and DIR/<split>/attributions/*.ann.
// A malformed line is reported on warn (file:line: reason) and skipped.
func ReadPolNeAR(dir, split string, warn io.Writer) ([]PolnearArticle, error) {
	base := filepath.Join(dir, split)
	texts, err := filepath.Glob(filepath.Join(base, "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("%s: no text/*.txt files", base)
	}
	anns, err := filepath.Glob(filepath.Join(base, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	byArt := map[string][]string{}
	for _, a := range anns {
		name := strings.TrimSuffix(filepath.Base(a), ".ann")
		i := strings.LastIndexByte(name, '_')
		if i < 0 {
			fmt.Fprintf(warn, "%s: name has no _annotator suffix; skipped\n", a)
			continue
		}
		byArt[name[:i]] = append(byArt[name[:i]], a)
	}
	var out []PolnearArticle
	for _, t := range texts {
		id := strings.TrimSuffix(filepath.Base(t), ".txt")
		b, err := os.ReadFile(t)
		if err != nil {
			fmt.Fprintf(warn, "%s: %v\n", t, err)
			continue
		}
		art := PolnearArticle{ID: id, Text: string(b)}
		seen := map[string]bool{}
		files := byArt[id]
		sort.Strings(files)
		for _, f := range files {
			rels, err := readAnn(f, art.Text, warn)
			if err != nil {
				fmt.Fprintf(warn, "%s: %v\n", f, err)
				continue
			}
			for _, r := range rels {
				k := spansKey(r.Content)
				if seen[k] {
					continue
				}
				seen[k] = true
				out := r
				art.Relations = append(art.Relations, out)
			}
		}
		out = append(out, art)
	}
	return out, nil
}

func spansKey(ss []claims.Span) string {
	var b strings.Builder
	for _, s := range ss {
		fmt.Fprintf(&b, "%d-%d;", s.Start, s.End)
	}
	return b.String()
}

// readAnn reads one brat file against the article text.
func readAnn(path, text string, warn io.Writer) ([]PolnearRelation, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	// code point index → byte offset
	cp := make([]int, 0, len(text)+1)
	for i := range text {
		cp = append(cp, i)
	}
	cp = append(cp, len(text))
	type tspan struct {
		typ   string
		spans []claims.Span
	}
	ts := map[string]tspan{}
	var rels []PolnearRelation
	ann := strings.TrimSuffix(filepath.Base(path), ".ann")
	ann = ann[strings.LastIndexByte(ann, '_')+1:]
	var events [][2]string
	for ln, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue // text continuation of a multi-line span, or blank
		}
		m := annIDRE.FindStringSubmatch(f[0])
		if m == nil {
			continue // notes (#), relations we do not use
		}
		if m[1] == "T" {
			typ, spec, ok := strings.Cut(f[1], " ")
			if !ok {
				fmt.Fprintf(warn, "%s:%d: bad span %q\n", path, ln+1, f[1])
				continue
			}
			var spans []claims.Span
			bad := false
			for _, piece := range strings.Split(spec, ";") {
				var s, e int
				p := strings.Fields(piece)
				if len(p) != 2 {
					bad = true
					break
				}
				s, err1 := strconv.Atoi(p[0])
				e, err2 := strconv.Atoi(p[1])
				if err1 != nil || err2 != nil || s < 0 || e < s || e >= len(cp) {
					bad = true
					break
				}
				bs, be := cp[s], cp[e]
				spans = append(spans, claims.Span{Text: text[bs:be], Start: bs, End: be})
			}
			if bad {
				fmt.Fprintf(warn, "%s:%d: bad span %q\n", path, ln+1, f[1])
				continue
			}
			ts[f[0]] = tspan{typ: typ, spans: spans}
		} else {
			events = append(events, [2]string{f[0], f[1]})
		}
	}
	for _, ev := range events {
		r := PolnearRelation{Annotator: ann}
		for _, arg := range strings.Fields(ev[1]) {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			t, ok := ts[id]
			if !ok {
				continue
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Source":
				r.Source = append(r.Source, t.spans...)
			case "Cue":
				r.Cue = append(r.Cue, t.spans...)
			case "Content":
				r.Content = append(r.Content, t.spans...)
			}
		}
		if len(r.Content) > 0 {
			rels = append(rels, r)
		}
	}
	return rels, nil
}

// HasDigit reports whether any piece holds an ASCII digit.
func HasDigit(ss []claims.Span) bool {
	for _, s := range ss {
		if strings.ContainsAny(s.Text, "0123456789") {
			return true
		}
	}
	return false
}

func isDirectQuote(ss []claims.Span) bool {
	if len(ss) == 0 {
		return false
	}
	t := strings.TrimSpace(ss[0].Text)
	return strings.HasPrefix(t, "“") || strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "''") || strings.HasPrefix(t, "‘")
}

func overlapsAny(start, end int, ss []claims.Span) bool {
	for _, s := range ss {
		if start < s.End && s.Start < end {
			return true
		}
	}
	return false
}

// AttributionScore holds the PolNeAR figures.
type AttributionScore struct {
	Articles     int
	Relations    int // relations whose content holds a digit
	Found        int // … with a claim inside the content
	Mentioned    int // … with a number mention of any kind inside (dates, years too)
	Claims       int // claims inside found relations' contents
	SourceRight  int // … whose source mention overlaps the annotated source
	CueRight     int // … whose cue overlaps the annotated cue
	RelAllRight  int // found relations whose every claim has the right source
	Misses       []AttributionCase
	WrongSources []AttributionCase
	// Reporting, when set, splits the figures by whether the annotated cue
	// is a cue the extractor reads (a diagnostic: PolNeAR also annotates
	// acts and attitudes — "is assured of", "ordered", "allows").
	Reporting                                         func(cue string) bool
	RepRelations, RepFound, RepClaims, RepSourceRight int
	// Claims outside every annotated content span (the article's own
	// assertions, as PolNeAR's annotators saw them) and how many of those
	// the extractor still gave a source: a precision check.
	Outside, OutsideSourced int
	OutsideCases            []AttributionCase
	// Direct quotes: relations whose content opens with a quotation mark.
	QuoteFound, QuoteClaims, QuoteSourceRight int
	// Number, when set, reports whether a content piece holds a number that
	// is not a date, year, time, ordinal or identifier (the CLI passes the
	// quantity recogniser's verdict); Num holds the figures over the digit
	// relations whose content holds one.
	Number func(text string) bool
	Num    RelationFigures
	// AnyNumber, when set, is a wider Number (every mention not a date,
	// year, time, ordinal or identifier, durations and "one" included: the
	// population before eval.NotClaimForm); the quote coverage over it is
	// printed beside the primary one.
	AnyNumber                        func(text string) bool
	AnyQuoteRelations, AnyQuoteFound int
	// Cues, when set, scores only the relations whose annotated cue is of
	// these classes (ClassifyCue); claims outside every content still
	// count against all relations.
	Cues CueFilter
	// ByRule, filled by AddExplained, tallies per source and name-by rule
	// the claims inside the scored relations whose content holds a number
	// (or a digit when Number is unset), and the claims outside every
	// content: right when they have no source.
	ByRule RuleTallies
}

// RelationFigures are the figures over one population of relations.
type RelationFigures struct {
	Relations, Found, Claims, SourceRight, CueRight, RelAllRight int
	QuoteFound, QuoteClaims, QuoteSourceRight                    int
	// QuoteRelations counts the relations whose content opens with a
	// quotation mark: QuoteFound of them hold a claim (coverage).
	QuoteRelations int
}

func (f *RelationFigures) Recall() float64         { return ratio(f.Found, f.Relations) }
func (f *RelationFigures) SourceAccuracy() float64 { return ratio(f.SourceRight, f.Claims) }
func (f *RelationFigures) CueAccuracy() float64    { return ratio(f.CueRight, f.Claims) }
func (f *RelationFigures) RelationSourceAccuracy() float64 {
	return ratio(f.RelAllRight, f.Found)
}
func (f *RelationFigures) QuoteAccuracy() float64 { return ratio(f.QuoteSourceRight, f.QuoteClaims) }

func (s *AttributionScore) holdsNumber(ss []claims.Span) bool { return anyNumber(s.Number, ss) }

func anyNumber(number func(string) bool, ss []claims.Span) bool {
	for _, p := range ss {
		if number(p.Text) {
			return true
		}
	}
	return false
}

// AttributionCase is a relation shown for error analysis.
type AttributionCase struct {
	Article string
	Content string
	Source  string // annotated
	Cue     string // annotated
	Claim   string
	Pred    string // predicted source mention (name)
	PredCue string
	Rule    string // the source and name-by rules of the claim ("" unless explained)
	Rep     bool   // the annotated cue is a reporting cue
	Quote   bool   // the content opens with a quotation mark
	Numbers string // of an uncovered quote: each number mention inside, with its kind and kind rule ("" unless explained)
}

func (s *AttributionScore) Recall() float64         { return ratio(s.Found, s.Relations) }
func (s *AttributionScore) SourceAccuracy() float64 { return ratio(s.SourceRight, s.Claims) }
func (s *AttributionScore) CueAccuracy() float64    { return ratio(s.CueRight, s.Claims) }
func (s *AttributionScore) RelationSourceAccuracy() float64 {
	return ratio(s.RelAllRight, s.Found)
}

func joinSpans(ss []claims.Span) string {
	var p []string
	for _, s := range ss {
		p = append(p, s.Text)
	}
	return strings.Join(p, " … ")
}

// Add scores the quantities extracted from one article (all
// kinds; only claims count) against its relations, adding to s.
func (s *AttributionScore) Add(a *PolnearArticle, qs []claims.Quantity) {
	s.AddExplained(a, qs, nil)
}

// AddExplained is Add for quantities with the rules that decided them
// (RuleNames by span); with rules it also fills s.ByRule.
func (s *AttributionScore) AddExplained(a *PolnearArticle, qs []claims.Quantity, rules []RuleNames) {
	s.Articles++
	for _, q := range qs {
		if !q.IsClaim() {
			continue
		}
		inside := false
		for _, r := range a.Relations {
			if overlapsAny(q.Quantity.Start, q.Quantity.End, r.Content) {
				inside = true
				break
			}
		}
		if !inside {
			s.Outside++
			if rules != nil {
				s.ByRule.Add(ruleFor(rules, &q), q.Source == nil, q.Source, true, false, false)
			}
			if q.Source != nil {
				s.OutsideSourced++
				c := AttributionCase{Article: a.ID, Claim: q.Quantity.Text, Pred: q.Source.Mention + " (" + q.Source.Name + ")", Content: clipAttr(q.Sentence.Text, 200)}
				if rules != nil {
					c.Rule = ruleFor(rules, &q).String()
				}
				if q.Cue != nil {
					c.PredCue = q.Cue.Text
				}
				s.OutsideCases = append(s.OutsideCases, c)
			}
		}
	}
	for _, r := range a.Relations {
		if !HasDigit(r.Content) || !s.Cues.Keep(r.Cue) {
			continue
		}
		s.Relations++
		var num *RelationFigures
		quoted := isDirectQuote(r.Content)
		if s.Number != nil && s.holdsNumber(r.Content) {
			num = &s.Num
			num.Relations++
			if quoted {
				num.QuoteRelations++
			}
		}
		anyQuote := quoted && s.AnyNumber != nil && anyNumber(s.AnyNumber, r.Content)
		if anyQuote {
			s.AnyQuoteRelations++
		}
		if s.Reporting != nil && s.Reporting(joinSpans(r.Cue)) {
			s.RepRelations++
		}
		var in []claims.Quantity
		mentioned := false
		for _, q := range qs {
			if !overlapsAny(q.Quantity.Start, q.Quantity.End, r.Content) {
				continue
			}
			mentioned = true
			if q.IsClaim() {
				in = append(in, q)
			}
		}
		if mentioned {
			s.Mentioned++
		}
		c := AttributionCase{Article: a.ID, Content: clipAttr(joinSpans(r.Content), 160), Source: joinSpans(r.Source), Cue: joinSpans(r.Cue), Quote: quoted && num != nil}
		if len(in) == 0 {
			if c.Quote && rules != nil {
				c.Numbers = mentionKinds(qs, rules, r.Content)
			}
			s.Misses = append(s.Misses, c)
			continue
		}
		s.Found++
		if quoted {
			s.QuoteFound++
		}
		if anyQuote {
			s.AnyQuoteFound++
		}
		if num != nil {
			num.Found++
			if quoted {
				num.QuoteFound++
			}
		}
		rep := s.Reporting != nil && s.Reporting(joinSpans(r.Cue))
		if rep {
			s.RepFound++
		}
		all := true
		for _, q := range in {
			s.Claims++
			if rep {
				s.RepClaims++
			}
			ok := false
			if q.Source == nil {
				ok = len(r.Source) == 0
			} else {
				ok = overlapsAny(q.Source.Start, q.Source.End, r.Source)
			}
			if quoted {
				s.QuoteClaims++
				if ok {
					s.QuoteSourceRight++
				}
			}
			if rules != nil && (num != nil || s.Number == nil) {
				s.ByRule.Add(ruleFor(rules, &q), ok, q.Source, len(r.Source) == 0, false, false)
			}
			cueOK := q.Cue != nil && overlapsAny(q.Cue.Start, q.Cue.End, r.Cue)
			if num != nil {
				num.Claims++
				if ok {
					num.SourceRight++
				}
				if cueOK {
					num.CueRight++
				}
				if quoted {
					num.QuoteClaims++
					if ok {
						num.QuoteSourceRight++
					}
				}
			}
			if ok {
				s.SourceRight++
				if rep {
					s.RepSourceRight++
				}
			} else {
				all = false
				w := c
				w.Rep = rep
				w.Claim = q.Quantity.Text
				if rules != nil {
					w.Rule = ruleFor(rules, &q).String()
				}
				if q.Source != nil {
					w.Pred = q.Source.Mention + " (" + q.Source.Name + ")"
				}
				if q.Cue != nil {
					w.PredCue = q.Cue.Text
				}
				s.WrongSources = append(s.WrongSources, w)
			}
			if cueOK {
				s.CueRight++
			}
		}
		if all {
			s.RelAllRight++
			if num != nil {
				num.RelAllRight++
			}
		}
	}
}

func clipAttr(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// ruleNote is " rules=…" for an explained case, "" otherwise.
func (c *AttributionCase) ruleNote() string {
	if c.Rule == "" {
		return ""
	}
	return " rules=" + c.Rule
}

// Print writes the figures, then up to show misses and wrong sources.
func (s *AttributionScore) Print(w io.Writer, split string, show int) {
	if show > 0 {
		fmt.Fprintf(w, "-- misses (no claim inside the content), first %d of %d\n", min(show, len(s.Misses)), len(s.Misses))
		for _, c := range s.Misses[:min(show, len(s.Misses))] {
			mark := ""
			if c.Quote {
				mark = " [quote, number]"
			}
			fmt.Fprintf(w, "%s%s\tsource=%q cue=%q\n\tcontent=%q\n", c.Article, mark, c.Source, c.Cue, c.Content)
			if c.Numbers != "" {
				fmt.Fprintf(w, "\tnumbers: %s\n", c.Numbers)
			}
		}
		fmt.Fprintf(w, "-- wrong sources, first %d of %d\n", min(show, len(s.WrongSources)), len(s.WrongSources))
		for _, c := range s.WrongSources[:min(show, len(s.WrongSources))] {
			mark := ""
			if c.Rep {
				mark = " [reporting]"
			}
			fmt.Fprintf(w, "%s%s\tclaim=%q gold=%q/%q pred=%q/%q%s\n\tcontent=%q\n", c.Article, mark, c.Claim, c.Source, c.Cue, c.Pred, c.PredCue, c.ruleNote(), c.Content)
		}
	}
	if show > 0 {
		fmt.Fprintf(w, "-- sourced claims outside every annotated content, first %d of %d\n", min(show, len(s.OutsideCases)), len(s.OutsideCases))
		for _, c := range s.OutsideCases[:min(show, len(s.OutsideCases))] {
			fmt.Fprintf(w, "%s\tclaim=%q pred=%q/%q%s\n\tsentence=%q\n", c.Article, c.Claim, c.Pred, c.PredCue, c.ruleNote(), c.Content)
		}
	}
	if s.Number != nil {
		n := &s.Num
		fmt.Fprintf(w, "PolNeAR %s: %d articles, %d relations whose content holds a number (primary: a mention the quantity recogniser does not class as a date, year, time, ordinal or identifier, nor a duration as a modifier or time reference or the word \"one\"), cues: %s\n", split, s.Articles, n.Relations, s.Cues)
		fmt.Fprintf(w, "recall            %.3f  (%d/%d relations with a claim inside the content)\n", n.Recall(), n.Found, n.Relations)
		fmt.Fprintf(w, "source accuracy   %.3f  (%d/%d claims inside found contents; source mention overlaps the annotated source)\n", n.SourceAccuracy(), n.SourceRight, n.Claims)
		fmt.Fprintf(w, "source, strict    %.3f  (%d/%d found relations with every claim's source right)\n", n.RelationSourceAccuracy(), n.RelAllRight, n.Found)
		fmt.Fprintf(w, "cue accuracy      %.3f  (%d/%d claims; cue overlaps the annotated cue)\n", n.CueAccuracy(), n.CueRight, n.Claims)
		fmt.Fprintf(w, "direct quotes     %d found relations whose content opens with a quotation mark: speaker accuracy %.3f (%d/%d claims)\n", n.QuoteFound, n.QuoteAccuracy(), n.QuoteSourceRight, n.QuoteClaims)
		fmt.Fprintf(w, "  covered         %.3f  (%d/%d quote relations holding a number with a claim inside)\n", ratio(n.QuoteFound, n.QuoteRelations), n.QuoteFound, n.QuoteRelations)
		if s.AnyNumber != nil {
			fmt.Fprintf(w, "  covered, wider  %.3f  (%d/%d quote relations holding any number but a date, year, time, ordinal or identifier: durations as modifiers or time references and the word \"one\" counted too)\n", ratio(s.AnyQuoteFound, s.AnyQuoteRelations), s.AnyQuoteFound, s.AnyQuoteRelations)
		}
		fmt.Fprintf(w, `{"split":%q,"population":"number","cues":%q,"articles":%d,"relations":%d,"recall":%.4f,"source_accuracy":%.4f,"source_accuracy_strict":%.4f,"cue_accuracy":%.4f,"quote_speaker_accuracy":%.4f,"quote_covered":%.4f}`+"\n",
			split, s.Cues, s.Articles, n.Relations, n.Recall(), n.SourceAccuracy(), n.RelationSourceAccuracy(), n.CueAccuracy(), n.QuoteAccuracy(), ratio(n.QuoteFound, n.QuoteRelations))
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "PolNeAR %s: %d articles, %d relations whose content holds a digit (any digit, years and dates included), cues: %s\n", split, s.Articles, s.Relations, s.Cues)
	fmt.Fprintf(w, "recall            %.3f  (%d/%d relations with a claim inside the content)\n", s.Recall(), s.Found, s.Relations)
	fmt.Fprintf(w, "  (any kind)      %.3f  (%d/%d relations with a number mention of any kind inside: years, dates and ordinals are not claims)\n", ratio(s.Mentioned, s.Relations), s.Mentioned, s.Relations)
	fmt.Fprintf(w, "source accuracy   %.3f  (%d/%d claims inside found contents; source mention overlaps the annotated source)\n", s.SourceAccuracy(), s.SourceRight, s.Claims)
	fmt.Fprintf(w, "source, strict    %.3f  (%d/%d found relations with every claim's source right)\n", s.RelationSourceAccuracy(), s.RelAllRight, s.Found)
	fmt.Fprintf(w, "cue accuracy      %.3f  (%d/%d claims; cue overlaps the annotated cue)\n", s.CueAccuracy(), s.CueRight, s.Claims)
	if s.Reporting != nil {
		fmt.Fprintf(w, "reporting cues    %d/%d relations have a reporting cue (said, according to, …): recall %.3f, source accuracy %.3f (%d/%d claims)\n",
			s.RepRelations, s.Relations, ratio(s.RepFound, s.RepRelations), ratio(s.RepSourceRight, s.RepClaims), s.RepSourceRight, s.RepClaims)
		fmt.Fprintf(w, "other cues        %d relations (acts and attitudes the cue lexicon does not read: is assured of, ordered, allows, …): source accuracy %.3f (%d/%d claims)\n",
			s.Relations-s.RepRelations, ratio(s.SourceRight-s.RepSourceRight, s.Claims-s.RepClaims), s.SourceRight-s.RepSourceRight, s.Claims-s.RepClaims)
	}
	fmt.Fprintf(w, "direct quotes     %d found relations whose content opens with a quotation mark: speaker accuracy %.3f (%d/%d claims)\n", s.QuoteFound, ratio(s.QuoteSourceRight, s.QuoteClaims), s.QuoteSourceRight, s.QuoteClaims)
	fmt.Fprintf(w, "outside contents  %d claims outside every annotated content; %d (%.3f) were given a source anyway\n", s.Outside, s.OutsideSourced, ratio(s.OutsideSourced, s.Outside))
	fmt.Fprintf(w, `{"split":%q,"population":"digit","cues":%q,"articles":%d,"relations":%d,"recall":%.4f,"source_accuracy":%.4f,"source_accuracy_strict":%.4f,"cue_accuracy":%.4f}`+"\n",
		split, s.Cues, s.Articles, s.Relations, s.Recall(), s.SourceAccuracy(), s.RelationSourceAccuracy(), s.CueAccuracy())
}

// CueCounts counts the annotated cues of the articles by their first word
// (lower-cased; "according to" whole), over all relations.
func CueCounts(arts []PolnearArticle) map[string]int {
	n := map[string]int{}
	for _, a := range arts {
		for _, r := range a.Relations {
			if len(r.Cue) == 0 {
				continue
			}
			t := strings.ToLower(strings.TrimSpace(joinSpans(r.Cue)))
			if strings.HasPrefix(t, "according to") {
				n["according to"]++
				continue
			}
			f := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '\n' || r == ',' || r == '.' })
			if len(f) == 0 {
				n[t]++
				continue
			}
			n[f[0]]++
		}
	}
	return n
}

// QuoteScore scores quote speakers over every relation whose content opens
// with a quotation mark, numbers or not: the source a claim would get at
// the content's first word (a diagnostic beyond the number population).
type QuoteScore struct {
	Quotes, Right int
	Wrong         []AttributionCase
	// Number, when set, reports a content that holds a number (as
	// AttributionScore.Number): NumQuotes and NumRight count those quotes,
	// the population of the quote-speaker target.
	Number              func(text string) bool
	NumQuotes, NumRight int
	// Cues, when set, scores only the quotes whose annotated cue is of these classes.
	Cues CueFilter
}

// AddQuotes scores article a's quote relations with sourcesAt, the
// extractor's source for a claim at each byte offset.
func (s *QuoteScore) AddQuotes(a *PolnearArticle, sourcesAt func(text string, offs []int) []*claims.Source) {
	var rels []PolnearRelation
	var offs []int
	for _, r := range a.Relations {
		if !isDirectQuote(r.Content) || !s.Cues.Keep(r.Cue) {
			continue
		}
		off := r.Content[0].Start
		for off < r.Content[0].End {
			c, n := utf8.DecodeRuneInString(a.Text[off:])
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				break
			}
			off += n
		}
		rels = append(rels, r)
		offs = append(offs, off)
	}
	if len(rels) == 0 {
		return
	}
	got := sourcesAt(a.Text, offs)
	for i, r := range rels {
		s.Quotes++
		q := got[i]
		ok := q == nil && len(r.Source) == 0 || q != nil && overlapsAny(q.Start, q.End, r.Source)
		num := s.Number != nil && s.Number(joinSpans(r.Content))
		if num {
			s.NumQuotes++
		}
		if ok {
			s.Right++
			if num {
				s.NumRight++
			}
			continue
		}
		c := AttributionCase{Article: a.ID, Content: clipAttr(joinSpans(r.Content), 160), Source: joinSpans(r.Source), Cue: joinSpans(r.Cue)}
		if q != nil {
			c.Pred = q.Mention + " (" + q.Name + ")"
		}
		s.Wrong = append(s.Wrong, c)
	}
}

// Print writes the figure, then up to show wrong speakers.
func (s *QuoteScore) Print(w io.Writer, split string, show int) {
	for _, c := range s.Wrong[:min(show, len(s.Wrong))] {
		fmt.Fprintf(w, "%s\tgold=%q/%q pred=%q\n\tcontent=%q\n", c.Article, c.Source, c.Cue, c.Pred, c.Content)
	}
	fmt.Fprintf(w, "all quotes        %s, cues %s: %d relations whose content opens with a quotation mark: speaker accuracy %.3f (%d/%d; at the content's first word)\n", split, s.Cues, s.Quotes, ratio(s.Right, s.Quotes), s.Right, s.Quotes)
	if s.Number != nil {
		fmt.Fprintf(w, "  holding a number  %d of them: speaker accuracy %.3f (%d/%d)\n", s.NumQuotes, ratio(s.NumRight, s.NumQuotes), s.NumRight, s.NumQuotes)
	}
}
