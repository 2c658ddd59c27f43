package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// precKindCases are mentions whose kind a rule of kindprec.go (or a row
// prec17 added to labelWords) decides, with the counts and amounts of the
// same wording that stay claims; same form as genreKindCases.
var precKindCases = []genreKindCase{
	// label-word rows "interstate", "prop": a road, a ballot measure
	{"label-word", "Interstate 84 was closed for roughly 50 miles.", "84", claims.KindIdentifier},
	{"label-word", "Traffic on Interstate 95 was backed up for miles.", "95", claims.KindIdentifier},
	{"label-word", "Prop 36 makes a third theft of any value a felony.", "36", claims.KindIdentifier},
	{"label-word", "Voters rejected Prop 22 by a wide margin.", "22", claims.KindIdentifier},
	{"", "Prop 36 passed with 68% of the vote.", "68%", claims.KindClaim},
	{"", "Interstate 84 was closed for roughly 50 miles.", "roughly 50 miles", claims.KindClaim},
	// model-list: a model number coordinated after a model number
	{"model-list", "Go extreme with the new ZOTAC GEFORCE GTX 1080 & 1070 series graphics card.", "1070", claims.KindIdentifier},
	{"model-list", "ZOTAC GeForce GTX 1050 / 1050 Ti", "1050 Ti", claims.KindIdentifier},
	{"model-list", "The GeForce RTX 4090 and 4080 cards launched in October.", "4080", claims.KindIdentifier},
	{"model-list", "Phones run on the Snapdragon 888 and 865 chips.", "865", claims.KindIdentifier},
	{"", "The Boeing 737 and 180 passengers were stranded.", "180", claims.KindClaim},
	{"", "The GTX 1080 and 2,000 other cards sold out.", "2,000", claims.KindClaim},
	{"", "Sales rose from 1080 and 1070 units a year earlier.", "1070", claims.KindClaim},
	// sms-shortcode: the short code a text message is sent to
	{"sms-shortcode", "Students can access their results by sending their index number by SMS to 20076, at a cost of Sh25.", "20076", claims.KindIdentifier},
	{"sms-shortcode", "Text STOP to 88000 to unsubscribe.", "88000", claims.KindIdentifier},
	{"sms-shortcode", "Send the word HELP by SMS to 30001 for assistance.", "30001", claims.KindIdentifier},
	{"sms-shortcode", "Voters can text their postcode to 61118.", "61118", claims.KindIdentifier},
	{"", "The campaign sent texts to 5000 voters.", "5000", claims.KindClaim},
	{"", "The SMS charge rose to 1500 shillings.", "1500 shillings", claims.KindClaim},
	{"", "The message went out to 2400.", "2400", claims.KindClaim},
	// vanity-phone: a phone number spelled with letters
	{"vanity-phone", "For more information, call 855-JWU-1881, or email us.", "855", claims.KindIdentifier},
	{"vanity-phone", "Call 1-800-GOT-JUNK today.", "1-800", claims.KindIdentifier},
	{"vanity-phone", "Tickets: 888-NYC-2025 or online.", "888", claims.KindIdentifier},
	{"", "The 24-HOUR strike drew 300 workers.", "300", claims.KindClaim},
	// quoted-title: a number inside a quoted title
	{"quoted-title", "The film \"21 Grams\" won three awards.", "21 Grams", claims.KindIdentifier},
	{"quoted-title", "She starred in “10 Things I Hate About You” in 1999.", "10", claims.KindIdentifier},
	{"quoted-title", "3 'Hyakuemu' ('100 Meters')", "100 Meters", claims.KindIdentifier},
	{"quoted-title", "The senators, dubbed the “Gang of Eight”, drafted the bill.", "Eight", claims.KindIdentifier},
	{"quoted-title", "Her novel, ‘Fifty Shades of Grey’, sold well.", "Fifty", claims.KindIdentifier},
	{"", "The film \"21 Grams\" won three awards.", "three", claims.KindClaim},
	{"", "“We cut 20 jobs,” he said.", "20", claims.KindClaim},
	{"", "He said the bill would cost “$5 million” at most.", "$5 million", claims.KindClaim},
	{"", "Ocean's 11 made $450 million worldwide.", "$450 million", claims.KindClaim},
	{"", "“Only 40 People Came,” the organiser said, “and we expected 500.”", "500", claims.KindClaim},
	// list-formula: a list article's head in sentence case
	{"list-formula", "10 Things to Know for Today.", "10", claims.KindOther},
	{"list-formula", "Five tips for choosing vegetables:", "Five", claims.KindOther},
	{"list-formula", "3 things we learned from Arsenal's win", "3", claims.KindOther},
	{"list-formula", "5 Stages of Video Production", "5", claims.KindOther},
	{"list-formula", "The 5 things we learned from the budget", "5", claims.KindOther},
	{"", "Three things stood out in the report.", "Three", claims.KindClaim},
	{"", "Five ways to save money were proposed by the council.", "Five", claims.KindClaim},
	{"", "Police said 12 ways to the stadium were closed:", "12", claims.KindClaim},
	// model-size: a model's size ending its name
	{"model-size", "Instead, we start from an existing Olmo 3 7B checkpoint and byteify it.", "7", claims.KindIdentifier},
	{"model-size", "We also byteify Olmo 2 1B into Bolmo 1B, which is competitive.", "1", claims.KindIdentifier},
	{"model-size", "Mistral 7B outperforms Llama 2 13B on most benchmarks.", "13", claims.KindIdentifier},
	{"model-size", "Meta released Llama 3 70B in April.", "70", claims.KindIdentifier},
	{"", "The startup raised 7B yen.", "7", claims.KindClaim},
	{"", "The model has 7 billion parameters.", "7 billion", claims.KindClaim},
	{"", "Mistral 7B outperforms Llama 2 13B on 12 benchmarks.", "12", claims.KindClaim},
	// coded-label: a registration number after an acronym and a colon
	{"coded-label", "Colonial Van Lines (USDOT: 1434373) is a trusted moving company.", "1434373", claims.KindIdentifier},
	{"coded-label", "The charity (EIN: 123456789) filed late.", "123456789", claims.KindIdentifier},
	{"coded-label", "American Van Lines, MC: 614506, started in 1995.", "614506", claims.KindIdentifier},
	{"", "Colonial Van Lines (USDOT: 1434373) moved 25,000 families.", "25,000", claims.KindClaim},
	{"", "GDP: 250000 jobs were added.", "250000", claims.KindClaim},
	{"", "The fund (AUM: $2,500,000) grew.", "$2,500,000", claims.KindClaim},
	// the-only-one: the pronoun "one"
	{"the-only-one", "'My client was the only one brave enough to put her name to it,' Mr Gomez said.", "one", claims.KindOther},
	{"the-only-one", "With so many openings, you won't be the only one trying to get a job.", "one", claims.KindOther},
	{"the-only-one", "He was effectively the only one doing real work.", "one", claims.KindOther},
	{"the-only-one", "He is the only one left in the race.", "one", claims.KindOther},
	{"", "Only one is likely to survive.", "one", claims.KindClaim},
	{"", "In the end, only one bidder remained.", "one", claims.KindClaim},
	{"", "It was the only one in three schools to pass.", "one", claims.KindClaim},
}

func TestPrecKinds(t *testing.T) {
	checkGenreKinds(t, precKindCases)
}
