package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/annals-project/annals/dict"
)

const dictDoc = `Works with dictionaries. Subcommands:

  convert [flags] FILE...   load dictionary files of any format (annals,
                            PETRARCH, TABARI; detected from the content) and
                            write them in the annals format

Run 'annals dict SUBCOMMAND --help' for the flags of one.`

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
		{name: "convert", short: "write dictionaries in the annals format", run: runDictConvert},
	}
}

func runDict(e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		w := e.stderr
		if len(args) > 0 {
			w = e.stdout
		}
		fmt.Fprintf(w, "Usage: annals dict SUBCOMMAND [flags] [arguments]\n\n%s\n", dictDoc)
		if len(args) == 0 {
			return errors.New("missing subcommand (convert)")
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
