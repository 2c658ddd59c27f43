package review

import (
	"os"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/factcheck/extract/internal/claims/sqlite"
)

func TestDevShots(t *testing.T) {
	db := os.Getenv("DEV_DB")
	if db == "" {
		t.Skip()
	}
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	a := newAppOn(t, st, Options{})
	ctx := browser(t)
	dir := "/tmp/shots/dev"
	os.MkdirAll(dir, 0o755)
	for name, p := range map[string]string{"list": "/", "compare": "/compare", "dups": "/duplicates"} {
		do(t, ctx, name, chromedp.Navigate(a.srv.URL+p), chromedp.WaitVisible(chromedp.CSS("main")))
		shot(t, ctx, dir, name)
	}
	var id string
	st.DB().QueryRow(`SELECT id FROM quantities WHERE text = 'more than 1,800'`).Scan(&id)
	do(t, ctx, "claim", chromedp.Navigate(a.srv.URL+"/claim/"+id), chromedp.WaitVisible(chromedp.CSS("main")))
	shot(t, ctx, dir, "claim")
}
