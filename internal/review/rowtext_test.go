package review

import (
	"database/sql"
	"sort"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

func TestTimeLabel(t *testing.T) {
	for _, tc := range []struct {
		t    *claims.TimeRef
		want string
	}{
		{nil, ""},
		{&claims.TimeRef{Span: claims.Span{Text: "on Tuesday"}, From: "2024-12-03", To: "2024-12-03"}, "on Tuesday → 2024-12-03"},
		{&claims.TimeRef{Span: claims.Span{Text: "last week"}, From: "2024-11-25", To: "2024-12-01"}, "last week → 2024-11-25 – 2024-12-01"},
		{&claims.TimeRef{Span: claims.Span{Text: "since July"}, From: "2024-07-01"}, "since July → from 2024-07-01"},
		{&claims.TimeRef{Span: claims.Span{Text: "by the end of the year"}, To: "2024-12-31"}, "by the end of the year → until 2024-12-31"},
		{&claims.TimeRef{Span: claims.Span{Text: "recently"}}, "recently"},
	} {
		if got := timeLabel(tc.t); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.t, got, tc.want)
		}
	}
}

func TestRowSentence(t *testing.T) {
	text := "Intro. Police said on Tuesday that 902 people were still held in Caracas prisons.\nMore."
	s := strings.Index(text, "Police")
	e := strings.Index(text, "\n")
	span := func(x string) claims.Span {
		i := strings.Index(text, x)
		return claims.Span{Text: x, Start: i, End: i + len(x)}
	}
	q := &claims.Quantity{Quantity: span("902"), Sentence: claims.Span{Text: text[s:e], Start: s, End: e},
		Source: &claims.Source{Name: "police", Mention: "Police", Start: span("Police").Start, End: span("Police").End},
		Cue:    &claims.Span{Text: "said", Start: span("said").Start, End: span("said").End},
		Time:   &claims.TimeRef{Span: span("on Tuesday")}}
	var b strings.Builder
	for _, g := range rowSentence(q, "HELD prison") {
		if g.Class != "" {
			b.WriteString("[" + g.Class + ":" + g.Text + "]")
		} else {
			b.WriteString(g.Text)
		}
	}
	want := "[hl-src:Police] [hl-cue:said] [hl-time:on Tuesday] that [hl-q:902] people were still [hl-hit:held] in Caracas [hl-hit:prisons]."
	if b.String() != want {
		t.Errorf("got  %s\nwant %s", b.String(), want)
	}
	// A long sentence is cut around the number.
	long := strings.Repeat("word ", 200) + "then 77 more " + strings.Repeat("word ", 200)
	i := strings.Index(long, "77")
	q = &claims.Quantity{Quantity: claims.Span{Text: "77", Start: i, End: i + 2}, Sentence: claims.Span{Text: long, Start: 0, End: len(long)}}
	segs := rowSentence(q, "")
	n := 0
	found := false
	for _, g := range segs {
		n += len(g.Text)
		found = found || g.Class == "hl-q"
	}
	if n > maxRowSentence+10 || !found || segs[0].Text != "… " {
		t.Errorf("long sentence: %d bytes, number shown %v", n, found)
	}
	if fold("Évora") != "evora" {
		t.Error(fold("Évora"))
	}
}

// TestFTSTokens checks the app's tokens and folding (ftsTokens, fold)
// against FTS5's unicode61 tokenizer: the highlights ask FTS5 for the
// row's words the search's prefix begins, chosen by them.
func TestFTSTokens(t *testing.T) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	text := "Café cafe\u0301x x_y a'b ½ x²y Ǆemal Şapte Bucureşti Ørsted Łódź ΆΈ ἀγ йод и\u0306од İstanbul straße ﬁne 3.5 1,800 " +
		"日本語 ١٢٣ α\u0301β ǖx ḗy ǻ ŉ x\u20ddy क\u093eर p\u094dq a\u00adb a\u200bb Évora Nicolás Perdón"
	for _, q := range []string{`CREATE VIRTUAL TABLE t USING fts5(s, tokenize='unicode61 remove_diacritics 2')`,
		`CREATE VIRTUAL TABLE v USING fts5vocab(t, row)`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`INSERT INTO t VALUES (?)`, text); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(`SELECT term FROM v ORDER BY term`)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for rows.Next() {
		var s string
		rows.Scan(&s)
		want = append(want, s)
	}
	rows.Close()
	seen := map[string]bool{}
	var got []string
	for _, sp := range ftsTokens(text) {
		if w := fold(text[sp[0]:sp[1]]); !seen[w] {
			seen[w] = true
			got = append(got, w)
		}
	}
	sort.Strings(got)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("tokens\n got  %q\n want %q", got, want)
	}
}
