package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
)

var errTooLarge = fmt.Errorf("larger than %d MB", maxRaw>>20)

// readAllLimit reads r to the end, failing (after draining nothing more)
// when it holds more than max bytes.
func readAllLimit(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, errTooLarge
	}
	return b, nil
}

// checkText validates a finished article text.
func checkText(text string) error {
	if text == "" {
		return errors.New("no article text found")
	}
	if len(text) > MaxArticle {
		return fmt.Errorf("article text is %.1f MB, over the %d MB limit", float64(len(text))/(1<<20), MaxArticle>>20)
	}
	return nil
}

// contentID is the id of an article that has none: a hash of its content.
func contentID(a *Article) string {
	h := sha256.New()
	io.WriteString(h, a.URL)
	h.Write([]byte{0})
	io.WriteString(h, a.Title)
	h.Write([]byte{0})
	io.WriteString(h, a.Text)
	return hex.EncodeToString(h.Sum(nil))[:16]
}
