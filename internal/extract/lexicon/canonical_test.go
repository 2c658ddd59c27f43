package lexicon

import "testing"

// TestCanonicalUnit: the names gold files, peer suites and users give a
// unit map to the one name the recogniser writes.
func TestCanonicalUnit(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// canonical names stay
		{"count", "count"}, {"USD", "USD"}, {"km", "km"}, {"foot2", "foot2"}, {"USD/kWh", "USD/kWh"},
		{"barrel/day", "barrel/day"}, {"age", "age"}, {"", ""},
		// areas and volumes as words, with spaces, underscores, plurals
		{"square foot", "foot2"}, {"square_foot", "foot2"}, {"Square Feet", "foot2"}, {"sq ft", "foot2"},
		{"square miles", "mile2"}, {"square_kilometre", "km2"}, {"square meter", "m2"}, {"cubic feet", "foot3"},
		{"cubic metres", "m3"},
		// US and UK spellings, plurals
		{"liter", "litre"}, {"liters", "litre"}, {"litres", "litre"}, {"tonnes", "tonne"}, {"metric tons", "tonne"},
		{"kilometers", "km"}, {"meters", "m"}, {"miles", "mile"}, {"feet", "foot"}, {"inches", "inch"},
		{"grams", "g"}, {"pounds", "lb"}, {"light year", "light-year"}, {"light-years", "light-year"},
		{"horsepower", "hp"}, {"degrees Fahrenheit", "fahrenheit"}, {"°C", "celsius"},
		// rates: named speeds, and part by part
		{"mile/hour", "mph"}, {"miles/hour", "mph"}, {"miles per hour", "mph"}, {"km/hour", "km/h"},
		{"mile/gallon", "mpg"}, {"USD/liter", "USD/litre"}, {"barrels per day", "barrel/day"},
		{"USD/years", "USD/year"}, {"frames per second", "fps"},
		// ratios and time units
		{"per cent", "percent"}, {"%", "percent"}, {"percentage points", "percentage_point"},
		{"percentage point", "percentage_point"}, {"pp", "percentage_point"}, {"basis points", "basis_point"},
		{"years", "year"}, {"Months", "month"}, {"decades", "decade"},
		// time symbols as names, in rates too; kelvin's symbol, the volt's
		{"km/ms", "km/millisecond"}, {"m/s", "m/s"}, {"cm/ms", "cm/millisecond"}, {"USD/hr", "USD/hour"},
		{"USD/hrs", "USD/hour"}, {"mins", "minute"}, {"K", "kelvin"}, {"V", "volt"}, {"ms", "millisecond"},
		// data, energy and sound units by their names (web-dev-2 gold:
		// "terabyte", "terabit/square inch", "gigawatt-hour", "decibel")
		{"terabyte", "TB"}, {"Gigabytes", "GB"}, {"terabit/square inch", "Tbit/inch2"}, {"megabits", "Mbit"},
		{"gigawatt-hour", "GWh"}, {"terawatt hours", "TWh"}, {"decibels", "dB"}, {"gigatransfers per second", "GT/s"},
		// per-population rates written in words (web-dev-2 gold)
		{"count/100000 people", "count/100000person"}, {"count/1,000 live births", "count/1000birth"},
		// a count per a bare reference number is per that many people
		// ("458 per 100,000": the dev golds write count/100000 and
		// count/100000person); a base with a noun, or money per a number,
		// stays as written
		{"count/100000", "count/100000person"}, {"count/1000", "count/1000person"}, {"count/100,000", "count/100000person"},
		{"count/1000birth", "count/1000birth"}, {"USD/1000", "USD/1000"}, {"count/year", "count/year"},
		// unknown names are kept as written
		{"page", "page"}, {"widget/day", "widget/day"},
	} {
		if got := CanonicalUnit(c.in); got != c.want {
			t.Errorf("CanonicalUnit(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestUnitAliasesUnique: an alias names one unit and is no unit's name.
func TestUnitAliasesUnique(t *testing.T) {
	seen := map[string]string{}
	for _, u := range units {
		for _, a := range u.Aliases {
			if prev, ok := seen[a]; ok && prev != u.Name {
				t.Errorf("alias %q of both %s and %s", a, prev, u.Name)
			}
			seen[a] = u.Name
			if _, ok := unitByName[a]; ok {
				t.Errorf("alias %q of %s is itself a unit name", a, u.Name)
			}
		}
	}
}

// TestUnitRates: a rate is known when its numerator is a unit and its
// denominator a unit or a counted thing, either after a reference number.
func TestUnitRates(t *testing.T) {
	known := map[string]string{
		"USD/person":         DimMoney + "/" + DimCount,
		"CAD/share":          DimMoney + "/" + DimCount,
		"count/100000person": DimCount + "/" + DimCount,
		"count/1000birth":    DimCount + "/" + DimCount,
		"count/100000":       DimCount + "/" + DimCount,
		"litre/100km":        DimVolume + "/" + DimLength,
		"USD/kWh":            DimMoney + "/" + DimEnergy,
		"EUR/night":          DimMoney + "/" + DimCount,
		"mph":                DimSpeed,
	}
	for name, dim := range known {
		u, ok := Unit(name)
		if !ok || u.Dimension != dim {
			t.Errorf("Unit(%q) = %+v, %v; want dimension %q", name, u, ok, dim)
		}
	}
	for _, name := range []string{"USD/banana", "count/", "/person", "person", "USD/100zz", "banana/person"} {
		if u, ok := Unit(name); ok {
			t.Errorf("Unit(%q) = %+v, want unknown", name, u)
		}
	}
}
