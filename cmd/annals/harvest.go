package main

import (
	"context"
	"fmt"
	"iter"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/harvest"
)

const harvestDoc = `Reads articles and lists what the dictionaries miss: the most frequent
capitalised phrases that no actor entry covers, and the most frequent words
between the first two actors of sentences that code no event (the verbs a
pattern could be written for), each with example sentences.

Inputs are read like 'annals ingest' and 'annals extract' read them: a file
(text, HTML, JSONL, RSS/Atom/JSON feed, news sitemap, WARC or WARC.gz), a
folder (read recursively), an http(s) URL, or "-" for stdin. Each article's
own publication date (a feed item's, a WARC record's, a JSONL "date") is
used; --date only for articles that have none. An input or record that
cannot be read is reported on stderr and skipped; the others are still
harvested, and the exit code is 1.`

func runHarvest(e *env, args []string) error {
	fs := newFlags("harvest", "[flags] SOURCE...", harvestDoc)
	top := fs.Int("top", 40, "list at most `N` items of each kind")
	min := fs.Int("min", 2, "list only items seen at least `N` times")
	date := fs.String("date", "", "publication date `YYYY-MM-DD` for inputs that have none")
	var dicts stringList
	fs.Var(&dicts, "dict", "extra dictionary `FILE` (repeatable)")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("no input files (see 'annals harvest --help')")
	}
	ref, err := parseDate(*date)
	if err != nil {
		return err
	}
	p, err := loadPipeline(e, true, dicts)
	if err != nil {
		return err
	}
	h := harvest.New(p.Splitter(), p.Coder())
	failed := false
	opt := article.Options{DefaultDate: ref}
	for _, in := range fs.Args() {
		for a, err := range openInput(context.Background(), e, in, opt) {
			if err != nil {
				failed = true
				fmt.Fprintf(e.stderr, "annals harvest: %v\n", err)
				continue
			}
			for _, err := range h.Add(a.Text, a.Date) {
				fmt.Fprintf(e.stderr, "annals harvest: %s: %v\n", a.ID, err)
			}
		}
	}
	w := e.stdout
	list := func(title string, items []harvest.Item) {
		fmt.Fprintf(w, "%s:\n", title)
		for i, it := range items {
			if i == *top {
				break
			}
			fmt.Fprintf(w, "%6d  %s\n", it.Count, it.Text)
			for _, ex := range it.Examples {
				fmt.Fprintf(w, "        e.g. %s\n", ex)
			}
		}
	}
	list("uncoded capitalised phrases (actor candidates)", h.Actors(*min))
	list(fmt.Sprintf("words between two actors in %d of %d sentences without an event (verb candidates)", h.Uncoded, h.Sentences), h.Verbs(*min))
	if failed {
		return errFailed
	}
	return nil
}

// openInput yields the articles of one input of the commands that read
// every kind of source (code, extract, harvest): a file, folder or URL, read
// by article.Open, or "-" for the command's standard input.
func openInput(ctx context.Context, e *env, in string, opt article.Options) iter.Seq2[article.Article, error] {
	if in == "-" {
		return article.OpenReader(ctx, "stdin", e.stdin, opt)
	}
	return article.Open(ctx, in, opt)
}
