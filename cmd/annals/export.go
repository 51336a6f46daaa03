package main

import (
	"context"
	"fmt"

	"github.com/annals-project/annals/event"
)

// eventT shortens the export callbacks' signatures.
type eventT = event.Event

const exportDoc = `Writes the stored events (or, with --format mentions, their mentions) to stdout
in an event-data format:

  gdelt     GDELT 2.0 Event export, 61 tab-separated columns; GLOBALEVENTID is
            the database's event id, NumMentions, NumSources, NumArticles count
            the reports merged into the event
  mentions  GDELT 2.0 Mentions, 16 tab-separated columns: one row per report
            (article and sentence) of each event, joined to gdelt on GLOBALEVENTID
  icews     ICEWS coded event table, 20 columns with header
  plover    PLOVER event JSON, one per line
  jsonl     annals event JSON with global_event_id and the counts added

The event filters of 'annals events' apply.`

func runExport(e *env, args []string) error {
	fs := newFlags("export", "--format gdelt|mentions|icews|plover|jsonl [flags]", exportDoc)
	db := fs.String("db", "annals.db", "SQLite database `PATH`")
	format := fs.String("format", "", "output format: gdelt, mentions, icews, plover or jsonl (required)")
	query := queryFlags(fs)
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (see 'annals export --help')", fs.Arg(0))
	}
	switch *format {
	case "gdelt", "mentions", "icews", "plover", "jsonl":
	case "":
		return fmt.Errorf("--format is required: gdelt, mentions, icews, plover or jsonl")
	default:
		return fmt.Errorf("bad --format %q: want gdelt, mentions, icews, plover or jsonl", *format)
	}
	q, err := query()
	if err != nil {
		return err
	}
	st, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	return writeStored(context.Background(), e, st, *format, q)
}
