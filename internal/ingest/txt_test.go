package ingest

import (
	"bytes"
	"strings"
	"testing"
)

func TestParseText(t *testing.T) {
	para := func(s string) string {
		return s + " was said by the spokesman of the ministry on Tuesday, according to a statement published online."
	}
	body7 := strings.Join([]string{para("A"), para("B"), para("C"), para("H"), para("I"), para("J"), para("K")}, "\n")
	tests := []struct {
		name, in, title, text string
	}{
		{"plain unchanged except trimming", "\n  " + para("A") + "  \n" + para("B") + "\n\n",
			"", para("A") + "\n" + para("B")},
		{"headline becomes title", "Minister Resigns Over Budget Row\n\n" + para("A") + "\n" + para("B"),
			"Minister Resigns Over Budget Row", para("A") + "\n" + para("B")},
		{"furniture lines dropped", "• en\nON NOW\n\nMinister Resigns Over Budget Row\n\nTotal Views : 3\nZoom In Zoom Out Read Later Print\n\n" +
			para("A") + "\n\n" + para("B") + "\n\nFollow us on:\n\nON NOW",
			"Minister Resigns Over Budget Row", para("A") + "\n" + para("B")},
		{"byline and date skipped for title", "Storm Hits Coast, Thousands Evacuated\nBy Jane Doe\nNov 19, 2019, 10:31 pm CST\n" + para("A") + "\n" + para("B"),
			"Storm Hits Coast, Thousands Evacuated", para("A") + "\n" + para("B")},
		{"subheading inside body kept", para("A") + "\nWhat comes next\n" + para("B"),
			"", para("A") + "\nWhat comes next\n" + para("B")},
		{"navigation before and after", strings.Repeat("Home\nWorld\nSports\nBusiness\n", 5) + "Big Headline About Something\n" + para("A") + "\n" + para("B") + "\n" + strings.Repeat("Privacy Policy\nTerms of Use\nContact\n", 5),
			"Big Headline About Something", para("A") + "\n" + para("B")},
		{"comment section dropped", para("A") + "\n" + para("B") + "\n" + para("C") + "\n34 Comments\njoe says:\nNovember 19, 2019 at 6:44 am\n" + para("D"),
			"", para("A") + "\n" + para("B") + "\n" + para("C")},
		{"repeated copy dropped", para("A") + "\n" + para("B") + "\nshare\n" + para("A") + "\n" + para("B"),
			"", para("A") + "\n" + para("B")},
		{"standfirst kept as body", "Venezuela Frees Detainees Amid Tensions\n\nTotal Views : 3\n\nThe government has released 88 people jailed over protests, following the release of 99 at Christmas.\n\n" + para("A"),
			"Venezuela Frees Detainees Amid Tensions", "The government has released 88 people jailed over protests, following the release of 99 at Christmas.\n" + para("A")},
		{"list of other stories after the body dropped", body7 + "\nMore From The Examiner\n" +
			"Carlos Ghosn and the dark side of Japanese justice\nAnthony Ghosn\nWednesday November 20, 2019\n" + para("D") + " " + para("d") + "\n" +
			"What made Joker so popular at the box office?\nMadeline Fry\nNov 19, 2019\n" + para("E") + " " + para("e") + "\n" +
			"Senator says the plan would kill the dream\nSen. David Perdue\n19 November 2019\n" + para("F") + " " + para("f") + "\n" +
			"Report on detention is bogus, critics say\nBecket Adams\nTuesday November 19, 2019\n" + para("G") + " " + para("g"),
			"", body7},
		{"photo captions with more/less toggles dropped", para("A") + "\n" +
			"Karma Automotive's Andreas Thurner, Vice President for Global Sales, at the Automobility LA Auto Show in Los Angeles Tuesday, Nov. 19, 2019. less\n" +
			"Karma Automotive's Andreas Thurner, Vice President for Global ... more\n" + para("B") + "\n" + para("C") + "\nThe plan does more and costs less\n" + para("D"),
			"", para("A") + "\n" + para("B") + "\n" + para("C") + "\nThe plan does more and costs less\n" + para("D")},
		{"dated list after the body kept", body7 + "\nThe Band's 2020 Tour Dates\nJune 9 – West Palm Beach, FL @ Coral Sky Amphitheatre\nJune 10 – Tampa, FL @ Credit Union Amphitheatre\n" +
			"Sept. 18 -- The Forum, Los Angeles, CA\nOct. 3 -- Ak-Chin Pavilion, Phoenix, AZ\nFACEBOOK\nTWITTER\nCustomer Service\nSubscribe",
			"", body7 + "\nThe Band's 2020 Tour Dates\nJune 9 – West Palm Beach, FL @ Coral Sky Amphitheatre\nJune 10 – Tampa, FL @ Credit Union Amphitheatre\nSept. 18 -- The Forum, Los Angeles, CA\nOct. 3 -- Ak-Chin Pavilion, Phoenix, AZ"},
		{"two dated lines after the body are not a list", body7 + "\nJune 9 – West Palm Beach, FL @ Coral Sky Amphitheatre\nJune 10 – Tampa, FL @ Credit Union Amphitheatre\nFACEBOOK\nTWITTER",
			"", body7},
		{"CRLF", para("A") + "\r\n" + para("B") + "\r\n", "", para("A") + "\n" + para("B")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseText(tt.in)
			if a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if a.Text != tt.text {
				t.Errorf("text:\n%s\nwant:\n%s", a.Text, tt.text)
			}
		})
	}
}

func TestParseTextByline(t *testing.T) {
	body := "The council voted on Tuesday to approve the new budget, which raises spending on schools by four percent.\n" +
		"Opposition members said the plan would leave the city exposed if the economy slows down next year."
	tests := []struct {
		in, published, authors string
	}{
		{"Storm Hits Coast\nBy Jane Doe and John Roe\nNov. 19, 2019, 10:31 pm CST\n" + body, "2019-11-19", "Jane Doe;John Roe"},
		{"Storm Hits Coast\nChris Davies - Nov 19, 2019, 10:31 pm CST\n" + body, "2019-11-19", ""},
		{"Storm Hits Coast\nPublished 3 September 2024\n" + body, "2024-09-03", ""},
		{"Storm Hits Coast\n" + body, "", ""},
	}
	for _, tt := range tests {
		a := ParseText(tt.in)
		if a.Published != tt.published || strings.Join(a.Authors, ";") != tt.authors || a.Title != "Storm Hits Coast" {
			t.Errorf("%q: title %q published %q authors %q, want %q %q", tt.in[:40], a.Title, a.Published, a.Authors, tt.published, tt.authors)
		}
	}
}

func TestReadTextErrors(t *testing.T) {
	big := bytes.Repeat([]byte("word "), MaxArticle/5+1)
	tests := []struct {
		name string
		in   []byte
		want string // substring of the error; "" = no error
	}{
		{"ok", []byte("A sentence that is long enough to count as the body of an article, really."), ""},
		{"utf-8 BOM", []byte("\xEF\xBB\xBFA sentence that is long enough to count as the body of an article, really."), ""},
		{"utf-16 BOM", []byte("\xFF\xFEH\x00i\x00 \x00t\x00h\x00e\x00r\x00e\x00.\x00"), ""},
		{"empty", []byte(" \n\t\n"), "empty file"},
		{"binary", []byte("abc\x00def"), "binary data (NUL byte at offset 3)"},
		{"latin-1", []byte("Le caf\xe9 co\xfbte 2 \x80 de plus depuis lundi, a dit le patron du bistrot."), ""},
		{"not latin-1 either", []byte("caf\xe9 au lait \x81\x8d"), "invalid UTF-8 at byte 3, and not Windows-1252/Latin-1 text either; convert it to UTF-8"},
		{"FF FE then ASCII", []byte("\xFF\xFEThis is plain ASCII text after a stray mark, not UTF-16 at all, as one can see!!"), "starts with a UTF-16 byte-order mark but does not read as UTF-16 text"},
		{"FF FE then binary", append([]byte("\xFF\xFE"), bytes.Repeat([]byte{1, 2, 3, 4}, 30)...), "starts with a UTF-16 byte-order mark but does not read as UTF-16 text"},
		{"FF FE then a short ASCII line", []byte("\xFF\xFEThis is plain ASCII text after a stray byte-order mark, not UTF-16 at all!"), "does not read as UTF-16 text"},
		{"utf-16 Chinese", append([]byte("\xFF\xFE"), utf16le("委员会周二投票批准了新的预算，学校开支增加百分之四，道路维护基金减少。反对派议员说，如果经济放缓，这项计划会使城市陷入困境。")...), ""},
		{"FF FE odd length", []byte("\xFF\xFEabc"), "odd number of bytes"},
		{"too large", big, "over the 10 MB article limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, err := readTextFile("dir/x.txt", bytes.NewReader(tt.in))
			if tt.want == "" {
				if err != nil || a.Text == "" {
					t.Fatalf("err %v, text %q", err, a.Text)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "dir/x.txt: ") || !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q, want one line naming dir/x.txt and %q", msg, tt.want)
			}
		})
	}
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

// TestSignUpBoxInBody: a sign-up box between two parts of an article goes,
// and the body goes on after it.
func TestSignUpBoxInBody(t *testing.T) {
	p := " was on sale this week, the shop said on Monday."
	in := strings.Join([]string{
		"Menu", "Home", "Looking for a laptop? The first model" + p, "Right now the second model" + p,
		"Deals", "Be the first to know!", "By signing up, you agree to receive recurring automated SMS marketing messages from Deals.",
		"Thanks for signing up!", "The third model" + p, "The fourth model" + p, "Privacy Policy",
	}, "\n")
	got := ParseText(in).Text
	for _, want := range []string{"first model", "second model", "third model", "fourth model"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q dropped:\n%s", want, got)
		}
	}
	for _, gone := range []string{"By signing up", "Thanks for signing up"} {
		if strings.Contains(got, gone) {
			t.Errorf("%q kept:\n%s", gone, got)
		}
	}
}

// TestTextBoiler: the legal footers a dump flattens among the paragraphs
// (textBoilerRules) are furniture; prose about the FDA or a trademark is
// not.
func TestTextBoiler(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"*These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose, treat, cure, or prevent any disease.", true},
		{"This product is not intended to diagnose, treat, cure or prevent any disease.", true},
		{"The claims made for this supplement have not been evaluated by the FDA.", false}, // "claims made for": not the notice's words
		{"Such claims have not been evaluated by the FDA and are provided for information only.", true},
		{"Apple logo, Apple TV, App Store, iPad, iPhone, and iPod touch are registered trademarks of Apple Inc. Roku is a registered trademark of Roku, Inc.", true},
		{"AIA®, G702®, and G703® are registered trademarks owned by The American Institute of Architects and ACD Operations, LLC.", true},
		{"The content contained in this blog post is intended for general informational purposes only and is not meant to constitute legal, tax, accounting or investment advice. " + strings.Repeat("You should consult a qualified legal or tax professional regarding your specific situation. ", 8), true},
		{"The information shared on this website and podcast is for general educational purposes only. It is not medical advice and should not replace the guidance of your healthcare provider.", true},
		{"Keep in mind that the information and content on this blog is for informational purposes and should not be considered medical advice.", true},
		{"This material is not intended to replace the advice of a qualified advisor. Information has been obtained from sources believed to be reliable.", true},
		{"* Disclaimer: This blog post is not intended to replace the advice of a medical professional.", true},
		{"We do not offer medical advice. Although we have consulted with dentists and dental hygienists for this assessment, seeking guidance from a professional is essential.", true},
		{"We use cookies and similar technologies to improve your browsing experience, personalize content and offers, show targeted ads, analyze traffic, and better understand you. We may share your information with third-party partners for marketing purposes. To learn more and make choices about data use, visit our Advertising Policy and Privacy Policy. By clicking “Accept and Continue” below, (1) you consent to these activities unless and until you withdraw your consent using our rights request form.", true},
		{"This website uses cookies to improve your experience while you navigate through the website. " + strings.Repeat("Out of these, the cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic functionalities of the website. ", 3), true},
		{"© 2004-2019 All rights reserved. MNT is the registered trade mark of Healthline Media. Any medical information published on this website is not intended as a substitute for informed medical advice and you should not take any action before consulting with a healthcare professional.", true},
		{"Copyright © 2011, Harvard University. For more information about The Healthy Eating Plate, please see The Nutrition Source, Department of Nutrition, Harvard T.H. Chan School of Public Health, and Harvard Health Publications.", true},
		{"©Jennifer Huberty, Jeni Green, Christine Glissmann, Linda Larkey, Megan Puzia, Chong Lee. Originally published in JMIR Mhealth and Uhealth (http://mhealth.jmir.org), 25.06.2019.", true},
		{"Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.", true},
		{"report this ad", true}, // an ad slot's label (Pubnation, WordAds)
		{"Report this ad", true},
		{"Readers can report this ad to the regulator, the council said, and more than 300 did so in the first week.", false},
		// prose that stays
		{"Regulators said the site uses cookies to follow readers across the web, and fined its owner €2m for it last year, a record for the country.", false},
		{"The school says the trips are for educational purposes only, but parents say the pupils spend most of each day at the beach.", false},
		{"Doctors warned that the app is not intended to replace a visit to the clinic, and that its advice on rashes was often wrong.", false},
		{"Her lawyer said they do not offer any advice to clients on tax, and referred the questions to the firm's accountants instead.", false},
		{"If your company markets dietary supplements, you are likely subject to rules from the Food and Drug Administration (FDA) and the Federal Trade Commission.", false},
		{"The agency said the drug had not been evaluated for children, and doctors should use it with care until trials end next year.", false},
		{"The company registered trademarks in forty countries before it launched the drink in Europe last spring, its filings show.", false},
		{"Kleenex has become a generic word for tissues, although the brand remains the property of Kimberly-Clark, which defends it in court.", false},
	} {
		if got := isTextFurniture(c.line); got != c.want {
			t.Errorf("isTextFurniture(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestTemplateLines: a line a list repeats under each item, next to the
// item's own lines, is a template line; a menu or a page copied whole and
// a contents list's numbered headings are not.
func TestTemplateLines(t *testing.T) {
	note := "This webcam image is provided courtesy of the park's conservancy, which keeps it running."
	cams := []string{
		"Yosemite Falls", "The falls drop 2,425 feet in three steps and run hardest in May and June each year.", note,
		"Half Dome", "This camera, at about 8,000 feet, shows Half Dome and the high country around it.", note,
		"Valley Floor", "This view from just east of the village gives a sense of conditions on the valley floor.", note,
	}
	lines, words := cams, make([]int, len(cams))
	for i, l := range lines {
		words[i] = lineWords(l)
	}
	if got := templateLines(lines, words); !got[note] {
		t.Errorf("template line not found: %v", got)
	}
	menu := "Meet nine more sustainable brands making petite and short clothes this season"
	menu2 := "What is collective bargaining and why it is central to labour justice today"
	head := "1. Professional event planners offer expertise and experience to every client."
	for _, c := range []struct {
		name  string
		lines []string
	}{
		{"menu copied", []string{menu, menu2, "Our own first paragraph about the fashion brands and their clothes.", menu, menu2, "Footer", menu, menu2}},
		{"contents list", []string{"Contents", head, "Intro paragraph about hiring a planner for your next big event.", head, "A paragraph under the heading that explains what planners know.", "Summary", head}},
	} {
		ws := make([]int, len(c.lines))
		for i, l := range c.lines {
			ws[i] = lineWords(l)
		}
		if got := templateLines(c.lines, ws); len(got) > 0 {
			t.Errorf("%s: template lines %v, want none", c.name, got)
		}
	}
}

// TestLabeledCaptions: a caption under a bare caption label goes, and the
// body it stands in is not split.
func TestLabeledCaptions(t *testing.T) {
	p1 := "The singer said on Thursday that she would re-record her first six albums after the sale of her old label to a group backed by a private equity firm."
	p2 := "Her seventh album, released in August, is the only one she owns the rights to, and it has sold more than three million copies around the world so far."
	for _, label := range []string{"Image caption", "Media caption", "Caption"} {
		in := p1 + "\n" + label + "\nScooter Braun has managed Justin Bieber, among others, throughout his career in music\n" + p2
		got := ParseText(in).Text
		if strings.Contains(got, "Scooter Braun") || !strings.Contains(got, "The singer said") || !strings.Contains(got, "Her seventh album") {
			t.Errorf("%s: got\n%s", label, got)
		}
	}
}
