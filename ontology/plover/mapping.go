package plover

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/annals-project/annals/ontology/cameo"
)

//go:embed mapping.tsv
var mappingTSV string

// mapping parses the embedded mapping.tsv on first use. The file ships with
// the package and its tests check it, so a failure here is a build defect,
// not bad input: it panics naming the line.
var mapping = sync.OnceValue(func() map[cameo.Code]Coding {
	m, err := parseMapping(strings.NewReader(mappingTSV))
	if err != nil {
		panic("plover: embedded mapping.tsv: " + err.Error())
	}
	return m
})

// parseMapping reads rows "code<TAB>event<TAB>mode<TAB>contexts" ('#'
// comments, blank lines skipped) and checks each against the vocabulary:
// the code is a CAMEO code listed once, the event is a PLOVER type (or empty
// for the uncoded statements under root 01), the mode belongs to the type,
// and each context is a PLOVER context.
func parseMapping(r io.Reader) (map[cameo.Code]Coding, error) {
	m := make(map[cameo.Code]Coding, 320)
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("line %d: want 4 tab-separated columns (code, event, mode, contexts), got %d", line, len(f))
		}
		code := cameo.Code(f[0])
		if !code.Valid() {
			return nil, fmt.Errorf("line %d: %q is not a CAMEO code", line, f[0])
		}
		if _, dup := m[code]; dup {
			return nil, fmt.Errorf("line %d: duplicate code %s", line, code)
		}
		k := Coding{Event: f[1], Mode: f[2]}
		switch {
		case k.Event == "" && code.Root() != "01":
			return nil, fmt.Errorf("line %d: code %s: empty event is allowed only under root 01", line, code)
		case k.Event == "" && k.Mode != "":
			return nil, fmt.Errorf("line %d: code %s: mode %q without an event", line, code, k.Mode)
		case k.Event != "" && !ValidType(k.Event):
			return nil, fmt.Errorf("line %d: code %s: %q is not a PLOVER event type", line, code, k.Event)
		case k.Event != "" && !ValidMode(k.Event, k.Mode):
			return nil, fmt.Errorf("line %d: code %s: %q is not a mode of %s", line, code, k.Mode, k.Event)
		}
		if f[3] != "" {
			for _, c := range strings.Split(f[3], ",") {
				c = strings.TrimSpace(c)
				if !ValidContext(c) {
					return nil, fmt.Errorf("line %d: code %s: %q is not a PLOVER context", line, code, c)
				}
				k.Context = append(k.Context, c)
			}
			k.Context = slices.Clip(k.Context) // appends by callers copy
		}
		m[code] = k
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	return m, nil
}
