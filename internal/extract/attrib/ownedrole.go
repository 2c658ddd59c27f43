package attrib

import (
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// ownedRoleReach bounds how far back ownedRoleBefore looks for the role's
// first description.
const ownedRoleReach = 3000

// ownedRoleBefore resolves "the <owner>'s <role>" (the description's
// owner noun owner, its role words role) to the role's first description
// before pos: "<Role> of the <Body>" whose body's name holds the owner
// noun as a capitalised word (rule owned-role). A name set in apposition
// after it is the holder ("The chief executive of the Belfast Health and
// Social Care Trust, Jennifer Welsh, said …" ¶ "… the trust's chief
// executive said" → Jennifer Welsh); none named, the first description as
// written is the source ("The chairman of the Swaziland Cane Growers
// Association, which represents …, said …" ¶ "“…,” the association's
// chairman said" → "chairman of the Swaziland Cane Growers Association";
// both articles-dev-5).
func (a *attributor) ownedRoleBefore(pos int, owner, role string) (string, claims.SourceKind, bool) {
	txt := a.d.Text[max(0, pos-ownedRoleReach):pos]
	lower := strings.ToLower(txt)
	key := strings.ToLower(role) + " of the "
	for from := len(lower); from > 0; {
		i := strings.LastIndex(lower[:from], key)
		if i < 0 {
			return "", "", false
		}
		from = i
		if !strings.HasSuffix(lower[:i], "the ") {
			continue // the description opens with "the": "The vice chairman of" is no "chairman of"
		}
		body, rest := capitalisedRun(txt[i+len(key):])
		if body == "" || !holdsWord(body, []string{strings.ToUpper(owner[:1]) + owner[1:]}) {
			continue
		}
		// ", Jennifer Welsh," after the body: its holder
		if r, ok := strings.CutPrefix(rest, ", "); ok {
			if name, after := capitalisedRun(r); name != "" && strings.HasPrefix(after, ",") {
				ws := strings.Fields(name)
				for len(ws) > 2 && lexicon.NameTitles[ws[0]] {
					ws = ws[1:] // "Dr. Dominik Nowak"
				}
				if len(ws) >= 2 {
					return a.reg.fullest(strings.Join(ws, " "), pos), kindPerson, true
				}
			}
		}
		return txt[i:i+len(key)] + body, kindPerson, true
	}
	return "", "", false
}

// capitalisedRun returns the run of capitalised words (joined by "and",
// "of", "for", "the") opening s, and what follows it.
func capitalisedRun(s string) (run, rest string) {
	end := 0
	for end < len(s) {
		j := end
		for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != '\n' && (s[j] != '.' || lexicon.NameTitles[s[end:j+1]]) {
			j++ // (a full stop ends the run, but for a title's: "Dr.")
		}
		w := s[end:j]
		if w == "" {
			break
		}
		if !unicode.IsUpper([]rune(w)[0]) && w != "and" && w != "of" && w != "for" && w != "the" {
			break
		}
		end = j
		if end < len(s) && s[end] == ' ' {
			end++
			continue
		}
		break
	}
	run = strings.TrimSpace(s[:end])
	for _, tail := range []string{" and", " of", " for", " the"} {
		run = strings.TrimSuffix(run, tail)
	}
	return run, s[len(run):]
}
