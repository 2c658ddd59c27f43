package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusDir finds the repository's corpus/ of sample articles.
func corpusDir(t testing.TB) string {
	p := "../../corpus"
	if _, err := os.Stat(p); err != nil {
		t.Skip("corpus/ not found")
	}
	return p
}

// TestSeeds: the sample articles read correctly. Plain articles come
// through unchanged except trimming; the two scraped ones lose their
// furniture lines and their headline becomes the title.
func TestSeeds(t *testing.T) {
	dir := corpusDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no corpus files")
	}
	furniture := []string{"• en", "ON NOW", "Follow us on:", "Total Views : 3", "Zoom In Zoom Out Read Later Print"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		raw := string(b)
		a := ParseText(raw)
		if os.Getenv("INGEST_SHOW") != "" {
			t.Logf("%s\nTITLE %q\n%s", f, a.Title, a.Text)
		}
		var lines []string
		for _, l := range strings.Split(raw, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		hasFurniture := false
		for _, l := range lines {
			for _, fu := range furniture {
				if l == fu {
					hasFurniture = true
				}
			}
		}
		got := strings.Split(a.Text, "\n")
		if !hasFurniture {
			if a.Text != strings.Join(lines, "\n") {
				t.Errorf("%s: plain article changed:\n%s", f, diffLines(lines, got))
			}
			continue
		}
		for _, l := range got {
			for _, fu := range furniture {
				if l == fu {
					t.Errorf("%s: furniture line %q kept", f, l)
				}
			}
		}
		if a.Title == "" || strings.Contains(a.Text, a.Title) {
			t.Errorf("%s: title %q not separated from the body", f, a.Title)
		}
		// Every other line is body, in order.
		var want []string
		for _, l := range lines {
			keep := l != a.Title
			for _, fu := range furniture {
				if l == fu {
					keep = false
				}
			}
			if keep {
				want = append(want, l)
			}
		}
		if strings.Join(want, "\n") != a.Text {
			t.Errorf("%s: body lines lost or changed:\n%s", f, diffLines(want, got))
		}
	}
}

func diffLines(want, got []string) string {
	var b strings.Builder
	w := map[string]bool{}
	for _, l := range want {
		w[l] = true
	}
	g := map[string]bool{}
	for _, l := range got {
		g[l] = true
	}
	for _, l := range want {
		if !g[l] {
			b.WriteString("- " + clip(l, 100) + "\n")
		}
	}
	for _, l := range got {
		if !w[l] {
			b.WriteString("+ " + clip(l, 100) + "\n")
		}
	}
	return b.String()
}
