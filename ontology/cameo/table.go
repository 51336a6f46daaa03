package cameo

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed codes.tsv
var codesTSV string

// Entry is one row of the codebook.
type Entry struct {
	Code      Code
	Name      string
	Goldstein float64
	Root      Code
}

// table is the parsed codebook; built once and only read afterwards.
type table struct {
	entries []Entry      // in code order
	index   map[Code]int // code → position in entries
	roots   []Code
}

// codebook parses the embedded codes.tsv on first use. The file ships with
// the package and is checked by the tests, so a parse failure is a build
// defect, not bad input: it panics with the file position.
var codebook = sync.OnceValue(func() *table {
	t, err := parseTable(strings.NewReader(codesTSV))
	if err != nil {
		panic("cameo: embedded codes.tsv: " + err.Error())
	}
	return t
})

// Lookup returns the codebook entry of c. It does not allocate.
func Lookup(c Code) (Entry, bool) {
	t := codebook()
	i, ok := t.index[c]
	if !ok {
		return Entry{}, false
	}
	return t.entries[i], true
}

// All returns every entry in code order ("01", "010", …, "0211", "022", …,
// "2042"). The slice is the caller's own copy.
func All() []Entry {
	return slices.Clone(codebook().entries)
}

// Roots returns the twenty root codes "01" … "20" in order, as a new slice.
func Roots() []Code {
	return slices.Clone(codebook().roots)
}

// parseTable reads the codes.tsv format: '#' comment lines, blank lines, and
// rows "code<TAB>goldstein<TAB>name". It rejects malformed codes, scores
// outside -10…10, duplicates, rows out of code order, and sub-codes whose
// parent (root, or three-digit base) is not defined before them.
func parseTable(r io.Reader) (*table, error) {
	t := &table{index: make(map[Code]int, 320)}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("line %d: want 3 tab-separated columns (code, goldstein, name), got %d", line, len(f))
		}
		c := Code(f[0])
		if !wellFormed(c) {
			return nil, fmt.Errorf("line %d: malformed code %q: want 2 to 4 digits with a root 01-20", line, f[0])
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil || g < -10 || g > 10 {
			return nil, fmt.Errorf("line %d: code %s: Goldstein score %q is not a number in -10..10", line, c, f[1])
		}
		name := strings.TrimSpace(f[2])
		if name == "" {
			return nil, fmt.Errorf("line %d: code %s: empty name", line, c)
		}
		if _, dup := t.index[c]; dup {
			return nil, fmt.Errorf("line %d: duplicate code %s", line, c)
		}
		if n := len(t.entries); n > 0 && t.entries[n-1].Code >= c {
			return nil, fmt.Errorf("line %d: code %s is out of order (after %s)", line, c, t.entries[n-1].Code)
		}
		if len(c) > 2 {
			parent := c.Root()
			if len(c) == 4 {
				parent = c.Base()
			}
			if _, ok := t.index[parent]; !ok {
				return nil, fmt.Errorf("line %d: code %s comes before (or without) its parent %s", line, c, parent)
			}
		} else {
			t.roots = append(t.roots, c)
		}
		t.index[c] = len(t.entries)
		t.entries = append(t.entries, Entry{Code: c, Name: name, Goldstein: g, Root: c.Root()})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	if len(t.entries) == 0 {
		return nil, fmt.Errorf("no codes")
	}
	return t, nil
}

// wellFormed: 2–4 ASCII digits whose first two are a root 01–20.
func wellFormed(c Code) bool {
	if len(c) < 2 || len(c) > 4 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	r := int(c[0]-'0')*10 + int(c[1]-'0')
	return r >= 1 && r <= 20
}

//go:embed intent.tsv
var intentTSV string

//go:embed posture.tsv
var postureTSV string

//go:embed appeal.tsv
var appealTSV string

//go:embed demand.tsv
var demandTSV string

//go:embed refusal.tsv
var refusalTSV string

// The parsed act tables; each is built once and only read afterwards.
var (
	intents  = embeddedActMap("intent.tsv", intentTSV, "03", "13")
	postures = embeddedActMap("posture.tsv", postureTSV, "15")
	appeals  = embeddedActMap("appeal.tsv", appealTSV, "02")
	demands  = embeddedActMap("demand.tsv", demandTSV, "10")
	refusals = embeddedActMap("refusal.tsv", refusalTSV, "12")
)

// actMap maps an act's code to another code (its stated intention, its
// show of force).
type actMap map[Code]Code

// lookup returns the row of c, else of its three-digit base, else of its
// root.
func (m actMap) lookup(c Code) (Code, bool) {
	for _, k := range []Code{c, c.Base(), c.Root()} {
		if v, ok := m[k]; ok {
			return v, true
		}
	}
	return "", false
}

// embeddedActMap parses an embedded act table the first time it is asked
// for; a bad embedded table is a build error, so it panics.
func embeddedActMap(name, tsv string, roots ...Code) func() actMap {
	return sync.OnceValue(func() actMap {
		m, err := parseActMap(strings.NewReader(tsv), roots...)
		if err != nil {
			panic("cameo: embedded " + name + ": " + err.Error())
		}
		return m
	})
}

// Posture returns the code of getting ready to do the act c: the
// posture.tsv row of c, its base's or its root's ("prepared to resume
// shelling" is 152, raising military alert). ok is false for acts that
// readying does not turn into a show of force.
func Posture(c Code) (Code, bool) { return postures().lookup(c) }

// Intent returns the code of a statement that the act c will be done: the
// intent.tsv row of c, else of its three-digit base, else of its root.
// ok is false for acts with no intention code (statements, appeals,
// demands, threats themselves).
func Intent(c Code) (Code, bool) { return intents().lookup(c) }

// Asked returns the code of an appeal (root 02), a demand (10) or a
// refusal (12) by the act c it asks for or refuses: "urged Peru to release
// the prisoners" is 0253, "demanded a ceasefire" 1056 (appeal.tsv,
// demand.tsv, refusal.tsv; c's row, its base's or its root's). ok is
// false for another root or an act with no row.
func Asked(root, c Code) (Code, bool) {
	switch root {
	case "02":
		return appeals().lookup(c)
	case "10":
		return demands().lookup(c)
	case "12":
		return refusals().lookup(c)
	}
	return "", false
}

// parseActMap reads an act table (intent.tsv, posture.tsv, …): '#' comments, blank lines
// and rows "act<TAB>code", both codes of the codebook, the second under
// one of roots.
func parseActMap(r io.Reader, roots ...Code) (actMap, error) {
	m := actMap{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			return nil, fmt.Errorf("line %d: want act<TAB>code, got %q", n, line)
		}
		act, in := Code(f[0]), Code(f[1])
		if _, ok := Lookup(act); !ok {
			return nil, fmt.Errorf("line %d: %q is not a CAMEO code", n, act)
		}
		if _, ok := Lookup(in); !ok {
			return nil, fmt.Errorf("line %d: %q is not a CAMEO code", n, in)
		}
		if !slices.Contains(roots, in.Root()) {
			return nil, fmt.Errorf("line %d: %s is not in root %v", n, in, roots)
		}
		if _, dup := m[act]; dup {
			return nil, fmt.Errorf("line %d: %s listed twice", n, act)
		}
		m[act] = in
	}
	return m, sc.Err()
}
