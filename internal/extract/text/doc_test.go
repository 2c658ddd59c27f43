package text

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSentenceSplit(t *testing.T) {
	m, err := LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"paragraphs break sentences", "One line\nTwo lines.", []string{"One line", "Two lines."}},
		{"a title before a name is no break", "The sum was $20 million, according to Mr. Hedge.", []string{"The sum was $20 million, according to Mr. Hedge."}},
		{"plural title", "He trailed Sens. Marco Rubio and Ted Cruz.", []string{"He trailed Sens. Marco Rubio and Ted Cruz."}},
		{"a month before a day is no break", "He must win Ohio on Mar. 15, he said.", []string{"He must win Ohio on Mar. 15, he said."}},
		{"a quotation closed by two apostrophes ends its sentence", "He paid $8 million, according to ''The Art of the Deal.'' Mr. Trump said he likes it.",
			[]string{"He paid $8 million, according to ''The Art of the Deal.''", "Mr. Trump said he likes it."}},
		{"two apostrophes mid-sentence are no break", "He said ''no.'' and left.", []string{"He said ''no.'' and left."}},
		{"a straight single quote closing after a full stop ends its sentence", "The coach was upbeat. 'We played well today.' Smith said 15 players were fit.",
			[]string{"The coach was upbeat.", "'We played well today.'", "Smith said 15 players were fit."}},
		{"a single-quoted quote of two sentences", "'Prices rose 4 per cent. That hurts.' The minister said 200 shops had closed.",
			[]string{"'Prices rose 4 per cent.", "That hurts.'", "The minister said 200 shops had closed."}},
		{"a single-quoted quote nested in a double-quoted one", "\"He told me, 'We need 12 more.' I said no,\" Ms. Reyes said.",
			[]string{"\"He told me, 'We need 12 more.'", "I said no,\" Ms. Reyes said."}},
		{"a possessive after an abbreviation is no closing quote", "He praised the U.S.' Role in the talks.", []string{"He praised the U.S.' Role in the talks."}},
		{"a quote closed by a break leaves no quote open", "'We played well.' Smith said 15 were fit for the U.S.' Role.",
			[]string{"'We played well.'", "Smith said 15 were fit for the U.S.' Role."}},
		{"a decade is no opening quote", "Prices rose in the '90s.' Then they fell.", []string{"Prices rose in the '90s.' Then they fell."}},
		{"a quote closed by a comma leaves no quote open", "'We won,' said Lee of the U.S.' Role.", []string{"'We won,' said Lee of the U.S.' Role."}},
		{"an ordinary full stop", "Prices rose. Wages fell.", []string{"Prices rose.", "Wages fell."}},
		{"a currency abbreviation before its amount", "The flat costs Rs. 500 per month.", []string{"The flat costs Rs. 500 per month."}},
		{"currency abbreviations of other countries", "The loan was Ksh. 20,000, about Rp. 5 million.", []string{"The loan was Ksh. 20,000, about Rp. 5 million."}},
		{"a reference abbreviation before a number", "See Vol. 2 and Fig. 3 for the totals.", []string{"See Vol. 2 and Fig. 3 for the totals."}},
		{"a page mark before its number, any case", "He wrote: \"(P. 211) the laws were the answer. (Pp. 228-229) in any event, it held\". See p. 40.", []string{"He wrote: \"(P. 211) the laws were the answer.", "(Pp. 228-229) in any event, it held\".", "See p. 40."}},
		{"a unit abbreviation before small letters", "It covers 7,000 sq. ft and 3 tsp. olive oil.", []string{"It covers 7,000 sq. ft and 3 tsp. olive oil."}},
		{"an amount ends its sentence", "The plan costs Rs. 500. The rest was paid later.", []string{"The plan costs Rs. 500.", "The rest was paid later."}},
		{"a brand in small letters then a capital starts a sentence", "The phone sold well. iPhone sales rose 5%.", []string{"The phone sold well.", "iPhone sales rose 5%."}},
		{"p.m. before a capital ends its sentence", "He left at 5 p.m. The rest stayed.", []string{"He left at 5 p.m.", "The rest stayed."}},
		{"a spaced decimal point in tokenised text is no break", "revenue rose 4 . 8 % to $ 13.18 billion , and costs fell 0 . 5 % .",
			[]string{"revenue rose 4 . 8 % to $ 13.18 billion , and costs fell 0 . 5 % ."}},
		{"a number abbreviation with a spaced stop before a number is no break", "at no . 1 , singh hit a shot ; see fig . 3 and vol . 2 .",
			[]string{"at no . 1 , singh hit a shot ; see fig . 3 and vol . 2 ."}},
		{"a spaced stop after another word before a number still breaks", "the vote was so . 3 left early .",
			[]string{"the vote was so .", "3 left early ."}},
		{"a month abbreviation with a spaced stop before a day is no break", "production totaled 291,890 metric tons in the week ended oct . 7 , up 2 % .",
			[]string{"production totaled 291,890 metric tons in the week ended oct . 7 , up 2 % ."}},
		{"a stop after a year before a digit still breaks", "It closed in 1990. 5 staff stayed.", []string{"It closed in 1990.", "5 staff stayed."}},
		{"a long abbreviated title before a name is no break", "The fire destroyed 12 homes, Const. Ann Roy said. Insp. Lee agreed.", []string{"The fire destroyed 12 homes, Const. Ann Roy said.", "Insp. Lee agreed."}},
		{"a province before a title is no break", "Ont. NDP Leader Marit Stiles said 40 had left.", []string{"Ont. NDP Leader Marit Stiles said 40 had left."}},
		{"a province ending a sentence still breaks", "He was born in Kingston, Ont. He said 40 people came.", []string{"He was born in Kingston, Ont.", "He said 40 people came."}},
		{"a middle initial is no break", "The case was argued by Laurence H. Tribe and two others.", []string{"The case was argued by Laurence H. Tribe and two others."}},
		{"a middle initial after a title and before a comma", "Sen. Lindsey O. Graham, who chairs the panel, said 40 had signed.", []string{"Sen. Lindsey O. Graham, who chairs the panel, said 40 had signed."}},
		{"a middle initial ending a sentence before the next", "The memo was sent to Janet L. Yellen. She replied on Monday.", []string{"The memo was sent to Janet L. Yellen.", "She replied on Monday."}},
		{"a letter after a common word still breaks", "It went to Plan B. The rest stayed.", []string{"It went to Plan B.", "The rest stayed."}},
		{"a letter grade still breaks", "He got a grade of C. His sister got an A.", []string{"He got a grade of C.", "His sister got an A."}},
		{"a dotted initialism before a name is no break", "The U.K. Intervention Board said 43,500 tonnes went to traders in the U.K. Received in the week.",
			[]string{"The U.K. Intervention Board said 43,500 tonnes went to traders in the U.K. Received in the week."}},
		{"an organisation's initialism before a title", "Former U.N. Ambassador John Bolton said 12 had left, and E.C. Ministers agreed.",
			[]string{"Former U.N. Ambassador John Bolton said 12 had left, and E.C. Ministers agreed."}},
		{"a country's initialism before a unit", "Gold rose by about 50 U.S. Cents an ounce, and the U.A.E. Central Bank sold 3 tonnes.",
			[]string{"Gold rose by about 50 U.S. Cents an ounce, and the U.A.E. Central Bank sold 3 tonnes."}},
		{"a dotted initialism ending a sentence before an opener still breaks", "Sales rose 5 pct in the U.S. The company said 40 stores opened in Washington D.C. He said more will follow in the N.Z. Market.",
			[]string{"Sales rose 5 pct in the U.S.", "The company said 40 stores opened in Washington D.C.", "He said more will follow in the N.Z. Market."}},
		{"a dotted initialism before an opening adverb still breaks", "About 85,000 refugees came into the U.S. Initially, the program allowed 10 a year.",
			[]string{"About 85,000 refugees came into the U.S.", "Initially, the program allowed 10 a year."}},
		{"a capitalised word after a currency abbreviation is a break", "He paid in Rs. Then he left.", []string{"He paid in Rs.", "Then he left."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := NewDoc(tc.text, m)
			var got []string
			for i := range d.Sentences {
				got = append(got, d.SentenceText(i))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("sentences = %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// TestTokenLower checks each token's Lower (sliced from the sentence
// lower-cased once, when it is ASCII) against strings.ToLower of its text,
// on awkward sentences and every sentence of the corpus, the quantity tests
// and 200 PolNeAR texts.
func TestTokenLower(t *testing.T) {
	m, err := LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"The U.S. GDP grew 3% in Q2, ABC News said.",
		"İstanbul's mayor, ÉCOLE director and Ünal Öz said “40 people” were there.",
		"He can't and WON'T say, she said; \"It's 5 p.m.\" -- OK?",
		"ALL CAPS HEADLINE WITH NUMBERS 1,200 AND $3.5BN",
		"mixed ascii and ½ fraction Of THE Vote",
		"“Most Voters,” Said José Álvarez — the Party’s Leader — “Want 3% More.”",
		"ÉCOLE Chief Ça Va; İstanbul’s Mayor and STRAẞE said 12 ǅ Ω",
		"Invalid \xff byte In A SENTENCE of Words, said Ann \xe2\x80 O’Neil.",
	}
	files := testTextFiles()
	polnear := 0
	for _, f := range files {
		if strings.Contains(f, "polnear") {
			if polnear++; polnear > 200 {
				continue
			}
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	n := 0
	for _, text := range texts {
		d := NewDoc(text, m)
		for i := range d.Sentences {
			for _, tk := range d.Tokens(i) {
				if want := strings.ToLower(tk.Text); tk.Lower != want {
					t.Errorf("%q: Lower %q, want %q", tk.Text, tk.Lower, want)
				}
				n++
			}
		}
	}
	if n < 10000 {
		t.Errorf("only %d tokens checked", n)
	}
}

// prose splits an abbreviated title of three or more small letters from its
// full stop ("Const" "."); Tokens joins them before a capitalised word, not
// elsewhere ("the Const." ending a sentence, a word that is no title).
func TestTitleStopTokens(t *testing.T) {
	m, err := LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"Capt. Ravi Menon said 40 had left.", "Capt.", true},
		{"It was 40, Prof. Helen Ward said.", "Prof.", true},
		{"It was 40, Supt. Neil Ray said.", "Supt.", true},
		{"Coun. Tim Tierney voted no.", "Coun.", true},
		{"He saw the Capt. and left.", "Capt.", false},
		{"It rained in Hull. Rain fell again.", "Hull.", false},
	} {
		d := NewDoc(c.text, m)
		got := false
		for i := range d.Sentences {
			for _, tok := range d.Tokens(i) {
				got = got || tok.Text == c.word
			}
		}
		if got != c.want {
			t.Errorf("%q: token %q found %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

// TestCapSentences: a paragraph with no sentence end is cut into sentences
// of at most MaxSentence bytes, after a clause mark or a space, with no
// byte lost or repeated; ordinary sentences are left alone.
func TestCapSentences(t *testing.T) {
	m, err := LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"the", "council", "said", "spending", "rose", "4.5", "percent;", "to", "$12", "million,", "and", "Zürich"}
	var b strings.Builder
	for i := 0; b.Len() < 3*MaxSentence+100; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[(i*7)%len(words)])
	}
	cases := []struct {
		name string
		text string
		min  int // sentences at least
	}{
		{"run-on words", b.String(), 4},
		{"no spaces", strings.Repeat("ab€", MaxSentence), 3},
		{"ordinary", "Prices rose 3 percent. Officials said 1,200 homes were built.", 2},
	}
	for _, c := range cases {
		d := NewDoc(c.text, m)
		if len(d.Sentences) < c.min {
			t.Errorf("%s: %d sentences, want at least %d", c.name, len(d.Sentences), c.min)
		}
		prev := 0
		for _, s := range d.Sentences {
			if s.End-s.Start > MaxSentence {
				t.Errorf("%s: sentence of %d bytes", c.name, s.End-s.Start)
			}
			if strings.TrimSpace(c.text[prev:s.Start]) != "" || !utf8.ValidString(c.text[s.Start:s.End]) {
				t.Errorf("%s: text lost or cut inside a rune before %d", c.name, s.Start)
			}
			prev = s.End
		}
		if strings.TrimSpace(c.text[prev:]) != "" {
			t.Errorf("%s: text lost at the end", c.name)
		}
	}
}

// TestAngleMarkTokens: wire copy's angle marks around a company's name or
// ticker ("<Mono Gold Mines Inc> said", "Narragansett Capital Corp
// <NARR>") stand apart from the words, as brackets; a bracket alone or
// inside a word stays as written.
func TestAngleMarkTokens(t *testing.T) {
	m, err := LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"<Mono Gold Mines Inc> said it sold 300,000 shares.", "( Mono Gold Mines Inc ) said it sold 300,000 shares ."},
		{"<Westmark Partners L.P.> bought a stake.", "( Westmark Partners L.P. ) bought a stake ."},
		{"Harlow Corp <HRL> rose 2 pct.", "Harlow Corp ( HRL ) rose 2 pct ."},
		{"Values of x <= 4 and a<b were found.", "Values of x <= 4 and a<b were found ."},
	} {
		d := NewDoc(c.text, m)
		var got []string
		for i := range d.Sentences {
			for _, tok := range d.Tokens(i) {
				got = append(got, tok.Text)
				if tok.Start < 0 || tok.End() > len(d.Text) {
					t.Fatalf("%q: token %q at %d out of the text", c.text, tok.Text, tok.Start)
				}
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: tokens %q, want %q", c.text, g, c.want)
		}
	}
}
