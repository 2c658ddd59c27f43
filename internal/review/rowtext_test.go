package review

import (
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
