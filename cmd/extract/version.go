package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/factcheck/extract/internal/claims/sqlite"
)

func init() {
	register(command{name: "version", summary: "print the program's version, the commit it was built from and its database schema", run: runVersion})
}

// version is set at build time: go build -ldflags "-X main.version=v1.2.3".
var version = ""

func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version", "version", stderr)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	fmt.Fprintln(stdout, versionLine())
	return exitOK
}

// versionLine is "extract VERSION (commit REV[, modified], TIME) go1.x
// linux/amd64, database schema N".
func versionLine() string {
	v, rev, when, dirty := version, "", "", false
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "devel"
	}
	build := ""
	if rev != "" {
		build = " (commit " + rev[:min(12, len(rev))]
		if dirty {
			build += ", modified"
		}
		if when != "" {
			build += ", " + when
		}
		build += ")"
	}
	return fmt.Sprintf("extract %s%s %s %s/%s, database schema %d", v, build, runtime.Version(), runtime.GOOS, runtime.GOARCH, sqlite.SchemaVersion())
}
