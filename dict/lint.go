package dict

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Problem is one finding of Lint.
type Problem struct {
	Kind string // "duplicate", "conflict", "shadowed"
	At   string // file:line
	Msg  string
}

func (p Problem) String() string { return p.At + ": " + p.Kind + ": " + p.Msg }

// Lint looks for entries that repeat or contradict each other, and for
// patterns that can never win:
//
//   - duplicate: the same actor phrase twice with the same code, or the same
//     pattern twice with the same code;
//   - conflict: the same actor phrase with different codes valid on the same
//     day (the matcher takes one of them), or the same pattern under two codes;
//   - shadowed: a pattern that never wins because an earlier one with the
//     same items, whose alternatives contain its own, ties with it on every
//     sentence and is loaded first.
func Lint(d *Dict) []Problem {
	var out []Problem
	type seen struct {
		e    *Entry
		code DatedCode
	}
	phrases := map[string][]seen{}
	for _, e := range d.Actors {
		if e.Kind == Title {
			continue
		}
		for _, p := range e.Phrases {
			key := phraseKey(p)
			for _, c := range e.Codes {
				for _, s := range phrases[key] {
					if s.e == e {
						continue
					}
					if !overlap(s.code, c) {
						continue
					}
					if s.code.Code == c.Code {
						out = append(out, Problem{"duplicate", e.Origin.String(), fmt.Sprintf("%q already codes %s at %s", key, c.Code, s.e.Origin)})
					} else if priorityOf(s.e.Kind) == priorityOf(e.Kind) {
						out = append(out, Problem{"conflict", e.Origin.String(), fmt.Sprintf("%q is %s here and %s at %s", key, c, s.code, s.e.Origin)})
					}
				}
				phrases[key] = append(phrases[key], seen{e, c})
			}
		}
	}
	pats := map[string]*Pattern{}
	for _, p := range d.Patterns {
		key := patternKey(p)
		if q, ok := pats[key]; ok {
			if q.Code == p.Code {
				out = append(out, Problem{"duplicate", p.Origin.String(), fmt.Sprintf("pattern %q already at %s", p.Text, q.Origin)})
			} else {
				out = append(out, Problem{"conflict", p.Origin.String(), fmt.Sprintf("pattern %q is %s here and %s at %s; the first loaded wins", p.Text, p.Code, q.Code, q.Origin)})
			}
			continue
		}
		pats[key] = p
	}
	// Patterns group by anchor; within a group a later pattern that an
	// earlier one covers ties with it on every sentence and loses the tie.
	byAnchor := map[string][]*Pattern{}
	for _, p := range d.Patterns {
		a := p.Items[p.Anchor].Alts[0]
		byAnchor[a] = append(byAnchor[a], p)
	}
	for _, group := range byAnchor {
		for j, p := range group {
			for _, q := range group[:j] {
				if q.Code != p.Code && covers(q, p) && patternKey(q) != patternKey(p) {
					out = append(out, Problem{"shadowed", p.Origin.String(), fmt.Sprintf("pattern %q (%s) never wins: %q (%s at %s) matches the same words and is loaded first", p.Text, p.Code, q.Text, q.Code, q.Origin)})
					break
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At < out[j].At })
	return out
}

func phraseKey(p []Word) string {
	ws := make([]string, len(p))
	for i, w := range p {
		ws[i] = w.Lower
	}
	return strings.Join(ws, " ")
}

func patternKey(p *Pattern) string {
	var b strings.Builder
	for _, it := range p.Items {
		switch it.Kind {
		case Target:
			b.WriteString("+ ")
		case Source:
			b.WriteString("$ ")
		case Skip:
			b.WriteString("* ")
		default:
			alts := append([]string(nil), it.Alts...)
			sort.Strings(alts)
			b.WriteString(strings.Join(alts, "|") + " ")
		}
	}
	return b.String()
}

// covers reports whether pattern q matches everything p matches with the
// same number of literal words: the same items, each of q's alternatives a
// superset of p's.
func covers(q, p *Pattern) bool {
	if len(q.Items) != len(p.Items) {
		return false
	}
	for i := range q.Items {
		a, b := q.Items[i], p.Items[i]
		if a.Kind != b.Kind {
			return false
		}
		if a.Kind != Lit {
			continue
		}
		for _, x := range b.Alts {
			found := false
			for _, y := range a.Alts {
				if x == y {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
	}
	return true
}

// overlap reports whether two dated codes are valid on a common day.
func overlap(a, b DatedCode) bool {
	start := func(d DatedCode) time.Time { return d.From }
	end := func(d DatedCode) time.Time {
		if d.To.IsZero() {
			return time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		return d.To
	}
	return !start(a).After(end(b)) && !start(b).After(end(a))
}

// priorityOf groups kinds the actor matcher ranks equally.
func priorityOf(k Kind) int {
	switch k {
	case Person, Actor, IGO:
		return 3
	case Country, Capital, Demonym:
		return 2
	}
	return 1
}
