package extract

import (
	"net/url"
	"slices"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/quantity"
	"github.com/factcheck/extract/internal/extract/text"
)

// Which dollar a bare "$" is. The quantity grammar marks money read from a
// bare "$", "dollars" or "cents" (quantity.Mention.BareDollar); the article
// decides which dollar it is, by the first of these rules that speaks:
//
//	url-domain        the URL's country domain (.ca, .com.au, .co.nz, .hk, .sg)
//	lang              the language tag's region (en-CA, en-AU)
//	dateline          a dateline city at the start of the text ("WINNIPEG —")
//	article-currency  a dollar other than the US one written in the article (C$, AUD)
//	article-places    the country the article names most, if its press writes its
//	                  dollar "$" (Canada, Australia, New Zealand, Hong Kong, Singapore,
//	                  the Caribbean's dollar countries, Fiji, Namibia)
//	place-sentences   the one dollar other than USD the sentences' places chose for their own "$"
//	default           USD
//
// Before them, the sentence may have decided it (quantity's rule
// currency-of-place: "A Toronto condo now sells for $1.1 million" CAD):
// its currency stays, with the basis of the article's rule (or default)
// when that reads the same currency, else basis "sentence-places". So for shared
// names (articleSharedName).
//
// Each rule names a region whose money is written "$" (lexicon.DollarOfRegion);
// a region with another sign (.uk, en-GB) says nothing, and the next rule
// is asked. Money written with its currency has basis "written".

// dollarRule is one way of finding an article's dollar.
type dollarRule struct {
	name string
	find func(a *claims.Article, out []claims.Quantity, bare, place []bool) string
}

var dollarRules = []dollarRule{
	{"url-domain", func(a *claims.Article, _ []claims.Quantity, _, _ []bool) string { return dollarOfURL(a.URL) }},
	{"lang", func(a *claims.Article, _ []claims.Quantity, _, _ []bool) string { return dollarOfLang(a.Lang) }},
	{"dateline", func(a *claims.Article, _ []claims.Quantity, _, _ []bool) string { return dollarOfDateline(a.Text) }},
	{"article-currency", dollarNamed},
	{"article-places", placesDollar},
	{rulePlaceSentences, func(_ *claims.Article, out []claims.Quantity, bare, place []bool) string {
		return placeSentences(out, place, func(i int) bool { return bare[i] }, "USD")
	}},
}

// rulePlaceSentences decides an article's bare "$" or shared currency
// name by the one currency its sentences' places chose for the mentions
// they hold (quantity's currency-of-place): "Traders in Dar es Salaam
// owe Sh45 billion" (TZS) makes the article's later "Sh3 billion" TZS
// too (articles-dev-3), as "Fiji's Drua earned $480,000" would its other
// dollars. Mentions whose sentences chose different currencies decide
// nothing.
const rulePlaceSentences = "place-sentences"

// placeSentences returns the one currency the mentions of a family
// (member(i)) decided by their sentence's place have, or "" (also when it
// is the family's default, def: the article reads that already).
func placeSentences(out []claims.Quantity, place []bool, member func(int) bool, def string) string {
	found := ""
	for i := range out {
		if !place[i] || !member(i) {
			continue
		}
		u := lexicon.UnitNumerator(out[i].Unit)
		if found != "" && u != found {
			return ""
		}
		found = u
	}
	if found == def {
		return ""
	}
	return found
}

// articleDollar rewrites the USD of bare dollars to the article's dollar
// and sets every money mention's UnitBasis.
func articleDollar(a *claims.Article, out []claims.Quantity, bare, place []bool) {
	code, basis := "", ""
	any := false
	for i := range out {
		if bare[i] {
			any = true
			break
		}
	}
	if any {
		for _, r := range dollarRules {
			if c := r.find(a, out, bare, place); c != "" {
				code, basis = c, r.name
				break
			}
		}
		if code == "" {
			code, basis = "USD", "default"
		}
	}
	for i := range out {
		q := &out[i]
		switch {
		case bare[i] && place[i]:
			q.UnitBasis = placeBasis(q.Unit, code, basis)
		case bare[i] && weakDollarBasis[basis] && conversionBracket(a.Text, out, i):
			q.UnitBasis = ruleConversionBracket // (stays USD)
		case bare[i]:
			q.Unit = code + strings.TrimPrefix(q.Unit, "USD")
			q.UnitBasis = basis
		case isMoney(q.Unit) && q.UnitBasis == "":
			q.UnitBasis = "written" // (a bare amount articleAmount decided keeps its basis)
		}
	}
}

// ruleConversionBracket: a bare "$" in brackets right after an amount of
// a currency that is no dollar is the wire story's conversion to US
// dollars ("31 billion soms ($350 million)", "148 billion CFA francs
// ($245 million)", "AED 40.3 billion ($11 billion)": web-dev-6, six
// passages; "Rs 900 billion ($3.2 billion)" in South Asian wire copy),
// whatever country the article's places name ("Canada's Centerra Gold"
// in a Bishkek story). Only the places decide less: a dollar the URL,
// the language tag, a dateline or the article's own written dollars name
// stays (a Canadian paper converts to its own dollar).
const ruleConversionBracket = "conversion-bracket"

// weakDollarBasis are the article-dollar rules a conversion bracket
// overrides.
var weakDollarBasis = map[string]bool{"article-places": true, rulePlaceSentences: true}

// conversionBracket reports whether out[i] opens a bracket right after an
// amount in a currency that is no dollar.
func conversionBracket(text string, out []claims.Quantity, i int) bool {
	if i == 0 {
		return false
	}
	prev := out[i-1]
	u := lexicon.UnitNumerator(prev.Unit)
	if !lexicon.IsCurrencyCode(u) || lexicon.IsDollar(u) || prev.Quantity.End > out[i].Quantity.Start {
		return false
	}
	return text[prev.Quantity.End:out[i].Quantity.Start] == " ("
}

func isMoney(unit string) bool {
	if i := strings.IndexByte(unit, '/'); i > 0 {
		unit = unit[:i]
	}
	return lexicon.IsCurrencyCode(unit)
}

// dollarOfURL reads the country domain of the article's host: the last
// label ("example.ca"), also under a second-level domain ("abc.net.au").
func dollarOfURL(raw string) string {
	c, _ := lexicon.DollarOfRegion(regionOfURL(raw))
	return c
}

// regionOfURL returns the ISO 3166 region of the URL's country domain
// ("CA" of "example.ca", "AU" of "abc.net.au"), or "".
func regionOfURL(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	host := u.Hostname()
	tld := strings.ToUpper(host[strings.LastIndexByte(host, '.')+1:])
	if len(tld) != 2 || vanityDomains[tld] {
		return ""
	}
	return tld
}

// vanityDomains are country domains sold worldwide for their letters
// (.tv of Tuvalu, .io, .ai, .me, .fm, .co): they name no country.
var vanityDomains = map[string]bool{"TV": true, "IO": true, "AI": true, "ME": true, "FM": true, "CO": true, "LY": true, "CC": true, "TO": true, "WS": true, "GG": true}

// dollarOfLang reads the region of a language tag ("en-CA", "en_AU").
func dollarOfLang(lang string) string {
	c, _ := lexicon.DollarOfRegion(regionOfLang(lang))
	return c
}

// regionOfLang returns the region of a language tag ("CA" of "en-CA"), or "".
func regionOfLang(lang string) string {
	lang = strings.ReplaceAll(lang, "_", "-")
	i := strings.LastIndexByte(lang, '-')
	if i < 0 || len(lang)-i-1 != 2 {
		return ""
	}
	return strings.ToUpper(lang[i+1:])
}

// dollarOfDateline reads a dateline city written in capitals at the start
// of the text: "WINNIPEG — ", "SYDNEY (Reuters) - ", "HONG KONG, May 3 -".
func dollarOfDateline(txt string) string {
	c, _ := lexicon.DollarOfRegion(regionOfDateline(txt))
	return c
}

// regionOfDateline returns the region of a dateline's city opening the
// text ("WINNIPEG — ", "SYDNEY (Reuters) - ": text.Dateline;
// lexicon.DatelineCities), or "".
func regionOfDateline(txt string) string {
	place, _ := text.Dateline(txt)
	return lexicon.DatelineCities[strings.ToLower(place)]
}

// dollarNamed returns the one dollar other than USD named in the article
// with a sign or code ("C$5", "AUD 20"; not "Canadian dollars", the way a
// paper abroad names it), or "" when none or several are.
func dollarNamed(_ *claims.Article, out []claims.Quantity, bare, _ []bool) string {
	found := ""
	for i := range out {
		if bare[i] {
			continue
		}
		u := lexicon.UnitNumerator(out[i].Unit)
		if len(u) != 3 || u == "USD" || !lexicon.IsDollar(u) {
			continue
		}
		if t := out[i].Quantity.Text; !strings.Contains(t, "$") && !strings.Contains(t, u) {
			continue // "10 Canadian dollars" is how a foreign paper names it
		}
		if found != "" && found != u {
			return ""
		}
		found = u
	}
	return found
}

// Which currency a bare amount is: money read with no sign nor name at
// all ("we paid 18,000", "spent 700 on repairs": quantity.Mention.
// BareAmount) is the currency of the article, by the first of these rules
// that speaks:
//
//	url-domain        the currency of the URL's country domain (.co.uk GBP, .ie EUR, .in INR)
//	lang              the currency of the language tag's region (en-GB)
//	dateline          the currency of a dateline city's country ("LONDON —")
//	article-currency  the currency the article writes most often with a sign, code or name
//	                  (a bare "$" not counted: the article's dollar decides it)
//
// else it is a bare dollar (articleDollar). A decided amount is no longer
// bare (bare[i] is cleared); its UnitBasis is "amount-" and the rule.
// Bare cents ("a rise of 80 cent", cents[i]) are decided alike when the
// article's currency has cents (quantity.CentsOf: the euro of an Irish
// paper, not sterling's pence), else they are a bare dollar's.
func articleAmount(a *claims.Article, out []claims.Quantity, amount, cents, bare []bool) {
	code, basis := "", ""
	for i := range out {
		if !amount[i] && !cents[i] || !bare[i] {
			continue
		}
		if basis == "" {
			code, basis = decideAmount(a, out, bare), "none"
		}
		if code == "" {
			return
		}
		if cents[i] && !amount[i] && !quantity.CentsOf(code[strings.IndexByte(code, ':')+1:]) {
			continue
		}
		q := &out[i]
		q.Unit = code[strings.IndexByte(code, ':')+1:] + strings.TrimPrefix(q.Unit, "USD")
		q.UnitBasis = "amount-" + code[:strings.IndexByte(code, ':')]
		bare[i] = false
	}
}

// decideAmount returns "rule:CODE" of the article's currency for bare
// amounts, or "".
func decideAmount(a *claims.Article, out []claims.Quantity, bare []bool) string {
	for _, r := range []struct{ name, region string }{
		{"url-domain", regionOfURL(a.URL)}, {"lang", regionOfLang(a.Lang)}, {"dateline", regionOfDateline(a.Text)},
	} {
		if r.region == "" {
			continue
		}
		if r.region == "UK" {
			r.region = "GB" // the .uk domain
		}
		if c, ok := lexicon.CurrencyOfRegion(r.region); ok {
			return r.name + ":" + c
		}
	}
	n := map[string]int{}
	best, most, tie := "", 0, false
	for i := range out {
		if bare[i] {
			continue
		}
		u := lexicon.UnitNumerator(out[i].Unit)
		if !lexicon.IsCurrencyCode(u) {
			continue
		}
		n[u]++
		switch {
		case n[u] > most:
			best, most, tie = u, n[u], false
		case n[u] == most && u != best:
			tie = true
		}
	}
	if best == "" || tie {
		return ""
	}
	return "article-currency:" + best
}

// Which rupee "Rs 500" or "500 rupees" is, and which shilling: a currency
// name several countries use (lexicon.SharedNames) is decided like a bare
// dollar, by the first rule that names a member of its family: the URL's
// country domain (.pk, .lk, .co.ke, .ug), the language tag's region
// (en-PK), a dateline city ("KARACHI —", "NAIROBI, Kenya -"), the
// exchange of a wire instrument code ("<SFMF.PA>": ticker-exchange), a member
// written with its code elsewhere in the article ("PKR 5bn"), the member
// country the article names most, twice as often as any other member
// (article-places: "the Pakistan Super League final in Karachi"; places
// outside the family do not count: "Botswana's Debswana … Anglo
// American" makes "P14.6 billion" pula, articles-dev-3), or the member
// other than the default its own sentences' places chose
// (place-sentences: "Dar es Salaam traders will pay Sh45 billion" makes
// the article's later bare "Sh3 billion" TZS too); else the family's
// default (INR, KES) with basis "default".

// ruleNameAfterPhrase decides a shared name written alone by the phrase
// that names it in full elsewhere in the article
// (lexicon.SharedNameAfterPhrase): "9 million francs" after "CFA francs"
// is the article's CFA franc.
const ruleNameAfterPhrase = "name-after-phrase"

// articleSharedName rewrites the default code of each mention read from a
// shared name alone (shared[i] is its family) and sets its UnitBasis.
func articleSharedName(a *claims.Article, out []claims.Quantity, shared []string, place []bool) {
	decided := map[string][2]string{} // family → code, basis
	var counts map[string]int         // placeCounts, read once for all families
	places := func() map[string]int {
		if counts == nil {
			counts = placeCounts(a.Text)
		}
		return counts
	}
	for i := range out {
		f := shared[i]
		if f == "" {
			continue
		}
		d, ok := decided[f]
		if !ok {
			d = decideSharedName(a, out, shared, place, f, places)
			decided[f] = d
		}
		q := &out[i]
		if place[i] {
			q.UnitBasis = placeBasis(q.Unit, d[0], d[1])
			continue
		}
		q.Unit = d[0] + strings.TrimPrefix(q.Unit, lexicon.SharedNames[f].Default)
		q.UnitBasis = d[1]
	}
}

// decideSharedName returns the code and the basis of family f in article a.
// places returns the article's placeCounts.
func decideSharedName(a *claims.Article, out []claims.Quantity, shared []string, place []bool, f string, places func() map[string]int) [2]string {
	if r := regionOfURL(a.URL); r != "" {
		if c := lexicon.SharedNameOfRegion(f, r); c != "" {
			return [2]string{c, "url-domain"}
		}
	}
	if r := regionOfLang(a.Lang); r != "" {
		if c := lexicon.SharedNameOfRegion(f, r); c != "" {
			return [2]string{c, "lang"}
		}
	}
	if r := regionOfDateline(a.Text); r != "" {
		if c := lexicon.SharedNameOfRegion(f, r); c != "" {
			return [2]string{c, "dateline"}
		}
	}
	if r := lexicon.RegionOfTicker(a.Text); r != "" {
		if c := lexicon.SharedNameOfRegion(f, r); c != "" {
			return [2]string{c, ruleTickerExchange}
		}
	}
	if pf := lexicon.SharedNameAfterPhrase[f]; pf != "" && slices.Contains(shared, pf) {
		return [2]string{decideSharedName(a, out, shared, place, pf, places)[0], ruleNameAfterPhrase}
	}
	found := ""
	for i := range out {
		if shared[i] != "" {
			continue
		}
		u := lexicon.UnitNumerator(out[i].Unit)
		if !slices.Contains(lexicon.SharedNames[f].Members, u) || !strings.Contains(out[i].Quantity.Text, u) {
			continue // written with its code only: "PKR 5bn"
		}
		if found != "" && found != u {
			found = ""
			break
		}
		found = u
	}
	if found != "" {
		return [2]string{found, "article-currency"}
	}
	if c := lexicon.SharedNameOfRegion(f, placesRegionAmong(places(), func(r string) bool { return lexicon.SharedNameOfRegion(f, r) != "" })); c != "" {
		return [2]string{c, "article-places"}
	}
	if c := placeSentences(out, place, func(i int) bool { return shared[i] == f }, lexicon.SharedNames[f].Default); c != "" {
		return [2]string{c, rulePlaceSentences}
	}
	return [2]string{lexicon.SharedNames[f].Default, "default"}
}

// ruleTickerExchange decides a shared name by the exchange of the first
// wire instrument code in the text ("Shell Francaise <SFMF.PA>": Paris,
// French francs; "<FRMS.ST>": Stockholm, kronor; lexicon.ExchangeSuffixes):
// the issuer's listing is its country when no dateline says so.
const ruleTickerExchange = "ticker-exchange"

// The article's country from the places it names (rule article-places):
// the region whose names (lexicon.RegionNames: the country, its people,
// its largest cities) the article writes most, when it writes them more
// than twice as often as any other region's ("Telstra, Australia's largest
// telecommunications company"; "the Ottawa-based company … Canada's
// second-most valuable"). A "US" glued to "$" ("US$1.7 billion") is a
// currency, not a place.

// placesRegion returns the region the article's places name, or "".
func placesRegion(text string) string {
	return placesRegionAmong(placeCounts(text), nil)
}

// placesRegionAmong is placesRegion counting only the regions accept
// takes (all when nil): which member of a shared currency family the
// article's places name (decideSharedName's article-places). counts are
// the article's placeCounts (read once however many families ask).
func placesRegionAmong(counts map[string]int, accept func(string) bool) string {
	n := counts
	if accept != nil {
		n = map[string]int{}
		for r, c := range counts {
			if accept(r) {
				n[r] = c
			}
		}
	}
	best, first, second := "", 0, 0
	for r, c := range n {
		switch {
		case c > first || c == first && r < best:
			if c > first {
				second = first
			} else {
				second = c
			}
			best, first = r, c
		case c > second:
			second = c
		}
	}
	if first == 0 || first <= 2*second {
		return ""
	}
	return best
}

// placeCounts counts the names of each region (lexicon.RegionNames) text
// writes, longest name first.
func placeCounts(text string) map[string]int {
	n := map[string]int{}
	words := placeWords(text)
	for i := 0; i < len(words); i++ {
		for k := min(3, len(words)-i); k >= 1; k-- {
			name := words[i].w
			for j := 1; j < k; j++ {
				if words[i+j].st != words[i+j-1].en+1 || text[words[i+j-1].en] != ' ' {
					name = ""
					break
				}
				name += " " + words[i+j].w
			}
			if name == "" {
				continue
			}
			if r, ok := lexicon.RegionNames[name]; ok {
				if end := words[i+k-1].en; !(name == "US" && end < len(text) && text[end] == '$') {
					n[r]++
				}
				i += k - 1
				break
			}
		}
	}
	return n
}

type placeWord struct {
	w      string
	st, en int
}

// placeWords returns the capitalised words of text ("Hong", "Kong", "U.S.",
// "Dar", "es"): letters, with the dots of an initialism; a lower-case word
// is kept only inside a name ("Dar es Salaam").
func placeWords(text string) []placeWord {
	var out []placeWord
	for i := 0; i < len(text); {
		c := text[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			i++
			continue
		}
		j := i
		for j < len(text) && (text[j] >= 'A' && text[j] <= 'Z' || text[j] >= 'a' && text[j] <= 'z' ||
			text[j] == '.' && j+1 < len(text) && text[j+1] >= 'A' && text[j+1] <= 'Z' && j-1 >= i && text[j-1] >= 'A' && text[j-1] <= 'Z') {
			j++
		}
		if j < len(text) && text[j] == '.' && j-2 >= i && text[j-2] == '.' {
			j++ // the last dot of "U.S."
		}
		if j-i <= 3 || c >= 'A' && c <= 'Z' {
			out = append(out, placeWord{text[i:j], i, j})
		}
		i = j
	}
	return out
}

// placesDollar is the dollar of the article's places (article-places),
// unless the article names that dollar in words ("20 Canadian dollars",
// "A$5 … 30 Australian dollars"): that is how a paper abroad writes it,
// and its bare "$" is its own (a New York Times piece on British
// Columbia's carbon tax, polnear-train).
func placesDollar(a *claims.Article, out []claims.Quantity, bare, _ []bool) string {
	r := placesRegion(a.Text)
	if !lexicon.PlaceDollarRegions[r] {
		return ""
	}
	c, _ := lexicon.DollarOfRegion(r)
	for i := range out {
		if !bare[i] && lexicon.UnitNumerator(out[i].Unit) == c && !strings.Contains(out[i].Quantity.Text, "$") && !strings.Contains(out[i].Quantity.Text, c) {
			return ""
		}
	}
	return c
}

// basisSentencePlaces is the basis of a currency its sentence's place
// decided (quantity's currency-of-place) where no rule of the article
// reads the same.
const basisSentencePlaces = "sentence-places"

// placeBasis is the basis of a unit its sentence's place decided, given
// the article's decision code and basis for its family: the article's
// basis when it reads the same currency (its default too: "The U.S.
// pledged $5 billion" stays USD "default"), else "sentence-places".
func placeBasis(unit, code, basis string) string {
	if lexicon.UnitNumerator(unit) == code {
		return basis
	}
	return basisSentencePlaces
}
