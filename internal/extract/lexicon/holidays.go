package lexicon

// Holidays are the names of feasts and holidays, one word each as written
// capitalised ("from Thanksgiving", "a Happy Thanksgiving", "before Eid"):
// a name holding one is no person's (attrib's dayOrPlaceName), however a
// pronoun or a possessive near it reads (web-dev-10's and web-dev-pages-q's
// "Elizabeth Snyder's Facebook post from Thanksgiving. She writes, “…”").
var Holidays = WordSet(`Thanksgiving Christmas Xmas Easter Ramadan Eid Diwali Deepavali Hanukkah Chanukah Passover
Halloween Kwanzaa Lent Hogmanay Navratri Holi Vesak Pongal Onam Songkran Nowruz Hajj`)

// SocialPlatforms are the social networks and messaging services whose name
// follows a person's possessive ("Donald Trump's Twitter account", "Maria
// Lopez's Instagram page"): the person's name ends at the possessive
// (attrib's splitChunks).
var SocialPlatforms = WordSet(`Facebook Twitter Instagram LinkedIn YouTube TikTok Telegram WhatsApp Snapchat Substack
Threads Bluesky Weibo WeChat Reddit Pinterest Mastodon`)
