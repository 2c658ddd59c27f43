package lexicon

// RegionNames map the words by which an article names a country — the
// country, its people and its largest cities, as written (capitalised) —
// to the country's ISO 3166 region. The places an article names most tell
// which dollar a bare "$" is and which rupee "Rs" is when nothing else does
// (the facade's article-places rule, dollar.go). The table holds the
// countries whose money is written "$" or with a name several countries
// share (SharedNames), and the large countries whose news names them
// beside those (US, GB, IN, CN): an American article that names Canada
// once and the U.S. three times says nothing about Canada's dollar.
//
// Latin American countries are no dollar places (PlaceDollarRegions):
// English news of Mexico or Argentina writes "$" for US dollars ("exports
// worth $3 billion"); their peso is read from their name ("Mexican pesos")
// or the URL. A city whose name is also a common first name or a town
// elsewhere (Victoria, Regina, Halifax, Darwin) is left out.
var RegionNames = func() map[string]string {
	m := map[string]string{}
	for region, names := range regionNames {
		for _, n := range names {
			m[n] = region
		}
	}
	return m
}()

var regionNames = map[string][]string{
	"US": {"United States", "U.S.", "US", "USA", "America", "American", "Americans", "Washington", "New York", "California", "Texas"},
	// the dinar countries (SharedNames "dinar"); "Jordan" is a first name
	"IQ": {"Iraq", "Iraqi", "Baghdad", "Basra", "Erbil"},
	"KW": {"Kuwait", "Kuwaiti"},
	"JO": {"Jordanian", "Amman"},
	"BH": {"Bahrain", "Bahraini", "Manama"},
	"LY": {"Libya", "Libyan", "Tripoli", "Benghazi"},
	"TN": {"Tunisia", "Tunisian", "Tunis"},
	"DZ": {"Algeria", "Algerian", "Algiers"},
	"RS": {"Serbia", "Serbian", "Belgrade", "Novi Sad"},
	"MK": {"North Macedonia", "Skopje"},
	"GB": {"Britain", "British", "Briton", "Britons", "United Kingdom", "UK", "U.K.", "England", "Scotland", "Scottish", "Wales", "Welsh", "London"},
	"IN": {"India", "Indian", "Indians", "Delhi", "New Delhi", "Mumbai", "Bengaluru", "Bangalore", "Chennai", "Kolkata", "Hyderabad"},
	"CN": {"China", "Chinese", "Beijing", "Shanghai", "Shenzhen", "Guangzhou"},
	"CA": {"Canada", "Canadian", "Canadians", "Toronto", "Ottawa", "Montreal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Ontario", "Quebec", "Alberta", "British Columbia", "Manitoba", "Saskatchewan", "Nova Scotia"},
	"AU": {"Australia", "Australian", "Australians", "Queensland", "New South Wales", "Tasmania", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra"},
	"NZ": {"New Zealand", "New Zealanders", "Kiwi", "Kiwis", "Auckland", "Wellington", "Christchurch"},
	"HK": {"Hong Kong", "Hongkongers", "Kowloon"},
	"SG": {"Singapore", "Singaporean", "Singaporeans"},
	"PK": {"Pakistan", "Pakistani", "Pakistanis", "Karachi", "Lahore", "Islamabad", "Peshawar", "Rawalpindi", "Multan", "Faisalabad"},
	"LK": {"Sri Lanka", "Sri Lankan", "Sri Lankans", "Colombo"},
	"NP": {"Nepal", "Nepali", "Nepalese", "Kathmandu"},
	"KE": {"Kenya", "Kenyan", "Kenyans", "Kisumu", "Nairobi", "Mombasa"},
	"UG": {"Uganda", "Ugandan", "Ugandans", "Kampala"},
	"TZ": {"Tanzania", "Tanzanian", "Tanzanians", "Dar es Salaam", "Dodoma"},
	"PH": {"Philippines", "Philippine", "Filipino", "Filipinos", "Manila", "Luzon", "Mindanao", "Cebu"},
	"ZM": {"Zambia", "Zambian", "Zambians", "Lusaka", "Ndola", "Kitwe"},
	"MW": {"Malawi", "Malawian", "Malawians", "Lilongwe", "Blantyre"},
	"PG": {"Papua New Guinea", "Port Moresby"},
	"MM": {"Myanmar", "Burma", "Burmese", "Yangon", "Rangoon", "Naypyitaw", "Mandalay"},
	"EG": {"Egypt", "Egyptian", "Egyptians", "Cairo"},
	// the CFA franc countries (SharedNames "franc" and "cfa"): West African
	// XOF and Central African XAF ("Niger" is also a river and Nigeria's
	// delta, "Chad" a first name: their people and capitals only)
	"SN": {"Senegal", "Senegalese", "Dakar"},
	"CI": {"Ivory Coast", "Ivorian", "Ivorians", "Abidjan"},
	"BF": {"Burkina Faso", "Burkinabe", "Ouagadougou"},
	"ML": {"Mali", "Malian", "Malians", "Bamako"},
	"NE": {"Nigerien", "Niamey"},
	"TG": {"Togo", "Togolese", "Lomé"},
	"BJ": {"Benin", "Beninese", "Cotonou"},
	"CM": {"Cameroon", "Cameroonian", "Cameroonians", "Yaoundé", "Douala"},
	"GA": {"Gabon", "Gabonese", "Libreville"},
	"TD": {"Chadian", "Chadians", "N'Djamena"},
	"CF": {"Central African Republic", "Bangui"},
	"GQ": {"Equatorial Guinea", "Malabo"},
	"AE": {"United Arab Emirates", "UAE", "Emirati", "Dubai", "Abu Dhabi"},
	"MA": {"Morocco", "Moroccan", "Rabat", "Casablanca"},
	"QA": {"Qatar", "Qatari", "Doha"},
	"SA": {"Saudi Arabia", "Saudi", "Riyadh"},
	// the Caribbean, Atlantic and Pacific dollars, written "$" by their
	// own press (articles-dev-2 Jamaica, Barbados; articles-dev-3 Fiji,
	// Trinidad; articles-dev-5 the Bahamas, Bermuda, Belize), and Namibia's
	"JM": {"Jamaica", "Jamaican", "Jamaicans", "Kingston", "Montego Bay", "Spanish Town"},
	"BB": {"Barbados", "Barbadian", "Barbadians", "Bajan", "Bajans", "Bridgetown"},
	"BS": {"Bahamas", "Bahamian", "Bahamians", "Nassau", "Grand Bahama", "Abaco"},
	"BM": {"Bermuda", "Bermudian", "Bermudians"},
	"GY": {"Guyana", "Guyanese"},
	"TT": {"Trinidad", "Tobago", "Trinidadian", "Trinidadians", "Port of Spain"},
	"BZ": {"Belize", "Belizean", "Belizeans", "Belmopan"},
	"FJ": {"Fiji", "Fijian", "Fijians", "Suva", "Lautoka"},
	"NA": {"Namibia", "Namibian", "Namibians", "Windhoek"},
	// the countries of shared signs and abbreviations beyond those above:
	// Botswana's pula "P" (the Philippine peso's letter), Sierra Leone's
	// leone "Le" (the Egyptian pound's "LE"), the rupees of Mauritius and
	// the Seychelles ("Rs", "SR": the Saudi riyal's "SR"; articles-dev-3,
	// articles-dev-5)
	"BW": {"Botswana", "Batswana", "Motswana", "Gaborone"},
	"SL": {"Sierra Leone", "Sierra Leonean", "Sierra Leoneans", "Freetown"},
	"MU": {"Mauritius", "Mauritian", "Mauritians", "Port Louis"},
	"SC": {"Seychelles", "Seychellois"},
	// other countries much in English news: they outvote the countries
	// above, and name a country that writes Celsius (articleDegrees)
	"IE": {"Ireland", "Irish", "Dublin", "Cork"},
	"DE": {"Germany", "German", "Germans", "Berlin", "Munich", "Frankfurt", "Hamburg"},
	"FR": {"France", "French", "Paris", "Marseille", "Lyon"},
	"IT": {"Italy", "Italian", "Italians", "Rome", "Milan"},
	"ES": {"Spain", "Spanish", "Madrid", "Barcelona"},
	"JP": {"Japan", "Japanese", "Tokyo", "Osaka"},
	"KR": {"South Korea", "South Korean", "Seoul"},
	"ZA": {"South Africa", "South African", "South Africans", "Johannesburg", "Pretoria", "Cape Town", "Durban"},
	"NG": {"Nigeria", "Nigerian", "Nigerians", "Lagos", "Abuja"},
	"GH": {"Ghana", "Ghanaian", "Ghanaians", "Accra"},
	"BR": {"Brazil", "Brazilian", "Brazilians", "Brasilia", "São Paulo", "Rio de Janeiro"},
	"MX": {"Mexico", "Mexican", "Mexicans", "Mexico City"},
	"RU": {"Russia", "Russian", "Russians", "Moscow", "Kremlin"},
	"UA": {"Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev"},
	"IL": {"Israel", "Israeli", "Israelis", "Jerusalem", "Tel Aviv"},
	// the countries of shared names beyond the dollar's: kroner and
	// kronor ("kr"), pesos
	"DK": {"Denmark", "Danish", "Danes", "Copenhagen"},
	"NO": {"Norway", "Norwegian", "Norwegians", "Oslo"},
	"SE": {"Sweden", "Swedish", "Swedes", "Stockholm"},
	"IS": {"Iceland", "Icelandic", "Reykjavik"},
	// crowns and francs ("crown", "franc": Czech koruny; Swiss, Belgian,
	// Luxembourg francs beside France's)
	"CZ": {"Czech Republic", "Czechia", "Czech", "Czechs", "Prague"},
	"CH": {"Switzerland", "Swiss", "Zurich", "Geneva"},
	"BE": {"Belgium", "Belgian", "Belgians", "Brussels", "Antwerp"},
	"CO": {"Colombia", "Colombian", "Colombians", "Bogota", "Bogotá"},
	"AR": {"Argentina", "Argentine", "Argentines", "Argentinian", "Buenos Aires"},
	"CL": {"Chile", "Chilean", "Chileans"},
}

// PlaceDollarRegions are the regions whose dollar a bare "$" is when the
// article names them most (the article-places rule): the countries whose
// English-language press writes its own dollar "$".
var PlaceDollarRegions = WordSet(`CA AU NZ HK SG JM BB BS BM GY TT BZ FJ NA`)

// FahrenheitRegions are the regions whose weather news writes Fahrenheit
// (the United States and the few countries that keep it): a bare
// temperature in "degrees" there is Fahrenheit, elsewhere Celsius (the
// facade's article-places, the quantity grammar's degree-of-place).
var FahrenheitRegions = map[string]bool{"US": true, "LR": true, "BS": true, "BZ": true, "KY": true, "PW": true}

// TemperatureScale is the scale a bare temperature of region r is written
// in: "fahrenheit" in FahrenheitRegions, else "celsius".
func TemperatureScale(r string) string {
	if FahrenheitRegions[r] {
		return "fahrenheit"
	}
	return "celsius"
}
