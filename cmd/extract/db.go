package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/factcheck/extract/internal/claims/sqlite"
)

// Opening the database, with the errors of every command in one style:
// "extract CMD: database PATH: what failed; what to do".

// openRead opens an existing database read-only (export, eval, serve on a
// read-only file).
func openRead(path string) (*sqlite.Store, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("database %s: no such file; create it with \"extract run --db %s INPUT...\" or name another with --db", path, path)
	}
	st, err := sqlite.OpenReadOnly(path)
	if err != nil {
		return nil, fmt.Errorf("database %s: %v", path, unwrapOpen(path, err))
	}
	return st, nil
}

// openWrite opens (creating if needed) a database to write (run, load,
// serve). created reports whether this call made the file.
func openWrite(path string) (st *sqlite.Store, created bool, err error) {
	dir := filepath.Dir(path)
	_, statErr := os.Stat(path)
	created = errors.Is(statErr, fs.ErrNotExist)
	if created {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return nil, false, fmt.Errorf("database %s: directory %s does not exist; create it or name another --db", path, dir)
		}
	}
	st, err = sqlite.Open(path)
	if err == nil && !writableDir(dir) {
		// SQLite writes its WAL beside the database: opening may work, the
		// first commit would not.
		st.Close()
		err = errors.New("read-only directory")
	}
	if err == nil {
		return st, created, nil
	}
	if created {
		removeDB(path)
	}
	switch {
	case !writableDir(dir):
		return nil, false, fmt.Errorf("database %s: the directory %s is read-only, and SQLite needs to write its journal beside the database; name a writable place with --db", path, dir)
	case sqlite.IsReadOnly(err):
		return nil, false, fmt.Errorf("database %s is read-only (file permissions); make it writable or name another --db", path)
	}
	return nil, false, fmt.Errorf("database %s: %v", path, unwrapOpen(path, err))
}

// unwrapOpen drops the store's "open PATH: " prefix: the message names
// the database already.
func unwrapOpen(path string, err error) error {
	if u := errors.Unwrap(err); u != nil && err.Error() == "open "+path+": "+u.Error() {
		return u
	}
	return err
}

// writableDir reports whether files can be created in dir.
func writableDir(dir string) bool {
	f, err := os.CreateTemp(dir, ".extract-probe-*")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

// removeDB deletes a database file this program created, with its WAL
// files, so that a failed first run leaves nothing behind.
func removeDB(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		os.Remove(p)
	}
}
