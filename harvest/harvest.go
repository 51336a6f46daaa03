// Package harvest finds what the dictionaries miss: frequent capitalised
// phrases that no actor entry covers, and frequent verbs in sentences that
// name two actors but code no event. Each comes with example sentences, as
// material for the next dictionary edit.
package harvest

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/coder"
	"github.com/annals-project/annals/text"
)

// Item is one harvested phrase or verb.
type Item struct {
	Text     string
	Count    int
	Examples []string // up to MaxExamples sentences
}

// MaxExamples bounds the example sentences kept per item.
const MaxExamples = 3

// Harvester collects items over many articles. It is not safe for
// concurrent use.
type Harvester struct {
	split  *text.Splitter
	coder  *coder.Coder
	actors map[string]*Item
	verbs  map[string]*Item
	// Sentences and Uncoded count the sentences seen and those with two
	// actors but no event.
	Sentences, Uncoded int
}

// New returns a harvester using the pipeline's splitter and coder.
func New(split *text.Splitter, c *coder.Coder) *Harvester {
	return &Harvester{split: split, coder: c, actors: map[string]*Item{}, verbs: map[string]*Item{}}
}

// Add harvests one article's text. A sentence the coder fails on (a
// panic, as the pipeline turns into an error) is skipped and returned as
// an error; the other sentences are still harvested.
func (h *Harvester) Add(txt string, date time.Time) (errs []error) {
	ctx := &coder.Context{}
	for n, s := range h.split.Split(txt) {
		if err := h.sentence(&s, date, ctx); err != nil {
			errs = append(errs, fmt.Errorf("sentence %d: %w", n+1, err))
		}
	}
	return errs
}

// sentence harvests one sentence, turning a panic of the coder into an
// error.
func (h *Harvester) sentence(s *text.Sentence, date time.Time, ctx *coder.Context) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("coder failed: %v", r)
		}
	}()
	h.Sentences++
	ms := h.coder.Actors().Find(s.Tokens, date)
	covered := make([]bool, len(s.Tokens))
	named := 0
	for _, m := range ms {
		for i := m.Start; i < m.End; i++ {
			covered[i] = true
		}
		if m.Role == actor.Named || m.Role == actor.BareAgent {
			named++
		}
	}
	h.unknownNames(s, covered)
	evs := h.coder.Sentence(s, date, ctx)
	if len(evs) == 0 && named >= 2 {
		h.Uncoded++
		h.verbsBetween(s, ms, covered)
	}
	return nil
}

// unknownNames counts runs of capitalised words that no mention covers,
// leaving out a single capitalised word at the start of the sentence.
func (h *Harvester) unknownNames(s *text.Sentence, covered []bool) {
	toks := s.Tokens
	for i := 0; i < len(toks); {
		// a capitalised function word ("The", "In") does not start a name
		if covered[i] || !capitalised(toks[i].Text) || stop[toks[i].Lower] {
			i++
			continue
		}
		j := i
		for j < len(toks) && !covered[j] && (capitalised(toks[j].Text) || j > i && joiner(toks[j].Lower) && j+1 < len(toks) && capitalised(toks[j+1].Text)) {
			j++
		}
		if !(i == 0 && j == 1) && !(i == 1 && j == 2 && stop[toks[0].Lower]) {
			phrase := s.Text[toks[i].Start-s.Start : toks[j-1].End-s.Start]
			add(h.actors, phrase, s.Text)
		}
		i = j
	}
}

// verbsBetween counts the lemmas of the words between the first two actors
// of an uncoded sentence: the verb that links them is among them.
func (h *Harvester) verbsBetween(s *text.Sentence, ms []actor.Mention, covered []bool) {
	var first, second *actor.Mention
	for k := range ms {
		if ms[k].Role == actor.Named || ms[k].Role == actor.BareAgent {
			if first == nil {
				first = &ms[k]
			} else {
				second = &ms[k]
				break
			}
		}
	}
	if second == nil {
		return
	}
	for i := first.End; i < second.Start; i++ {
		t := &s.Tokens[i]
		if covered[i] || stop[t.Lemma] || !word(t.Lower) {
			continue
		}
		add(h.verbs, t.Lemma, s.Text)
	}
}

func add(m map[string]*Item, key, example string) {
	it := m[key]
	if it == nil {
		it = &Item{Text: key}
		m[key] = it
	}
	it.Count++
	if len(it.Examples) < MaxExamples {
		it.Examples = append(it.Examples, example)
	}
}

// Actors returns the unknown capitalised phrases seen at least min times,
// most frequent first.
func (h *Harvester) Actors(min int) []Item { return top(h.actors, min) }

// Verbs returns the words between actors of uncoded sentences seen at
// least min times, most frequent first.
func (h *Harvester) Verbs(min int) []Item { return top(h.verbs, min) }

func top(m map[string]*Item, min int) []Item {
	var out []Item
	for _, it := range m {
		if it.Count >= min {
			out = append(out, *it)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Text < out[j].Text
	})
	return out
}

func capitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

func joiner(w string) bool { return w == "of" || w == "al" || w == "de" || w == "bin" || w == "-" }

func word(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return len(w) > 2
}

var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an and or but of to in on at by for with from as that this these those
		its their his her our be have do not no it they he she we who which what when where while after before
		than then also said say says more most some any all other new two three one over into about against
		between during since until under up out off very just only still such`) {
		m[w] = true
	}
	return m
}()
