package attrib

import (
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// ruleCommonNounOpener names the noun-phrase step (coref.go npSteps) for
// a sentence's first word, alone, that is a common noun of the tables:
// "Officials point to two causes", "Research on … showed".
const ruleCommonNounOpener = "common-noun-opener"

// commonNounOpeners are the tables of common nouns a sentence's first word
// may be, capitalised only there (rule common-noun-opener): people and
// staff by their role ("Officials", "Inspectors", "Councillors",
// "Scientists"), anonymous sources, bodies that keep records ("Police"),
// documents and data ("Research", "Data"), organisations by kind and the
// plural people nouns that open advocacy groups' names ("Doctors",
// "Residents") when they stand alone.
func commonNounOpener(w string) bool {
	lw := strings.ToLower(w)
	if lexicon.NameTitles[w] {
		return false // "President said": a title alone, another rule's
	}
	sing := lw
	if len(lw) > 3 && strings.HasSuffix(lw, "s") {
		sing = lw[:len(lw)-1]
	}
	return lexicon.StaffRoles[lw] || roleNouns[sing] || lexicon.AnonymousSourceNouns[sing] ||
		lexicon.RecordingBodies[lw] || lexicon.DocNouns[lw] || genericOrgNouns[lw] || groupHeads[w]
}

// commonNounAlone reports the one-word phrase ts[b..e] that is the
// sentence's first word and a common noun of the tables (commonNounOpener),
// unless the article names someone by a fuller form of it ("Police" after
// "Police Scotland", "Commission" after "European Commission"): a
// description as written, not a proper name.
func (a *attributor) commonNounAlone(ts []text.Token, b, e int) bool {
	if b != e || b != firstWord(ts) || !commonNounOpener(ts[b].Text) {
		return false
	}
	w := ts[b].Text
	if a.reg.fullestG(w, ts[b].Start, 0) != w {
		return false
	}
	_, ok := a.reg.orgFullForm(w, ts[b].Start)
	return !ok
}

// headlineCapsLead returns how many of the first words of a name are a
// wire headline's words in capitals run into it (rule headline-caps-run):
// words all in capitals of two or more letters, none a place's or
// measure's acronym nor an initialism title, before a word in mixed case
// ("COMPLETES ACQUISITION UtiliCorp United Inc"; before a company's
// legal form or an organisation's head and nothing else the last of them
// is the name's: "SETS INITIAL QUARTERLY DIVIDEND FFB Corp", but "RISES
// Union Carbide Corp" is Union Carbide Corp; so it is when the article
// writes it in capitals with the name's next word too, "WTC INTERNATIONAL
// <WAF> SETS SOUTH AFRICA TRUST WTC International N.V."). One such word is a
// headline's only when it has three letters or more and the article
// writes it in lower case too ("bid") or a ticker in angle brackets stands
// right before it ("DIAGNOSTIC <DRS> BID Rospatch Corp", tickered is
// true): "NBC News", "IBM Research", "US Airways" keep theirs. 0 when none.
func headlineCapsLead(text string, words []string, lower *lowerWords, tickered bool) int {
	k := 0
	for k < len(words) && capsWord(words[k]) {
		k++
	}
	if k == 0 || k == len(words) || !mixedCase(words[k]) {
		return 0
	}
	if corporateWordsOnly(words[k:]) || strings.Contains(text, words[k-1]+" "+strings.ToUpper(words[k])) {
		k-- // the last word in capitals is the name's: "… DIVIDEND FFB Corp", "NBC News", "WTC INTERNATIONAL <WAF> SETS … TRUST WTC International N.V."
	}
	for _, w := range words[:k] {
		if lexicon.PlaceAcronyms[w] || lexicon.MeasureAcronyms[w] || lexicon.InitialismTitles[w] {
			return 0
		}
	}
	if k == 0 || k == 1 && (len(words[0]) < 3 || !tickered && (lower == nil || !lower.has(strings.ToLower(words[0])))) {
		return 0
	}
	return k
}

// tickerBefore reports a stock ticker in angle brackets right before
// text[s:] ("&lt;DRS> BID …", "<DRS> BID …"): a wire headline's.
func tickerBefore(text string, s int) bool {
	b := strings.TrimRight(text[max(0, s-24):s], " \t")
	if !strings.HasSuffix(b, ">") {
		return false
	}
	i := max(strings.LastIndex(b, "<"), strings.LastIndex(b, "&lt;"))
	if i < 0 {
		return false
	}
	t := strings.TrimPrefix(strings.TrimPrefix(b[i:len(b)-1], "&lt;"), "<")
	if t == "" {
		return false
	}
	for _, r := range t {
		if !unicode.IsUpper(r) && r != '.' {
			return false
		}
	}
	return true
}

// headlineCapsStart moves the start s of the name ts[s..e] past a wire
// headline's capitals run into it (headlineCapsLead), unless one of them
// is an acronym the article spells out.
func (a *attributor) headlineCapsStart(ts []text.Token, s, e int) int {
	if s >= e || !capsWord(ts[s].Text) {
		return s
	}
	words := make([]string, 0, e-s+1)
	for i := s; i <= e; i++ {
		words = append(words, ts[i].Text)
	}
	if k := headlineCapsLead(a.d.Text, words, a.reg.lower, tickerBefore(a.d.Text, ts[s].Start)); k > 0 && !a.acronymWord(words[:k]) {
		return s + k
	}
	return s
}

// capsWord reports a word in capitals of two or more letters (hyphens
// and digits may join them: "AFL-CIO", "G7" has one letter).
func capsWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '-' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}

// mixedCase reports a word holding an upper-case and a lower-case letter.
func mixedCase(w string) bool {
	up, low := false, false
	for _, r := range w {
		up = up || unicode.IsUpper(r)
		low = low || unicode.IsLower(r)
	}
	return up && low
}

// acronymWord reports a word of ws the article spells out as an acronym
// ("Consejo Nacional Electoral (CNE)"): a name, no headline's word.
func (a *attributor) acronymWord(ws []string) bool {
	for _, w := range ws {
		if _, ok := a.reg.acronyms[w]; ok {
			return true
		}
	}
	return false
}

// corporateWordsOnly reports words that are all legal forms or
// organisation heads ("Corp", "Limited Partnership", "News"): no name of
// their own.
func corporateWordsOnly(words []string) bool {
	for _, w := range words {
		if !lexicon.CompanyNameTails[w] && !lexicon.OrgAbbrevs[w] && !orgHeads[w] {
			return false
		}
	}
	return true
}
