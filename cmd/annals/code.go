package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/dict/dictfile"
	"github.com/annals-project/annals/export"
	"github.com/annals-project/annals/pipeline"
)

const codeDoc = `Reads articles and writes their events to stdout. Inputs are files or "-"
(stdin, also the default); each is detected by content as plain text (first line
the headline, " – Site" at its end the source name), an HTML page, or JSONL with
one article per line: {"id", "text", "date"?, "title"?, "url"?, "source"?}.

An input that cannot be read is reported on stderr and skipped; the others are
still coded, and the exit code is 1.`

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
	fs := newFlags("code", "[flags] [FILE|-]...", codeDoc)
	format := fs.String("format", "jsonl", "output format: "+strings.Join(export.Formats(), ", "))
	input := fs.String("input", "", "input format: text, html or jsonl (default: detect from the content)")
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
	failed := false
	report := func(err error) {
		failed = true
		fmt.Fprintf(e.stderr, "annals code: %v\n", err)
	}
	opt := article.Options{Format: article.Format(*input), DefaultDate: ref}
	for _, in := range inputs {
		r := e.stdin
		name := "stdin"
		var f *os.File
		if in != "-" {
			if f, err = os.Open(in); err != nil {
				report(err)
				continue
			}
			r, name = f, in
		}
		for a, err := range article.Scan(name, r, opt) {
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
		if f != nil {
			f.Close()
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
