package attrib

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

func TestTranscriptSpeakers(t *testing.T) {
	qa := "Q&A with Senator Ruth Okafor.\n\n" +
		"Senator Ruth Okafor met Daily Ledger senior editor Tom Hale in her office this week. The interview was edited for length.\n\n" +
		"Q: Your state lost 4,000 jobs last year. What went wrong?\n\n" +
		"A: We lost 4,500 jobs, not 4,000. I counted 12 plant closures myself.\n\n" +
		"The factories were old. About 300 workers retrained.\n\n" +
		"Q: And this year?\n\n" +
		"A: Better.\n"
	broadcast := "Governor says budget is balanced.\n\n" +
		"On Sunday, Governor Lena Brandt (D-MN) spoke with host Carl Whitman about the state budget.\n\n" +
		"CARL WHITMAN: The deficit was 2 billion dollars last spring.\n\n" +
		"BRANDT: We closed it. We cut 700 positions.\n\n" +
		"WHITMAN: Will you run again?\n\n" +
		"BRANDT: Not this year.\n"
	tests := []struct {
		name, text, num string
		source, mention string // resolved name ("" = none), mention
	}{
		{"answer is the interviewee's", qa, "4,500", "Ruth Okafor", "A"},
		{"question is the interviewer's", qa, "4,000", "Tom Hale", "Q"},
		{"unlabelled paragraph continues the answer", qa, "300", "Ruth Okafor", "A"},
		{"I in an answer is the interviewee", qa, "12", "Ruth Okafor", "I"},
		{"capitals label resolves to the full name", broadcast, "700", "Lena Brandt", "BRANDT"},
		{"capitals full-name label in ordinary case", broadcast, "2 billion", "Carl Whitman", "CARL WHITMAN"},
		{"narration before the transcript has no label", "Senators met on Monday. 40 attended.\n\nSMITH: Hello.\n\nJONES: Hi.\n\nSMITH: Bye.\n", "40", "", ""},
		{"a quoted transcript paragraph", "Host Chris Dunne led the panel.\n\n\"Chris Dunne: The plan costs 75 billion dollars a year.\"\n\nDunne: Nobody believes it.\n", "75 billion", "Chris Dunne", "Chris Dunne"},
		{"transcript quoted paragraph by paragraph", "Governor Lena Brandt debated Senator Paul Ramos on Tuesday.\n\nPartial transcript as follows:\n\n\"RAMOS: Governor, did you cut 900 teachers?\n\n\"BRANDT: No. We hired 250 teachers.\n", "250", "Lena Brandt", "BRANDT"},
		// a label resolving a first-person word asks for the turns being
		// read: no endless recursion (a stack overflow on a WCXB body)
		{"a first-person label", "The agent report.\n\nI: We spent 40 hours on it.\n\nMe: I counted 12 files.\n", "40 hours", "", ""},
		// labels of a list of specifications, plans or prices name no
		// speaker (WCXB product reviews, plan comparisons, a movers' table)
		{"a specification label with a given name", "Every model has a strong brew.\n\nMax Brew: 64 ounces / 8 cups\n\nBrew time: 6 minutes\n", "64 ounces", "", ""},
		{"plan labels", "Compare the plans.\n\nBronze Plan: Cost $760, Trip cancellation 100% of the trip cost.\n\nSilver Plan: Cost $786, Trip cancellation 100% of the trip cost.\n\nGold Plan: Cost $978.\n\nEach plan covers 30 days.\n", "$786", "", ""},
		{"price labels in capitals", "The desk, reviewed.\n\nPRICE: $603-$785\n\nWEIGHT: 60 pounds\n\nWARRANTY: 10 years\n", "$603", "", ""},
		{"a place label over a figure", "Where people moved.\n\nNew York: 28 (18.92%) out of 148 total movers\n\nTexas: 20 movers\n\nOhio: 12 movers\n", "148", "", ""},
		{"a quoted headline label speaks", "Sanders: ‘It Is Not A Radical Idea’ To Ask For A $15 Minimum Wage\n\nSenator Bernie Sanders spoke on Monday.\n", "$15", "Bernie Sanders", "Sanders"},
		// Q/A whose introduction names no interviewee: a menu word or a
		// title is no name (an ingest-dev company blog, WCXB pages)
		{"a menu word is no interviewee", "Solutions\nSuccess\nAbout\n\nOur new president shares what is next.\n\nQ: How did it feel?\n\nA: We grew 30 percent this year.\n\nQ: What next?\n\nA: More.\n", "30 percent", "", ""},
		{"a title is no interviewee", "Products\nPartner Success\n\nMeet Our New CEO\n\nQ: Why join?\n\nA: I saw 12 new markets we could open.\n\nQ: And now?\n\nA: Growth.\n", "12", "", ""},
		{"a headline lead-in is no part of the name", "Blog\nSuccess\n\nIntroducing Junior Gaspard, New CEO at Experience\n\nThe company is thrilled to have Junior Gaspard as its chief.\n\nQ: How did it feel?\n\nA: Our partners grew by 350 this year.\n\nQ: Next?\n\nA: More.\n", "350", "Junior Gaspard", "A"},
		{"meet a named interviewee", "Meet Dana Whitfield, Our Head Chef\n\nDana Whitfield has cooked for 20 years.\n\nQ: Favourite dish?\n\nA: I make 40 loaves a day.\n\nQ: Why?\n\nA: Love.\n", "40 loaves", "Dana Whitfield", "A"},
		// answers set in quotation marks after the label (fresh-1's Globe
		// interview; PolNeAR's USA Today and Politico Q&As write them bare)
		{"a quoted answer after the label", "The Globe spoke with Bank of Canada Governor Tiff Macklem after the rate decision.\n\nQ: Will rates fall further this year?\n\nA: \"We have cut by 175 basis points already. More cuts are likely.\"\n", "175 basis points", "Tiff Macklem", "A"},
		{"a quoted answer in curly marks", "Reporter Ana Silva sat down with Mayor Peter Kowal of Gdansk.\n\nQ: How many homes?\n\nA: “We will build 2,400 homes by 2027.”\n\nQ: And rents?\n\nA: “Lower.”\n", "2,400 homes", "Peter Kowal", "A"},
		{"a quoted question of an unnamed interviewer", "We spoke with Mayor Peter Kowal of Gdansk.\n\nQ: “Critics say 3,000 homes stand empty. Why?”\n\nA: “That figure is old.”\n", "3,000 homes", "", ""},
		// a party's label (host, reporter, moderator) names no one but makes
		// the page a transcript: labels in capitals answering it are
		// speakers though the article names them nowhere else (fresh-12's
		// radio and press-conference transcripts)
		{"a host's question then a named answer", "Radio transcript: the minister on rents\n\nHOST: Minister, rents rose again.\n\nMAEVE CULLINANE: They did, by 2.1 per cent.\n\nHOST: Your target was 33,000 homes.\n\nMAEVE CULLINANE: We delivered 32,695.\n", "32,695", "Maeve Cullinane", "MAEVE CULLINANE"},
		{"the host's question has no source", "Radio transcript: the minister on rents\n\nHOST: Minister, rents rose again.\n\nMAEVE CULLINANE: They did, by 2.1 per cent.\n\nHOST: Your target was 33,000 homes.\n\nMAEVE CULLINANE: We delivered 32,695.\n", "33,000", "", ""},
		{"a reporter and one titled answer", "Press briefing, Tuesday\n\nREPORTER: How many posts are vacant?\n\nCOMMISSIONER LINDIWE NKOSI: We have 3,400 vacant posts. We will fill most by December.\n", "3,400", "Lindiwe Nkosi", "COMMISSIONER LINDIWE NKOSI"},
		{"a moderator in ordinary case", "Debate night.\n\nModerator: Will you cut taxes?\n\nJORGE PAREDES: We will cut 12 taxes in the first year.\n", "12 taxes", "Jorge Paredes", "JORGE PAREDES"},
		{"a party's label alone is no transcript", "The hosts arrived at noon.\n\nHOST: Welcome, everyone.\n\nTickets cost 40 dollars.\n", "40 dollars", "", ""},
		{"a role label without speech is a heading", "Staff list.\n\nREPORTER: Ann Lee\n\nSENIOR PARTNER: 14 offices\n", "14 offices", "", ""},
		{"page furniture is no speaker", "UPDATE: The council approved 30 new homes on Monday.\n", "30", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := attributeNumber(t, tc.text, tc.num)
			name, mention := "", ""
			if q.Source != nil {
				name, mention = q.Source.Name, q.Source.Mention
			}
			if name != tc.source || mention != tc.mention {
				t.Errorf("source = %q (mention %q), want %q (mention %q)", name, mention, tc.source, tc.mention)
			}
		})
	}
}

func TestRegistryJunk(t *testing.T) {
	tests := []struct {
		name, text, short, full string
		kind                    claims.SourceKind
	}{
		{"sentence-initial common noun", "Tariffs on Chinese steel rose. The tariffs hurt. Chinese firms complained.", "Chinese", "Chinese", ""},
		{"possessive owner named alone", "Obama's Affordable Care Act passed. Obama signed it.", "Obama", "Obama", ""},
		{"role at an agency is a person", "Steve Clarke, a deputy administrator at the agency, spoke. Clarke left.", "Clarke", "Steve Clarke", kindPerson},
		{"party and state is no acronym", "Senator Ann Moss (R-OK) spoke. Moss left.", "Moss", "Ann Moss", kindPerson},
		{"auxiliary opens a question", "Did the Federal Reserve act? The Federal Reserve said no.", "Federal Reserve", "Federal Reserve", ""},
		{"a speaking name is a person", "Maria Lopez, 45, runs the clinic.", "Maria Lopez", "Maria Lopez", kindPerson},
		{"a speaking name is a person (said)", "Maria Lopez said the clinic was full.", "Maria Lopez", "Maria Lopez", kindPerson},
		{"first-person contraction ends a name", "other than Jim Eastland I’ve met more judges. Eastland agreed.", "Eastland", "Jim Eastland", kindPerson},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newRegistry(tc.text)
			for _, e := range r.ents {
				if e.Name == "Tariffs on Chinese" || e.Name == "Obama's Affordable Care Act" || e.Name == "Did the Federal Reserve" || e.Name == "Jim Eastland I’ve" {
					t.Errorf("junk name %q", e.Name)
				}
			}
			if got := r.fullest(tc.short, len(tc.text)); got != tc.full {
				t.Errorf("fullest(%q) = %q, want %q", tc.short, got, tc.full)
			}
			if tc.kind != "" {
				if got := r.kindOf(tc.full); got != tc.kind {
					t.Errorf("kindOf(%q) = %q, want %q", tc.full, got, tc.kind)
				}
			}
		})
	}
}
