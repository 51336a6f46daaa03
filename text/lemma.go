package text

import (
	"fmt"
	"strings"

	"github.com/aaaton/golem/v4/dicts/en"
)

// lemmaTable maps a lower-case word form to its lemma; forms that are their
// own lemma, and unknown forms, are absent.
//
// It is built from the English dictionary of golem
// (github.com/aaaton/golem/v4/dicts/en) by golem's own rule: each line of the
// dictionary is a lemma followed by its forms, and a form that appears on
// several lines takes the lemma of the first, except that lines whose lemma
// is a number are left out (golem reads "third" as "3"). Elsewhere
// golem.Lemmatizer.LemmaLower gives the same answers
// (TestLemmaTableSameAsGolem), but keeping only forms
// that change, in one map with our overrides, halves the time per token and
// the memory.
type lemmaTable map[string]string

// loadLemmas builds the table from golem's English dictionary and then
// applies the overrides from lemmas.txt.
func loadLemmas(overrides map[string]string) (lemmaTable, error) {
	raw, err := en.New().GetResource()
	if err != nil {
		return nil, fmt.Errorf("golem en dictionary: %w", err)
	}
	return buildLemmas(string(raw), overrides)
}

// buildLemmas parses a golem dictionary: lines of tab-separated words, the
// first the lemma, the rest its forms.
func buildLemmas(dict string, overrides map[string]string) (lemmaTable, error) {
	seen := make(map[string]struct{}, 70000)
	t := make(lemmaTable, 45000)
	for n, line := range strings.Split(dict, "\n") {
		if line == "" {
			continue
		}
		words := strings.Split(line, "\t")
		if len(words) < 2 {
			return nil, fmt.Errorf("golem en dictionary: line %d: want a lemma and its forms", n+1)
		}
		if numeral(strings.TrimPrefix(words[0], "\ufeff")) {
			// golem lists ordinals under their number ("3	third", and
			// "first" under a byte-order mark and "1"): a word is not a
			// numeral, and "third" stays "third"
			continue
		}
		for _, w := range words {
			if _, ok := seen[w]; ok {
				continue // the first line that lists a form gives its lemma
			}
			seen[w] = struct{}{}
			if w != words[0] {
				t[w] = words[0]
			}
		}
	}
	for form, lemma := range overrides {
		if form == lemma {
			delete(t, form)
		} else {
			t[form] = lemma
		}
	}
	return t, nil
}

// numeral reports a string of digits.
func numeral(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// lemma returns the lemma of a lower-case form, or the form itself.
func (t lemmaTable) lemma(lower string) string {
	if l, ok := t[lower]; ok {
		return l
	}
	return lower
}
