package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// wireKindCases are mentions whose kind a rule of kindwire.go (or a row
// prec19 added to timeUnits or speakerNouns) decides, with the counts and
// amounts of the same wording that stay claims; same form as
// genreKindCases. Wording of 1987 wire copy (web-prec-5) and of our own.
var wireKindCases = []genreKindCase{
	// split-ratio: the terms of a stock split's ratio
	{"split-ratio", "Florida Public Utilities Co said its board declared a three-for-two stock split on its common stock.", "three", claims.KindOther},
	{"split-ratio", "Zenith reported a loss of six cts per share, adjusted for a 2-for-1 stock split in May.", "2", claims.KindOther},
	{"split-ratio", "Zenith reported a loss of six cts per share, adjusted for a 2-for-1 stock split in May.", "1", claims.KindOther},
	{"split-ratio", "1985 results restated to reflect June, 1986 two-for-one stock split.", "two", claims.KindOther},
	{"split-ratio", "The company split its shares 3-for-2 last year.", "3", claims.KindOther},
	{"split-ratio", "Directors approved a 5-for-4 split of the common shares.", "5", claims.KindOther},
	{"split-ratio", "It said holders of record April 15 will receive one additional share May one for each two shares held.", "one", claims.KindOther},
	{"split-ratio", "It said holders of record April 15 will receive one additional share May one for each two shares held.", "two", claims.KindOther},
	{"split-ratio", "Avery said its board authorized a two for one stock split and an increased dividend.", "two", claims.KindOther},
	{"split-ratio", "Avery said its board authorized a two for one stock split and an increased dividend.", "one", claims.KindOther},
	{"split-ratio", "The bank raised 900 mln crowns through the new one for four rights issue.", "four", claims.KindOther},
	{"split-ratio", "It expects the bank to recommend a bonus issue this year, probably one for three or one for five.", "three", claims.KindOther},
	{"split-ratio", "He said the bank was also proposing a one for 10 share-split.", "10", claims.KindOther},
	{"split-ratio", "Share split four-for-one.", "four", claims.KindOther},
	{"split-ratio", "The last common stock split, a three-for-two, was in December 1983, it said.", "three", claims.KindOther},
	{"", "He went 2-for-4 at the plate with a double.", "2", claims.KindClaim},
	{"", "The club paid 10 dlrs for 3 tickets after the split with its sponsor.", "3", claims.KindClaim},
	{"", "Voters split 52 for 48 on the bond measure.", "48", claims.KindClaim},
	{"", "Shoppers got a two-for-one offer on bread.", "two", claims.KindClaim},
	{"", "Holders get 1.5 shares for each share of Beta.", "1.5", claims.KindClaim},
	{"", "The company split into three units, and 2 for 1 of its plants closed.", "three", claims.KindClaim},
	// word-day-date: a date's day written as a word
	{"word-day-date", "Record April three", "three", claims.KindDate},
	{"word-day-date", "Options to buy up to 300,000 dlrs of its stock at 65 cts per share expire March three", "three", claims.KindDate},
	{"word-day-date", "The tender offer began on February six.", "six", claims.KindDate},
	{"word-day-date", "As of March six, only 353 shares had been tendered.", "six", claims.KindDate},
	{"word-day-date", "The board met on June nine and approved the plan.", "nine", claims.KindDate},
	{"", "In May six people were killed in the blast.", "six", claims.KindClaim},
	{"", "In March two companies merged.", "two", claims.KindClaim},
	{"", "In April three were hurt.", "three", claims.KindClaim},
	{"", "Since January four of the plants have closed.", "four", claims.KindClaim},
	// ratio-one: the "1" closing a ratio after a slash
	{"ratio-one", "Traders said the new crop soybean/corn ratio of 2.9/1 would make planting soybeans more attractive.", "1", claims.KindOther},
	{"ratio-one", "Its debt-to-equity ratio of 2.5/1 worried lenders.", "1", claims.KindOther},
	{"", "Traders said the new crop soybean/corn ratio of 2.9/1 would make planting soybeans more attractive.", "2.9", claims.KindClaim},
	// timeUnits "mths", "wks": a results table's period, a duration
	{"duration", "&lt;DEXLEIGH CORP> SIX MTHS DEC 31 NET Shr four cts vs three cts", "SIX MTHS", claims.KindDuration},
	{"duration", "Sales 10.1 mln vs nine mln\n12 mths\nShr loss 16 cts vs profit 41 cts", "12 mths", claims.KindDuration},
	{"duration", "Net rose 12 pct in the nine mths to December.", "nine mths", claims.KindDuration},
	{"duration", "52 wks\nNet 4.1 mln vs 3.2 mln", "52 wks", claims.KindDuration},
	// speakerNouns trader, dealer, delegate ...: an unnamed speaker
	{"unnamed-speaker-one", "Soybeans are easier to grow, one commercial trader said.", "one", claims.KindOther},
	{"unnamed-speaker-one", "\"We will see,\" one dealer said.", "one", claims.KindOther},
	{"unnamed-speaker-one", "One California delegate said he tried to change the platform.", "One", claims.KindOther},
	{"unnamed-speaker-one", "Rates will fall, one Tokyo economist told Reuters.", "one", claims.KindOther},
	{"unnamed-speaker-one", "Prices are too high, said one grain broker.", "one", claims.KindOther},
	{"", "Only one trader said he would buy.", "one", claims.KindClaim},
	{"unnamed-speaker-one", "The White House said so, and one official attributed the statement to confusion.", "one", claims.KindOther},
	{"unnamed-speaker-one", "\"It will happen,\" speculated one arbitrager.", "one", claims.KindOther},
	// fixed-expression rows: zero rating, the zero interest-rate policy
	{"fixed-expression", "Last year we won the open internet back, but they didn’t ban a scheme called “zero rating.”", "zero", claims.KindOther},
	{"fixed-expression", "Zero rating is a poison pill wrapped in a piece of cheese.", "Zero", claims.KindOther},
	{"fixed-expression", "Its new streaming service would be zero rated: it won’t count against data caps.", "zero", claims.KindOther},
	{"fixed-expression", "Children's clothes are zero-rated for VAT.", "zero", claims.KindOther},
	{"fixed-expression", "Meanwhile, the Fed's zero interest-rate policy \"is as likely to be a negative as a positive\".", "zero", claims.KindOther},
	{"fixed-expression", "The bank kept its zero interest rate policy for a seventh year.", "zero", claims.KindOther},
	{"", "The team had zero wins and rated zero players highly.", "zero wins", claims.KindClaim},
	{"", "Critics rated zero of the films as good.", "zero", claims.KindClaim},
	// copula-one rows: "That's one solution"
	{"copula-one", "That’s one solution.", "one", claims.KindOther},
	{"copula-one", "That is one answer to the problem, he said.", "one", claims.KindOther},
	{"copula-one", "It's one possibility the board will weigh.", "one", claims.KindOther},
	{"", "There is one solution left.", "one", claims.KindClaim},
	// document-one: a document that is a source
	{"document-one", "While one study found that taking a multivitamin may decrease your risk of dying from heart disease, the evidence is thin.", "one", claims.KindOther},
	{"document-one", "His plan would cut taxes by $4 trillion, but one study found Trump would actually raise taxes on many families.", "one", claims.KindOther},
	{"document-one", "Scores rose, and one influential 2009 paper found improvements in four subjects.", "one", claims.KindOther},
	{"document-one", "An estimated 185,000 people have fled, one estimate figured.", "one", claims.KindOther},
	{"document-one", "The deck runs to 40 pages, and one slide says sales will double.", "one", claims.KindOther},
	{"document-one", "The firm weighed spinning out part of Shearson, and one rumor suggests selling about 20 pct.", "one", claims.KindOther},
	{"unnamed-speaker-one", "\"The timing is off,\" said one aide to a senior senator.", "one", claims.KindOther},
	{"", "Only one study found any effect.", "one", claims.KindClaim},
	{"", "The agency funded one study of 2,000 adults.", "one", claims.KindClaim},
	{"", "They published one report and two papers.", "one", claims.KindClaim},
	// according-to-one: an unnamed source after "according to"
	{"according-to-one", "(Overall, according to one analysis, the ACA expanded access to drug abuse treatment for 2.8 million Americans.)", "one", claims.KindOther},
	{"according-to-one", "According to one Western envoy, an expert on Persian Gulf affairs, the talks failed.", "one", claims.KindOther},
	{"according-to-one", "According to one source, G4S is responsible for the security of the site.", "one", claims.KindOther},
	{"", "According to the survey, one in five adults smokes.", "one in five", claims.KindClaim},
	{"", "Prices rose, according to officials, by one pct.", "one pct", claims.KindClaim},
}

func TestWireKinds(t *testing.T) {
	checkGenreKinds(t, wireKindCases)
}

// TestWireForms: the closing bracket of a wire name before a number is no
// comparison sign; "Ecus" are the European Currency Unit; the wire's
// "dlrs", "cts" and "stg" are dollars, cents and sterling.
func TestWireForms(t *testing.T) {
	for _, c := range []struct {
		in, text, unit string
		qual           claims.Qualifier
	}{
		{"&lt;TELXON CORP> 4 mln shares were sold.", "4 mln", "count", claims.Exact},
		{"The filter keeps values > 10 only.", "> 10", "count", claims.MoreThan},
		{"UK INTERVENTION BD SAYS EC SOLD 60,500 TONNES WHITE SUGAR AT REBATE 43.147 ECUS.", "43.147 ECUS", "XEU", claims.Exact},
		{"The restitution was 43.699 Ecus last week.", "43.699 Ecus", "XEU", claims.Exact},
		{"Telxon expects revenues of 26 mln dlrs to 28 mln dlrs.", "26 mln dlrs to 28 mln dlrs", "USD", claims.Range},
		{"Revenues were 24.2 mln dlrs.", "24.2 mln dlrs", "USD", claims.Exact},
		{"The company earned 22 cts a share.", "22 cts a share", "USD/share", claims.Exact},
		{"Taft did not comment on the 145 dlr per share offer.", "145 dlr per share", "USD/share", claims.Exact},
		{"It will pay 200 mln Canadian dlrs for the stake.", "200 mln Canadian dlrs", "CAD", claims.Exact},
		{"Petro-Canada cut crude prices by 1.43 Canadian dlrs/bbl.", "1.43 Canadian dlrs/bbl", "CAD/barrel", claims.Exact},
		{"The bank lent 315 mln stg in band two.", "315 mln stg", "GBP", claims.Exact},
	} {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if m.Unit != c.unit || m.Qualifier != c.qual {
			t.Errorf("%q: %q: unit %s qualifier %s, want %s %s", c.in, c.text, m.Unit, m.Qualifier, c.unit, c.qual)
		}
	}
}

// TestHyphenMixedNumber: a mixed number joined by a hyphen is one value
// (rule fraction-slash), at a range's second end too; a date "1-1/2/87"
// is not read so.
func TestHyphenMixedNumber(t *testing.T) {
	for _, c := range []struct {
		in, text string
		lo, hi   float64
	}{
		{"MICKELBERRY CORP SETS QTLY PAYOUT Qtly div 1-1/2 cts vs 1-1/2 cts prior", "1-1/2 cts", 0.015, 0.015},
		{"The trust paid 12-1/2 shares per unit.", "12-1/2", 12.5, 12.5},
		{"USAir stock was trading at 50-3/4, up 2-1/4 on heavy volume.", "50-3/4", 50.75, 50.75},
		{"USAir stock was trading at 50-3/4, up 2-1/4 on heavy volume.", "2-1/4", 2.25, 2.25},
		{"Taft shares climbed 19 to 151-1/2, causing arbitrageurs to say the offer would rise.", "19 to 151-1/2", 19, 151.5},
		{"Mix 1-1/2 cups of flour with the butter.", "1-1/2 cups", 1.5, 1.5},
		{"Treasury bonds traded at 101-19/32 late in the day.", "101-19/32", 101.59375, 101.59375},
		{"Dome Mines shares traded at 15 dlrs, off 1/4 on the Toronto Stock Exchange.", "1/4", 0.25, 0.25},
		{"Gold shares fell 3/8 in early trading.", "3/8", 0.375, 0.375},
	} {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if m.Low == nil || m.High == nil || *m.Low != c.lo || *m.High != c.hi {
			t.Errorf("%q: %q: low %v high %v, want %v %v", c.in, c.text, m.Low, m.High, c.lo, c.hi)
		}
	}
	if m := wantMention(t, "The note dated 1-1/2/87 was lost.", "1-1", false); m != nil && m.Kind == claims.KindClaim {
		t.Errorf("a slashed date read as a claim: %+v", m)
	}
}

// TestDayThenLevel: a date's day or year before "to" and a level is the
// date of a change, no range's first end (dayThenLevel); "March 5 to 7"
// stays a range of days.
func TestDayThenLevel(t *testing.T) {
	for _, c := range []struct {
		in, text string
		kind     claims.Kind
	}{
		{"Reserve fell on March 5 to 3.467 billion dlrs from 3.939 billion dlrs.", "3.467 billion dlrs", claims.KindClaim},
		{"Reserve fell on March 5 to 3.467 billion dlrs from 3.939 billion dlrs.", "March 5", claims.KindDate},
		{"Reserve rose on Feb 27 to 3.482 billion dlrs.", "Feb 27", claims.KindDate},
		{"Production was down 10.8 pct in January 1987 to 12.32 mln barrels.", "12.32 mln barrels", claims.KindClaim},
		{"The fair runs March 5 to 7.", "March 5 to 7", claims.KindDate},
	} {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if got := c.in[m.Start:m.End]; m.Kind != c.kind || got != c.text {
			t.Errorf("%q: %q: got %q kind %s, want kind %s", c.in, c.text, got, m.Kind, c.kind)
		}
	}
}
