package lexicon

import "strings"

// title is one row of the titles table: a title written before a person's
// name ("Senator Sanders", "Sen. Sanders", "Mrs. May").
type title struct {
	word      string   // the full word, capitalised; "" when only abbreviated (Mr., Mrs., Ms.)
	abbrev    string   // the abbreviation without its full stop ("Sen"); "" when none
	also      []string // other abbreviations of the same word ("Cllr" beside "Coun")
	plurals   []string // plural forms before several names ("Sens.", "Senators")
	gender    byte     // 'm' or 'f' when the title says it, else 0
	honorific bool     // a form of address rather than an office (Mr., Dr., Sir)
}

// titles is the one table of person titles. Every list of titles the
// extractor reads is derived from it.
var titles = []title{
	{word: "President", abbrev: "Pres"},
	{word: "Senator", abbrev: "Sen", plurals: []string{"Sens.", "Senators"}},
	{word: "Representative", abbrev: "Rep", plurals: []string{"Reps.", "Representatives"}},
	{word: "Governor", abbrev: "Gov", plurals: []string{"Govs."}},
	{word: "General", abbrev: "Gen", plurals: []string{"Gens."}},
	{word: "Colonel", abbrev: "Col"},
	{word: "Captain", abbrev: "Capt"},
	{word: "Lieutenant", abbrev: "Lt"},
	{word: "Sergeant", abbrev: "Sgt"},
	{word: "Admiral", abbrev: "Adm"},
	{word: "Professor", abbrev: "Prof", plurals: []string{"Profs."}},
	{word: "Reverend", abbrev: "Rev", plurals: []string{"Reverends"}},
	{word: "Monsignor", abbrev: "Msgr"},
	{word: "Superintendent", abbrev: "Supt"},
	{word: "Attorney", abbrev: "Atty"},
	{word: "Doctor", abbrev: "Dr", plurals: []string{"Drs."}, honorific: true},
	{abbrev: "Mr", plurals: []string{"Messrs."}, gender: 'm', honorific: true},
	{abbrev: "Mrs", plurals: []string{"Mmes."}, gender: 'f', honorific: true},
	{abbrev: "Ms", gender: 'f', honorific: true},
	{word: "Miss", gender: 'f', honorific: true},
	{word: "Sir", gender: 'm', honorific: true},
	{word: "Dame", gender: 'f', honorific: true},
	{word: "Lord", gender: 'm', honorific: true},
	{word: "Lady", gender: 'f', honorific: true},
	{word: "King", gender: 'm'},
	{word: "Queen", gender: 'f'},
	{word: "Prince", gender: 'm'},
	{word: "Princess", gender: 'f'},
	// Nigerian and Ghanaian press: "Engr. Musa Danladi" (fresh-17)
	{word: "Engineer", abbrev: "Engr"},
	// "Sec. Clinton" (PolNeAR train), "Finance Sec. Ralph Recto" (the
	// Philippine press)
	{word: "Minister"}, {word: "Secretary", abbrev: "Sec"}, {word: "Undersecretary"}, {word: "Judge"}, {word: "Justice"}, {word: "Mayor"},
	{word: "Chancellor"}, {word: "Pope"}, {word: "Sheikh"}, {word: "Premier"}, {word: "Ambassador"},
	{word: "Commissioner"}, {word: "Chairman"}, {word: "Chairwoman"}, {word: "Director"},
	{word: "Speaker"}, {word: "Leader"},
	// company offices written capitalised before the name ("Chief
	// Executive Mark Tucker", "Chief Financial Officer Amy Hood", "Chief
	// Economist Huw Pill"; the capitalised words before a title belong to it)
	{word: "Executive"}, {word: "Officer"}, {word: "Economist"},
	// a manager's office ("Florida Emergency Manager Jared Moskowitz",
	// MediaCloud 2020 news; "Manager Jim Goodall", fresh-12; "Google
	// Fonts Product Manager Sophia Siao", WCXB)
	{word: "Manager"},
	// a state's chief statistician ("National Statistician Claire Dennis
	// Mapa" in the Philippines, articles-dev-1; "Government Statistician
	// Samuel Kobina Annim" in Ghana, quotes fresh-1; the UK's National
	// Statistician, the Australian Statistician)
	{word: "Statistician"},
	// Commonwealth police ranks ("Const. Sarah Patten", "RCMP Cpl. Mathieu
	// Gagnon", "Det Insp Claire Moss", "Det. Const. Amir Haddad")
	{word: "Constable", abbrev: "Const"},
	{word: "Corporal", abbrev: "Cpl"},
	{word: "Inspector", abbrev: "Insp"},
	{word: "Detective", abbrev: "Det"},
	// councillors ("Coun. Shawn Menard" in Canada, "Cllr Amanda Hopgood" in
	// Britain and Ireland, "Cr Sally Capp" in Australia)
	{word: "Councillor", abbrev: "Coun", also: []string{"Cllr", "Cr"}},
	// members of a legislature: a party or a constituency before them
	// belongs to the title ("Labour MP Jess Phillips", "NDP MPP Jill Andrew",
	// "PC MHA Craig Pardy", "Sinn Féin TD Eoin Ó Broin", "Kiharu MP Ndindi
	// Nyoro"); Kenya's cabinet secretaries ("Health CS Susan Nakhumicha");
	// the Isle of Man's House of Keys and Legislative Council ("Douglas
	// East MHK Joney Faragher", articles-dev-5; MLCs also in Australian and
	// Indian states' upper houses)
	{word: "MP"}, {word: "MPP"}, {word: "MLA"}, {word: "MHA"}, {word: "MNA"}, {word: "MSP"},
	{word: "MEP"}, {word: "TD"}, {word: "CS"}, {word: "MHK"}, {word: "MLC"},
	// West African and South Asian police ranks in capitals ("ACP Grace
	// Ansah-Akrofi", "DSP Kwame Ofori", "ASP Musa Bello"; read as titles
	// before a given name, like the members' initialisms)
	{word: "ACP"}, {word: "DCP"}, {word: "DSP"}, {word: "ASP"},
	// forms of address of the Commonwealth ("the Hon. Mélanie Joly", "The
	// Rt Hon Jeremy Hunt"), India ("Shri Piyush Goyal", "Smt. Nirmala
	// Sitharaman"), Nigeria ("Alhaji Aliko Dangote", "Hajia Aisha
	// Buhari") and South Africa's advocates ("Adv. Dali Mpofu")
	{word: "Honourable", abbrev: "Hon", honorific: true},
	{word: "Shri", honorific: true},
	{abbrev: "Smt", gender: 'f', honorific: true},
	{word: "Alhaji", gender: 'm', honorific: true},
	{word: "Hajia", gender: 'f', honorific: true},
	{abbrev: "Adv", honorific: true},
	// Pakistan's and Punjab's "Sardar" before a name ("Federal Minister
	// for Energy Sardar Awais Leghari", "Sardar Ayaz Sadiq")
	{word: "Sardar", gender: 'm', honorific: true},
	// Malaysia's federal and state honours, written before the name
	// ("Datuk Seri Anwar Ibrahim", "Dato' Sri Najib Razak", "Datin Rosmah
	// Mansor", "Tun Mahathir Mohamad"); two-word forms are CompoundTitles
	{word: "Datuk", honorific: true},
	{word: "Dato", honorific: true},
	{word: "Dato'", honorific: true},
	{word: "Dato’", honorific: true},
	{word: "Datin", gender: 'f', honorific: true},
	{word: "Tun", honorific: true},
}

// CompoundTitleWords are the words of CompoundTitles: forms of address,
// no office, when they stand in a title.
var CompoundTitleWords = map[string]bool{}

func init() {
	for pair := range CompoundTitles {
		for _, w := range strings.Fields(pair) {
			CompoundTitleWords[w] = true
		}
	}
}

// CompoundTitles are titles of two words whose second word alone is no
// title and whose first may be a name ("Tan Sri Muhyiddin Yassin" but
// "Tan Chuan-Jin"; "Datuk Seri Ahmad Zahid Hamidi" but "Sri Mulyani
// Indrawati"): the pair is stripped before a name as one title.
var CompoundTitles = map[string]byte{
	"Tan Sri": 'm', "Puan Sri": 'f', "Toh Puan": 'f',
	"Datuk Seri": 0, "Datuk Sri": 0, "Dato Sri": 0, "Dato' Sri": 0, "Dato’ Sri": 0, "Dato' Seri": 0, "Dato’ Seri": 0, "Dato Seri": 0,
	"Datin Seri": 'f', "Datin Sri": 'f', "Datin Paduka": 'f', "Dato Paduka": 0, "Dato' Paduka": 0, "Dato’ Paduka": 0,
}

// TitleModifiers stand before a title and belong to it: "Former Gov. Jeb
// Bush", "Vice President", "Prime Minister", "Chief Justice".
// "Rt Hon" (Right Honourable) and "Ch Supt" (Chief Superintendent) are
// British forms; "Senior" ranks police officers ("Detective Senior Sergeant").
var TitleModifiers = WordSet(`Former Vice Deputy Prime Chief Senior Rt Ch`)

// PostNominals are the letters written after a person's name for an honour
// or a barrister's rank ("Marie Henein KC", "Sir Lenny Henry CBE"); they
// are no part of the name. Only capitals count (WordSet's lower-case forms
// are never capitalised words).
var PostNominals = WordSet(`KC QC SC OBE MBE CBE KBE DBE`)

// OfficeInWaiting are the suffixes of a title whose holder has been
// chosen but not yet sworn in: "President-elect", "Chairman-elect",
// "Minister-designate" (each title's word with each is a title too).
var OfficeInWaiting = []string{"-elect", "-designate"}

// Derived from the titles table (each also lower-cased, as WordSet does).
var (
	// NameTitles are the words a name's title is made of: every title's
	// word, its abbreviation with and without the full stop, and the
	// modifiers.
	NameTitles = map[string]bool{}
	// Honorifics are the forms of address (Mr., Mrs., Dr., Sir, ...).
	Honorifics = map[string]bool{}
	// HonorificGender is the gender a title says ("Mrs." 'f', "King" 'm').
	HonorificGender = map[string]byte{}
	// AbbreviatedTitles are the abbreviations with their full stop, plural
	// ones too ("Sen.", "Sens."): a full stop after them ends no sentence
	// before a capitalised word.
	AbbreviatedTitles = map[string]bool{}
	// PluralTitles stand before several names ("Sens. Cruz and Rubio").
	PluralTitles = map[string]bool{}
	// TitleWords spell out abbreviations ("Gov." and "Gov": "governor").
	TitleWords = map[string]string{}
	// InitialismTitles are the titles written as capitals only ("MP",
	// "MPP", "TD", "CS"): they are also the first letters of companies'
	// names ("TD Securities", "CS Venture Capital"), so a reader takes one
	// as a title only with a party or place before it or a person's given
	// name after it.
	InitialismTitles = map[string]bool{}
	// TallyTitles are the titles without a full stop that mark a person's
	// name in a tally ("Sen Cruz 300", "President Trump 384").
	TallyTitles = map[string]bool{}
)

func init() {
	add := func(m map[string]bool, w string) {
		m[w] = true
		m[strings.ToLower(w)] = true
	}
	for w := range TitleModifiers {
		NameTitles[w] = true
	}
	for _, t := range titles {
		var forms []string
		if t.word != "" {
			forms = append(forms, t.word)
			TallyTitles[t.word] = true
			if strings.ToUpper(t.word) == t.word {
				InitialismTitles[t.word] = true
			}
		}
		for _, ab := range append([]string{t.abbrev}, t.also...) {
			if ab == "" {
				continue
			}
			forms = append(forms, ab+".", ab)
			add(AbbreviatedTitles, ab+".")
			TallyTitles[ab] = true
			if t.word != "" {
				TitleWords[ab+"."] = strings.ToLower(t.word)
				TitleWords[ab] = strings.ToLower(t.word)
			}
		}
		if t.word != "" {
			// rule elect-title: a title with an office-in-waiting suffix
			// is the title ("Mayor-elect Zohran Mamdani", "Democratic
			// MP-elect Nomin Altangerel", "Minister-designate …";
			// articles-dev-6; fresh-15 "Mayor-elect Catherine Fife")
			for _, suf := range OfficeInWaiting {
				forms = append(forms, t.word+suf)
			}
		}
		for _, f := range forms {
			add(NameTitles, f)
			if t.honorific {
				add(Honorifics, f)
			}
			if t.gender != 0 {
				HonorificGender[f] = t.gender
			}
		}
		for _, p := range t.plurals {
			add(PluralTitles, p)
			if strings.HasSuffix(p, ".") {
				add(AbbreviatedTitles, p)
			}
		}
	}
}

// RoleTitles map a role noun of a second mention ("the judge", "the
// lawmaker") to the titles a person holding it is named with at the first
// ("Justice Ali Baqar Najafi", "Hon. Chinedu Okonkwo-Ibe", "Sen. Ann
// Moss"), lower-cased full words as TitleWords spells them.
var RoleTitles = map[string][]string{
	"judge":      {"justice", "judge", "magistrate"},
	"magistrate": {"magistrate"},
	"lawmaker":   {"senator", "representative", "honourable", "mp", "mpp", "mla", "mna", "msp", "mep", "td", "congressman", "congresswoman", "assemblyman", "assemblywoman"},
	// Kenya's cabinet secretaries: "the CS said" after "Education
	// Cabinet Secretary X" or "Health CS X" (articles-dev-1, fresh-17)
	"cs":         {"cs", "secretary"},
	"legislator": {"senator", "representative", "honourable", "mp", "mpp", "mla", "mna", "msp", "mep", "td", "congressman", "congresswoman", "assemblyman", "assemblywoman"},
}

// SecondMentionRoles are role nouns news uses, after "the", for a person
// it has just named ("Joey Salceda said … The lawmaker, who represents
// …, said"; "Matt Rhule did not hide his frustration. "…," the coach
// said"): not the roles of unnamed sources ("the official", "the
// spokesman", "the witness").
var SecondMentionRoles = WordSet(`lawmaker legislator congressman congresswoman senator coach manager skipper
minister governor mayor judge magistrate premier president chancellor candidate nominee billionaire tycoon
businessman businesswoman chairman chairwoman founder cs monarch`)

// StaffRoles are roles in the plural that stand for a body's staff, none
// of them named: the body is the source ("the bank's economists", "the
// broker's analysts"; attrib's owner-role).
var StaffRoles = WordSet(`analysts economists researchers officials executives strategists experts scientists`)

// RankWords before a role make another, lesser role: "the vice chairman"
// is no "chairman", "the deputy chief executive" no "chief executive".
var RankWords = WordSet(`vice deputy assistant associate acting interim former co-`)
