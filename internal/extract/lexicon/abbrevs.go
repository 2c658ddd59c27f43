package lexicon

import "strings"

// numberAbbrevs are abbreviations written with a full stop before a number
// ("Vol. 2", "Fig. 3", "pp. 12–14", "approx. 500", "Art. 5"), without the
// stop.
var numberAbbrevs = map[string]bool{
	"Vol": true, "Vols": true, "vol": true, "Fig": true, "Figs": true, "fig": true, "pp": true, "approx": true,
	"est": true, "Art": true, "Arts": true, "Sec": true, "Ch": true, "Nos": true, "No": true,
	// a page, any case ("p. 23", "(P. 211) the anti-trust laws", "(Pp.
	// 228-229)": a 1961 magazine quoting a book, Brown ca36)
	"p": true, "P": true, "Pp": true, "PP": true,
}

// NumberAbbrev reports whether w (without its full stop) is an abbreviation
// written before a number: one of numberAbbrevs, or a currency abbreviation
// of CurrencyAbbrevs in capitals ("Rs", "Ksh", "Bs").
func NumberAbbrev(w string) bool {
	if numberAbbrevs[w] {
		return true
	}
	_, ok := CurrencyAbbrevs[strings.ToLower(w)]
	return ok && w != "" && w[0] >= 'A' && w[0] <= 'Z'
}
