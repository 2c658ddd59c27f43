package sqlite

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/entity"
)

func TestResolveEntities(t *testing.T) {
	ctx := context.Background()
	st, err := Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	person := func(name string) *claims.Source {
		return &claims.Source{Name: name, Mention: name, Start: 0, End: 1, Kind: "person"}
	}
	org := func(name string) *claims.Source {
		return &claims.Source{Name: name, Mention: name, Start: 0, End: 1, Kind: "organization"}
	}
	t1 := "Donald J. Trump said 12. The Associated Press counted 7."
	t2 := "Donald Trump said 15. AP counted 9. Pacific Gas & Electric (PG&E) said 3. The Associated Press wrote."
	t3 := "PG&E said 4. The campaign said 5."
	batch := []claims.Result{
		testResult("a1", t1, claim("12", 21, person("Donald J. Trump")), claim("7", 54, org("Associated Press"))),
		testResult("a2", t2, claim("15", 18, person("Donald Trump")), claim("9", 33, org("AP")), claim("3", 71, org("Pacific Gas & Electric"))),
		testResult("a3", t3, claim("4", 10, org("PG&E")), claim("5", 30, org("the campaign"))),
	}
	if _, err := st.Write(ctx, batch); err != nil {
		t.Fatal(err)
	}
	es, err := st.ResolveEntities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if es.Names != 7 || es.Aliased != 6 || es.Entities != 3 {
		t.Errorf("stats %+v, want 7 names, 6 aliased, 3 entities", es)
	}
	got := map[string]string{}
	err = st.Quantities(ctx, Filter{ClaimsOnly: true}, func(q *claims.Quantity) error {
		if q.Source.Entity != nil {
			got[q.Source.Name] = q.Source.Entity.Name
		} else {
			got[q.Source.Name] = ""
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Donald J. Trump": "Donald Trump", "Donald Trump": "Donald Trump",
		"Associated Press": "Associated Press", "AP": "Associated Press",
		"Pacific Gas & Electric": "Pacific Gas & Electric", "PG&E": "Pacific Gas & Electric", "the campaign": ""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entities\n got %v\nwant %v", got, want)
	}
	// each alias keeps the rule that joined it ('' for the entity's own name)
	rules := map[string]string{}
	for _, r := range strs(t, st, `SELECT alias || '=' || rule FROM entity_aliases`) {
		k, v, _ := strings.Cut(r, "=")
		rules[k] = v
	}
	wantRules := map[string]string{"Donald J. Trump": entity.RuleMiddleName, "Donald Trump": "",
		"Associated Press": "", "AP": entity.RuleAcronymInitials,
		"Pacific Gas & Electric": "", "PG&E": entity.RuleAcronymInitials} // (a3, where PG&E is a source, does not define it)
	if !reflect.DeepEqual(rules, wantRules) {
		t.Errorf("alias rules\n got %v\nwant %v", rules, wantRules)
	}
	var claimsOfTrump int
	if err := st.DB().QueryRow(`SELECT claims FROM entities WHERE name = 'Donald Trump'`).Scan(&claimsOfTrump); err != nil || claimsOfTrump != 2 {
		t.Errorf("Donald Trump's claims: %d (%v), want 2", claimsOfTrump, err)
	}
	// nothing changed: nothing to do
	if es, err := st.ResolveEntities(ctx); err != nil || !es.Skipped {
		t.Errorf("second resolution: %+v, %v; want skipped", es, err)
	}
	// the view shows the entity
	var ent string
	if err := st.DB().QueryRow(`SELECT source_entity FROM claims_view WHERE source = 'AP'`).Scan(&ent); err != nil || ent != "Associated Press" {
		t.Errorf("claims_view source_entity for AP: %q, %v", ent, err)
	}
}

func TestDefinedAs(t *testing.T) {
	text := "Officials at the U.S. Department of Homeland Security (DHS) said 5. Later, DHS said 6. Doctors for Camp Closure (D4CC) wrote."
	got := DefinedAs(text, "DHS")
	want := [][]string{{"U.S. Department of Homeland Security", "Department of Homeland Security", "Homeland Security", "Security"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DHS: %q", got)
	}
	if got := DefinedAs(text, "D4CC"); len(got) != 1 || got[0][0] != "Doctors for Camp Closure" {
		t.Errorf("D4CC: %q", got)
	}
}

// TestEntityAliasRuleMigration: a database of schema 16 (entity_aliases
// without rule) opens, gains the column, and its aliases get their rules
// at the next resolution, though no source changed.
func TestEntityAliasRuleMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	saved := migrations
	migrations = saved[:16]
	st, err := Open(path)
	if err != nil {
		migrations = saved
		t.Fatal(err)
	}
	src := &claims.Source{Name: "Donald J. Trump", Mention: "Donald J. Trump", Start: 0, End: 1, Kind: "person"}
	src2 := &claims.Source{Name: "Donald Trump", Mention: "Donald Trump", Start: 0, End: 1, Kind: "person"}
	t1, t2 := "Donald J. Trump said 12.", "Donald Trump said 15."
	if _, err := st.Write(ctx, []claims.Result{testResult("a1", t1, claim("12", 21, src)), testResult("a2", t2, claim("15", 18, src2))}); err != nil {
		migrations = saved
		t.Fatal(err)
	}
	// schema 16's writer: the aliases without a rule
	if _, err := st.DB().Exec(`INSERT INTO entities(id, name, kind, aliases, sources, claims) VALUES ('e1', 'Donald Trump', 'person', 2, 2, 2);
		INSERT INTO entity_aliases(alias, kind, entity_id, sources, claims) VALUES ('Donald J. Trump', 'person', 'e1', 1, 1), ('Donald Trump', 'person', 'e1', 1, 1);
		INSERT INTO meta(key, value) SELECT 'entities_stamp', coalesce(max(id), 0) || '/' || count(*) FROM sources`); err != nil {
		migrations = saved
		t.Fatal(err)
	}
	st.Close()
	migrations = saved

	st, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if v, _ := st.version(); v != len(migrations) {
		t.Fatalf("version %d, want %d", v, len(migrations))
	}
	if got := strings.Join(strs(t, st, `SELECT alias || '=' || rule FROM entity_aliases ORDER BY alias`), " "); got != "Donald J. Trump= Donald Trump=" {
		t.Errorf("aliases after the migration: %q", got)
	}
	if es, err := st.ResolveEntities(ctx); err != nil || es.Skipped {
		t.Fatalf("resolution after the migration: %+v, %v; want done", es, err)
	}
	if got := strings.Join(strs(t, st, `SELECT alias || '=' || rule FROM entity_aliases ORDER BY alias`), " "); got != "Donald J. Trump="+entity.RuleMiddleName+" Donald Trump=" {
		t.Errorf("aliases resolved again: %q", got)
	}
}
