package lexicon

import (
	xcurrency "golang.org/x/text/currency"
	"golang.org/x/text/language"
)

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
	"rs": "INR", "bs": "VES",
}

// CurrencyCodeAliases map a code written like an ISO code to the ISO code
// ("RMB 5 billion" is CNY).
var CurrencyCodeAliases = map[string]string{"RMB": "CNY"}

// ISO 4217 codes, current and former, and the currency of each region come
// from golang.org/x/text/currency (CLDR data, already a dependency of this
// module; github.com/bojanz/currency holds the same CLDR data but no former
// currencies, and would be a new dependency). Codes listed in
// extraCurrencyCodes are not ISO 4217 but written like codes in news.
var extraCurrencyCodes = []string{"BTC", "ETH", "RMB", "XBT", "USDT"}

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
