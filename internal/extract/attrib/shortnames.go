package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
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
// it is a person's given name, not a surname: the one name of two or three
// words, named before pos, that opens with the word, when no name of the
// article ends with it (which fullestG would have found). Sports and South
// Asian and Arab news call people by the given name after naming them in
// full ("Imad Wasim took five wickets … 'I have played this game for 20
// years,' Imad told the broadcaster"; "Babar Azam made 98 … Babar told
// reporters"). A place, an acronym, or a word opening two different names
// or an organisation's ("Multan Sultans" of "Multan", which names the
// city too when it is a place) is not extended; ok is false then.
func (r *nameReg) givenNameFull(w string, pos int) (string, bool) {
	if strings.ContainsAny(w, " .") || lexicon.Places[w] || isAcronymWord(w) || orgHeads[w] || r.kind[w] == kindOrg {
		return "", false
	}
	full := ""
	for _, e := range r.ents {
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
		if n > 3 || hasConnector(e.words) || hasOrgHead(e.words) || groupName(e.words) || headlineWords(e.words) || r.kind[e.Name] == kindOrg || lexicon.Places[e.Name] {
			return "", false
		}
		if full != "" && full != e.Name {
			return "", false // two names open with it: which is unknown
		}
		full = e.Name
	}
	return full, full != ""
}
