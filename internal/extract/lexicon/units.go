package lexicon

import "strings"

// Units of measure: one row per unit, with its normalised name (what the
// recogniser writes as a quantity's unit), its dimension and the ways news
// writes it. Other packages look a unit up by name (Unit("kg").Dimension is
// "mass"), so that compare can tell a length from a mass. The quantity
// grammar reads the spellings (UnitSpellings) and decides the ambiguous ones
// in context (quantity/units.go).

// Dimensions of units.
const (
	DimLength        = "length"
	DimMass          = "mass"
	DimTime          = "time"
	DimTemperature   = "temperature"
	DimArea          = "area"
	DimVolume        = "volume"
	DimSpeed         = "speed"
	DimPower         = "power"
	DimEnergy        = "energy"
	DimData          = "data"
	DimDataRate      = "data_rate"
	DimFrequency     = "frequency"
	DimTorque        = "torque"
	DimCharge        = "charge"
	DimVoltage       = "voltage"
	DimAngle         = "angle"
	DimFuelEconomy   = "fuel_economy"
	DimFlow          = "flow"
	DimPressure      = "pressure"
	DimCount         = "count"
	DimRatio         = "ratio"
	DimMoney         = "money"
	DimCooking       = "cooking_volume"
	DimRotation      = "rotation_rate"
	DimFrameRate     = "frame_rate"
	DimSoundLevel    = "sound_level"
	DimConcentration = "concentration"
	DimImage         = "image_resolution"
	DimLuminance     = "luminance"
	DimLuminousFlux  = "luminous_flux"
	DimPixelDensity  = "pixel_density"
	DimCompute       = "compute_rate"
	DimForce         = "force"
	DimAmount        = "amount_of_substance"
	DimActivity      = "biological_activity"
	DimDose          = "radiation_dose"
	DimRadioactivity = "radioactivity"
	DimResistance    = "resistance"
	DimCapacitance   = "capacitance"
	DimIlluminance   = "illuminance"
	DimAcceleration  = "acceleration"
	DimAperture      = "aperture"
)

// UnitInfo describes a normalised unit.
type UnitInfo struct {
	Name      string // normalised name: "km", "kWh", "celsius"
	Dimension string // DimLength ...
	// Spellings after a number, lower-cased (the grammar matches words in
	// lower case); Symbols are case-sensitive spellings (a symbol such as
	// "MW" or "mW" differs from its lower case) read only glued to the
	// number or right after it.
	Spellings []string
	Symbols   []string
	// Ambiguous spellings are also words ("in", "t", "l", "oz", "ha"): read
	// only glued to the number ("5l", "2in") or in a context the grammar
	// names.
	Ambiguous []string
	// Aliases are other names of the unit as a name (not as text after a
	// number): how gold files, the peer suites and users write it
	// ("square foot" for foot2, "liter" for litre, "mile/hour" for mph).
	// CanonicalUnit maps them to Name.
	Aliases []string
}

// units are the measure units, one row each.
var units = []UnitInfo{
	// length
	{Name: "km", Dimension: DimLength, Spellings: []string{"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "klick", "klicks"}, Aliases: []string{"kilometre", "kilometer"}},
	{Name: "m", Dimension: DimLength, Spellings: []string{"metre", "metres", "meter", "meters"}, Aliases: []string{"metre", "meter"}},
	{Name: "dm", Dimension: DimLength, Spellings: []string{"dm", "decimetre", "decimetres", "decimeter", "decimeters"}},
	{Name: "cm", Dimension: DimLength, Spellings: []string{"cm", "cms", "centimetre", "centimetres", "centimeter", "centimeters"}, Aliases: []string{"centimetre", "centimeter"}},
	{Name: "mm", Dimension: DimLength, Spellings: []string{"mm", "millimetre", "millimetres", "millimeter", "millimeters"}, Aliases: []string{"millimetre", "millimeter"}},
	{Name: "um", Dimension: DimLength, Spellings: []string{"µm", "μm", "micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns"}},
	{Name: "nm", Dimension: DimLength, Spellings: []string{"nm", "nanometre", "nanometres", "nanometer", "nanometers"}},
	{Name: "pm", Dimension: DimLength, Spellings: []string{"picometre", "picometres", "picometer", "picometers"}},
	{Name: "mile", Dimension: DimLength, Spellings: []string{"mile", "miles"}, Ambiguous: []string{"mi"}},
	{Name: "yard", Dimension: DimLength, Spellings: []string{"yard", "yards", "yd", "yds"}},
	{Name: "foot", Dimension: DimLength, Spellings: []string{"foot", "feet", "ft"}, Aliases: []string{"feet"}},
	{Name: "inch", Dimension: DimLength, Spellings: []string{"inch", "inches"}, Ambiguous: []string{"in"}, Aliases: []string{"inches"}},
	{Name: "furlong", Dimension: DimLength, Spellings: []string{"furlong", "furlongs"}}, // horse racing: "over 7 furlongs"
	{Name: "fathom", Dimension: DimLength, Spellings: []string{"fathom", "fathoms"}},
	{Name: "nautical_mile", Dimension: DimLength, Spellings: []string{"nmi", "nautical-mile", "nautical-miles"}, Aliases: []string{"nautical mile", "nautical miles"}},
	{Name: "light-year", Dimension: DimLength, Spellings: []string{"ly", "light-year", "light-years"}, Aliases: []string{"light year", "light_year", "lightyear"}},
	// mass
	{Name: "tonne", Dimension: DimMass, Spellings: []string{"tonne", "tonnes", "metric-ton", "metric-tons", "metric-tonne", "metric-tonnes"}, Ambiguous: []string{"t"}, Aliases: []string{"metric ton", "metric_ton", "metric tons"}},
	// the US ton is the short ton; the long ton (2,240 lb) is its own unit
	// (the wire's "5,988 short tons" of sugar, "37,000 long tons of wheat
	// flour": web-dev-17)
	{Name: "ton", Dimension: DimMass, Spellings: []string{"ton", "tons", "short-ton", "short-tons"}, Aliases: []string{"short ton", "short tons"}},
	{Name: "long_ton", Dimension: DimMass, Spellings: []string{"long-ton", "long-tons"}, Aliases: []string{"long ton", "long tons"}},
	// a hundred kilograms, India's farm-price unit: "48 quintals per
	// hectare", "Rs 1,200 per quintal" (web-dev-9)
	{Name: "quintal", Dimension: DimMass, Spellings: []string{"quintal", "quintals"}},
	{Name: "kt", Dimension: DimMass, Spellings: []string{"kiloton", "kilotons", "kilotonne", "kilotonnes"}},
	{Name: "Mt", Dimension: DimMass, Spellings: []string{"megaton", "megatons", "megatonne", "megatonnes"}, Symbols: []string{"Mt"}, Ambiguous: []string{"mt"}},
	{Name: "Gt", Dimension: DimMass, Spellings: []string{"gigaton", "gigatons", "gigatonne", "gigatonnes"}, Symbols: []string{"Gt"}, Ambiguous: []string{"gt"}},
	{Name: "kg", Dimension: DimMass, Spellings: []string{"kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"}, Aliases: []string{"kilogram", "kilo"}},
	{Name: "g", Dimension: DimMass, Spellings: []string{"gram", "grams", "gramme", "grammes", "gm", "gms"}, Aliases: []string{"gram"}},
	{Name: "mg", Dimension: DimMass, Spellings: []string{"mg", "milligram", "milligrams", "milligramme", "milligrammes"}, Aliases: []string{"milligram"}},
	{Name: "ug", Dimension: DimMass, Spellings: []string{"µg", "μg", "ug", "mcg", "microgram", "micrograms", "microgramme", "microgrammes"}},
	// stone (UK body weights): "14st", "14 stone 7lb", "lost two stone";
	// "st" only glued (a street, a saint otherwise)
	{Name: "stone", Dimension: DimMass, Spellings: []string{"stone"}, Ambiguous: []string{"st"}},
	{Name: "lb", Dimension: DimMass, Spellings: []string{"lb", "lbs"}, Aliases: []string{"pound"}},
	{Name: "oz", Dimension: DimMass, Spellings: []string{"ounce", "ounces"}, Ambiguous: []string{"oz"}, Aliases: []string{"ounce"}},
	// amount of substance: blood tests in mmol/L ("glucose above 7.0 mmol/L")
	{Name: "mmol", Dimension: DimAmount, Spellings: []string{"millimole", "millimoles"}},
	{Name: "umol", Dimension: DimAmount, Spellings: []string{"micromole", "micromoles"}},
	// international units of vitamins and drugs ("1,000 IU of vitamin D",
	// a nutrition label's "Vitamin A 6070IU"); only in capitals ("iu" no)
	{Name: "IU", Dimension: DimActivity, Symbols: []string{"IU"}},
	{Name: "hundredweight", Dimension: DimMass, Spellings: []string{"hundredweight", "cwt"}},
	{Name: "carat", Dimension: DimMass, Spellings: []string{"carat", "carats"}},
	// cricket's scoring units (web-dev-3: "scored 446 runs", "in 88
	// overs"; web-dev-4: "five wickets for 23 runs", "in their 20 overs"):
	// a count of runs is no count of things; "over" only plural ("10 over
	// par", "5 over the year" are no overs)
	{Name: "run", Dimension: DimCount, Spellings: []string{"run", "runs"}},
	// containers counted in twenty-foot equivalent units: "14.5 million
	// TEU", "38.2 million twenty-foot equivalent units" (web-dev-9)
	{Name: "TEU", Dimension: DimCount, Spellings: []string{"teus", "twenty-foot-equivalent-unit", "twenty-foot-equivalent-units"}, Symbols: []string{"TEU", "TEUs"}},
	{Name: "over", Dimension: DimCount, Spellings: []string{"overs"}},
	// cotton (and wool, jute) is reported in bales, a trade unit whose
	// weight each country fixes: "29.4 million bales of 170 kg each"
	// (web-dev-9, India), "7.7 mln bales of 375 pounds each" (web-dev-20,
	// Pakistan); a count of bales is no count of things
	{Name: "bale", Dimension: DimCount, Spellings: []string{"bale", "bales"}},
	// volume
	{Name: "litre", Dimension: DimVolume, Spellings: []string{"litre", "litres", "liter", "liters", "ltr", "ltrs"}, Ambiguous: []string{"l"}, Aliases: []string{"liter", "l"}},
	{Name: "ml", Dimension: DimVolume, Spellings: []string{"ml", "millilitre", "millilitres", "milliliter", "milliliters"}, Aliases: []string{"millilitre", "milliliter"}},
	{Name: "cl", Dimension: DimVolume, Spellings: []string{"cl", "centilitre", "centilitres", "centiliter", "centiliters"}},
	{Name: "gallon", Dimension: DimVolume, Spellings: []string{"gallon", "gallons", "gal"}},
	{Name: "fl_oz", Dimension: DimVolume, Spellings: []string{"fluid-ounce", "fluid-ounces", "fl-oz"}, Aliases: []string{"fluid ounce", "fluid ounces", "fl oz"}}, // "8 fluid ounces", "2 fl oz"
	{Name: "bushel", Dimension: DimVolume, Spellings: []string{"bushel", "bushels", "bu"}},                                                                        // "50 bushels an acre"
	{Name: "hectolitre", Dimension: DimVolume, Spellings: []string{"hectolitre", "hectolitres", "hectoliter", "hectoliters"}},
	{Name: "pint", Dimension: DimVolume, Spellings: []string{"pint", "pints"}},
	{Name: "quart", Dimension: DimVolume, Spellings: []string{"quart", "quarts"}},
	{Name: "barrel", Dimension: DimVolume, Spellings: []string{"barrel", "barrels", "bbl"}},
	{Name: "cc", Dimension: DimVolume, Spellings: []string{"cc"}},
	{Name: "m3", Dimension: DimVolume, Aliases: []string{"cubic metre", "cubic meter", "cubic_metre", "cubic_meter"}},
	{Name: "km3", Dimension: DimVolume, Aliases: []string{"cubic kilometre", "cubic kilometer", "cubic_kilometre", "cubic_kilometer"}},
	{Name: "foot3", Dimension: DimVolume, Aliases: []string{"cubic foot", "cubic feet", "cubic_foot", "cu ft"}},
	{Name: "mm3", Dimension: DimVolume},
	{Name: "mile3", Dimension: DimVolume, Aliases: []string{"cubic mile", "cubic_mile"}},
	{Name: "yard3", Dimension: DimVolume, Aliases: []string{"cubic yard", "cubic_yard"}},
	{Name: "inch3", Dimension: DimVolume, Aliases: []string{"cubic inch", "cubic_inch"}},
	{Name: "cup", Dimension: DimCooking, Spellings: []string{"cup", "cups"}},
	{Name: "tbsp", Dimension: DimCooking, Spellings: []string{"tablespoon", "tablespoons", "tbsp", "tbsps", "tbs"}},
	{Name: "tsp", Dimension: DimCooking, Spellings: []string{"teaspoon", "teaspoons", "tsp", "tsps"}},
	// area
	{Name: "hectare", Dimension: DimArea, Spellings: []string{"hectare", "hectares"}, Ambiguous: []string{"ha"}},
	{Name: "acre", Dimension: DimArea, Spellings: []string{"acre", "acres"}},
	{Name: "km2", Dimension: DimArea, Spellings: []string{"km²", "sqkm"}, Aliases: []string{"square kilometre", "square kilometer", "square_kilometre", "square_kilometer", "sq km"}},
	{Name: "m2", Dimension: DimArea, Spellings: []string{"m²", "sqm"}, Aliases: []string{"square metre", "square meter", "square_metre", "square_meter", "sq m"}},
	{Name: "mile2", Dimension: DimArea, Aliases: []string{"square mile", "square_mile", "sq mi"}},
	{Name: "foot2", Dimension: DimArea, Spellings: []string{"sqft"}, Aliases: []string{"square foot", "square feet", "square_foot", "sq ft"}},
	{Name: "cm2", Dimension: DimArea, Spellings: []string{"cm²"}, Aliases: []string{"square centimetre", "square centimeter", "square_centimetre", "square_centimeter"}},
	{Name: "mm2", Dimension: DimArea},
	{Name: "yard2", Dimension: DimArea, Aliases: []string{"square yard", "square_yard"}},
	{Name: "inch2", Dimension: DimArea, Aliases: []string{"square inch", "square_inch"}},
	// speed
	{Name: "mph", Dimension: DimSpeed, Spellings: []string{"mph"}, Aliases: []string{"mile/hour", "miles per hour"}},
	{Name: "km/h", Dimension: DimSpeed, Spellings: []string{"kph", "kmph", "kmh", "kmhr"}, Aliases: []string{"km/hour", "kilometres per hour", "kilometers per hour"}},
	{Name: "m/s", Dimension: DimSpeed},
	{Name: "ft/s", Dimension: DimSpeed},
	{Name: "m/s2", Dimension: DimAcceleration, Aliases: []string{"m/s²", "m/s^2", "metres per second squared", "meters per second squared"}},
	{Name: "mach", Dimension: DimSpeed, Aliases: []string{"mach number"}}, // written before the number: UnitsBefore
	{Name: "knot", Dimension: DimSpeed, Spellings: []string{"knot", "knots"}, Ambiguous: []string{"kn"}},
	// fuel economy
	{Name: "mpg", Dimension: DimFuelEconomy, Spellings: []string{"mpg"}, Aliases: []string{"mile/gallon", "miles per gallon"}},
	{Name: "km/l", Dimension: DimFuelEconomy, Spellings: []string{"kmpl"}},
	{Name: "barrel/day", Dimension: DimFlow, Spellings: []string{"bpd", "bopd"}, Aliases: []string{"barrels per day", "barrel per day"}},
	// oil and gas together in barrels of oil equivalent: "1.2 billion boe",
	// "513,000 boe/d", "350,000 boepd", "2.7 million barrels of oil
	// equivalent per day" (web-dev-3's claims gold: boe/day)
	{Name: "boe", Dimension: DimVolume, Spellings: []string{"boe", "barrel-of-oil-equivalent", "barrels-of-oil-equivalent"}, Aliases: []string{"barrel of oil equivalent", "barrels of oil equivalent"}},
	{Name: "boe/day", Dimension: DimFlow, Spellings: []string{"boepd", "boe/d"}, Aliases: []string{"barrels of oil equivalent per day", "barrel of oil equivalent per day", "boepd"}},
	// energy trade: gas volumes in billions of cubic metres and thousands,
	// billions, trillions of cubic feet; liquefied gas in million tonnes a
	// year; heat in British thermal units ("20 bcm", "3 tcf", "5.2 Mtpa",
	// "$3.50 per MMBtu")
	// shipping: containers in twenty-foot equivalent units and a ship's
	// deadweight tonnage ("14.5 million TEU", "a 180,000 dwt bulker":
	// web-dev-9; "41.1 million TEUs", "80,000 dwt": web-dev-11)
	{Name: "TEU", Dimension: DimVolume, Spellings: []string{"teu", "teus"}},
	{Name: "dwt", Dimension: DimMass, Spellings: []string{"dwt"}},
	{Name: "bcm", Dimension: DimVolume, Spellings: []string{"bcm"}, Aliases: []string{"billion cubic metres", "billion cubic meters"}},
	{Name: "mcf", Dimension: DimVolume, Spellings: []string{"mcf"}, Aliases: []string{"thousand cubic feet"}},
	{Name: "bcf", Dimension: DimVolume, Spellings: []string{"bcf"}, Aliases: []string{"billion cubic feet"}},
	{Name: "tcf", Dimension: DimVolume, Spellings: []string{"tcf"}, Aliases: []string{"trillion cubic feet"}},
	{Name: "Mt/year", Dimension: DimFlow, Spellings: []string{"mtpa", "mmtpa"}, Aliases: []string{"million tonnes per annum", "million tonnes a year"}},
	{Name: "MMBtu", Dimension: DimEnergy, Spellings: []string{"mmbtu", "mmbtus", "million-british-thermal-units", "million-british-thermal-unit", "mln-btu", "million-btu"}, Aliases: []string{"million british thermal units"}}, // "2.58 dlrs per mln Btu" (web-dev-18; the wire)
	{Name: "Btu", Dimension: DimEnergy, Spellings: []string{"btu", "btus", "british-thermal-unit", "british-thermal-units"}, Aliases: []string{"british thermal unit", "british thermal units"}},
	// temperature
	{Name: "celsius", Dimension: DimTemperature, Spellings: []string{"celsius", "celcius", "centigrade", "degc", "℃"}, Aliases: []string{"degree celsius", "degrees celsius", "°c", "c"}},
	{Name: "fahrenheit", Dimension: DimTemperature, Spellings: []string{"fahrenheit", "farenheit", "fahrenheight", "degf", "℉"}, Aliases: []string{"degree fahrenheit", "degrees fahrenheit", "°f", "f"}},
	{Name: "kelvin", Dimension: DimTemperature, Spellings: []string{"kelvin", "kelvins"}, Aliases: []string{"k", "degree kelvin"}},
	{Name: "degree", Dimension: DimAngle, Spellings: []string{"degree", "degrees", "deg", "degs"}},
	{Name: "rad", Dimension: DimAngle, Spellings: []string{"rad", "radian", "radians"}},
	// power and energy
	{Name: "W", Dimension: DimPower, Spellings: []string{"watt", "watts"}, Aliases: []string{"watt"}},
	{Name: "kW", Dimension: DimPower, Spellings: []string{"kw", "kilowatt", "kilowatts"}, Aliases: []string{"kilowatt"}},
	{Name: "MW", Dimension: DimPower, Spellings: []string{"mw", "megawatt", "megawatts"}, Aliases: []string{"megawatt"}},
	{Name: "GW", Dimension: DimPower, Spellings: []string{"gw", "gigawatt", "gigawatts"}, Aliases: []string{"gigawatt"}},
	{Name: "TW", Dimension: DimPower, Spellings: []string{"terawatt", "terawatts"}, Aliases: []string{"terawatt"}},
	{Name: "hp", Dimension: DimPower, Spellings: []string{"horsepower", "bhp", "whp"}, Ambiguous: []string{"hp"}, Aliases: []string{"horsepower", "bhp"}},
	// PS, and the Italian, Spanish and Portuguese "cv" (cavalli/caballos
	// vapor: "develops 830cv"), only glued ("CV" is a résumé)
	{Name: "PS", Dimension: DimPower, Symbols: []string{"PS"}, Ambiguous: []string{"ps", "cv"}},
	{Name: "Wh", Dimension: DimEnergy, Spellings: []string{"wh", "watt-hour", "watt-hours"}, Aliases: []string{"watt hour", "watt-hour"}},
	{Name: "kWh", Dimension: DimEnergy, Spellings: []string{"kwh", "kilowatt-hour", "kilowatt-hours"}, Aliases: []string{"kilowatt hour", "kilowatt-hour"}},
	{Name: "MWh", Dimension: DimEnergy, Spellings: []string{"mwh", "megawatt-hour", "megawatt-hours"}, Aliases: []string{"megawatt hour", "megawatt-hour"}},
	{Name: "GWh", Dimension: DimEnergy, Spellings: []string{"gwh", "gigawatt-hour", "gigawatt-hours"}, Aliases: []string{"gigawatt hour", "gigawatt-hour"}},
	{Name: "TWh", Dimension: DimEnergy, Spellings: []string{"twh", "terawatt-hour", "terawatt-hours"}, Aliases: []string{"terawatt hour", "terawatt-hour"}},
	{Name: "J", Dimension: DimEnergy, Spellings: []string{"joule", "joules"}},
	{Name: "kJ", Dimension: DimEnergy, Spellings: []string{"kj", "kilojoule", "kilojoules"}},
	{Name: "calorie", Dimension: DimEnergy, Spellings: []string{"calorie", "calories", "kcal", "cal"}},
	{Name: "eV", Dimension: DimEnergy, Spellings: []string{"electronvolt", "electronvolts"}, Symbols: []string{"eV"}, Ambiguous: []string{"ev"}}, // "one EV" is a car
	{Name: "keV", Dimension: DimEnergy, Spellings: []string{"kev"}},
	{Name: "MeV", Dimension: DimEnergy, Spellings: []string{"mev"}},
	{Name: "GeV", Dimension: DimEnergy, Spellings: []string{"gev"}},
	{Name: "TeV", Dimension: DimEnergy, Spellings: []string{"tev"}},
	{Name: "mAh", Dimension: DimCharge, Spellings: []string{"mah"}},
	{Name: "Ah", Dimension: DimCharge, Spellings: []string{"amp-hour", "amp-hours"}},
	{Name: "volt", Dimension: DimVoltage, Spellings: []string{"volt", "volts"}, Symbols: []string{"V"}, Ambiguous: []string{"v"}, Aliases: []string{"v"}}, // "a 48V battery", "120 V", "230v"; a gold writes "V"; a spaced "v" is versus ("722 v. 667", "won 3 v 2")
	{Name: "kV", Dimension: DimVoltage, Spellings: []string{"kilovolt", "kilovolts", "kv"}, Symbols: []string{"kV"}},                                      // "a 400kV line"
	{Name: "amp", Dimension: DimCharge, Spellings: []string{"amp", "amps", "ampere", "amperes"}},
	// torque, rotation, pressure
	{Name: "Nm", Dimension: DimTorque, Spellings: []string{"newton-metre", "newton-metres", "newton-meter", "newton-meters"}, Symbols: []string{"Nm"}},
	{Name: "lb-ft", Dimension: DimTorque, Spellings: []string{"lb-ft", "lbs-ft", "pound-feet", "pound-foot", "ft-lb", "ft-lbs", "foot-pounds", "foot-pound"}},
	// inch-pounds, the small torque of motors and fasteners ("10 in-lb at
	// 50 rpm", "torque it to 35 inch-pounds")
	{Name: "in-lb", Dimension: DimTorque, Spellings: []string{"in-lb", "in-lbs", "lb-in", "lbf-in", "inch-pound", "inch-pounds", "pound-inch", "pound-inches"}},
	{Name: "lb-ft", Dimension: DimTorque, Spellings: []string{"lb-ft", "lb-fts", "pound-feet", "pound-foot", "lbft"}},
	{Name: "rpm", Dimension: DimRotation, Spellings: []string{"rpm", "revs"}},
	{Name: "psi", Dimension: DimPressure, Spellings: []string{"psi"}},
	{Name: "Pa", Dimension: DimPressure, Spellings: []string{"pascal", "pascals"}, Symbols: []string{"Pa"}, Ambiguous: []string{"pa"}},
	{Name: "MPa", Dimension: DimPressure, Spellings: []string{"megapascal", "megapascals"}, Symbols: []string{"MPa"}, Ambiguous: []string{"mpa"}}, // "an MPA degree"
	{Name: "GPa", Dimension: DimPressure, Spellings: []string{"gigapascal", "gigapascals"}, Symbols: []string{"GPa"}, Ambiguous: []string{"gpa"}}, // "a 4.0 GPA"
	// radiation (nuclear accidents, medicine): doses and activity
	{Name: "Sv", Dimension: DimDose, Spellings: []string{"sievert", "sieverts"}, Symbols: []string{"Sv"}, Ambiguous: []string{"sv"}},
	{Name: "mSv", Dimension: DimDose, Spellings: []string{"millisievert", "millisieverts", "msv"}, Symbols: []string{"mSv"}},
	{Name: "uSv", Dimension: DimDose, Spellings: []string{"microsievert", "microsieverts", "µsv", "μsv", "usv"}},
	{Name: "Gy", Dimension: DimDose, Symbols: []string{"Gy"}, Ambiguous: []string{"gy"}}, // ("gray" is a colour)
	{Name: "Bq", Dimension: DimRadioactivity, Spellings: []string{"becquerel", "becquerels"}, Symbols: []string{"Bq"}, Ambiguous: []string{"bq"}},
	// electronics and light
	{Name: "ohm", Dimension: DimResistance, Spellings: []string{"ohm", "ohms", "Ω", "ω"}},
	{Name: "uF", Dimension: DimCapacitance, Spellings: []string{"microfarad", "microfarads", "µf", "μf"}},
	{Name: "lux", Dimension: DimIlluminance, Spellings: []string{"lux"}},
	// a lens's f-number, written before the number ("an f/1.8 aperture",
	// "Focal Ratio: f/4.9", "starts at F/4.8"; read by quantity's
	// f-number form)
	{Name: "f_number", Dimension: DimAperture, Aliases: []string{"f-number", "f-stop", "f/"}},
	// blood pressure ("140/90 mmHg") and heart rate ("a resting 60 bpm")
	{Name: "mmHg", Dimension: DimPressure, Spellings: []string{"mmhg"}, Aliases: []string{"millimetres of mercury", "millimeters of mercury"}},
	{Name: "bpm", Dimension: DimFrequency, Spellings: []string{"bpm"}, Aliases: []string{"beats per minute", "beat/minute"}},
	{Name: "bar", Dimension: DimPressure, Ambiguous: []string{"bar"}},
	{Name: "nit", Dimension: DimLuminance, Spellings: []string{"nit", "nits", "cd/m2"}},
	{Name: "ppi", Dimension: DimPixelDensity, Spellings: []string{"ppi"}},
	{Name: "dpi", Dimension: DimPixelDensity, Spellings: []string{"dpi"}},               // "a 30,000dpi sensor", "8,500 DPI"
	{Name: "lumen", Dimension: DimLuminousFlux, Spellings: []string{"lumen", "lumens"}}, // "1200 lumens", "2,000 lumens of brightness"
	{Name: "TFLOPS", Dimension: DimCompute, Spellings: []string{"teraflop", "teraflops", "tflops"}},
	// an AI chip's trillions of operations a second, only in capitals
	// ("an NPU that can meet 40 TOPS", "up to 36 TOPS for Edge AI": WCXB
	// product pages; "delivers 38 TOPS": web-dev-9); "tops" is a verb
	{Name: "TOPS", Dimension: DimCompute, Symbols: []string{"TOPS"}, Ambiguous: []string{"tops"}, Aliases: []string{"tera operations per second", "trillion operations per second"}},
	{Name: "kN", Dimension: DimForce, Spellings: []string{"kilonewton", "kilonewtons"}, Symbols: []string{"kN"}},
	{Name: "hPa", Dimension: DimPressure, Spellings: []string{"hectopascal", "hectopascals"}, Symbols: []string{"hPa"}, Ambiguous: []string{"hpa"}},
	{Name: "kPa", Dimension: DimPressure, Spellings: []string{"kilopascal", "kilopascals"}, Symbols: []string{"kPa"}, Ambiguous: []string{"kpa"}},
	{Name: "mbar", Dimension: DimPressure, Spellings: []string{"millibar", "millibars", "mbar"}},
	// sound level and concentration
	{Name: "dB", Dimension: DimSoundLevel, Spellings: []string{"decibel", "decibels"}, Symbols: []string{"dB", "dBA"}, Ambiguous: []string{"db", "dba"}, Aliases: []string{"decibel"}},
	// spelled out: "424 parts per million" (web-dev-9)
	{Name: "ppm", Dimension: DimConcentration, Spellings: []string{"ppm", "parts-per-million", "part-per-million"}},
	{Name: "ppb", Dimension: DimConcentration, Spellings: []string{"ppb", "parts-per-billion", "part-per-billion"}},
	// frequency
	{Name: "Hz", Dimension: DimFrequency, Spellings: []string{"hz", "hertz"}},
	{Name: "MP", Dimension: DimImage, Spellings: []string{"megapixel", "megapixels"}, Ambiguous: []string{"mp"}},
	{Name: "kHz", Dimension: DimFrequency, Spellings: []string{"khz", "kilohertz"}},
	{Name: "MHz", Dimension: DimFrequency, Spellings: []string{"mhz", "megahertz"}},
	{Name: "GHz", Dimension: DimFrequency, Spellings: []string{"ghz", "gigahertz"}},
	{Name: "fps", Dimension: DimFrameRate, Spellings: []string{"fps"}, Aliases: []string{"frame/second", "frames per second"}},
	// data
	{Name: "bit", Dimension: DimData, Spellings: []string{"bit", "bits"}},
	{Name: "byte", Dimension: DimData, Spellings: []string{"byte", "bytes"}},
	{Name: "KB", Dimension: DimData, Spellings: []string{"kb", "kilobyte", "kilobytes"}, Aliases: []string{"kilobyte"}},
	{Name: "MB", Dimension: DimData, Spellings: []string{"megabyte", "megabytes", "megs"}, Symbols: []string{"MB"}, Ambiguous: []string{"mb"}, Aliases: []string{"megabyte"}},
	{Name: "GB", Dimension: DimData, Spellings: []string{"gigabyte", "gigabytes"}, Symbols: []string{"GB"}, Ambiguous: []string{"gb"}, Aliases: []string{"gigabyte"}},
	{Name: "TB", Dimension: DimData, Spellings: []string{"terabyte", "terabytes"}, Symbols: []string{"TB"}, Ambiguous: []string{"tb"}, Aliases: []string{"terabyte"}},
	{Name: "PB", Dimension: DimData, Spellings: []string{"pb", "petabyte", "petabytes"}, Aliases: []string{"petabyte"}},
	{Name: "EB", Dimension: DimData, Spellings: []string{"eb", "exabyte", "exabytes"}},
	{Name: "bps", Dimension: DimDataRate, Aliases: []string{"bit/s", "bits per second", "bit/second"}}, // "bps" is read in context (basis points otherwise)
	// binary multiples and bits ("4 MiB", "10 gigabits"); a lower-case "b"
	// after a capital prefix is a bit ("1.14Tb per square inch", "16Gb DRAM
	// chips", "a 50Mb line"), "TB"/"GB" bytes
	{Name: "KiB", Dimension: DimData, Spellings: []string{"kib", "kibibyte", "kibibytes"}},
	{Name: "MiB", Dimension: DimData, Spellings: []string{"mib", "mebibyte", "mebibytes"}},
	{Name: "GiB", Dimension: DimData, Spellings: []string{"gib", "gibibyte", "gibibytes"}},
	{Name: "TiB", Dimension: DimData, Spellings: []string{"tib", "tebibyte", "tebibytes"}},
	{Name: "kbit", Dimension: DimData, Spellings: []string{"kilobit", "kilobits", "kbit"}, Symbols: []string{"Kb"}, Aliases: []string{"kilobit"}},
	{Name: "Mbit", Dimension: DimData, Spellings: []string{"megabit", "megabits", "mbit"}, Symbols: []string{"Mb"}, Aliases: []string{"megabit"}},
	{Name: "Gbit", Dimension: DimData, Spellings: []string{"gigabit", "gigabits", "gbit"}, Symbols: []string{"Gb"}, Aliases: []string{"gigabit"}},
	{Name: "Tbit", Dimension: DimData, Spellings: []string{"terabit", "terabits", "tbit"}, Symbols: []string{"Tb"}, Aliases: []string{"terabit"}},
	// memory and bus transfer rates ("DDR5 at 6,400 MT/s", "PCIe 5.0's 32
	// GT/s"), read from the slash form (quantity/units.go slashAbbrevs): no
	// gigatonnes per second
	{Name: "MT/s", Dimension: DimDataRate, Aliases: []string{"megatransfers per second", "megatransfer/second"}},
	{Name: "GT/s", Dimension: DimDataRate, Aliases: []string{"gigatransfers per second", "gigatransfer/second"}},
	{Name: "Kbps", Dimension: DimDataRate, Spellings: []string{"kbps", "kbit/s"}},
	{Name: "Mbps", Dimension: DimDataRate, Spellings: []string{"mbps", "mbit/s", "mb/s"}},
	{Name: "Gbps", Dimension: DimDataRate, Spellings: []string{"gbps", "gbit/s", "gb/s"}},
}

// Units by normalised name, and the spellings, built once.
var (
	unitByName    = map[string]*UnitInfo{}
	unitSpellings = map[string]string{} // lower-case spelling → name
	unitSymbols   = map[string]string{} // case-sensitive symbol → name
	unitAmbiguous = map[string]string{}
	unitAliases   = map[string]string{} // lower-case alias → name
)

func init() {
	for i := range units {
		u := &units[i]
		unitByName[u.Name] = u
		for _, s := range u.Spellings {
			unitSpellings[s] = u.Name
		}
		for _, s := range u.Symbols {
			unitSymbols[s] = u.Name
		}
		for _, s := range u.Ambiguous {
			unitAmbiguous[s] = u.Name
		}
		for _, s := range u.Aliases {
			unitAliases[s] = u.Name
		}
	}
}

// Unit returns the unit of a normalised name and whether it is known. A
// rate ("USD/hour", "mile/hour") has the dimension "<num>/<den>" of its
// parts; money (an ISO 4217 code) has DimMoney; "percent", "count" and
// their kin have DimRatio or DimCount.
func Unit(name string) (UnitInfo, bool) {
	if u, ok := unitByName[name]; ok {
		return *u, true
	}
	switch name {
	case "count", "times":
		return UnitInfo{Name: name, Dimension: DimCount}, true
	case "percent", "percentage_point", "basis_point", "point":
		return UnitInfo{Name: name, Dimension: DimRatio}, true
	case "age":
		return UnitInfo{Name: name, Dimension: DimTime}, true
	}
	if TimeUnits[name] {
		return UnitInfo{Name: name, Dimension: DimTime}, true
	}
	if IsCurrencyCode(name) {
		return UnitInfo{Name: name, Dimension: DimMoney}, true
	}
	if i := strings.IndexByte(name, '/'); i > 0 {
		num, ok1 := Unit(name[:i])
		den, ok2 := denominator(name[i+1:])
		if ok1 && ok2 {
			return UnitInfo{Name: name, Dimension: num.Dimension + "/" + den}, true
		}
	}
	return UnitInfo{}, false
}

// UnitsBefore are the units written before their number, by lower-case
// word: "Mach 2", "at mach 0.85" (the quantity rule unit-before).
var UnitsBefore = map[string]string{"mach": "mach"}

// RateNouns are the counted things a rate is per that are no unit of
// measure, by the name the recogniser gives them: "$6 per share"
// USD/share, "$120 a head" USD/person, "3.2 deaths per 100,000 people"
// count/100000person, "per 1,000 live births" count/1000birth.
var RateNouns = WordSet(`share person night ride trip visit ticket user seat passenger household employee
worker student pupil patient unit vehicle car game episode dose pack bottle meal item birth woman man
child adult customer member order room guest account license season charge container bag`)

// denominator is the dimension of a rate's denominator: a unit, a counted
// thing of RateNouns (DimCount), either after a reference number ("100km"
// in litre/100km, "100000person" in count/100000person), or that number
// alone (count/100000).
func denominator(den string) (string, bool) {
	k := 0
	for k < len(den) && (den[k] >= '0' && den[k] <= '9' || den[k] == '.') {
		k++
	}
	if k == len(den) {
		// per a round number of an unnamed whole: "12.1 per 100,000"
		// count/100000
		return DimCount, k > 0
	}
	if RateNouns[den[k:]] {
		return DimCount, true
	}
	u, ok := Unit(den[k:])
	return u.Dimension, ok
}

// UnitSpellings returns the lower-case spellings of all units with their
// normalised names (a copy the caller may keep).
func UnitSpellings() map[string]string {
	m := make(map[string]string, len(unitSpellings))
	for k, v := range unitSpellings {
		m[k] = v
	}
	return m
}

// UnitSymbol returns the unit of a case-sensitive symbol ("PS", "Nm").
func UnitSymbol(s string) string { return unitSymbols[s] }

// UnitSymbols returns the case-sensitive symbols with their units (a copy).
func UnitSymbols() map[string]string {
	m := make(map[string]string, len(unitSymbols))
	for k, v := range unitSymbols {
		m[k] = v
	}
	return m
}

// AmbiguousUnits returns the spellings that are also words ("in", "t",
// "l", "oz", "ha", "gb"), read only glued to their number, with their units
// (a copy).
func AmbiguousUnits() map[string]string {
	m := make(map[string]string, len(unitAmbiguous))
	for k, v := range unitAmbiguous {
		m[k] = v
	}
	return m
}

// TimeUnits are the normalised units of durations.
var TimeUnits = map[string]bool{
	"millisecond": true, "second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true,
	"year": true, "decade": true, "century": true, "night": true, "weekend": true,
}

// ratioAliases are other names of the units outside the table: shares,
// points and counts ("per cent", "percentage points", "pp").
var ratioAliases = map[string]string{
	"%": "percent", "per cent": "percent", "pct": "percent", "percentage": "percent",
	"percentage point": "percentage_point", "percentage points": "percentage_point", "pp": "percentage_point", "ppt": "percentage_point",
	"percent point": "percentage_point", "basis point": "basis_point", "basis points": "basis_point", "bp": "basis_point",
	"points": "point", "number": "count",
}

// timeAliases are symbols and short names of the time units, as names
// ("km/ms" is km/millisecond, "USD/hr" USD/hour).
var timeAliases = map[string]string{
	"ms": "millisecond", "msec": "millisecond", "s": "second", "sec": "second", "min": "minute",
	"h": "hour", "hr": "hour", "d": "day", "wk": "week", "mo": "month", "yr": "year",
}

// personPlurals are the plurals of person in a rate's denominator ("per
// 100,000 people").
var personPlurals = WordSet(`people persons`)

// canonicalDenominator is CanonicalUnit for a rate's denominator, which may
// be a reference number and a counted thing written as words: "100,000
// people" is 100000person, "1,000 live births" 1000birth (the recogniser's
// names of per-population rates).
func canonicalDenominator(den string) string {
	den = strings.TrimSpace(den)
	k := 0
	for k < len(den) && (den[k] >= '0' && den[k] <= '9' || den[k] == ',') {
		k++
	}
	if k == 0 || k == len(den) || den[k] != ' ' {
		return CanonicalUnit(den)
	}
	num := strings.ReplaceAll(den[:k], ",", "")
	words := strings.Fields(strings.ToLower(den[k:]))
	noun := words[len(words)-1]
	switch {
	case personPlurals[noun]:
		noun = "person"
	case RateNouns[strings.TrimSuffix(noun, "s")]:
		noun = strings.TrimSuffix(noun, "s")
	}
	return num + noun
}

// isDigits reports a non-empty string of ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// UnitNumerator is a unit's part before a rate's "/" ("USD" of "USD/kWh"),
// or the unit itself.
func UnitNumerator(name string) string {
	if i := strings.IndexByte(name, '/'); i > 0 {
		return name[:i]
	}
	return name
}

// CanonicalUnit returns the normalised name of a unit written as another
// name: an alias of a row ("square foot" → foot2, "liter" → litre,
// "mile/hour" → mph), a ratio alias ("percentage points" →
// percentage_point), a plural ("years" → year, "liters" → litre) and a
// rate part by part ("USD/liter" → USD/litre). It reads names only, never
// the spellings the grammar reads after numbers, so that scoring a unit
// against a gold name does not take the extractor's reading table as the
// judge. Names it does not know are returned as given.
func CanonicalUnit(name string) string {
	name = strings.TrimSpace(name)
	if _, ok := unitByName[name]; ok || name == "" {
		return name
	}
	if _, ok := Unit(name); ok && !strings.Contains(name, "/") {
		return name
	}
	k := strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(name, "_", " "))), " ")
	for _, key := range []string{k, strings.TrimSuffix(k, "s")} {
		if n := unitAliases[key]; n != "" {
			return n
		}
		if n := ratioAliases[key]; n != "" {
			return n
		}
		if n := timeAliases[key]; n != "" {
			return n
		}
		if _, ok := unitByName[key]; ok && key != k {
			return key // "miles", "tonnes"
		}
		if TimeUnits[key] {
			return key
		}
	}
	if i := strings.IndexByte(name, '/'); i > 0 && i < len(name)-1 {
		num, den := CanonicalUnit(name[:i]), canonicalDenominator(name[i+1:])
		if d := strings.ReplaceAll(den, ",", ""); num == "count" && isDigits(d) {
			// a count per a bare reference number is a count per that many
			// people: "458 per 100,000" is the rate "per 100,000 people" of
			// the same sentence's population, count/100000person (the dev
			// golds write both; testdata/claims/README.md, "Label
			// conventions"); a base with its own noun ("per 1,000 live
			// births", 1000birth) stays apart
			den = d + "person"
		}
		rate := num + "/" + den
		if n := unitAliases[strings.ToLower(rate)]; n != "" {
			return n // "miles/hour" → mile/hour → mph
		}
		return rate
	}
	return name
}

// PackageNouns are the containers a measure written as a modifier sizes:
// "a 50-kg bag of ice", "A 10,000-litre tank costs", "a 5-kilogram bag of
// rice". The size names the item a price or count is about, the
// reporter's description, not the figure a source reports (attrib
// package-size-unsourced).
var PackageNouns = WordSet(`bag bags sack sacks tank tanks bottle bottles can cans jar jars box boxes crate crates drum drums
barrel barrels container containers jerrycan jerrycans tin tins packet packets pack packs carton cartons bucket buckets
tub tubs sachet sachets pouch pouches cylinder cylinders keg kegs bale bales`)

// ScoreNouns name a score or an index's reading, read before "of" and after
// the number ("a CVSS score of 9.8", "July's 98.8 reading"): the unit is
// point.
var ScoreNouns = WordSet(`score reading`)
