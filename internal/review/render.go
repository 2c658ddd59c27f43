package review

import (
	"bytes"
	"fmt"
	"github.com/factcheck/extract/internal/compare"
	"html/template"
	"net/http"
	"net/url"
	"strings"
)

var funcs = template.FuncMap{
	"link":        safeLink,
	"pathesc":     url.PathEscape,
	"truncate":    truncate,
	"add":         func(a, b int) int { return a + b },
	"fmt1":        func(f float64) string { return fmt.Sprintf("%.1f", f) },
	"when":        when,
	"inc":         func(i int) int { return i + 1 },
	"ratingKey":   ratingKey,
	"storyWindow": func() int { return compare.StoryWindow },
}

// ratingKey is the key that chooses a claim rating on the claim page.
func ratingKey(r string) string {
	switch r {
	case "true", "false", "misleading", "unverifiable":
		return r[:1]
	}
	return ""
}

// cutAt cuts s to at most n bytes, at a character boundary.
func cutAt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return s[:cut] + "…"
}

// when shows a stored UTC timestamp as "2006-01-02 15:04 UTC".
func when(ts string) string {
	if len(ts) == len("2006-01-02T15:04:05Z") && ts[10] == 'T' {
		return ts[:10] + " " + ts[11:16] + " UTC"
	}
	return ts
}

var pageNames = []string{"list", "claim", "compare", "duplicates", "login", "notfound"}

func (s *Server) parseTemplates() error {
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return err
	}
	for _, p := range pageNames {
		t, err := base.Clone()
		if err != nil {
			return err
		}
		if _, err := t.ParseFS(templateFS, "templates/"+p+".html"); err != nil {
			return err
		}
		s.pages[p] = t
	}
	return nil
}

// render executes a page into a buffer first, so a template error never
// sends half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, page string, data map[string]any) {
	data["CSRF"] = s.csrfToken(w, r)
	if f, ok := data["InPlace"].(*inPlaceForm); ok && f != nil {
		f.CSRF = data["CSRF"].(string) // the compare page's forms in place
	}
	data["Page"] = page
	data["Auth"] = s.opt.Token != ""
	var buf bytes.Buffer
	if err := s.pages[page].ExecuteTemplate(&buf, "layout.html", data); err != nil {
		s.fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}

func (s *Server) fail(w http.ResponseWriter, err error) {
	s.logf("error: %v", err)
	http.Error(w, "internal error: "+err.Error(), http.StatusInternalServerError)
}
