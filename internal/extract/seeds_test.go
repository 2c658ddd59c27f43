package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

type seedGold struct {
	File   string `json:"file"`
	Claims []struct {
		Anchor    string   `json:"anchor"`
		Quantity  string   `json:"quantity"`
		Low       *float64 `json:"low"`
		High      *float64 `json:"high"`
		Qualifier string   `json:"qualifier"`
		Unit      string   `json:"unit"`
		Subject   string   `json:"subject"`
		Event     string   `json:"event"`
		Required  bool     `json:"required"`
	} `json:"claims"`
	NotClaims []string `json:"not_claims"`
}

// TestSeedQuantities checks the quantities of the sample articles against
// the shared gold file: every gold claim is found as a claim with its value
// and unit (required ones fail the test, optional ones are logged), and no
// not_claims expression becomes a claim.
func TestSeedQuantities(t *testing.T) {
	goldPath := "../../../shared/eval/seeds.gold.jsonl"
	f, err := os.Open(goldPath)
	if err != nil {
		t.Skipf("shared gold file absent: %v", err)
	}
	defer f.Close()
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var found, total, subjOK, eventOK int
	for sc.Scan() {
		var g seedGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join("../../corpus", g.File))
		if err != nil {
			t.Skipf("corpus absent: %v", err)
		}
		text := string(data)
		qs := ex.ExtractText(g.File, text)
		for _, c := range g.Claims {
			a := strings.Index(text, c.Anchor)
			if a < 0 {
				t.Errorf("%s: anchor %q not in the text", g.File, c.Anchor)
				continue
			}
			start := a + strings.Index(c.Anchor, c.Quantity)
			end := start + len(c.Quantity)
			total++
			var got *claims.Quantity
			for i := range qs {
				if qs[i].Quantity.Start < end && start < qs[i].Quantity.End {
					got = &qs[i]
					break
				}
			}
			report := t.Errorf
			if !c.Required {
				report = t.Logf
			}
			switch {
			case got == nil:
				report("%s: %q not found", g.File, c.Anchor)
			case !got.IsClaim():
				report("%s: %q read as %s", g.File, c.Anchor, got.Kind)
			case !sameBound(got.Low, c.Low) || !sameBound(got.High, c.High) || string(got.Qualifier) != c.Qualifier:
				report("%s: %q read as %s %s..%s, gold %s %s..%s", g.File, c.Anchor, got.Qualifier, fs(got.Low), fs(got.High), c.Qualifier, fs(c.Low), fs(c.High))
			case got.Unit != c.Unit:
				report("%s: %q unit %s, gold %s", g.File, c.Anchor, got.Unit, c.Unit)
			default:
				found++
			}
			if got != nil {
				if strings.EqualFold(got.Subject, c.Subject) {
					subjOK++
				}
				if strings.EqualFold(got.Event, c.Event) {
					eventOK++
				}
				t.Logf("%s: %-20q subject %q (gold %q), event %q (gold %q)", g.File, c.Quantity, got.Subject, c.Subject, got.Event, c.Event)
			}
		}
		for _, nc := range g.NotClaims {
			for off := 0; ; {
				i := strings.Index(text[off:], nc)
				if i < 0 {
					break
				}
				s, e := off+i, off+i+len(nc)
				for _, q := range qs {
					if q.IsClaim() && q.Quantity.Start < e && s < q.Quantity.End {
						t.Errorf("%s: not_claims %q overlaps claim %q", g.File, nc, q.Quantity.Text)
					}
				}
				off = e
			}
		}
	}
	subjAcc := float64(subjOK) / float64(max(total, 1))
	eventAcc := float64(eventOK) / float64(max(total, 1))
	t.Logf("seed gold claims read right: %d/%d; subject exact %d (%.3f, floor %.2f), event exact %d (%.3f, floor %.2f)",
		found, total, subjOK, subjAcc, seedSubjectFloor, eventOK, eventAcc, seedEventFloor)
	if subjAcc < seedSubjectFloor {
		t.Errorf("subject accuracy %.3f below the floor %.2f", subjAcc, seedSubjectFloor)
	}
	if eventAcc < seedEventFloor {
		t.Errorf("event accuracy %.3f below the floor %.2f", eventAcc, seedEventFloor)
	}
}

// Floors on the subject and event read for the seed gold's claims (exact,
// case-insensitive): just under the figures of 2026-12-06, 43/44 subjects
// (0.977) and 37/44 events (0.841); one more miss of either fails. Raise
// them when subject/event improve. (The seeds are a dev set: the rules were
// written on these articles.)
const (
	seedSubjectFloor = 0.97
	seedEventFloor   = 0.84
)
