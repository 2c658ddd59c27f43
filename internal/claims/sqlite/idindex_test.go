package sqlite

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// TestIDIndexMigration: a database of schema 14 (quantity and claim ids as
// primary keys, claims and claim_copies referencing quantities(id)) keeps
// every row and rowid through migration 15, has unique id indexes after
// it, and a replaced article still takes its claims, copies and measures
// with it.
func TestIDIndexMigration(t *testing.T) {
	texts := corpusTexts(t)
	path := filepath.Join(t.TempDir(), "old.db")
	saved := migrations
	migrations = saved[:14]
	st, err := Open(path)
	if err != nil {
		migrations = saved
		t.Fatal(err)
	}
	q0 := claimAt(t, texts["000"], "1,800", 1800)
	q1 := claimAt(t, texts["001"], "1,800", 1800)
	q0.Subject, q0.Event, q1.Subject, q1.Event = "people", "arrested", "people", "arrested"
	q1.Source = &claims.Source{Name: "Foro Penal"}
	r0, r1 := testResult("000", texts["000"], q0), testResult("001", texts["001"], q1)
	write(t, st, r0, r1, testResult("002", texts["002"]))
	before := tableRows(t, st)
	st.Close()
	migrations = saved

	st, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if v, _ := st.version(); v != len(migrations) {
		t.Fatalf("version %d", v)
	}
	if after := tableRows(t, st); !slices.Equal(after, before) {
		t.Fatalf("rows changed by the migration:\n%v\n%v", before, after)
	}
	for _, q := range []string{`PRAGMA integrity_check`, `PRAGMA foreign_key_check`} {
		if got := strings.Join(strs(t, st, q), " "); got != "ok" && got != "" {
			t.Fatalf("%s: %s", q, got)
		}
	}
	for _, ix := range []string{"quantities_id", "claims_id"} {
		var unique int
		if err := st.DB().QueryRow(`SELECT "unique" FROM pragma_index_list(?) WHERE name = ?`, strings.TrimSuffix(ix, "_id"), ix).Scan(&unique); err != nil || unique != 1 {
			t.Fatalf("%s: unique %d, %v", ix, unique, err)
		}
	}
	if refs := strs(t, st, `SELECT "from" FROM pragma_foreign_key_list('claims') WHERE "table" = 'quantities'
		UNION ALL SELECT "from" FROM pragma_foreign_key_list('claim_copies') WHERE "table" = 'quantities'`); len(refs) > 0 {
		t.Fatalf("still referencing quantities(id): %v", refs)
	}
	if n := strs(t, st, `SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'arrested'`); n[0] == "0" {
		t.Fatal("the search index lost its rows")
	}
	// A duplicate id is refused as the primary key refused it.
	if _, err := st.DB().Exec(`INSERT INTO quantities(id, article_id, text, start, "end", qualifier, kind, sentence_start, sentence_end)
		SELECT id, article_id, text, start, "end", qualifier, kind, sentence_start, sentence_end FROM quantities LIMIT 1`); err == nil {
		t.Fatal("a second row with a stored quantity id was accepted")
	}
	// The first article changes, its claim gone: its quantity, claim,
	// copy and measure go with it.
	write(t, st, testResult("000", texts["000"]+"\nUpdated."))
	for _, q := range []string{`SELECT count(*) FROM quantities WHERE id = ?`, `SELECT count(*) FROM claims WHERE id = ?`,
		`SELECT count(*) FROM claim_copies WHERE claim_id = ?`, `SELECT count(*) FROM claim_measures WHERE claim_id = ?`} {
		if n := strs(t, st, q, r0.Quantities[0].ID); n[0] != "0" {
			t.Errorf("%s: %s rows of the replaced article's claim", q, n[0])
		}
	}
	if n := strs(t, st, `SELECT count(*) FROM claim_copies WHERE claim_id = ?`, r1.Quantities[0].ID); n[0] != "1" {
		t.Errorf("the other article's copy row: %s", n[0])
	}
}

// tableRows lists the rows of the tables migration 15 rebuilds, with
// their rowids.
func tableRows(t *testing.T, st *Store) []string {
	t.Helper()
	var out []string
	for _, q := range []string{
		`SELECT rowid || '|' || id || '|' || article_id || '|' || text || '|' || start || '|' || kind || '|' || coalesce(low, '') || '|' || unit FROM quantities ORDER BY rowid`,
		`SELECT rowid || '|' || id || '|' || article_id || '|' || coalesce(source_id, '') || '|' || coalesce(cue, '') || '|' || coalesce(time_from, '') FROM claims ORDER BY rowid`,
		`SELECT claim_id || '|' || rep || '|' || article_id || '|' || start FROM claim_copies ORDER BY claim_id`,
		`SELECT qrow || '|' || claim_id || '|' || gid FROM claim_measures ORDER BY qrow`,
	} {
		out = append(out, strs(t, st, q)...)
	}
	return out
}

// strs runs q and returns its rows (one column) as strings.
func strs(t *testing.T, st *Store, q string, args ...any) []string {
	t.Helper()
	rows, err := st.DB().Query(q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}
