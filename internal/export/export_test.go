package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
)

func TestSafeCell(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+cmd":                     "'+cmd",
		"-2+3":                     "'-2+3",
		"@SUM(A1)":                 "'@SUM(A1)",
		"\tx":                      "'\tx",
		"\rx":                      "'\rx",
		"-5":                       "-5",
		"+3.5":                     "+3.5",
		"plain = text":             "plain = text",
		"":                         "",
	} {
		if got := SafeCell(in); got != want {
			t.Errorf("SafeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCSVDefusesFormulas: the articles, claims and quantities CSVs carry
// no cell a spreadsheet would run as a formula.
func TestCSVDefusesFormulas(t *testing.T) {
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	text := "=1+2 said 12 people."
	a := claims.Article{ID: "=cmd|' /C calc'!A0", Title: "@SUM(1+1)", URL: "+http://x", Text: text}
	a.Hash = claims.ContentHash(&a)
	q := claims.Quantity{ArticleID: a.ID, ID: claims.QuantityID(a.Hash, 10, 12), Quantity: claims.Span{Text: "12", Start: 10, End: 12},
		Low: claims.F(12), High: claims.F(12), Qualifier: claims.Exact, Unit: "count", Kind: claims.KindClaim, Subject: "-people",
		Source: &claims.Source{Name: "=1+2", Mention: "=1+2", Start: 0, End: 4}, Sentence: claims.Span{Text: text, Start: 0, End: len(text)}}
	if _, err := st.Write(context.Background(), []claims.Result{{Article: a, Quantities: []claims.Quantity{q}}}); err != nil {
		t.Fatal(err)
	}
	for name, fn := range map[string]func(context.Context, *sqlite.Store, string, *bytes.Buffer) error{
		"articles": func(c context.Context, s *sqlite.Store, f string, b *bytes.Buffer) error { return Articles(c, s, f, b) },
		"claims":   func(c context.Context, s *sqlite.Store, f string, b *bytes.Buffer) error { return Claims(c, s, f, b) },
		"quantities": func(c context.Context, s *sqlite.Store, f string, b *bytes.Buffer) error {
			return Quantities(c, s, f, b)
		},
	} {
		var buf bytes.Buffer
		if err := fn(context.Background(), st, "csv", &buf); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil || len(rows) != 2 {
			t.Fatalf("%s: %d rows, %v", name, len(rows), err)
		}
		for _, c := range rows[1] {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Errorf("%s: cell %q", name, c)
			}
		}
	}
}
