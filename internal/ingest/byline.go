package ingest

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// byline matches author and dateline lines of a page ("By Jane Doe",
// "Written by: Jane Doe", "Written byJane Doe" where the label and the
// name stood in elements of their own, "Jane Doe, Reuters", "Nov 19, 2019,
// 10:31 pm CST").
var bylineRe = regexp.MustCompile(`(?i)^(?:by|written by|words by|reporting by|posted by|author:?)\s+\S.{0,80}$|^(?i:by|written by|words by|reporting by|posted by):\s*\S.{0,80}$|^(?i:written|words|reporting|posted) by\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}$|^[\p{Lu}][\w.'’-]+(?:\s[\p{Lu}][\w.'’-]+){0,3}\s*[-–—,|]\s*(?:[\w ,:]{0,40}\d{4}.{0,30}|(?:staff|senior|chief|contributing)?\s*(?:writer|reporter|correspondent|editor|columnist)s?.{0,40}|reuters|ap|afp|associated press|bloomberg)$`)

// The months' and days' abbreviations, from the lexicon's tables, as
// regexp alternations.
var monthAlts, dayAlts = lexicon.MonthPrefixPattern(), lexicon.WeekdayPrefixPattern()

var dateLineRe = regexp.MustCompile(`(?i)^(?:(?:` + dayAlts + `)[a-z]*,?\s*)?(?:(?:` + monthAlts + `)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:` + monthAlts + `)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?:[\s,|•·-]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?)?\.?$|^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?.{0,50}\d{4}$`)

func isByline(l string) bool {
	if len(l) > 140 {
		return false
	}
	return bylineRe.MatchString(l) || hasDigit(l) && dateLineRe.MatchString(l) // every date line has a digit
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func isUpperOrDigit(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }

// dumpByline reads the date and authors stated on the lines between the
// headline and the body ("By Jane Doe and John Roe", "Nov 19, 2019, 10:31
// pm CST").
func dumpByline(lines []string, title, start int) (string, []string) {
	var date string
	var authors []string
	for i := max(title+1, start-6, 0); i < start; i++ {
		l := lines[i]
		if len(l) > 140 {
			continue
		}
		if date == "" {
			date = findDate(l)
		}
		if authors == nil {
			if m := byPrefix.FindStringSubmatch(l); m != nil {
				authors = splitAuthors(m[1])
			}
		}
	}
	return date, authors
}

// byPrefix matches "By Jane Doe[, Reuters | - Nov 19, 2019]".
var byPrefix = regexp.MustCompile(`^(?i:by|written by|words by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?i:and)|&|,)?\s*\p{Lu}[\p{L}.'’-]*){0,7})`)

// monthDate finds an English date with a month name in a line.
var monthDate = regexp.MustCompile(`(?i)\b((?:` + monthAlts + `)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:` + monthAlts + `)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\b`)

// findDate returns the first date in a line as YYYY-MM-DD, or "".
func findDate(l string) string {
	m := monthDate.FindString(l)
	if m == "" {
		return ""
	}
	m = strings.NewReplacer(".", "", ",", "", "st ", " ", "nd ", " ", "rd ", " ", "th ", " ").Replace(m)
	m = strings.Join(strings.Fields(m), " ")
	for _, layout := range []string{"Jan 2 2006", "January 2 2006", "2 Jan 2006", "2 January 2006", "2006-01-02"} {
		if t, err := time.Parse(layout, titleCase(m)); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if len(m) >= 4 && strings.HasPrefix(strings.ToLower(m), "sept") {
		return findDate("Sep" + m[4:])
	}
	return ""
}

// titleCase upper-cases the first letter of each word ("nov" → "Nov").
func titleCase(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}
