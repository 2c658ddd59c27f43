package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// newsKindCases are mentions whose kind a rule of kindnews.go (or a row
// prec18 added to buildingHeads or fixedExpressions) decides, with the
// counts and amounts of the same wording that stay claims; same form as
// genreKindCases.
var newsKindCases = []genreKindCase{
	// street-block: a street's hundred-block, an address
	{"street-block", "A 34-year-old Springfield man was arrested at 2:15 a.m. Saturday in the 400 block of Elm Street.", "400", claims.KindIdentifier},
	{"street-block", "Officers were responding to a disturbance call at a home in the 10700 block of Arno Drive in Green Park.", "10700", claims.KindIdentifier},
	{"street-block", "The fire broke out in the 1500 block of North Main early Sunday.", "1500", claims.KindIdentifier},
	{"street-block", "Police closed the 200 block of West 54th Street.", "200", claims.KindIdentifier},
	{"", "The sculptor carved a 400 block of ice.", "400", claims.KindClaim},
	{"", "Builders hauled the 400 blocks of stone up the hill.", "400", claims.KindClaim},
	{"", "They sold the 400 block of the city's bonds.", "400", claims.KindClaim},
	{"", "Police said 150 people live in the block of Elm Street.", "150", claims.KindClaim},
	// binary-digit: the values of a bit
	{"binary-digit", "Unlike classical computers, which use “bits” that can either be 0 or 1, quantum computers rely on “qubits”.", "0", claims.KindOther},
	{"binary-digit", "Unlike classical computers, which use “bits” that can either be 0 or 1, quantum computers rely on “qubits”.", "1", claims.KindOther},
	{"binary-digit", "Instead of bits, it stores information as qubits, which can be 0, 1, or both at once.", "0", claims.KindOther},
	{"binary-digit", "Instead of bits, it stores information as qubits, which can be 0, 1, or both at once.", "1", claims.KindOther},
	{"binary-digit", "Each binary switch reads 1 or 0 at any moment.", "0", claims.KindOther},
	{"", "The chip stores 2 bits and 1 byte of state.", "1 byte", claims.KindClaim},
	{"", "The teams scored 1 and 0 goals.", "1", claims.KindClaim},
	{"", "The vote was split 1 or 0 times a week.", "1", claims.KindClaim},
	{"", "The 64 bits held 0 errors.", "0", claims.KindClaim},
	// type-modifier: storeys typing a home (buildingHeads)
	{"type-modifier", "He also had shelters built at his three-story apartment on Fifth Avenue.", "three", claims.KindOther},
	{"type-modifier", "They bought a two-storey flat near the river.", "two", claims.KindOther},
	{"type-modifier", "The family rented a four-story townhouse in Brooklyn.", "four", claims.KindOther},
	{"", "The fire spread across three stories of the apartment block.", "three", claims.KindClaim},
	{"", "The apartment rose five stories into the air.", "five", claims.KindClaim},
	// video-standard: an "NK" after a video verb, before a frame rate or a
	// word of restoring (kinds19)
	{"video-standard", "The console has a 2TB drive and renders at up to 8K.", "up to 8K", claims.KindIdentifier},
	{"video-standard", "The camera records 8K video at 30fps and 4K at 120 fps.", "4K", claims.KindIdentifier},
	{"video-standard", "The phone shoots 6K and streams in 4K.", "6K", claims.KindIdentifier},
	{"video-standard", "The phone shoots 6K and streams in 4K.", "4K", claims.KindIdentifier},
	{"video-standard", "ILM finished a brand new 4K restoration print of A New Hope.", "4K", claims.KindIdentifier},
	{"", "The company sold 4K units last month.", "4K", claims.KindClaim},
	{"", "He earned $4K at the bar in one night.", "$4K", claims.KindClaim},
	{"", "The fund raised 8K at 5 events.", "8K", claims.KindClaim},
	// race-distance-name: a race named by its distance in kilometres
	{"race-distance-name", "The 5K fun run starts at 9 a.m., and registration closes on April 30.", "5K", claims.KindIdentifier},
	{"race-distance-name", "She ran a charity 10K race in May.", "10K", claims.KindIdentifier},
	{"race-distance-name", "Join our 5K walk for cancer research.", "5K", claims.KindIdentifier},
	{"", "The 5K runners signed up in a day.", "5K", claims.KindClaim},
	{"", "Over 5K runs were logged on the app.", "Over 5K", claims.KindClaim},
	// markup-tag: the attributes of an HTML tag a page's text kept
	{"markup-tag", `<iframe src="http://example.com/embed?id=4e7a&amp;width=600" width="600" height="430" border="0" frameborder="0"></iframe>`, "430", claims.KindIdentifier},
	{"markup-tag", `<table border="0" cellpadding="4">`, "0", claims.KindIdentifier},
	{"markup-tag", `The photo <img src="a.png" width="640" height="480"> shows 12 people.`, "640", claims.KindIdentifier},
	{"markup-tag", `<td colspan="2">Total</td>`, "2", claims.KindIdentifier},
	{"", `The photo <img src="a.png" width="640" height="480"> shows 12 people.`, "12", claims.KindClaim},
	{"", "If fewer than 5 < 7 people and 9 > 3 then 7 people win.", "7 people", claims.KindClaim},
	// model-before-device: a model's number before a singular device noun
	{"model-before-device", "IBM picked the 16-bit 8088 chip for its first personal computer.", "8088", claims.KindIdentifier},
	{"model-before-device", "The Apple II ran on a 6502 processor.", "6502", claims.KindIdentifier},
	{"model-before-device", "Intel's 486 chip doubled the speed of the 386.", "486", claims.KindIdentifier},
	{"", "The plant shipped 500 chips a day.", "500", claims.KindClaim},
	{"", "Each board carries 128 chip sockets.", "128", claims.KindClaim},
	// hyphen-chain: a US date month-day-year before a clock time
	{"number-grammar", "First Posted: 08-13-10 05:18 PM | Updated: 08-14-10 12:41 AM", "08-13-10", claims.KindDate},
	{"number-grammar", "Filed 3-02-2024 9:15 am by the clerk.", "3-02-2024", claims.KindDate},
	{"", "Part 12-34-56 10:30 shipped.", "12-34-56", claims.KindIdentifier},
	{"", "Call 202-555-0100 today.", "202-555-0100", claims.KindIdentifier},
	// future-title-year: a title's number far ahead
	{"future-title-year", "Gosling is set to star in the action movie Blade Runner 2049, and he's having fun.", "2049", claims.KindIdentifier},
	{"future-title-year", "The laptop hit 60 fps in all the games we tested, even Cyberpunk 2077.", "2077", claims.KindIdentifier},
	{"future-title-year", "The sequel Death Race 2050 went straight to video.", "2050", claims.KindIdentifier},
	{"", "The country aims to reach net zero by 2050.", "2050", claims.KindYear},
	{"", "The plan runs through December 2049 at the latest.", "2049", claims.KindDate},
	{"", "Microsoft one-ups Google Docs with real-time editing in Office 2016", "2016", claims.KindYear},
	{"", "Emissions must fall 45% between 2025 and 2050.", "2050", claims.KindYear},
	{"", "Vision 2050 sets out the targets.", "2050", claims.KindYear},
	// label-word: a road's mile marker and exit
	{"label-word", "The crash on Interstate 95 near mile marker 47 sent three people to the hospital.", "47", claims.KindIdentifier},
	{"label-word", "Take exit 23 for the airport.", "23", claims.KindIdentifier},
	{"", "Crews placed 47 markers along the trail.", "47", claims.KindClaim},
	{"", "Only 3 exits were open.", "3", claims.KindClaim},
	// fixed-expression: "zero sum game"
	{"fixed-expression", "I don't see it as some sort of zero sum game.", "zero", claims.KindOther},
	{"fixed-expression", "Trade is not a zero sum game, the minister said.", "zero", claims.KindOther},
	{"", "The sum was zero after the game.", "zero", claims.KindClaim},
}

func TestNewsKinds(t *testing.T) {
	checkGenreKinds(t, newsKindCases)
}
