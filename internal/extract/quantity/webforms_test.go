package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// webFormCases are forms of real web copy (issue #15; seen in
// testdata/quantities/web-dev.txt and a second source each, named in the
// rule's comment), written with varied wording, with negatives.
var webFormCases = []struct {
	in   string
	want []want
}{
	// the first end of a duration modifier with a suspended hyphen
	{"It is sold as a 1- or 2-year subscription.", []want{nc("1", claims.KindDuration), nc("2-year", claims.KindDuration)}},
	{"Agencies offer discounts for six- or twelve-month commitments.", []want{nc("six", claims.KindDuration), nc("twelve-month", claims.KindDuration)}},
	{"Buy 1- and 2-day passes at the gate.", []want{nc("1", claims.KindDuration), nc("2-day", claims.KindDuration)}},
	{"The firm hired 1 or 2 staff.", []want{w("1", "1", "1", "exact", "count"), w("2", "2", "2", "exact", "count")}},
	// a ratio written with a colon is no time
	{"Use 680 grams of water (a 1:16 ratio), with care.", []want{w("680 grams", "680", "680", "exact", "g"), nc("1:16", claims.KindOther)}},
	{"Patients were assigned in a ratio of 1:1 to each arm.", []want{nc("1:1", claims.KindOther)}},
	{"Mix at a 2:1 ratio of sand to cement.", []want{nc("2:1", claims.KindOther)}},
	{"The meeting starts at 10:30 in the hall.", []want{nc("10:30", claims.KindTime)}},
	// a year of an era
	{"A goat herder found coffee berries around 750 AD.", []want{nc("750 AD", claims.KindYear)}},
	{"Later, between 600-500 BCE, other forms were recorded.", []want{nc("600-500 BCE", claims.KindYear)}},
	{"The pyramid was built around 2570 BC and the wall later.", []want{nc("2570 BC", claims.KindYear)}},
	{"The band signed to 4AD in 1980.", []want{nc("4AD", claims.KindIdentifier), nc("1980", claims.KindYear)}},
	{"You need to earn 15 CE credits every 3 years.", []want{w("15", "15", "15", "exact", "count"), nc("3 years", claims.KindDuration)}},
	// a rank written "#N" before what it ranks; labels stay identifiers
	{"Harvard is the long-term #1 business school in the world.", []want{nc("#1", claims.KindOrdinal)}},
	{"It is matched only by our #1 pick: fee estimates.", []want{nc("#1", claims.KindOrdinal)}},
	{"According to ACSM, the #1 reason people don't exercise is time.", []want{nc("#1", claims.KindOrdinal)}},
	{"Acme is #3 of 21 moving companies.", []want{nc("#3", claims.KindOrdinal), w("21", "21", "21", "exact", "count")}},
	{"Exercise #1 should focus on form.", []want{nc("1", claims.KindIdentifier)}},
	{"See Issue #12 for the details.", []want{nc("12", claims.KindIdentifier)}},
	{"Call us about order #4521 today.", []want{nc("4521", claims.KindIdentifier)}},
	// a plural of a four-digit model or form number is no decade (decades end in 0)
	{"You'll find a larger Peugeot 5008s with automatic transmission.", []want{nc("5008s", claims.KindIdentifier)}},
	{"You can't upload 1099s from your bank.", []want{nc("1099s", claims.KindIdentifier)}},
	{"Prices rose through the 1990s and 2000s.", []want{nc("1990s", claims.KindYear), nc("2000s", claims.KindYear)}},
	{"Music of the 80s is back.", []want{nc("80s", claims.KindYear)}},
	// plus-at-least: "N+" is N or more
	{"The supplement industry is a $380+ billion battlefield.", []want{w("$380+ billion", "380000000000", "-", "at_least", "USD")}},
	{"It runs payroll for 15,000+ employees across 40+ countries.", []want{w("15,000+", "15000", "-", "at_least", "count"), w("40+", "40", "-", "at_least", "count")}},
	{"The model reads 1M+ token manuals.", []want{w("1M+", "1000000", "-", "at_least", "count")}},
	{"Graduates can hit $100k+ after a while.", []want{w("$100k+", "100000", "-", "at_least", "USD")}},
	{"She has coached for 20-plus seasons.", []want{w("20-plus", "20", "-", "at_least", "count")}},
	{"Add 3 + 4 to get the sum.", []want{w("3", "3", "3", "exact", "count"), w("4", "4", "4", "exact", "count")}},
	// or-more after a measure's adjective or the amount's own code
	{"These trees can reach 6 feet tall or more indoors.", []want{w("6 feet tall or more", "6", "-", "at_least", "foot")}},
	{"A gift comes with purchases of £40 GBP or more.", []want{w("£40 GBP or more", "40", "-", "at_least", "GBP")}},
	{"Orders of $55 CAD or higher ship free.", []want{w("$55 CAD or higher", "55", "-", "at_least", "CAD")}},
	{"The wall is 6 feet tall or 2 metres wide.", []want{w("6 feet", "6", "6", "exact", "foot"), w("2 metres", "2", "2", "exact", "m")}},
	// web copy's bounds before the number
	{"Leading teams service upto 456 employees each.", []want{w("upto 456", "-", "456", "at_most", "count")}},
	{"Buyers will spend north of US$723bn on cloud.", []want{w("north of US$723bn", "723000000000", "-", "more_than", "USD")}},
	{"The town lies 200 miles north of the capital.", []want{w("200 miles", "200", "200", "exact", "mile")}},
	{"Some boards can push well past 40 mph.", []want{w("well past 40 mph", "40", "-", "more_than", "mph")}},
	{"High-end models go beyond 40 mph.", []want{w("beyond 40 mph", "40", "-", "more_than", "mph")}},
	{"The thickness maxes out at 3mm.", []want{w("maxes out at 3mm", "-", "3", "at_most", "mm")}},
	// the top a measure reaches is its value: "tops out at 190mph"
	// (web-dev-7), "tops out at 185km/h" (web-dev-11), "topped out at 101
	// mph" (dev4), all exact
	{"Its range tops out at 300 miles.", []want{w("300 miles", "300", "300", "exact", "mile")}},
	{"Gowns typically start from S$2,000.", []want{w("start from S$2,000", "2000", "-", "at_least", "SGD")}},
	{"Rooms starting from €89 sell out fast.", []want{w("starting from €89", "89", "-", "at_least", "EUR")}},
	{"Models have inhaled something like 30 trillion words.", []want{w("something like 30 trillion", "30000000000000", "30000000000000", "about", "count")}},
	{"Prices range from 2 to 7 euros.", []want{w("from 2 to 7 euros", "2", "7", "range", "EUR")}},
	{"It is nothing like 30 percent.", []want{w("30 percent", "30", "30", "exact", "percent")}},
	{"They have something like a dozen.", []want{w("something like a dozen", "12", "12", "about", "count")}},
	// dollar-code-after: the code names the dollar
	{"Rent runs $1,200 AUD a week, about $5 USD a day.", []want{w("$1,200 AUD a week", "1200", "1200", "exact", "AUD/week"), w("about $5 USD a day", "5", "5", "about", "USD/day")}},
	{"It costs $55 for 3 CAD files.", []want{w("$55", "55", "55", "exact", "USD"), w("3", "3", "3", "exact", "count")}},
	{"Results came in in " + "under 5 minutes.", []want{w("under 5 minutes", "-", "5", "less_than", "minute")}},
	{"We work with " + "more than 20 firms.", []want{w("more than 20", "20", "-", "more_than", "count")}},
	{"Kind of like " + "20 firms.", []want{w("20", "20", "20", "exact", "count")}},
	{"He was born in 1980.", []want{nc("1980", claims.KindYear)}},
	// rate-adverb: a price with a time adverb
	{"Agencies charge $85-$150 hourly.", []want{w("$85-$150 hourly", "85", "150", "range", "USD/hour")}},
	{"The VPN costs $8.95 monthly on a 2-year plan.", []want{w("$8.95 monthly", "8.95", "8.95", "exact", "USD/month"), nc("2-year", claims.KindDuration)}},
	{"Tenants pay £120 weekly.", []want{w("£120 weekly", "120", "120", "exact", "GBP/week")}},
	{"Sales grew 5% annually.", []want{chg(w("5%", "5", "5", "exact", "percent"), "up")}},
	// rate-after-noun: a measure or amount of a noun per time
	{"Keep to less than 300 mg of cholesterol per day.", []want{w("less than 300 mg of cholesterol per day", "-", "300", "less_than", "mg/day")}},
	{"Aim for at least 25 grams of fibre daily.", []want{w("at least 25 grams", "25", "-", "at_least", "g/day")}},
	{"Do 150 minutes of aerobic activity per week.", []want{w("150 minutes", "150", "150", "exact", "minute/week")}},
	{"The bays save 110 million liters of drinking water every year.", []want{w("110 million liters", "110000000", "110000000", "exact", "litre/year")}},
	{"Drink no more than 400 milligrams of caffeine everyday.", []want{w("no more than 400 milligrams", "-", "400", "at_most", "mg/day")}},
	{"The plant made 5 kg of rice a year ago.", []want{w("5 kg", "5", "5", "exact", "kg")}},
	{"He ate 300 mg of cholesterol at lunch.", []want{w("300 mg", "300", "300", "exact", "mg")}},
	{"They spent $5 of the budget each week.", []want{w("$5", "5", "5", "exact", "USD")}},
	// unit-sign: the degree signs as one character
	{"The pipes operate at up to 93℃.", []want{w("up to 93℃", "-", "93", "at_most", "celsius")}},
	{"Set the oven to 350 ℉ for baking.", []want{w("350 ℉", "350", "350", "exact", "fahrenheit")}},
	// subunit-sign: the cent sign
	{"Cards cost 2.9% plus 30¢ a sale.", []want{w("2.9%", "2.9", "2.9", "exact", "percent"), w("30¢", "0.3", "0.3", "exact", "USD")}},
	{"Songs sell for 99 ¢ each.", []want{w("99 ¢", "0.99", "0.99", "exact", "USD")}},
	// a spaced W before a word of its table; a street stays no watts
	{"It has a powerful 1400 W heating element.", []want{w("1400 W", "1400", "1400", "exact", "W")}},
	{"Bring a 65 W charger.", []want{w("65 W", "65", "65", "exact", "W")}},
	{"They met at 42 W Street.", []want{nc("42", claims.KindIdentifier)}},
	{"A 20 W LED bulb draws 5 W on standby.", []want{w("20 W", "20", "20", "exact", "W"), w("5 W", "5", "5", "exact", "W")}},
	{"It holds a tablet under 11\" and monitors over 27\".", []want{w("under 11\"", "-", "11", "less_than", "inch"), w("over 27\"", "27", "-", "more_than", "inch")}},
	// in-lb: a lexicon row
	{"The motor gives 10 in-lb at 50 rpm; torque bolts to 35 inch-pounds.", []want{w("10 in-lb", "10", "10", "exact", "in-lb"), w("50 rpm", "50", "50", "exact", "rpm"), w("35 inch-pounds", "35", "35", "exact", "in-lb")}},
	// inch-mark: a straight quote glued to a number, no quotation open
	{"It holds monitors over 24\" and a laptop.", []want{w("over 24\"", "24", "-", "more_than", "inch")}},
	{"Plant it in a 6\" pot.", []want{w("6\"", "6", "6", "exact", "inch")}},
	{"He said \"the score was 24\" and left.", []want{w("24", "24", "24", "exact", "count")}},
	// degree-sentence-scale: bare degrees take the one scale the sentence names
	{"Set 170 degrees Fahrenheit for white tea, while green tea gets 180 degrees.", []want{w("170 degrees Fahrenheit", "170", "170", "exact", "fahrenheit"), w("180 degrees", "180", "180", "exact", "fahrenheit")}},
	{"Highs of 30°C are expected and lows of 18 degrees.", []want{w("30°C", "30", "30", "exact", "celsius"), w("18 degrees", "18", "18", "exact", "celsius")}},
	{"It was 40°C in Rome and 90°F in Texas, a swing of 10 degrees.", []want{w("40°C", "40", "40", "exact", "celsius"), w("90°F", "90", "90", "exact", "fahrenheit"), w("10 degrees", "10", "10", "exact", "degree")}},
	{"Turn the dial 90 degrees.", []want{w("90 degrees", "90", "90", "exact", "degree")}},
	// a measure "through" a year runs until it: no range (a CAGR is a rate
	// of growth, up, as web-dev labels "(CAGR) of 62.3%")
	{"The market has a CAGR of 62.3% through 2032.", []want{chg(w("62.3%", "62.3", "62.3", "exact", "percent"), "up"), nc("2032", claims.KindYear)}},
	{"Read pages 20 through 100.", []want{w("20 through 100", "20", "100", "range", "count")}},
	// pace: time per distance
	{"Sustain a goal pace of 10:45 per mile.", []want{w("10:45 per mile", "10.75", "10.75", "exact", "minute/mile")}},
	{"She ran 4:30/km splits.", []want{w("4:30/km", "4.5", "4.5", "exact", "minute/km")}},
	{"The bus leaves at 10:45 per the schedule.", []want{nc("10:45", claims.KindTime)}},
	{"The rest ran 40 seconds per mile faster.", []want{w("40 seconds per mile", "40", "40", "exact", "second/mile")}},
	// allowance-time: time counted as an allowance or total
	{"Staff get 3 sick days and 2 personal days.", []want{w("3 sick days", "3", "3", "exact", "day"), w("2 personal days", "2", "2", "exact", "day")}},
	{"A child has just 16,000 waking hours.", []want{w("16,000 waking hours", "16000", "16000", "exact", "hour")}},
	{"He won 3 straight games.", []want{w("3", "3", "3", "exact", "count")}},
	// odd-about: "N-odd"
	{"We finished a 20-odd session campaign.", []want{w("20-odd", "20", "20", "about", "count")}},
	{"Pick 3 odd numbers.", []want{w("3", "3", "3", "exact", "count")}},
	// a spaced fraction sign makes a mixed number, at either end of a range
	{"Use a 5 ½ inch pan.", []want{w("5 ½ inch", "5.5", "5.5", "exact", "inch")}},
	{"A 4-5 ½ inch mobile device fits.", []want{w("4-5 ½ inch", "4", "5.5", "range", "inch")}},
	{"Add 2 to 2½ cups of flour.", []want{w("2 to 2½ cups", "2", "2.5", "range", "cup")}},
	// rate nouns of web prices, a participle allowed before them
	{"The credit is worth a maximum of $2,000 per qualifying child.", []want{w("a maximum of $2,000 per qualifying child", "-", "2000", "at_most", "USD/child")}},
	{"Tickets cost £40 per adult and $5 per existing customer.", []want{w("£40 per adult", "40", "40", "exact", "GBP/adult"), w("$5 per existing customer", "5", "5", "exact", "USD/customer")}},
	{"They paid $5 per cutting board.", []want{w("$5", "5", "5", "exact", "USD")}},
	// an electric car's efficiency in miles per kWh
	{"EVs average 3.0 m/kWh, others 4 mi/kWh.", []want{w("3.0 m/kWh", "3", "3", "exact", "mile/kWh"), w("4 mi/kWh", "4", "4", "exact", "mile/kWh")}},
	// words-digits: a number in words restated in digits in brackets
	{"Buy three (3) to five (5) qualifying products.", []want{w("three (3) to five (5)", "3", "5", "range", "count")}},
	{"Pay within thirty (30) days of the invoice.", []want{w("thirty (30) days", "30", "30", "exact", "day")}},
	{"See note three (4) below.", []want{w("three", "3", "3", "exact", "count"), w("4", "4", "4", "exact", "count")}},
	// a range of durations measures; done "in just N" measures; a time
	// placed stays a duration
	{"Short videos are usually between 5 and 90 seconds.", []want{w("between 5 and 90 seconds", "5", "90", "range", "second")}},
	{"Timelines ranged from 3 to 9 months.", []want{w("from 3 to 9 months", "3", "9", "range", "month")}},
	{"Save 3–6 months' worth of expenses.", []want{w("3–6 months", "3", "6", "range", "month")}},
	{"They planned the wedding in just 10 weeks.", []want{w("10 weeks", "10", "10", "exact", "week")}},
	{"Rates will fall in 3-5 years.", []want{nc("3-5 years", claims.KindDuration)}},
	{"Prices rise over the next 3 to 6 months.", []want{nc("3 to 6 months", claims.KindDuration)}},
	{"The meeting starts in three hours.", []want{nc("three hours", claims.KindDuration)}},
	// year-part: a quarter or half with its year is a date
	{"In Q4 2025, adoption grew.", []want{nc("Q4 2025", claims.KindDate)}},
	{"H1 2024 results beat forecasts.", []want{nc("H1 2024", claims.KindDate)}},
	{"The Q5 model sold 300 units.", []want{nc("Q5", claims.KindIdentifier), w("300", "300", "300", "exact", "count")}},
	// size-glued: a size with a glued times sign
	{"The 1920×1200 IPS display is bright.", []want{nc("1920×1200", claims.KindOther)}},
	{"A 4×100 relay won.", []want{w("4", "4", "4", "exact", "count"), w("100", "100", "100", "exact", "count")}},
	// a currency word repeating the sign's currency joins the mention
	{"Expect to pay from $30 to $100 dollars per day.", []want{w("from $30 to $100 dollars per day", "30", "100", "range", "USD/day")}},
	{"It cost $5 dollars.", []want{w("$5 dollars", "5", "5", "exact", "USD")}},
	{"It cost $5 euros less.", []want{w("$5", "5", "5", "exact", "USD")}},
}

func TestWebForms(t *testing.T) { checkCases(t, webFormCases) }
