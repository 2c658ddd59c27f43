package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// A role owned by a body named by a common noun, as a second mention of a
// speaker (npStep "owner-role"): "…,' the trust's chief executive said"
// after "The chief executive of the Belfast Health and Social Care Trust,
// Jennifer Welsh, said" (articles-dev-5); "the association's chairman
// said" after "The chairman of the Swaziland Cane Growers Association …
// said" (articles-dev-5: no name given, so the first description, as
// written); "the broker's analysts wrote" after "Kasikorn Securities cut
// its target price" (articles-dev-4: staff in the plural, no one named:
// the body the owner noun stands for). The role's first mention is the
// last one before the phrase, in one of the few sentences before, whose
// sentence names the owner with a capitalised word ("Trust",
// "Association"); the person named there, next to the role, is the
// speaker.

// ownerRoleWindow bounds how far back (bytes) the role's first mention is
// looked for.
const ownerRoleWindow = 3000

// ownerRole resolves "the <owner>'s <role words>" (ts[b..e]).
func (a *attributor) ownerRole(ts []text.Token, b, e int) (string, claims.SourceKind, bool) {
	if e < b+3 || ts[b].Lower != "the" || !isPossessive(ts[b+2]) || ts[b+1].Capitalised() || !strings.HasPrefix(ts[b+1].Tag, "NN") {
		return "", "", false
	}
	head := ts[e].Lower
	if !roleNouns[head] && !lexicon.StaffRoles[head] {
		return "", "", false
	}
	var role []string
	for i := b + 3; i <= e; i++ {
		if ts[i].Capitalised() || isPossessive(ts[i]) {
			return "", "", false
		}
		role = append(role, ts[i].Lower)
	}
	owner := ts[b+1].Lower
	pos := ts[b].Start
	if n, ok := a.roleFirstMention(pos, owner, strings.Join(role, " ")); ok {
		return n, kindPerson, true
	}
	if lexicon.StaffRoles[head] {
		// "the broker's analysts": the body "the broker" stands for
		if n, k := a.resolveNP(ts, b, b+1); n != "" && k == kindOrg {
			// (named outside a quote and outside this sentence: not a
			// capitalised word the quote opens with)
			if at := a.reg.nameStart(n, pos); at >= 0 && !a.inQuote(at) && a.d.SentenceAt(at) != a.d.SentenceAt(pos) {
				return n, kindOrg, true
			}
		}
	}
	return "", "", false
}

// roleFirstMention finds, before pos, the last mention of role in a
// sentence that names owner capitalised ("Trust" for "trust"), and returns
// the person named next to it there, or the description "<role> of …
// <Owner>" as written when no person is.
func (a *attributor) roleFirstMention(pos int, owner, role string) (string, bool) {
	from := max(0, pos-ownerRoleWindow)
	low := strings.ToLower(a.d.Text[from:pos])
	capOwner := strings.ToUpper(owner[:1]) + owner[1:]
	for end := len(low); end > 0; {
		i := strings.LastIndex(low[:end], role)
		if i < 0 {
			return "", false
		}
		end = i
		at := from + i
		if !wordBounded(a.d.Text, at, at+len(role)) || a.inQuote(at) {
			continue
		}
		if ws := strings.Fields(low[:i]); len(ws) > 0 && lexicon.RankWords[ws[len(ws)-1]] {
			continue // "The vice chairman of the Dockers Union" is no "chairman"
		}
		si := a.d.SentenceAt(at)
		if si < 0 {
			continue
		}
		s := a.d.Sentences[si]
		sent := a.d.Text[s.Start:s.End]
		o := wordIndex(sent, capOwner)
		if o < 0 {
			// the same possessive as an appositive: "Tom Hart, the
			// union's general secretary,"
			if k := at - s.Start - len(owner) - 3; k >= 0 && strings.EqualFold(sent[k:k+len(owner)], owner) && wordBounded(sent, k, k+len(owner)) && isPossessiveWord(strings.TrimSpace(sent[k+len(owner):at-s.Start])) {
				if n, ok := a.personBeside(s.Start, s.End, s.Start+k, at+len(role)); ok {
					return n, true
				}
			}
			continue
		}
		if n, ok := a.personBeside(s.Start, s.End, at, at+len(role)); ok {
			return n, true
		}
		// no one named: "The chairman of the Swaziland Cane Growers
		// Association" as written, when the owner closes it
		if of := at + len(role); strings.HasPrefix(a.d.Text[of:], " of ") && s.Start+o > of && s.Start+o-of < 80 {
			return a.d.Text[at : s.Start+o+len(capOwner)], true
		}
		return "", false
	}
	return "", false
}

// personBeside returns the person named within the sentence [from, to)
// next to the span [st, en): the name right after it past a comma ("The
// chief executive of the Trust, Jennifer Welsh,") or right before it
// ("Jennifer Welsh, chief executive of …", "Trust chief executive Jennifer
// Welsh"), the nearer one when both.
func (a *attributor) personBeside(from, to, st, en int) (string, bool) {
	best, bestD := "", 1<<30
	for _, ent := range a.reg.ents {
		if ent.Start < from || ent.Start >= to {
			continue
		}
		full := a.reg.fullest(ent.Name, ent.Start)
		if a.reg.kindOf(full) != kindPerson && a.reg.kindOf(ent.Name) != kindPerson {
			continue
		}
		d := -1
		switch {
		case ent.Start >= en:
			d = ent.Start - en
		case ent.End <= st:
			d = st - ent.End
		}
		if d >= 0 && d < 120 && d < bestD {
			best, bestD = full, d
		}
	}
	return best, best != ""
}

// wordBounded reports that [st, en) of s is not inside a longer word.
func wordBounded(s string, st, en int) bool {
	isW := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }
	return (st == 0 || !isW(s[st-1])) && (en >= len(s) || !isW(s[en]))
}

// wordIndex returns the offset of w in s as a whole word, or -1.
func wordIndex(s, w string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		if wordBounded(s, i, i+len(w)) {
			return i
		}
		off = i + len(w)
	}
}
