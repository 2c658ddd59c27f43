package attrib

import "testing"

// Initials the tokenizer splits from their periods open a name in an
// appositive after a role ("a senior DRDO scientist, A. K. Singh, told
// PTI", fresh-7; the issue's "V.K. Saraswat told IANS" and these written in
// other words): the name is the speaker, in a quote's tail and before a
// speech verb.
func TestInitialsInAppositive(t *testing.T) {
	runKindCases(t, []kindCase{
		{"quote tail, two initials", "\"The missile covered 3,500 km in its flight. It met all the mission objectives,\" a senior DRDO scientist, A. K. Singh, told PTI.", "3,500 km", "A. K. Singh", kindPerson},
		{"quote tail, one initial, said", "\"We sold 12,000 tickets in a day,\" the club's owner, R. Sharma, said.", "12,000", "R. Sharma", kindPerson},
		{"verb cue, one initial", "The party's state president, K. Annamalai, said 3,500 workers had joined.", "3,500", "K. Annamalai", kindPerson},
		{"verb cue, initials run together", "The board's chairman, N.R. Murthy, said 400 engineers would be hired.", "400", "N.R. Murthy", kindPerson},
	})
}

// A quote that is the whole of one or more paragraphs, with no
// attribution of its own, goes on with the words of the person whose
// speech the sentence before reports, an appositive between the name and
// the verb too (fresh-7's "Dr. Theresa Tam, Canada's chief public health
// officer, said …" ¶ "“We can now test 200,000 people a day. ¶ “…”"; the
// continuation after "He … said" of the issue, written in other words).
func TestQuoteParagraphsAfterReportedSpeech(t *testing.T) {
	runKindCases(t, []kindCase{
		{"two paragraphs, appositive", "Dr. Theresa Tam, Canada's chief public health officer, said the country was better prepared than before.\n\n\"We can now test 200,000 people a day.\n\n\"That capacity did not exist three years ago.\"", "200,000", "Theresa Tam", kindPerson},
		{"two paragraphs, plain", "Mayor Karen Bass said the city had turned a corner.\n\n\"We moved 21,000 people into housing last year.\n\n\"Nobody thought that was possible.\"", "21,000", "Karen Bass", kindPerson},
		{"one paragraph, long appositive", "Graham Hughes, the chief executive of the Welsh rugby union's regional board, said the clubs were in trouble.\n\n\"Three of the four regions lost more than £2 million last season.\"", "£2 million", "Graham Hughes", kindPerson},
		// negatives
		{"an organisation's statement", "The council, which met on Monday, said the plan had been approved.\n\n\"We built 300 homes last year.\"", "300", "", ""},
		{"the chain names its own speaker", "Dr. Theresa Tam, Canada's chief public health officer, said the country was better prepared.\n\n\"Labs can now test 200,000 samples a day.\n\n\"That capacity is new,\" said Ann Lo, who runs the lab network.", "200,000", "Ann Lo", kindPerson},
	})
}

// A surname with lower-case particles names the speaker of a quote's tail
// ("von der Leyen told reporters", "de Blasio said": PolNeAR train's
// "…, de Blasio said, “…”" and these), resolved to the full name named
// before; a lower-case word that is no particle's name is no speaker.
func TestParticleSurnameSpeaker(t *testing.T) {
	runKindCases(t, []kindCase{
		{"two particles, told", "European Commission President Ursula von der Leyen arrived in Kyiv.\n\n'We will provide 50 billion euros over four years,' von der Leyen told reporters.", "50 billion euros", "Ursula von der Leyen", kindPerson},
		{"one particle, said", "Mayor Bill de Blasio spoke on Friday.\n\n\"We hired 1,000 more officers,\" de Blasio said.", "1,000", "Bill de Blasio", kindPerson},
		{"da, told", "Luiz Carlos da Silva runs the cooperative.\n\n\"We harvested 40 tonnes this year,\" da Silva told the newspaper.", "40 tonnes", "Luiz Carlos da Silva", kindPerson},
		// negative: "van" as a noun
		{"van drivers", "\"We lost 40 parcels last week,\" van drivers said.", "40", "van drivers", ""},
	})
}

// A person named before is called by country, region or party in a
// quote's tail ("the Texan said" of Rick Perry and "the Republican said"
// of Ben Carson, PolNeAR train; "the Belgian", "the Kenyan", "the Tory"
// here); an institution's name is no demonym, nor a word for a whole
// people ("the Lebanese", "the Japanese").
func TestDemonymSpeaker(t *testing.T) {
	runKindCases(t, []kindCase{
		{"the Belgian, single quotes", "Rangers boss Philippe Clement was asked about the league.\n\n'We are 13 points behind,' the Belgian said.", "13 points", "Philippe Clement", kindPerson},
		{"the Kenyan, told", "Faith Kipyegon won the 1,500m final in Rome.\n\n\"I ran 40 races before this one,\" the Kenyan told reporters.", "40", "Faith Kipyegon", kindPerson},
		{"the Republican", "Ben Carson spoke in Iowa on Monday.\n\n\"We could cut 20 percent of regulations,\" the Republican said.", "20 percent", "Ben Carson", kindPerson},
		// negatives: newspapers and institutions
		{"the Guardian", "Keir Starmer spoke on Monday. The Guardian said 40 MPs had signed the letter.", "40", "Guardian", kindOrg},
		{"the Vatican", "Pope Francis met the delegation. The Vatican said 300 pilgrims had attended.", "300", "Vatican", ""},
		// negatives: a word for a whole people (lexicon.PeopleDemonyms) stands for no one person named before
		{"the Lebanese", "Nabih Berri met the envoy on Monday. The Lebanese said 40 people had been killed.", "40", "Lebanese", ""},
		{"the Japanese", "Shinzo Abe met the envoy on Monday. The Japanese said 40 ships had been sent.", "40", "Japanese", ""},
	})
}

// "quoted … as saying" in a quote's tail names the one quoted: first in
// the passive ("Braynard is quoted as saying", PolNeAR train; "was quoted
// as saying by Dawn"), after "quoted" in the active, not the publication
// ("Xinhua quoted Commerce Minister Wang Wentao as saying"); a bare
// "quoted" reading of a document stays the publication's.
func TestQuotedAsSaying(t *testing.T) {
	runKindCases(t, []kindCase{
		{"passive, is", "\"Our method reaches 40,000 voters a night,\" Matt Braynard is quoted as saying.", "40,000", "Matt Braynard", kindPerson},
		{"passive, by a paper", "\"We will build 200 new schools,\" Education Minister Tahir Ali was quoted as saying by Dawn.", "200", "Tahir Ali", kindPerson},
		{"active, agency first", "\"Exports rose 7 percent,\" Xinhua quoted Commerce Minister Wang Wentao as saying.", "7 percent", "Wang Wentao", kindPerson},
		{"active, a pronoun", "Police chief Hussein Omar Khan visited the site. \"We evacuated 5,000 people,\" Bernama quoted him as saying.", "5,000", "Hussein Omar Khan", kindPerson},
		// negative: no "as saying"
		{"quoted a report", "\"Sales fell 12 percent,\" Reuters reported, quoting the company.", "12 percent", "Reuters", kindOrg},
	})
}
