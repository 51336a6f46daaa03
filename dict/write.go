package dict

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Write writes d in the annals format, so that Parse reads back the same
// entries: options, actors and agents, function words, discards, issues,
// verb patterns and transformations, each with a comment naming the line
// it came from. Phrases that the format cannot hold (with ';', ':' or '#')
// are written as comments and counted in the returned error.
func Write(w io.Writer, d *Dict) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# annals dictionary converted from: %s\n", strings.Join(d.Files, ", "))
	lost := 0
	if len(d.Options) > 0 {
		bw.WriteString("\n# coder options\n")
		for _, k := range d.Options.Keys() {
			fmt.Fprintf(bw, "option : %s = %s\n", k, d.Options[k])
		}
	}
	entries := func(title string, es []*Entry) {
		if len(es) == 0 {
			return
		}
		fmt.Fprintf(bw, "\n# %s\n", title)
		for _, e := range es {
			head := e.Kind.String()
			for _, c := range e.Codes {
				s := c.String()
				if e.Kind == Agent && e.AgentFirst {
					s = strings.Replace(s, c.Code, c.Code+"~", 1)
				}
				head += " " + s
			}
			head = withFlags(head, flag{e.Intent, "intent"}, flag{e.Prepare, "prepare"}, flag{e.Conditional, "conditional"},
				flag{e.Region, "region"}, flag{e.Story, "story"}, flag{e.Other, "other"})
			var ps []string
			for _, p := range e.Phrases {
				t := phraseText(p)
				if strings.ContainsAny(t, ";:#") {
					fmt.Fprintf(bw, "# cannot write phrase %q of %s\n", t, e.Origin)
					lost++
					continue
				}
				ps = append(ps, t)
			}
			if len(ps) == 0 {
				continue
			}
			fmt.Fprintf(bw, "%s : %s  # %s\n", head, strings.Join(ps, " ; "), e.Origin)
		}
	}
	entries("actors and agents", d.Actors)
	entries("speech verbs", d.Speech)
	entries("negation", d.Negation)
	entries("modality", d.Modal)
	entries("discards", d.Discards)
	entries("issues", d.Issues)
	if len(d.Patterns) > 0 {
		bw.WriteString("\n# verb patterns\n")
		for _, p := range d.Patterns {
			code := string(p.Code)
			if code == "" {
				code = "---"
			}
			if p.Paired != "" {
				code += "/" + string(p.Paired)
			}
			code = withFlags(code, flag{p.Loose, "loose"}, flag{p.Compound, "compound"}, flag{p.CompoundObject, "mutual"}, flag{p.Kill, "kill"}, flag{p.Undergo, "undergo"})
			t := PatternText(p)
			if strings.ContainsAny(t, ";:#") {
				fmt.Fprintf(bw, "# cannot write pattern %q of %s\n", t, p.Origin)
				lost++
				continue
			}
			fmt.Fprintf(bw, "verb %s : %s  # %s\n", code, t, p.Origin)
		}
	}
	if len(d.Transformations) > 0 {
		bw.WriteString("\n# transformations\n")
		for _, t := range d.Transformations {
			fmt.Fprintf(bw, "transform : %s  # %s\n", t.Text, t.Origin)
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if lost > 0 {
		return fmt.Errorf("%d phrases or patterns could not be written (see the comments in the output)", lost)
	}
	return nil
}

// phraseText writes a phrase's words with their case rules.
func phraseText(p []Word) string {
	ws := make([]string, len(p))
	for i, w := range p {
		s := w.Lower
		switch w.Case {
		case AllCaps:
			s = strings.ToUpper(s)
		case Capital1:
			r, n := utf8.DecodeRuneInString(s)
			s = string(unicode.ToUpper(r)) + s[n:]
		}
		if w.Prefix {
			s += "*"
		}
		if w.Gap {
			s = "* " + s
		}
		ws[i] = s
	}
	return strings.Join(ws, " ")
}

// PatternText writes a pattern in the annals pattern syntax; the anchor
// carries a "^" when words stand before it.
func PatternText(p *Pattern) string {
	var ws []string
	firstLit := -1
	for i, it := range p.Items {
		if it.Kind == Lit && len(it.Alts) > 0 && it.Alts[0] != "'s" && it.Alts[0] != "'" {
			firstLit = i
			break
		}
	}
	for i, it := range p.Items {
		switch it.Kind {
		case Target:
			ws = append(ws, "+")
		case Source:
			ws = append(ws, "$")
		case Skip:
			if len(it.Alts) > 0 && it.Alts[0] == SkipPhrase {
				ws = append(ws, "^")
			} else {
				ws = append(ws, "*")
			}
		default:
			alts := append([]string(nil), it.Alts...)
			for _, s := range it.Seqs {
				alts = append(alts, strings.Join(s, "_"))
			}
			s := strings.Join(alts, "|")
			if i == p.Anchor && i != firstLit {
				s = "^" + s
			}
			ws = append(ws, s)
		}
	}
	return strings.Join(ws, " ")
}

// flag is a lower-case word written after a line's codes when it is on.
type flag struct {
	on   bool
	name string
}

// withFlags appends to s the names of the flags that are on.
func withFlags(s string, fs ...flag) string {
	for _, f := range fs {
		if f.on {
			s += " " + f.name
		}
	}
	return s
}
