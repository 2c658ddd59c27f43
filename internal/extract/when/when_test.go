package when

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
	"time"
)

// pub is a Wednesday.
var pub = date(2016, time.March, 9)

func TestFind(t *testing.T) {
	for _, c := range []struct {
		text, expr, from, to string
	}{
		{"The toll stood at 902 as of Tuesday.", "as of Tuesday", "2016-03-08", "2016-03-08"},
		{"Sales rose 5% in 2023.", "2023", "2023-01-01", "2023-12-31"},
		{"Prices fell 3% last week.", "last week", "2016-02-29", "2016-03-06"},
		{"Over the past week, 40 were hurt.", "past week", "2016-03-02", "2016-03-09"},
		{"Since July, 1,200 have left.", "Since July", "2015-07-01", "2016-03-09"},
		{"It will hire 500 by the end of the year.", "by the end of the year", "", "2016-12-31"},
		{"Revenue was $3bn in the first quarter.", "first quarter", "2016-01-01", "2016-03-31"},
		{"In the fourth quarter, it lost $1m.", "fourth quarter", "2015-10-01", "2015-12-31"},
		{"On March 3, 2015, 12 died.", "March 3, 2015", "2015-03-03", "2015-03-03"},
		{"On 3 March 2015, 12 died.", "3 March 2015", "2015-03-03", "2015-03-03"},
		{"Filed on 2015-11-30 with 7 names.", "2015-11-30", "2015-11-30", "2015-11-30"},
		{"The Dec. 28 report found 30 cases.", "Dec. 28", "2015-12-28", "2015-12-28"},
		{"In February 2016, 4% were jobless.", "February 2016", "2016-02-01", "2016-02-29"},
		{"Yesterday 14 boats arrived.", "Yesterday", "2016-03-08", "2016-03-08"},
		{"Three years ago, 80 percent agreed.", "Three years ago", "2013-03-09", "2013-03-09"},
		{"In the past three years, 1,000 left.", "the past three years", "2013-03-09", "2016-03-09"},
		{"So far this year 61 people died.", "So far this year", "2016-01-01", "2016-03-09"},
		{"Between 2010 and 2014, 300 were built.", "Between 2010 and 2014", "2010-01-01", "2014-12-31"},
		{"From January to March 9,000 were sold.", "From January to March", "2016-01-01", "2016-03-31"},
		{"In the 1990s, 5 million moved.", "the 1990s", "1990-01-01", "1999-12-31"},
		{"It expects 3% growth in fiscal 2017.", "fiscal 2017", "2017-01-01", "2017-12-31"},
		{"Profit rose 8% in Q3 2015.", "Q3 2015", "2015-07-01", "2015-09-30"},
		{"Sales fell 2% this month.", "this month", "2016-03-01", "2016-03-31"},
		{"Before 2010, 40 plants ran.", "Before 2010", "", "2009-12-31"},
		{"lower-cased, sept. 30 saw 5 arrests.", "sept. 30", "2015-09-30", "2015-09-30"},
		{"Next Monday, 20 will start.", "Next Monday", "2016-03-14", "2016-03-14"},
		{"Between January 1 and February 8, 30 fell.", "Between January 1 and February 8", "2016-01-01", "2016-02-08"},
		{"Between November 1 and February 8, 30 fell.", "Between November 1 and February 8", "2015-11-01", "2016-02-08"},
		{"Today, 5 remain.", "Today", "2016-03-09", "2016-03-09"},
	} {
		refs := Find(c.text, pub)
		var got *Ref
		for i := range refs {
			if refs[i].Text == c.expr {
				got = &refs[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no %q in %+v", c.text, c.expr, refs)
			continue
		}
		if got.From != c.from || got.To != c.to || c.text[got.Start:got.End] != got.Text {
			t.Errorf("%q: %q = %s..%s (%s), want %s..%s", c.text, c.expr, got.From, got.To, got.Rule, c.from, c.to)
		}
	}
}

// TestFindNoTime: words that look like times but are none.
func TestFindNoTime(t *testing.T) {
	for _, text := range []string{
		"You may 19 times ask.",
		"2,015 people marched.",
		"The 747 carried 300.",
		"Room 2016 held 40.",
		"It had 30 of 2000 seats.",
		"Jobs rose from 2000 to 3000 last.",
		"It built houses in 2000 homes.",
		"From March 9,000 were sold.",
		"He told USA Today that 5 left.",
	} {
		for _, r := range Find(text, pub) {
			t.Errorf("%q: found %q (%s)", text, r.Text, r.Rule)
		}
	}
}

func TestFindWithoutPublicationDate(t *testing.T) {
	refs := Find("Last week 5 died; in 2014, 7 did.", time.Time{})
	if len(refs) != 2 || refs[0].Text != "Last week" || refs[0].From != "" || refs[1].Text != "2014" || refs[1].From != "2014-01-01" {
		t.Errorf("got %+v: want 'Last week' unresolved and 'in 2014' resolved", refs)
	}
}

func TestPick(t *testing.T) {
	text := "In 2014, the agency counted 300 cases.\nIt said 42 people died on Tuesday. The rest were hurt.\nNo time here: 7."
	refs := Find(text, pub)
	at := func(s string) (int, int) {
		for i := 0; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return i, i + len(s)
			}
		}
		t.Fatalf("no %q", s)
		return 0, 0
	}
	sent := func(s string) (int, int) { return at(s) }
	for _, c := range []struct{ num, sentence, want string }{
		{"300", "In 2014, the agency counted 300 cases.", "2014"},
		{"42", "It said 42 people died on Tuesday.", "Tuesday"},
		{"rest", "The rest were hurt.", "Tuesday"}, // the paragraph's, before it
		{"7", "No time here: 7.", ""},
	} {
		qs, qe := at(c.num)
		ss, se := sent(c.sentence)
		r := Pick(refs, text, qs, qe, ss, se)
		got := ""
		if r != nil {
			got = r.Text
		}
		if got != c.want {
			t.Errorf("%s: picked %q, want %q", c.num, got, c.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{"2016-03-09": "2016-03-09", "2016-03-09T12:00:00Z": "2016-03-09", "": "", "0001-01-01T00:00:00Z": "", "March": ""} {
		got := ParseDate(in)
		if got.IsZero() && want != "" || !got.IsZero() && got.Format(day) != want {
			t.Errorf("ParseDate(%q) = %v, want %q", in, got, want)
		}
	}
}

// TestFindYearBeforeNonASCII: a year followed by a non-ASCII mark (a dash,
// a curly quote) or letter is read without a panic.
func TestFindYearBeforeNonASCII(t *testing.T) {
	for _, text := range []string{"Sales rose in 2023—a record.", "It was in 2019’s budget.", "Born in 1990 éclair"} {
		Find(text, pub)
	}
	if refs := Find("Sales rose 5% in 2023— then fell.", pub); len(refs) != 1 || refs[0].From != "2023-01-01" {
		t.Errorf("got %+v: want 2023", refs)
	}
}

// TestPickInSearchesLikeScan: on refs in order and apart, PickIn's search
// by halves picks what the scan of every ref picks, for numbers and
// sentences anywhere in a paragraph.
func TestPickInSearchesLikeScan(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for round := range 2000 {
		var refs []Ref
		for pos := r.IntN(5); pos < 300; pos += 1 + r.IntN(30) {
			n := r.IntN(8)
			refs = append(refs, Ref{Start: pos, End: pos + n})
			pos += n
		}
		if !Ordered(refs) {
			t.Fatalf("round %d: generated refs not ordered", round)
		}
		pStart, pEnd := 0, 320
		sStart := r.IntN(300)
		sEnd := sStart + r.IntN(320-sStart)
		qStart := sStart + r.IntN(sEnd-sStart+1)
		qEnd := qStart + r.IntN(sEnd-qStart+1)
		got := PickIn(refs, true, qStart, qEnd, sStart, sEnd, pStart, pEnd)
		want := pickScan(refs, qStart, qEnd, sStart, sEnd, pStart, pEnd)
		if got != want {
			t.Fatalf("round %d: number %d-%d, sentence %d-%d: search picked %v, scan %v", round, qStart, qEnd, sStart, sEnd, got, want)
		}
	}
}

// TestKeepApartLikeEveryCheck: keepApart keeps what checking each hit
// against every hit kept before keeps (then put in text order), on random
// hits of a few rules.
func TestKeepApartLikeEveryCheck(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for round := range 2000 {
		var hits []hit
		for range r.IntN(40) {
			s := r.IntN(200)
			hits = append(hits, hit{rule: r.IntN(4), start: s, end: s + 1 + r.IntN(12)})
		}
		sort.SliceStable(hits, func(i, j int) bool {
			if hits[i].rule != hits[j].rule {
				return hits[i].rule < hits[j].rule
			}
			return hits[i].start < hits[j].start
		})
		var want []hit
		for _, h := range hits {
			free := true
			for _, k := range want {
				if h.start < k.end && k.start < h.end {
					free = false
					break
				}
			}
			if free {
				want = append(want, h)
			}
		}
		sort.SliceStable(want, func(i, j int) bool { return want[i].start < want[j].start })
		if got := keepApart(hits); !slices.Equal(got, want) {
			t.Fatalf("round %d: kept %v, want %v", round, got, want)
		}
	}
}
