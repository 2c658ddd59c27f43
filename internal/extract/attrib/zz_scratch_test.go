package attrib

import "testing"

func TestZZScratch(t *testing.T) {
	cases := []sourceNameCase{
		{"nested publication report", "The New York Times reported that investigators in Ukraine had found $12.7 million in cash.", "$12.7 million", "The New York Times"},
		{"report owner not recipient", "The RNC's latest report to the FEC shows a $2.2 million transfer.", "$2.2 million", "RNC"},
		{"review by group", "Members spent $4 million on travel, according to a review of financial disclosures by the group Public Citizen.", "$4 million", "Public Citizen"},
		{"according to the IEA report", "Demand will grow 3 percent, according to the IEA report.", "3 percent", "IEA"},
		{"polls out Monday show", "New CNN polls out Monday show Trump up by 4 points.", "4 points", "CNN"},
		{"ministry with commas acronym", "Exports rose 12 percent, the Ministry of Trade, Industry and Energy (MOTIE) said.", "12 percent", "Ministry of Trade, Industry and Energy"},
		{"acronym later", "Doctors for Camp Closure (D4CC) wrote to officials. D4CC said 3,000 children were held.", "3,000", "Doctors for Camp Closure"},
		{"addressee", "In a letter to the Department of Homeland Security and Alex Azar, the doctors said 3,000 children were held.", "3,000", "the doctors"},
		{"fronted although clause", "Although prices actually went up by 1.3% during December, the Halifax said that was a blip.", "1.3%", "Halifax"},
		{"long sentence says X", "Democrats need to win 270 electoral votes and most of them will come from the Rust Belt this time, says Steve Schale, a Democratic strategist.", "270", "Steve Schale"},
		{"negated cue", "Telstra would not reveal how many customers remain, but 40,000 had left by June.", "40,000", ""},
		{"is thought to", "The total NHS bill for homeopathy is thought to be about £4m.", "about £4m", ""},
		{"listing", "The group's filing, listing 1,200 members, was published on Monday.", "1,200", "The group's filing"},
		{"cited", "The agency cited 300 violations at the plant.", "300", "The agency"},
		{"wants proposal", "The mayor wants a $15 minimum wage.", "$15", "The mayor"},
	}
	runSourceNames(t, cases)
}
