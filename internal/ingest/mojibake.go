package ingest

import (
	"strings"
	"unicode/utf8"
)

// Mojibake: pages whose UTF-8 text was decoded once more as Latin-1 or
// Windows-1252 before it was stored ("doesnâ€™t", "doesnâ\u0080\u0099t",
// "catsÂ\u00a0"), served as UTF-8 with the garbling baked in. The bytes
// each garbled character stands for are taken back and read as UTF-8 where
// they make one character of the kind such text holds: Latin letters with
// accents, punctuation (’ “ – …), the no-break space.

// cp1252High maps the Windows-1252 characters of bytes 0x80–0x9F to those
// bytes.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
	'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// garbledByte is the byte a character of a mis-decoded text stands for.
func garbledByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// plausibleRepair: the characters a repaired sequence may give.
func plausibleRepair(r rune) bool {
	return r >= 0xA0 && r <= 0x24F || // Latin-1 supplement, Latin Extended-A/B
		r >= 0x2000 && r <= 0x206F || // general punctuation (’ “ – … and the zero-width joiners)
		r >= 0x20A0 && r <= 0x20CF || // currency signs (€)
		r >= 0x2100 && r <= 0x215F // letterlike symbols (™), fractions
}

// garbledAt reads one garbled sequence at s[i:]: the character it stands
// for and the bytes of s it spans (0 when there is none).
func garbledAt(s string, i int) (rune, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	lead, ok := garbledByte(r)
	if !ok || lead < 0xC2 || lead > 0xF4 {
		return 0, 0
	}
	need := 1
	switch {
	case lead >= 0xF0:
		need = 3
	case lead >= 0xE0:
		need = 2
	}
	var buf [4]byte
	buf[0] = lead
	j := i + size
	for k := 1; k <= need; k++ {
		if j >= len(s) {
			return 0, 0
		}
		c, n := utf8.DecodeRuneInString(s[j:])
		b, ok := garbledByte(c)
		if !ok || b < 0x80 || b > 0xBF {
			return 0, 0
		}
		buf[k] = b
		j += n
	}
	fixed, n := utf8.DecodeRune(buf[:need+1])
	if fixed == utf8.RuneError || n != need+1 || !plausibleRepair(fixed) {
		return 0, 0
	}
	return fixed, j - i
}

// fixMojibake repairs the garbled sequences of a text that holds two at
// least (one alone is more likely a real "Â»" than garbling).
func fixMojibake(s string) string {
	found := 0
	for i := 0; i < len(s) && found < 2; {
		if s[i] < 0xC2 { // garbled sequences start with a character from U+0080 up
			i++
			continue
		}
		if _, n := garbledAt(s, i); n > 0 {
			found++
			i += n
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	if found < 2 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] >= 0xC2 {
			if r, n := garbledAt(s, i); n > 0 {
				b.WriteRune(r)
				i += n
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}
