package quantity

// The pre-check: most sentences of news text hold no number, and Find
// rejects them without tokenising them.

// byteClasses sorts the bytes mayHoldNumber tells apart.
const (
	bOther    = iota
	bLetter   // an ASCII letter
	bDigit    // 0-9
	bFraction // the lead byte of a fraction sign (C2: ¼ ½ ¾, E2: ⅐-⅞)
)

var byteClass = func() (c [256]uint8) {
	for b := 'a'; b <= 'z'; b++ {
		c[b], c[b-'a'+'A'] = bLetter, bLetter
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = bDigit
	}
	c[0xC2], c[0xE2] = bFraction, bFraction
	return c
}()

// mayHoldNumber is a cheap pre-check: a digit, a fraction sign, or a word
// that can start a number expression (one..ninety, dozen, half, hundreds,
// first ...: the vocabulary's trigger words), or a time unit after "a"/"an"
// ("more than a year"). Words are screened by their first three letters
// before the exact lookup.
func mayHoldNumber(text string) bool {
	article := false // the word before was "a" or "an"
	for i := 0; i < len(text); {
		c := text[i]
		switch byteClass[c] {
		case bDigit:
			return true
		case bFraction:
			if c == 0xC2 && i+1 < len(text) && text[i+1] >= 0xBC && text[i+1] <= 0xBE ||
				c == 0xE2 && i+2 < len(text) && text[i+1] == 0x85 && text[i+2] >= 0x90 && text[i+2] <= 0x9E {
				return true
			}
			article = false
			i++
			continue
		case bOther:
			if c != ' ' {
				article = false
			}
			i++
			continue
		}
		j := i + 1
		for j < len(text) && byteClass[text[j]] == bLetter {
			j++
		}
		n := j - i
		if n >= 3 && (article || triggerPrefix(text[i:j])) && isTrigger(text[i:j], article) {
			return true
		}
		article = n == 1 && c|0x20 == 'a' || n == 2 && c|0x20 == 'a' && text[i+1]|0x20 == 'n'
		i = j
	}
	return false
}

// triggerPrefixes holds the first three letters of the trigger words: a bit
// per third letter for each first two. A letter is indexed by its low five
// bits, the same for both cases ('a' and 'A' are 1).
var triggerPrefixes [32][32]uint32

// triggerPrefix reports whether the ASCII word w (three letters or more)
// begins as a trigger word does.
func triggerPrefix(w string) bool {
	return triggerPrefixes[w[0]&31][w[1]&31]&(1<<(w[2]&31)) != 0
}

// isTrigger reports whether the ASCII word w is a trigger word, or, after
// "a" or "an", a time unit counted as one.
func isTrigger(w string, article bool) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	h := uint32(fnvOffset)
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
		h = fnvStep(h, buf[k])
	}
	e := vocab.find(buf[:len(w)], h)
	return e != nil && (e.trigger || article && e.tunit != "" && aUnitDuration[e.key])
}

// triggerWords can start a number expression without digits: the
// vocabulary marks them (vocab.go).
func triggerWords() []string {
	var ws []string
	for w := range Cardinals {
		if len(w) >= 3 {
			ws = append(ws, w)
		}
	}
	for w := range ordinals {
		ws = append(ws, w)
	}
	for w := range Fractions {
		ws = append(ws, w)
	}
	for w := range foldWords {
		ws = append(ws, w)
	}
	for w := range multiplierAdjectives {
		ws = append(ws, w)
	}
	for w := range decadeWords {
		ws = append(ws, w)
	}
	return append(ws, "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
		"millions", "billion", "billions", "trillion", "trillions", "tens", "lakh", "crore")
}

func init() {
	for _, w := range triggerWords() {
		triggerPrefixes[w[0]&31][w[1]&31] |= 1 << (w[2] & 31)
	}
}
