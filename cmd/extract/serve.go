package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/factcheck/extract/internal/review"
)

func init() {
	register(command{name: "serve", summary: "serve the fact-checkers' review app over a claims database", run: runServe})
}

const serveSynopsis = `serve [--db PATH] [--addr 127.0.0.1:8080] [--token T] [--site-url URL]

Serves the review app: claims with filters and full-text search, each claim
in its article, reviews with history, figures compared across sources by
story, near-duplicate articles, and review export. It listens on 127.0.0.1
unless told otherwise; on any other address, set --token (or EXTRACT_TOKEN)
so that only people who know it get in. The app writes only to the
database's review tables and, in the background, to its analysis tables
(near-duplicates, stories) for articles stored since it last ran.`

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", serveSynopsis, stderr)
	db := fs.String("db", defaultDB, "SQLite database `path`")
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`")
	token := fs.String("token", "", "require this bearer `token` (or a login with it); default $EXTRACT_TOKEN")
	siteURL := fs.String("site-url", "", "the app's public `URL`, for the url of each exported ClaimReview (default: the address it is reached at)")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if *token == "" {
		*token = os.Getenv("EXTRACT_TOKEN") // not the flag default: -h would print it
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "extract serve: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return exitUsage
	}
	if _, err := os.Stat(*db); err != nil {
		_, err := openRead(*db) // the same message as export's
		fmt.Fprintln(stderr, "extract serve:", err)
		return exitInput
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		fmt.Fprintf(stderr, "extract serve: --addr %q: %v\n", *addr, err)
		return exitUsage
	}
	if ip := net.ParseIP(host); *token == "" && host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fmt.Fprintf(stderr, "extract serve: warning: listening on %s without --token: anyone who can reach it can read and review\n", *addr)
	}
	st, _, err := openWrite(*db)
	if err != nil {
		// A database it cannot write (read-only file, directory or file
		// system) is served read-only: every page works, saving a review
		// says why it cannot be stored.
		ro, rerr := openRead(*db)
		if rerr != nil {
			fmt.Fprintln(stderr, "extract serve:", err)
			return exitInput
		}
		fmt.Fprintf(stderr, "extract serve: warning: %v: serving it read-only, reviews cannot be saved\n", err)
		st = ro
	}
	defer st.Close()
	logger := log.New(stderr, "extract serve: ", log.LstdFlags)
	app, err := review.New(st, review.Options{Token: *token, Addr: *addr, SiteURL: *siteURL, Log: logger})
	if err != nil {
		fmt.Fprintln(stderr, "extract serve:", err)
		return exitInput
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "extract serve:", err)
		return exitInput
	}
	srv := newHTTPServer(app, logger)
	fmt.Fprintf(stdout, "extract serve: %s on http://%s/ (Ctrl-C to stop)\n", *db, ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintln(stderr, "extract serve:", err)
			return exitInput
		}
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}
	return exitOK
}

// newHTTPServer bounds every request's time: headers within 10 s, the whole
// request within 30 s, the answer within 2 minutes (a full review export
// included); an idle keep-alive connection is closed after 2 minutes.
func newHTTPServer(h http.Handler, logger *log.Logger) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10, ErrorLog: logger}
}
