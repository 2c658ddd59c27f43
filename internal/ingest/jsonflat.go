package ingest

import (
	"bytes"
	"encoding/json"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeFlatRecord reads the usual dump line — one JSON object whose values
// are all strings — into rec in a single pass; json.Unmarshal reads every
// line twice (a validity scan, then the decode), a quarter of ingest's time
// on clean-text dumps. It reports false, leaving rec in any state, for
// every line it does not read exactly as json.Unmarshal would: a value
// that is not a string, a key that matches a field only without regard to
// case, a control character in a string, anything after the object. Those
// lines go to json.Unmarshal. b must be valid UTF-8 with no surrounding
// space (parseJSONLRecord checks and trims it).
func decodeFlatRecord(b []byte, rec *jsonlRecord) bool {
	i := skipJSONSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false
	}
	i = skipJSONSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return skipJSONSpace(b, i+1) == len(b)
	}
	for {
		key, j, ok := jsonKey(b, i)
		if !ok {
			return false
		}
		i = skipJSONSpace(b, j)
		if i >= len(b) || b[i] != ':' {
			return false
		}
		vs := skipJSONSpace(b, i+1)
		val, ve, ok := jsonString(b, vs)
		if !ok {
			return false
		}
		if !setFlatField(rec, key, val, b[vs:ve]) {
			return false
		}
		i = skipJSONSpace(b, ve)
		if i >= len(b) {
			return false
		}
		switch b[i] {
		case ',':
			i = skipJSONSpace(b, i+1)
		case '}':
			return skipJSONSpace(b, i+1) == len(b)
		default:
			return false
		}
	}
}

// setFlatField stores the string value val (raw: its JSON text, quotes
// included) in the field of rec named key, as json.Unmarshal does; a key
// no field has is skipped. It reports false for a key that json.Unmarshal
// would match to a field without regard to case (or could, by Unicode
// folding: any key outside ASCII).
func setFlatField(rec *jsonlRecord, key []byte, val string, raw []byte) bool {
	switch string(key) {
	case "id":
		rec.ID = append(json.RawMessage(nil), raw...)
	case "url":
		rec.URL = val
	case "title":
		rec.Title = val
	case "published":
		rec.Published = val
	case "date":
		rec.Date = val
	case "text":
		rec.Text = val
	case "html":
		rec.HTML = val
	case "authors":
		rec.Authors = append(json.RawMessage(nil), raw...)
	case "site":
		rec.Site = val
	case "lang":
		rec.Lang = val
	default:
		for k := 0; k < len(key); k++ {
			if key[k] >= utf8.RuneSelf {
				return false
			}
		}
		for _, f := range flatFields {
			if bytes.EqualFold(key, []byte(f)) {
				return false
			}
		}
	}
	return true
}

// flatFields are the JSON names of jsonlRecord's fields.
var flatFields = []string{"id", "url", "title", "published", "date", "text", "html", "authors", "site", "lang"}

// skipJSONSpace returns the index of the first byte at or after i that is
// not JSON white space.
func skipJSONSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// jsonKey is jsonString for a key: one without escapes is returned
// without a copy (the bytes of b; setFlatField keeps no key).
func jsonKey(b []byte, i int) (key []byte, end int, ok bool) {
	if e := plainEnd(b, i); e >= 0 {
		return b[i+1 : e], e + 1, true
	}
	s, end, ok := jsonString(b, i)
	return []byte(s), end, ok
}

// plainEnd returns the index of the closing quote of the string opening at
// b[i] when it holds no escape and no control character (most do), else -1.
func plainEnd(b []byte, i int) int {
	if i >= len(b) || b[i] != '"' {
		return -1
	}
	j := i + 1
	for j < len(b) && b[j] != '"' && b[j] != '\\' && b[j] >= 0x20 {
		j++
	}
	if j < len(b) && b[j] == '"' {
		return j
	}
	return -1
}

// jsonString reads the JSON string starting at b[i] (its opening quote)
// and returns its value and the index just past its closing quote; ok is
// false when b[i] opens no string or the string is malformed (a control
// character, a bad escape, no closing quote). An escaped UTF-16 surrogate
// that forms no pair becomes U+FFFD, as in encoding/json.
func jsonString(b []byte, i int) (s string, end int, ok bool) {
	if e := plainEnd(b, i); e >= 0 {
		return string(b[i+1 : e]), e + 1, true
	}
	if i >= len(b) || b[i] != '"' {
		return "", 0, false
	}
	j := i + 1
	out := make([]byte, 0, rawLen(b, j)) // (escapes only shorten)
	for j < len(b) {
		k := j // the run of plain bytes at j, copied at once
		for k < len(b) && b[k] != '"' && b[k] != '\\' && b[k] >= 0x20 {
			k++
		}
		out = append(out, b[j:k]...)
		j = k
		switch {
		case j >= len(b) || b[j] < 0x20:
			return "", 0, false
		case b[j] == '"':
			return string(out), j + 1, true
		case j+1 >= len(b):
			return "", 0, false // a backslash ending the line
		}
		switch e := b[j+1]; e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(b, j+2)
			if r < 0 {
				return "", 0, false
			}
			j += 6
			if utf16.IsSurrogate(r) {
				if r2 := hex4Escape(b, j); r2 >= 0 {
					if d := utf16.DecodeRune(r, r2); d != unicode.ReplacementChar {
						out = utf8.AppendRune(out, d)
						j += 6
						continue
					}
				}
				r = unicode.ReplacementChar
			}
			out = utf8.AppendRune(out, r)
			continue
		default:
			return "", 0, false
		}
		j += 2
	}
	return "", 0, false
}

// rawLen returns the length of the string body starting at b[j] as
// written, escapes included: up to its closing quote, or to the end of b.
func rawLen(b []byte, j int) int {
	for k := j; k < len(b); k++ {
		switch b[k] {
		case '\\':
			k++
		case '"':
			return k - j
		}
	}
	return len(b) - j
}

// hex4 reads the four hex digits at b[i:], or returns -1.
func hex4(b []byte, i int) rune {
	if i+4 > len(b) {
		return -1
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// hex4Escape reads a "\uXXXX" escape at b[i:], or returns -1.
func hex4Escape(b []byte, i int) rune {
	if !bytes.HasPrefix(b[i:], []byte(`\u`)) {
		return -1
	}
	return hex4(b, i+2)
}
