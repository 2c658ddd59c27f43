package quantity

// Direction of change: "rose 5%", "fell by 3 points", "up about 19 per cent",
// "an increase of 5%", "a 5% rise", "3 points lower".

// passWords may stand between a change word and its number.
var passWords = map[string]bool{
	"by": true, "to": true, "of": true, "a": true, "an": true, "the": true, "some": true,
	"about": true, "around": true, "nearly": true, "almost": true, "roughly": true,
	"approximately": true, "more": true, "than": true, "over": true, "just": true, "only": true,
	"another": true, "further": true, "additional": true, "sharply": true, "slightly": true,
	"steeply": true, "estimated": true, "at": true, "least": true, "as": true, "much": true,
	"many": true, "almost ": true, "nearly ": true, "record": true, "whopping": true,
	"modest": true, "marginally": true, "dramatically": true, "significantly": true,
	"substantially": true, "close": true, "some ": true, "respectively": true, "again": true,
	"year": true, "on": true, "low": true, "high": true, "level": true, "new": true, "annual": true, "annually": true, "overall": true, "total": true,
}

// changeOf returns "up", "down" or "" for a claim.
func (p *parser) changeOf(c *cand) string {
	if chg, ok := p.changeAfter(c); ok {
		return chg
	}
	return p.changeBefore(c)
}

// changeAfter reads a change after the number: "a 5% rise", "3 points
// lower", a change noun a few words after "in", "1 in 4 residents ... in
// 2010, up from 1 in 10" (the new level).
func (p *parser) changeAfter(c *cand) (string, bool) {
	j := c.en
	if p.isHyphen(j) && p.adj(j) {
		j++
	}
	if w := p.w(j); w != nil && w.chgN != "" && p.toks[j].k == tWord {
		return w.chgN, true
	}
	if p.key(j) == "in" {
		for k := j + 1; k < len(p.toks) && k <= j+3 && p.toks[k].k == tWord; k++ {
			if w := p.w(k); w != nil && w.chgN != "" {
				return w.chgN, true
			}
		}
	}
	for k := c.en; k < len(p.toks) && k < c.en+8; k++ {
		if p.toks[k].k == tNum {
			break
		}
		if (p.key(k) == "up" || p.key(k) == "down") && p.key(k+1) == "from" && p.is(k-1, ",") {
			return p.key(k), true
		}
	}
	return "", false
}

// changeBefore reads a change before the number: "rose 5%", "fell by more
// than 3 points", "an increase of 5%", "rose from 5% to 7%".
func (p *parser) changeBefore(c *cand) string {
	i := c.st - 1
	if p.key(i) == "from" {
		return "" // the start of "rose from 5% to 7%"
	}
	// "rose from 5% to 7%": look past "from 5%"
	lim := p.floor
	if p.key(i) == "to" && len(p.out) > 0 {
		last := &p.out[len(p.out)-1]
		if last.End <= p.toks[i].s {
			k := i - 1
			for k >= 0 && p.toks[k].s >= last.Start {
				k--
			}
			if p.key(k) == "from" && p.toks[k+1].s == last.Start {
				i = k - 1
				lim = 0
			} else if last.Change != "" && p.toks[k+1].s == last.Start {
				return last.Change // "rose 3.5% to $3.2bn": the new level
			}
		}
	}
	// "reduce steel production by 10,000 tons": "by" marks the amount of a change
	byAmount := p.key(i) == "by" || p.key(i) == "to"
	passed := 0 // words passed that are not pass words
	for n := 0; i >= lim && i >= 0 && n < 7; i, n = i-1, n+1 {
		t := &p.toks[i]
		if t.k != tWord || t.w == nil && !byAmount {
			return ""
		}
		if t.w == nil {
			passed++
			continue
		}
		if t.w.chg != "" {
			if t.w.key == "up" && p.key(i+1) == "to" && i+1 < c.st {
				return ""
			}
			if (t.w.key == "up" || t.w.key == "down") && !p.adverbChange(c, i) {
				return ""
			}
			if weakChange[t.w.key] && !p.weakChangeHolds(c, i) {
				return ""
			}
			return t.w.chg
		}
		if !passWords[t.w.key] {
			if !byAmount || t.w.fn && t.w.key != "the" && t.w.key != "its" && t.w.key != "their" && t.w.key != "his" && t.w.key != "her" {
				return ""
			}
			passed++
		}
		if passed > 3 || n >= 4 && !byAmount {
			return ""
		}
	}
	return ""
}

// weakChange verbs also take amounts that are not changes ("raised $20
// million", "gaining 16 percent of the vote", "lost two jobs").
var weakChange = map[string]bool{
	"raised": true, "raise": true, "raising": true, "gain": true, "gains": true, "gained": true,
	"gaining": true, "added": true, "boost": true, "boosted": true,
}

// weakChangeHolds: a weak change verb at token v makes the claim a change
// when "by"/"to" introduces it, or when it is a rate not followed by "of".
func (p *parser) weakChangeHolds(c *cand, v int) bool {
	for j := v + 1; j < c.st; j++ {
		if k := p.key(j); k == "by" || k == "to" {
			return true
		}
	}
	switch c.unit {
	case "percent", "percentage_point", "point", "basis_point":
		return p.key(c.en) != "of"
	}
	return false
}

// adverbChange: "up"/"down" before a number state a change ("sales were up
// 5%", "down 3 points"), unless they are a verb particle ("sign up 5
// million people").
func (p *parser) adverbChange(c *cand, i int) bool {
	// "women make up 51 percent of", "took up 30% of the budget" (but she
	// "made up 5 points" gained them)
	if i > 0 {
		switch particleVerbs[toLowerASCII(p.raw(i-1))] {
		case 1:
			return false
		case 2:
			if p.key(c.en) == "of" {
				return false
			}
		}
	}
	switch c.unit {
	case "percent", "percentage_point", "point", "basis_point":
		return true
	}
	if c.currency {
		return true
	}
	if i == 0 || p.toks[i-1].k == tPunct {
		return true
	}
	switch p.key(i - 1) {
	case "is", "are", "was", "were", "be", "been", "being", "now", "still":
		return true
	}
	return false
}

// particleVerbs take "up"/"down" as a particle, not as a change: "sign up
// 5 million people", "end up with" (1); "make up 51 percent of" and "take up
// 30% of" only before "of" (2).
var particleVerbs = map[string]int{
	"make": 2, "makes": 2, "made": 2, "making": 2, "take": 2, "takes": 2, "took": 2, "taken": 2,
	"taking": 2, "end": 1, "ends": 1, "ended": 1, "ending": 1, "sign": 1, "signs": 1, "signed": 1,
	"signing": 1, "set": 1, "sets": 1, "setting": 1, "break": 1, "breaks": 1, "broke": 1,
	"broken": 1, "breaking": 1,
}
