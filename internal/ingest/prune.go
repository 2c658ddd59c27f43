package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Class and id patterns, after Mozilla Readability and trafilatura; they
// match lower-cased names (see classID).
var (
	// unlikelyRe marks containers that are almost never the article body.
	unlikelyRe = regexp.MustCompile(`-ad-|\bads?\b|adslot|advert|ai2html|banner|breadcrumb|combx|comment|community|cookie|cover-wrap|disqus|extra|gdpr|legends|menu|masthead|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|signup|sign-up|subscribe|paywall|promo|recirc|outbrain|taboola|trending|most-?popular|most-?read|share|sharing|toolbar|navbar|nav-|-nav\b|\bnav\b|footer|header|modal|overlay|widget|print-only|visually-hidden|sr-only|screen-reader`)
	// maybeRe protects containers whose names say "content".
	maybeRe = regexp.MustCompile(`and|article|body|column|content|main|shadow|story|entry|post-?text|text`)
	// negativeRe lowers a candidate's score.
	negativeRe = regexp.MustCompile(`-ad-|hidden|^hid$|\bhid\b|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|credit|byline|author|bio\b|newsletter|subscribe|recommend|more-|teaser|card|list`)
	// positiveRe raises it.
	positiveRe = regexp.MustCompile(`article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|prose|rich-?text`)
	// boilerRe marks blocks inside the body that are not article text:
	// captions and credits, bylines and author bios, share bars, newsletter
	// boxes, related links, tags, ads, comments.
	boilerRe = regexp.MustCompile(`caption|credit|byline|by-?line|author|contributor|\bbio\b|bio-|share|sharing|social|newsletter|subscri|sign-?up|related|recirc|read-?more|more-?stories|more-?from|also-?read|recommend|outbrain|taboola|tags?\b|tag-|topics|keywords|\bads?\b|-ad-|ad-container|ad-wrap|adslot|advert|sponsor|promo|comment|disqus|breadcrumb|pagination|toolbar|timestamp|dateline|published|updated|print-only|visually-hidden|sr-only|screen-reader|gallery|slideshow|figure|photo|image|img|enlarge|disclaimer|correction-?notice|key-?points|highlights|newsletter|cta|callout|pullquote|pull-quote|inset|aside|sidebar|trending|popular|most-read|nav|footer|header|hidden|modal|paywall|signin|login|rating|feedback|affiliate|partner`)
)

// dropTag lists elements whose content is never article text.
func dropTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Canvas, atom.Iframe,
		atom.Object, atom.Embed, atom.Video, atom.Audio, atom.Picture, atom.Img, atom.Figure, atom.Figcaption,
		atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Option, atom.Label, atom.Nav, atom.Aside,
		atom.Footer, atom.Dialog, atom.Menu, atom.Head, atom.Link, atom.Meta, atom.Map, atom.Source, atom.Track:
		return true
	}
	return false
}

// isHidden reports elements the reader does not see.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// classID is an element's class and id, joined and lower-cased (the
// class-name patterns are all lower case).
func classID(n *html.Node) string {
	c, id := attr(n, "class"), attr(n, "id")
	if id != "" {
		c += " " + id
	}
	return strings.ToLower(c)
}

// prune removes what can never be article text: non-text elements, hidden
// elements, comments.
func (e *extractor) prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.CommentNode, html.DoctypeNode:
			n.RemoveChild(c)
		case html.ElementNode:
			if dropTag(c.DataAtom) || isHidden(c) || c.DataAtom == 0 && isCustomBoiler(c.Data) || e.isPopup(c) {
				n.RemoveChild(c)
			} else {
				e.prune(c)
			}
		}
		c = next
	}
}

// isCustomBoiler: custom elements named like ads or widgets.
func isCustomBoiler(name string) bool {
	return strings.Contains(name, "-ad") || strings.HasPrefix(name, "ad-") || strings.Contains(name, "social") ||
		strings.Contains(name, "share") || strings.Contains(name, "related") || strings.Contains(name, "newsletter")
}

// popupRe: hover cards and tooltips that sit inside paragraphs.
var popupRe = regexp.MustCompile(`rollover-(?:\w+-)?block|tooltip|popover|hover-?card`)

func (e *extractor) isPopup(n *html.Node) bool {
	c := attr(n, "class")
	return c != "" && e.match(popupRe, strings.ToLower(c))
}
