package attrib

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/text"
)

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"curly", "He said “no more” and “never again”.", []string{"“no more”", "“never again”"}},
		{"straight", `She said "yes" and "no".`, []string{`"yes"`, `"no"`}},
		{"double apostrophe", "''It costs $5,'' he said.", []string{"''It costs $5,''"}},
		{"over paragraphs", "“First part.\n“Second part,” he said.", []string{"“First part.\n“Second part,”"}},
		{"unclosed, next paragraph narration", "“Open quote.\nNarration follows.", []string{"“Open quote."}},
		// straight single quotes as quotation marks (British and
		// Commonwealth news); apostrophes, plural possessives and elisions
		// open or close nothing
		{"straight single, comma inside", "'It was great to have 7,500 of our fans here,' Ferguson said afterwards.", []string{"'It was great to have 7,500 of our fans here,'"}},
		{"straight single, after the cue", "The minister said: 'We will build 40 new schools.' Critics doubt it.", []string{"'We will build 40 new schools.'"}},
		{"straight single phrase", "He called the deal 'a disgrace', saying it cost $3bn.", []string{"'a disgrace'"}},
		{"apostrophes are not quotes", "The players' union said the '90s deal didn't pay the fans' club 5 pounds.", nil},
		{"quoted transcript turns are one quote each", "\"HOST: Why now?\n\"BRANDT: We waited 10 years.\n", []string{"\"HOST: Why now?", "\"BRANDT: We waited 10 years."}},
	}
	m, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := text.NewDoc(tc.text, m)
			qs := findQuotes(d)
			var got []string
			for _, q := range qs {
				got = append(got, tc.text[q.Start:q.End])
			}
			if len(got) != len(tc.want) {
				t.Fatalf("quotes = %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("quote %d = %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestRegistry(t *testing.T) {
	text := "President Ana Ruiz met Civic Watch, a rights group, and the National Electoral Council (NEC). " +
		"Ruiz said the NEC was late. The director of Foro Libre, Juan Perez, spoke. Perez left. " +
		"A survey by Rosa Maria Diaz of the University of Lima found gaps, Diaz said. The Bank of Lima agreed."
	r := newRegistry(text)
	tests := []struct {
		name, full string
		kind       claims.SourceKind
	}{
		{"Diaz", "Rosa Maria Diaz", kindPerson},
		{"University of Lima", "University of Lima", kindOrg},
		{"Bank of Lima", "Bank of Lima", kindOrg},
		{"Ruiz", "Ana Ruiz", kindPerson},
		{"Ana Ruiz", "Ana Ruiz", kindPerson},
		{"NEC", "National Electoral Council", kindOrg},
		{"Civic Watch", "Civic Watch", kindOrg},
		{"Foro Libre", "Foro Libre", kindOrg},
		{"Perez", "Juan Perez", kindPerson},
	}
	for _, tc := range tests {
		if got := r.fullest(tc.name, len(text)); got != tc.full {
			t.Errorf("fullest(%q) = %q, want %q", tc.name, got, tc.full)
		}
		if got := r.kindOf(tc.full); got != tc.kind {
			t.Errorf("kindOf(%q) = %q, want %q", tc.full, got, tc.kind)
		}
	}
}

func TestFindQuotesMarks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"curly inside straight nests", `"The fund lost money. “We saw it coming,” one trader said, and it fell 9%."`,
			[]string{`"The fund lost money. “We saw it coming,” one trader said, and it fell 9%."`}},
		{"open curly typed as close", "“It is rare,“ said Ann Lee. “Very rare.”", []string{"“It is rare,“", "“Very rare.”"}},
		{"straight then curly is one mark", "\"“We will win,” Kim said.", []string{"\"“We will win,”"}},
		{"stray straight mark", "\"At the hearing the senator asked a “question” nobody expected.\n“No,” Ruiz said.",
			[]string{"“question”", "“No,”"}},
		{"straight inside curly nests", "“He told me \"we cut 500 jobs\" and left,” said Ruiz. \"Yes,\" Lee said.", []string{"“He told me \"we cut 500 jobs\" and left,”", "\"Yes,\""}},
		{"curly opened, straight closed", "“We cut 500 jobs,\" said Ruiz.", []string{"“We cut 500 jobs,\""}},
		{"nested single in double apostrophes", "''I would call it 'old-school,''' said Tom Reyes.", []string{"''I would call it 'old-school,'''"}},
		{"straight passage over paragraphs", "\"The plan costs $5 billion and “Fair Pay” is its name.\n\"It will pass,\" she said.",
			[]string{"\"The plan costs $5 billion and “Fair Pay” is its name.\n\"It will pass,\""}},
		{"plural possessive inside curly single", "‘The nurses’ pay fell 20 per cent,’ said Pat Cullen. ‘Our members’ wages rose 3 per cent.’", []string{"‘The nurses’ pay fell 20 per cent,’", "‘Our members’ wages rose 3 per cent.’"}},
		{"scare quotes ending in s, no punctuated close after", "The so-called ‘bosses’ club met; ‘the workers’ say little.", []string{"‘bosses’", "‘the workers’"}},
		{"low-high pair", "„We are asking for 12 per cent,“ said Mpho Ramakgolo. The app „Vivy“ has 90 partners.", []string{"„We are asking for 12 per cent,“", "„Vivy“"}},
		{"low then right double", "„We lost 40 seats,” she said.", []string{"„We lost 40 seats,”"}},
		// odd marks (lexicon.OddQuoteMarks): double primes of OCR'd and
		// converted text (fresh-1's rail regulator), fullwidth and reversed
		// marks; after a digit ″ is inches
		{"double primes", "″Only 62 per cent arrived on time,″ said Stephanie Tobyn.", []string{"″Only 62 per cent arrived on time,″"}},
		{"reversed double prime then double prime", "‶We sold 900 tickets,″ she said.", []string{"‶We sold 900 tickets,″"}},
		{"fullwidth marks", "＂We need 40 more nurses,＂ said Dr Chen Wei.", []string{"＂We need 40 more nurses,＂"}},
		{"ornamental pull quote", "❝We grew 12% this year.❞ The chief executive smiled.", []string{"❝We grew 12% this year.❞"}},
		{"inches are no marks", "He is 5′10″ tall and owns a 15″ laptop. ″It cost $900,″ he said.", []string{"″It cost $900,″"}},
		{"low pair over paragraphs", "„The fund lost 9 per cent.\n„We saw it coming,“ he said.", []string{"„The fund lost 9 per cent.\n„We saw it coming,“"}},
	}
	m, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := text.NewDoc(tc.text, m)
			var got []string
			for _, q := range findQuotes(d) {
				got = append(got, tc.text[q.Start:q.End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("quotes = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestQuotePronounSpeaker checks the name a pronoun speaker resolves to.
func TestQuotePronounSpeaker(t *testing.T) {
	tests := []struct {
		name, text, number, want string
	}{
		{"names inside the quote are skipped", "Senator Ann Ruiz spoke first.\n“We beat Tom Cole by 9 points,” she said.", "9", "Ann Ruiz"},
		{"a name next to a speech verb", "Prices rose, said Mary E. Lovely, an economist at the Tariff Institute.\n“About 36% of imports are computers,” she said.", "36%", "Mary E. Lovely"},
		{"the nearest speaker by a speech verb beats an earlier subject", "Senator Jordan Lee spoke on Monday about tariffs.\nPrices rose, said Mary E. Lovely, an economist.\n“About 36% of imports are computers,” she said.", "36%", "Mary E. Lovely"},
		{"the named speaker of the quote before", "“We have 3 landers,” said Steve Clarke, a deputy administrator at the agency.\n“This is based on 2 goals,” he said.", "2 goals", "Steve Clarke"},
		{"a name before an appositive and a speech verb", "The judge ruled on Monday.\nSonya Zoghlin, his attorney, told reporters the ruling was fair.\n“He has paid 2 fines,” she said.", "2 fines", "Sonya Zoghlin"},
		{"another name between breaks the pronoun chain", "“We sell 3 landers,” he said.\nMarco Villa, the company’s chief operating officer, said it would grow.\n“We start with 1 small lander,” he said.", "1 small", "Marco Villa"},
		{"a kinship word gives the gender", "Taylor Smith, 40, arrived with her father, Jordan Smith.\n“We created 5,000 jobs,” she said.", "5,000", "Taylor Smith"},
		{"a given name gives the gender", "Ivanka Trump spoke first. Then Donald Trump took the stage.\n“We created 7,000 jobs,” she said.", "7,000", "Ivanka Trump"},
		// a name closing an appositive before the verb is a speaker by a
		// speech verb, nearer than the organisation that spoke first
		// (PolNeAR: "His campaign manager, Jeff Weaver, said"; quotes
		// fresh-2: "The police spokesman, SP Abdullahi Kiyawa, said …")
		{"an apposed name before the verb beats an organisation subject", "Kenya Power said outages had hit several counties.\n\nIts managing director, Joseph Siror, said the grid was stable.\n\n\"About 45,000 customers are still without power,\" he said.", "45,000", "Joseph Siror"},
		{"an apposed name before the verb, quote after reported speech", "Safaricom said the network was down.\n\nThe company's chief executive, Peter Ndegwa, said it was stable again. He said engineers had worked overnight.\n\n“About 300 masts are still offline.”", "300", "Peter Ndegwa"},
		{"a title of the other gender is skipped", "The talks were led by Mr. Tom Cole, the mayor.\nLater Ms. Ann Ruiz arrived.\n“I have 3 plans,” he said.", "3", "Tom Cole"},
	}
	m, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(tc.text, tc.number)
			a := newAttributor(text.NewDoc(tc.text, m))
			got := ""
			if f := a.claimSource(i, i+len(tc.number)); f != nil && f.src != nil {
				got = f.src.Name
			}
			if got != tc.want {
				t.Errorf("speaker name = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestQuoteSpeaker checks the speaker mention given to a number inside a
// quote (empty: no source).
func TestQuoteSpeaker(t *testing.T) {
	tests := []struct {
		name, text, number, want string
	}{
		{"inverted with appositive", "“We lost 40 jobs,” said Maria Gomez, the mayor of Linden.", "40", "Maria Gomez"},
		{"speaker first", "“We lost 40 jobs,” Gomez said on Monday.", "40", "Gomez"},
		{"long appositive with a mistagged word", "“We have 300 open claims,” Amy Stone, deputy homeland security adviser, said on a call with reporters.", "300", "Amy Stone"},
		{"question then the speaker's sentence", "“Who would pay $90 for that?” Trump told a radio station in an interview aired on Monday.", "90", "Trump"},
		{"manner verb after an open ending", "“Give us 10 more minutes!” the man shouted.", "10", "the man"},
		{"capitalised verb", "“Only 3 states voted for it!” Murphy, the head of the group, Tweeted on Friday.", "3", "Murphy"},
		{"lead-in with colon", "The governor told reporters: “We will hire 200 teachers.”", "200", "The governor"},
		{"lead-in after a comma", "At one point a woman asked for a photo and Clinton said, “We only have 5 minutes.”", "5", "Clinton"},
		{"participle takes the main subject", "At the debate, Sanders compared himself to Clinton, saying, “I got 2 million donations.”", "2 million", "Sanders"},
		{"participle after a mistagged name", "Weaver didn’t seem impressed on Tuesday, telling reporters, “A lot of people want 12 new buses.”", "12", "Weaver"},
		{"participle after a message's addressee", "His campaign sent out a text message to supporters saying: \"Give $10 now.\"", "$10", "His campaign"},
		{"next quote after a told tail with a middle initial", "''We will come to terms with it,'' Trent Lott, who was majority leader under George W. Bush, told lawmakers on a recent visit. ''He might serve 4 years.''", "4", "Trent Lott"},
		{"epigraph signed on its own line", "Ford wrote fantasy.\n“He could have written five books in that world.” — Neil Gaiman\nThe books sold well.", "five", "Neil Gaiman"},
		// the quotation dash (U+2015), glued to the mark or not (PolNeAR dev: readers' statements signed "― Name")
		{"signed with a quotation dash glued to the mark", "Readers wrote in.\n“He said 40 percent of us live in hell.”― Pamela Padilla \n“We are 55 million strong.” ― Krystal Correa", "40 percent", "Pamela Padilla"},
		{"signed with a quotation dash, spaced", "Readers wrote in.\n“He said 40 percent of us live in hell.”― Pamela Padilla \n“We are 55 million strong.” ― Krystal Correa", "55 million", "Krystal Correa"},
		{"signed with an em dash glued to the mark, full stop after", "Fans wrote to us.\n“We waited 12 hours for tickets.”— Ana Ruiz.\nThe club apologised.", "12 hours", "Ana Ruiz"},
		{"label run into the mark", "The hearing went on.\nRep. Trey Gowdy (R-S.C.):\"Who told you that 90 percent were in the system?\"", "90", "Rep. Trey Gowdy (R-S.C.)"},
		{"a quoted phrase owned by a possessive", "Mitt Romney's “47 percent” comment hurt him.", "47 percent", "Mitt Romney"},
		{"a scare quote with no owner", "The so-called “20 percent” rule was dropped.", "20 percent", ""},
		{"coordinated verb takes the main subject", "Lazar said he welcomed the move and added, “I will pay the $500 fine.”", "$500", "Lazar"},
		{"split quote", "“We hired 12 people,” Ruiz said, “and we will hire 30 more.”", "30", "Ruiz"},
		{"tail outranks a cue of the sentence", "Joe Biden, telling the paper in an interview published on Monday, “Both have 20 years in office,” he said.", "20", "he"},
		{"quote-only paragraph after a colon lead-in", "Senator Ann Ruiz said at the hearing:\n“The program costs $4 billion.”", "$4 billion", "Senator Ann Ruiz"},
		{"continued paragraph", "“The mill closed in the spring.\n“Since then 150 people have left town,” said Pedro Alves, a local priest.", "150", "Pedro Alves"},
		{"next paragraph of the same speaker", "“We won,” Kim said.\n“We got 60 percent of the vote.”", "60 percent", "Kim"},
		{"sentence-final quote, new statement", "“We won.” Kim said the recount would take 3 weeks.", "3 weeks", "Kim"},
		{"scare quote inside a clause", "The so-called “20 percent rule” was dropped in May.", "20 percent", ""},
		{"inverted lead-in", "The shop reopened in May. Said Rosa Diaz, who has worked there for a decade, “We sold 400 cakes.”", "400", "Rosa Diaz"},
		{"lead-in subject far from its verb", "Lee, 35, the owner of two bakeries, said on Monday, in a post about her shop, “Sales fell 12 percent.”", "12 percent", "Lee"},
		{"any verb right before the quote", "During the debate, Ann Ruiz cracked, “I have paid taxes for 30 years.”", "30", "Ann Ruiz"},
		{"verb chain after to", "The mayor was prompted to say, “We have 6 weeks left.”", "6", "The mayor"},
		{"went on to say", "Byrne went on to say, “She threw 2 phones at agents.”", "2", "Byrne"},
		{"name tagged as a participle", "Husted continued by saying, “We will appeal 3 rulings.”", "3", "Husted"},
		{"here's X", "Here’s Clinton in December 1992: “What you earn depends on 1 thing.”", "1 thing", "Clinton"},
		{"as X put it", "As Tom Reyes, a city planner, put it, “Only 1 in 5 buses runs on time.”", "1 in 5", "Tom Reyes"},
		{"shot back", "After the senator attacked her, Lena Ortiz shot back, “I won by 9 points.”", "9", "Lena Ortiz"},
		{"unknown verb inverted after an open ending", "“We counted 70 boats,” scoffed Ana Gil, 22, a fisher.", "70", "Ana Gil"},
		{"abbreviation inside the appositive", "“We raised $8 million,” Tom Lee, a director of the A.F.L.-C.I.O. and an organizer, wrote in an email.", "$8 million", "Tom Lee"},
		{"addressee is not the speaker", "Htay Oo, its chairman, told the news agency simply, “We lost 40 seats.”", "40", "Htay Oo"},
		{"a title's object is no speaker", "The group launched an ad in Ohio on Saturday titled, “5 Lies.”", "5", ""},
		{"quote-only paragraph after an attribution sentence", "The mayor, Ana Ruiz, spoke to reporters on Monday.\n“We have 12 days of water left.”", "12", "Ana Ruiz"},
		{"quote-only paragraph after a content sentence", "Ruiz said the city was ready.\n“We have 12 days of water left.”", "12", ""},
		{"quote-only paragraph before the speaker's next quote", "Ruiz is upbeat about the vote.\n“We will win 7 of 10 seats.”\n“The others will follow,” Ruiz says.", "7", "Ruiz"},
		{"a sign that read", "At the rally, Ann Lee, 14, hoisted a sign that read “15%!”", "15%", "Ann Lee"},
		{"a sign as the subject", "One banner read “Fund 100 more nurses.”", "100", "One banner"},
		{"according to after the quote", "“The fund lost $2 million,” according to the auditor's report.", "$2 million", "the auditor's report"},
		{"headline dash then a source", "Media shares the blame - Pollster: “The polls were off by 4 points.”", "4 points", "Pollster"},
		{"headline dash then a verb", "But polls did predict the race - HuffPollster: “The polls were off by 4 points.”", "4 points", "HuffPollster"},
		{"dash signature paragraph", "Here are the claims.\n\"Almost all new income goes to the top 1 percent.\"\n- Bernie Sanders.", "1 percent", "Bernie Sanders"},
		{"interviewer's question", "In an interview on Monday, the governor was asked, “Will you cut 500 jobs?”", "500", ""},
		{"question by a named interviewer", "The governor was asked by Ann Lee, “Will you cut 500 jobs?”", "500", "Ann Lee"},
		{"a reporter heard asking", "“Should 10,000 more refugees come?” a reporter can be heard asking Trump.", "10,000", "a reporter"},
		{"apostrophe name in a tail", "\"We looked into the eyes of 40 families,\" O'Malley said.", "40", "O'Malley"},
		{"apostrophe name in a lead-in", "Former Gov. Martin O’Malley said back in 2015: “We need 3 more debates.”", "3", "Former Gov. Martin O’Malley"},
		// a role noun of roleNouns before the name, whatever the tagger
		// makes of it ("forecaster" comes as RBR; quote sets fresh-2 and
		// PolNeAR: "said pollster Frank Luntz", "said spokesman John Kirby")
		{"role noun before the name in a split quote", "‘We expect 80 millimetres by dawn,’ said forecaster Lehlohonolo Thobela, ‘and rivers will overflow.’", "80", "forecaster Lehlohonolo Thobela"},
		{"mistagged role noun before the name", "“Expect 25 centimetres of snow on the hills,” said forecaster Mia Lund of the weather office.", "25", "forecaster Mia Lund"},
		{"role noun before the name after a speaker-first tail", "\"Up to 90 km/h gusts are possible,\" said meteorologist Joe Park.", "90", "meteorologist Joe Park"},
		{"participle before the name", "\"I never applied to 2 schools,\" said retired surgeon Ben Carson.", "2", "retired surgeon Ben Carson"},
		{"party tag and a stray comma", "On Tuesday in Berea, Ohio, Gov. John Kasich (R-OH), said, “We won 66 delegates.”", "66", "Gov. John Kasich (R-OH)"},
		{"a lead-in of the next quote is not a tail", "Brafman said, “We found 12 cases.” He added, “None ended in prison.”", "12", "Brafman"},
		{"segmenter cut after a plural title", "“We need 5 more votes,” said Sens. John Smith and Jane Doe in a statement.", "5", "Sens. John Smith and Jane Doe"},
		{"segmenter cut after a title", "“We need 5 more votes,” Rep. John Smith said.", "5", "Rep. John Smith"},
		{"quoted phrase in narration does not inherit", "“We lost,” Ruiz said. The council then passed “the 5 percent plan” without debate.", "5 percent", ""},
		{"next quote sentence inherits", "“We lost,” Ruiz said. “We had 3 votes.”", "3", "Ruiz"},
		{"short quoted name inside the tail", "“We had 3 better conventions,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said.", "3", "Texas delegate Bill Eastland"},
		{"unclosed quote with the attribution inside", "\"Only 5 families kept the papers, said Ann Kessel, whose group is pushing for bills.\nThe bill failed.", "5", "Ann Kessel"},
		{"naming verb before a quoted phrase", "In April, Trump called Ford's plan “a 35 percent disgrace” and left.", "35 percent", "Trump"},
		{"a thing's verb before a quoted word", "Revenue fell, “sharply,” by 8 percent in May.", "8 percent", ""},
		{"comments as a tail verb", "“We sold 50 tickets,” comments Tom Lee in a statement.", "50", "Tom Lee"},
		{"dash signature with a date", "Truth-O-Meter\n\"$53 million a week crosses the border.\"\n— David McKinley on Sunday, October 13th, 2019 in an article", "$53 million", "David McKinley"},
		{"a dash after a clause names no one", "The star is 29,000 light-years from Earth — “practically next door.”", "29,000", ""},
		{"straight-quoted phrase inside a curly quote", "“He told me \"we will cut 500 jobs\" and left,” said Ruiz.", "500", "Ruiz"},
		{"double-prime marks", "The regulator published figures.\n\n″Only 62 per cent of trains arrived on time,″ said Stephanie Tobyn, director of strategy at the Office of Rail and Road.", "62 per cent", "Stephanie Tobyn"},
		{"fullwidth marks, speaker first", "＂We hired 300 nurses,＂ Chen Wei told reporters.", "300", "Chen Wei"},
		// "Those were the words of X": the speaker named after the quote
		// (fresh-1's Sky News paragraph; the verdict and warning forms of
		// British and Nigerian business pages)
		{"words of, next paragraph", "Shoplifting hit a record.\n\n\"We are seeing 55,000 incidents every day. Staff are threatened.\"\n\nThose were the words of Helen Dickinson, chief executive of the British Retail Consortium, speaking to Sky News.", "55,000", "Helen Dickinson"},
		{"verdict of, same paragraph", "“Prices will rise by 8 per cent before Christmas.” That was the verdict of Ruth Oyelaran, an economist at Lagos Business School.", "8 per cent", "Ruth Oyelaran"},
		{"warning of a described speaker", "‘We could lose 400 members by spring.’\n\nThat was the warning of the club's treasurer on Tuesday.", "400", "the club's treasurer"},
		{"words of a document is no demonstrative form", "“We lost 30 customers.” The words of the song echo the report.", "30", ""},
		{"a new statement after the quote", "“We lost 30 customers.” That was the year of the flood.", "30", ""},
		{"nested quote keeps the outer speaker", "Ruiz said: \"The analyst told me “only 10% was used,” and that was the end of it.\"", "10%", "Ruiz"},
	}
	m, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(tc.text, tc.number)
			if i < 0 {
				t.Fatalf("number %q not in text", tc.number)
			}
			a := newAttributor(text.NewDoc(tc.text, m))
			got := ""
			if f := a.claimSource(i, i+len(tc.number)); f != nil && f.src != nil {
				got = f.src.Mention
			}
			if got != tc.want {
				t.Errorf("speaker of %q = %q, want %q", tc.number, got, tc.want)
			}
		})
	}
}

func TestSpeakerOwnerDropped(t *testing.T) {
	for _, tc := range []struct{ text, num, want string }{
		{"“We hired 40 reporters,” said Channel Nine’s Chris Dunne.", "40", "Chris Dunne"},
		{"The Daily Ledger's Ana Ruiz reported that 300 homes flooded.", "300", "Ana Ruiz"},
	} {
		q := attributeNumber(t, tc.text, tc.num)
		if q.Source == nil || q.Source.Name != tc.want {
			t.Errorf("%q: source = %+v, want name %q", tc.text, q.Source, tc.want)
		}
	}
}
