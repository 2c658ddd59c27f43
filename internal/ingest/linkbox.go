package ingest

import (
	"regexp"
	"strings"
)

// linkBoxLabels are the labels that open a box of links to other stories
// set between the paragraphs of a dump's article (Al Jazeera's "More:",
// the Express's "Related articles", CBS's "Trending News", Rolling
// Stone's "Related", the LA Times' and others' "More in <section>", "You
// may also like"), by name. linkBoxes drops the headlines under such a
// label.
var linkBoxLabels = []struct {
	name string
	re   *regexp.Regexp
}{
	{"related", regexp.MustCompile(`(?i)^(?:related|related (?:articles?|stories|story|content|coverage|links?|posts?|news|reading|videos?|topics?)|(?:more )?related (?:articles?|stories|coverage))\s*:?$`)},
	{"more", regexp.MustCompile(`(?i)^(?:more|more (?:stories|news|articles|videos|coverage|headlines|top stories)|more (?:in|from|on|about) [\pL\d ,'’.&-]{1,40})\s*:?$`)},
	{"trending", regexp.MustCompile(`(?i)^(?:trending|trending (?:now|news|stories|articles)|(?:most )?popular (?:now|stories|news|articles)|most (?:read|popular|viewed|shared)|top stories|latest (?:news|stories|headlines)|editor'?s picks?)\s*:?$`)},
	{"also", regexp.MustCompile(`(?i)^(?:(?:you may|you might|we think you(?:'ll| will)) (?:also )?(?:like|enjoy)|recommended(?: for you| stories| articles| reading)?|don'?t miss|read (?:also|next)|also read|see also|what to read next|further reading)\s*:?$`)},
}

// linkBoxLabel is the linkBoxLabels rows in one pattern (one pass a line).
var linkBoxLabel = func() *regexp.Regexp {
	var alts []string
	for _, r := range linkBoxLabels {
		alts = append(alts, "(?:"+r.re.String()+")")
	}
	return regexp.MustCompile(strings.Join(alts, "|"))
}()

// linkBoxFirst are the words a linkBoxLabels row can open with.
var linkBoxFirst = map[string]bool{
	"related": true, "more": true, "trending": true, "most": true, "popular": true, "top": true,
	"latest": true, "editor's": true, "editors": true, "editor’s": true, "you": true, "we": true,
	"recommended": true, "don't": true, "don’t": true, "dont": true, "read": true, "also": true,
	"see": true, "what": true, "further": true,
}

// isLinkBoxLabel reports whether a line is a linkBoxLabels row.
func isLinkBoxLabel(l string) bool {
	if len(l) > 60 || l == "" || !strings.ContainsRune("adefmprstwy", rune(l[0]|0x20)) {
		return false
	}
	first, _, _ := strings.Cut(l, " ")
	if !linkBoxFirst[strings.ToLower(strings.TrimRight(first, ":"))] {
		return false // no row opens with another word (a cheap test: most lines are menu entries)
	}
	return linkBoxLabel.MatchString(l)
}

// linkBoxes marks a box of links to other stories inside a dump's
// article: a linkBoxLabels line and the one to eight headlines under it
// (lines of two to twenty words that do not end with a full stop, not
// furniture, no line of a hard-wrapped paragraph), up to the next line
// that is not such a headline (a section heading right after the box
// goes with it: a dump does not tell the two apart). The box
// goes from the body, but bodyRegion scores its lines as they read, so
// that a box after the article still ends it. marks is filled in.
func linkBoxes(lines []string, words []int, furniture, wrapped, marks []bool) {
	for i := 0; i < len(lines); i++ {
		if !isLinkBoxLabel(lines[i]) {
			continue
		}
		var heads []int
		j := i + 1
		for ; j < len(lines) && len(heads) < 9; j++ {
			l := lines[j]
			if l == "" {
				continue
			}
			if !teaserHeadline(l, words[j], furniture[j]) || wrapped != nil && wrapped[j] {
				break
			}
			heads = append(heads, j)
		}
		if len(heads) == 0 || len(heads) > 8 {
			continue // no headline, or a list too long for a box: a menu, or the article's own list
		}
		marks[i] = true
		for _, k := range heads {
			marks[k] = true
		}
		i = heads[len(heads)-1]
	}
}

// isProse: a line of a paragraph (bodyRegion's test).
func isProse(l string, w int) bool { return w >= 10 && endsSentence(l) || w >= 25 }

// teaserHeadline: a line that could be a headline in a box of links.
func teaserHeadline(l string, w int, furniture bool) bool {
	if furniture || w < 2 || w > 20 || len(l) > 200 {
		return false
	}
	t := strings.TrimRight(l, `"'”’») `)
	return !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":")
}
