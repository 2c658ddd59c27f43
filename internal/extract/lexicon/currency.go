package lexicon

// Currencies written before an amount. Each is one row here; the number
// grammar (quantity/units.go) reads them in one matcher, currencyBefore.
// To add a currency written "XY 500" or "XY500" ("RM79"), add a row to
// CurrencyAbbrevs; a sign ("₦") goes in CurrencySymbols; an ISO 4217 code
// written as a word ("MYR 79") needs nothing: every ISO code is known.

// CurrencySymbols map a currency sign to its ISO 4217 code.
var CurrencySymbols = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
	"₺": "TRY", "₦": "NGN", "₱": "PHP", "₪": "ILS", "₴": "UAH", "₫": "VND", "฿": "THB", "₿": "BTC",
}

// DollarPrefixes are the letters glued before "$" (US$, C$, HK$), lower
// case, with the dollar they name.
var DollarPrefixes = map[string]string{
	"us": "USD", "u": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "a": "AUD", "au": "AUD",
	"nz": "NZD", "hk": "HKD", "s": "SGD", "r": "BRL", "nt": "TWD", "mx": "MXN", "mex": "MXN",
}

// CurrencyAbbrevs are abbreviations of a currency's name written
// capitalised before the amount, with or without a full stop, glued or
// not ("Rs 500", "Rs. 500", "Rs500", "Bs. 20"), lower case, with their
// ISO 4217 code.
var CurrencyAbbrevs = map[string]string{
	"rs": "INR", "bs": "VES", "rm": "MYR",
}

// CurrencyCodeAliases map a code written like an ISO code to the ISO code
// ("RMB 5 billion" is CNY).
var CurrencyCodeAliases = map[string]string{"RMB": "CNY"}
