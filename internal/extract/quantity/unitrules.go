package quantity

// The named rules of units, currencies, scales, rates, ages, change and
// level (see units.go, rates.go, qualifiers.go).
var (
	ruleAgeOfAge                = newRule("age-of-age")
	ruleAgeYo                   = newRule("age-yo")
	ruleChangeAndLevel          = newRule("change-and-level")
	ruleCompoundAmount          = newRule("compound-amount")
	ruleCurrencyCodeAfter       = newRule("currency-code-after")
	ruleCurrencyLetter          = newRule("currency-letter")
	ruleCurrencyName            = newRule("currency-name")
	ruleCurrencyPhrase          = newRule("currency-phrase")
	ruleCurrencyScaledCode      = newRule("currency-scaled-code")
	ruleCurrencySubunit         = newRule("currency-subunit")
	ruleCurrencySymbolAfter     = newRule("currency-symbol-after")
	ruleDegreeScale             = newRule("degree-scale")
	ruleDegreeSign              = newRule("degree-sign")
	ruleDollarSuffix            = newRule("dollar-suffix")
	ruleMMetre                  = newRule("m-metre")
	ruleMMillion                = newRule("m-million")
	rulePenceLetter             = newRule("pence-letter")
	ruleGramLetter              = newRule("gram-letter")
	rulePoundsMoneyOrWeight     = newRule("pounds-money-or-weight")
	ruleTemperatureLetter       = newRule("temperature-letter")
	ruleTemperatureLetterSpaced = newRule("temperature-letter-spaced")
	ruleTonneLetter             = newRule("tonne-letter")
	ruleMultipleX               = newRule("multiple-x")
	ruleHyphenedPoints          = newRule("hyphened-points")
	ruleHyphenedArea            = newRule("hyphened-area")
	ruleCurrencyNameBefore      = newRule("currency-name-before")
	ruleUnitSymbol              = newRule("unit-symbol")
	ruleUpToMovement            = newRule("up-to-movement")
	ruleRate                    = newRule("rate")
	ruleComparisonSign          = newRule("comparison-sign")
	ruleMinusWord               = newRule("minus-word")
	ruleUnitBracketed           = newRule("unit-bracketed")
	ruleCompoundMeasure         = newRule("compound-measure")
	ruleScientific              = newRule("scientific-notation")
	ruleNumberChain             = newRule("number-chain")
	ruleAgeSpaced               = newRule("age-spaced-hyphens")
	ruleNumberAmpersand         = newRule("number-ampersand")
	ruleNumberHyphenScale       = newRule("number-hyphen-scale")
	ruleFeetInches              = newRule("feet-inches")
	ruleGrandThousands          = newRule("grand-thousands")
	ruleSoftwareVersion         = newRule("software-version-code")
	ruleBpsDataRate             = newRule("bps-data-rate")
	ruleDecadeOfLife            = newRule("decade-of-life")
	ruleBelowZero               = newRule("below-zero")
	ruleMinusTemperature        = newRule("minus-temperature")
	ruleSpacedMinusTemperature  = newRule("spaced-minus-temperature")
	ruleAgeInYears              = newRule("age-in-years")
	ruleAgeSubYear              = newRule("age-sub-year")
	ruleUnitBefore              = newRule("unit-before")
	rulePressurePair            = newRule("pressure-pair")
	ruleHighLowTemperature      = newRule("high-low-temperature")
	ruleTemperatureDecade       = newRule("temperature-decade")
	ruleCurrencySymbolPrefix    = newRule("currency-symbol-prefix")
	ruleCurrencyOfPlace         = newRule("currency-of-place")
)

// rateRules name a rate by the rule that read its numerator
// ("currency-abbrev+rate"), so that explain shows both.
var rateRules = func() map[rule]rule {
	m := map[rule]rule{}
	for _, r := range []rule{ruleCurrencySymbol, ruleDollarPrefix, ruleDollarSuffix, ruleCurrencyCode, ruleCurrencyAbbrev,
		ruleCurrencyCodeAfter, ruleCurrencySymbolAfter, ruleCurrencyName, ruleCurrencyPhrase, ruleCurrencyScaledCode,
		ruleCurrencySubunit, ruleCurrencyLetter, ruleCurrencySymbolPrefix, ruleGrandThousands, rulePenceLetter, ruleGramLetter, ruleHyphenCurrency, ruleUnitAfter, ruleUnitSymbol, ruleMMillion, ruleRangeAfter} {
		m[r] = newRule(r.String() + "+rate")
	}
	return m
}()

// valueRules read the value itself (a number form), not its unit: a count
// read by one keeps the rule's name in explain instead of default-count
// (an array indexed by rule: no map lookup per mention).
var valueRules = func() (a [maxRules]bool) {
	for _, r := range []rule{ruleLakhGrouping, ruleScaleOfScale, ruleScientific, ruleNumberChain, ruleNumberAmpersand, ruleMinusWord,
		ruleFractionOfScale, ruleSpacedDecimal, ruleSpacedThousands, ruleDecimalComma, ruleFractionOver, ruleFractionSlash, ruleMixedNumberHyphen, ruleAndFraction, rulePointDecimals, ruleTimesTenPower, ruleCaretPower, ruleHalfAUnit, ruleAHalfDozen, ruleBBillionCount} {
		a[r] = true
	}
	return a
}()

// ruleRateAfterOrMore: the rate after a suffix bound, "N or more a year"
// (quantity.go complete).
var ruleRateAfterOrMore = newRule("rate-after-or-more")
