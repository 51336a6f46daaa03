package dict

import (
	"fmt"
	"io"
	"sort"

	"github.com/annals-project/annals/ontology/cameo"
)

// Stats counts a dictionary's entries per file and kind and the CAMEO codes
// its patterns reach.
type Stats struct {
	Files    []FileStats
	Reached  []cameo.Code // 3- and 4-digit codebook codes with a pattern, in order
	Missing  []cameo.Code // 3- and 4-digit codebook codes without one
	Roots    []cameo.Code // roots with at least one pattern
	Unknown  []string     // pattern codes the codebook does not know, as file:line code
	Patterns int
}

// FileStats is one file's entry count per kind.
type FileStats struct {
	File  string
	Kinds map[Kind]int // lines per kind (verb: patterns)
}

// ComputeStats computes the statistics of d against the CAMEO codebook.
func ComputeStats(d *Dict) *Stats {
	st := &Stats{Patterns: len(d.Patterns)}
	byFile := map[string]*FileStats{}
	file := func(name string) *FileStats {
		fs := byFile[name]
		if fs == nil {
			fs = &FileStats{File: name, Kinds: map[Kind]int{}}
			byFile[name] = fs
		}
		return fs
	}
	for _, list := range [][]*Entry{d.Actors, d.Speech, d.Negation, d.Modal} {
		for _, e := range list {
			file(e.Origin.File).Kinds[e.Kind]++
		}
	}
	reached := map[cameo.Code]bool{}
	roots := map[cameo.Code]bool{}
	for _, p := range d.Patterns {
		file(p.Origin.File).Kinds[Verb]++
		if p.Code == "" {
			continue // "verb ---": a phrase that codes nothing, on purpose
		}
		if !p.Code.Valid() {
			st.Unknown = append(st.Unknown, fmt.Sprintf("%s %s", p.Origin, p.Code))
			continue
		}
		reached[p.Code] = true
		roots[p.Code.Root()] = true
	}
	for _, e := range cameo.All() {
		switch {
		case len(e.Code) == 2:
			if roots[e.Code] {
				st.Roots = append(st.Roots, e.Code)
			}
		case reached[e.Code]:
			st.Reached = append(st.Reached, e.Code)
		default:
			st.Missing = append(st.Missing, e.Code)
		}
	}
	for _, name := range d.Files {
		if fs := byFile[name]; fs != nil {
			st.Files = append(st.Files, *fs)
			delete(byFile, name)
		}
	}
	var rest []string
	for name := range byFile {
		rest = append(rest, name)
	}
	sort.Strings(rest)
	for _, name := range rest {
		st.Files = append(st.Files, *byFile[name])
	}
	return st
}

// Write prints the statistics; the last line is
// "reached: N of M CAMEO codes (P%)", M counting every 3- and 4-digit code
// of the codebook.
func (st *Stats) Write(w io.Writer) {
	kinds := []Kind{Country, Demonym, Capital, Actor, Person, IGO, Agent, Title, Verb, Speech, Negation, Modal}
	for _, fs := range st.Files {
		fmt.Fprintf(w, "%s:", fs.File)
		for _, k := range kinds {
			if n := fs.Kinds[k]; n > 0 {
				label := k.String()
				if k == Verb {
					label = "patterns"
				}
				fmt.Fprintf(w, " %s %d", label, n)
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "patterns: %d\n", st.Patterns)
	fmt.Fprintf(w, "roots reached: %d of 20\n", len(st.Roots))
	for _, u := range st.Unknown {
		fmt.Fprintf(w, "not a CAMEO code: %s\n", u)
	}
	for _, c := range st.Missing {
		fmt.Fprintf(w, "not reached: %s %s\n", c, c.Name())
	}
	total := len(st.Reached) + len(st.Missing)
	pct := 0.0
	if total > 0 {
		pct = 100 * float64(len(st.Reached)) / float64(total)
	}
	fmt.Fprintf(w, "reached: %d of %d CAMEO codes (%.1f%%)\n", len(st.Reached), total, pct)
}
