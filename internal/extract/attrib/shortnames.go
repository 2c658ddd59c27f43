package attrib

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// addressedSurnames: a single capitalised word the article writes after a
// person's form of address ("Mr Chambers", "Ms House", "Dr Church") is a
// person's surname, even when the word also heads organisations' names
// (lexicon.OrgHeads: "Chambers", "House", "Church", "Post"). The names of
// two or three words ending with it ("Jack Chambers", "Ann House") are then
// that person's, not an organisation's: their head-word vote is undone and
// fullestG extends the surname to them (ie-budget-2025 of web-dev-4:
// "Ireland's Minister for Finance, Jack Chambers, …" then "'…,' Mr
// Chambers told the Dáil"). A name with another organisation head or a
// connector ("Chambers of Commerce") keeps its vote.
func (r *nameReg) addressedSurnames() {
	for _, e := range r.ents {
		if len(e.words) != 1 || !orgHeads[e.words[0]] || e.title == "" {
			continue
		}
		if t := e.title[strings.LastIndexByte(e.title, ' ')+1:]; !lexicon.Honorifics[t] {
			continue
		}
		if r.addressed == nil {
			r.addressed = map[string]bool{}
		}
		r.addressed[e.words[0]] = true
	}
	if r.addressed == nil {
		return
	}
	undone := map[string]bool{}
	for _, e := range r.ents {
		n := len(e.words)
		if n < 1 || n > 3 || !r.addressed[e.words[n-1]] || undone[e.Name] || hasConnector(e.words) || hasOrgHead(e.words[:n-1]) || groupName(e.words) {
			continue
		}
		undone[e.Name] = true
		r.orgVotes[e.Name] = max(0, r.orgVotes[e.Name]-2)
		r.perVotes[e.Name]++
	}
}

// surnameHead reports a person's name after the title words[k] whose
// surname is an organisation head word: a form of address and the surname
// alone ("Mr Chambers", "Ms House"), or a title, a known given name and the
// surname ("Minister Jack Chambers", "Senator Mary House"). Such a title
// is stripped from the name as any other title is; with another word or a
// connector after the title the chunk stays an organisation's name ("Mr
// Price Tire Centers", "Minister of Finance").
func surnameHead(words []string, k int) bool {
	rest := words[k+1:]
	switch len(rest) {
	case 1:
		return lexicon.Honorifics[words[k]] && orgHeads[rest[0]]
	case 2:
		return lexicon.GivenNameGender(rest[0]) != 0 && !orgHeads[rest[0]] && orgHeads[rest[1]]
	}
	return false
}

// givenNameFull returns the full name a single word used alone names when
// it is the first word of a person's name, a given name or, in East Asian
// order, a surname ("Ahn" of "Ahn Duk-geun", "Lee" of "Lee Jae-myung";
// fresh-8, fresh-9), not the last: the one name of two or three
// words, named before pos, that opens with the word, when no name of the
// article ends with it (which fullestG would have found). Sports and South
// Asian and Arab news call people by the given name after naming them in
// full ("Imad Wasim took five wickets … 'I have played this game for 20
// years,' Imad told the broadcaster"; "Babar Azam made 98 … Babar told
// reporters"). A place, an acronym, or a word opening two different names
// or an organisation's ("Multan Sultans" of "Multan", which names the
// city too when it is a place), or one the text writes after "the" ("the
// Berlin Wall" of "Berlin's pledge") is not extended; ok is false then. A name
// with patronymics runs longer ("Sheikh Mohammed" of "Sheikh Mohammed bin
// Rashid Al Maktoum": patronymicName).
func (r *nameReg) givenNameFull(text, w string, pos int) (string, bool) {
	if strings.ContainsAny(w, " .") || lexicon.Places[w] || isAcronymWord(w) || orgHeads[w] || r.kind[w] == kindOrg {
		return "", false
	}
	full := ""
	for _, i := range r.firstLastCandidates(w) {
		e := r.ents[i]
		n := len(e.words)
		if n < 2 || e.words[0] != w {
			if n >= 2 && e.words[n-1] == w {
				return "", false // a surname after all
			}
			continue
		}
		if e.Start >= pos {
			continue // (named before the mention only)
		}
		if n > 3 && !patronymicName(e.words) || hasConnector(e.words) && !patronymicName(e.words) || hasOrgHead(e.words) || groupName(e.words) || headlineWords(e.words) || r.kind[e.Name] == kindOrg || lexicon.Places[e.Name] {
			return "", false
		}
		if full != "" && full != e.Name {
			if surnameFirst(e.words) && surnameFirst(strings.Fields(full)) && r.off.on(guardSurnameFirstNearest) {
				full = e.Name // guard surname-first-nearest: the nearest before
				continue
			}
			return "", false // two names open with it: which is unknown
		}
		if b := strings.ToLower(text[max(0, e.Start-4):e.Start]); strings.HasSuffix(b, "the ") {
			return "", false // "the Berlin Wall", "the Karachi Kings": no person's name
		}
		full = e.Name
	}
	return full, full != ""
}

// surnameFirst reports a name of two words written family name first, its
// given name a hyphenated pair in lower case after the hyphen: Korean and
// Taiwanese names in English copy ("Kim Dong-won", "Park Min-ji", "Lin
// Wen-chieh"). Its first word is a surname the article goes on calling the
// person by ("Park told reporters", "Lin is unfazed"), and two people may
// share it: "Kim" is the Kim named nearest before (guard
// surname-first-nearest, explainguards.go; articles-dev-2 names Kim Jae-june, then the
// analyst Kim Dong-won: "Kim cut his target price" is the analyst).
func surnameFirst(words []string) bool {
	if len(words) != 2 {
		return false
	}
	g := words[1]
	i := strings.IndexByte(g, '-')
	return i > 0 && i+1 < len(g) && g[i+1] >= 'a' && g[i+1] <= 'z' && unicode.IsUpper(attrFirstRune(g))
}

// patronymics join a given name to the father's in Arab and Malay names
// ("Mohammed bin Rashid Al Maktoum", "Anwar bin Ibrahim", "Siti binti
// Ahmad", "Abdullah ibn Saud").
var patronymics = lexicon.WordSet(`bin bint binti ibn`)

// patronymicName reports a name of at most six words whose lower-case
// words are all patronymics, with one among them.
func patronymicName(words []string) bool {
	if len(words) > 6 {
		return false
	}
	seen := false
	for _, w := range words[1:] {
		if !unicode.IsUpper(attrFirstRune(w)) {
			if !patronymics[w] {
				return false
			}
			seen = true
		}
	}
	return seen
}

// fullestOrGiven is fullest, or for a single word that no longer name
// ends with, the full name it is the given name of (givenNameFull):
// "Sheikh Mohammed" of "Sheikh Mohammed bin Rashid Al Maktoum".
func (r *nameReg) fullestOrGiven(name string, pos int) string {
	return r.fullestOrGivenG(name, pos, 0)
}

// fullestOrGivenG is fullestOrGiven for a mention of gender g (fullestG).
func (r *nameReg) fullestOrGivenG(name string, pos int, g byte) string {
	full := r.fullestG(name, pos, g)
	if full == name && !strings.Contains(name, " ") {
		if g, ok := r.givenNameFull(r.lower.text, name, pos); ok {
			return g
		}
	}
	return full
}

// heSurname reports the Chinese surname He opening the name words at
// text[s:] ("Vice Premier He Lifeng", "spokesperson He Yadong told
// Xinhua"): the capitalised pronoun never stands inside a sentence before
// another capitalised word, so there it is a name.
func heSurname(text string, s int, words []string) bool {
	return len(words) > 1 && words[0] == "He" && unicode.IsUpper(attrFirstRune(words[1])) && !sentenceInitial(text, s)
}

// mergeHeSurnames joins the surname He and the given name after it into
// one name token inside a sentence ("Vice Premier He Lifeng told",
// "said He Weidong"), so that no reading takes it for the pronoun; at the
// start of a sentence or a quote "He" stays the pronoun (heSurname).
func mergeHeSurnames(ts []text.Token) []text.Token {
	for j := 1; j+1 < len(ts); j++ {
		t, n := ts[j], ts[j+1]
		if t.Text != "He" || n.Start != t.End()+1 || !n.Capitalised() || n.Text == n.Lower || !strings.HasPrefix(n.Tag, "NNP") ||
			ts[j-1].Tag == "``" || ts[j-1].Text == ":" || ts[j-1].Text == "." {
			continue
		}
		if ts[j-1].Capitalised() && j+2 < len(ts) && (ts[j+2].Capitalised() || ts[j+2].Tag == "CD") {
			continue // a title-case headline: "Musk Says He Plans 500 Layoffs"
		}
		ts = joinName(ts, j, " ")
	}
	return ts
}

// titledPair reports a chunk's words before "and" and after it that are
// each a title and a name ("Prime Minister Shigeru Ishiba" and "Finance
// Minister Katsunobu Kato", "President Joe Biden" and "First Lady Jill
// Biden"): two people, not one name with "and" inside ("Minister of Trade
// and Industry Piyush Goyal", "Secretary of Health and Human Services
// Xavier Becerra" have no title after "and").
func titledPair(before, after string) bool {
	return titledName(strings.Fields(before), 5) && titledName(strings.Fields(after), 3)
}

// titledName reports words holding a capitalised title among their first
// lim words with only capitalised words, at least one, after it.
func titledName(words []string, lim int) bool {
	t := -1
	for k, w := range words {
		if !unicode.IsUpper(attrFirstRune(w)) {
			return false
		}
		if k < lim && lexicon.NameTitles[w] {
			t = k
		}
	}
	return t >= 0 && t < len(words)-1
}

// firstLastCandidates returns the indexes, in text order, of the names
// that may open or end with the word w: every name of a small registry,
// else those the first- and last-word indexes give (byFirst, built on
// first use, and lookup.go's byLast), so that a long article's lookups
// cost no scan of all its names.
func (r *nameReg) firstLastCandidates(w string) []int {
	r.index()
	if len(r.ents) <= nearScanMax {
		if r.allIdx == nil {
			r.allIdx = make([]int, len(r.ents))
			for i := range r.ents {
				r.allIdx[i] = i
			}
		}
		return r.allIdx
	}
	if r.byFirst == nil {
		r.byFirst = map[string][]int{}
		for i, e := range r.ents {
			if len(e.words) > 1 {
				r.byFirst[e.words[0]] = append(r.byFirst[e.words[0]], i)
			}
		}
	}
	out := append(append([]int{}, r.byFirst[w]...), r.byLast[w]...)
	slices.Sort(out)
	return out
}

// middleNameFull returns the one person's name of three or four words,
// named before pos, that holds w inside it (neither first nor last):
// "Ogamba added" after "Education Cabinet Secretary Julius Ogamba Migos",
// "said Hassan" after "Faruque Hassan Chowdhury" (rule name-part). No
// name: w opens or ends a name, w is a place, an organisation's word or
// an acronym, or two names hold it.
func (r *nameReg) middleNameFull(w string, pos int) (string, bool) {
	if strings.ContainsAny(w, " .") || lexicon.Places[w] || isAcronymWord(w) || orgHeads[w] || r.kind[w] == kindOrg || lexicon.NameTitles[w] {
		return "", false
	}
	full := ""
	// the names before pos, nearest first, a bounded few (no walk over a
	// long article's every name per mention)
	i := sort.Search(len(r.ents), func(i int) bool { return r.ents[i].Start >= pos })
	for k := i - 1; k >= 0 && k >= i-nearScanMax; k-- {
		r.scanned++
		e := r.ents[k]
		n := len(e.words)
		if n == 0 || e.words[0] == w || e.words[n-1] == w {
			return "", false // a given name or a surname after all
		}
		if n < 3 || n > 4 || !slices.Contains(e.words[1:n-1], w) {
			continue
		}
		if hasConnector(e.words) || hasOrgHead(e.words) || groupName(e.words) || headlineWords(e.words) || r.kindOf(e.Name) != kindPerson {
			continue
		}
		if full != "" && full != e.Name {
			return "", false // two names hold it: which is unknown
		}
		full = e.Name
	}
	return full, full != ""
}
