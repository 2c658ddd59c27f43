package attrib

import "testing"

// Forms of web-dev-5 (issue 16) seen in other sources too: an
// organisation's own name with a possessive inside after "the" (rule
// possessive-org-name, possessiveorg.go) and a "for" inside a document
// agent's name (rule agent-name-for, agentfor.go).
func TestWebDev5SourceForms(t *testing.T) {
	cases := []sourceNameCase{
		{"possessive name after another association", "Exports fell, figures from the Northern Territory Livestock Exporters Association show. The association said 381,000 cattle were shipped. The industry employs more than 2,000 people, according to the Northern Territory Cattlemen's Association.", "2,000", "the Northern Territory Cattlemen's Association"},
		{"plural possessive, union after a union", "The Unite union said 300 drivers would strike. About 1,200 farms had closed, the National Farmers' Union said.", "1,200", "the National Farmers' Union"},
		{"plural possessive, federation after a federation", "The Federation of Small Businesses said costs rose. Some 90 shops shut last year, according to the Scottish Grocers' Federation.", "90", "the Scottish Grocers' Federation"},
		{"nurses' union after another union", "The Hospital Employees' Union has 50,000 members. Nurses worked 1.4 million overtime hours, said the BC Nurses' Union.", "1.4 million", "the BC Nurses' Union"},
		// a description owned by a lower-case word stays a description
		{"owner in lower case", "The Canadian Union of Public Employees called a strike. The country's largest union said 55,000 workers walked out.", "55,000", "Canadian Union of Public Employees"},
		// "for" inside an agent's name
		{"institute for, carried out by", "The survey, carried out by the Institute for Marine and Antarctic Studies, estimated that about 1,000 skates remained.", "about 1,000", "Institute for Marine and Antarctic Studies"},
		{"centre for, conducted by", "The survey, conducted by the Centre for Ageing and Health Research, found that 300 homes were empty.", "300", "Centre for Ageing and Health Research"},
		{"institute for, published by", "The analysis, published by the Institute for Fiscal Studies, found that 4 million families would lose out.", "4 million", "Institute for Fiscal Studies"},
		// a client after "for" is no part of the name
		// "it" after a name read as a person's by its shape (rule it-shaped-name)
		{"it after a utility's name", "The Met Office said 154mm of rain fell. Electricity North West said about 38,000 customers were without power, down from 61,000 overnight. It said it had 400 engineers on the ground.", "400", "Electricity North West"},
		{"it after a grid operator's name", "Forecasters warned of more rain. Northern Powergrid said 12,000 homes were cut off on Sunday. It said 300 staff were working to restore supplies.", "300", "Northern Powergrid"},
		{"it after a company's name, said later", "The regulator opened an inquiry. Scottish Power reported 9,000 faults on Monday. It expects 200 more, it said.", "200", "Scottish Power"},
		// a person's name stays no antecedent of "it"
		{"it after a person", "The Environment Agency issued 17 warnings. Sarah Jones said the river rose fast. It said 40 homes were flooded.", "40", "Environment Agency"},
		// "the authority" (lexicon.BodyDescriptions row "authority")
		{"the authority for a council", "Leeds City Council approved its budget on Wednesday. The authority said it must save £40m next year.", "£40m", "Leeds City Council"},
		{"the local authority for a county council", "Kent County Council set its tax rise. The local authority said it would close 20 libraries.", "20", "Kent County Council"},
		{"the authority for an Authority", "The Civil Aviation Authority fined the airline. The authority said 12 flights had broken the rules.", "12", "Civil Aviation Authority"},
		// a description introduced before a name (rule apposed-description)
		{"trade group, study commissioned by", "Ski areas recorded 14.8 million visits, the industry trade group Colorado Ski Country USA said. Tickets cost about $230, according to a survey by the Denver Post. Skiing supports around 46,000 jobs, according to a study commissioned by the trade group.", "46,000", "Colorado Ski Country USA"},
		{"trade group said", "Ski areas recorded 14.8 million visits, the industry trade group Colorado Ski Country USA said. Tickets cost about $230, according to the Denver Post. Skiing supports 46,000 jobs, the trade group said.", "46,000", "Colorado Ski Country USA"},
		{"watchdog group", "The watchdog group Public Citizen filed a complaint. The bill was backed by the Chamber of Commerce. About 120 lobbyists worked on it, the watchdog group said.", "120", "Public Citizen"},
		// a modifier the introduction lacks: not that name
		{"other modifier", "The watchdog group Public Citizen filed a complaint on Monday. The Chamber of Commerce disagreed. The business group said 300 firms backed the bill.", "300", "Chamber of Commerce"},
		{"pollster for a paper", "The poll, conducted by Ipsos for the Evening Standard, found that 42 percent backed the plan.", "42 percent", "Ipsos"},
	}
	runSourceNames(t, cases)
}
