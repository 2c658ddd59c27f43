package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// web5FormCases are forms of real web copy seen in
// testdata/quantities/web-dev-5.txt and a second source each (named in
// the rule's comment), written with varied wording, with negatives.
var web5FormCases = []struct {
	in   string
	want []want
}{
	// time-per-time: a time per a longer time keeps its denominator
	{"Spending 6 to 8 hours a day in a chair weakens your core.", []want{w("6 to 8 hours a day", "6", "8", "range", "hour/day")}},
	{"Average no more than 15 minutes per day of training.", []want{w("no more than 15 minutes per day", "-", "15", "at_most", "minute/day")}},
	{"Teens spend about nine hours a day with screens.", []want{w("about nine hours a day", "9", "9", "about", "hour/day")}},
	{"Nurses often work 60 hours a week.", []want{w("60 hours a week", "60", "60", "exact", "hour/week")}},
	{"Run for 30 minutes/day to start.", []want{w("30 minutes/day", "30", "30", "exact", "minute/day")}},
	{"She started the job two days a week ago.", []want{nc("two days", claims.KindDuration)}},
	{"Take a short walk for two to three minutes each hour.", []want{w("two to three minutes each hour", "2", "3", "range", "minute/hour")}},
	{"Practise for 5 minutes every day.", []want{w("5 minutes every day", "5", "5", "exact", "minute/day")}},
	{"Shift your position every 20 to 30 minutes each day.", []want{nc("20 to 30 minutes each day", claims.KindDuration)}},
	{"A fellow who spends about 60 hours a week doing research took issue.", []want{w("about 60 hours a week", "60", "60", "about", "hour/week")}},
	{"The center is open 24 hours a day.", []want{nc("24 hours a day", claims.KindDuration)}},
	{"The 10 minutes a day ago were lost.", []want{nc("10 minutes", claims.KindDuration)}},
	// a device's runtime is a measured spec, even after "the"
	{"The 5 to 6 hours of battery life is less than we'd like.", []want{w("5 to 6 hours", "5", "6", "range", "hour")}},
	{"You get the 30 hours of playback the case promises.", []want{w("30 hours", "30", "30", "exact", "hour")}},
	{"The watch has the 40 hours of GPS tracking we need.", []want{w("40 hours", "40", "40", "exact", "hour")}},
	{"The 12 days of Christmas are over.", []want{nc("12 days", claims.KindDuration)}},
	{"It now charges via USB-C with a longer 12-hour battery life.", []want{w("12-hour", "12", "12", "exact", "hour")}},
	{"Its 40-hour runtime beats rivals.", []want{w("40-hour", "40", "40", "exact", "hour")}},
	{"A 72-hour period passed.", []want{nc("72-hour", claims.KindDuration)}},
	{"Over the past 10 years of work, prices rose.", []want{nc("10 years", claims.KindDuration)}},
	// video-standard-name: a video standard ending a product's name or
	// naming a camera's; counts and measures stay claims
	{"Arlo Pro 5S 2K – Best home security camera overall", []want{nc("5S", claims.KindIdentifier), nc("2K", claims.KindIdentifier)}},
	{"It is the best choice for a battery-powered 2K security camera.", []want{nc("2K", claims.KindIdentifier)}},
	{"Stream it on the Apple TV 4K tonight.", []want{nc("4K", claims.KindIdentifier)}},
	{"Buy the SCI 4K Bullet Camera for your porch.", []want{nc("4K", claims.KindIdentifier)}},
	{"Pick one of the best 4K PoE cameras.", []want{nc("4K", claims.KindIdentifier)}},
	{"The mouse supports an 8K polling rate.", []want{w("8K", "8000", "8000", "exact", "count")}},
	{"The page passed Instagram 4K followers last week.", []want{w("4K", "4000", "4000", "exact", "count")}},
	{"It costs $2K for the Apple TV.", []want{w("$2K", "2000", "2000", "exact", "USD")}},
	// model-line-number: a model number after a product-line word
	{"Oral-B iO Series 10 at Amazon", []want{nc("10", claims.KindIdentifier)}},
	{"Voom Sonic Pro 5 Electronic Toothbrush at Amazon", []want{nc("5", claims.KindIdentifier)}},
	{"Galaxy Z Flip 6 Review: Small And Mighty", []want{nc("6", claims.KindIdentifier)}},
	{"Garmin Forerunner Pro 3 Is Here", []want{nc("3", claims.KindIdentifier)}},
	{"They Won The World Series 2024 Title", []want{nc("2024", claims.KindYear)}},
	// from-level-year: the year of the earlier level stands before "to"
	{"Spending is projected to rise from $752.4 billion in 2024 to $2.4 trillion in 2030.", []want{w("$752.4 billion", "752400000000", "752400000000", "exact", "USD"), nc("2024", claims.KindYear), chg(w("$2.4 trillion", "2400000000000", "2400000000000", "exact", "USD"), "up"), nc("2030", claims.KindYear)}},
	{"Overdose deaths increased from 253 deaths in 2018 to 723 deaths in 2022.", []want{w("253", "253", "253", "exact", "count"), nc("2018", claims.KindYear), chg(w("723", "723", "723", "exact", "count"), "up"), nc("2022", claims.KindYear)}},
	{"Revenue fell from $17 billion in 2022 to $12 billion.", []want{w("$17 billion", "17000000000", "17000000000", "exact", "USD"), nc("2022", claims.KindYear), chg(w("$12 billion", "12000000000", "12000000000", "exact", "USD"), "down")}},
	// "went from" states a movement (rule from-to-movement, forms20: the
	// quantities web-dev-13 gold labels "went from 458 per 100,000 in 2011
	// to 753 per 100,000" up), so the new level takes its direction
	{"The count went from 5 in 2019 to 9 in 2020.", []want{w("5", "5", "5", "exact", "count"), nc("2019", claims.KindYear), chg(w("9", "9", "9", "exact", "count"), "up"), nc("2020", claims.KindYear)}},
	{"He served from 2019 to 2021.", []want{nc("from 2019 to 2021", claims.KindYear)}},
	// digits-and-fraction: digits and a fraction in words
	{"It took 2 and a half months to finish.", []want{w("2 and a half months", "2.5", "2.5", "exact", "month")}},
	{"She ran for 3 and a half hours.", []want{w("3 and a half hours", "3.5", "3.5", "exact", "hour")}},
	{"Add 1 and a quarter cups of flour.", []want{w("1 and a quarter cups", "1.25", "1.25", "exact", "cup")}},
	{"He scored 2 and a third candidate did not.", []want{w("2", "2", "2", "exact", "count"), nc("third", claims.KindOrdinal)}},
	{"Teams of 5 and a coach came.", []want{w("5", "5", "5", "exact", "count")}},
	// range-open-top: "+" or "or more" after a range's second end
	{"Hybrid Publishing\t$1,000 – $10,000+\tShared costs", []want{w("$1,000 – $10,000+", "1000", "-", "range", "USD")}},
	{"Replace a main disconnect for $349 - $749+ in most homes.", []want{w("$349 - $749+", "349", "-", "range", "USD")}},
	{"Expect to pay from $30 to $100 per day or more.", []want{w("from $30 to $100 per day", "30", "100", "range", "USD/day")}},
	{"Add 3-4 + 5 to get it.", []want{w("3-4", "3", "4", "range", "count"), w("5", "5", "5", "exact", "count")}},
	{"Budget $5,000 – $50,000 for a ghostwriter.", []want{w("$5,000 – $50,000", "5000", "50000", "range", "USD")}},
	// gram-letter: a spaced "g" after a number over 12 is grams
	{"1 large or 1200 g whole chicken", []want{w("1", "1", "1", "exact", "count"), w("1200 g", "1200", "1200", "exact", "g")}},
	{"1 medium onion or 125 g, chopped", []want{w("1", "1", "1", "exact", "count"), w("125 g", "125", "125", "exact", "g")}},
	{"Stir in 2.5 g salt.", []want{w("2.5 g", "2.5", "2.5", "exact", "g")}},
	{"The jet pulls 9 g turns.", []want{w("9", "9", "9", "exact", "count")}},
	// a lone signed figure is no phone number
	{"City have a goal difference of +44, eight better than Liverpool.", []want{w("44", "44", "44", "exact", "count"), w("eight", "8", "8", "exact", "count")}},
	{"Their goal difference stands at +12.", []want{w("12", "12", "12", "exact", "count")}},
	{"Call +1 202 555 0100 now.", []want{nc("+1 202 555 0100", claims.KindIdentifier)}},
	{"Dial +44 20 7946 0958 for London.", []want{nc("+44 20 7946 0958", claims.KindIdentifier)}},
	{"WhatsApp +234-803-555-0199 today.", []want{nc("+234-803-555-0199", claims.KindIdentifier)}},
	// change-amount-rate: the change of a quoted price is in the level's unit
	// (the level after "at" carries no change: dev5's header, conv19)
	{"Brent crude futures settled 87 cents lower at $77.42 a barrel.", []want{chg(w("87 cents", "0.87", "0.87", "exact", "USD/barrel"), "down"), w("$77.42 a barrel", "77.42", "77.42", "exact", "USD/barrel")}},
	{"Oil rose 24 cents, to $42.46 a barrel.", []want{chg(w("24 cents", "0.24", "0.24", "exact", "USD/barrel"), "up"), chg(w("$42.46 a barrel", "42.46", "42.46", "exact", "USD/barrel"), "up")}},
	{"Shares fell 50 cents to $12.10 a share.", []want{chg(w("50 cents", "0.5", "0.5", "exact", "USD/share"), "down"), chg(w("$12.10 a share", "12.1", "12.1", "exact", "USD/share"), "down")}},
	{"Rent rose $2, to $30 a month.", []want{chg(w("$2", "2", "2", "exact", "USD"), "up"), chg(w("$30 a month", "30", "30", "exact", "USD/month"), "up")}},
	{"It cost 87 cents and $5 a barrel.", []want{w("87 cents", "0.87", "0.87", "exact", "USD"), w("$5 a barrel", "5", "5", "exact", "USD/barrel")}},
	// currency-quote: a base currency quoted in dollars with no "per"
	{"The euro fell 0.3% to $1.0850, while sterling rose to $1.2715.", []want{chg(w("0.3%", "0.3", "0.3", "exact", "percent"), "down"), chg(w("$1.0850", "1.085", "1.085", "exact", "USD/EUR"), "down"), chg(w("$1.2715", "1.2715", "1.2715", "exact", "USD/GBP"), "up")}},
	{"The British pound traded at $1.3231 on Friday.", []want{w("$1.3231", "1.3231", "1.3231", "exact", "USD/GBP")}},
	{"The euro zone economy grew to $15 trillion.", []want{chg(w("$15 trillion", "15000000000000", "15000000000000", "exact", "USD"), "up")}},
	{"Sales in euros rose to $5 billion.", []want{chg(w("$5 billion", "5000000000", "5000000000", "exact", "USD"), "up")}},
	// version-before-release: a bare decimal before a release noun
	{"It has been loved since our 1.0 release in 2015.", []want{nc("1.0", claims.KindIdentifier), nc("2015", claims.KindYear)}},
	{"The 2.3 update fixed the battery bug.", []want{nc("2.3", claims.KindIdentifier)}},
	{"Scores rose 1.5 points after launch.", []want{chg(w("1.5 points", "1.5", "1.5", "exact", "point"), "up")}},
	{"The team shipped 2.5 builds a week.", []want{w("2.5", "2.5", "2.5", "exact", "count/week")}},
	// heading-label: a small number after a line's opening noun, before a
	// colon or a dash
	{"Example 1: Renting from Orlando International Airport (MCO)", []want{nc("1", claims.KindIdentifier)}},
	{"Myth 3: Seed oils cause a rise in chronic disease", []want{nc("3", claims.KindIdentifier)}},
	{"Factor 2 – Your Content Type and Creation Capability", []want{nc("2", claims.KindIdentifier)}},
	{"Hour 1: Provision server, install Postgres", []want{nc("1", claims.KindIdentifier)}},
	{"Customers: 40 joined the beta.", []want{w("40", "40", "40", "exact", "count")}},
	{"About 40: that is the count.", []want{w("About 40", "40", "40", "about", "count")}},
	{"We hired 12: four engineers and eight sellers.", []want{w("12", "12", "12", "exact", "count"), w("four", "4", "4", "exact", "count"), w("eight", "8", "8", "exact", "count")}},
	// model-name-end: a number ending a product's name
	{"Best Overall GPS Running Watch: Garmin Forerunner 970", []want{nc("970", claims.KindIdentifier)}},
	{"Best Value: Under Armour Sonic 7 (Men's/Women's)", []want{nc("7", claims.KindIdentifier)}},
	{"HyperX Pulsefire Haste 2 Mini", []want{nc("2", claims.KindIdentifier)}},
	{"Other picks: Chevrolet Bolt, Nissan Leaf, Hyundai Ioniq 5.", []want{nc("5", claims.KindIdentifier)}},
	{"Messi Scores 2 Goals In Final", []want{w("2", "2", "2", "exact", "count")}},
	{"Manchester United 2, Liverpool 1", []want{w("2", "2", "2", "exact", "count"), w("1", "1", "1", "exact", "count")}},
	{"Rates Peaked In 2023 (Again)", []want{nc("2023", claims.KindYear)}},
	// size-spaced: a pixel size with a spaced times sign
	{"A 1920 x 1080 screen is fine for office work.", []want{nc("1920 x 1080", claims.KindOther)}},
	// (the "3K" a camera shoots is a video standard, an identifier as the
	// golds label "2K", "4K", "8K": rule video-standard since kinds19)
	{"The wide camera shoots 3K (2880 x 1620 pixels) video.", []want{nc("3K", claims.KindIdentifier), nc("2880 x 1620", claims.KindOther)}},
	{"It measures 100 x 200 mm.", []want{w("100", "100", "100", "exact", "mm"), w("200 mm", "200", "200", "exact", "mm")}},
	{"Use 4 x 100 relay teams.", []want{w("4", "4", "4", "exact", "count"), w("100", "100", "100", "exact", "count")}},
	// an all-capital "HR" before a word is human resources
	{"We compared 15 HR consulting firms.", []want{w("15", "15", "15", "exact", "count")}},
	{"Most firms outsource at least one HR function.", []want{w("at least one", "1", "-", "at_least", "count")}},
	{"The ride took 2 hr.", []want{w("2 hr", "2", "2", "exact", "hour")}},
	{"The shop is open 24 HR.", []want{nc("24 HR", claims.KindDuration)}},
	// race-time: a race time written with colons is seconds
	{"Kipchoge won in 2:02:42 in Berlin.", []want{w("2:02:42", "7362", "7362", "exact", "second")}},
	{"The Kenyan runner clocked 14:00.21 over the distance.", []want{w("14:00.21", "840.21", "840.21", "exact", "second")}},
	{"He ran a 2:21:05 marathon.", []want{w("2:21:05", "8465", "8465", "exact", "second")}},
	{"The meeting is at 10:30:15 on Monday.", []want{nc("10:30:15", claims.KindTime)}},
	{"It starts in 10:30:00 am.", []want{nc("10:30:00 am", claims.KindTime)}},
	// currency-letter: a change of a price or a price closing a clause
	{"The fare rose R5 to R25 this week.", []want{chg(w("R5", "5", "5", "exact", "ZAR"), "up"), chg(w("R25", "25", "25", "exact", "ZAR"), "up")}},
	{"The plan includes 54GB of data a month for R399.", []want{w("54GB of data a month", "54", "54", "exact", "GB/month"), w("R399", "399", "399", "exact", "ZAR")}},
	{"The R5 camera is great.", []want{nc("R5", claims.KindIdentifier)}},
	{"I voted for R5.", []want{nc("R5", claims.KindIdentifier)}},
	// the Unicode hyphen (U+2010) joins a modifier as "-" does
	{"A 6‐month prospective survey of drug reactions.", []want{nc("6‐month", claims.KindDuration)}},
	{"The 10‑year plan starts now.", []want{nc("10‑year", claims.KindDuration)}},
	// year-part: a quarter on its own after a word of time is a date
	{"It is on par with the sometime late Q1 timeline.", []want{nc("Q1", claims.KindDate)}},
	{"The feature launches in Q2 for all users.", []want{nc("Q2", claims.KindDate)}},
	{"The Q5 model sold 300 units.", []want{nc("Q5", claims.KindIdentifier), w("300", "300", "300", "exact", "count")}},
	{"Buy the H2 headphones today.", []want{nc("H2", claims.KindIdentifier)}},
	// per-share-noun: money after earnings per share is per share
	{"Analysts had expected adjusted EPS of 97 cents on sales of $5.2bn.", []want{w("97 cents", "0.97", "0.97", "exact", "USD/share"), w("$5.2bn", "5200000000", "5200000000", "exact", "USD")}},
	{"The firm posted EPS of $6.36 for the year.", []want{w("$6.36", "6.36", "6.36", "exact", "USD/share")}},
	{"Adjusted earnings per share of $1.20 beat forecasts.", []want{w("$1.20", "1.2", "1.2", "exact", "USD/share")}},
	{"It paid a dividend of $2 billion.", []want{w("$2 billion", "2000000000", "2000000000", "exact", "USD")}},
	// money saved is a price cut only when a discount follows
	{"Shoppers can save $300 on the TV.", []want{chg(w("$300", "300", "300", "exact", "USD"), "down")}},
	{"Save $20 with code SPRING today.", []want{chg(w("$20", "20", "20", "exact", "USD"), "down")}},
	{"You might set a goal to save $5,000 for an emergency fund.", []want{w("$5,000", "5000", "5000", "exact", "USD")}},
	{"Many aim to save $5,001 or more this year.", []want{w("$5,001 or more", "5001", "-", "at_least", "USD")}},
	// "up"/"down" before "the" or "up to N" after a number state no change
	{"Movers work within 50 miles down the road.", []want{w("50 miles", "50", "50", "exact", "mile")}},
	{"They survive submersion for 30 minutes up to three meters deep.", []want{w("30 minutes", "30", "30", "exact", "minute"), w("up to three meters", "-", "3", "at_most", "m")}},
	{"The index ended 20 points down.", []want{chg(w("20 points", "20", "20", "exact", "point"), "down")}},
	{"Shares were 5% up on the day.", []want{chg(w("5%", "5", "5", "exact", "percent"), "up")}},
	// rate-of-substance: two substances joined by "and" or "&"
	{"Eat at least 2.5 cups of beans and lentils a week.", []want{w("at least 2.5 cups of beans and lentils a week", "2.5", "-", "at_least", "cup/week")}},
	{"Adults should eat 400 g of fruit and vegetables a day.", []want{w("400 g of fruit and vegetables a day", "400", "400", "exact", "g/day")}},
	{"Aim for 400 g of fruit & veg per day.", []want{w("400 g of fruit & veg per day", "400", "400", "exact", "g/day")}},
	{"He bought 3 kg of apples and then left a day later.", []want{w("3 kg", "3", "3", "exact", "kg")}},
	// currency-pair: one price in two currencies
	{"You can get a capable band for around $50/£50.", []want{w("around $50", "50", "50", "about", "USD"), w("£50", "50", "50", "about", "GBP")}},
	{"Perfect Privacy charges €7.68/$8.95 monthly on its plans.", []want{w("€7.68", "7.68", "7.68", "exact", "EUR/month"), w("$8.95 monthly", "8.95", "8.95", "exact", "USD/month")}},
	{"For just $99/£99, it is crammed with features.", []want{w("$99", "99", "99", "exact", "USD"), w("£99", "99", "99", "exact", "GBP")}},
	{"It sold for over $5 and £4 later.", []want{w("over $5", "5", "-", "more_than", "USD"), w("£4", "4", "4", "exact", "GBP")}},
	// a bracketed number after a capitalised word is an age only after a
	// spaced name, whole, with no colon after
	{"Interoperability (10): How well can the software talk.", []want{w("10", "10", "10", "exact", "count")}},
	{"Better Bluetooth (5.0) is coming.", []want{w("5.0", "5", "5", "exact", "count")}},
	{"Sun SPARC (20) and UltraSPARC machines.", []want{w("20", "20", "20", "exact", "count")}},
	{"John Smith (45) was charged.", []want{w("45", "45", "45", "exact", "age")}},
	// big-O notation is no count
	{"The witness stores only the O(1) latest checkpoint.", []want{nc("1", claims.KindOther)}},
	{"Lookups run in O(1) time.", []want{nc("1", claims.KindOther)}},
}

func TestWeb5Forms(t *testing.T) { checkCases(t, web5FormCases) }
