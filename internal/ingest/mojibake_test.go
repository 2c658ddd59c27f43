package ingest

import "testing"

// TestFixMojibake: UTF-8 text decoded once more as Latin-1 or
// Windows-1252 is repaired; text that only looks alike is left alone.
func TestFixMojibake(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		// read as Latin-1: the C1 controls are left in the text
		{"pet insurance doesn\u00e2\u0080\u0099t have to be a wallet-buster \u00e2\u0080\u0094 really", "pet insurance doesn’t have to be a wallet-buster — really"},
		// read as Windows-1252
		{"Itâ€™s the â€œbestâ€\u009d deal, saysÂ\u00a0the cafÃ© owner", "It’s the “best” deal, says\u00a0the café owner"},
		{"Preis: 12 â‚¬ â€“ Ã¼ber alles", "Preis: 12 € – über alles"},
		// one sequence alone is not enough to call the text garbled
		{"Zitat: »Wir kommen« â€“ sagte er", "Zitat: »Wir kommen« â€“ sagte er"},
		// real text
		{"Er stand am Fuß“ und rief: „Komm!“ Dann ging er zum Fuß“ zurück.", "Er stand am Fuß“ und rief: „Komm!“ Dann ging er zum Fuß“ zurück."},
		{"À« bientôt »! ÉTÉ « chaud » – Ça va ?", "À« bientôt »! ÉTÉ « chaud » – Ça va ?"},
		{"Ångström ±0.5 °C, Æsir; São Paulo, Ñandú", "Ångström ±0.5 °C, Æsir; São Paulo, Ñandú"},
		{"plain ASCII text, nothing to do", "plain ASCII text, nothing to do"},
	} {
		if got := fixMojibake(tt.in); got != tt.want {
			t.Errorf("fixMojibake(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCleanText: soft hyphens dropped, mojibake repaired, characters
// composed (NFC).
func TestCleanText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"cafe\u0301 au lait", "café au lait"},
		{"অ্যাডভ\u09c7\u09beকেট", "অ্যাডভোকেট"},
		{"inter\u00adnational", "international"},
		{"Itâ€™s Ã¼ber", "It’s über"},
		{"already composed: café, 東京", "already composed: café, 東京"},
	} {
		if got := cleanText(tt.in); got != tt.want {
			t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
