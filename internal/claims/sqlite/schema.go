package sqlite

// migrations create and upgrade the schema; migrations[i] takes the database
// from version i to i+1. The version is kept in PRAGMA user_version and in
// meta('schema_version') for people reading the file with other tools.
// Append to this list; never edit a migration that has shipped.
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
}
