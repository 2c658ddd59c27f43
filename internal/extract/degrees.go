package extract

import (
	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Which scale a bare temperature in "degrees" is ("temperatures 10 to 12
// degrees above the December average", "warmed by about 1 degree": the
// quantity grammar marks it, quantity.Mention.BareDegree). The article
// decides, by the first of these rules that speaks:
//
//	article-scale   the one scale the article's other temperatures name ("a
//	                mean of 11.2C", "104F"): Celsius or Fahrenheit
//	article-places  the country the article names most (placesRegion; the
//	                URL's country domain, the language tag's region or a
//	                dateline first): Fahrenheit in the United States and the
//	                few countries that keep it, Celsius elsewhere
//
// else it stays "degree" (web-dev-3 and web-dev-4: Perth, Germany, Ireland
// and Texas heat and climate reports).

// articleDegrees rewrites the "degree" of each bare temperature (deg[i])
// to the article's scale; it returns the rule that decided, or "".
func articleDegrees(a *claims.Article, out []claims.Quantity, deg []bool) string {
	any := false
	for i := range deg {
		any = any || deg[i]
	}
	if !any {
		return ""
	}
	scale, rule := "", "article-scale"
	for i := range out {
		if u := out[i].Unit; !deg[i] && (u == "celsius" || u == "fahrenheit") {
			if scale != "" && scale != u {
				scale = ""
				break
			}
			scale = u
		}
	}
	if scale == "" {
		rule = "article-places"
		region := regionOfURL(a.URL)
		if region == "" {
			region = regionOfLang(a.Lang)
		}
		if region == "" {
			region = regionOfDateline(a.Text)
		}
		if region == "" {
			region = placesRegion(a.Text)
		}
		if region == "" {
			return ""
		}
		scale = lexicon.TemperatureScale(region)
	}
	for i := range out {
		if deg[i] && out[i].Unit == "degree" {
			out[i].Unit = scale
		}
	}
	return rule
}
