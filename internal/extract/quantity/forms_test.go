package quantity

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// formCase is one mention of a form (units, currencies,
// scales, rates, signs): the sentence, the mention's text, its bounds
// ("" = same as low) and unit. Each form is written in varied wording from
// at least two independent sources.
type formCase struct {
	form, in, text, low, high, unit string
}

var formCases = []formCase{
	// a change "by" an amount and a new level scaled beyond it (web-dev-4:
	// "climbing by 79,000 to 8.4 million"; labour and sales news); one scale
	// after two numbers is a range ("by 2 to 3 million")
	{"change-and-level", "The number of people without work climbed by 79,000 to 8.4 million.", "79,000", "79000", "", "count"},
	{"change-and-level", "Subscribers grew by 1.5 million to 7 million in the year.", "1.5 million", "1.5e6", "", "count"},
	{"change-and-level", "Subscribers grew by 1.5 million to 7 million in the year.", "7 million", "7e6", "", "count"},
	{"range", "Sales rose by 2 to 3 million units.", "2 to 3 million", "2e6", "3e6", "count"},
	// a range between two amounts in a currency letter (web-dev-4: "between
	// R500 billion and R900 billion"; Nigerian and Zambian papers: "N5bn",
	// "K20 million")
	{"range-currency-letter", "Load-shedding cost between R500 billion and R900 billion in 2022.", "between R500 billion and R900 billion", "5e11", "9e11", "ZAR"},
	{"range-currency-letter", "The state will borrow between N5bn and N9bn.", "between N5bn and N9bn", "5e9", "9e9", "NGN"},
	{"range-currency-letter", "Loans of K20 million to K30 million were paid.", "K20 million to K30 million", "2e7", "3e7", "ZMW"},
	// a share with "every" before its base (web-dev-4: "roughly nine out of
	// every ten avocados"; health news: "one in every five adults")
	{"share", "The US imports roughly nine out of every ten avocados it eats.", "roughly nine out of every ten", "90", "", "percent"},
	{"share", "One in every five adults smokes, the survey found.", "One in every five", "20", "", "percent"},
	{"share", "About 3 in every 100 patients had side effects.", "About 3 in every 100", "3", "", "percent"},
	// temperatures: a scale after "degrees"/"deg"/"°", spaced or glued
	{"degree-scale", "It will be 30 degrees Celsius tomorrow.", "30 degrees Celsius", "30", "", "celsius"},
	{"degree-scale", "Normal body temperature is 98.6 degrees f in adults.", "98.6 degrees f", "98.6", "", "fahrenheit"},
	{"degree-scale", "The water was 6 deg c at dawn.", "6 deg c", "6", "", "celsius"},
	{"degree-scale", "Patients with 100.2 degrees farenheit were isolated.", "100.2 degrees farenheit", "100.2", "", "fahrenheit"},
	{"degree-sign", "Heat the oven to 300 °C before baking.", "300 °C", "300", "", "celsius"},
	// a scale spaced after the sign (tokenised text writes "20 ° C")
	{"degree-sign", "It was 40° C in Madrid on Monday.", "40° C", "40", "", "celsius"},
	{"degree-sign", "the average is 20 ° c in june .", "20 ° c", "20", "", "celsius"},
	{"degree-sign", "Highs of 95 ° F are expected.", "95 ° F", "95", "", "fahrenheit"},
	// a scale word in capitals after the sign (the suites: "Water boils at
	// 100° Celsius"; science and weather news)
	{"degree-sign", "Water boils at 100° Celsius at sea level.", "100° Celsius", "100", "", "celsius"},
	{"degree-sign", "It was 32° Fahrenheit in Chicago.", "32° Fahrenheit", "32", "", "fahrenheit"},
	{"degree-sign", "Helium liquefies near 4° Kelvin.", "near 4° Kelvin", "4", "", "kelvin"},
	{"degree-sign", "The ship crossed 45° North latitude at dawn.", "45°", "45", "", "degree"},
	{"unit-after", "Lows near 30 degs are expected tonight.", "near 30 degs", "30", "", "degree"},
	{"degree-sign", "The furnace reached 1,200°F overnight.", "1,200°F", "1200", "", "fahrenheit"},
	{"temperature-word", "It was 10.5 celcius in Oslo.", "10.5 celcius", "10.5", "", "celsius"},
	{"temperature-word", "The probe read 2.14degF above normal.", "2.14degF", "2.14", "", "fahrenheit"},
	{"temperature-letter", "Temperatures fell to -5C overnight.", "-5C", "-5", "", "celsius"},
	// a spaced scale letter before a conversion to another scale (the
	// suites' "convert 10 celsius to fahrenheit"; written)
	{"temperature-letter-spaced", "what is 12 c in fahrenheit ?", "12 c", "12", "", "celsius"},
	{"temperature-letter-spaced", "Please convert 98.6 F to C for me.", "98.6 F", "98.6", "", "fahrenheit"},
	{"temperature-letter-spaced", "convert 20 c into degrees f please", "20 c", "20", "", "celsius"},
	// a spaced scale letter in a sentence of heating or cooking (the
	// suites' thermostat; recipes)
	{"temperature-letter-spaced", "set the oven to 350 f .", "350 f", "350", "", "fahrenheit"},
	{"temperature-letter-spaced", "Bake at 180 C for 20 minutes.", "180 C", "180", "", "celsius"},
	{"temperature-letter-spaced", "set the thermostat to 68 f .", "68 f", "68", "", "fahrenheit"},
	{"temperature-letter", "Phoenix hit 118F on Friday.", "118F", "118", "", "fahrenheit"},
	// units of the lexicon's table, glued or spaced
	{"unit-table", "Each tablet holds 150 micrograms of iodine.", "150 micrograms", "150", "", "ug"},
	{"unit-table", "A daily dose of 37.8 microgrammes was given.", "37.8 microgrammes", "37.8", "", "ug"},
	{"unit-table", "The chip is built on a 16.25 nanometers process.", "16.25 nanometers", "16.25", "", "nm"},
	{"unit-table", "Add 3 tablespoons of sugar.", "3 tablespoons", "3", "", "tbsp"},
	{"unit-table", "Stir in two teaspoons of salt.", "two teaspoons", "2", "", "tsp"},
	{"unit-table", "The battery holds 5,000mAh.", "5,000mAh", "5000", "", "mAh"},
	{"unit-table", "The engine makes 400 Nm of torque.", "400 Nm", "400", "", "Nm"},
	{"unit-table", "The V8 makes 442 lb-ft of torque.", "442 lb-ft", "442", "", "lb-ft"},
	{"unit-table", "Torque rises to 295 lb ft at 1,500rpm.", "295 lb ft", "295", "", "lb-ft"},
	{"unit-table", "The motor delivers 310 pound-feet.", "310 pound-feet", "310", "", "lb-ft"},
	{"unit-table", "It is rated at 400 newton-metres.", "400 newton-metres", "400", "", "Nm"},
	{"unit-table", "The Galaxy S24 Ultra has a 200MP camera.", "200MP", "200", "", "MP"},
	{"unit-table", "The display peaks at 2,000 nits outdoors.", "2,000 nits", "2000", "", "nit"},
	{"unit-table", "The screen packs 460 ppi.", "460 ppi", "460", "", "ppi"},
	{"unit-table", "The console's GPU delivers 12 teraflops.", "12 teraflops", "12", "", "TFLOPS"},
	{"unit-table", "The engine produced 7,500 kN of thrust.", "7,500 kN", "7500", "", "kN"},
	{"unit-table", "Tyres run at 2.4bar.", "2.4bar", "2.4", "", "bar"},
	{"unit-table", "The frigate sailed at 30kn.", "30kn", "30", "", "knot"},
	{"unit-table", "The Pixel adds a 50-megapixel sensor.", "50-megapixel", "50", "", "MP"},
	{"unit-table", "The jet has a range of 8,000 nautical miles.", "8,000 nautical miles", "8000", "", "nautical_mile"},
	{"unit-table", "Ships stayed 12 nautical-miles offshore.", "12 nautical-miles", "12", "", "nautical_mile"},
	{"unit-table", "It produces 300 bhp and 295 lb-ft.", "300 bhp", "300", "", "hp"},
	{"unit-table", "The collider ran at 13 TeV.", "13 TeV", "13", "", "TeV"},
	{"unit-table", "The band gap is 1.1 eV.", "1.1 eV", "1.1", "", "eV"},
	{"unit-table", "Storage reached 15 exabytes last year.", "15 exabytes", "15", "", "EB"},
	{"unit-table", "Pour 44 ml of the syrup.", "44 ml", "44", "", "ml"},
	// a height with the inches left unsaid (UK and sports news: "6ft 2",
	// "the 5ft 11 guard", "five foot four")
	{"compound-measure", "The striker is 6ft 2 and quick.", "6ft 2", "6.166666666666667", "", "foot"},
	{"compound-measure", "The 5ft 11 guard scored 20 points.", "5ft 11", "5.916666666666667", "", "foot"},
	{"compound-measure", "She stands five foot four.", "five foot four", "5.333333333333333", "", "foot"},
	// dozens after digits multiply (Recognizers: "3 dzs"; recipes and
	// markets: "3 dozen eggs")
	{"scale-dozen", "She bought 3 dozen eggs at the market.", "3 dozen", "36", "", "count"},
	{"scale-dozen", "Police seized 4 dozens of rifles.", "4 dozens", "48", "", "count"},
	// the sides of a size take the unit after the last ("1.5 x 2 metres")
	{"size-sides", "The rug measures 1.5 x 2 metres.", "1.5", "1.5", "", "m"},
	{"size-sides", "It ships in a 4 × 6 × 8 ft crate.", "6", "6", "", "foot"},
	{"size-sides", "The bedroom is 12 x 14 feet.", "12", "12", "", "foot"},
	// less common measures (horse racing, sailing, farming, brewing,
	// recipes, computing)
	{"unit-table", "The filly won the 7 furlongs race at Ascot.", "7 furlongs", "7", "", "furlong"},
	{"unit-table", "The wreck lies in 30 fathoms of water.", "30 fathoms", "30", "", "fathom"},
	{"unit-table", "Farmers sold 5 hundredweight of wool.", "5 hundredweight", "5", "", "hundredweight"},
	{"unit-table", "Stir in 8 fluid ounces of stock.", "8 fluid ounces", "8", "", "fl_oz"},
	{"unit-table", "A can holds 12 fl oz.", "12 fl oz", "12", "", "fl_oz"},
	{"unit-table", "Growers harvested 180 bushels of corn.", "180 bushels", "180", "", "bushel"},
	{"unit-table", "The brewery makes 10,000 hectolitres a year.", "10,000 hectolitres a year", "10000", "", "hectolitre/year"},
	{"unit-table", "The cache is 4 MiB on this model.", "4 MiB", "4", "", "MiB"},
	{"unit-table", "The fibre carries 10 gigabits per second.", "10 gigabits per second", "10", "", "Gbps"},
	{"unit-table", "Each chip stores 512 megabits.", "512 megabits", "512", "", "Mbit"},
	// a scale word hyphened to the number as an adjective (Canadian Press
	// and Indian style)
	{"scale-hyphened", "Ottawa announced a $5-billion housing plan.", "$5-billion", "5e9", "", "CAD"}, // (currency-of-place: Ottawa)
	{"scale-hyphened", "The state cleared a ₹500-crore project.", "₹500-crore", "5e9", "", "INR"},
	{"scale-hyphened", "A 2-million-strong crowd marched.", "2-million", "2e6", "", "count"},
	// a decimal without its leading zero after a space (baseball averages,
	// calibres, rates)
	{"leading-point", "He hit .300 with 40 home runs.", ".300", "0.3", "", "count"},
	{"leading-point", "Police found a .45 calibre pistol.", ".45", "0.45", "", "count"},
	{"leading-point", "The fee is .5% of the balance.", ".5%", "0.5", "", "percent"},
	// radiation, pressure, electronics and light (science and disaster news)
	{"unit-table", "Workers were exposed to 20 millisieverts last year.", "20 millisieverts", "20", "", "mSv"},
	{"unit-table", "Levels reached 1.5 mSv near the plant.", "1.5 mSv", "1.5", "", "mSv"},
	{"unit-table", "Patients got 2 Gy in each session.", "2 Gy", "2", "", "Gy"},
	{"unit-table", "The rice held 500 Bq of caesium.", "500 Bq", "500", "", "Bq"},
	{"unit-table", "The alloy withstands 3 GPa of stress.", "3 GPa", "3", "", "GPa"},
	{"unit-table", "Cabin pressure fell by 10 pascals.", "10 pascals", "10", "", "Pa"},
	{"unit-table", "The speaker has a 4 Ω load.", "4 Ω", "4", "", "ohm"},
	{"unit-table", "Fit a 100 μF capacitor.", "100 μF", "100", "", "uF"},
	{"unit-table", "Offices need 500 lux at desks.", "500 lux", "500", "", "lux"},
	// an acceleration: a square glued after "/s"
	{"slash-unit", "The sled hit 9.81 m/s² at the bottom.", "9.81 m/s²", "9.81", "", "m/s2"},
	{"slash-unit", "Gravity on Mars is 3.7 m/s^2.", "3.7 m/s^2", "3.7", "", "m/s2"},
	// colloquial names and coins
	{"currency-name", "The ticket cost him 50 quid.", "50 quid", "50", "", "GBP"},
	{"currency-name", "Dumplings sell for 20 kuai in Beijing.", "20 kuai", "20", "", "CNY"},
	{"currency-subunit", "The toll is five dimes.", "five dimes", "0.5", "", "USD"},
	{"currency-subunit", "A bun costs 2 yuan 5 jiao.", "2 yuan 5 jiao", "2.5", "", "CNY"},
	// energy trade, medicine and body weights
	{"unit-table", "The field pumps 450,000 b/d of crude.", "450,000 b/d", "450000", "", "barrel/day"},
	{"unit-table", "Output climbed to 1.2 million b/d in March.", "1.2 million b/d", "1.2e6", "", "barrel/day"},
	{"unit-table", "Europe imported 155 bcm of Russian gas in 2021.", "155 bcm", "155", "", "bcm"},
	{"unit-table", "The basin holds 3.5 tcf of recoverable gas.", "3.5 tcf", "3.5", "", "tcf"},
	{"unit-table", "Reserves of 40 bcf were booked last year.", "40 bcf", "40", "", "bcf"},
	{"unit-table", "The LNG plant will produce 5.2 Mtpa from 2027.", "5.2 Mtpa", "5.2", "", "Mt/year"},
	{"unit-table", "Henry Hub gas traded at $3.50 per MMBtu.", "$3.50 per MMBtu", "3.5", "", "USD/MMBtu"},
	{"unit-table", "Asian spot LNG fell to $11.20/mmBtu.", "$11.20/mmBtu", "11.2", "", "USD/MMBtu"},
	{"unit-table", "Her heart rate hit 180 bpm during the sprint.", "180 bpm", "180", "", "bpm"},
	{"unit-table", "A resting pulse of 60 beats per minute is normal.", "60 beats per minute", "60", "", "bpm"},
	{"unit-table", "A systolic reading of 140 mmHg is high.", "140 mmHg", "140", "", "mmHg"},
	{"unit-table", "He weighed 17 stone before the diet.", "17 stone", "17", "", "stone"},
	{"unit-glued", "She slimmed to 9st by the summer.", "9st", "9", "", "stone"},
	{"compound-measure", "He weighed 14st 7lb at the time.", "14st 7lb", "14.5", "", "stone"},
	{"compound-measure", "The baby boxer now weighs 11 stone 2 lb.", "11 stone 2 lb", "11.142857142857142", "", "stone"},
	{"unit-table", "The tablet contains 50 mg of caffeine.", "50 mg", "50", "", "mg"},
	{"unit-table", "A pole of 10 dm is needed.", "10 dm", "10", "", "dm"},
	{"unit-glued", "The port ships 278,000t a year.", "278,000t a year", "278000", "", "tonne/year"},
	{"unit-glued", "The bottle holds 1.5l of water.", "1.5l", "1.5", "", "litre"},
	{"unit-glued", "Cut a strip of 2in wide.", "2in", "2", "", "inch"},
	// currencies: ISO codes before or after, glued or spaced, scaled codes
	{"currency-code", "The fee is USD 200 a head.", "USD 200 a head", "200", "", "USD/person"},
	{"currency-code", "He paid USD50 for the ticket.", "USD50", "50", "", "USD"},
	{"currency-code-after", "She sold it for 115USD last week.", "115USD", "115", "", "USD"},
	{"currency-code-after", "The bond raised 75 USD million.", "75 USD million", "75e6", "", "USD"},
	{"currency-code-after", "It costs 2 million usd in total.", "2 million usd", "2e6", "", "USD"},
	{"currency-code-after", "A bowl of noodles is 40 rmb.", "40 rmb", "40", "", "CNY"},
	{"currency-code-former", "The painting fetched 250,000 NLG in 1998.", "250,000 NLG", "250000", "", "NLG"},
	{"currency-scaled-code", "Sales grew to 30 MUSD in 2019.", "30 MUSD", "30e6", "", "USD"},
	{"currency-scaled-code", "The grant is 120 MEUR over five years.", "120 MEUR", "120e6", "", "EUR"},
	{"currency-scaled-code", "Revenue was MAUD 60 last year.", "MAUD 60", "60e6", "", "AUD"},
	// prefixed dollars in any case and spacing, and letters after "$"
	{"dollar-prefix", "The flat sold for HK$5.2 million.", "HK$5.2 million", "5.2e6", "", "HKD"},
	// the Caribbean's, Africa's and the Pacific's dollars (articles-dev-3
	// and -5: "TT$6.1 billion", "BZ$200", "N$90,000"; these in other words)
	{"dollar-prefix", "Port of Spain approved a TT$2.4 billion budget.", "TT$2.4 billion", "2.4e9", "", "TTD"},
	{"dollar-prefix", "A guide makes BZ$150 on a good day.", "BZ$150", "150", "", "BZD"},
	{"dollar-prefix", "Windhoek fined the firm N$45,000.", "N$45,000", "45000", "", "NAD"},
	{"dollar-prefix", "A bus fare in Kingston is J$120.", "J$120", "120", "", "JMD"},
	{"dollar-prefix", "Grenada spent EC$30 million on roads.", "EC$30 million", "3e7", "", "XCD"},
	{"dollar-prefix", "Tickets cost hk $ 300 each.", "hk $ 300", "300", "", "HKD"},
	{"dollar-prefix", "Shares closed at C $ 1.34.", "C $ 1.34", "1.34", "", "CAD"},
	{"dollar-prefix", "The fund holds Mex$ 10 million.", "Mex$ 10 million", "1e7", "", "MXN"},
	{"dollar-prefix", "Parking is cad$ 15 a day.", "cad$ 15 a day", "15", "", "CAD/day"},
	{"dollar-prefix", "He won A$82,615 at the casino.", "A$82,615", "82615", "", "AUD"},
	{"dollar-prefix", "It is a $5 bill.", "$5", "5", "", "USD"},
	{"dollar-suffix", "Debt reached $US113 trillion worldwide.", "$US113 trillion", "113e12", "", "USD"},
	{"dollar-suffix", "The estate was valued at $A82,615,680.", "$A82,615,680", "82615680", "", "AUD"},
	// symbols after the number, and a minus after a symbol
	{"currency-symbol-after", "A coffee costs 5 € in Paris.", "5 €", "5", "", "EUR"},
	{"currency-symbol-after", "The refund was -15€ on the bill.", "-15€", "-15", "", "EUR"},
	{"currency-symbol-after", "The ticket was 10,000 ¥ at the door.", "10,000 ¥", "10000", "", "JPY"},
	{"currency-symbol-after", "A bowl costs 100元 in Beijing.", "100元", "100", "", "CNY"},
	{"currency-symbol-after", "The room was 100₾ a night.", "100₾ a night", "100", "", "GEL/night"},
	// a symbol whose letters carry combining vowel signs (the suites'
	// Tamil rupee "100,000 ரூ"; Sri Lankan prices written both ways)
	{"currency-symbol-after", "Can you lend me 100,000 ரூ for an emergency?", "100,000 ரூ", "100000", "", "LKR"},
	{"currency-symbol", "A kilo of rice costs ரூ 240 in Jaffna.", "ரூ 240", "240", "", "LKR"},
	{"currency-symbol-after", "Tickets cost 500ரூ at the gate.", "500ரூ", "500", "", "LKR"},
	{"currency-minus", "Net income was $-50.8bn for the year.", "$-50.8bn", "-50.8e9", "", "USD"},
	{"currency-minus", "The balance shows $-99.99 today.", "$-99.99", "-99.99", "", "USD"},
	// currency names, current and former
	{"currency-name", "He paid 176 Hong Kong dollars for it.", "176 Hong Kong dollars", "176", "", "HKD"},
	{"currency-name", "The book is 9.99 New Zealand dollars.", "9.99 New Zealand dollars", "9.99", "", "NZD"},
	{"currency-name", "The tab came to 79 ringgit.", "79 ringgit", "79", "", "MYR"},
	{"currency-name", "It cost 5,000 markka in 1990.", "5,000 markka", "5000", "", "FIM"},
	{"currency-name", "The flat cost 20 million pesetas.", "20 million pesetas", "2e7", "", "ESP"},
	{"currency-name", "They paid 250 million Dutch guilders.", "250 million Dutch guilders", "2.5e8", "", "NLG"},
	{"currency-name", "The car cost 30,000 Deutsche marks.", "30,000 Deutsche marks", "30000", "", "DEM"},
	{"currency-name", "He holds 6.25 BTC in a wallet.", "6.25 BTC", "6.25", "", "BTC"},
	{"currency-abbrev", "The plan costs RM79 a year.", "RM79 a year", "79", "", "MYR/year"},
	// subunits and compound amounts
	{"currency-subunit", "The shares closed at 470 pence.", "470 pence", "4.7", "", "GBP"},
	{"currency-subunit", "A stamp costs 19 cents.", "19 cents", "0.19", "", "USD"},
	{"compound-amount", "It cost 3 dollars 50 cents.", "3 dollars 50 cents", "3.5", "", "USD"},
	{"compound-amount", "The bill was thirteen dollars and forty-five cents.", "thirteen dollars and forty-five cents", "13.45", "", "USD"},
	{"compound-amount", "A pint is 5 pounds 20 pence in London.", "5 pounds 20 pence", "5.2", "", "GBP"},
	// pounds as money or weight
	{"pounds-money-or-weight", "He withdrew 100 pounds from the ATM.", "100 pounds", "100", "", "GBP"},
	{"pounds-money-or-weight", "She was fined 500 pounds by the court.", "500 pounds", "500", "", "GBP"},
	{"pounds-money-or-weight", "He lost 20 pounds in a month.", "20 pounds", "20", "", "lb"},
	{"pounds-money-or-weight", "The baby weighed 8 pounds.", "8 pounds", "8", "", "lb"},
	// scale letters: m/M as millions or metres by context, and others
	{"m-million", "Amazon sold 35m Echo devices last year.", "35m", "35e6", "", "count"},
	{"m-million", "The game had 4.3M sales in a week.", "4.3M", "4.3e6", "", "count"},
	{"m-million", "Shares rose 4.3M in volume on Friday.", "4.3M", "4.3e6", "", "count"},
	{"m-million", "The app passed 12M from a base of 9M users.", "12M", "12e6", "", "count"},
	{"m-metre", "She won the 100M hurdles in 12.4 seconds.", "100M", "100", "", "m"},
	{"m-million", "They shipped 1.2m tons of grain.", "1.2m tons", "1.2e6", "", "ton"},
	{"m-million", "Over 10 years 1m people moved there.", "1m", "1e6", "", "count"},
	{"m-million", "The floods displaced 2.5m children.", "2.5m", "2.5e6", "", "count"},
	{"m-million", "It reaches between 1m and 2m people.", "between 1m and 2m", "1e6", "2e6", "count"},
	{"m-million", "It sold 1m-2m copies.", "1m-2m", "1e6", "2e6", "count"},
	{"m-million", "The walls are between 5m and 10m tall.", "between 5m and 10m", "5", "10", "m"},
	{"m-million", "It hit 2.7m combined sales.", "2.7m", "2.7e6", "", "count"},
	{"m-million", "I can give you 10M.", "10M", "1e7", "", "count"},
	{"m-million", "It cost 1.8M dollars to build.", "1.8M dollars", "1.8e6", "", "USD"},
	{"m-million", "The app has 12m users in Europe.", "12m", "12e6", "", "count"},
	{"m-metre", "He won the 100m sprint.", "100m", "100", "", "m"},
	{"m-metre", "The tree is 35m tall.", "35m", "35", "", "m"},
	{"m-metre", "She swam 400m in the final.", "400m", "400", "", "m"},
	{"m-metre", "A 150m-long wall was built.", "150m", "150", "", "m"},
	{"scale-letter", "The fund raised US$ 1MM last year.", "US$ 1MM", "1e6", "", "USD"},
	{"scale-letter", "The market is worth $2.174T now.", "$2.174T", "2.174e12", "", "USD"},
	{"scale-letter", "They paid 2mil SEK for it.", "2mil SEK", "2e6", "", "SEK"},
	{"scale-letter", "Profit was $3 b in 2020.", "$3 b", "3e9", "", "USD"},
	{"scale-letter", "The deal is worth €1.5bn.", "€1.5bn", "1.5e9", "", "EUR"},
	{"scale-letter", "Sales reached 5k units.", "5k", "5000", "", "count"},
	{"scale-word", "The rally drew 5 lakh people.", "5 lakh", "5e5", "", "count"},
	{"scale-word", "The project costs 3 crore rupees.", "3 crore rupees", "3e7", "", "INR"},
	{"pence-letter", "The shares rose 6.5% to 164p.", "164p", "1.64", "", "GBP"},
	{"pence-letter", "Lloyds closed at 48.5p on Friday.", "48.5p", "0.485", "", "GBP"},
	// rates keep their denominator
	{"rate", "Power costs $0.03/kWh in Texas.", "$0.03/kWh", "0.03", "", "USD/kWh"},
	{"rate", "Pay rose to $15.4/hour this year.", "$15.4/hour", "15.4", "", "USD/hour"},
	{"rate", "Beef sells at $350 per kg.", "$350 per kg", "350", "", "USD/kg"},
	{"rate", "The plan is RM79 a month.", "RM79 a month", "79", "", "MYR/month"},
	{"rate", "They pay C$6 per share.", "C$6 per share", "6", "", "CAD/share"},
	{"rate", "Wholesale power averaged £138 per megawatt hour.", "£138 per megawatt hour", "138", "", "GBP/MWh"},
	{"rate", "The EV manages 4 miles per kilowatt hour in winter.", "4 miles per kilowatt hour", "4", "", "mile/kWh"},
	{"rate", "Households pay 30 cents per kilowatt hour.", "30 cents per kilowatt hour", "0.3", "", "USD/kWh"},
	{"rate", "The plant emits 400 kg per megawatt-hour generated.", "400 kg per megawatt-hour", "400", "", "kg/MWh"},
	{"rate", "Butter sells at $5 per lb for members.", "$5 per lb", "5", "", "USD/lb"},
	{"unit-table", "Add 4 oz. cooked chicken to the pan.", "4 oz", "4", "", "oz"},
	{"unit-table", "The mine produces 300,000 oz of gold.", "300,000 oz", "300000", "", "oz"},
	{"unit-table", "The trail runs 12 mi along the coast.", "12 mi", "12", "", "mile"},
	{"unit-table", "Tested range: 18.7 mi on a charge.", "18.7 mi", "18.7", "", "mile"},
	{"unit-table", "The bulb gives 1200 lumens of light.", "1200 lumens", "1200", "", "lumen"},
	{"unit-table", "The panels produce up to 2,000 lumens.", "up to 2,000 lumens", "-", "2000", "lumen"},
	{"unit-table", "It has a gaming-grade 30,000dpi sensor.", "30,000dpi", "30000", "", "dpi"},
	{"unit-table", "Still, 8,500 DPI is plenty for most players.", "8,500 DPI", "8500", "", "dpi"},
	{"unit-table", "It shoots 24.2 MP images at 10 fps.", "24.2 MP", "24.2", "", "MP"},
	// data sizes in lower case before what holds them (the suites' "this
	// file is 100 MB"; lower-cased spec sheets)
	{"unit-table", "the pc shipped with a 40 mb hard drive .", "40 mb", "40", "", "MB"},
	{"unit-table", "the phone has 8 gb ram and 128 gb storage .", "128 gb", "128", "", "GB"},
	{"unit-table", "the game needs 16 gb of ram to run .", "16 gb", "16", "", "GB"},
	{"unit-table", "The body has a 26 MP APS-C sensor.", "26 MP", "26", "", "MP"},
	{"unit-table", "The sensor is 33 MP full-frame.", "33 MP", "33", "", "MP"},
	{"rate", "Gold rose to $2,350 an oz in London.", "$2,350 an oz", "2350", "", "USD/oz"},
	{"rate", "Analysts were expecting $2.52 a share on revenue of $27.5 billion.", "$2.52 a share", "2.52", "", "USD/share"},
	{"rate", "Copper climbed to $9,800 a tonne on the LME.", "$9,800 a tonne", "9800", "", "USD/tonne"},
	{"rate", "It earned 95 cents a share, down from $1.10 a share.", "95 cents a share", "0.95", "", "USD/share"},
	{"rate", "Groups that raise more than $25,000 a year from the public must register.", "more than $25,000 a year", "25000", "-", "USD/year"},
	{"rate", "The minimum wage rises to £11.44 an hour from April.", "£11.44 an hour", "11.44", "", "GBP/hour"},
	{"rate", "He trains four times per week.", "four times per week", "4", "", "times/week"},
	{"rate", "The car hit 188 miles an hour.", "188 miles an hour", "188", "", "mph"},
	{"rate", "The train runs at 300 km per hour.", "300 km per hour", "300", "", "km/h"},
	{"rate", "The dose is 5 mg per day.", "5 mg per day", "5", "", "mg/day"},
	{"rate", "Minimum wage is $7.25 an hour.", "$7.25 an hour", "7.25", "", "USD/hour"},
	{"rate-not", "Revenue was $1.2bn a year earlier.", "$1.2bn", "1.2e9", "", "USD"},
	{"rate-not", "It earned $40 a year ago.", "$40", "40", "", "USD"},
	// change and level: a change amount, then the new level (two mentions)
	{"change-and-level", "The index fell 0.4 per cent to 13,176.", "0.4 per cent", "0.4", "", "percent"},
	{"change-and-level", "The index fell 0.4 per cent to 13,176.", "13,176", "13176", "", "point"},
	{"change-and-level", "The Nikkei rose 1.2% to 38,500 on Friday.", "1.2%", "1.2", "", "percent"},
	{"change-and-level", "The Dow dropped 2 percent to 40,100 points.", "2 percent", "2", "", "percent"},
	{"change-range", "Sales rose 5 to 7 percent.", "5 to 7 percent", "5", "7", "percent"},
	// a stated change with the unit on both numbers: change, then level
	{"change-and-level", "Unemployment fell 0.3 per cent to 4.1 per cent.", "0.3 per cent", "0.3", "", "percent"},
	{"change-and-level", "Unemployment fell 0.3 per cent to 4.1 per cent.", "4.1 per cent", "4.1", "", "percent"},
	{"change-and-level", "Inflation has risen 0.4% to 3.2% since March.", "3.2%", "3.2", "", "percent"},
	{"change-and-level", "The party's share slipped 2 percent to 31 percent in the poll.", "2 percent", "2", "", "percent"},
	{"change-range", "Prices could rise 2% to 3% next year.", "2% to 3%", "2", "3", "percent"},
	{"change-range", "Rates are expected to climb 0.5 per cent to 1 per cent.", "0.5 per cent to 1 per cent", "0.5", "1", "percent"},
	// "up to" after a verb of movement is a level, not a bound
	{"up-to-movement", "Unemployment is inching back up to 4.8 percent.", "4.8 percent", "4.8", "", "percent"},
	{"up-to-movement", "Prices edged up to 3% in May.", "3%", "3", "", "percent"},
	{"up-to-bound", "The fund can invest up to 5% of assets.", "up to 5%", "-", "5", "percent"},
	// ages
	{"age-yo", "Police found a 87 yo man at the scene.", "87 yo", "87", "", "age"},
	{"age-yo", "The victim, a 23 yo student, survived.", "23 yo", "23", "", "age"},
	{"age-spaced", "A 28 - year - old woman was hurt.", "28 - year - old", "28", "", "age"},
	{"age-spaced", "The 45 - year - old driver fled.", "45 - year - old", "45", "", "age"},
	{"age-of-age", "He is ninety five years of age.", "ninety five years of age", "95", "", "age"},
	// an age in months, weeks or days keeps the number as written (the
	// peer suites: "8 months old", "three weeks old", "90 day old") and its
	// time unit (rule age-sub-year; the unit "age" counts years)
	{"age-sub-year", "A 3-month-old baby was found in the car.", "3-month-old", "3", "", "month"},
	{"age-sub-year", "The 10-week-old puppy was rescued.", "10-week-old", "10", "", "week"},
	{"age-sub-year", "The proposal is only eight months old.", "eight months old", "8", "", "month"},
	// an age after a person noun in apposition, as after a name
	{"appositive-age", "Her son, 7, survived the crash.", "7", "7", "", "age"},
	{"appositive-age", "A man, 45, and a woman, 38, were hurt.", "38", "38", "", "age"},
	{"appositive-age", "The driver, 19, was arrested.", "19", "19", "", "age"},
	// police blotters (web-dev-2: "A male juvenile, 16,") and court news
	{"appositive-age", "A male juvenile, 16, was arrested for assault.", "16", "16", "", "age"},
	{"appositive-age", "The defendant, 34, pleaded not guilty and a cyclist, 52, was hurt.", "34", "34", "", "age"},
	{"appositive-age", "The Dawson's Creek star, 42, was voted off.", "42", "42", "", "age"},
	{"appositive-age", "Police said the officer, 33; had been suspended.", "33", "33", "", "age"},
	{"appositive-age", "Prosecutors charged Patrick Carlineo Jr., 55, with a threat.", "55", "55", "", "age"},
	{"appositive-age", "Sammy Davis Sr., 64, died in May.", "64", "64", "", "age"},
	{"age-time-unit", "A one-year-old died in the fire.", "one-year-old", "1", "", "age"},
	// a bare number after a verb of turning is an age
	{"age-turns", "The Queen turns 80 next week.", "80", "80", "", "age"},
	{"age-turns", "He turned 50 in March.", "50", "50", "", "age"},
	{"age-turns", "When they turn 18, they can vote.", "18", "18", "", "age"},
	{"age-of-age", "Applicants must be 18 years of age or older.", "18 years of age", "18", "", "age"},
	// fractions written with a slash, and mixed numbers
	{"fraction-sign", "Add ½ cup of milk.", "½ cup", "0.5", "", "cup"},
	{"fraction-sign", "The trail is 2½ miles long.", "2½ miles", "2.5", "", "mile"},
	{"fraction-sign", "Stir in ¾ teaspoon of salt.", "¾ teaspoon", "0.75", "", "tsp"},
	{"fraction-slash", "Add 3/4 cup of flour.", "3/4 cup", "0.75", "", "cup"},
	{"fraction-slash", "Walk 10 1/2 miles to the lake.", "10 1/2 miles", "10.5", "", "mile"},
	{"fraction-slash", "It is a 1/4 mile track.", "1/4 mile", "0.25", "", "mile"},
	{"fraction-slash", "The pipe is 2 1/2 inches wide.", "2 1/2 inches", "2.5", "", "inch"},
	// comparison signs and words
	{"comparison-sign", "Readings >10 were flagged.", ">10", "10", "-", "count"},
	{"comparison-sign", "Keep it <20 per batch.", "<20", "-", "20", "count"},
	{"comparison-sign", "Scores >= 30 pass the test.", ">= 30", "30", "-", "count"},
	{"comparison-sign", "Each bag weighs ≤5 kg in total.", "≤5 kg", "-", "5", "kg"},
	{"comparison-sign", "Chips built on a sub-7 nanometre process.", "sub-7 nanometre", "-", "7", "nm"},
	{"comparison-sign", "Keep primes which are < = 100 only.", "< = 100", "-", "100", "count"},
	{"comparison-sign", "Alarms ring when readings are <-30 overnight.", "<-30", "-", "-30", "count"},
	{"comparison-sign", "The valve shuts at >-5 degrees.", ">-5 degrees", "-5", "-", "degree"},
	{"comparison-word", "Values greater than or equal to 50 count.", "greater than or equal to 50", "50", "-", "count"},
	{"comparison-word", "It is less than or equal to 40 in total.", "less than or equal to 40", "-", "40", "count"},
	{"comparison-word", "Winds exceeding 150 km/h hit the coast.", "exceeding 150 km/h", "150", "-", "km/h"},
	{"comparison-word", "The rally drew a crowd greater than 190 people.", "greater than 190", "190", "-", "count"},
	// signs in words
	{"minus-word", "It was minus 5 degrees at noon.", "minus 5 degrees", "-5", "", "degree"},
	{"minus-word", "The fund returned negative 3 percent.", "negative 3 percent", "-3", "", "percent"},
	{"minus-word", "The margin is plus or minus 4 points.", "4 points", "4", "", "point"},
	{"minus-word", "The answer is minus one.", "minus one", "-1", "", "count"},
	{"minus-word", "Growth came in at negative one percent.", "negative one percent", "-1", "", "percent"},
	// ranges written "through"
	{"range-through", "Read pages 20 through 100 first.", "20 through 100", "20", "100", "count"},
	{"range-through", "Children aged 5 thru 12 attend.", "5 thru 12", "5", "12", "age"},
	// ranges and lists with a glued unit, units in brackets, compound measures
	{"range-unit", "The charger draws 5-10W at idle.", "5-10W", "5", "10", "W"},
	{"range-unit", "Plans offer 10-15GB of data.", "10-15GB", "10", "15", "GB"},
	{"range-unit", "Lenses of 75-300mm are common.", "75-300mm", "75", "300", "mm"},
	{"range-unit", "A zoom of 75 -300mm fits.", "75 -300mm", "75", "300", "mm"},
	{"range-unit", "Tables show 225.86 -12.99 -5.44% today.", "225.86", "225.86", "", "count"},
	{"unit-bracketed", "The weight is 20 (kg).", "20 (kg)", "20", "", "kg"},
	{"unit-bracketed", "The load is 20 [kg] per box.", "20 [kg]", "20", "", "kg"},
	{"compound-measure", "He is 5 feet 2 inches tall.", "5 feet 2 inches", "5.166666666666667", "", "foot"},
	{"compound-measure", "She is 5 feet and 2 inches tall.", "5 feet and 2 inches", "5.166666666666667", "", "foot"},
	{"compound-measure", "The baby weighed 8 lbs 4 oz at birth.", "8 lbs 4 oz", "8.25", "", "lb"},
	{"scientific-notation", "The sample held 1e10 atoms.", "1e10", "1e10", "", "count"},
	{"scientific-notation", "A rate of 1.3e6 per second was seen.", "1.3e6", "1.3e6", "", "count/second"},
	{"scientific-notation", "The error was 12e-1 units.", "12e-1", "1.2", "", "count"},
	{"rate-glued", "It is 10km/hr on that road.", "10km/hr", "10", "", "km/h"},
	{"rate-glued", "Top speed is 10kmph.", "10kmph", "10", "", "km/h"},
	// number words
	{"number-words", "It costs one million and a half.", "one million and a half", "1.5e6", "", "count"},
	{"number-words", "The deal is worth two billion and a half.", "two billion and a half", "2.5e9", "", "count"},
	{"number-words", "The scheme costs three lakh crore rupees.", "three lakh crore rupees", "3e12", "", "INR"},
	{"number-words", "They found fifty - two cases.", "fifty - two", "52", "", "count"},
	{"number-words", "Then twenty - one people came.", "twenty - one", "21", "", "count"},
	{"number-words", "The home side scored nought.", "nought", "0", "", "count"},
	{"number-chain", "It has 4 thousand 3 hundred and 21 items.", "4 thousand 3 hundred and 21", "4321", "", "count"},
	{"number-chain", "They sold 3 hundred and 21 cars.", "3 hundred and 21", "321", "", "count"},
	{"number-chain", "I can give you 3 hundred and 21 yuan.", "3 hundred and 21 yuan", "321", "", "CNY"},
	{"number-chain", "The pilgrims walked 2 thousand and 50 miles.", "2 thousand and 50 miles", "2050", "", "mile"},
	{"number-chain", "It costs 2 million and 5 dollars less.", "2 million", "2e6", "", "count"},
	{"index-name", "Stocks in the Russell 2000 gained 3%.", "3%", "3", "", "percent"},
}

// lowerDates are dates written in lower case, read as dates.
var lowerDates = []struct{ in, text string }{
	{"The report is due sept. 30, officials said.", "sept. 30"},
	{"The store reopens on may 19 after repairs.", "may 19"},
	{"the fireworks start july 4 at dusk.", "july 4"},
	{"results come out 19 october.", "19 october"},
	{"filings close jan. 5 this year.", "jan. 5"},
	{"output rose in the week ended oct . 7 , up 2 % .", "oct . 7"},
	{"the notes are due sept . 30 , 1999 , priced at par .", "sept . 30 , 1999"},
	// "may"/"march" before a day that ends its clause or takes a year
	{"the report is due may 19.", "may 19"},
	{"filings closed march 3, 2024, the agency said.", "march 3, 2024"},
}

// indexNames are stock index names holding a number: names, not claims.
var indexNames = []struct{ in, text string }{
	{"The Russell 2000 gained 3% on Friday.", "2000"},
	{"The S&P 500 index rose.", "500"},
	{"It beat the FTSE 100 by 2 points.", "100"},
	{"The Stoxx 50 rose 1%.", "50"},
	{"The Nikkei 225 closed higher.", "225"},
}

func TestIndexNames(t *testing.T) {
	for _, c := range indexNames {
		for _, m := range Find(c.in) {
			if c.in[m.Start:m.End] == c.text && m.Kind != claims.KindIdentifier {
				t.Errorf("%q: %q is %s, want identifier", c.in, c.text, m.Kind)
			}
		}
	}
}

func TestLowerCaseDates(t *testing.T) {
	for _, c := range lowerDates {
		ms := Find(c.in)
		ok := false
		for _, m := range ms {
			if c.in[m.Start:m.End] == c.text && m.Kind == claims.KindDate {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want the date %q, got %s", c.in, c.text, describe(c.in, ms))
		}
	}
}

func TestForms(t *testing.T) {
	for _, c := range formCases {
		checkForm(t, c.form, c.in, c.text, c.low, c.high, c.unit)
	}
}

// checkForm finds the mention of in over text and checks its span, bounds
// (high "" is low) and unit; it returns the mention when they are right.
func checkForm(t *testing.T, name, in, text, low, high, unit string) *Mention {
	t.Helper()
	ms := Find(in)
	i := strings.Index(in, text)
	if i < 0 {
		t.Fatalf("%s: %q not in %q", name, text, in)
	}
	var m *Mention
	for k := range ms {
		if ms[k].Start < i+len(text) && i < ms[k].End {
			m = &ms[k]
			break
		}
	}
	if m == nil {
		t.Errorf("%s: %q: no mention of %q (got %s)", name, in, text, describe(in, ms))
		return nil
	}
	if high == "" {
		high = low
	}
	if got := in[m.Start:m.End]; got != text || !sameBound(m.Low, num(low)) || !sameBound(m.High, num(high)) || m.Unit != unit {
		t.Errorf("%s: %q: got %s, want [%s %s..%s %s] (rules %+v)", name, in, describe(in, []Mention{*m}), text, low, high, unit, m.Rules())
		return nil
	}
	return m
}
