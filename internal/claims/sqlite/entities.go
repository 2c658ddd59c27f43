package sqlite

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/entity"
)

// EntityStats tells what ResolveEntities did.
type EntityStats struct {
	Names    int  // distinct source names (name and kind)
	Aliased  int  // … that name an entity (the rest are descriptions)
	Entities int  // entities they make
	Skipped  bool // nothing changed since the last resolution
}

// ResolveEntities gives every stored source name its canonical entity
// across articles (internal/entity) and rewrites the entities and
// entity_aliases tables. Its cost is in the number of distinct source
// names, not articles; it does nothing when no source was added or removed
// since it last ran. extract run and extract load call it at the end.
func (s *Store) ResolveEntities(ctx context.Context) (EntityStats, error) {
	var st EntityStats
	var stamp string
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) || '/' || count(*) FROM sources`).Scan(&stamp); err != nil {
		return st, err
	}
	var last string
	_ = s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'entities_stamp'`).Scan(&last)
	if last == stamp {
		st.Skipped = true
		return st, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT s.name, s.kind, count(DISTINCT s.article_id), count(c.id)
		FROM sources s LEFT JOIN claims c ON c.source_id = s.id GROUP BY s.name, s.kind`)
	if err != nil {
		return st, err
	}
	var names []entity.Name
	for rows.Next() {
		var n entity.Name
		if err := rows.Scan(&n.Name, &n.Kind, &n.Sources, &n.Claims); err != nil {
			rows.Close()
			return st, err
		}
		names = append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, err
	}
	ev := &acronymEvidence{ctx: ctx, s: s, texts: map[string][]string{}}
	res := entity.Resolve(names, ev)
	if ev.err != nil {
		return st, ev.err
	}
	st.Names, st.Entities = len(names), len(res.Entities)
	for _, e := range res.Entities {
		st.Aliased += len(e.Aliases)
	}
	return st, s.retry(ctx, func() error { return s.writeEntities(ctx, res, stamp) })
}

// writeEntities replaces the entity tables with res in one transaction.
func (s *Store) writeEntities(ctx context.Context, res *entity.Result, stamp string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, q := range []string{`DELETE FROM entity_aliases`, `DELETE FROM entities`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	insE, err := tx.PrepareContext(ctx, `INSERT INTO entities(id, name, kind, aliases, sources, claims) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insE.Close()
	insA, err := tx.PrepareContext(ctx, `INSERT INTO entity_aliases(alias, kind, entity_id, sources, claims, rule) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insA.Close()
	for _, e := range res.Entities {
		if _, err := insE.ExecContext(ctx, e.ID, e.Name, e.Kind, len(e.Aliases), e.Sources, e.Claims); err != nil {
			return fmt.Errorf("entity %q: %w", e.Name, err)
		}
		for _, a := range e.Aliases {
			if _, err := insA.ExecContext(ctx, a.Name, a.Kind, e.ID, a.Sources, a.Claims, a.Rule); err != nil {
				return fmt.Errorf("entity alias %q: %w", a.Name, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES('entities_stamp', ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, stamp); err != nil {
		return err
	}
	return tx.Commit()
}

// acronymEvidence reads the texts of up to five articles that have a
// source of a given name (an acronym, or an organisation it may spell),
// once per name.
type acronymEvidence struct {
	ctx   context.Context
	s     *Store
	texts map[string][]string
	err   error
}

func (e *acronymEvidence) articles(name string) []string {
	if t, ok := e.texts[name]; ok || e.err != nil {
		return t
	}
	rows, err := e.s.db.QueryContext(e.ctx, `SELECT a.text FROM articles a
		WHERE a.id IN (SELECT article_id FROM sources WHERE name = ? LIMIT 5)`, name)
	if err != nil {
		e.err = err
		return nil
	}
	defer rows.Close()
	var texts []string
	for rows.Next() {
		var text string
		if err := rows.Scan(&text); err != nil {
			e.err = err
			return nil
		}
		texts = append(texts, text)
	}
	if err := rows.Err(); err != nil {
		e.err = err
	}
	e.texts[name] = texts
	return texts
}

func (e *acronymEvidence) Defined(acronym string) [][]string {
	var defs [][]string
	for _, t := range e.articles(acronym) {
		defs = append(defs, DefinedAs(t, acronym)...)
	}
	return defs
}

// CoOccurs: an article using the acronym names the organisation in full,
// or an article of the organisation uses the acronym.
func (e *acronymEvidence) CoOccurs(acronym, fullName string) bool {
	for _, t := range e.articles(acronym) {
		if strings.Contains(t, fullName) {
			return true
		}
	}
	for _, t := range e.articles(fullName) {
		if containsWord(t, acronym) {
			return true
		}
	}
	return false
}

// containsWord reports whether w stands in text between non-letters.
func containsWord(text, w string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return false
		}
		at := off + i
		off = at + len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		after, _ := utf8.DecodeRuneInString(text[off:])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
	}
}

var definitionWord = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N}'’&.-]*,?$`)

// DefinedAs returns, for each "Full Name (ACRONYM)" in text, the candidate
// full names: the run of capitalised words and connectors before the
// parenthesis, then its shorter tails that start with a capital, longest
// first ("the U.S. Department of Homeland Security (DHS)" gives "U.S.
// Department of Homeland Security", "Department of Homeland Security", …).
func DefinedAs(text, acronym string) [][]string {
	var out [][]string
	pat := "(" + acronym + ")"
	for off := 0; ; {
		i := strings.Index(text[off:], pat)
		if i < 0 {
			break
		}
		at := off + i
		off = at + len(pat)
		words := strings.Fields(text[max(0, at-200):at])
		j := len(words)
		for j > 0 && definitionWord.MatchString(words[j-1]) {
			w := strings.TrimSuffix(words[j-1], ",")
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !defConnectors[strings.ToLower(w)] {
				break
			}
			j--
		}
		words = words[j:]
		var cands []string
		for k := range words {
			r, _ := utf8.DecodeRuneInString(words[k])
			if unicode.IsUpper(r) {
				cands = append(cands, strings.TrimSuffix(strings.Join(words[k:], " "), ","))
			}
		}
		if len(cands) > 0 {
			out = append(out, cands)
		}
	}
	return out
}

var defConnectors = map[string]bool{"of": true, "for": true, "and": true, "&": true, "the": true, "on": true, "de": true, "in": true}
