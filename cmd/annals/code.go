package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/dict/dictfile"
	"github.com/annals-project/annals/export"
	"github.com/annals-project/annals/pipeline"
)

const codeDoc = `Reads articles and writes their events to stdout. Inputs are read like
'annals ingest' reads them: a file (plain text, HTML, JSONL, RSS/Atom/JSON
feed, news sitemap, WARC or WARC.gz, also gzip-compressed), a folder (read
recursively in name order), an http(s) URL, or "-" for stdin (the default).
The kind of a file is told from its content: plain text has the headline on
its first line (" – Site" at its end is the source name); JSONL has one
article per line: {"id", "text", "date"?, "title"?, "url"?, "source"?}.
Each article's own publication date (a feed item's, a WARC record's, a JSONL
"date", an HTML page's) is used; --date only for articles that have none.

--input text, html or jsonl skips the detection: every file read (each file
of a folder, stdin, a URL's page, after gzip decompression) is read in that
format. A WARC file, feed or sitemap is never text, HTML or JSONL: with
--input it is reported as an error, not coded.

An input or record that cannot be read (an unreadable file, a broken feed
item, a bad WARC record or JSONL line) is reported on stderr and skipped;
the others are still coded, and the exit code is 1.`

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// loadPipeline builds the dictionary — the embedded default unless
// withDefault is false, and the given files — and the pipeline over it.
func loadPipeline(e *env, withDefault bool, files []string) (*pipeline.Pipeline, error) {
	d, err := buildDict(e, withDefault, files)
	if err != nil {
		return nil, err
	}
	return pipeline.New(d)
}

// buildDict builds a dictionary from the embedded default (when withDefault)
// and the given files, reporting their bad lines to stderr.
func buildDict(e *env, withDefault bool, files []string) (*dict.Dict, error) {
	d := &dict.Dict{}
	if withDefault {
		var err error
		if d, err = dict.Default(); err != nil {
			return nil, err
		}
	}
	if _, err := loadDictFiles(e, d, files, "annals"); err != nil {
		return nil, err
	}
	return d, nil
}

// loadDictFiles loads files into d, each in the annals, PETRARCH or TABARI
// format (detected from its content), reporting skipped lines to stderr
// under the name who; bad is true when a line was skipped.
func loadDictFiles(e *env, d *dict.Dict, files []string, who string) (bad bool, err error) {
	for _, f := range files {
		problems, err := dictfile.Load(d, f)
		if err != nil {
			return bad, err
		}
		for _, p := range problems {
			bad = true
			fmt.Fprintf(e.stderr, "%s: dictionary %v (line skipped)\n", who, p)
		}
	}
	return bad, nil
}

func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, fmt.Errorf("bad --date %q: want YYYY-MM-DD", s)
	}
	return t, nil
}

func runCode(e *env, args []string) error {
	fs := newFlags("code", "[flags] [FILE|FOLDER|URL|-]...", codeDoc)
	format := fs.String("format", "jsonl", "output format: "+strings.Join(export.Formats(), ", "))
	input := fs.String("input", "", "read every file as text, html or jsonl (default: detect each input's kind from its content)")
	date := fs.String("date", "", "publication date `YYYY-MM-DD` for inputs that have none")
	noDefault := fs.Bool("no-default-dict", false, "use only the --dict files, not the embedded dictionaries")
	var dicts stringList
	fs.Var(&dicts, "dict", "extra dictionary `FILE`: annals, PETRARCH or TABARI format, detected from the content (repeatable)")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	ref, err := parseDate(*date)
	if err != nil {
		return err
	}
	switch *input {
	case "", "text", "html", "jsonl":
	default:
		return fmt.Errorf("bad --input %q: want text, html or jsonl", *input)
	}
	w, err := export.New(*format, e.stdout)
	if err != nil {
		return err
	}
	p, err := loadPipeline(e, !*noDefault, dicts)
	if err != nil {
		return err
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if i := slices.Index(inputs, "-"); i >= 0 && slices.Contains(inputs[i+1:], "-") {
		return fmt.Errorf(`"-" (stdin) given more than once: stdin can be read only once`)
	}
	failed := false
	report := func(err error) {
		failed = true
		if errors.Is(err, article.ErrFormatMismatch) {
			err = fmt.Errorf("%w (drop --input to read it by its content)", err)
		}
		fmt.Fprintf(e.stderr, "annals code: %v\n", err)
	}
	opt := article.Options{Format: article.Format(*input), DefaultDate: ref}
	for _, in := range inputs {
		for a, err := range openInput(context.Background(), e, in, opt) {
			if err != nil {
				report(err)
				continue
			}
			events, errs := p.Code(&a)
			for _, err := range errs {
				fmt.Fprintf(e.stderr, "annals code: %v\n", err)
			}
			for i := range events {
				if err := w.Write(&events[i]); err != nil {
					report(fmt.Errorf("%s: %w", a.ID, err))
				}
			}
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	if pw, ok := w.(*export.PLOVERWriter); ok && pw.Skipped() > 0 {
		fmt.Fprintf(e.stderr, "annals code: %d events have no PLOVER event type (CAMEO 01x statements) and were not written\n", pw.Skipped())
	}
	if failed {
		return errFailed
	}
	return nil
}
