package compare

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Stories: the figures of one comparison group (event · subject · unit)
// that are about the same story. Two figures are linked when they refer to
// times at most StoryWindow days apart and share a story key: their
// article (or a near-duplicate of it), their source's entity, or a name
// (a person, place or organisation: a run of proper nouns) in their
// sentence or their article's title, unless that name or entity is common
// (Common: found in many articles, so that it tells no story apart — a
// "Trump" or "Reuters" in every other article). Links chain (union-find):
// a story is what links connect. internal/claims/sqlite keeps stories in
// tables, a batch of articles at a time.

// StoryWindow is how many days apart two figures of one story may refer to.
const StoryWindow = 14

// MaxPeriod bounds the period a figure's time may cover for stories: a
// longer one ("between 2010 and 2015") counts from its start for this
// many days.
const MaxPeriod = 366

// UnknownDay is the day of a figure whose time is unknown (no time in the
// text, no publication date): such figures link only with each other.
const UnknownDay = -1_000_000

// Common reports whether a name (or source entity) found in df articles of
// n is too common to tell stories apart: in more than commonMin articles
// and more than commonShare of them.
func Common(df, n int) bool {
	return df > commonMin && float64(df) > commonShare*float64(n)
}

const (
	commonMin   = 25
	commonShare = 0.02
)

// Days is the span of days (since 1970-01-01, both ends included) a figure
// refers to: its time's dates (ISO), else its article's publication date,
// else UnknownDay.
func Days(timeFrom, timeTo, published string) (from, to int) {
	f, okf := day(timeFrom)
	t, okt := day(timeTo)
	switch {
	case okf && okt && t >= f:
		return f, min(t, f+MaxPeriod)
	case okf:
		return f, f
	case okt:
		return t, t
	}
	if p, ok := day(published); ok {
		return p, p
	}
	return UnknownDay, UnknownDay
}

func day(s string) (int, bool) {
	if len(s) < 10 {
		return 0, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}

// DayString is the ISO date of a day from Days ("" when unknown).
func DayString(d int) string {
	if d == UnknownDay {
		return ""
	}
	return time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02")
}

// Near reports whether two spans of days are at most StoryWindow apart.
func Near(aFrom, aTo, bFrom, bTo int) bool {
	return aFrom <= bTo+StoryWindow && bFrom <= aTo+StoryWindow
}

// Name is a name found in a sentence: its key (lower case, a leading
// "the" dropped) and its form as written.
type Name struct {
	Key, Display string
}

// nameConnectors may join the proper nouns of one name ("Bank of
// America", "Committee for Human Rights").
var nameConnectors = lexicon.WordSet(`of for de del des la le du von van al el bin &`)

// notNames are proper nouns by their tag that name no story: days of the
// week and months (times are compared by their dates, not their names).
var notNames = func() map[string]bool {
	m := map[string]bool{}
	for w := range lexicon.Weekdays {
		m[w] = true
	}
	for w := range lexicon.MonthWords {
		m[strings.ToLower(w)] = true
	}
	return m
}()

// Names returns the names of a sentence: runs of proper nouns by prose's
// tagger (NNP, NNPS), joined by connectors, without a person's title; a
// person's name (a title or a given name before it: lexicon.NameTitles,
// lexicon.GivenNameGender) also by its last word ("Omar Mateen" is
// "mateen" too, the way later sentences call him). Days and months are left out, and so is a one-word name that
// opens the sentence: the tagger calls most capitalised first words proper
// nouns ("Death toll rises").
func Names(nlp *text.NLP, sentence string) []Name {
	if nlp == nil || strings.TrimSpace(sentence) == "" {
		return nil
	}
	d := text.NewDoc(sentence, nlp)
	var out []Name
	seen := map[string]bool{}
	add := func(words []string, first bool) {
		if first && len(words) == 1 {
			return
		}
		for len(words) > 0 && lexicon.Articles[strings.ToLower(words[0])] {
			words = words[1:]
		}
		for len(words) > 0 && nameConnectors[strings.ToLower(words[len(words)-1])] {
			words = words[:len(words)-1]
		}
		if len(words) == 0 {
			return
		}
		// a person's title goes ("Interior Minister Bernard Cazeneuve" is
		// "Bernard Cazeneuve", "Mr. Trump" "Trump")
		person := false
		for i := len(words) - 2; i >= 0; i-- {
			if lexicon.NameTitles[words[i]] {
				words, person = words[i+1:], true
				break
			}
		}
		if len(words) == 0 {
			return
		}
		disp := strings.Join(words, " ")
		key := strings.ToLower(disp)
		if !nameLike(key) || notNames[key] || lexicon.NameTitles[disp] {
			return
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, Name{Key: key, Display: disp})
		}
		// a person is also called by the last word of the name
		if len(words) > 1 && (person || lexicon.GivenNameGender(words[0]) != 0) {
			last := words[len(words)-1]
			if k := strings.ToLower(last); nameLike(k) && !notNames[k] && !seen[k] && utf8.RuneCountInString(k) >= 3 {
				seen[k] = true
				out = append(out, Name{Key: k, Display: last})
			}
		}
	}
	for i := range d.Sentences {
		ts := d.Tokens(i)
		var run []string
		runAt := 0
		for j, t := range ts {
			proper := (t.Tag == "NNP" || t.Tag == "NNPS") && t.Capitalised()
			conn := len(run) > 0 && nameConnectors[t.Lower] && j+1 < len(ts) && (ts[j+1].Tag == "NNP" || ts[j+1].Tag == "NNPS")
			if proper || conn {
				if len(run) == 0 {
					runAt = j
				}
				run = append(run, strings.TrimSuffix(strings.TrimSuffix(t.Text, "'s"), "’s"))
				continue
			}
			add(run, runAt == 0)
			run = run[:0]
		}
		add(run, runAt == 0)
	}
	return out
}

// nameLike: at least two characters, a letter among them.
func nameLike(k string) bool {
	if utf8.RuneCountInString(k) < 2 {
		return false
	}
	for _, r := range k {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// TitleNames returns the names of an article's title, or none when the
// title is written in title case ("Three Cases of Plague Diagnosed in
// China"): there every word looks like a name.
func TitleNames(nlp *text.NLP, title string) []Name {
	if titleCase(title) {
		return nil
	}
	return Names(nlp, title)
}

// titleCase: most words of four letters or more start with a capital.
func titleCase(s string) bool {
	long, caps := 0, 0
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return long >= 2 && caps*3 > long*2
}

// StoryFigure is a figure for LinkStories: its id, article, the days it
// refers to, and its keys (ArticleKey, SourceKey and name keys), common
// ones already left out.
type StoryFigure struct {
	ID, Article string
	From, To    int
	Keys        []string
}

// ArticleKey and SourceKey make the story keys of an article and of a
// source entity; name keys are Name.Key, prefixed "n:".
func ArticleKey(id string) string    { return "a:" + id }
func SourceKey(entity string) string { return "e:" + entity }
func NameKey(name string) string     { return "n:" + name }
func IsArticleKey(key string) bool   { return strings.HasPrefix(key, "a:") }
func linked(a, b *StoryFigure) bool {
	return Near(a.From, a.To, b.From, b.To) && shareKey(a.Keys, b.Keys)
}
func shareKey(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// LinkStories splits the figures of one group into stories (union-find
// over the links), in the order of their first figure. It is the
// definition the store's incremental pass follows, for a set held in
// memory.
func LinkStories(fs []StoryFigure) [][]int {
	parent := make([]int, len(fs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range fs {
		for j := i + 1; j < len(fs); j++ {
			if linked(&fs[i], &fs[j]) {
				if ri, rj := find(i), find(j); ri != rj {
					parent[max(ri, rj)] = min(ri, rj)
				}
			}
		}
	}
	idx := map[int]int{}
	var out [][]int
	for i := range fs {
		r := find(i)
		k, ok := idx[r]
		if !ok {
			k = len(out)
			idx[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}
