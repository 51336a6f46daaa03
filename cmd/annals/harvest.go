package main

import (
	"fmt"
	"os"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/harvest"
)

const harvestDoc = `Reads articles like 'annals code' and lists what the dictionaries miss: the
most frequent capitalised phrases that no actor entry covers, and the most
frequent words between the first two actors of sentences that code no event
(the verbs a pattern could be written for), each with example sentences.`

func runHarvest(e *env, args []string) error {
	fs := newFlags("harvest", "[flags] FILE...", harvestDoc)
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
	for _, in := range fs.Args() {
		f, err := os.Open(in)
		if err != nil {
			failed = true
			fmt.Fprintf(e.stderr, "annals harvest: %v\n", err)
			continue
		}
		for a, err := range article.Scan(in, f, article.Options{DefaultDate: ref}) {
			if err != nil {
				failed = true
				fmt.Fprintf(e.stderr, "annals harvest: %v\n", err)
				continue
			}
			h.Add(a.Text, a.Date)
		}
		f.Close()
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
