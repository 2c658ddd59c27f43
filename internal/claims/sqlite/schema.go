package sqlite

// migrations create and upgrade the schema; migrations[i] takes the database
// from version i to i+1. The version is kept in PRAGMA user_version and in
// meta('schema_version') for people reading the file with other tools.
// Append to this list; never edit a migration that has shipped.
// quantityMeasuresTrigger deletes a claim's measures with its quantity
// (migration 14, and 15 that rebuilds quantities).
const quantityMeasuresTrigger = `CREATE TRIGGER quantities_measure_ad AFTER DELETE ON quantities WHEN old.kind = 'claim' BEGIN
	DELETE FROM claim_measures WHERE qrow = old.rowid;
END;
`

var migrations = []string{
	// 1: articles, quantities, claims, sources.
	`
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE articles (
	id          TEXT PRIMARY KEY,
	hash        TEXT NOT NULL,
	origin      TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	published   TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL,
	authors     TEXT NOT NULL DEFAULT '[]', -- JSON array
	site        TEXT NOT NULL DEFAULT '',
	lang        TEXT NOT NULL DEFAULT '',
	stored_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_hash ON articles(hash);

-- One row per distinct resolved source per article.
CREATE TABLE sources (
	id          INTEGER PRIMARY KEY,
	article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	name        TEXT NOT NULL,
	kind        TEXT NOT NULL DEFAULT '',
	role        TEXT NOT NULL DEFAULT '',
	affiliation TEXT NOT NULL DEFAULT '',
	mentions    TEXT NOT NULL DEFAULT '[]', -- JSON array of {text,start,end}
	UNIQUE (article_id, name)
);
CREATE INDEX sources_name ON sources(name COLLATE NOCASE);

-- Every number mention, of every kind.
CREATE TABLE quantities (
	id          TEXT PRIMARY KEY,
	article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	text        TEXT NOT NULL,
	start       INTEGER NOT NULL,
	"end"       INTEGER NOT NULL,
	low         REAL,
	high        REAL,
	qualifier   TEXT NOT NULL,
	unit        TEXT NOT NULL DEFAULT '',
	change      TEXT,
	kind        TEXT NOT NULL,
	subject     TEXT NOT NULL DEFAULT '',
	event       TEXT NOT NULL DEFAULT '',
	sentence_start INTEGER NOT NULL,
	sentence_end   INTEGER NOT NULL
);
CREATE INDEX quantities_article ON quantities(article_id, start);

-- The quantities of kind 'claim', with who asserts them.
CREATE TABLE claims (
	id             TEXT PRIMARY KEY REFERENCES quantities(id) ON DELETE CASCADE,
	article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	source_id      INTEGER REFERENCES sources(id) ON DELETE SET NULL,
	source_mention TEXT,
	source_start   INTEGER,
	source_end     INTEGER,
	cue            TEXT,
	cue_start      INTEGER,
	cue_end        INTEGER
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_source ON claims(source_id);
`,
	// 2: the review app's tables (reviews with history, keyed by the stable
	// claim id), lookup tables, a claim-sentence table kept in sync by
	// triggers with an FTS5 index over it, and claims_view for Datasette and
	// the sqlite3 CLI. Nothing here changes the tables of migration 1.
	`
CREATE TABLE kinds (
	kind TEXT PRIMARY KEY
);
INSERT INTO kinds(kind) VALUES ('claim'), ('date'), ('year'), ('time'), ('duration'), ('ordinal'), ('identifier'), ('other');
CREATE TABLE qualifiers (
	qualifier TEXT PRIMARY KEY
);
INSERT INTO qualifiers(qualifier) VALUES ('exact'), ('more_than'), ('at_least'), ('less_than'), ('at_most'),
	('about'), ('nearly'), ('range'), ('vague');
-- Review verdicts; rating/rating_name feed the schema.org ClaimReview export
-- (rating 0 = not a verdict on the claim, left out of ClaimReview).
CREATE TABLE review_statuses (
	status      TEXT PRIMARY KEY,
	label       TEXT NOT NULL,
	rating      INTEGER NOT NULL,
	rating_name TEXT NOT NULL,
	position    INTEGER NOT NULL
);
INSERT INTO review_statuses(status, label, rating, rating_name, position) VALUES
	('verified', 'Verified', 5, 'Accurate', 1),
	('disputed', 'Disputed', 2, 'Disputed', 2),
	('wrong_extraction', 'Wrong extraction', 0, '', 3),
	('needs_check', 'Needs check', 0, '', 4);

-- Every review ever made (the history); the current review of a claim is
-- its latest row. claim_id is the stable claim id; when a re-run gives the
-- claim a new id (the article's content changed) the review is re-attached
-- by article, quantity text and sentence, and original_claim_id keeps the id
-- it was made on. No foreign key to claims: reviews outlive re-extraction.
CREATE TABLE reviews (
	id                INTEGER PRIMARY KEY,
	claim_id          TEXT NOT NULL,
	original_claim_id TEXT NOT NULL,
	article_id        TEXT NOT NULL,
	quantity          TEXT NOT NULL,
	quantity_start    INTEGER NOT NULL,
	sentence          TEXT NOT NULL,
	status            TEXT NOT NULL REFERENCES review_statuses(status),
	note              TEXT NOT NULL DEFAULT '',
	reviewer          TEXT NOT NULL,
	created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX reviews_claim ON reviews(claim_id, id);
CREATE INDEX reviews_article ON reviews(article_id);

CREATE VIEW current_reviews AS
	SELECT r.* FROM reviews r
	WHERE r.id = (SELECT max(r2.id) FROM reviews r2 WHERE r2.claim_id = r.claim_id);

-- One row per claim with its sentence text, maintained by triggers on
-- quantities (the store deletes and reinserts an article's quantities when
-- its content changes); claims_fts indexes it (external content).
CREATE TABLE claim_sentences (
	rowid      INTEGER PRIMARY KEY,
	claim_id   TEXT NOT NULL UNIQUE REFERENCES quantities(id) ON DELETE CASCADE,
	article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	kind       TEXT NOT NULL REFERENCES kinds(kind),
	qualifier  TEXT NOT NULL REFERENCES qualifiers(qualifier),
	quantity   TEXT NOT NULL,
	sentence   TEXT NOT NULL
);
CREATE INDEX claim_sentences_article ON claim_sentences(article_id);
CREATE VIRTUAL TABLE claims_fts USING fts5(quantity, sentence, content='claim_sentences', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER claim_sentences_ai AFTER INSERT ON claim_sentences BEGIN
	INSERT INTO claims_fts(rowid, quantity, sentence) VALUES (new.rowid, new.quantity, new.sentence);
END;
CREATE TRIGGER claim_sentences_ad AFTER DELETE ON claim_sentences BEGIN
	INSERT INTO claims_fts(claims_fts, rowid, quantity, sentence) VALUES ('delete', old.rowid, old.quantity, old.sentence);
END;
CREATE TRIGGER claim_sentences_au AFTER UPDATE ON claim_sentences BEGIN
	INSERT INTO claims_fts(claims_fts, rowid, quantity, sentence) VALUES ('delete', old.rowid, old.quantity, old.sentence);
	INSERT INTO claims_fts(rowid, quantity, sentence) VALUES (new.rowid, new.quantity, new.sentence);
END;

CREATE TRIGGER quantities_claim_ai AFTER INSERT ON quantities WHEN new.kind = 'claim' BEGIN
	INSERT OR IGNORE INTO kinds(kind) VALUES (new.kind);
	INSERT OR IGNORE INTO qualifiers(qualifier) VALUES (new.qualifier);
	INSERT OR IGNORE INTO claim_sentences(claim_id, article_id, kind, qualifier, quantity, sentence)
	SELECT new.id, new.article_id, new.kind, new.qualifier, new.text,
		CAST(substr(CAST(a.text AS BLOB), new.sentence_start + 1, new.sentence_end - new.sentence_start) AS TEXT)
	FROM articles a WHERE a.id = new.article_id;
END;
CREATE TRIGGER quantities_claim_ad AFTER DELETE ON quantities WHEN old.kind = 'claim' BEGIN
	DELETE FROM claim_sentences WHERE claim_id = old.id;
END;

INSERT OR IGNORE INTO kinds(kind) SELECT DISTINCT kind FROM quantities;
INSERT OR IGNORE INTO qualifiers(qualifier) SELECT DISTINCT qualifier FROM quantities;
INSERT INTO claim_sentences(claim_id, article_id, kind, qualifier, quantity, sentence)
	SELECT q.id, q.article_id, q.kind, q.qualifier, q.text,
		CAST(substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_end - q.sentence_start) AS TEXT)
	FROM quantities q JOIN articles a ON a.id = q.article_id WHERE q.kind = 'claim';

-- One row per claim with its article, source and current review, for
-- Datasette and the sqlite3 CLI.
CREATE VIEW claims_view AS
	SELECT q.id AS claim_id, q.article_id, a.title AS article_title, a.url AS article_url, a.published,
		q.text AS quantity, q.low, q.high, q.qualifier, q.unit, q.subject, q.event,
		s.name AS source, c.source_mention, c.cue, cs.sentence,
		r.status AS review_status, r.reviewer, r.note AS review_note, r.created_at AS reviewed_at
	FROM claims c
	JOIN quantities q ON q.id = c.id
	JOIN articles a ON a.id = c.article_id
	LEFT JOIN sources s ON s.id = c.source_id
	LEFT JOIN claim_sentences cs ON cs.claim_id = c.id
	LEFT JOIN current_reviews r ON r.claim_id = c.id;
`,
	// 3: the search index without claim_sentences. claims_fts becomes a
	// contentless FTS5 table keyed by the claim's quantities rowid, written
	// by Store.Write from the text it already holds, once per batch. Before, two insert triggers copied each claim's
	// sentence into claim_sentences (reading the article back) and from
	// there into claims_fts: a trigger writing to FTS5 opens a statement
	// savepoint, and FTS5 flushes a new index segment at every savepoint
	// (one tiny segment per claim, merged again and again), and the copy
	// with its four foreign keys cost as much as the claims themselves.
	// Sentences are read from the article text (claims_view). When a re-run
	// replaces a changed article, Store.Write takes its claims out of the
	// index before deleting them (a contentless index needs the old values;
	// FTS5's contentless_delete would not, but SQLite before 3.43 — Debian
	// 12's sqlite3 and Python — cannot open such a table). articles_hash
	// goes too: nothing looks articles up by hash, and each insert into it
	// landed on a random page.
	`
DROP VIEW claims_view;
DROP TRIGGER quantities_claim_ai;
DROP TRIGGER quantities_claim_ad;
DROP TABLE claims_fts;
DROP TABLE claim_sentences;
DROP INDEX articles_hash;

CREATE VIRTUAL TABLE claims_fts USING fts5(quantity, sentence, content='', tokenize='unicode61 remove_diacritics 2');
INSERT INTO claims_fts(rowid, quantity, sentence)
	SELECT q.rowid, q.text, CAST(substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_end - q.sentence_start) AS TEXT)
	FROM quantities q JOIN articles a ON a.id = q.article_id WHERE q.kind = 'claim';

-- One row per claim with its article, source, sentence and current review,
-- for Datasette and the sqlite3 CLI.
CREATE VIEW claims_view AS
	SELECT q.id AS claim_id, q.article_id, a.title AS article_title, a.url AS article_url, a.published,
		q.text AS quantity, q.low, q.high, q.qualifier, q.unit, q.subject, q.event,
		s.name AS source, c.source_mention, c.cue,
		CAST(substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_end - q.sentence_start) AS TEXT) AS sentence,
		r.status AS review_status, r.reviewer, r.note AS review_note, r.created_at AS reviewed_at
	FROM claims c
	JOIN quantities q ON q.id = c.id
	JOIN articles a ON a.id = c.article_id
	LEFT JOIN sources s ON s.id = c.source_id
	LEFT JOIN current_reviews r ON r.claim_id = c.id;
`,
	// 4: the review app's analysis tables (analysis.go).
	analysisSchema,
	// 5: one identity per source across articles (internal/entity):
	// entities, and the alias table that maps every stored source name and
	// kind to its entity. Store.ResolveEntities rewrites both after a run
	// from the distinct source names; descriptions ("the campaign") have no
	// alias row. sources_name_kind serves the alias join. And the time a
	// claim's figure refers to (internal/extract/when): its expression's
	// span and the days it denotes (ISO dates, both ends included; NULL
	// when open or unknown).
	`
ALTER TABLE claims ADD COLUMN time_text TEXT;
ALTER TABLE claims ADD COLUMN time_start INTEGER;
ALTER TABLE claims ADD COLUMN time_end INTEGER;
ALTER TABLE claims ADD COLUMN time_from TEXT;
ALTER TABLE claims ADD COLUMN time_to TEXT;
CREATE INDEX claims_time ON claims(time_from, time_to);

CREATE TABLE entities (
	id       TEXT PRIMARY KEY,
	name     TEXT NOT NULL,
	kind     TEXT NOT NULL DEFAULT '',
	aliases  INTEGER NOT NULL,
	sources  INTEGER NOT NULL, -- articles it is a source in
	claims   INTEGER NOT NULL
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE TABLE entity_aliases (
	alias     TEXT NOT NULL,
	kind      TEXT NOT NULL,
	entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
	sources   INTEGER NOT NULL,
	claims    INTEGER NOT NULL,
	PRIMARY KEY (alias, kind)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);
CREATE INDEX sources_name_kind ON sources(name, kind);

DROP VIEW claims_view;
CREATE VIEW claims_view AS
	SELECT q.id AS claim_id, q.article_id, a.title AS article_title, a.url AS article_url, a.published,
		q.text AS quantity, q.low, q.high, q.qualifier, q.unit, q.subject, q.event,
		s.name AS source, e.name AS source_entity, e.id AS source_entity_id, c.source_mention, c.cue,
		c.time_text, c.time_from, c.time_to,
		CAST(substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_end - q.sentence_start) AS TEXT) AS sentence,
		r.status AS review_status, r.reviewer, r.note AS review_note, r.created_at AS reviewed_at
	FROM claims c
	JOIN quantities q ON q.id = c.id
	JOIN articles a ON a.id = c.article_id
	LEFT JOIN sources s ON s.id = c.source_id
	LEFT JOIN entity_aliases ea ON ea.alias = s.name AND ea.kind = s.kind
	LEFT JOIN entities e ON e.id = ea.entity_id
	LEFT JOIN current_reviews r ON r.claim_id = c.id;
`,
	// 6: reviews as two questions. The extraction question (was the
	// number, its source and its being a claim read right?) is the review's
	// status: correct, wrong_number, wrong_source, not_claim. The claim
	// question (is what it says true?) is its rating (claim_ratings: true,
	// false, misleading, unverifiable) with an evidence URL; only a rating
	// feeds ClaimReview. Older reviews are carried over: "verified" said the
	// extraction was right, not that the claim was true, so it becomes
	// extraction 'correct' with no rating; "disputed" judged the claim, so
	// it becomes extraction 'correct' with the rating 'disputed' (kept for
	// them, not offered any more); "wrong extraction" and "needs check" stay
	// as they were. The old statuses stay in review_statuses for programs
	// that still write them, not offered by the app (position >= 100), and
	// none of them is a rating any more.
	`
CREATE TABLE claim_ratings (
	rating      TEXT PRIMARY KEY,
	label       TEXT NOT NULL,
	value       INTEGER NOT NULL, -- ClaimReview ratingValue 1–5; 0: none (alternateName only)
	rating_name TEXT NOT NULL,
	position    INTEGER NOT NULL
);
INSERT INTO claim_ratings(rating, label, value, rating_name, position) VALUES
	('true', 'True', 5, 'True', 1),
	('misleading', 'Misleading', 2, 'Misleading', 2),
	('false', 'False', 1, 'False', 3),
	('unverifiable', 'Unverifiable', 0, 'Unverifiable', 4),
	('disputed', 'Disputed (older review)', 2, 'Disputed', 100);
INSERT INTO review_statuses(status, label, rating, rating_name, position) VALUES
	('correct', 'Extraction correct', 0, '', 1),
	('wrong_number', 'Wrong number', 0, '', 2),
	('wrong_source', 'Wrong source', 0, '', 3),
	('not_claim', 'Not a claim', 0, '', 4);
ALTER TABLE reviews ADD COLUMN rating TEXT REFERENCES claim_ratings(rating);
ALTER TABLE reviews ADD COLUMN evidence_url TEXT NOT NULL DEFAULT '';
UPDATE reviews SET rating = 'disputed' WHERE status = 'disputed';
UPDATE reviews SET status = 'correct' WHERE status IN ('verified', 'disputed');
UPDATE review_statuses SET position = 100 + position, rating = 0, rating_name = ''
	WHERE status IN ('verified', 'disputed', 'wrong_extraction', 'needs_check');

DROP VIEW claims_view;
CREATE VIEW claims_view AS
	SELECT q.id AS claim_id, q.article_id, a.title AS article_title, a.url AS article_url, a.published,
		q.text AS quantity, q.low, q.high, q.qualifier, q.unit, q.subject, q.event,
		s.name AS source, e.name AS source_entity, e.id AS source_entity_id, c.source_mention, c.cue,
		c.time_text, c.time_from, c.time_to,
		CAST(substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_end - q.sentence_start) AS TEXT) AS sentence,
		r.status AS review_status, r.rating AS review_rating, r.evidence_url AS review_evidence,
		r.reviewer, r.note AS review_note, r.created_at AS reviewed_at
	FROM claims c
	JOIN quantities q ON q.id = c.id
	JOIN articles a ON a.id = c.article_id
	LEFT JOIN sources s ON s.id = c.source_id
	LEFT JOIN entity_aliases ea ON ea.alias = s.name AND ea.kind = s.kind
	LEFT JOIN entities e ON e.id = ea.entity_id
	LEFT JOIN current_reviews r ON r.claim_id = c.id;
`,
	// 7: claim_successors maps the id of a claim that a re-run replaced
	// (its article's content changed) to the claim it now is, written by
	// Store.Write as it replaces the article (same quantity text, the
	// sentence sharing most words, the nearest position); an older id is
	// re-pointed at the newest, so one step always leads to a stored claim
	// unless the newest one is gone too. The app redirects old claim URLs
	// with it; reviews move in the same transaction. articles_title serves
	// the review app's article type-ahead.
	`
CREATE TABLE claim_successors (
	old_id     TEXT PRIMARY KEY,
	new_id     TEXT NOT NULL,
	article_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX claim_successors_new ON claim_successors(new_id);
-- The review app's article type-ahead (title prefix, any case).
CREATE INDEX articles_title ON articles(title COLLATE NOCASE);
`,
	// 8: the search index gets external content: claim_texts, a view of
	// each claim's quantities rowid, text and sentence (read off its
	// article), so that FTS5's snippet() and highlight() work and Datasette
	// can search (configure claims_fts as the fts_table of claim_texts, or
	// query it as below). Writing is unchanged: Store.Write inserts the rows
	// itself, once per batch, and takes a changed article's claims out with
	// their old values before deleting them, as for the contentless index
	// before; nothing reads the view but snippet(), highlight() and
	// 'rebuild'.
	`
DROP TABLE claims_fts;
CREATE VIEW claim_texts AS
	SELECT q.rowid AS rowid, q.text AS quantity,
		CAST(substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_end - q.sentence_start) AS TEXT) AS sentence,
		q.id AS claim_id
	FROM quantities q JOIN articles a ON a.id = q.article_id WHERE q.kind = 'claim';
CREATE VIRTUAL TABLE claims_fts USING fts5(quantity, sentence, content='claim_texts', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2');
INSERT INTO claims_fts(claims_fts) VALUES('rebuild');
`,
	// 9: how a quantity's currency was decided (claims.Quantity.UnitBasis)
	`ALTER TABLE quantities ADD COLUMN unit_basis TEXT NOT NULL DEFAULT '';`,
	// 10: the counts of cmp_groups and cmp_group_counts are added by the
	// analysis at ingest, summed over a batch (one upsert per count row and
	// one update per group instead of a trigger per claim); the trigger of
	// deletes (a replaced article's claims) stays.
	`DROP TRIGGER claim_measures_ai;`,
	// 11: comparison groups split into stories (stories.go), filled by
	// StoriesPending (extract serve's background pass) for every article,
	// old ones included.
	storiesSchema,
	// 12: a stored article's LSH bucket keys (8 bytes big-endian per band)
	// wait in lsh_pending, by its article_sigs aid, until many articles'
	// keys are inserted into lsh_buckets at once, in key order (buckets.go).
	`CREATE TABLE lsh_pending (
	aid  INTEGER PRIMARY KEY,
	keys BLOB NOT NULL
);`,
	// 13: the search index merges its segments 16 at a time instead of
	// FTS5's default 4. Each batch that Store.Write commits adds a segment;
	// merged 4 by 4, every claim's index entries were rewritten about five
	// times over a million-article load (5% of its CPU), 16 by 16 about
	// half as often; a search reads a few more segments. At 100k articles
	// the merges' CPU went from 4.0 s to none.
	`INSERT INTO claims_fts(claims_fts, rank) VALUES('automerge', 16);`,
	// 14: claim_measures keyed by the claim's quantities rowid (qrow), in
	// the order claims are stored, instead of by claim id. Keyed by id, each
	// article's rows went to a random page of the largest analysis table
	// (534 MB at 1M articles): a page read, written to the WAL and
	// checkpointed per article. claim_id stays as a column; lookups by id go
	// through quantities. The rows go with their quantity (a trigger, as
	// the foreign key's cascade did).
	`
CREATE TABLE claim_measures_new (
	qrow         INTEGER PRIMARY KEY, -- the claim's quantities rowid
	claim_id     TEXT NOT NULL,
	gid          INTEGER NOT NULL,
	article_id   TEXT NOT NULL,
	source       TEXT NOT NULL, -- lower-cased name; '' when unattributed
	value        REAL NOT NULL,
	subject_text TEXT NOT NULL,
	event_text   TEXT NOT NULL,
	inferred     INTEGER NOT NULL
);
INSERT INTO claim_measures_new(qrow, claim_id, gid, article_id, source, value, subject_text, event_text, inferred)
	SELECT q.rowid, m.claim_id, m.gid, m.article_id, m.source, m.value, m.subject_text, m.event_text, m.inferred
	FROM claim_measures m JOIN quantities q ON q.id = m.claim_id ORDER BY q.rowid;
DROP TABLE claim_measures;
ALTER TABLE claim_measures_new RENAME TO claim_measures;
CREATE INDEX claim_measures_group ON claim_measures(gid, value);
` + measuresDeleteTrigger + `CREATE TRIGGER claim_measures_story_ad AFTER DELETE ON claim_measures BEGIN
	DELETE FROM story_claims WHERE claim_id = old.claim_id;
END;
` + quantityMeasuresTrigger + ``,
	// 15: the ids of quantities and claims are no primary keys but unique
	// indexes (quantities_id, claims_id), and nothing references
	// quantities(id) by a foreign key: claims and claim_copies go with their
	// article (claims by their own article_id key, claim_copies by a
	// trigger on quantities, as the cascades did). Ids are hashes, so each
	// insert into an id index wrote a random page of it (500 MB at 1M
	// articles, far more than the cache), and each claim looked its
	// quantity up in one more; a bulk load now defers both indexes like the
	// review app's (bulk.go) and builds them once, sorted, at its end.
	// Rowids are kept (the search index and claim_measures use them).
	// legacy_alter_table: the renames leave the views that read these
	// tables by name as they are.
	`
PRAGMA legacy_alter_table = ON;
CREATE TABLE claims_new (
	id             TEXT NOT NULL,
	article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	source_id      INTEGER REFERENCES sources(id) ON DELETE SET NULL,
	source_mention TEXT,
	source_start   INTEGER,
	source_end     INTEGER,
	cue            TEXT,
	cue_start      INTEGER,
	cue_end        INTEGER,
	time_text      TEXT,
	time_start     INTEGER,
	time_end       INTEGER,
	time_from      TEXT,
	time_to        TEXT
);
INSERT INTO claims_new(rowid, id, article_id, source_id, source_mention, source_start, source_end,
		cue, cue_start, cue_end, time_text, time_start, time_end, time_from, time_to)
	SELECT rowid, id, article_id, source_id, source_mention, source_start, source_end,
		cue, cue_start, cue_end, time_text, time_start, time_end, time_from, time_to FROM claims ORDER BY rowid;
DROP TABLE claims;
ALTER TABLE claims_new RENAME TO claims;
CREATE UNIQUE INDEX claims_id ON claims(id);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_source ON claims(source_id);
CREATE INDEX claims_time ON claims(time_from, time_to);
CREATE TABLE claim_copies_new (
	claim_id   TEXT PRIMARY KEY,
	rep        TEXT NOT NULL,
	article_id TEXT NOT NULL,
	start      INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO claim_copies_new SELECT claim_id, rep, article_id, start FROM claim_copies;
DROP TABLE claim_copies;
ALTER TABLE claim_copies_new RENAME TO claim_copies;
CREATE INDEX claim_copies_rep ON claim_copies(rep, article_id, start);
` + copiesDeleteTrigger + `CREATE TABLE quantities_new (
	id          TEXT NOT NULL,
	article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	text        TEXT NOT NULL,
	start       INTEGER NOT NULL,
	"end"       INTEGER NOT NULL,
	low         REAL,
	high        REAL,
	qualifier   TEXT NOT NULL,
	unit        TEXT NOT NULL DEFAULT '',
	change      TEXT,
	kind        TEXT NOT NULL,
	subject     TEXT NOT NULL DEFAULT '',
	event       TEXT NOT NULL DEFAULT '',
	sentence_start INTEGER NOT NULL,
	sentence_end   INTEGER NOT NULL,
	unit_basis  TEXT NOT NULL DEFAULT ''
);
INSERT INTO quantities_new(rowid, id, article_id, text, start, "end", low, high, qualifier, unit, change,
		kind, subject, event, sentence_start, sentence_end, unit_basis)
	SELECT rowid, id, article_id, text, start, "end", low, high, qualifier, unit, change,
		kind, subject, event, sentence_start, sentence_end, unit_basis FROM quantities ORDER BY rowid;
DROP TABLE quantities;
ALTER TABLE quantities_new RENAME TO quantities;
CREATE UNIQUE INDEX quantities_id ON quantities(id);
CREATE INDEX quantities_article ON quantities(article_id, start);
CREATE INDEX quantities_claim_value ON quantities(coalesce((low + high) / 2, low, high), id) WHERE kind = 'claim';
` + quantityMeasuresTrigger + `CREATE TRIGGER quantities_copies_ad AFTER DELETE ON quantities WHEN old.kind = 'claim' BEGIN
	DELETE FROM claim_copies WHERE claim_id = old.id;
END;
PRAGMA legacy_alter_table = OFF;
`,
	// 16: where a merged story went (stories.go), so that a link to it
	// leads to the story it became.
	`
CREATE TABLE story_merges (
	sid      INTEGER PRIMARY KEY, -- a story merged into another
	into_sid INTEGER NOT NULL     -- the story it became
);
`,
	// 17: the rule that joined each alias to its entity (entity.Alias.Rule;
	// '' for the entity's own name). An older database's aliases are
	// resolved again (the stamp cleared) by the next run or load.
	`
ALTER TABLE entity_aliases ADD COLUMN rule TEXT NOT NULL DEFAULT '';
DELETE FROM meta WHERE key = 'entities_stamp';
`,
}
