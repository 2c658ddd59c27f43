package extract

// transcriptLabel returns the speaker label a paragraph opens with, in
// transcripts ("Matthews: …", "Bernie Sanders: …"): one to four capitalised
// words and a colon, the words naming a person by the article's evidence
// ("Contributing:", "Twitter:" or "South Carolina:" do not; nor do "Q:" and
// "A:", which name no one). It covers the paragraph.
func (a *attributor) transcriptLabel(si int) *found {
	para := a.d.Sentences[si].Para
	k := si
	for k > 0 && a.d.Sentences[k-1].Para == para {
		k--
	}
	ts := a.tokens(k)
	c := -1
	for j := 0; j < len(ts) && j < 5; j++ {
		if ts[j].Text == ":" {
			c = j
			break
		}
		if !ts[j].capitalised() || a.inQuote(ts[j].Start) {
			return nil
		}
	}
	if c < 1 || (c+1 >= len(ts) && k+1 >= len(a.d.Sentences)) {
		return nil
	}
	if _, kind := a.resolveNP(ts, 0, c-1); kind != kindPerson {
		return nil
	}
	p := a.d.Paragraphs[para]
	return &found{cue: a.span(ts[c].Start, ts[c].end()), src: a.source(ts, 0, c-1, -1, -1), from: p.Start, to: p.End}
}
