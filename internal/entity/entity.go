// Package entity gives the sources of claims one identity across articles.
//
// The extractor resolves a source to its fullest name within one article
// ("Trump" → "Donald Trump" when the article names him). Across articles
// the same source still shows under several names: "Donald J. Trump",
// "Republican Donald Trump", a "Donald Trump" with a non-breaking space,
// "Trump" in an article that never gives his first name, "AP" and
// "Associated Press". Resolve maps every source name of a database to one
// canonical entity:
//
//  1. a name is normalised (spacing, apostrophes, periods, a leading "the",
//     "™") and, for a person, stripped of titles and party labels (the
//     extractor already keeps the role apart) and of "Jr."/"III"; for an
//     organisation, of its legal form ("Zayre Corp"), with the partners of a
//     joint name in one order ("ABC News/Washington Post"); a lone
//     description noun ("Analysts", "Government") is no name (rules.go);
//     1b. a name read with a wire headline's capitals before it joins the
//     name without them ("BID Rospatch Corp" → "Rospatch");
//  2. a person's name with a middle initial joins the same first and last
//     name when no other middle initial is seen with them ("George W. Bush"
//     and "George H. W. Bush" stay two people, and a bare "George Bush"
//     joins neither);
//  3. a surname alone joins the one person of that surname in the database,
//     and stays apart when two people share it;
//  4. an acronym joins the organisation it was defined for in an article
//     ("Pacific Gas & Electric (PG&E)"), else the one organisation whose
//     initials it spells and that an article using the acronym names too
//     ("AP" → "Associated Press").
//
// Descriptions ("the campaign", "a new poll", "they") are no entities: the
// same words in two articles are not one source.
package entity

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Name is one source name as stored, with its kind and how often it occurs.
type Name struct {
	Name    string
	Kind    string // "person", "organization" or ""
	Sources int    // articles it is a source of
	Claims  int    // claims it is the source of
	// Rule names the step that joined the name to its entity (set in
	// Entity.Aliases; see Rules): "" when the name is the entity's own.
	Rule string
}

// Entity is one canonical source.
type Entity struct {
	ID      string // stable: a hash of Key
	Key     string // the normalised form all its names share
	Name    string // display name: its most frequent name in canonical form
	Kind    string
	Aliases []Name
	Sources int
	Claims  int
}

// Result maps source names (by NameKey) to entities.
type Result struct {
	Entities []*Entity
	byAlias  map[aliasKey]*Entity
}

type aliasKey struct{ name, kind string }

// Of returns the entity of a stored source name and kind, or nil for a
// description.
func (r *Result) Of(name, kind string) *Entity { return r.byAlias[aliasKey{name, kind}] }

// Evidence is what the articles that use an acronym say of it.
type Evidence interface {
	// Defined returns, for each "Pacific Gas & Electric (PG&E)" in those
	// articles, the candidate full names, longest first.
	Defined(acronym string) [][]string
	// CoOccurs reports whether one of those articles also names fullName.
	CoOccurs(acronym, fullName string) bool
}

// Resolve groups names into entities; names that are descriptions get none.
// The result depends only on the set of names, not their order.
func Resolve(names []Name, ev Evidence) *Result {
	rs := newResolver(names)
	rs.headlinePrefixes()
	rs.middleInitials()
	rs.surnames()
	if ev != nil {
		rs.acronyms(ev)
	}
	return rs.entities()
}

// resolver joins the groups of names of one normalised key (target: the
// key each joins) in steps.
type resolver struct {
	cands  []cand
	groups map[string][]int  // normalised key -> its candidates
	target map[string]string // key -> key it joins
	rule   map[string]string // key -> the rule that set its target
}

// join sets the key k joins and the rule that joins it; a key joins once.
func (rs *resolver) join(k, into, rule string) {
	if _, done := rs.target[k]; done || k == into {
		return
	}
	rs.target[k], rs.rule[k] = into, rule
}

type cand struct {
	n    Name
	form form
}

// newResolver parses the names and groups them by normalised key (step 1).
func newResolver(names []Name) *resolver {
	rs := &resolver{groups: map[string][]int{}, target: map[string]string{}, rule: map[string]string{}}
	for _, n := range names {
		if f, ok := parse(n.Name, n.Kind); ok {
			rs.cands = append(rs.cands, cand{n, f})
		}
	}
	sort.SliceStable(rs.cands, func(i, j int) bool { return rs.cands[i].form.key < rs.cands[j].form.key })
	for i, c := range rs.cands {
		rs.groups[c.form.key] = append(rs.groups[c.form.key], i)
	}
	return rs
}

// find is the key k ends up joining.
func (rs *resolver) find(k string) string {
	for {
		t, ok := rs.target[k]
		if !ok || t == k {
			return k
		}
		k = t
	}
}

// form is the parsed form of the names of key k.
func (rs *resolver) form(k string) form { return rs.cands[rs.groups[k][0]].form }

// isKind reports whether a name of key k is of that kind.
func (rs *resolver) isKind(k, kind string) bool {
	for _, i := range rs.groups[k] {
		if rs.cands[i].n.Kind == kind {
			return true
		}
	}
	return false
}

// middleInitials (step 2): the people of one first and last name join,
// with or without their middle name or initial, unless two middles say
// they are two people.
func (rs *resolver) middleInitials() {
	byFirstLast := map[string][]string{}
	for k := range rs.groups {
		f := rs.form(k)
		if f.person && len(f.tokens) >= 2 {
			fl := f.tokens[0] + " " + f.tokens[len(f.tokens)-1]
			byFirstLast[fl] = append(byFirstLast[fl], k)
		}
	}
	for _, ks := range byFirstLast {
		if len(ks) < 2 {
			continue
		}
		sort.Strings(ks)
		plain, middles := "", map[string]bool{}
		for _, k := range ks {
			f := rs.form(k)
			if len(f.tokens) == 2 {
				plain = k
			} else {
				middles[strings.Join(f.tokens[1:len(f.tokens)-1], " ")] = true
			}
		}
		if len(middles) != 1 {
			continue // two middle names or initials: two people, and the plain name is ambiguous
		}
		into := plain
		if into == "" {
			into = ks[0]
		}
		for _, k := range ks {
			rs.join(k, into, RuleMiddleName)
		}
	}
}

// surnames (step 3): a surname alone joins the one person of that surname.
func (rs *resolver) surnames() {
	bySurname := map[string]map[string]bool{}
	for k := range rs.groups {
		f := rs.form(k)
		if f.person && len(f.tokens) >= 2 {
			s := f.tokens[len(f.tokens)-1]
			if bySurname[s] == nil {
				bySurname[s] = map[string]bool{}
			}
			bySurname[s][rs.find(k)] = true
		}
	}
	for k := range rs.groups {
		f := rs.form(k)
		if len(f.tokens) != 1 || !rs.isKind(k, "person") {
			continue
		}
		if people := bySurname[f.tokens[0]]; len(people) == 1 {
			for p := range people {
				rs.join(k, p, RuleSurname)
			}
		}
	}
}

// acronyms (step 4): an acronym joins the organisation the articles using
// it define it as, else the one organisation whose initials it spells when
// an article using it names that organisation too.
func (rs *resolver) acronyms(ev Evidence) {
	orgsByInitials := map[string]map[string]bool{}
	orgKeys := map[string]bool{}
	for k := range rs.groups {
		f := rs.form(k)
		if f.person || len(f.tokens) < 2 {
			continue
		}
		orgKeys[k] = true
		if !rs.isKind(k, "organization") || f.norm == RulePartners {
			continue // "Aubrey Pelletier" of no known kind spells no "AP", nor does "Associated Press-GfK" a second one
		}
		if orgsByInitials[f.initials] == nil {
			orgsByInitials[f.initials] = map[string]bool{}
		}
		orgsByInitials[f.initials][rs.find(k)] = true
	}
	for k, is := range rs.groups {
		f := rs.form(k)
		if f.acronym == "" || rs.isKind(k, "person") {
			continue
		}
		// the organisation it was defined for; all definitions must agree
		// (each names the longest candidate that is a known organisation)
		acr := rs.cands[is[0]].n.Name
		defined := map[string]bool{}
		for _, fulls := range ev.Defined(acr) {
			for _, full := range fulls {
				if df, ok := parse(full, "organization"); ok && orgKeys[df.key] {
					defined[rs.find(df.key)] = true
					break
				}
			}
		}
		if len(defined) == 1 {
			for o := range defined {
				rs.join(k, o, RuleAcronymDefined)
			}
			continue
		}
		// else the one organisation whose initials it spells, when an
		// article using the acronym names it too ("AP" and "Associated
		// Press"; not Hewlett-Packard's "HP" and "HuffPost Pollster")
		if orgs := orgsByInitials[f.acronym]; len(defined) == 0 && len(orgs) == 1 {
			for o := range orgs {
				for _, i := range rs.groups[o] {
					if ev.CoOccurs(acr, rs.cands[i].n.Name) {
						rs.join(k, o, RuleAcronymInitials)
						break
					}
				}
			}
		}
	}
}

// entities builds one entity per final key.
func (rs *resolver) entities() *Result {
	r := &Result{byAlias: map[aliasKey]*Entity{}}
	byKey := map[string]*Entity{}
	for i := range rs.cands {
		c := &rs.cands[i]
		root := rs.find(c.form.key)
		e := byKey[root]
		if e == nil {
			e = &Entity{Key: root}
			byKey[root] = e
			r.Entities = append(r.Entities, e)
		}
		e.Aliases = append(e.Aliases, c.n)
		e.Sources += c.n.Sources
		e.Claims += c.n.Claims
		r.byAlias[aliasKey{c.n.Name, c.n.Kind}] = e
	}
	for _, e := range r.Entities {
		e.finish(rs.display, func(n Name) string { f, _ := parse(n.Name, n.Kind); return f.key })
		rs.explain(e)
	}
	sort.Slice(r.Entities, func(i, j int) bool { return r.Entities[i].Key < r.Entities[j].Key })
	return r
}

// display is a name as an entity shows it: without the headline words
// that joined it.
func (rs *resolver) display(n Name) string {
	f, _ := parse(n.Name, n.Kind)
	if f.headTail != "" && rs.rule[f.key] == RuleHeadline {
		return f.headDisplay
	}
	return f.display
}

// explain sets each alias's Rule: the rule of its key's first join, else
// the normalisation that makes it the entity's name.
func (rs *resolver) explain(e *Entity) {
	own := ""
	for _, a := range e.Aliases {
		if f, _ := parse(a.Name, a.Kind); f.key == e.Key && f.display == e.Name && f.norm != RuleSpelling {
			own = f.norm
		}
	}
	for i := range e.Aliases {
		a := &e.Aliases[i]
		f, _ := parse(a.Name, a.Kind)
		switch {
		case f.key != e.Key:
			a.Rule = rs.rule[f.key]
		case a.Name == e.Name:
			a.Rule = ""
		case f.norm != RuleSpelling:
			a.Rule = f.norm
		case own != "" && f.display != e.Name:
			a.Rule = own
		default:
			a.Rule = RuleSpelling
		}
	}
}

// finish sets the display name (the most frequent name whose key is the
// entity's, in its cleaned form), the kind (the most frequent known one) and the id.
func (e *Entity) finish(display, key func(Name) string) {
	sort.SliceStable(e.Aliases, func(i, j int) bool {
		a, b := e.Aliases[i], e.Aliases[j]
		if a.Sources != b.Sources {
			return a.Sources > b.Sources
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Kind < b.Kind
	})
	kinds := map[string]int{}
	for _, a := range e.Aliases {
		if e.Name == "" && key(a) == e.Key {
			e.Name = display(a)
		}
		if a.Kind != "" {
			kinds[a.Kind] += a.Sources + 1
		}
	}
	if e.Name == "" {
		e.Name = display(e.Aliases[0])
	}
	best := 0
	for k, n := range kinds {
		if n > best || n == best && k < e.Kind {
			e.Kind, best = k, n
		}
	}
	sum := sha256.Sum256([]byte(e.Key))
	e.ID = hex.EncodeToString(sum[:8])
}

// form is a name read for matching.
type form struct {
	display  string   // cleaned name as shown
	key      string   // normalised: lower case, no periods, titles stripped
	tokens   []string // the key's words
	person   bool
	acronym  string // the letters of an acronym name ("PG&E" → "PGE"), else ""
	initials string // the initials of an organisation's capitalised words
	norm     string // the normalisation rule that made key from the name
	headTail string // the key of the name after a headline's capitals ("BID Rospatch Corp" → "rospatch")
	// headDisplay is that name as shown ("Rospatch Corp"); headWords the
	// number of headline words before it
	headDisplay string
	headWords   int
}

// parse reads a source name; ok is false for a description.
func parse(name, kind string) (form, bool) {
	words := strings.FieldsFunc(cleanSpaces(name), unicode.IsSpace)
	for len(words) > 0 && (strings.EqualFold(words[0], "the")) {
		words = words[1:]
	}
	if len(words) > 0 {
		last := &words[len(words)-1]
		*last = strings.TrimRight(*last, ",;:")
		for _, s := range []string{"'s", "’s"} {
			*last = strings.TrimSuffix(*last, s)
		}
	}
	norm := RuleSpelling
	person := kind == "person"
	if person {
		n := len(words)
		for len(words) > 1 && isTitle(words[0]) {
			words = words[1:]
			// "Secretary of State Mike Pompeo", "Speaker of the House Nancy Pelosi"
			if len(words) > 2 && strings.EqualFold(words[0], "of") {
				words = words[1:]
				if len(words) > 2 && strings.EqualFold(words[0], "the") {
					words = words[1:]
				}
				words = words[1:]
			}
		}
		for len(words) > 2 && nameSuffix[normWord(words[len(words)-1])] {
			words = words[:len(words)-1]
		}
		if len(words) > 0 && isTitle(words[0]) {
			return form{}, false // a title alone ("the senator") describes, it does not name
		}
		if len(words) < n {
			norm = RuleTitle
		}
	}
	if len(words) == 1 && isDescriptionWord(words[0]) {
		return form{}, false // "Analysts said", "Government figures show"
	}
	if !proper(words) {
		return form{}, false
	}
	f := form{display: strings.Join(words, " "), person: person}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && !connectors[strings.ToLower(w)] {
			f.initials += string(r) // legal form included: "PC" is not "Purolator Courier Corp"
		}
	}
	full := words
	if !person {
		var dropped bool
		if words, dropped = dropLegalForm(append([]string(nil), words...)); dropped {
			norm = RuleLegalForm
		}
	}
	for _, w := range words {
		if n := normWord(w); n != "" {
			f.tokens = append(f.tokens, n)
		}
	}
	if len(f.tokens) == 0 {
		return form{}, false
	}
	f.key = strings.Join(f.tokens, " ")
	if k, ok := partnersKey(f.key); ok {
		f.key, norm = k, RulePartners
	}
	f.norm = norm
	if len(words) == 1 && isAcronym(words[0]) {
		f.acronym = strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, words[0])
	}
	if n := capsPrefix(full); n > 0 {
		if tf, ok := parse(strings.Join(full[n:], " "), kind); ok && (len(full)-n > 2 || !strings.EqualFold(full[n], "the")) {
			f.headTail, f.headDisplay, f.headWords = tf.key, tf.display, n
		}
	}
	return f, true
}

// cleanSpaces turns every Unicode space (no-break, thin, narrow) into a
// plain one and curly apostrophes into straight ones.
func cleanSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u2007' || r == '\u202f':
			return ' '
		case r == '’' || r == '‘':
			return '\''
		case r == '\u00ad' || r == '\u200b' || r == '™' || r == '®':
			return -1
		}
		return r
	}, s)
}

// normWord is a word's matching form: lower case, periods and commas dropped.
func normWord(w string) string {
	return strings.Map(func(r rune) rune {
		if r == '.' || r == ',' {
			return -1
		}
		return unicode.ToLower(r)
	}, w)
}

// proper reports whether words name someone: a capitalised first word
// that is no pronoun, and every other word capitalised but for
// connectors ("Department of State", "Pacific Gas & Electric").
func proper(words []string) bool {
	if len(words) == 0 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r) && i > 0:
		case i > 0 && connectors[lw]:
		default:
			return false
		}
		if i == 0 && pronouns[lw] && !(len(words) == 1 && len(w) > 1 && w == strings.ToUpper(w)) {
			return false // (a pronoun in capitals is an acronym: "WHO", "US")
		}
	}
	return !connectors[strings.ToLower(words[len(words)-1])]
}

// isAcronym: two to six capitals, digits or "&", at least two capitals ("AP", "PG&E", "D4CC").
func isAcronym(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	caps := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsDigit(r) || r == '&':
		default:
			return false
		}
	}
	return caps >= 2 && len(w) <= 6
}

func isTitle(w string) bool { return titles[normWord(w)] }

var connectors = lexicon.WordSet("of for and & the de du da del della la le von van der den on in at to y e")

var pronouns = lexicon.WordSet("he she it they we i you who which that this these those his her their our its one someone somebody")

var nameSuffix = lexicon.WordSet("jr sr ii iii iv")

// titles are the words of titles, offices and party labels that stand
// before a person's name ("Sen.", "Secretary of State", "Republican",
// "presidential candidate"): the name without them is the person.
var titles = lexicon.WordSet(`president mr mrs ms miss dr sen senator rep representative gov governor minister
secretary judge justice gen general col colonel capt captain lt sgt prof professor rev mayor chancellor
king queen prince princess pope sheikh premier ambassador commissioner chairman chairwoman director
attorney speaker leader vice former prime deputy chief lord lady sir dame first then
republican democrat democratic gop independent libertarian labour conservative tory liberal progressive
presidential candidate nominee hopeful frontrunner front-runner businessman businesswoman billionaire
rival opponent challenger incumbent
majority minority senate house white press us state federal sens reps govs`)
