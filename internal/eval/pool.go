package eval

// Pool adds the counts, lists and per-rule tallies of o to r, so that the
// reports of several gold files read as one (the pooled dev figures).
func (r *Report) Pool(o *Report) {
	r.TP += o.TP
	r.FP += o.FP
	r.FN += o.FN
	r.Matched += o.Matched
	r.Value += o.Value
	r.Unit += o.Unit
	r.Source += o.Source
	r.Cue += o.Cue
	r.NotClaimViolations += o.NotClaimViolations
	r.MissingArticles = append(r.MissingArticles, o.MissingArticles...)
	r.Misses = append(r.Misses, o.Misses...)
	r.FalsePositives = append(r.FalsePositives, o.FalsePositives...)
	r.Mismatches = append(r.Mismatches, o.Mismatches...)
	r.Rules.Pool(&o.Rules)
}

// Pool adds o's tallies to rt, rule by rule.
func (rt *RuleTallies) Pool(o *RuleTallies) {
	if len(o.m) == 0 {
		return
	}
	if rt.m == nil {
		rt.m = map[[2]string]*RuleTally{}
	}
	for k, t := range o.m {
		s := rt.m[k]
		if s == nil {
			s = &RuleTally{Family: t.Family, Rule: t.Rule}
			rt.m[k] = s
		}
		s.Claims += t.Claims
		s.Right += t.Right
		s.GoldNone += t.GoldNone
		s.NoneGiven += t.NoneGiven
		s.WrongName += t.WrongName
		s.Given += t.Given
		s.GivenRight += t.GivenRight
	}
}
