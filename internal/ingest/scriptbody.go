package ingest

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bodies held only in scripts: pages rendered in the browser carry the
// article in a script the DOM does not show — an HTML template
// (<script type="text/template">, Blogger's dynamic views), or a JSON
// state object (Next.js __NEXT_DATA__, Nuxt, other application/json
// blobs) whose strings hold the body as HTML or as text. When the DOM
// gives (almost) nothing, scriptBody reads them.

// templateTypes are the script types whose content is HTML.
var templateTypes = map[string]bool{"text/template": true, "text/x-template": true, "text/html": true,
	"text/x-handlebars-template": true, "text/x-jsrender": true, "text/ng-template": true}

// bodyKeys are JSON keys that name an article's text; a string under
// another key counts only when nothing is found under these.
var bodyKeys = []string{"body", "content", "text", "html", "article", "description"}

// scriptBody returns the longest article text found in the page's scripts
// (at least minBody bytes, sharing words with the title when there is
// one), or "".
func scriptBody(src, title string, english bool) string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return ""
	}
	best := ""
	consider := func(t string) {
		if len(t) > len(best) && len(t) >= minBody && countWords(t) >= 40 && sharesTitle(t, title) {
			best = t
		}
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			if n.FirstChild == nil {
				return
			}
			body := n.FirstChild.Data
			typ := strings.ToLower(strings.TrimSpace(attr(n, "type")))
			switch {
			case templateTypes[typ]:
				consider(htmlFragmentText(body, title, english))
			case strings.Contains(typ, "json") || attr(n, "id") == "__NEXT_DATA__":
				var v any
				if json.Unmarshal([]byte(strings.TrimSpace(body)), &v) == nil {
					strs := map[bool][]string{}
					jsonStrings(v, false, strs, 0)
					found := false
					for _, keyed := range []bool{true, false} {
						for _, s := range strs[keyed] {
							if strings.Contains(s, "</p>") || strings.Contains(s, "<br") {
								s = htmlFragmentText(s, title, english)
							} else {
								s = ldText(s)
							}
							if len(s) >= minBody {
								consider(s)
								found = true
							}
						}
						if found {
							break
						}
					}
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return best
}

// jsonStrings collects the long strings (400 bytes or more) of a JSON
// value, under keyed[true] when a key on their path names a body
// (bodyKeys).
func jsonStrings(v any, keyed bool, out map[bool][]string, depth int) {
	if depth > 40 {
		return
	}
	switch x := v.(type) {
	case string:
		if len(x) >= 400 {
			out[keyed] = append(out[keyed], x)
		}
	case []any:
		for _, e := range x {
			jsonStrings(e, keyed, out, depth+1)
		}
	case map[string]any:
		// in key order: the same page gives the same body on every run
		for _, k := range slices.Sorted(maps.Keys(x)) {
			jsonStrings(x[k], keyed || isBodyKey(k), out, depth+1)
		}
	}
}

// isBodyKey reports whether a word of the key (split at capitals, digits
// and punctuation: "articleBody", "content_html", "fullText") is one of
// bodyKeys ("@context" is not).
func isBodyKey(k string) bool {
	start := 0
	for i := 0; i <= len(k); i++ {
		end := i == len(k) || !isASCIILower(k[i])
		if !end {
			continue
		}
		if i > start && slices.Contains(bodyKeys, strings.ToLower(k[start:i])) {
			return true
		}
		start = i
		if i < len(k) && !(k[i] >= 'A' && k[i] <= 'Z') {
			start = i + 1 // punctuation or a digit is no part of a word
		}
	}
	return false
}

func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }

// htmlFragmentText reads an HTML fragment as a page body.
func htmlFragmentText(s, title string, english bool) string {
	doc, err := html.Parse(strings.NewReader("<html><body>" + s + "</body></html>"))
	if err != nil {
		return ""
	}
	return extractBodyWith(doc, title, "", english, true)
}

// sharesTitle reports a text that holds two of the title's words of four
// letters or more (all of them when it has fewer); true without a title.
func sharesTitle(text, title string) bool {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var long []string
	for _, w := range words {
		if len([]rune(w)) >= 4 {
			long = append(long, w)
		}
	}
	if len(long) == 0 {
		return true
	}
	need := min(2, len(long))
	lt := strings.ToLower(text)
	for _, w := range long {
		if strings.Contains(lt, w) {
			need--
			if need == 0 {
				return true
			}
		}
	}
	return false
}
