// Package dict is the dictionary model of annals and its own text format.
//
// A dictionary is data: actors (countries, demonyms, capitals, named actors,
// people, IGOs, agents, titles) and verb patterns. Every entry remembers the
// file and line it came from, so each coded field of an event can name the
// line that produced it. The format is described in DEVELOPERS.md; in short,
// one entry per line:
//
//	KIND  CODES  :  PHRASE ; PHRASE ; ...
//
// The default dictionaries are embedded from dict/data and returned by
// Default.
package dict

import (
	"fmt"
	"strings"
	"time"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
)

// Kind is the kind of a dictionary entry: the first word of its line.
type Kind uint8

// The entry kinds. Actor kinds come first, then the verb kinds.
const (
	Country Kind = iota + 1
	Demonym
	Capital
	Actor
	Person
	IGO
	Agent
	Title
	Verb
	Speech
	Negation
	Modal
)

var kindNames = [...]string{
	Country: "country", Demonym: "demonym", Capital: "capital", Actor: "actor",
	Person: "person", IGO: "igo", Agent: "agent", Title: "title",
	Verb: "verb", Speech: "speech", Negation: "negation", Modal: "modal",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

func kindOf(s string) (Kind, bool) {
	for k, n := range kindNames {
		if n == s && n != "" {
			return Kind(k), true
		}
	}
	return 0, false
}

// IsActor reports whether entries of this kind name actors or parts of
// actor mentions (everything but verbs and function words).
func (k Kind) IsActor() bool { return k >= Country && k <= Title }

// DatedCode is a code valid from From to To, both inclusive; a zero time is
// an open end.
type DatedCode struct {
	Code     string
	From, To time.Time
}

// ValidOn reports whether the code applies on day t. A zero t (no date
// known) accepts every code.
func (d DatedCode) ValidOn(t time.Time) bool {
	if t.IsZero() {
		return true
	}
	if !d.From.IsZero() && t.Before(d.From) {
		return false
	}
	if !d.To.IsZero() && t.After(d.To) {
		return false
	}
	return true
}

func (d DatedCode) String() string {
	if d.From.IsZero() && d.To.IsZero() {
		return d.Code
	}
	return d.Code + "@" + day(d.From) + ".." + day(d.To)
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// Case says how a dictionary word matches the case of a token.
type Case uint8

const (
	AnyCase  Case = iota // written in lower case: matches any case
	Capital1             // capitalised ("Turkey"): the token must start with a capital
	AllCaps              // all capitals ("US", "LNA"): the token must be all capitals
)

// Word is one word of an actor phrase.
type Word struct {
	Lower string // lower case, quotes folded to ASCII
	Case  Case
}

// Entry is one line of an actor or function-word dictionary.
type Entry struct {
	Kind    Kind
	Codes   []DatedCode
	Phrases [][]Word
	Name    string // the first phrase as written: the canonical name
	Origin  event.Origin
	Text    string // the line as written, for explanations
}

// CodeOn returns the entry's code valid on day t, or "" when none is.
func (e *Entry) CodeOn(t time.Time) string {
	for _, c := range e.Codes {
		if c.ValidOn(t) {
			return c.Code
		}
	}
	return ""
}

// Rule returns the entry as an explanation rule.
func (e *Entry) Rule() event.Rule {
	return event.Rule{Text: e.Text, Origin: e.Origin}
}

// ItemKind is the kind of one element of a verb pattern.
type ItemKind uint8

const (
	Lit    ItemKind = iota // a word (or alternatives a|b)
	Target                 // +
	Source                 // $
	Skip                   // *
)

// Item is one element of a verb pattern.
type Item struct {
	Kind ItemKind
	Alts []string // for Lit: the lemmas or lower forms it accepts
}

// Pattern is one verb pattern: an anchor word, the items around it and the
// CAMEO code it produces.
type Pattern struct {
	Code   cameo.Code
	Items  []Item
	Anchor int // index in Items of the anchor word
	Text   string
	Origin event.Origin
}

// Rule returns the pattern as an explanation rule.
func (p *Pattern) Rule() event.Rule {
	return event.Rule{ID: string(p.Code) + " " + p.Text, Text: p.Text, Origin: p.Origin}
}

// Dict is a loaded set of dictionaries. Build it with Parse (or Default)
// and do not change it afterwards: coders share it across goroutines.
type Dict struct {
	Actors   []*Entry   // actor kinds, in load order
	Patterns []*Pattern // verb patterns
	Speech   []*Entry
	Negation []*Entry
	Modal    []*Entry
	Files    []string // the files loaded, in order
}

// ParseError is a line that could not be read. Loading goes on without it.
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Parse reads one dictionary file in the annals format into d. It returns
// the lines it skipped; an empty result means every line was read.
func (d *Dict) Parse(name string, data []byte) []error {
	d.Files = append(d.Files, name)
	var errs []error
	lineNo := 0
	for len(data) > 0 {
		lineNo++
		var line string
		if i := strings.IndexByte(string(data), '\n'); i >= 0 {
			line, data = string(data[:i]), data[i+1:]
		} else {
			line, data = string(data), nil
		}
		if err := d.parseLine(name, lineNo, line); err != nil {
			errs = append(errs, &ParseError{File: name, Line: lineNo, Msg: err.Error()})
		}
	}
	return errs
}

func (d *Dict) parseLine(file string, lineNo int, line string) error {
	if i := strings.IndexByte(line, '#'); i >= 0 {
		line = line[:i]
	}
	line = strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
	if line == "" {
		return nil
	}
	head, body, ok := strings.Cut(line, ":")
	if !ok {
		return fmt.Errorf("missing ':' between kind/codes and phrases")
	}
	fields := strings.Fields(head)
	if len(fields) == 0 {
		return fmt.Errorf("missing kind before ':'")
	}
	kind, ok := kindOf(fields[0])
	if !ok {
		return fmt.Errorf("unknown kind %q", fields[0])
	}
	var codes []DatedCode
	for _, f := range fields[1:] {
		c, err := parseCode(f)
		if err != nil {
			return err
		}
		codes = append(codes, c)
	}
	var phrases []string
	for _, p := range strings.Split(body, ";") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			phrases = append(phrases, p)
		}
	}
	if len(phrases) == 0 {
		return fmt.Errorf("no phrases after ':'")
	}
	origin := event.Origin{File: file, Line: lineNo}
	text := kind.String() + " " + strings.Join(fields[1:], " ")
	text = strings.TrimSpace(text) + " : " + strings.Join(phrases, "; ")

	switch kind {
	case Verb:
		if len(codes) != 1 || !codes[0].From.IsZero() || !codes[0].To.IsZero() {
			return fmt.Errorf("verb needs exactly one CAMEO code without dates")
		}
		code := cameo.Code(codes[0].Code)
		if !isDigits(string(code)) || len(code) < 2 || len(code) > 4 {
			return fmt.Errorf("bad CAMEO code %q", code)
		}
		var bad []string
		for _, p := range phrases {
			pat, err := parsePattern(p)
			if err != nil {
				bad = append(bad, err.Error())
				continue
			}
			pat.Code, pat.Origin = code, origin
			d.Patterns = append(d.Patterns, pat)
		}
		if len(bad) > 0 {
			return fmt.Errorf("%s", strings.Join(bad, "; "))
		}
		return nil
	case Speech, Negation, Modal, Title:
		if len(codes) != 0 {
			return fmt.Errorf("%s takes no codes", kind)
		}
	case Agent:
		if len(codes) == 0 {
			return fmt.Errorf("agent needs a role code")
		}
	default:
		if len(codes) == 0 {
			return fmt.Errorf("%s needs a code", kind)
		}
	}
	e := &Entry{Kind: kind, Codes: codes, Name: phrases[0], Origin: origin, Text: text}
	for _, p := range phrases {
		words := splitWords(p)
		if len(words) == 0 {
			continue
		}
		e.Phrases = append(e.Phrases, words)
		if kind == Agent {
			if pl := pluralize(words); pl != nil {
				e.Phrases = append(e.Phrases, pl)
			}
		}
	}
	switch kind {
	case Speech:
		d.Speech = append(d.Speech, e)
	case Negation:
		d.Negation = append(d.Negation, e)
	case Modal:
		d.Modal = append(d.Modal, e)
	default:
		d.Actors = append(d.Actors, e)
	}
	return nil
}

func parseCode(f string) (DatedCode, error) {
	code, rng, dated := strings.Cut(f, "@")
	if code == "" || !isCodeWord(code) {
		return DatedCode{}, fmt.Errorf("bad code %q", f)
	}
	dc := DatedCode{Code: code}
	if !dated {
		return dc, nil
	}
	from, to, ok := strings.Cut(rng, "..")
	if !ok {
		return dc, fmt.Errorf("bad date range %q: want FROM..TO", rng)
	}
	var err error
	if from != "" {
		if dc.From, err = time.Parse("2006-01-02", from); err != nil {
			return dc, fmt.Errorf("bad date %q in %q", from, f)
		}
	}
	if to != "" {
		if dc.To, err = time.Parse("2006-01-02", to); err != nil {
			return dc, fmt.Errorf("bad date %q in %q", to, f)
		}
	}
	if !dc.From.IsZero() && !dc.To.IsZero() && dc.To.Before(dc.From) {
		return dc, fmt.Errorf("date range %q ends before it starts", rng)
	}
	return dc, nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isCodeWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

func parsePattern(p string) (*Pattern, error) {
	pat := &Pattern{Text: p, Anchor: -1}
	for _, w := range strings.Fields(Fold(p)) {
		switch w {
		case "+":
			pat.Items = append(pat.Items, Item{Kind: Target})
		case "$":
			pat.Items = append(pat.Items, Item{Kind: Source})
		case "*":
			pat.Items = append(pat.Items, Item{Kind: Skip})
		default:
			alts := strings.Split(w, "|")
			for _, a := range alts {
				if a == "" {
					return nil, fmt.Errorf("pattern %q: empty alternative in %q", p, w)
				}
			}
			if pat.Anchor < 0 && alts[0] != "'s" && alts[0] != "'" {
				pat.Anchor = len(pat.Items)
			}
			pat.Items = append(pat.Items, Item{Kind: Lit, Alts: alts})
		}
	}
	if pat.Anchor < 0 {
		return nil, fmt.Errorf("pattern %q has no word", p)
	}
	return pat, nil
}
