package ingest

import (
	"strings"
	"testing"
)

// TestHTMLRecipeParts: a recipe's ingredients and steps in blocks of their
// own beside the story (an <aside>, a region after the introduction, a
// list marked with schema.org microdata) are read after the body; blocks
// that look like them stay out: a list of links to other recipes, a card
// already in the body (not written twice), a one-line "Jump to recipe"
// link named like the steps.
func TestHTMLRecipeParts(t *testing.T) {
	story := `<p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p>`
	steps := `<ol><li><p>In a large bowl, stir together the flours and salt until no lumps remain.</p></li>` +
		`<li><p>Add the lukewarm water and mix with a spatula until the dough comes together.</p></li>` +
		`<li><p>Cover the bowl and let the dough rest overnight until it nearly doubles in size.</p></li></ol>`
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"ingredients in an aside, steps in a region after the story (BEM names)",
			`<main><section class="top-region"><div class="quickview"><div class="desc">` + story + `</div></div></section>` +
				`<section class="page-content"><div class="recipe"><aside class="recipe__ingredients"><h2>Ingredients</h2><div class="ingredients-list"><ul>` +
				`<li>4 cups (500g) unbleached bread flour</li><li>1 3/4 teaspoons table salt</li><li>2 scant cups (450g) water, lukewarm</li></ul></div></aside>` +
				`<article class="recipe__instructions"><h2>Instructions</h2>` + steps + `</article></div></section></main>`,
			[]string{p1, "500g) unbleached bread flour", "table salt", "stir together the flours", "rest overnight"}, nil},
		{"ingredients marked with itemprop in a list of their own",
			`<article><div class="text">` + story + `</div></article><div class="tab-panel"><ul><li itemprop="recipeIngredient">1 large or 1200 g whole chicken</li>` +
				`<li itemprop="recipeIngredient">1 tablespoon ground cinnamon</li><li itemprop="recipeIngredient">5 cups or 1125 ml of water</li></ul></div>`,
			[]string{p1, "1200 g whole chicken", "ground cinnamon"}, nil},
		{"a list of links to other recipes stays out",
			`<article><div class="text">` + story + `</div></article><div class="recipe-ingredients-more"><ul><li><a href="/a">Sourdough pancakes with maple syrup</a></li>` +
				`<li><a href="/b">Rye crackers with seeds and sea salt</a></li><li><a href="/c">Banana bread with walnuts</a></li></ul></div>`,
			[]string{p1}, []string{"pancakes", "Rye crackers"}},
		{"a one-line jump link named like the steps stays out",
			`<article><div class="text">` + story + `</div></article><div class="recipe-instructions-jump">Jump</div>`,
			[]string{p1}, []string{"Jump"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkBody(t, tc.body, tc.want, tc.not) })
	}
	// a card inside the body is read once
	body := `<article><div class="entry-content">` + story + `<div class="wprm-recipe-container"><div class="wprm-recipe-ingredients-container"><ul>` +
		`<li class="wprm-recipe-ingredient">50 grams sourdough starter, active and fed</li><li class="wprm-recipe-ingredient">330 grams lukewarm water</li></ul></div>` +
		`<div class="wprm-recipe-instructions-container">` + steps + `</div></div></div></article>`
	a, err := ParseHTML([]byte(page("<title>A title here</title>", body)), "")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(a.Text, "330 grams lukewarm water"); n != 1 {
		t.Errorf("ingredient read %d times in %q", n, clip(a.Text, 400))
	}
	if n := strings.Count(a.Text, "rest overnight"); n != 1 {
		t.Errorf("step read %d times in %q", n, clip(a.Text, 400))
	}
}

// TestHTMLLabelSpacing: an inline label that a style sets apart from its
// value keeps a space before it in the text ("Prep Time 2 hrs", not "Prep
// Time2 hrs"); inline elements that are no labels are joined as written.
func TestHTMLLabelSpacing(t *testing.T) {
	story := `<p>` + p1 + `</p><p>` + p2 + `</p>`
	for _, c := range []struct {
		name, card string
		want, not  []string
	}{
		{"WP Recipe Maker times",
			`<div class="wprm-recipe-time-container"><span class="wprm-recipe-details-label wprm-recipe-time-label">Prep Time</span><span class="wprm-recipe-time"><span class="wprm-recipe-details">2</span> <span class="wprm-recipe-details-unit">hrs</span></span></div>`,
			[]string{"Prep Time 2 hrs"}, []string{"Time2"}},
		{"Tasty's times",
			`<ul class="tasty-recipes-details"><li class="prep-time"><span class="tasty-recipes-label">Prep Time:</span><span class="tasty-recipes-prep-time">15 minutes</span></li></ul>`,
			[]string{"Prep Time: 15 minutes"}, []string{"Time:15"}},
		{"a label class with an underscore, in capitals",
			`<div><span class="Spec_Label">Weight</span><b>2 kg</b></div>`,
			[]string{"Weight 2 kg"}, nil},
		{"no label: a word split by markup stays whole",
			`<div><span class="drop-cap">T</span><span>he loaf was done at noon.</span></div>`,
			[]string{"The loaf was done at noon."}, nil},
	} {
		a, err := ParseHTML([]byte(page("<title>Bread</title>", `<article>`+story+c.card+`<p>`+p3+`</p></article>`)), "")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, w := range c.want {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%s: %q not in:\n%s", c.name, w, a.Text)
			}
		}
		for _, w := range c.not {
			if strings.Contains(a.Text, w) {
				t.Errorf("%s: %q in:\n%s", c.name, w, a.Text)
			}
		}
	}
}
