package quantity

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// pageKindCases are mentions whose kind a rule of kindpages.go (or a row
// that web-prec-3 added to a table of kindforms.go) decides; same form as
// genreKindCases.
var pageKindCases = []genreKindCase{
	// read-more-teaser: the list number of a linked post's title
	{"read-more-teaser", "READ MORE: 23 unique and budget-friendly employee benefit ideas", "23", claims.KindOther},
	{"read-more-teaser", "Read more: 10 Home Buying Hot Spots to Watch in 2026", "10", claims.KindOther},
	{"read-more-teaser", "Also read: 3 simple ways to automate check-ins for personal trainers", "3", claims.KindOther},
	{"read-more-teaser", "Read next: 7 lessons for successful machine learning projects", "7", claims.KindOther},
	{"read-more-teaser", "See also: 12 ideas for a rainy weekend", "12", claims.KindOther},
	{"", "Related: 23 people were hurt in the blast.", "23", claims.KindClaim},
	{"", "Police said more: 23 people were hurt in the blast.", "23", claims.KindClaim},
	{"", "Read more: 2025 tax brackets and federal income tax rates", "2025", claims.KindYear},
	{"", "The report reads: 40% of firms cut jobs.", "40%", claims.KindClaim},
	// list-heading: number words and the markers benefits, examples ("stages"
	// is not one: "Five Stages Cancelled After Storm")
	{"list-heading", "Two Kinds of Vibe Coding", "Two", claims.KindOther},
	{"list-heading", "Two Types of Controlled Tests", "Two", claims.KindOther},
	{"list-heading", "Five Main Types of Wine", "Five", claims.KindOther},
	{"list-heading", "10 Use Cases and Examples of AI in Healthcare", "10", claims.KindOther},
	{"list-heading", "4 Benefits of Becoming a Certified Consultant", "4", claims.KindOther},
	{"", "Two Killed in Highway Crash", "Two", claims.KindClaim},
	{"", "Two types of tests were run on the engine.", "Two", claims.KindClaim},
	{"", "Five Stages Cancelled After Storm Hits Festival", "Five", claims.KindClaim},
	// budget-tier: the price tier of a buyer's guide heading
	{"budget-tier", "The under $50 starter kit", "$50", claims.KindOther},
	{"budget-tier", "The under $200 powerhouse", "$200", claims.KindOther},
	{"budget-tier", "Best Chromebook under $500", "$500", claims.KindOther},
	{"budget-tier", "Best Overall Under $500", "$500", claims.KindOther},
	{"budget-tier", "Best Gaming Laptop Below $1,000", "$1,000", claims.KindOther},
	{"", "Gas Prices Fall Under $3 a Gallon", "$3", claims.KindClaim},
	{"", "Best Buy Shares Fall Under $50", "$50", claims.KindClaim},
	{"", "The under $50 kit sold out in a day.", "$50", claims.KindClaim},
	{"", "Best of all, tickets cost under $20.", "$20", claims.KindClaim},
	{"", "The fine was under $500", "$500", claims.KindClaim},
	{"", "300 Jobs Cut at Ford Plant", "300", claims.KindClaim},
	// acronym-number: a model, standard, room or postal code an acronym names
	{"acronym-number", "ZOTAC GeForce GTX 1080 Ti Series", "1080", claims.KindIdentifier},
	{"acronym-number", "The new card outruns the GeForce RTX 4090 Founders Edition.", "4090", claims.KindIdentifier},
	{"acronym-number", "The institute is ISO 17024 Certified", "17024", claims.KindIdentifier},
	{"acronym-number", "Write to 99 Washington Avenue, Albany, NY 12231.", "12231", claims.KindIdentifier},
	{"", "NHS 5000 Nurses Hired in Winter Drive", "5000", claims.KindClaim},
	{"", "THERE ARE ONLY 400 SEATS LEFT", "400", claims.KindClaim},
	{"", "The firm paid USD 500 Million in fines.", "USD 500 Million", claims.KindClaim},
	// rating-scale: a scale in brackets after a rating noun
	{"rating-scale", "Space Needed | Versatility Score (1-5)", "1-5", claims.KindOther},
	{"rating-scale", "Rating (0 to 10)", "10", claims.KindOther},
	{"rating-scale", "Rating (0 to 10)", "0", claims.KindOther},
	{"rating-scale", "Overall score (1–10)", "1–10", claims.KindOther},
	{"", "Units scored (2-10) in the audit.", "2-10", claims.KindClaim},
	{"", "Ratings (3 to 4 stars) fell.", "3 to 4", claims.KindClaim},
	{"", "The firm (10 to 20 staff) grew.", "10 to 20", claims.KindClaim},
	// intensifier-percent: "100%" as an intensifier
	{"intensifier-percent", "Positive reviews show them that your business is 100% credible.", "100%", claims.KindOther},
	{"intensifier-percent", "The agency is 100% focused on social media marketing.", "100%", claims.KindOther},
	{"intensifier-percent", "We review earphones with 100% honesty", "100%", claims.KindOther},
	{"intensifier-percent", "No one knows for 100% certainty when coffee came to be.", "100%", claims.KindOther},
	{"", "The brand makes 100% recyclable clothing.", "100%", claims.KindClaim},
	{"", "Ideally, the brand is 100% vegan.", "100%", claims.KindClaim},
	{"", "About 100% of the proceeds go to the creator.", "About 100%", claims.KindClaim},
	{"", "Only 40% are sure of the result.", "40%", claims.KindClaim},
	// third-party: an ordinal naming an outside party
	{"third-party", "The photos are copyrighted by a third party, not the user.", "a third", claims.KindOrdinal},
	{"third-party", "It is software provided to the business by a third-party vendor.", "a third", claims.KindOrdinal},
	{"third-party", "Parts built by a third-party manufacturer cost less.", "a third", claims.KindOrdinal},
	{"", "A third of employees worry about explainability.", "A third", claims.KindClaim},
	{"", "Data centers account for a third of that.", "a third", claims.KindClaim},
	// counter-line: a line that is only a counter
	{"counter-line", "Page 1 of 8", "8", claims.KindOther},
	{"counter-line", "Page 1 of 8", "1", claims.KindOther},
	{"counter-line", "of 15", "15", claims.KindOther},
	{"counter-line", "3 of 15", "15", claims.KindOther},
	{"", "Three of 15 were hurt.", "15", claims.KindClaim},
	{"", "Page 9 of 8", "8", claims.KindClaim},
	// … or a labelled counter opening a caption or a link line (web-dev-8)
	{"counter-line", "Page 2 of 7 - Continue reading below.", "7", claims.KindOther},
	{"label-word", "Page 2 of 7 - Continue reading below.", "2", claims.KindIdentifier},
	{"counter-line", "Slide 4 of 10: The mayor speaks at the rally.", "4 of 10", claims.KindOther},
	{"counter-line", "Photo 3 of 12 Firefighters work at the scene on Tuesday.", "12", claims.KindOther},
	{"counter-line", "Image 1 of 5 | Getty Images", "5", claims.KindOther},
	{"", "Page 3 of the report shows 4 of 10 schools failed.", "4 of 10", claims.KindClaim},
	{"", "The photo 3 of 12 residents liked won.", "12", claims.KindClaim},
	{"", "Police held 4 of 15 suspects.", "15", claims.KindClaim},
	// citation after a number ending its sentence or glued after a
	// sentence's end (web-dev, web-dev-6)
	{"citation", "Total revenue could reach $98 billion by 2032 (7).", "7", claims.KindOther},
	{"citation", "The city had 41,000 residents in 1990 (12).", "12", claims.KindOther},
	{"citation", "It is free if you use their basic plan.(2) Picking a server near you helps.", "2", claims.KindOther},
	{"citation", "Most readers agreed.(14)", "14", claims.KindOther},
	{"", "The plan covers 3 (three) people.", "3", claims.KindClaim},
	// glued-footnote: a mark glued through a clause's closing mark
	{"glued-footnote", "What inspires that strong loyalty to Rust?2 Based on the interviews, it is simple.", "2", claims.KindOther},
	{"glued-footnote", "These alerts are classified as tickets, email alerts,22 and pages.", "22", claims.KindOther},
	{"glued-footnote", "Nobody, they argued, saw it coming!3 The rest is history.", "3", claims.KindOther},
	{"glued-footnote", "He called it “a turning point”14 in the war.", "14", claims.KindOther},
	{"", "Scores were 3, 4 and 5 on the day.", "4", claims.KindClaim},
	{"", "He asked: why? 2 reasons, she said.", "2", claims.KindClaim},
	// trailing-page-number: a slide's or a page's number ending the text
	{"trailing-page-number", "How does a new customer lead to a new customer tomorrow? wealthfront.com | 6", "6", claims.KindOther},
	{"trailing-page-number", "Mortgage rates explained | 12", "12", claims.KindOther},
	{"trailing-page-number", "USPAP defines it as “the rights inherent in the ownership of real estate.” 2", "2", claims.KindOther},
	{"trailing-page-number", "Thanks for reading. 3", "3", claims.KindOther},
	{"", "Votes in favour: 12", "12", claims.KindClaim},
	{"", "The final score was 3 to 2", "2", claims.KindClaim},
	{"", "Who won? Team 2", "2", claims.KindIdentifier},
	// percent-name: a percent naming a kind of thing
	{"percent-name", "Many investors follow the 70% rule, which we explain here.", "70%", claims.KindIdentifier},
	{"percent-name", "Retirees often lean on the 4% rule for withdrawals.", "4%", claims.KindIdentifier},
	{"percent-name", "A 75% layout might be exactly what you need.", "75%", claims.KindIdentifier},
	{"percent-name", "We rounded up the 15 best 75% mechanical keyboards in 2025.", "75%", claims.KindIdentifier},
	{"", "The agency cut 75% of the rule's cost.", "75%", claims.KindClaim},
	{"", "About 60% of keyboards sold are wireless.", "About 60%", claims.KindClaim},
	{"", "Only 40% follow the rule.", "40%", claims.KindClaim},
	// page-furniture: a counter in brackets after its furniture word (not
	// an age: appositive-age reads "Sharma (26)")
	{"page-furniture", "Comments (12)", "12", claims.KindOther},
	{"page-furniture", "Photos (8) Videos", "8", claims.KindOther},
	{"page-furniture", "Share this story: Followers (2,340)", "2,340", claims.KindOther},
	{"appositive-age", "The driver, Tom Reyes (41), was arrested.", "41", claims.KindClaim},
	// figurative-zero: a figure of ease
	{"figurative-zero", "This bread machine bakes loaves with practically zero fuss.", "zero", claims.KindOther},
	{"figurative-zero", "Our crews deliver spotless results with zero guesswork.", "zero", claims.KindOther},
	{"figurative-zero", "Move from a quote to a signed deal with zero friction.", "zero", claims.KindOther},
	{"figurative-zero", "We deliver a modern website with zero effort required from your end.", "zero", claims.KindOther},
	{"figurative-zero", "It feels great to use, with zero compromises anywhere.", "zero", claims.KindOther},
	{"", "The plan offers payment plans with zero interest.", "zero", claims.KindClaim},
	{"", "The startup had zero revenue in its first year.", "zero", claims.KindClaim},
	{"", "The council reported 0 complaints and zero injuries.", "zero", claims.KindClaim},
	// rating-denominator: a decimal top, spaced from its slash
	{"rating-denominator", "Our Score: 4.9 / 5.0", "5.0", claims.KindOther},
	{"rating-denominator", "CleverHiker Rating: 4.8/5.0", "5.0", claims.KindOther},
	{"rating-denominator", "Critics gave it 8.5 / 10 overall.", "10", claims.KindOther},
	{"", "Our Score: 4.9 / 5.0", "4.9", claims.KindClaim},
	{"", "Sales rose 4 / 5 of the time, and 9 / 10 analysts agreed.", "10", claims.KindClaim},
	// one-at-a-time: a manner, no count
	{"one-at-a-time", "She made an easy transition by eliminating one category of meat at a time.", "one", claims.KindOther},
	{"one-at-a-time", "They worked with one section of the garden at a time.", "one", claims.KindOther},
	{"one-at-a-time", "Transition by eliminating one kind of animal product at a time.", "one", claims.KindOther},
	{"fixed-expression", "Take the procedure one step at a time.", "one", claims.KindOther},
	{"", "Only one person can stream at a time.", "one", claims.KindClaim},
	{"", "We removed only one kind of animal product at a time.", "one", claims.KindClaim},
	{"", "The lift carries one passenger and is allowed at a time.", "one", claims.KindClaim},
	// paired-one "after another"
	{"paired-one", "Instead of running one block after another, we can gather data.", "one", claims.KindOther},
	{"", "The drink was introduced into one European country after another.", "one", claims.KindOther},
	{"", "One man was killed and another injured.", "One", claims.KindClaim},
	// fixed expressions "zero waste", "zero trust": a movement, a model
	{"fixed-expression", "Eco-friendly packaging and zero waste.", "zero", claims.KindOther},
	{"fixed-expression", "Living a zero waste lifestyle takes practice.", "zero", claims.KindOther},
	{"fixed-expression", "I like how simple and zero trust it is.", "zero", claims.KindOther},
	{"", "The team scored zero points in the second half.", "zero", claims.KindClaim},
	// type-modifier "bit": a width names a type
	{"type-modifier", "Since 32-bit payloads work on both 32-bit and 64-bit versions of Windows.", "32-bit", claims.KindOther},
	{"type-modifier", "Since 32-bit payloads work on both 32-bit and 64-bit versions of Windows.", "64-bit", claims.KindOther},
	{"type-modifier", "An unsigned 16-bit integer will fit three letters.", "16-bit", claims.KindOther},
	{"type-modifier", "Protect your data with TLS and 256-bit AES encryption.", "256-bit", claims.KindOther},
	{"type-modifier", "Filmmakers will appreciate its 10-bit video and solid codecs.", "10-bit", claims.KindOther},
	{"", "An unsigned 16-bit integer will fit three letters.", "three", claims.KindClaim},
	{"", "The chip moves 64 bits per cycle.", "64 bits", claims.KindClaim},
}

func TestPageKinds(t *testing.T) {
	for _, c := range pageKindCases {
		ms := Find(c.in)
		i := strings.Index(c.in, c.text)
		if i < 0 {
			t.Fatalf("%q not in %q", c.text, c.in)
		}
		var m *Mention
		for k := range ms {
			if ms[k].Start < i+len(c.text) && i < ms[k].End {
				m = &ms[k]
				break
			}
		}
		if m == nil {
			t.Errorf("%q: no mention of %q (got %s)", c.in, c.text, describe(c.in, ms))
			continue
		}
		if got := m.Rules().Kind; m.Kind != c.kind || c.rule != "" && got != c.rule {
			t.Errorf("%q: %q: want kind %s by rule %q, got %s by rule %s", c.in, c.text, c.kind, c.rule, m.Kind, got)
		}
	}
}
