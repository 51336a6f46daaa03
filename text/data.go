package text

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The data files are part of the package: plain text, one entry per line,
// `#` comments. They are parsed once by NewSplitter.
var (
	//go:embed abbreviations.txt
	abbreviationsTxt []byte
	//go:embed lemmas.txt
	lemmasTxt []byte
	//go:embed starters.txt
	startersTxt []byte
)

// abbrKind is the kind of an abbreviation from abbreviations.txt.
type abbrKind uint8

const (
	abbrNone  abbrKind = iota
	abbrPlain          // may end a sentence when the next word starts one
	abbrTitle          // precedes a name: never ends a sentence
)

// parseAbbreviations reads the abbreviation list (format in
// abbreviations.txt). The map holds each entry as written and, for an entry
// in lower case, its capitalised form; the value is its kind.
func parseAbbreviations(name string, data []byte) (map[string]abbrKind, error) {
	m := make(map[string]abbrKind)
	err := eachLine(name, data, func(fields []string) error {
		if len(fields) > 2 {
			return fmt.Errorf("want `ABBREVIATION [title]`, got %d fields", len(fields))
		}
		a := fields[0]
		if !strings.HasSuffix(a, ".") || len(a) < 2 {
			return fmt.Errorf("abbreviation %q must end in a dot", a)
		}
		kind := abbrPlain
		if len(fields) == 2 {
			if fields[1] != "title" {
				return fmt.Errorf("unknown kind %q (want title or nothing)", fields[1])
			}
			kind = abbrTitle
		}
		m[a] = kind
		if r, w := utf8.DecodeRuneInString(a); unicode.IsLower(r) {
			m[string(unicode.ToUpper(r))+a[w:]] = kind
		}
		return nil
	})
	return m, err
}

// parseLemmas reads the lemma overrides (format in lemmas.txt).
func parseLemmas(name string, data []byte) (map[string]string, error) {
	m := make(map[string]string)
	err := eachLine(name, data, func(fields []string) error {
		if len(fields) != 2 {
			return fmt.Errorf("want `FORM LEMMA`, got %d fields", len(fields))
		}
		if fields[0] != strings.ToLower(fields[0]) || fields[1] != strings.ToLower(fields[1]) {
			return fmt.Errorf("form and lemma must be lower case: %q %q", fields[0], fields[1])
		}
		m[fields[0]] = fields[1]
		return nil
	})
	return m, err
}

// parseStarters reads the list of sentence-starting words (format in
// starters.txt).
func parseStarters(name string, data []byte) (map[string]bool, error) {
	m := make(map[string]bool)
	err := eachLine(name, data, func(fields []string) error {
		for _, w := range fields {
			if w != strings.ToLower(w) {
				return fmt.Errorf("word %q must be lower case", w)
			}
			m[w] = true
		}
		return nil
	})
	return m, err
}

// eachLine calls fn with the whitespace-separated fields of every line that
// is not blank once `#` comments are removed. Errors are reported as
// name:line: message.
func eachLine(name string, data []byte, fn func(fields []string) error) error {
	for i, line := range strings.Split(string(data), "\n") {
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("%s:%d: %w", name, i+1, err)
		}
	}
	return nil
}
