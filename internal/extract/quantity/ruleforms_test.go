package quantity

import (
	"strings"
	"testing"
)

// ruleFormCase is one mention of a form read by a named rule:
// the sentence, the mention's text, its bounds ("" = same as low), unit,
// and the rule that must show in explain (as the unit or qualifier rule).
type ruleFormCase struct {
	rule, in, text, low, high, unit string
}

var ruleFormCases = []ruleFormCase{
	// cricket scores are runs when "runs" is unsaid (web-dev-3, web-dev-4,
	// dev5): a total for wickets, runs off balls, an unbeaten score, a side
	// out for a total
	{"cricket-runs", "Joe Root struck an unbeaten 143 as the bowlers toiled on the opening day.", "143", "143", "", "run"},
	{"cricket-runs", "England reached 385 for four at stumps on the first day.", "385", "385", "", "run"},
	{"cricket-runs", "Multan, asked to bat first, made 159 for nine in their 20 overs.", "159", "159", "", "run"},
	{"cricket-runs", "Usman Khan top-scored with 57 off 40 balls as the bowlers struggled.", "57", "57", "", "run"},
	{"cricket-runs", "India were bowled out for 255 in the 50th over, losing five wickets.", "255", "255", "", "run"},
	{"cricket-runs", "Sri Lanka were all out for 91 as the seamers took eight wickets.", "91", "91", "", "run"},
	// parts per million are ppm (articles-dev-1, web-dev-7)
	{"hyphened-unit", "Carbon dioxide reached 417 parts per million last year.", "417 parts per million", "417", "", "ppm"},
	{"hyphened-unit", "Ozone peaked at about 80 parts per million, officials said.", "about 80 parts per million", "80", "", "ppm"},
	// a thing's age is years (articles-dev-3, web-dev-4)
	{"thing-years-old", "The old building was 50 years old and had no fire exits.", "50 years old", "50", "", "year"},
	{"thing-years-old", "CalMac said 14 of its 31 large vessels were more than 30 years old.", "more than 30 years old", "30", "-", "year"},
	{"thing-years-old", "Engineers found the bridge is 120 years old.", "120 years old", "120", "", "year"},
	// any singular noun after "per" is a price's denominator
	// (articles-dev-1 "Sh30 per message", "RM2.5 million per club")
	{"rate-any-noun", "Candidates paid a cost of Sh30 per message.", "Sh30 per message", "30", "", "KES/message"},
	{"rate-any-noun", "The league pays RM2.5 million per club, officials said.", "RM2.5 million per club", "2.5e6", "", "MYR/club"},
	{"rate-any-noun", "The plant sells them at $5 per widget and ships in May.", "$5 per widget", "5", "", "USD/widget"},
	// a bowler's figures, a chase or target, an innings, a partnership
	// (articles-dev-3, web-dev-4)
	{"cricket-runs", "Mulder took four for 32 as the wickets fell.", "32", "32", "", "run"},
	{"cricket-runs", "Islamabad won, chasing down 160 with two wickets in hand.", "160", "160", "", "run"},
	{"cricket-runs", "Set 263 to win, the hosts lost early wickets.", "263", "263", "", "run"},
	{"cricket-runs", "The bowlers faced a target of 180 in 20 overs.", "180", "180", "", "run"},
	{"cricket-runs", "We got 160 in the first innings here.", "160", "160", "", "run"},
	{"cricket-runs", "Holder and Motie added 54 for the seventh wicket.", "54", "54", "", "run"},
	// race, lap and stage times in glued units are one measured time in
	// seconds (dev5: swimming, F1, cycling, athletics)
	{"compound-duration", "Titmus won the 400m freestyle in 3min 57.49sec.", "3min 57.49sec", "237.49", "", "second"},
	{"compound-duration", "Verstappen took pole with a lap of 1min 29.708sec.", "1min 29.708sec", "89.708", "", "second"},
	{"compound-duration", "Pogacar won the stage by 1min 24sec on Sunday.", "1min 24sec", "84", "", "second"},
	{"compound-duration", "The world record now stands at 2hr 0min 35sec.", "2hr 0min 35sec", "7235", "", "second"},
	// the earlier level set against an exchange rate (dev5 FX reports;
	// web-dev-4 "to about 49.5 to the US dollar …, from 30.85")
	{"level-shares-rate", "The rupee closed at 83.21 to the dollar, little changed from 83.18 on Tuesday.", "83.18", "83.18", "", "INR/USD"},
	{"level-shares-rate", "The Kenyan shilling eased to 161.5 per dollar from 160.2 a week earlier.", "160.2", "160.2", "", "KES/USD"},
	{"level-shares-rate", "The naira traded at N1,480 to the dollar on the official market, against N1,620 on the parallel market.", "N1,620", "1620", "", "NGN/USD"},
	// "cv" glued is metric horsepower (Italian and Spanish makers' figures)
	{"unit-after", "The V12 develops 830cv at 9,250rpm.", "830cv", "830", "", "PS"},
	{"unit-after", "The Seat Leon Cupra's engine makes 300cv.", "300cv", "300", "", "PS"},
	// subunits that name one currency (lexicon.CurrencySubunits)
	{"currency-subunit+rate", "Maybank declared a final dividend of 31 sen a share.", "31 sen a share", "0.31", "", "MYR/share"},
	{"currency-subunit+rate", "Fuel went up by 50 kobo a litre in Lagos.", "50 kobo a litre", "0.5", "", "NGN/litre"},
	{"currency-subunit", "A bus ticket now costs 80 pesewas in Accra.", "80 pesewas", "0.8", "", "GHS"},
	// a lower-case "b" after a capital prefix is a bit (web-dev-2: "1.14Tb
	// per square inch"; the peer suites: "1500b packet"; chip and broadband
	// news); an area after "per" is a rate's denominator (web-dev-2; house
	// prices per square foot or metre)
	{"unit-symbol", "Samsung began making 16Gb DRAM chips this year.", "16Gb", "16", "", "Gbit"},
	{"unit-symbol", "Most homes now get a 50Mb line.", "50Mb", "50", "", "Mbit"},
	{"unit-symbol+rate", "The platters hold 1.14Tb per square inch.", "1.14Tb per square inch", "1.14", "", "Tbit/inch2"},
	{"currency-symbol+rate", "Homes in the suburb sell for $500 per square foot.", "$500 per square foot", "500", "", "USD/foot2"},
	{"currency-symbol+rate", "Offices in the City let at £45 per sq ft.", "£45 per sq ft", "45", "", "GBP/foot2"},
	{"unit-after+rate", "Farmland fetched 30 euros per square metre.", "30 euros per square metre", "30", "", "EUR/m2"},
	// a volume after "per": log, water and gas prices (web-dev-6 "US$165
	// per cubic metre"; utility and storage prices)
	{"dollar-prefix+rate", "The export price rose to US$165 per cubic metre.", "US$165 per cubic metre", "165", "", "USD/m3"},
	{"currency-symbol+rate", "Households pay $2.40 per cubic meter of water.", "$2.40 per cubic meter", "2.4", "", "USD/m3"},
	{"currency-symbol+rate", "Storage costs £3 per cubic foot.", "£3 per cubic foot", "3", "", "GBP/foot3"},
	// accounts bracket a negative amount (the peer suites: "The annual
	// revenue is ($99.99)"; earnings releases: "Net loss per share was
	// ($0.25)", "EPS: ($0.12)")
	{"accounting-negative", "The annual revenue is ($99.99).", "($99.99)", "-99.99", "", "USD"},
	{"accounting-negative", "Net loss per share was ($0.25) in the quarter.", "($0.25)", "-0.25", "", "USD"},
	{"accounting-negative", "Diluted EPS: ($0.12), against $0.30 a year earlier.", "($0.12)", "-0.12", "", "USD/share"}, // per-share-noun reads the unit
	{"accounting-negative", "The unit reported a net loss of (£1.2 million).", "(£1.2 million)", "-1.2e6", "", "GBP"},
	// a slashed fraction after a word of proportion or before a share noun
	// (the peer suites' "3/4"; "a 2/3 majority" in politics news)
	{"fraction-slash", "Only 3/4 of members voted and only 3/4 stayed.", "3/4", "0.75", "", "count"},
	{"fraction-slash", "Nearly 2/3 agreed with the plan.", "Nearly 2/3", "0.6666666667", "", "count"},
	{"fraction-slash", "The bill needs a 2/3 majority in the Senate.", "2/3", "0.6666666667", "", "count"},
	// … or before the article of what it is a fraction of (web-dev "at 1/2
	// the current", web-dev-6 "took 1/2 a cup of coffee"); a date
	// preposition keeps a date ("on 3/4 the index fell")
	{"fraction-slash", "The motor supplies the same power at 1/2 the current.", "1/2", "0.5", "", "count"},
	{"fraction-slash", "The used one costs 1/3 the price of a new one.", "1/3", "0.3333333333", "", "count"},
	{"fraction-slash", "Tiny homes use 1/4 the energy of a house.", "1/4", "0.25", "", "count"},
	// a stock index's level after a preposition of level (ingest-dev: "the
	// Sensex ... 40,816.38"; wire market reports)
	{"index-level", "The Sensex closed at 40,816.38 on Friday.", "40,816.38", "40816.38", "", "point"},
	{"index-level", "The Sensex scaled a new all-time high of 40,816.38.", "40,816.38", "40816.38", "", "point"},
	{"index-level", "The FTSE 100 fell 0.4 per cent to 13,176.", "13,176", "13176", "", "point"},
	{"index-level", "The S&P 500 ended near 4,783.35, a record.", "near 4,783.35", "4783.35", "", "point"},
	{"index-level", "Japan's Nikkei finished at more than 33,000.", "more than 33,000", "33000", "-", "point"},
	// a noun between an amount and its time denominator (web-dev-2: "620
	// thousand new cases each week", "1.4 billion performed yearly";
	// web-dev-1: "400 milligrams of caffeine per day")
	{"rate-after-noun", "There were more than 620 thousand new cases each week.", "more than 620 thousand", "620000", "-", "count/week"},
	{"rate-after-noun", "More than 1.4 billion blood draws are performed yearly.", "More than 1.4 billion", "1.4e9", "-", "count/year"},
	{"rate-after-noun", "The plant turns out 3,000 cars a week.", "3,000", "3000", "", "count/week"},
	// an adjective between a number and "points" (web-dev-2: "13 huge
	// points", "27 combined points"; game reports: "12 straight points")
	{"points-adjective", "Embiid poured in 13 huge points in the third.", "13 huge points", "13", "", "point"},
	{"points-adjective", "Tatum and Brown had just 27 combined points.", "27 combined points", "27", "", "point"},
	{"points-adjective", "A run of 12 straight points sealed the game.", "12 straight points", "12", "", "point"},
	{"points-adjective", "The Bulls scored 10 unanswered points late.", "10 unanswered points", "10", "", "point"},
	// exchange rates: one currency per another (market reports; the peer
	// suites' "dollar : 143.80 yen"); the euro and the pound are quoted as
	// the base
	{"exchange-rate", "The rupee fell to a record low of 83.2 per dollar.", "83.2", "83.2", "", "INR/USD"},
	{"exchange-rate", "Tokyo traders paid 141.7 yen per dollar.", "141.7 yen", "141.7", "", "JPY/USD"},
	{"exchange-rate", "The rand weakened to 17.92 against the dollar.", "17.92", "17.92", "", "ZAR/USD"},
	{"exchange-rate", "The naira traded at 1,610 to the US dollar.", "1,610", "1610", "", "NGN/USD"},
	{"exchange-rate", "The euro traded at 1.09 against the dollar.", "1.09", "1.09", "", "USD/EUR"},
	// a shared name at a rate no base-quoted currency reaches is another
	// member, per dollar (web-dev-4, articles-dev-1: the Egyptian pound,
	// decided by the article); sterling stays base-quoted
	{"exchange-rate", "The pound fell to about 49.5 to the US dollar in official trading.", "about 49.5", "49.5", "", "GBP/USD"},
	{"exchange-rate", "The pound has been trading at around 49.5 to the dollar.", "around 49.5", "49.5", "", "GBP/USD"},
	{"exchange-rate", "The pound rose to 1.27 against the dollar.", "1.27", "1.27", "", "USD/GBP"},
	// "exceed"/"surpass" right before the number (issue #15's list;
	// polnear-train: "thefts exceeding $600 million")
	{"qualifier-before", "Sales exceeded $1 billion last year.", "exceeded $1 billion", "1e9", "-", "USD"},
	{"qualifier-before", "The number of cases surpassed 10,000 on Monday.", "surpassed 10,000", "10000", "-", "count"},
	{"qualifier-before", "Fines can exceed 50 percent of turnover.", "exceed 50 percent", "50", "-", "percent"},
	// a score of N, its scale out of it (web-dev-1: "a score of 734 out of
	// 1,000"; credit scores)
	{"score-of", "Enterprise led, receiving a score of 734 out of 1,000.", "734 out of 1,000", "734", "", "point"},
	{"score-of", "The school got a score of 412 out of 500 from inspectors.", "412 out of 500", "412", "", "point"},
	// an age group: "18- to 24-year-olds", "18-24 year olds" (web-dev-1:
	// "18-24s"; poll news)
	{"range-after", "Support among 18- to 24-year-olds fell.", "18- to 24-year-olds", "18", "24", "age"},
	// the sides of a size glued with a times sign (web-dev-1: "a 5.5×2.1mm
	// DC jack"; product specs)
	{"list-unit", "It takes a 5.5×2.1mm DC jack.", "5.5", "5.5", "", "mm"},
	// an estimate: its verb before the amount, or its noun phrase (web-dev-2:
	// "The estimated value is $4.3 million"; ANNOTATION: "an estimated")
	{"qualifier-before", "Storm damage was estimated at $1.2 billion.", "estimated at $1.2 billion", "1.2e9", "", "USD"},
	{"qualifier-before", "Its value is estimated to be $2 billion.", "estimated to be $2 billion", "2e9", "", "USD"},
	{"estimated-subject", "The estimated value is $4.3 million.", "$4.3 million", "4.3e6", "", "USD"},
	{"estimated-subject", "The estimated cost of the new bridge was $2bn.", "$2bn", "2e9", "", "USD"},
	// a fraction of a point, hyphened (Fed and central bank news: "a
	// quarter-point cut", "a half-point hike"; "half a point" above)
	// spaced: "by a quarter point" (dev5 ECB; rate reports), not 25 percent (with "to 3.75%" after it a percentage point: points-of-percent, units19forms_test.go)
	{"word-fraction", "The ECB cut its deposit rate by a quarter point on Thursday.", "quarter point", "0.25", "", "point"},
	{"word-fraction", "The Fed raised rates by a half percentage point on Wednesday.", "half percentage point", "0.5", "", "percentage_point"},
	{"word-fraction", "The Fed made a quarter-point cut and a half-point hike.", "quarter-point", "0.25", "", "point"},
	{"word-fraction", "The Fed made a quarter-point cut and a half-point hike.", "half-point", "0.5", "", "point"},
	{"word-fraction", "Markets priced in a three-quarter-point rise.", "three-quarter-point", "0.75", "", "point"},
	{"hyphened-points", "The Bank made a quarter-percentage-point cut.", "quarter-percentage-point", "0.25", "", "percentage_point"},
	// "half" after a spoken hedge is a share (fresh-12's flooded
	// bookshop: "Insurance will cover maybe half")
	{"hedged-half", "Insurance will cover maybe half.", "half", "50", "", "percent"},
	{"hedged-half", "We got back perhaps half, the rest is gone.", "half", "50", "", "percent"},
	{"hedged-half", "Turnout was probably half what it was in 2019.", "half", "50", "", "percent"},
	// "a quarter", "a fifth" after a qualifier, with no "of", is a share
	// (WCXB dev_0078 "roughly a quarter had publicly reported financial
	// terms", dev_0243 "by more than a third from the spring of 2019";
	// fresh-15 probes "about a third involve seniors")
	{"hedged-fraction", "Of the 45 deals, roughly a quarter had reported terms.", "roughly a quarter", "25", "", "percent"},
	{"fraction-after-by", "Murders are down by more than a fifth this year.", "more than a fifth", "20", "-", "percent"},
	{"hedged-fraction", "Most are scams, and almost a quarter involve seniors.", "almost a quarter", "25", "", "percent"},
	// "a couple (of)" before a scale word is about two of the scale, in
	// speech and casual prose (PolNeAR train "a couple of hundred SF
	// guys", PolNeAR dev "a couple dozen investment bankers", WCXB "a
	// couple of thousand dollars", fresh-13 "a couple hundred thousand
	// people")
	{"couple-scale", "That's enough to kill a couple hundred thousand people.", "a couple hundred thousand", "2e5", "", "count"},
	{"couple-scale", "We're talking a couple dozen sites since the spring.", "a couple dozen", "24", "", "count"},
	{"couple-scale", "There were a couple of hundred Marines there.", "a couple of hundred", "200", "", "count"},
	{"couple-scale", "He made a couple of thousand dollars by packing boxes.", "a couple of thousand dollars", "2000", "", "USD"},
	{"couple-scale", "The fix costs a couple million euros a year.", "a couple million euros a year", "2e6", "", "EUR/year"},
	// "a half dozen", "a half-dozen" is six, as "half a dozen" (PolNeAR:
	// "a half-dozen Senate seats", "A half-dozen of the Republican
	// senators", "a half-dozen times"; speech)
	{"a-half-dozen", "Democrats need a half-dozen Senate seats to win.", "a half-dozen", "6", "", "count"},
	{"a-half-dozen", "A half-dozen of the Republican senators voted no.", "A half-dozen", "6", "", "count"},
	{"a-half-dozen", "I lost a half dozen head of cattle in the storm.", "a half dozen", "6", "", "count"},
	// "a year and a half", "an hour and a half": 1.5 of the time unit
	// (PolNeAR "wait almost a year and a half for a vote", "a month and a
	// half before", "an hour and a half later"; speech)
	{"unit-and-a-half", "The project took a year and a half to finish.", "a year and a half", "1.5", "", "year"},
	{"unit-and-a-half", "He had to wait almost a year and a half for a vote.", "almost a year and a half", "1.5", "", "year"},
	{"unit-and-a-half", "The talks lasted an hour and a half on Monday.", "an hour and a half", "1.5", "", "hour"},
	// age groups as plurals (web-dev-1: "40% of 18-24s"; poll news)
	{"age-group", "Just 40% of 18-24s voted, against 61% of 25-34s.", "18-24s", "18", "24", "age"},
	// money by its digits, spelled out ("a six-figure salary"); circa and
	// tilde before a number ("c. 2,000", "~500": UK and tech writing); a
	// share hyphened ("1-in-5 adults")
	{"n-figure", "He signed a six-figure deal with the club.", "six-figure", "1e5", "999999", "USD"},
	{"n-figure", "She paid £2m, a seven-figure sum.", "seven-figure", "1e6", "9999999", "GBP"},
	{"comparison-sign", "The plant employs c. 2,000 people.", "c. 2,000", "2000", "", "count"},
	{"comparison-sign", "The start-up has ~500 staff.", "~500", "500", "", "count"},
	{"share", "About 1-in-5 adults smoke.", "About 1-in-5", "20", "", "percent"},
	// the rand's letter with cents or after a price verb (South African
	// news: "R17.92", "bread costs R25"; "R1.2bn" above); the yuan's "CN¥"
	{"exchange-rate", "The rand weakened to R17.92 against the dollar.", "R17.92", "17.92", "", "ZAR/USD"},
	{"currency-letter", "The fare rose to R17.50 this week.", "R17.50", "17.5", "", "ZAR"},
	{"currency-letter", "A loaf of bread costs R25 in Soweto.", "R25", "25", "", "ZAR"},
	{"currency-symbol-prefix", "China spent CN¥3bn on the line.", "CN¥3bn", "3e9", "", "CNY"},
	// the złoty's and koruna's signs after the amount (central European news)
	{"currency-symbol-after", "A tram ticket costs 100 zł in Warsaw.", "100 zł", "100", "", "PLN"},
	{"currency-symbol-after", "A beer costs 60 Kč in Prague.", "60 Kč", "60", "", "CZK"},
	// transfers per second of buses and memory, no gigatonnes (web-dev-1:
	// "5 GT/s"; PCIe and DDR5 news)
	{"slash-abbrev", "PCIe 5.0 links run at 32 GT/s per lane.", "32 GT/s", "32", "", "GT/s"},
	{"slash-abbrev", "The DDR5 kit is rated at 6,400MT/s.", "6,400MT/s", "6400", "", "MT/s"},
	// a bare number whose unit the mention before it gives: in parallel
	// (the same preposition after both) or opening a breakdown after a dash
	{"elliptical-unit", "Bloomberg drew 13 percentage points from Sanders and 7 from Trump.", "7", "7", "", "percentage_point"},
	{"elliptical-unit", "Prices rose 5 percent in May, and 3 in June.", "3", "3", "", "percent"},
	{"elliptical-unit", "Tickets cost $25 for adults and 10 for children.", "10", "10", "", "USD"},
	{"elliptical-unit", "She paid for four years at the college -- two for her degree and two for her master's.", "two", "2", "", "year"},
	{"elliptical-unit", "He spent 15 years in prison — 3 in solitary confinement.", "3", "3", "", "year"},
	{"default-count", "Bombs killed 20 people in Kabul and 3 in Kandahar.", "3", "3", "", "count"},
	{"default-count", "He won 61% in Ohio and lost 2 to Trump.", "2", "2", "", "count"},
	{"default-count", "Turnout was 61 percent, and 3 of the precincts closed early.", "3", "3", "", "count"},
	// a bound after a word for people is their age
	{"population-age", "The program is meant to help people under 30 find work.", "under 30", "-", "30", "age"},
	{"population-age", "Adults over 65 are most at risk.", "over 65", "65", "-", "age"},
	{"population-age", "Support fell among voters below 35, the poll found.", "below 35", "-", "35", "age"},
	{"default-count", "Temperatures under 30 are expected.", "under 30", "-", "30", "count"},
	// a bare amount as the object of a verb of paying is money: the
	// sentence's currency, else a bare dollar; not before a counted noun,
	// and after "accepted"/"raised" only when scaled or vague
	{"money-verb-amount", `"Oh, we paid 18,000," she said.`, "18,000", "18000", "", "USD"},
	{"money-verb-amount", "The deal may have let him pay zero in federal income tax.", "zero", "0", "", "USD"},
	{"money-verb-amount", "She has accepted millions from the financial industry.", "millions", "1e6", "9999999", "USD"},
	{"money-verb-amount", "The club raised 21 thousand for the hospice.", "21 thousand", "21000", "", "USD"},
	{"money-verb-amount", "He paid £500 for the car and spent 700 on repairs.", "700", "700", "", "GBP"},
	{"money-verb-amount", "Families owe about 2,400 to the council.", "about 2,400", "2400", "", "USD"},
	{"default-count", "The firm paid 300 workers a bonus.", "300", "300", "", "count"},
	{"default-count", "Germany accepted 100 from Syria last year.", "100", "100", "", "count"},
	{"default-count", "They spent 12 in the queue.", "12", "12", "", "count"},
	// a vague amount of millions or more that counts no noun, moving as
	// money does in a sentence about money
	{"vague-money", "The tally leaves out the tens of millions flowing into races from groups that hide their donors.", "tens of millions", "1e7", "99999999", "USD"},
	{"vague-money", "The government put hundreds of billions into school recovery dollars.", "hundreds of billions", "1e11", "999999999999", "USD"},
	{"vague-money", "Lobbyists steered the millions from donors to allies, records of the spending show.", "millions", "1e6", "9999999", "USD"},
	{"default-count", "The show was watched by millions, and its budget grew.", "millions", "1e6", "9999999", "count"},
	{"default-count", "The ads reached millions as the campaign's spending grew.", "millions", "1e6", "9999999", "count"},
	{"default-count", "Millions in the region lost money.", "Millions", "1e6", "9999999", "count"},
	// a currency letter glued before a money-like amount (quote sets
	// fresh-1 and fresh-2: Nigerian naira "N2.3 billion", rand "R18.6
	// million", Philippine peso "P125 million"; the Kenyan shilling "Sh300
	// million" is an abbreviation, read glued to any amount)
	{"currency-letter", "The agency must account for the N2.3 billion released to it.", "N2.3 billion", "2.3e9", "", "NGN"},
	{"currency-letter", "The accused stole R18.6 million meant for water.", "R18.6 million", "1.86e7", "", "ZAR"},
	{"currency-abbrev", "The lease was signed for Sh300 million last year.", "Sh300 million", "3e8", "", "KES"},
	{"currency-letter", "The senator flagged P125 million in confidential funds.", "P125 million", "1.25e8", "", "PHP"},
	{"currency-letter", "Diesel now sells for N1,250 at the pump.", "N1,250", "1250", "", "NGN"},
	// a price per measure after "a" (fresh-1 quotes' "N617 a litre", "N700 a litre"; these in other words)
	{"currency-letter+rate", "Petrol in Lagos rose to N617 a litre on Monday.", "N617 a litre", "617", "", "NGN/litre"},
	{"currency-letter+rate", "Maize now goes for K45 a kilo in Lusaka.", "K45 a kilo", "45", "", "ZMW/kg"},
	{"currency-letter", "Each household paid R50,000 for the plot.", "R50,000", "50000", "", "ZAR"},
	// the letter K (kwacha, kina, kyat; ZMW until the article decides)
	{"currency-letter", "The government borrowed K500 million from the bank.", "K500 million", "5e8", "", "ZMW"},
	{"currency-letter+rate", "Teachers now earn K4,200 a month.", "K4,200 a month", "4200", "", "ZMW/month"},
	// a count per a round number of people is one rate (health, crime and
	// demography news)
	{"per-population", "There were 3.2 deaths per 100,000 people last year.", "3.2 deaths per 100,000 people", "3.2", "", "count/100000person"},
	{"per-population", "The city has 2.5 doctors per 1,000 inhabitants.", "2.5 doctors per 1,000 inhabitants", "2.5", "", "count/1000person"},
	{"per-population", "Maternal mortality is 223 deaths per 100,000 live births.", "223 deaths per 100,000 live births", "223", "", "count/100000birth"},
	{"per-population", "The murder rate was 12.1 per 100,000 in 2022.", "12.1 per 100,000", "12.1", "", "count/100000"},
	{"per-population", "Cases reached 450 per million people.", "450 per million people", "450", "", "count/1000000person"},
	// a part of a decade after a possessive is an age, after "the" in a
	// sentence about the weather a temperature
	{"decade-of-life", "A man in his late 40s was arrested.", "late 40s", "47", "49", "age"},
	{"decade-of-life", "The driver, in her mid-60s, was unhurt.", "mid-60s", "64", "66", "age"},
	{"decade-of-life", "Both victims were in their early 20s.", "early 20s", "20", "23", "age"},
	{"decade-of-life", "A woman in her early twenties was hurt.", "early twenties", "20", "23", "age"},
	{"decade-of-life", "The suspect is in his forties.", "forties", "40", "49", "age"},
	{"temperature-decade", "Highs will be in the nineties all week.", "nineties", "90", "99", "degree"},
	{"temperature-decade", "Temperatures in the mid-30s are forecast for Sunday.", "mid-30s", "34", "36", "degree"},
	{"temperature-decade", "Highs will be in the upper 80s this weekend.", "upper 80s", "87", "89", "degree"},
	{"temperature-decade", "Overnight lows in the low 20s are expected.", "low 20s", "20", "23", "degree"},
	// a negative bare number in a sentence about the weather
	{"minus-temperature", "The thermometer read minus 40 at dawn.", "minus 40", "-40", "", "degree"},
	{"minus-temperature", "Overnight lows of -5 are forecast for Tuesday.", "-5", "-5", "", "degree"},
	// "below zero" after a temperature or a bare number
	{"below-zero", "The temperature is 2 degrees below zero.", "2 degrees below zero", "-2", "", "degree"},
	{"below-zero", "Wind chills of 15 below zero are likely.", "15 below zero", "-15", "", "degree"},
	{"below-zero", "Siberia recorded 50C below zero.", "50C below zero", "-50", "", "celsius"},
	// a spaced lower-case letter before a clause end in a sentence about
	// temperature
	{"temperature-letter-spaced", "the temperature outside is 40 c", "40 c", "40", "", "celsius"},
	{"temperature-letter-spaced", "the weather today: 90 f, sunny.", "90 f", "90", "", "fahrenheit"},
	// "bps" is bits a second in a sentence about data links, basis points
	// otherwise (ruleFormNegatives)
	{"bps-data-rate", "The modem ran at 38400 bps.", "38400 bps", "38400", "", "bps"},
	{"bps-data-rate", "Serial links of 9,600 bps were common then.", "9,600 bps", "9600", "", "bps"},
	// a vague amount takes the unit after "of" when it is a unit of two
	// words or a time unit (ingest-dev: "spanning billions of years",
	// "rising thousands of light-years above"; PolNeAR and WCXB dev texts:
	// "thousands of years", "hundreds of hours")
	{"vague-of-unit", "The gas rose thousands of light-years above the disk.", "thousands", "1000", "9999", "light-year"},
	{"vague-of-unit", "Galaxies formed over billions of years.", "billions", "1000000000", "9999999999", "year"},
	{"vague-of-unit", "Volunteers logged hundreds of hours at the shelter.", "hundreds", "100", "999", "hour"},
	{"vague-of-unit", "Farmers have worked this valley for thousands of years.", "thousands", "1000", "9999", "year"},
	// a unit of points hyphened as an adjective (PolNeAR: "a 10
	// percentage-point lead", "a three-percentage-point margin")
	{"hyphened-points", "Trump held a six-percentage-point lead in the poll.", "six-percentage-point", "6", "", "percentage_point"},
	{"hyphened-points", "Mr. Cruz had a 10 percentage-point lead last month.", "10 percentage-point", "10", "", "percentage_point"},
	{"hyphened-points", "She won by a 3.5-percentage-point margin.", "3.5-percentage-point", "3.5", "", "percentage_point"},
	{"hyphened-points", "The central bank delivered a 25-basis-point cut.", "25-basis-point", "25", "", "basis_point"},
	{"hyphened-points", "Analysts expect a 50 basis-point hike in June.", "50 basis-point", "50", "", "basis_point"},
	// the first number of a list takes the unit after its last
	// (ingest-web pages: "10 or 20 hours", "15 or 17 inches", "30 and 45
	// minutes"; PolNeAR: "27 and 29 years old")
	{"list-unit", "Tutors charge for 10 or 20 hours of lessons.", "10", "10", "", "hour"},
	{"list-unit", "The laptops come with 13 or 14 inches of screen.", "13", "13", "", "inch"},
	{"list-unit", "The couple, 27 and 29 years old, were arrested.", "27", "27", "", "age"},
	{"list-unit", "The trucks carried 5, 8 and 12 tonnes.", "5", "5", "", "tonne"},
	// volts and kilovolts by their symbols (WCXB dev bodies of several
	// sites: "48V", "36V", "120V", "5 V"; energy news: "400kV")
	{"unit-symbol", "The bike runs on a 48V battery.", "48V", "48", "", "volt"},
	{"unit-symbol", "A US outlet supplies 120 V.", "120 V", "120", "", "volt"},
	{"unit-symbol", "The grid operator built a 400kV line.", "400kV", "400", "", "kV"},
	// "N-pound" before a noun of weight (ingest-dev: "the 55.84-pound
	// bundle"; WCXB dev bodies: "2-pound loaves", "a 2-pound loaf")
	{"hyphen-pound", "Agents found a 55.84-pound bundle of cocaine.", "55.84-pound", "55.84", "", "lb"},
	{"hyphen-pound", "The machine bakes 2-pound loaves overnight.", "2-pound", "2", "", "lb"},
	{"hyphen-pound", "She carried a 1.5-pound loaf home.", "1.5-pound", "1.5", "", "lb"},
	// "grand" after an amount is thousands of money (PolNeAR: "spend 100
	// grand to get a degree"; WCXB dev bodies of two sites: "to 10 grand,",
	// "$80 grand a month")
	{"grand-thousands", "The people who spend 100 grand to get a degree complain.", "100 grand", "100000", "", "USD"},
	{"grand-thousands", "Prices run from affordable to 10 grand, the guide says.", "10 grand", "10000", "", "USD"},
	{"grand-thousands", "Traders there made $80 grand in a month.", "$80 grand", "80000", "", "USD"},
	{"grand-thousands", "The lawyer billed him £20 grand.", "£20 grand", "20000", "", "GBP"},
	// "bucks" are the article's dollars (PolNeAR: "we only make 20 bucks";
	// WCXB: "earbuds below 50 bucks")
	{"unit-after+rate", "Sometimes the drivers only make 20 bucks a night.", "20 bucks a night", "20", "", "USD/night"},
	{"unit-after", "The pair cost 35 bucks at the market.", "35 bucks", "35", "", "USD"},
	// international units in capitals (a trafilatura nutrition label:
	// "Vitamin A 6070IU"; varied sentences)
	{"unit-symbol", "He takes 1,000 IU of vitamin D each day.", "1,000 IU", "1000", "", "IU"},
	{"unit-symbol", "The label lists Vitamin A 6070IU per serving.", "6070IU", "6070", "", "IU"},
	// an area hyphened as an adjective (PolNeAR: "a 5,125-square-foot
	// ground floor", "a two-square-mile free-trade zone")
	{"hyphened-area", "The chain signed a lease for a 5,125-square-foot store.", "5,125-square-foot", "5125", "", "foot2"},
	{"hyphened-area", "It sits inside a two-square-mile free-trade zone.", "two-square-mile", "2", "", "mile2"},
	{"hyphened-area", "Developers plan a 300-square-metre showroom.", "300-square-metre", "300", "", "m2"},
	{"hyphened-area", "The fire destroyed a 40-square-kilometre forest.", "40-square-kilometre", "40", "", "km2"},
	// pence grouped by thousands (a London share price above 1,000p; dev4
	// and varied sentences)
	{"pence-letter", "Shares in the miner fell 4.6 per cent to 1,234p in London.", "1,234p", "12.34", "", "GBP"},
	{"pence-letter", "The brewer's stock closed at 2,150.5p, a record.", "2,150.5p", "21.505", "", "GBP"},
	{"pence-letter", "Analysts set a target of 1,050p for the shares.", "1,050p", "10.5", "", "GBP"},
	// a double prime glued to the number is inches (ingest-dev: "14″ and
	// 15″ laptops"; trafilatura pages: "6″ to 8″", "a 10″ x 8″ print";
	// WCXB dev bodies of several sites: "7.5″", "12.75″", "9.5″")
	{"inch-mark", "Lenovo showed 14″ and 15″ laptops at the fair.", "14″", "14", "", "inch"},
	{"inch-mark", "Cut stems about 6″ long and plant them.", "about 6″", "6", "", "inch"},
	{"inch-mark", "The sofa is 7.5″ deeper than the old one.", "7.5″", "7.5", "", "inch"},
	// a spaced "g" before "of", a nutrient or a closing bracket is grams
	// (trafilatura pages: "(serving size 125 g)", "11 g Protein"; WCXB
	// dev bodies: "400 g of fruit & veg per day")
	{"gram-letter", "Adults should eat 400 g of fruit and vegetables.", "400 g", "400", "", "g"},
	{"gram-letter", "A bowl holds 11 g protein and 5 g fat.", "11 g", "11", "", "g"},
	{"gram-letter", "Nutritional value (serving size 125 g) is listed.", "125 g", "125", "", "g"},
	// an amount in words with "&" for "and" (quantulum3's suite; varied
	// sentences)
	{"number-ampersand", "The bill came to two hundred & forty dollars.", "two hundred & forty dollars", "240", "", "USD"},
	{"number-ampersand", "They counted one hundred & five sheep on the hill.", "one hundred & five", "105", "", "count"},
	// a short time unit after a slash is a rate's denominator (ingest-dev:
	// "$4.99/mo", "$7.99/mo"; WCXB dev bodies of several sites: "$200/mo",
	// "$3,000–$6,000/mo", "€7.68/mo")
	{"currency-symbol+rate", "Premium costs $4.99/mo after the trial.", "$4.99/mo", "4.99", "", "USD/month"},
	{"currency-symbol+rate", "Agencies charge €3,000/mo for this.", "€3,000/mo", "3000", "", "EUR/month"},
	{"currency-symbol+rate", "Cleaners earn £400/wk in the city.", "£400/wk", "400", "", "GBP/week"},
	// a second, time denominator after a per-head price (WCXB dev bodies
	// of three sites: "$25/user/month", "$9 per user per month",
	// "$599/employee/month")
	{"currency-symbol+rate", "Sales Cloud starts at $25/user/month.", "$25/user/month", "25", "", "USD/user/month"},
	{"currency-symbol+rate", "Support costs €9 per user per month.", "€9 per user per month", "9", "", "EUR/user/month"},
	{"currency-symbol+rate", "An employer of record runs £599/employee/month.", "£599/employee/month", "599", "", "GBP/employee/month"},
	// millimoles per litre (dev4: "above 7.0 mmol/L"; varied sentences)
	{"slash-unit", "Her fasting glucose was 7.8 mmol/L at the check.", "7.8 mmol/L", "7.8", "", "mmol/litre"},
	{"slash-unit", "A cholesterol of 5 mmol/l is the target.", "5 mmol/l", "5", "", "mmol/litre"},
	// feet and inches (PolNeAR: "6'3\" tall"; WCXB dev bodies of several
	// sites: "15'9″", "20'2″ x 13'", "6'0\"", "5' 4\"", "6' tall, 2' wide",
	// "a Ceiling over 12′ Tall")
	{"feet-inches", "The room measures 15'9″ from wall to wall.", "15'9″", "15.75", "", "foot"},
	{"feet-inches", "At 5' 4\" she wears a size small.", "5' 4\"", "5.333333333333333", "", "foot"},
	{"feet-inches", "The new forward is 6′2″ and fast.", "6′2″", "6.166666666666667", "", "foot"},
	{"feet-inches", "The cabinet stands 6' tall against the wall.", "6'", "6", "", "foot"},
	{"feet-inches", "Plant the rows 3' wide apart.", "3'", "3", "", "foot"},
	// grams glued: "g" after digits where no g-force or network is meant
	{"gram-letter", "A medium jacket potato has around 200g of beans.", "around 200g", "200", "", "g"},
	{"gram-letter", "The shake packs 18g protein per bottle.", "18g", "18", "", "g"},
	{"gram-letter", "A can holds 12g of sugar.", "12g", "12", "", "g"},
	{"gram-letter", "The bar has 3g fat.", "3g", "3", "", "g"},
	{"gram-letter", "The 2.5g sample was tested.", "2.5g", "2.5", "", "g"},
	{"gram-letter", "Each pack weighs 150g.", "150g", "150", "", "g"},
	// half a unit: 0.5 of the unit, not 50 percent
	{"half-a-unit", "The boxer came in half a pound inside the limit.", "half a pound", "0.5", "", "lb"},
	{"half-a-unit", "The hotel sits half a mile from the beach.", "half a mile", "0.5", "", "mile"},
	{"half-a-unit", "Growth will be more than half a percentage point lower.", "more than half a percentage point", "0.5", "-", "percentage_point"},
	{"half-a-unit", "Shares slipped half a percent on Monday.", "half a percent", "0.5", "", "percent"},
	{"half-a-unit", "Police arrived within little more than half an hour.", "more than half an hour", "0.5", "-", "hour"},
	{"half-a-unit", "She drinks half a litre of milk.", "half a litre", "0.5", "", "litre"},
	{"half-a-unit", "The home team won by half a point.", "half a point", "0.5", "", "point"},
	{"half-a-unit", "A stamp cost half a dollar then.", "half a dollar", "0.5", "", "USD"},
	// Indian digit grouping: one number, not a list
	{"lakh-grouping", "The scheme will cost 12,34,567 rupees in all.", "12,34,567 rupees", "1234567", "", "INR"},
	{"lakh-grouping", "A total of 12,34,567 voters turned out.", "12,34,567", "1234567", "", "count"},
	{"lakh-grouping", "The result is 12,34,567.89 exactly.", "12,34,567.89", "1234567.89", "", "count"},
	{"lakh-grouping", "In all 5,12,34,567 people were vaccinated.", "5,12,34,567", "51234567", "", "count"},
	{"currency-symbol", "He earned ₹2,00,000 last year.", "₹2,00,000", "200000", "", "INR"},
	{"currency-abbrev", "The farmer owes Rs 1,50,000 to the bank.", "Rs 1,50,000", "150000", "", "INR"},
	// Gulf and African abbreviations (Gulf News, The National, Arab News,
	// Ahram Online, Nation and Business Daily style)
	{"currency-abbrev", "The villa sold for Dh4.5 million in Dubai.", "Dh4.5 million", "4.5e6", "", "AED"},
	{"currency-abbrev", "Qatar approved a QR3.2bn budget line.", "QR3.2bn", "3.2e9", "", "QAR"},
	{"currency-abbrev", "The ministry set aside SR1.5 billion for housing.", "SR1.5 billion", "1.5e9", "", "SAR"},
	{"currency-abbrev", "Cairo raised the fare to LE 10 last month.", "LE 10", "10", "", "EGP"},
	{"currency-abbrev", "The Treasury released Sh2.5 billion to counties.", "Sh2.5 billion", "2.5e9", "", "KES"},
	// a single currency letter, only before a scale or thousands separators
	{"currency-letter", "Eskom needs R2.5bn to fix its plants.", "R2.5bn", "2.5e9", "", "ZAR"},
	{"currency-letter", "Households were fined R1,500 each.", "R1,500", "1500", "", "ZAR"},
	{"currency-letter", "Lagos will spend N5 trillion on roads.", "N5 trillion", "5e12", "", "NGN"},
	{"currency-letter", "Labour demands a N150,000 minimum wage.", "N150,000", "150000", "", "NGN"},
	// a hyphenated scale, South African style (fresh-17's Eskom quote; the
	// Mail & Guardian and Daily Maverick write "R1-billion")
	{"currency-letter", "Eskom has a debt of R423-billion.", "R423-billion", "4.23e11", "", "ZAR"},
	{"currency-letter", "The province set aside a R2.5-million fund for clinics.", "R2.5-million", "2.5e6", "", "ZAR"},
	{"currency-letter", "Lagos will borrow N5-trillion this year.", "N5-trillion", "5e12", "", "NGN"},
	{"currency-letter+rate", "Petrol now sells at N617 per litre in Lagos.", "N617 per litre", "617", "", "NGN/litre"},
	{"currency-letter+rate", "Tenants pay R350 a month for water.", "R350 a month", "350", "", "ZAR/month"},
	// the dalasi, loti and lilangeni letters (articles-dev-5's Gambian,
	// Lesotho and Eswatini stories; these in other words)
	{"currency-letter", "Fish traders now pay D2,500 for a crate at Tanji.", "D2,500", "2500", "", "GMD"},
	{"currency-letter", "The council spent D3.5 million on the market.", "D3.5 million", "3.5e6", "", "GMD"},
	{"currency-letter", "Machinists earn M1,200 in a good month.", "M1,200", "1200", "", "LSL"},
	{"currency-letter", "Maseru approved M45 million for roads.", "M45 million", "4.5e7", "", "LSL"},
	{"currency-letter", "A grower with 10 hectares will lose E40,000.", "E40,000", "40000", "", "SZL"},
	{"currency-letter", "Mbabane set aside E150 million for relief.", "E150 million", "1.5e8", "", "SZL"},
	// a share's base written with a separator (articles-dev-1's "55 of
	// every 1,000 employees")
	{"share", "Officials said 55 of every 1,000 employees were sick.", "55 of every 1,000", "5.5", "", "percent"},
	{"share", "Doctors say 8 in every 1,000 babies are born early.", "8 in every 1,000", "0.8", "", "percent"},
	// Israel's new shekel as its press writes it (a code alias)
	{"currency-code+rate", "Rents are NIS 600 a month higher.", "NIS 600 a month", "600", "", "ILS/month"},
	{"currency-code", "A flat costs NIS 2.4 million in Tel Aviv.", "NIS 2.4 million", "2.4e6", "", "ILS"},
	{"currency-code", "They saved NIS 200,000 in eight years.", "NIS 200,000", "200000", "", "ILS"},
	// letters glued before a sign
	{"currency-symbol-prefix", "Cocoa farmers get GH₵1.2 billion in bonuses.", "GH₵1.2 billion", "1.2e9", "", "GHS"},
	{"currency-symbol-prefix", "A bag of rice sells at GH¢450 in Accra.", "GH¢450", "450", "", "GHS"},
	{"currency-symbol-prefix", "The flat was let for E£3,000 last year.", "E£3,000", "3000", "", "EGP"},
	// an adjective and a name, the name after a two-word adjective too
	{"currency-phrase", "The fine was 20,000 Kenyan shillings.", "20,000 Kenyan shillings", "20000", "", "KES"},
	{"currency-phrase", "The deal is worth 25 million Zambian kwacha.", "25 million Zambian kwacha", "2.5e7", "", "ZMW"},
	{"currency-phrase", "Visas cost 500 Sri Lankan rupees.", "500 Sri Lankan rupees", "500", "", "LKR"},
	{"currency-phrase", "Fees rose to 40 East Caribbean dollars.", "40 East Caribbean dollars", "40", "", "XCD"},
	{"currency-abbrev", "The scheme costs Rs 1,50,000 crore.", "Rs 1,50,000 crore", "1.5e12", "", "INR"},
	{"range-after", "Rents run at Rs 1,50,000-2,00,000 in the city.", "Rs 1,50,000-2,00,000", "150000", "200000", "INR"},
	// scales of scales after digits
	{"scale-of-scale", "The Centre announced a Rs 1.5 lakh crore package.", "Rs 1.5 lakh crore", "1.5e12", "", "INR"},
	{"scale-of-scale", "Banks wrote off 2 lakh crore in bad loans.", "2 lakh crore", "2e12", "", "count"},
	{"scale-of-scale", "It will invest Rs 10 thousand crore in roads.", "Rs 10 thousand crore", "1e11", "", "INR"},
	// ranges with the unit written on both ends
	{"range-units-both-ends", "Prices range from Rs 5 lakh to Rs 10 lakh.", "from Rs 5 lakh to Rs 10 lakh", "500000", "1e6", "INR"},
	{"range-units-both-ends", "Tickets cost US$5 to US$10 each.", "US$5 to US$10", "5", "10", "USD"},
	{"range-units-both-ends", "Flats sell for between HK$5 million and HK$10 million.", "between HK$5 million and HK$10 million", "5e6", "1e7", "HKD"},
	{"range-units-both-ends", "The budget is between USD 5 million and USD 10 million.", "between USD 5 million and USD 10 million", "5e6", "1e7", "USD"},
	{"range-units-both-ends", "Estimates run from 5 million dollars to 10 million dollars.", "from 5 million dollars to 10 million dollars", "5e6", "1e7", "USD"},
	{"range-units-both-ends", "A meal costs 10 euros to 20 euros there.", "10 euros to 20 euros", "10", "20", "EUR"},
	{"range-units-both-ends", "Fares went up to INR 5 to INR 10 a ride.", "INR 5 to INR 10 a ride", "5", "10", "INR/ride"},
	// areas and volumes: a power after a length unit, glued, spaced or written
	{"unit-power", "The reservoir holds 4km^3 of water.", "4km^3", "4", "", "km3"},
	{"unit-power", "The park covers 4km^2 of forest.", "4km^2", "4", "", "km2"},
	{"unit-power", "The lake is 40 km squared in area.", "40 km squared", "40", "", "km2"},
	{"unit-power", "Engineers moved 4 km cubed of rock.", "4 km cubed", "4", "", "km3"},
	{"unit-power", "The plot measures 24703m2 in total.", "24703m2", "24703", "", "m2"},
	{"unit-power", "They built a 3,000 m² warehouse.", "3,000 m²", "3000", "", "m2"},
	{"unit-power", "The tank takes 5 m3 of water.", "5 m3", "5", "", "m3"},
	{"unit-power", "The flat is 60 m2.", "60 m2", "60", "", "m2"},
	{"unit-after", "The company owns 116,347 sq m of land.", "116,347 sq m", "116347", "", "m2"},
	{"unit-after", "The house has 7,000 sq. ft of space.", "7,000 sq. ft", "7000", "", "foot2"},
	{"unit-after", "The reserve covers 40 sq. km in all.", "40 sq. km", "40", "", "km2"},
	{"unit-after", "Mining removed 4 cubic kilometers of ore.", "4 cubic kilometers", "4", "", "km3"},
	{"unit-after", "Pour in 500 cubic centimetres of resin.", "500 cubic centimetres", "500", "", "cc"},
	{"unit-after", "The truck tips 10 cubic yards of gravel.", "10 cubic yards", "10", "", "yard3"},
	{"unit-after", "The sensor is 20 square inches.", "20 square inches", "20", "", "inch2"},
	// subunits left unsaid, and written glued ("20p")
	{"implied-subunit", "It costs 15 dollars and 50.", "15 dollars and 50", "15.5", "", "USD"},
	{"implied-subunit", "The lunch was 15 dollars 50.", "15 dollars 50", "15.5", "", "USD"},
	{"implied-subunit", "The subscription will increase to 17 USD 25.", "17 USD 25", "17.25", "", "USD"},
	{"implied-subunit", "It costs you C$ 100 and fifty.", "C$ 100 and fifty", "100.5", "", "CAD"},
	{"compound-amount", "A pint was £3 and 20p in 1990.", "£3 and 20p", "3.2", "", "GBP"},
	{"compound-amount", "He paid $3 and 50 cents for it.", "$3 and 50 cents", "3.5", "", "USD"},
	{"compound-amount", "The stamp was 5 USD 20 cents then.", "5 USD 20 cents", "5.2", "", "USD"},
	{"compound-amount", "It cost 3 euros and 50 cents.", "3 euros and 50 cents", "3.5", "", "EUR"},
	{"compound-amount", "A loaf is €3 and 50 cents.", "€3 and 50 cents", "3.5", "", "EUR"},
	{"compound-amount", "Bread costs 5 rand 20 cents.", "5 rand 20 cents", "5.2", "", "ZAR"},
	// a currency with a subunit word of its own that also takes "cents"
	// (lexicon.OwnSubunitWord leaves it out)
	{"compound-amount", "The fare was 5 ringgit 20 cents.", "5 ringgit 20 cents", "5.2", "", "MYR"},
	{"compound-amount", "The coin is worth 2 shekels and 50 cents.", "2 shekels and 50 cents", "2.5", "", "ILS"},
	// fractions of a scale, after "and", in words with "point", with "over"
	{"fraction-of-scale", "A quarter of a million people marched.", "A quarter of a million", "250000", "", "count"},
	{"fraction-of-scale", "The firm shed three quarters of a million jobs.", "three quarters of a million", "750000", "", "count"},
	{"fraction-of-scale", "The fund lost a third of a billion dollars.", "a third of a billion dollars", "333333333.3333333", "", "USD"},
	{"fraction-of-scale", "Some say a quarter-million jobs are at risk.", "a quarter-million", "250000", "", "count"},
	{"fraction-of-scale", "They sold a quarter million copies.", "a quarter million", "250000", "", "count"},
	{"currency-code-after", "It costs half million usd.", "half million usd", "500000", "", "USD"},
	// a code that is also an acronym is money after a number only before
	// a clause end or a function word (trafilatura: "128 AMD EPYC"; WCXB:
	// "One CAD files", "55 CAD or more")
	{"currency-code-after", "Entry costs 55 CAD, the organisers said.", "55 CAD", "55", "", "CAD"},
	{"currency-code-after+rate", "Rent in Yerevan runs 250,000 AMD a month.", "250,000 AMD a month", "250000", "", "AMD/month"},
	{"and-fraction", "Two and a quarter million tickets were sold.", "Two and a quarter million", "2250000", "", "count"},
	{"and-fraction", "The number is five billion and three quarters.", "five billion and three quarters", "5750000000", "", "count"},
	{"and-fraction", "The measurement has a value of forty two and a third.", "forty two and a third", "42.333333333333336", "", "count"},
	{"point-decimals", "He said two point five million people left.", "two point five million", "2500000", "", "count"},
	{"point-decimals", "two hundred point zero three", "two hundred point zero three", "200.03", "", "count"},
	{"fraction-over", "The odds are one over three.", "one over three", "0.3333333333333333", "", "count"},
	{"fraction-over", "The ratio is 1 over twenty-one.", "1 over twenty-one", "0.047619047619047616", "", "count"},
	{"fraction-over", "Write it as 2000 over 3.", "2000 over 3", "666.6666666666666", "", "count"},
	{"fraction-slash", "That is about 1/40 of the wavelength.", "about 1/40", "0.025", "", "count"},
	{"fraction-slash", "Add 3/4 cup of flour.", "3/4 cup", "0.75", "", "cup"},
	// fractions in words: a denominator past tenths, compound ("twenty-fifth"),
	// after a number in words, or "a fifth"/"a half" closing a clause
	{"word-fraction", "Sales shrank a fifth.", "a fifth", "20", "", "percent"},
	{"word-fraction", "Turnout dropped a third, officials said.", "a third", "33.333333333333336", "", "percent"},
	{"word-fraction", "The budget was cut by a half.", "half", "50", "", "percent"},
	{"word-fraction", "He won by a hundredth of a second.", "a hundredth", "1", "", "percent"},
	{"word-fraction", "Only a twelfth of the land is farmed.", "a twelfth", "8.333333333333334", "", "percent"},
	{"word-fraction", "Roughly one twenty-fifth of the budget went to defence.", "Roughly one twenty-fifth", "4", "", "percent"},
	{"word-fraction", "The bolt is three sixteenths of an inch too short.", "three sixteenths", "18.75", "", "percent"},
	{"word-fraction", "The answer is three twenty-firsts.", "three twenty-firsts", "14.285714285714286", "", "percent"},
	{"word-fraction", "The quorum is twenty-three fifths of it.", "twenty-three fifths", "460", "", "percent"},
	{"word-fraction", "He wrote one hundred thirty-fifths.", "one hundred thirty-fifths", "285.7142857142857", "", "percent"},
	// a spaced C or F where the sentence speaks of temperature
	{"temperature-letter-spaced", "Its 30 C outside!", "30 C", "30", "", "celsius"},
	{"temperature-letter-spaced", "Madrid sweltered at 40 C (104 F) on Monday.", "40 C", "40", "", "celsius"},
	{"temperature-letter-spaced", "Madrid sweltered at 40 C (104 F) on Monday.", "104 F", "104", "", "fahrenheit"},
	{"temperature-letter-spaced", "Forecasters expect highs of 95 F by Friday.", "95 F", "95", "", "fahrenheit"},
	{"temperature-letter-spaced", "Temperatures fell to -12 C overnight.", "-12 C", "-12", "", "celsius"},
	// a decimal point spaced as in text split into word tokens
	{"spaced-decimal", "its total revenue rose 4 . 8 % to $ 13.18 billion", "4 . 8 %", "4.8", "", "percent"},
	{"spaced-decimal", "output fell 1 . 25 million tons , the ministry said", "1 . 25 million tons", "1250000", "", "ton"},
	{"spaced-decimal", "the bank may buy a 30 . 84 % stake in bip", "30 . 84 %", "30.84", "", "percent"},
	// thousands separators spaced as in tokenised text (the suites: "10 ,
	// 000 monkeys", "1 , 118 publishable tunes"; written: a staff, units
	// and money in word-tokenised text)
	{"spaced-thousands", "predicts that 10 , 000 monkeys would produce tunes", "10 , 000", "10000", "", "count"},
	{"spaced-thousands", "would produce 1 , 118 publishable rock tunes", "1 , 118", "1118", "", "count"},
	{"spaced-thousands", "the firm sold 1 , 250 , 000 units last year", "1 , 250 , 000", "1250000", "", "count"},
	{"currency-symbol", "the fine was $ 3 , 400 , the court said", "$ 3 , 400", "3400", "", "USD"},
	// a lens's f-number (WCXB pages: "an aperture of f/2.5", "Focal Ratio:
	// f/4.9", "starts at F/4.8"; a zoom's range)
	{"f-number", "For family portraits, an aperture of f/2.5 will separate your subject.", "f/2.5", "2.5", "", "f_number"},
	{"f-number", "The variable aperture starts at F/4.8 and goes up to F/22.", "F/4.8", "4.8", "", "f_number"},
	{"f-number", "Canon's EF 75-300mm f/4-5.6 lens is cheap.", "f/4-5.6", "4", "5.6", "f_number"},
	// a spaced "m" beside another "N m" or after a verb of athletics, in a
	// sentence with no currency, is metres (the suites' "1 m 1 m";
	// written)
	{"m-spaced-metre", "1 m 1 m", "1 m", "1", "", "m"},
	{"m-spaced-metre", "the club has 50 m and 25 m pools .", "50 m", "50", "", "m"},
	{"m-spaced-metre", "in the final he jumped 8.95 m .", "8.95 m", "8.95", "", "m"},
	// "u.s." lower-cased, glued or spaced, before dollars (the suites' "a u
	// . s . judge"; written)
	{"unit-after", "the deal is worth 500 million u . s . dollars .", "500 million u . s . dollars", "5e8", "", "USD"},
	{"unit-after", "the fund raised 20 million u.s. dollars last year .", "20 million u.s. dollars", "2e7", "", "USD"},
	// a hyphened modifier with the hyphen spaced as tokenised text writes
	// it (the suites' lower-cased text: "three-ton", "45-acre", "six-mile"
	// spaced; written: "a 20 - dollar bill")
	{"spaced-hyphen-modifier", "it is part of a contract to develop five of the three - ton satellites .", "three - ton", "3", "", "ton"},
	{"spaced-hyphen-modifier", "he is using the money to buy a 45 - acre horse farm .", "45 - acre", "45", "", "acre"},
	{"spaced-hyphen-modifier", "the six - mile trip to my hotel took three hours .", "six - mile", "6", "", "mile"},
	{"spaced-hyphen-modifier", "she found a 20 - dollar bill on the road .", "20 - dollar", "20", "", "USD"},
	// a lower-case ISO code before the amount, as lower-cased text writes
	// it (the suites' lower-cased WSJ text reads "10 usd", "40 rmb"
	// after it; written: "he paid usd 10", "the price is hkd 500")
	{"currency-code", "he paid usd 10 for the ticket .", "usd 10", "10", "", "USD"},
	{"currency-code", "the price is hkd 500 , the agent said .", "hkd 500", "500", "", "HKD"},
	// a bare change after a level, a comma and up/down, in the level's unit
	// (the suites' FX table "143.80 yen , up 0 . 95"; market reports)
	{"change-after-level", "dollar : 143.80 yen , up 0 . 95 ; 1 . 8500 marks , up 0 . 0085 .", "0 . 95", "0.95", "", "JPY"},
	{"change-after-level", "The dollar fetched 151.2 yen, up 0.6 from Friday.", "0.6", "0.6", "", "JPY"},
	{"change-after-level", "Brent settled at $82.40 a barrel, down 1.15, or 1.4%.", "1.15", "1.15", "", "USD/barrel"},
	{"change-after-level", "Shares of the bank closed at $45.20, up 1.30.", "1.30", "1.3", "", "USD"},
	// "marks" beside another currency are Deutsche marks (the suites'
	// FX table; reports of the mark's years)
	{"marks-money", "dollar : 143.80 yen , up 0 . 95 ; 1 . 8500 marks , up 0 . 0085 .", "1 . 8500 marks", "1.85", "", "DEM"},
	{"marks-money", "The dollar rose to 1.8500 marks from 1.8415 marks late Friday.", "1.8415 marks", "1.8415", "", "DEM"},
	{"marks-money", "The loan of 500 million marks ($270 million) was signed.", "500 million marks", "5e8", "", "DEM"},
	// subunits after a currency symbol written after the amount (the
	// suites: "10 $ 30 cent"; written: French-style prices in English
	// text, "5 € 50 cents", "it cost 5 € 50.")
	{"compound-amount", "The fare is 10 $ 30 cent one way.", "10 $ 30 cent", "10.3", "", "USD"},
	{"compound-amount", "A coffee here costs 5 € 50 cents.", "5 € 50 cents", "5.5", "", "EUR"},
	{"implied-subunit", "The menu says it costs 5 € 50.", "5 € 50", "5.5", "", "EUR"},
	// a hyphenated rate with its hyphens spaced as tokenised text writes
	// them (the suites: "a higher , $ 70 - a - share price"; written: "a $
	// 1 - a - share payout", "$ 15 - an - hour jobs")
	{"currency-symbol+rate", "offering holders a higher , $ 70 - a - share price is effective", "$ 70 - a - share", "70", "", "USD/share"},
	{"currency-symbol+rate", "the board approved a $ 1 - a - share payout", "$ 1 - a - share", "1", "", "USD/share"},
	{"currency-symbol+rate", "unions want $ 15 - an - hour jobs", "$ 15 - an - hour", "15", "", "USD/hour"},
	// a decimal comma where it cannot be a thousands separator or a list
	{"decimal-comma", "Inflation in Spain was 2,5 % in May.", "2,5 %", "2.5", "", "percent"},
	{"decimal-comma", "The meter stood at 1.234,56 on Friday.", "1.234,56", "1234.56", "", "count"},
	{"decimal-comma", "The bill came to 1.234.567,89 euros.", "1.234.567,89 euros", "1234567.89", "", "EUR"},
	{"decimal-comma", "The number is 1.111,11 in that table.", "1.111,11", "1111.11", "", "count"},
	{"decimal-comma", "Revenue was 3,5 million euros.", "3,5 million euros", "3500000", "", "EUR"},
	{"decimal-comma", "The number is 1,3.", "1,3", "1.3", "", "count"},
	// a unit symbol, a slash and a denominator
	{"slash-unit", "The hatchback emits 120 g/km of CO2.", "120 g/km", "120", "", "g/km"},
	{"slash-unit", "Official figures say it emits 95g/km.", "95g/km", "95", "", "g/km"},
	{"slash-unit", "The diesel uses 5.6 l/100km on the motorway.", "5.6 l/100km", "5.6", "", "litre/100km"},
	{"slash-unit", "It averaged 6.1 l/100 km in our test.", "6.1 l/100 km", "6.1", "", "litre/100km"},
	{"slash-unit", "PM2.5 levels reached 150 µg/m3 in Delhi.", "150 µg/m3", "150", "", "ug/m3"},
	{"slash-unit", "His fasting glucose was 126 mg/dL last week.", "126 mg/dL", "126", "", "mg/dL"},
	{"slash-unit", "Winds gusted to 30 m/s at the coast.", "30 m/s", "30", "", "m/s"},
	{"slash-unit", "Wheat yields hit 8 t/ha this year.", "8 t/ha", "8", "", "tonne/hectare"},
	{"slash-unit", "This car only uses 10 l/km.", "10 l/km", "10", "", "litre/km"},
	{"fraction-slash", "250 million guilders of 7 3 / 4 % bonds were sold .", "7 3 / 4 %", "7.75", "", "percent"},
	{"fraction-slash", "the notes were priced at 101 1 / 4 to yield 7 %", "101 1 / 4", "101.25", "", "count"},
	{"fraction-slash", "prices fell 1 / 4 point in early trading .", "1 / 4 point", "0.25", "", "point"},
	// "N-pound" by the noun it qualifies
	{"hyphen-pound", "I can buy a twenty-pound bag of rice for $10.", "twenty-pound", "20", "", "lb"},
	{"hyphen-pound", "The jet dropped a 2,000-pound bomb on the bridge.", "2,000-pound", "2000", "", "lb"},
	{"hyphen-pound", "He caught a 40-pound salmon.", "40-pound", "40", "", "lb"},
	{"hyphen-pound", "She paid with a 50-pound note.", "50-pound", "50", "", "GBP"},
	{"hyphen-pound", "Drivers face a 100-pound fine.", "100-pound", "100", "", "GBP"},
	{"tonne-letter", "It shipped 278,000 t valued at $10 million.", "278,000 t", "278000", "", "tonne"},
	{"tonne-letter", "The mill crushed 4,500 t.", "4,500 t", "4500", "", "tonne"},
	// a power written with a caret
	{"caret-power", "The model has 10^12 parameters.", "10^12", "1e12", "", "count"},
	{"caret-power", "The answer is 1.1^23 here.", "1.1^23", "8.954302432552389", "", "count"},
	{"caret-power", "Its inverse is 2.5^-1.", "2.5^-1", "0.4", "", "count"},
	{"caret-power", "A block holds 2^10 bytes.", "2^10 bytes", "1024", "", "byte"},
	// a multiple written with a glued x; a height as an adjective
	{"multiple-x", "Shares trade at 20x forward earnings.", "20x", "20", "", "times"},
	{"multiple-x", "Leverage stood at 1.5x at year end.", "1.5x", "1.5", "", "times"},
	{"multiple-x", "The phone has a 5x optical zoom.", "5x", "5", "", "times"},
	// … an indefinite article before it makes it a multiple whatever the
	// noun after (web-dev-8 "a 5x telephoto", web-dev-14 "a 10x word count")
	// an age bounded after its span: the kind rule age-comparison reads
	// the unit and the bound (web-dev "3 years or older")
	{"age-comparison", "Children 5 years and older must wear masks.", "5 years and older", "5", "-", "age"},
	{"age-comparison", "If your child is 3 years or older, they have more patience.", "3 years or older", "3", "-", "age"},
	{"multiple-x", "The main sensor is paired with a 12MP ultrawide and a 5x telephoto.", "5x", "5", "", "times"},
	{"multiple-x", "Either in quantity with a 10x word count or in quality.", "10x", "10", "", "times"},
	{"multiple-x", "It ships with a 3x zoom lens.", "3x", "3", "", "times"},
	{"multiple-x", "Investors were promised a 100x return on paper.", "100x", "100", "", "times"},
	// a capital X before a comparison or what grows (WCXB dev bodies of
	// two sites: "3X fewer GPUs", "16X YoY revenue growth")
	{"multiple-x", "The new chip needs 3X fewer servers.", "3X", "3", "", "times"},
	{"multiple-x", "Clients saw 16X YoY revenue growth.", "16X", "16", "", "times"},
	{"multiple-x", "The start-up grew 4X faster than its rivals.", "4X", "4", "", "times"},
	{"compound-measure", "The 6-foot-5 forward scored 31 points.", "6-foot-5", "6.416666666666667", "", "foot"},
	{"compound-measure", "They signed a 5-foot-10 guard.", "5-foot-10", "5.833333333333333", "", "foot"},
	{"compound-measure", "He is 6 feet 5 inches tall.", "6 feet 5 inches", "6.416666666666667", "", "foot"},
	// bare degrees beside the other scale in brackets
	{"degree-other-scale", "Seville reached 40 degrees (104 Fahrenheit) on Sunday.", "40 degrees", "40", "", "celsius"},
	{"degree-other-scale", "Phoenix hit 118 degrees (48C) on Monday.", "118 degrees", "118", "", "fahrenheit"},
	{"degree-other-scale", "The water was 25° (77°F) at noon.", "25°", "25", "", "celsius"},
	{"degree-other-scale", "Absolute zero is −273.15° on the Celsius scale.", "−273.15°", "-273.15", "", "celsius"},
	{"degree-other-scale", "Water boils at 212 degrees on the Fahrenheit scale.", "212 degrees", "212", "", "fahrenheit"},
	{"kelvin-beside-temperature", "At operating temperatures of 300 °C (572 °F, 573.15K), zircaloy is inert.", "573.15K", "573.15", "", "kelvin"},
	{"kelvin-beside-temperature", "Nitrogen boils at -196 °C (77K).", "77K", "77", "", "kelvin"},
	// a currency name before the amount
	{"currency-name-before", "The price starts at dollar 22.5 million.", "dollar 22.5 million", "22500000", "", "USD"},
	{"currency-name-before", "The state approved Rupees 500 crore for roads.", "Rupees 500 crore", "5e9", "", "INR"},
	{"currency-name-before", "The fund holds euros 40 billion in bonds.", "euros 40 billion", "4e10", "", "EUR"},
	// an inch mark before a size word or the thing measured
	{"inch-mark", "The 13\" MacBook Air costs $1,099.", "13\"", "13", "", "inch"},
	{"inch-mark", "He has a pen that is 10 \" long.", "10 \"", "10", "", "inch"},
	{"inch-mark", "It ships with a 27″ monitor.", "27″", "27", "", "inch"},
	{"number-chain", "3 hundred and one is a valid number.", "3 hundred and one", "301", "", "count"},
	{"number-chain", "It was 4 thousand and twenty-five in all.", "4 thousand and twenty-five", "4025", "", "count"},
	// bounds: "and above", and a lower and an upper bound joined
	{"and-suffix", "Salaries of Rs 10 lakh and above are taxed.", "Rs 10 lakh and above", "1e6", "-", "INR"},
	{"and-suffix", "Those 65 and over are most at risk.", "65 and over", "65", "-", "count"},
	{"and-suffix", "There're about five hundred and more in these products.", "about five hundred and more", "500", "-", "count"},
	{"and-suffix", "Scores of 12 and under are rejected.", "12 and under", "-", "12", "count"},
	{"bound-pair", "This is a number which is greater than 100 and smaller than 300.", "greater than 100 and smaller than 300", "100", "300", "count"},
	{"bound-pair", "There're at most 100 and at least 20 apples.", "at most 100 and at least 20", "20", "100", "count"},
	{"bound-pair", "The number is above 1000 but below 1500.", "above 1000 but below 1500", "1000", "1500", "count"},
	{"bound-pair", "Inflation will be more than 5% and less than 7%.", "more than 5% and less than 7%", "5", "7", "percent"},
	// negative ranges, the second end lower
	{"negative-range", "Temperatures ranged from -18 °C to -34 °C overnight.", "from -18 °C to -34 °C", "-34", "-18", "celsius"},
	{"negative-range", "Lows will be between -5C and -10C.", "between -5C and -10C", "-10", "-5", "celsius"},
	{"negative-range", "Wind chill of -20 to -30 degrees is expected.", "-20 to -30 degrees", "-30", "-20", "degree"},
	// data sizes written with a capital symbol, spaced
	{"unit-symbol", "The size of this file is 100 MB.", "100 MB", "100", "", "MB"},
	{"unit-symbol", "The laptop has 8 GB of memory.", "8 GB", "8", "", "GB"},
	{"unit-symbol", "It ships with a 1 TB drive.", "1 TB", "1", "", "TB"},
	// money as a hyphenated adjective, with or without a rate
	{"hyphen-currency", "The board declared a 12-cent dividend.", "12-cent", "0.12", "", "USD"},
	{"hyphen-currency+rate", "It pays a 12-cent-a-share dividend.", "12-cent-a-share", "0.12", "", "USD/share"},
	{"hyphen-currency", "Drivers face a 300-euro fine.", "300-euro", "300", "", "EUR"},
	{"hyphen-currency", "He found a 20-dollar bill.", "20-dollar", "20", "", "USD"},
	{"hyphen-currency+rate", "Congress weighed a 2-cent-per-gallon tax.", "2-cent-per-gallon", "0.02", "", "USD/gallon"},
	{"currency-symbol+rate", "Workers want $15-an-hour jobs.", "$15-an-hour", "15", "", "USD/hour"},
	{"currency-symbol+rate", "Analysts expect a $1-a-share payout.", "$1-a-share", "1", "", "USD/share"},
	{"currency-symbol+rate", "The $90-per-month plan ends soon.", "$90-per-month", "90", "", "USD/month"},
	// scientific notation with the power of ten written out
	{"times-ten-power", "Neutrinos beat light by a factor of 2.48×10−5, with 6.0-sigma significance.", "2.48×10−5", "2.48e-5", "", "count"},
	{"times-ten-power", "A mole holds 6.02 × 10^23 atoms.", "6.02 × 10^23", "6.02e23", "", "count"},
	{"times-ten-power", "The charge is 1.6×10⁻¹⁹ coulombs.", "1.6×10⁻¹⁹", "1.6e-19", "", "count"},
	{"times-ten-power", "The figure is 3x10^8.", "3x10^8", "3e8", "", "count"},
	// crore abbreviated after money; lakh grouping after "Rs."
	{"currency-abbrev", "The project will cost Rs 500 cr.", "Rs 500 cr", "5e9", "", "INR"},
	{"currency-symbol", "Sales hit ₹2.5cr in March.", "₹2.5cr", "2.5e7", "", "INR"},
	{"currency-abbrev", "He was fined Rs.1,50,000 last week.", "Rs.1,50,000", "150000", "", "INR"},
	// ambiguous unit spellings before a dimension adjective
	{"unit-before-dimension", "The door is 2 1/2 in thick, and it will be for years.", "2 1/2 in", "2.5", "", "inch"},
	{"unit-before-dimension", "The new phone is 0.3 in thinner.", "0.3 in", "0.3", "", "inch"},
	{"unit-before-dimension", "The flood wall is 3 m high.", "3 m", "3", "", "m"},
	{"unit-before-dimension", "They built a 10 m long bridge.", "10 m", "10", "", "m"},
	{"unit-symbol+rate", "The drive reads at 5 GB/s.", "5 GB/s", "5", "", "GB/second"},
	// sound level, concentration, pressure, large masses (lexicon rows)
	{"unit-symbol", "The fan hits 85 dB at full speed.", "85 dB", "85", "", "dB"},
	{"unit-after", "Neighbours complained of a 40 decibel hum.", "40 decibel", "40", "", "dB"},
	{"unit-after", "Carbon dioxide reached 420 ppm in May.", "420 ppm", "420", "", "ppm"},
	{"unit-symbol", "Global emissions hit 37 Gt last year.", "37 Gt", "37", "", "Gt"},
	{"unit-symbol", "The storm's pressure fell to 960 hPa.", "960 hPa", "960", "", "hPa"},
	{"unit-after", "It was a 15-kiloton bomb.", "15-kiloton", "15", "", "kt"},
	// an ambiguous unit spaced at a clause end after a dimension noun
	// (quantulum3: "The length of my pencil is 2 in")
	{"unit-before-dimension", "The length of my pencil is 2 in", "2 in", "2", "", "inch"},
	{"unit-before-dimension", "The width of the gap is 3 in, the report said.", "3 in", "3", "", "inch"},
	{"unit-before-dimension", "Its diameter is 5 m.", "5 m", "5", "", "m"},
	// the sides of a size joined by "by" take the measure after the last
	{"list-unit", "The cell is 12 by 15 feet, the guards said.", "12", "12", "", "foot"},
	{"list-unit", "They bought a 20 by 30 metre plot outside town.", "20", "20", "", "m"},
	{"list-unit", "An 8 by 10 inch print hung in the hall.", "8", "8", "", "inch"},
	// "one" after a determiner counts before a unit word (Recognizers:
	// "that one mile can provide")
	{"unit-after", "He said that one mile can provide a lot of exercise.", "one mile", "1", "", "mile"},
	{"unit-after", "The last one kilometre of the road is unpaved.", "one kilometre", "1", "", "km"},
	// a blood pressure: two values over a slash, both in the unit after
	// the second ("140/90 mmHg", "120/80 mm Hg")
	{"pressure-pair", "His blood pressure was 140/90 mmHg on admission.", "140", "140", "", "mmHg"},
	{"unit-after", "His blood pressure was 140/90 mmHg on admission.", "90 mmHg", "90", "", "mmHg"},
	{"pressure-pair", "A reading of 120/80 mm Hg is considered normal.", "120", "120", "", "mmHg"},
	{"unit-after", "A reading of 120/80 mm Hg is considered normal.", "80 mm Hg", "80", "", "mmHg"},
	{"unit-after", "Air pressure is 760 mm Hg at sea level.", "760 mm Hg", "760", "", "mmHg"},
	// a unit written before its number (lexicon.UnitsBefore): "Mach 2"
	// keeps its unit and gives none to a list after it
	{"unit-before", "The missile flies at Mach 2 and 7 km/s.", "Mach 2", "2", "", "mach"},
	{"unit-before", "Airliners cruise at mach 0.85 over the Atlantic.", "mach 0.85", "0.85", "", "mach"},
	{"unit-before", "Engineers said the Mach 5 glider broke apart.", "Mach 5", "5", "", "mach"},
	// "y/o", "y.o." after the number (as "yo": "a 87 yo man")
	{"age-yo", "Police said a 25 y/o male was arrested.", "25 y/o", "25", "", "age"},
	{"age-yo", "The 30 y.o. woman was treated at the scene.", "30 y.o.", "30", "", "age"},
	// after "aged" or "the age of", words and bounds are ages too
	{"age", "At the age of eighty-five, she retired from the bench.", "eighty-five", "85", "", "age"},
	{"age", "The man, aged around 40, fled on foot.", "around 40", "40", "", "age"},
	{"age", "He was aged about forty-five when he died.", "about forty-five", "45", "", "age"},
	// a weight in pounds and ounces is one measure (quantulum3's "8 pounds
	// 3 ounces"; birth weights in news)
	{"compound-measure", "The baby weighed 7 pounds 8 ounces at birth.", "7 pounds 8 ounces", "7.5", "", "lb"},
	{"compound-measure", "He lost 30 pounds and 8 ounces in a month.", "30 pounds and 8 ounces", "30.5", "", "lb"},
	{"compound-measure", "She weighed 6 pounds, 4 ounces at birth.", "6 pounds, 4 ounces", "6.25", "", "lb"},
	{"compound-measure", "The centre is 6 feet, 2 inches tall.", "6 feet, 2 inches", "6.166666666666667", "", "foot"},
	// "N-pound" before a person noun is the person's weight
	{"hyphen-pound", "Police said a 200-pound man forced the door.", "200-pound", "200", "", "lb"},
	{"hyphen-pound", "The 300-pound suspect fled on foot.", "300-pound", "300", "", "lb"},
	// a time unit after "aged"/"age" is an age ("a baby aged 7 months")
	{"age-sub-year", "Police found a baby aged 7 months in the car.", "7 months", "7", "", "month"},
	{"unit-after", "Toys for children age 2 years and up.", "2 years", "2", "", "age"},
	// ages in decades and centuries are in years; "a"/"an" before the unit
	// is one of it (WCXB dev bodies: "a decade old", "decade-old")
	{"age-in-years", "The stone bridge is a century old and still carries traffic.", "a century old", "100", "", "age"},
	{"age-in-years", "Ministers scrapped a decade-old law on Friday.", "a decade-old", "10", "", "age"},
	{"age-in-years", "The chapel is nearly three centuries old.", "nearly three centuries old", "300", "", "age"},
	{"age-in-years", "Most of the fleet is more than two decades old.", "more than two decades old", "20", "-", "age"},
	{"unit-after", "The puppy, barely a year old, was rescued.", "a year old", "1", "", "age"},
	{"age-sub-year", "The twins are only a month old.", "a month old", "1", "", "month"},
	// a bare number after a day's high or low in a sentence about the
	// weather is in degrees; a wind chill is a temperature word
	{"high-low-temperature", "Highs near 100 are forecast for the weekend.", "near 100", "100", "", "degree"},
	{"high-low-temperature", "Lows of 28 and highs of 45 are likely.", "28", "28", "", "degree"},
	{"high-low-temperature", "The weather: a low of 28, a high of 45.", "45", "45", "", "degree"},
	{"minus-temperature", "Wind chills of -30 are expected tonight.", "-30", "-30", "", "degree"},
	// "below" alone after a number in a sentence about the weather
	{"below-zero", "Temperatures dropped to 5 below overnight.", "5 below", "-5", "", "degree"},
	{"below-zero", "Forecasters warned of wind chills of 20 below.", "20 below", "-20", "", "degree"},
	// a minus spaced from a temperature, as tokenised text writes it,
	// after a preposition or verb of reading (not a dash between clauses)
	{"spaced-minus-temperature", "Temperatures fell to - 20 degrees fahrenheit overnight.", "- 20 degrees fahrenheit", "-20", "", "fahrenheit"},
	{"spaced-minus-temperature", "Overnight lows of − 5 °C are forecast for Oslo.", "− 5 °C", "-5", "", "celsius"},
	{"spaced-minus-temperature", "in moscow it was - 12 degrees celsius on monday .", "- 12 degrees celsius", "-12", "", "celsius"},
	{"spaced-minus-temperature", "The thermometer hit - 3 degrees at dawn.", "- 3 degrees", "-3", "", "degree"},
	// a spoken hedge before a number is about it (web-dev-4: "something like
	// 50,000 new homes"; web-dev-2: "It's like 60% black"): after a form
	// of "be" or a hedge word only (negatives below)
	// the rate written after a substance (web-dev-1: "400 milligrams of
	// caffeine per day"; web-dev-4: "903 litres of rain per square metre",
	// "tens of millions of dollars a year"; energy and farm news)
	{"rate-of-substance", "Doctors advise up to 400 milligrams of caffeine per day.", "up to 400 milligrams of caffeine per day", "-", "400", "mg/day"},
	{"rate-of-substance", "The country received about 903 litres of rain per square metre.", "about 903 litres of rain per square metre", "903", "", "litre/m2"},
	{"rate-of-substance", "The plant will make 5 tonnes of green hydrogen a day.", "5 tonnes of green hydrogen a day", "5", "", "tonne/day"},
	{"rate-of-substance", "It costs tens of millions of dollars a year.", "tens of millions of dollars a year", "1e7", "99999999", "USD/year"},
	// the earlier level of a rate is in the rate's unit (web-dev-3: the yen
	// "from around 161"; web-dev-4: "up from HK$21,000", "compared with 28
	// pesos"; price and health reports)
	{"level-shares-rate", "A mortgage costs about HK$28,000 a month, up from HK$21,000 two years ago.", "HK$21,000", "21000", "", "HKD/month"},
	{"level-shares-rate", "Growers got 42 pesos a kilo in January, compared with 28 pesos a year earlier.", "28 pesos", "28", "", "MXN/kg"},
	{"level-shares-rate", "The yen strengthened to 141.7 per dollar, from around 161 in early July.", "around 161", "161", "", "JPY/USD"},
	{"level-shares-rate", "The rate rose to 12 deaths per 100,000 people, down from 15.", "15", "15", "", "count/100000person"},
	{"level-shares-rate", "Poland reported 25.9 new cases per 100,000 people, increasing from 15.6.", "15.6", "15.6", "", "count/100000person"},
	// "instead of", "rather than", and a price against a price (web-dev-7:
	// "about $119 per month, instead of $159.30"; articles-dev-1: "P42.76 a
	// kilogram, against P50.69 a year earlier")
	{"level-shares-rate", "Under the new law, they will pay about $119 per month, instead of $159.30, for Part B.", "$159.30", "159.3", "", "USD/month"},
	{"level-shares-rate", "Tenants now pay €900 a month, rather than €1,100 under the old lease.", "€1,100", "1100", "", "EUR/month"},
	{"level-shares-rate", "He said rice stood at P42.76 a kilogram, against P50.69 a year earlier.", "P50.69", "50.69", "", "PHP/kg"},
	{"level-shares-rate", "Diesel sold for $1.10 a litre, against $1.35 in March.", "$1.35", "1.35", "", "USD/litre"},
	// the earlier level of a measure or an amount, written bare, is in the
	// new level's unit (web-dev-6: Kumtor's ore, Solomon Islands' logs,
	// Lomé's cargo, a Tajik farm's harvest, Cameroon's cocoa earnings)
	{"level-shares-unit", "Ore processed rose to 6.3 million tonnes from 5.8 million, while the grade fell.", "5.8 million", "5.8e6", "", "tonne"},
	{"level-shares-unit", "Her harvest had dropped to 19 tonnes from 27.", "27", "27", "", "tonne"},
	{"level-shares-unit", "Exports fell to 2.1 million cubic metres last year from 2.6 million in 2022.", "2.6 million", "2.6e6", "", "m3"},
	{"level-shares-unit", "He had earned 9 million euros this season, against 3 million last year.", "3 million", "3e6", "", "EUR"},
	{"level-shares-unit", "The river peaked at 8.2 metres on Sunday, down from 9.1 in 2019.", "9.1", "9.1", "", "m"},
	// a rate's value after the subject that names its basis (web-dev-2:
	// "The seven-day rate of new Covid-19 infections per 100,000 people in
	// Italy is now at 20.4"; crime and health statistics)
	{"rate-basis-before", "The seven-day rate of new Covid-19 infections per 100,000 people in Italy is now at 20.4.", "20.4", "20.4", "", "count/100000person"},
	{"rate-basis-before", "The infection rate per 100,000 residents stood at 45.", "45", "45", "", "count/100000person"},
	{"rate-basis-before", "The murder rate per 100,000 people was 6.5 last year.", "6.5", "6.5", "", "count/100000person"},
	// a time in seconds with decimals glued to "s" (sports results: "ran the
	// 100m in 9.58s"; car tests: "0-62mph in 3.5s")
	{"seconds-letter", "Bolt ran the 100m in 9.58s in Berlin.", "9.58s", "9.58", "", "second"},
	{"seconds-letter", "The hatchback does 0-62mph in 3.5s, Autocar found.", "3.5s", "3.5", "", "second"},
	// a range between two fractions in words (polnear-train: "between a
	// quarter and a third"; web-dev-1: "about a half to two-thirds")
	{"fraction-range", "Between a quarter and a third of voters agreed.", "Between a quarter and a third", "25", "33.333333333333336", "percent"},
	{"fraction-range", "Enrolment shrank by about a half to two-thirds.", "a half to two-thirds", "50", "66.66666666666667", "percent"},
	{"fraction-range", "From one-third to one-half of the budget went on wages.", "From one-third to one-half", "33.333333333333336", "50", "percent"},
	// a capitalised modifier between a number and its unit (web-dev-3:
	// "13,000 Test runs", "about 14 Earth days")
	{"modifier-unit", "Root moved past 13,000 Test runs during his innings.", "past 13,000 Test runs", "13000", "-", "run"},
	{"modifier-unit", "The rover will operate for about 14 Earth days.", "about 14 Earth days", "14", "", "day"},
	{"modifier-unit", "A probe needs 2 Mars years there and 3 Earth years here.", "2 Mars years", "2", "", "year"},
	// a count of things each worth a scaled amount (web-dev-4: "the 469
	// million-dollar flats sold"; property news: "20 million-dollar homes")
	{"count-of-priced", "More than the 469 million-dollar flats sold in 2023.", "469 million-dollar", "469", "", "count"},
	{"count-of-priced", "The developer owns 20 million-dollar homes on the coast.", "20 million-dollar", "20", "", "count"},
	// a country's people between a count and its period are no name
	// (web-dev-4: "kills about 10,700 Kenyans a year"; road-safety news)
	{"rate-after-noun", "Malaria kills about 10,700 Kenyans a year.", "about 10,700", "10700", "", "count/year"},
	{"rate-after-noun", "About 40,000 Americans die each year in crashes.", "About 40,000", "40000", "", "count/year"},
	// a rate over a period that began at a time (web-dev-4: "risen by about
	// 3mm a year since the 1990s"; "$2 a year since 2010")
	{"unit-after+rate", "Sea levels have risen by about 3mm a year since the 1990s.", "about 3mm a year", "3", "", "mm/year"},
	{"currency-symbol+rate", "Fares have risen $2 a year since 2010.", "$2 a year", "2", "", "USD/year"},
	// a count of parts in a spec list (web-dev-1: "- 4x USB3.2 Gen1", "6x
	// USB 2.0 ports"; product pages: "2x HDMI outputs")
	{"count-x", "- 4x USB3.2 Gen1 ports", "4x", "4", "", "count"},
	{"count-x", "The board has 2x HDMI outputs and 1x Ethernet port.", "2x", "2", "", "count"},
	// round digits made plural are vague like their words ("1,000s of
	// fans", "100s of cars", "1000s of dollars": web comments and posts)
	{"digits-plural", "1,000s of fans lined the streets.", "1,000s", "1000", "9999", "count"},
	{"digits-plural", "Repairs cost 1000s of dollars.", "1000s", "1000", "9999", "USD"},
	// a unit written with a dot after each letter (issue #15; US style books)
	{"dotted-unit", "Wind gusts reached 60 m.p.h. on Monday.", "60 m.p.h.", "60", "", "mph"},
	{"dotted-unit", "Police clocked the car at 140 k.p.h. on the motorway.", "140 k.p.h.", "140", "", "km/h"},
	// cricket's runs and overs are units (web-dev-3, web-dev-4)
	{"unit-after", "Pant scored 446 runs at a strike rate of 155.", "446 runs", "446", "", "run"},
	{"unit-after", "England won by 20 runs at Lord's.", "20 runs", "20", "", "run"},
	{"unit-after", "Multan made 159 for nine in their 20 overs.", "20 overs", "20", "", "over"},
	{"unit-after", "The seamers bowled 88 overs on a flat pitch.", "88 overs", "88", "", "over"},
	{"qualifier-before", "Space is available in the range of $70 per square foot.", "in the range of $70 per square foot", "70", "", "USD/foot2"},
	{"qualifier-before", "The transfer fee is in the region of £5m.", "in the region of £5m", "5e6", "", "GBP"},
	{"qualifier-before", "Organisers expect on the order of 10,000 visitors.", "on the order of 10,000", "10000", "", "count"},
	{"qualifier-before", "Fares start from as little as £5 a seat.", "as little as £5 a seat", "5", "-", "GBP/seat"},
	{"qualifier-before", "As few as 30 people turned up.", "As few as 30", "30", "-", "count"},
	{"hedge-like", "The market needs something like 50,000 new homes.", "something like 50,000", "50000", "", "count"},
	{"hedge-like", "It's like 60% black.", "like 60%", "60", "", "percent"},
	{"hedge-like", "The queue was like 200 people long.", "like 200", "200", "", "count"},
	{"hedge-like", "The real figure is more like 30 percent.", "like 30 percent", "30", "", "percent"},
}

// a payment named with its period is a rate of that period (rule
// period-pay-before: articles-dev-2 "the minimum monthly wage for garment
// workers to Tk 12,500", web-dev-4 "the average monthly rent in the
// capital to €2,440", "the minimum monthly wage would rise to RM1,700")
var periodPayCases = []ruleFormCase{
	{"period-pay-before", "The government raised the minimum monthly wage for garment workers to Tk 12,500 on Tuesday.", "Tk 12,500", "12500", "", "BDT/month"},
	{"period-pay-before", "Anwar said the minimum monthly wage would rise to RM1,700 from February.", "RM1,700", "1700", "", "MYR/month"},
	{"period-pay-before", "The report put the average monthly rent in the capital at €2,440.", "€2,440", "2440", "", "EUR/month"},
	{"period-pay-before", "Students receive a weekly allowance of £40 during term.", "£40", "40", "", "GBP/week"},
	{"period-pay-before", "Her hourly rate was $85 last year.", "$85", "85", "", "USD/hour"},
	{"period-pay-before", "You pay a monthly minimum fee of around $12.", "around $12", "12", "", "USD/month"},
	{"period-pay-before", "The daily fare is $2.75 on all lines.", "$2.75", "2.75", "", "USD/day"},
	// the earlier level set against it shares the rate
	{"level-shares-rate", "The minimum monthly wage rose to Tk 12,500 from Tk 8,000.", "Tk 8,000", "8000", "", "BDT/month"},
	{"level-shares-rate", "The monthly wage will rise to RM1,700 from February, up from RM1,500.", "RM1,500", "1500", "", "MYR/month"},
}

// TestCricketArticle: in an article about cricket (ArticleTopics) a
// sentence naming no cricket word reads its scores as runs (web-dev-4
// "an unbeaten 19 after United slumped to 102 for six in the 15th over",
// articles-dev-3 "Mulder took four for 32 and Maharaj three for 44");
// elsewhere the same sentence keeps counts.
func TestCricketArticle(t *testing.T) {
	article := "Islamabad United won the final, chasing down 160 with two wickets in hand after Multan's innings. Imad then steadied the chase with an unbeaten 19 after United slumped to 102 for six in the 15th over. Wiaan Mulder took four for 32 and Keshav Maharaj three for 44."
	topics := ArticleTopics(article)
	if !topics.Cricket {
		t.Fatalf("ArticleTopics(%q) = %+v, want cricket", article, topics)
	}
	for _, c := range []struct {
		in   string
		want map[string]string
	}{
		{"Imad then steadied the chase with an unbeaten 19 after United slumped to 102 for six in the 15th over.", map[string]string{"19": "run", "102": "run", "six": "count"}},
		{"Wiaan Mulder took four for 32 and Keshav Maharaj three for 44.", map[string]string{"four": "count", "32": "run", "three": "count", "44": "run"}},
	} {
		for _, ts := range []Topics{topics, {}} {
			got := map[string]string{}
			for _, m := range FindIn(c.in, ts) {
				if m.Kind == "claim" {
					got[c.in[m.Start:m.End]] = m.Unit
				}
			}
			for k, u := range c.want {
				if !ts.Cricket {
					u = "count" // no cricket word in the sentence, none in the article
				}
				if got[k] != u {
					t.Errorf("%+v %q: %q is %q, want %q (all: %v)", ts, c.in, k, got[k], u, got)
				}
			}
		}
	}
	for _, txt := range []string{
		"He took two for 10 and set 12 records, the police said, chasing 5 suspects over the border.",
		"The striker scored in the first half; the keeper was bowled over by the crowd.",
	} {
		if ArticleTopics(txt).Cricket {
			t.Errorf("ArticleTopics(%q) = cricket", txt)
		}
	}
}

func TestPeriodPayBefore(t *testing.T) {
	for _, c := range periodPayCases {
		m := checkForm(t, c.rule, c.in, c.text, c.low, c.high, c.unit)
		if m == nil {
			continue
		}
		if r := m.Rules(); r.Unit != c.rule {
			t.Errorf("%s: %q: read by rules %+v", c.rule, c.in, r)
		}
	}
}

// unitsCase is a text and the units of its claims, by mention text: a
// named rule must not join or change them.
type unitsCase struct {
	in   string
	want map[string]string
}

// checkUnitCases checks that each text's claims are exactly the mentions
// of want, each with its unit.
func checkUnitCases(t *testing.T, cases []unitsCase) {
	t.Helper()
	for _, c := range cases {
		got := map[string]string{}
		for _, m := range Find(c.in) {
			if m.Kind == "claim" {
				got[c.in[m.Start:m.End]] = m.Unit
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %v, want %v", c.in, got, c.want)
			continue
		}
		for k, u := range c.want {
			if got[k] != u {
				t.Errorf("%q: %q unit %q, want %q (all: %v)", c.in, k, got[k], u, got)
			}
		}
	}
}

// ruleFormNegatives are texts whose mentions a named rule must not
// join or change: mention text → its unit.
var ruleFormNegatives = []unitsCase{
	{"She paid $15 and 50 people came.", map[string]string{"$15": "USD", "50": "count"}},
	// level-shares-unit: a noun after the earlier number, a count or a
	// share as the level, no link word
	{"Shipments rose to 9 tonnes from 27 countries.", map[string]string{"9 tonnes": "tonne", "27": "count"}},
	{"The firm cut staff to 300 jobs from 450.", map[string]string{"300": "count", "450": "count"}},
	{"The harvest reached 19 tonnes and 40 farmers took part.", map[string]string{"19 tonnes": "tonne", "40": "count"}},
	// rate-any-noun: a measure, a plural, "per the", "per se", a noun
	// phrase going on
	{"The load is 20 kg per box; as per the deal he paid $5 per se and $7 per tickets.", map[string]string{"20 kg": "kg", "$5": "USD", "$7": "USD"}},
	// hyphened-unit (parts per million): people per million stay a population rate
	{"The rate was 5.2 deaths per million people.", map[string]string{"5.2 deaths per million people": "count/1000000person"}},
	// thing-years-old: a person, a name, a pronoun, people; a hyphened age
	{"She was 16 years old; the boy is 12 years old; Smith was 40 years old; the victims were 20 years old; the children were 5 years old; they were 30 years old.", map[string]string{"16 years old": "age", "12 years old": "age", "40 years old": "age", "20 years old": "age", "5 years old": "age", "30 years old": "age"}},
	// cricket-runs: no cricket word, a chase of no runs, "set" with no win
	{"He took two for 10 and police were chasing 5 suspects; she set 12 records.", map[string]string{"two": "count", "10": "count", "5": "count", "12": "count"}},
	// period-pay-before: an amount opening another noun, a period that is
	// no payment's, a yearly total, another clause or amount between
	{"Rates fell, cutting monthly payments on a $400,000 loan by about $150.", map[string]string{"$400,000": "USD", "about $150": "USD"}},
	{"The monthly report showed a deficit of $5 billion and annual profit of $2 billion.", map[string]string{"$5 billion": "USD", "$2 billion": "USD"}},
	{"The monthly rent was $2,000, but the deposit came to $300.", map[string]string{"$2,000": "USD/month", "$300": "USD"}},
	{"Weekly sales rose to $3 million and the weekly wage bill to 40 staff.", map[string]string{"$3 million": "USD", "40": "count"}},
	// change-after-level: a percent level's change is in points, a count's
	// stays a count, a word after the change ends the reading
	{"Unemployment rose to 5.2%, up 0.3 from May; the firm has 300 staff, up 20 from last year; sales hit $5m, up 20 people said.", map[string]string{"5.2%": "percent", "0.3": "count", "300": "count", "20": "count", "$5m": "USD"}},
	// marks-money: exam marks, or no other currency, stay no money
	{"She scored 95 marks out of 100 and won $50; the bill was 12 marks.", map[string]string{"95": "count", "100": "count", "$50": "USD", "12": "count"}},
	{"He got 40 marks in the exam and won $500.", map[string]string{"40": "count", "$500": "USD"}},
	// a spaced hyphen before a plural, a function word or no noun is a dash
	{"he paid 20 - dollars were lost ; we waited 5 - minute after minute ; it was 7 - mile .", map[string]string{"20": "count", "5": "count", "7": "count"}},
	// "/" after another letter is no f-number
	{"the ratio rf/2 is odd and hf/3 too .", map[string]string{"2": "count", "3": "count"}},
	// a spaced "m" of money, or beside a currency, is no metre
	{"the firm lost 3 m last year ; profits were 4 m .", map[string]string{"3": "count", "4": "count"}},
	{"he jumped 3 m and won £ 5 m .", map[string]string{"3": "count", "£ 5 m": "GBP"}},
	// a letter before "to" and no scale, or a grade, is no temperature
	{"the grade went from 3 C to B ; I have 3 C in my class .", map[string]string{"3": "count"}},
	// a lower-case "gb" before no word of data stays no unit (Great Britain)
	{"the 3 gb team won 5 gb medals .", map[string]string{"3": "count", "5": "count"}},
	// a lower-case code before a year, a percent or a word: no money
	{"the usd 2019 figure ; the eur 5% rise ; in usd terms 5 people .", map[string]string{"5%": "percent", "5": "count"}},
	// bare "dollars" after pesos (whose sign is also "$") are US dollars
	// (the suites' mixed-currency sentences; Mexican news in English)
	{"I have 10 pesos and 20 dollars; Mexico charges 500 pesos, about 29 dollars.", map[string]string{"10 pesos": "MXN", "20 dollars": "USD", "500 pesos": "MXN", "about 29 dollars": "USD"}},
	// a symbol after an amount before a number of no subunits keeps apart
	{"Notes: 5 €, 10 € 20 € and 7€ 20 times; it was 10 $ 30 people came.", map[string]string{"5 €": "EUR", "10 €": "EUR", "20 €": "EUR", "7€": "EUR", "20 times": "times", "10": "count", "$ 30": "USD"}},
	// a dash in prose before "a" is no hyphenated rate
	{"It cost $5 - a bargain - share it; they paid $9- a -share.", map[string]string{"$5": "USD", "$9": "USD"}},
	// spaced-thousands: a group not of three digits, a list around, a year
	// before a comma, or prose commas stay apart
	{"he won 3 , 2 and 1 ; rooms 5 , 100 , 20 ; in 2019 , 300 came ; Of 12, 345 voted.", map[string]string{"3": "count", "2": "count", "1": "count", "5": "count", "100": "count", "20": "count", "300": "count", "12": "count", "345": "count"}},
	// "by A to B" after a change, B far above A: a change and a new level,
	// with the unit on both (dev5 "by 14,000 yuan to 249,900 yuan";
	// web-dev-3 "rose 4.1p to 281p"; "cut by $5,000 to $49,995"), but a
	// range when B is near A or the amounts are percentages
	{"Tesla cut the price in China by 14,000 yuan to 249,900 yuan.", map[string]string{"14,000 yuan": "CNY", "249,900 yuan": "CNY"}},
	{"The plant will raise capacity by 25 tonnes to 34,500 tonnes.", map[string]string{"25 tonnes": "tonne", "34,500 tonnes": "tonne"}},
	{"The river rose by 2 metres to 3 metres overnight.", map[string]string{"2 metres to 3 metres": "m"}},
	// period-over: the period an amount is spread over is no bound
	// (dev4, dev5); "for over", "over … of", no amount before: a bound
	{"Barclays will return £10bn to shareholders over three years and cut costs.", map[string]string{"£10bn": "GBP"}},
	{"The patient lost 12kg over six months.", map[string]string{"12kg": "kg"}},
	{"They paid $5m for over 3 years.", map[string]string{"$5m": "USD", "over 3 years": "year"}},
	{"The firm has 300 staff with over 17 years of experience.", map[string]string{"300": "count", "over 17 years": "year"}},
	{"It took over three years.", map[string]string{"over three years": "year"}},
	// compound-duration: a larger second part or a count after are no
	// compound time (spaced words are one: rule compound-time)
	{"The flight took 2 hours 15 minutes.", map[string]string{"2 hours 15 minutes": "minute"}},
	{"It took 2 hours 75 minutes.", map[string]string{"2 hours": "hour"}},
	{"We waited 5min 3 times and it took 2min 75sec once.", map[string]string{"5min": "minute", "3 times": "times", "2min": "minute"}},
	// a count after an exchange rate stays a count
	{"The rupee was at 83.2 per dollar from 12 banks.", map[string]string{"83.2": "INR/USD", "12": "count"}},
	// a spaced "cv" is no power
	{"He sent his CV to 30 firms and 5 cv were read.", map[string]string{"30": "count", "5": "count"}},
	// a quarter of a noun stays a share
	{"A quarter of the points were lost.", map[string]string{"A quarter": "percent"}},
	// no cricket: a count "for" a number of things, "off" a number of
	// other things, or a cricket form in a sentence not about cricket
	{"The club sold 12 for five pounds to fans who had bought 3 balls.", map[string]string{"12": "count", "five pounds": "GBP", "3": "count"}},
	{"The bowler picked 20 for ten days of training and 12 off 3 lists.", map[string]string{"20": "count", "ten days": "day", "12": "count", "3": "count"}},
	{"The shop sold 40 for four years before it was bowled over.", map[string]string{"40": "count", "four years": "year"}},
	// a letter glued to digits without a scale word or thousands
	// separators is a name or code, not money (currency-letter)
	{"Take the R5 to Durban, wear N95 masks; the P7 squad met at G7 talks in R2.", map[string]string{}},
	{"Staff at N2 earn 9 pounds; P40 is a code.", map[string]string{"9 pounds": "GBP"}},
	{"Spreads widened 40 bps on the data and the Fed cut 25 bps.", map[string]string{"40 bps": "basis_point", "25 bps": "basis_point"}},
	{"He lives at 21st Street; the 1st and 2nd floors.", map[string]string{}},
	{"Staff wore N95 masks on the R5 road past the M4 and bay K9.", map[string]string{}},
	// the new letters too: a camera, a motorway, a car model, a fuel; and
	// the EU's NIS 2 directive is no shekels
	{"Drivers switch to E10 petrol; the Nikon D800 and the M4 motorway; BMW E30 models.", map[string]string{}},
	{"Firms must meet the NIS 2 directive and NIS2 rules by then.", map[string]string{}},
	{"Music of the late 80s filled the hall and the page turned 50 votes.", map[string]string{"50": "count"}},
	{"Vitamin c tablets of 40 c each.", map[string]string{"40": "count"}},
	{"They scored 3 goals per 10 games.", map[string]string{"3": "count", "10": "count"}},
	{"She graduated with a 3.8 GPA and painted 2 gray walls.", map[string]string{"3.8": "count", "2": "count"}},
	{"The band was big in the eighties and the sixties.", map[string]string{}},
	{"A 6ft 2 metre wall went up and the 8ft 3 times.", map[string]string{"6ft": "foot", "2 metre": "m", "8ft": "foot", "3 times": "times"}},
	{"The account stood at minus 40 after the fees.", map[string]string{"minus 40": "count"}},
	{"It cost 500 yen and 50.", map[string]string{"500 yen": "JPY", "50": "count"}},
	{"He gave 15 dollars and 50 euros.", map[string]string{"15 dollars": "USD", "50 euros": "EUR"}},
	{"The scores were 1,2,3 and 4.", map[string]string{"1": "count", "2": "count", "3": "count", "4": "count"}},
	{"It was 1,234,567 in all.", map[string]string{"1,234,567": "count"}},
	{"Sales rose from Rs 5 lakh to Rs 7 lakh.", map[string]string{"Rs 5 lakh": "INR", "Rs 7 lakh": "INR"}},
	{"Fees moved from USD 5 to EUR 10.", map[string]string{"USD 5": "USD", "EUR 10": "EUR"}},
	{"He ran 5 km 2 times.", map[string]string{"5 km": "km", "2 times": "times"}},
	{"The Samsung Galaxy S23 sold well.", map[string]string{}},
	{"Two and a third candidate entered.", map[string]string{"Two": "count"}},
	{"He chose one over the other.", map[string]string{}},
	{"Some 2 million and one in five of them voted.", map[string]string{"Some 2 million": "count", "one in five": "percent"}},
	{"It won one over 20 rivals.", map[string]string{"one": "count", "over 20": "count"}},
	{"Children 12 and under the age limit ride free.", map[string]string{"12": "count"}},
	{"It has 5 and more than 10 others.", map[string]string{"5": "count", "more than 10": "count"}},
	{"He earned more than $100 and less than 5 percent.", map[string]string{"more than $100": "USD", "less than 5 percent": "percent"}},
	{"A quarter of voters backed him.", map[string]string{"A quarter": "percent"}},
	{"A 500-pound bomb fell.", map[string]string{"500-pound": "lb"}},
	{"He got a 10-pound increase.", map[string]string{"10": "count"}},
	{"He scored 3 x 10 in the game.", map[string]string{"3": "count", "10": "count"}},
	{"The rate went from 10% to 5%.", map[string]string{"10%": "percent", "5%": "percent"}},
	{"He has 10 gb left.", map[string]string{"10": "count"}},
	{"The 500 cr figure was cited.", map[string]string{"500": "count"}},
	{"It came 2 in long-term value.", map[string]string{"2": "count"}},
	{"It was 2 in 10 people.", map[string]string{"2 in 10": "percent"}},
	{"Robotic mowers can handle slopes of up to 45% and more.", map[string]string{"up to 45%": "percent"}},
	{"Veterans marked World War 2 V-day.", map[string]string{}},
	{"Heat the water to 135 and then 212 degrees.", map[string]string{"135": "count", "212 degrees": "degree"}},
	// digits and scale words in a chain take the unit after them whole
	// (the peer suites' "3 hundred and 21 yuan" is 321 yuan); over a
	// million scale they stay two
	{"They added 3 hundred and 20 km of track.", map[string]string{"3 hundred and 20 km": "km"}},
	{"It costs 2 million and 5 dollars less.", map[string]string{"2 million": "count", "5 dollars": "USD"}},
	{"Profits rose $5 m in May.", map[string]string{"$5 m": "USD"}},
	{"He paid 5 db for it.", map[string]string{"5": "count"}},
	{"She won a fifth term in a third round.", map[string]string{}},
	{"He said \"I paid 10\" and left.", map[string]string{"10": "count"}},
	{"He won 3 games as Euro 2024 marks 50 years; the dollar 1.2% higher.", map[string]string{"3": "count", "1.2%": "percent"}},
	{"It was 30C, 10K runners came.", map[string]string{"30C": "celsius", "10K": "count"}},
	{"Turn it 30 degrees (5 times) to the left.", map[string]string{"30 degrees": "degree", "5 times": "times"}},
	{"He ran 2 bar tabs and 45 tops sold.", map[string]string{"2": "count", "45": "count"}},
	{"It shoots 1920x1080 video on a 3x10 grid.", map[string]string{}},
	{"The engine meets Euro 6 standards.", map[string]string{"6": "count"}},
	{"See items (1,2) of the list.", map[string]string{"1": "count", "2": "count"}},
	{"She won the 100m men's and women's relay heats.", map[string]string{"100m": "m"}},
	{"The airline ordered 20 of the 350x jets.", map[string]string{"20": "count"}},
	{"Labour has 400 MPs and 3 MP candidates.", map[string]string{"400": "count", "3": "count"}},
	{"He won 2 t-shirts and I can't find 3 t's.", map[string]string{"2": "count", "3": "count"}},
	{"He scored 2 / 3 in the test , open 24 / 7 .", map[string]string{"2": "count", "3": "count", "24": "count", "7": "count"}},
	{"He ran 5 m/ 3 laps and 24/7 service.", map[string]string{"5": "count", "3": "count"}},
	{"The fee rose to 12,50 in May.", map[string]string{"12": "count", "50": "count"}},
	{"He played rounds 1,2 and 3 with 1,300 fans.", map[string]string{"1": "count", "2": "count", "3": "count", "1,300": "count"}},
	{"Items 1 . 2 . 3 apply to 7 firms.", map[string]string{"1": "count", "2": "count", "3": "count", "7": "count"}},
	{"He packed 3 C batteries and 2 F clamps.", map[string]string{"3": "count", "2": "count"}},
	{"Under section 5 C of the act, hot tubs are taxed.", map[string]string{}},
	{"The March 2021 C.P.I. forecast is the median estimate.", map[string]string{}},
	{"The weather service issued 12 C.O.D. notices.", map[string]string{"12": "count"}},
	{"The Boeing 777 F was cleared in the heat.", map[string]string{}},
	{"It took two seconds and a third of a minute.", map[string]string{"two seconds": "second", "a third": "percent"}},
	{"He came in a twelfth place finish.", map[string]string{}},
	{"Revenue was $1.2bn a year earlier and will be $5bn a year from now.", map[string]string{"$1.2bn": "USD", "$5bn": "USD"}},
	{"Sales rose 5% a year on, and 3% a year since.", map[string]string{"5%": "percent", "3%": "percent"}},
	{"Pilots pulled 9g in turns as 5g phones rang.", map[string]string{}},
	{"He toured 5 Oz cities with 20 HP printers.", map[string]string{"5": "count", "20": "count"}},
	{"More than half a million voted and half a dozen stayed home.", map[string]string{"More than half a million": "count", "half a dozen": "count"}},
	{"Half a team showed up, half the town stayed.", map[string]string{"half": "percent"}},
	{"She sang 'Route 66' twice and 'Take 5' once.", map[string]string{}},
	{"Servers with 128 AMD EPYC cores and 3 AMD GPUs ran the model.", map[string]string{"128": "count", "3": "count"}},
	{"One CAD files were shared with 12 CAD designers.", map[string]string{"One": "count", "12": "count"}},
	// "PHP 8.4" is the language's version (WCXB: "PHP 8.5", "PHP 8.4"),
	// "PHP 500" pesos
	{"PHP 8.4 shipped, PHP 7 sites remain and fares rose to PHP 500 or PHP 20.50.", map[string]string{"PHP 500": "PHP", "PHP 20.50": "PHP"}},
	// a code glued to digits that names a thing (trafilatura and WCXB:
	// "COP26", "COP27", "COP28"; WCXB: "ESP32", "ARM64"), not money;
	// "USD50" stays money
	{"Leaders met at COP27 after COP26 and an ESP32 board on ARM64 cost USD50.", map[string]string{"USD50": "USD"}},
	// a glued C or F after "the" names a model unless a word of
	// temperature or time follows (WCXB: "the 100F actually absorbs
	// bumps", "See the 2C at Amazon"; "the 5C NFC" before a name; a URL's
	// "%2F"): no claim at all since the letter-name kind rule (models'
	// names, as "iPhone 11")
	{"The 100F actually absorbs bumps; see the 2C at Amazon.", map[string]string{}},
	{"Britain sweltered in the 40C heat and the 35C day after.", map[string]string{"40C": "celsius", "35C": "celsius"}},
	// a glued "p" after a resolution or before a word of video or display
	// is a format, no pence (WCXB dev bodies of several sites: "4K/30p",
	// "8K 60p video", "FHD 120p", "a 16-inch 1200p display", "328p-based")
	{"Video: 4K/30p, FHD 120p, and a 1200p display; 328p-based boards sold for 450p.", map[string]string{"30": "count", "1200": "count", "328": "count", "450p": "GBP"}},
	// "4K", "8K" before a format, output or a TV are video standards, no
	// thousands (ingest-dev: "4K Smart HDTV", "4K output"; WCXB: "8K 60p")
	{"It shoots 8K 60p and 4K/30p, has 4K output and a 4K Smart HDTV; 150K customers.", map[string]string{"30": "count", "150K": "count"}},
	{"The stock paid $2 a share a year ago.", map[string]string{"$2 a share": "USD/share"}},
	{"A $500,000 business invested $20,000 in ads.", map[string]string{"$500,000": "USD", "$20,000": "USD"}},
	{"It Is Not A Radical Idea To Ask For A $15 Minimum Wage.", map[string]string{"$15": "USD"}},
	{"Tickets cost A$25 and C $ 1.34 a share.", map[string]string{"A$25": "AUD", "C $ 1.34 a share": "CAD/share"}},
	{"She won 12 Grand Slam titles and 3 grand prizes.", map[string]string{"12": "count", "3": "count"}},
	{"Bucks 110 edged the Celtics on Friday.", map[string]string{"110": "count"}},
	{"Sizes run up to 3X and the KQi 300X and Nexus 5X sold out.", map[string]string{}},
	{"Fans of the '90s bought 12' tall posters.", map[string]string{"12'": "foot"}},
	{"The ship sat at 40°26′46″N for 3 days.", map[string]string{"40°": "degree", "26": "count", "46": "count", "3 days": "day"}},
	{"Pilots pulled 9 g in the turn and 4 g later.", map[string]string{"9": "count", "4": "count"}},
	{"The camera records 1080p video and costs 1,000 yen.", map[string]string{"1,000 yen": "JPY"}},
	// a currency word before a contraction is a verb (WCXB dev bodies:
	// "The next one won't come soon"; "one won’t", curly); "won" money stays
	// (the pronoun "one" before "won't" is no count: kind rule pronoun-one)
	{"The next one won't come soon, and that one won’t either; lunch cost 9,000 won.", map[string]string{"9,000 won": "KRW"}},
	// "EV" in capitals is an electric vehicle, "eV" electronvolts (WCXB
	// dev bodies: "tie you to one EV"; the peer suites: "1.7 eV", "4 TeV")
	{"They tie you to one EV, while silicon has a 1.7 eV bandgap and the LHC ran at 4 TeV.", map[string]string{"one": "count", "1.7 eV": "eV", "4 TeV": "TeV"}},
	// a slash between two amounts of one unit pairs them; a rate is per a
	// power of ten (WCXB dev bodies: "3.75 mg/23 mg to 15 mg/92 mg" doses;
	// "5.6 l/100km", "16 kWh/100 km")
	{"Doses run from 3.75 mg/23 mg; the car uses 5.6 l/100km or 16 kWh/100 km.", map[string]string{"3.75 mg": "mg", "23 mg": "mg", "5.6 l/100km": "litre/100km", "16 kWh/100 km": "kWh/100km"}},
	{"Tablets of 7.5 mg/46 mg were approved.", map[string]string{"7.5 mg": "mg", "46 mg": "mg"}},
	// a vague amount before "of" and a noun that is no unit stays a count
	// "a" before a time unit with no "old" after it is no age nor number
	{"He waited a year, then a decade passed; an old man came.", map[string]string{}},
	// a bound of a population's ages is no one's age; a lone y and o no age
	{"People aged over 65 and children aged under 5 were vaccinated.", map[string]string{}},
	{"Rows 3 y and 4 o were full.", map[string]string{"3": "count", "4": "count"}},
	// "by" between a count or a percent is no size
	{"They won 12 by 15 votes; shares rose 3 by 5 percent.", map[string]string{"12": "count", "15": "count", "3": "count", "5 percent": "percent"}},
	// with no dimension noun, a spaced "in" or "m" at a clause end is none
	{"He won 5 m. They scored 2 in.", map[string]string{"5": "count", "2": "count"}},
	// a wine aged in oak has a duration, no age
	{"The wine was aged 12 years in oak and sold for 40 euros.", map[string]string{"40 euros": "EUR"}},
	// a comma before more of the smaller unit than makes one keeps two
	{"The bag held 5 pounds, 20 ounces of it spilled.", map[string]string{"5 pounds": "lb", "20 ounces": "oz"}},
	// "below" a target is no temperature
	{"Sales were 5 below the target and temperatures were mild.", map[string]string{"5": "count"}},
	// a share price's high is no temperature
	{"Shares hit a high of 93 on Friday and a low of 80.", map[string]string{"93": "count", "80": "count"}},
	// an initial after a degree sign is no scale
	{"The vane turned 45° C.S. Lewis wrote.", map[string]string{"45°": "degree"}},
	// "no one" before a unit word stays a pronoun
	{"No one foot soldier was hurt, and anyone mile-high left.", map[string]string{}},
	// a slashed pair with no mmHg after it stays one other number
	{"The vote was 140/90 and the ward measured 80 mm.", map[string]string{"80 mm": "mm"}},
	// a dash between clauses before a temperature is no minus
	{"It was a mild day - 20 degrees by noon - and the score was 3 - 20.", map[string]string{"20 degrees": "degree", "3 - 20": "count"}},
	// the sides of a size are no years ("a 1920 x 1080 screen": one pixel
	// size of kind other, rule size-spaced)
	{"It has a 1920 x 1080 screen and a 2000 × 3000 mm rug; in 1920 x rose.", map[string]string{"2000": "mm", "3000 mm": "mm"}},
	// a spaced lower-case "v" is versus, no volt (web-dev-1: "722 v. 667";
	// match reports); glued or capital it stays volts; bytes stay bytes
	{"The score was 722 v. 667, City won 3 v 2, the pack gives 230v and 12 V.", map[string]string{"722": "count", "667": "count", "3": "count", "2": "count", "230v": "volt", "12 V": "volt"}},
	{"It ships 20TB drives with 8GB of RAM; Greenland lost 5 Gt of ice.", map[string]string{"20TB": "TB", "8GB": "GB", "5 Gt": "Gt"}},
	{"They sold 40 per square deal.", map[string]string{"40": "count"}},
	// a slashed pair after "on", "since" or alone stays a date
	{"The office closes on 3/4 and sales since 7/28 rose 5%.", map[string]string{"5%": "percent"}},
	// no index named, a count, a year or a small number stays
	{"The firm sold 5,000 cars to dealers; the index has 30 stocks; it fell to 90.", map[string]string{"5,000": "count", "30": "count", "90": "count"}},
	// a measure keeps its unit (quantity dev4, the peer suites); the rate
	// after its substance is a rate (rule rate-of-substance: ANNOTATION.md's
	// rates, web-dev-1, web-dev-4; dev4's gold reads "tonne" here)
	{"A 5MW electrolyser will produce up to 2 tonnes of hydrogen a day.", map[string]string{"5MW": "MW", "up to 2 tonnes of hydrogen a day": "tonne/day"}},
	// a measure with no time after its substance keeps its unit
	{"A 5MW electrolyser produced 2 tonnes of hydrogen in a week.", map[string]string{"5MW": "MW", "2 tonnes": "tonne"}},
	// a point in time, a preposition, a name or no noun makes no rate
	{"It fired 1 percent of the bank's 100,000 retail bankers every year and its 3,000 staff each year.", map[string]string{"1 percent": "percent", "100,000": "count", "3,000": "count"}},
	{"Apple sold 50 million iPhones a year earlier; he hired 300 workers in a year; the 263 daily papers closed; it sold 20 Boeing jets a year.", map[string]string{"50 million": "count", "300": "count", "263": "count", "20": "count"}},
	// other words between a number and "points" make no points
	{"The 10 key points of the plan drew 5 new members.", map[string]string{"10": "count", "5": "count"}},
	// one currency, or no currency word after "to the", is no exchange rate
	{"Creditors got 50 cents per dollar; the lira fell 2% against the dollar; it sold 3,000 cars to the dealer.", map[string]string{"50 cents": "USD", "2%": "percent", "3,000": "count"}},
	// an article after the verb leaves the amount exact
	{"It raised $500,000, surpassing the $394,000 raised in 2019.", map[string]string{"$500,000": "USD", "$394,000": "USD"}},
	// a modal "may" before a number and a verb stays a modal
	{"prices may 19 rise and they may 2 go.", map[string]string{"19": "count", "2": "count"}},
	// a score with no scale stays a count
	{"The diver won with a score of 409.30.", map[string]string{"409.30": "count"}},
	// an estimate's noun with "of" before the amount stays exact (quantity
	// dev gold)
	{"Ackman sold his stake at an estimated loss of $473 million.", map[string]string{"$473 million": "USD"}},
	// golf clubs named by a number are no claims (kind rule golf-club:
	// quantity dev "9-iron"; the peer suites "9 - iron"); a count of irons is
	{"He hit a 9-iron, then a 9 - iron and a 3-wood; he owns 3 irons.", map[string]string{"3": "count"}},
	// "in 4K" before a function word is the video standard ("runs at 60fps
	// in 4K on a 240Hz monitor"; "in 4K." above)
	{"The game runs at 60fps in 4K on a 240Hz monitor.", map[string]string{"60fps": "fps", "240Hz": "Hz"}},
	// a person's age as a complement or after a life event (the peer
	// suites' ages; obituaries and court news)
	{"My daughter is 3 and my son is 5; the boy, who is six, was unhurt; he was 21 when he joined.", map[string]string{"3": "age", "5": "age", "six": "age", "21": "age"}},
	{"He retired at 65 and she died at 92.", map[string]string{"65": "age", "92": "age"}},
	// the copula contracted or after a modal, and one of a group of
	// people (articles-dev-5 "She's 79. She'll be 84 before she's seen";
	// articles-dev-3 "the youngest of her clients was 79")
	{"She's 79. She'll be 84 before she's seen, and he's 12.", map[string]string{"79": "age", "84": "age", "12": "age"}},
	{"The youngest of her clients was 79; the eldest of the children is 12, and he will be 30 before long.", map[string]string{"79": "age", "12": "age", "30": "age"}},
	// (every plural of people without an "s": peoplePlurals)
	{"The oldest of the men was 79; the eldest of the twins is 12.", map[string]string{"79": "age", "12": "age"}},
	// no person, a group of things, a modal's other verb: no age
	{"The oldest of the buildings was 79; it's 12 now; she will have 30 by May; the team'll be 84 short.", map[string]string{"79": "count", "12": "count", "30": "count", "84": "count"}},
	// no person, an ordinal or a unit: no age
	{"The score was 21 when he left; he was 21st; she is 5 feet tall; it retired at 65 mph.", map[string]string{"21": "count", "5 feet": "foot", "65 mph": "mph"}},
	// over-65s and under-25s bound a population, no claim
	{"Over-65s get the jab first and under-25s later.", map[string]string{}},
	// a hyphened "in" between numbers is no inch; a 2-in pipe is
	{"About 1-in-5 adults use a 2-in pipe.", map[string]string{"About 1-in-5": "percent", "2-in": "inch"}},
	// a letter and digits with no cents nor price verb stay a code
	{"The R25 road, the K9 unit, form P5 and release R2.1 shipped.", map[string]string{}},
	// a bracketed amount after a noun or an amount restates or converts it
	{"A fine of 500 euros ($560) was paid; the deficit (£2.3m) grew; milk (45p) rose.", map[string]string{"500 euros": "EUR", "$560": "USD", "£2.3m": "GBP", "45p": "GBP"}},
	{"Dozens of people and hundreds of yearlings came to hundreds of seconds-long meetings.", map[string]string{"Dozens": "count", "hundreds": "count"}},
	// the verb "runs" after a name's number, "over" singular: no unit
	{"Route 66 runs through Arizona; prices rose 5 over the year and he was 10 over par.", map[string]string{"5": "count", "10": "count"}},
	// a name, a point in time or no rate after the substance: no rate
	{"The mine shipped 2 million tonnes of coal a year earlier; it sold 300 kg of Ghanaian cocoa per week; 10 km of the road.", map[string]string{"2 million tonnes": "tonne", "300 kg": "kg", "10 km": "km"}},
	// no rate before, another currency, or more than a short phrase between: no shared rate
	{"It costs $5 a day and 300 people came from 20 towns; fuel cost $3 a gallon, up from £4; rent is $900 a month in the city centre near the old docks, up from 700.", map[string]string{"$5 a day": "USD/day", "300": "count", "20": "count", "$3 a gallon": "USD/gallon", "£4": "GBP", "$900 a month": "USD/month", "700": "count"}},
	// initials that spell no unit, or a name's initials: no unit
	{"He won 5 a.m. races and 3 U.N. votes.", map[string]string{"3": "count"}},
	// a population with no rate named, or a number after another: no rate
	// (a year between dates the rate and does not block it: web13forms_test.go)
	{"The city of 100,000 people has 20 schools; the rate per 1,000 people in 12 towns was 5.", map[string]string{"100,000": "count", "20": "count", "12": "count", "5": "count"}}, // ("per 1,000 people" is no claim: rule rate-base)
	// an acceleration test named by "0-60" is no claim; whole numbers glued
	// to "s" are decades, ages or codes
	{"Its 0-60 time is 3.5s; in the 1990s, 4s and 6s were hit.", map[string]string{"3.5s": "second"}},
	// a name before a noun that is no unit: no unit
	{"He sold 20 Tesla cars and won 3 Grammy awards.", map[string]string{"20": "count", "3": "count"}},
	// one thing worth the amount: the amount
	{"A 5 million-dollar deal was signed and the 5 million-dollar fund grew.", map[string]string{"5 million-dollar": "USD"}},
	// a multiple before a word of multiples stays one; a model stays a code
	{"It offers a 5x Optical Zoom; the 777x Boeing flew.", map[string]string{"5x": "times"}},
	// a hedge before "half" of a match, a time or a compound stays no share
	{"They were perhaps the better side in the second half; maybe half-time came too soon and he was possibly half-asleep.", map[string]string{}},
	// "a year and a half" placing a time is no claim; "a year" then "and a half-day" is no 1.5
	{"A month and a half before the vote, and an hour and a half later, he spent a day and a half-day there.", map[string]string{}},
	// "a couple" without a scale word is no number; "couple" as a noun
	{"We waited a couple of days; the couple paid a couple hundred.", map[string]string{"a couple hundred": "USD"}},
	{"A couple of thousand-year-old trees and the couple's dozen hens survived.", map[string]string{}},
	// "a half" without "dozen" is no six: "a half-point hike" is read as points
	{"He ran a half marathon in a half-hour; a half-dozen-strong crew cheered.", map[string]string{}},
	// "half" before a possessive is a share of it (fresh-13 "Half my
	// paycheque goes to rent", WCXB "half your code", "half your
	// attention"); "the second half", "half-time" stay none
	{"Half my paycheque goes to rent and half your savings go too.", map[string]string{"Half": "percent", "half": "percent"}},
	{"In the second half my team scored; at half-time your side led.", map[string]string{}},
	// "like" as a verb or a comparison is no hedge
	{"I would like 10 more and we'd like 20; cities like 3 others grew.", map[string]string{"10": "count", "20": "count", "3": "count"}},
}

func TestRuleForms(t *testing.T) {
	for _, c := range ruleFormCases {
		m := checkForm(t, c.rule, c.in, c.text, c.low, c.high, c.unit)
		if m == nil {
			continue
		}
		if r := m.Rules(); strings.TrimSuffix(r.Unit, "+currency-of-place") != c.rule && r.Qualifier != c.rule {
			t.Errorf("%s: %q: read by rules %+v", c.rule, c.in, r)
		}
	}
}

func TestRuleFormNegatives(t *testing.T) {
	checkUnitCases(t, ruleFormNegatives)
}
