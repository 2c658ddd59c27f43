package ingest

import "testing"

// TestFurnitureLineIntl: the furniture lines of pages in other languages
// than English, and lines that look alike but are article text.
func TestFurnitureLineIntl(t *testing.T) {
	for _, tt := range []struct {
		line      string
		furniture bool
	}{
		{"Möchten Sie den Artikel teilen?", true},
		{"Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern. Melde dich hier für unseren Newsletter an!", true},
		{"Puede escribirnos a redaccion@example.com o seguirnos en Facebook, Twitter o suscribirse aquí a nuestra newsletter.", true},
		{"Abonnez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité.", true},
		{"Schrijf je in voor onze nieuwsbrief en mis geen enkel verhaal.", true},
		{"Der Newsletter des Ministeriums erschien 2019 zum ersten Mal und erreicht heute 40.000 Leser.", false},
		{"El diario lanzó una newsletter semanal sobre el clima en 2021, con 12.000 suscriptores.", false},
		{"Lea también: Impiden ingreso a Nicaragua a reportero y camarógrafo estadounidense", true},
		{"Mire: El cantante Juan Luis Guerra da positivo a COVID-19", true},
		{"Czytaj też: Rosja grozi odcięciem gazu", true},
		{"À lire aussi : la réforme des retraites adoptée", true},
		{"Veröffentlicht in: Allgemein, Gedanken", true},
		{"Teilen Sie dies mit:", true},
		{"Teile diesen Beitrag auf", true},
		{"Wir können Cookies anfordern, die auf Ihrem Gerät eingestellt werden. Wir verwenden Cookies, um uns mitzuteilen, wenn Sie unsere Websites besuchen.", true},
		{"Wie wir Cookies verwenden", true},
		{"Diese Cookies sind unbedingt erforderlich, um Ihnen die auf unserer Webseite verfügbaren Dienste und Funktionen zur Verfügung zu stellen.", true},
		{"We may request cookies to be set on your device. We use cookies to let us know when you visit our websites.", true},
		{"Die Bäckerei verkauft jeden Tag 500 Cookies, sagte die Inhaberin am Montag.", false},
		{"Bild: Jahr Media", true},
		{"Jäger im Revier bei Sonnenaufgang (Quelle: Fleischmann/Unsplash/DJV)", true},
		{"Unser kostenloser Newsletter informiert Sie über unsere neuesten Beiträge.", true},
		{"Mit der Anmeldung stimme ich der Bearbeitung meiner Daten zu.", true},
		{"Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail Benachrichtigungen über neue Beiträge zu erhalten.", true},
		{"Bildung bleibt Ländersache, sagte die Ministerin am Montag.", false},
		{"Der Newsletter des Vereins erschien 2019 zum ersten Mal und erreicht heute 4.000 Leser.", false},
		{"Lea el informe completo en la página del ministerio, dijo el portavoz.", false},
		{"Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!", true},
		{"Zeige 1 bis 10 (von insgesamt 19 Artikeln)", true},
		{"Artikel 1 - 12 von 40", true},
		{"Showing 1–12 of 45 results", true},
		{"Showing all 5 results", true},
		{"Kontakt", true},
		{"Impressum", true},
		{"Es werden 1 bis 10 Prozent der Kosten erstattet, sagte die Kasse am Montag.", false},
		{"Showing 12 of the 45 paintings for the first time, the museum reopens on Friday.", false},
		{"Veröffentlichung: 2. Februar 2022", true},
		{"Veröffentlicht am 14.03.2021, 10:15 Uhr", true},
		{"Publié le 3 mai 2020 à 18h02", true},
		{"Actualizado: 12/04/2022 09:30", true},
		{"Kategorie: News", true},
		{"Catégories : Politique, Europe", true},
		{"Von:", true},
		{"Por:", true},
		{"Release Date:", true},
		{"By:", true},
		{"Last Updated:", true},
		{"Published on:", true},
		{"Written by", true},
		{"Blog", true},
		{"Posts", true},
		{"Written by hand, the letters reached the council in March.", false},
		{"Blog posts like this one drew 2,000 readers a week.", false},
		{"Von der Leyen sagte am Montag, die Kommission werde 20 Milliarden bereitstellen.", false},
		{"Veröffentlicht wurde die Studie 2019 in der Zeitschrift Nature.", false},
		{"Por tercer año consecutivo, la inflación supera el 5 por ciento.", false},
		{"Kategorie B der Gefängnisse ist für 300 Insassen ausgelegt", false},
		{"By the numbers: 12 of 15 schools reopened", false},
		{"Alle Nachrichten zum Naturschutz in Bayern", true},
		{"Alle Artikel zu unseren Recherchen", true},
		{"Tous les articles sur la guerre en Ukraine", true},
		{"Todas las noticias de Cataluña", true},
		{"Alle Artikel zu dem Thema wurden 2019 in einem Band gesammelt, der 400 Seiten hat.", false},
		{"Alle Nachrichten waren falsch", false},
		{"Jetzt teilen!", true},
		{"Artikel gefallen? Vergiss nicht zu teilen!", true},
		{"Den Artikel mit anderen teilen/diskutieren:", true},
		{"Partager cet article", true},
		{"Compartir en Facebook", true},
		{"Auch interessant...", true},
		{"Das Thema könnte dich auch interessieren:", true},
		{"Weitere Artikel zum Thema", true},
		{"Zum Weiterlesen:", true},
		{"Lust auf mehr?", true},
		{"À lire aussi", true},
		{"Te puede interesar", true},
		{"Leggi anche:", true},
		{"Czytaj także:", true},
		{"- Anzeige -", true},
		{"Publicidad", true},
		{"Keine Kommentare", true},
		{"3 Kommentare", true},
		{"Lade weitere Inhalte", true},
		{"Cargar más", true},
		{"Kontakt:", true},
		{"Quelle: Deutscher Jagdverband (DJV)", true},
		{"Beitragsbild", true},
		{"Table of Contents", true},
		{"Inhaltsverzeichnis", true},
		{"Table of Content", true},
		{"Table of Contents ▼", true},
		{"Table of Contents Show", true},
		{"Table of Contents[Hide][Show]", true},
		{"Inhaltsverzeichnis [Ausblenden]", true},
		{"Skip to main contentSkip to footer", true},
		{"Skip to main content Skip to footer", true},
		{"Skip to the content", true},
		{"Skip To Main", true},
		{"Skip to:", true},
		{"Skip to Chunk 4 without Chunk 2, and you’ll be lost when parsing breaks.", false},
		{"Skip to the end if you only want the verdict", false},
		{"Jump to navigation Jump to search", true}, // MediaWiki's
		{"Jump to navigationJump to search", true},
		{"Jump to content", true},
		{"Jump to search results for the county's school ratings, the guide said.", false},
		{"The table of contents shows 12 chapters", false},
		{"Contents hidden in the attic were sold for $4,000.", false},
		{"Discussion about this post", true},
		{"Ready for more?", true},
		{"3 days ago", true},
		{"Loading…", true},
		{"[ LOADING]", true},
		{"Loading paragraph...", true},
		{"Loading prices for your region…", true},
		{"(please wait)", true},
		{"Wird geladen …", true},
		{"Chargement des commentaires...", true},
		{"top of page", true},
		{"Back to top of page ↑", true},
		{"bottom of page", true},
		{"Thank you! Your submission has been received!", true},
		{"Oops! Something went wrong while submitting the form.", true},
		{"LET'S TALK.", true},
		{"Let’s chat", true},
		{"GET IN TOUCH WITH ONE OF OUR EXPERTS", true},
		{"Need more help?", true},
		{"Not sure which plan is right for you?", true},
		{"INTERESTED IN APPLYING THE WATERFALL MODEL FOR YOUR NEXT PROJECT?", true},
		{"Have an exciting app idea?", true},
		{"What is your project?", true},
		{"Book A Demo Today!", true},
		{"Request a free consultation", true},
		{"SCROLL FOR MORE", true},
		{"Tell us about your project", true},
		{"TELL US MORE ABOUT YOUR BUSINESS", true},
		{"Tell us about your idea!", true},
		{"Tell us about your project and its budget, the firm asked in its tender of May.", false},
		{"Contact us by email:", false},
		{"Ready to take your project further? Here are three more ideas to get you started.", false},
		{"Get in touch with your feelings, the therapist said, and the rest will follow.", false},
		{"Not sure yet, the minister said.", false},
		{"Reviewed by Dr. Toni Golen, MD, Editor in Chief", true},
		{"Medically reviewed by Jane Roe, RN", true},
		{"Fact checked by Sam Lee", true},
		{"Edited By: Jovana Novak", true},
		{"Reviewed by the board in March, the plan was approved by the council on Tuesday.", false},
		{"Lorem ipsum 2", true},
		{"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.", true},
		{"Sample text: lorem ipsum dolor sit amet.", true},
		{"Loading Initial Program Loader", false},
		{"Loading speeds can be slower compared to competitors.", false},
		{"Loading, transport, and unloading of household belongings", false},
		{"The top of page one carried the mayor's letter.", false},
		{"Weitere Informationen:", true},
		{"Weitere interessante Informationen", true},
		{"Mehr Informationen zum Thema", true},
		{"Plus d'informations :", true},
		{"Sobald weitere Informationen vorliegen, berichten wir.", false},
		{"Warning: Creating default object from empty value in /www/htdocs/w0094d70/wp-includes/classes.php on line 407", true},
		{"Deprecated: Function create_function() is deprecated in /var/www/html/wp-content/plugins/x/y.php on line 12", true},
		{"(Alle Angaben ohne Gewähr)", true},
		{"Preise ohne Gewähr.", true},
		{"*Werbung. Dieser Beitrag enthält Werbung für eine Modemarke.", true},
		{"Dieser Artikel enthält Affiliate-Links.", true},
		{"Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.", true},
		{"The views expressed in this article are those of the author and do not necessarily reflect the position of the institute.", true},
		{"Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.", true},
		{"This is an open access article distributed under the terms of the Creative Commons Attribution License, which permits unrestricted use.", true},
		{"The warning came at 10 a.m.: the river would crest on the second line of defence by noon.", false},
		{"The views expressed by voters in the survey were mixed, the pollster said.", false},
		{"The photos, licensed under Creative Commons, show the flooded square; the city used them in its report on the storm.", true},
		{"Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", true},
		{"Tags", true},
		{"Schlagwörter:", true},
		{"Externer Inhalt", true},
		{"Externe Inhalte anzeigen", true},
		{"Externer Inhalt des Vertrags blieb geheim, sagte die Ministerin.", false},
		{"3 MIN. READ", true},
		{"Show Caption", true},
		{"Hide transcript", true},
		{"Contents of the report were leaked to reporters on Monday, officials said.", false},
		{"More information:", false},
		{"Die Stadt will den Artikel teilen, sagte der Bürgermeister am Dienstag vor dem Rat.", false},
		{"Weitere Artikel über die Wahl folgen in den nächsten Wochen, kündigte die Redaktion an.", false},
		{"Anzeigen gegen den Betreiber wurden im Mai erstattet.", false},
	} {
		if got := isFurnitureLine(tt.line); got != tt.furniture {
			t.Errorf("isFurnitureLine(%q) = %v, want %v", tt.line, got, tt.furniture)
		}
	}
}

// TestBoilerSentences: boilerplate that reads like a sentence (paywall
// notices, app and newsletter pitches, cookie notices in other languages,
// disclaimers), and article sentences that share their words.
func TestBoilerSentences(t *testing.T) {
	for _, tt := range []struct {
		line   string
		boiler bool
	}{
		{"To view the full story, please subscribe to The Daily Courier. You can choose an annual subscription or a weekly pass.", true},
		{"To read the full article, become a member today for less than a coffee a week and support local reporting.", true},
		{"Subscribe now to our digital edition for the full story.", true},
		{"If you're seeing this message but you're already a subscriber, you can log in for immediate access to this story.", true},
		{"This article is exclusive to STAT+ subscribers", true},
		{"Follow us on Telegram, Facebook, Instagram, YouTube and X for the latest news and updates.", true},
		{"*** Follow me on Instagram or Facebook for a daily moment of travel inspiration ***", true},
		{"Catch up on our coverage of tech and tools, and follow us on Facebook and TikTok to stay up to date.", true},
		{"Join me on TikTok: @thehousemaven", true},
		{"Want more DIY projects? Follow me on Pinterest to see what I'm pinning.", true},
		{"The senator told supporters to follow him on a march to the capitol on Sunday.", false},
		{"Welcome to the report. I spent 18 years at a tech magazine, then worked in strategic communications at three software companies. I invite you to subscribe, share, comment, and connect with me on LinkedIn.", false},
		{"No credit card required.", true},
		{"14 day free trial, no credit card required", true},
		{"FREE TRIAL Credit Card Not Required", true},
		{"Get started today", true},
		{"Start your 30-day free trial with Acme Books today!", true},
		{"Start a free trial", true},
		{"The platform offers a 30-day free trial to test their service.", false},
		{"You can try it free for 30 days, no credit card required, and cancel at any time.", false},
		{"Free trial available", false},
		{"Want to support the Night Owl blog? Donate to or join my Ko-fi!", true},
		{"Support Linux Gizmos! Donate via PayPal or become a patron.", true},
		{"Our interviews are expensive to produce. If you've enjoyed this one, please support us by donating a small amount.", true},
		{"Your one-off or monthly donations help keep our reporting free for everyone.", true},
		{"Honor a nurse this spring. Donate now and your gift will be matched!", true},
		{"Jede kleine Spende hilft den Menschen in Not!", true},
		{"Unterstütze das Projekt:", true},
		{"Replace favours with cards or donate to a charity in the guests' names.", false},
		{"When I upgrade, I donate what I'm replacing to the school.", false},
		{"Viewers can support streamers with subscriptions, donations or gifted subs.", false},
		{"Die Spende von 2 Millionen Euro half dem Krankenhaus 2020 beim Neubau.", false},
		{"This story is only available to Insider members. Join today for full access.", true},
		{"Unlock this article — plus in-depth analysis, newsletters, premium events, and news alerts.", true},
		{"Become a paid subscriber to Every to unlock this piece and learn about:", true},
		{"Upgrade to a premium member to unlock the full story and our archive of 20 years.", true},
		{"The researchers hope the new enzyme will unlock the potential of plastic recycling, the article says.", false},
		{"The club, which has 3,000 members, voted to unlock the stadium's gates for the fans.", false},
		{"For the latest stories and breaking news updates download the Island News apps for iOS and Android.", true},
		{"Get the latest news straight to your phone with the Harbour Times app.", true},
		{"Receive our monthly newsletter to stay on top of the latest articles and announcements from the institute.", true},
		{"Join our weekly newsletter and never miss a story.", true},
		{"Aktuelle Stories und die wichtigsten News für Marketeers direkt in dein Postfach!", true},
		{"Die besten Rezepte jede Woche in Ihr Postfach – jetzt anmelden.", true},
		{"Wir verwenden Cookies, um unsere Website und Dein Shopping-Erlebnis zu verbessern. Erkläre Dich damit einverstanden, indem Du auf „OK“ klickst.", true},
		{"Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site.", true},
		{"Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.", true},
		{"The Postpartum Party does not offer medical advice, services, or treatments to its clients; contact your doctor with any concern.", true},
		{"This site is not intended as a substitute for professional medical advice, diagnosis or treatment.", true},
		{"NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.", true},
		{"By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation.", true},
		{"We use analytics to learn how we can improve your experience. By continuing to browse the site you're agreeing to our use of cookies.", true},
		{"The store will not work correctly when cookies are disabled.", true},
		{"example.dev uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.", true},
		{"Acme and its partners use cookies to collect and analyse information about the users of this website.", true},
		{"This website and our partners use and set cookies on your device. Review our Terms of Use.", true},
		{"These cookies are necessary for the website to function and cannot be switched off in our systems.", true},
		{"Um unser Angebot nutzerfreundlicher zu machen, nutzen wir Cookies. Wenn Sie OK klicken, willigen Sie ein.", true},
		{"Additional compliance involves PECR in the UK for apps that use cookies or send marketing communications to users.", false},
		{"Behavioral tracking: utilize cookies and session data to track user actions across your website, including page views.", false},
		{"These cookies are soft and chewy, and they keep for a week in a tin if you hide them well enough.", false},
		{"This cookie is made with oats, raisins and a little cinnamon, and it freezes well for up to three months.", false},
		{"These cookies were baked with brown butter and sea salt, and they disappeared within an hour of the party starting.", false},
		{"Websites use cookies to remember what a visitor put in a basket, the regulator said in its report on Tuesday.", false},
		{"The content contained in this post is intended for general informational purposes only and is not meant to constitute legal or tax advice.", true},
		{"This material has been prepared for informational purposes only, and is not intended to provide, and should not be relied on for, accounting advice.", true},
		{"The information included here is designed for informational purposes only. It is not a substitute for advice from a lawyer.", true},
		{"All articles on this site are provided solely for information purposes.", true},
		{"The map is intended for hikers and is updated every spring by the park's rangers and volunteers.", false},
		{"The files were released for informational purposes, the agency said, and not as evidence in the case against him.", false},
		{"Disclaimer: This article is intended for educational and informational purposes only and is not a substitute for medical advice.", true},
		{"This article is for informational purposes. This content is not legal advice, it is the expression of the author.", true},
		{"While each product featured is independently selected by our editors, we may include paid promotion. If you buy something through our links, we may earn commission.", true},
		{"If you find this helpful and buy through my links, I may receive a small commission.", true},
		{"Purchases made through links earn us a small commission, at no extra cost to you.", true},
		{"Some of the links in this article are affiliate ones.", true},
		{"Disclosure: As an Affiliate Marketer, I earn from qualifying purchases. If you click a product affiliate link on this blog and make a purchase, I may receive a commission at no additional cost to you! I own every product I recommend.", true},
		{"Real estate agents earn a commission of about 3 percent on every home they sell through the service, the report said.", false},
		{"The European Commission said on Tuesday that the links between the two banks would be reviewed before the deal closes.", false},
		{"Disclosure: the company's filing showed revenue of $2 billion and a loss in its cloud unit for the quarter.", false},
		{"Síguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo todas nuestras actualizaciones.", true},
		{"This entry was posted in General. Bookmark the permalink.", true},
		{"Protesters have worn masks to protect their identities from the cameras on every street (Image: GETTY )", true},
		{"The ring of debris around the dwarf planet, seen from the probe as it passed the moon (Credit: Getty Images)", true},
		{"A reference habitation module for a crewed Mars mission compared to its hibernation-based equivalent. Credit: ESA", true},
		{"The rocket's first stage lands on the drone ship in the Atlantic after the launch of the satellites. Photo credit: SpaceX/Handout.", true},
		{"An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)", true},
		{"Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)", true},
		{"Rep. Adam Schiff speaks during a media briefing after a House vote, October 31, 2019. (Joshua Roberts/Reuters)", true},
		{"Die Beteiligten diskutieren seit Jahren über das größte Hindernis: die elektronische Patientenakte (ePA)", false},
		{"The agency said its figures matched those of the news service (Reuters), which first reported the deal on Monday.", false},
		// article sentences
		{"The agency said the image: a blurred shot of the crater, was the first to be sent back by the probe since it woke up in March.", false},
		{"Its lenders gave the firm more credit: a loan of $2 million, repayable over five years, to keep its factory running.", false},
		{"The photographer (whose photo: a burning car, won the prize) said she had waited two days on the street for the shot.", false},
		{"For the full story, check out our in-depth review of the shoe, which we ran in for three months on roads and trails.", false},
		{"The company said it would release the full story of the breach to investors once the audit was complete next month.", false},
		{"The app, which lets users share the latest news with friends, was downloaded ten million times in its first week.", false},
		{"The doctor said the clinic does not give out advice over the phone, and that patients should come in person to be seen.", false},
		{"Die Post will die Zustellung ins Postfach bis zum Sommer neu regeln, sagte ein Sprecher am Dienstag.", false},
		{"Regulators said the cookie rules would take effect in May, two years after the law was passed by parliament.", false},
		// where the piece comes from or who checked it, the piece speaking of itself
		{"Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review. Das Heft ist ab 20.06.2019 im Handel sowie direkt im heise shop erhältlich. Highlights aus dem Heft:", true},
		{"Bei diesem Beitrag handelt es sich um ein Blog aus der Freitag-Community", true},
		{"Dieser Text entspricht den Vorgaben der ärztlichen Fachliteratur, medizinischen Leitlinien sowie aktuellen Studien und wurde von Medizinern geprüft.", true},
		{"Dieser Artikel erschien zuerst auf Zeit Online.", true},
		{"Cet article a été initialement publié dans The Conversation.", true},
		{"Este artículo fue publicado originalmente en The Conversation. Lea el original.", true},
		{"Der Artikel erschien in der Fachzeitschrift Nature und beschreibt 40 neue Arten.", false},
		{"Dieser Beitrag zur Rente stammt aus der Feder des Ministers, sagte die Sprecherin am Montag.", false},
		{"El artículo fue publicado originalmente en inglés por la revista, que tiene 2 millones de lectores.", false},
		// a blog post's meta line
		{"Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter debianforum, Linux, Tutorials, Ubuntu. Kommentare zu diesen Eintrag im RSS 2.0 Feed. Kommentare und Pings sind derzeit nicht erlaubt.", true},
		{"Dieser Eintrag wurde am 3. März 2019 veröffentlicht und ist abgelegt unter Allgemein.", true},
		{"January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments", true},
		{"12.05.2021 | Kategorie: Vereinsleben | 2 Kommentare", true},
		{"The court papers, filed under seal in 2019, named three banks and two of their former directors.", false},
		{"In 2021 the museum reorganised its categories: paintings, drawings and prints now share one room.", false},
		// the publication's pitch for itself, in the languages of the pages it was seen on
		{"Die aktuelle Ausgabe der L-MAG jetzt an jedem Bahnhofskiosk, im Abo, als e-Paper und bei Readly erhältlich.", true},
		{"Die neue Ausgabe des Magazins ist ab Donnerstag im Handel und als E-Paper erhältlich.", true},
		{"Zapraszamy też do subskrypcji tygodnika w Sieci Przyjaciół i oglądania ciekawych audycji telewizji.", true},
		{"Zachęcamy do prenumeraty naszego miesięcznika.", true},
		{"Do you want to be informed of DiEM25's actions? Sign up here", true},
		{"Want more stories like this one in your week? Sign up here.", true},
		{"Le nouveau numéro est disponible en kiosque et en version numérique dès jeudi.", true},
		{"Die aktuelle Ausgabe der Studie zeigt, dass die Zahl der Kioske in der Stadt seit 2010 um ein Drittel gesunken ist.", false},
		{"Zapraszamy na koncert, który odbędzie się w sobotę w filharmonii; bilety kosztują 40 złotych.", false},
		{"Residents who want a free tree can sign up here at the library or online until May 1, the council said.", false},
		{"Le nouveau numéro de téléphone du service client sera communiqué aux abonnés lundi.", false},
		// links to other stories between the paragraphs
		{"Related: The 15 Weirdest Galaxies in Our Universe", true},
		{"RELATED: Workout of the Week: The Hill-Tempo Sandwich", true},
		{"Related parties hold 40 percent of the shares, the filing shows.", false},
		// captions that end in the picture's credit
		{"A portrait of Queen Elizabeth II in 2004 (Picture credit: Getty)", true},
		{"The Grind by Chic Chef is a community-centric hub for exceptional coffee and space for people to work. (Photo Credit: Haley Hoekstra)", true},
		{"The violent simulated birth of a galaxy cluster where dark matter structures merge together. (Image credit: TNG Collaboration)", true},
		{"The photo credit line under the picture named the agency, the editor said.", false},
		// … by the photographer, the lender or the source, after the caption's last sentence
		{"DSLRs are great all-round digital cameras for all photography fields. Photo by: 'Neil Thomas'.", true},
		{"Guests pick their pastries from glass-enclosed cabinets. | Photo by Lisa Jennings", true},
		{"The Darien is one of the most comfortable hammocks available. – Photo Credit: Taylor Passofaro (CleverHiker.com)", true},
		{"Robert Mapplethorpe, Frank Diaz, 1980. Gelatin silver print – 50.8 × 40.6 cm. Courtesy Fortes D'Aloia & Gabriel.", true},
		{"Cindy Sherman, Untitled Film Still #21, 1978. Image courtesy the artist.", true},
		{"Jamila Norman can transform any backyard garden into a fully functioning one.courtesy of Magnolia Network.", true},
		{"I liked the grid structure since it helped me align elements when dragging new items to the page. Source: Website Builder Expert", true},
		{"Photo by Lisa Jennings, the chef said, the pastries sell out by noon every day of the week.", false},
		{"The tickets were free. Courtesy of the mayor, every child got in. The show ran late.", false},
		{"Prices rose 4 percent last year. Source: the agency's report, which covers 40 cities. It came out in May.", false},
		{"Source: Construction Coverage analysis of Redfin data | Image Credit: Construction Coverage", false},
		// copyright lines, and sentences about copyright
		{"© 2019 Beachbody, LLC. All rights reserved.", true},
		{"Copyright 2020 The Times", true},
		{"Copyright Guardian News & Media Limited", true},
		{"Text and photos copyright © 2024 Jane Doe", true},
		{"IMPRESSUM | DATENSCHUTZ | COPYRIGHT ANDRÉ LOIBL | THIS IS A KANGA PROJECT", true},
		{"Can I even assert copyright over this, given how much of the work was produced by the LLM?", false},
		{"All materials in your course must be accessible and meet copyright and fair use requirements.", false},
		// the notice to readers who block ads, and sentences about ad blockers
		{"Please disable your ad blocker to support our journalism.", true},
		{"It looks like you're using an ad blocker. We rely on ads to keep the site free.", true},
		{"Ad blockers: Non-premium users can install software to bypass ads.", false},
		{"Like NordVPN, Surfshark has a built-in ad blocker, too, called CleanWeb. In our tests, it blocked 90 percent of ads.", false},
		// the notice to readers of an old browser, and sentences about browsers
		{"IE 11 is not supported. For an optimal experience visit our site on another browser.", true},
		{"You are using an outdated browser. For a faster, safer browsing experience, upgrade for free today.", true},
		{"This browser is not actively supported anymore. For the best experience, we strongly recommend you upgrade your browser.", true},
		{"Your browser is out of date and may not display all features of this site.", true},
		{"Microsoft said Internet Explorer 11 is no longer supported on Windows 10 and urged companies to move to Edge.", false},
		{"Users who stay on an outdated browser are exposed to attacks, the researchers warned.", false},
	} {
		if got := isBoilerSentence(tt.line) || isFurnitureLine(tt.line); got != tt.boiler {
			t.Errorf("boilerplate(%q) = %v, want %v", tt.line, got, tt.boiler)
		}
	}
}

// TestShareButtonLines: share and print buttons with their screen-reader
// labels, and look-alike lines of article text that stay.
func TestShareButtonLines(t *testing.T) {
	for _, tt := range []struct {
		line      string
		furniture bool
	}{
		{"Click to share on X (Opens in new window)", true},
		{"Click to share on Facebook (Opens in new window)", true},
		{"Click to email a link to a friend (Opens in new window)", true},
		{"Click to print (Opens in new window)", true},
		{"(opens in new window)", true},
		{"Opens in a new tab", true},
		{"Opens in a new window.", true},
		{"LinkedInXSteven van Vessum, VP of Organic Marketing (opens in a new tab)", true},
		{"Like this:", true},
		{"Like Loading...", true},
		// look-alikes that stay
		{"Click to share your story with our newsroom, the paper said, drew 4,000 replies.", false},
		{"The museum opens in a new building next spring, the city said.", false},
		{"Like this year, the harvest was late.", false},
		{"Readers like this: short, plain and to the point.", false},
	} {
		if got := isTextFurniture(tt.line); got != tt.furniture {
			t.Errorf("isTextFurniture(%q) = %v, want %v", tt.line, got, tt.furniture)
		}
	}
}

// TestShopButtonLines: a product's shop buttons, and look-alike lines of
// article text that stay.
func TestShopButtonLines(t *testing.T) {
	for _, tt := range []struct {
		line      string
		furniture bool
	}{
		{"$350 at Amazon", true},
		{"$228 from Walmart", true},
		{"$1,795 at ampfit.com", true},
		{"$110 at Best Buy", true},
		{"Check Price on Amazon", true},
		{"Check price at Amazon (on sale!)", true},
		{"See Deal", true},
		{"View Deal", true},
		{"View on Walmart", true},
		{"SEE ON AMAZON", true},
		{"Buy on Amazon | Buy on Adorama", true},
		{"Buy now", true},
		{"BUY NOW", true},
		{"Buy now at Amazon", true},
		{"Buy it now from Walmart", true},
		{"Read full review", true},
		{"Read our full review", true},
		{"Read our full Acme Cam v4 review", true},
		{"Read the entire review", true},
		{"Read our in-depth Zephyr Ring Gen 4 review", true},
		{"See my complete in-depth Splendid Soup Review >>", true},
		{"Jump to review", true},
		{"Watch review", true},
		{"Read on Amazon", true},
		{"Visit Website", true},
		{"Where to buy", true},
		{"Track price", true},
		{"Get a Quote", true},
		{"Check their rates and availability", true},
		{"Best Prices Today", true},
		{"Buy on Amazon | Read full review", true},
		// look-alikes that stay
		{"Read the review of the first season before you watch it, our critic says.", false},
		{"Read my review of this hotel here.", false},
		{"Read our full Acme Cam v4 review for the test results and the verdict.", false},
		{"Where to buy a house in 2025", false},
		{"Visit the website of the council for the full list of closures.", false},
		{"Track prices of eggs", false},
		{"Best prices today are at the market, traders say", false},
		{"Buy now, pay later plans have grown fast this year.", false},
		{"Buy now or wait", false},
		{"$350", false}, // a table cell
		{"$350 at Amazon is the best price we have seen for this blender all year.", false},
		{"See at a glance how the two plans compare.", false},
		{"Prices start at $350 at most retailers.", false},
		{"Buy", false},
	} {
		if got := isShopButton(tt.line); got != tt.furniture {
			t.Errorf("isShopButton(%q) = %v, want %v", tt.line, got, tt.furniture)
		}
	}
}

// TestSignUpLines: the lines of a newsletter's sign-up box (signUpRules),
// in varied wording, and look-alikes that are article text.
func TestSignUpLines(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Thanks for signing up!", true},
		{"Enter your email address to subscribe to this blog and receive notifications of new posts by email.", true},
		{"Enter your email to unlock an extra $25 off an SAT or ACT program!", true},
		{"Discover more from Tiny House Giant Journey", true},
		{"Enter your total Guest Count in Cell B6.", false},
		{"Thank you for subscribing. Your first issue arrives on Friday.", true},
		{"No spam, we promise. You can unsubscribe at any time and we'll never share your details without your permission.", true},
		{"100% free. No spam.", true},
		{"We will never sell your information. Modify your preferences or unsubscribe at any time.", true},
		{"Sign up for updates. Unsubscribe anytime. See our Privacy Policy.", true},
		{"Get Quanta Magazine delivered to your inbox", true},
		{"Get the latest small business news delivered straight to your inbox!", true},
		{"Like this article? Subscribe to our blog and have great financial insights delivered to your inbox weekly.", true},
		{"ECO-ACTION IN YOUR INBOX!", true},
		{"Get posts like this in your inbox.", true},
		{"Keep an eye on your inbox for the latest sports news.", true},
		{"Thank you! Please check your inbox now for your welcome email.", true},
		{"Thanks for reading Cloud Notes! Subscribe for free to receive new posts and support my work.", true},
		{"Thanks for reading! This post is public so feel free to share it.", true},
		{"By checking this box, you agree to receive marketing emails from Jobber (newsletters, updates, offers, etc.).", true},
		{"By signing up, you agree to receive recurring automated SMS marketing messages at the number provided.", true},
		{`I agree that CBS Sports can send me the "Pick Six Newsletter" newsletter.`, true},
		{"The best of the Valley Herald, delivered to your inbox every morning", true},
		{"Get all the latest news, reviews and exclusives, direct to your inbox.", true},
		{"Join 12,000+ marketers getting the week's best insights delivered straight to their inboxes.", true},
		{"Was this newsletter forwarded to you? Sign up to get it in your inbox.", true},
		// look-alikes that stay
		{"The phishing emails landed directly in their inboxes, and half the staff clicked.", false},
		{"Phishing emails sent straight to your inbox are the most common attack, the report found.", false},
		{"There is no spam filter that catches everything, the researchers said.", false},
		{"We had 22 alerts to check after signing up for the service.", false},
		{"Thanks for reading this far: the answer, it turns out, is in the data.", false},
		{"I agree with the minister that the schools must reopen.", false},
		{"Check your inbox for a confirmation email, then click the link in it.", false},
	} {
		if got := isTextFurniture(c.line); got != c.want {
			t.Errorf("isTextFurniture(%q) = %v, want %v", c.line, got, c.want)
		}
		if got := signUpLine(c.line); got != c.want {
			t.Errorf("signUpLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestLongBoilerSentences: boilerplate over 400 bytes (a cookie notice, a
// disclaimer of several sentences) is dropped too; a paragraph as long is
// not.
func TestLongBoilerSentences(t *testing.T) {
	cookie := "Welcome to our site. Thank you for visiting. Your privacy matters to us, and we want you to know how this website works. This website uses cookies to improve your experience, to personalise content and ads, and to analyse our traffic. " +
		"We also share information about your use of our site with our advertising and analytics partners, who may combine it with other data you gave them. You can change your settings at any time."
	disclaimer := "This material has been prepared for informational purposes only, and is not intended to provide, and should not be relied on for, tax, legal or accounting advice. " +
		"You should consult your own tax, legal and accounting advisors before engaging in any transaction, and nothing on this page is an offer to buy or sell any security or product. " +
		"Past performance is no guarantee of future results, and every investment carries risk."
	para := "The council voted on Tuesday to close the library for three months while its roof is repaired, a decision that drew dozens of residents to the meeting. " +
		"Several of them said the branch was the only place in the neighbourhood where children could study after school, and asked the council to open a temporary reading room. " +
		"The mayor said the cost of the repair had doubled since the first estimate, and that the work could not wait another winter."
	for _, c := range []struct {
		s    string
		want bool
	}{{cookie, true}, {disclaimer, true}, {para, false}} {
		if len(c.s) <= 400 {
			t.Fatalf("%d bytes: the case must be over 400", len(c.s))
		}
		if got := isTextFurniture(c.s); got != c.want {
			t.Errorf("isTextFurniture(%.60q…) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestPitchLines: newsletter pitches that boast their readers or say when
// they come, and bare subscribe buttons, are furniture; sentences about
// subscribers and events stay.
func TestPitchLines(t *testing.T) {
	for _, tt := range []struct {
		line      string
		furniture bool
	}{
		{"Join 800,000+ subscribers to get regular emails on health and science.", true},
		{"Join over 2 million readers who start their day with us.", true},
		{"Start each weekend with our free email newsletter.", true},
		{"Subscribe to", true},
		{"Subscribe to our blog", true},
		{"Subscribe to get access", true},
		// look-alikes that stay
		{"Join 4,000 professionals for 20+ hours of networking and one-on-one sessions.", false},
		{"The service grew to 50,000 subscribers by March, the company said.", false},
		{"Subscribe to the idea that less is more, and the kitchen gets easier.", false},
	} {
		if got := furnitureIn(tt.line, true); got != tt.furniture {
			t.Errorf("furnitureIn(%q) = %v, want %v", tt.line, got, tt.furniture)
		}
	}
}

// TestReadingTimeLines: a reading-time stamp, alone or beside the date or
// the author, is furniture in every wording seen (readingTime,
// readingTimeIntl); sentences that speak of minutes and reading stay.
func TestReadingTimeLines(t *testing.T) {
	for _, tt := range []struct {
		line      string
		english   bool
		furniture bool
	}{
		{"6 min read", true, true},
		{"4 min read time", true, true},
		{"12 mins read", true, true},
		{"Mar 3, 2024 · 6 min read", true, true},
		{"14.02.2023 · 9 min read", true, true},
		{"Aug 21, 2022 • 12 Minute Read", true, true},
		{"April 2, 2021 ・ 5 min read", true, true},
		{"2024-05-0112 min read", true, true},
		{"Newsroom Staff | 3 min read", true, true},
		{"Estimated reading time:", true, true},
		{"Estimated reading time: 4 minutes", true, true},
		{"| Reading Time: 10 minutes", true, true},
		{"Read time: 8 min", true, true},
		{"Posted May 4, 2020 | Updated May 5, 2020 | xx min read", true, true},
		{"[reading_time] min read", true, true},
		{"Lesezeit: 3 Minuten", false, true},
		{"Lesezeit von 6 Minuten", false, true},
		{"4 Min. Lesezeit", false, true},
		{"Temps de lecture : 5 min", false, true},
		{"Tiempo de lectura: 7 minutos", false, true},
		// look-alikes that stay
		{"The lessons can be finished in a few minutes. Read more about them below.", true, false},
		{"It is a 20 min read. Most people never finish it, the survey found", true, false},
		{"Average reading time fell to 40 seconds last year.", true, false},
		{"Die Lesezeit der Kinder sank um 12 Minuten pro Tag, so die Studie.", false, false},
	} {
		if got := furnitureIn(tt.line, tt.english); got != tt.furniture {
			t.Errorf("furnitureIn(%q, english=%v) = %v, want %v", tt.line, tt.english, got, tt.furniture)
		}
	}
}

// TestCurlyApostropheLines: furniture rows written with an apostrophe
// read it straight or curly (WordPress prints "Don’t miss").
func TestCurlyApostropheLines(t *testing.T) {
	for _, tt := range []struct {
		line      string
		furniture bool
	}{
		{"Don't miss", true},
		{"Don’t miss", true},
		{"Editor’s picks", true},
		{"What’s your project?", true},
		{"What’s your project worth to the city, the mayor asked the developers on Monday.", false},
	} {
		if got := furnitureIn(tt.line, true); got != tt.furniture {
			t.Errorf("furnitureIn(%q) = %v, want %v", tt.line, got, tt.furniture)
		}
	}
}

// TestSkipLinkLinesIntl: skip links in the other languages ("Zum Inhalt
// springen", "Direkt zum Inhalt", "Ir al contenido") are furniture on
// pages not stated to be in English; sentences that open with the same
// words stay.
func TestSkipLinkLinesIntl(t *testing.T) {
	for _, tt := range []struct {
		line      string
		furniture bool
	}{
		{"Zum Inhalt springen", true},
		{"Springe zum Inhalt", true},
		{"Direkt zum Inhalt", true},
		{"Direkt zum Inhalt wechseln", true},
		{"Zum Hauptinhalt springen", true},
		{"Zum Inhalt wechseln", true},
		{"Ir al contenido", true},
		{"Saltar al contenido principal", true},
		{"Aller au contenu principal", true},
		{"Vai al contenuto", true},
		{"Przejdź do treści", true},
		{"Naar inhoud springen", true},
		{"Pular para o conteúdo", true},
		// look-alikes that stay
		{"Zum Inhalt der Studie sagte der Minister nichts.", false},
		{"Ir al contenido de la ley es difícil, dijo la jueza.", false},
		{"Direkt zum Inhalt des Vertrags äußerte sich niemand", false},
	} {
		if got := furnitureIn(tt.line, false); got != tt.furniture {
			t.Errorf("furnitureIn(%q, english=false) = %v, want %v", tt.line, got, tt.furniture)
		}
	}
}

// TestEditorialNoteLines: the publisher's note on its editorial standards
// and Google's "preferred source" button are furniture; sentences about
// editorial policies and trusted sources, and a reviewer's statement of
// independence, stay.
func TestEditorialNoteLines(t *testing.T) {
	for _, tt := range []struct {
		line      string
		furniture bool
	}{
		{"Learn more about our editorial process.", true},
		{"Read our editorial guidelines", true},
		{"Explore our Editorial Policy to learn more about our standards for content creation.", true},
		{"our editorial policy", true},
		{"Example Health uses only high-quality sources, including peer-reviewed studies, to support the facts within our articles. Read our editorial process to learn more.", true},
		{"Acme Wellness has strict sourcing guidelines and relies on peer-reviewed studies and medical associations. You can learn more by reading our editorial policy.", true},
		{"Add as a preferred source on Google", true},
		{"Add Example News as a trusted source on Google", true},
		{"Add as a Reliable and Trusted News Source", true},
		{"Make us a preferred source on Google", true},
		// look-alikes that stay
		{"Like all of our reviewers, I test products with complete editorial independence. Read more about our editorial standards.", false},
		{"The journal changed its editorial policies after the scandal, its publisher said on Monday.", false},
		{"Only install apps from trusted sources such as the official stores.", false},
		{"Read it out loud to a trusted source, such as a parent or a teacher.", false},
		{"Starting with publication standards (journal details, editorial policies), many requirements stay the same.", false},
	} {
		if got := furnitureIn(tt.line, true); got != tt.furniture {
			t.Errorf("furnitureIn(%q) = %v, want %v", tt.line, got, tt.furniture)
		}
	}
}

// TestDatelineLines: a date with its byline alone on a line is furniture;
// sentences that open with a date and "by" stay.
func TestDatelineLines(t *testing.T) {
	for _, tt := range []struct {
		line      string
		furniture bool
	}{
		{"October 11, 2023 by Jane Roe", true},
		{"03/01/2017 by Jane Roe, Candidate Representative to the Liaison Committee", true},
		{"by: Jane Roe, Dec 17, 2025", true},
		{"Posted on 4 March 2024 by John Smith", true},
		{"John Smith Published 10:19am 19 December 2025", true},
		{"By Jane Roe, CFP – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by John Smith", true},
		{"Last Modified: August 08, 2023", true},
		// look-alikes that stay
		{"On May 1, 2020, by contrast, sales fell sharply.", false},
		{"On March 3, 2020 by a vote of 5 to 4, the council approved the budget.", false},
		{"By March 2021 the plant had cut its output by half.", false},
	} {
		if got := furnitureIn(tt.line, true); got != tt.furniture {
			t.Errorf("furnitureIn(%q) = %v, want %v", tt.line, got, tt.furniture)
		}
	}
}
