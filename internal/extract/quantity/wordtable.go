package quantity

// wordTable holds the vocabulary (vocab.go): lower-cased words to their
// entries, in an open-addressing hash table whose hash (FNV-1a) the lexer
// computes while it lower-cases a word. A Go map would hash the word a second
// time; in a profile of Find that lookup was a fifth of the time.
type wordTable struct {
	slots []wordSlot // a power of two, at most a quarter full
	n     int
}

type wordSlot struct {
	h uint32
	w *word // nil: an empty slot
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// fnvStep adds byte c to hash h.
func fnvStep(h uint32, c byte) uint32 { return (h ^ uint32(c)) * fnvPrime }

func hashKey(k string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(k); i++ {
		h = fnvStep(h, k[i])
	}
	return h
}

// get returns the entry of key k (already lower-cased), nil when unknown.
func (t *wordTable) get(k string) *word { return t.find([]byte(k), hashKey(k)) }

// find returns the entry of the lower-cased word in k, whose hash is h; the
// lexer's buffer is compared as it is, without making a string of it.
func (t *wordTable) find(k []byte, h uint32) *word {
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.w == nil {
			return nil
		}
		if s.h == h && s.w.key == string(k) {
			return s.w
		}
	}
}

// add puts w (not yet in the table) under w.key.
func (t *wordTable) add(w *word) {
	if (t.n+1)*4 > len(t.slots) {
		t.grow()
	}
	t.put(wordSlot{h: hashKey(w.key), w: w})
	t.n++
}

func (t *wordTable) put(s wordSlot) {
	mask := uint32(len(t.slots) - 1)
	i := s.h & mask
	for t.slots[i].w != nil {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

func (t *wordTable) grow() {
	old := t.slots
	t.slots = make([]wordSlot, max(64, 2*len(old)))
	for _, s := range old {
		if s.w != nil {
			t.put(s)
		}
	}
}
