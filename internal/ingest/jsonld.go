package ingest

import (
	"encoding/json"
	"html"
	"strings"
)

// readJSONLD reads a JSON-LD script: the first article-typed object
// (NewsArticle, Article, BlogPosting, …, also inside @graph or arrays)
// gives headline, dates, authors, publisher, url and articleBody.
func readJSONLD(src string, m *pageMeta, dates *[]string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	obj := findArticleLD(v, 0)
	if obj == nil {
		return
	}
	if s, ok := obj["headline"].(string); ok && m.OGTitle == "" {
		m.OGTitle = html.UnescapeString(s)
	}
	for _, k := range []string{"datePublished", "dateCreated", "uploadDate"} {
		if s, ok := obj[k].(string); ok {
			*dates = append([]string{s}, *dates...)
			break
		}
	}
	for _, a := range ldNames(obj["author"]) {
		m.Authors = appendAuthor(m.Authors, a)
	}
	if p := ldNames(obj["publisher"]); len(p) > 0 && m.Site == "" {
		m.Site = p[0]
	}
	if s, ok := obj["articleBody"].(string); ok && len(s) > len(m.Body) {
		m.Body = html.UnescapeString(s)
	}
	if s, ok := obj["inLanguage"].(string); ok && m.Lang == "" {
		m.Lang = s
	}
}

var articleTypes = map[string]bool{"newsarticle": true, "article": true, "reportagenewsarticle": true,
	"blogposting": true, "analysisnewsarticle": true, "opinionnewsarticle": true, "backgroundnewsarticle": true,
	"reviewnewsarticle": true, "socialmediaposting": true, "liveblogposting": true, "scholarlyarticle": true,
	"techarticle": true, "report": true, "webpage": false}

func findArticleLD(v any, depth int) map[string]any {
	if depth > 6 {
		return nil
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if o := findArticleLD(e, depth+1); o != nil {
				return o
			}
		}
	case map[string]any:
		if isArticleType(x["@type"]) {
			return x
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if o := findArticleLD(x[k], depth+1); o != nil {
				return o
			}
		}
	}
	return nil
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// ldNames returns the names of a Person/Organization value (string, object
// or array of either).
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case map[string]any:
		if s, ok := x["name"].(string); ok {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}
