package lexicon

// Places are names of countries (the ISO 3166 names of the tz database's
// iso3166.tab, with their common short forms), the US states, the nations
// of the United Kingdom, Canada's provinces and territories, Australia's
// states and the world's regions.
// A place modifying a document ("the Iowa poll", "a New Hampshire survey",
// "a Nigeria study") is where it was made, not who made it
// (attrib/documents.go).
var Places = map[string]bool{}

func init() {
	for _, p := range placeNames {
		Places[p] = true
	}
}

var placeNames = []string{
	"Afghanistan", "Africa", "Alabama", "Alaska", "Albania", "Alberta", "Algeria", "America", "Andorra",
	"Angola", "Anguilla", "Antarctica", "Appalachia", "Argentina", "Arizona", "Arkansas", "Armenia",
	"Aruba", "Asia", "Atlantic", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Balkans",
	"Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bermuda", "Bhutan", "Bolivia",
	"Botswana", "Bouvet Island", "Brazil", "Britain", "British Columbia",
	"British Indian Ocean Territory", "Brunei", "Bulgaria", "Burkina Faso", "Burma", "Burundi",
	"California", "Cambodia", "Cameroon", "Canada", "Cape Verde", "Caribbean", "Caribbean NL",
	"Catalonia", "Cayman Islands", "Central African Republic", "Central America", "Chad", "Chile", "China",
	"Christmas Island", "Cocos Islands", "Colombia", "Colorado", "Comoros", "Congo", "Connecticut",
	"Cook Islands", "Costa Rica", "Crimea", "Croatia", "Cuba", "Curaçao", "Cyprus", "Czech Republic",
	"Czechia", "Côte d'Ivoire", "Delaware", "Denmark", "District of Columbia", "Djibouti", "Dominica",
	"Dominican Republic", "East Timor", "Ecuador", "Egypt", "El Salvador", "England",
	"Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Europe", "Falkland Islands",
	"Faroe Islands", "Fiji", "Finland", "Florida", "France", "French Guiana", "French Polynesia",
	"French S. Terr.", "Gabon", "Gambia", "Gaza", "Georgia", "Germany", "Ghana", "Gibraltar",
	"Great Britain", "Greece", "Greenland", "Grenada", "Guadeloupe", "Guam", "Guatemala", "Guernsey",
	"Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Hawaii", "Honduras", "Hong Kong", "Hungary",
	"Iceland", "Idaho", "Illinois", "India", "Indiana", "Indonesia", "Iowa", "Iran", "Iraq", "Ireland",
	"Isle of Man", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jersey", "Jordan", "Kansas",
	"Kazakhstan", "Kentucky", "Kenya", "Kiribati", "Korea", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos",
	"Latin America", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania",
	"Louisiana", "Luxembourg", "Macau", "Macedonia", "Madagascar", "Maine", "Malawi", "Malaysia",
	"Maldives", "Mali", "Malta", "Marshall Islands", "Martinique", "Maryland", "Massachusetts",
	"Mauritania", "Mauritius", "Mayotte", "Mexico", "Michigan", "Micronesia", "Middle East", "Midwest",
	"Minnesota", "Mississippi", "Missouri", "Moldova", "Monaco", "Mongolia", "Montana", "Montenegro",
	"Montserrat", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nebraska", "Nepal",
	"Netherlands", "Nevada", "New Caledonia", "New England", "New Hampshire", "New Jersey",
	"New Mexico", "New York", "New Zealand", "Nicaragua", "Niger", "Nigeria", "Niue", "Norfolk Island",
	"North America", "North Carolina", "North Dakota", "North Korea", "North Macedonia",
	"Northern Ireland", "Northern Mariana Islands", "Norway", "Ohio", "Oklahoma", "Oman", "Ontario",
	"Oregon", "Pacific", "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay",
	"Pennsylvania", "Peru", "Philippines", "Pitcairn", "Poland", "Portugal", "Puerto Rico", "Qatar",
	"Quebec", "Rhode Island", "Romania", "Russia", "Rwanda", "Réunion", "Samoa", "San Marino",
	"Saudi Arabia", "Scandinavia", "Scotland", "Senegal", "Serbia", "Seychelles", "Sierra Leone",
	"Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South America",
	"South Carolina", "South Dakota", "South Korea", "South Sudan", "Spain", "Sri Lanka",
	"St. Barthelemy", "St. Helena", "St. Lucia", "St. Maarten", "St. Martin", "St. Vincent", "Sudan",
	"Suriname", "Swaziland", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
	"Tennessee", "Texas", "Thailand", "Tibet", "Togo", "Tokelau", "Tonga", "Tunisia", "Turkey",
	"Turkmenistan", "Tuvalu", "US minor outlying islands", "Uganda", "Ukraine", "United Arab Emirates",
	"United Kingdom", "United States", "Uruguay", "Utah", "Uzbekistan", "Vanuatu", "Vatican",
	"Vatican City", "Venezuela", "Vermont", "Vietnam", "Virgin Islands", "Virginia", "Wales",
	"Washington", "West Bank", "West Virginia", "Western Sahara", "Wisconsin", "Wyoming", "Yemen",
	"Zambia", "Zimbabwe", "Åland Islands",
	// the other Canadian provinces and territories, and Australia's states
	// and territories ("Victoria" is a given name too: left out)
	"Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland", "Newfoundland and Labrador",
	"Prince Edward Island", "Yukon", "Nunavut", "Northwest Territories",
	"Queensland", "New South Wales", "Tasmania", "South Australia", "Western Australia", "Northern Territory",
}

// RegionAbbrevs are the dotted abbreviations of provinces and states that
// news writes before an office ("Ont. Health Minister Sylvia Jones", "Alta.
// Premier Danielle Smith", "Vic. Transport Minister …"); ones that are
// English words ("Man.", "Miss.", "Ill.") are left out. Their full stop ends
// no sentence when a title follows (text's sentence joins).
var RegionAbbrevs = map[string]bool{
	"Ont.": true, "Alta.": true, "Sask.": true, "Que.": true, "Nfld.": true, "Vic.": true, "Tas.": true,
	"Calif.": true, "Fla.": true, "Ariz.": true, "Tenn.": true, "Penn.": true,
}
