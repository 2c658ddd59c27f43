package quantity

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// want is one expected mention: its text, interval ("-" open), qualifier,
// unit, change and kind. Empty low/high are not checked (non-claims).
type want struct {
	text      string
	low, high string
	qual      claims.Qualifier
	unit      string
	change    string
	kind      claims.Kind
}

func w(text, low, high string, qual claims.Qualifier, unit string) want {
	return want{text: text, low: low, high: high, qual: qual, unit: unit, kind: claims.KindClaim}
}

func chg(x want, c string) want { x.change = c; return x }

func nc(text string, kind claims.Kind) want { return want{text: text, kind: kind} }

var grammarCases = []struct {
	in   string
	want []want
}{
	// digits, separators, decimals, signs
	{"Police arrested 1,800 people.", []want{w("1,800", "1800", "1800", "exact", "count")}},
	{"The census counted 7,303,480 residents.", []want{w("7,303,480", "7303480", "7303480", "exact", "count")}},
	{"Growth was 45.2 in the index and -0.5 in the other.", []want{w("45.2", "45.2", "45.2", "exact", "count"), w("-0.5", "-0.5", "-0.5", "exact", "count")}},
	{"The city has 816 000 residents.", []want{w("816 000", "816000", "816000", "exact", "count")}},
	{"Its fleet of roughly 400 737 Max jets was grounded.", []want{w("roughly 400", "400", "400", "about", "count"), nc("737", claims.KindIdentifier)}},
	{"The war has lasted more than two decades.", []want{w("more than two decades", "20", "-", "more_than", "year")}},
	{"HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%", []want{nc("225.86", claims.KindOther), nc("-12.99", claims.KindOther), nc("-5.44%", claims.KindOther)}},
	{"The index moved -3.2 -4.1% in a week.", []want{w("-3.2", "-3.2", "-3.2", "exact", "count"), chg(w("-4.1%", "-4.1", "-4.1", "exact", "percent"), "down")}},
	{"They were held on 48 hour holds.", []want{nc("48 hour", claims.KindDuration)}},
	{"There is no evidence linking the third case to the earlier two.", []want{nc("third", claims.KindOrdinal), nc("two", claims.KindOther)}},
	{"Researchers detected one such plume directly.", []want{nc("one", claims.KindOther)}},
	{"Prices rose by 2 to 3 percent.", []want{chg(w("2 to 3 percent", "2", "3", "range", "percent"), "up")}},
	{"The other three suspects were released.", []want{w("three", "3", "3", "exact", "count")}},
	{"In 2019 300 Americans died of the disease.", []want{nc("2019", claims.KindYear), w("300", "300", "300", "exact", "count")}},
	{"The company employs 1 500 people.", []want{w("1 500", "1500", "1500", "exact", "count")}},
	{"It's been 235 days since she held a press conference.", []want{w("235 days", "235", "235", "exact", "day")}},
	{"The rate is the lowest in 40 years since records began.", []want{nc("40 years", claims.KindDuration)}},
	{"Two days later, she held a press conference.", []want{nc("Two days", claims.KindDuration)}},
	// one time unit under a qualifier; "for" makes a measure even before
	// "before"/"after"; "take" reaches past its indirect object; ages of
	// the universe; benchmarks and comparatives
	{"The simulation ran continuously for more than a year.", []want{w("more than a year", "1", "-", "more_than", "year")}},
	{"He has been in jail for nearly a decade.", []want{w("nearly a decade", "10", "10", "nearly", "year")}},
	{"It happened more than a year ago.", []want{nc("more than a year", claims.KindDuration)}},
	{"Over a year, sales rose.", nil},
	{"A jury deliberated for less than 10 minutes before convicting him.", []want{w("less than 10 minutes", "-", "10", "less_than", "minute")}},
	{"The same calculation would take a single processor system 15,000 years.", []want{w("15,000 years", "15000", "15000", "exact", "year")}},
	{"The universe as it is today 13.8 billion years after the Big Bang.", []want{w("13.8 billion years", "13800000000", "13800000000", "exact", "year")}},
	{"Two days after the vote, he quit.", []want{nc("Two days", claims.KindDuration)}},
	{"It will go from zero to 60 mph (97 kph) in five seconds, a full two seconds faster.", []want{nc("from zero to 60 mph", claims.KindOther), nc("97 kph", claims.KindOther), w("five seconds", "5", "5", "exact", "second"), w("two seconds", "2", "2", "exact", "second")}},
	{"Its top speed is 155 mph (250 kph).", []want{w("155 mph", "155", "155", "exact", "mph"), w("250 kph", "250", "250", "exact", "km/h")}},
	// compound units
	{"It has a 176 hp engine, gets 90 miles per gallon or 38 kilometers per liter, tops 120 miles per hour and runs at 60 frames per second.", []want{w("176 hp", "176", "176", "exact", "hp"), w("90 miles per gallon", "90", "90", "exact", "mpg"), w("38 kilometers per liter", "38", "38", "exact", "km/l"), w("120 miles per hour", "120", "120", "exact", "mph"), w("60 frames per second", "60", "60", "exact", "fps")}},
	{"The galaxy is some 230 million light-years away, the star 4.2 light years.", []want{w("some 230 million light-years", "230000000", "230000000", "about", "light-year"), w("4.2 light years", "4.2", "4.2", "exact", "light-year")}},
	{"The firm sold 20 HP printers.", []want{w("20", "20", "20", "exact", "count")}},
	// a change in points and the new level are two values
	{"The Dow fell 200 points to 40,816.38 on Friday.", []want{chg(w("200 points", "200", "200", "exact", "point"), "down"), chg(w("40,816.38", "40816.38", "40816.38", "exact", "point"), "down")}},
	{"The index rose 5 to 10 points.", []want{chg(w("5 to 10 points", "5", "10", "range", "point"), "up")}},
	// bounds a noun away from the number
	{"The contracts have a combined maximum value of $2.6bn.", []want{w("$2.6bn", "-", "2600000000", "at_most", "USD")}},
	{"He faces a minimum sentence of five years and a minimum wage of $15.", []want{w("five years", "5", "-", "at_least", "year"), w("$15", "15", "15", "exact", "USD")}},
	// fixed expressions, the emergency number, video standards, population bounds
	{"The UK backs a two-state solution and China the \"one country, two systems\" formula.", []want{nc("two", claims.KindOther), nc("one", claims.KindOther), nc("two", claims.KindOther)}},
	{"There needs to be zero shame, and zero tolerance. Zero deaths were reported.", []want{nc("zero", claims.KindOther), nc("zero", claims.KindOther), w("Zero", "0", "0", "exact", "count")}},
	{"None has prioritized one state over the other; marriage is between one man and one woman. Over one 12-year stretch he passed bills. One person was killed and another injured.", []want{nc("one", claims.KindOther), nc("one", claims.KindOther), nc("one", claims.KindOther), nc("Over one", claims.KindOther), nc("12-year", claims.KindDuration), w("One", "1", "1", "exact", "count")}},
	{"Voters under the age of 30 backed him; he was under the age of 30.", []want{want{text: "30", unit: "age", kind: claims.KindOther}, w("30", "-", "30", "less_than", "age")}},
	// units carried: US currency words, another country's dollars, a list's percent, "more" days
	{"It cost 19 United States cents, or 30 U.S. cents, and 5 US dollars.", []want{w("19 United States cents", "0.19", "0.19", "exact", "USD"), w("30 U.S. cents", "0.3", "0.3", "exact", "USD"), w("5 US dollars", "5", "5", "exact", "USD")}},
	{"The tax rose from 10 Canadian dollars in 2008 to 30 dollars by 2012, about $22.20 in United States dollars.", []want{w("10 Canadian dollars", "10", "10", "exact", "CAD"), nc("2008", claims.KindYear), chg(w("30 dollars", "30", "30", "exact", "CAD"), "up"), nc("2012", claims.KindYear), w("about $22.20", "22.2", "22.2", "about", "USD")}},
	{"He lost by 11 and 8 percent respectively, and by 3, 4, and 5 percentage points.", []want{chg(w("11", "11", "11", "exact", "percent"), "down"), w("8 percent", "8", "8", "exact", "percent"), w("3", "3", "3", "exact", "percentage_point"), w("4", "4", "4", "exact", "percentage_point"), w("5 percentage points", "5", "5", "exact", "percentage_point")}},
	{"They waited two more days.", []want{w("two more days", "2", "2", "exact", "day")}},
	// tallies of people, multiplier verbs, "35-plus hours", "or below"
	{"The delegate count is Donald Trump 384, Sen. Ted Cruz 300, Rubio 151, and Kasich 37.", []want{w("384", "384", "384", "exact", "count"), w("300", "300", "300", "exact", "count"), w("151", "151", "151", "exact", "count"), w("37", "37", "37", "exact", "count")}},
	{"Airlines ordered Boeing 737, Airbus 320 and Embraer 190 jets.", []want{nc("737", claims.KindIdentifier), nc("320", claims.KindIdentifier), nc("190", claims.KindIdentifier)}},
	// a mean of a duration is measured: a claim
	{"Users spend an average of nine minutes on the app; cases took a median of 12 days.", []want{w("nine minutes", "9", "9", "exact", "minute"), w("12 days", "12", "12", "exact", "day")}},
	// idioms with "one" that count nothing (fixed-expression)
	{"For one reason or another, they took it one step at a time, one body part at a time, in one legal form or another. One person was hurt.", []want{nc("one", claims.KindOther), nc("one", claims.KindOther), nc("one", claims.KindOther), nc("one", claims.KindOther), w("One", "1", "1", "exact", "count")}},
	// a qualifier before an article: "about a 20% reduction"
	{"Both groups showed about a 20% reduction, roughly a 5 percent rise and nearly a 3-point gain.", []want{chg(w("about a 20%", "20", "20", "about", "percent"), "down"), chg(w("roughly a 5 percent", "5", "5", "about", "percent"), "up"), chg(w("nearly a 3-point", "3", "3", "nearly", "point"), "up")}},
	// versions of named products and standards (name-with-version)
	{"The hub adds four USB 3.0 ports, Bluetooth 5.3 and two HDMI 2.1 outputs.", []want{w("four", "4", "4", "exact", "count"), nc("3.0", claims.KindIdentifier), nc("5.3", claims.KindIdentifier), w("two", "2", "2", "exact", "count"), nc("2.1", claims.KindIdentifier)}},
	{"Meta's Llama 3.1 lagged while Python 3.12 users upgraded.", []want{nc("3.1", claims.KindIdentifier), nc("3.12", claims.KindIdentifier)}},
	{"The average is Donald Trump 38.5, Sen. Ted Cruz 30.2 and Marco Rubio 15.1.", []want{w("38.5", "38.5", "38.5", "exact", "count"), w("30.2", "30.2", "30.2", "exact", "count"), w("15.1", "15.1", "15.1", "exact", "count")}},
	{"Trump nearly quintupled the rent, and Trump doubled down.", []want{chg(w("nearly quintupled", "5", "5", "nearly", "times"), "up")}},
	{"She doubled-down on her claim in ventures that doubled as a reminder.", nil},
	{"Jobs doubled.", []want{chg(w("doubled", "2", "2", "exact", "times"), "up")}},
	{"She works 35-plus hours a week.", []want{w("35-plus hours", "35", "-", "at_least", "hour")}},
	{"Support was 2 percent or below, or 5 percent or higher.", []want{w("2 percent or below", "-", "2", "at_most", "percent"), w("5 percent or higher", "5", "-", "at_least", "percent")}},
	// the unnamed speaker's "one", "one voice", "from one country to another"
	{"One Clinton spokesman has called it bad, said one source who knew.", []want{nc("One", claims.KindOther), nc("one", claims.KindOther)}},
	{"They speak with one voice, moving from one country to another.", []want{nc("one", claims.KindOther), nc("one", claims.KindOther)}},
	{"One official told reporters 40 died.", []want{nc("One", claims.KindOther), w("40", "40", "40", "exact", "count")}},
	// (a mid-sentence indefinite "one slide says" is no count: conv18's label convention, rule indefinite-one-mid)
	{"Police said one person was killed; only one senator said no; one slide says so.", []want{w("one", "1", "1", "exact", "count"), w("one", "1", "1", "exact", "count"), nc("one", claims.KindOther)}},
	// lists carry a percent only when they are lists; bounds need "a"
	{"In 2012, 43 percent went there; on page 12, 40 percent agreed; he hired 300 and 10 percent quit.", []want{nc("2012", claims.KindYear), w("43 percent", "43", "43", "exact", "percent"), nc("12", claims.KindIdentifier), w("40 percent", "40", "40", "exact", "percent"), w("300", "300", "300", "exact", "count"), w("10 percent", "10", "10", "exact", "percent")}},
	{"The company paid the maximum fine of $10,000.", []want{w("$10,000", "10000", "10000", "exact", "USD")}},
	// (read as 1.5 years since rule unit-and-a-half; it read nothing before, not one year)
	{"He waited almost a year and a half.", []want{w("almost a year and a half", "1.5", "1.5", "nearly", "year")}},
	{"He earns 50,000 Canadian dollars, while his American colleague earns 70,000 dollars.", []want{w("50,000 Canadian dollars", "50000", "50000", "exact", "CAD"), w("70,000 dollars", "70000", "70000", "exact", "USD")}},
	{"It will return 1.7 billion Canadian dollars, more than the 1.2 billion dollars it collects.", []want{w("1.7 billion Canadian dollars", "1700000000", "1700000000", "exact", "CAD"), w("1.2 billion dollars", "1200000000", "1200000000", "exact", "CAD")}},
	{"A friend called 911 and a 911 dispatcher answered.", []want{nc("911", claims.KindIdentifier), nc("911", claims.KindIdentifier)}},
	{"It offers 4K streaming and was shot in 8K.", []want{nc("4K", claims.KindIdentifier), nc("8K", claims.KindIdentifier)}},
	{"About 964,000 people age 12 and older use it; he was aged 61 and lived alone.", []want{w("About 964,000", "964000", "964000", "about", "count"), want{text: "12", unit: "age", kind: claims.KindOther}, w("61", "61", "61", "exact", "age")}},
	{"If somebody works 40 hours a week, that person should not be poor.", []want{w("40 hours a week", "40", "40", "exact", "hour/week")}},
	{"That leads us to the big number: 1,237.", []want{w("1,237", "1237", "1237", "exact", "count")}},
	{"Total Views : 3", []want{nc("3", claims.KindOther)}},
	{"Boeing delivered 35 777 Freighters.", []want{w("35", "35", "35", "exact", "count"), nc("777", claims.KindIdentifier)}},
	{"On March 3 200 people were arrested.", []want{nc("March 3", claims.KindDate), w("200", "200", "200", "exact", "count")}},
	{"The rate fell by 0.3 to 3.7 percent in May.", []want{chg(w("0.3", "0.3", "0.3", "exact", "count"), "down"), chg(w("3.7 percent", "3.7", "3.7", "exact", "percent"), "down")}},
	{"Boeing delivered 350 787 Dreamliners last year.", []want{w("350", "350", "350", "exact", "count"), nc("787", claims.KindIdentifier)}},
	{"He waited 10 min yesterday.", []want{w("10 min", "10", "10", "exact", "minute")}},
	{"Emirates cut its order by 30 to 126 jets.", []want{chg(w("30", "30", "30", "exact", "count"), "down"), chg(w("126", "126", "126", "exact", "count"), "down")}},
	{"It comes on top of five 787 Dreamliner sales.", []want{w("five", "5", "5", "exact", "count"), nc("787", claims.KindIdentifier)}},
	{"The census counted 7 303 480 residents.", []want{w("7 303 480", "7303480", "7303480", "exact", "count")}},
	{"The city has 816\u00a0000 residents.", []want{w("816\u00a0000", "816000", "816000", "exact", "count")}},
	// number words
	{"Police detained four men.", []want{w("four", "4", "4", "exact", "count")}},
	{"Twenty-one people died.", []want{w("Twenty-one", "21", "21", "exact", "count")}},
	{"They freed a dozen prisoners.", []want{w("a dozen", "12", "12", "exact", "count")}},
	{"He met three regional leaders.", []want{w("three", "3", "3", "exact", "count")}},
	{"One hundred and five people voted.", []want{w("One hundred and five", "105", "105", "exact", "count")}},
	{"He called half a dozen directors.", []want{w("half a dozen", "6", "6", "exact", "count")}},
	{"One Sunday in May, she called 12 directors.", []want{nc("One", claims.KindOther), w("12", "12", "12", "exact", "count")}}, // indefinite-time-one
	{"Two and a half million people fled.", []want{w("Two and a half million", "2500000", "2500000", "exact", "count")}},
	{"A million people marched.", []want{w("A million", "1000000", "1000000", "exact", "count")}},
	{"Half a million people marched.", []want{w("Half a million", "500000", "500000", "exact", "count")}},
	// scales
	{"The deal is worth 1.5 million dollars.", []want{w("1.5 million dollars", "1500000", "1500000", "exact", "USD")}},
	{"It raised $3.2bn last year.", []want{w("$3.2bn", "3200000000", "3200000000", "exact", "USD")}},
	{"It sold the unit for €20m.", []want{w("€20m", "20000000", "20000000", "exact", "EUR")}},
	{"The bill is £3.2bn.", []want{w("£3.2bn", "3200000000", "3200000000", "exact", "GBP")}},
	{"Debt reached $2 trillion.", []want{w("$2 trillion", "2000000000000", "2000000000000", "exact", "USD")}},
	{"The club has 5k members.", []want{w("5k", "5000", "5000", "exact", "count")}},
	{"It paid US$5 million.", []want{w("US$5 million", "5000000", "5000000", "exact", "USD")}},
	{"It paid USD 5 million and 20 million euros.", []want{w("USD 5 million", "5000000", "5000000", "exact", "USD"), w("20 million euros", "20000000", "20000000", "exact", "EUR")}},
	{"A loaf costs 300,000 bolivars.", []want{w("300,000 bolivars", "300000", "300000", "exact", "VES")}},
	{"The fine was 50 Canadian dollars.", []want{w("50 Canadian dollars", "50", "50", "exact", "CAD")}},
	// fractions and shares
	{"Two-thirds of voters backed him.", []want{w("Two-thirds", "66.66666666666667", "66.66666666666667", "exact", "percent")}},
	{"One in five adults smoke.", []want{w("One in five", "20", "20", "exact", "percent")}},
	{"More than half of the country voted.", []want{w("More than half", "50", "-", "more_than", "percent")}},
	{"A third of the budget went to defence.", []want{w("A third", "33.333333333333336", "33.333333333333336", "exact", "percent")}},
	{"Nine out of 10 doctors agree.", []want{w("Nine out of 10", "90", "90", "exact", "percent")}},
	{"Nearly eight of 10 voters say they will watch.", []want{w("Nearly eight of 10", "80", "80", "nearly", "percent")}},
	{"Three of every four voters agreed.", []want{w("Three of every four", "75", "75", "exact", "percent")}},
	{"Two of the 10 judges dissented.", []want{w("Two", "2", "2", "exact", "count"), w("10", "10", "10", "exact", "count")}},
	{"Six of 12 jurors were women.", []want{w("Six", "6", "6", "exact", "count"), w("12", "12", "12", "exact", "count")}},
	{"Christians make up less than half of 1 percent of arrivals.", []want{w("less than half of 1 percent", "-", "0.5", "less_than", "percent")}},
	{"Turnout fell by a third of 1% overall.", []want{chg(w("a third of 1%", "0.33333333333333337", "0.33333333333333337", "exact", "percent"), "down")}},
	{"It hit 18- to 24-year-old men hardest.", []want{w("18- to 24-year-old", "18", "24", "range", "age")}},
	{"Among voters in a four-way race, 46 percent chose her.", []want{nc("four", claims.KindOther), w("46 percent", "46", "46", "exact", "percent")}},
	{"One might expect them to matter more.", []want{nc("One", claims.KindOther)}},
	{"He claimed at one point that it was false.", []want{nc("one point", claims.KindOther)}},
	{"Emissions fall by 2030 to 32 percent below 2005 levels.", []want{nc("2030", claims.KindYear), w("32 percent", "32", "32", "exact", "percent"), nc("2005", claims.KindYear)}},
	{"Young people between the ages of 17 and 20 were polled.", []want{w("between the ages of 17 and 20", "17", "20", "range", "age")}},
	{"They invest $500,000 to more than $1 million each.", []want{w("$500,000 to more than $1 million", "500000", "-", "range", "USD")}},
	{"They invest $500,000 to $1 million each.", []want{w("$500,000 to $1 million", "500000", "1000000", "range", "USD")}},
	{"Clinton would beat Trump 46 to 40 percent.", []want{w("46", "46", "46", "exact", "percent"), w("40 percent", "40", "40", "exact", "percent")}},
	{"Democrats led by a 3 to 1 margin.", []want{nc("3 to 1", claims.KindOther)}},
	{"In a comparison done on Zero Hedge, statements differed.", []want{nc("Zero", claims.KindIdentifier)}},
	{"Women make up 51 percent of the electorate.", []want{w("51 percent", "51", "51", "exact", "percent")}},
	{"She made up 5 points in a week.", []want{chg(w("5 points", "5", "5", "exact", "point"), "up")}},
	// percentages and points
	{"He won 52% of the vote.", []want{w("52%", "52", "52", "exact", "percent")}},
	{"He won 52 percent of the vote.", []want{w("52 percent", "52", "52", "exact", "percent")}},
	{"He won 52 per cent of the vote.", []want{w("52 per cent", "52", "52", "exact", "percent")}},
	{"Prices rose 3.5 pct. in March.", []want{chg(w("3.5 pct.", "3.5", "3.5", "exact", "percent"), "up")}},
	{"Support fell by 3 percentage points.", []want{chg(w("3 percentage points", "3", "3", "exact", "percentage_point"), "down")}},
	// measures
	{"The road is 5 km long and 200 miles away.", []want{w("5 km", "5", "5", "exact", "km"), w("200 miles", "200", "200", "exact", "mile")}},
	{"They export 1.5 million barrels per day.", []want{w("1.5 million barrels per day", "1500000", "1500000", "exact", "barrel/day")}},
	{"The ship carried 40,000 tonnes of grain.", []want{w("40,000 tonnes", "40000", "40000", "exact", "tonne")}},
	{"The fire burned 3,000 hectares.", []want{w("3,000 hectares", "3000", "3000", "exact", "hectare")}},
	// ranges
	{"Between 60 and 75 people were freed.", []want{w("Between 60 and 75", "60", "75", "range", "count")}},
	{"From 60 to 75 people were freed.", []want{w("From 60 to 75", "60", "75", "range", "count")}},
	{"Some 60-75 people were freed.", []want{w("60-75", "60", "75", "range", "count")}},
	{"About 2,000–2,400 people were held.", []want{w("2,000–2,400", "2000", "2400", "range", "count")}},
	{"It will cost 5 to 7 million dollars.", []want{w("5 to 7 million dollars", "5000000", "7000000", "range", "USD")}},
	{"Turnout was 5-7%.", []want{w("5-7%", "5", "7", "range", "percent")}},
	{"Two or three people were hurt.", []want{w("Two or three", "2", "3", "range", "count")}},
	// qualifiers
	{"More than 1,800 people were arrested.", []want{w("More than 1,800", "1800", "-", "more_than", "count")}},
	{"Over 100 protesters were freed.", []want{w("Over 100", "100", "-", "more_than", "count")}},
	{"At least 28 people died.", []want{w("At least 28", "28", "-", "at_least", "count")}},
	{"Fewer than 10 remain.", []want{w("Fewer than 10", "-", "10", "less_than", "count")}},
	// (the bound of an age: rule population-age, the quantity dev sets' "people under 30")
	{"Children under 5 are exempt.", []want{w("under 5", "-", "5", "less_than", "age")}},
	{"Up to 300 people may attend.", []want{w("Up to 300", "-", "300", "at_most", "count")}},
	{"No more than 300 people may attend.", []want{w("No more than 300", "-", "300", "at_most", "count")}},
	{"About 900 remain in detention.", []want{w("About 900", "900", "900", "about", "count")}},
	{"Around 2,400 were arrested.", []want{w("Around 2,400", "2400", "2400", "about", "count")}},
	{"Roughly 900 remain.", []want{w("Roughly 900", "900", "900", "about", "count")}},
	{"Some 14 candidates ran.", []want{w("Some 14", "14", "14", "about", "count")}},
	{"An estimated 5,000 people fled.", []want{w("An estimated 5,000", "5000", "5000", "about", "count")}},
	{"Close to 900 remain.", []want{w("Close to 900", "900", "900", "about", "count")}},
	{"Nearly 2,000 were released.", []want{w("Nearly 2,000", "2000", "2000", "nearly", "count")}},
	{"Almost 2,000 were released.", []want{w("Almost 2,000", "2000", "2000", "nearly", "count")}},
	{"Just under 2,000 were released.", []want{w("Just under 2,000", "2000", "2000", "nearly", "count")}},
	{"100 or more people came.", []want{w("100 or more", "100", "-", "at_least", "count")}},
	{"The board will buy back up to $10 billion of stock.", []want{w("up to $10 billion", "-", "1e10", "at_most", "USD")}},
	{"Insurers pay back up to 80% of the cost.", []want{w("up to 80%", "-", "80", "at_most", "percent")}},
	{"Sales of EVs doubled to 1.4 million units.", []want{chg(w("doubled", "2", "2", "exact", "times"), "up"), chg(w("1.4 million", "1400000", "1400000", "exact", "count"), "up")}},
	{"Its user base tripled to 30 million.", []want{chg(w("tripled", "3", "3", "exact", "times"), "up"), chg(w("30 million", "30000000", "30000000", "exact", "count"), "up")}},
	{"Fines are equal to or greater than 10 percent of turnover.", []want{w("equal to or greater than 10 percent", "10", "-", "at_least", "percent")}},
	{"Loans equal to or less than $5,000 are exempt.", []want{w("equal to or less than $5,000", "-", "5000", "at_most", "USD")}},
	{"The score must be greater or equal to 60.", []want{w("greater or equal to 60", "60", "-", "at_least", "count")}},
	{"Pick a number less or equal than twelve.", []want{w("less or equal than twelve", "-", "12", "at_most", "count")}},
	{"His score is equal to 5000 or less than 6000.", []want{w("5000", "5000", "5000", "exact", "count"), w("less than 6000", "-", "6000", "less_than", "count")}},
	{"Teams of 20 or more than 30 players.", []want{w("20", "20", "20", "exact", "count"), w("more than 30", "30", "-", "more_than", "count")}},
	{"It drew 100-plus people.", []want{w("100-plus", "100", "-", "at_least", "count")}},
	{"Approx. 40 people came.", []want{w("Approx. 40", "40", "40", "about", "count")}},
	// vague amounts
	{"Dozens were hurt.", []want{w("Dozens", "24", "99", "vague", "count")}},
	{"Several dozen people disappeared.", []want{w("Several dozen", "24", "99", "vague", "count")}},
	{"Hundreds of protesters were charged.", []want{w("Hundreds", "100", "999", "vague", "count")}},
	{"Thousands were arrested.", []want{w("Thousands", "1000", "9999", "vague", "count")}},
	{"Tens of thousands of demonstrators marched.", []want{w("Tens of thousands", "10000", "99999", "vague", "count")}},
	{"Hundreds of thousands fled.", []want{w("Hundreds of thousands", "100000", "999999", "vague", "count")}},
	{"Millions of dollars were lost.", []want{w("Millions", "1000000", "9999999", "vague", "USD")}},
	{"Several hundred people came.", []want{w("Several hundred", "100", "999", "vague", "count")}},
	// ages
	{"Nicolás Maduro, 61, won.", []want{w("61", "61", "61", "exact", "age")}},
	{"A 61-year-old man was held.", []want{w("61-year-old", "61", "61", "exact", "age")}},
	{"The victim was aged 17.", []want{w("17", "17", "17", "exact", "age")}},
	// change
	{"Exports rose 5% in May.", []want{chg(w("5%", "5", "5", "exact", "percent"), "up"), nc("", "")}},
	{"Sales were up about 19 per cent.", []want{chg(w("about 19 per cent", "19", "19", "about", "percent"), "up")}},
	{"Output fell by 3 points.", []want{chg(w("3 points", "3", "3", "exact", "point"), "down")}},
	{"There was a 5% increase in crime.", []want{chg(w("5%", "5", "5", "exact", "percent"), "up")}},
	{"Unemployment declined to 4.1%.", []want{chg(w("4.1%", "4.1", "4.1", "exact", "percent"), "down")}},
	{"The rate fell to 3% from 5%.", []want{chg(w("3%", "3", "3", "exact", "percent"), "down"), w("5%", "5", "5", "exact", "percent")}},
	{"The rate rose from 5% to 7%.", []want{w("5%", "5", "5", "exact", "percent"), chg(w("7%", "7", "7", "exact", "percent"), "up")}},
	// a tight hyphen after a change word's "from" joins a range (web-dev-8
	// "up from 70-80 per cent earlier"); "from … to …" stays two values
	{"It expects a 95 per cent hit (up from 70-80 per cent earlier).", []want{w("95 per cent", "95", "95", "exact", "percent"), w("70-80 per cent", "70", "80", "range", "percent")}},
	{"Guidance rose from 1-3 per cent to 3-4 per cent.", []want{w("1-3 per cent", "1", "3", "range", "percent"), chg(w("3-4 per cent", "3", "4", "range", "percent"), "up")}},
	{"Sales rose 3.5% to $3.2bn.", []want{chg(w("3.5%", "3.5", "3.5", "exact", "percent"), "up"), chg(w("$3.2bn", "3200000000", "3200000000", "exact", "USD"), "up")}},
	{"He raised $20 million for the campaign.", []want{w("$20 million", "20000000", "20000000", "exact", "USD")}},
	// not claims
	{"The vote was held on July 28, 2024.", []want{nc("July 28, 2024", claims.KindDate)}},
	{"He was arrested on November 26.", []want{nc("November 26", claims.KindDate)}},
	{"He was arrested on 26 November.", []want{nc("26 November", claims.KindDate)}},
	{"It happened in July 2024.", []want{nc("July 2024", claims.KindDate)}},
	{"His disputed 2024 re-election.", []want{nc("2024", claims.KindYear)}},
	{"In the 2012–13 season.", []want{nc("2012–13", claims.KindYear)}},
	{"It happened in the 1990s.", []want{nc("1990s", claims.KindYear)}},
	{"He moved there in his 20s.", []want{w("20s", "20", "29", "range", "age")}},
	{"Temperatures hit 40C (104F).", []want{w("40C", "40", "40", "exact", "celsius"), w("104F", "104", "104", "exact", "fahrenheit")}},
	{"The iPhone 11 sold well.", []want{nc("11", claims.KindIdentifier)}},
	{"It ran from 1948-1982.", []want{nc("from 1948-1982", claims.KindYear)}},
	{"An estimated 28,000-plus people came.", []want{w("An estimated 28,000-plus", "28000", "-", "at_least", "count")}},
	{"<tweet tweet-id=\"771328864018726912\">", []want{nc("771328864018726912", claims.KindIdentifier)}},
	{"The meeting starts at 10:30 a.m.", []want{nc("10:30 a.m.", claims.KindTime)}},
	{"The meeting starts at 9 pm.", []want{nc("9 pm", claims.KindTime)}},
	{"Within a 72-hour period.", []want{nc("72-hour", claims.KindDuration)}},
	{"His third six-year term.", []want{nc("third", claims.KindOrdinal), nc("six-year", claims.KindDuration)}},
	{"The first US land strike.", []want{nc("first", claims.KindOrdinal)}},
	{"The 21st century.", []want{nc("21st", claims.KindOrdinal)}},
	{"The town marked its two hundredth anniversary.", []want{nc("two hundredth", claims.KindOrdinal)}},
	{"She was the three thousandth visitor.", []want{nc("three thousandth", claims.KindOrdinal)}},
	{"COVID-19 spread while the G7 met.", []want{nc("COVID-19", claims.KindIdentifier), nc("G7", claims.KindIdentifier)}},
	{"Call +1 202-555-0100 now.", []want{nc("+1 202-555-0100", claims.KindIdentifier)}},
	{"Call (202) 555-0100 now.", []want{nc("(202) 555-0100", claims.KindIdentifier)}},
	{"Total Views : 3", []want{nc("3", claims.KindOther)}},
	{"Under Article 5 of the treaty.", []want{nc("5", claims.KindIdentifier)}},
	{"The case, Friedrichs v. California Teachers Association, No. 14-915, was argued.", []want{nc("14-915", claims.KindIdentifier)}},
	{"See www.example.com/2024/05/story-123 for more.", nil},
	{"The final score was 3-1.", []want{nc("3-1", claims.KindOther)}},
	{"It was sentenced to 10 years in prison.", []want{w("10 years", "10", "10", "exact", "year")}},
	{"They spent a few days there.", nil},
	{"Several people and many others came.", nil},
	{"No one knew, and one of them left.", nil},
	{"The talks between the two countries failed.", []want{nc("two", claims.KindOther)}},
	{"It is not clear why any one person falls ill.", nil},
	{"There is no one in the race on pace to win.", nil},
	{"One evening he left.", []want{nc("One", claims.KindOther)}}, // indefinite-time-one (web-dev-14, -15, -16 label "one day" other)
	{"The conflict has lasted 40 years.", []want{w("40 years", "40", "40", "exact", "year")}},
	{"She has lived there for more than 20 years.", []want{w("more than 20 years", "20", "-", "more_than", "year")}},
	{"He brings 25 years of management experience.", []want{w("25 years", "25", "25", "exact", "year")}},
	{"They aim to land within 20 years.", []want{w("20 years", "20", "20", "exact", "year")}},
	{"Two days later, police came.", []want{nc("Two days", claims.KindDuration)}},
	// a count of days past a threshold (web-dev-4's "recorded 20 days above
	// 25C"; these in other words): a claim, not a span of time
	{"We recorded 20 days above 25C last summer.", []want{w("20 days", "20", "20", "exact", "day"), w("above 25C", "25", "-", "more_than", "celsius")}},
	{"Delhi had three days over 45 degrees in May.", []want{w("three days", "3", "3", "exact", "day"), w("over 45 degrees", "45", "-", "more_than", "degree")}},
	{"Two days after the vote, 40 people marched.", []want{nc("Two days", claims.KindDuration), w("40", "40", "40", "exact", "count")}},
	{"Checks happen every three months.", []want{nc("three months", claims.KindDuration)}},
	{"She won the 400m hurdles in 52.08 seconds.", []want{w("400m", "400", "400", "exact", "m"), w("52.08 seconds", "52.08", "52.08", "exact", "second")}},
	{"Verstappen crossed the line 7.3 seconds ahead of Norris.", []want{w("7.3 seconds", "7.3", "7.3", "exact", "second")}},
	{"The scooter climbed the test hill in 22.3 seconds.", []want{w("22.3 seconds", "22.3", "22.3", "exact", "second")}},
	{"The light blinks every 0.5 seconds.", []want{nc("0.5 seconds", claims.KindDuration)}},
	{"The update cut inference time by up to 20 ms on most models.", []want{chg(w("up to 20 ms", "-", "20", "at_most", "millisecond"), "down")}},
	{"Planning took 0.306 ms and execution 45.7 milliseconds.", []want{w("0.306 ms", "0.306", "0.306", "exact", "millisecond"), w("45.7 milliseconds", "45.7", "45.7", "exact", "millisecond")}},
	{"The sensor samples every 10 ms.", []want{nc("10 ms", claims.KindDuration)}},
	{"Queries are served with low latency (typically 100-300 ms).", []want{w("100-300 ms", "100", "300", "range", "millisecond")}},
	{"Pricing estimates can take 3-5 days.", []want{w("3-5 days", "3", "5", "range", "day")}},
	{"Results come within 12-16 weeks at the top dose.", []want{w("12-16 weeks", "12", "16", "range", "week")}},
	{"We will deliver it in 6-8 weeks.", []want{nc("6-8 weeks", claims.KindDuration)}},
	// a duration after the "to"/"from" of a verb of change is the measure changed (changedTo)
	{"The line will cut travel time from Agbado to Oyingbo to 45 minutes.", []want{w("45 minutes", "45", "45", "exact", "minute")}},
	// (a rise: "increase ... to" past the hyphened compound, as web-dev-6 labels it)
	{"Increase the jogging-walking intervals to 3 minutes each.", []want{chg(w("3 minutes", "3", "3", "exact", "minute"), "up")}},
	{"Battery life goes up to 25 hours.", []want{w("up to 25 hours", "-", "25", "at_most", "hour")}},
	{"The clinic switched its schedule to 12 weeks.", []want{nc("12 weeks", claims.KindDuration)}},
	{"He got a 10-15 year sentence.", []want{nc("10-15 year", claims.KindDuration)}},
	{"Ms Smith said 3 Ms were there.", []want{w("3", "3", "3", "exact", "count")}},
	{"The blast came 2.5 seconds later.", []want{nc("2.5 seconds", claims.KindDuration)}},
	{"It was all over in 30 seconds.", []want{nc("30 seconds", claims.KindDuration)}},
	{"The pride he feels is not one he extends to others.", nil},
	{"His brother died at 43 in 1981.", []want{w("43", "43", "43", "exact", "age"), nc("1981", claims.KindYear)}},
	{"One in five voters agreed.", []want{w("One in five", "20", "20", "exact", "percent")}},
	{"Doctors tried to zero in on the cause.", nil},
	{"They zero in on waste.", nil},
	{"Inflation was zero in 2020.", []want{w("zero", "0", "0", "exact", "count"), nc("2020", claims.KindYear)}},
	{"2.", []want{nc("2", claims.KindOther)}},
	{"3. The second point is about taxes.", []want{nc("3", claims.KindOther), nc("second", claims.KindOrdinal)}},
	{"1) Apples", []want{nc("1", claims.KindOther)}},
	{"(4) Pears", []want{nc("4", claims.KindOther)}},
	{"5 people died.", []want{w("5", "5", "5", "exact", "count")}},
	{"It runs on Xbox One X and PS4 Pro.", []want{nc("One", claims.KindIdentifier), nc("PS4", claims.KindIdentifier)}},
	{"They were known as the \"Three Amigos.\"", []want{nc("Three", claims.KindIdentifier)}},
	{"Two Bartholomew County warrants were served.", []want{w("Two", "2", "2", "exact", "count")}},
	{"Look at Version 9.0 of their sites and Section 2.3 of the law.", []want{nc("9.0", claims.KindIdentifier), nc("2.3", claims.KindIdentifier)}},
	{"3 Kevin Harvick 5033 4 6 15 26", []want{nc("3", claims.KindOther), nc("5033", claims.KindOther), nc("4", claims.KindOther), nc("6", claims.KindOther), nc("15", claims.KindOther), nc("26", claims.KindOther)}},
	{"In 2019, 5 of the 12 members voted against 3 bills.", []want{nc("2019", claims.KindYear), w("5", "5", "5", "exact", "count"), w("12", "12", "12", "exact", "count"), w("3", "3", "3", "exact", "count")}},
	{"Rublev beat Bautista-Agut 3-6, 6-3, 7-6 (0) on Friday.", []want{nc("3-6", claims.KindOther), nc("6-3", claims.KindOther), nc("7-6", claims.KindOther), nc("0", claims.KindOther)}},
	{"At 4-7, including 2-6 in the AFC and 0-3 in AFC West, the Chargers need help.", []want{nc("4-7", claims.KindOther), nc("2-6", claims.KindOther), nc("0-3", claims.KindOther)}},
	{"Hurricanes 4, Blackhawks 2: Nino Niederreiter had a goal.", []want{nc("4", claims.KindOther), nc("2", claims.KindOther)}},
	{"Sanders 45, Clinton 40", []want{w("45", "45", "45", "exact", "count"), nc("40", claims.KindIdentifier)}},
	{"Morgan is the Big Ten’s leading passer.", []want{nc("Ten", claims.KindIdentifier)}},
	{"Prices rose 3-6 percent.", []want{chg(w("3-6 percent", "3", "6", "range", "percent"), "up")}},
	{"Volkswagen's first ID.3 car.", []want{nc("first", claims.KindOrdinal), nc("3", claims.KindIdentifier)}},
	{"You get 2.1 cu.ft. up front and a 20.7 cubic foot trunk.", []want{w("2.1 cu.ft", "2.1", "2.1", "exact", "foot3"), w("20.7 cubic foot", "20.7", "20.7", "exact", "foot3")}},
	{"She was named a 40 Under 40 honoree.", []want{nc("40", claims.KindIdentifier), nc("Under 40", claims.KindIdentifier)}},
	{"Emirates is the number one buyer.", []want{nc("one", claims.KindOrdinal)}},
	{"Clinton 46, Trump 42, Johnson 8, Stein 3", []want{w("46", "46", "46", "exact", "count"), w("42", "42", "42", "exact", "count"), w("8", "8", "8", "exact", "count"), w("3", "3", "3", "exact", "count")}},
	{"Water can boost weight loss (10, 11).", []want{nc("10", claims.KindOther), nc("11", claims.KindOther)}},
	{"He lives at 2134 Caldwell Place.", []want{nc("2134", claims.KindIdentifier)}},
	{"Burton, 57, of 3170 W. Main was held.", []want{w("57", "57", "57", "exact", "age"), nc("3170", claims.KindIdentifier)}},
	{"The rally drew 5,000 people to Main Street.", []want{w("5,000", "5000", "5000", "exact", "count")}},
}

func TestFindQuantities(t *testing.T) { checkCases(t, grammarCases) }

// checkCases checks every mention of each sentence: text, kind, and for
// claims the interval, qualifier, unit and change.
func checkCases(t *testing.T, cases []struct {
	in   string
	want []want
}) {
	t.Helper()
	for _, c := range cases {
		got := Find(c.in)
		var exp []want
		for _, x := range c.want {
			if x.text != "" {
				exp = append(exp, x)
			}
		}
		if len(got) != len(exp) {
			t.Errorf("%q: got %d mentions %s, want %d", c.in, len(got), describe(c.in, got), len(exp))
			continue
		}
		for i, x := range exp {
			g := got[i]
			if s := c.in[g.Start:g.End]; s != x.text {
				t.Errorf("%q: mention %d is %q, want %q", c.in, i, s, x.text)
			}
			if g.Kind != x.kind {
				t.Errorf("%q: %q kind %s, want %s", c.in, x.text, g.Kind, x.kind)
			}
			if x.kind != claims.KindClaim {
				continue
			}
			if !sameBound(g.Low, num(x.low)) || !sameBound(g.High, num(x.high)) || g.Qualifier != x.qual {
				t.Errorf("%q: %q read %s %s..%s, want %s %s..%s", c.in, x.text, g.Qualifier, fs(g.Low), fs(g.High), x.qual, bound(x.low), bound(x.high))
			}
			if g.Unit != x.unit {
				t.Errorf("%q: %q unit %s, want %s", c.in, x.text, g.Unit, x.unit)
			}
			if g.Change != x.change {
				t.Errorf("%q: %q change %q, want %q", c.in, x.text, g.Change, x.change)
			}
		}
	}
}

func num(s string) *float64 {
	if s == "-" {
		return nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return &v
}

func bound(s string) string {
	if s == "-" {
		return "null"
	}
	return s
}

func describe(text string, ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString("[" + text[m.Start:m.End] + " " + string(m.Kind) + " " + string(m.Qualifier) + " " + fs(m.Low) + ".." + fs(m.High) + " " + m.Unit + "]")
	}
	return b.String()
}

// TestFindQuantitiesInvariants checks, on every sentence of the dev sets,
// that mentions are in order, do not overlap, lie inside the text and carry
// a known kind and qualifier.
func TestFindQuantitiesInvariants(t *testing.T) {
	kinds := map[claims.Kind]bool{}
	for _, k := range claims.Kinds {
		kinds[k] = true
	}
	quals := map[claims.Qualifier]bool{}
	for _, q := range claims.Qualifiers {
		quals[q] = true
	}
	for _, name := range []string{"dev", "dev2", "dev3", "dev4"} {
		for _, s := range loadDevSet(t, "../../../testdata/quantities/"+name+".txt") {
			prev := 0
			for _, m := range Find(s.text) {
				if m.Start < prev || m.End <= m.Start || m.End > len(s.text) {
					t.Errorf("%q: bad span %d..%d after %d", s.text, m.Start, m.End, prev)
				}
				prev = m.End
				if !kinds[m.Kind] || !quals[m.Qualifier] {
					t.Errorf("%q: kind %q qualifier %q", s.text, m.Kind, m.Qualifier)
				}
				if m.Change != "" && m.Change != claims.Up && m.Change != claims.Down {
					t.Errorf("%q: change %q", s.text, m.Change)
				}
			}
		}
	}
}

// benchText is realistic news text: the sample articles of the corpus.
func benchText(b *testing.B) []string {
	files, _ := filepath.Glob("../../../corpus/*.txt")
	if len(files) == 0 {
		b.Skip("no corpus")
	}
	var sents []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, para := range strings.Split(string(data), "\n") {
			// rough sentences, as the segmenter would give them
			for _, s := range strings.SplitAfter(para, ". ") {
				if s = strings.TrimSpace(s); s != "" {
					sents = append(sents, s)
				}
			}
		}
	}
	return sents
}

// BenchmarkFindQuantities measures the recogniser alone (MB/s of text).
func BenchmarkFindQuantities(b *testing.B) {
	sents := benchText(b)
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, s := range sents {
			Find(s)
		}
	}
}

// BenchmarkFindQuantitiesPolNeAR runs the recogniser over the PolNeAR train
// texts in ../shared (about 840 news articles), when present.
func BenchmarkFindQuantitiesPolNeAR(b *testing.B) {
	files, _ := filepath.Glob("../../../../shared/eval/polnear/train/text/*.txt")
	if len(files) == 0 {
		b.Skip("shared PolNeAR texts absent")
	}
	var sents []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, para := range strings.Split(string(data), "\n") {
			for _, s := range strings.SplitAfter(para, ". ") {
				if s = strings.TrimSpace(s); s != "" {
					sents = append(sents, s)
					n += len(s)
				}
			}
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, s := range sents {
			Find(s)
		}
	}
}
