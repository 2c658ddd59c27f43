package ingest

import (
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page states about its article.
type pageMeta struct {
	Title, OGTitle, Published, Site, URL, Lang, Body string
	Authors                                          []string
}

// metaTags selects the elements readMeta reads, in document order (the
// selector "html, title, link, meta, time, script", matched by atom:
// cascadia's string comparisons cost 3% of a page's parse).
var metaTags = tagMatcher(atom.Html, atom.Title, atom.Link, atom.Meta, atom.Time, atom.Script)

// readMeta collects <title>, <meta> (OpenGraph, article:*, Dublin Core,
// itemprop), <link rel=canonical>, <html lang>, <time datetime> and
// JSON-LD: a goquery selection over the tree already parsed.
func readMeta(doc *html.Node) *pageMeta {
	m := &pageMeta{}
	var dates []string
	goquery.NewDocumentFromNode(doc).FindMatcher(metaTags).Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		switch n.DataAtom {
		case atom.Html:
			m.Lang = s.AttrOr("lang", "")
		case atom.Title:
			if m.Title == "" {
				m.Title = textOf(n)
			}
		case atom.Link:
			if strings.EqualFold(s.AttrOr("rel", ""), "canonical") && m.URL == "" {
				m.URL = strings.TrimSpace(s.AttrOr("href", ""))
			}
		case atom.Meta:
			if val := strings.TrimSpace(s.AttrOr("content", "")); val != "" {
				key := strings.ToLower(firstNonEmpty(s.AttrOr("property", ""), s.AttrOr("name", ""), s.AttrOr("itemprop", "")))
				dates = m.readMetaTag(key, val, dates)
			}
		case atom.Time:
			if dt := s.AttrOr("datetime", ""); dt != "" && (strings.EqualFold(s.AttrOr("itemprop", ""), "datePublished") || hasAttr(n, "pubdate")) {
				dates = append(dates, dt)
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(s.AttrOr("type", "")), "ld+json") && n.FirstChild != nil {
				readJSONLD(n.FirstChild.Data, m, &dates)
			}
		}
	})
	for _, d := range dates {
		if p := normalizeDate(d); p != "" {
			m.Published = p
			break
		}
	}
	if i := strings.IndexAny(m.Lang, "_-"); i > 0 {
		m.Lang = m.Lang[:i]
	}
	m.Lang = strings.ToLower(m.Lang)
	return m
}

// readMetaTag reads one <meta> tag's key (its property, name or itemprop,
// lower-cased) and content; it returns dates with a stated date added.
func (m *pageMeta) readMetaTag(key, val string, dates []string) []string {
	switch key {
	case "og:title", "twitter:title":
		if m.OGTitle == "" {
			m.OGTitle = val
		}
	case "og:site_name", "application-name":
		if m.Site == "" {
			m.Site = val
		}
	case "og:url":
		if m.URL == "" {
			m.URL = val
		}
	case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
		"dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "og:published_time",
		"article.published", "published_time", "publication_date", "cxenseparse:recs:publishtime":
		dates = append(dates, val)
	case "author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl":
		if !strings.HasPrefix(val, "http") {
			for _, a := range splitAuthors(strings.TrimPrefix(strings.TrimPrefix(val, "By "), "by ")) {
				m.Authors = appendAuthor(m.Authors, a)
			}
		}
	case "og:locale", "language", "content-language", "dc.language":
		if m.Lang == "" {
			m.Lang = val
		}
	}
	return dates
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// normalizeDate renders a stated date as ISO 8601 (RFC 3339 when it has a
// time, YYYY-MM-DD otherwise); unparseable dates give "".
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	layouts := dateLayouts
	if isISODay(s) {
		// "2024-04-09", the usual form of a dump: only the last layout
		// reads it (the others fail, each making an error)
		layouts = dateLayouts[len(dateLayouts)-1:]
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1900 || t.Year() > 2100 {
				return "" // a placeholder ("0001-01-01T00:00:00Z"), not a date
			}
			switch {
			case !strings.Contains(l, "15:04"):
				return t.Format("2006-01-02")
			case strings.ContainsAny(l, "Z7M"): // the layout has a zone
				return t.Format(time.RFC3339)
			default: // local time, zone unknown
				return t.Format("2006-01-02T15:04:05")
			}
		}
	}
	if m := isoDatePrefix.FindString(s); m != "" && m[:2] >= "19" && m[:2] <= "21" {
		return m
	}
	return ""
}

// dateLayouts are the forms normalizeDate reads, tried in order.
var dateLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05", "2006-01-02 15:04",
	time.RFC1123Z, time.RFC1123, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006 15:04", "January 2, 2006", "Jan 2, 2006", "2 January 2006", "02 Jan 2006", "2006/01/02", "20060102", "2006-01-02"}

// isISODay reports whether s is digits and hyphens as in "2024-04-09".
func isISODay(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

var isoDatePrefix = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// nameDate finds a publication date in a file name, for a page or text
// that gives none ("nyt_2016-03-09_falling-deficit.txt", "20160309-story.html",
// "2016/03/09"): a valid date from 1900 to 2100, as "2006-01-02"; "" when none.
func nameDate(name string) string {
	for _, m := range nameDateRE.FindAllStringSubmatch(filepath.Base(name), -1) {
		if t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

var nameDateRE = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)(?:[^0-9]|$)`)

// authorSeps part the names of a list of authors.
var authorSeps = regexp.MustCompile(`\s*(?:,|;|\band\b|&|\|)\s*`)

// splitAuthors splits "A, B and C" into names.
func splitAuthors(s string) []string {
	var out []string
	for _, p := range authorSeps.Split(s, -1) {
		out = appendAuthor(out, p)
	}
	return out
}

// appendAuthor adds a cleaned, non-duplicate author name.
func appendAuthor(list []string, name string) []string {
	name = collapseSpace(name)
	if name == "" || len(name) > 80 || strings.HasPrefix(name, "http") {
		return list
	}
	for _, x := range list {
		if strings.EqualFold(x, name) {
			return list
		}
	}
	return append(list, name)
}
