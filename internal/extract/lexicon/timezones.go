package lexicon

// TimeZone is a time zone's abbreviation written after a clock time: the
// number before it is a time of day, no count (quantity: zone-clock,
// clockSuffix).
type TimeZone struct {
	// Code in capitals, as wire copy writes it after a 24-hour clock time
	// of four digits: "lifted off at 8:51 p.m. (1451 GMT)", "by 1600 UTC".
	Code string
	// AfterHour: also after an hour of one or two digits, "at 9 GMT"; in
	// any case ("9 gmt") unless CapsOnly ("9 ET": "et" and "est" are words
	// too).
	AfterHour, CapsOnly bool
}

// TimeZones are the time zones read after a clock time.
var TimeZones = []TimeZone{
	{Code: "GMT", AfterHour: true}, {Code: "UTC", AfterHour: true}, {Code: "BST", AfterHour: true},
	{Code: "CET", AfterHour: true}, {Code: "EDT", AfterHour: true}, {Code: "PST", AfterHour: true},
	{Code: "PDT", AfterHour: true},
	{Code: "EST", AfterHour: true, CapsOnly: true}, {Code: "ET", AfterHour: true, CapsOnly: true},
	{Code: "CEST"}, {Code: "EET"}, {Code: "IST"}, {Code: "JST"}, {Code: "CST"}, {Code: "CDT"},
	{Code: "MST"}, {Code: "MDT"}, {Code: "PT"}, {Code: "AEST"}, {Code: "AEDT"}, {Code: "MSK"},
}
