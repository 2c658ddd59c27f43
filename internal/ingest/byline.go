package ingest

import (
	"regexp"
	"unicode"
)

// byline matches author and dateline lines of a page ("By Jane Doe",
// "Jane Doe, Reuters", "Nov 19, 2019, 10:31 pm CST").
var bylineRe = regexp.MustCompile(`(?i)^(?:by|written by|words by|reporting by|posted by|author:?)\s+\S.{0,80}$|^[\p{Lu}][\w.'’-]+(?:\s[\p{Lu}][\w.'’-]+){0,3}\s*[-–—,|]\s*(?:[\w ,:]{0,40}\d{4}.{0,30}|(?:staff|senior|chief|contributing)?\s*(?:writer|reporter|correspondent|editor|columnist)s?.{0,40}|reuters|ap|afp|associated press|bloomberg)$`)

var dateLineRe = regexp.MustCompile(`(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?:[\s,|•·-]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?)?\.?$|^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?.{0,50}\d{4}$`)

func isByline(l string) bool {
	if len(l) > 140 {
		return false
	}
	return bylineRe.MatchString(l) || dateLineRe.MatchString(l)
}

func isUpperOrDigit(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }
