package lexicon

// DayParts are the parts of the day a time or an event is placed in:
// "at 7 in the morning", "at 6 last night" (quantity clock-hour-bare),
// "one sunny morning" (quantity's indefinite "one"), attrib's time words.
var DayParts = WordSet(`night morning afternoon evening`)
