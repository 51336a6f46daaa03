package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/annals-project/annals/eval"
)

const evalDoc = `Codes every scored record of a gold JSONL file (active and not expecting an
error; format in ../shared/gold/README.md) with its date and prints micro
precision, recall and F1 over unique (source, target, code) triples per record,
the same on root codes, the share of records coded exactly, a table per root
(per event type for PLOVER sets), the records it got wrong with --errors, and
last one line per set:

  eval: set=NAME records=N triple_f1=... root_f1=... sentence_exact=...

PLOVER sets are scored on PLOVER event types and add the event-type accuracy
and the F1 of actor countries (first three letters of the codes). Negated
events are not counted as found; hypothetical ones are. A record that fails
to code counts as wrong and the run goes on.`

func runEval(e *env, args []string) error {
	fs := newFlags("eval", "--gold FILE [flags]", evalDoc)
	gold := fs.String("gold", "", "gold records `FILE` (JSONL)")
	set := fs.String("set", "", "score only the set `NAME` (default: every set in the file)")
	showErrors := fs.Bool("errors", false, "list the records coded wrong, expected vs found")
	noDefault := fs.Bool("no-default-dict", false, "use only the --dict files, not the embedded dictionaries")
	var dicts stringList
	fs.Var(&dicts, "dict", "dictionary `FILE`: annals, PETRARCH or TABARI format, detected from the content (repeatable)")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if *gold == "" {
		return errors.New("--gold FILE is required (see 'annals eval --help')")
	}
	f, err := os.Open(*gold)
	if err != nil {
		return err
	}
	recs, errs := eval.ReadGold(*gold, f)
	f.Close()
	for _, err := range errs {
		fmt.Fprintf(e.stderr, "annals eval: %v (skipped)\n", err)
	}
	sets := map[string]bool{}
	for _, r := range recs {
		if *set == "" || r.Set == *set {
			sets[r.Set] = true
		}
	}
	if len(sets) == 0 {
		return fmt.Errorf("no records of set %q in %s", *set, *gold)
	}
	p, err := loadPipeline(e, !*noDefault, dicts)
	if err != nil {
		return err
	}
	results := eval.CodeAll(p, recs, func(r *eval.Record) bool {
		if !sets[r.Set] || !r.Scored() {
			return false
		}
		if r.Date != nil {
			if _, err := time.Parse("2006-01-02", *r.Date); err != nil {
				fmt.Fprintf(e.stderr, "annals eval: %s: bad date %q: coded without a date\n", r.ID, *r.Date)
			}
		}
		return true
	})
	names := make([]string, 0, len(sets))
	for s := range sets {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, s := range names {
		eval.Score(s, recs, results).Write(e.stdout, *showErrors)
	}
	return nil
}
