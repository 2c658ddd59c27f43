package lexicon

import (
	"fmt"
	"slices"
	"strings"

	xcurrency "golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// Currencies written before an amount. Each is one row here; the number
// grammar (quantity/units.go) reads them in one matcher, currencyBefore.
// To add a currency written "XY 500" or "XY500" ("RM79"), add a row to
// CurrencyAbbrevs; a sign ("₦") goes in CurrencySymbols; an ISO 4217 code
// written as a word ("MYR 79") needs nothing: every ISO code is known.

// CurrencySymbols map a currency sign to its ISO 4217 code.
// Written here are the signs shared by several currencies (each read as
// the one news most often means: "$" USD, "¥" JPY, "£" GBP) and those CLDR
// lacks; every other sign of CLDR's narrow symbols that names exactly one
// currency is added from golang.org/x/text/currency ("₾" GEL, "₭" LAK).
var CurrencySymbols = func() map[string]string {
	m := map[string]string{
		"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
		"₺": "TRY", "₦": "NGN", "₱": "PHP", "₪": "ILS", "₴": "UAH", "₫": "VND", "฿": "THB", "₿": "BTC",
		"元": "CNY", "円": "JPY", "圓": "TWD", "ரூ": "LKR", "₸": "KZT", "₼": "AZN", "₡": "CRC", "₲": "PYG",
		"₵": "GHS", "₮": "MNT", "៛": "KHR", "﷼": "IRR", "₧": "ESP", "₣": "FRF", "₤": "ITL",
		// signs in letters no English word spells, written after the
		// amount: "100 zł" (złoty), "300 Kč" (koruna)
		"zł": "PLN", "Kč": "CZK",
	}
	seen := map[string]string{}
	it := xcurrency.Query(xcurrency.Historical, xcurrency.NonTender)
	for it.Next() {
		u := it.Unit()
		sym := strings.TrimSpace(strings.TrimRight(fmt.Sprint(xcurrency.NarrowSymbol(u.Amount(1))), "0123456789.,\u00a0 "))
		if sym == "" || sym == u.String() || hasASCIILetterOrDigit(sym) {
			continue
		}
		if prev, ok := seen[sym]; ok && prev != u.String() {
			seen[sym] = "" // shared by several currencies: not added
			continue
		}
		seen[sym] = u.String()
	}
	for sym, code := range seen {
		if _, ok := m[sym]; !ok && code != "" {
			m[sym] = code
		}
	}
	return m
}()

func hasASCIILetterOrDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' || s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// DollarPrefixes are the letters glued before "$" (US$, C$, HK$), lower
// case, with the dollar they name.
var DollarPrefixes = map[string]string{
	"us": "USD", "u": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "a": "AUD", "au": "AUD",
	"nz": "NZD", "hk": "HKD", "s": "SGD", "r": "BRL", "nt": "TWD", "mx": "MXN", "mex": "MXN",
	"cad": "CAD", "aud": "AUD", "usd": "USD", "nzd": "NZD", "hkd": "HKD", "sgd": "SGD", "z": "ZWL",
	// the dollars of the Caribbean, Africa and the Pacific as their press
	// writes them: "N$1.2 billion" (Namibia), "TT$150 million" (Trinidad
	// and Tobago), "BZ$13 million" (Belize) in articles-dev-3 and -5;
	// "J$5,000", "Bds$300", "BD$", "FJ$2.6 million", "G$35 million",
	// "EC$10", "SI$", "RD$"
	"n": "NAD", "tt": "TTD", "bz": "BZD", "j": "JMD", "bds": "BBD", "bd": "BMD", "fj": "FJD", "g": "GYD",
	"ec": "XCD", "si": "SBD", "rd": "DOP",
}

// DollarSuffixes are the letters glued after "$" that name a dollar
// ("$US113 trillion", "$A82,615,680", "$NZ5"), as written.
var DollarSuffixes = map[string]string{
	"US": "USD", "A": "AUD", "AU": "AUD", "NZ": "NZD", "C": "CAD", "CA": "CAD", "CAN": "CAD", "HK": "HKD", "S": "SGD",
}

// CurrencyAbbrevs are abbreviations of a currency's name written
// capitalised before the amount, with or without a full stop, glued or
// not ("Rs 500", "Rs. 500", "Rs500", "Bs. 20"), lower case, with their
// ISO 4217 code.
var CurrencyAbbrevs = map[string]string{
	"rs": "INR", "bs": "VES", "rm": "MYR", "sfr": "CHF", "dhs": "AED",
	"rp": "IDR", "ksh": "KES", "tk": "BDT",
	// Gulf and African papers: "Dh50", "QR3bn", "SR200", "KD5",
	// "LE500" (Egyptian pounds), "Sh2.5 billion", "Shs 2bn" (shillings: the
	// article decides whose, SharedNames),
	// "TSh", "USh"
	"dh": "AED", "qr": "QAR", "sr": "SAR", "kd": "KWD", "le": "EGP",
	"sh": "KES", "shs": "KES", "tsh": "TZS", "ush": "UGX",
}

// CurrencyLetters are single capital letters glued before an amount that
// name a currency in the papers of its country: "R2.5bn" (rand), "N5
// trillion" (naira), "P125 million" (Philippine peso). A letter is read only glued and only before an
// amount that looks like money: a scale after it ("R2.5bn", "N5
// trillion"), thousands separators ("R1,500", "N150,000") or a price's
// denominator ("N617 per litre", "R350 a month"); "N95", "R5" stay names.
// Southern and West African papers write their own the same way: "D2,500"
// (Gambian dalasi), "M1,200" (Lesotho maloti), "E40,000", "E30 million"
// (Eswatini emalangeni) (articles-dev-5's Gambian, Lesotho and Eswatini
// stories); "D800", "M4", "E30" alone stay names.
var CurrencyLetters = map[string]string{"R": "ZAR", "N": "NGN", "P": "PHP", "K": "ZMW", "D": "GMD", "M": "LSL", "E": "SZL"}

// SharedLetters are the currency letters several countries write, with
// their family of SharedNames: "K500 million" is Zambian or Malawian
// kwacha, Papua New Guinea kina or Myanmar kyat, decided by the article
// like a bare "$".
var SharedLetters = map[string]string{"K": "k", "P": "p"}

// SymbolPrefixes are letters glued before a currency sign that name the
// currency ("GH₵50" Ghanaian cedis, "GH¢50" too, "E£3,000" Egyptian
// pounds, "LL" Lebanese pounds), as written.
var SymbolPrefixes = map[[2]string]string{
	{"GH", "₵"}: "GHS", {"GH", "¢"}: "GHS", {"E", "£"}: "EGP", {"LL", "£"}: "LBP", {"S", "£"}: "SYP",
	// the yen sign is China's yuan too: "CN¥3bn", "JP¥500" (CLDR writes them so)
	{"CN", "¥"}: "CNY", {"JP", "¥"}: "JPY", {"RMB", "¥"}: "CNY",
}

// CurrencyScalePrefixes are the letters glued before an ISO code that
// scale the amount ("30 MUSD", "MAUD 60", "120 MEUR", "5 KUSD"); read only
// when the rest is an ISO code and the letters are capitals.
var CurrencyScalePrefixes = map[byte]float64{'M': 1e6, 'K': 1e3, 'B': 1e9}

// CurrencyCodeAliases map a code written like an ISO code to the ISO code
// ("RMB 5 billion" is CNY; "NIS 600", Israel's new shekel as its press
// writes it, is ILS).
var CurrencyCodeAliases = map[string]string{"RMB": "CNY", "NIS": "ILS"}

// GuardedCodes are codes that also name other things ("the NIS 2
// directive", "NIS2": an EU law): read as money only before an amount
// that looks like one (spaced, with separators, decimals or a scale, or
// 10 and over: "NIS 600 a month", "NIS 2.4 million").
var GuardedCodes = map[string]bool{"NIS": true}

// ISO 4217 codes, current and former, and the currency of each region come
// from golang.org/x/text/currency (CLDR data, already a dependency of this
// module; github.com/bojanz/currency holds the same CLDR data but no former
// currencies, and would be a new dependency). Codes listed in
// extraCurrencyCodes are not ISO 4217 but written like codes in news.
var extraCurrencyCodes = []string{"BTC", "ETH", "RMB", "XBT", "USDT", "NIS"}

// currencyCodeWords are ISO codes that are also English words in capitals
// ("ALL 5 players", "TOP 10"): never read as a currency code.
var currencyCodeWords = map[string]bool{"ALL": true, "TOP": true, "SOS": true, "MOP": true, "BAM": true, "XXX": true, "XTS": true}

var currencyCodes = func() map[string]bool {
	m := map[string]bool{}
	it := xcurrency.Query(xcurrency.Historical, xcurrency.NonTender)
	for it.Next() {
		if c := it.Unit().String(); !currencyCodeWords[c] {
			m[c] = true
		}
	}
	for _, c := range extraCurrencyCodes {
		m[c] = true
	}
	return m
}()

// currentCodes are the codes of currencies in use today (ISO 4217 tender,
// from golang.org/x/text/currency, and extraCurrencyCodes).
var currentCodes = func() map[string]bool {
	m := map[string]bool{}
	it := xcurrency.Query()
	for it.Next() {
		m[it.Unit().String()] = true
	}
	for _, c := range extraCurrencyCodes {
		m[c] = true
	}
	return m
}()

// IsCurrentCurrencyCode reports a code of a currency in use today ("USD",
// "COP"), not a former one ("ESP", "DEM", "ARM").
func IsCurrentCurrencyCode(s string) bool { return currentCodes[s] && currencyCodes[s] }

// IsCurrencyCode reports an ISO 4217 code (current or former) or a code
// news writes like one (BTC, RMB).
func IsCurrencyCode(s string) bool {
	if len(s) < 3 || len(s) > 4 {
		return false
	}
	return currencyCodes[s]
}

// CurrencyCodes returns every code IsCurrencyCode accepts.
func CurrencyCodes() []string {
	out := make([]string, 0, len(currencyCodes))
	for c := range currencyCodes {
		out = append(out, c)
	}
	return out
}

// CurrencyOfRegion returns the currency of an ISO 3166 region ("CA" →
// CAD, "AU" → AUD), from CLDR.
func CurrencyOfRegion(region string) (string, bool) {
	if c, ok := regionCurrencySince[region]; ok {
		return c, true
	}
	r, err := language.ParseRegion(region)
	if err != nil {
		return "", false
	}
	u, ok := xcurrency.FromRegion(r)
	if !ok {
		return "", false
	}
	return u.String(), true
}

// regionCurrencySince are the regions whose currency changed after the
// CLDR data of golang.org/x/text: Sierra Leone's new leone (SLE, 2022;
// CLDR still gives SLL), as "leones" reads (CurrencyNames).
var regionCurrencySince = map[string]string{"SL": "SLE"}

// CurrencyNames map the names of currencies, current and former, written
// after an amount ("176 Hong Kong dollars" takes its country from
// quantity's currencyAdjectives), to ISO 4217 codes. A name shared by
// several currencies is read as the one news most often means ("dollars"
// USD unless the article says otherwise, "francs" CHF, "pesos" MXN).
var CurrencyNames = map[string]string{
	"dollar": "USD", "dollars": "USD", "buck": "USD", "bucks": "USD", "euro": "EUR", "euros": "EUR",
	// wire abbreviations of "dollars" (Reuters 1987: "1.4 billion dlrs",
	// "109 billion dlr foreign debt", "Shr loss 6.48 DLS": web-dev-17;
	// web-prec-5's "a 145 dlr per share offer", "120 mln stg")
	"dlr": "USD", "dlrs": "USD", "dls": "USD",
	"stg": "GBP", // the wire's sterling: "45.6 mln stg" (36 Reuters documents)
	"yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "rupee": "INR", "rupees": "INR",
	"ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
	"peso": "MXN", "pesos": "MXN", "bolivar": "VES", "bolivars": "VES", "bolívar": "VES",
	"bolívares": "VES", "bolivares": "VES", "reais": "BRL",
	"franc": "CHF", "francs": "CHF", "won": "KRW", "lira": "TRY", "liras": "TRY", "naira": "NGN",
	"rand": "ZAR", "shekel": "ILS", "shekels": "ILS", "riyal": "SAR", "riyals": "SAR",
	"dirham": "AED", "dirhams": "AED", "hryvnia": "UAH", "hryvnias": "UAH",
	"zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "kr": "SEK",
	"crown": "SEK", "crowns": "SEK", // the wire's kronor, kroner, koruny ("155 mln crowns"; SharedNames "crown")
	"rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "dong": "VND", "taka": "BDT",
	"shilling": "KES", "shillings": "KES", "cedi": "GHS", "cedis": "GHS", "sterling": "GBP",
	"pound": "GBP", "pounds": "GBP", "bitcoin": "BTC", "bitcoins": "BTC", "ether": "ETH",
	"quid": "GBP", "kuai": "CNY", // colloquial: "50 quid", "20 kuai"
	"forint": "HUF", "forints": "HUF", "koruna": "CZK", "korunas": "CZK", "leu": "RON", "lei": "RON",
	"lev": "BGN", "leva": "BGN", "tenge": "KZT", "kwacha": "ZMW", "birr": "ETB", "quetzal": "GTQ",
	"quetzales": "GTQ", "guarani": "PYG", "guaranis": "PYG", "lari": "GEL", "dram": "AMD", "manat": "AZN",
	"kyat": "MMK", "kyats": "MMK", "riel": "KHR", "riels": "KHR", "kip": "LAK", "tugrik": "MNT",
	"afghani": "AFN", "afghanis": "AFN", "ouguiya": "MRU", "dalasi": "GMD", "leone": "SLE", "leones": "SLE",
	"rufiyaa": "MVR", "ngultrum": "BTN", "pula": "BWP", "loti": "LSL", "lilangeni": "SZL", "kwanza": "AOA",
	"hryvnya": "UAH", "somoni": "TJS", "colones": "CRC", "córdoba": "NIO", "cordobas": "NIO",
	"dinar": "IQD", "dinars": "IQD", "metical": "MZN", "meticais": "MZN", "meticals": "MZN",
	"guaraní": "PYG", "guaraníes": "PYG", "guaranies": "PYG", "kina": "PGK", "maloti": "LSL",
	"emalangeni": "SZL", "dalasis": "GMD", "soles": "PEN", // (Peru; "sol" alone is the sun more often)
	// Central America, Central Asia and the Pacific in English wire copy
	// ("9,800 lempiras ($385) per quintal", "31 billion soms ($350
	// million)", "52 billion vatu ($433 million)": web-dev-6)
	"lempira": "HNL", "lempiras": "HNL", "som": "KGS", "soms": "KGS", "vatu": "VUV", "tala": "WST",
	"pa'anga": "TOP",
	// former currencies
	"guilder": "NLG", "guilders": "NLG", "markka": "FIM", "markkaa": "FIM", "markkas": "FIM",
	"peseta": "ESP", "pesetas": "ESP", "deutschmark": "DEM", "deutschmarks": "DEM", "deutschemark": "DEM",
	"deutschemarks": "DEM", "drachma": "GRD", "drachmas": "GRD", "drachmae": "GRD", "escudo": "PTE",
	"escudos": "PTE", "schilling": "ATS", "schillings": "ATS", "punt": "IEP", "punts": "IEP", "lire": "ITL",
	"kuna": "HRK", "kunas": "HRK", "tolar": "SIT", "tolars": "SIT",
	// the European Currency Unit of 1979-1998 (ISO 4217 XEU): the EC's
	// farm prices and export rebates in 1987 wire copy, "a rebate of
	// 43.147 Ecus", "43.699 ECUS" (Reuters-21578, web-prec-5)
	"ecu": "XEU", "ecus": "XEU",
}

// CurrencyPhrases are currencies named by an adjective and a name where
// the name alone is another currency or no currency ("Deutsche marks",
// "Dutch guilders", "French francs", "Italian lire"), lower case.
var CurrencyPhrases = map[[2]string]string{
	{"deutsche", "mark"}: "DEM", {"deutsche", "marks"}: "DEM", {"german", "marks"}: "DEM",
	{"dutch", "guilders"}: "NLG", {"french", "francs"}: "FRF", {"belgian", "francs"}: "BEF",
	{"italian", "lire"}: "ITL", {"italian", "lira"}: "ITL", {"finnish", "markka"}: "FIM",
	{"irish", "pounds"}: "IEP", {"egyptian", "pounds"}: "EGP", {"lebanese", "pounds"}: "LBP",
	{"syrian", "pounds"}: "SYP", {"sudanese", "pounds"}: "SDG", {"danish", "kroner"}: "DKK",
	{"norwegian", "kroner"}: "NOK", {"swedish", "kronor"}: "SEK", {"icelandic", "kronur"}: "ISK",
	{"kuwaiti", "dinars"}: "KWD", {"iraqi", "dinars"}: "IQD", {"jordanian", "dinars"}: "JOD",
	{"tunisian", "dinars"}: "TND", {"algerian", "dinars"}: "DZD", {"serbian", "dinars"}: "RSD",
	{"libyan", "dinars"}: "LYD", {"bahraini", "dinars"}: "BHD", {"saudi", "riyals"}: "SAR",
	{"qatari", "riyals"}: "QAR", {"iranian", "rials"}: "IRR", {"omani", "rials"}: "OMR",
	{"moroccan", "dirhams"}: "MAD", {"uae", "dirhams"}: "AED", {"malaysian", "ringgit"}: "MYR",
	{"east", "caribbean"}: "XCD", {"cfa", "francs"}: "XOF", {"cfa", "franc"}: "XOF",
	// East, West and Southern Africa and South Asia: the name alone is
	// read as the most common of its currencies ("shillings" KES, "rupees"
	// INR), the adjective names the others
	{"kenyan", "shillings"}: "KES", {"ugandan", "shillings"}: "UGX", {"tanzanian", "shillings"}: "TZS",
	{"somali", "shillings"}: "SOS", {"zambian", "kwacha"}: "ZMW", {"malawian", "kwacha"}: "MWK",
	{"malawi", "kwacha"}: "MWK", {"nigerian", "naira"}: "NGN", {"ghanaian", "cedis"}: "GHS",
	{"ghana", "cedis"}: "GHS", {"sri", "lankan"}: "LKR",
	{"nepalese", "rupees"}: "NPR", {"nepali", "rupees"}: "NPR", {"mauritian", "rupees"}: "MUR",
	{"bangladeshi", "taka"}: "BDT", {"ethiopian", "birr"}: "ETB", {"rwandan", "francs"}: "RWF",
	{"congolese", "francs"}: "CDF", {"moroccan", "dirham"}: "MAD", {"saudi", "riyal"}: "SAR",
	// the crowns of the Nordic countries and Czechia in English wire copy
	// ("492.50 Danish crowns", web-dev-4's claims gold; "4.7 billion
	// Swedish crowns", web-dev-11) and the singular names of a quoted
	// currency ("the Egyptian pound ... 49.3 to the dollar", web-dev-11)
	{"danish", "crowns"}: "DKK", {"danish", "crown"}: "DKK", {"swedish", "crowns"}: "SEK",
	{"swedish", "crown"}: "SEK", {"norwegian", "crowns"}: "NOK", {"norwegian", "crown"}: "NOK",
	{"czech", "crowns"}: "CZK", {"czech", "crown"}: "CZK", {"danish", "krone"}: "DKK",
	{"egyptian", "pound"}: "EGP", {"lebanese", "pound"}: "LBP", {"sudanese", "pound"}: "SDG",
	{"syrian", "pound"}: "SYP",
}

// QuoteCurrencyNames name a currency only where an exchange rate quotes
// it: "Brazil's real slid 0.9% to 5.62 per dollar", "the sol traded at
// 3.74 per dollar", "the loonie ... at 71.9 US cents", "4.46 against the
// greenback" (web-dev-11; dev5 "P55.82 against the greenback"). After an
// amount or elsewhere they are other words ("in real terms", "the kiwi
// fruit").
var QuoteCurrencyNames = map[string]string{
	"real": "BRL", "sol": "PEN", "greenback": "USD", "loonie": "CAD", "kiwi": "NZD", "aussie": "AUD",
}

// SubunitSigns are subunit signs written after an amount ("30¢", "99 ¢"):
// the cent sign is the dollar's cent (USD, or the article's dollar).
var SubunitSigns = map[string]Subunit{"¢": {"USD", 100}}

// Subunit is a currency's subunit: its code and how many make one unit.
type Subunit struct {
	Code string
	Per  float64
}

// CurrencySubunits are subunits written after an amount ("19 cents",
// "470 pence", "one penny", "50 paise"), read as a fraction of their unit.
var CurrencySubunits = map[string]Subunit{
	"cent": {"USD", 100}, "cents": {"USD", 100}, "pence": {"GBP", 100}, "penny": {"GBP", 100},
	"cts":     {"USD", 100}, // the wire's "cents": "Shr 34 cts vs 1.19 dlrs", "40 cts a share" (web-dev-17)
	"ct":      {"USD", 100}, // its singular: "one ct" (Reuters-21578: web-prec-5; web-dev-18 "Shr loss four cts vs loss one ct", two documents)
	"pennies": {"GBP", 100}, "paise": {"INR", 100}, "kopeck": {"RUB", 100}, "kopecks": {"RUB", 100},
	"kopeks": {"RUB", 100}, "centavos": {"MXN", 100}, "satoshi": {"BTC", 1e8}, "satoshis": {"BTC", 1e8},
	// US coins and the Chinese tenth ("five dimes", "a nickel", "5 jiao")
	"dime": {"USD", 10}, "dimes": {"USD", 10}, "nickel": {"USD", 20}, "nickels": {"USD", 20}, "jiao": {"CNY", 10},
	// subunits that name one currency in English news: Malaysia's sen
	// ("a dividend of 31 sen a share"), Nigeria's kobo, Ghana's pesewas,
	// Thailand's satang, Saudi halalas, Polish groszy, Israeli agorot
	"sen": {"MYR", 100}, "kobo": {"NGN", 100}, "pesewas": {"GHS", 100}, "satang": {"THB", 100},
	"halalas": {"SAR", 100}, "groszy": {"PLN", 100}, "agorot": {"ILS", 100},
}

// OwnSubunitWord are the currencies of CurrencySubunits whose subunit news
// calls only by its own word, never "cents": pence, paise, kopecks,
// centavos, satoshis. The other rows' currencies (MYR sen, NGN kobo, GHS
// pesewas, THB satang, SAR halalas, PLN groszy, ILS agorot, CNY jiao) also
// take "cents" ("5 ringgit 20 cents", "2 shekels and 50 cents" are one
// amount; a bare "cents" in such an article is its currency's), so they are
// not listed: reading them as OwnSubunitWord changed no dev set and split
// such amounts in two, the cents a default dollar's.
var OwnSubunitWord = WordSet(`GBP INR RUB MXN BTC`)

// DollarOfRegion returns the currency of a region whose sign is "$" in
// CLDR (CA → CAD, AU → AUD, HK → HKD, SG → SGD, NZ → NZD, MX → MXN), and
// false for regions whose money is written otherwise (GB, DE, IN) or is the
// US dollar itself.
func DollarOfRegion(region string) (string, bool) {
	code, ok := CurrencyOfRegion(region)
	if !ok || code == "USD" || !IsDollar(code) {
		return "", false
	}
	return code, true
}

// IsDollar reports a currency whose narrow sign is "$" in CLDR (USD, CAD,
// AUD, HKD, NZD, SGD, MXN, …): one that a bare "$" may be. A code ending
// in D is not enough: AED (dirham), IQD and KWD (dinars) are no dollars.
func IsDollar(code string) bool {
	u, err := xcurrency.ParseISO(code)
	if err != nil {
		return false
	}
	sym := strings.TrimSpace(strings.TrimRight(fmt.Sprint(xcurrency.NarrowSymbol(u.Amount(1))), "0123456789.,\u00a0 "))
	return sym == "$"
}

// DatelineCities are cities that open a dateline ("WINNIPEG —", "SYDNEY
// (Reuters) -"), lower case, with their ISO 3166 region: a bare "$" in
// the article is that region's dollar, bare "rupees" its rupees. Only cities whose name no large
// city of another dollar country shares.
var DatelineCities = map[string]string{
	"toronto": "CA", "ottawa": "CA", "montreal": "CA", "vancouver": "CA", "calgary": "CA", "edmonton": "CA",
	"winnipeg": "CA", "halifax": "CA", "regina": "CA", "saskatoon": "CA", "quebec": "CA", "victoria": "CA",
	"fredericton": "CA", "charlottetown": "CA", "st. john's": "CA", "whitehorse": "CA",
	"yellowknife": "CA", "iqaluit": "CA", "sydney": "AU", "melbourne": "AU", "brisbane": "AU", "perth": "AU",
	"adelaide": "AU", "canberra": "AU", "hobart": "AU", "darwin": "AU", "auckland": "NZ", "wellington": "NZ",
	"christchurch": "NZ", "hong kong": "HK", "singapore": "SG", "taipei": "TW",
	// cities of shared currency names (SharedNames): rupees and shillings
	"karachi": "PK", "lahore": "PK", "islamabad": "PK", "peshawar": "PK", "colombo": "LK",
	"kathmandu": "NP", "new delhi": "IN", "mumbai": "IN", "nairobi": "KE", "mombasa": "KE",
	"kampala": "UG", "dar es salaam": "TZ", "dodoma": "TZ",
	// kwacha, kina and kyat (the letter K, SharedLetters)
	"lusaka": "ZM", "ndola": "ZM", "kitwe": "ZM", "lilongwe": "MW", "blantyre": "MW", "port moresby": "PG",
	"yangon": "MM", "rangoon": "MM", "naypyitaw": "MM", "naypyidaw": "MM", "mandalay": "MM",
	// pesos (articles-dev-6 "SANTIAGO —" with "96,400 million pesos" and
	// no "Chile" in the text), dirhams, kroner
	"santiago": "CL", "valparaíso": "CL", "valparaiso": "CL", "bogotá": "CO", "bogota": "CO", "medellín": "CO",
	"medellin": "CO", "buenos aires": "AR", "montevideo": "UY", "manila": "PH", "santo domingo": "DO",
	"havana": "CU", "rabat": "MA", "casablanca": "MA", "dubai": "AE", "abu dhabi": "AE", "oslo": "NO",
	"bergen": "NO", "copenhagen": "DK", "stockholm": "SE", "gothenburg": "SE", "reykjavik": "IS", "prague": "CZ",
	// francs (a region's former currency counts: SharedNameOfRegion):
	// "PARIS, March 3 -" of the wire's French issuers, Belgium, Switzerland
	"paris": "FR", "brussels": "BE", "zurich": "CH", "geneva": "CH", "bern": "CH", "berne": "CH",
	// francs and CFA francs (SharedNames "franc", "cfa"): the capitals and
	// ports of the two CFA zones, Rwanda, Burundi, Congo, Guinea, Djibouti
	"dakar": "SN", "abidjan": "CI", "lomé": "TG", "lome": "TG", "ouagadougou": "BF", "bamako": "ML",
	"niamey": "NE", "cotonou": "BJ", "porto-novo": "BJ", "yaoundé": "CM", "yaounde": "CM", "douala": "CM",
	"libreville": "GA", "n'djamena": "TD", "ndjamena": "TD", "brazzaville": "CG", "bangui": "CF",
	"malabo": "GQ", "kigali": "RW", "bujumbura": "BI", "kinshasa": "CD", "conakry": "GN", "djibouti": "DJ",
}

// ExchangeSuffixes are the exchange suffixes of the wire's instrument
// codes in angle brackets after an issuer ("Shell Francaise <SFMF.PA>",
// "Fermenta AB's <FRMS.ST>", "BBC AG <BBCZ.Z>": Reuters 1987, web-dev-20),
// with the region of the exchange: the issuer's country, so the currency
// of its "francs" or "crowns" (quantity's currency-of-place in the code's
// sentence, the facade's rule ticker-exchange in its article).
var ExchangeSuffixes = map[string]string{
	"PA": "FR", "BR": "BE", "Z": "CH", "S": "CH", "ST": "SE", "OL": "NO", "CO": "DK", "IC": "IS",
	"PR": "CZ", "MX": "MX", "BO": "IN", "NS": "IN", "KA": "PK", "CM": "LK", "NR": "KE",
}

// RegionOfTicker returns the region of the exchange of the first
// instrument code "<NAME.XX>" of text that ExchangeSuffixes
// knows, or "".
func RegionOfTicker(text string) string {
	for i := strings.IndexByte(text, '<'); i >= 0; {
		j := i + 1
		for j < len(text) && (text[j] >= 'A' && text[j] <= 'Z' || text[j] >= '0' && text[j] <= '9') {
			j++
		}
		if dot := j; j > i+1 && j < len(text) && text[j] == '.' {
			for j++; j < len(text) && text[j] >= 'A' && text[j] <= 'Z'; j++ {
			}
			if j < len(text) && text[j] == '>' {
				if r := ExchangeSuffixes[text[dot+1:j]]; r != "" {
					return r
				}
			}
		}
		k := strings.IndexByte(text[i+1:], '<')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return ""
}

// MinorUnitDigits returns the number of digits of a currency's minor unit
// in ISO 4217 (2 for USD's cents, 0 for JPY), from golang.org/x/text/currency,
// and false for a code it does not know.
func MinorUnitDigits(code string) (int, bool) {
	u, err := xcurrency.ParseISO(code)
	if err != nil {
		return 0, false
	}
	scale, _ := xcurrency.Standard.Rounding(u)
	return scale, true
}

// SharedName is a currency name several countries use ("rupees" in India,
// Pakistan, Sri Lanka, Nepal; "shillings" in Kenya, Uganda, Tanzania;
// "pesos", "francs", "dirhams", "riyals", "dinars", "kwacha", "kroner",
// "pounds"):
// read alone it is Default, and the article decides which member it is
// (the facade's articleSharedName), as for a bare "$".
type SharedName struct {
	Default string
	Members []string // ISO 4217 codes of the countries that use the name
}

// SharedNames are the shared currency names, by family.
var SharedNames = map[string]SharedName{
	"rupee":    {"INR", []string{"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}},
	"shilling": {"KES", []string{"KES", "UGX", "TZS", "SOS"}},
	"peso":     {"MXN", []string{"MXN", "ARS", "COP", "CLP", "PHP", "CUP", "DOP", "UYU"}},
	// the French, Belgian and Luxembourg francs before the euro (wire
	// copy: "43 mln francs" of a Paris-listed issuer, web-dev-20): a
	// region's former currencies count (SharedNameOfRegion)
	"franc":  {"CHF", []string{"CHF", "FRF", "BEF", "LUF", "XOF", "XAF", "RWF", "BIF", "CDF", "GNF", "DJF", "KMF"}},
	"dirham": {"AED", []string{"AED", "MAD"}},
	"riyal":  {"SAR", []string{"SAR", "QAR", "OMR", "YER"}},
	"dinar":  {"IQD", []string{"IQD", "KWD", "JOD", "BHD", "LYD", "TND", "DZD", "RSD", "MKD"}},
	"kwacha": {"ZMW", []string{"ZMW", "MWK"}},
	"krone":  {"NOK", []string{"NOK", "DKK"}},
	"krona":  {"SEK", []string{"SEK", "ISK"}},
	// "crowns", the English name of all the Nordic and Czech ones (wire
	// copy: "155 mln crowns" of a Swedish bank, web-dev-20; "4.7 billion
	// Swedish crowns", web-dev-11, written)
	"crown": {"SEK", []string{"SEK", "NOK", "DKK", "ISK", "CZK"}},
	"pound": {"GBP", []string{"GBP", "EGP", "LBP", "SYP", "SDG", "SSP", "GIP", "FKP"}},
	"k":     {"ZMW", []string{"ZMW", "MWK", "PGK", "MMK"}}, // the letter K: kwacha, kina, kyat
	"yen":   {"JPY", []string{"JPY", "CNY"}},               // the sign ¥ (SharedSigns): yen and yuan
	"kr":    {"SEK", []string{"SEK", "NOK", "DKK", "ISK"}}, // "kr" after an amount: kronor, kroner, krónur
	"p":     {"PHP", []string{"PHP", "BWP"}},               // the letter P: Philippine peso, Botswana pula
	"le":    {"EGP", []string{"EGP", "SLE"}},               // "LE500" Egyptian pounds, "Le 600 million" leones
	"sr":    {"SAR", []string{"SAR", "SCR"}},               // "SR200" Saudi riyals, "SR 7,500" Seychelles rupees
	// "CFA francs": the West African (XOF: Senegal, Ivory Coast, Togo,
	// Burkina Faso, Mali, Niger, Benin) or the Central African franc (XAF:
	// Cameroon, Gabon, Chad, Congo, Central African Republic, Equatorial
	// Guinea), which the article's country decides (SharedPhrases)
	"cfa": {"XOF", []string{"XOF", "XAF"}},
}

// SharedPhrases are the two-word currency names (CurrencyPhrases) that
// several currencies share, with their family of SharedNames: "CFA francs"
// is XOF or XAF by the article ("148 billion CFA francs" in a Libreville
// story, "412 billion CFA francs" in a Lomé one: web-dev-6).
var SharedPhrases = map[[2]string]string{{"cfa", "francs"}: "cfa", {"cfa", "franc"}: "cfa"}

// SharedNameAfterPhrase maps a shared name's family to the family of a
// phrase that, written in the same article, names it in full: "francs"
// after "CFA francs" are CFA francs ("earned 9 million francs" after
// "5,200 CFA francs per kilogram"; "costs 28,000 francs"), not Swiss.
var SharedNameAfterPhrase = map[string]string{"franc": "cfa"}

// SharedSigns are the currency signs several currencies write, with their
// family of SharedNames: "¥" is the yen and the yuan in CLDR (its narrow
// sign of both), read as the yen unless the sentence or the article names
// China ("In Shenzhen, the model sells for ¥69,800").
var SharedSigns = map[string]string{"¥": "yen"}

// SharedNameWords are the words and abbreviations (lower case) that name
// a shared currency alone, with their family: "Rs 500", "500 rupees",
// "Sh2bn", "300 shillings".
var SharedNameWords = map[string]string{
	"rs": "rupee", "rupee": "rupee", "rupees": "rupee",
	"sh": "shilling", "shs": "shilling", "shilling": "shilling", "shillings": "shilling",
	"peso": "peso", "pesos": "peso", "franc": "franc", "francs": "franc",
	"dirham": "dirham", "dirhams": "dirham", "dh": "dirham", "dhs": "dirham",
	"riyal": "riyal", "riyals": "riyal", "kwacha": "kwacha", "dinar": "dinar", "dinars": "dinar",
	"krone": "krone", "kroner": "krone", "krona": "krona", "kronor": "krona",
	"crown": "crown", "crowns": "crown",
	// the Nordic sign written after the amount ("480,000 kr", "orders
	// 480kr or more": web-dev-9, a WCXB shop page)
	"kr":    "kr",
	"pound": "pound", "pounds": "pound",
	"le": "le", "sr": "sr",
}

// SharedNameOfRegion returns the member of a shared name family that is
// the currency of region ("PK" → PKR for "rupee"), or "".
// A region whose current currency is no member answers with its former
// one that is (golang.org/x/text/currency's historical tenders: France's
// FRF, Belgium's BEF before the euro): "francs" of a Paris story are
// French francs, whatever the year.
func SharedNameOfRegion(family, region string) string {
	code, ok := CurrencyOfRegion(region)
	if !ok {
		return ""
	}
	members := SharedNames[family].Members
	if slices.Contains(members, code) {
		return code
	}
	r, err := language.ParseRegion(region)
	if err != nil {
		return ""
	}
	for it := xcurrency.Query(xcurrency.Region(r), xcurrency.Historical); it.Next(); {
		if c := it.Unit().String(); it.IsTender() && slices.Contains(members, c) {
			return c
		}
	}
	return ""
}

// CurrencyCommonWords are currency names that are also common words ("he
// won 3 games", "a real 5-star hotel", "marks 50 years", "crown 2
// princes"): no currency before a number.
var CurrencyCommonWords = WordSet(`won real reals mark marks kip rand lek lev leu som dram bob buck bucks crown crowns`)
