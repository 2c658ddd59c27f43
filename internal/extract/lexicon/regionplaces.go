package lexicon

// Subdivisions and large cities of the countries of RegionNames: the
// states, provinces, territories and regions by which their own news names
// where a story happens, without naming the country ("Nevada casinos won
// $1.35 billion", "Las Vegas visitor volume" beside "visitors from
// Canada"; "Phoenix recorded 31 consecutive days … of at least 110
// degrees"; web-dev-5 us-nv-gaming-revenue, us-az-heat-deaths, and
// web-dev-4 us-ercot-heat's Texas, articles-dev US stories). They count
// as the country in the article-places and place-sentences rules
// (dollar.go) and in the sentence's currency-of-place and degree-of-place
// (quantity/placecurrency.go). As in RegionNames, a name that is also a
// country, a common first name or a large town elsewhere is left out
// (Georgia, Virginia, Victoria, Darwin, Halifax, Regina, Perth in
// Scotland is already AU's; Chicago, which TestArticleDegrees keeps as a
// place of no table).
var regionPlaces = map[string][]string{
	"US": {"Alabama", "Alaska", "Arizona", "Arkansas", "Colorado", "Connecticut", "Delaware", "Florida",
		"Hawaii", "Idaho", "Illinois", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maryland",
		"Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Nebraska", "Nevada",
		"New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
		"Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Utah",
		"Vermont", "West Virginia", "Wisconsin", "Wyoming",
		"Los Angeles", "San Francisco", "Houston", "Dallas", "Phoenix", "Philadelphia",
		"Detroit", "Las Vegas", "New Orleans", "Seattle", "Denver", "Atlanta", "Boston", "Miami"},
	"CA": {"Prince Edward Island", "New Brunswick", "Newfoundland", "Nunavut", "Charlottetown", "Saskatoon", "Fredericton"},
	"AU": {"South Australia", "Western Australia", "Northern Territory", "Hobart"},
	"IN": {"Tamil Nadu", "Karnataka", "Gujarat", "Assam", "Kerala", "Maharashtra", "Uttar Pradesh",
		"West Bengal", "Rajasthan", "Telangana", "Odisha", "Bihar", "Ahmedabad", "Guwahati", "Pune"},
}

// (Added to RegionNames at init: package variables are set before init
// runs, so RegionNames holds regionNames' rows already.)
func init() {
	for region, names := range regionPlaces {
		for _, n := range names {
			if _, dup := RegionNames[n]; !dup {
				RegionNames[n] = region
			}
		}
	}
}

// TitledPlaces are places whose name opens with a word of NameTitles
// ("Prince Edward Island's rental vacancy rate", "nurses in Prince
// George", "Prince Albert"; web-dev-5, fresh-16, ingest-dev): the word is
// no title there and the name no person's (attrib rule titled-place).
var TitledPlaces = map[string]bool{
	"Prince Edward Island": true, "Prince George": true, "Prince Rupert": true, "Prince Albert": true,
	"General Santos": true, "King County": true, "Lord Howe Island": true,
}
