package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/annals-project/annals/server"
	"github.com/annals-project/annals/web"
)

const serveDoc = `Serves the JSON API and the web UI over a database built by 'annals ingest':
events with filters, aggregates, one event with its reports and explanation,
articles, actors; a world map, a timeline, an actor network, and a box to
code pasted text. Everything is embedded: no network access is needed.

Reads are open. POST /api/articles codes and stores an article and needs the
token (--token, or the ANNALS_TOKEN environment variable) sent as
"Authorization: Bearer TOKEN"; without a token writes are refused.

The API is described at /api/openapi.json; /healthz answers when the
database does; /metrics has Prometheus metrics.`

func runServe(e *env, args []string) error {
	fs := newFlags("serve", "[flags]", serveDoc)
	db := fs.String("db", "annals.db", "SQLite database `PATH`")
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	token := fs.String("token", "", "`TOKEN` required for writes (default: $ANNALS_TOKEN)")
	var dicts stringList
	fs.Var(&dicts, "dict", "extra dictionary `FILE` for coding posted texts (repeatable)")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (see 'annals serve --help')", fs.Arg(0))
	}
	if *token == "" {
		*token = os.Getenv("ANNALS_TOKEN")
	}
	st, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := loadPipeline(e, true, dicts)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	h, err := web.NewHandler(server.Config{Store: st, Pipeline: p, Token: *token, Log: log})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	writes := "writes need the token"
	if *token == "" {
		writes = "writes disabled (no --token)"
	}
	fmt.Fprintf(e.stderr, "annals serve: http://%s/ (database %s; %s)\n", ln.Addr(), *db, writes)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}
