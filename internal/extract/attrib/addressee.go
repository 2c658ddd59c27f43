package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// The addressee of "told" is no "he"/"she" of the quote after it.
//
// "Health ministry spokesman Hossam Abdel-Ghaffar told Ahram Online that
// the campaign would continue. "We have 28,000 vaccinators," he said":
// the nearest name before "he" is the addressee of "told" (an outlet the
// article names nowhere else, so of no known kind), but the one who goes
// on speaking is the subject who told it (rule addressee-not-speaker;
// fresh-14 "Smt. K. Lakshmi Priya, …, told The Hindu that …" ¶ "…," she
// said; PolNeAR train "Zeynep Akar told CNN that …" ¶ "…," she said): a
// quote's "he"/"she" (pronounSpeaker, speaker.go) passes over a name right
// after a form of "tell" when another name stands before it in its
// sentence.

// addresseeOfTell reports whether name i of the registry stands right
// after a form of "tell" with a name before it in its sentence (the
// teller): "Hossam Abdel-Ghaffar told |Ahram Online".
func (a *attributor) addresseeOfTell(i int) bool {
	e := a.reg.ents[i]
	if i == 0 || !tellBefore(a.d.Text, e.Start) {
		return false
	}
	si := a.d.SentenceAt(e.Start)
	if si < 0 {
		return false
	}
	// the teller: a person's name (two words or more in its fullest form,
	// or a person by the article's evidence) earlier in the sentence, not
	// "Villagers told Amina Yusuf …"
	for j := i - 1; j >= 0 && a.reg.ents[j].Start >= a.d.Sentences[si].Start; j-- {
		p := a.reg.ents[j]
		full := a.reg.fullest(p.Name, p.Start)
		if a.reg.kindOf(full) == kindPerson || a.reg.kindOf(full) == "" && len(strings.Fields(full)) >= 2 {
			return true
		}
	}
	return false
}

// tellBefore reports a form of "tell" right before offset start, an
// article between allowed ("told |Ahram Online", "told the |Star"); no
// allocation (it runs for every name a pronoun passes).
func tellBefore(txt string, start int) bool {
	w, rest := lastWord(txt[:start])
	if art, _ := lexicon.LowerIn(lexicon.Articles, w); art {
		w, _ = lastWord(rest)
	}
	lemma, _ := lexicon.LowerIn(lexicon.CueVerbs, w)
	return lemma == "tell" // (its forms put their addressee right after them)
}

// lastWord returns the last space-separated word of s and the text before it.
func lastWord(s string) (string, string) {
	s = strings.TrimRight(s, " \n")
	i := strings.LastIndexAny(s, " \n")
	return s[i+1:], s[:max(i, 0)]
}

// ownTailBefore reports whether sentence k, which opens with a quote, is
// the quote's own attribution too: the quote closes inside it and a name
// follows the close in the sentence ("“Of these, 47 people have died,”
// indicated the Minister of Public Health, Manaouda Malachie, during a
// press briefing."). A second mention by role in the quote after it ("“…,”
// the minister added") is that person (role-second-mention,
// solePersonBefore), not someone named before both quotes (rule
// role-after-attributed-quote).
func (a *attributor) ownTailBefore(k int) bool {
	s := a.d.Sentences[k]
	qi := quoteAt(a.quotes, s.Start)
	if qi < 0 {
		qi = quoteAt(a.quotes, min(s.Start+4, s.End-1))
	}
	if qi < 0 || a.quotes[qi].End >= s.End {
		return false
	}
	for _, e := range a.reg.ents {
		if e.Start >= a.quotes[qi].End && e.Start < s.End {
			return true
		}
	}
	return false
}

// roleBeforeComma reports a name closing an appositive whose role stands
// before the comma: "the Minister of Public Health, |Manaouda Malachie",
// "the chairman of the Nigerian Bar Association, |Yakubu Maikyau": a
// person, whatever the name's words (solePersonBefore).
func (a *attributor) roleBeforeComma(e nameEnt) bool {
	before := strings.TrimRight(a.d.Text[max(0, e.Start-80):e.Start], " ")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	before = before[:len(before)-1]
	if i := strings.LastIndexAny(before, ",.;:“”\"\n"); i >= 0 {
		before = before[i+1:]
	}
	for _, w := range strings.Fields(before) {
		if roleNouns[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
