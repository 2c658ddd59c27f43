package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// timeKindCases are durations decided by their neighbours (kindtime.go):
// rule "" holds for any rule, the kind is what matters.
var timeKindCases = []struct {
	rule, in, text string
	kind           claims.Kind
}{
	// duration-by: a margin or a change, also with a time after it
	{"duration-by", "Verstappen won by 22.3 seconds after 57 laps.", "22.3 seconds", claims.KindClaim},
	{"duration-by", "The new road will cut travel times by 15 minutes.", "15 minutes", claims.KindClaim},
	{"duration-by", "The launch was delayed by two years after the fire.", "two years", claims.KindClaim},
	{"duration-by", "She beat her rival by three days.", "three days", claims.KindClaim},
	{"duration-by", "Regulators agreed to extend the mine's operating licence by 15 years.", "15 years", claims.KindClaim},
	{"", "The plant will close by 2027.", "2027", claims.KindYear},
	{"duration", "Once you divide the total by 52 weeks in a year, the value is small.", "52 weeks", claims.KindDuration},
	{"duration", "Multiply the hourly wage by 40 hours to get a weekly figure.", "40 hours", claims.KindDuration},
	{"", "Prices rose two years later.", "two years", claims.KindDuration},
	// superlative-frame: the time frame of a record
	{"superlative-frame", "The peso closed at 58.12 to the dollar, its weakest finish in nearly two years.", "nearly two years", claims.KindDuration},
	{"superlative-frame", "Yields hit their highest level in more than a decade.", "more than a decade", claims.KindDuration},
	{"superlative-frame", "Serena Williams picked up her first title in three years.", "three years", claims.KindDuration},
	{"superlative-frame", "Mortgage rates fell to 6.08%, the lowest in about two years.", "about two years", claims.KindDuration},
	{"", "It may be the worst humanitarian crisis in nine years of war.", "nine years", claims.KindClaim},
	{"", "The fastest car reaches 60 mph in under 3 seconds.", "under 3 seconds", claims.KindClaim},
	// duration-changed-to: the level a change reached or left
	{"duration-changed-to", "The average API response time dropped from 310 ms to 95 ms after the migration.", "95 ms", claims.KindClaim},
	{"duration-changed-to", "The wait fell from 90 minutes to 40 minutes after the new gates opened.", "90 minutes", claims.KindClaim},
	{"duration-changed-to", "The council cut the permit delay to 31 days after complaints.", "31 days", claims.KindClaim},
	{"", "He moved to Paris 10 years after the war.", "10 years", claims.KindDuration},
	// parenthesised-duration: a course part's or a clip's length, an age
	{"parenthesised-duration", "Introduction to design (6 hours): existing skills", "6 hours", claims.KindClaim},
	{"parenthesised-duration", "- Using your smartphone (6 min)", "6 min", claims.KindClaim},
	{"parenthesised-duration", "Module two: budgeting basics (45 minutes)", "45 minutes", claims.KindClaim},
	{"parenthesised-duration", "He posed with his daughter Aroha (10 months) at home.", "10 months", claims.KindClaim},
	// … right after a time it restates it, and takes its kind
	{"parenthesised-duration", "Staff get a grand total of 15 days (3 weeks) paid time off.", "3 weeks", claims.KindClaim},
	{"parenthesised-duration", "You can train over the next 10 weeks (2.5 months) with us.", "2.5 months", claims.KindDuration},
	// duration-list: the list's first member's words decide
	{"duration-list", "Rather than working out for 45, 60, or even 90 minutes, try intervals.", "90 minutes", claims.KindClaim},
	{"duration-list", "You can buy tutoring packages of 5, 10, 15 or 20 hours.", "20 hours", claims.KindClaim},
	{"duration-list", "Volunteers worked 4, 6 or 8 hours a shift.", "8 hours", claims.KindClaim},
	{"duration-list", "In just the last five or 10 years, machine learning has grown.", "five", claims.KindDuration},
	{"duration-list", "Over the next 3, 6 or 9 months, rates will fall.", "3", claims.KindDuration},
	{"duration-list", "Over the next 3, 6 or 9 months, rates will fall.", "9 months", claims.KindDuration},
	{"duration", "They met 5 or 10 years later in Paris.", "10 years", claims.KindDuration},
	{"", "Is the vaccine cost effective for healthy people between ages 65 and 74 years?", "74 years", claims.KindDuration},
	// … a part or a restatement of a measured time
	// (its parts joined by "and" are one time since conv18: compound-time)
	{"compound-time", "In our rundown test, the laptop lasted 11 hours and 42 minutes before shutting down.", "11 hours and 42 minutes", claims.KindClaim},
	{"compound-time", "Adults need at least 150 minutes, or 2 hours and 30 minutes, of exercise.", "2 hours and 30 minutes", claims.KindClaim},
	{"", "Two years ago and 10 years ago the river flooded.", "10 years", claims.KindDuration},
	// age-comparison: an age or a difference of ages
	{"age-comparison", "She began dating Soon-Yi Previn, more than 30 years younger than him.", "more than 30 years", claims.KindClaim},
	{"age-comparison", "He is 10 years older than his wife.", "10 years", claims.KindClaim},
	{"age-comparison", "If your child is 3 years or older, they have more patience.", "3 years or older", claims.KindClaim},
	{"age-comparison", "Babies 6 months or younger sleep more.", "6 months or younger", claims.KindClaim},
	{"", "The 5-year-older model sold well.", "5-year", claims.KindDuration},
	// duration (kinds19): a verb of lasting right before outweighs a placing
	// word after; "last" after an auxiliary is that verb; a noun of lasting
	// before "of" measures the span
	{"duration", "Remember to wait 30 minutes after consuming acidic foods.", "30 minutes", claims.KindClaim},
	{"duration", "He spent two years after college abroad.", "two years", claims.KindClaim},
	{"", "The storm hit two days after the vote.", "two days", claims.KindDuration},
	{"", "He served 10 years ago in the army.", "10 years", claims.KindDuration},
	{"duration", "A process began that will last about a month.", "about a month", claims.KindClaim},
	{"duration", "The drought could last two years, experts said.", "two years", claims.KindClaim},
	{"", "Prices rose in the last two years.", "two years", claims.KindDuration},
	{"", "It was his last 10 minutes on stage.", "10 minutes", claims.KindDuration},
	{"duration", "The fleet had an average downtime of 18.71 days per attack.", "18.71 days", claims.KindClaim},
	{"duration", "Passengers faced a delay of three hours at the border.", "three hours", claims.KindClaim},
	// duration (kinds19): an em dash glued after a span is punctuation
	{"duration", "These small savings have accumulated to more than 2,600 hours—equivalent to two full-time staff.", "more than 2,600 hours", claims.KindClaim},
	{"duration", "The strike lasted 40 days—the longest in its history.", "40 days", claims.KindClaim},
	{"", "They signed a 72-hour-long truce.", "72", claims.KindDuration},
	// duration (kinds19): a span had or held is measured
	{"duration", "“I had 80 days at the time, and I want to do it my way.”", "80 days", claims.KindClaim},
	{"duration", "Teamometer is a startup with 2 years and about 300 users.", "2 years", claims.KindClaim},
	{"duration", "They have six years of accumulated history.", "six years", claims.KindClaim},
	{"duration", "She has 12 weeks to finish the thesis.", "12 weeks", claims.KindClaim},
	{"", "They scored with two minutes left in the game.", "two minutes", claims.KindDuration},
	{"", "We have 10 days remaining on the lease.", "10 days", claims.KindDuration},
	{"", "They led with two minutes to go.", "two minutes", claims.KindDuration},
	// a slashed pair after a date preposition stays a date before an
	// article (fraction-slash reads "at 1/2 the current")
	{"", "On 3/4 the index fell sharply.", "3/4", claims.KindDate},
	{"", "The meeting is on 1/2 at noon.", "1/2", claims.KindDate},
}

func TestTimeKinds(t *testing.T) {
	for _, c := range timeKindCases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if got := m.Rules().Kind; m.Kind != c.kind || c.rule != "" && got != c.rule {
			t.Errorf("%q: %q: want kind %s by rule %q, got %s by rule %s", c.in, c.text, c.kind, c.rule, m.Kind, got)
		}
	}
}
