package quantity

// Definite references and the names that look like them (kind rule
// definite-reference, kind.go).

// nameAfterArticle reports a capitalised number word inside a sentence
// that is no title, after "the" and before another capitalised word: the
// start of a name ("discussed in The Four Golden Signals" (quantities
// web-dev-14), "the Three Mile Island plant", "the Big Ten's", "the Seven
// Sisters colleges"), which number-word-in-name and its kin read, not a
// reference back to a set the article counted ("the two countries"). The
// rule definite-reference leaves it to them.
func (p *parser) nameAfterArticle(c *cand) bool {
	return p.capitalised(c.st) && !p.sentenceStart(c.st) && c.en < len(p.toks) && p.capitalised(c.en) && !p.isTitle()
}
