package ingest

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestScriptBody: pages whose body is only in a script (an HTML template,
// a JSON state object), and script strings that are not the body.
func TestScriptBody(t *testing.T) {
	const title = "Council approves school budget"
	bodyHTML := "<p>" + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p>"
	jsonOf := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	cookie := "We and our partners store and access information on your device, such as cookies, and process personal data such as unique identifiers " +
		"and standard information sent by a device for personalised ads and content, ad and content measurement, and audience insights, " +
		"as well as to develop and improve products. With your permission we may use precise geolocation data and identification through device scanning."
	tests := []struct {
		name, body, want string
	}{
		{"HTML template (Blogger dynamic views)", `<div id="app">Loading…</div><script type="text/template"><div class="post-body">` + bodyHTML + `</div></script>`, p1},
		{"Next.js state with the body as HTML", `<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">` +
			jsonOf(map[string]any{"props": map[string]any{"pageProps": map[string]any{"story": map[string]any{"headline": title, "bodyHtml": bodyHTML}}}}) + `</script>`, p1},
		{"JSON state with the body as text", `<div id="root"></div><script type="application/json">` +
			jsonOf(map[string]any{"article": map[string]any{"content": p1 + "\n\n" + p2 + "\n\n" + p3 + " The budget for the school year takes effect in January."}}) + `</script>`, p1},
		{"a consent text in JSON is not the body", `<div id="root"></div><script type="application/json">` +
			jsonOf(map[string]any{"consent": map[string]any{"text": cookie}}) + `</script>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML([]byte(page("<title>"+title+"</title>", tt.body)), "")
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				if strings.Contains(a.Text, "partners") {
					t.Errorf("text %q, want no consent text", clip(a.Text, 200))
				}
				return
			}
			if !strings.HasPrefix(a.Text, tt.want) || !strings.Contains(a.Text, p3) {
				t.Errorf("text %q, want %q…", clip(a.Text, 200), clip(tt.want, 40))
			}
		})
	}
}

func TestIsBodyKey(t *testing.T) {
	for k, want := range map[string]bool{
		"articleBody": true, "body": true, "content_html": true, "fullText": true, "bodyHTML": true,
		"text-content": true, "description": true, "@context": false, "subtext": false, "headline": false, "contentId2": true,
		"author": false, "htmlTitle": true,
	} {
		if got := isBodyKey(k); got != want {
			t.Errorf("isBodyKey(%q) = %v, want %v", k, got, want)
		}
	}
}
