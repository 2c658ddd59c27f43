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
	{"indefinite-one-mid", "There is one solution left.", "one", claims.KindOther}, // conv18/conv19: a mid-sentence indefinite "one"
	// document-one: a document that is a source (main's indefinite-one-mid
	// decides most first; document-one keeps the "one" it leaves, after a
	// contrasted number: "by $4 trillion, but one study found")
	{"indefinite-one-mid", "While one study found that taking a multivitamin may decrease your risk of dying from heart disease, the evidence is thin.", "one", claims.KindOther},
	{"document-one", "His plan would cut taxes by $4 trillion, but one study found Trump would actually raise taxes on many families.", "one", claims.KindOther},
	{"indefinite-one-mid", "Scores rose, and one influential 2009 paper found improvements in four subjects.", "one", claims.KindOther},
	{"indefinite-one-mid", "An estimated 185,000 people have fled, one estimate figured.", "one", claims.KindOther},
	{"document-one", "The deck runs to 40 pages, and one slide says sales will double.", "one", claims.KindOther},
	{"indefinite-one-mid", "The firm weighed spinning out part of Shearson, and one rumor suggests selling about 20 pct.", "one", claims.KindOther},
	{"unnamed-speaker-one", "\"The timing is off,\" said one aide to a senior senator.", "one", claims.KindOther},
	{"", "Only one study found any effect.", "one", claims.KindClaim},
	{"indefinite-one-mid", "The agency funded one study of 2,000 adults.", "one", claims.KindOther}, // conv19
	{"", "They published one report and two papers.", "one", claims.KindClaim},
	// according-to-one: an unnamed source after "according to"
	{"indefinite-one-mid", "(Overall, according to one analysis, the ACA expanded access to drug abuse treatment for 2.8 million Americans.)", "one", claims.KindOther},
	{"indefinite-one-mid", "According to one Western envoy, an expert on Persian Gulf affairs, the talks failed.", "one", claims.KindOther},
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
