package attrib

import (
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Rule org-description/past-place-or-quote: the nearest organisation that
// a bare description ("the association", "the company", "the group")
// stands for is no place, however the registry reads it ("Italy had
// jumped the gun. … Italy's national hotel federation said … Another half
// a million jobs are at risk, according to the association", web-dev),
// and, for a description outside quotation marks, no name the article
// wrote only inside them ("“We are all concerned with events in CBD,” …
// the company announced", web-dev's Uber page): the nearest organisation
// past them, else the steps after org-description's nearest.
const ruleOrgPastPlaceOrQuote = "past-place-or-quote"

// describableOrg checks n, the organisation nearest before pos: sub is ""
// when n can be what a description at pos stands for; else m is the
// nearest organisation past the places and quoted names ("" when none)
// and sub the rule's name.
func (a *attributor) describableOrg(pos int, n string) (m, sub string) {
	quoted := a.inQuote(pos)
	r := a.reg
	bad := func(i int) bool {
		e := r.ents[i]
		name := r.fullest(e.Name, e.Start)
		return lexicon.Places[name] || lexicon.Places[e.Name] || !quoted && a.inQuote(e.Start)
	}
	first := -1
	for i := r.startingBy(pos) - 1; i >= 0; i-- {
		if r.ents[i].End > pos || !r.nearOK(i, kindOrg, "", 0) {
			continue
		}
		if first < 0 {
			first = i
			if r.fullest(r.ents[i].Name, r.ents[i].Start) != n || !bad(i) {
				return "", "" // (nearest's answer stands)
			}
			continue
		}
		if !bad(i) {
			return r.fullest(r.ents[i].Name, r.ents[i].Start), ruleOrgPastPlaceOrQuote
		}
	}
	if first < 0 {
		return "", ""
	}
	return "", ruleOrgPastPlaceOrQuote
}
