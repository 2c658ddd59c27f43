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
		{"Discussion about this post", true},
		{"Ready for more?", true},
		{"3 days ago", true},
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
