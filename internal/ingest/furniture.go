package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture: lines (or short HTML blocks) that belong to the page, not
// to the article — navigation, sharing, view counters, cookie and newsletter
// notices, photo credits, "read more" teasers. The patterns are general
// English-news patterns, matched against a whole short line.

// furnitureEnglish lists the English furniture line patterns.
var furnitureEnglish = []string{
	`[•·|>»\-–—*]?\s*(?:en|english|menu|search|home|top|close|open|next|previous|prev|back|more|login|log ?in|sign ?in|sign ?up|register|subscribe|subscribed|share|shares|tweet|email|e-mail|print|comment|comments|reply|like|follow|save|saved|bookmark|copy link|copied|listen|play|pause|watch|video|photo|photos|image|images|gallery|caption|expand|collapse|(?:loading|please wait)(?:\.*|…)|advertisement|advertising|sponsored|ad|ads|promoted|on now|live|breaking|trending|popular|latest|related|recommended|newsletter|newsletters|menu ?sections?|(?:skip|jump) (?:directly )?to (?:the )?(?:main )?(?:content|navigation|search|menu)(?:\s*(?:skip|jump) (?:directly )?to (?:the )?(?:main )?(?:content|navigation|search|menu))*|breaking news|learn more|find out more|exact matches only|search (?:in|for) [\w ]{1,30}|back to top|return to top|read more|read less|show more|show less|see more|load more|view more|continue reading|read later|zoom in|zoom out|text size|font size|a\+?|a-|toggle navigation|go|submit|cancel|ok|accept|agree|got it|x|×)\s*[:.!]?`,
	`(?:zoom in|zoom out|read later|print|share|email|tweet|save|comment)(?:\s*[|/•·]?\s*(?:zoom in|zoom out|read later|print|share|email|tweet|save|comment|facebook|twitter|whatsapp|linkedin|pinterest|reddit))+`,
	`(?:follow|find|like|join|connect with) us(?: on)?\b.{0,40}`,
	`(?:share|shared|share this|share on|share via|share the story|share this (?:article|story|page)|share article)\b.{0,40}`,
	`(?:facebook|twitter|x|instagram|whatsapp|linkedin|pinterest|reddit|youtube|tiktok|telegram|flipboard|messenger|rss|email|e-mail|print|sms|copy)(?:\s*[,|/•·]?\s*(?:facebook|twitter|x|instagram|whatsapp|linkedin|pinterest|reddit|youtube|tiktok|telegram|flipboard|messenger|rss|email|e-mail|print|sms|copy))*`,
	`(?:total )?(?:views?|reads?|shares?|comments?|likes?)\s*[:：]?\s*[\d,.]+[km]?`,
	`[\d,.]+[km]?\s*(?:views?|reads?|shares?|comments?|likes?|min(?:ute)?s?\.? read)`,
	`(?:show|hide|view) (?:the )?(?:captions?|transcript)`,
	`(?:reading time|read time)\s*[:：]?.{0,20}`,
	`(?:photo|image|picture|video|graphic|illustration|file photo|credit|photograph|source)s?\s*(?:credit)?\s*[:/|].{0,80}`,
	`(?:photo|image|picture|credit)s?\s*(?:by|courtesy(?: of)?)\s.{0,60}`,
	`(?:©|\(c\)|copyright)\s*.{0,120}`,
	`(?:sign up|subscribe|register)\b.{0,60}(?:newsletter|updates|alerts|inbox|free|today|now)\b.{0,40}`,
	`(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us|advertise with us|site map|sitemap)(?:\s*[|/•·]\s*.{0,30})*`,
	`(?:related|more|also|recommended|trending|popular|latest)(?: (?:articles?|stories|news|posts|videos|coverage|content|reading|from [\w .'’-]{1,40}|on [\w .'’-]{1,40}))?\s*:?`,
	`(?:you may also like|you might also like|we recommend|recommended for you|more stories|more from|most read|most popular|don['’]?t miss|editor['’]?s picks?|top stories|also read|read also|see also|read next|up next|what to read next|further reading)\b.{0,80}`,
	`(?:updated|published|posted|last updated|first published|modified)\s*:?\s*.{0,60}\d.{0,60}`,
	`(?:tags?|topics?|filed under|categories|category|keywords)\s*:.{0,200}|tags`,
	`(?:click here|tap here)\b.{0,80}`,
	`adverts?|sponsored content|paid content|partner content|report this ad`, // an ad slot's label ("Report this ad": WordAds, Pubnation)
	`\[\w+[^\]]*\].{0,200}\[/\w+\]`,
	`(?:advertisement|story continues below(?: advertisement)?|article continues below|continue reading below|scroll to continue(?: with content)?)\s*[-–—:]?\s*(?:continue reading below|story continues below)?`,
	`(?:image|photo|slide)\s*\d+\s*(?:of|/)\s*\d+`,
	`\d+\s*(?:of|/)\s*\d+`,
	`(?:leave a (?:comment|reply)|post a comment|add a comment|view comments|show comments|join the (?:conversation|discussion)|comments? (?:are )?closed)\b.{0,40}`,

	`(?:table of contents?|contents|in this (?:article|post|guide|story)|on this page|jump to(?: section)?|skip to (?:section|recipe))\s*[:.]?`,
	// a contents box's toggle ("Table of Contents [Hide] [Show]", "Table of Contents ▼") and skip
	// links, glued when their words run together ("Skip to main contentSkip to footer", "Skip to:")
	`(?:table of contents?|contents|inhaltsverzeichnis|índice|sommaire)(?:\s*(?:[▼▲▾▴▸►]|\[?(?:hide|show|toggle|ausblenden|einblenden|verbergen|anzeigen)\]?))+`,
	`(?:skip to (?:the )?(?:main )?(?:content|navigation|footer|main|menu|search)\s*)+|skip to\s*:`,
	`(?:discussion about this (?:post|article|story)|ready for more\??|no posts|\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago)`,
	// calls to action standing alone, often in capitals over a contact form or a sales box:
	// "LET'S TALK.", "Get in touch with our team", "Need more help?", "Book a demo",
	// "Interested in … for your next project?" (a question with nothing after it),
	// "Tell us about your project" over a quote form
	`(?:let['’]?s (?:talk|chat|connect)|tell us (?:about|more about) your (?:project|idea|business|needs|goals)|get in touch\b[^:]{0,60}|contact (?:us|our (?:team|experts?))\b[^:]{0,60}|need (?:more |some |any )?help\b.{0,40}\?|(?:interested in|want to (?:learn|know|find out) more|ready to (?:get started|start|learn|talk|chat|begin|take)|looking for (?:help|support|an? (?:expert|partner|agency))|not sure (?:which|what|where|how|if)|have (?:an?|any) (?:\w+ ){0,3}(?:idea|project|question)s?)\b.{0,100}\?|what(?:['’]s| is) your (?:project|goal|challenge)\??|talk to (?:an?|one of our|our) (?:\w+ )?(?:expert|specialist|advisor|consultant)s?\b.{0,40}|scroll (?:down )?(?:for|to see) more|(?:book|schedule|request) (?:a |an |your )?(?:free )?(?:demo|call|consultation|quote)\b[^:]{0,40}|get (?:a |your )?free (?:quote|demo|consultation|estimate)\b[^:]{0,40})[.!?]*`,
	// review and editing credits ("Medically reviewed by …", "Fact checked by …", "Edited By: …")
	`(?:medically |clinically |expertly |expert |fact[- ]?)?(?:reviewed|fact[- ]?checked|verified|edited)(?: and (?:fact[- ]?checked|verified))?\s+by\b\s*[:,]?(?:.{0,160}[^.!?])?`, // not a sentence
	// placeholders a script fills: "Loading…", "[ LOADING ]", "Loading prices for your region…"
	`[\[(]?\s*(?:loading|please wait)(?:\s+[\w'’ ]{1,40})?\s*(?:\.{2,}|…)\s*[\])]?|[\[(]\s*(?:loading|please wait)\s*[\])]`,
	// scroll anchors (Wix's "top of page" / "bottom of page" regions)
	`(?:(?:back|scroll|go|jump|return) to )?(?:the )?(?:top|bottom) of (?:the )?page\s*[↑⬆]?`,
	// a form's default status messages (Webflow's, shown after sending)
	`(?:thank you|thanks)!? your submission has been received!?|oops!? something went wrong while submitting the form\.?`,
	`(?:write to|contact|email) (?:the (?:author|writer|reporter)|\pL[\w.'’-]+(?: \pL[\w.'’-]+){0,3}) at .{1,80}`,
}

// furnitureIntl is furnitureEnglish's counterpart in the other languages
// news is read in (German, French, Spanish, Italian, Portuguese, Dutch,
// Polish): share prompts, "related" and "read also" labels, advert labels,
// comment counters, "load more" buttons, bare "contact:" labels and source
// credits. ("More information:" is not one: science news puts the paper's
// reference after it.) Matched against a whole short
// lower-cased line.
var furnitureIntl = []string{
	// share
	`(?:jetzt |den artikel |diesen artikel |artikel |beitrag )?(?:teilen|weiterempfehlen|empfehlen)(?:\s*(?:[:/|&]|und|auf|mit anderen)\s*.{0,40})?[!?.:]*`,
	`.{0,40}\b(?:artikel|beitrag|seite)(?: \pL+){0,3} (?:teilen|weiterempfehlen)\b.{0,40}`,
	`.{0,40}vergiss nicht zu teilen.{0,10}`,
	`(?:partager|partagez|compartir|compartilhe|compartilhar|condividi|udostępnij|delen|deel dit artikel)\b.{0,40}`,
	// related, read also, more on the topic
	`(?:das (?:thema )?könnte (?:dich|sie|euch) (?:auch )?interessieren|auch interessant|ebenfalls interessant|weitere artikel(?: zum thema)?|weitere beiträge|mehr zum thema\b.{0,40}|zum weiterlesen|weiterlesen|lesen sie auch|lies auch|lust auf mehr|ähnliche (?:artikel|beiträge)|verwandte (?:artikel|themen|beiträge)|empfehlungen(?: aus dem .{0,30})?|kommentierte artikel|meistgelesen|à lire aussi|lire aussi|lire la suite|sur le même sujet|articles similaires|noticias relacionadas|te puede interesar|lee también|leer más|leggi anche|potrebbe interessarti|articoli correlati|czytaj (?:także|też|więcej)|zobacz (?:też|także)|leia também|lees ook|meer lezen)\s*[:.!?…]*`,
	// a link to the site's other stories on the topic: "Alle Nachrichten zum Naturschutz in
	// Bayern", "Alle Artikel zu unseren Recherchen", "Tous les articles sur l'Ukraine", "Todas
	// las noticias de Cataluña"
	`(?:alle (?:artikel|nachrichten|beiträge|meldungen|news|texte|berichte) (?:zu|zum|zur|über|aus|von|im|in|der|des|rund um)|tous les articles (?:sur|de|du|des)|toutes les (?:actualités|infos|informations) (?:sur|de|du|des)|todas las (?:noticias|notas|informaciones) (?:sobre|de|del)|todos los artículos (?:sobre|de|del)|tutte le notizie (?:su|di|sul|sulla|dal|dalla)|tutti gli articoli (?:su|di|sul|sulla)|wszystkie (?:artykuły|wiadomości|teksty) (?:o|z|na temat))\b.{0,50}`,
	// bare "more information" labels over a box of links (a sentence that goes on is text)
	`(?:weitere|mehr) (?:interessante |nützliche )?informationen(?: zum thema)?\s*[:.…]*|plus d'informations\s*:?|más información\s*:?|maggiori informazioni\s*:?|meer informatie\s*:?`,
	// advert labels
	`[-–*\s]*(?:anzeige|werbung|publicité|publicidad|pubblicità|reklama|advertentie|publicidade)\s*[-–*:.]*`,
	// comments
	`(?:\d+\s+)?(?:keine kommentare|kommentare?|kommentar schreiben|aucun commentaire|commentaires?|sin comentarios|comentarios?|commenti|komentarze?|reacties|view comments)\s*(?:\(\d+\)|\([^()]{1,80}\))?[:.]?`,
	// bare tag labels; embedded content held back until the reader consents
	`(?:schlagwörter|schlagworte|stichwörter|étiquettes|etiquetas)\s*:?|externer? inhalte?(?: (?:anzeigen|laden|aktivieren))?`,
	// load more, show more
	`(?:lade weitere inhalte|weitere inhalte laden|mehr laden|mehr anzeigen|weitere laden|charger plus|voir plus|cargar más|ver más|carica altro|mostra altro|załaduj więcej|carregar mais|meer laden)\s*[.…]*`,
	// placeholders a script fills
	`(?:chargement|wird geladen|lädt|cargando|caricamento|carregando|ładowanie|laden)(?:\s+[\pL ]{1,30})?\s*(?:\.{2,}|…)`,
	// tables of contents
	`(?:inhaltsverzeichnis|inhalt|sommaire|table des matières|índice|indice|spis treści|inhoudsopgave)\s*[:.]?`,
	// bare labels and source credits
	`(?:kontakt|contact|contacto|contatti)\s*:`,
	`(?:quelle|quellen|fuente|fuentes|fonte|źródło|bron|bildquelle|titelbild|beitragsbild|foto|fotos|bild|bilder)\s*:.{0,80}`,
	`(?:beitragsbild|titelbild|quellen ausblenden|quellen anzeigen)`,
}

// furnitureLine matches a whole (lower-cased) line that is page furniture
// in English; furnitureLineAny in English or another language (for pages
// not stated to be in English).
var (
	furnitureLine    = regexp.MustCompile(`^(?:` + strings.Join(furnitureEnglish, "|") + `)$`)
	furnitureLineAny = regexp.MustCompile(`^(?:` + strings.Join(append(append([]string{}, furnitureEnglish...), furnitureIntl...), "|") + `)$`)
)

// labelRules are furniture rows run only on lines that hold one of their
// words (each would slow the one pattern of furnitureLine for every line);
// intl rows only on pages not stated to be in English.
var labelRules = []struct {
	words []string
	intl  bool
	re    *regexp.Regexp
	start bool // the words open the line (the pattern is anchored on them): a prefix test, not a search
}{
	// a product's call to action standing alone: "No credit card required.", "30 day free trial, no
	// credit card required", "Get started today", "Start your 14-day free trial with X today!"
	{[]string{"credit card", "get started", "free trial"}, false, boiler(`(?:(?:\d+[- ]day )?free trial[,.:]? )?(?:no credit card (?:required|needed)|credit card not (?:required|needed))[.!]?|get started (?:today|now|for free)[.!]?|start (?:your|a) (?:\d+[- ]day )?free trial(?: (?:with|of) [\pL\d .'’&-]{1,40})?(?: today| now)?[.!]?`), false},
	// a reading-time stamp, alone or after the date or the author it stands beside: "6 min read",
	// "23.07.2025 · 6 min read", "Jun 08, 2023 • 11 Minute Read", "Bridgestone Team | 5 min read",
	// "Estimated reading time: 11 minutes", "| Reading Time: 7 minutes", "4 min read time", a
	// template's unfilled "xx min read" (a count of minutes is no claim of the article)
	{[]string{"min read", "mins read", "minute read", "minutes read", "min. read", "ead time", "eading time"}, false, boiler(readingTime), false},
	// … in the other languages: "Lesezeit: 2 Minuten", "Lesezeit von 4 Minuten", "3 Min. Lesezeit",
	// "Temps de lecture : 5 min", "Tiempo de lectura: 3 minutos", "5 min de lectura"
	{[]string{"lese", "lectur", "lettura", "leestijd", "czytania"}, true, boiler(readingTimeIntl), false},
	// Google's "preferred sources" button under a headline: "Add as a preferred source on Google",
	// "Add as a Reliable and Trusted News Source", "Make us a preferred source on Google"
	{[]string{"ed source", "ted source", "ted news source"}, false, boiler(`(?:add|make|set)(?: (?:us|[\pL\d.&'’ -]{1,40}?))?(?: as)? (?:a |an |your )?(?:preferred|reliable|trusted)(?: and (?:reliable|trusted))? (?:news )?source(?: on google(?: news)?)?[.!]?`), false},
	// a bare subscribe button or box title: "Subscribe to", "Subscribe to our blog", "Subscribe to get
	// access", "Subscribe now"
	{[]string{"subscribe"}, false, boiler(`subscribe(?: (?:to|now|today|here|for free)(?: (?:our|the|my) (?:blog|newsletter|channel|podcast|feed|mailing list|updates))?| to get access)?[.!:]?`), true},
	// skip links in the other languages, as "Skip to content": "Zum Inhalt springen", "Springe zum
	// Inhalt", "Direkt zum Inhalt", "Zum Hauptinhalt springen", "Zum Inhalt wechseln", "Ir al
	// contenido", "Aller au contenu", "Vai al contenuto", "Przejdź do treści", "Naar inhoud"
	// (zeit.de, tagesanzeiger.ch, spoe.at, lanacion.com.ar and 24 more of the trafilatura pages)
	{[]string{"zum ", "direkt zum", "springe zum", "springen zum", "gehe zum", "ir al ", "saltar al", "aller au", "passer au", "vai al", "salta al", "przejdź do", "naar ", "ga naar", "pular para", "ir para"}, true, boiler(skipLinkIntl), true},
	// "Last Modified: August 08, 2023", as "Last updated: …"
	{[]string{"last modified"}, false, boiler(`last modified\s*:?\s*.{0,60}\d.{0,60}`), true},
	// a dateline with its byline, alone on its line: "October 11, 2023 by Jane Roe", "03/01/2017 by
	// Jane Roe, Candidate Representative", "by: Jane Roe, Dec 17, 2025", "Jane Roe Published 10:19am
	// 19 December 2025", "By Jane Roe, CFP – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by …"
	{[]string{"by ", "by:", "published"}, false, boiler(dateline), false},
	// publication dates and categories in the other languages, as "Published: …" and "Category:
	// …" in English: "Veröffentlichung: 2. Februar 2022", "Publié le 3 mai 2020", "Kategorie: News"
	{[]string{"veröffentl", "aktualisiert", "erstellt", "publié", "mis à jour", "publicado", "actualizado", "pubblicato", "aggiornato", "atualizado", "gepubliceerd", "bijgewerkt", "opublikowano", "zaktualizowano"}, true,
		boiler(`(?:veröffentlicht|veröffentlichung|aktualisiert|zuletzt aktualisiert|erstellt|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano)(?:\s*:| am| le| el| il| em| op| dnia)\s*.{0,60}\d.{0,60}`), false},
	// a link to another story set between the paragraphs: "Related: The 15 Weirdest Galaxies in
	// Our Universe", "RELATED: Workout of the Week: The Hill-Tempo Sandwich"
	{[]string{"related"}, false, boiler(`related\s*:\s*\S.{0,120}`), true},
	// a shop's or an archive's result counter: "Showing 1–12 of 45 results", "Showing all 5
	// results", "Displaying 1 to 10 (of 19 products)"
	{[]string{"showing", "displaying", "viewing"}, false, boiler(`(?:showing|displaying|viewing) (?:all )?\d+(?:\s*(?:[-–—]|to)\s*\d+)?(?:\s*\(?of\s+\d+)?\s*(?:results?|items?|products?|entries|posts|articles|reviews)?\)?[.!]?`), true},
	// … in German: "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!", "Zeige 1 bis 10
	// (von insgesamt 19 Artikeln)", "Artikel 1 - 12 von 40"
	{[]string{"es werden ", "zeige ", "artikel ", "produkte ", "ergebnisse ", "treffer ", "einträge ", "beiträge "}, true, boiler(`es werden (?:die |alle )?(?:\pL+ )?\d+ bis \d+ \(?von (?:insgesamt )?\d+\)? (?:\pL+ )?angezeigt[.!]?|zeige \d+ bis \d+ \(?von (?:insgesamt )?\d+(?: \pL+)?\)?|(?:artikel|produkte|ergebnisse|treffer|einträge|beiträge) \d+\s*(?:-|–|bis)\s*\d+ von (?:insgesamt )?\d+`), true},
	// "Related: …" in the other languages: "Lea también: Impiden ingreso a …", "Lea más: …", "Mire:
	// El cantante …", "Czytaj też: …", "À lire aussi : …", "Lesen Sie auch: …", "Leia também: …"
	{[]string{"lea", "lee ", "mire", "vea", "ver también", "leia ", "leggi ", "lesen sie auch", "lies auch", "mehr zum thema", "czytaj ", "zobacz ", "à lire aussi", "lire aussi", "voir aussi"}, true, boiler(`(?:lea|lee|lea también|lea además|lea más|lee también|mire|vea|vea también|ver también|leia também|leia mais|leggi anche|lesen sie auch|lies auch|mehr zum thema|czytaj (?:też|także|więcej)|zobacz (?:też|także)|à lire aussi|lire aussi|voir aussi)\s*:\s*\S.{0,120}`), true},
	// WordPress's post meta and share labels in German: "Veröffentlicht in: …", "Dieser Eintrag
	// wurde veröffentlicht in …", "Teilen Sie dies mit:", "Teile diesen Beitrag auf"
	{[]string{"veröffentlicht in", "dieser eintrag", "teilen mit", "teilen sie", "teile d", "teilt d"}, true, boiler(`veröffentlicht in\s*:.{0,120}|dieser eintrag wurde (?:am .{1,40} )?veröffentlicht\b.{0,200}|teilen (?:sie dies )?mit\s*:|(?:teile|teilt|teilen sie) (?:diesen|den|diese[nr]?) (?:beitrag|artikel|seite|post)\b.{0,40}`), true},
	{[]string{"kategori", "rubri", "catégori", "categor"}, true, boiler(`(?:kategorie|kategorien|rubrik|rubriken|catégorie|catégories|rubrique|categoría|categorías|categoria|categorie|categorieën|kategoria)\s*:.{0,200}`), false},
}

// dateWords is a date as bylines write it (lower-cased): "oct 11, 2023",
// "19 december 2025", "2025-12-17", "03/01/2017".
const dateWords = `(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)?\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? \d{4}|\d{4}-\d\d-\d\d|\d\d?[./]\d\d?[./]\d{2,4})`

// dateline is the pattern of a line of a date and a byline (lower-cased):
// the date then "by" and the names (with their roles after a comma), the
// byline then the date, or a name "published" at a time and date; a note
// that the piece was updated or fact-checked may follow. The names end in a
// letter: "On May 1, 2020, by contrast, sales fell." is a sentence.
const dateline = `(?:(?:posted |published |updated )?(?:on )?` + dateWords + `\s*(?:[|•·,–—-]\s*)?by:?\s+\pL[\pL .,'’-]{0,79}\pL|by:?\s+\pL[\pL .,'’-]{1,60}?,?\s*(?:[|•·–—-]\s*)?(?:(?:updated|published|posted)(?: on)?:?\s+)?` + dateWords + `(?: at \d\d?[:.]\d\d ?(?:am|pm)?(?: [a-z]{2,4})?)?|\pL[\pL .'’-]{1,40} published:? (?:\d\d?[:.]\d\d ?(?:am|pm)? )?` + dateWords + `)(?:\s*[|•·–—-]\s*(?:fact[- ]checked|reviewed|edited) by:?\s+\pL[\pL .,'’-]{0,59}\pL)?`

// readingTime is the pattern of a reading-time stamp (lower-cased): the
// minutes, "xx" or a template's unfilled tag, after a few words with no
// sentence's end in them (a date, an author, separators).
const readingTime = `(?:(?:[^!?]|[.!?]\S){0,60}?[\s|•·・‧—–-])?(?:(?:(?:estimated|approx(?:imate|\.)?|average) )?(?:reading|read) time\s*[:：]?\s*(?:(?:about |approx\. |~)?(?:\d+|xx)(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute)?s?\.?|m))?|(?:\d+|xx|\[[\w-]+\])(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute)?s?\.?) read(?:ing)?(?: time)?)`

// readingTimeIntl is readingTime in German, French, Spanish, Italian, Dutch
// and Polish.
const readingTimeIntl = `(?:(?:[^!?]|[.!?]\S){0,60}?[\s|•·・‧—–-])?(?:(?:lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|leestijd|czas czytania)\s*(?:[:：]|von|ca\.|etwa)?\s*(?:(?:ca\. |etwa |circa )?\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:uten?|utes?|utos?|uti|uut|\.)?))?|(?:ca\. )?\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:uten?|utes?|utos?|uti|uut|\.)?)\s*(?:lesezeit|lesedauer|de lecture|de lectura|di lettura|leestijd|czytania))`

// skipLinkIntl matches a skip link in German, Spanish, French, Italian,
// Polish, Dutch and Portuguese (lower-cased).
const skipLinkIntl = `(?:(?:direkt|springe|springen|gehe) )?zum (?:haupt)?inhalt(?: springen| wechseln| gehen)?|direkt zum (?:haupt)?(?:inhalt|menü|navigation)(?: springen| wechseln)?|(?:ir|saltar) al (?:contenido|menú)(?: principal)?|(?:aller|passer) au (?:contenu|menu)(?: principal)?|(?:vai|salta) al contenuto(?: principale)?|przejdź do (?:treści|menu|zawartości|głównej treści)|(?:ga )?naar (?:de )?(?:hoofd)?inhoud(?: springen| gaan)?|(?:pular|ir) para o conteúdo(?: principal)?`

// bareLabels are the labels whose value sits in the next block, alone on
// a line with their colon ("By:", "Release Date:", "Von:", "Por:"); the
// English ones apply to every page, the others to pages not stated to be
// in English.
var bareLabels = map[string]bool{"by": true, "from": true, "date": true, "release date": true, "posted by": true,
	"written by": true, "author": true, "authors": true, "last updated": true, "published": true, "published on": true,
	"posted on": true}

// bareWords are the words that stand alone on their line as the page's
// labels, not the article's (lower-cased): a section's label over the
// headline ("Blog", "Posts"), a byline's label before the name's line.
// Looked up whole: each alternative added to furnitureLine's pattern costs
// every line.
var bareWords = map[string]bool{"blog": true, "posts": true, "written by": true}

// bareFooterIntl are the footer links of pages not stated to be in English
// that stand alone on their line (lower-cased): "Kontakt", "Impressum".
var bareFooterIntl = map[string]bool{"kontakt": true, "impressum": true, "datenschutz": true, "datenschutzerklärung": true}

var bareLabelsIntl = map[string]bool{"von": true, "autor": true, "autorin": true, "autoren": true, "par": true,
	"auteur": true, "auteurs": true, "por": true, "autore": true, "autori": true, "door": true}

// labelLine reports a lower-cased line that a labelRules row or a bare
// label matches.
func labelLine(l string, english bool) bool {
	if len(l) <= 24 && (bareWords[l] || !english && bareFooterIntl[l]) {
		return true
	}
	if strings.HasSuffix(l, ":") && len(l) <= 16 {
		k := strings.TrimSpace(strings.TrimSuffix(l, ":"))
		if bareLabels[k] || !english && bareLabelsIntl[k] {
			return true
		}
	}
	for _, r := range labelRules {
		if r.intl && english {
			continue
		}
		for _, w := range r.words {
			if r.start && strings.HasPrefix(l, w) || !r.start && strings.Contains(l, w) {
				if r.re.MatchString(l) {
					return true
				}
				break
			}
		}
	}
	return false
}

// boilerRules match a whole line that is boilerplate however long it is:
// tip lines, contact lines, newsletter pitches, affiliate disclosures,
// copyright footers. Each pattern is run only when the lower-cased line holds
// one of its words (patterns that start with ".{0,100}" are slow to run on
// every paragraph); the words are ones the pattern cannot match without.
var boilerRules = append(pageBoilerRules, signUpRules...)

// boilerRule is a row of boilerRules: the words a line must hold for re
// to be run on it.
type boilerRule struct {
	words []string
	re    *regexp.Regexp
}

// pageBoilerRules are the boilerRules of the page's furniture.
var pageBoilerRules = slices.Concat(captionCreditRules, otherPageRules)

// captionCreditRules are the pageBoilerRules of a picture's caption that
// ends in its credit. In a text dump such a line goes, but does not split
// the body (creditCaption): pictures stand between an article's paragraphs.
var captionCreditRules = []boilerRule{
	// photo captions that end in the picture's credit: "Protesters have
	// worn masks (Image: GETTY )", "… in 2004 (Picture credit: Getty)", "… a
	// dining club. (Photo Credit: Major Food Group)", "A cross-section of the module. Credit: ESA",
	// "… Nogales, Ariz. (AP)", "… Oct. 31, 2019. (Joshua Roberts/Reuters)"
	{[]string{"image:", "images:", "photo:", "photos:", "picture:", "pic:", "photograph:", "credit:", "credits:"}, boiler(`.{0,300}(?:\((?:(?:image|photo|picture|pic|photograph)s?(?: credits?| courtesy)?|credits?)\s*:\s*[^()]{1,60}\)|[.!?)”"]\s+(?:image |photo )?credits?\s*:\s*[^.!?]{1,60}[.]?)`)},
	// … and by the photographer, the lender or the source, after the caption's last sentence and
	// maybe a bar or a dash: "… all photography fields. Photo by: 'Neil Thomas'.", "… glass-enclosed
	// cabinets. | Photo by Lisa Jennings", "… throughout testing. – Photo Credit: Taylor Passofaro
	// (CleverHiker.com)", "… Gelatin silver print – 50.8 × 40.6 cm. Courtesy Fortes D'Aloia &
	// Gabriel.", "… 1978. Image courtesy the artist.", "… drag them onto the page. Source: Website
	// Builder Expert"; the credit is short and holds no sentence ("cleverhiker.com" is none)
	{[]string{"photo by", "photos by", "image by", "images by", "picture by", "photograph by", "photo credit", "image credit", "courtesy", "source:"}, boiler(`.{0,300}[.!?)”"’']\s*(?:[|–—-]\s*)?(?:(?:(?:photo|image|picture|photograph)s? (?:by|credits?)|source)\s*:?|(?:(?:photo|image|picture)s? )?courtesy(?: of)?)\s+(?:[^.!?]|[.]\S){1,80}[.]?`)},
	// … in the other languages: "Jäger im Revier (Quelle: Fleischmann/Unsplash/DJV)", "… (Foto:
	// Volkswagen)", "… (Fuente: EFE)"
	{[]string{"(quelle:", "(foto:", "(fotos:", "(bild:", "(bilder:", "(bildquelle:", "(fuente:", "(foto de:"}, boiler(`.{0,300}\((?:quelle|foto|fotos|bild|bilder|bildquelle|fuente|foto de)\s*:\s*[^()]{1,80}\)`)},
	{[]string{"(ap", "/ap)", "afp", "reuters", "getty", "epa)", "/epa"}, boiler(`.{10,300}[.!?”"]\s*\((?:ap|afp|reuters|epa|getty images|(?:ap|afp|epa) photo(?:/[^()]{1,60})?|[^()/]{1,40}/(?:ap|afp|reuters|getty images|epa)(?:[,/][^()]{1,30})?)\)`)},
}

// otherPageRules are the other pageBoilerRules.
var otherPageRules = []boilerRule{
	{[]string{"cookie"}, boiler(`.{0,100}\b(?:we use cookies|this (?:site|website) uses cookies|cookies? (?:policy|settings|preferences)|(?:necessary|essential|non-necessary|functional|analytics|performance|advertising) cookies)\b.{0,300}`)},
	// consent notices that speak to the reader or name the site: "By clicking “Accept All Cookies”, you
	// agree …", "… agreeing to our use of cookies", "store cookies on your device", "The store will
	// not work correctly when cookies are disabled", "go.dev uses cookies from Google to …", "Eneba
	// and its partners use cookies to …", a preference centre's "These cookies are necessary …"
	{[]string{"cookie"}, boiler(`(?:.{0,160}\b(?:by (?:clicking|continuing|using|browsing)\b.{0,120}\bcookies|(?:our|the) use of cookies|cookies on your (?:device|computer|browser)|cookies are (?:disabled|blocked|turned off)|(?:and (?:its|our) partners|(?:this|our) (?:site|website|store|app)|\.[a-z]{2,4}) uses? (?:and sets? )?cookies)|(?:these|this) cookies? (?:(?:are|is) (?:necessary|essential|required|strictly|used|set|placed|stored)|(?:allows?|helps?|enables?|collects?|lets?) (?:us|the (?:site|website)|our|you to)))\b.{0,300}`)},
	{[]string{"a tip", "a news tip"}, boiler(`.{0,200}\b(?:have|got) a (?:news )?tip\b.{0,200}|send us a tip\b.{0,200}`)},
	{[]string{"getty", "shutterstock", "istock", "reuters/", "ap photo", "associated press photo"}, boiler(`.{0,60}\b(?:getty images|shutterstock|istock(?:photo)?|afp via getty|reuters/|ap photo|associated press photo)\b.{0,40}`)},
	{[]string{"all rights reserved"}, boiler(`.{0,80}\ball rights reserved\.?.{0,40}`)},
	{[]string{"follow "}, boiler(`(?:.{0,250}[.!?]\s+)?follow (?:him|her|them|me|us|[\pL\d.'’ -]{1,60}) on (?:twitter|facebook|instagram|x|youtube|linkedin|tiktok|threads|bluesky)\b.{0,120}|follow .{0,80}\bcoverage\b.{0,150}`)},
	// the publisher's own "follow us" line, on any platform, opening the line or after a few words
	// (further in, it closes the author's paragraph, which is the article's): "Follow
	// us on Telegram, Facebook, … for the latest news", "*** Follow me on Instagram … ***", "… and
	// follow us on Facebook, Instagram, Twitter and TikTok to stay up to date", "Join me on TikTok:
	// @…", "you can find me on all the social platforms", "follow me on social media HERE"
	{[]string{"follow me", "follow us", "join me on", "join us on", "find me on", "find us on", "connect with me on", "connect with us on"}, boiler(`.{0,120}\b(?:follow|join|find|connect with) (?:me|us) on (?:all (?:of )?(?:the |my |our )?)?(?:twitter|facebook|instagram|x|youtube|linkedin|tiktok|threads|bluesky|pinterest|telegram|mastodon|snapchat|social media|social platforms|socials?)\b.{0,200}`)},
	// the notice to readers who block ads: "Please disable your ad blocker", "We noticed you're
	// using an ad blocker", "Ad blocker detected", "Whitelist us in your ad blocker"; not a review's
	// sentence about a VPN's built-in ad blocker
	{[]string{"blocker"}, boiler(`.{0,200}\b(?:(?:disable|turn off|pause|deactivate|switch off) (?:your |the |any )?ad ?-?blockers?\b|(?:using|use|have|running|with) (?:an? |your )?ad ?-?blockers?(?: (?:enabled|on|active|turned on|installed))?[,.!]|ad ?-?blockers? (?:detected|is (?:on|enabled|active|turned on))\b|(?:whitelist|allowlist) (?:us|our (?:site|website)|this (?:site|website))\b).{0,200}`)},
	// the notice to readers of an old browser: "IE 11 is not supported. For an optimal
	// experience visit our site on another browser.", "You are using an outdated browser.
	// …", "This browser is not actively supported anymore. …", "This web browser is not
	// supported by …"; not a story's sentence about a browser's end of support
	// ("Microsoft said Internet Explorer 11 is no longer supported on Windows 10.")
	{[]string{"browser"}, boiler(`.{0,60}\b(?:(?:your|this) (?:web |internet )?browser (?:is (?:not|no longer)(?: actively| fully| officially)? supported|is (?:out of date|outdated|too old)|does not support)|you(?:'re|’re| are) using an? (?:outdated|old|older|unsupported|out-of-date|out of date) (?:web )?browser|(?:ie ?\d+|internet explorer(?: \d+)?) is (?:not|no longer) supported\b.{0,80}\b(?:another|a different|a modern|a newer|an up-to-date) browser)\b.{0,250}`)},
	{[]string{"affiliate", "referral"}, boiler(`.{0,120}\b(?:affiliate|referral)\b.{0,60}\blinks?\b.{0,150}`)},
	{[]string{"subject to copyright"}, boiler(`.{0,100}\bsubject to copyright\b.{0,300}`)},
	{[]string{"citation"}, boiler(`citation\s*:.{0,300}\bretrieved\b.{0,200}`)},
	{[]string{"newsletter"}, boiler(`.{0,100}\b(?:subscribe to|sign up for|sign up to receive|get|receive|join|start (?:each|every|your) \pL+ with) (?:our|the)?\s*(?:[\w.'’-]+,? ){0,4}newsletters?\b.{0,100}`)},
	// the count of readers a pitch boasts: "Join 15,000+ recipients getting the latest insights …",
	// "Join 800,000+ subscribers to get regular emails on …", "Join over 2 million readers" (not an
	// event's "Join 4,000 professionals for 20+ hours of networking")
	{[]string{"join "}, boiler(`join (?:over |more than |the )?[\d,.]+\s*(?:k|m|million|thousand)?\+? (?:other )?(?:\pL+ ){0,3}(?:subscribers|readers|recipients)\b.{0,250}`)},
	// the same pitch in the other languages news is read in: "Melde dich hier für unseren
	// Newsletter an!", "… o suscribirse aquí a nuestra newsletter", "Abonnez-vous à notre
	// newsletter", "Iscriviti alla newsletter", "Assine nossa newsletter"
	{[]string{"newsletter", "nieuwsbrief"}, boiler(`.{0,250}\b(?:(?:melde|meldet|melden sie) (?:dich|euch|sich) .{0,60}newsletter|newsletter (?:abonnieren|bestellen)|(?:suscr[ií]bete|suscribirse|suscr[ií]base|reg[ií]strate|inscr[ií]bete) .{0,60}newsletter|(?:abonnez-vous|inscrivez-vous|abonne-toi|inscris-toi) .{0,60}newsletter|(?:iscriviti|iscrivetevi) .{0,60}newsletter|(?:assine|inscreva-se|cadastre-se) .{0,60}newsletter|(?:schrijf je in|meld je aan|abonneer je) .{0,60}nieuwsbrief)\b.{0,150}`)},
	{[]string{"be reached at"}, boiler(`.{0,80}\b(?:may|can) be reached at\b.{0,150}`)},
	// the copyright line: "© 2024 Example Media", "Text (c) Jane Doe", "Copyright 2019 The
	// Times", "Copyright © Example Ltd", "Copyright Guardian News & Media Limited"; not a sentence
	// about copyright ("Can I even assert copyright over this?", "… meet copyright and fair use
	// requirements"): a bare "copyright" opens the line or a part of a footer ("Impressum |
	// Copyright André Loibl"), or stands before a year or a sign
	{[]string{"©", "(c)", "copyright"}, boiler(`.{0,100}(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))\s*(?:\d{4}|\pL).{0,150}|(?:.{0,100}[|•·–—-]\s*)?copyright\s*\pL.{0,150}`)},
	// affiliate disclosures: "… we may earn a commission", "If you buy something through our links,
	// we may earn commission.", "If you … buy through my links, I may receive a small commission.",
	// "Purchases made through links earn us a small commission …", "Some of the links in this article
	// are affiliate ones.", "Disclosure: As an Affiliate Marketer, I earn from qualifying purchases. …"
	// (not a story's "agents earn a commission on every sale")
	{[]string{"may get", "may earn", "may receive", "affiliate", "commission", "disclosure"}, boiler(`.{0,120}\b(?:may (?:get|earn|receive) (?:a )?(?:share|commission|compensation)|affiliate (?:links?|commission|partnerships?)|we may earn)\b.{0,150}|.{0,200}\b(?:through|via|using) (?:(?:our|my|these|the|this (?:post|page|article)'?s?|any of (?:our|my|the)|one of (?:our|my|the)) )?(?:\pL+ )?links?\b.{0,80}\b(?:commission|compensation)\b.{0,200}|.{0,60}\blinks? (?:in|on|within) this (?:article|post|page|review|guide)\b.{0,40}\b(?:are|may be|might be|could be) affiliate\b.{0,150}|(?:affiliate )?disclosure\s*:.{0,600}\b(?:affiliate|commission|compensat\pL*)\b.{0,400}`)},
	// paywall notices over a cut body
	{[]string{"full story", "full article", "already a subscriber", "already subscribed", "immediate access"}, boiler(`.{0,100}\b(?:to (?:view|read|access|continue reading) the (?:full|whole|entire|rest of the) (?:story|article)|(?:subscribe|sign up|log in|register)\b.{0,60}\bfor the (?:full|whole|entire) (?:story|article)|(?:already a subscriber|already subscribed)|log in for immediate access)\b.{0,200}`)},
	// the publisher's appeal for donations: "Want to support Playful Void? Donate to or join my
	// Ko-fi!", "Support CNX Software! Donate via cryptocurrencies …", "… please support us by
	// donating a small amount", "Your one-off or monthly donations play a crucial role …",
	// "Donate now and your gift will be matched!", "Jede kleine Spende hilft …", "Unterstütze das
	// Projekt:"; not a sentence about giving ("… or donate to a charity in guests' names")
	{[]string{"donat", "spende", "unterstütz"}, boiler(`(?:.{0,200}[.!?]\s+)?(?:please )?donate (?:now|today|here|to|via|what you can|securely)\b.{0,250}|.{0,200}\b(?:support us by donating|please (?:consider )?(?:donating|making a donation)|(?:your|any|every) (?:[\pL-]+ ){0,3}(?:donations?|gifts?) (?:plays?|helps?|keeps?|makes?|allows?|supports?|funds?|goes)\b).{0,250}|jede (?:kleine |noch so kleine )?spende (?:hilft|zählt)\b.{0,200}|(?:jetzt )?(?:unterstütze|unterstützen sie) (?:das projekt|uns|unsere arbeit)\s*[:!.]?`)},
	// … and the box that sells the rest: "This article is exclusive to STAT+ subscribers", "Unlock
	// this article — plus in-depth analysis …", "Become a paid subscriber to Every to unlock this
	// piece and learn about:", "This story is only available to members"
	{[]string{"unlock", "subscribers", "members"}, boiler(`(?:this|the) (?:article|story|piece|post|content) is (?:exclusive|only available|available only|reserved) (?:to|for) (?:[\pL\d+&.'’-]+ ){0,3}(?:subscribers|members)\b.{0,150}|unlock (?:this |the (?:full |whole |rest of the )?)(?:article|story|piece|post)\b.{0,200}|(?:become|upgrade to|subscribe as) an? (?:paid |premium )?(?:subscriber|member)\b.{0,80}\bunlock\b.{0,150}`)},
	// news-app promos
	{[]string{"latest news", "latest stories", "latest updates", "breaking news", "breaking stories", "breaking updates"}, boiler(`.{0,100}\b(?:latest|breaking) (?:news|stories|updates)\b.{0,80}\b(?:download|get|install|with|on|in) (?:the|our) (?:free )?(?:[\pL\d.'’-]+ ){0,3}apps?\b.{0,80}`)},
	// newsletter pitches in German: "… direkt in dein Postfach!"
	{[]string{"postfach"}, boiler(`.{0,150}\b(?:direkt|bequem|kostenlos|jede woche|wöchentlich|täglich) (?:in (?:dein|ihr|euer) )?(?:e-mail-)?postfach\b.{0,60}`)},
	// cookie and privacy notices in other languages
	{[]string{"cookie", "privatsphäre"}, boiler(`.{0,60}\b(?:wir (?:verwenden|nutzen|setzen) cookies|(?:verwenden|nutzen|setzen) wir cookies|diese (?:website|webseite|seite) (?:verwendet|nutzt) cookies|nous utilisons des cookies|(?:utilizamos|usamos) cookies|utilizziamo (?:i )?cookie|używamy (?:plików )?cookies|wir respektieren (?:deine|ihre) privatsphäre|wir können cookies anfordern|wie wir cookies (?:verwenden|nutzen|einsetzen)|notwendige (?:website-? ?)?cookies|klicken sie auf die verschiedenen kategorien|we may request cookies|how we use cookies|click on the different category headings|(?:da )?diese cookies (?:sind|sammeln|werden|helfen|ermöglichen)|die folgenden cookies|wenn sie cookies ablehnen|cookies? zu (?:aktivieren|deaktivieren))\b.{0,1000}`)},
	// disclaimers: no advice given, no responsibility for what others say
	{[]string{"advice", "not responsible"}, boiler(`.{0,100}\b(?:(?:does|do) not (?:offer|provide|give|constitute) (?:\pL+ ){0,2}(?:medical|legal|financial|investment|professional) advice|(?:is|are) not responsible for the (?:opinions|content|views|statements)|(?:is|are) not (?:intended|meant) (?:as|to be|to replace) (?:a substitute for )?(?:\pL+ ){0,2}(?:medical|legal|financial|investment|professional) advice)\b.{0,300}`)},
	// the publisher's note on its own editorial standards, under the body or its byline: a line
	// that opens pointing to them ("Learn more about our editorial process.", "Explore our Editorial
	// Policy to learn more about …", a bare "our editorial policy") or says how the site picks its
	// sources ("Health.com uses only high-quality sources, … Read our editorial process to learn
	// more …", "Healthline has strict sourcing guidelines and relies on peer-reviewed studies, …").
	// Not a reviewer's own statement of independence that ends pointing to them ("Like all …
	// journalists, I review and test products with complete editorial independence. … Read more
	// about our editorial standards."), which annotators keep
	{[]string{"editorial", "sourcing guidelines", "high-quality sources"}, boiler(`(?:read|learn more about|explore|see|review|check out|read more about|learn about) our (?:editorial|sourcing|fact-checking) (?:process|polic(?:y|ies)|guidelines|standards|principles)\b.{0,250}|.{0,100}\b(?:(?:has|have|follows?) strict (?:sourcing|editorial) (?:guidelines|standards|polic(?:y|ies))|uses only high-quality sources)\b.{0,400}|(?:our |read our )?editorial (?:process|polic(?:y|ies)|guidelines|standards)[.!]?`)},
	// disclaimers: "… is intended for general informational purposes only", "This material has
	// been prepared for informational purposes only", "… is designed for informational purposes",
	// "This article is intended for educational and informational purposes only …", "This
	// article is for informational purposes."
	{[]string{"informational purposes", "information purposes"}, boiler(`.{0,300}\b(?:is|are|has been|have been) (?:intended|designed|provided|prepared|meant|offered|published) (?:solely |only |purely )?for (?:general )?(?:educational (?:and|or) )?information(?:al)? purposes\b.{0,500}|.{0,100}\b(?:this|the) (?:article|post|content|page|information|material|blog)\b.{0,20}\b(?:is|are) (?:solely |only |purely )?for (?:general )?(?:educational (?:and|or) )?information(?:al)? purposes\b.{0,500}`)},
	// the publication's pitch for itself: its current issue on sale ("Die aktuelle Ausgabe der
	// L-MAG jetzt an jedem Bahnhofskiosk, im Abo, als e-Paper … erhältlich", "Le nouveau numéro
	// est disponible en kiosque"), an invitation to subscribe to it ("Zapraszamy też do
	// subskrypcji tygodnika …"), a question closed by "Sign up here" ("Do you want to be
	// informed of DiEM25's actions? Sign up here"); not a sentence about an issue or a sign-up
	{[]string{"ausgabe", "heft", "subskrypcji", "prenumeraty", "sign up here", "numéro"}, boiler(`(?:die |unsere )?(?:aktuelle|neue|neueste) (?:ausgabe|heft)\b.{0,100}\b(?:kiosk|im abo|als e-paper|im handel)\b.{0,150}|.{0,100}\b(?:zapraszamy|zachęcamy)\b.{0,20}\bdo (?:subskrypcji|prenumeraty)\b.{0,200}|.{0,150}\?\s*sign up here[.!]?|(?:le |notre )?(?:nouveau|dernier) numéro\b.{0,80}\b(?:en kiosque|est disponible)\b.{0,150}`)},
	// a blog post's meta line, in the languages blogs are written in: the date and "filed
	// under" its categories ("Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter
	// Linux, Tutorials. Kommentare …", WordPress's German "… und ist abgelegt unter …"), or the
	// date, "|" and a categories label ("January 13, 2020 at 08:45 AM | categories: Python,
	// Mercurial | View Comments")
	{[]string{"abgelegt unter", "filed under", "categories:", "category:", "kategorien:", "kategorie:", "catégories :", "catégories:", "categorías:"}, boiler(`.{0,80}\d.{0,80}\b(?:und (?:ist )?abgelegt unter|and (?:is )?filed under)\b.{0,300}|.{0,60}\d{4}.{0,40}\|\s*(?:categories|category|kategorien|kategorie|catégories|categorías)\s*:.{0,200}`)},
	// WordPress's post footer
	{[]string{"this entry was posted"}, boiler(`this entry was posted (?:in|on|by)\b.{0,200}`)},
	// "follow us" in other languages
	{[]string{"síguenos", "siguenos", "suivez-nous", "folge uns", "folgen sie uns", "seguici"}, boiler(`(?:síguenos|siguenos|suivez-nous|folge uns|folgen sie uns|seguici)\b.{0,200}`)},
	// a PHP warning printed into the page: "Warning: Creating default object … in /www/…/classes.php on line 407"
	{[]string{"on line"}, boiler(`(?:php )?(?:warning|notice|deprecated|strict standards|fatal error|parse error)\s*:.{1,300}\bon line \d+\.?`)},
	// "all information without guarantee"
	{[]string{"ohne gewähr"}, boiler(`\(?(?:alle )?(?:angaben|informationen|preise) ohne gewähr\)?[.!]?`)},
	// sponsored-post disclosures in German ("*Werbung. Dieser Beitrag enthält Werbung für …")
	{[]string{"enthält werbung", "enthält unbezahlte werbung", "enthält affiliate"}, boiler(`.{0,40}\b(?:dieser|der) (?:beitrag|artikel|post|text) enthält (?:unbezahlte |unbeauftragte )?(?:werbung|affiliate-links?)\b.{0,200}`)},
	// the opinion disclaimer under a column
	{[]string{"meinung des autors", "meinung der autorin", "views expressed", "opinions expressed"}, boiler(`.{0,80}\b(?:gibt (?:die|ausschließlich die) meinung (?:des autors|der autorin)|(?:the )?(?:views|opinions) expressed (?:in this (?:article|post|piece|column|commentary) )?(?:are|were) (?:those of the (?:author|writer)s?|the (?:author|writer)'?s? own|solely those of)\b).{0,200}`)},
	// the licence line of an openly licensed text
	{[]string{"cc-by", "cc by", "creative commons"}, boiler(`.{0,160}\b(?:lizenz|license|licence|licensed|lizenziert|distributed under|veröffentlicht unter)\b.{0,60}\b(?:cc[- ]by(?:[- ][a-z]{2})*(?:[- ]\d\.\d)?|creative commons)\b.{0,300}`)},
	// a template's placeholder text, left in a module the page does not show
	{[]string{"lorem ipsum"}, boiler(`.{0,200}\blorem ipsum\b.{0,1000}`)},
	// share and print buttons with their screen-reader labels (WordPress/Jetpack's "Click to share
	// on X (Opens in new window)", "Click to email a link to a friend"), a link's bare "(opens in a
	// new tab)" label, and Jetpack's like widget ("Like this:", "Like Loading...")
	{[]string{"opens in", "open in", "like this", "like loading", "click to"}, boiler(`(?:.{0,60}\s)?\(opens? in (?:a )?new (?:window|tab)\)\.?|\(?opens? in (?:a )?new (?:window|tab)\)?\.?|like this\s*:|like loading(?:\.*|…)|click to (?:share on [\pL\d.+ ]{1,20}|print|email (?:a link|this)(?: to a friend)?)\.?`)},
	{[]string{"this article", "this story", "an earlier version"}, boiler(`(?:this (?:article|story) (?:was|has been) (?:originally )?(?:published|updated|corrected)|an earlier version of this (?:article|story))\b.{0,200}`)},
	// … and in the other languages: where the piece comes from or who checked it ("Dieser
	// Beitrag stammt aus Ausgabe 7/2019 der Technology Review. Das Heft ist … im Handel
	// erhältlich", "Bei diesem Beitrag handelt es sich um ein Blog aus der Freitag-Community",
	// "Dieser Text entspricht den Vorgaben der ärztlichen Fachliteratur …", "Cet article a été
	// publié initialement dans …", "Este artículo fue publicado originalmente en …"); only the
	// piece speaking of itself ("dieser", "cet"), not an article about a paper ("Der Artikel
	// erschien in Nature")
	{[]string{"dieser beitrag", "dieser artikel", "dieser text", "diesem beitrag", "diesem artikel", "diesem text", "cet article", "este artículo", "questo articolo"}, boiler(`(?:dieser (?:beitrag|artikel|text) (?:stammt aus|erschien (?:zuerst |erstmals |ursprünglich )?(?:in|auf|bei|im)|ist (?:zuerst |erstmals |ursprünglich )?(?:in|auf|bei|im)\b.{0,80}\berschienen|entspricht den vorgaben|wurde (?:von [\pL ]{1,40})?(?:medizinisch |ärztlich |fachlich )?geprüft)|bei diesem (?:beitrag|artikel|text) handelt es sich um|cet article (?:a été|est) (?:initialement |originellement |d'abord |précédemment )?(?:publié|paru)|este artículo (?:fue|ha sido) (?:publicado|escrito) (?:originalmente|inicialmente|primero)|questo articolo è stato (?:originariamente |inizialmente )?pubblicato)(?:\s.{0,300})?[.!:]?`)},
}

// signUpRules are the boilerRules of a sign-up box set inside the
// article: in a text dump its lines go, but do not split the body around
// the box (signUpLine).
var signUpRules = []boilerRule{
	// a newsletter box's pitch, consent line and thanks (CBS, Space.com, Quanta, USA Today,
	// Substack, Mashable …): "Thanks for signing up!", "No spam, we promise. You can unsubscribe at
	// any time …", "Get Quanta Magazine delivered to your inbox", "ECO-ACTION IN YOUR INBOX!",
	// "Keep an eye on your inbox for …", "Thanks for reading X! Subscribe for free to receive new
	// posts", "By checking this box, you agree to receive marketing emails …", "I agree that CBS
	// Sports can send me the … newsletter"
	{[]string{"for signing up", "for subscribing"}, boiler(`(?:thanks?|thank you)(?: so much)?!? for (?:signing up|subscribing)\b.{0,200}`)},
	{[]string{"unsubscribe"}, boiler(`.{0,200}\bunsubscribe (?:at any time|anytime)\b.{0,200}`)},
	{[]string{"no spam"}, boiler(`(?:.{0,30}[.!]\s+)?no spam(?:[,.!]|,? (?:ever|we promise|guaranteed)).{0,150}`)},
	{[]string{"inbox"}, boiler(`.{0,150}\b(?:get|sign up|subscribe|newsletters?|join|the best of)\b.{0,100}\b(?:deliver(?:ed|s)?|sent|straight|direct(?:ly)?|right) (?:\S+ ){0,4}?(?:to|in|into) (?:your|their) (?:e-?mail )?inbox(?:es)?\b.{0,150}|(?:[^.!?]{0,80}[.!?]\s+)?(?:(?:sign up to )?(?:get|receive) .{0,60}|(?:[\pL\d'’&-]+[ -]){0,4})in your inbox[.!]?|(?:(?:thank you|thanks)!?\s+)?(?:please )?(?:keep an eye on your (?:e-?mail )?inbox|check your (?:e-?mail )?inbox now)\b.{0,150}`)},
	{[]string{"thanks for reading", "feel free to share"}, boiler(`thanks for reading\b[^.!?]{0,80}[!.]\s*(?:subscribe|this post is public)\b.{0,150}|this post is public so feel free to share it\.?`)},
	// the box's prompt for an address: "Enter your email address to subscribe to this blog and
	// receive notifications of new posts by email", "Enter your email below to receive … news,
	// updates, and promotions:", "Enter your email to unlock an extra $25 off …"; WordPress.com's
	// and Substack's "Discover more from <the blog>"
	{[]string{"enter your", "discover more from"}, boiler(`enter your (?:e-?mail|email address|e-mail address)\b.{0,200}|discover more from [\pL\d].{0,60}`)},
	// newsletter pitches and consent lines in German: "Unser kostenloser Newsletter informiert Sie über
	// unsere neuesten Beiträge.", "Mit der Anmeldung stimme ich der Bearbeitung meiner Daten zu",
	// "Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen …" (WordPress)
	{[]string{"newsletter", "anmeldung", "e-mail-adresse ein", "ihre e-mail"}, boiler(`(?:unser|der) (?:kostenlose[rn]? |wöchentliche[rn]? |tägliche[rn]? |monatliche[rn]? )?newsletter (?:informiert|hält|bringt|liefert)\b.{0,200}|mit (?:der|ihrer|deiner) anmeldung (?:zum newsletter )?(?:stimme ich|stimmen sie|stimmst du|erkläre ich|akzeptiere ich)\b.{0,300}|(?:gib deine|geben sie ihre) e-mail(?:-adresse)? ein\b.{0,200}`)},
	{[]string{"by checking", "by entering", "by signing up", "by subscribing", "by clicking", "i agree", "i have read"}, boiler(`(?:by (?:checking this box|entering your (?:e-?mail|email address)|signing up|subscribing|clicking (?:subscribe|sign up|submit))|i agree|i have read)\b.{0,80}\b(?:receive|send me|newsletters?|e-?mails|marketing)\b.{0,300}`)},
}

func boiler(pattern string) *regexp.Regexp { return regexp.MustCompile(`^(?:` + pattern + `)$`) }

// isBoilerLine reports whether the line, lower-cased, matches a boilerRule.
func isBoilerLine(l string) bool { return matchBoilerRule(l) >= 0 }

// signUpLine reports whether a line is one of a sign-up box's (a row of
// signUpRules).
func signUpLine(l string) bool {
	if len(l) > maxBoilerLine {
		return false
	}
	return matchBoilerRule(l) >= len(pageBoilerRules)
}

// matchBoilerRule returns the index of the boilerRule the line matches
// lower-cased, or -1. It looks for the rules' words in the line's bytes
// with ASCII letters folded to lower case, and lower-cases the line only
// to run a rule (strings.ToLower of every line was a fifth of reading a
// text dump): when no rune outside ASCII changes case, the folded bytes
// are those of strings.ToLower; else the line is lower-cased first.
func matchBoilerRule(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			if !lowerOutsideASCII(s[i:]) {
				s = strings.ToLower(s)
			}
			break
		}
	}
	lower := ""
	var tried [64]bool // by rule
	for i := 0; i+1 < len(s); i++ {
		b0, b1 := asciiLower[s[i]], asciiLower[s[i+1]]
		if boilerPairs[b0][b1>>6]&(1<<(b1&63)) == 0 {
			continue // no word starts with these two bytes
		}
		third := -1
		if i+2 < len(s) {
			third = int(asciiLower[s[i+2]])
		}
		if h := boilerHash(b0, b1, third); boilerTriples[h>>6]&(1<<(h&63)) == 0 {
			continue // nor with these three
		}
		for _, w := range boilerByByte[b0] {
			if !tried[w.rule] && hasLowerPrefix(s[i:], w.word) {
				tried[w.rule] = true
				if lower == "" {
					lower = strings.ToLower(s)
				}
				if boilerRules[w.rule].re.MatchString(lower) {
					return w.rule
				}
			}
		}
	}
	return -1
}

// asciiLower maps a byte to its lower case if it is an ASCII capital, else
// to itself.
var asciiLower = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// hasLowerPrefix reports whether s starts with the lower-case word w, ASCII
// capitals in s read as lower case.
func hasLowerPrefix(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if asciiLower[s[i]] != w[i] {
			return false
		}
	}
	return true
}

// lowerOutsideASCII reports whether every rune of s outside ASCII is its
// own lower case (curly quotes, dashes, accented small letters; not É).
func lowerOutsideASCII(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.ToLower(r) != r {
			return false
		}
		i += n
	}
	return true
}

// boilerByByte lists the boilerRules' words by their first byte, so that
// one pass over a line finds which rules to run (40 strings.Contains per
// paragraph were a fifth of reading a text dump).
var boilerByByte = func() (t [256][]struct {
	word string
	rule int
}) {
	if len(boilerRules) > 64 {
		panic("isBoilerLine: more than 64 boilerRules")
	}
	for i, r := range boilerRules {
		for _, w := range r.words {
			t[w[0]] = append(t[w[0]], struct {
				word string
				rule int
			}{w, i})
		}
	}
	return t
}()

// boilerPairs holds the first two bytes of the boilerRules' words, as bits
// (boilerPairs[b0][b1>>6] bit b1&63): most bytes of a line start no word,
// and the test costs less than looking.
var boilerPairs = func() (t [256][4]uint64) {
	for _, r := range boilerRules {
		for _, w := range r.words {
			if len(w) < 2 {
				panic("isBoilerLine: a boilerRules word of less than two bytes")
			}
			t[w[0]][w[1]>>6] |= 1 << (w[1] & 63)
		}
	}
	return t
}()

// boilerTriples holds the first three bytes of the boilerRules' words,
// hashed (boilerHash), as bits; a word of two bytes sets every third and
// the end of the line.
var boilerTriples = func() (t [1024]uint64) {
	set := func(h uint) { t[h>>6] |= 1 << (h & 63) }
	for _, r := range boilerRules {
		for _, w := range r.words {
			if len(w) > 2 {
				set(boilerHash(w[0], w[1], int(w[2])))
				continue
			}
			for c := -1; c < 256; c++ {
				set(boilerHash(w[0], w[1], c))
			}
		}
	}
	return t
}()

// boilerHash hashes two bytes and a third (-1: the end of the line) into
// 16 bits.
func boilerHash(b0, b1 byte, b2 int) uint {
	return (uint(b0)<<10 ^ uint(b1)<<5 ^ uint(b2+1)) & 0xFFFF
}

// isFurnitureLine reports whether a trimmed line is page furniture (callers
// protect long sentences from furnitureLine; see isBoilerSentence).
func isFurnitureLine(s string) bool { return furnitureIn(s, false) }

// furnitureIn is isFurnitureLine for a line of a page stated to be in
// English (english), whose furniture is matched in English only.
func furnitureIn(s string, english bool) bool {
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
	re := furnitureLineAny
	if english {
		re = furnitureLine
	}
	return len(s) <= 200 && (re.MatchString(l) || labelLine(l, english)) || isBoilerLine(l)
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// countWords counts the Unicode \w+ runs of s (letters, digits, marks and
// underscores).
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var w bool
		if c := s[i]; c < utf8.RuneSelf {
			w = asciiWord[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			w = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
			i += size
		}
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// asciiWord marks the ASCII bytes of \w.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return t
}()

// endsSentence reports whether s ends like a sentence (., ?, ! maybe
// followed by closing quotes or brackets).
func endsSentence(s string) bool {
	s = trimNoteMarks(s)
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

// trimNoteMarks cuts the note marks off the end of a sentence: a
// reference's number in brackets, one or several ("… to futile
// results.[2]", "… over and over.[8][9][10]"), as encyclopedias, papers and explainers set them.
func trimNoteMarks(s string) string {
	for strings.HasSuffix(s, "]") {
		i := strings.LastIndexByte(s, '[')
		if i < 0 || len(s)-i < 3 || len(s)-i > 5 {
			return s
		}
		for _, c := range s[i+1 : len(s)-1] {
			if c < '0' || c > '9' {
				return s
			}
		}
		s = strings.TrimRight(s[:i], " ")
	}
	return s
}

// maxBoilerLine is the longest line isBoilerSentence tests: the longest
// that a boilerRule can match (a cookie notice, a disclaimer of several
// sentences, placeholder text). A longer one is a paragraph.
const maxBoilerLine = 1200

// isBoilerSentence reports lines that are boilerplate at any length.
func isBoilerSentence(s string) bool {
	return len(s) <= maxBoilerLine && matchBoilerRule(s) >= 0
}
