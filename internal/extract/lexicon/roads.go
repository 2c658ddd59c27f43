package lexicon

// Roads named by their number (quantity/roadnumbers.go): the number after
// a road's label is an identifier, no claim ("421 Route 59", "the
// interchange with U.S. 29 and 40", "Routes 1 and 9").

// RoadLabel is a word written before a road's number. Each reader takes
// the rows of its column.
type RoadLabel struct {
	// Word as written, capitalised: "Route 59" (quantity's roadLabels:
	// numberedRoadAt, roadNumberAt). An abbreviation with dots ("U.S.")
	// is read on the text, as the number grammar splits it at its dots
	// (usRouteAt): only a whole number of up to three digits after it,
	// "U.S. 29", not "the U.S. 50 states" before a noun.
	Word string
	// Plural before the numbers of a list, "Routes 1 and 9"
	// (roadListLabels); "" when none is read.
	Plural string
	// Label: the lower-cased word is also one of the number grammar's
	// label words, an identifier before any number ("route 9"; quantity's
	// labelWords).
	Label bool
	// Street: the word also ends a street's name ("at 980 Highway 7",
	// "Pacific Coast Highway"; quantity's streetTypes).
	Street bool
}

// RoadLabels are the words that name a road by its number.
var RoadLabels = []RoadLabel{
	{Word: "Route", Plural: "Routes", Label: true},
	{Word: "Highway", Plural: "Highways", Label: true, Street: true},
	{Word: "Hwy", Street: true},
	// "Interstate 84 was closed" (web-dev-5; "Interstate 95" in web-dev-7)
	{Word: "Interstate", Plural: "Interstates", Label: true},
	{Word: "U.S."},
}
