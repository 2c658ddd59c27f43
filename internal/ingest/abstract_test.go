package ingest

import "testing"

// abs is an abstract's text (about 400 bytes) on topic.
func abs(topic string) string {
	return "Purpose of review: we summarise the evidence on " + topic + " published in the last five years. " +
		"Recent findings: eleven cohort studies and three trials were found; the risk rose with age and with kidney disease, " +
		"and most cases resolved within eight weeks of stopping the drug. Summary: clinicians should know the signs early, " +
		"since the delay to diagnosis was a month on average."
}

// absShort is an abstract's first sentences (about 200 bytes): a box that
// the body's siblings rule leaves out by its length.
func absShort(topic string) string {
	return "Purpose of review: we summarise the evidence on " + topic + " published in the last five years, in eleven cohort studies and three trials of adults."
}

// TestHTMLAbstractBeforeBody: a paper's abstract in a block of its own
// before the body's container (journal pages; behind a paywall the body is
// the references) is read before the body; blocks that look like it stay
// out: a review's "Summary" verdict box, a sidebar's list of linked
// abstracts, an abstract outside the article, an abstract too long to be one.
func TestHTMLAbstractBeforeBody(t *testing.T) {
	refs := `<section data-title="References"><h2>References</h2><ol class="c-article-references">` +
		`<li><p>Shear NH, Spielberg SP. Anticonvulsant hypersensitivity syndrome. In vitro assessment of risk. J Clin Investig. 1988;82(6):1826.</p></li>` +
		`<li><p>Bocquet H, Bagot M, Roujeau J. Drug-induced pseudolymphoma and drug hypersensitivity syndrome. Semin Cutan Med Surg. 1996;15:250–7.</p></li>` +
		`<li><p>Peyriere H, et al. Variability in the clinical pattern of cutaneous side-effects of drugs with systemic symptoms. Br J Dermatol. 2006;155(2):422–8.</p></li>` +
		`<li><p>Cacoub P, et al. The DRESS syndrome: a literature review. Am J Med. 2011;124(7):588–97, with a commentary by the editors.</p></li></ol></section>`
	// a body long enough that the blocks before it are not climbed into
	long := `<div class="body"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p><p>` + sec("first bike") + `</p><p>` + sec("second bike") + `</p><p>` + sec("third bike") + `</p></div>`
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"Springer: abstract section titled by data-title, references as the body",
			`<article><div class="c-article-header"><h1>DRESS syndrome</h1></div><div class="c-article-body">` +
				`<section aria-labelledby="Abs1" data-title="Abstract" lang="en"><div class="c-article-section" id="Abs1-section"><h2 id="Abs1">Abstract</h2><div class="c-article-section__content"><p>` + abs("drug reactions") + `</p></div></div></section>` +
				`<div class="c-article-buy-box"><a href="/buy">Buy article PDF</a></div><div class="c-notes">Access via your institution</div>` + refs + `</div></article>`,
			[]string{"we summarise the evidence on drug reactions", "Shear NH, Spielberg SP"}, nil},
		{"an abstract before a long body is read too",
			`<article><div class="abstract"><h2>Abstract</h2><p>` + abs("cycling") + `</p></div>` + long + `</article>`,
			[]string{"evidence on cycling", p1, "The third bike"}, nil},
		{"Elsevier-like: a div named abstract with its heading, the paper after it",
			`<article><div class="Abstracts"><div class="abstract author"><h2>Abstract</h2><div><p>` + abs("statin use") + `</p></div></div></div>` +
				`<div class="Body"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div></article>`,
			[]string{"we summarise the evidence on statin use", p1, p3}, nil},
		{"Spanish title 'Resumen:'",
			`<main><div class="resumen-box"><h3>Resumen:</h3><p>` + abs("dengue") + `</p></div><div class="a"><div class="b"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div></div></main>`,
			[]string{"evidence on dengue", p1}, nil},
		{"a review's Summary verdict box stays out",
			`<article><div class="verdict"><h2>Summary</h2><p>` + absShort("the scooter") + `</p></div>` + long + `</article>`,
			[]string{p1, p3}, []string{"the scooter"}},
		{"a sidebar list of linked abstracts stays out",
			`<article><div class="more"><h3>Abstract</h3><ul><li><a href="/1">` + absShort("first linked paper") + `</a></li></ul></div>` + long + `</article>`,
			[]string{p1, p3}, []string{"first linked paper"}},
		{"an abstract before the article, outside it, stays out",
			`<div class="page"><div class="promo"><h2>Abstract</h2><p>` + absShort("another paper") + `</p></div><div class="x"><div class="y"><article>` + long + `</article></div></div></div>`,
			[]string{p1, p3}, []string{"another paper"}},
		{"a block titled Abstract with no heading first is no abstract",
			`<article><div class="box"><p>Abstract art, in short.</p><h2>Abstract</h2><p>` + absShort("painting") + `</p></div>` + long + `</article>`,
			[]string{p1, p3}, []string{"evidence on painting"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkBody(t, tc.body, tc.want, tc.not) })
	}
}

// TestHTMLKeyPointsBeforeBody: a summary box of key points that a page
// sets above the body's container, in the page header's section with the
// headline (Motley Fool's "Key Points" card), is read before the body;
// a box of linked stories under such a title, or a box under another
// title, stays out.
func TestHTMLKeyPointsBeforeBody(t *testing.T) {
	body := `<section class="s2"><div class="w"><div class="grid"><div class="toc"><nav><ul><li><a href="#a">Cloud stocks</a></li></ul></nav></div>` +
		`<div class="article-body"><div class="inner"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p><p>` + sec("first fund") + `</p></div></div></div></div></section>`
	head := func(box string) string {
		return `<section class="s1"><div class="hd"><h1>Ten cloud stocks to buy</h1><p>By Jane Roe</p></div><div class="mt-8">` + box + `</div></section>`
	}
	points := `<ul><li><div>Global cloud spending is projected to triple by the end of the decade.</div></li>` +
		`<li><div>Leading providers include the three largest software companies.</div></li><li><div>Growth is driven by new networks and services.</div></li></ul>`
	tests := []struct {
		name, page string
		want, not  []string
	}{
		{"a Key Points card in the header's section",
			head(`<div class="shadow-card"><h2>Key Points</h2>`+points+`</div>`) + body,
			[]string{"Global cloud spending is projected", "Growth is driven by new networks", p1, p3}, nil},
		{"'Key takeaways:' as an h3",
			head(`<div class="card"><h3>Key takeaways:</h3>`+points+`</div>`) + body,
			[]string{"Global cloud spending is projected", p1}, nil},
		{"a box of linked stories titled Key Points stays out",
			head(`<div class="card"><h2>Key Points</h2><ul><li><a href="/1">Global cloud spending is projected to triple by the end of the decade.</a></li><li><a href="/2">Leading providers include the three largest software companies.</a></li></ul></div>`) + body,
			[]string{p1}, []string{"Global cloud spending"}},
		{"a box under another title stays out",
			head(`<div class="card"><h2>Popular now</h2>`+points+`</div>`) + body,
			[]string{p1}, []string{"Global cloud spending"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, `<main>`+tt.page+`</main>`, tt.want, tt.not)
		})
	}
}
