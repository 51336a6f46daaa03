package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/annals-project/annals/export"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/store/sqlite"
)

const eventsDoc = `Prints the stored events that match the filters, in order of date. Each event
is counted once however many articles reported it: NumMentions (reports),
NumArticles and NumSources (publishers) say how widely.

Formats: table (default: one line per event), jsonl (the event's JSON with
global_event_id, num_mentions, num_sources, num_articles, story_id added), and
gdelt, plover, icews as in 'annals export'.`

// queryFlags adds the event filters to fs.
func queryFlags(fs interface {
	String(name, value, usage string) *string
	Int64(name string, value int64, usage string) *int64
	Int(name string, value int, usage string) *int
}) func() (store.Query, error) {
	actor := fs.String("actor", "", "source or target actor code starts with `CODE` (LBY matches LBYMIL)")
	root := fs.String("root", "", "CAMEO root `NN` (19)")
	code := fs.String("code", "", "CAMEO code starts with `CODE` (190)")
	since := fs.String("since", "", "events on or after `YYYY-MM-DD`")
	until := fs.String("until", "", "events on or before `YYYY-MM-DD`")
	place := fs.String("place", "", "a place of the event contains `NAME` (case-insensitive)")
	storyID := fs.Int64("story", 0, "events of story `ID`")
	lim := fs.Int("limit", 0, "at most `N` events (0: all)")
	return func() (store.Query, error) {
		q := store.Query{Actor: *actor, Root: *root, Code: *code, Since: *since, Until: *until, Place: *place, Story: *storyID, Limit: *lim}
		for _, d := range []struct{ flag, v string }{{"since", q.Since}, {"until", q.Until}} {
			if _, err := parseDate(d.v); err != nil {
				return q, fmt.Errorf("bad --%s %q: want YYYY-MM-DD", d.flag, d.v)
			}
		}
		if q.Root != "" && (len(q.Root) > 2 || !digits(q.Root)) {
			return q, fmt.Errorf("bad --root %q: want a CAMEO root, 01 to 20", q.Root)
		}
		if q.Code != "" && !digits(q.Code) {
			return q, fmt.Errorf("bad --code %q: want digits", q.Code)
		}
		if q.Limit < 0 {
			return q, fmt.Errorf("bad --limit %d", q.Limit)
		}
		return q, nil
	}
}

func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// openExisting opens a database that must exist already: querying a path
// with a typo must not create an empty database.
func openExisting(path string) (*sqlite.DB, error) {
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no database at %s (run 'annals ingest --db %s SOURCE...' first)", path, path)
		}
		return nil, err
	}
	return sqlite.Open(path)
}

func runEvents(e *env, args []string) error {
	fs := newFlags("events", "[flags]", eventsDoc)
	db := fs.String("db", "annals.db", "SQLite database `PATH`")
	format := fs.String("format", "table", "output format: table, jsonl, gdelt, plover, icews")
	query := queryFlags(fs)
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (see 'annals events --help')", fs.Arg(0))
	}
	q, err := query()
	if err != nil {
		return err
	}
	if *format == "mentions" {
		return fmt.Errorf("bad --format mentions: use 'annals export --format mentions'")
	}
	st, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	return writeStored(context.Background(), e, st, *format, q)
}

// writeStored writes the events of q (or their mentions) in format.
func writeStored(ctx context.Context, e *env, st store.Store, format string, q store.Query) error {
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	var err error
	switch format {
	case "table":
		err = writeTable(ctx, out, st, q)
	case "jsonl":
		err = writeJSONL(ctx, out, st, q)
	case "mentions":
		err = writeMentions(ctx, e, out, st, q)
	default:
		err = writeExport(ctx, e, out, st, format, q)
	}
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	return err
}

func writeTable(ctx context.Context, w io.Writer, st store.Store, q store.Query) error {
	fmt.Fprintf(w, "%-8s %-10s %-12s %-4s %-12s %4s %4s %4s  %s\n", "ID", "DATE", "SOURCE", "CODE", "TARGET", "MENT", "ART", "SRC", "SENTENCE")
	for ev, err := range st.Events(ctx, q) {
		if err != nil {
			return err
		}
		x := &ev.Event
		date := x.Date
		if date == "" {
			date = x.Article.Date
		}
		fmt.Fprintf(w, "%-8d %-10s %-12s %-4s %-12s %4d %4d %4d  %s\n", ev.ID, date, orDash(string(x.Source.Code)), x.Code,
			orDash(string(x.Target.Code)), ev.NumMentions, ev.NumArticles, ev.NumSources, shorten(x.Sentence, 100))
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// shorten cuts s to at most n code points, on one line.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// writeJSONL writes each event's JSON with its identifier and counts added
// in front, so that a reader of annals' event lines reads it unchanged.
func writeJSONL(ctx context.Context, w io.Writer, st store.Store, q store.Query) error {
	for ev, err := range st.Events(ctx, q) {
		if err != nil {
			return err
		}
		js, err := json.Marshal(&ev.Event)
		if err != nil {
			return fmt.Errorf("event %d: %w", ev.ID, err)
		}
		fmt.Fprintf(w, `{"global_event_id":%d,"num_mentions":%d,"num_sources":%d,"num_articles":%d,"story_id":%d,"date_added":%q,`,
			ev.ID, ev.NumMentions, ev.NumSources, ev.NumArticles, ev.StoryID, ev.Added)
		w.Write(js[1:])
		io.WriteString(w, "\n")
	}
	return nil
}

// writeExport writes events with an export.Writer; GDELT rows get the
// store's event id and counts.
func writeExport(ctx context.Context, e *env, w io.Writer, st store.Store, format string, q store.Query) error {
	var current *store.Event
	var ew export.Writer
	var err error
	if format == "gdelt" {
		ew, err = export.NewGDELT(w, export.GDELTOptions{Counts: func(*eventT) export.Counts {
			return export.Counts{ID: current.ID, NumMentions: current.NumMentions, NumSources: current.NumSources, NumArticles: current.NumArticles}
		}})
	} else {
		ew, err = export.New(format, w)
	}
	if err != nil {
		return fmt.Errorf("bad --format: %w", err)
	}
	failed := false
	for ev, err := range st.Events(ctx, q) {
		if err != nil {
			return err
		}
		current = ev
		if err := ew.Write(&ev.Event); err != nil {
			failed = true
			fmt.Fprintf(e.stderr, "annals: event %d: %v\n", ev.ID, err)
		}
	}
	if err := ew.Close(); err != nil {
		return err
	}
	if pw, ok := ew.(*export.PLOVERWriter); ok && pw.Skipped() > 0 {
		fmt.Fprintf(e.stderr, "annals: %d events have no PLOVER event type (CAMEO 01x statements) and were not written\n", pw.Skipped())
	}
	if failed {
		return errFailed
	}
	return nil
}

// writeMentions writes the GDELT Mentions table of the events of q.
func writeMentions(ctx context.Context, e *env, w io.Writer, st store.Store, q store.Query) error {
	mw := export.NewMentions(w)
	failed := false
	for m, err := range st.Mentions(ctx, q) {
		if err != nil {
			return err
		}
		x := export.Mention{EventID: m.EventID, EventAdded: m.EventAdded, Event: &m.Event, SentenceOffset: m.SentenceOffset, DocLen: m.DocLen}
		if err := mw.Write(&x); err != nil {
			failed = true
			fmt.Fprintf(e.stderr, "annals: mention of event %d: %v\n", m.EventID, err)
		}
	}
	if err := mw.Close(); err != nil {
		return err
	}
	if failed {
		return errFailed
	}
	return nil
}
