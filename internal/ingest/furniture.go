package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture: lines (or short HTML blocks) that belong to the page, not
// to the article — navigation, sharing, view counters, cookie and newsletter
// notices, photo credits, "read more" teasers. The patterns are general
// English-news patterns, matched against a whole short line.

// furnitureLine matches a whole line that is page furniture.
var furnitureLine = regexp.MustCompile(`^(?:` + strings.Join([]string{
	`[•·|>»\-–—*]?\s*(?:en|english|menu|search|home|top|close|open|next|previous|prev|back|more|login|log ?in|sign ?in|sign ?up|register|subscribe|subscribed|share|shares|tweet|email|e-mail|print|comment|comments|reply|like|follow|save|saved|bookmark|copy link|copied|listen|play|pause|watch|video|photo|photos|image|images|gallery|caption|expand|collapse|loading\.*|advertisement|advertising|sponsored|ad|ads|promoted|on now|live|breaking|trending|popular|latest|related|recommended|newsletter|newsletters|menu ?sections?|skip to (?:main )?content|jump (?:directly )?to (?:the )?(?:main )?content|breaking news|learn more|find out more|exact matches only|search (?:in|for) [\w ]{1,30}|back to top|return to top|read more|read less|show more|show less|see more|load more|view more|continue reading|read later|zoom in|zoom out|text size|font size|a\+?|a-|toggle navigation|go|submit|cancel|ok|accept|agree|got it|x|×)\s*[:.!]?`,
	`(?:zoom in|zoom out|read later|print|share|email|tweet|save|comment)(?:\s*[|/•·]?\s*(?:zoom in|zoom out|read later|print|share|email|tweet|save|comment|facebook|twitter|whatsapp|linkedin|pinterest|reddit))+`,
	`(?:follow|find|like|join|connect with) us(?: on)?\b.{0,40}`,
	`(?:share|shared|share this|share on|share via|share the story|share this (?:article|story|page)|share article)\b.{0,40}`,
	`(?:facebook|twitter|x|instagram|whatsapp|linkedin|pinterest|reddit|youtube|tiktok|telegram|flipboard|messenger|rss|email|e-mail|print|sms|copy)(?:\s*[,|/•·]?\s*(?:facebook|twitter|x|instagram|whatsapp|linkedin|pinterest|reddit|youtube|tiktok|telegram|flipboard|messenger|rss|email|e-mail|print|sms|copy))*`,
	`(?:total )?(?:views?|reads?|shares?|comments?|likes?)\s*[:：]?\s*[\d,.]+[km]?`,
	`[\d,.]+[km]?\s*(?:views?|reads?|shares?|comments?|likes?|min(?:ute)?s? read)`,
	`(?:reading time|read time)\s*[:：]?.{0,20}`,
	`(?:photo|image|picture|video|graphic|illustration|file photo|credit|photograph|source)s?\s*(?:credit)?\s*[:/|].{0,80}`,
	`(?:photo|image|picture|credit)s?\s*(?:by|courtesy(?: of)?)\s.{0,60}`,
	`(?:©|\(c\)|copyright)\s*.{0,120}`,
	`(?:sign up|subscribe|register)\b.{0,60}(?:newsletter|updates|alerts|inbox|free|today|now)\b.{0,40}`,
	`(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us|advertise with us|site map|sitemap)(?:\s*[|/•·]\s*.{0,30})*`,
	`(?:related|more|also|recommended|trending|popular|latest)(?: (?:articles?|stories|news|posts|videos|coverage|content|reading|from [\w .'’-]{1,40}|on [\w .'’-]{1,40}))?\s*:?`,
	`(?:you may also like|you might also like|we recommend|recommended for you|more stories|more from|most read|most popular|don'?t miss|editor'?s picks?|top stories|also read|read also|see also|read next|up next|what to read next|further reading)\b.{0,80}`,
	`(?:updated|published|posted|last updated|first published|modified)\s*:?\s*.{0,60}\d.{0,60}`,
	`(?:tags?|topics?|filed under|categories|category|keywords)\s*:.{0,200}`,
	`(?:click here|tap here)\b.{0,80}`,
	`adverts?|sponsored content|paid content|partner content`,
	`\[\w+[^\]]*\].{0,200}\[/\w+\]`,
	`(?:advertisement|story continues below(?: advertisement)?|article continues below|continue reading below|scroll to continue(?: with content)?)\s*[-–—:]?\s*(?:continue reading below|story continues below)?`,
	`(?:image|photo|slide)\s*\d+\s*(?:of|/)\s*\d+`,
	`\d+\s*(?:of|/)\s*\d+`,
	`(?:leave a (?:comment|reply)|post a comment|add a comment|view comments|show comments|join the (?:conversation|discussion)|comments? (?:are )?closed)\b.{0,40}`,

	`(?:write to|contact|email) (?:the (?:author|writer|reporter)|\pL[\w.'’-]+(?: \pL[\w.'’-]+){0,3}) at .{1,80}`,
}, "|") + `)$`)

// boilerSentence matches a whole line that is boilerplate however long
// it is: tip lines, contact lines, newsletter pitches, affiliate
// disclosures, copyright footers.
var boilerSentence = regexp.MustCompile(`^(?:` + strings.Join([]string{
	`.{0,100}\b(?:we use cookies|this (?:site|website) uses cookies|cookies? (?:policy|settings|preferences)|(?:necessary|essential|non-necessary|functional|analytics|performance|advertising) cookies)\b.{0,300}`,
	`.{0,200}\b(?:have|got) a (?:news )?tip\b.{0,200}|send us a tip\b.{0,200}`,
	`.{0,60}\b(?:getty images|shutterstock|istock(?:photo)?|afp via getty|reuters/|ap photo|associated press photo)\b.{0,40}`,
	`.{0,80}\ball rights reserved\.?.{0,40}`,
	`(?:.{0,250}[.!?]\s+)?follow (?:him|her|them|me|us|[\pL\d.'’ -]{1,60}) on (?:twitter|facebook|instagram|x|youtube|linkedin|tiktok|threads|bluesky)\b.{0,120}`,
	`follow .{0,80}\bcoverage\b.{0,150}`,
	`.{0,200}\bad ?-?blockers?\b.{0,200}`,
	`.{0,120}\b(?:affiliate|referral)\b.{0,60}\blinks?\b.{0,150}`,
	`.{0,100}\bsubject to copyright\b.{0,300}`,
	`citation\s*:.{0,300}\bretrieved\b.{0,200}`,
	`.{0,100}\b(?:subscribe to|sign up for|sign up to receive|get) (?:our|the)?\s*(?:[\w.'’-]+ ){0,3}newsletters?\b.{0,100}`,
	`.{0,80}\b(?:may|can) be reached at\b.{0,150}`,
	`.{0,100}(?:©|\(c\)|copyright)\s*(?:\d{4}|\pL).{0,150}`,
	`.{0,120}\b(?:may (?:get|earn|receive) (?:a )?(?:share|commission|compensation)|affiliate (?:links?|commission|partnerships?)|we may earn)\b.{0,150}`,
	`(?:this (?:article|story) (?:was|has been) (?:originally )?(?:published|updated|corrected)|an earlier version of this (?:article|story))\b.{0,200}`,
}, "|") + `)$`)

// isFurnitureLine reports whether a trimmed line is page furniture (callers
// protect long sentences from furnitureLine; see isBoilerSentence).
func isFurnitureLine(s string) bool {
	if s == "" {
		return true
	}
	if len(s) > 300 {
		return false
	}
	if !hasLetterOrDigit(s) {
		return true // "•", "|", "/", "—"
	}
	l := strings.ToLower(s)
	return len(s) <= 200 && furnitureLine.MatchString(l) || maybeBoiler(l) && boilerSentence.MatchString(l)
}

// boilerWords prefilter boilerSentence (a regexp that starts with ".{0,100}"
// is slow to run on every line).
var boilerWords = []string{"tip", "follow", "citation", "block", "link", "getty", "shutterstock", "istock",
	"reuters/", "ap photo", "associated press", "rights reserved", "newsletter", "reached", "©", "(c)", "copyright", "cookie", "affiliate",
	"commission", "compensation", "earn", "published", "updated", "corrected", "earlier version"}

func maybeBoiler(lower string) bool {
	for _, w := range boilerWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// countWords counts the Unicode \w+ runs of s.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// endsSentence reports whether s ends like a sentence (., ?, ! maybe
// followed by closing quotes or brackets).
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '?', '!', '…', ':', '。', '！', '？', '．', '؟', '।':
		return true
	}
	return false
}

// isBoilerSentence reports lines that are boilerplate at any length.
func isBoilerSentence(s string) bool {
	if len(s) > 400 {
		return false
	}
	l := strings.ToLower(s)
	return maybeBoiler(l) && boilerSentence.MatchString(l)
}
