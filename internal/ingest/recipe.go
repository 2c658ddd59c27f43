package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A recipe's ingredients and steps are its body, as the reference texts of
// recipe pages keep them (WCXB, trafilatura's snippets), but recipe cards
// put them in blocks of their own beside the story: an <aside>, a panel of
// tabs, a region after the introduction. The blocks are found by the names
// the recipe plugins and sites give them, and by schema.org's microdata,
// and read after the body when it lacks them.

// recipeNames mark a recipe card's ingredient and step blocks: WP Recipe
// Maker, Tasty Recipes, Mediavine Create, and the BEM or plain names sites
// use (recipe__ingredients, recipe-instructions, recipe-steps …).
var recipeNames = newNames(`recipe__ingredients recipe-ingredients recipe_ingredients wprm-recipe-ingredients-container
	tasty-recipes-ingredients mv-create-ingredients recipe__instructions recipe-instructions recipe_instructions
	wprm-recipe-instructions-container tasty-recipes-instructions mv-create-instructions recipe-steps recipe__steps
	recipe-method recipe__method recipe-directions recipe__directions`, ``)

// isRecipePart reports a block of a recipe card: named as one, marked with
// itemprop=recipeInstructions, or a list or table whose items are marked
// as ingredients.
func isRecipePart(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	for _, a := range n.Attr {
		// every name below holds "recipe": lower-case the names only then
		if (a.Key == "class" || a.Key == "id") && (strings.Contains(a.Val, "ecipe") || strings.Contains(a.Val, "ECIPE")) && recipeNames.match(classID(n)) {
			return true
		}
	}
	if attr(n, "itemprop") == "recipeInstructions" {
		return true
	}
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Table, atom.Tbody:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if p := attr(c, "itemprop"); p == "recipeIngredient" || p == "ingredients" {
				return true
			}
			for d := c.FirstChild; d != nil; d = d.NextSibling { // <tr><td itemprop=…>
				if d.Type == html.ElementNode && (attr(d, "itemprop") == "recipeIngredient" || attr(d, "itemprop") == "ingredients") {
					return true
				}
			}
		}
	}
	return false
}

// recipeParts are the outermost recipe blocks below n that hold text (50
// bytes or more, few links), in page order.
func (e *extractor) recipeParts(n *html.Node, parts []*html.Node) []*html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if isRecipePart(c) {
			if s := e.st[c]; s != nil && s.text >= 50 && e.linkDensity(c) < 0.5 {
				parts = append(parts, c)
			}
			continue
		}
		parts = e.recipeParts(c, parts)
	}
	return parts
}

// withRecipe appends the recipe blocks below body that lie outside the
// rendered containers (nodes) and whose lines the body lacks; it marks the
// lines it adds in keep (short ingredient lines closing the text are no
// trailing furniture), making keep when nil.
func (e *extractor) withRecipe(lines []string, body *html.Node, nodes []*html.Node, keep map[string]bool) ([]string, map[string]bool) {
	parts := e.recipeParts(body, nil)
	if len(parts) == 0 {
		return lines, keep
	}
	have := make(map[string]bool, len(lines))
	for _, l := range lines {
		have[l] = true
	}
	for _, p := range parts {
		if within(p, nodes) {
			continue
		}
		r := renderer{e: e, total: e.st[p].text}
		r.render(p, 0)
		r.brk()
		for _, l := range r.lines {
			if !have[l] {
				have[l] = true
				lines = append(lines, l)
				if keep == nil {
					keep = make(map[string]bool)
				}
				keep[l] = true
			}
		}
	}
	return lines, keep
}

// within reports n inside (or equal to) one of nodes.
func within(n *html.Node, nodes []*html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		for _, m := range nodes {
			if a == m {
				return true
			}
		}
	}
	return false
}
