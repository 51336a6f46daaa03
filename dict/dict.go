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
	"bytes"
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
	Discard   // a phrase whose presence means the sentence is not coded (sports, weather)
	Issue     // an issue phrase (PETRARCH issue coding): recorded, not an actor or a verb
	Option    // a coder option, "key = value"
	Transform // a PETRARCH-2 transformation rule, kept as written
)

var kindNames = [...]string{
	Country: "country", Demonym: "demonym", Capital: "capital", Actor: "actor",
	Person: "person", IGO: "igo", Agent: "agent", Title: "title",
	Verb: "verb", Speech: "speech", Negation: "negation", Modal: "modal",
	Discard: "discard", Issue: "issue", Option: "option", Transform: "transform",
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

// DiscardCode, as an actor's code, discards the sentences naming the actor
// on the days it holds ("[ONO <911226] [###]" in TABARI: Onodoher is ONO
// until 1991, a discard after); as a verb pattern's code, a match discards
// its sentence. PETRARCH and TABARI write it "[###]".
const DiscardCode = "DISCARD"

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
	// Prefix marks a stem: the word matches every token that starts with
	// it ("argentin*" matches "Argentina" and "Argentine"). Written with a
	// trailing "*"; TABARI's words without a trailing underscore load so.
	Prefix bool
	// Gap: up to two other words may stand before this one ("prince * dol
	// amroth" matches "the Prince of Dol Amroth"); TABARI writes it as a
	// space between the words of a phrase, an underscore joining them.
	Gap bool
}

// Entry is one line of an actor or function-word dictionary.
type Entry struct {
	Kind    Kind
	Codes   []DatedCode
	Phrases [][]Word
	Name    string // the first phrase as written: the canonical name
	Origin  event.Origin
	Text    string // the line as written, for explanations
	// AgentFirst marks an agent whose role code comes before the country
	// code instead of after it (PETRARCH's "NGO~" form): NGO + ARN → NGOARN.
	AgentFirst bool
	// Story marks a discard that drops the whole story, not one sentence
	// (PETRARCH's "+" discards).
	Story bool
	// Intent marks a modal that states an intention ("will", "plan to"):
	// an act under it is coded as the statement of intent (root 03 or 13,
	// cameo.Intent), not as a hypothetical act. Written "modal intent".
	Intent bool
	// Prepare marks a modal of getting ready ("prepare to", "be poised
	// to"): a use of force under it is a show of force (root 15,
	// cameo.Posture), other acts are intentions. Written "modal intent
	// prepare".
	Prepare bool
	// Conditional marks a modal that states an intention only under a
	// condition the sentence names ("may halt mediation if cooperation
	// founders" is a threat); without "if" or "unless" after the act the
	// act stays hypothetical. Written "modal intent conditional".
	Conditional bool
	// Region marks a world region written as a country ("country region
	// NAF : North Africa"): after "to" or "in" it is a place, before a
	// capitalised name part of the name, and it owns no noun it qualifies.
	Region bool
	// Other marks an agent that is the other side's ("agent GOV other :
	// counterpart"): with no country of its own it takes that of an actor
	// before it not of the sentence subject's country ("Bangladesh rejected
	// an Indian proposal, urging its counterpart to …" is India's).
	Other bool
}

// CodeOn returns the entry's code valid on day t, or "" when none is. A
// date-restricted code valid on t wins over a code without dates (the
// entry's default), and among them the first listed wins. A zero t (no
// date known) takes the first code, as PETRARCH and TABARI do.
func (e *Entry) CodeOn(t time.Time) string {
	if t.IsZero() {
		if len(e.Codes) > 0 {
			return e.Codes[0].Code
		}
		return ""
	}
	undated := ""
	for _, c := range e.Codes {
		if c.From.IsZero() && c.To.IsZero() {
			if undated == "" {
				undated = c.Code
			}
			continue
		}
		if c.ValidOn(t) {
			return c.Code
		}
	}
	return undated
}

// LatestCode is the code for a text with no date: the default, or else
// the code that starts last. An undated text is read as current news, so
// a person is coded by their latest role.
func (e *Entry) LatestCode() string {
	best := -1
	for i, c := range e.Codes {
		if c.From.IsZero() && c.To.IsZero() {
			return c.Code
		}
		if best < 0 || c.From.After(e.Codes[best].From) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return e.Codes[best].Code
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
	// Alts are, for Lit, the lemmas or lower forms the item accepts. An
	// alternative ending in "*" is a stem: it accepts every token that
	// starts with it (TABARI's words without a trailing underscore).
	Alts []string
	// For Skip, Alts is nil (a gap of a few words) or [SkipPhrase] (a
	// noun phrase that must be there: PETRARCH's and TABARI's "^").
	//
	// Seqs are alternatives of more than one word ("cease fire"), from
	// synsets with multi-word members; each matches consecutive tokens,
	// except that a "*" in a sequence stands for up to three words
	// (TABARI's "{ LOUDLY RAISED | … }", written "loudly_*_raised").
	Seqs [][]string
	// Synset names the synset the alternatives come from ("&CURRENCY"),
	// "" for words written in the pattern: a written word is the more
	// specific of two otherwise equal matches.
	Synset string
}

// SkipPhrase marks a Skip item that passes over one noun phrase of one to
// four words (it may hold an actor) and no more.
const SkipPhrase = "^"

// Pattern is one verb pattern: an anchor word, the items around it and the
// CAMEO code it produces.
type Pattern struct {
	Code cameo.Code
	// Paired is the code of the event in the other direction, target →
	// source, for paired codes ("[042:043]": a visit and its hosting).
	Paired cameo.Code
	Items  []Item
	Anchor int // index in Items of the anchor word
	// Loose marks patterns from dictionaries written for a parser
	// (PETRARCH, TABARI): a gap "*" may hold actors and up to twelve
	// tokens, and without "+" the target is the first actor after the verb.
	Loose bool
	// Compound marks a pattern that needs a compound subject whose members
	// act on each other (PETRARCH and TABARI "%" before the verb: "- % *
	// [030:030]" codes "Arnor and Gondor agree").
	Compound bool
	// CompoundObject marks a pattern whose target is a compound whose
	// members act on each other ("%" after the verb: "- * BETWEEN %
	// [223]" codes "clashed between Arnor and Gondor" both ways).
	CompoundObject bool
	// Kill marks a pattern whose act kills its target ("verb 190 kill :
	// kill +"): a person the dictionaries name, killed, is assassinated
	// (186).
	Kill bool
	// Undergo marks a pattern whose subject undergoes the act and whose
	// "+" does it ("verb 111 undergo : come under fire from +": "Chile
	// came under fire from Peru" is Peru's criticism of Chile).
	Undergo bool
	Text    string
	Origin  event.Origin
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
	Discards []*Entry // phrases that stop a sentence (or story) from being coded
	Issues   []*Entry // issue phrases with their issue codes
	Options  Options  // coder options set by the loaded dictionaries
	// Transformations are PETRARCH-2 "~" rules, kept as written.
	Transformations []*Transformation
	Files           []string // the files loaded, in order
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
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
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
	var paired string
	flags := map[string]bool{}
	agentFirst := false
	for _, f := range fields[1:] {
		if f == strings.ToLower(f) && !isDigits(f[:1]) && f[0] != '-' {
			// a lower-case word among the codes is a flag: "loose",
			// "compound", "mutual" (verbs), "story" (discards), "intent"
			// "prepare" and "conditional" (modals), "region" (countries and
			// demonyms), "other" (agents), "kill" and "undergo" (verbs)
			if f != "loose" && f != "story" && f != "compound" && f != "mutual" && f != "intent" && f != "prepare" && f != "conditional" && f != "region" && f != "other" && f != "kill" && f != "undergo" {
				return fmt.Errorf("unknown flag %q", f)
			}
			flags[f] = true
			continue
		}
		if kind == Verb {
			if a, b, ok := strings.Cut(f, "/"); ok {
				f, paired = a, b
			}
		}
		if kind == Agent && strings.HasSuffix(f, "~") {
			f, agentFirst = strings.TrimSuffix(f, "~"), true
		}
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
		if code == "---" {
			code = "" // a pattern that matches and codes nothing
		} else if code != DiscardCode && !IsEventCode(string(code)) {
			return fmt.Errorf("bad CAMEO code %q", code)
		}
		if paired != "" && !IsEventCode(paired) {
			return fmt.Errorf("bad paired CAMEO code %q", paired)
		}
		var bad []string
		for _, p := range phrases {
			pat, err := parsePattern(p)
			if err != nil {
				bad = append(bad, err.Error())
				continue
			}
			pat.Code, pat.Paired, pat.Origin, pat.Loose, pat.Compound = code, cameo.Code(paired), origin, flags["loose"], flags["compound"]
			pat.CompoundObject, pat.Kill, pat.Undergo = flags["mutual"], flags["kill"], flags["undergo"]
			d.Patterns = append(d.Patterns, pat)
		}
		if len(bad) > 0 {
			return fmt.Errorf("%s", strings.Join(bad, "; "))
		}
		return nil
	case Transform:
		d.Transformations = append(d.Transformations, &Transformation{Text: strings.TrimSpace(body), Origin: origin})
		return nil
	case Option:
		if len(codes) != 0 {
			return fmt.Errorf("option takes no codes")
		}
		for _, p := range phrases {
			k, v, ok := strings.Cut(p, "=")
			if !ok {
				return fmt.Errorf("option %q: want key = value", p)
			}
			if d.Options == nil {
				d.Options = Options{}
			}
			d.Options[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
		return nil
	case Modal:
		// "modal 100 : must": in a speech complement ("X said Y must
		// …") the speaker does the event 100 to Y
		if len(codes) > 1 || len(codes) == 1 && (!IsEventCode(codes[0].Code) || !codes[0].From.IsZero() || !codes[0].To.IsZero()) {
			return fmt.Errorf("modal takes at most one CAMEO code without dates")
		}
	case Speech, Negation, Title, Discard:
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
	e := &Entry{Kind: kind, Codes: codes, Name: phrases[0], Origin: origin, Text: text, AgentFirst: agentFirst, Story: flags["story"], Intent: flags["intent"], Prepare: flags["prepare"], Conditional: flags["conditional"], Region: flags["region"], Other: flags["other"]}
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
	case Discard:
		d.Discards = append(d.Discards, e)
	case Issue:
		d.Issues = append(d.Issues, e)
	default:
		d.Actors = append(d.Actors, e)
	}
	return nil
}

func parseCode(f string) (DatedCode, error) {
	code, rng, dated := strings.Cut(f, "@")
	if code == "" || !isCodeWord(code) && code != DiscardCode {
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

// IsEventCode reports whether s can be a verb pattern's event code: two to
// four characters, the first two digits, the rest digits or capital
// letters ("043", "0431", "174K": TABARI's lettered sub-codes).
func IsEventCode(s string) bool {
	if len(s) < 2 || len(s) > 4 || !isDigits(s[:2]) {
		return false
	}
	for i := 2; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
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
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '/' || c == '_') {
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
		case "^":
			// a lone "^" skips one noun phrase (SkipPhrase)
			pat.Items = append(pat.Items, Item{Kind: Skip, Alts: []string{SkipPhrase}})
		default:
			var it Item
			it.Kind = Lit
			explicit := strings.HasPrefix(w, "^")
			if explicit {
				// "^" marks the anchor when words stand before it
				w = w[1:]
				pat.Anchor = len(pat.Items)
			}
			for _, a := range strings.Split(w, "|") {
				switch {
				case a == "" || a == "*" || strings.HasPrefix(a, "_") || strings.HasSuffix(a, "_"):
					return nil, fmt.Errorf("pattern %q: empty alternative in %q", p, w)
				case strings.Contains(a, "_"):
					it.Seqs = append(it.Seqs, strings.Split(a, "_"))
				default:
					it.Alts = append(it.Alts, a)
				}
			}
			if pat.Anchor < 0 && len(it.Alts) > 0 && it.Alts[0] != "'s" && it.Alts[0] != "'" {
				pat.Anchor = len(pat.Items)
			}
			pat.Items = append(pat.Items, it)
		}
	}
	if pat.Anchor < 0 {
		return nil, fmt.Errorf("pattern %q has no word", p)
	}
	return pat, nil
}

// Transformation is a PETRARCH-2 rule that recodes an event reported
// inside another ("~ a (a b ATTACK) SAY = a b 015": a saying that a
// attacked b is a claim, 015). Actor letters name roles; "_" is any actor
// and "." none. The coder does not apply transformations yet; they are
// loaded, converted and listed so that no line of a dictionary is lost.
type Transformation struct {
	Text   string // the rule as written, after "~"
	Origin event.Origin
}
