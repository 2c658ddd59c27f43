package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Package sizes. A measure written as the hyphened modifier of a
// container ("The price of a 50-kg bag of ice … had doubled to 2,000 CFA
// francs, traders said"; "A 10,000-litre tank costs about A$2,800
// installed, officials said"; "The average price of a 5-kilogram bag of
// rice … rose to ¥4,285, the farm ministry said") names the item the
// reported price is about: the reporter's description of the kind, as
// ANNOTATION.md's "durations used as modifiers" and the conventions'
// "two-bedroom" are, not a figure the source puts forward. Outside a
// quotation it gets no source (rule package-size-unsourced); inside one
// the speaker said it ("“We buy a 20-litre container for 25 meticais,”
// said Amina Saide"). Dev golds: web-dev-6 (Burkina Faso, Chad, Kiribati)
// and articles-dev-2 (Japan) leave all four unsourced; no dev gold
// sources a package size outside a quotation. A size that is no
// container's keeps its source ("a 450-metre quay extension", "a
// 3,800-kilometre undersea cable").

// packageSize reports whether the claim at [start, end) is a hyphened
// measure ("50-kg", "10,000-litre") right before a container noun
// (lexicon.PackageNouns) outside a quotation.
func (a *attributor) packageSize(start, end int) bool {
	q := a.d.Text[start:end]
	h := strings.LastIndexByte(q, '-')
	if h < 0 || h+1 >= len(q) || !text.IsASCIILetter(q[h+1]) || a.inQuote(start) {
		return false
	}
	rest := strings.TrimLeft(a.d.Text[end:], " ")
	n := 0
	for n < len(rest) && text.IsASCIILetter(rest[n]) {
		n++
	}
	return lexicon.PackageNouns[strings.ToLower(rest[:n])]
}

// packageSizeSource returns f, the attribution found for the claim at
// [start, end), or, when f gives a source to a package size, no source
// under rule package-size-unsourced.
func (a *attributor) packageSizeSource(f *found, start, end int) *found {
	if f == nil || f.src == nil || !a.packageSize(start, end) {
		return f
	}
	return &found{rule: rulePackageSizeUnsourced}
}
