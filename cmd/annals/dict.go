package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/annals-project/annals/dict"
)

const dictDoc = `Works with dictionaries (any format annals reads: annals, PETRARCH, TABARI,
detected from the content). Run 'annals dict SUBCOMMAND --help' for the flags
of one.`

// dictSubcommand is one "annals dict" subcommand.
type dictSubcommand struct {
	name  string
	short string
	run   func(e *env, args []string) error
}

// dictSubcommands lists the subcommands of "annals dict"; add new ones
// here (one function each).
func dictSubcommands() []dictSubcommand {
	return []dictSubcommand{
		{name: "stats", short: "entries per file and kind; CAMEO codes reached and not reached", run: dictReport("stats", dictStatsDoc, func(e *env, d *dict.Dict) {
			dict.ComputeStats(d).Write(e.stdout)
		})},
		{name: "lint", short: "duplicates, conflicts and shadowed patterns", run: dictReport("lint", dictLintDoc, func(e *env, d *dict.Dict) {
			problems := dict.Lint(d)
			for _, p := range problems {
				fmt.Fprintln(e.stdout, p)
			}
			fmt.Fprintf(e.stdout, "lint: %d problems\n", len(problems))
		})},
		{name: "convert", short: "write dictionaries in the annals format", run: runDictConvert},
	}
}

const dictStatsDoc = `Prints the entries per dictionary file and kind, the CAMEO roots reached, every
3- and 4-digit CAMEO code no pattern reaches, and last the line
"reached: N of M CAMEO codes (P%)", M counting every 3- and 4-digit code of the
CAMEO codebook. By default the embedded dictionaries are examined.`

const dictLintDoc = `Lists actor phrases given twice or with conflicting codes on the same dates,
patterns given twice or under two codes, and patterns that never win because an
earlier one matches the same words. By default the embedded dictionaries are
examined.`

// dictReport makes a subcommand that loads the dictionaries (the embedded
// ones unless --no-default-dict, and --dict files) and reports on them.
func dictReport(name, doc string, report func(e *env, d *dict.Dict)) func(e *env, args []string) error {
	return func(e *env, args []string) error {
		fs := newFlags("dict "+name, "[flags]", doc)
		noDefault := fs.Bool("no-default-dict", false, "use only the --dict files, not the embedded dictionaries")
		var dicts stringList
		fs.Var(&dicts, "dict", "dictionary `FILE` in any format annals reads (repeatable)")
		if err := parseFlags(e, fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return fmt.Errorf("unexpected argument %q: dictionaries are given with --dict", fs.Arg(0))
		}
		d, err := buildDict(e, !*noDefault, dicts)
		if err != nil {
			return err
		}
		report(e, d)
		return nil
	}
}

func runDict(e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		w := e.stderr
		if len(args) > 0 {
			w = e.stdout
		}
		fmt.Fprintf(w, "Usage: annals dict SUBCOMMAND [flags] [arguments]\n\n%s\n\nSubcommands:\n\n", dictDoc)
		var names []string
		for _, s := range dictSubcommands() {
			fmt.Fprintf(w, "  %-9s %s\n", s.name, s.short)
			names = append(names, s.name)
		}
		if len(args) == 0 {
			return fmt.Errorf("missing subcommand (%s)", strings.Join(names, ", "))
		}
		return nil
	}
	for _, s := range dictSubcommands() {
		if s.name == args[0] {
			return s.run(e, args[1:])
		}
	}
	return fmt.Errorf("unknown subcommand %q (run 'annals dict --help')", args[0])
}

const dictConvertDoc = `Loads the given dictionary files — each in the annals, PETRARCH or TABARI
format, detected from its content — and writes them as one dictionary in the
annals format (to stdout, or --out FILE). Lines that cannot be read are
reported on stderr with file and line and skipped; the exit code is then 1.
With --default the embedded dictionaries are converted too.`

func runDictConvert(e *env, args []string) error {
	fs := newFlags("dict convert", "[flags] FILE...", dictConvertDoc)
	out := fs.String("out", "", "write to `FILE` instead of stdout")
	withDefault := fs.Bool("default", false, "include the embedded default dictionaries")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 && !*withDefault {
		return errors.New("no dictionary files given (see 'annals dict convert --help')")
	}
	d := &dict.Dict{}
	var err error
	if *withDefault {
		if d, err = dict.Default(); err != nil {
			return err
		}
	}
	bad, err := loadDictFiles(e, d, fs.Args(), "annals dict convert")
	if err != nil {
		return err
	}
	var w io.Writer = e.stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	if err := dict.Write(w, d); err != nil {
		return err
	}
	if bad {
		return errFailed
	}
	return nil
}
