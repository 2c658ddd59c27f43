package claims

// The closed vocabularies of the model, as typed constants: the kind of a
// number mention, its qualifier, its direction of change and the kind of a
// source. Their string values are what the JSON exports and the database
// hold (see ../shared/eval/ANNOTATION.md).

// Kind is the kind of a number mention. Only KindClaim mentions are numeric
// claims.
type Kind string

// Kinds of number mentions.
const (
	KindClaim      Kind = "claim"
	KindDate       Kind = "date"
	KindYear       Kind = "year"
	KindTime       Kind = "time"
	KindDuration   Kind = "duration"
	KindOrdinal    Kind = "ordinal"
	KindIdentifier Kind = "identifier"
	KindOther      Kind = "other"
)

// Kinds lists every kind, in a stable order.
var Kinds = []Kind{KindClaim, KindDate, KindYear, KindTime, KindDuration, KindOrdinal, KindIdentifier, KindOther}

// Qualifier says how a number bounds the quantity it reads.
type Qualifier string

// Qualifiers, as in ANNOTATION.md.
const (
	Exact    Qualifier = "exact"
	MoreThan Qualifier = "more_than"
	AtLeast  Qualifier = "at_least"
	LessThan Qualifier = "less_than"
	AtMost   Qualifier = "at_most"
	About    Qualifier = "about"
	Nearly   Qualifier = "nearly"
	Range    Qualifier = "range"
	Vague    Qualifier = "vague"
)

// Qualifiers lists every qualifier, in a stable order.
var Qualifiers = []Qualifier{Exact, MoreThan, AtLeast, LessThan, AtMost, About, Nearly, Range, Vague}

// Directions of change (Quantity.Change points at one of them).
const (
	Up   = "up"
	Down = "down"
)

// SourceKind is what a source is: a person or an organisation ("" when
// unknown).
type SourceKind string

// Source kinds.
const (
	SourcePerson       SourceKind = "person"
	SourceOrganization SourceKind = "organization"
)
