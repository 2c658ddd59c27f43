package quantity

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// kindFormCase is a number that a kind rule of kindforms.go must keep out
// of the claims (rule names the rule that must decide it), or, with rule
// "", a real claim in similar words that must stay a claim.
type kindFormCase struct {
	rule, in, text string
}

var kindFormCases = []kindFormCase{
	// a number glued to F or C that names a form or model (the issue's
	// "13F filing", "Boeing 777F"; the suites' "When must 13F be filed?");
	// temperatures in like words stay claims
	// "the N is": a model named by its number (the suites; written)
	{"singular-number-name", "the 486 is the descendant of a long series of intel chips .", "486"},
	{"singular-number-name", "The 737 is Boeing's best-selling jet.", "737"},
	{"singular-number-name", "Even at 60, the 911 remains Porsche's icon.", "911"},
	{"", "The 300 were killed in the attack.", "300"},
	{"", "The 50 is the legal limit on that road.", "50"},
	{"", "Of those, the 1,000 is the figure officials cite.", "1,000"},
	// a number after "no ." spaced as tokenised text writes it (the
	// suites; written tokenised sentences); "no. 5" glued in lower case
	// may end a sentence and stays
	{"docket-number", "at no . 1 , singh hit a 9 - iron approach shot .", "1"},
	{"docket-number", "the no . 2 seed lost in straight sets .", "2"},
	{"rank-number", "He ranks No. 3 in the world.", "3"}, // a rank (kindgenres.go), no docket
	{"", "asked if they would stay, they said no. 5 people left.", "5"},
	{"letter-name", "When must 13F be filed?", "13F"},
	{"letter-name", "The fund's 13F was filed on Friday.", "13F"},
	{"letter-name", "The stake showed up in a 13F last week.", "13F"},
	{"letter-name", "Berkshire 13F filings show the new stake.", "13F"},
	{"letter-name", "FedEx chartered a Boeing 777F for the supplies.", "777F"},
	{"", "Highs will reach 40F on Monday.", "40F"},
	{"", "It was a 40F night in Denver.", "40F"},
	{"", "Temperatures were 104F and are due to fall.", "104F"},
	{"", "It was a chilly 28F at dawn.", "28F"},
	// the indefinite "one" after a preposition of place or frame
	{"indefinite-one", "Companies can now get authorized in one country and operate throughout the bloc.", "one"},
	{"indefinite-one", "The deal brings controls and compliance under one roof.", "under one"},
	{"indefinite-one", "Track expenses and profitability in one dashboard.", "one"},
	{"indefinite-one", "It married entertainment and commerce into one cohesive experience.", "one"},
	{"indefinite-one", "In one narrow category, the rate was far higher.", "one"},
	{"indefinite-one", "Voters in one state may give way to the national dialogue.", "one"},
	// … opening a sentence, with no toll in its clause
	{"indefinite-one", "One group received a standard beginning dose.", "One"},
	{"indefinite-one", "One option is to create custom fitness programs.", "One"},
	{"indefinite-one", "One Sanders organizer was just 16 years old.", "One"},
	{"indefinite-one", "One campaign video featured a series of South Dakotans.", "One"},
	// … before "final" or "last"
	{"indefinite-one", "They survived after one final defensive stand.", "one"},
	{"indefinite-one", "Cruz hopes to get one last media splash from the tour.", "one"},
	// counts in similar words stay claims
	{"", "One person was killed and three were injured in the crash.", "One"},
	{"", "One officer was taken to hospital with minor injuries.", "One"},
	{"", "One member voted against the resolution.", "One"},
	{"", "Only one senator opposed the bill.", "one"},
	{"", "The case only comes in one color.", "one"},
	{"", "One in five adults in the state smoke.", "One in five"},
	{"", "The team won by one goal.", "one"},
	{"", "The inspectors found problems in one hospital and two clinics.", "one"},
	{"", "He scored one goal and added two assists.", "one"},
	{"", "Seven people were hurt when the roof collapsed.", "Seven"},
	{"", "7 people were hurt in the blast.", "7"},

	// the pronoun "one" before a modal's negative contraction (web-dev-8's
	// vaccine quote; WCXB dev "this one won’t disappoint")
	{"pronoun-one", "You never know whether perhaps one won't reach the finish line.", "one"},
	{"pronoun-one", "Pick any of the three; one won’t break the bank.", "one"},
	{"pronoun-one", "Buy the cheaper model; one wouldn't notice the difference.", "one"},
	{"", "Only one player won the vote in the end.", "one"},
	{"", "The team won one game and lost two.", "one"},

	// an existential "there is one … that" (web-dev-8; PolNeAR train;
	// web-prec-1)
	{"existential-one", "If there's one area of life that should not be divisive, it is health.", "one"},
	{"existential-one", "There is one relevant law that criminalizes gross negligence.", "one"},
	{"existential-one", "But there’s one specific requirement you’ll have to comply with.", "one"},
	{"existential-one", "There was one question which nobody could answer.", "one"},
	{"existential-one", "“If there‘s one lesson we learned, it is patience,” she said.", "one"},
	{"", "There is only one candidate that has the record.", "one"},
	{"", "There was one man who died at the scene.", "one"},
	{"", "There is one doctor and two nurses who serve the village.", "one"},
	{"", "There were 12 people who signed the letter.", "12"},

	// a decade and "something": a vague age (web-dev-8; PolNeAR train)
	{"", "Some 40 people, something of a record, came.", "40"},
	{"", "The twenty-seven delegates voted.", "twenty-seven"},

	// ranks after "top" ("a top-10 finish" is read by the number grammar)
	{"top-rank", "Hertz rounded out the top five.", "five"},
	{"top-rank", "Bush was unable to break into the top three in South Carolina.", "three"},
	{"top-rank", "The hotel features in my top 10 lists of the best luxury hotels.", "10"},
	{"top-rank", "She posted a top five finish at the Open.", "five"},
	{"", "The top five banks hold 40% of deposits.", "five"},
	{"", "We tested 50 GPS watches, with the top 18 in our current lineup.", "18"},
	{"", "The party's top 10 face off in Atlanta.", "10"},
	{"", "The top 1 percent paid 25.4 percent of all federal taxes.", "1 percent"},

	// the top of a rating scale
	{"rating-scale", "Satisfaction is 704 (on a 1,000-point scale).", "1,000"},
	{"rating-scale", "National scored 736 points on a 1,000-point scale.", "1,000"},
	{"rating-scale", "Patients rated their pain on a 10-point scale.", "10"},
	{"rating-scale", "Rate the service on a scale of 1 to 10.", "1 to 10"},
	{"", "Clinton won Latino voters by a 35-point margin.", "35-point"},
	{"", "She holds a 10-point lead in the poll.", "10-point"},
	{"", "Satisfaction is 704 (on a 1,000-point scale).", "704"},

	// a type named by a number
	{"type-modifier", "The board connects to the 16-pin FFC PCIe connector.", "16"},
	{"type-modifier", "Most keyboards support both 3-pin and 5-pin switches.", "5"},
	{"type-modifier", "The priciest, a five-room unit in Bishan, sold for S$1.6 million.", "five"},
	{"type-modifier", "The typical cost of moving a three-bedroom home is $2,438.", "three"},
	{"type-modifier", "For a typical two bedroom home, a weekly service costs $130.", "two"},
	{"type-modifier", "It costs $100,000 a month to operate an 18-hole golf course.", "18"},
	{"type-modifier", "He scrambled through for a 2-over-par 74 and a 72-hole total of 280.", "72"},
	{"type-modifier", "The resort's new 27-hole layout opens in May.", "27"},
	{"", "The company began a 13-hole drilling program on the property.", "13"},
	{"", "He finished with a 72-hole total of 280.", "280"},
	// a text opening with "to" and a number (a wrapped wire line, Reuters
	// weka-train-0059 "to 260,500 shares"): bracketedScale looked before
	// the first token and panicked
	{"", "to 260,500 shares, or 6.4 pct of the total", "260,500"},
	{"", "to 10 stars", "10"},
	// a text ending in "per" (a wrapped wire line): anyRateNoun read the
	// token after the last and panicked
	{"", "It costs 80 cts per", "80 cts"},
	{"type-modifier", "A deep clean for a two bedroom, two bathroom home runs $250 to $400.", "two bedroom"},
	{"type-modifier", "A deep clean for a two bedroom, two bathroom home runs $250 to $400.", "two bathroom"},
	{"type-modifier", "I moved from a huge four bedroom house to a studio.", "four"},
	{"type-modifier", "They rent a three-bathroom condo downtown.", "three"},
	{"", "The house has four bedrooms and a garden.", "four"},
	{"type-modifier", "The Steelers saw their four-game winning streak come to an end.", "four"},
	{"type-modifier", "New Jersey was looking for its first three-game winning streak.", "three"},
	{"type-modifier", "It seats 242 to 330 passengers in a two-class layout.", "two"},
	{"type-modifier", "The Sixers went 0-for-9 from three-point range.", "three-point"},
	{"type-modifier", "Curry hit a three-pointer at the buzzer.", "three"},
	{"", "Trump may use the 67,000-seat stadium.", "67,000-seat"},
	{"", "The panel published a 40-page report.", "40-page"},
	{"", "The Democrats cut the deficit to a three-point lead.", "three-point"},
	{"", "The new engine makes 149 horsepower.", "149 horsepower"},

	// a basketball three
	{"basket-three", "Batum hit an early three but didn't do much else.", "three"},
	{"basket-three", "He knocked down a three over Horford.", "three"},
	{"basket-three", "Maxey drained a three.", "three"},
	{"", "He hit three of his four shots.", "three"},
	{"", "The company hired a further three.", "three"},

	// numbers in names
	{"number-in-name", "Gemini 3 Flash is built for scenarios where AI needs to respond.", "3"},
	{"number-in-name", "ABC 7 has also altered their voice.", "7"},
	{"number-in-name", "NBC 5 reported the closure on Monday.", "5"},
	{"number-in-name", "A 7 On Your Side consumer investigation found gaps.", "7"},
	{"number-in-name", "Layer 2 Solutions speed up the chain.", "2"},
	{"", "Requires 18 RUs with a renewal fee.", "18"},
	{"", "In 2019 300 Americans died of it.", "300"},
	{"", "3 In 4 voters back the plan.", "3 In 4"},
	{"", "The group counted 40 May Day marchers.", "40"},
	{"", "Police said 12 Americans were held.", "12"},

	// a number word hyphened into a name
	{"number-word-hyphen-name", "The deal brings Keyless' Zero-Knowledge Biometrics to the platform.", "Zero"},
	{"number-word-hyphen-name", "Solutions like Zero-Knowledge Rollups operate on top of the chain.", "Zero"},
	{"number-word-hyphen-name", "Her blog on Zero-Waste Living drew a following.", "Zero"},
	{"", "The firm reported zero-emission sales of 3,000 cars.", "3,000"},

	// an airliner family's number before its variant or an aircraft noun
	{"aircraft-model", "Crashes of its popular 737 Max jet hit sales.", "737"},
	{"aircraft-model", "The 777 program has faced delays.", "777"},
	{"aircraft-model", "A broken fan blade on a 737 NG plane started it.", "737"},
	{"aircraft-model", "The trip is 30 minutes away on his 757 jet.", "757"},
	{"", "The airline flew 737 passengers to safety.", "737"},
	{"", "Some 777 people attended the air show.", "777"},
	{"", "The carrier ordered 737 new seats for its lounges.", "737"},

	// a film gauge
	{"film-gauge", "He preferred dreamy 16mm film stock.", "16mm"},
	{"film-gauge", "He began using a 35mm camera during fieldwork.", "35mm"},
	{"film-gauge", "Leica made the first 35 mm film camera.", "35 mm"},
	{"", "The lens has a 35mm focal length.", "35mm"},
	{"", "Rainfall reached 16mm on Tuesday.", "16mm"},

	// the base of a rate
	{"rate-base", "New infections per 100,000 people in Italy are now at 20.4.", "100,000"},
	{"rate-base", "The rate of deaths per 1,000 in the county rose.", "1,000"},
	{"", "New infections per 100,000 people in Italy are now at 20.4.", "20.4"},
	{"", "There were 12 deaths per 100,000 residents.", "12 deaths per 100,000 residents"},
	{"", "They scored 3 goals per 10 games.", "10"},

	// a number continuing a labelled one
	{"label-list", "Symptoms eased by week five or six.", "six"},
	{"label-list", "The trial moves to Phase 2 or 3 next year.", "3"},
	{"label-list", "Day 4 to 5: Hakone or Mount Fuji.", "4 to 5"},
	{"label-list", "Only for Grade 1 to 9 students.", "1 to 9"},
	{"", "Cruz trails Trump 458 to 359 in delegates.", "359"},
	{"", "You get two Thunderbolt 4, one USB-C and one USB-A port.", "one"},
	{"", "Prices rose from 4 to 5 dollars.", "4 to 5 dollars"},

	// a day between its month's comma and the year
	{"displaced-date", "Classes begin on Monday, January, 12 2026, the Institute said.", "12"},
	{"displaced-date", "The period runs until Tuesday, January, 6 2026.", "6"},
	{"displaced-date", "It closed on Friday, March, 3 2023 after a vote.", "3"},
	{"", "In January, 12 people were hurt.", "12"},

	// the last day of a span opened by a date
	{"date-range-end", "The poll surveyed 1,002 voters between September 16 and 20, and put National ahead.", "20"},
	{"date-range-end", "He will be in Iowa on July 8 and 9.", "9"},
	{"date-range-end", "The summit is set for June 11 and 12 in Brussels.", "12"},
	{"", "In May 3 and 4 people died.", "4"},
	{"", "The poll surveyed 1,002 voters between September 16 and 20, and put National ahead.", "1,002"},

	// "one" standing for a noun
	{"substitute-one", "The next phase waits until the previous one is finished.", "one"},
	{"substitute-one", "A $20 ticket can turn into a $100 one in the blink of an eye.", "one"},
	{"substitute-one", "This cheap one from Amazon does the same thing.", "one"},
	{"substitute-one", "Saturday's gaffes were reminiscent of one from January 2013.", "one"},
	{"substitute-one", "Crews fought 23 fires across the state, including one near Toodyay.", "one"},
	{"substitute-one", "One was not necessarily better than the other.", "One"},
	{"substitute-one", "Still, one has to feel bad for the staff.", "one"},
	{"", "Two were injured and one is in critical condition.", "one"},
	{"substitute-one", "It looks like one just happened, and it paves the way to 80TB drives.", "one"},
	{"substitute-one", "Make sure one never touches your plate.", "one"},
	{"", "Two were hurt and one just died in hospital.", "one"},
	{"", "One was killed when the wall fell.", "One"},
	{"", "Only one from the squad made the final.", "one"},
	{"", "Children take two naps a day: one in the morning and one in the afternoon.", "one in the morning"},
	{"fixed-expression", "We will cover them one by one.", "one"},
	{"fixed-expression", "You will work one on one with a tutor.", "one"},
	{"fixed-expression", "Firms must stay one step ahead of criminals.", "one"},

	// a number word opening an address
	{"street-number-word", "Write to the Division of Corporations, One Commerce Plaza, 99 Washington Avenue, Albany.", "One"},
	{"street-number-word", "Send the forms to: One Penn Plaza, New York.", "One"},
	{"", "Two Supreme Court justices dissented.", "Two"},

	// reference marks and locators
	{"bracket-citation", "The Water-Making Spell[2] was a charm that conjured water.", "2"},
	{"bracket-citation", "It is used in bioinformatics,[5] and biomedical signal processing.[6]", "6"},
	{"bracket-citation", "He learned it in Charms class.[3][4]", "4"},
	{"bracket-citation", "The integer may be stored at either offset [4] or [6].", "4"},
	{"", "Police said [the] 300 protesters were freed.", "300"},
	{"", "Stress scores (intervention: 23.11 [4.93] vs control: 21.88 [4.94]) did not differ.", "4.93"},
	{"reference-locator", "In: Proceedings of the Conference. pp. 595–598.", "595–598"},
	// identifiers, volumes and pages of cited works (a journal's reference
	// list on trafilatura's acpjournals page, Wikipedia's t-SNE page, WCXB
	// health pages)
	{"reference-locator", "Longini IM. Containing pandemic influenza with antiviral agents in children. Am J Epidemiol. 2005;161:303-6. [PMID: 15692073] Crossref", "15692073"},
	{"reference-locator", "Visualizing protein data with maps of high dimension, doi:10.1093/btp035 and PMID 19153135 in Medline.", "19153135"},
	{"reference-locator", "Improving the diagnosis of breast cancer with new methods of imaging, full text at PMC 2807447 and Medline.", "2807447"},
	{"reference-locator", "Regression discontinuity designs. BMJ. 2016;352:i1216.", "352"},
	{"reference-locator", "Yoga for the treatment of migraine in adults: a systematic review and meta-analysis. Cephalalgia. 2019;39(4):544-555.", "39"},
	{"reference-locator", "Am Econ J Appl Econ. 2014;6:38-72. doi:10.1257/app.6.1.38", "72"},
	{"", "The trial enrolled 2,014 patients; 349 of them improved.", "349"},
	{"", "In 2014, 349 people were hired; 12 left within a year.", "349"},
	{"", "The PM said 24 people had died.", "24"},
	{"reference-locator", "Journal of Health 12, p. 23-36.", "23-36"},
	{"reference-locator", "He wrote: \"(P. 211) the anti-trust laws were the answer of a society\".", "211"},
	{"reference-locator", "(Pp. 228-229) in any event, it is obvious that the laws did not prevent it.", "228-229"},
	{"reference-locator", "The argument (p. 40) rests on two cases.", "40"},
	{"reference-locator", "See the study at doi:10.1007/s00125-019-4 for details.", "10.1007"},
	{"reference-locator", "Front. Psychol. doi: 10.3389/fpsyg.2020.01234.", "10.3389"},
	{"", "The report runs to 40 pages, with 12 tables.", "12"},
	{"versioned-name", "Python 2 allowed use of the operator.", "2"},
	{"versioned-name", "Everyone would switch from Python 2 to 3.", "2 to 3"},
	{"versioned-name", "It was a lengthy transition from Perl 5 to 6.", "5 to 6"},
	{"versioned-name", "The laptop runs Windows 11 out of the box.", "11"},
	{"", "Python has 3 million users.", "3 million"},
	{"", "The laptop runs Windows 11 and has 16 GB of memory.", "16 GB"},
	// ports (an rsync guide, a home-server guide, an ESPHome guide, an
	// AVX-512 essay: trafilatura and WCXB pages)
	{"port-number", "Make sure traffic on port 273 is accepted and routed.", "273"},
	{"port-number", "sudo ufw allow from 10.0.0.0/8 to any port 22 proto tcp", "22"},
	{"port-number", "The UI is exposed on Port 80, as shown below.", "80"},
	{"port-number", "ZMM instruction takes 3 cycles on port 5 on Ice Lake.", "5"},
	{"port-number", "ssync 273/tcp # rsync over stunnel", "273"},
	{"port-number", "connect = domain.of.langly.com:273", "273"},
	{"", "The port handled 5 million containers last year.", "5 million"},
	{"", "The port employs 1,200 dockers and 40 pilots.", "1,200"},
	// numbers assigned in code or configuration (an rsync guide,
	// PostgreSQL guides, a network card manual)
	{"code-assignment", "default_bits = 1024 (Change to 2048 for more security)", "1024"},
	{"code-assignment", "# Connection settings max_connections = 200 shared_buffers", "200"},
	{"code-assignment", "target_host = \"www.google.com\" target_port = 80 # create a socket", "80"},
	{"code-assignment", "if resp.status_code == 200: soup = BeautifulSoup(resp.content)", "200"},
	{"code-assignment", "elif error_code == 404: retry()", "404"},
	{"code-assignment", "total: matches=0 tag_hits=0 false_alarms=0 data=172 wrote", "172"},
	{"code-assignment", "-> Result (cost=0.00..2.27 rows=100 width=32)", "100"},
	{"code-assignment", "use chroot = yes uid = root gid = root max connections = 10 timeout = 600 read only = yes", "600"},
	{"code-assignment", "pid = /var/run/stunnel.pid #debug = 7 #foreground = yes [rsync]", "7"},
	{"", "A yoga group (n = 21) and an exercise group (n = 20) improved, with p = 0.03.", "21"},
	{"port-number", "All connections on the standard rsync port (873) will be tunneled.", "873"},
	// one paired with another (health features, essays)
	{"paired-one", "The stakes between one band of hunter-gatherers and another were often life and death.", "one"},
	{"paired-one", "We all cycle through self-definitions as we move from one social context to the next.", "one"},
	{"paired-one", "What is best for one group may not be best for another when thinking about phones.", "one"},
	{"", "One man was killed and another was injured in the crash.", "One"},
	{"", "Only one team and another club applied.", "one"},
	{"", "And with one billionaire onstage and another likely to join the field, the bashing could grow.", "one"},
	// the count of an article's own list (USA Today, blogs, WCXB guides)
	{"list-intro", "Here are 10 new and notable movies you can stream right now:", "10"},
	{"list-intro", "So... here's 5 of my favorite composition tips for landscape photos.", "5"},
	{"list-intro", "Here are our 10 picks for the year, from budget to splurge.", "10"},
	{"list-intro", "Whatever you choose, here are nine tips for specific financial tasks.", "nine"},
	{"list-intro", "Below are the 7 habits of highly ineffective agents.", "7"},
	{"", "There are 48 still to be counted.", "48"},
	{"", "Here are 5 million people without power tonight.", "5 million"},
	{"", "Here, 300 people died in the floods.", "300"},
	// headings opening with "Top N" (WCXB guides, a sports page)
	{"top-heading", "My Top 10 Women Talking Sports", "10"},
	{"top-heading", "Top 10 Language Learning Apps: Overview", "10"},
	{"top-heading", "Top 5 home insurance tips", "5"},
	{"top-heading", "TOP 100 Largest P&C Insurers in the United States", "100"},
	{"", "Top 10 banks paid $5bn in fines last year.", "10"},
	{"", "Analysts said the top five banks hold 40% of deposits", "40%"},
	{"", "In a poll of 2,000 adults, 12 said no", "2,000"},
	// digits glued to a name's letters; a family of releases
	{"glued-to-name", "Supported platforms: x86_64 / amd64 and ppc64le.", "64"},
	{"glued-to-name", "Images are built for arm64 and s390x machines.", "64"},
	{"", "The fee is Rs50 per visit and US$5 online.", "Rs50"},
	{"", "Sales rose 5 percent to 4,000 units.", "5 percent"},
	{"wildcard-version", "Stunnel 4.x has been stable for a long time.", "4"},
	{"wildcard-version", "Most examples still use the version 3.x syntax.", "3"},
	{"", "The team won 4 games and lost 3.", "4"},
	{"", "The groups differed (effect size=0.76) after a year.", "0.76"},
	{"", "On Monday 1 USD = 0.92 EUR at the close.", "0.92 EUR"},
	// a year and a glued footnote number (a KFF report, a tax guide)
	{"footnoted-year", "White adolescents accounted for 49% of deaths, down from 63% in 2018.2  This decrease reflects it.", "2018.2"},
	{"footnoted-year", "The filing threshold is $13,990,000 for 2025.8 To take a basic example.", "2025.8"},
	{"footnoted-year", "Forty-four percent were by firearm in 2022, compared to 40% in 2012.4", "2012.4"},
	{"", "The index rose to 2018.2 points on Friday.", "2018.2 points"},
	{"", "The index closed at 2018.2 on Friday.", "2018.2"},
	// the base of a rate after a decimal rate (a KFF report)
	{"rate-base", "The rate rose among males (from 1.1 to 3.0 per 100,000) in 2022.", "100,000"},
	{"address-unit", "Visit us at 110 Gough St. Suite 301 in San Francisco.", "301"},
	{"address-unit", "Send payments to P.O. Box 1234, Albany.", "1234"},
	{"", "Pack it in a box 12 inches wide.", "12 inches"},
	{"star-count", "Elements of AI ★★★★★(922)", "922"},
	{"star-count", "Human Health and Climate Change ★★★★☆ (29)", "29"},
	{"", "The course has 922 reviews (4.8 stars).", "922"},
	{"rating-denominator", "Users rate it ⭐4.2/5 on the store.", "5"},
	{"rating-denominator", "It excels in pressure relief (9.8/10) and cooling (9.5/10).", "10"},
	{"", "It excels in pressure relief (9.8/10) and cooling (9.5/10).", "9.8"},
	{"", "Only 3/4 of members voted.", "3/4"},
	{"", "The panel voted 7 to 5 against the plan.", "5"},

	// versions, dimensions, zero compounds, inline list marks
	{"version-list", "This CI system executed Python 3.5, 3.6, 3.7, and 3.8 variants of our tests.", "3.7"},
	{"version-list", "Most problems stemmed from changes between Python 2.7 and 3.5+.", "3.5+"},
	{"", "Revenue rose from 3.5 to 3.8 percent.", "3.8 percent"},
	{"", "Python 3.5 shipped, and 2.5 million users upgraded.", "2.5 million"},
	{"dimension-name", "A major drawback to 3-D printing is the slow pace.", "3"},
	{"dimension-name", "The 2-D list D stores the costs.", "2"},
	{"zero-compound", "Rust strives to have many zero-cost abstractions.", "zero"},
	{"zero-compound", "Organic traffic falls as zero-click searches rise.", "zero"},
	{"zero-compound", "Embracing a zero-waste lifestyle takes time.", "zero"},
	{"", "The plant reported zero emissions last year.", "zero"},
	{"fixed-expression", "Google claims zero net carbon emissions for its data centers.", "zero"},
	{"fixed-expression", "Emissions must reach net zero by 2050.", "zero"},
	{"inline-enumerator", "Others 1) did not see the dots or 2) did not explore them.", "1"},
	{"inline-enumerator", "Programs should hire trained tutors; 3) offer tutoring three times a week.", "3"},
	{"inline-enumerator", "Rubio will come on strong for two reasons: 1) he will live in New Hampshire.", "1"},
	{"", "Slice it with slice(0, 6) on the string.", "6"},
	{"", "Those four (count them, 4) interceptions ended his run.", "4"},

	// video standards, whole or to one decimal, and the counts that look like them
	{"video-standard", "For ~$1200 you can still get 6.2K video at 30 fps.", "6.2K"},
	{"video-standard", "Few doorbell cameras offer 2.5K video.", "2.5K"},
	{"video-standard", "The drone shoots 5.3K/30p footage.", "5.3K"},
	{"video-standard", "Stream it in 4K streaming quality.", "4K"},
	{"", "The post drew 6.2K likes in a day.", "6.2K"},
	{"", "The channel has 2.5K subscribers.", "2.5K"},
	{"", "A 12.5K prize went to the winner.", "12.5K"},

	// durations: a dash set off by spaces is punctuation, not the hyphen of
	// a modifier ("a 72-hour period")
	{"", "Children who sleep the recommended amount - 11 to 12 hours - do better at school.", "11 to 12 hours"},
	{"", "Some couples plan in a month, others take two years - there is no rule.", "two years"},
	{"", "The strike lasted six weeks — the longest in its history.", "six weeks"},
	// … time added to a measure is measured; "in another N years" is a time ahead
	{"", "Filing an extension gives you an additional six months to file.", "six months"},
	{"", "The charging case holds an extra 15 hours of playback.", "15 hours"},
	{"", "Voters had to wait another 25 minutes for ballots.", "25 minutes"},
	{"", "The court granted him a further three weeks to respond.", "three weeks"},
	{"duration", "We want to be here in another 10 years.", "10 years"},
	{"duration", "He was re-elected to another four-year term.", "four-year"},
	// … a mean or a sum of durations is measured
	{"", "It offers up to 10 hours per charge and a total of 45 hours with the case.", "45 hours"},
	{"", "Staff get 2 personal days for a grand total of 15 days paid time off.", "15 days"},
	{"", "Patients waited an average of nine minutes.", "nine minutes"},
	{"duration", "The total 30-day trial costs nothing.", "30-day"},
	// … "last" after a determiner is an adjective placing a time, not the verb "to last"
	// (the list's first member after "last" decides: duration-list)
	{"duration-list", "In just the last five or 10 years, machine learning has grown.", "10 years"},
	{"duration-list", "Over the last two or 20 years the town changed.", "20 years"},
	{"", "The batteries last five or 10 years.", "10 years"},
	{"", "The warranty will last three or 5 years.", "5 years"},
	// … a term served or worked right after do/did/done/doing (termVerbs;
	// fresh-12 "My father did 40 years down there", fresh-13 "My dad did
	// 35 years underground"); a time placed after it, or a verb farther
	// back, stays a duration
	{"", "My father did 40 years down there.", "40 years"},
	{"", "He's doing 10 years for fraud.", "10 years"},
	{"", "I've done 12 years in this job and never seen it.", "12 years"},
	{"duration", "She did two years ago what no one else could.", "two years"},
	{"duration", "We won the title, as we did 10 years before.", "10 years"},
	{"duration", "Did they meet 20 minutes before the vote?", "20 minutes"}, // ("Did he lose 20 minutes …" is the time lost since kind rule time-lost: timelost_test.go)
	// … a stay measured after a form of "be" and where or how (stayComplements;
	// PolNeAR train "have been here 20 years", "has gone 271 days without a
	// press conference"); a time placed after it stays a duration
	{"", "The ones who have been here 20 years should stay.", "20 years"},
	{"", "Clinton has gone 271 days without a press conference.", "271 days"},
	{"", "We were out there six hours in the cold.", "six hours"},
	{"", "I've been married 50 years, and she still surprises me.", "50 years"},
	{"", "He was gone two weeks, and nobody called.", "two weeks"},
	{"duration", "We were there two years ago.", "two years"},
	{"duration", "She was home three days later.", "three days"},
	{"duration", "The museum is here because of the 10 years of work.", "10 years"},
	// … hours, minutes or seconds per period are a measured rate
	// (clockUnits, ratePeriods; PolNeAR "sometimes 60 hours a week", "50
	// minutes a day"); days per week are a schedule; a modifier stays one
	{"", "Workers are out there busting it, sometimes 60 hours a week.", "60 hours"},
	{"", "Users were spending, on average, 50 minutes a day on the site.", "50 minutes"},
	{"", "I played 22 minutes a night last year.", "22 minutes"},
	{"", "Her shifts can run 10 hours per shift.", "10 hours"},
	{"duration", "The station airs seven days a week.", "seven days"},
	{"duration", "He took a 10-hour-a-week job.", "10-hour"},
	{"duration", "The bus comes every 20 minutes a day, all year.", "20 minutes"},
	// … a delay is measured (comparativeTimes: PolNeAR "he was 15 minutes
	// late to that telephone call", web-dev-4 "more than six years late");
	// "ahead of time" places a time
	{"", "When they did talk, he was 15 minutes late to that call.", "15 minutes"},
	{"", "The project is 18 months behind schedule.", "18 months"},
	{"", "The baby arrived two weeks early.", "two weeks"},
	{"duration", "The show was booked three months ahead of time.", "three months"},
	{"duration", "He arrived two days later than planned.", "two days"},
	// … "N-odd" is an approximate number (odd-about), no modifier compound
	{"", "She took money from the church for 20-odd years.", "20-odd years"},
	{"", "He has run the pub for 40-odd years.", "40-odd years"},
	{"duration", "It ended a 20-odd-year career.", "20-odd-year"},
	{"duration", "Police were granted a 72-hour period to question him.", "72-hour"},
	{"duration", "She won a six-year term in 2018.", "six-year"},
	{"duration", "The deal runs for a 10-year-long lease - renewable once.", "10-year"},
}

// mentionOver returns the first mention of in that overlaps text, and
// all of them.
func mentionOver(t *testing.T, in, text string) (*Mention, []Mention) {
	t.Helper()
	ms := Find(in)
	i := strings.Index(in, text)
	if i < 0 {
		t.Fatalf("%q not in %q", text, in)
	}
	for k := range ms {
		if ms[k].Start < i+len(text) && i < ms[k].End {
			return &ms[k], ms
		}
	}
	return nil, ms
}

// wantMention returns the mention of in over text, or nil after
// reporting the miss when need is set (a non-claim may be no mention).
func wantMention(t *testing.T, in, text string, need bool) *Mention {
	t.Helper()
	m, ms := mentionOver(t, in, text)
	if m == nil && need {
		t.Errorf("%q: no mention of %q (got %s)", in, text, describe(in, ms))
	}
	return m
}

// checkClaim reports m, the mention of in over text, when it is a claim
// and claim is unset, or the other way round.
func checkClaim(t *testing.T, in, text string, m *Mention, claim bool) {
	t.Helper()
	if (m.Kind == claims.KindClaim) != claim {
		t.Errorf("%q: %q: got kind %s by rule %s, want claim %v", in, text, m.Kind, m.Rules().Kind, claim)
	}
}

// checkKindRule reports m, the mention of in over text, when a kind rule
// other than rule decided it (no check when rule is empty).
func checkKindRule(t *testing.T, in, text string, m *Mention, rule string) {
	t.Helper()
	if rule != "" && m.Rules().Kind != rule {
		t.Errorf("%q: %q: decided by rule %q, want %s", in, text, m.Rules().Kind, rule)
	}
}

// claimCase: text in the sentence in is a claim or not (claim), decided
// by the kind rule rule when one is given.
type claimCase struct {
	in, text string
	claim    bool
	rule     string
}

// checkClaimCases checks each case; a missing mention fails a claim's
// case, a non-claim's only when needAll is set (a non-claim may be no
// mention at all).
func checkClaimCases(t *testing.T, cases []claimCase, needAll bool) {
	t.Helper()
	for _, c := range cases {
		m := wantMention(t, c.in, c.text, needAll || c.claim)
		if m == nil {
			continue
		}
		checkClaim(t, c.in, c.text, m, c.claim)
		checkKindRule(t, c.in, c.text, m, c.rule)
	}
}

// kindCase: text in the sentence in is a mention of kind kind.
type kindCase struct {
	in, text string
	kind     claims.Kind
}

// checkKindCases checks each case's kind; a missing mention fails.
func checkKindCases(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if m.Kind != c.kind {
			t.Errorf("%q: %q: got kind %s by rule %s, want %s", c.in, c.text, m.Kind, m.Rules().Kind, c.kind)
		}
	}
}

// checkGenreKinds checks that each case's text is a mention of the case's
// kind, decided by its rule when one is given.
func checkGenreKinds(t *testing.T, cases []genreKindCase) {
	t.Helper()
	for _, c := range cases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if got := m.Rules().Kind; m.Kind != c.kind || c.rule != "" && got != c.rule {
			t.Errorf("%q: %q: want kind %s by rule %q, got %s by rule %s", c.in, c.text, c.kind, c.rule, m.Kind, got)
		}
	}
}

func TestKindForms(t *testing.T) {
	for _, c := range kindFormCases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		got := m.Rules().Kind
		switch {
		case c.rule == "" && m.Kind != claims.KindClaim:
			t.Errorf("%q: %q must stay a claim, got kind %s by rule %s", c.in, c.text, m.Kind, got)
		case c.rule != "" && (m.Kind == claims.KindClaim || got != c.rule):
			t.Errorf("%q: %q: want a non-claim by rule %s, got kind %s by rule %s", c.in, c.text, c.rule, m.Kind, got)
		}
	}
}
