package ingest

import (
	"slices"
	"strings"
)

// names is a class/id name pattern: it matches a lower-cased class string
// that contains one of subs, or has one of words as a whole token (tokens
// are split on anything but letters, digits and "_"). It does what a
// regexp alternation with \b would, an order of magnitude faster.
type names struct {
	subs  []string
	words map[string]bool
}

func newNames(subs, words string) *names {
	n := &names{subs: strings.Fields(subs), words: map[string]bool{}}
	for _, w := range strings.Fields(words) {
		n.words[w] = true
	}
	return n
}

func (n *names) match(s string) bool {
	for _, sub := range n.subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	if len(n.words) == 0 {
		return false
	}
	start := -1
	for i := 0; i <= len(s); i++ {
		word := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9' || s[i] == '_' || s[i] >= 0x80)
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			if n.words[s[start:i]] {
				return true
			}
			start = -1
		}
	}
	return false
}

// Class and id patterns, after Mozilla Readability and trafilatura; they
// match lower-cased names (see classID).
var (
	// unlikelyNames mark containers that are almost never the article body.
	unlikelyNames = newNames(`adslot advert ai2html banner breadcrumb combx comment community cookie cover-wrap disqus
		extra gdpr legends menu masthead related remark replies rss shoutbox sidebar skyscraper social sponsor
		supplemental ad-break agegate pagination pager popup yom-remote newsletter signup sign-up subscribe paywall
		promo recirc outbrain taboola trending mostpopular most-popular mostread most-read share sharing toolbar
		navbar nav- footer fotter footter foooter header modal overlay widget print-only visually-hidden sr-only screen-reader
		poll- survey tagline slogan consent disclosure app-promo app-download appbanner app-banner`,
		`ad ads nav poll polls`)
	// maybeNames protect containers whose names say "content".
	maybeNames = newNames(`and article body column content main shadow story entry posttext post-text text`, ``)
	// commentNames mark reader comments, whatever else the name says.
	commentNames = newNames(`comment-body comment-list comment-content comment-text comment-respond disqus`,
		`comment comments respond replies`)
	// negativeNames lower a candidate's score.
	negativeNames = newNames(`banner combx comment com- contact foot footer footnote gdpr masthead media meta
		outbrain promo related scroll share shoutbox sidebar skyscraper sponsor shopping tags tool widget caption
		credit byline author newsletter subscribe recommend more- teaser card list`,
		`ad bio`)
	// positiveNames raise it.
	positiveNames = newNames(`article body content entry hentry h-entry main page post text blog story paragraph prose
		richtext rich-text`, ``)
	// boilerNames mark blocks inside the body that are not article text:
	// captions and credits, bylines and author bios, share bars, newsletter
	// boxes, related links, tags, ads, comments, a post's notes section
	// (Markdown's "footnotes"; not "footnote-ref", the mark in the text),
	// a copyright line, the site's tagline (MediaWiki's "siteSub": "From
	// Wikipedia, the free encyclopedia", "Aus Piratenwiki").
	// Dates are named as such ("published-date", BEM's
	// "article__published"): a bare "published" is also Drupal's status
	// class on every paragraph of a body.
	boilerNames = newNames(`caption credit byline by-line author contributor bio- share sharing social newsletter
		subscri signup sign-up related recirc readmore read-more morestories more-stories morefrom more-from
		alsoread also-read recommend outbrain taboola tag- topics keywords ad-container ad-wrap adslot advert
		sponsor promo comment disqus breadcrumb pagination toolbar timestamp dateline published-date date-published
		publish-date pubdate post-date updated-date date-updated last-updated __published __updated datestamp
		print-only visually-hidden sr-only screen-reader gallery slideshow figure photo image img enlarge
		disclaimer correction-notice correctionnotice keypoints key-points highlights cta pullquote
		pull-quote inset aside sidebar trending popular most-read nav footer fotter footter foooter header modal paywall signin
		login rating feedback affiliate partner poll- survey tagline sitesub consent disclosure app-promo app-download usa-banner`,
		`bio ad ads tag tags poll polls footnotes copyright`)
	// sideNames mark the blocks a page sets beside the body's container
	// that are never part of it: sidebars and widgets, related and
	// popular stories, teasers of other articles, newsletter and promo
	// boxes, comments, footers, calls to action, modals, navigation (see
	// withSiblings).
	sideNames = newNames(`sidebar aside related recirc morestories more-stories morefrom more-from alsoread also-read
		recommend outbrain taboola trending popular most-read teaser newsletter subscri promo comment disqus widget-area
		footer cta modal navigation`, ``)
	// personNames mark boxes about a person (the author's bio, a
	// contributor card), whose one long paragraph is not the article's.
	personNames = newNames(`author byline by-line contributor writer profile bio- -bio about-the`, `bio`)
	// builderRowNames mark the rows (sections) of page builders' layouts:
	// Divi, SiteOrigin, Elementor (sections and flexbox containers),
	// WPBakery, Beaver Builder, Avada, Kadence blocks, Thrive, tagDiv Composer.
	builderRowNames = newNames(`et_pb_section panel-grid elementor-section elementor-top-section e-con-boxed e-con-full
		vc_row wpb_row fl-row fusion-fullwidth kadence-rowlayout kb-row-layout thrv-page-section tdc-row`, ``)
	// builderTextNames mark page builders' text and heading widgets, the
	// blocks a body is made of in their layouts.
	builderTextNames = newNames(`et_pb_text et_pb_heading widget_sow-editor so-widget-sow-editor elementor-widget-text-editor
		elementor-widget-heading elementor-widget-theme-post-content vc_column_text wpb_text_column fl-module-rich-text
		fl-module-heading fusion-text fusion-title thrv_text_element`, ``)
	// paragraphWrapperNames mark the wrapper a generator puts around each
	// paragraph of a body (Asciidoctor's div.paragraph; see voteGroup).
	paragraphWrapperNames = newNames(``, `paragraph`)
	// popupNames: hover cards and tooltips that sit inside paragraphs.
	popupNames = newNames(`rollover-block tooltip popover hovercard hover-card`, ``)
)

// hiddenClass reports a class that hides its element: a whole class token
// such as "hidden", "is-hidden", "d-none" or "hide", or Webflow's form
// status boxes ("w-form-done": "Thank you! Your submission has been
// received!"), hidden until a form is sent. Names that merely
// contain the word do not hide anything: Drupal's field--label-hidden (on
// the body field), Tailwind's overflow-hidden, Framer's per-breakpoint
// hidden-xxxx variants.
func hiddenClass(class string) bool {
	if !strings.Contains(class, "hid") && !strings.Contains(class, "none") && !strings.Contains(class, "invisible") && !strings.Contains(class, "w-form-") &&
		!strings.Contains(class, "HID") && !strings.Contains(class, "Hid") {
		return false // no token below can be there (most classes)
	}
	for _, t := range strings.Fields(class) {
		switch strings.ToLower(t) {
		case "hidden", "is-hidden", "d-none", "hide", "is-hide", "js-hidden", "u-hidden", "invisible", "display-none",
			"w-form-done", "w-form-fail": // Webflow's form status messages, shown only after sending
			return true
		}
	}
	return false
}

// affirmed drops the class tokens that say what an element is not
// ("no-", "non-", "not-", "without-" and their "_" forms): a body under
// Badische Zeitung's "non-paywall" section or El Espectador's
// "no-paywall" container is no paywall, "no-sidebar", "no-comments" and
// "without-featured-image" layouts no sidebar, comments or image. Names
// are lower-cased (see classID).
func affirmed(s string) string {
	if !strings.Contains(s, "no") && !strings.Contains(s, "without") {
		return s // no negation can be there (most names)
	}
	return withoutTokens(s, negatedToken)
}

// withoutTokens returns the space-separated tokens of s but those drop
// reports, joined by one space; s itself when drop reports none.
func withoutTokens(s string, drop func(string) bool) string {
	if !slices.ContainsFunc(strings.Fields(s), drop) {
		return s
	}
	var b strings.Builder
	for _, t := range strings.Fields(s) {
		if drop(t) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// negatedTokenPrefixes open a class token that negates the rest.
var negatedTokenPrefixes = []string{"no-", "no_", "non-", "non_", "not-", "not_", "without-", "without_"}

func negatedToken(t string) bool {
	for _, p := range negatedTokenPrefixes {
		if strings.HasPrefix(t, p) && len(t) > len(p) {
			return true
		}
	}
	return false
}
