package ingest

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// readHTMLFile reads an HTML page file; warn is a warning line about it.
func readHTMLFile(name string, r io.Reader) (a *Article, warn string, err error) {
	b, err := readAllLimit(r, maxRaw)
	if err == errTooLarge {
		return nil, "", errorf(name, "", "page is over the %d MB limit", maxRaw>>20)
	}
	if err != nil {
		return nil, "", errorf(name, "", "%v", err)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, "", errorf(name, "", "empty file")
	}
	a, w, err := parseHTML(b, "")
	if err != nil {
		return nil, "", errorf(name, "", "%v", err)
	}
	if err := checkText(a.Text); err != nil {
		return nil, "", errorf(name, "", "%v", err)
	}
	if w != "" {
		warn = name + ": " + w
	}
	return a, warn, nil
}

// ParseHTML reads a news page: the article body as clean text (one
// paragraph per line) and the metadata the publisher states. contentType
// is the HTTP Content-Type when known (for its charset). A page without
// article text gives an Article with empty Text, not an error.
func ParseHTML(b []byte, contentType string) (*Article, error) {
	a, _, err := parseHTML(b, contentType)
	return a, err
}

// parseHTML is ParseHTML that also returns a warning about the page's
// charset ("" when there is none to give).
func parseHTML(b []byte, contentType string) (*Article, string, error) {
	s, warn, err := decodeHTML(b, contentType)
	if err != nil {
		return nil, "", err
	}
	doc, deep, err := parseShownPage(s)
	if err != nil {
		return nil, "", fmt.Errorf("bad HTML: %v", err)
	}
	if deep != "" {
		warn = strings.TrimPrefix(warn+"; "+deep, "; ")
	}
	m := readMeta(doc)
	if len(m.Authors) == 0 {
		m.Authors = markupAuthors(doc)
	}
	a := &Article{URL: m.URL, Published: m.Published, Authors: m.Authors, Site: m.Site, Lang: m.Lang}
	a.Title = pickTitle(m)
	if a.Site != "" {
		for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
			a.Title = strings.TrimSuffix(a.Title, sep+a.Site)
		}
	}
	english := a.Lang == "en"
	var stated bool
	a.Text, stated = extractBodyStated(doc, a.Title, m.Body, english, false)
	if len(a.Text) < minBody {
		// Next to nothing found: read the page again with hidden
		// elements shown and unlikely names allowed to vote (bodies in
		// containers hidden until scripts run, or under a container named
		// like a sidebar). A short article read from the container the
		// page names as its body stays (a sidebar's blurb is longer than
		// a two-line post), unless it is a stub of a line.
		if doc2, _, err := parseShownPage(s); err == nil {
			if t := extractBodyWith(doc2, a.Title, m.Body, english, true); len(t) > len(a.Text) && (!stated || len(a.Text) < minStated) {
				a.Text = t
			}
		}
	}
	if len(a.Text) < minBody {
		// Still next to nothing: the body may be held in a script only
		// (an HTML template, a JSON state object).
		if t := scriptBody(s, a.Title, english); len(t) > len(a.Text) {
			a.Text = t
		}
	}
	a.Text = cleanText(a.Text)
	a.Title = cleanText(a.Title)
	return a, warn, nil
}

// minStated is the length under which the text of a container named as
// the body is a stub ("Loading…", a teaser line) that a relaxed reading
// may replace.
const minStated = 80

// minBody is the length of body text under which a page is read again,
// relaxed (see extractBodyWith).
const minBody = 250

// pickTitle prefers the stated headline (og:title, JSON-LD) over <title>,
// whose site-name suffix ("Headline | Site") is cut.
func pickTitle(m *pageMeta) string {
	t := collapseSpace(m.OGTitle)
	if t == "" {
		t = collapseSpace(m.Title)
		for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
			if i := strings.LastIndex(t, sep); i > 20 {
				t = t[:i]
				break
			}
		}
	}
	return t
}

// cleanText drops soft hyphens, repairs mojibake and composes the text's
// characters (Unicode NFC: a page may write "য়" or "é" as a letter and a
// combining mark; searches and quotes of the text expect the composed form).
func cleanText(s string) string {
	return norm.NFC.String(fixMojibake(dropSoftHyphens(s)))
}

// dropSoftHyphens removes U+00AD SOFT HYPHEN, a hint for line breaking that
// is no part of the words ("inter\u00adnational" is "international").
func dropSoftHyphens(s string) string {
	if !strings.Contains(s, "\u00ad") {
		return s
	}
	return strings.ReplaceAll(s, "\u00ad", "")
}
