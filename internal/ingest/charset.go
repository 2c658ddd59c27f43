package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// metaCharset finds a <meta charset=…> or <meta http-equiv content="…;
// charset=…"> declaration in the head of a page.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)`)

// decodeHTML returns a page as valid UTF-8. The encoding comes from a BOM,
// else the Content-Type header, else a <meta> declaration in the first 8 KB,
// else UTF-8. Labels are normalised ("ISO8859_1", "utf8", "win-1252" name
// encodings the WHATWG table spells otherwise). A page is never dropped for
// its label: an unknown label, or bytes that do not fit the declared or
// default UTF-8, fall back to detection (UTF-8 when the bytes are valid
// UTF-8, else Windows-1252 when they fit it, as browsers do), and warn says
// so in one line. Only bytes that fit no encoding, or binary data, are an
// error; a handful of stray invalid bytes in a UTF-8 page are dropped.
func decodeHTML(b []byte, contentType string) (s, warn string, err error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		s, err := decodeUTF8(b[3:], "BOM")
		return s, "", err
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		d, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", "", fmt.Errorf("bad UTF-16 page: %v", err)
		}
		s, err := decodeUTF8(d, "BOM")
		return s, "", err
	}
	if i := bytes.IndexByte(b[:min(len(b), 8192)], 0); i >= 0 {
		return "", "", fmt.Errorf("binary data (NUL byte at offset %d)", i)
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
		if utf8.Valid(b) {
			return string(b), "", nil
		}
		s, warn, err := detectCharset(b, "no charset declared and not UTF-8")
		if strings.HasSuffix(warn, "read as UTF-8 (detected)") {
			warn = "" // UTF-8, the default, with a few stray bytes dropped
		}
		return s, warn, err
	}
	enc := lookupCharset(label)
	if enc == nil {
		return detectCharset(b, fmt.Sprintf("unknown charset %q in the %s", label, from))
	}
	name, _ := htmlindex.Name(enc)
	if name == "utf-8" || enc == encoding.Nop || name == "utf-16le" || name == "utf-16be" {
		// A page read as bytes cannot be UTF-16 without a BOM; the label is wrong.
		if s, err := decodeUTF8(b, label); err == nil {
			return s, "", nil
		}
		return detectCharset(b, fmt.Sprintf("charset %q in the %s but not valid UTF-8", label, from))
	}
	// A page that declares a single-byte charset but is valid UTF-8 with
	// non-ASCII text was saved as UTF-8: the declaration is wrong.
	if utf8.Valid(b) && !isASCII(b) {
		return string(b), "", nil
	}
	d, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return detectCharset(b, fmt.Sprintf("page does not decode as its charset %q (%s)", label, from))
	}
	return string(d), "", nil
}

// detectCharset reads a page whose declaration could not be used: UTF-8 when
// its bytes are (nearly all) valid UTF-8, else Windows-1252 when they fit
// it. why says what was wrong with the declaration.
func detectCharset(b []byte, why string) (string, string, error) {
	multi, bad := utf8Counts(b)
	if multi > bad || !fitsWindows1252(b) {
		if s, err := decodeUTF8(b, ""); err == nil {
			return s, why + "; read as UTF-8 (detected)", nil
		}
	}
	if fitsWindows1252(b) {
		if d, err := charmap.Windows1252.NewDecoder().Bytes(b); err == nil {
			return string(d), why + "; read as Windows-1252 (detected)", nil
		}
	}
	return "", "", fmt.Errorf("%s, and the bytes fit neither UTF-8 nor Windows-1252 (byte %d)", why, invalidAt(b))
}

// utf8Counts counts the valid multi-byte sequences and the invalid bytes of b.
func utf8Counts(b []byte) (multi, bad int) {
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			bad++
		} else {
			multi++
		}
		i += n
	}
	return multi, bad
}

// fitsWindows1252 reports whether b has none of the five bytes that
// Windows-1252 leaves undefined.
func fitsWindows1252(b []byte) bool {
	for _, c := range b {
		switch c {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return false
		}
	}
	return true
}

// charsetAlias rewrites the common misspellings of charset labels to the
// WHATWG labels (htmlindex): separators dropped or changed ("ISO8859_1",
// "utf8", "latin-1", "win-1252", "cp-1251", "shift-jis").
var charsetAlias = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`^utf[-_ ]?8$`), "utf-8"},
	{regexp.MustCompile(`^iso[-_ ]?8859[-_ ]?(\d+)(?:[-_:].*)?$`), "iso-8859-$1"},
	{regexp.MustCompile(`^(?:win|windows|cp|ms|x-cp|x-win)[-_ ]?(12\d\d|874)$`), "windows-$1"},
	{regexp.MustCompile(`^latin[-_ ]?(\d)$`), "latin$1"},
	{regexp.MustCompile(`^(?:x-)?(?:s-?jis|shift[-_ ]?jis|sjis)$`), "shift_jis"},
	{regexp.MustCompile(`^euc[-_ ]?(jp|kr)$`), "euc-$1"},
	{regexp.MustCompile(`^koi8[-_ ]?([ru])$`), "koi8-$1"},
	{regexp.MustCompile(`^(?:gb[-_ ]?2312|gbk|cp[-_ ]?936)$`), "gbk"},
	{regexp.MustCompile(`^big[-_ ]?5$`), "big5"},
	{regexp.MustCompile(`^(?:us[-_ ]?)?ascii$`), "windows-1252"},
}

// lookupCharset finds the encoding of a label, normalising its spelling;
// nil when it names none.
func lookupCharset(label string) encoding.Encoding {
	l := strings.ToLower(strings.Trim(label, "\"' \t"))
	if enc, err := htmlindex.Get(l); err == nil {
		return enc
	}
	for _, a := range charsetAlias {
		if a.re.MatchString(l) {
			if enc, err := htmlindex.Get(a.re.ReplaceAllString(l, a.repl)); err == nil {
				return enc
			}
		}
	}
	return nil
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
