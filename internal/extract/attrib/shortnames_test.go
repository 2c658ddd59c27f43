package attrib

import (
	"fmt"
	"strings"
	"testing"
)

// A surname that also heads organisations' names ("Chambers", "House",
// "Church", "Post") is a person's once the article writes it after a form
// of address; the full name named before is the source (shortnames.go;
// web-dev-4's "Mr Chambers told the Dáil" and these written in other
// words). Without the form of address, or with another organisation word,
// the name stays an organisation's.
func TestAddressedSurnames(t *testing.T) {
	runKindCases(t, []kindCase{
		{"Mr, quote tail", "Finance Minister Jack Chambers unveiled the budget on Tuesday.\n\n'We will put 4.1 billion euro into the fund,' Mr Chambers said.", "4.1 billion euro", "Jack Chambers", kindPerson},
		{"Ms, double quotes", "The Labour candidate, Ann House, spoke in Leeds on Monday.\n\n\"We knocked on 30,000 doors this month,\" Ms House said.", "30,000", "Ann House", kindPerson},
		{"Dr, said after", "Health Minister Sarah Church opened the clinic in Hobart.\n\nDr Church said 1,200 patients had been seen in its first month.", "1,200", "Sarah Church", kindPerson},
		{"Mrs, told", "Senator Mary Post visited the factory on Friday.\n\n\"It will employ 450 people,\" Mrs Post told reporters.", "450", "Mary Post", kindPerson},
		// negatives: organisations keep their names
		{"no form of address", "The House said the bill would cost $4 billion.", "$4 billion", "House", kindOrg},
		{"a chamber of commerce", "The Chambers of Commerce said 300 firms had signed the letter.", "300", "Chambers of Commerce", kindOrg},
		{"the word opening an organisation's name", "Chambers Ireland said 300 firms had signed the letter. Mr Lynch said more would follow.", "300", "Chambers Ireland", kindOrg},
	})
}

// A given name used alone after the full name ("Imad" of "Imad Wasim",
// web-dev-4; "Babar" of "Babar Azam" and these, written in other words)
// resolves to the one full name opening with it; a surname, a word
// opening two names, a place or an organisation's first word does not.
func TestGivenNameAlone(t *testing.T) {
	runKindCases(t, []kindCase{
		{"quote tail, told", "Babar Azam made 98 not out as Peshawar beat Quetta.\n\n\"We needed 12 an over at one stage,\" Babar told reporters.", "12", "Babar Azam", ""},
		{"said, another paragraph", "Neymar Junior signed for Al-Hilal in August.\n\nNeymar said the club would pay him 90 million euros a year.", "90 million euros", "Neymar Junior", ""},
		{"says, after an age", "Sheikha Latifa, who runs the charity, spoke in Dubai. Hamdan Rashid, 41, funded the school.\n\n\"We feed 3,000 children a day,\" Hamdan says.", "3,000", "Hamdan Rashid", kindPerson},
		// East Asian order: the surname first, used alone, then a pronoun
		{"surname first, then he", "\"Chip shipments hit a record $13.6 billion,\" Trade Minister Ahn Duk-geun told reporters.\n\nAhn added that car exports had grown for 14 months.\n\n\"The U.S. now takes 45% of our cars,\" he said.", "45%", "Ahn Duk-geun", kindPerson},
		{"surname first, said", "Lee Jae-myung spoke in Seoul on Sunday.\n\nLee said 1.1 million homes would be built by 2030.", "1.1 million", "Lee Jae-myung", kindPerson},
		// negatives
		{"two names open with it", "Imran Khan and Imran Nazir spoke after the game.\n\n\"We lost by 40 runs,\" Imran said.", "40", "Imran", ""},
		{"a landmark after 'the'", "Back when the Berlin Wall fell, few expected this. Berlin said it would add 7,000 soldiers by 2030.", "7,000", "Berlin", ""},
		{"the full name only after", "\"We scored 300 runs,\" Shan said. Shan Masood led the side.", "300", "Shan", ""},
	})
}

// Arab and Malay names joined by patronymics ("bin", "binti", "ibn") are
// full names of their given name too: "Sheikh Mohammed" (fresh-8) and
// these, in other words.
func TestGivenNameOfPatronymicName(t *testing.T) {
	runKindCases(t, []kindCase{
		{"title and given name", "Sheikh Mohammed bin Rashid Al Maktoum approved the plan on Sunday.\n\n\"Dubai will welcome 25 million visitors a year by 2030,\" Sheikh Mohammed said.", "25 million", "Mohammed bin Rashid Al Maktoum", kindPerson},
		{"given name alone, binti", "Health Minister Siti binti Ahmad opened the ward on Monday.\n\nSiti said 800 nurses would be hired this year.", "800", "Siti binti Ahmad", kindPerson},
		{"ibn, a quote tail", "Abdullah ibn Saud Al Thani chairs the fund.\n\n\"We invested $3 billion in Africa last year,\" Abdullah told Reuters.", "$3 billion", "Abdullah ibn Saud Al Thani", ""},
		// negative: two names open with the given name
		{"two Mohammeds", "Mohammed bin Salman met Mohammed bin Zayed in Riyadh.\n\n\"We signed 12 agreements,\" Mohammed said.", "12", "Mohammed", ""},
	})
}

// The Chinese surname He opens a name inside a sentence ("Vice Premier He
// Lifeng", fresh-8; "spokesperson He Yadong told Xinhua", fresh-7); at
// the start of a sentence it stays the pronoun.
func TestHeSurname(t *testing.T) {
	runKindCases(t, []kindCase{
		{"after a title, told", "\"The economy will grow by around 5 percent this year,\" Vice Premier He Lifeng told the forum in Davos.", "5 percent", "He Lifeng", kindPerson},
		{"after a role noun", "\"Exports to Africa rose 7 percent in the first half,\" ministry spokesperson He Yadong told Xinhua.", "7 percent", "He Yadong", kindPerson},
		{"said before the name", "\"We approved 30 new projects,\" said He Weidong, the commission's director.", "30", "He Weidong", kindPerson},
		// negatives: a title-case headline, the pronoun opening a sentence
		{"headline", "Musk Says He Plans 500 Layoffs At Tesla", "500", "", ""},
		{"pronoun", "John Smith visited the plant on Monday. He told Reuters 40 jobs would go.", "40", "John Smith", kindPerson},
	})
}

// Two titled people joined by "and" are two names ("Japan's Prime
// Minister Shigeru Ishiba and Finance Minister Katsunobu Kato"; PolNeAR
// train's "Gov. John Kasich and Sen. Rand Paul", "President Barack Obama
// and Vice President Joe Biden"): the first one's surname used alone
// later resolves to the first; an office with "and" inside stays one.
func TestTitledPairSplit(t *testing.T) {
	runKindCases(t, []kindCase{
		{"prime minister and finance minister", "Japan's Prime Minister Shigeru Ishiba and Finance Minister Katsunobu Kato met the central bank governor.\n\n\"Wages rose 5.1 percent this spring,\" Ishiba told reporters.", "5.1 percent", "Shigeru Ishiba", kindPerson},
		{"president and vice president", "President Cyril Ramaphosa and Deputy President Paul Mashatile visited the mine.\n\n\"We will create 40,000 jobs,\" Ramaphosa said.", "40,000", "Cyril Ramaphosa", kindPerson},
		{"governor and senator, the second", "Governor Kathy Hochul and Senator Chuck Schumer toured the site.\n\n\"The tunnel will cost $16 billion,\" Schumer said.", "$16 billion", "Chuck Schumer", kindPerson},
	})
	for _, tc := range []struct {
		before, after string
		want          bool
	}{
		{"Prime Minister Shigeru Ishiba", "Finance Minister Katsunobu Kato", true},
		{"Minister of Trade", "Industry Piyush Goyal", false},
		{"Secretary of Health", "Human Services Xavier Becerra", false},
		{"President", "Chief Executive Officer John Smith", false},
		{"Bill", "Melinda Gates Foundation", false},
	} {
		if got := titledPair(tc.before, tc.after); got != tc.want {
			t.Errorf("titledPair(%q, %q) = %v, want %v", tc.before, tc.after, got, tc.want)
		}
	}
}

// A form of address the chunker leaves out at its full stop still gives
// the name its gender: "she" finds Hillary Clinton in "Mrs. Clinton"
// though "President Bill Clinton" is named nearer (PolNeAR train).
func TestHonorificGenderAtFullStop(t *testing.T) {
	runKindCases(t, []kindCase{
		{"Mrs. before the surname", "Hillary Clinton spoke in Ohio. An adviser to President Bill Clinton and President Obama praised her.\n\nAnd yet Mrs. Clinton's plan is modest. For instance, she is proposing $275 billion in new spending.", "$275 billion", "Hillary Clinton", kindPerson},
		{"Mr. before the surname", "Hillary Clinton spoke in Ohio. Her husband, Bill Clinton, joined her.\n\nMr. Clinton was cheered. He said 4,000 people came.", "4,000", "Bill Clinton", kindPerson},
	})
}

// A long article (more names than nearScanMax) reads a given name used
// alone through the first- and last-word indexes as a short one scans.
func TestGivenNameAloneLongArticle(t *testing.T) {
	var b strings.Builder
	b.WriteString("Imad Wasim took five wickets.\n\n")
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, "Guest%c%c Visitor%c%c attended. ", 'a'+i%26, 'a'+i/26, 'a'+i%26, 'a'+i/26)
	}
	b.WriteString("\n\n\"I have played this game for 20 years,\" Imad told the broadcaster.")
	txt := b.String()
	r := newRegistry(txt)
	if len(r.ents) <= nearScanMax {
		t.Fatalf("only %d names: not a long article", len(r.ents))
	}
	pos := strings.LastIndex(txt, "Imad")
	if got, ok := r.givenNameFull(txt, "Imad", pos); !ok || got != "Imad Wasim" {
		t.Errorf("givenNameFull = %q, %v; want Imad Wasim", got, ok)
	}
	if got, ok := r.givenNameFull(txt, "Visitorab", pos); ok {
		t.Errorf("a surname: givenNameFull = %q, want none", got)
	}
}
