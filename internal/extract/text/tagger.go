package text

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// posTagger is prose's part-of-speech tagger (github.com/jdkato/prose/v3/tag:
// an averaged perceptron with its built-in English model) with one change:
// the model's 75,447 feature strings are looked up in a hash map instead of
// by binary search over a sorted blob. The search was half of all tagging
// time and tagging a third of extraction. The tags are prose's, bit for bit:
// the same model bytes (aptagmodel.English), the same features in the same
// order, the same float32 sums and tie-breaking; TestPOSTaggerMatchesProse
// compares the two on every sentence of every test text, so an upgrade of
// prose that changes its tagger fails the tests instead of drifting.
//
// The special cases ahead of the model follow prose's Tagger.tagOne (MIT
// licence, Copyright (c) 2017-2026 Joseph Kato).
type posTagger struct {
	classes  []string
	features map[string]int32 // feature → index into pairOff
	pairOff  []uint32
	pairs    []classWeight    // by pairOff: the classes and weights of each feature
	tagMap   map[string]uint8 // unambiguous words
	pool     sync.Pool        // *tagScratch

	// The features (rows) of one word or tag in each of its roles (empty:
	// not in the model), so that a token costs a few map lookups instead of 14 (see also
	// wordInfo below).
	wordRoles   map[string]*[5]row // "i word", "i-1 word", "i-2 word", "i+1 word", "i+2 word"
	suffixRoles map[string]*[3]row // "i suffix", "i-1 suffix", "i+1 suffix"
	tagRoles    map[string]*[2]row // "i-1 tag", "i-2 tag"
	pref1       map[string]row     // "i pref1"
	pref1Byte   [256]row           // pref1 of the one-byte prefixes
	bias        row
	biasScores  []float32 // the scores after the bias alone, by class

	// The two features that join a previous tag to the tag before it or to
	// the word, by tag number (tagIDs: every tag the model's features
	// name), so that they cost no string building: "i tag+i-2 tag T1 T2"
	// at tagPair[id(T1)*len(tagIDs)+id(T2)] (empty: not in the model), "i-1
	// tag+i word T W" in wordInfo[W].tagWord.
	tagIDs   map[string]int32
	classTag []int32 // tagIDs of classes[i] (-1: none)
	// a word's roles, the roles of its suffix and its tag-word features,
	// in one lookup
	wordInfo map[string]*wordInfo
	tagByID  []*[2]row // tagRoles by tag number
	tagPair  []row
}

// classWeight is a class's weight for a feature. Class and weight side by
// side: a feature's row is read from one place in memory, not two.
type classWeight struct {
	w  float32
	id uint8
}

type wordInfo struct {
	roles   *[5]row // wordRoles[w], or &noRoles
	suf     *[3]row // suffixRoles[tagSuffix(w)], or &noSuffixRoles
	tagWord []tagFeature
	class   int16  // tagMap[w], or -1
	word    string // w
}

// tagFeature is the feature "i-1 tag+i word T W" of a word W: tag is id(T).
type tagFeature struct {
	tag int32
	f   row
}

// row is a feature's run of pairs, pairs[lo:hi] (empty: a feature not in
// the model): the role tables hold rows, not feature numbers, so that a
// feature costs no look-up in pairOff.
type row struct{ lo, hi uint32 }

// row is the row of feature f (-1: none).
func (t *posTagger) row(f int32) row {
	if f < 0 {
		return row{}
	}
	return row{t.pairOff[f], t.pairOff[f+1]}
}

// Role prefixes of the model's feature strings.
var (
	wordRolePrefixes   = [5]string{"i word ", "i-1 word ", "i-2 word ", "i+1 word ", "i+2 word "}
	suffixRolePrefixes = [3]string{"i suffix ", "i-1 suffix ", "i+1 suffix "}
	tagRolePrefixes    = [2]string{"i-1 tag ", "i-2 tag "}
	noRoles            [5]row
	noSuffixRoles      [3]row
)

// prefixKey names the first features predict adds: the rows of the
// word's suffix and first byte (empty rows as row{}) and the two previous
// tags.
type prefixKey struct {
	suf, pre row
	id1, id2 int32
	set      bool
}

// prefixCacheSize is the number of prefix sums a tagScratch keeps (a power
// of two).
const prefixCacheSize = 2048

func (k prefixKey) hash() uint32 {
	h := k.suf.lo*0x9E3779B1 ^ k.pre.lo*0x85EBCA77 ^ uint32(k.id1)*0xC2B2AE3D ^ uint32(k.id2)*0x27D4EB2F
	h ^= h >> 15
	h *= 0x2C1B3C6D
	h ^= h >> 13
	return h & (prefixCacheSize - 1)
}

// orEmpty is r, or row{} when r is empty (adding it adds nothing).
func (r row) orEmpty() row {
	if r.lo == r.hi {
		return row{}
	}
	return r
}

type tagScratch struct {
	// predict's prefix sums by prefixKey.hash: prefixKeys[h] and the
	// scores at prefixScores[h*len(classes):]
	prefixKeys   [prefixCacheSize]prefixKey
	prefixScores []float32
	scores       [256]float32 // by class id (a uint8: no bounds check); the first len(classes) are used
	ctx          []string
	words        []*[5]row   // wordRoles of ctx
	infos        []*wordInfo // wordInfo of ctx (nil: none)
	sufs         []*[3]row   // suffixRoles of the suffixes of ctx
	// recent wordInfo entries by a hash of their word (lookupWord): a
	// sentence's words are mostly the common ones, found here without
	// reading the model's large map
	recent [4096]*wordInfo
}

// newPOSTagger reads prose's built-in English model.
func newPOSTagger() (*posTagger, error) {
	return parseTagModel(aptagmodel.English)
}

// parseTagModel reads a model in prose's flat format (see prose's
// internal/flat): magic, version 1, classes, features as offsets into a
// sorted blob, compressed-sparse-row weights, the unambiguous-word map.
func parseTagModel(b []byte) (*posTagger, error) {
	r := modelReader{b: b}
	if string(r.bytes(8)) != "PROSETAG" {
		return nil, errors.New("not a prose tagger model")
	}
	if v := r.u32(); v != 1 {
		return nil, fmt.Errorf("prose tagger model version %d, want 1", v)
	}
	t := &posTagger{}
	nClasses := r.u32()
	if nClasses > 256 { // a class id is a byte
		return nil, fmt.Errorf("prose tagger model: %d classes", nClasses)
	}
	t.classes = make([]string, nClasses)
	for i := range t.classes {
		t.classes[i] = r.str16()
	}
	nFeatures, nPairs, blobLen := int(r.u32()), int(r.u32()), int(r.u32())
	blob := string(r.bytes(blobLen))
	featOff := r.u32s(nFeatures + 1)
	t.pairOff = r.u32s(nFeatures + 1)
	classIDs := r.bytes(nPairs)
	t.pairs = make([]classWeight, nPairs)
	for i, u := range r.u32s(nPairs) {
		t.pairs[i] = classWeight{w: math.Float32frombits(u), id: classIDs[i]}
	}
	n := int(r.u32())
	t.tagMap = make(map[string]uint8, n)
	for range n {
		w := r.str16()
		t.tagMap[w] = r.u8()
	}
	if r.err != nil {
		return nil, r.err
	}
	t.features = make(map[string]int32, nFeatures)
	for i := range nFeatures {
		lo, hi := featOff[i], featOff[i+1]
		if lo > hi || int(hi) > len(blob) || t.pairOff[i] > t.pairOff[i+1] || int(t.pairOff[i+1]) > nPairs {
			return nil, errors.New("prose tagger model: bad offsets")
		}
		t.features[blob[lo:hi]] = int32(i)
	}
	t.indexRoles()
	t.indexTagFeatures()
	for _, p := range t.pairs {
		if int(p.id) >= len(t.classes) {
			return nil, errors.New("prose tagger model: bad class id")
		}
	}
	for _, id := range t.tagMap {
		if int(id) >= len(t.classes) {
			return nil, errors.New("prose tagger model: bad class id")
		}
	}
	// the bias is every token's first feature: its sums, made as predict
	// made them, are copied instead of added up
	first := &tagScratch{}
	t.add(first, t.bias)
	t.biasScores = append([]float32(nil), first.scores[:len(t.classes)]...)
	t.pool.New = func() any {
		return &tagScratch{}
	}
	return t, nil
}

// indexRoles fills the role maps from the feature strings.
func (t *posTagger) indexRoles() {
	t.wordRoles, t.suffixRoles, t.tagRoles = map[string]*[5]row{}, map[string]*[3]row{}, map[string]*[2]row{}
	t.pref1 = map[string]row{}
	for f, fi := range t.features {
		i := t.row(fi)
		if f == "bias" {
			t.bias = i
		}
		if rest, ok := strings.CutPrefix(f, "i pref1 "); ok {
			t.pref1[rest] = i
			if len(rest) == 1 {
				t.pref1Byte[rest[0]] = i
			}
		}
		for r, p := range wordRolePrefixes {
			if rest, ok := strings.CutPrefix(f, p); ok {
				if t.wordRoles[rest] == nil {
					v := noRoles
					t.wordRoles[rest] = &v
				}
				t.wordRoles[rest][r] = i
			}
		}
		for r, p := range suffixRolePrefixes {
			if rest, ok := strings.CutPrefix(f, p); ok {
				if t.suffixRoles[rest] == nil {
					t.suffixRoles[rest] = &[3]row{}
				}
				t.suffixRoles[rest][r] = i
			}
		}
		for r, p := range tagRolePrefixes {
			if rest, ok := strings.CutPrefix(f, p); ok {
				if t.tagRoles[rest] == nil {
					t.tagRoles[rest] = &[2]row{}
				}
				t.tagRoles[rest][r] = i
			}
		}
	}
}

// indexTagFeatures fills tagIDs and tagPair from the features "i tag+i-2
// tag T1 T2", wordInfo from wordRoles, suffixRoles and the features "i-1
// tag+i word T W" (a tag holds no space), tagByID from tagRoles and
// classTag from classes.
func (t *posTagger) indexTagFeatures() {
	t.tagIDs = map[string]int32{}
	type tagWordFeature struct {
		word string
		tagFeature
	}
	var tagWords []tagWordFeature
	id := func(tag string) int32 {
		i, ok := t.tagIDs[tag]
		if !ok {
			i = int32(len(t.tagIDs))
			t.tagIDs[tag] = i
		}
		return i
	}
	type pair struct {
		t1, t2 int32
		f      int32
	}
	var pairs []pair
	for f, i := range t.features {
		if rest, ok := strings.CutPrefix(f, "i tag+i-2 tag "); ok {
			if t1, t2, ok := strings.Cut(rest, " "); ok {
				pairs = append(pairs, pair{id(t1), id(t2), i})
			}
		}
		if rest, ok := strings.CutPrefix(f, "i-1 tag+i word "); ok {
			if tg, w, ok := strings.Cut(rest, " "); ok {
				tagWords = append(tagWords, tagWordFeature{w, tagFeature{id(tg), t.row(i)}})
			}
		}
	}
	for tg := range t.tagRoles {
		id(tg)
	}
	n := len(t.tagIDs)
	t.tagByID = make([]*[2]row, n)
	for tg, r := range t.tagRoles {
		t.tagByID[t.tagIDs[tg]] = r
	}
	t.classTag = make([]int32, len(t.classes))
	for i, c := range t.classes {
		t.classTag[i] = t.tagID(c)
	}
	t.wordInfo = make(map[string]*wordInfo, len(t.wordRoles))
	info := func(w string) *wordInfo {
		wi := t.wordInfo[w]
		if wi == nil {
			wi = &wordInfo{roles: &noRoles, suf: t.suffixRoles[tagSuffix(w)], class: -1, word: w}
			if wi.suf == nil {
				wi.suf = &noSuffixRoles
			}
			t.wordInfo[w] = wi
		}
		return wi
	}
	for w, r := range t.wordRoles {
		info(w).roles = r
	}
	for _, tw := range tagWords {
		wi := info(tw.word)
		wi.tagWord = append(wi.tagWord, tw.tagFeature)
	}
	for w, c := range t.tagMap {
		info(w).class = int16(c) // (an entry of its own adds no feature)
	}
	t.tagPair = make([]row, n*n)
	for _, p := range pairs {
		t.tagPair[int(p.t1)*n+int(p.t2)] = t.row(p.f)
	}
}

// tagID is the number of tag in tagIDs, or -1 when no feature names it.
func (t *posTagger) tagID(tag string) int32 {
	if i, ok := t.tagIDs[tag]; ok {
		return i
	}
	return -1
}

// TagTokens sets the Tag of each token; the tokens are one sentence.
func (t *posTagger) TagTokens(tokens []tag.Token) { t.tagTokens(tokens, nil) }

// tagTokens is TagTokens; lower, when not nil, holds each token's
// strings.ToLower(Text) in its Lower (Doc.Tokens makes them anyway), so
// that the model's form of a word costs no new string.
func (t *posTagger) tagTokens(tokens []tag.Token, lower []Token) {
	if len(tokens) == 0 {
		return
	}
	s := t.pool.Get().(*tagScratch)
	defer t.pool.Put(s)
	need := len(tokens) + 4
	if cap(s.ctx) < need {
		s.ctx = make([]string, need)
	}
	ctx := s.ctx[:need]
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i := range tokens {
		if lower != nil {
			ctx[i+2] = tagNormalizeLower(tokens[i].Text, lower[i].Lower)
		} else {
			ctx[i+2] = tagNormalize(tokens[i].Text)
		}
	}
	ctx[need-2], ctx[need-1] = "-END-", "-END2-"
	s.words, s.sufs, s.infos = s.words[:0], s.sufs[:0], s.infos[:0]
	for _, w := range ctx {
		wi := t.lookupWord(s, w)
		s.infos = append(s.infos, wi)
		if wi != nil {
			s.words, s.sufs = append(s.words, wi.roles), append(s.sufs, wi.suf)
			continue
		}
		sr := t.suffixRoles[tagSuffix(w)]
		if sr == nil {
			sr = &noSuffixRoles
		}
		s.words, s.sufs = append(s.words, &noRoles), append(s.sufs, sr)
	}
	id1, id2 := t.tagID("-START-"), t.tagID("-START2-") // the previous two tags
	for i := range tokens {
		tg, id := t.tagOne(s, i, ctx, tokens[i].Text, id1, id2)
		tokens[i].Tag = tg
		id2, id1 = id1, id
	}
}

// lookupWord is wordInfo[w], from s.recent when it holds w.
func (t *posTagger) lookupWord(s *tagScratch, w string) *wordInfo {
	if w == "" {
		return t.wordInfo[w]
	}
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	h = (h ^ h>>16) % uint32(len(s.recent))
	if wi := s.recent[h]; wi != nil && wi.word == w {
		return wi
	}
	wi := t.wordInfo[w]
	if wi != nil {
		s.recent[h] = wi
	}
	return wi
}

// Penn Treebank traces and bracket literals, passed through by prose.
var (
	tagNoneRE = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	tagKeepRE = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// tagOne returns the tag of word and its number (tagID).
func (t *posTagger) tagOne(s *tagScratch, i int, ctx []string, word string, id1, id2 int32) (string, int32) {
	tg := ""
	switch {
	case word == "-":
		tg = "-"
	case word != "" && emoticonEnds[0][word[0]] && emoticonEnds[1][word[len(word)-1]] && tagEmoticons[word]:
		tg = "SYM"
	case strings.HasPrefix(word, "@"):
		tg = "NN"
	// the expressions match only words that start with these bytes
	case word != "" && (word[0] == '0' || word[0] == '*') && tagNoneRE.MatchString(word):
		tg = "-NONE-"
	case len(word) == 5 && word[0] == '-' && tagKeepRE.MatchString(word):
		tg = word
	default:
		c := -1
		if id, ok := t.unambiguous(s, i, ctx, word); ok {
			c = int(id)
		} else if c = t.predict(s, i, ctx, word, id1, id2); c < 0 {
			return "", t.tagID("")
		}
		return t.classes[c], t.classTag[c]
	}
	return tg, t.tagID(tg)
}

// unambiguous is tagMap[word] for token i: when the word is its own
// context form (ctx[i+2]), read from its wordInfo, looked up already.
func (t *posTagger) unambiguous(s *tagScratch, i int, ctx []string, word string) (uint8, bool) {
	if ctx[i+2] != word {
		id, ok := t.tagMap[word]
		return id, ok
	}
	if wi := s.infos[i+2]; wi != nil && wi.class >= 0 {
		return uint8(wi.class), true
	}
	return 0, false
}

// predict scores prose's 14 features, in prose's order (the float32 sums
// must come out the same), and returns the best class.
// id1 and id2 are the tag numbers of the two previous tags p1 and p2.
func (t *posTagger) predict(s *tagScratch, i int, ctx []string, word string, id1, id2 int32) int {
	scores := s.scores[:len(t.classes)]
	i = min(len(ctx)-3, i+2)
	var suf, pre row
	if ctx[i] == word { // as normalised: its suffix's features are looked up
		suf = s.sufs[i][0]
	} else if sr := t.suffixRoles[tagSuffix(word)]; sr != nil {
		suf = sr[0]
	}
	if word != "" {
		pre = t.pref1Byte[word[0]] // "i pref1 " + word[:1]
	} else {
		pre = t.pref1[""]
	}
	// The sums of the first six features (bias, suffix, pref1 and the
	// three of the previous tags) depend on the two rows and the two tags
	// alone: made once, copied from s.prefix when met again (the same
	// additions in the same order: the same float32 sums).
	k := prefixKey{suf: suf.orEmpty(), pre: pre.orEmpty(), id1: id1, id2: id2, set: true}
	h := k.hash()
	n := len(t.classes)
	if s.prefixScores == nil {
		s.prefixScores = make([]float32, prefixCacheSize*n)
	}
	cached := s.prefixScores[int(h)*n : int(h)*n+n]
	if s.prefixKeys[h] == k {
		copy(scores, cached)
	} else {
		copy(scores, t.biasScores) // zeros, then the bias feature's weights
		t.add(s, suf)
		t.add(s, pre)
		if id1 >= 0 {
			if t1 := t.tagByID[id1]; t1 != nil { // tagRoles[p1]
				t.add(s, t1[0])
			}
		}
		if id2 >= 0 {
			if t2 := t.tagByID[id2]; t2 != nil { // tagRoles[p2]
				t.add(s, t2[1])
			}
		}
		if id1 >= 0 && id2 >= 0 { // "i tag+i-2 tag p1 p2"
			t.add(s, t.tagPair[int(id1)*len(t.tagIDs)+int(id2)])
		}
		copy(cached, scores)
		s.prefixKeys[h] = k
	}
	t.add(s, s.words[i][0])
	if id1 >= 0 { // "i-1 tag+i word p1 ctx[i]"
		if wi := s.infos[i]; wi != nil {
			for _, tf := range wi.tagWord {
				if tf.tag == id1 {
					t.add(s, tf.f)
					break
				}
			}
		}
	}
	t.add(s, s.words[i-1][1])
	t.add(s, s.sufs[i-1][1])
	t.add(s, s.words[i-2][2])
	t.add(s, s.words[i+1][3])
	t.add(s, s.sufs[i+1][2])
	t.add(s, s.words[i+2][4])
	best, bestID := float32(math.Inf(-1)), -1
	for id, v := range scores {
		if v > best {
			best, bestID = v, id
		}
	}
	return bestID
}

// add adds the weights of a feature, its row r.
func (t *posTagger) add(s *tagScratch, r row) {
	for _, p := range t.pairs[r.lo:r.hi] {
		s.scores[p.id] += p.w
	}
}

// tagSuffix is the last three bytes of w (bytes, as the model was trained).
func tagSuffix(w string) string {
	if len(w) <= 3 {
		return w
	}
	return w[len(w)-3:]
}

// tagNormalize maps a word onto the form the model was trained on.
func tagNormalize(word string) string { return tagNormalizeLower(word, "") }

// tagNormalizeLower is tagNormalize(word); lower is strings.ToLower(word),
// or "" to have it made when needed.
func tagNormalizeLower(word, lower string) string {
	if word == "" {
		return word
	}
	if word[0] != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && isYearDigits(word) {
		return "!YEAR"
	}
	if word[0] >= '0' && word[0] <= '9' {
		return "!DIGITS"
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			if lower == "" {
				return strings.ToLower(word)
			}
			return lower
		}
	}
	return word
}

// isYearDigits is strconv.Atoi's acceptance for a 4-byte word: an optional
// sign and digits.
func isYearDigits(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// tagEmoticons is prose's emoticon set (internal/emoticon), tagged SYM.
var tagEmoticons = map[string]bool{
	"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true, "(=": true, "(o:": true,
	"(¬_¬)": true, "(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true, "-__-": true, "8-)": true, "8-D": true, "8D": true,
	":(": true, ":((": true, ":(((": true, ":()": true, ":)))": true, ":-)": true, ":-))": true, ":-)))": true,
	":-*": true, ":-/": true, ":-X": true, ":-]": true, ":-o": true, ":-p": true, ":-x": true, ":-|": true,
	":-}": true, ":0": true, ":3": true, ":P": true, ":]": true, ":`(": true, ":`)": true, ":`-(": true,
	":o": true, ":o)": true, "=(": true, "=)": true, "=D": true, "=|": true, "@_@": true, "O.o": true,
	"O_o": true, "V_V": true, "XDD": true, "[-:": true, "^___^": true, "o_0": true, "o_O": true, "o_o": true,
	"v_v": true, "xD": true, "xDD": true, "¯\\(ツ)/¯": true,
}

type modelReader struct {
	b   []byte
	pos int
	err error
}

func (r *modelReader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.pos+n > len(r.b) {
		r.err = fmt.Errorf("prose tagger model truncated at byte %d", r.pos)
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *modelReader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *modelReader) u8() uint8 {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *modelReader) str16() string {
	b := r.bytes(2)
	if b == nil {
		return ""
	}
	return string(r.bytes(int(binary.LittleEndian.Uint16(b))))
}

func (r *modelReader) u32s(n int) []uint32 {
	b := r.bytes(n * 4)
	if b == nil {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[i*4:])
	}
	return out
}
