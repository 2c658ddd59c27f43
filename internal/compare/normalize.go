// Package compare groups numeric claims by what they measure — a normalised
// event and subject — so that the figures different articles and sources
// give for the same thing can be read side by side, and finds near-duplicate
// articles (MinHash over content-word shingles) and the claims they share.
//
// The normalisation is general English: verb and noun forms are reduced to a
// base form, and a small synonym table maps close words to one class
// (released/freed/release; arrested/detained/jailed; people/individuals/
// citizens/detainees/prisoners). Nothing in it knows any particular story.
package compare

import (
	"strings"
	"unicode"
)

// eventClasses maps a canonical event label to the base forms (single verbs
// or multiword phrases of base forms) that express it.
var eventClasses = []struct {
	label string
	bases []string
}{
	{"remain in detention", []string{"remain in detention", "remain in custody", "remain behind bar", "remain in prison",
		"remain in jail", "remain imprison", "remain detain", "remain jail", "remain hold", "still hold", "still detain",
		"still imprison", "remain incarcerate", "deprive of their freedom", "deprive of liberty", "deprive of freedom"}},
	{"released", []string{"release", "free", "set free", "liberate", "let go", "freeing"}},
	{"arrested", []string{"arrest", "detain", "jail", "imprison", "incarcerate", "take into custody", "round up", "apprehend"}},
	{"killed", []string{"kill", "die", "death", "murder", "slay", "dead"}},
	{"injured", []string{"injure", "wound", "hurt", "injury"}},
	{"charged", []string{"charge", "indict", "prosecute"}},
	{"disappeared", []string{"disappear", "forcibly disappear", "enforced disappearance", "disappearance"}},
	{"convicted", []string{"convict", "sentence"}},
	{"displaced", []string{"displace", "flee", "evacuate"}},
}

// subjectClasses maps a canonical subject to the head nouns (base forms)
// that belong to it.
var subjectClasses = []struct {
	label string
	heads []string
}{
	{"people", []string{"people", "person", "individual", "citizen", "detainee", "prisoner", "inmate", "protester",
		"protestor", "demonstrator", "civilian", "resident", "captive", "man", "woman", "adult"}},
	{"deaths", []string{"death", "fatality", "dead", "victim"}},
	{"injuries", []string{"injury", "injured", "wounded"}},
	{"children", []string{"child", "minor", "kid"}},
}

// irregular forms → base.
var irregular = map[string]string{
	"freed": "free", "frees": "free", "freeing": "free", "held": "hold", "kept": "keep", "took": "take", "taken": "take",
	"fled": "flee", "died": "die", "dies": "die", "dying": "die", "slain": "slay", "slew": "slay", "let": "let",
	"men": "man", "women": "woman", "children": "child", "people": "people", "persons": "person", "bars": "bar",
	"lives": "life", "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be", "has": "have",
	"had": "have", "sentenced": "sentence", "set": "set", "put": "put", "dead": "dead", "wounded": "wound",
	"injured": "injure", "injuries": "injury", "fatalities": "fatality", "deaths": "death", "remained": "remain",
	"remains": "remain", "remaining": "remain", "still": "still",
}

// baseForms maps every inflection of the table's words to the base.
var baseForms = map[string]string{}

func init() {
	add := func(b string) {
		for _, f := range inflections(b) {
			if _, ok := baseForms[f]; !ok {
				baseForms[f] = b
			}
		}
	}
	for _, c := range eventClasses {
		for _, p := range c.bases {
			for _, w := range strings.Fields(p) {
				add(w)
			}
		}
	}
	for _, c := range subjectClasses {
		for _, h := range c.heads {
			add(h)
		}
	}
	for f, b := range irregular {
		baseForms[f] = b
	}
}

// inflections returns the regular forms of a base word: base, -s/-es,
// -ed/-d, -ing (with e-dropping and consonant doubling), and for -y words
// -ies/-ied.
func inflections(b string) []string {
	out := []string{b}
	n := len(b)
	switch {
	case strings.HasSuffix(b, "e"):
		out = append(out, b+"s", b+"d", b[:n-1]+"ing")
	case strings.HasSuffix(b, "y") && n > 1 && !isVowel(b[n-2]):
		out = append(out, b[:n-1]+"ies", b[:n-1]+"ied", b+"ing")
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x"):
		out = append(out, b+"es", b+"ed", b+"ing")
	default:
		out = append(out, b+"s", b+"ed", b+"ing")
		if n >= 3 && !isVowel(b[n-1]) && isVowel(b[n-2]) && !isVowel(b[n-3]) && !strings.ContainsAny(b[n-1:], "wxy") && n <= 4 {
			out = append(out, b+b[n-1:]+"ed", b+b[n-1:]+"ing") // jail→jailed; stop→stopped
		}
	}
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// words splits s into lower-case words (letters, digits, apostrophes inside).
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

// Lemma reduces an English word to a base form: the table's inflections and
// irregular forms exactly, other words by stripping a plural -s.
func Lemma(w string) string {
	w = strings.ToLower(w)
	if b, ok := baseForms[w]; ok {
		return b
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// auxiliaries and adverbs dropped from events before matching.
var eventNoise = map[string]bool{
	"be": true, "have": true, "get": true, "got": true, "reportedly": true, "allegedly": true, "recently": true,
	"also": true, "already": true, "now": true, "forcibly": false, "who": true, "that": true, "had": true, "not": false,
}

// NormEvent maps an event phrase ("were released", "have been freed",
// "remain behind bars") to its class label ("released", "remain in
// detention"), or, outside the table, to its words in base form.
func NormEvent(event string) string {
	var ws []string
	for _, w := range words(event) {
		b := Lemma(w)
		if eventNoise[b] {
			continue
		}
		ws = append(ws, b)
	}
	if len(ws) == 0 {
		return ""
	}
	if label, _, ok := matchEvent(ws); ok {
		return label
	}
	return strings.Join(ws, " ")
}

// eventPhraseWords holds the words of each base of eventClasses, class by
// class in the same order (split once, not for every claim).
var eventPhraseWords = func() [][][]string {
	out := make([][][]string, len(eventClasses))
	for i, c := range eventClasses {
		for _, p := range c.bases {
			out[i] = append(out[i], strings.Fields(p))
			maxEventWords = max(maxEventWords, len(out[i][len(out[i])-1]))
		}
	}
	return out
}()

// maxEventWords is the length of the longest event phrase, in words.
var maxEventWords int

// maxEventDist is how many words may stand between a number and the event
// phrase read as its event (infer).
const maxEventDist = 8

// matchEvent finds the first event class expressed in the base-form words,
// preferring multiword phrases, and returns its label and the word index.
func matchEvent(ws []string) (string, int, bool) {
	bestLen, bestAt, best := 0, -1, ""
	for ci, c := range eventClasses {
		for _, pw := range eventPhraseWords[ci] {
			for i := 0; i+len(pw) <= len(ws); i++ {
				ok := true
				for j := range pw {
					if ws[i+j] != pw[j] {
						ok = false
						break
					}
				}
				if ok && (len(pw) > bestLen || len(pw) == bestLen && i < bestAt) {
					best, bestLen, bestAt = c.label, len(pw), i
				}
			}
		}
	}
	return best, bestAt, best != ""
}

// determiners and quantity words dropped from subjects.
var subjectNoise = map[string]bool{"the": true, "a": true, "an": true, "of": true, "some": true, "these": true,
	"those": true, "their": true, "its": true, "other": true, "more": true, "than": true, "about": true}

// NormSubject maps a subject noun phrase to its class ("political
// prisoners" → "people") and returns the head word in base form; outside the
// table the class is the head word itself.
func NormSubject(subject string) (class, head string) {
	var ws []string
	for _, w := range words(subject) {
		if !subjectNoise[w] {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return "", ""
	}
	head = Lemma(ws[len(ws)-1])
	if c, ok := subjectClass(head); ok {
		return c, head
	}
	return head, head
}

func subjectClass(base string) (string, bool) {
	for _, c := range subjectClasses {
		for _, h := range c.heads {
			if h == base {
				return c.label, true
			}
		}
	}
	return "", false
}
