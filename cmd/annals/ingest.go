package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/ingest"
	"github.com/annals-project/annals/store/sqlite"
	"github.com/schollz/progressbar/v3"
)

const ingestDoc = `Reads articles from the sources, codes them on all cores and stores articles,
events, mentions, actors and stories in a SQLite database. A source is a file
(text, HTML, JSONL, RSS/Atom/JSON feed, news sitemap, WARC or WARC.gz), a
folder (read recursively) or an http(s) URL of a page or feed.

Ingesting is idempotent: an article whose URL or text is stored already is
skipped, so running the same ingest twice adds nothing, and an interrupted
ingest is completed by running it again (every batch is one transaction).
Articles not in English are skipped and counted by language. Near-duplicate
articles form one story; reports of one event (same actors, code, and date
within a day) are one event with NumMentions, NumSources and NumArticles.

A bad record (an unreadable file, a broken feed or WARC record) is reported on
stderr and skipped; the exit code is then 1. On a terminal a progress bar is
shown; otherwise one parseable line per committed batch:

  annals ingest: progress read=N stored=N duplicates=N non_english=N errors=N events=N merged=N mentions=N stories=N batches=N elapsed=S rate=A/s`

func runIngest(e *env, args []string) error {
	fs := newFlags("ingest", "[flags] SOURCE...", ingestDoc)
	db := fs.String("db", "annals.db", "SQLite database `PATH` (created when absent)")
	every := fs.Duration("every", 0, "ingest the sources again every `DURATION` (15m) until interrupted; 0 = once")
	workers := fs.Int("workers", 0, "articles coded in parallel (default: all cores)")
	batch := fs.Int("batch", ingest.DefaultBatchSize, "articles per transaction")
	date := fs.String("date", "", "publication date `YYYY-MM-DD` for inputs that have none")
	fetch := fs.Bool("fetch", false, "for feeds and sitemaps, fetch each item's linked page for the full text")
	timeout := fs.Duration("timeout", article.DefaultHTTPTimeout, "time limit of one HTTP request")
	progress := fs.String("progress", "auto", "progress display: auto (a bar on a terminal, else lines), bar, lines or none")
	var dicts stringList
	fs.Var(&dicts, "dict", "extra dictionary `FILE` in the annals format (repeatable)")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	sources := fs.Args()
	if len(sources) == 0 {
		return fmt.Errorf("%w (see 'annals ingest --help')", ingest.ErrNoSources)
	}
	ref, err := parseDate(*date)
	if err != nil {
		return err
	}
	switch {
	case *every < 0:
		return fmt.Errorf("bad --every %v: want a positive duration or 0", *every)
	case *batch < 1:
		return fmt.Errorf("bad --batch %d: want at least 1", *batch)
	case *timeout <= 0:
		return fmt.Errorf("bad --timeout %v: want a positive duration", *timeout)
	}
	mode := *progress
	switch mode {
	case "auto":
		mode = "lines"
		if isTerminal(e.stderr) {
			mode = "bar"
		}
	case "bar", "lines", "none":
	default:
		return fmt.Errorf("bad --progress %q: want auto, bar, lines or none", mode)
	}
	p, err := loadPipeline(e, true, dicts)
	if err != nil {
		return err
	}
	st, err := sqlite.Open(*db)
	if err != nil {
		return err
	}
	defer st.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	opt := ingest.Options{
		Workers:   *workers,
		BatchSize: *batch,
		Read:      article.Options{DefaultDate: ref, FetchLinks: *fetch, HTTP: newHTTPClient(*timeout)},
	}
	failed := false
	for round := 1; ; round++ {
		show := newProgressDisplay(e.stderr, mode)
		opt.OnError = func(err error) {
			show.clear()
			fmt.Fprintf(e.stderr, "annals ingest: %v\n", err)
		}
		opt.OnProgress = show.update
		prog, err := ingest.Run(ctx, st, p, sources, opt)
		show.finish()
		if *every > 0 {
			fmt.Fprintf(e.stderr, "annals ingest: round %d done %s\n", round, progressFields(prog))
		} else {
			fmt.Fprintf(e.stderr, "annals ingest: done %s\n", progressFields(prog))
		}
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("interrupted; committed batches are kept, run again to complete")
			}
			return err
		}
		failed = failed || prog.Errors > 0
		if *every == 0 {
			break
		}
		select {
		case <-ctx.Done():
		case <-time.After(*every):
			continue
		}
		break
	}
	if failed {
		return errFailed
	}
	return nil
}

// progressFields formats a progress as key=value fields.
func progressFields(p ingest.Progress) string {
	var b strings.Builder
	fmt.Fprintf(&b, "read=%d stored=%d duplicates=%d non_english=%d errors=%d sentences_skipped=%d events=%d merged=%d mentions=%d stories=%d batches=%d elapsed=%.1fs",
		p.Read, p.Stored, p.Duplicates, p.NonEnglish, p.Errors, p.Sentences, p.Events, p.Merged, p.Mentions, p.Stories, p.Batches, p.Elapsed.Seconds())
	if s := p.Elapsed.Seconds(); s > 0 {
		fmt.Fprintf(&b, " rate=%.1f/s", float64(p.Done())/s)
	}
	if len(p.Languages) > 0 {
		langs := make([]string, 0, len(p.Languages))
		for l, n := range p.Languages {
			langs = append(langs, fmt.Sprintf("%s:%d", l, n))
		}
		sort.Strings(langs)
		fmt.Fprintf(&b, " languages=%s", strings.Join(langs, ","))
	}
	return b.String()
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// progressDisplay shows ingest progress as a bar, as lines, or not at all.
type progressDisplay struct {
	w    io.Writer
	mode string
	bar  *progressbar.ProgressBar
}

func newProgressDisplay(w io.Writer, mode string) *progressDisplay {
	d := &progressDisplay{w: w, mode: mode}
	if mode == "bar" {
		d.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionThrottle(100*time.Millisecond),
		)
	}
	return d
}

func (d *progressDisplay) update(p ingest.Progress) {
	switch d.mode {
	case "bar":
		d.bar.Describe(fmt.Sprintf("%d stored, %d events, %d skipped, %d errors", p.Stored, p.Events, p.Duplicates+p.NonEnglish, p.Errors))
		d.bar.Set(p.Done())
	case "lines":
		fmt.Fprintf(d.w, "annals ingest: progress %s\n", progressFields(p))
	}
}

// clear removes the bar from the line before a message is printed.
func (d *progressDisplay) clear() {
	if d.bar != nil {
		d.bar.Clear()
	}
}

func (d *progressDisplay) finish() {
	if d.bar != nil {
		d.bar.Finish()
		fmt.Fprintln(d.w)
	}
}
