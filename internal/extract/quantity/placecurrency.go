package quantity

import (
	"slices"
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Which dollar, rupee, yen or kroner the sentence means (rule
// currency-of-place). Money read from a sign or name several countries
// write — a bare "$" (BareDollar), "Rs", "riyals", "kroner", "¥"
// (BareName: lexicon.SharedNames, SharedSigns) — is the currency of the
// one place its sentence names that uses it: "A Toronto condo now sells
// for $1.1 million" CAD, "Sydney's median house value hit $1.47 million"
// AUD, "Pakistan ... set a Rs 12.97 trillion revenue goal" PKR, "In
// Shenzhen, BYD's model sells for ¥69,800" CNY, "Qatar Airways' profit
// rose to 6.1 billion riyals" QAR. Places are the names of
// lexicon.RegionNames (a country, its people, its large cities); a
// compound adjective ("Toronto-based") names no place for this. A dollar
// is decided only by the regions whose press writes its dollar "$"
// (lexicon.PlaceDollarRegions), and only when the sentence names no
// other member of the family (the United States for "$", India beside
// Pakistan for "Rs"): else the article decides, as before (the facade's
// articleDollar and articleSharedName).

// currencyOfPlace rewrites the bare money of p.out by the places of the
// sentence. It reads the sentence's words only when some money is bare.
func (p *parser) currencyOfPlace() {
	bare := false
	for i := range p.out {
		if p.out[i].BareDollar || p.out[i].BareName != "" {
			bare = true
			break
		}
	}
	if !bare {
		return
	}
	places := p.namedRegions()
	regions := p.nameRegions(places)
	if len(regions) == 0 {
		return
	}
	for i := range p.out {
		m := &p.out[i]
		from, code, region := "", "", ""
		switch {
		case m.BareName != "":
			from = lexicon.SharedNames[m.BareName].Default
			code, region = placeMember(regions, func(r string) string { return lexicon.SharedNameOfRegion(m.BareName, r) })
		case m.BareDollar:
			from = "USD"
			code, region = placeMember(places, func(r string) string {
				if r == "US" {
					return "USD"
				}
				if !lexicon.PlaceDollarRegions[r] {
					return ""
				}
				c, _ := lexicon.DollarOfRegion(r)
				return c
			})
		}
		if code == "" || !strings.HasPrefix(m.Unit, from) || m.BareDollar && p.dollarNamedElsewhere(code) {
			continue
		}
		m.Unit = code + strings.TrimPrefix(m.Unit, from)
		m.BareAmount, m.BareCents = false, false // (BareDollar and BareName stay: the facade names the basis)
		m.PlaceRegion = region
		// (Rules names it after the rule that read the money:
		// "currency-symbol+currency-of-place")
	}
}

// placeMember returns the one currency member gives for the regions
// named, with its region, or "" when none or several do.
func placeMember(regions []string, member func(string) string) (code, region string) {
	for _, r := range regions {
		c := member(r)
		switch {
		case c == "":
		case code == "":
			code, region = c, r
		case c != code:
			return "", ""
		}
	}
	return code, region
}

// namedRegions returns the regions of the places the sentence names
// (lexicon.RegionNames, up to four words: "Dar es Salaam"), each once.
func (p *parser) namedRegions() []string {
	var out []string
	for i := 0; i < len(p.toks); i++ {
		t := &p.toks[i]
		if t.k != tWord || p.text[t.s] < 'A' || p.text[t.s] > 'Z' {
			continue
		}
		region, end := "", i
		for k := min(i+3, len(p.toks)-1); k >= i; k-- {
			if r := lexicon.RegionNames[p.text[t.s:p.toks[k].e]]; r != "" {
				region, end = r, k
				break
			}
		}
		if region == "" {
			continue
		}
		start := i
		i = end
		if p.isHyphen(end+1) && p.adj(end+1) && p.adj(end+2) {
			continue // "Toronto-based", "Canada-listed", "Toronto–based"
		}
		if p.isHyphen(start-1) && p.adj(start) && p.adj(start-1) {
			continue // "U.S.-Canada trade"
		}
		if lowerIn(placeDirections, p.raw(start-1)) || p.is(start-1, "/") {
			continue // "fares to/from Australia", "exports to (British) Columbia": a destination
		}
		if p.rightAfterMention(t.s) {
			continue // "a $5 Canadian company's stake": the adjective of what follows
		}
		if !slices.Contains(out, region) {
			out = append(out, region)
		}
	}
	return out
}

// nameRegions are the regions that decide a shared currency name: the
// places of the sentence and, for a name only, the exchange of a wire
// instrument code, which names the issuer's country ("Shell Francaise
// <SFMF.PA> ... 43 mln francs": French francs). A bare "$" and a degree's
// scale read the places alone (a company listed abroad may report in
// dollars; a ticker says nothing of the weather).
func (p *parser) nameRegions(places []string) []string {
	if r := lexicon.RegionOfTicker(p.text); r != "" && !slices.Contains(places, r) {
		return append(slices.Clip(places), r)
	}
	return places
}

// placeDirections before a place make it a destination or an origin,
// whose money the amount need not be in ("$100 fares to/from Australia",
// "exports to Canada worth $5 billion").
var placeDirections = lexicon.WordSet(`to from into towards toward via`)

// dollarNamedElsewhere reports whether the sentence names the dollar
// code in words ("It cost $22 in Canada; British Columbia set 10 Canadian
// dollars a ton": a paper abroad names Canada's dollar so, and its "$" is
// its own; "C$5" or "CAD 5" would be the country's own press).
func (p *parser) dollarNamedElsewhere(code string) bool {
	for i := range p.out {
		m := &p.out[i]
		if t := p.text[m.Start:m.End]; !m.BareDollar && lexicon.UnitNumerator(m.Unit) == code && !strings.Contains(t, "$") && !strings.Contains(t, code) {
			return true
		}
	}
	return false
}

// rightAfterMention reports whether byte offset s follows the end of a
// mention with only spaces between.
func (p *parser) rightAfterMention(s int) bool {
	for i := range p.out {
		if e := p.out[i].End; e < s && strings.TrimSpace(p.text[e:s]) == "" {
			return true
		}
	}
	return false
}

// A bare temperature in "degrees" is the scale of the places its sentence
// names (rule degree-of-place): "Sydney sweltered through 45.8 degrees"
// (web-dev-9), "Melbourne sweltered through 41.2 degrees" (web-dev-11)
// are Celsius; in the United States and the few countries that keep
// Fahrenheit (lexicon.FahrenheitRegions) Fahrenheit. Places of both kinds,
// or none, leave it to the article (the facade's degrees.go).
var ruleDegreeOfPlace = newRule("degree-of-place")

// degreeOfPlace rewrites the bare degrees of p.out by the places of the
// sentence. It reads the sentence's words only when a degree is bare.
func (p *parser) degreeOfPlace() {
	bare := false
	for i := range p.out {
		bare = bare || p.out[i].BareDegree
	}
	if !bare {
		return
	}
	scale := p.placeScale()
	if scale == "" {
		return
	}
	for i := range p.out {
		if m := &p.out[i]; m.BareDegree && m.Unit == "degree" {
			m.Unit, m.BareDegree = scale, false
			m.rules[1] = ruleDegreeOfPlace
		}
	}
}

// placeScale is the temperature scale of the places the sentence names
// (rule degree-of-place), or "" when it names none or places of both.
func (p *parser) placeScale() string {
	scale := ""
	for _, r := range p.namedRegions() {
		s := lexicon.TemperatureScale(r)
		if scale != "" && scale != s {
			return ""
		}
		scale = s
	}
	return scale
}
