// Command annals turns news articles into coded political events: who did
// what to whom, where and when, in CAMEO and PLOVER, with an explanation of
// every coded field.
//
// Usage:
//
//	annals <command> [flags] [arguments]
//
// Run "annals help" for the list of commands and "annals <command> --help"
// for the flags of one.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"
)

// command is one subcommand. run returns an error for bad usage or input;
// main prints it on one line and exits 1.
type command struct {
	name  string
	usage string // the argument synopsis after the command name
	short string // one line for the command list
	run   func(env *env, args []string) error
}

// env is what a command may touch: its streams. Tests run commands with
// buffers in place of the process's streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func commands() []*command {
	return []*command{
		{name: "code", usage: "[flags] [FILE|FOLDER|URL|-]...", short: "code articles (text, HTML, JSONL, feeds, WARC files, folders) into events", run: runCode},
		{name: "extract", usage: "[flags] [FILE|FOLDER|URL|-]...", short: "print the main text and metadata of pages, feeds, WARC files", run: runExtract},
		{name: "explain", usage: "[flags] SENTENCE", short: "show how one sentence is coded: actors, patterns, dates", run: runExplain},
		{name: "geo", usage: "[flags] TEXT... | --format jsonl FILE...", short: "find and resolve the places named in a text", run: runGeo},
		{name: "eval-geo", usage: "[flags] [FILE]", short: "score place recognition and resolution on GeoWebNews", run: runEvalGeo},
		{name: "dict", usage: "SUBCOMMAND [flags]", short: "dictionary tools: stats, lint, convert", run: runDict},
		{name: "harvest", usage: "[flags] SOURCE...", short: "list frequent uncoded actor phrases and verbs, for dictionary work", run: runHarvest},
		{name: "eval", usage: "--gold FILE [flags]", short: "score coding against a gold JSONL file (P/R/F1, exact records)", run: runEval},
		{name: "ingest", usage: "[flags] SOURCE...", short: "read, code and store articles from files, folders, feeds, WARC files, URLs", run: runIngest},
		{name: "events", usage: "[flags]", short: "print stored events matching filters (actor, root, dates, place)", run: runEvents},
		{name: "export", usage: "--format FORMAT [flags]", short: "write stored events: gdelt, mentions, icews, plover, jsonl", run: runExport},
		{name: "serve", usage: "[flags]", short: "serve the JSON API and the web UI (map, timeline, network, explanations)", run: runServe},
		{name: "help", usage: "[COMMAND]", short: "show help for annals or a command", run: runHelp},
	}
}

func main() {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	os.Exit(profiled(func() int { return run(e, os.Args[1:]) }))
}

// profiled runs f, writing a CPU profile to the file $ANNALS_CPUPROFILE
// names, if any (for `go tool pprof`).
func profiled(f func() int) int {
	path := os.Getenv("ANNALS_CPUPROFILE")
	if path == "" {
		return f()
	}
	out, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "annals: ANNALS_CPUPROFILE: %v\n", err)
		return f()
	}
	defer out.Close()
	if err := pprof.StartCPUProfile(out); err != nil {
		fmt.Fprintf(os.Stderr, "annals: ANNALS_CPUPROFILE: %v\n", err)
		return f()
	}
	defer pprof.StopCPUProfile()
	return f()
}

// errFailed marks a run that reported its errors already, one per input.
var errFailed = errors.New("failed")

func run(e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return 1
	}
	name := args[0]
	if name == "-h" || name == "--help" || name == "-help" {
		usage(e.stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name != name {
			continue
		}
		err := c.run(e, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errFailed):
			return 1
		}
		fmt.Fprintf(e.stderr, "annals %s: %v\n", name, err)
		return 1
	}
	fmt.Fprintf(e.stderr, "annals: unknown command %q (run 'annals help')\n", name)
	return 1
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "annals turns news articles into coded political events (CAMEO, PLOVER).\n\nUsage:\n\n  annals <command> [flags] [arguments]\n\nCommands:\n\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.short)
	}
	fmt.Fprintf(w, "\nRun 'annals <command> --help' for the flags of a command.\n")
}

func runHelp(e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		usage(e.stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(e, []string{"--help"})
		}
	}
	return fmt.Errorf("unknown command %q", args[0])
}

// newFlags returns a flag set for command c; its usage text is the
// synopsis, the doc and the flags.
func newFlags(c string, synopsis, doc string) *flag.FlagSet {
	fs := flag.NewFlagSet(c, flag.ContinueOnError)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: annals %s %s\n\n%s\n\nFlags:\n", c, synopsis, doc)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args. --help prints the usage to stdout and returns
// flag.ErrHelp; a bad flag is a one-line error.
func parseFlags(e *env, fs *flag.FlagSet, args []string) error {
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "--help" || a == "-help" {
			fs.SetOutput(e.stdout)
			fs.Usage()
			return flag.ErrHelp
		}
	}
	fs.SetOutput(io.Discard)
	if err := fs.Parse(interspersed(fs, args)); err != nil {
		return fmt.Errorf("%v (see 'annals %s --help')", err, fs.Name())
	}
	return nil
}

// interspersed moves flags that follow positional arguments in front of
// them, so that "annals ingest SOURCE --date D" works as users expect: the
// flag package alone stops at the first argument that is not a flag.
func interspersed(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue // the parser reports it
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return append(append(flags, "--"), pos...)
}
