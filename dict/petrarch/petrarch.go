// Package petrarch reads PETRARCH dictionaries unchanged into the annals
// dictionary model (package dict): the verb dictionaries of PETRARCH-1
// and PETRARCH-2 (CAMEO.2.0.txt), actor dictionaries with date-restricted
// codes, agents, discards and issues.
//
// The kind of a file is detected from its content (see Detect), so files
// keep their upstream names. Every line that cannot be read is returned as
// a *dict.ParseError with its file and line and skipped; loading never
// panics.
//
// How the formats map onto the model:
//
//   - a verb block "--- NAME [CODE] ---" lists verbs (with irregular forms
//     in braces, multi-word verbs with "_" and "+" before the verb word)
//     and patterns "- WORDS * WORDS [CODE]". Each pattern becomes a
//     dict.Pattern marked Loose whose anchor is any verb of the block; "*"
//     is the verb, "+" the target, "$" the source, "&NAME" a synset,
//     "{...}" a noun phrase and "(...)" a prepositional phrase (their words
//     in order), "_" joins words that must be adjacent while a space allows
//     a few words between. A verb alone codes with the block's code.
//     "[A:B]" is a paired code. "%" before the verb marks a compound
//     subject acting on itself (dict.Pattern.Compound), after it a target
//     (for TABARI a compound acting on itself, dict.Pattern.CompoundObject);
//     "^" after the verb skips a noun phrase (dict.SkipPhrase), before it
//     is dropped.
//   - "~ a (a b VERB) VERB2 = a b CODE" transformations are kept as
//     dict.Transformation values.
//   - agents "NAME {PLURALS} [~CODE]" become agent entries ("{}": no plural
//     is formed; "NGO~": the role comes first), with !MACRO! substitution.
//   - discards are phrases; "+" marks a story-level discard.
//   - issues (<ISSUE CATEGORY=...> files) become issue entries.
package petrarch

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/event"
)

// Format is the kind of a PETRARCH (or TABARI) dictionary file.
type Format string

// The file kinds Detect tells apart.
const (
	Verbs    Format = "petrarch-verbs"
	Actors   Format = "petrarch-actors"
	Agents   Format = "petrarch-agents"
	Discards Format = "petrarch-discards"
	Issues   Format = "petrarch-issues"
	Unknown  Format = ""
)

// Detect tells the kind of a PETRARCH dictionary from its content: verb
// blocks ("--- NAME [CODE] ---") make a verb file, "<ISSUE" an issue file,
// agent codes ("[~GOV]") or "!MACRO! =" an agent file, "NAME [CODE]" lines
// an actor file, and a file of bare phrases a discard file.
func Detect(data []byte) Format {
	data = dict.Head(data)
	blocks, agents, actors, bare, lines := 0, 0, 0, 0, 0
	forEachLine(data, '#', func(n int, raw, line string) {
		lines++
		switch {
		case strings.HasPrefix(line, "---") && strings.HasSuffix(line, "---") && strings.Contains(line, "["):
			blocks++
		case strings.HasPrefix(line, "<ISSUE"):
			blocks -= 1000 // issue files never hold verbs
		case strings.Contains(line, "[~") || strings.Contains(line, "~]") || strings.HasPrefix(line, "!") && strings.Contains(line, "! ="):
			agents++
		case strings.Contains(line, "[") && strings.Contains(line, "]"):
			actors++
		case !strings.ContainsAny(line, "[]{}"):
			bare++
		}
	})
	switch {
	case blocks < 0:
		return Issues
	case blocks > 0:
		return Verbs
	case agents > 0 && agents*2 >= actors:
		return Agents
	case actors > 0:
		return Actors
	case bare > 0:
		return Discards
	}
	return Unknown
}

// Load reads one PETRARCH dictionary file of any kind into d.
func Load(d *dict.Dict, name string, data []byte) ([]error, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, fmt.Errorf("read dictionary %s: binary data, not a text file", name)
	}
	d.Files = append(d.Files, name)
	SetDefaults(d)
	switch Detect(data) {
	case Verbs:
		return ParseVerbs(d, name, data), nil
	case Actors:
		return ParseActors(d, name, data, ActorStyle{Comment: '#'}), nil
	case Agents:
		return ParseAgents(d, name, data, '#'), nil
	case Discards:
		return ParseDiscards(d, name, data), nil
	case Issues:
		return ParseIssues(d, name, data), nil
	}
	return nil, fmt.Errorf("read dictionary %s: not a PETRARCH dictionary (no verb blocks, actors, agents or phrases)", name)
}

// Defaults are PETRARCH-2's configuration defaults (PETR_config.ini) and
// the way it composes actor codes, as dict.Options.
var Defaults = dict.Options{
	"require_dyad": "true", "new_actor_length": "0",
	"comma_min": "2", "comma_max": "8", "comma_bmin": "0", "comma_bmax": "0", "comma_emin": "2", "comma_emax": "8",
	"actor_agent": "true", "style": "petrarch", "split_codes": "true",
}

// SetDefaults sets in d.Options the PETRARCH defaults that are not set.
func SetDefaults(d *dict.Dict) {
	if d.Options == nil {
		d.Options = dict.Options{}
	}
	for k, v := range Defaults {
		if _, ok := d.Options[k]; !ok {
			d.Options[k] = v
		}
	}
}

// ParseAgents reads an agent dictionary: "NAME {PLURAL ...} [~CODE]"
// lines and "!MACRO! = A, B, C" substitutions.
func ParseAgents(d *dict.Dict, name string, data []byte, comment byte) []error {
	var errs []error
	macros := map[string][]string{}
	forEachLine(data, comment, func(n int, raw, line string) {
		bad := func(format string, a ...any) {
			errs = append(errs, &dict.ParseError{File: name, Line: n, Msg: fmt.Sprintf(format, a...)})
		}
		if strings.HasPrefix(line, "!") && strings.Contains(line, "=") && !strings.Contains(line, "[") {
			k, v, ok := strings.Cut(line, "=")
			k = strings.TrimSpace(k)
			if !ok || len(k) < 3 || !strings.HasSuffix(k, "!") {
				bad("bad substitution %q: want !NAME! = A, B", line)
				return
			}
			for _, w := range strings.Split(v, ",") {
				if w = strings.TrimSpace(w); w != "" {
					macros[k] = append(macros[k], w)
				}
			}
			return
		}
		head, rest := splitCodes(line)
		plurals, noPlural := []string(nil), false
		if i := strings.IndexByte(head, '{'); i >= 0 {
			j := strings.IndexByte(head, '}')
			if j < i {
				bad("unclosed '{' in %q", line)
				return
			}
			plurals = strings.Fields(head[i+1 : j])
			noPlural = len(plurals) == 0
			head = strings.TrimSpace(head[:i] + head[j+1:])
		}
		if head == "" || rest == "" {
			bad("want NAME [~CODE], got %q", line)
			return
		}
		b := &actorBlock{}
		if err := b.addCodes(rest); err != nil {
			bad("%v", err)
			return
		}
		if len(b.codes) == 0 {
			bad("agent %q has no code", head)
			return
		}
		e := &dict.Entry{Kind: dict.Agent, Name: strings.ReplaceAll(strings.Trim(head, "_"), "_", " "), Origin: event.Origin{File: name, Line: n}, Text: line}
		for _, c := range b.codes {
			if strings.HasSuffix(c.Code, "~") {
				e.AgentFirst = true
			}
			c.Code = strings.Trim(c.Code, "~")
			if c.Code == "" {
				bad("empty agent code in %q", line)
				return
			}
			e.Codes = append(e.Codes, c)
		}
		for _, form := range expand(head, macros) {
			p := phrase(form, false)
			if len(p) == 0 {
				continue
			}
			e.Phrases = append(e.Phrases, p)
			if !noPlural && len(plurals) == 0 {
				if pl := plural(p); pl != nil {
					e.Phrases = append(e.Phrases, pl)
				}
			}
		}
		for _, pl := range plurals {
			for _, form := range expand(pl, macros) {
				if p := phrase(form, false); len(p) > 0 {
					e.Phrases = append(e.Phrases, p)
				}
			}
		}
		d.Actors = append(d.Actors, e)
	})
	return errs
}

// expand substitutes !MACRO! in s by each of its words.
func expand(s string, macros map[string][]string) []string {
	out := []string{s}
	for k, vs := range macros {
		var next []string
		for _, o := range out {
			if !strings.Contains(o, k) {
				next = append(next, o)
				continue
			}
			for _, v := range vs {
				next = append(next, strings.ReplaceAll(o, k, v))
			}
		}
		out = next
	}
	return out
}

func plural(p []dict.Word) []dict.Word {
	last := p[len(p)-1].Lower
	pl := dict.Plural(last)
	if pl == "" || pl == last {
		return nil
	}
	out := append([]dict.Word(nil), p...)
	out[len(out)-1].Lower = pl
	return out
}

// ParseDiscards reads a discard file: one phrase a line, "+" before a
// story-level discard.
func ParseDiscards(d *dict.Dict, name string, data []byte) []error {
	var errs []error
	forEachLine(data, '#', func(n int, raw, line string) {
		story := strings.HasPrefix(line, "+")
		ph := strings.TrimSpace(strings.TrimPrefix(line, "+"))
		p := phrase(ph, false)
		if len(p) == 0 {
			errs = append(errs, &dict.ParseError{File: name, Line: n, Msg: "empty discard"})
			return
		}
		d.Discards = append(d.Discards, &dict.Entry{Kind: dict.Discard, Name: ph, Phrases: [][]dict.Word{p}, Story: story, Origin: event.Origin{File: name, Line: n}, Text: line})
	})
	return errs
}

// ParseIssues reads a PETRARCH issue file: <ISSUE CATEGORY="..."> blocks of
// "phrase [CODE]" lines ("n:" marks a noun, "+" joins words that may also be
// written together; "~phrase" excludes a phrase and is skipped).
func ParseIssues(d *dict.Dict, name string, data []byte) []error {
	var errs []error
	forEachLine(data, '#', func(n int, raw, line string) {
		if strings.HasPrefix(line, "<") || strings.HasPrefix(line, "~") {
			return
		}
		ph, rest := splitCodes(line)
		if ph == "" || rest == "" {
			errs = append(errs, &dict.ParseError{File: name, Line: n, Msg: fmt.Sprintf("want PHRASE [CODE], got %q", line)})
			return
		}
		code := strings.Trim(strings.TrimSpace(rest), "[] ")
		var words []string
		for _, w := range strings.Fields(ph) {
			w = strings.TrimPrefix(w, "n:")
			words = append(words, strings.ReplaceAll(w, "+", " "))
		}
		p := phrase(strings.Join(words, " "), false)
		if len(p) == 0 || code == "" {
			errs = append(errs, &dict.ParseError{File: name, Line: n, Msg: fmt.Sprintf("want PHRASE [CODE], got %q", line)})
			return
		}
		d.Issues = append(d.Issues, &dict.Entry{Kind: dict.Issue, Name: ph, Codes: []dict.DatedCode{{Code: code}}, Phrases: [][]dict.Word{p}, Origin: event.Origin{File: name, Line: n}, Text: line})
	})
	return errs
}
