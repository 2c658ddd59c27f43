package lexicon

// OrgHeads are words that make a capitalised name an organisation's
// ("Ministry of Health", "Human Rights Watch", "Amnesty International",
// "Mercy Corps", "Islamic Relief", "Christian Aid"): no person's name
// holds one. A word that is also a common surname ("Cross", "Church" is
// one but names churches far more often in news) belongs in OrgCores with
// the word before it instead.
var OrgHeads = WordSet(`Ministry Council Committee Watch Service Services Party Agency Department Commission Court Institute
Institution University College Association Union Bank Fund Foundation Group Office Bureau Center Centre
Network Times Post Journal News Press Organization Organisation Authority Administration Board Congress Senate
House Police Army Navy Corporation Corp Corp. Inc Inc. Company Co. Ltd Campaign Coalition Alliance Federation
Society Program Programme Project Trust Assembly Parliament Government Secretariat Forum International
Initiative Caucus Club Hospital School Tribunal Reuters Associated Poll Polls Survey Research Studies
Laboratory Magazine Tribune Herald Gazette Telegraph Guardian Review Channel Television Radio Media Front
Movement Cabinet Church League Brigade Forces Force Guard Guards Directorate Registry Prosecutor's Treasury
Reserve Exchange Industries Holdings Partners Airlines Airways Motors Systems Technologies Labs Funds
Conference Chamber Chambers Mission Embassy Consulate PAC Democrats Republicans GOP CNN NBC ABC CBS BBC AP AFP
Facebook Twitter Google Amazon Apple Microsoft Observer Chronicle Examiner Inquirer Enquirer Dispatch Courier
Sun-Times Globe Sentinel Monitor Command Relief Corps Aid Rights Humanity Analytics Unit
Electronics Pharmaceuticals Telecom Telecommunications Petroleum Securities Insurance Logistics Breweries`)

// OrgAbbrevs are the abbreviated suffixes of companies' names, with their
// full stop: before a small word ("Jollibee Foods Corp. said") the stop
// ends no sentence and stays with the word (text.joinTitleStops).
var OrgAbbrevs = WordSet(`Corp. Co. Cos. Ltd. Bros. Pty. Plc. Inc.`)

// PublicBodyHeads are the organisation heads of institutions, offices,
// movements and exchanges (where companies list and file), never of a company: a description by trade ("the utility",
// "the bank", "the retailer") never stands for a name holding one ("the
// bank" is no "Environmental Protection Agency"; "Zenith Bank" is a
// company by its name).
var PublicBodyHeads = WordSet(`Ministry Council Committee Agency Department Commission Court Institute Institution
University College Union Party Office Bureau Authority Administration Board Congress Senate House Police Army Navy
Campaign Coalition Alliance Federation Society Assembly Parliament Government Secretariat Forum Caucus Hospital School
Tribunal Poll Polls Survey Research Studies Laboratory Front Movement Statistics Treasury Reserve Observatory Service
Exchange`)

// companyLegalForms are the legal forms written after a company's name:
// "McClatchy Co.", "Dangote Cement Plc", "Kajaanin Kotkat Oy".
const companyLegalForms = `Co. Co Inc. Inc Corp. Corp Ltd. Ltd LLC plc Plc PLC AG SA GmbH Oy SAC Bhd NV`

// CompanyLegalForms (companyLegalForms) make the name before them a
// company's too.
var CompanyLegalForms = WordSet(companyLegalForms)

// CompanyNameTails are the corporate words a company's short name drops,
// its legal form and these: "Andes Copper" for "Andes Copper Holdings",
// "Island Aviation" for "Island Aviation Services" (attrib rule
// org-short-form).
var CompanyNameTails = WordSet(companyLegalForms + ` Holdings Group Services Corporation Company Limited`)

// PlaceCompoundHeads end a compound of a place and a participle written
// before an organisation's name: "the Toronto-listed Andes Copper
// Holdings", "the London-based Overseas Development Institute" (attrib
// rule place-compound-modifier: no word of the name). Lower case only.
var PlaceCompoundHeads = map[string]bool{"based": true, "listed": true, "headquartered": true, "owned": true, "registered": true, "backed": true, "controlled": true}

// CompanyWords are the descriptions that stand for a company only: "the
// company", "the firm" never stand for a public body or an exchange
// (attrib rule company-not-body).
var CompanyWords = WordSet(`company firm`)

// HoldingNouns name a holding in a company, the changed thing of "raised
// its stake in X to N shares" (quantity: a change of a holding "in X").
var HoldingNouns = WordSet(`stake stakes holding holdings shareholding interest`)

// OrgOpeners open an organisation's name before a place's: "Statistics
// Canada", "Statistics South Africa", "Statistics Norway" (the national
// statistics offices; never a person's name), and their short names
// ("Stats Canada" fresh-13, "Stats NZ" fresh-4 and fresh-11).
var OrgOpeners = WordSet(`Statistics Stats`)

// CompanyMeasures are the nouns that open a company's figures with the
// company put "in" or "at" after them: "Shares in Tesco rose", "Sales at
// Walmart grew", "Profits at Shell fell". The name after them is the
// company's, no place's.
var CompanyMeasures = WordSet(`shares stock sales profit profits revenue revenues earnings deliveries output production
orders bookings margins losses turnover income jobs employment investment spending`)

// OrgCores are word pairs that make any name holding them an
// organisation's though neither word does alone ("Cross" and "Vision" are
// surnames too): "the Philippine Red Cross", "the Kenya Red Cross
// Society", "World Vision"; "Plan International" is one by its head.
var OrgCores = [][2]string{
	{"Red", "Cross"},
	{"Red", "Crescent"},
	{"World", "Vision"},
}

// OrgNameLinks are lower-case words that join the capitalised words of an
// organisation's name and never a person's ("Save the Children", "Feed the
// Children", "Rock the Vote", "Hillary for America", "Action against Hunger");
// a person's name
// joins its words only with particles ("Oscar de la Renta", "Ursula von der
// Leyen": not here). "of" is no link here: "Mayor Ann Moss of Ohio" is read
// apart, and the organisation heads cover "Bank of England".
var OrgNameLinks = WordSet(`the for against without`)

// OrgName reports whether the words of a capitalised name are an
// organisation's by these tables: a head word, a core pair, or a link word
// between two capitalised words.
func OrgName(words []string) bool {
	for i, w := range words {
		if OrgHeads[w] {
			return true
		}
		if i+1 < len(words) {
			for _, c := range OrgCores {
				if w == c[0] && words[i+1] == c[1] {
					return true
				}
			}
		}
		if i > 0 && i+1 < len(words) && IsLowerForm(w) && OrgNameLinks[w] && upperFirst(words[i-1]) && upperFirst(words[i+1]) {
			return true
		}
	}
	return false
}

func upperFirst(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// Portfolios are the fields a government's ministries and departments are
// named for: "the education ministry" is no "Interior Ministry" named
// before, a "health department" no "Department of Justice" (attrib's
// org-head step; lower case, as modifiers are written).
var Portfolios = WordSet(`education health interior finance defence defense justice foreign trade labour labor
agriculture transport transportation energy environment culture treasury economy commerce industry
home housing tourism fisheries immigration communications information security welfare planning
infrastructure water mining revenue police urban rural development`)

// KindOnlyBodyHeads are the kind nouns of government bodies whose names
// often lack them: with no body named with the word, "the department"
// is the body the sentence before spoke of ("Fisheries and Oceans Canada
// said … “…,” the department said", "Health Canada", "the Home Office";
// attrib rule org-head/previous-subject).
var KindOnlyBodyHeads = WordSet(`department ministry`)

// BodyDescriptions map a description noun of a kind of body to the name
// words a body of that kind bears: "the regulator" / "the market
// regulator" / "the watchdog" is the nearest organisation named before
// whose name holds one ("The Australian Competition and Consumer
// Commission has taken Qantas to court. The regulator said …"; "The
// Securities and Exchange Board of India … The market regulator said …";
// ingest pages: "the regulator" for the FDIC, "The markets regulator"),
// never a company named in between (Qantas). One row a kind; a row of
// two words ("central bank") is matched on the phrase's last two words
// and, with no such body named, keeps the phrase as written.
var BodyDescriptions = map[string][]string{
	"regulator": {"Commission", "Authority", "Board", "Regulator", "Office", "Agency", "Ombudsman", "Bureau", "Corporation", "Administration", "Ofcom", "Ofgem", "Ofwat", "SEC", "FDIC", "FCA", "SEBI", "Sebi", "ACCC", "ASIC", "CRTC"},
	// a central bank's names: "the central bank" / "the apex bank" is
	// the nearest of them ("The Central Bank of Nigeria raised its rate.
	// The apex bank said …", fresh-10), never a company or agency of
	// another kind named before ("Statistics South Africa said …, the
	// central bank said", "Tesco …"): with none named it stays as written
	"central bank": {"Bank", "Banco", "Banque", "Bundesbank", "Riksbank", "Nationalbank", "Banxico", "Reserve", "Fed", "ECB", "RBI", "SARB", "CBN", "BoE", "BoJ", "BCRA"},
	"apex bank":    {"Bank", "Banco", "Banque", "Bundesbank", "Reserve", "Fed", "CBN"},
	// a police force's names: "the force" is the nearest police body
	// named before ("Toronto police have charged 18 people …, the force
	// said", "“…,” the force said in a news release", fresh-16; "the
	// Metropolitan Police … the force said", "Police Scotland … the
	// force", UK and Irish copy), never a force of another kind ("the
	// labour force", "the Air Force": no police name)
	"force": {"Police", "police", "Constabulary", "RCMP", "Garda", "Gardaí", "PSNI", "OPP", "SPVM", "Gendarmerie", "Carabinieri"},
	// "the authority": a council in UK local-government copy ("Cornwall
	// Council … The authority says it must find £65m", web-dev-5), a
	// body named Authority elsewhere ("the General Authority for
	// Statistics … the authority said", fresh-15)
	"authority": {"Council", "Authority"},
	"watchdog":  {"Commission", "Authority", "Board", "Regulator", "Office", "Agency", "Ombudsman", "Bureau", "Inspectorate", "Watch", "Ofcom", "Ofgem", "Ofwat", "SEC", "FCA", "SEBI", "Sebi", "ACCC", "ASIC", "CRTC"},
}

// TradeNameHeads are the name heads of a trade's companies that do not
// hold the trade's word itself: "the lender" is "Nationwide Building
// Society" or "Halifax Bank", "the insurer" "Old Mutual Assurance", "the
// carmaker" "Tata Motors" (attrib rule trade-name-head; articles-dev-1 UK
// "according to the latest index from Nationwide Building Society … the
// lender said", web-dev-3 "Tata Motors … the carmaker").
var TradeNameHeads = map[string][]string{
	"lender": {"Society", "Bank"},
	// a stock broker: "Kasikorn Securities … the broker's analysts"
	// (articles-dev-4), "Nomura Securities", "Motilal Oswal Securities"
	"broker":    {"Securities", "Brokerage", "Brokers", "Stockbrokers"},
	"brokerage": {"Securities", "Brokerage", "Brokers", "Stockbrokers"},
	"insurer":   {"Insurance", "Assurance"},
	"carmaker":  {"Motors", "Motor"},
	"automaker": {"Motors", "Motor"},
	"airline":   {"Airlines", "Airways"},
	"miner":     {"Mining", "Minerals"},
	"brewer":    {"Breweries", "Brewery"},
}
