package review

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestSafeNextSameSite(t *testing.T) {
	for in, want := range map[string]string{
		"/claim/x?saved=1":              "/claim/x?saved=1",
		"/\t/evil.example":              "/",
		"/\r\n/evil.example":            "/",
		"/\x00/evil.example":            "/",
		"\t//evil.example":              "/",
		"/\\/evil.example":              "/",
		"//evil.example":                "/",
		"https://evil.example":          "/",
		"/%09/evil.example":             "/%09/evil.example", // a path on this site: browsers keep %09 escaped
		"javascript:alert(1)":           "/",
		"/compare#g-x":                  "/compare#g-x",
		"":                              "/",
		"/" + strings.Repeat("a", 3000): "/",
	} {
		if got := safeNext(in); got != want {
			t.Errorf("safeNext(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTokenGuessesLimited: after maxGuesses wrong tokens an address gets
// 429, through the login form and the bearer header alike, even with the
// right token; other means of a known user (the cookie) still work.
func TestTokenGuessesLimited(t *testing.T) {
	a := newApp(t, Options{Token: "s3cret"})
	_, page, _ := a.get("/login")
	tok := csrfFrom(t, page)
	for i := 0; i < maxGuesses; i++ {
		if code, _ := a.post("/login", url.Values{"token": {"guess"}, "csrf": {tok}}); code != http.StatusUnauthorized {
			t.Fatalf("guess %d: %d", i, code)
		}
	}
	if code, _ := a.post("/login", url.Values{"token": {"s3cret"}, "csrf": {tok}}); code != http.StatusTooManyRequests {
		t.Errorf("login after %d wrong tokens: %d", maxGuesses, code)
	}
	req, _ := http.NewRequest("GET", a.srv.URL+"/", nil)
	req.Header.Set("Authorization", "Bearer s3cret")
	resp, err := a.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Errorf("bearer after %d wrong tokens: %d", maxGuesses, resp.StatusCode)
	}
	b := newApp(t, Options{Token: "s3cret"})
	for i := 0; i < maxGuesses+2; i++ {
		req, _ := http.NewRequest("GET", b.srv.URL+"/", nil)
		req.Header.Set("Authorization", "Bearer guess")
		resp, err := b.c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if want := map[bool]int{true: 401, false: 429}[i < maxGuesses]; resp.StatusCode != want {
			t.Errorf("bearer guess %d: %d, want %d", i, resp.StatusCode, want)
		}
	}
}

// TestSearchBounded: a search of too many words or bytes, or an overlong
// query string, is refused before any work.
func TestSearchBounded(t *testing.T) {
	a := newApp(t, Options{})
	if code, _, _ := a.get("/?q=" + url.QueryEscape(strings.Repeat("word ", 100000))); code != http.StatusRequestURITooLong {
		t.Errorf("100k-word search: %d", code)
	}
	if code, _, _ := a.get("/?q=" + url.QueryEscape(strings.Repeat("w ", maxSearchTerms+1))); code != http.StatusBadRequest {
		t.Errorf("%d-word search: %d", maxSearchTerms+1, code)
	}
	if code, _, _ := a.get("/?q=" + strings.Repeat("w", maxSearchBytes+1)); code != http.StatusBadRequest {
		t.Errorf("%d-word search: %d", maxSearchTerms+1, code)
	}
	if code, _, _ := a.get("/?source=" + strings.Repeat("x", maxQuery)); code != http.StatusRequestURITooLong {
		t.Errorf("long query string: %d", code)
	}
	if code, _, _ := a.get("/?q=released+people"); code != http.StatusOK {
		t.Errorf("normal search: %d", code)
	}
}
