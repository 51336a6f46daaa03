package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
	"github.com/annals-project/annals/pipeline"
)

const explainDoc = `Codes the given text (one or more sentences) and prints, for each sentence,
the actors found with the dictionary lines that coded them, and each event with
its pattern, source, target, date, flags and the reasons for each choice.`

func runExplain(e *env, args []string) error {
	fs := newFlags("explain", "[flags] SENTENCE", explainDoc)
	date := fs.String("date", "", "publication date `YYYY-MM-DD` to resolve dates and dated actor codes against")
	noDefault := fs.Bool("no-default-dict", false, "use only the --dict files, not the embedded dictionaries")
	config := fs.String("config", "", "coder options as a JSON `OBJECT`, as in a JSONL record's \"config\" (e.g. '{\"require_dyad\":\"false\"}')")
	var dicts stringList
	fs.Var(&dicts, "dict", "dictionary `FILE`: annals, PETRARCH or TABARI format, detected from the content (repeatable)")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("no sentence given (see 'annals explain --help')")
	}
	ref, err := parseDate(*date)
	if err != nil {
		return err
	}
	a := &article.Article{ID: "explain", Text: strings.Join(fs.Args(), " "), Date: ref}
	if *config != "" {
		if !json.Valid([]byte(*config)) {
			return fmt.Errorf("--config: not a JSON object: %s", *config)
		}
		a.Config = json.RawMessage(*config)
	}
	p, err := loadPipeline(e, !*noDefault, dicts)
	if err != nil {
		return err
	}
	events, errs := p.Code(a)
	for _, err := range errs {
		fmt.Fprintf(e.stderr, "annals explain: %v\n", err)
	}
	w := e.stdout
	for _, s := range p.Splitter().Split(a.Text) {
		fmt.Fprintf(w, "sentence %d: %s\n", s.Index+1, s.Text)
		ms := p.Coder().Actors().Find(s.Tokens, pipeline.ActorDay(s.Text, ref))
		if len(ms) == 0 {
			fmt.Fprintf(w, "  actors: none\n")
		} else {
			fmt.Fprintf(w, "  actors:\n")
		}
		for _, m := range ms {
			txt := s.Text[s.Tokens[m.Start].Start-s.Start : s.Tokens[m.End-1].End-s.Start]
			code := string(m.Code)
			switch m.Role {
			case actor.Pronoun:
				code = "(pronoun, resolved when coding)"
			case actor.BareAgent:
				code += " (country from context when coding)"
			case actor.Place:
				code += " (a place here, not an actor)"
			case actor.Modifier:
				code += " (qualifies a noun, not an actor)"
			}
			fmt.Fprintf(w, "    %q → %s — %s%s\n", txt, code, m.How, origins(m.Trace()))
		}
		n := 0
		for i := range events {
			if events[i].SentenceIndex == s.Index {
				n++
				printEvent(w, n, &events[i])
			}
		}
		if n == 0 {
			fmt.Fprintf(w, "  events: none\n")
		}
	}
	return nil
}

func origins(t event.ActorTrace) string {
	var parts []string
	for _, r := range t.Entries {
		parts = append(parts, r.Origin.String())
	}
	if len(parts) == 0 {
		return ""
	}
	return " [" + strings.Join(parts, ", ") + "]"
}

func printEvent(w io.Writer, n int, ev *event.Event) {
	tgt := string(ev.Target.Code)
	if ev.Target.Empty() {
		tgt = "(no target)"
	}
	fmt.Fprintf(w, "  event %d: %s → %s  %s %s\n", n, ev.Source.Code, tgt, ev.Code, cameo.Code(ev.Code).Name())
	fmt.Fprintf(w, "    root %s, QuadClass %d, Goldstein %.1f, PLOVER %s", ev.Root, ev.QuadClass, ev.Goldstein, ev.PLOVER.Event)
	if ev.PLOVER.Mode != "" {
		fmt.Fprintf(w, " (mode %s)", ev.PLOVER.Mode)
	}
	fmt.Fprintln(w)
	x := &ev.Explain
	fmt.Fprintf(w, "    verb:    %q, pattern %q [%s]\n", x.Verb.Text, x.Pattern.Text, x.Pattern.Origin)
	if ev.Source.Text == "" && ev.Source.Code != "" {
		fmt.Fprintf(w, "    source:  (no words) — %s%s\n", x.Source.How, origins(x.Source))
	} else {
		fmt.Fprintf(w, "    source:  %q — %s%s\n", ev.Source.Text, x.Source.How, origins(x.Source))
	}
	switch {
	case ev.Target.Text == "" && ev.Target.Code != "":
		fmt.Fprintf(w, "    target:  (no words) — %s%s\n", x.Target.How, origins(x.Target))
	case !ev.Target.Empty():
		fmt.Fprintf(w, "    target:  %q — %s%s\n", ev.Target.Text, x.Target.How, origins(x.Target))
	}
	fmt.Fprintf(w, "    date:    %s (%s) — %s\n", orNone(ev.Date), ev.DatePrecision, x.Date)
	var flags []string
	if ev.Negated {
		flags = append(flags, "negated")
	}
	if ev.Hypothetical {
		flags = append(flags, "hypothetical")
	}
	if ev.Quoted {
		flags = append(flags, "quoted")
	}
	if len(flags) > 0 {
		fmt.Fprintf(w, "    flags:   %s\n", strings.Join(flags, ", "))
	}
	for _, note := range x.Notes {
		fmt.Fprintf(w, "    note:    %s\n", note)
	}
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}
