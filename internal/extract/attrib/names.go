package attrib

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Named entities by capitalised-span chunking. prose's NER labels are not
// used (they call organisations persons and people places); the kind of a
// name comes from evidence in the article: organisation head nouns,
// acronyms, lexicon.NameTitles before a name, role appositives, "which"/"who", and a
// surname used alone.

// sentToks returns the tokens of sentence i.
func sentToks(d *text.Doc, i int) []text.Token {
	raw := d.Tokens(i)
	out := make([]text.Token, len(raw))
	for j, t := range raw {
		out[j] = t
		if lexicon.IsQuoteMark(t.Text) && t.Text != "’" {
			out[j].Tag = "``"
		}
		if (t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "WRB") && !whWords[out[j].Lower] && out[j].Capitalised() {
			out[j].Tag = "NNP" // prose reads some names as wh-words: "Weaver/WDT didn't"
		}
	}
	return out
}

var whWords = lexicon.WordSet(`which that what whatever whichever who whom whose whoever when whenever where wherever
why how however`)

// Entity kinds (short names for the model's source kinds).
const (
	kindPerson = claims.SourcePerson
	kindOrg    = claims.SourceOrganization
)

// orgHeads are words that make a capitalised name an organisation
// (lexicon.OrgHeads; lexicon.OrgName reads them with the other
// organisation tables).
var orgHeads = lexicon.OrgHeads

// groupHeads are plural nouns of people that open the name of an advocacy
// group or a union when a preposition follows them: "Friends of the
// Earth", "Doctors Without Borders", "Mothers Against Drunk Driving",
// "Americans for Prosperity", "Physicians for Human Rights", "Veterans of
// Foreign Wars".
var groupHeads = lexicon.WordSet(`Friends Doctors Physicians Reporters Journalists Mothers Fathers Parents Families
Citizens Veterans Americans Taxpayers Scientists Lawyers Nurses Teachers Students Women Workers Farmers Clergy
Pastors Moms Dads Engineers Musicians Artists Writers Voters Residents Neighbors Neighbours Survivors Advocates
Sisters Brothers Daughters Sons Knights`)

// groupLinks follow a group head in a group's name.
var groupLinks = lexicon.WordSet(`of for Without Against without against For Of United Across in In`)

// groupName reports whether the words of a name are a group's: a group
// head, then a link or a capitalised word, and a capitalised word
// ("Friends of the Earth", "Families Fighting Flu", "Moms Demand Action");
// a person's name never opens with a plural noun.
func groupName(words []string) bool {
	return len(words) >= 3 && groupHeads[words[0]] && (groupLinks[words[1]] || unicode.IsUpper(attrFirstRune(words[1])) && !headlineWords(words))
}

// genericOrgNouns are description heads that refer back to any organisation:
// "the group", "the organization", "the NGO", "the club", "the tech giant"
// (PolNeAR train, ingest-dev: "the search giant", "the oil giant"; a
// co-operative: web-dev-4 "The dairy co-operative … said" for Fonterra,
// PolNeAR train "the nonprofit co-op plans").
var genericOrgNouns = lexicon.WordSet(`group organization organisation ngo body institution charity firm company outfit club giant
association coalition alliance network agency watchdog co-operative cooperative co-op`)

// companyNouns name a company by its trade: "the German automaker", "the
// retailer" stand for the company named before (resolveNP).
var companyNouns = lexicon.WordSet(`automaker carmaker retailer airline lender insurer bank chipmaker manufacturer
broadcaster startup conglomerate utility brewer distributor miner refiner exporter
operator telco carrier supermarket grocer producer developer supplier provider chain maker broker brokerage`)

// roleNouns are heads of role descriptions in appositives ("the director of
// Foro Penal", "a spokeswoman for the ministry") and before names
// ("campaign manager Jeff Weaver"). A player's position is a role:
// "said forward Léa Bergeron" (fresh-16), "goaltender X said" (sports
// copy), where the tagger reads "forward" as an adverb.
var roleNouns = lexicon.WordSet(`billionaire businessman businesswoman tycoon mogul magnate director head president chairman chairwoman chair chairperson spokesman spokeswoman
spokesperson minister secretary leader founder cofounder co-founder coordinator lawyer attorney official analyst
professor economist researcher governor senator mayor manager ceo executive adviser advisor aide strategist pollster
chief commissioner ambassador representative candidate member deputy editor reporter correspondent historian expert
activist organizer organiser treasurer general judge prosecutor officer owner partner fellow scientist author nominee
consultant operative staffer surrogate donor lobbyist councilman councilwoman congressman congresswoman speaker whip
president-elect vice-president secretary-general coordinator investigator attorney-general superintendent sheriff
director-general inspector-general solicitor-general auditor-general surgeon-general governor-general accountant-general comptroller-general registrar-general
commander auditor colonel captain sergeant inspector administrator principal dean rector chancellor counsel advocate
strategist economist statistician demographer physician doctor nurse teacher student resident witness mother father
son daughter wife husband brother sister friend neighbor neighbour victim survivor worker employee volunteer coach skipper
councillor councilor farmer resident spokesman legislator lawmaker diplomat envoy forecaster meteorologist
climatologist epidemiologist premier campaigner scholar academic lecturer engineer architect novelist investor
forward winger goaltender goalie goalkeeper defenceman defenseman midfielder quarterback`)

// nonNames are capitalised words that never start a name by themselves.
var nonNames = lexicon.WordSet(`The A An In On At According However But And Or If When While Although Though After Before
Since During As For From To By With Without Of This That These Those It Its He She They We I You His Her Their Our
My Your There Here What Who Which Where Why How Meanwhile Still Yet So Then Also Earlier Later Last Next Despite
Amid Among Many Some Most Several Such Other Another Both Each Every All No Not Now Today Yesterday Tomorrow Mr.
NGO NGOs Christmas`)

func init() {
	for w := range lexicon.SentenceAdverbs { // "Previously Redstone said"
		nonNames[w] = true
	}
	for w := range lexicon.MonthWords { // "January", "Jan."
		nonNames[w] = true
	}
	for _, w := range lexicon.WeekdayNames { // "Monday"
		nonNames[strings.ToUpper(w[:1])+w[1:]] = true
	}
}

// nameEnt is one occurrence of a capitalised name in the article.
type nameEnt struct {
	Start, End int
	Name       string   // the chunk, lexicon.NameTitles stripped
	words      []string // Name split into words
	title      string   // a title that preceded it ("President")
	gender     byte     // 'm' or 'f' from an honorific or kinship word before it ("Mr.", "his daughter"), else 0
}

// nameReg holds the names of an article and what is known about them.
type nameReg struct {
	off      guardSet                     // guards turned off (explain's second readings: explainguards.go)
	ents     []nameEnt                    // in text order
	kind     map[string]claims.SourceKind // name → kind, from evidence
	acronyms map[string]string            // "CNE" → "National Electoral Council"
	orgVotes map[string]int               // evidence counts
	perVotes map[string]int
	gender   map[string]byte        // full name → 'm', 'f', or 'x' when the evidence conflicts
	lower    *lowerWords            // words the article writes in lower case
	opens    map[string]bool        // first words of names of two or more capitalised words
	opener   func(name string) bool // a one-word name only ever a sentence's first word, a common noun there ("Airlines complained."); nil: none

	// organisation head words the article uses as a person's surname
	// ("Mr Chambers"; shortnames.go)
	addressed map[string]bool
	// givenNameFull's candidates (shortnames.go): first word → indexes
	// of the names of two or more words opening with it (large
	// registries), or every index (small ones)
	byFirst map[string][]int
	allIdx  []int

	// indexes built on first use, so that each lookup costs no scan of
	// every name (a long article has tens of thousands): see lookup.go
	byLast   map[string][]int       // last word → indexes of ents ending in it, in text order
	fullMemo map[fullKey]*fullCands // fullestG's candidates for a name and gender
	nearMemo map[nearKey][]int      // nearestG's qualifying ents for a kind, head and gender
	endsUp   bool                   // ents' ends rise with their index (no nested names)
	indexed  bool                   // index has run
	scanned  int                    // names examined by the lookups (a measure of work, for tests)
}

var (
	// orgApposHeads head an organisation's appositive (", a
	// Washington-based think tank")
	orgApposHeads = []string{"group", "organisation", "organization", "ngo", "body", "institution", "charity", "agency",
		"company", "firm", "association", "coalition", "network", "party", "think tank", "watchdog", "chain", "publisher",
		"newspaper", "retailer", "bank", "maker", "manufacturer", "startup", "airline", "carrier", "broadcaster", "insurer", "lender",
		"app", "platform", "brokerage"}
	orgApposRE    = regexp.MustCompile(`^,\s+(?:a|an|the)\s+[^,.;]{0,40}?\b(?:` + strings.Join(orgApposHeads, "|") + `)\b`)
	personAfterRE = regexp.MustCompile(`^(?:,? (?:` + lexicon.Alternation(lexicon.SpeechTail, []string{lexicon.SpeechTold}, lexicon.SpeechNarration) + `)\b|, (?:\d{1,3}|a \d{1,3}-year-old)\b)`)
	// a speech verb right after an organisation noun: ", the company
	// said" is a speech tail, not an appositive
	speechAfterRE = regexp.MustCompile(`^\s+(?:` + lexicon.Alternation(lexicon.SpeechTail, []string{lexicon.SpeechTold}, []string{"reported", "reports", "stated", "announced"}) + `)\b`)
	// a party and state after a politician's name: "(R-OK)", "(D-Calif.)"
	partyStateRE = regexp.MustCompile(`^[RDI]-\p{Lu}`)
	// (digits inside: "Doctors for Camp Closure (D4CC)")
	acronymRE = regexp.MustCompile(`\(\s*(\p{Lu}[\p{Lu}\p{Ll}\p{N}&.\-]*\p{Lu}\.?)\s*\)`)
)

// newRegistry chunks the article's capitalised spans into names and
// gathers the evidence for their kinds.
func newRegistry(text string) *nameReg { return newRegistryOff(text, 0) }

// newRegistryOff is newRegistry with the guards of off turned off
// (guardsDecided).
func newRegistryOff(text string, off guardSet) *nameReg {
	r := &nameReg{off: off, kind: map[string]claims.SourceKind{}, acronyms: map[string]string{}, orgVotes: map[string]int{}, perVotes: map[string]int{}, gender: map[string]byte{}}
	r.lower = &lowerWords{text: text}
	locs := splitChunks(text, splitNameOfPlace(text, nameChunks(text)), off)
	r.ents = make([]nameEnt, 0, len(locs)) // (most chunks are names)
	for _, loc := range locs {
		if off.on(guardUnitLetterNoName) {
			loc = cutLettersAfterNumber(text, loc)
		}
		if loc = cutRunIntoNumber(text, loc, off); loc[1] <= loc[0] {
			continue
		}
		ent, ok := chunkName(text, loc, r.lower)
		if !ok || paragraphDateline(text, loc[0], ent.Name) || lexicon.MeasureAcronyms[ent.Name] && off.on(guardMeasureAcronym) {
			continue // (guard measure-acronym: "the GDP" names no one)
		}
		r.ents = append(r.ents, ent)
		r.voteName(text, ent)
	}
	r.voteSurnames()
	r.addressedSurnames()
	r.initialsAcronyms()
	for _, e := range r.ents {
		switch {
		case r.orgVotes[e.Name] > r.perVotes[e.Name]:
			r.kind[e.Name] = kindOrg
		case r.perVotes[e.Name] > r.orgVotes[e.Name] && !dayOrPlaceName(e) && !r.holidayName(e):
			r.kind[e.Name] = kindPerson
		}
	}
	return r
}

// dayOrPlaceName reports a name that is no person's whatever its context
// ("Super Tuesday, 12 states vote" reads like "Maria Lopez, 45,"): one with
// a weekday among its words ("Super Tuesday", "Miami Tuesday", a place run
// into the day), a place's name, or a headline's words run into a name
// ("Hillary Clinton Sides With George W. Bush On", a list of related
// links).
func dayOrPlaceName(e nameEnt) bool {
	for _, w := range e.words {
		if _, ok := lexicon.LowerIn(lexicon.Weekdays, w); ok {
			return true
		}
	}
	return lexicon.Places[e.Name] || len(e.words) >= 3 && headlineWords(e.words[1:])
}

// cutRunIntoNumber drops from chunk loc its last word when a number runs
// into it, a currency symbol between or not: a currency code or a
// model's letter is no name ("AED137.3 billion", "US$2.8 billion", "The
// X50 sport utility vehicle", "an Airbus A320"); a code a space and a
// number follow too (cutCodeBeforeNumber, unless off turns its guard
// off). An empty span when nothing is left.
func cutRunIntoNumber(text string, loc [2]int, off guardSet) [2]int {
	e := loc[1]
	j := e
	for _, sym := range [...]string{"$", "€", "£", "¥"} {
		if strings.HasPrefix(text[j:], sym) {
			j += len(sym)
			break
		}
	}
	if j >= len(text) || text[j] < '0' || text[j] > '9' {
		if !off.on(guardCodeBeforeNumber) {
			return loc
		}
		return cutCodeBeforeNumber(text, loc)
	}
	s := loc[0]
	k := e
	for k > s && !lexicon.IsSpaceByte(text[k-1]) {
		k--
	}
	return [2]int{s, trimBlanksEnd(text, s, k)}
}

// cutLettersAfterNumber drops from chunk loc its first word when a number
// runs into it, a unit's lower-case prefix between or not (guard
// unit-letter-no-name, explainguards.go; the mirror of cutRunIntoNumber):
// a unit's or a model's letters after digits are no name ("44C", "32F", "1.5V", "11kV", "5G", "a 10K race"; web-dev-6
// "night-time temperatures did not fall below 32C, the agency said. It
// forecast …" made "C" an organisation "it" stood for; articles-dev-1
// "have warmed by 1.08C"). An empty span when nothing is left.
func cutLettersAfterNumber(text string, loc [2]int) [2]int {
	s := loc[0]
	if s > 1 && text[s-1] >= 'a' && text[s-1] <= 'z' && text[s-2] >= '0' && text[s-2] <= '9' {
		s-- // "11kV"
	}
	if s == 0 || text[s-1] < '0' || text[s-1] > '9' {
		return loc
	}
	s = loc[0]
	k := s
	for k < loc[1] && !lexicon.IsSpaceByte(text[k]) {
		k++
	}
	for k < loc[1] && lexicon.IsSpaceByte(text[k]) {
		k++
	}
	return [2]int{k, loc[1]}
}

// cutCodeBeforeNumber drops from chunk loc its last word when it is a
// currency code or abbreviation (lexicon.CurrencyAbbrevs) a space and a
// number follow (guard code-before-number, explainguards.go): "MVR 112 million", "USD 60
// million", "Rs 39,315 crore" are amounts, and the code is no
// organisation "the company" could stand for (articles-dev-3 "Revenue
// rose 27 per cent to MVR 2.1 billion, the company said" was "MVR";
// web-dev-3's Infosys results offered "Rs" as a company). An empty span
// when nothing is left.
func cutCodeBeforeNumber(text string, loc [2]int) [2]int {
	s, e := loc[0], loc[1]
	if e+1 >= len(text) || text[e] != ' ' || text[e+1] < '0' || text[e+1] > '9' {
		return loc
	}
	k := e
	for k > s && !lexicon.IsSpaceByte(text[k-1]) {
		k--
	}
	if w := text[k:e]; !lexicon.IsCurrencyCode(w) && lexicon.CurrencyAbbrevs[strings.ToLower(strings.TrimSuffix(w, "."))] == "" {
		return loc
	}
	return [2]int{s, trimBlanksEnd(text, s, k)}
}

// skipWord moves s past word w of text[s:e] and the spaces after it.
func skipWord(text string, s, e int, w string) int {
	s += strings.Index(text[s:e], w) + len(w)
	for s < e && lexicon.IsSpaceByte(text[s]) {
		s++
	}
	return s
}

// chunkName reads the name in chunk loc: the chunk with its leading
// sentence words and titles stripped, its title, its gender.
func chunkName(text string, loc [2]int, lower *lowerWords) (nameEnt, bool) {
	s, e := loc[0], loc[1]
	var buf [8]string // (the leading words are read here only: no slice made)
	s, lead, title := stripLeadingTitles(text, s, e, lower, buf[:0])
	if len(lead) == 0 || onlyTitledPlace(lead) {
		return nameEnt{}, false
	}
	// a title inside the chunk: "Finance Minister Carlos Vega", "White
	// House Press Secretary Stephanie Grisham" (an organisation before
	// the title is its office), "Secretary of State Mike Pompeo" (a
	// given name opens the name after "of")
	if k := titleIndex(lead); k >= 0 && !titledPlace(lead[k:]) && !honorificEnds(title) {
		if officeLinks[lead[k+1]] {
			k = givenAfterOf(lead, k) - 1
		}
		for k+2 < len(lead) && roleNouns[strings.ToLower(lead[k+1])] {
			k++ // "Chief Executive Brian Moynihan"
		}
		// the title ends at its first form of address: "Culture Minister
		// Datuk Seri Tiong King Sing" (a title word inside the name after
		// it, "King", is the name's), "Home Minister Datuk Seri Saifuddin
		// Nasution Ismail" (the compound title whole)
		for i := 0; i <= k && i+2 < len(lead); i++ {
			if _, ok := lexicon.CompoundTitles[lead[i]+" "+lead[i+1]]; ok {
				k = i + 1
				break
			}
			if lexicon.Honorifics[lead[i]] {
				k = i
				break
			}
		}
		for _, w := range lead[:k+1] {
			s = skipWord(text, s, e, w)
		}
		if title != "" {
			title += " "
		}
		title += strings.Join(lead[:k+1], " ")
	}
	name := text[s:e]
	name = strings.TrimRight(name, ".")
	if lexicon.Honorifics[name] || lexicon.Honorifics[name+"."] {
		return nameEnt{}, false // a form of address the chunker cut at its full stop is no name: "Central Bank Governor Dr. Nandalal Weerasinghe"
	}
	// a possessive ends no name: "Obama's" is Obama
	if n := strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s"); n != name && strings.TrimSpace(n) != "" {
		name = n
	}
	// honours and counsel's ranks after a name are no part of it: "Marie
	// Henein KC", "Sir Lenny Henry CBE" (lexicon.PostNominals)
	f := strings.Fields(name)
	cut := false
	for ; len(f) > 2 && lexicon.PostNominals[f[len(f)-1]]; f = f[:len(f)-1] {
		name = strings.TrimRightFunc(name[:strings.LastIndex(name, f[len(f)-1])], func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
		cut = true
	}
	e = s + len(name)
	words := f // the words of name when nothing was cut
	if cut {
		words = strings.Fields(name)
	}
	if title == "" && strings.HasSuffix(strings.TrimRightFunc(text[max(0, loc[0]-20):loc[0]], unicode.IsSpace), ".") {
		// titles the chunker left out at their full stops: "Gov. Jerry
		// Brown", "Lt. Gov. Eleni Kounalakis"
		f := strings.Fields(text[max(0, loc[0]-20):loc[0]])
		n := len(f)
		for n > 0 && strings.HasSuffix(f[n-1], ".") && lexicon.NameTitles[f[n-1]] && !lexicon.Honorifics[f[n-1]] {
			n--
		}
		title = strings.Join(f[n:], " ")
		if title == "" && n > 0 && lexicon.Honorifics[f[n-1]] {
			title = officeBeforeHonorific(text[max(0, loc[0]-60):loc[0]])
		}
	}
	if officeOnly(words, title) {
		return nameEnt{}, false
	}
	g := nameGender(text, loc[0], title)
	if g == 0 && len(words) > 1 {
		g = lexicon.GivenNameGender(words[0]) // "Ivanka Trump"
	}
	return nameEnt{Start: s, End: e, Name: name, words: words, title: title, gender: g}, true
}

// officeBeforeHonorific returns the office and form of address before a
// name that the chunker cut at the form's full stop ("Central Bank
// Governor Dr." before "Nandalal Weerasinghe", "Health Minister Prof." before
// …), or "": the capitalised words before the form holding a title word.
func officeBeforeHonorific(before string) string {
	f := strings.Fields(before)
	n := len(f)
	if n < 2 || !lexicon.Honorifics[f[n-1]] || !strings.HasSuffix(f[n-1], ".") {
		return ""
	}
	m := n - 1
	for m > 0 && n-1-m < 5 && f[m-1] != "" && unicode.IsUpper([]rune(f[m-1])[0]) && !strings.HasSuffix(f[m-1], ".") {
		m--
	}
	if m == n-1 || titleIndex(f[m:n]) < 0 {
		return ""
	}
	return strings.Join(f[m:n], " ")
}

// officeEnds are the offices that end a capitalised role with no name
// ("The Deputy Prime Minister said", "X, Principal Secretary, School
// Education, told"): no person is named by them.
var officeEnds = lexicon.WordSet(`Minister Secretary Director Commissioner Chairman Chairwoman Officer Executive
Superintendent Ambassador Chancellor Premier Governor President Secretary-General Director-General`)

// officeOnly reports the words of a chunk that are an office, not a name
// (rule office-not-name): up to three capitalised words ending in an
// office (officeEnds), none a known given name nor an organisation's word:
// "Minister" left of "The Deputy Prime Minister", "Principal Secretary",
// "Permanent Secretary" (not "Office of the Chief Economist", "Justin
// Chancellor"). A form of address before them ("Mr. King") makes them a
// name; pass the title the chunk was stripped of.
func officeOnly(words []string, title string) bool {
	if len(words) == 0 || len(words) > 3 || !officeEnds[words[len(words)-1]] || hasOrgHead(words) {
		return false
	}
	for _, t := range strings.Fields(title) {
		if lexicon.Honorifics[t] {
			return false
		}
	}
	for _, w := range words {
		if !unicode.IsUpper(attrFirstRune(w)) || lexicon.GivenNameGender(w) != 0 {
			return false
		}
	}
	return true
}

// stripLeadingTitles strips the leading sentence words and titles of chunk
// text[s:e] (trailing connectors cannot end a name: the regexp ends on a
// capital) and returns where the rest starts, its words and the titles.
func stripLeadingTitles(text string, s, e int, lower *lowerWords, buf []string) (int, []string, string) {
	start := s
	headlineCut := false
	words := appendFields(buf, text[s:e])
	if len(words) > 1 && capsWord(words[0]) {
		if k := headlineCapsLead(text, words, lower, tickerBefore(text, s)); k > 0 {
			// rule headline-caps-run: a wire headline's capitals run into
			// the name ("COMPLETES ACQUISITION UtiliCorp United Inc")
			for _, w := range words[:k] {
				s = skipWord(text, s, e, w)
			}
			words = words[k:]
			start, headlineCut = s, true // (the name opens the body: "… OFFER Investor Sumner Redstone")
		}
	}
	title := ""
	orgName := hasOrgHead(words)
	// a chunk the acronym after it spells whole is one name, its first
	// word no sentence word even when the article also writes it in lower
	// case ("Doctors for Camp Closure (D4CC) said 400 doctors …", "Nurses
	// United (NU) said")
	spelled := false
	if m := acronymAfter(text[e:min(len(text), e+24)]); m != nil && m[0] <= 1 {
		spelled = spellsAcronym(text[s:e], text[e+m[2]:e+m[3]])
	}
	dropped := ""
	for len(words) > 0 {
		w := words[0]
		if len(words) > 1 && placeCompound(w) {
			// rule place-compound-modifier: "the Toronto-listed Andes
			// Copper Holdings", "the London-based Institute …": where the
			// organisation sits or lists is no word of its name
			s = skipWord(text, s, e, w)
			words = words[1:]
			continue
		}
		if m := givenAfterOf(words, 0); lexicon.NameTitles[w] && len(words) > 1 && officeLinks[words[1]] && m > 0 {
			// "Secretary of State Mike Pompeo": the office runs to the given name
			if title != "" {
				title += " " // "Former Secretary of State …"
			}
			title += strings.Join(words[:m], " ")
			for _, x := range words[:m] {
				s = skipWord(text, s, e, x)
			}
			words = words[m:]
			break
		}
		if len(words) > 2 {
			if _, ok := lexicon.CompoundTitles[w+" "+words[1]]; ok {
				// "Tan Sri Muhyiddin Yassin", "Datuk Seri Anwar Ibrahim": a
				// title of two words (rule compound-title)
				if title != "" {
					title += " "
				}
				title += w + " " + words[1]
				s = skipWord(text, s, e, w)
				s = skipWord(text, s, e, words[1])
				words = words[2:]
				continue
			}
		}
		if lexicon.NameTitles[w] && len(words) > 1 && officeLinks[words[1]] {
			break // an office: "the Secretary of State said"
		}
		if lexicon.NameTitles[w] && len(words) > 1 && unicode.IsUpper(attrFirstRune(w)) && !titledPlace(words) && (!orgName || surnameHead(words, 0)) && (title != "" || !initialismOpening(words, 0) || partyWordBefore(dropped, lower)) {
			if title != "" {
				title += " "
			}
			title += w
		} else if (!nonNames[w] || heSurname(text, s, words)) && !(!spelled && len(words) > 1 && s == start && (headlineCut || sentenceInitial(text, s)) && (sentenceOpeners[w] || roleNouns[strings.ToLower(w)] && !lexicon.NameTitles[w] || interviewerWords[strings.ToLower(w)] || lower.has(strings.ToLower(w)) && !lexicon.NameTitles[w] && !isChunkConnector(strings.ToLower(w)) || placedSubject(words))) {
			break
		}
		// (the word dropped, read by partyWordBefore when a member's
		// initialism follows: "Opposition MP Harsha de Silva",
		// personoforg.go)
		dropped = ""
		if title == "" {
			dropped = w
		}
		s = skipWord(text, s, e, w)
		words = words[1:]
	}
	// strip leading connectors left over ("of", "the")
	for len(words) > 0 && !unicode.IsUpper(attrFirstRune(words[0])) {
		s = skipWord(text, s, e, words[0])
		words = words[1:]
	}
	return s, words, title
}

// placeCompound reports a capitalised compound of a place and a
// lower-case participle (lexicon.PlaceCompoundHeads): "Toronto-listed",
// "London-based", "Dubai-headquartered", "State-owned".
func placeCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && unicode.IsUpper(attrFirstRune(w)) && lexicon.PlaceCompoundHeads[w[i+1:]]
}

// cuePronounGender reads a name's gender from the pronoun that opens the
// speech it reports (rule cue-pronoun-gender): "Akamugri Atanga, added
// that he had met the chiefs", "Kalonzo Musyoka said he would appeal",
// "Jane Doe, a nurse, told reporters she had" — a speech verb
// (lexicon.CueVerbs) after the name or its appositive, "that" perhaps,
// then he or she; 0 otherwise.
func cuePronounGender(text string, end int) byte {
	var buf [4]string // (the words read: the cue, "that", an audience, the pronoun)
	after := text[end:min(len(text), end+160)]
	if f := leadingFields(strings.TrimPrefix(after, ","), buf[:1]); len(f) > 0 && lexicon.CueVerbs[f[0]] != "" {
		after = strings.TrimPrefix(after, ",") // the name closing an appositive: "The Minister, X, added that he"
	} else if strings.HasPrefix(after, ",") {
		k := strings.IndexByte(after[1:], ',')
		if k < 0 || strings.ContainsAny(after[1:k+1], ".;\"“”") || kinAppositive(after[1:k+1]) {
			return 0
		}
		after = after[k+2:]
	}
	f := leadingFields(after, buf[:])
	if len(f) < 2 || lexicon.CueVerbs[f[0]] == "" {
		return 0
	}
	i := 1
	if f[i] == "that" && len(f) > 2 {
		i++
	}
	if i+1 < len(f) && speechAudiences[f[i]] {
		i++ // "told reporters he"
	}
	return pronounGenders[f[i]]
}

// leadingFields returns the first words of s, as strings.Fields splits
// them, as many as buf holds, in buf: a scan of a few words of a long text
// that builds no slice of all of them.
func leadingFields(s string, buf []string) []string {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n == len(buf) {
			break
		}
		buf[n] = w
		n++
	}
	return buf[:n]
}

// kinAppositive reports an appositive that names a relative ("whose
// husband is among those trapped", "whose son died"): a pronoun after the
// cue may be the relative's, so it tells nothing of the name's gender
// (cue-pronoun-gender; articles-dev-2's "Mercy Mhandu, whose husband is
// among those still trapped, said he had worked at the mine").
func kinAppositive(ap string) bool {
	for _, w := range strings.Fields(ap) {
		if kinshipGender[strings.ToLower(strings.Trim(w, ".,;:'’"))] != 0 {
			return true
		}
	}
	return false
}

// speechAudiences stand between "told" and the speech it reports.
var speechAudiences = lexicon.WordSet(`reporters journalists parliament lawmakers senators delegates supporters`)

// voteName counts the evidence for the kind of name ent: its gender, title
// and words, and its context after and before.
func (r *nameReg) voteName(text string, ent nameEnt) {
	name, words, title, g := ent.Name, ent.words, ent.title, ent.gender
	s, e := ent.Start, ent.End
	if g == 0 && len(words) > 1 && r.gender[name] == 0 {
		g = cuePronounGender(text, e) // "X added that he had met …"
	}
	if g != 0 && len(words) > 1 {
		if old, ok := r.gender[name]; ok && old != g {
			g = 'x'
		}
		r.gender[name] = g
		r.perVotes[name]++ // a gendered name is a person's
	}
	if title != "" {
		r.perVotes[name] += 2
	}
	if hasOrgHead(words) {
		r.orgVotes[name] += 2
	}
	if groupName(words) || len(words) > 1 && lexicon.OrgOpeners[words[0]] {
		r.orgVotes[name] += 2
	}
	if n := len(words); n >= 2 && lexicon.CompanyLegalForms[words[n-1]] {
		// "McClatchy Co." makes "McClatchy" a company too ("Dangote
		// Cement Plc" is one itself)
		r.orgVotes[strings.Join(words[:n-1], " ")] += 2
		r.orgVotes[name] += 2
	}
	if len(words) == 1 && isAcronymWord(words[0]) {
		r.orgVotes[name]++
	}
	if nationalArm(words) {
		r.orgVotes[name]++
	}
	if postNominalAfter(text[e:min(len(text), e+5)]) && !hasOrgHead(words) {
		r.perVotes[name] += 2 // "Lewis Baglietto KC argued" (articles-dev-3): a person's rank
	}
	_, lw, _ := lastFields(text[max(0, s-20):s])
	prep, _ := lexicon.LowerIn(placePrepositions, lw)
	placed := lexicon.Places[name] || prep
	// context before: "director of X", "the group X"
	prev, lw, n := lastFields(text[max(0, s-40):s])
	last := strings.Trim(strings.ToLower(lw), ",")
	// a name ending a role's appositive: "Marie Gagnon, a meteorologist
	// with Environment Canada, said", "X, a spokesperson for Parks Canada,
	// says": the speech verb after it is the appositive's head's, not its
	// own (voteAfter does not count it for the name)
	affiliation := n > 1 && rolePreps[last] && roleNouns[strings.Trim(strings.ToLower(prev), ",")]
	// rule role-at-described-employer: the employer described before its
	// name ("Hassan Amrani, an analyst at the London-based energy think
	// tank Ember, whose …", "Michał Sadrak, a fintech analyst at the
	// Warsaw brokerage Trigon, said"; articles-dev-6 Morocco, Poland) is
	// an organisation, and the speech verb after it is the role's
	described := !affiliation && g == 0 && title == "" && lexicon.GivenNameGender(words[0]) == 0 && roleAtDescribed(text[max(0, s-80):s])
	affiliation = affiliation || described
	name = r.voteAfter(text, name, words, text[e:min(len(text), e+80)], placed, affiliation)
	if n > 0 {
		if described {
			r.orgVotes[name]++ // (an employer, as after "ROLE at")
		}
		if affiliation && g == 0 {
			// (a name with a person's given name or title is the one the
			// role serves: "a lawyer for John Marsh", "a spokesman for
			// Donald Trump")
			r.orgVotes[name]++
			if employerPreps[last] {
				// "an analyst with Desjardins Securities", "a forecaster
				// at Weather Underground": an employer
				r.orgVotes[name]++
			}
		}
		if last == "at" && n > 1 && !roleNouns[strings.Trim(strings.ToLower(prev), ",")] && roleAtBefore(text[max(0, s-60):s]) {
			// a role's post-modifiers before "at": "head of macroeconomic
			// research at EFG Hermes", "professor of economics at Brown"
			r.orgVotes[name]++
		}
		if genericOrgNouns[last] && !frontedPhraseBefore(text[max(0, s-60):s], s <= 60) {
			r.orgVotes[name]++
		}
		if roleNouns[strings.TrimSuffix(last, ",")] {
			r.perVotes[name]++ // "director X", "the mayor, X,"
		}
	}
}

// roleAtDescribed reports whether before, the text before a name, ends
// its clause with a role noun, "at", "with" or "for", an article and one
// to five words describing the employer whose name follows: "an analyst
// at the London-based energy think tank", "a fintech analyst at the
// Warsaw brokerage" (no role noun, "of" or second preposition among the
// describing words: "a lawyer for the family of", "a spokesman for the
// Democratic candidate" name a person next).
func roleAtDescribed(before string) bool {
	if i := strings.LastIndexAny(before, ",.;:()\n\"“”"); i >= 0 {
		before = before[i+1:]
	}
	var buf [16]string // (no allocation: this runs for names of the registry)
	f := appendFields(buf[:0], before)
	for i := len(f) - 3; i >= 1 && len(f)-i <= 8; i-- {
		p := f[i]
		if !rolePreps[p] || p == "of" {
			continue
		}
		if !roleNouns[f[i-1]] || !lexicon.Articles[f[i+1]] {
			return false
		}
		for _, w := range f[i+2:] {
			if roleNouns[w] || rolePreps[w] || lexicon.Articles[w] || endsPossessive(w) {
				return false
			}
		}
		return true
	}
	return false
}

// endsPossessive reports a word ending in "'s" or "’s".
func endsPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// rolePreps join a role noun to the body it serves: "director of Foro
// Penal", "a professor at Brown", "a spokeswoman for the ministry", "a
// meteorologist with Environment Canada".
var rolePreps = lexicon.WordSet(`of at for with`)

// employerPreps of rolePreps name an employer, seldom a person ("a
// lawyer for Smith", "the son of Smith" may name one): a name after
// "ROLE with" or "ROLE at" is an organisation's.
var employerPreps = lexicon.WordSet(`with at`)

// roleAtBefore reports a role noun, then "of" and at most three words,
// ending s before a final "at": "head of macroeconomic research at".
func roleAtBefore(s string) bool {
	f := strings.Fields(s)
	if len(f) < 3 || f[len(f)-1] != "at" {
		return false
	}
	for k := len(f) - 3; k >= 0 && k >= len(f)-6; k-- {
		if f[k+1] == "of" && roleNouns[strings.ToLower(strings.Trim(f[k], ","))] {
			return true
		}
	}
	return false
}

// lastFields returns the last two of strings.Fields(s), the last one
// second, and how many there are of the two (fewer when s has fewer),
// without splitting all of s.
func lastFields(s string) (prev, last string, n int) {
	var out [2]string
	for end := len(s); n < 2; {
		end = len(strings.TrimRightFunc(s[:end], unicode.IsSpace))
		if end == 0 {
			break
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if unicode.IsSpace(r) {
				break
			}
			start -= size
		}
		out[1-n] = s[start:end]
		n++
		end = start
	}
	if n == 1 {
		return "", out[1], 1
	}
	return out[0], out[1], n
}

// voteAfter counts the evidence in the context after a name: ", which",
// ", who", an appositive, a speech verb, "(ACRO)". It returns the name,
// which an acronym may extend over a comma; placed is a place's name or one
// after a place preposition ("in China"); affiliation is a name that ends
// a role's appositive ("…, a meteorologist with Environment Canada,
// said"), whose speech verb after it is no evidence.
func (r *nameReg) voteAfter(text, name string, words []string, after string, placed, affiliation bool) string {
	if strings.HasPrefix(after, ", which") || strings.HasPrefix(after, " which") {
		r.orgVotes[name]++
	}
	if m := orgApposAfter(after); m != "" && !(placed && speechAfterRE.MatchString(after[len(m):])) {
		// (", the company said" after a place, or a name after "in", is
		// the sentence's speech tail, not an appositive: "sold 1.8
		// million cars in China, the company said" says nothing of China;
		// "… hours with EgyptAir, the airline said" makes EgyptAir one)
		// "Steve Clarke, a deputy administrator at the agency" is a
		// person: a role noun heads the appositive before the
		// organisation noun; "Marco Villa, the company’s chief operating
		// officer" too: the organisation owns the role after it
		if rest := after[len(m):]; strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
			if roleAfterPossessive(rest) {
				r.perVotes[name]++
			}
		} else if roleAppos(m) {
			r.perVotes[name]++
		} else {
			r.orgVotes[name]++
		}
	}
	if strings.HasPrefix(after, ", who") && !strings.HasPrefix(after, ", whose") {
		// (", whose" follows an organisation as often: "Ember, whose own
		// figures put …")
		r.perVotes[name]++
	}
	// a name of two to four words with no organisation word that
	// speaks ("Maria Lopez said", "Maria Lopez, 45,") is a person's
	// (personAfterRE needs a space or a comma and a space first)
	if n := len(words); !affiliation && n >= 2 && n <= 4 && (strings.HasPrefix(after, " ") || strings.HasPrefix(after, ", ")) && !hasOrgHead(words) && !nationalArm(words) && personAfterRE.MatchString(after) {
		r.perVotes[name]++
	}
	if full, first, ok := r.listName(text); ok {
		// "Ministry of Labour, Invalids and Social Affairs": one name
		// over its commas (acronyms.go); its parts stand for it
		r.acronyms[name] = full
		r.acronyms[first] = full
		r.orgVotes[full]++
		name = full
	}
	if m := acronymAfter(after); m != nil && m[0] <= 1 && !partyStateRE.MatchString(after[m[2]:m[3]]) {
		acr := after[m[2]:m[3]]
		if full, ok := r.commaName(text, acr); ok {
			// "Ministry of Trade, Industry and Energy (MOTIE)": one
			// name over its comma (acronyms.go)
			r.acronyms[name] = full
			r.orgVotes[full]++
			name = full
		}
		r.acronyms[acr] = name
		r.orgVotes[name]++
		r.orgVotes[acr]++
	}
	return name
}

// postNominalAfter reports text after a name opening with one of
// lexicon.PostNominals ("Marie Henein KC", "Sir Lenny Henry CBE"), which
// chunkName cut from the name.
func postNominalAfter(after string) bool {
	w, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(after, ","), " "), " ")
	return len(after) > 1 && (after[0] == ' ' || after[0] == ',') && lexicon.PostNominals[strings.TrimRight(w, ",.")]
}

// frontedPrepositions open a phrase fronted before a sentence's subject.
var frontedPrepositions = lexicon.WordSet(`for at in on from inside within among with to`)

// frontedPhraseBefore reports text before a name that is a sentence's
// opening prepositional phrase closed by a comma ("For the company, Lewis
// Baglietto KC argued", articles-dev-3; "At the bank, Tom Harris said"):
// the noun before the comma is the preposition's object, no appositive
// naming the name an organisation. whole tells that before opens at the
// text's start (else a sentence boundary must stand inside it).
func frontedPhraseBefore(before string, whole bool) bool {
	if !strings.HasSuffix(strings.TrimRight(before, " "), ",") {
		return false
	}
	i := strings.LastIndexAny(before, ".!?\n")
	if i < 0 && !whole {
		return false // (the sentence opens before the window)
	}
	f := strings.Fields(before[i+1:])
	return len(f) >= 2 && len(f) <= 6 && frontedPrepositions[strings.ToLower(f[0])] && strings.Count(before[i+1:], ",") == 1
}

// nationalArm reports a name that ends with a country's or region's name
// after a first word that is no given name: a company's national arm
// ("Shell Uganda", "TotalEnergies EP Uganda", "Airtel Kenya", "Toyota
// South Africa"; articles-dev-2): an organisation, not a person, though
// it speaks ("… said"). A person's surname that is a place keeps its
// given name ("Michael Jordan").
func nationalArm(words []string) bool {
	n := len(words)
	if n < 2 || lexicon.GivenNameGender(words[0]) != 0 || lexicon.PlaceGivenNames[words[0]] {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return false // a phrase, no name: "Employees in Germany"
		}
	}
	return lexicon.Places[words[n-1]] && !lexicon.Places[words[0]] || n >= 3 && lexicon.Places[words[n-2]+" "+words[n-1]]
}

// orgApposAfter is orgApposRE.FindString(after), run only when after
// opens as the expression does (a comma, blanks, an article and a blank)
// and holds one of its head words before a comma, full stop or semicolon.
func orgApposAfter(after string) string {
	i := 1
	for i < len(after) && reSpace(after[i]) {
		i++
	}
	if !strings.HasPrefix(after, ",") || i == 1 {
		return ""
	}
	for _, art := range [...]string{"a", "an", "the"} {
		if rest := after[i:]; len(rest) > len(art) && rest[:len(art)] == art && reSpace(rest[len(art)]) {
			// and a head word before any comma, full stop or semicolon
			seg := rest[len(art):]
			if k := strings.IndexAny(seg, ",.;"); k >= 0 {
				seg = seg[:k]
			}
			for _, h := range orgApposHeads {
				if strings.Contains(seg, h) {
					return orgApposRE.FindString(after)
				}
			}
			return ""
		}
	}
	// a place's epithet: "Cemex, Mexico's largest cement maker, said",
	// "Safaricom, Kenya's biggest telecoms operator" (as placeEpithet
	// reads "Australia's largest telecommunications company" as a source)
	rest := after[i:]
	w, tail, ok := strings.Cut(rest, " ")
	for _, pos := range [...]string{"'s", "’s"} {
		if p, found := strings.CutSuffix(w, pos); found && ok && lexicon.Places[p] {
			seg := tail
			if k := strings.IndexAny(seg, ",.;"); k >= 0 {
				seg = seg[:k]
			}
			for _, h := range orgApposHeads {
				if strings.HasSuffix(seg, " "+h) || seg == h {
					return after[:len(after)-len(tail)+len(seg)]
				}
			}
		}
	}
	return ""
}

// reSpace is the regexp class \s: [\t\n\f\r ].
func reSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// acronymAfter is acronymRE.FindStringSubmatchIndex(after) when the match
// may start in the first two bytes (the only matches voteAfter takes), nil
// when it cannot.
func acronymAfter(after string) []int {
	if strings.IndexByte(after[:min(2, len(after))], '(') < 0 {
		return nil
	}
	return acronymRE.FindStringSubmatchIndex(after)
}

// voteSurnames: a surname used alone marks the full name as a person's,
// unless the word also opens another name: "Emirates" is short for
// "Emirates Airline", not the surname of "United Arab Emirates".
func (r *nameReg) voteSurnames() {
	count := map[string]int{}
	r.opens = map[string]bool{}
	for _, e := range r.ents {
		if len(e.words) == 1 {
			count[e.words[0]]++
		} else if !hasConnector(e.words) {
			r.opens[e.words[0]] = true
		}
	}
	for _, e := range r.ents {
		if n := len(e.words); n >= 2 && n <= 4 && count[e.words[n-1]] > 0 && !r.shortOfOther(e, e.words[n-1]) && r.orgVotes[e.Name] == 0 && !phraseConnector(e.words) {
			r.perVotes[e.Name]++
			r.perVotes[e.words[n-1]]++
		}
	}
}

// placedSubject reports a sentence's first word that is a company's
// measure put in or of the name after it (lexicon.CompanyMeasures): no
// part of the name ("Shares in Tesco rose", "Shares of Reliance
// Industries rose"; "Women in Film" is one name).
func placedSubject(words []string) bool {
	return len(words) > 2 && (words[1] == "in" || words[1] == "of") && lexicon.CompanyMeasures[strings.ToLower(words[0])]
}

// phraseConnectors are the connectors of a name that no person's name
// holds: an English preposition or conjunction ("Bank of America",
// "Shares in Tesco", a sentence's subject run into a name), never a
// particle ("Oscar de la Renta", "Osama bin Laden").
var phraseConnectors = lexicon.WordSet(`of for and & in on`)

// phraseConnector reports a phraseConnectors word among a name's words.
func phraseConnector(words []string) bool {
	for _, w := range words[1:] {
		if phraseConnectors[w] {
			return true
		}
	}
	return false
}

// headlineWords reports a capitalised preposition or verb among words, the
// mark of a headline run into a name ("Attacks On Donald Trump").
func headlineWords(words []string) bool {
	for _, w := range words {
		switch w {
		case "On", "In", "At", "To", "For", "With", "From", "After", "Over", "Against", "Says", "Said", "Attacks", "Slams", "Calls":
			return true
		}
	}
	return false
}

// shortOfOther reports a word w ending name e that is more likely short
// for another name it opens than e's surname: "Emirates" opens "Emirates
// Airline", and "United Arab Emirates" has no given name, title or gender
// ("Trump" of "Donald Trump" stays a surname though "Trump University"
// exists).
func (r *nameReg) shortOfOther(e nameEnt, w string) bool {
	return r.opens[w] && lexicon.GivenNameGender(e.words[0]) == 0 && e.title == "" && r.gender[e.Name] == 0
}

// hasConnector reports a lower-case word inside a name ("Schilling on
// ESPN", "Bank of America").
func hasConnector(words []string) bool {
	for _, w := range words[1:] {
		if !unicode.IsUpper(attrFirstRune(w)) {
			return true
		}
	}
	return false
}

// honorificEnds reports a title stripped before a chunk's words that ends
// in a form of address or a compound title ("Datuk Seri", "Dr", "Mr"):
// the words after it are the name, title words among them included
// ("Datuk Seri Tiong King Sing" is Tiong King Sing, not a King Sing of
// the title "Tiong King"; fresh-17's Malaysian tourism minister).
func honorificEnds(title string) bool {
	f := strings.Fields(title)
	if len(f) == 0 {
		return false
	}
	w := strings.TrimSuffix(f[len(f)-1], ".")
	return lexicon.Honorifics[w] || lexicon.Honorifics[w+"."] || lexicon.CompoundTitleWords[w] && len(f) >= 2
}

// titleIndex returns the index of the last title inside a chunk that a
// person's name follows, or -1: "Finance Minister Carlos Vega", "White
// House Press Secretary Stephanie Grisham" (no organisation word after the
// title), "Secretary of State Mike Pompeo" (a given name after "of").
func titleIndex(words []string) int {
	for k := len(words) - 2; k >= 0; k-- {
		if lexicon.NameTitles[words[k]] && unicode.IsUpper(attrFirstRune(words[k])) && !nameConnectors[words[k+1]] && (!hasOrgHead(words[k+1:]) || surnameHead(words, k)) && !initialismOpening(words, k) || titleOfGiven(words, k) {
			return k
		}
	}
	return -1
}

// initialismOpening reports a title written in capitals (lexicon.
// InitialismTitles: "MP", "TD", "CS") opening the chunk words at k = 0
// without a known given name and a surname after it: the first letters of
// a company's name ("TD Securities", "TD Economics", "CS Venture
// Capital"), not a member's title ("MP Jess Phillips"; "Labour MP …" has
// its party before it).
func initialismOpening(words []string, k int) bool {
	return k == 0 && lexicon.InitialismTitles[words[0]] && !(len(words) >= 3 && lexicon.GivenNameGender(words[1]) != 0)
}

// titleOfGiven reports a title, "of" and an office before a given name and
// a surname: "Secretary of State Mike Pompeo", "Director of National
// Intelligence Dan Coats".
func titleOfGiven(words []string, k int) bool {
	return lexicon.NameTitles[words[k]] && k+1 < len(words) && officeLinks[words[k+1]] && givenAfterOf(words, k) > 0
}

// officeLinks join a title to its office: "Secretary of State", "Minister
// for Housing".
var officeLinks = lexicon.WordSet(`of for`)

// officeFields end an office after "of" as a portfolio does, though no
// ministry is named for them: "Leader of Opposition Partap Singh Gill"
// (fresh-17 Punjab), "Chief of Staff Mick Mulvaney".
var officeFields = lexicon.WordSet(`opposition staff`)

// givenAfterOf returns the index of the given name after "<title> of
// <office>" in words (at least two words after "of" and a surname after
// it), or 0. A portfolio's words after the link (lexicon.Portfolios:
// "Minister for Housing Darragh O'Brien", "Federal Minister for Planning
// Ahsan Iqbal", "Minister of Finance and Economy Wale Edun") end the
// office before a name of two words or more that no known given name
// opens (rule office-portfolio-name).
func givenAfterOf(words []string, k int) int {
	for m := k + 3; m < len(words)-1; m++ {
		if lexicon.GivenNameGender(words[m]) != 0 {
			return m
		}
	}
	m := k + 2
	for m < len(words) && (lexicon.Portfolios[strings.ToLower(words[m])] || officeFields[strings.ToLower(words[m])] || m > k+2 && portfolioJoins[strings.ToLower(words[m])]) {
		m++
	}
	if m > k+2 && len(words)-m >= 2 && len(words)-m <= 4 && !portfolioJoins[strings.ToLower(words[m-1])] && !hasOrgHead(words[m:]) {
		for _, w := range words[m:] {
			if !unicode.IsUpper(attrFirstRune(w)) || nonNames[w] {
				return 0
			}
		}
		return m
	}
	return 0
}

// portfolioJoins join a portfolio's words ("Finance and Economy",
// "Local Government and Housing", "Foreign Affairs").
var portfolioJoins = lexicon.WordSet(`and & affairs local government`)

// splitNameOfPlace splits a chunk "Penelope Muse Abernathy of the
// University of North Carolina" or "Martin Taylor of Aberdeenshire" into
// the person and what follows "of" when the article also names the person
// by the last word alone ("Abernathy reported", "Taylor added"): without
// that evidence "National Institutes of Health" or "Bank of America" stay
// whole.
func splitNameOfPlace(text string, chunks [][2]int) [][2]int {
	isAlone := aloneChunks(text, chunks, true) // gathered at the first " of "
	out := make([][2]int, 0, len(chunks))
	for _, c := range chunks {
		if i := strings.Index(text[c[0]:c[1]], " of "); i > 0 {
			before := strings.Fields(text[c[0] : c[0]+i])
			after := c[0] + i + len(" of ")
			if strings.HasPrefix(text[after:c[1]], "the ") {
				after += len("the ")
			}
			if n := len(before); (n >= 2 && (isAlone(before[n-1]) || personOfPlace(text, c[0], before, text[after:c[1]]) || givenPersonOfOrg(before, text[after:c[1]])) || n >= 1 && titledPersonOf(text, c[0], before)) && !hasOrgHead(before) && !lexicon.NameTitles[before[n-1]] {
				out = append(out, [2]int{c[0], c[0] + i})
				if after < c[1] {
					out = append(out, [2]int{after, c[1]})
				}
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// personOfPlace reports a person's name before "of" and a place ("Senator
// Ann Moss of Ohio", "Gov. Chris Christie of New Jersey", "Marco Rubio of
// Florida"): the words before "of" are a given name and a surname, or a
// name of two words or more after a title (in the chunk or just before
// it, at text[:start]). The place is where the person is from, not part of
// the name ("Bank of England", "University of Texas" have neither).
func personOfPlace(text string, start int, before []string, place string) bool {
	if !lexicon.Places[place] {
		return false
	}
	k := 0
	for k < len(before)-2 && lexicon.NameTitles[before[k]] {
		k++
	}
	if lexicon.GivenNameGender(before[k]) != 0 {
		return true
	}
	prev := strings.TrimRight(text[:start], " ")
	prev = prev[strings.LastIndexAny(prev, " \t\n")+1:]
	titled := k > 0 || lexicon.NameTitles[prev]
	return titled && len(before)-k >= 2
}

// titledPersonOf reports a name before "of" that its title marks as a
// person's, whatever follows "of" ("Mr. Nevins of Showtime", "Rep. Lena
// Moffitt of the Sierra Club", "Mayor Frank G. Jackson of Cleveland"): a
// gendered form of address (Mr., Ms., Sir …) before one to three name
// words, or another title before a given name or two name words (not
// "General Motors of Canada"). The title is in the chunk or just before
// it, at text[:start].
func titledPersonOf(text string, start int, before []string) bool {
	k := 0
	for k < len(before)-1 && lexicon.NameTitles[before[k]] {
		k++
	}
	title := ""
	if k > 0 {
		title = before[k-1]
	} else {
		prev := strings.TrimRight(text[:start], " ")
		title = prev[strings.LastIndexAny(prev, " \t\n")+1:]
		if !lexicon.NameTitles[title] {
			return false
		}
	}
	rest := before[k:]
	if len(rest) > 3 {
		return false
	}
	for _, w := range rest {
		if !unicode.IsUpper(attrFirstRune(w)) || nonNames[w] {
			return false
		}
	}
	if lexicon.Honorifics[title] && lexicon.HonorificGender[title] != 0 {
		return true
	}
	return lexicon.GivenNameGender(rest[0]) != 0 || len(rest) >= 2
}

// hasOrgHead reports words of an organisation's name by the lexicon's
// organisation tables (lexicon.OrgName: a head, a core pair such as "Red
// Cross", a link such as the "the" of "Save the Children").
func hasOrgHead(words []string) bool {
	return lexicon.OrgName(words)
}

func attrFirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isAcronymWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		} else if r != '.' && r != '&' && r != '-' {
			return false
		}
	}
	return n >= 2
}

// kindOf returns the kind of a name: from the article's evidence, else from
// its words.
func (r *nameReg) kindOf(name string) claims.SourceKind {
	if k := r.kind[name]; k != "" {
		return k
	}
	if full, ok := r.acronyms[name]; ok {
		_ = full
		return kindOrg
	}
	var buf [8]string
	words := appendFields(buf[:0], name)
	if hasOrgHead(words) || groupName(words) {
		return kindOrg
	}
	if len(words) == 1 && isAcronymWord(words[0]) {
		return kindOrg
	}
	// a partial name takes the kind of its full form
	if full := r.fullest(name, -1); full != name {
		return r.kind[full]
	}
	return ""
}

// fullest returns the fullest form of a name in the article: the acronym's
// expansion ("CNE" → "National Electoral Council"), or the longest name
// that ends with the same words ("Romero" → "Alfredo Romero"), preferring
// the nearest occurrence before pos. Organisation names are not extended.
func (r *nameReg) fullest(name string, pos int) string {
	return r.fullestG(name, pos, 0)
}

// fullestG is fullest for a mention of gender g ("Mr. Trump": 'm'), which
// never resolves to a full name of the other gender ("Ivanka Trump", named
// "his daughter" before; 0: any) nor to a coordination ("Clinton and
// Sanders").
func (r *nameReg) fullestG(name string, pos int, g byte) string {
	if full, ok := r.acronyms[name]; ok {
		return full
	}
	if len(r.ents) <= nearScanMax {
		return r.fullestScan(name, pos, g)
	}
	c := r.fullCandidates(name, g)
	if len(c.idx) == 0 {
		return name
	}
	// the nearest occurrence before pos, else the first of the longest
	if pos >= 0 {
		if k := sort.Search(len(c.idx), func(k int) bool { return r.ents[c.idx[k]].Start >= pos }); k > 0 {
			return r.ents[c.idx[k-1]].Name
		}
	}
	return r.ents[c.longest].Name
}

// fullestScan is fullestG by one scan of the names, for registries small
// enough that a scan costs less than a memo.
func (r *nameReg) fullestScan(name string, pos int, g byte) string {
	var buf [4]string
	words := appendFields(buf[:0], name)
	if len(words) == 0 || len(words) > 3 {
		return name
	}
	if r.orgNamed(words) {
		return name
	}
	best, bestPos := name, -1
	for _, e := range r.ents {
		r.scanned++
		if !r.extendsTo(e, words, name, g) {
			continue
		}
		// prefer the nearest occurrence before pos, else the first one
		better := false
		switch {
		case bestPos < 0:
			better = true
		case pos >= 0 && e.Start < pos && (bestPos > pos || e.Start > bestPos):
			better = true
		case len(e.words) > len(strings.Fields(best)) && (pos < 0 || (e.Start < pos) == (bestPos < pos)):
			better = true
		}
		if better {
			best, bestPos = e.Name, e.Start
		}
	}
	return best
}

// orgFullForm returns the organisation's name, given before pos (within
// orgShortReach bytes), that name is the short form of: the same words
// and one or two corporate words after them (lexicon.CompanyNameTails):
// "Andes Copper said" after "the Toronto-listed Andes Copper Holdings"
// (articles-dev-6 Peru), "Island Aviation said" after "Island Aviation
// Services" (articles-dev-3 Maldives) (rule org-short-form).
func (r *nameReg) orgFullForm(name string, pos int) (string, bool) {
	var buf [4]string
	words := appendFields(buf[:0], name)
	if len(words) < 2 || len(words) > 4 || lexicon.GivenNameGender(words[0]) != 0 || r.gender[name] != 0 {
		return "", false // (a person's name: "Mary Hale" is no "Mary Hale Group")
	}
	i := sort.Search(len(r.ents), func(i int) bool { return r.ents[i].Start >= pos })
	for i--; i >= 0 && pos-r.ents[i].Start <= orgShortReach; i-- {
		e := r.ents[i]
		n := len(e.words)
		if n <= len(words) || n > len(words)+2 {
			continue
		}
		same := true
		for k, w := range words {
			if e.words[k] != w {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		for _, w := range e.words[len(words):] {
			if !lexicon.CompanyNameTails[w] {
				same = false
			}
		}
		if same && r.kindOf(e.Name) == kindOrg {
			return e.Name, true
		}
	}
	return "", false
}

// orgShortReach bounds orgFullForm's walk back (bytes).
const orgShortReach = 6000

// numberWords open no fuller form of a name: "our One Home Depot
// investments" is no full name of "Home Depot", nor "Two Americans" of
// "Americans" (ingest-dev, PolNeAR).
var numberWords = lexicon.WordSet(`One Two Three Four Five Six Seven Eight Nine Ten`)

// orgNamed reports whether a name of words carries an organisation head
// ("Reuters", "Ministry"), unless it is one word the article addresses as
// a person; such names are not extended to fuller ones.
func (r *nameReg) orgNamed(words []string) bool {
	for _, w := range words {
		if orgHeads[w] && !(len(words) == 1 && r.addressed[w]) {
			return true
		}
	}
	return false
}

// extendsTo reports whether name e of the article is a fuller form of name
// (its words) for gender g: ending with its words, one or two words longer,
// voted a person rather than an organisation, of no other gender, no
// coordination, not headline words nor a number word before them.
func (r *nameReg) extendsTo(e nameEnt, words []string, name string, g byte) bool {
	if len(e.words) <= len(words) || len(e.words) > len(words)+2 || r.orgVotes[e.Name] > r.perVotes[e.Name] {
		return false
	}
	// ("McClatchy" is not "Gannett and McClatchy", "Donald Trump" not a headline's "Attacks On Donald Trump")
	return wordsEndWith(e.words, words) && !otherGender(r.gender[e.Name], g) && !strings.Contains(e.Name, " and ") &&
		!(len(words) == 1 && r.shortOfOther(e, name)) && !headlineWords(e.words[:len(e.words)-len(words)]) && !numberWords[e.words[0]]
}

// fullCandidates returns (and memoises) the names fullestG may extend name
// to for gender g: those ending with its words, one or two words longer,
// no organisation, coordination or headline, in text order.
func (r *nameReg) fullCandidates(name string, g byte) *fullCands {
	key := fullKey{name, g}
	if c, ok := r.fullMemo[key]; ok {
		return c
	}
	r.index()
	if r.fullMemo == nil {
		r.fullMemo = map[fullKey]*fullCands{}
	}
	c := &fullCands{longest: -1}
	r.fullMemo[key] = c
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 3 {
		return c // not extended
	}
	if r.orgNamed(words) {
		return c // organisation names are not extended
	}
	for _, i := range r.byLast[words[len(words)-1]] {
		r.scanned++
		e := r.ents[i]
		if !r.extendsTo(e, words, name, g) {
			continue
		}
		c.idx = append(c.idx, i)
		if c.longest < 0 || len(e.words) > len(r.ents[c.longest].words) {
			c.longest = i
		}
	}
	return c
}

// nameAt reports whether a name of the article starts at start and runs to
// end or beyond.
func (r *nameReg) nameAt(start, end int) bool {
	for _, e := range r.ents {
		if e.Start == start && e.End >= end {
			return true
		}
	}
	return false
}

// orgAround returns the organisation's name of the article that ends at
// end and starts before start, of which text[start:end] is the tail, or
// nil: "Save the Children estimates" read with "Save" as a verb leaves
// "the Children" as the subject, the tail of "Save the Children".
func (r *nameReg) orgAround(start, end int) *nameEnt {
	// the names are in text order: those starting before start, the
	// nearest few
	i := sort.Search(len(r.ents), func(i int) bool { return r.ents[i].Start >= start })
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		r.scanned++
		e := &r.ents[k]
		if e.End == end && r.kind[e.Name] == kindOrg {
			return e
		}
	}
	return nil
}

// orgCovering reports whether an organisation's name of the article of two
// or more words covers text[start:end] ("Save" of "Save the Children").
// The names are in text order; a few before the last one starting by
// start are checked.
func (r *nameReg) orgCovering(start, end int) bool {
	i := sort.Search(len(r.ents), func(i int) bool { return r.ents[i].Start > start })
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		r.scanned++
		e := &r.ents[k]
		if e.Start <= start && e.End >= end && len(e.words) >= 2 && r.kind[e.Name] == kindOrg {
			return true
		}
	}
	return false
}

// titledAt returns the name found in text[start:end] that ends at end
// after a title ("Stephanie Grisham" of "White House Press Secretary
// Stephanie Grisham", title "White House Press Secretary"), or nil.
func (r *nameReg) titledAt(start, end int) *nameEnt {
	r.index()
	i := 0
	if r.endsUp { // the names ending at end, found by binary search
		i = sort.Search(len(r.ents), func(i int) bool { return r.ents[i].End >= end })
	}
	for ; i < len(r.ents); i++ {
		r.scanned++
		e := &r.ents[i]
		if r.endsUp && e.End > end {
			break
		}
		if e.End == end && e.Start > start && e.title != "" {
			return e
		}
	}
	return nil
}

// titleRole is a name's title as a role, without lexicon.Honorifics ("Finance
// Minister", "Former Secretary of State"; "Mr." alone gives none), or "".
func titleRole(title string) string {
	var w []string
	for _, x := range strings.Fields(title) {
		if !lexicon.Honorifics[x] && !lexicon.CompoundTitleWords[x] {
			w = append(w, x)
		}
	}
	if len(w) == 1 && lexicon.TitleModifiers[w[0]] {
		return "" // "Former" alone
	}
	return strings.Join(w, " ")
}

// nearWords reports whether every word of mods stands within 40 bytes of
// the name text[s:e] ("Florida Sen. Marco Rubio", "Sen. Marco Rubio of
// Florida" for "the Florida senator").
func nearWords(text string, s, e int, mods []string) bool {
	ctx := text[max(0, s-40):min(len(text), e+40)] // (text ends at the description)
	for _, m := range mods {
		if lexicon.TitleModifiers[m] && m == strings.ToLower(m) {
			// a title's modifier written in lower case in the description
			// ("the vice president" for "Vice President Joe Biden")
			if !strings.Contains(strings.ToLower(ctx), m) {
				return false
			}
			continue
		}
		if !strings.Contains(ctx, m) {
			return false
		}
	}
	return true
}

// nameStart returns where the last occurrence of name before pos starts,
// or -1.
func (r *nameReg) nameStart(name string, pos int) int {
	at := -1
	for _, e := range r.ents {
		if e.Start < pos && (e.Name == name || r.fullest(e.Name, e.Start) == name) {
			at = e.Start
		}
	}
	return at
}

// subordinateTitleWords make a title a lower office than the role they
// stand before ("Assistant Secretary", "Lt. Gov."): no holder of the role
// itself (nearestTitled).
var subordinateTitleWords = lexicon.WordSet(`Assistant Lt. Lieutenant`)

// nearestTitled returns the one person named before pos whose title holds
// role ("president" for "President Obama", not "Vice President Biden";
// "governor" for "Gov. Jerry Brown") and near whose name every word of mods
// stands ("Florida" for "the Florida senator"); none when two people hold
// it.
func (r *nameReg) nearestTitled(text string, pos int, role string, mods []string) (string, bool) {
	found := ""
	for _, e := range r.ents {
		if e.Start >= pos || e.title == "" || !nearWords(text[:pos], e.Start, e.End, mods) {
			continue
		}
		ws := strings.Fields(e.title)
		for k, w := range ws {
			if l := strings.ToLower(w); (l == role || lexicon.TitleWords[w] == role) && (k == 0 || !lexicon.TitleModifiers[ws[k-1]] && !subordinateTitleWords[ws[k-1]] || holdsFold(mods, ws[k-1])) {
				// ("the vice president" is "Vice President Joe Biden", "the
				// chief minister" "Chief Minister X": the description holds
				// the title's modifier; rule titled-role-modifier)
				// (the name as written, not a fuller namesake: "President
				// Trump" is no "Melania Trump")
				var ok bool
				if found, ok = oneHolder(found, e.Name); !ok {
					return "", false // two of them: "the senator" is ambiguous
				}
			}
		}
	}
	return found, found != ""
}

// nearestOffice returns the one person named before pos whose title ends
// in the office words ("Prime Minister Keir Starmer" for "The Prime
// Minister"), or false when none or two differ.
func (r *nameReg) nearestOffice(pos int, office []string) (string, bool) {
	found := ""
	for _, e := range r.ents {
		if e.Start >= pos || e.title == "" {
			continue
		}
		ws := strings.Fields(e.title)
		for len(ws) > len(office) && lexicon.Honorifics[ws[len(ws)-1]] {
			ws = ws[:len(ws)-1] // "Health Minister Dr Claude Mugisha": the office before the form of address
		}
		if len(ws) < len(office) {
			continue
		}
		same := true
		for k, w := range office {
			if !strings.EqualFold(ws[len(ws)-len(office)+k], w) {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		var ok bool
		if found, ok = oneHolder(found, e.Name); !ok {
			return "", false
		}
	}
	return found, found != ""
}

// oneHolder adds the name n of a holder of a title to found, the holder
// found so far (nearestTitled, nearestOffice): the longer of the two when
// one is the other or ends in it ("Obama", "Barack Obama"), false when
// they are two people.
func oneHolder(found, n string) (string, bool) {
	if found != "" && found != n && !strings.HasSuffix(found, " "+n) && !strings.HasSuffix(n, " "+found) {
		return "", false
	}
	if len(n) > len(found) {
		return n, true
	}
	return found, true
}

// holdsFold reports w among ws, case-insensitively.
func holdsFold(ws []string, w string) bool {
	for _, x := range ws {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// otherGender reports known genders that differ.
func otherGender(a, b byte) bool {
	return (a == 'm' || a == 'f') && (b == 'm' || b == 'f') && a != b
}

// nameGender reads a name's gender from its honorific ("Mr.", "Mrs.") or
// the kinship word before it ("his daughter Ivanka Trump", "her father,
// Jordan Smith"); 0 when neither.
func nameGender(text string, start int, title string) byte {
	for pair, g := range lexicon.CompoundTitles {
		if g != 0 && strings.Contains(title, pair) {
			return g // "Puan Sri", "Tan Sri"
		}
	}
	for _, w := range strings.Fields(title) {
		if g := lexicon.HonorificGender[w]; g != 0 {
			return g
		}
	}
	before := strings.TrimRight(text[:start], " ,") // "his daughter, Taylor Smith"
	i := strings.LastIndexAny(before, " \n\t(,")
	if g := lexicon.HonorificGender[before[i+1:]]; g != 0 && strings.HasSuffix(before, ".") {
		return g // a form of address the chunker left out at its full stop: "Mrs. Clinton"
	}
	return kinshipGender[strings.ToLower(before[i+1:])]
}

var kinshipGender = map[string]byte{
	"daughter": 'f', "wife": 'f', "mother": 'f', "sister": 'f', "widow": 'f', "granddaughter": 'f', "niece": 'f', "aunt": 'f',
	"stepdaughter": 'f', "stepmother": 'f', "son": 'm', "husband": 'm', "father": 'm', "brother": 'm', "widower": 'm',
	"grandson": 'm', "nephew": 'm', "uncle": 'm', "stepson": 'm', "stepfather": 'm',
}

func wordsEndWith(a, b []string) bool {
	if len(b) > len(a) {
		return false
	}
	for i := range b {
		if a[len(a)-len(b)+i] != b[i] {
			return false
		}
	}
	return true
}

// nearest returns the name of the nearest nameEnt occurrence before pos whose
// kind is k (and, if head != "", whose words include head, case-insensitive).
func (r *nameReg) nearest(pos int, k claims.SourceKind, head string) (string, bool) {
	return r.nearestG(pos, k, head, 0)
}

// nearestModified returns the nearest organisation's name before pos
// holding one of the lower-case modifiers mods as a word, singular or
// plural ("the statistics office" → "National Bureau of Statistics", "the
// revenue authority" → "Kenya Revenue Authority"), within the article's
// last 1,500 bytes before pos.
func (r *nameReg) nearestModified(pos int, mods []string) (string, bool) {
	return r.nearestBefore(pos, func(name string) bool {
		if r.kindOf(name) != kindOrg {
			return false
		}
		for _, w := range strings.Fields(name) {
			lw := strings.ToLower(w)
			for _, m := range mods {
				if lw == m || lw == m+"s" || lw+"s" == m {
					return true
				}
			}
		}
		return false
	})
}

// nearestBody returns the nearest organisation's name before pos (within
// the article's last 1,500 bytes) holding one of words as a word ("the
// regulator" → "Australian Competition and Consumer Commission";
// lexicon.BodyDescriptions).
func (r *nameReg) nearestBody(pos int, words []string) (string, bool) {
	return r.nearestBefore(pos, func(name string) bool {
		return r.kindOf(name) != kindPerson && holdsWord(name, words)
	})
}

// startingBy returns the number of names starting at or before pos (the
// names are in text order): a name after them ends after pos, so a scan
// back for names ending by pos starts at the last of them rather than at
// the article's last name (which made each scan cost the names after pos,
// time quadratic in a long article).
func (r *nameReg) startingBy(pos int) int {
	return sort.Search(len(r.ents), func(i int) bool { return r.ents[i].Start > pos })
}

// nearestBefore returns the fullest form of the nearest name ending before
// pos, within the article's last 1,500 bytes, that accept takes.
func (r *nameReg) nearestBefore(pos int, accept func(name string) bool) (string, bool) {
	for i := r.startingBy(pos) - 1; i >= 0; i-- {
		e := r.ents[i]
		if e.End > pos {
			continue
		}
		if pos-e.End > 1500 {
			break
		}
		if name := r.fullest(e.Name, e.Start); accept(name) {
			return name, true
		}
	}
	return "", false
}

// holdsWord reports whether name holds one of words as a word.
func holdsWord(name string, words []string) bool {
	for _, w := range strings.Fields(name) {
		for _, m := range words {
			if w == m {
				return true
			}
		}
	}
	return false
}

// nearestNamed returns the nearest name before pos holding the word head
// and every modifier in mods ("Bank of America" for "the bank", not
// "Deutsche Bank" for "the central bank") that is not a person's.
func (r *nameReg) nearestNamed(pos int, head string, mods []string) (string, bool) {
	for i := r.startingBy(pos) - 1; i >= 0; i-- {
		e := r.ents[i]
		if e.End > pos {
			continue
		}
		if len(mods) == 0 && r.tradeBefore(e.Start, head) {
			// "the statutory health insurer DAK-Gesundheit … the insurer
			// said" (rule trade-before-name; articles-dev-1, issue 16 "the
			// group Public Citizen", web-dev-3 "the research firm Kantar")
			if name := r.fullest(e.Name, e.Start); r.kindOf(name) != kindPerson {
				return name, true
			}
		}
		if len(e.words) < 2 {
			continue
		}
		for _, w := range e.words {
			if strings.EqualFold(w, head) && hasWords(e.words, mods) {
				if name := r.fullest(e.Name, e.Start); r.kindOf(name) != kindPerson {
					return name, true
				}
			}
		}
	}
	return "", false
}

// tradeBefore reports the trade noun head written right before a name
// starting at start ("insurer DAK-Gesundheit", "the lender Nationwide").
func (r *nameReg) tradeBefore(start int, head string) bool {
	txt := r.lower.text
	b := start - len(head) - 1
	if b < 0 || txt[start-1] != ' ' || !strings.EqualFold(txt[b:start-1], head) {
		return false
	}
	return b == 0 || txt[b-1] == ' '
}

// hasWords reports whether words holds each of ws, case-insensitively.
func hasWords(words, ws []string) bool {
	for _, x := range ws {
		found := false
		for _, w := range words {
			if strings.EqualFold(w, x) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// nearestG is nearest, skipping names known to be of the other gender than
// g ('m' for "he", 'f' for "she"; 0: any) and, for a bare description
// (head ""), coordinations ("X and Y" is no one referent).
func (r *nameReg) nearestG(pos int, k claims.SourceKind, head string, g byte) (string, bool) {
	r.index()
	if r.endsUp && len(r.ents) > nearScanMax {
		// the last qualifying name ending at or before pos
		q := r.nearCandidates(k, head, g)
		if n := sort.Search(len(q), func(n int) bool { return r.ents[q[n]].End > pos }); n > 0 {
			e := r.ents[q[n-1]]
			return r.fullestG(e.Name, e.Start, e.gender), true
		}
		return "", false
	}
	return r.nearestScan(pos, k, head, g)
}

// nearCandidates returns (and memoises) the indexes of the names nearestG
// accepts for kind k, head and gender g, wherever they stand, in text order.
func (r *nameReg) nearCandidates(k claims.SourceKind, head string, g byte) []int {
	key := nearKey{k, head, g}
	if q, ok := r.nearMemo[key]; ok {
		return q
	}
	if r.nearMemo == nil {
		r.nearMemo = map[nearKey][]int{}
	}
	var q []int
	for i := range r.ents {
		r.scanned++
		if r.nearOK(i, k, head, g) {
			q = append(q, i)
		}
	}
	r.nearMemo[key] = q
	return q
}

// nearestScan is nearestG by scanning back from the names ending at or
// before pos (for registries whose names nest).
func (r *nameReg) nearestScan(pos int, k claims.SourceKind, head string, g byte) (string, bool) {
	for i := len(r.ents) - 1; i >= 0; i-- {
		r.scanned++
		e := r.ents[i]
		if e.End > pos || !r.nearOK(i, k, head, g) {
			continue
		}
		return r.fullestG(e.Name, e.Start, e.gender), true
	}
	return "", false
}

// andInName reports a name whose "and" joins words inside one
// organisation's name, not two names: the part after ends in an
// organisation head and the one to three words before hold none ("the
// Economic and Financial Crimes Commission", "the Food and Drug
// Administration", "the Kenya Civil Aviation and Airports Authority";
// not "the Miami Herald and Kansas City Star").
func andInName(words []string) bool {
	i := slices.Index(words, "and")
	if i < 1 || i > 3 || i == len(words)-1 || slices.Contains(words[i+1:], "and") || !orgHeads[words[len(words)-1]] {
		return false
	}
	return !hasOrgHead(words[:i])
}

// nearOK reports whether name i is one nearestG accepts for kind k, head
// and gender g.
func (r *nameReg) nearOK(i int, k claims.SourceKind, head string, g byte) bool {
	e := r.ents[i]
	if head == "" && strings.Contains(e.Name, " and ") && !andInName(e.words) {
		return false // "the company" is one of "the Miami Herald and Kansas City Star", not both
	}
	name := r.fullestG(e.Name, e.Start, e.gender)
	if g != 0 && (otherGender(e.gender, g) || otherGender(r.gender[name], g)) {
		return false
	}
	if head != "" {
		if len(e.words) == 1 && strings.EqualFold(e.words[0], head) {
			return false // the bare head word is not a name ("the Ministry")
		}
		ok := false
		for _, w := range e.words {
			if strings.EqualFold(w, head) {
				ok = true
			}
		}
		if _, acr := r.acronyms[e.Name]; !ok && acr && name != e.Name {
			// rule acronym-head: an acronym holds the words of the name it
			// was defined for ("the party" → "MPP", defined for "Mongolian
			// People's Party", nearer than "HUN Party"; articles-dev-6)
			for _, w := range strings.Fields(name) {
				if strings.EqualFold(w, head) {
					ok = true
				}
			}
		}
		if !ok {
			return false
		}
	}
	if r.kindOf(name) != k && r.kindOf(e.Name) != k {
		return false
	}
	if k == kindOrg && len(e.words) == 1 && lexicon.PlaceAcronyms[e.Name] && r.off.on(guardPlaceAcronymNoOrg) {
		// guard place-acronym-no-org (explainguards.go): a place's
		// acronym is no organisation "it" or "the company" stands for
		// ("NT$48 billion (US$1.5 billion) … the company said" is Sunfar,
		// articles-dev-6). A measure's ("84 percent of GDP … . It also
		// said" is the IMF, articles-dev-1) never gets here: newRegistry
		// keeps no MeasureAcronyms entity (guard measure-acronym).
		return false
	}
	// (last: it may tag sentences) "Airlines complained.": a common noun
	// capitalised as the sentence's first word
	return !(len(e.words) == 1 && r.opener != nil && r.opener(e.Name))
}

// sentenceOpeners are capitalised words that open sentences but never begin a
// name: auxiliaries and question words ("Did the Immigration service …").
var sentenceOpeners = lexicon.WordSet(`Did Does Do Is Are Was Were Has Have Had Will Would Can Could Should Shall Might Must
Let Please Whether Even Just Only Perhaps Maybe Indeed Instead Thus Therefore Otherwise Unlike Like Under Over Until
Unless Because Once Whatever Whoever Whenever Wherever Regardless Including Given Asked Speaking Told Said Except Per`)

// lowerSets holds the sets of lowerCaseWords, reused article after article
// (see release): they were a tenth of extraction's allocations.
var lowerSets = sync.Pool{New: func() any { return map[string]bool{} }}

// release gives the registry's pooled set back; the registry is not used
// after.
func (r *nameReg) release() {
	if m := r.lower.m; m != nil {
		clear(m) // (holds no article's words while pooled)
		lowerSets.Put(m)
	}
	r.lower = nil
}

// lowerWords answers whether an article writes a word in lower case (is in
// lowerCaseWords(text)). Most articles ask a few times only: the first
// questions are answered by searching the text for the word, and the set
// is built only for an article that asks more (building it for every
// article was a twentieth of attribution).
type lowerWords struct {
	text  string
	m     map[string]bool // lowerCaseWords(text), once built
	asked int
}

// lowerSearches is how many questions lowerWords answers by searching
// before it builds the set.
const lowerSearches = 16

func (l *lowerWords) has(w string) bool {
	if l.m == nil {
		if l.asked < lowerSearches {
			l.asked++
			return lowerWordIn(l.text, w)
		}
		l.m = lowerCaseWords(l.text)
	}
	return l.m[w]
}

// lowerWordIn reports whether w is one of lowerCaseWords(text): a run of
// letters and hyphens starting with a small letter, found in text with no
// letter or hyphen on either side.
func lowerWordIn(text, w string) bool {
	if w == "" || !unicode.IsLower(attrFirstRune(w)) {
		return false
	}
	for _, r := range w {
		if !lowerRunRune(r) {
			return false
		}
	}
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return false
		}
		s, e := off+i, off+i+len(w)
		if before, _ := utf8.DecodeLastRuneInString(text[:s]); s == 0 || !lowerRunRune(before) {
			if after, _ := utf8.DecodeRuneInString(text[e:]); e == len(text) || !lowerRunRune(after) {
				return true
			}
		}
		off = s + 1
	}
}

// lowerRunRune reports a rune of the runs of lowerCaseWords.
func lowerRunRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '-' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// lowerCaseWords returns the set of words written in lower case in text
// (a set from lowerSets).
func lowerCaseWords(text string) map[string]bool {
	// the runs of letters and hyphens (strings.FieldsFunc, without the slice
	// of every word)
	m := lowerSets.Get().(map[string]bool)
	var recent [128]string // words put in m, by a hash: most repeat
	start := -1
	for i := 0; i <= len(text); {
		n := 1
		letter := false // the rune at i is '-' or a letter (false at the end)
		if i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				letter = c == '-' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
			} else {
				var r rune
				r, n = utf8.DecodeRuneInString(text[i:])
				letter = unicode.IsLetter(r)
			}
		}
		if letter {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			if w := text[start:i]; unicode.IsLower(attrFirstRune(w)) {
				if h := (len(w)*7 + int(w[0])*131 + int(w[len(w)-1])) % len(recent); recent[h] != w {
					m[w] = true
					recent[h] = w
				}
			}
			start = -1
		}
		i += n
	}
	return m
}

// sentenceInitial reports whether offset s opens a sentence or a paragraph:
// only blanks and opening quotes or brackets after a full stop, question or
// exclamation mark, a line break or the start of the text.
func sentenceInitial(text string, s int) bool {
	for s > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:s])
		switch {
		case r == ' ' || r == '\t' || r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(' || r == '[':
			s -= n
		case r == '.' || r == '?' || r == '!' || r == '\n' || r == ':':
			return true
		default:
			return false
		}
	}
	return true
}

// roleAfterPossessive reports a role noun in the rest of an appositive
// after an organisation's possessive ("’s India head,", "'s chief
// executive.").
func roleAfterPossessive(rest string) bool {
	if i := strings.IndexAny(rest, ",.;"); i >= 0 {
		rest = rest[:i]
	}
	for _, w := range strings.Fields(strings.ToLower(rest))[1:] {
		if roleNouns[w] {
			return true
		}
	}
	return false
}

// roleAppos reports whether an appositive matched by orgApposRE (", a
// deputy administrator at the agency") has a role noun before its last
// word: it describes a person who works for an organisation.
func roleAppos(m string) bool {
	ws := strings.Fields(strings.ToLower(strings.TrimPrefix(m, ",")))
	for _, w := range ws[:max(0, len(ws)-1)] {
		if roleNouns[strings.Trim(w, ",")] {
			return true
		}
	}
	return false
}

// splitChunks cuts name chunks where a name cannot go on: between two
// titled people joined by "and" (titledPair), before a
// first-person contraction ("other than Jim Eastland I’ve presided" →
// "Jim Eastland"), and after a possessive whose owner the article also
// names alone ("Obama's Affordable Care Act" → "Obama's", "Affordable Care
// Act" when "Obama" stands alone elsewhere), or before a person's name
// ("MSNBC’s Chris Matthews"); "Children's Defense Fund" stays whole.
func splitChunks(text string, chunks [][2]int, off guardSet) [][2]int {
	isAlone := aloneChunks(text, chunks, false) // gathered at the first possessive
	out := make([][2]int, 0, len(chunks))
	for _, c := range chunks {
		s := c[0]
		i := c[0]
		for i < c[1] {
			// the next word
			j := i
			for j < c[1] && text[j] != ' ' && text[j] != '\t' {
				j++
			}
			w := text[i:j]
			if i > s && (strings.HasPrefix(w, "I’") || strings.HasPrefix(w, "I'")) {
				out = append(out, [2]int{s, trimBlanksEnd(text, s, i)})
				s = c[1]
				break
			}
			if (w == "in" || w == "on") && i > s && dateWordAt(text, skipBlanks(text, j), c[1]) {
				// "the Food and Drug Administration in May", "A Federal
				// High Court in Lagos on Monday": a date ends the name
				out = append(out, [2]int{s, trimBlanksEnd(text, s, i)})
				s = c[1]
				break
			}
			if w == "and" && i > s && titledPair(text[s:i], text[skipBlanks(text, j):c[1]]) {
				// "Prime Minister Shigeru Ishiba and Finance Minister
				// Katsunobu Kato": two titled people (shortnames.go)
				out = append(out, [2]int{s, trimBlanksEnd(text, s, i)})
				s = skipBlanks(text, j)
			}
			base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if base != w && j < c[1] && (isAlone(base) || personWords(strings.Fields(text[skipBlanks(text, j):c[1]])) || off.on(guardPossessivePlatform) && platformAfter(text[skipBlanks(text, j):c[1]])) {
				out = append(out, [2]int{s, j})
				s = skipBlanks(text, j)
			}
			i = skipBlanks(text, j)
		}
		if s < c[1] {
			out = append(out, [2]int{s, c[1]})
		}
	}
	return out
}

// platformAfter reports a social network's name alone after a possessive
// (guard possessive-platform: "Elizabeth Snyder's Facebook post", "Donald
// Trump's Twitter account"): the name ends at the possessive.
func platformAfter(rest string) bool {
	f := strings.Fields(rest)
	return len(f) == 1 && lexicon.SocialPlatforms[f[0]] && f[0] != strings.ToLower(f[0])
}

// holidayName reports a name holding a holiday's (lexicon.Holidays; guard
// holiday-no-person): "Thanksgiving", "Happy Thanksgiving" is no person
// whatever a pronoun near it suggests.
func (r *nameReg) holidayName(e nameEnt) bool {
	if !r.off.on(guardHolidayNoPerson) {
		return false
	}
	for _, w := range e.words {
		if lexicon.Holidays[w] && w != strings.ToLower(w) {
			return true
		}
	}
	return false
}

// dateWordAt reports a month's or weekday's name as the word at i (before
// end).
func dateWordAt(text string, i, end int) bool {
	j := i
	for j < end && text[j] != ' ' && text[j] != '\t' {
		j++
	}
	w := strings.ToLower(strings.TrimRight(text[i:j], ".,"))
	_, month := lexicon.Months[w]
	_, day := lexicon.Weekdays[w]
	return (month || day) && j > i && unicode.IsUpper(attrFirstRune(text[i:j]))
}

func trimBlanksEnd(text string, s, e int) int {
	for e > s && (text[e-1] == ' ' || text[e-1] == '\t') {
		e--
	}
	return e
}

func isChunkConnector(w string) bool {
	for _, c := range chunkConnectors {
		if w == c {
			return true
		}
	}
	return false
}

// personWords reports two or three capitalised words with no organisation
// word or title: a person's name by its shape ("Chris Matthews").
func personWords(ws []string) bool {
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !startsUpper(w) || orgHeads[w] || lexicon.NameTitles[w] || nonNames[w] {
			return false
		}
	}
	return true
}

// tokenTexts returns the texts of ts[b..e] without a leading "the".
func tokenTexts(ts []text.Token, b, e int) []string {
	if b < e && ts[b].Lower == "the" {
		b++
	}
	var w []string
	for i := b; i <= e; i++ {
		w = append(w, ts[i].Text)
	}
	return w
}

// aloneChunks reports whether a word stands as a one-word chunk of the
// article (its full stops trimmed, and its possessive when owner), the set
// gathered at the first question.
func aloneChunks(text string, chunks [][2]int, owner bool) func(w string) bool {
	var alone map[string]bool
	return func(w string) bool {
		if alone == nil {
			alone = map[string]bool{}
			for _, c := range chunks {
				w := strings.TrimRight(text[c[0]:c[1]], ".")
				if strings.ContainsAny(w, " \t") {
					continue
				}
				if owner {
					w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
				}
				alone[w] = true
			}
		}
		return alone[w]
	}
}

// titleHolder returns the one person named before pos whose title holds
// the role noun and every word of mods ("the finance minister" →
// "Finance Minister Muhammad Aurangzeb"; "the health secretary" → "Health
// Secretary Wes Streeting"): rule titled-role-office. Two holders: none.
func (r *nameReg) titleHolder(pos int, role string, mods []string) (string, bool) {
	found := ""
	for _, e := range r.ents {
		if e.Start >= pos || e.title == "" {
			continue
		}
		// the title as written before the name ("Finance Minister
		// Muhammad Aurangzeb" keeps "Minister" as its title)
		ws := strings.Fields(strings.ToLower(r.lower.text[max(0, e.Start-40):e.Start]))
		if len(ws) > 4 {
			ws = ws[len(ws)-4:]
		}
		ws = append(ws, strings.Fields(strings.ToLower(e.title))...)
		if !slices.Contains(ws, role) {
			continue
		}
		all := true
		for _, m := range mods {
			all = all && slices.Contains(ws, m)
		}
		if !all {
			continue
		}
		var ok bool
		if found, ok = oneHolder(found, e.Name); !ok {
			return "", false
		}
	}
	return found, found != ""
}
