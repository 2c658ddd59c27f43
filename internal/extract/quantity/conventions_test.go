package quantity

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// The label conventions the dev golds disagreed on, each decided once
// (testdata/claims/README.md, "Label conventions"; ANNOTATION.md where it
// speaks) and pinned here in varied wording of our own.

// TestConventionWithin: "within N days" is a claim read exact (the dev
// golds' majority: 19 exact labels against 5 at_most and 7 durations or
// not-claims), also with "after"/"of" after it, and so is a distance
// ("within 5 km", conv18: exact 5 / at_most 2); a time reference ("two
// days later") stays a duration.
func TestConventionWithin(t *testing.T) {
	cases := []struct {
		in, text string
		claim    bool
	}{
		{"Drink within 30 minutes after your workout.", "30 minutes", true},
		{"Take the tablet within two hours after a meal.", "two hours", true},
		{"Homes in the area typically sell within 18 days of listing.", "18 days", true},
		{"You must file an appeal within 60 days of the decision.", "60 days", true},
		{"The ministry promised a reply within two weeks.", "two weeks", true},
		// a distance after "within" the same (conv18)
		{"Residents living within 5 km of the lake were told to boil water.", "5 km", true},
		{"The asteroid will pass within 1.1 million km of Earth.", "1.1 million km", true},
		{"Most buyers live within 50 miles of the dealership.", "50 miles", true},
		{"Two days later he left the country.", "Two days", false},
		{"The law expires 90 days after it passes.", "90 days", false},
	}
	for _, c := range cases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		checkClaim(t, c.in, c.text, m, c.claim)
		if c.claim && m.Qualifier != claims.Exact {
			t.Errorf("%q: %q: got qualifier %s, want exact", c.in, c.text, m.Qualifier)
		}
	}
}

// TestConventionLossAmount: money or things lost are the amount lost, no
// change (rule loss-amount; ANNOTATION.md: change is "for a change stated
// as such"); a share, points, a measure, a stock of jobs or seats, or an
// amount with the level it reaches stay changes down.
func TestConventionLossAmount(t *testing.T) {
	cases := []changeConventionCase{
		{"The company lost $3 million last year.", "$3 million", "", "loss-amount"},
		{"The carrier posted a loss of €41 million for the half.", "€41 million", "", "loss-amount"},
		{"It reported a $23 million loss for the quarter.", "$23 million", "", "loss-amount"},
		{"Pemex lost 161.5 billion pesos in the quarter.", "161.5 billion pesos", "", "loss-amount"},
		{"Farmers lose about 2,000 rupees an acre to the pest.", "2,000", "", "loss-amount"},
		{"The Patriots have lost 9 of their last 11 road games.", "9", "", "loss-amount"},
		{"We lost two buffaloes in the flood.", "two", "", "loss-amount"},
		{"Losses reached 86.4 billion guaraníes.", "86.4 billion", "", ""},
		// changes stay
		{"The Nasdaq lost 1.6% on Friday.", "1.6%", "down", "change-verb"},
		{"The Dow lost 300 points.", "300 points", "down", "change-verb"},
		{"The patient lost 12kg over six months.", "12kg", "down", "change-verb"},
		{"The glacier has lost two-thirds of its ice.", "two-thirds", "down", "change-verb"},
		{"Weiner also lost two jobs on Monday.", "two", "down", "change-verb"},
		{"The party lost 40 seats in the election.", "40", "down", "change-verb"},
		{"The stock lost $2.15 to $40.10.", "$2.15", "down", "change-verb"},
		{"The firm shed 2,000 jobs.", "2,000", "down", "change-verb"},
	}
	checkChangeConventions(t, cases)
}

// TestConventionUnits: a thermostat's bare degrees take the scale only it
// gives there; times a period are times/<period>; a counted noun per
// period is count/<period>; every denominator is kept; "N+" is at_least.
func TestConventionUnits(t *testing.T) {
	cases := []struct {
		in, text, unit string
		qual           claims.Qualifier
	}{
		{"Set the thermostat to 68 degrees in winter.", "68 degrees", "fahrenheit", claims.Exact},
		{"set the thermostat to 85°", "85°", "fahrenheit", claims.Exact},
		{"Turn your thermostat down to 65 degrees at night.", "65 degrees", "fahrenheit", claims.Exact},
		{"Set the thermostat to 20 degrees at night.", "20 degrees", "degree", claims.Exact},
		{"Take the pill 3 times a day.", "3 times a day", "times/day", claims.Exact},
		{"Walk two to three times per week.", "two to three times per week", "times/week", claims.Range},
		{"She types 45 words per minute.", "45", "count/minute", claims.Exact},
		{"The clinic sees about 120 patients a day.", "about 120", "count/day", claims.About},
		{"Slack costs $12 per user per month.", "$12 per user per month", "USD/user/month", claims.Exact},
		{"Waste runs to 4.9 pounds per person per day.", "4.9 pounds per person per day", "lb/person/day", claims.Exact},
		{"The venue holds 500+ fans.", "500+", "count", claims.AtLeast},
		{"He has 15-plus years on the force.", "15-plus years", "year", claims.AtLeast},
		// a percent per period is a percent (conv18)
		{"Average premiums grew 8% per year.", "8%", "percent", claims.Exact},
		{"The economy must grow by at least 3% a year.", "at least 3%", "percent", claims.AtLeast},
		{"Rents have risen 4 per cent per annum since 2019.", "4 per cent", "percent", claims.Exact},
	}
	for _, c := range cases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if m.Unit != c.unit || m.Qualifier != c.qual {
			t.Errorf("%q: %q: got %s %s (unit rule %s), want %s %s", c.in, c.text, m.Unit, m.Qualifier, m.Rules().Unit, c.unit, c.qual)
		}
	}
}

// TestConventionRoomTypes: a number of rooms typing a home is a type
// modifier, no claim ("a two-bedroom flat", also before another room type
// or a house's style); a count of rooms and a capacity stay claims.
func TestConventionRoomTypes(t *testing.T) {
	cases := []claimCase{
		{"A three-bedroom semi in Dublin now costs around €520,000.", "three", false, ""},
		{"A three-bedroom semi-detached home sold for £1.2m.", "three", false, ""},
		{"This 4-bedroom, 2.5-bath colonial offers 2,450 square feet.", "4", false, ""},
		{"This 4-bedroom, 2.5-bath colonial offers 2,450 square feet.", "2.5", false, ""},
		{"Rents for a two-bedroom bungalow rose 5%.", "two", false, ""},
		// a series' length and a building's floors type it too
		{"Wales begin a two-Test tour of Australia in July.", "two", false, ""},
		{"They play Bangladesh in a three-match white-ball series.", "three", false, ""},
		{"He was handed a three-match ban.", "three", false, ""},
		{"She stood outside her two-storey house.", "two", false, ""},
		{"A five-story building collapsed.", "five", false, ""},
		{"The tower has 40 storeys.", "40", true, ""},
		{"He has played 80 Tests for England.", "80", true, ""},
		{"The flat has three bedrooms and 2 baths.", "three", true, ""},
		{"Its 450-seat chamber voted on Monday.", "450", true, ""},
	}
	checkClaimCases(t, cases, true)
}

// TestConventionSeedRank: a tournament seed is a rank, an ordinal (rule
// seed-rank, as rank-number's "the No. 3 seed"); a count of seeds and a
// compound ("seed trays") stay claims, "the top four seeds" a set.
func TestConventionSeedRank(t *testing.T) {
	cases := []kindCase{
		{"The Kings are the 8 seed in the West.", "8", claims.KindOrdinal},
		{"As a 12 seed, they upset the favourites.", "12", claims.KindOrdinal},
		{"Gonzaga, the 1 seed, lost in the second round.", "1", claims.KindOrdinal},
		{"The 2 seed will play on Friday.", "2", claims.KindOrdinal},
		{"Plant four seeds per pot.", "four", claims.KindClaim},
		{"She planted the 3 seed trays on Monday.", "3", claims.KindClaim},
	}
	checkKindCases(t, cases)
}

// TestConventionIdentifiers: ANNOTATION.md's identifiers (phone numbers,
// codes) are no claims: a local phone number after a word of calling or
// with a leading zero (rule local-phone), a bill's number after "H.R." or
// "HR" (bill-number); a range of things stays a claim.
func TestConventionIdentifiers(t *testing.T) {
	cases := []kindCase{
		{"Call 555-0142 for details.", "555-0142", claims.KindIdentifier},
		{"For tickets, call 555-1234 or visit our website.", "555-1234", claims.KindIdentifier},
		{"Anyone with information should call Crime Stoppers at 555-8477.", "555-8477", claims.KindIdentifier},
		{"Media contact: Jane Ruiz, 555-0142, press@example.com", "555-0142", claims.KindIdentifier},
		{"Tel: 555-0199", "555-0199", claims.KindIdentifier},
		{"Call 555-1234 today.", "555-1234", claims.KindIdentifier},
		{"We called 100-1500 voters.", "100-1500", claims.KindClaim},
		{"Prices range from 500-1000 dollars.", "500-1000", claims.KindClaim},
		{"The phone costs 300-1200 dollars.", "300-1200", claims.KindClaim},
		{"The bill, HR 3684, passed the House.", "3684", claims.KindIdentifier},
		{"The House passed H.R. 3684 on Friday.", "3684", claims.KindIdentifier},
		{"He worked 12 HR shifts.", "12", claims.KindClaim},
	}
	checkKindCases(t, cases)
}

// TestConventionStandingsGap: a gap in the standings right after a team's
// points takes their unit (rule standings-gap, articles-dev-3's gold);
// after a count or a percentage it stays what it is.
func TestConventionStandingsGap(t *testing.T) {
	cases := []struct {
		in, text, unit, rule string
	}{
		{"The Drua are ninth on 24 points, four behind the sixth-placed Highlanders.", "four", "point", "standings-gap"},
		{"Leeds are top with 60 points, three clear of Burnley.", "three", "point", "standings-gap"},
		{"City have 45 points, two fewer than Arsenal.", "two", "point", "standings-gap"},
		{"They have 20 players, three fewer than last year.", "three", "count", "default-count"},
		{"Sales rose 5 percent, two behind the target.", "two", "count", "default-count"},
	}
	for _, c := range cases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if m.Unit != c.unit || m.Rules().Unit != c.rule {
			t.Errorf("%q: %q: got %s by %s, want %s by %s", c.in, c.text, m.Unit, m.Rules().Unit, c.unit, c.rule)
		}
	}
}

// TestConventionTaskTime: the time a task takes, "in N minutes" after a
// verb of charging, crossing, covering, is a measured duration, a claim
// (the dev golds: eight such claims); the period of an amount ("250mm of
// rain in 24 hours") or of a change ("rose 20% in three years") stays a
// duration.
func TestConventionTaskTime(t *testing.T) {
	cases := []claimCase{
		{"Its 82kWh battery can be charged from 10 to 80 per cent in 27 minutes.", "27 minutes", true, ""},
		{"The phone charged to 50% in 30 minutes with a 20W adapter.", "30 minutes", true, ""},
		{"The ferry crosses the strait in 35 minutes.", "35 minutes", true, ""},
		{"The update downloads in 12 minutes on fibre.", "12 minutes", true, ""},
		{"The storm dumped 250mm of rain in 24 hours.", "24 hours", false, ""},
		{"Prices rose 20 per cent in three years.", "three years", false, ""},
	}
	checkClaimCases(t, cases, true)
}

// TestConventionFrequencyAway: a frequency stated away from a count makes
// it a count per that period (rule frequency-in-clause; the dev golds'
// majority, testdata/claims/README.md "Label conventions"): fronted
// ("Every year, ...") or ending the clause of a subject count. A stock, an
// object, a clause cut by "and", "which" or a comma, and a period after
// "of" or a point in time stay counts.
func TestConventionFrequencyAway(t *testing.T) {
	cases := []struct {
		in, text, unit, rule string
	}{
		{"Every year, about 2 million people get sick from a superbug.", "about 2 million", "count/year", "frequency-in-clause"},
		{"Each week, more than 300 patients are turned away at the door.", "more than 300", "count/week", "frequency-in-clause"},
		{"Annually, 4,000 tourists climb the peak.", "4,000", "count/year", "frequency-in-clause"},
		{"About 50,000 guns are diverted to criminals across state lines every year, data show.", "About 50,000", "count/year", "frequency-in-clause"},
		{"The group says at least 100 people die in mining accidents in the country every year.", "at least 100", "count/year", "frequency-in-clause"},
		{"Officials said that nearly 900 migrants reach the island by boat each month.", "nearly 900", "count/month", "frequency-in-clause"},
		{"Some 1,200 cargo ships pass through the strait annually.", "Some 1,200", "count/year", "frequency-in-clause"},
		{"The coast is a stranding hotspot, with an average of 300 individual animals beaching themselves each year.", "300", "count/year", "frequency-in-clause"},
		{"Rangers record an average of 45 bear sightings in the valley every month.", "45", "count/month", "frequency-in-clause"},
		// negatives
		{"The bank fired 1 percent of its 100,000 retail bankers every year.", "100,000", "count", ""},
		{"The city has more than 40 museums, and about a dozen of them are free on the first Sunday of each month.", "about a dozen", "count", ""},
		{"About 60 members sing in the choir, which performs every week.", "About 60", "count", ""},
		{"About 500 people live in the village and visit the market every week.", "About 500", "count", ""},
		{"The choir has about 60 members and performs twice a year.", "about 60", "count", ""},
		{"She kept that 3,000 staff each year.", "3,000", "count", ""},
		{"About 300 people attended the meeting a year ago.", "About 300", "count", ""},
		{"Every year since 2010, 300 volunteers have cleaned the beach.", "300", "count", ""},
		{"Every year, the 40 members of the club meet in Paris.", "40", "count", ""},
	}
	for _, c := range cases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if m.Unit != c.unit {
			t.Errorf("%q: %q: unit %s by rule %s, want %s", c.in, c.text, m.Unit, m.Rules().Unit, c.unit)
		}
		if c.rule != "" && m.Rules().Unit != c.rule {
			t.Errorf("%q: %q: unit rule %s, want %s", c.in, c.text, m.Rules().Unit, c.rule)
		}
	}
}

// TestConventionCountedThings: storeys, floors and pages counted are
// counts, not measures, in a size ("the 400-page book") too; a number of
// periods with an adjective between counts them ("four unusually active
// years"); a conversion in brackets is its own exact amount, the
// qualifier of the amount it converts not carried (the dev golds'
// majorities, testdata/claims/README.md "Label conventions").
func TestConventionCountedThings(t *testing.T) {
	cases := []struct {
		in, text, unit string
		qual           claims.Qualifier
	}{
		{"The blast threw a manhole cover five stories into the air.", "five", "count", claims.Exact},
		{"The 400-page book was published in March.", "400", "count", claims.Exact},
		{"In his 60-page ruling, the judge disagreed.", "60", "count", claims.Exact},
		{"The firm is leasing two entire floors of the tower.", "two", "count", claims.Exact},
		{"The tower will have 68 storeys and 520 apartments.", "68", "count", claims.Exact},
		{"Records numbering about 1,000 pages were released.", "about 1,000", "count", claims.About},
		{"The season will follow four unusually active years for storms.", "four", "count", claims.Exact},
		{"He needs a salary of at least £25,600 ($32,300) to stay.", "$32,300", "USD", claims.Exact},
		{"The man was wounded about 6 miles (10 kilometers) from the city.", "10 kilometers", "km", claims.Exact},
		{"The plant is more than 3,600 kilometers (2,200 miles) from the capital.", "2,200 miles", "mile", claims.Exact},
		{"The man was wounded about 6 miles (10 kilometers) from the city.", "about 6 miles", "mile", claims.About},
	}
	for _, c := range cases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if m.Unit != c.unit || m.Qualifier != c.qual {
			t.Errorf("%q: %q: got %s %s (rules %s, %s), want %s %s", c.in, c.text, m.Qualifier, m.Unit, m.Rules().Qualifier, m.Rules().Unit, c.qual, c.unit)
		}
	}
}

// TestConventionPageDollar: the dev scorer gives a bare "$" the dollar a
// set's "# page-dollar:" line names (ANNOTATION.md: "the dollar of the
// article's country"), as the article-level rules do; a dollar the
// sentence names stays.
func TestConventionPageDollar(t *testing.T) {
	cases := []struct{ in, dollar, want string }{
		{"The acreage is expected to sell for $4 million.", "AUD", "AUD"},
		{"Rents average $2,474 a month.", "CAD", "CAD/month"},
		{"The acreage is expected to sell for $4 million.", "", "USD"},
		{"It cost US$5 at the door.", "AUD", "USD"},
		{"A Toronto condo now sells for $1.1 million.", "AUD", "CAD"},
	}
	for _, c := range cases {
		ms := withPageDollar(Find(c.in), c.dollar)
		if len(ms) != 1 || ms[0].Unit != c.want {
			t.Errorf("%q with page dollar %q: got %s, want %s", c.in, c.dollar, describe(c.in, ms), c.want)
		}
	}
}

// TestConventionDecade: a span in decades is counted in years, ten to a
// decade (conv18: year 11 / decade 7 in the dev golds; ANNOTATION.md names
// no decade); the table inYears converts.
func TestConventionDecade(t *testing.T) {
	cases := []struct {
		in, text string
		low      float64
		qual     claims.Qualifier
	}{
		{"The plant has been shut for more than a decade.", "more than a decade", 10, claims.MoreThan},
		{"We worked together for almost two decades.", "almost two decades", 20, claims.Nearly},
		{"Seven decades later, the whales returned.", "Seven decades", 70, claims.Exact},
		{"She spent three decades at the bank.", "three decades", 30, claims.Exact},
		{"The films stretched out over nearly a decade.", "nearly a decade", 10, claims.Nearly},
	}
	for _, c := range cases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if m.Unit != "year" || m.Low == nil || *m.Low != c.low || m.Qualifier != c.qual {
			t.Errorf("%q: %q: got %v %s %s, want %v year %s", c.in, c.text, m.Low, m.Unit, m.Qualifier, c.low, c.qual)
		}
	}
}

// TestConventionCompoundTime: "N hours and M minutes" is one mention in the
// smaller unit, as "29 minutes 54 seconds" is (rule compound-time; conv18:
// one mention 6 / two 1, unit decided with the compound times' smaller
// unit); a part that is no whole number of the smaller unit stays apart.
func TestConventionCompoundTime(t *testing.T) {
	cases := []struct {
		in, text string
		v        float64
		unit     string
	}{
		{"In our rundown test, the laptop lasted 11 hours and 42 minutes.", "11 hours and 42 minutes", 702, "minute"},
		{"The typical consumer watches 5 hours and 9 minutes of TV a day.", "5 hours and 9 minutes", 309, "minute"},
		{"The flight from Doha took 7 hours and 5 minutes.", "7 hours and 5 minutes", 425, "minute"},
		{"She finished in 2 hours 8 minutes.", "2 hours 8 minutes", 128, "minute"},
		{"He held his breath for 3 minutes and 12 seconds.", "3 minutes and 12 seconds", 192, "second"},
		{"It took 4 hours and then 30 minutes more.", "4 hours", 4, "hour"},
		{"Crews worked 14 hours and 90 minutes of overtime were paid.", "14 hours", 14, "hour"},
	}
	for _, c := range cases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if m.Unit != c.unit || m.Low == nil || *m.Low != c.v {
			t.Errorf("%q: %q: got %v %s (rule %s), want %v %s", c.in, c.text, m.Low, m.Unit, m.Rules().Unit, c.v, c.unit)
		}
	}
}

// TestConventionAgo: "a <period> ago" is no mention (conv18: no mention 11 /
// duration 3; the article is no number); "two years ago" is a duration.
func TestConventionAgo(t *testing.T) {
	for _, in := range []string{
		"Inventory is down 12% from a year ago.",
		"Mnangagwa was removed a week ago.",
		"A decade ago, coal provided 63 percent of its power.",
		"I spoke to her a month ago.",
	} {
		for _, m := range Find(in) {
			if strings.Contains(strings.ToLower(in[m.Start:m.End]), "ago") || in[m.Start] == 'a' || in[m.Start] == 'A' {
				t.Errorf("%q: got mention %q, want none for \"a <period> ago\"", in, in[m.Start:m.End])
			}
		}
	}
	if m := wantMention(t, "She left two years ago.", "two years", true); m != nil && m.Kind != claims.KindDuration {
		t.Errorf("two years ago: got kind %s, want duration", m.Kind)
	}
}

// TestConventionComparison: a comparison with another thing, group,
// place, model or norm states no change; one with the same thing at an
// earlier time keeps its direction (conv18; ANNOTATION.md: change is "for
// a change stated as such"). The comparison's object decides
// (comparisonRules, comparison.go).
func TestConventionComparison(t *testing.T) {
	cases := []changeConventionCase{
		// "than" + an earlier time of the same thing
		{"Siemens booked orders worth €22.4 billion, 9 per cent more than a year earlier.", "9 per cent", "up", "change-than-earlier"},
		{"Emissions from farms are 18 times higher than they were in the 1960s.", "18 times", "up", "change-than-earlier"},
		{"A loaf now costs 40 cents more than it did in 2019.", "40 cents", "up", "change-than-earlier"},
		{"Home prices were 6.3% higher than the year prior.", "6.3%", "up", "change-than-earlier"},
		{"The tablet weighs 14g less than its predecessor.", "14g", "down", "change-than-earlier"},
		{"Jet fuel averaged $2.49, about 18% lower than last year.", "about 18%", "down", "change-than-earlier"},
		{"The hatchback is 30kg lighter than the outgoing model.", "30kg", "down", "change-than-earlier"},
		{"Verstappen was 0.2 seconds quicker than Norris.", "0.2 seconds", "", ""},
		{"Fares are 12% cheaper than in 2022.", "12%", "down", "change-than-earlier"},
		{"Ridership was 20% lower compared with a year earlier.", "20%", "down", "change-than-earlier"},
		{"They sold 15,000 more cars than a year earlier.", "15,000", "up", "change-than-earlier"},
		{"Costs are 10% higher than at the start of the year.", "10%", "up", "change-than-earlier"},
		{"Revenue was 8% higher than the same period last year.", "8%", "up", "change-than-earlier"},
		{"The drug is 30% cheaper than at launch.", "30%", "down", "change-than-earlier"},
		{"Output was 4% higher than in the first quarter of 2022.", "4%", "up", "change-than-earlier"},
		// "than" + another thing, group, place or norm
		{"Certified staff earn 27 percent more than those with no certification.", "27 percent", "", "comparison-than-other"},
		{"Methane is 80 times more potent than carbon dioxide.", "80 times", "", "comparison-than-other"},
		{"The placement rate is 25-50% faster than the industry average.", "25-50%", "", "comparison-than-other"},
		{"The laptop sells for $150 less than its main rival.", "$150", "", "comparison-than-other"},
		{"Tiny-home owners consumed 45% less than the average American.", "45%", "", "comparison-than-other"},
		{"Smokers are 30% more likely to die early than non-smokers.", "30%", "", "comparison-than-other"},
		{"Sales came in 4% higher than analysts expected.", "4%", "", "comparison-than-other"},
		{"Rents in Sydney are 15% higher compared with Melbourne.", "15%", "", "comparison-than-other"},
		{"Women were paid 17% less than men in 2023.", "17%", "", "comparison-than-other"},
		{"Women earned 17% less than men did last year.", "17%", "", "comparison-than-other"},
		{"Prices are 10% lower at the discount chain.", "10%", "", "comparison-bare"},
		// a time after the comparative
		{"The index is now 12% higher since January.", "12%", "up", "comparison-since"},
		{"Bookings were 8% lower this year.", "8%", "down", "comparison-since"},
		{"Profits were 20% higher in the third quarter.", "20%", "up", "comparison-since"},
		{"The cluster ran 3X fewer servers after the migration.", "3X", "down", "comparison-since"},
		{"Shares were 3% higher in early trading.", "3%", "up", "comparison-since"},
		{"The stock was 2% lower on Friday.", "2%", "down", "comparison-since"},
		{"Oil was 1.2% higher at midday.", "1.2%", "up", "comparison-since"},
		// a verb of change or of a close (the level after "at" none)
		{"HDFC Bank shares ended 2.3% lower at ₹1,642.50.", "₹1,642.50", "", ""},
		{"The index closed 0.4 percent higher at 7,250.8 on Friday.", "7,250.8", "", ""},
		{"HDFC Bank shares ended 2.3% lower at ₹1,642.50.", "2.3%", "down", "comparison-change-verb"},
		{"The benchmark index closed 0.4 percent higher, with foreign investors net buyers.", "0.4 percent", "up", "comparison-change-verb"},
		{"Brent crude settled 87 cents lower at $77.42 a barrel.", "87 cents", "down", "comparison-change-verb"},
		{"The Stoxx 600 finished the session 1.1% higher.", "1.1%", "up", "comparison-change-verb"},
		{"Gold moved 2% higher.", "2%", "up", "comparison-change-verb"},
		// a bare comparison
		{"The effective CPM is 30% lower on mobile.", "30%", "", "comparison-bare"},
		{"Short sleepers had a 13% higher risk.", "13%", "", "comparison-bare"},
		{"It is 12.7 times more difficult to get noticed.", "12.7 times", "", "comparison-bare"},
		{"The brand saw an 11x higher purchase rate for recommendations.", "11x", "", "comparison-bare"},
		{"Buyers would pay up to 5% more for a greener product.", "up to 5%", "", "comparison-bare"},
		{"The new engine is 10% more efficient.", "10%", "", "comparison-bare"},
		// not comparatives: changes stay
		{"Sales rose 5% in March.", "5%", "up", "change-verb"},
		{"It reported a 5% rise in revenue.", "5%", "up", "change-noun-after"},
		{"Shares were 5% down on the day.", "5%", "down", "change-noun-after"},
	}
	checkChangeConventions(t, cases)
}

// TestConventionIndefiniteOneMid: a mid-sentence indefinite "one" + noun
// is no count, kind other (conv18; rule indefinite-one-mid), as a
// sentence-opening "One" + noun is (indefinite-one); a "one" that counts
// stays a count (a bound or a count word, a determiner, a list or a
// contrast with another number, a number or a measure after it, "one in
// N", a toll, a margin, a correspondence).
func TestConventionIndefiniteOneMid(t *testing.T) {
	cases := []claimCase{
		// indefinite: no count
		{"Jobs depend on exports to Mexico, one slide says.", "one", false, "indefinite-one-mid"},
		{"Though the plan cuts taxes, one study found it would raise them for some.", "one", false, "indefinite-one-mid"},
		{"That's one reason members left the caucus.", "one", false, ""},
		{"The success is largely due to one man, a former teacher.", "one", false, "indefinite-one-mid"},
		{"Slow pages are one problem retailers keep ignoring.", "one", false, "indefinite-one-mid"},
		{"You think one product is a bargain because of the shelf next to it.", "one", false, "indefinite-one-mid"},
		{"The goal is to have one set of rules for the whole bloc.", "one", false, "indefinite-one-mid"},
		{"He cited remarks by one 3-D printing company executive.", "one", false, "indefinite-one-mid"},
		{"In Ohio, one voter told us she would stay home.", "one", false, ""},
		{"The rules had one big weakness: they did not ban paid priority.", "one", false, ""},
		// counts
		{"Most users type with just one thumb.", "one", true, ""},
		{"The region has at least one military airport.", "one", true, ""},
		{"You'll need one 14-ounce can of coconut milk.", "one", true, ""},
		{"Each home may connect 6 boxes plus one router.", "one", true, ""},
		{"The kit holds two sensors and one controller.", "one", true, ""},
		{"The model has one internal drive, one optional floppy drive and two slots.", "one", true, ""},
		{"The range is one standard deviation from the mean.", "one", true, ""},
		{"Sync is one quick click away.", "one", true, ""},
		{"The attack killed one person and wounded two.", "one", true, ""},
		{"Police said one officer was wounded in the shoulder.", "one", true, ""},
		{"The home side won by one goal.", "one", true, ""},
		{"For every migrant returned, the bloc will resettle one refugee from the camps.", "one", true, ""},
		{"The couple raised their one biological child in Vermont.", "one", true, ""},
		{"The lift carries one passenger.", "one", true, ""},
		{"Only write one 10,000-word article a year.", "one", true, ""},
		{"He scored in one 12-year stretch of his career.", "one", false, "contrastive-one"},
		{"The laptop has one USB-C port.", "one", true, ""},
		{"Apps are often built for one specific platform.", "one", true, ""},
		{"Only one senator voted against the bill.", "one", true, ""},
		{"The team is one player short.", "one", true, ""},
		{"Mexico won one gold medal at the games.", "one", true, ""},
		{"The visitors scored one goal in each half.", "one", true, ""},
		{"The bill passed with one vote to spare.", "one", true, ""},
		{"The firm employs one engineer per 50 staff.", "one", true, ""},
		{"The store sells one brand of coffee, a reader wrote.", "one", false, "indefinite-one-mid"},
	}
	checkClaimCases(t, cases, true)
}

// changeConventionCase: a mention's text in a sentence, the change it
// states and the rule that decided it (rule "": any).
type changeConventionCase struct{ in, text, change, rule string }

// checkChangeConventions checks each case's change and rule
// (TestConventionLossAmount, TestConventionComparison).
func checkChangeConventions(t *testing.T, cases []changeConventionCase) {
	t.Helper()
	for _, c := range cases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if m.Change != c.change || c.rule != "" && m.Rules().Change != c.rule {
			t.Errorf("%q: %q: got change %q by rule %q, want %q by %q", c.in, c.text, m.Change, m.Rules().Change, c.change, c.rule)
		}
	}
}
