package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// metaCharset finds a <meta charset=…> or <meta http-equiv content="…;
// charset=…"> declaration in the head of a page.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)`)

// decodeHTML returns a page as valid UTF-8. The encoding comes from a BOM,
// else the Content-Type header, else a <meta> declaration in the first 8 KB,
// else UTF-8. A page whose bytes do not fit its (declared or default)
// encoding, or that declares an unknown charset, is an error; a handful of
// stray invalid bytes in a UTF-8 page are dropped.
func decodeHTML(b []byte, contentType string) (string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return decodeUTF8(b[3:], "BOM")
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		d, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("bad UTF-16 page: %v", err)
		}
		return decodeUTF8(d, "BOM")
	}
	if i := bytes.IndexByte(b[:min(len(b), 8192)], 0); i >= 0 {
		return "", fmt.Errorf("binary data (NUL byte at offset %d)", i)
	}
	label, from := "", ""
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
			label, from = params["charset"], "Content-Type header"
		}
	}
	if label == "" {
		if m := metaCharset.FindSubmatch(b[:min(len(b), 8192)]); m != nil {
			label, from = string(m[1]), "<meta> tag"
		}
	}
	if label == "" {
		s, err := decodeUTF8(b, "")
		if err != nil {
			return "", fmt.Errorf("undeclared charset and %v", err)
		}
		return s, nil
	}
	enc, err := htmlindex.Get(strings.Trim(label, `"' `))
	if err != nil {
		return "", fmt.Errorf("unknown charset %q in %s", label, from)
	}
	if name, _ := htmlindex.Name(enc); name == "utf-8" || enc == encoding.Nop {
		return decodeUTF8(b, label)
	}
	if name, _ := htmlindex.Name(enc); name == "utf-16le" || name == "utf-16be" {
		// A page read as bytes cannot be UTF-16 without a BOM; the label is wrong.
		return decodeUTF8(b, label)
	}
	// A page that declares a single-byte charset but is valid UTF-8 with
	// non-ASCII text was saved as UTF-8: the declaration is wrong.
	if utf8.Valid(b) && !isASCII(b) {
		return string(b), nil
	}
	d, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("page does not decode as declared charset %q: %v", label, err)
	}
	return string(d), nil
}

// decodeUTF8 validates UTF-8, dropping a few stray invalid bytes.
func decodeUTF8(b []byte, declared string) (string, error) {
	if utf8.Valid(b) {
		return string(b), nil
	}
	bad := 0
	var out strings.Builder
	out.Grow(len(b))
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			bad++
			i++
			continue
		}
		out.Write(b[i : i+n])
		i += n
	}
	if bad > 8 && bad*1000 > len(b) {
		if declared == "" {
			return "", fmt.Errorf("not valid UTF-8 (byte %d)", invalidAt(b))
		}
		return "", fmt.Errorf("declared charset %q but not valid UTF-8 (byte %d)", declared, invalidAt(b))
	}
	return out.String(), nil
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
