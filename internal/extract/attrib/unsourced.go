package attrib

// The rules that take a source away: a figure that is the reporter's
// description, not what a source reports, gets no source even where a
// cue stands (Rules.Cue names the rule; --explain prints its reason,
// Rules.Unsourced).
const (
	// RuleAppositiveAgeUnsourced: an age in apposition to a name ("Maduro,
	// 61, had won"; the facade drops the source).
	RuleAppositiveAgeUnsourced = "appositive-age-unsourced"
	// rulePackageSizeUnsourced: a container's size ("a 50-kg bag of ice";
	// packagesize.go).
	rulePackageSizeUnsourced = "package-size-unsourced"
)

// unsourcedReasons are the reasons --explain prints for them.
var unsourcedReasons = map[string]string{
	RuleAppositiveAgeUnsourced: "an age in apposition is the reporter's",
	rulePackageSizeUnsourced:   "a container's size is the reporter's description",
}

// Unsourced returns why the rule r.Cue gave the claim no source when it is
// one of the rules that take a source away, else "".
func (r Rules) Unsourced() string { return unsourcedReasons[r.Cue] }
