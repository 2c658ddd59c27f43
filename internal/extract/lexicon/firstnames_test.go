package lexicon

import "testing"

// French given names of Canadian news and hyphenated given names
// (fresh-13: "Marie-Ève Gagnon", "Jean-François Cyr", "Ginette", "Réal
// LeBlanc"; "Chantal Hébert"), and the words that must stay genderless.
func TestGivenNameGender(t *testing.T) {
	for _, c := range []struct {
		name string
		want byte
	}{
		{"Chantal", 'f'}, {"Ginette", 'f'}, {"Geneviève", 'f'}, {"Josée", 'f'}, {"Nathalie", 'f'},
		{"Réal", 'm'}, {"Gaétan", 'm'}, {"François", 'm'}, {"Benoît", 'm'}, {"Pierre", 'm'},
		{"Marie-Ève", 'f'}, {"Marie-Claude", 'f'}, {"Anne-Marie", 'f'}, {"Mary-Kate", 'f'},
		{"Jean-François", 'm'}, {"Jean-Sébastien", 'm'}, {"Jean-Marie", 'm'},
		{"Sarah", 'f'}, {"David", 'm'},
		// "Mercy Mhandu, whose husband …" ¶ "…," she said (articles-dev-2)
		{"Mercy", 'f'},
		// "Jordan" opens a person's name (PlaceGivenNames) but has no gender
		{"Jordan", 0},
		// "Jean" alone is a woman's name in English and a man's in French;
		// a country, a hyphened place and unknown parts stay genderless
		{"Jean", 0}, {"France", 0}, {"Dominique", 0}, {"Saint-Laurent", 0}, {"Abdul-", 0}, {"-Marie", 0},
	} {
		if got := GivenNameGender(c.name); got != c.want {
			t.Errorf("GivenNameGender(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
