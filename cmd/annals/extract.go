package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/annals-project/annals/article"
)

const extractDoc = `Prints the main text and metadata (title, date, author, site name, language,
URL) of each article in the inputs: HTML pages (go-trafilatura, go-readability
when it finds too little; pages in encodings other than UTF-8 are decoded),
and also plain text, JSONL, RSS/Atom/JSON feeds, news sitemaps, WARC and
WARC.gz files and folders of them. An input is a file, a folder (read
recursively in name order), an http(s) URL, or "-" for stdin (the default).
A record that cannot be read is reported on stderr and skipped; the others
are still printed, and the exit code is 1.

--format text (default) prints each article as header lines ("Title: ...")
then a blank line and the text; articles are separated by a line "---".
--format json prints one JSON object per line: {"id", "title", "date",
"author", "site_name", "language", "url", "text"}.`

// extracted is the JSON form of one article for annals extract.
type extracted struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Date     string `json:"date,omitempty"`
	Author   string `json:"author,omitempty"`
	SiteName string `json:"site_name,omitempty"`
	Language string `json:"language,omitempty"`
	URL      string `json:"url,omitempty"`
	Text     string `json:"text"`
}

func runExtract(e *env, args []string) error {
	fs := newFlags("extract", "[flags] [FILE|FOLDER|URL|-]...", extractDoc)
	format := fs.String("format", "text", "output format: text or json")
	date := fs.String("date", "", "publication date `YYYY-MM-DD` for inputs that have none")
	fetch := fs.Bool("fetch", false, "for feeds and sitemaps, fetch each item's linked page for the full text")
	timeout := fs.Duration("timeout", article.DefaultHTTPTimeout, "time limit of one HTTP request")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("bad --format %q: want text or json", *format)
	}
	ref, err := parseDate(*date)
	if err != nil {
		return err
	}
	if *timeout <= 0 {
		return fmt.Errorf("bad --timeout %v: want a positive duration", *timeout)
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opt := article.Options{DefaultDate: ref, FetchLinks: *fetch}
	opt.HTTP = newHTTPClient(*timeout)
	failed := false
	n := 0
	for _, in := range inputs {
		for a, err := range openInput(ctx, e, in, opt) {
			if err != nil {
				failed = true
				fmt.Fprintf(e.stderr, "annals extract: %v\n", err)
				continue
			}
			if err := writeExtracted(e.stdout, *format, &a, n); err != nil {
				return err
			}
			n++
		}
	}
	if failed {
		return errFailed
	}
	return nil
}

// writeExtracted prints one article; n is the number printed before it.
func writeExtracted(w io.Writer, format string, a *article.Article, n int) error {
	x := extracted{ID: a.ID, Title: a.Title, Author: a.Author, SiteName: a.Source, Language: a.Language, URL: a.URL, Text: a.Text}
	if !a.Date.IsZero() {
		x.Date = a.Date.Format(time.RFC3339)
		if a.Date.Equal(a.Date.Truncate(24 * time.Hour)) {
			x.Date = a.Date.Format("2006-01-02")
		}
	}
	if format == "json" {
		b, err := json.Marshal(x)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}
	if n > 0 {
		if _, err := fmt.Fprintln(w, "---"); err != nil {
			return err
		}
	}
	for _, f := range [][2]string{{"ID", x.ID}, {"Title", x.Title}, {"Date", x.Date}, {"Author", x.Author}, {"Site", x.SiteName}, {"Language", x.Language}, {"URL", x.URL}} {
		if f[1] != "" {
			if _, err := fmt.Fprintf(w, "%s: %s\n", f[0], f[1]); err != nil {
				return err
			}
		}
	}
	_, err := fmt.Fprintf(w, "\n%s\n", x.Text)
	return err
}

// newHTTPClient returns the client for fetching URL inputs and linked pages.
func newHTTPClient(timeout time.Duration) *http.Client {
	return &http.Client{Timeout: timeout}
}
