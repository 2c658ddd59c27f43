package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// ruleLoneSurname names loneSurnameBefore's rule for --explain
// ("he-she/lone-surname").
const ruleLoneSurname = "lone-surname"

// loneSurnameBefore names the person a "he" or "she" stands for when no
// person of its gender and no unnamed-kind person of two or more words
// stands before pos (the he-she step's last resort; a bare pronoun is
// never a source, so any person named before is the better reading; rule
// lone-surname): the nearest surname written alone, in pos's paragraph
// or the two before (recentNames), that speaks or heads its sentence or
// is a cue's source ("Hoenig said …. For example, he notes …", "McKelvey
// still serves on Square's board …. "…," he says"), that opens its
// sentence in the frame "To Hoenig, …" (whose view follows), or that
// spoke anywhere before in the article ("…," Conway tweeted. … a
// hindrance for Conway. "…," she said): a one-word name the registry
// leaves of no kind, since "Apple said" reads the same (no organisation,
// acronym, place, lower-case word or given name of the other gender).
//
// (A person whose gender only a given name suggested — "National
// Statistician Claire Dennis Mapa told a briefing …, he said" — is the
// step before: he-she/given-name-gender-only, givenNameOnlyBefore.)
func (a *attributor) loneSurnameBefore(pos int, g byte) (string, bool) {
	p := a.paraOf(pos)
	if p < 0 {
		return "", false
	}
	r := a.reg
	for e := range a.recentNames(pos, p) {
		if len(e.words) != 1 || e.title != "" && e.gender != 0 && e.gender != g || nonNames[e.Name] {
			continue
		}
		w := e.Name
		if r.fullest(w, e.Start) != w || r.kindOf(w) != "" || r.orgVotes[w] > 0 || isAcronymWord(w) || lexicon.Places[w] ||
			lexicon.Demonyms[w] || lexicon.PeopleDemonyms[w] || r.lower.has(strings.ToLower(w)) || a.headline(w) || a.titleLine(e.Start) {
			continue
		}
		if gg := lexicon.GivenNameGender(w); gg != 0 && gg != g || otherGender(r.gender[w], g) {
			continue
		}
		if a.surnameSpeaks(e, pos) || a.viewpointFrame(e) || a.spokeEarlier(w, e.Start) {
			a.subRule(ruleLoneSurname)
			return w, true
		}
	}
	return "", false
}

// surnameSpeaks reports a mention e of a one-word name, before pos, that
// speaks ("Hoenig said"), heads its sentence ("McKelvey still serves"),
// is a cue's source ("…, Hoenig warns.") or the subject of a main clause
// after a fronted clause or a conjunction (frontedSubject).
func (a *attributor) surnameSpeaks(e nameEnt, pos int) bool {
	after := a.d.Text[e.End:min(len(a.d.Text), e.End+40)]
	return personAfterRE.MatchString(after) || a.headsSentence(e.Start, after) || a.citedIn(e.Start, pos, e.Name) || a.frontedSubject(e)
}

// viewpointFrame reports a name standing in the fronted frame "To W," that
// opens its sentence: the view that follows is W's ("To Hoenig, the Fed's
// policies are …", "To Sexton, who has …, Tuesday marked …").
func (a *attributor) viewpointFrame(e nameEnt) bool {
	si := a.d.SentenceAt(e.Start)
	if si < 0 || e.Start < 3 || a.d.Sentences[si].Start != e.Start-3 || a.d.Text[e.Start-3:e.Start] != "To " {
		return false
	}
	return e.End < len(a.d.Text) && a.d.Text[e.End] == ','
}

// spokeEarlier reports the same one-word name w speaking or heading its
// sentence at a mention before the window (the article named its speaker
// once: "…," Conway tweeted. … a hindrance for Conway. "…," she said).
// The first such mention of each name is looked up once per article.
func (a *attributor) spokeEarlier(w string, before int) bool {
	if a.firstSpoke == nil {
		a.firstSpoke = map[string]int{}
	}
	at, ok := a.firstSpoke[w]
	if !ok {
		at = -1
		for _, e := range a.reg.ents {
			if e.Name != w {
				continue
			}
			after := a.d.Text[e.End:min(len(a.d.Text), e.End+40)]
			if personAfterRE.MatchString(after) || a.headsSentence(e.Start, after) {
				at = e.Start
				break
			}
		}
		a.firstSpoke[w] = at
	}
	return at >= 0 && at < before
}

// citedIn reports whether name w, standing at start in a sentence before
// the one holding pos, is the source of a cue of its sentence ("…, Hoenig
// warns."); the sentence of pos is not read (its attributions are being
// made).
func (a *attributor) citedIn(start, pos int, w string) bool {
	si := a.d.SentenceAt(start)
	if si < 0 || si >= a.d.SentenceAt(pos) {
		return false
	}
	for _, f := range a.sentence(si) {
		if f.src != nil && (f.src.Mention == w || f.src.Name == w) {
			return true
		}
	}
	return false
}

// headsSentence reports a name at start that opens its sentence, tagged a
// proper noun, and is followed by a word in lower case (its verb or an
// adverb: "McKelvey still serves", "Hoenig warns"; not a common noun
// capitalised there: "Imports fell 8.4 percent").
func (a *attributor) headsSentence(start int, after string) bool {
	si := a.d.SentenceAt(start)
	if si < 0 || a.d.Sentences[si].Start != start {
		return false
	}
	if ts := a.tokens(si); len(ts) == 0 || ts[0].Start != start || ts[0].Tag != "NNP" {
		return false
	}
	after = strings.TrimLeft(after, " ")
	return after != "" && unicode.IsLower(rune(after[0]))
}

// titleLine reports a mention standing in a short paragraph with no
// closing punctuation: a headline or section title, whose words are
// capitalised by its style ("Farmers count the cost" names no Farmers).
func (a *attributor) titleLine(off int) bool {
	p := a.paraOf(off)
	if p < 0 || p >= len(a.d.Paragraphs) {
		return false
	}
	line := strings.TrimSpace(a.d.Text[a.d.Paragraphs[p].Start:a.d.Paragraphs[p].End])
	if line == "" || len(strings.Fields(line)) > 12 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".!?\"'”’):;…", last)
}

// frontedSubject reports a mention e, not opening its sentence, that
// follows a comma (or a comma and "but", "and", "yet", "so") and is its
// clause's subject: a main clause after a fronted clause ("Before the
// spotlight was …, Wiig talked publicly …", "… after Square was founded,
// McKelvey decided to step back", "…, but McKelvey didn't stick
// around"). Mid-sentence, its capital is a name's; a reported clause's
// subject ("the Herald suggested Marchetti was …") does not act.
func (a *attributor) frontedSubject(e nameEnt) bool {
	si := a.d.SentenceAt(e.Start)
	if si < 0 || a.d.Sentences[si].Start >= e.Start {
		return false
	}
	before := strings.TrimRight(a.d.Text[a.d.Sentences[si].Start:e.Start], " ")
	for _, c := range []string{" but", " and", " yet", " so"} {
		before = strings.TrimSuffix(before, c)
	}
	return strings.HasSuffix(before, ",") && a.subjectLike(e)
}
