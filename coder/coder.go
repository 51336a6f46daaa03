// Package coder turns a tokenised sentence with its actor mentions into
// coded events: it matches verb patterns, finds each pattern's source and
// target, and marks negated, hypothetical and quoted events.
//
// The coder needs no parse. It works on the clause structure that English
// signals with few words: the source of a verb is the nearest actor before
// it in its clause (a speech verb, a semicolon or a colon ends the search);
// the target is the first actor where the pattern's "+" stands; actors
// joined by "and" or commas share the role; "was attacked by X" swaps the
// roles; a verb after ", and" shares the subject of the verb before it; a
// verb after "to" takes the subject (or, after "urge X to", the object) of
// the verb that governs it. A verb in the "to …" or "that …" complement of
// a coded appeal, offer, demand, rejection or threat is that event's
// content ("urged Peru to withdraw"), not an event of its own. Every
// choice is written to the event's explanation.
package coder

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
	"github.com/annals-project/annals/ontology/plover"
	"github.com/annals-project/annals/text"
)

// Coder codes sentences with one dictionary. Build it once with New; it is
// safe for concurrent use.
type Coder struct {
	actors   *actor.Matcher
	anchors  map[string][]*dict.Pattern
	speech   map[string]*dict.Entry
	negation map[string]*dict.Entry
	modals   [][]string
	modalOf  map[string]*dict.Entry // first word of a modal phrase → entry
	modalEnt map[int]*dict.Entry    // index in modals → entry
	opts     dict.Options           // the dictionary's options
	base     settings               // opts decoded
	discards map[string][]discard   // first word → discard phrases
	// stems are anchors written as stems ("restor*"), by their first
	// three letters (or fewer for shorter stems).
	stems map[string][]stemAnchor
	// obligations are the modals with a code ("modal 100 : must"), as
	// patterns the speaker of a complement is coded by
	obligations map[string][]obligation
	// placeCountry, when set, names the country of a place that is no
	// actor ("Sindh" → PAK), for the agents it qualifies
	placeCountry PlaceCountry
	// force holds the verbs that begin a pattern of force (roots 18 to
	// 20), whose object may be a place ("shelled Kharkiv")
	force map[string]bool
}

// forceVerb reports a verb that begins a pattern of force.
func (c *Coder) forceVerb(w string) bool { return c.force[w] }

// PlaceCountry returns the code of the country a place name lies in
// ("Sindh" → PAK), or false when the name is no place or an ambiguous one.
// located says the text puts the name after a locative ("in Bucha"),
// where smaller towns may be answered. For a name that is not located it
// may answer "---": a place, of several countries ("Manchester"); an
// agent it qualifies is then of no country named. It must be safe for
// concurrent use.
type PlaceCountry func(name string, located bool) (cameo.ActorCode, bool)

// SetPlaceCountry gives the coder a gazetteer's answer to "which country
// is this place in", so that "the Sindh government" and "police in
// Kandahar" are coded with their country. Call it before coding.
func (c *Coder) SetPlaceCountry(f PlaceCountry) { c.placeCountry = f }

// obligation is a modal of obligation or advice with its event code.
type obligation struct {
	words []string
	p     *dict.Pattern // the code and the dictionary line, for the explanation
}

type stemAnchor struct {
	prefix string
	p      *dict.Pattern
}

// New builds a coder over d.
func New(d *dict.Dict) *Coder {
	c := &Coder{
		actors:   actor.New(d),
		anchors:  map[string][]*dict.Pattern{},
		force:    map[string]bool{},
		speech:   map[string]*dict.Entry{},
		negation: map[string]*dict.Entry{},
		modalOf:  map[string]*dict.Entry{},
		modalEnt: map[int]*dict.Entry{},
		opts:     d.Options,
		discards: map[string][]discard{},
	}
	c.base = settingsOf(d.Options)
	for _, e := range d.Discards {
		for _, p := range e.Phrases {
			c.discards[p[0].Lower] = append(c.discards[p[0].Lower], discard{words: p, entry: e})
		}
	}
	for _, p := range d.Patterns {
		for _, a := range p.Items[p.Anchor].Alts {
			if n := len(a) - 1; n > 0 && a[n] == '*' {
				if c.stems == nil {
					c.stems = map[string][]stemAnchor{}
				}
				key := a[:min(3, n)]
				c.stems[key] = append(c.stems[key], stemAnchor{prefix: a[:n], p: p})
				continue
			}
			c.anchors[a] = append(c.anchors[a], p)
			if r := cameo.Code(p.Code).Root(); p.Anchor == 0 && (r == "18" || r == "19" || r == "20") {
				c.force[a] = true
			}
		}
	}
	for _, e := range d.Speech {
		for _, p := range e.Phrases {
			c.speech[p[0].Lower] = e
		}
	}
	for _, e := range d.Negation {
		for _, p := range e.Phrases {
			c.negation[joinWords(p)] = e
		}
	}
	for _, e := range d.Modal {
		for _, p := range e.Phrases {
			ws := make([]string, len(p))
			for i, w := range p {
				ws[i] = w.Lower
			}
			c.modalEnt[len(c.modals)] = e
			c.modals = append(c.modals, ws)
			c.modalOf[ws[0]] = e
			if len(e.Codes) == 1 {
				if c.obligations == nil {
					c.obligations = map[string][]obligation{}
				}
				p := &dict.Pattern{Code: cameo.Code(e.Codes[0].Code), Text: "SPEAKER said + " + strings.Join(ws, " ") + " …", Origin: e.Origin}
				c.obligations[ws[0]] = append(c.obligations[ws[0]], obligation{words: ws, p: p})
			}
		}
	}
	return c
}

func joinWords(p []dict.Word) string {
	ws := make([]string, len(p))
	for i, w := range p {
		ws[i] = w.Lower
	}
	return strings.Join(ws, " ")
}

// Actors returns the actor matcher the coder uses.
func (c *Coder) Actors() *actor.Matcher { return c.actors }

// Context is what the coder remembers of the story so far, for pronouns and
// bare agents ("the government") whose country an earlier sentence named.
// Use one Context per article, in sentence order.
type Context struct {
	// Config is the article's "config" object (article.Article.Config):
	// coder options for this article only, over the dictionary's.
	Config json.RawMessage

	seen      []known
	set       *settings // Config decoded over the dictionary's options
	setErr    error
	discarded bool // a story-level discard was hit
	// hazards are the names of natural hazards the story has given
	// ("Hurricane Dorian" makes "Dorian" one), lower-cased, and hazardAt
	// the last sentence that named one (+1, 0 for none).
	hazards  map[string]bool
	hazardAt int
}

type known struct {
	code     cameo.ActorCode
	name     string
	text     string
	sentence int
	person   bool
	plural   bool
	subject  bool // the first actor of its sentence, most often its subject
	entries  []*dict.Entry
}

// noteHazards remembers the names given to natural hazards: a capitalised
// word after a hazard word ("Hurricane Dorian", "Cyclone Idai").
func (ctx *Context) noteHazards(s *text.Sentence) {
	for i, t := range s.Tokens {
		if !hazardWords[t.Lower] {
			continue
		}
		ctx.hazardAt = s.Index + 1
		if i+1 < len(s.Tokens) && capitalised(s.Tokens[i+1].Text) {
			if ctx.hazards == nil {
				ctx.hazards = map[string]bool{}
			}
			ctx.hazards[s.Tokens[i+1].Lower] = true
		}
	}
}

func (ctx *Context) remember(k known) {
	ctx.seen = append(ctx.seen, k)
	if len(ctx.seen) > 64 {
		ctx.seen = append(ctx.seen[:0], ctx.seen[len(ctx.seen)-32:]...)
	}
}

// Sentence codes one sentence. date is the article's publication date (it
// selects date-ranged actor codes); ctx carries the story so far and may be
// nil. The events have no article fields or event date yet: the pipeline
// fills them.
func (c *Coder) Sentence(s *text.Sentence, date time.Time, ctx *Context) []event.Event {
	if ctx == nil {
		ctx = &Context{}
	}
	set := c.settings(ctx)
	if ctx.discarded {
		return nil
	}
	if c.discarded(s, ctx) {
		return nil
	}
	if set.minWords > 0 && wordCount(s.Text) < set.minWords {
		return nil
	}
	if set.legacy {
		if toks, ok := splitUnderscores(s.Tokens); ok {
			s2 := *s
			s2.Tokens = toks
			s = &s2
		}
		var ends map[int]int
		actorEnd := func(i int) int {
			if ends == nil {
				ends = map[int]int{}
				for _, m := range c.actors.Find(s.Tokens, date) {
					if m.Role != actor.Pronoun {
						ends[m.Start] = m.End
					}
				}
			}
			if e, ok := ends[i]; ok {
				return e
			}
			return -1
		}
		isVerb := func(i int) bool { // a verb that codes something on its own
			t := &s.Tokens[i]
			for _, ps := range [][]*dict.Pattern{c.anchors[t.Lemma], c.anchors[t.Lower], c.stemPatterns(t)} {
				for _, p := range ps {
					if p.Code != "" && p.Code != dict.DiscardCode && verbAlone(p) {
						return true
					}
				}
			}
			return false
		}
		if toks := set.dropCommaClauses(s.Tokens, actorEnd, isVerb); len(toks) != len(s.Tokens) {
			s2 := *s
			s2.Tokens = toks
			s = &s2
		}
	}
	sc := c.newScan(s, date, ctx, set)
	ctx.noteHazards(s)
	for _, m := range sc.ms {
		if m.Code == dict.DiscardCode {
			return nil // a name that is a discard on this date
		}
	}
	sc.code()
	if sc.discard {
		return nil
	}
	if !set.legacy && sc.c.obligations != nil {
		sc.obligations()
	}
	first := true
	for _, m := range sc.ms {
		if m.Role == actor.Named || m.Role == actor.BareAgent {
			if m.Code != "" && !strings.HasPrefix(string(m.Code), "---") {
				ctx.remember(known{code: m.Code, name: m.Name, text: sc.tokText(m.Start, m.End),
					sentence: s.Index, person: m.Person, plural: m.Plural, subject: first, entries: m.Entries})
			}
			first = false
		}
	}
	if !set.legacy {
		es := foldPurposes(foldProtestDemands(byWhoActs(visitorsAbroad(sc.events))))
		sc.domesticTargets(es)
		return foldVisits(foldStatedThreats(foldForceParticiples(foldTargetless(es))))
	}
	return sc.events
}

// verbAlone reports a pattern of verb words only: no gap, actor or phrase.
func verbAlone(p *dict.Pattern) bool {
	for _, it := range p.Items {
		if it.Kind != dict.Lit {
			return false
		}
	}
	return true
}

// splitUnderscores drops the "_" between words written with underscores
// ("Dol_Amroth" is read "Dol" "_" "Amroth"): PETRARCH and TABARI read them
// as words of one phrase. ok is false when there is none.
func splitUnderscores(toks []text.Token) ([]text.Token, bool) {
	glued := func(i int) bool {
		return toks[i].Lower == "_" && i > 0 && i+1 < len(toks) && toks[i-1].End == toks[i].Start && toks[i].End == toks[i+1].Start
	}
	n := 0
	for i := range toks {
		if glued(i) {
			n++
		}
	}
	if n == 0 {
		return toks, false
	}
	out := make([]text.Token, 0, len(toks)-n)
	for i := range toks {
		if !glued(i) {
			out = append(out, toks[i])
		}
	}
	return out, true
}

// scan is the state of coding one sentence.
type scan struct {
	c      *Coder
	s      *text.Sentence
	toks   []text.Token
	ms     []actor.Mention
	at     []int  // token → index in ms, or -1
	quoted []bool // token inside double quotes
	ctx    *Context
	date   time.Time
	set    *settings
	// crossThat lets findForward look past "that" (implicit targets of
	// parser-written patterns)
	crossThat bool

	events []event.Event
	prev   *match // the last verb that produced events, for shared subjects
	// why the last findForward chose what it did, when a reading beyond
	// the first actor decided it; written into the match's notes
	forwardWhy string
	used       []bool // tokens that are words of an emitted pattern
	// discard: a pattern coded "[###]" matched, the sentence is not coded
	discard bool
	title   int8 // titleCase: 0 not computed, 1 no, 2 yes
	place   struct {
		code, why string
		done      bool
	} // sentencePlace, once found
}

func (c *Coder) newScan(s *text.Sentence, date time.Time, ctx *Context, set *settings) *scan {
	sc := &scan{c: c, s: s, toks: s.Tokens, ctx: ctx, date: date, set: set}
	if !set.legacy {
		sc.toks = c.verbLemmas(sc.toks)
	}
	sc.ms = c.actors.Find(sc.toks, date)
	sc.at = make([]int, len(sc.toks))
	for i := range sc.at {
		sc.at[i] = -1
	}
	for k, m := range sc.ms {
		for i := m.Start; i < m.End; i++ {
			sc.at[i] = k
		}
	}
	sc.used = make([]bool, len(sc.toks))
	sc.quoted = make([]bool, len(sc.toks))
	in := false
	for i, t := range sc.toks {
		if t.Lower == `"` {
			in = !in
			continue
		}
		sc.quoted[i] = in
	}
	sc.resolve()
	if !set.legacy {
		sc.gazetteerPlaces()
	}
	return sc
}

func (sc *scan) tokText(start, end int) string {
	if start >= end {
		return ""
	}
	return sc.s.Text[sc.toks[start].Start-sc.s.Start : sc.toks[end-1].End-sc.s.Start]
}

// ownedAfter returns the token of the actor after a country's possessive
// that starts at token j and only qualifies it ("Yemen's Houthi rebels",
// "Chile's Congress"), or -1.
func (sc *scan) ownedAfter(j int) int {
	if sc.set.legacy || j >= len(sc.toks) || sc.at[j] < 0 {
		return -1
	}
	mm := &sc.ms[sc.at[j]]
	if mm.Start != j || mm.Role != actor.Modifier || mm.End+1 >= len(sc.toks) || sc.toks[mm.End].Lower != "'s" {
		return -1
	}
	if o := sc.at[mm.End+1]; o >= 0 && sc.ms[o].Start == mm.End+1 && sc.usable(o) {
		return mm.End + 1
	}
	return -1
}

// usable reports whether mention k can be a source or target (not a place,
// a modifier or an unresolved pronoun).
func (sc *scan) usable(k int) bool {
	m := &sc.ms[k]
	switch m.Role {
	case actor.Place, actor.Modifier:
		return false
	}
	if sc.set.legacy && m.Code == "---" {
		return false // a known name that is no actor
	}
	return m.Code != ""
}

// resolve codes bare agents and pronouns from the sentence so far and the
// story before it.
func (sc *scan) resolve() {
	open := make([]bool, len(sc.ms)) // agents and peoples left with no country
	defer func() {
		if !sc.set.legacy {
			sc.contextCountries(open)
		}
	}()
	for k := range sc.ms {
		m := &sc.ms[k]
		switch m.Role {
		case actor.Modifier:
			if c := countryOf(m); c != "" && !sc.set.legacy && m.End < len(sc.toks) && militaryObjects[sc.toks[m.End].Lower] &&
				len(m.Entries) > 0 && (m.Entries[0].Kind == dict.Demonym || m.Entries[0].Kind == dict.Country) {
				// "shelled Ukrainian positions": what force strikes there is
				// the country's military
				m.Code = cameo.ActorCode(c) + "MIL"
				m.How += "; before '" + sc.toks[m.End].Text + "': its military"
			}
		case actor.Named:
			// a people with no state of its own ("ethnic Turks")
			open[k] = strings.HasPrefix(string(m.Code), "---") && !m.Person
		case actor.BareAgent:
			if sc.set.legacy {
				// PETRARCH and TABARI do not look back in the story; TABARI
				// with CONVERT AGENT writes the bare role as "~ROLE"
				if sc.set.convertAgent {
					m.Code = "~" + m.Code
					m.How = "agent with no country (~role)"
					continue
				}
				m.Code = "---" + m.Code
				m.How = "agent with no country in the sentence"
				continue
			}
			if former := sc.formerBefore(m.Start); former != "" && m.Code != "ELI" {
				// "former New York City Mayor": out of office, an elite
				m.Code = "ELI"
				m.How = "'" + former + "' before the office: an elite, out of office"
			}
			if len(m.Entries) > 0 && m.Entries[len(m.Entries)-1].Other {
				sc.otherSide(k)
				continue
			}
			if b := m.Start - 1; b >= 0 && foreignWords[sc.toks[b].Lower] || b >= 1 && foreignWords[sc.toks[b-1].Lower] && lowerWord(sc.toks[b].Text) {
				// "foreign aid workers", "foreign troops": of a country
				// other than the sentence's, which is not named
				m.Code = "---" + m.Code
				m.How = "'foreign' " + sc.tokText(m.Start, m.End) + ": not of the sentence's country, and of none named"
				continue
			}
			if l, ok := sc.ledBy(k); ok {
				// "rebels led by Riek Machar": the leader's country
				m.Code = cameo.ActorCode(sc.ms[l].Code.Country()) + m.Code
				m.How = "agent '" + sc.tokText(m.Start, m.End) + "' led by '" + sc.tokText(sc.ms[l].Start, sc.ms[l].End) + "' takes its country"
				continue
			}
			if code, place, ok := sc.placeOf(k); ok {
				m.Code = code + m.Code
				m.How = "agent of a place: '" + place + "' is in " + string(code) + " (gazetteer)"
				if code == "---" {
					m.How = "agent of a place: '" + place + "' names places in several countries (gazetteer)"
				}
				continue
			}
			if sc.unknownNamed(m) {
				// "President Jimmy Carter", "Lord Mayor Robert Doyle": the
				// title of a person no dictionary knows, not the office of
				// a country named before; the role is known, the country not
				m.Code = "---" + m.Code
				m.How = unknownTitle + ": '" + sc.tokText(m.Start, m.End+1) + "…'"
				open[k] = true
				continue
			}
			definite := m.Start > 0 && isDet(sc.toks[m.Start-1].Lower)
			if !definite && m.Plural {
				m.Code = "---" + m.Code
				m.How = "generic agent: no country"
				open[k] = true
				continue
			}
			role := m.Code
			if place, why := sc.sentencePlace(); place != "" && !sc.set.legacy && isState(place) && sc.theBefore(m.Start) {
				// "the schoolgirls abducted by Boko Haram in Nigeria": the
				// sentence's one place before an actor named earlier ("his
				// government" is the person's, below)
				m.Code = cameo.ActorCode(place) + role
				m.How = "agent '" + sc.tokText(m.Start, m.End) + "' takes " + place + " from the sentence's place " + why
				continue
			}
			if kn, ok := sc.antecedent(k, func(kn known) bool { return isState(kn.code.Country()) }); ok {
				m.Code = cameo.ActorCode(kn.code.Country()) + role
				m.How = "agent '" + sc.tokText(m.Start, m.End) + "' takes " + kn.code.Country() + " from '" + kn.text + "'"
				m.Entries = append(m.Entries, kn.entries...)
			} else {
				m.Code = "---" + role
				m.How = "agent with no country in the story"
				open[k] = true
			}
		case actor.Pronoun:
			if sc.set.firstActorPronouns {
				sc.firstActorPronoun(k)
				continue
			}
			if w := sc.toks[m.Start].Lower; (w == "we" || w == "i") && !sc.set.legacy {
				// "we" and "I" are the speaker: the subject of a speech
				// verb before them in the sentence ("Brazil said: 'We
				// will …'"), never the last actor of an earlier sentence
				// ("'we are forgiving,' the cleric said" after a sentence
				// about a government)
				if sp, ok := sc.speaker(k); ok {
					m.Code, m.Name, m.Entries = sc.ms[sp].Code, sc.ms[sp].Name, sc.ms[sp].Entries
					m.How = "first-person pronoun '" + sc.toks[m.Start].Text + "' → the speaker '" + sc.tokText(sc.ms[sp].Start, sc.ms[sp].End) + "'"
				} else {
					m.How = "first-person pronoun '" + sc.toks[m.Start].Text + "': no speaker named before it"
				}
				continue
			}
			if w := sc.toks[m.Start].Lower; (w == "him" || w == "them") && !sc.set.legacy {
				sc.objectPronoun(k)
				continue
			}
			if sp, ok := sc.speakingPerson(k); ok && !sc.set.legacy {
				// "Katsav refused to meet the king, saying he would …":
				// the pronoun after a speech verb is its speaker
				m.Code, m.Name, m.Entries = sc.ms[sp].Code, sc.ms[sp].Name, sc.ms[sp].Entries
				m.How = "pronoun '" + sc.toks[m.Start].Text + "' after a speech verb → its speaker '" + sc.tokText(sc.ms[sp].Start, sc.ms[sp].End) + "'"
				continue
			}
			want := func(kn known) bool {
				if m.Person {
					return kn.person
				}
				if m.Plural {
					return kn.plural || !kn.person
				}
				return !kn.person
			}
			kn, ok := sc.previousSubject(k, want)
			if !ok {
				kn, ok = sc.firstPerson(k)
			}
			if !ok {
				kn, ok = sc.antecedent(k, want)
			}
			if ok {
				m.Code, m.Name = kn.code, kn.name
				m.How = "pronoun '" + sc.tokText(m.Start, m.End) + "' → '" + kn.text + "'"
				m.Entries = kn.entries
			}
		}
	}
}

// verbLemmas gives verbs the lemmatiser does not know as verbs their
// lemma, where some pattern is anchored on it and not on the lemma the
// token has: past forms and third persons it leaves alone or reads as
// another word ("torched", "weaponized", "routed" as "route"), and -ing
// forms it reads as nouns ("holding", "calling") where the word before
// makes them a verb: a form of "be" ("is holding"), a comma (", calling
// on") or a preposition taking a gerund ("by calling on"). toks is copied
// when anything changes.
func (c *Coder) verbLemmas(toks []text.Token) []text.Token {
	out := toks
	for i := range toks {
		t := &toks[i]
		if len(c.anchors[t.Lemma]) > 0 || t.Kind != text.Word || !lowerWord(t.Text) {
			continue // (names are no verbs)
		}
		var stems []string
		switch w := t.Lower; {
		case strings.HasSuffix(w, "ing") && t.Lemma == w && ingVerbAt(toks, i):
			stems = stemsBefore(w, "ing")
		case strings.HasSuffix(w, "ed"):
			stems = stemsBefore(w, "ed")
		case strings.HasSuffix(w, "es"):
			stems = append(stemsBefore(w, "es"), strings.TrimSuffix(w, "s"))
		}
		for _, st := range stems {
			if len(c.anchors[st]) == 0 {
				continue
			}
			if &out[0] == &toks[0] {
				out = slices.Clone(toks)
			}
			out[i].Lemma = st
			break
		}
	}
	return out
}

// ingVerbAt reports whether the word before the -ing form at i, or
// before an adverb between ("are reportedly holding", "is now calling"),
// makes it a verb.
func ingVerbAt(toks []text.Token, i int) bool {
	if i > 1 && (strings.HasSuffix(toks[i-1].Lower, "ly") || toks[i-1].Lower == "now") {
		i--
	}
	return i > 0 && ingVerbBefore[toks[i-1].Lower]
}

// ingVerbBefore are the words after which an -ing form is a verb.
var ingVerbBefore = withWords(map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"am": true, "'s": true, "'re": true, "not": true, ",": true, "by": true, "after": true,
	"before": true, "while": true, "without": true, "for": true, "of": true, "on": true,
	"also": true, "still": true, "again": true, "and": true,
	// a time between a noun and its participle: "a resolution on Friday calling on"
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"today": true, "yesterday": true,
}, documentWords...) // a document that says what it asks: "a resolution calling on"

// documentWords are texts a body issues that say what they ask for.
var documentWords = []string{"resolution", "statement", "declaration", "letter", "communique", "motion", "decree"}

// withWords returns m with each of ws set.
func withWords(m map[string]bool, ws ...string) map[string]bool {
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// stemsBefore returns the possible bare forms of w before its ending
// ("ing", "ed", "es"): "holding" → "hold", "closing" → "clos", "close";
// "planned" → "plann", "planne", "plan"; "carried" → "carri", "carrie",
// "carry".
func stemsBefore(w, ending string) []string {
	b := strings.TrimSuffix(w, ending)
	if len(b) < 2 {
		return nil
	}
	out := []string{b, b + "e"}
	if n := len(b); n >= 3 && b[n-1] == b[n-2] {
		out = append(out, b[:n-1])
	}
	if strings.HasSuffix(b, "i") {
		out = append(out, strings.TrimSuffix(b, "i")+"y")
	}
	if strings.HasSuffix(b, "y") {
		out = append(out, strings.TrimSuffix(b, "y")+"ie") // "lying" → "lie"
	}
	return out
}

// formerBefore returns the word that puts the office at token i in the
// past ("former", "ex-", "ousted"), standing before it with at most three
// capitalised words of a place between: "former New York City Mayor".
func (sc *scan) formerBefore(i int) string {
	j := i - 1
	for n := 0; j >= 0 && n < 3 && sc.at[j] < 0 && capitalised(sc.toks[j].Text); n++ {
		j--
	}
	if j < 0 {
		return ""
	}
	switch w := sc.toks[j].Lower; w {
	case "former", "ex", "ex-", "ousted", "deposed", "exiled", "late":
		return sc.toks[j].Text
	}
	return ""
}

// unknownNamed reports whether the bare agent m is a capitalised title
// right before a capitalised word that no mention covers: a name the
// dictionaries do not know.
func (sc *scan) unknownNamed(m *actor.Mention) bool {
	if m.End >= len(sc.toks) || sc.at[m.End] >= 0 || !capitalised(sc.toks[m.Start].Text) {
		return false
	}
	nx := sc.toks[m.End].Text
	if calendarWords[sc.toks[m.End].Lower] {
		return false // "Police Monday arrested …"
	}
	return len(nx) > 1 && nx[0] >= 'A' && nx[0] <= 'Z' && strings.ToUpper(nx) != nx
}

var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// otherSide codes an agent of the other side (an "other" entry:
// "counterpart"), mention k, with the country of the nearest state named
// before it that is not the country of the sentence's first actor, in its
// sentence or the one before; with none, the role has no country.
func (sc *scan) otherSide(k int) {
	m := &sc.ms[k]
	own := ""
	for j := 0; j < k; j++ {
		if c := sc.ms[j].Code.Country(); (sc.ms[j].Role == actor.Named || sc.ms[j].Role == actor.Pronoun) && c != "" {
			own = c
			break
		}
	}
	role := m.Code
	for j := k - 1; j >= 0; j-- {
		o := &sc.ms[j]
		// (a demonym qualifying a noun counts: "an Indian proposal")
		if c := countryOf(o); (o.Role == actor.Named || o.Role == actor.Modifier || o.Role == actor.Pronoun) && c != "" && c != own {
			m.Code = cameo.ActorCode(c) + role
			m.How = "agent '" + sc.tokText(m.Start, m.End) + "' of the other side: " + c + " from '" + sc.tokText(o.Start, o.End) + "'"
			m.Entries = append(m.Entries, o.Entries...)
			return
		}
	}
	if kn, ok := sc.recent(1, func(kn known) bool { c := kn.code.Country(); return isState(c) && c != own }); ok {
		c := kn.code.Country()
		m.Code = cameo.ActorCode(c) + role
		m.How = "agent '" + sc.tokText(m.Start, m.End) + "' of the other side: " + c + " from '" + kn.text + "' (sentence " + strconv.Itoa(kn.sentence+1) + ")"
		m.Entries = append(m.Entries, kn.entries...)
		return
	}
	m.Code = "---" + role
	m.How = "agent '" + sc.tokText(m.Start, m.End) + "' of the other side, which no actor before it names"
}

// speakingPerson finds, for a singular person pronoun right after a speech
// verb ("said he", ", saying she"), the person who speaks: the subject
// before the verb, or for a participle after a comma the sentence's
// subject. ok is false when the speaker is not a person the dictionaries
// name.
func (sc *scan) speakingPerson(k int) (int, bool) {
	m := &sc.ms[k]
	v := m.Start - 1
	if !m.Person || m.Plural || v < 1 || !sc.isSpeech(v) {
		return 0, false
	}
	sp := -1
	if strings.HasSuffix(sc.toks[v].Lower, "ing") && sc.toks[v-1].Lower == "," {
		for kk := 0; kk < k; kk++ {
			if mm := &sc.ms[kk]; mm.Role == actor.Named && mm.Code != "" {
				sp = kk
				if kk+1 < k && sc.ms[kk+1].Start == mm.End && sc.ms[kk+1].Person {
					sp = kk + 1 // "Israeli President Moshe Katsav"
				}
				break
			}
		}
	} else if kk := sc.at[v-1]; kk >= 0 && sc.ms[kk].Role == actor.Named {
		sp = kk // "Katsav said he …"
	}
	if sp < 0 || !sc.ms[sp].Person {
		return 0, false
	}
	return sp, true
}

// isSpeech reports a speech verb at token i, also in its -ing form,
// which the lemmatiser may read as a noun ("saying", "adding").
func (sc *scan) isSpeech(i int) bool {
	t := &sc.toks[i]
	if _, ok := sc.c.speech[t.Lemma]; ok {
		return true
	}
	w, ok := strings.CutSuffix(t.Lower, "ing")
	if !ok || len(w) < 2 {
		return false
	}
	for _, v := range []string{w, w + "e", w[:len(w)-1]} {
		if _, ok := sc.c.speech[v]; ok {
			return true
		}
	}
	return false
}

// speaker finds the speaker of a first-person pronoun, mention k: the
// named actor nearest before the last speech verb before the pronoun.
func (sc *scan) speaker(k int) (int, bool) {
	for j := sc.ms[k].Start - 1; j >= 0; j-- {
		if sc.at[j] >= 0 {
			continue
		}
		if !sc.isSpeech(j) {
			continue
		}
		if strings.HasSuffix(sc.toks[j].Lower, "ing") && j > 0 && sc.toks[j-1].Lower == "," {
			// "X called on Italy and Egypt, adding …": the participle's
			// speaker is the sentence's subject, not the nearest actor
			for kk := 0; kk < k; kk++ {
				if mm := &sc.ms[kk]; mm.End <= j && mm.Role == actor.Named && mm.Code != "" && !strings.HasPrefix(string(mm.Code), "---") {
					return kk, true
				}
			}
			return 0, false
		}
		for kk := k - 1; kk >= 0; kk-- {
			mm := &sc.ms[kk]
			if mm.End <= j && mm.Role == actor.Named && mm.Code != "" && !strings.HasPrefix(string(mm.Code), "---") {
				return kk, true
			}
		}
		return 0, false
	}
	return 0, false
}

// firstActorPronoun codes pronoun k as TABARI does: it stands for the
// first actor of the sentence, with the actors joined to it ("Lowford and
// Reedham met; then they ..."). A pronoun before every actor stays
// uncoded.
func (sc *scan) firstActorPronoun(k int) {
	m := &sc.ms[k]
	for j := 0; j < k; j++ {
		f := &sc.ms[j]
		if f.Role != actor.Named || !sc.usable(j) || strings.HasPrefix(string(f.Code), "---") {
			continue
		}
		m.Code, m.Name, m.Entries = f.Code, f.Name, f.Entries
		m.Also = append([]cameo.ActorCode(nil), f.Also...)
		joined, _ := sc.compoundRight(j)
		for _, o := range joined[1:] {
			if o < k {
				m.Also = append(m.Also, sc.codes(o)...)
			}
		}
		m.How = "pronoun '" + sc.tokText(m.Start, m.End) + "' → the sentence's first actor '" + sc.tokText(f.Start, f.End) + "'"
		return
	}
	if !sc.set.forward {
		return
	}
	// TABARI FORWARD: a pronoun with no actor before it is the country of
	// the previous sentence's first named actor
	for _, kn := range sc.ctx.seen {
		if kn.sentence == sc.s.Index-1 {
			m.Code, m.Name, m.Entries = cameo.ActorCode(kn.code.Country()), kn.name, kn.entries
			m.How = "pronoun '" + sc.tokText(m.Start, m.End) + "' → the previous sentence's first actor '" + kn.text + "' (FORWARD)"
			return
		}
	}
}

// firstPerson reads "he" or "she" as the sentence's first actor when that
// is a person, over a person named after it: in "Mitsotakis met the IMF,
// then President Trump, where he denounced the agreement", he is
// Mitsotakis, the subject, not the last person named.
func (sc *scan) firstPerson(k int) (known, bool) {
	if sc.set.legacy {
		return known{}, false
	}
	if w := sc.toks[sc.ms[k].Start].Lower; w != "he" && w != "she" {
		return known{}, false
	}
	for j := 0; j < k; j++ {
		m := &sc.ms[j]
		if m.Role != actor.Named && m.Role != actor.BareAgent || m.Code == "" || strings.HasPrefix(string(m.Code), "---") {
			continue
		}
		if !m.Person {
			return known{}, false
		}
		return known{code: m.Code, name: m.Name, text: sc.tokText(m.Start, m.End) + " (the sentence's subject)", person: true, entries: m.Entries}, true
	}
	return known{}, false
}

// previousSubject reads a subject pronoun ("he", "she", "they") with no
// antecedent before it in its sentence as the subject of the sentence
// before, when that fits, rather than the last actor named there: after
// "The protesters clashed with the police.", "As they tried to storm
// parliament" is the protesters.
func (sc *scan) previousSubject(k int, ok func(known) bool) (known, bool) {
	if sc.set.legacy {
		return known{}, false
	}
	switch sc.toks[sc.ms[k].Start].Lower {
	case "he", "she", "they":
	default:
		return known{}, false
	}
	for j := k - 1; j >= 0; j-- {
		if m := &sc.ms[j]; (m.Role == actor.Named || m.Role == actor.BareAgent) && m.Code != "" {
			return known{}, false // the sentence has its own candidates
		}
	}
	for j := len(sc.ctx.seen) - 1; j >= 0; j-- {
		kn := sc.ctx.seen[j]
		if kn.sentence < sc.s.Index-1 {
			break
		}
		if kn.sentence == sc.s.Index-1 && kn.subject {
			if !ok(kn) {
				break
			}
			kn.text += " (subject of sentence " + strconv.Itoa(kn.sentence+1) + ")"
			return kn, true
		}
	}
	return known{}, false
}

// antecedent finds the nearest actor before mention k, in this sentence
// first and then in earlier ones, that ok accepts.
func (sc *scan) antecedent(k int, ok func(known) bool) (known, bool) {
	for j := k - 1; j >= 0; j-- {
		m := &sc.ms[j]
		if m.Role != actor.Named || m.Code == "" || strings.HasPrefix(string(m.Code), "---") {
			continue
		}
		if !sc.set.legacy && sc.afterAt(j) && !placeEntry(m) {
			continue // "filed a case against Israel at the ICJ, accusing it": an organisation after "at" is where, not what "it" stands for
		}
		if kn := sc.knownOf(j); ok(kn) {
			return kn, true
		}
	}
	if kn, found := sc.recent(3, ok); found {
		kn.text += " (sentence " + strconv.Itoa(kn.sentence+1) + ")"
		return kn, true
	}
	return known{}, false
}

// knownOf is mention k as an antecedent.
func (sc *scan) knownOf(k int) known {
	m := &sc.ms[k]
	return known{code: m.Code, name: m.Name, text: sc.tokText(m.Start, m.End), person: m.Person, plural: m.Plural, entries: m.Entries}
}

// recent returns the latest actor remembered from the back sentences
// before this one that ok accepts.
func (sc *scan) recent(back int, ok func(known) bool) (known, bool) {
	for j := len(sc.ctx.seen) - 1; j >= 0; j-- {
		kn := sc.ctx.seen[j]
		if sc.s.Index-kn.sentence > back {
			break
		}
		if ok(kn) {
			return kn, true
		}
	}
	return known{}, false
}

// objectPronoun resolves "him" or "them", mention k, to the nearest actor
// or resolved pronoun before it that is not the subject of its own clause,
// in its sentence or the one before: in "Katsav refused to meet King Abdullah, saying he would
// welcome him in Jerusalem", him is the king; in "police fired tear gas at
// them", them is not the police. With no such actor it stays uncoded.
func (sc *scan) objectPronoun(k int) {
	m := &sc.ms[k]
	want := func(kn known) bool {
		if m.Person {
			return kn.person
		}
		return kn.plural // "them" is rarely one country, and often things
	}
	for j := k - 1; j >= 0; j-- {
		c := &sc.ms[j]
		if c.Role != actor.Named && c.Role != actor.Pronoun || c.Code == "" || strings.HasPrefix(string(c.Code), "---") || sc.ownClauseSubject(j, m.Start) {
			continue
		}
		if kn := sc.knownOf(j); want(kn) {
			m.Code, m.Name, m.Entries = kn.code, kn.name, kn.entries
			m.How = "object pronoun '" + sc.toks[m.Start].Text + "' → '" + kn.text + "', the nearest actor before it that is not its clause's subject"
			return
		}
	}
	if kn, ok := sc.recent(1, want); ok {
		m.Code, m.Name, m.Entries = kn.code, kn.name, kn.entries
		m.How = "object pronoun '" + sc.toks[m.Start].Text + "' → '" + kn.text + "' (sentence " + strconv.Itoa(kn.sentence+1) + ")"
		return
	}
	m.How = "object pronoun '" + sc.toks[m.Start].Text + "': no actor before it but its clause's subject"
}

// ownClauseSubject reports whether mention j opens the clause that goes on
// to token end: it starts the sentence or follows a comma, a conjunction
// or a speech verb, and no comma or clause word stands between.
func (sc *scan) ownClauseSubject(j, end int) bool {
	b := sc.ms[j].Start - 1
	for b >= 0 && isDet(sc.toks[b].Lower) {
		b--
	}
	if b >= 0 {
		switch w := sc.toks[b].Lower; {
		case w == "," || w == "and" || w == "but" || w == "that" || w == "as" || w == "when" || w == "while" || w == "after" || w == "before" || w == "because" || w == "if":
		case sc.isSpeech(b):
		default:
			return false
		}
	}
	for i := sc.ms[j].End; i < end; i++ {
		switch sc.toks[i].Lower {
		case ",", "and", "but", "that", "who", "which", "because", "after", "before", "when", "while", "if", "unless", "as":
			return false
		}
		if sc.boundary(i) {
			return false
		}
	}
	return true
}

// relativeSpan is how many words a relative clause after an actor inside a
// pattern may take: "allow refugees who have lived in Iraq for more than a
// decade to return home".
const relativeSpan = 12

// skipQuantity steps over a quantity before a noun phrase — "13,000",
// "up to 500", "more than a thousand", "thousands of", "some" — and
// returns the index of the first word after it (i itself when there is
// none).
func skipQuantity(toks []text.Token, i int) int {
	j := i
	for j < len(toks) {
		w := toks[j].Lower
		switch {
		case w == "up" && j+1 < len(toks) && toks[j+1].Lower == "to",
			(w == "more" || w == "fewer" || w == "less") && j+1 < len(toks) && toks[j+1].Lower == "than",
			w == "at" && j+1 < len(toks) && (toks[j+1].Lower == "least" || toks[j+1].Lower == "most"):
			j += 2
		case quantityWords[w] || isNumber(w):
			j++
		case (w == "hundreds" || w == "thousands" || w == "dozens" || w == "millions" || w == "tens" || w == "scores") && j+1 < len(toks) && toks[j+1].Lower == "of":
			j += 2
		default:
			return j
		}
	}
	return j
}

var quantityWords = map[string]bool{
	"some": true, "about": true, "around": true, "nearly": true, "almost": true, "over": true,
	"several": true, "many": true, "all": true, "roughly": true, "approximately": true,
	"hundred": true, "thousand": true, "million": true, "a": true,
	// "shot two policemen"
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true, "twenty": true,
	"thirty": true, "forty": true, "fifty": true, "dozen": true,
}

func isDet(w string) bool {
	switch w {
	case "the", "its", "their", "his", "her", "this", "that", "these", "those", "our", "'s":
		return true
	}
	return false
}

// match is one pattern matched at an anchor.
type match struct {
	p         *dict.Pattern
	anchor    int
	first     int   // first token matched before the anchor (the anchor when none)
	last      int   // last token of the verb phrase
	lits      int   // literal words matched: more is more specific
	syn       int   // items matched through a synset: fewer is more specific
	negation  bool  // the pattern wrote the sentence's negation ("not * ^accept")
	src       []int // mention indices
	tgt       []int
	tgtAt     int  // token where the target is read; -1 without "+"
	srcFixed  bool // the pattern placed the source ($)
	passive   bool
	reduced   bool  // a participle after its noun: "cities occupied by X"
	events    []int // indices in scan.events of the events it produced
	agentless bool  // a passive with no doer: "was arrested on Monday"
	phrase    bool  // an event noun in a phrase, its source named there: "after the Russian attack"
	end       int   // the token after the verb phrase and its target
	words     []int // tokens of the literal words after the anchor
	notes     []string
}

func (sc *scan) code() {
	coded := -1 // with oneVerbPerClause: events when the clause's verb was coded
	for i := range sc.toks {
		if sc.set.oneVerbPerClause && clauseBreak(sc.toks[i].Lower) {
			coded = -1
		}
		if sc.at[i] >= 0 || sc.used[i] {
			continue
		}
		if coded >= 0 && len(sc.events) > coded {
			continue // TABARI codes the first verb of a clause
		}
		t := &sc.toks[i]
		if sc.set.parserVerbs && sc.auxBeforeVerb(i) {
			continue
		}
		if !sc.set.legacy && sc.inName(i) {
			continue // "the Court of Appeals for …", "Capitol Hill Organized Protest"
		}
		if !sc.set.legacy && sc.participleAdjective(i) {
			continue // "extradite accused criminals", "the accused men"
		}
		var best *match
		try := func(ps []*dict.Pattern) {
			for _, p := range ps {
				if m := sc.match(p, i); m != nil && better(m, best) {
					best = m
				}
			}
		}
		if sc.set.legacy && t.Lower != t.Lemma {
			// PETRARCH and TABARI conjugate only regular forms: "left"
			// written as a verb of its own wins a tie with "leave"
			try(sc.c.anchors[t.Lower])
			try(sc.c.anchors[t.Lemma])
		} else {
			try(sc.c.anchors[t.Lemma])
			if t.Lower != t.Lemma {
				try(sc.c.anchors[t.Lower])
			}
		}
		if sc.c.stems != nil {
			try(sc.c.stemPatterns(t))
		}
		if !sc.set.legacy && participle(t) && sc.afterBe(i) {
			// "food aid was delivered to Gaza by the WFP": the object in
			// the subject says more than a pattern of the verb alone
			// ("tents were flown to Mozambique" is no "fly to +")
			if po := sc.passiveObject(i); po != nil && better(po, best) {
				best = po
			}
			if best == nil {
				best = sc.passiveAgentFirst(i) // "was charged by police with treason"
			}
		}
		if best != nil && best.p.Code == dict.DiscardCode {
			sc.discard = true
			return
		}
		if best != nil {
			n := len(sc.events)
			sc.emit(best)
			if sc.set.oneVerbPerClause && len(sc.events) > n {
				coded = n
			}
		}
	}
}

// participleAdjective reports a past participle at token i that
// qualifies the noun after it rather than acting: right after an article
// or possessive ("the accused men", "their detained sons") or right after
// another verb of the dictionaries ("extradite accused criminals",
// "released detained protesters"), or an -ing form before a person
// (ingAdjective).
func (sc *scan) participleAdjective(i int) bool {
	t := &sc.toks[i]
	ing := strings.HasSuffix(t.Lower, "ing")
	if i == 0 || i+1 >= len(sc.toks) || !strings.HasSuffix(t.Lower, "ed") && !ing {
		return false
	}
	if ing && sc.ingAdjective(i) {
		return true // "asked visiting Chinese Foreign Minister Wang Yi"
	}
	if nx := sc.toks[i+1].Lower; !lowerWord(nx) || isPrep(nx) || isDet(nx) {
		return false // the participle must be followed by its noun
	}
	switch p := &sc.toks[i-1]; p.Lower {
	case "the", "a", "an", "his", "her", "its", "their", "our":
		// "the accused men", "the protesting students" (an -ing noun
		// after an article is no verb either: "the killing of")
		return !ing || sc.at[i+1] >= 0
	case "of", "with", "for", "against", "among", "other", "all", "some", "many", "several", "more":
		return !ing && sc.at[i+1] >= 0 // "hundreds of detained Britons", "other detained leaders"
	default:
		// the verb before must be written as one: a past form or an
		// infinitive, not a noun ("the Trump campaign accused")
		verb := strings.HasSuffix(p.Lower, "ed") || i >= 2 && sc.toks[i-2].Lower == "to"
		return !ing && verb && lowerWord(p.Lower) && !sc.isAux(i-1) && (len(sc.c.anchors[p.Lemma]) > 0 || len(sc.c.anchors[p.Lower]) > 0)
	}
}

// clauseSubject codes the verb of m as TABARI does: the source is the
// first actor of the clause (after the last "and", "but" or ";" that does
// not stand between two actors), and when the verb has no target after it, or only
// the source again ("urged X to assist him"), the target is the actor
// standing between the source and the verb.
func (sc *scan) clauseSubject(m *match) {
	start := 0
	// an actor before "and" (past a list's comma) and one after it (past
	// determiners and adjectives) make "and" a list's, not a clause's:
	// "Evil Mordor, the awful Fornost, and good Gondor welcomed"
	actorBefore := func(j int) bool {
		if j > 0 && sc.toks[j-1].Lower == "," {
			j--
		}
		return j > 0 && sc.at[j-1] >= 0
	}
	actorAfter := func(j int) bool {
		for n := 0; j+1 < len(sc.toks) && n < 4; j, n = j+1, n+1 {
			if sc.at[j+1] >= 0 {
				return true
			}
			if w := sc.toks[j+1].Lower; !isDet(w) && !adjectiveLike(sc.toks[j+1].Text) {
				return false
			}
		}
		return false
	}
	for j := m.first - 1; j > 0; j-- {
		w := sc.toks[j].Lower
		if (w == "and" || w == "but" || w == ";") && !(actorBefore(j) && actorAfter(j)) {
			start = j + 1
			break
		}
	}
	for j := start; j < m.first; j++ {
		k := sc.at[j]
		if k < 0 || sc.ms[k].Start != j || !sc.usable(k) {
			continue
		}
		src, end := sc.compoundRight(k)
		if end > m.first {
			return
		}
		m.src = src
		same := len(m.tgt) > 0
		for _, t := range m.tgt {
			same = same && sc.ms[t].Code == sc.ms[k].Code
		}
		if len(m.tgt) == 0 || same {
			for j2 := end; j2 < m.first; j2++ {
				if k2 := sc.at[j2]; k2 >= 0 && sc.ms[k2].Start == j2 && sc.usable(k2) && sc.ms[k2].Code != sc.ms[k].Code {
					m.tgt, _ = sc.compoundRight(k2)
					m.notes = append(m.notes, "target: the actor between the clause's subject and the verb")
					break
				}
			}
		}
		m.notes = append(m.notes, "source: the clause's first actor")
		return
	}
}

// placeWords describe a place's kind between its name and an agent:
// "the Sindh province government".
var placeWords = map[string]bool{
	"province": true, "state": true, "region": true, "district": true, "county": true,
	"city": true, "governorate": true, "provincial": true, "regional": true, "state's": true,
}

// placeOf reads a place no dictionary knows that qualifies bare agent k,
// before it ("Sindh police", "the Texas state government") or after it
// with "of" or "in" ("the government of Sindh province", "police in
// Kandahar"), and returns the country code the gazetteer gives it.
func (sc *scan) placeOf(k int) (cameo.ActorCode, string, bool) {
	m := &sc.ms[k]
	if j := m.End + 1; j < len(sc.toks) && sc.toks[j-1].Lower == "in" && sc.at[j] >= 0 && !sc.set.legacy {
		// "the junta in Niamey": a capital or country named as the
		// agent's place
		if pm := &sc.ms[sc.at[j]]; pm.Start == j && placeEntry(pm) && isState(pm.Code.Country()) {
			return cameo.ActorCode(pm.Code.Country()), sc.tokText(pm.Start, pm.End), true
		}
	}
	if sc.c.placeCountry == nil {
		return "", "", false
	}
	name := func(a, b int) string { // capitalised, unmatched words a..b-1
		if a >= b || b-a > 3 || b-a == 1 && roleWords[sc.toks[a].Lower] {
			return ""
		}
		for j := a; j < b; j++ {
			r, _ := utf8.DecodeRuneInString(sc.toks[j].Text)
			if sc.at[j] >= 0 || !unicode.IsUpper(r) {
				return ""
			}
		}
		return sc.tokText(a, b)
	}
	try := func(n string) (cameo.ActorCode, string, bool) {
		if n == "" {
			return "", "", false
		}
		c, ok := sc.c.placeCountry(n, false)
		return c, n, ok
	}
	// before: the longest capitalised run ending at the agent (past a kind word)
	end := m.Start
	if end > 0 && placeWords[sc.toks[end-1].Lower] {
		end--
	}
	for a := max(0, end-3); a < end; a++ {
		if c, n, ok := try(name(a, end)); ok {
			return c, n, true
		}
	}
	// after: "of Sindh", "in Kandahar"
	if j := m.End; j+1 < len(sc.toks) && (sc.toks[j].Lower == "of" || sc.toks[j].Lower == "in") {
		j++
		if sc.at[j] >= 0 {
			return "", "", false
		}
		b := j
		for b < len(sc.toks) && b-j < 3 && sc.at[b] < 0 && capitalised(sc.toks[b].Text) {
			b++
		}
		for ; b > j; b-- {
			if c, n, ok := try(name(j, b)); ok && c != "---" {
				return c, n, true // (a shared name after "in" is left to the sentence's places)
			}
		}
	}
	return "", "", false
}

// roleWords qualify a body, not a place, though a place bears the name:
// "Federal police" (Brazil's Federal District), "National Guard".
var roleWords = map[string]bool{"federal": true, "national": true, "state": true, "central": true, "special": true,
	"military": true, "border": true, "riot": true, "traffic": true, "secret": true, "royal": true,
	"metropolitan": true, "municipal": true, "local": true, "regional": true, "provincial": true, "republican": true}

// obligations codes what a speaker says another actor must or should do:
// "Britain said that Libya must hand over the suspects" is Britain
// demanding of Libya (the modal's code, "modal 100 : must"); the act
// itself stays a hypothetical event of Libya's, if it is coded.
func (sc *scan) obligations() {
	for i := range sc.toks {
		if sc.at[i] >= 0 {
			continue
		}
		if !sc.isSpeech(i) {
			continue
		}
		// the speaker: the subject before the speech verb, in its clause
		spk := -1
		participle := strings.HasSuffix(sc.toks[i].Lower, "ing") && i > 0 && sc.toks[i-1].Lower == ","
		if participle {
			// "activists staged rallies against X, saying he must
			// resign": the participle's speaker is the sentence's subject
			for k := range sc.ms {
				if sc.ms[k].End <= i && sc.usable(k) && !sc.locativePlace(k) {
					spk = k
					break
				}
			}
		}
		for j := i - 1; !participle && j >= 0 && j >= i-12; j-- {
			if sc.boundary(j) || sc.toks[j].Lower == ";" {
				break
			}
			if k := sc.at[j]; k >= 0 && sc.usable(k) && sc.ms[k].End == j+1 {
				if a := sc.ms[k].Start; a > 0 && isPrep(sc.toks[a-1].Lower) {
					if spk < 0 {
						spk = k // "The Red Cross operating in Iraq said": a subject before it wins
					}
					j = a
					continue
				}
				spk = k
				break
			}
		}
		if spk < 0 {
			continue
		}
		// the complement's subject, then the modal: "(that) Libya must"
		j := i + 1
		if j < len(sc.toks) && sc.toks[j].Lower == "that" {
			j++
		}
		if j >= len(sc.toks) || sc.at[j] < 0 || sc.ms[sc.at[j]].Start != j || !sc.usable(sc.at[j]) {
			continue
		}
		tgts, end := sc.compoundRight(sc.at[j])
		if end >= len(sc.toks) {
			continue
		}
		for _, ob := range sc.c.obligations[sc.toks[end].Lower] {
			last, ok := sc.seqAtEnd(ob.words, end)
			if !ok {
				continue
			}
			m := &match{p: ob.p, anchor: i, first: i, last: last, lits: 1, tgtAt: sc.ms[tgts[0]].Start,
				src: sc.compoundLeft(spk), tgt: tgts, srcFixed: true}
			m.notes = append(m.notes, "what '"+sc.tokText(sc.ms[spk].Start, sc.ms[spk].End)+"' says '"+
				sc.tokText(sc.ms[tgts[0]].Start, end)+"' "+strings.Join(ob.words, " ")+" do")
			n := len(sc.events)
			for _, s := range m.src {
				for _, t := range m.tgt {
					if sc.ms[s].Code != sc.ms[t].Code {
						sc.add(m, ob.p.Code, s, t)
					}
				}
			}
			if len(sc.events) > n {
				sc.dropContent(tgts, last, n)
			}
			break
		}
	}
}

// dropContent removes the acts the demand just added (events from n on)
// is about: the hypothetical events of the complement's subjects tgts
// whose verb comes after the modal ending at token last. "Britain said
// Libya must hand over the suspects" is Britain's demand; Libya handing
// them over is what is demanded, as an accusation's content is no second
// event.
func (sc *scan) dropContent(tgts []int, last, n int) {
	after := sc.span(last, last+1).End
	who := map[cameo.ActorCode]bool{}
	for _, t := range tgts {
		who[sc.ms[t].Code] = true
	}
	var out []event.Event
	var content []string
	for i, e := range sc.events {
		if i < n && e.Hypothetical && who[e.Source.Code] && e.Explain.Verb.Start >= after {
			content = append(content, "'"+e.Explain.Verb.Text+"' ("+string(e.Code)+")")
			continue
		}
		out = append(out, e)
	}
	if len(content) == 0 {
		return
	}
	for i := len(out) - (len(sc.events) - n); i < len(out); i++ {
		out[i].Explain.Notes = append(out[i].Explain.Notes, "what is demanded, not a second event: "+strings.Join(content, ", "))
	}
	sc.events = out
}

// seqAtEnd reports whether the words ws stand at token i, and the index of
// the last of them.
func (sc *scan) seqAtEnd(ws []string, i int) (int, bool) {
	if i+len(ws) > len(sc.toks) {
		return 0, false
	}
	for k, w := range ws {
		if sc.toks[i+k].Lower != w {
			return 0, false
		}
	}
	return i + len(ws) - 1, true
}

// areaWord is a preposition before the area an act covers: "curfew
// in|on|across +".
func areaWord(w string) bool { return w == "in" || w == "on" || w == "across" || w == "throughout" }

// placeAfterIn returns the place mention at pos (after determiners) when
// the pattern writes "in", and only "in", right before its target item k,
// or -1: a pattern that names the place ("open * embassy in +") reads a
// capital as the target its metonym stands for, where "met in Tehran"
// would not. So does a pattern writing "to" with a capital after it, in
// the default style: "offered condolences to Tokyo", "flew to Tehran".
func (sc *scan) placeAfterIn(p *dict.Pattern, k, pos int) int {
	if p.Items[k].Kind != dict.Target || k == 0 || p.Items[k-1].Kind != dict.Lit {
		return -1
	}
	alts := p.Items[k-1].Alts
	to := !sc.set.legacy && pos > 0 && sc.toks[pos-1].Lower == "to" && slices.Contains(alts, "to")
	if !to && (!slices.ContainsFunc(alts, areaWord) || slices.ContainsFunc(alts, func(w string) bool { return !areaWord(w) })) {
		return -1 // only "in" and its like: "protest against|at|in +" means the place of a protest
	}
	for pos < len(sc.toks) && isDet(sc.toks[pos].Lower) {
		pos++
	}
	if pos >= len(sc.toks) || sc.at[pos] < 0 {
		return -1
	}
	pk := sc.at[pos]
	if m := &sc.ms[pk]; m.Start != pos || m.Role != actor.Place || m.Code == "" || to && (len(m.Entries) == 0 || m.Entries[0].Kind != dict.Capital) {
		return -1
	}
	return pk
}

// clauseBreak reports words that start a new clause for TABARI's one verb
// per clause: coordinating conjunctions, semicolons and colons. Commas and
// subordinators ("after", "that") do not: TABARI codes "restored ties,
// years after crowds burned its embassy" once.
func clauseBreak(w string) bool {
	switch w {
	case "and", "but", "or", ";", ":", "while", "whereas":
		return true
	}
	return false
}

// stemPatterns returns the patterns whose anchor is a stem of token t.
func (c *Coder) stemPatterns(t *text.Token) []*dict.Pattern {
	var out []*dict.Pattern
	for n := 1; n <= 3 && n <= len(t.Lower); n++ {
		for _, st := range c.stems[t.Lower[:n]] {
			if strings.HasPrefix(t.Lower, st.prefix) {
				out = append(out, st.p)
			}
		}
	}
	return out
}

// defaults fills a missing source or target the TABARI way ("DEFAULT:
// SOURCE [S] PRIOR TARGET [T] AFTER"): with PRIOR a clause without a
// subject gets source S, without it the first actor after the verb is the
// source; with AFTER a verb without object gets target T, without it the
// second of joined subjects is the target.
func (sc *scan) defaults(m *match) {
	synthetic := func(code string) int {
		sc.ms = append(sc.ms, actor.Mention{Start: m.anchor, End: m.anchor, Code: cameo.ActorCode(code), Role: actor.Named, How: "default actor (DEFAULT:)"})
		return len(sc.ms) - 1
	}
	if len(m.src) == 0 && sc.set.defaultSource != "" {
		switch {
		case sc.set.defaultSourcePrior:
			m.src = []int{synthetic(sc.set.defaultSource)}
		case len(m.tgt) > 0:
			m.src, m.tgt = m.tgt[:1], m.tgt[1:]
		}
	}
	if len(m.tgt) == 0 && len(m.src) > 0 && sc.set.defaultTarget != "" {
		switch {
		case sc.set.defaultTargetAfter:
			m.tgt = []int{synthetic(sc.set.defaultTarget)}
		case len(m.src) > 1:
			m.src, m.tgt = m.src[:1], m.src[1:]
		default:
			m.tgt = []int{synthetic(sc.set.defaultTarget)}
		}
	}
}

// newActor reports an unknown noun phrase right before the verb as a
// source coded by its own words ("new_actor_length"): "Gryffindor's head
// Minerva McGonagall left" → GRYFFINDOR HEAD MINERVA MCGONAGALL, when it
// has at most newActorLength words. It is the source when none was
// found, and joins the source when "and" links them ("Eriador's death and
// injury toll has risen").
func (sc *scan) newActor(m *match) {
	j := m.anchor - 1
	for j >= 0 && sc.at[j] < 0 && sc.isAux(j) {
		j--
	}
	end := j + 1
	var words []string
	for ; j >= 0; j-- {
		t := &sc.toks[j]
		if t.Lower == "'s" {
			continue
		}
		if sc.at[j] >= 0 && sc.usable(sc.at[j]) || isDet(t.Lower) || t.Lower == "a" || t.Lower == "an" || !adjectiveLike(t.Lower) && !capitalised(t.Text) {
			break
		}
		words = append([]string{strings.ToUpper(t.Text)}, words...)
	}
	start := j + 1
	if len(words) == 0 || len(words) > sc.set.newActorLength {
		return
	}
	joined := start > 0 && sc.toks[start-1].Lower == "and"
	if len(m.src) > 0 && !joined {
		return
	}
	sc.ms = append(sc.ms, actor.Mention{Start: start, End: end, Code: cameo.ActorCode(strings.Join(words, " ")),
		Name: sc.tokText(start, end), Role: actor.Named, How: "new actor: an unknown noun phrase of " + strconv.Itoa(len(words)) + " words"})
	m.src = append(m.src, len(sc.ms)-1)
}

func capitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// wordCount counts the words of a sentence: space-separated pieces with
// a letter or digit.
func wordCount(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// auxBeforeVerb reports whether token i is an auxiliary or modal ("will",
// "is", "has") whose verb follows: in a verb group only the main verb is
// coded, as a parser would.
func (sc *scan) auxBeforeVerb(i int) bool {
	t := &sc.toks[i]
	if !auxiliary[t.Lower] && !auxiliary[t.Lemma] {
		return false
	}
	for j := i + 1; j < len(sc.toks) && j <= i+4; j++ {
		n := &sc.toks[j]
		if sc.at[j] >= 0 {
			return false
		}
		if len(sc.c.anchors[n.Lemma]) > 0 || len(sc.c.anchors[n.Lower]) > 0 || sc.c.stems != nil && len(sc.c.stemPatterns(n)) > 0 {
			return true
		}
		if !sc.isAux(j) {
			return false
		}
	}
	return false
}

func better(a, b *match) bool {
	if b == nil {
		return true
	}
	if a.negation != b.negation {
		return a.negation // the other would code the negated act as not done
	}
	if a.lits != b.lits {
		return a.lits > b.lits
	}
	if (len(a.tgt) > 0) != (len(b.tgt) > 0) {
		return len(a.tgt) > 0
	}
	if a.syn != b.syn {
		return a.syn < b.syn
	}
	if a.srcFixed != b.srcFixed {
		return a.srcFixed // the pattern placing the source is the more specific
	}
	return a.last > b.last
}

func lit(it dict.Item, t *text.Token) bool {
	for _, a := range it.Alts {
		if litWord(a, t) {
			return true
		}
	}
	return false
}

// litWord matches one dictionary word, or a stem "attack*", against a
// token's lemma or lower-cased form.
func litWord(a string, t *text.Token) bool {
	if a == t.Lemma || a == t.Lower {
		return true
	}
	if n := len(a) - 1; n > 0 && a[n] == '*' {
		return strings.HasPrefix(t.Lower, a[:n]) || strings.HasPrefix(t.Lemma, a[:n])
	}
	return false
}

// boundary reports tokens that end a clause for the purpose of finding
// actors: punctuation that closes a clause and speech verbs.
func (sc *scan) boundary(i int) bool {
	switch sc.toks[i].Lower {
	case "-":
		// "anti- Gondor": a hyphen written onto the word before is no dash
		return !(sc.set.legacy && i > 0 && sc.toks[i-1].End == sc.toks[i].Start)
	case ";", ":", "(", ")", "--", "—", "–", "[", "]":
		return true
	}
	_, speech := sc.c.speech[sc.toks[i].Lemma]
	if speech && (sc.toks[i].Lower == "alleged" || sc.toks[i].Lower == "reported") && i+1 < len(sc.toks) && lowerWord(sc.toks[i+1].Lower) && !isDet(sc.toks[i+1].Lower) {
		return false // "investigating alleged war crimes": an adjective, not a report
	}
	return speech && sc.at[i] < 0
}

// match tries pattern p with its anchor at token i.
func (sc *scan) match(p *dict.Pattern, i int) *match {
	m := &match{p: p, anchor: i, last: i, lits: 1, tgtAt: -1, first: i}
	nominal := i > 0 && (isDet(sc.toks[i-1].Lower) || sc.set.legacy && (nounBefore(sc.toks[i-1].Lower) || sc.articleAdjectives(i)) ||
		!sc.set.legacy && (sc.toks[i-1].Lower == "a" || sc.toks[i-1].Lower == "an") && verbObject(p) || // "behaving like a bully"
		!sc.set.legacy && verbObject(p) && sc.toks[i].Lower == sc.toks[i].Lemma && sc.articleAdjectives(i) || // "a roadside bomb planted by"
		!sc.set.legacy && nounAfterPrep(sc.toks[i-1].Lower) && sc.toks[i].Lower == sc.toks[i].Lemma || // "released him from jail"
		!sc.set.legacy && sc.pluralAfterVerb(i) || // "will impose sanctions"
		!sc.set.legacy && sc.pluralAfterAdjective(i)) // "favour tougher sanctions"
	if !sc.set.legacy && sc.toks[i].Lemma == "have" && sc.perfectAux(i) {
		return nil // "had called off peace talks": an auxiliary, not "have * talks"
	}
	// Items before the anchor, right to left.
	if !sc.matchBefore(p, p.Anchor-1, i-1, m) {
		return nil
	}
	if nominal && !m.srcFixed && !sc.namesWordBefore(p, i) && !(sc.set.legacy && (hasRole(p, dict.Source) || p.Compound && m.first < i)) &&
		(sc.set.legacy || !sc.byActorAfter(i)) {
		return nil // "the attack on X" is not X's attacker attacking; "the attack by X" is X's
	}
	if !sc.matchAfter(p, p.Anchor+1, i+1, m) {
		return nil
	}
	if !sc.set.legacy && m.last == i && i+1 < len(sc.toks) && nounHeads[sc.toks[i+1].Lower] {
		return nil // "sexual assault allegations", "attack victims": a noun's modifier
	}
	for j := m.first; j < i && !m.negation; j++ {
		_, neg := sc.c.negation[sc.toks[j].Lower]
		m.negation = neg && writtenBefore(m, j, sc.toks[j].Lower)
	}
	if nominal && !m.srcFixed && sc.set.legacy && hasRole(p, dict.Source) && !sc.namesWordBefore(p, i) {
		return nil // a legacy pattern's "$" after a noun anchor: "a rift with $"
	}
	if p.Compound {
		// "%": only a compound subject, whose members act on each other
		t := *m
		t.notes = nil
		if len(t.src) == 0 {
			sc.findSource(&t)
		}
		if len(t.src) < 2 && !(len(t.src) == 1 && len(sc.ms[t.src[0]].Also) > 0 && !sc.set.legacy) {
			return nil // ("the navies of India and Japan" is a compound too)
		}
		m.tgt, m.tgtAt = nil, -1
		m.lits += 2 // the compound subject counts as two words matched
		return m
	}
	if p.Loose && m.tgtAt < 0 && !hasRole(p, dict.Target) {
		// a pattern written for a parser names no target: the object
		// is the first actor after the verb
		sc.crossThat = true
		m.tgt, _ = sc.findForwardN(i+1, 24)
		if len(m.tgt) == 0 && sc.set.legacy && m.last > i {
			// "restore complete, full ties with X": past the pattern's words
			m.tgt, _ = sc.findForwardN(m.last+1, 24)
		}
		sc.crossThat = false
		if len(m.tgt) > 0 && !sc.set.tabari && sc.subordinate(i+1, sc.ms[m.tgt[0]].Start) {
			m.tgt = nil
		}
	}
	return m
}

// subordinate reports whether a subordinating word ("after", "when")
// stands in tokens [a, b): an actor after it is in another clause.
func (sc *scan) subordinate(a, b int) bool {
	for j := a; j < b; j++ {
		switch sc.toks[j].Lower {
		case "after", "before", "when", "until", "since", "whether", "if", "unless", "whereas", "where":
			return true
		}
	}
	return false
}

// namesWordBefore reports whether the pattern's last literal before its
// anchor is the word right before token i: a pattern that writes the
// determiner ("- RAISED ITS * [042]" on "voice") means the noun.
func (sc *scan) namesWordBefore(p *dict.Pattern, i int) bool {
	if !p.Loose || i == 0 {
		return false
	}
	for k := p.Anchor - 1; k >= 0; k-- {
		switch it := p.Items[k]; it.Kind {
		case dict.Skip:
			continue
		case dict.Lit:
			return lit(it, &sc.toks[i-1])
		default:
			return false
		}
	}
	return false
}

// articleAdjectives reports whether one to three adjective-like words and
// an article stand before token i, uninflected or in "-ing": "a brief
// private visit" is a noun ("the river guild greeted" keeps its verb).
func (sc *scan) articleAdjectives(i int) bool {
	if w := sc.toks[i].Lower; w != sc.toks[i].Lemma && !strings.HasSuffix(w, "ing") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := sc.toks[j].Lower
		if j < i-1 && (w == "a" || w == "an" || w == "the") {
			return true
		}
		if !adjectiveLike(sc.toks[j].Text) || sc.at[j] >= 0 {
			return false
		}
	}
	return false
}

// pluralAfterVerb reports an -s form right after another verb of the
// dictionaries: the verb's object, a plural noun ("impose sanctions",
// "launched attacks"), not a verb of its own.
func (sc *scan) pluralAfterVerb(i int) bool {
	t, b := &sc.toks[i], &sc.toks[i-1]
	if !strings.HasSuffix(t.Lower, "s") || t.Lower == t.Lemma || sc.at[i-1] >= 0 || !lowerWord(b.Text) ||
		len(sc.c.anchors[b.Lemma]) == 0 || sc.isAux(i-1) || sc.isSpeech(i-1) {
		return false
	}
	// the word before is a verb: inflected ("imposed"), or after an
	// auxiliary or "to" ("will impose", "to impose"), not a noun ("missile")
	return b.Lower != b.Lemma || i >= 2 && (sc.isAux(i-2) || sc.toks[i-2].Lower == "to")
}

// pluralAfterAdjective reports an -s form right after an adjective that
// only comes before nouns: a comparative ("tougher sanctions", "more
// attacks") or a word that qualifies acts as things ("new sanctions",
// "economic sanctions"). A verb follows its subject, an adverb or an
// auxiliary instead.
func (sc *scan) pluralAfterAdjective(i int) bool {
	t, b := &sc.toks[i], &sc.toks[i-1]
	if !strings.HasSuffix(t.Lower, "s") || t.Lower == t.Lemma || sc.at[i-1] >= 0 || !lowerWord(b.Text) || sc.isAux(i-1) {
		return false
	}
	comparative := strings.HasSuffix(b.Lower, "er") && b.Lemma != b.Lower && len(sc.c.anchors[b.Lemma]) == 0
	return comparative || nounAdjectives[b.Lower]
}

// nounAdjectives qualify nouns and never stand before a verb.
var nounAdjectives = map[string]bool{
	"more": true, "new": true, "fresh": true, "further": true, "additional": true, "sweeping": true,
	"economic": true, "financial": true, "punitive": true, "targeted": true, "unilateral": true,
	"international": true, "western": true, "military": true, "diplomatic": true, "possible": true,
	"renewed": true, "repeated": true, "recent": true, "fierce": true, "deadly": true, "violent": true,
}

// nounAfterPrep reports prepositions after which a pattern's uninflected
// anchor is a noun, not a verb: "from jail", "in prison", "told them the
// symptoms on phone". ("to" takes an infinitive, and a gerund after any of
// them stays a verb.)
func nounAfterPrep(w string) bool {
	switch w {
	case "from", "in", "into", "at", "under", "behind", "inside", "of", "with", "for", "on", "by", "via", "over":
		return true
	}
	return false
}

// nounBefore reports words after which a pattern's anchor is a noun, not
// a verb, for dictionaries written for a parser: "a meeting", "for
// meetings".
func nounBefore(w string) bool {
	switch w {
	case "a", "an", "for", "of", "in", "on", "at", "with", "from", "about", "during":
		return true
	}
	return false
}

func hasRole(p *dict.Pattern, k dict.ItemKind) bool {
	for _, it := range p.Items {
		if it.Kind == k {
			return true
		}
	}
	return false
}

// matchBefore matches items[k] down to items[0] with tokens ending at pos,
// right to left, filling m.
func (sc *scan) matchBefore(p *dict.Pattern, k, pos int, m *match) bool {
	if k < 0 {
		return true
	}
	it := p.Items[k]
	switch it.Kind {
	case dict.Lit:
		for _, n := range sc.litEnding(it, pos) {
			save := *m
			m.lits++
			if it.Synset != "" {
				m.syn++
			}
			m.first = pos - n + 1
			if sc.matchBefore(p, k-1, pos-n, m) {
				return true
			}
			*m = save
		}
		return false
	case dict.Skip:
		limit := 6
		if p.Loose {
			limit = 8
		}
		for n := 0; n <= limit && pos-n >= -1; n++ {
			if n > 0 {
				j := pos - n + 1
				if sc.boundary(j) || sc.toks[j].Lower == "." || !p.Loose && sc.at[j] >= 0 && sc.usable(sc.at[j]) {
					return false
				}
			}
			save := *m
			if sc.matchBefore(p, k-1, pos-n, m) {
				return true
			}
			*m = save
		}
		return false
	case dict.Source, dict.Target:
		if pos < 0 || sc.at[pos] < 0 || !sc.usable(sc.at[pos]) {
			return false
		}
		k0 := sc.at[pos]
		if it.Kind == dict.Source {
			m.src = sc.compoundLeft(k0)
			m.srcFixed = true
		} else {
			m.tgt = []int{k0}
			m.tgtAt = sc.ms[k0].Start
		}
		m.first = sc.ms[k0].Start
		if sc.matchBefore(p, k-1, sc.ms[k0].Start-1, m) {
			return true
		}
		// a determiner before the actor: "NOW + HAVE" reads "now the X have"
		if j := sc.ms[k0].Start - 1; k > 0 && j >= 0 && sc.at[j] < 0 && isDet(sc.toks[j].Lower) {
			return sc.matchBefore(p, k-1, j-1, m)
		}
		return false
	}
	return false
}

// litEnding returns the lengths of the alternatives of it that end at
// token pos (0 when none does).
func (sc *scan) litEnding(it dict.Item, pos int) []int {
	if pos < 0 {
		return nil
	}
	var out []int
	if lit(it, &sc.toks[pos]) {
		out = append(out, 1)
	}
	for _, seq := range it.Seqs {
		if gapped(seq) {
			for start := pos; start >= 0 && start > pos-len(seq)-seqGap*len(seq); start-- {
				for _, end := range sc.seqEnds(seq, start) {
					if end == pos+1 {
						out = append(out, pos-start+1)
					}
				}
			}
			continue
		}
		start := pos - len(seq) + 1
		if start >= 0 && sc.seqAt(seq, start) {
			out = append(out, len(seq))
		}
	}
	return out
}

// seqGap is how many tokens a "*" inside a word sequence may stand for.
const seqGap = 3

// gapped reports whether a word sequence holds a gap "*".
func gapped(seq []string) bool {
	for _, w := range seq {
		if w == "*" {
			return true
		}
	}
	return false
}

// seqEnds returns the token positions just after each match of seq, gaps
// "*" included, starting at token start.
func (sc *scan) seqEnds(seq []string, start int) []int {
	if len(seq) == 0 {
		return []int{start}
	}
	if seq[0] == "*" {
		var out []int
		for n := 0; n <= seqGap && start+n <= len(sc.toks); n++ {
			if n > 0 && (sc.boundary(start+n-1) || sc.at[start+n-1] >= 0) {
				break
			}
			out = append(out, sc.seqEnds(seq[1:], start+n)...)
		}
		return out
	}
	if start >= len(sc.toks) || !litWord(seq[0], &sc.toks[start]) {
		return nil
	}
	return sc.seqEnds(seq[1:], start+1)
}

// litStarting returns the lengths of the alternatives of it that start at
// token pos.
func (sc *scan) litStarting(it dict.Item, pos int) []int {
	if pos >= len(sc.toks) {
		return nil
	}
	var out []int
	for _, seq := range it.Seqs {
		if gapped(seq) {
			for _, end := range sc.seqEnds(seq, pos) {
				out = append(out, end-pos)
			}
			continue
		}
		if pos+len(seq) <= len(sc.toks) && sc.seqAt(seq, pos) {
			out = append(out, len(seq))
		}
	}
	if lit(it, &sc.toks[pos]) {
		out = append(out, 1)
	}
	return out
}

func (sc *scan) seqAt(seq []string, start int) bool {
	for k, w := range seq {
		t := &sc.toks[start+k]
		if !litWord(w, t) {
			return false
		}
	}
	return true
}

// edForm reports a past form at token pos that a pattern's noun matches
// only by its lemma: after a gap, the object noun a pattern ends with is
// no participle.
func (sc *scan) edForm(it dict.Item, pos int) bool {
	t := &sc.toks[pos]
	return strings.HasSuffix(t.Lower, "ed") && t.Lemma != t.Lower && !slices.Contains(it.Alts, t.Lower)
}

// matchAfter matches items[k:] from token pos on, filling m.
func (sc *scan) matchAfter(p *dict.Pattern, k, pos int, m *match) bool {
	if k == len(p.Items) {
		return true
	}
	it := p.Items[k]
	switch it.Kind {
	case dict.Lit:
		if len(it.Seqs) == 0 { // the common case: one token
			if pos < len(sc.toks) && !lit(it, &sc.toks[pos]) && k == p.Anchor+1 && !sc.set.legacy {
				pos = sc.skipAdverbs(pos) // "conceded at last to demands"
			}
			if pos < len(sc.toks) && k > p.Anchor && !sc.set.legacy {
				// "urged Belgrade on Monday to accept", "warned on Saturday
				// that"; "imposed a curfew on Friday" is no curfew "on +"
				pos = sc.skipTime(pos)
			}
			if pos >= len(sc.toks) || !lit(it, &sc.toks[pos]) {
				return false
			}
			if k == len(p.Items)-1 && p.Items[k-1].Kind == dict.Skip && !sc.set.legacy && sc.edForm(it, pos) {
				return false // "cancelled the convention planned for …" is no "cancel * plan"
			}
			save := *m
			m.lits++
			if it.Synset != "" {
				m.syn++
			}
			m.last = pos
			m.words = append(m.words[:len(m.words):len(m.words)], pos)
			if sc.matchAfter(p, k+1, pos+1, m) {
				return true
			}
			*m = save
			return false
		}
		for _, n := range sc.litStarting(it, pos) {
			save := *m
			m.lits += n
			if it.Synset != "" {
				m.syn++
			}
			m.last = pos + n - 1
			m.words = m.words[:len(m.words):len(m.words)]
			for j := pos; j < pos+n; j++ {
				m.words = append(m.words, j)
			}
			if sc.matchAfter(p, k+1, pos+n, m) {
				return true
			}
			*m = save
		}
		return false
	case dict.Skip:
		if len(it.Alts) > 0 && it.Alts[0] == dict.SkipPhrase {
			return sc.skipPhrase(p, k, pos, m)
		}
		limit := 6
		if p.Loose {
			limit = 12
		}
		comma := -1 // a comma the gap has crossed
		for n := 0; n <= limit && pos+n <= len(sc.toks); n++ {
			if n > 0 {
				j := pos + n - 1
				// a gap may hold a bare role noun ("the militia file") or
				// a people's ("ethnic Albanian rebel positions") but not a
				// named actor (in a parser's pattern it may)
				if !p.Loose && sc.at[j] >= 0 && sc.usable(sc.at[j]) && sc.ms[sc.at[j]].Role != actor.BareAgent && !(strings.HasPrefix(string(sc.ms[sc.at[j]].Code), "---") && !sc.set.legacy) {
					if sc.set.legacy {
						return false
					}
					if mm := &sc.ms[sc.at[j]]; k+1 < len(p.Items) && p.Items[k+1].Kind == dict.Lit && len(p.Items[k+1].Seqs) == 0 &&
						mm.End < len(sc.toks) && lit(p.Items[k+1], &sc.toks[mm.End]) && sc.contentNoun(mm.End) && !hasRole(p, dict.Target) && (forceRoot(p.Code.Root()) || p.Code.Root() == "15") {
						// "pounded Albanian rebel positions": the actor
						// qualifies the noun of force and owns it, the target
						save := *m
						m.tgt, m.tgtAt = []int{sc.at[j]}, mm.Start
						m.notes = append(m.notes, "target: '"+sc.tokText(mm.Start, mm.End)+"', right before the pattern's noun")
						if sc.matchAfter(p, k+1, mm.End, m) {
							return true
						}
						*m = save
					}
					if mm := &sc.ms[sc.at[j]]; movedObject(p, k) {
						// "extradite * to +" over "extradite drug lord
						// Joaquin Guzman to the United States": the actor
						// in the gap is what is moved, the target is after
						save := *m
						if sc.matchAfter(p, k+1, mm.End, m) {
							m.notes = append(m.notes, "'"+sc.tokText(mm.Start, mm.End)+"' is what the act moves, not its target")
							return true
						}
						*m = save
					}
					return sc.matchHead(p, k, sc.at[j], m)
				}
				if sc.boundary(j) || sc.toks[j].Lower == "." || !sc.set.legacy && sc.clauseComma(j) {
					return false
				}
				if !sc.set.legacy && sc.toks[j].Lower == "," {
					comma = j
				}
				if !sc.set.legacy && !p.Loose && gapPreps[sc.toks[j].Lower] && j+1 < len(sc.toks) && isDet(sc.toks[j+1].Lower) && !prepItem(p, k+1) {
					// "leaving an opening on the Court" is no "leave *
					// court": the noun of a prepositional phrase is not
					// the verb's object ("$65 million in humanitarian aid"
					// and "spend more on defence" are one phrase)
					return false
				}
			}
			if comma >= 0 && !sc.adjectiveComma(comma) && !slices.ContainsFunc(sc.toks[comma:pos+n], func(t text.Token) bool { return t.Lower == "and" || t.Lower == "or" }) {
				continue // a comma in a gap is a list's: "trade, energy and security agreement"
			}
			save := *m
			if sc.matchAfter(p, k+1, pos+n, m) {
				return true
			}
			*m = save
		}
		return false
	case dict.Target, dict.Source:
		// before a trailing gap ("strike + *") the role is the pattern's
		// last item when "by" follows the verb: a passive's agent
		last := k == len(p.Items)-1 || !sc.set.legacy && k == len(p.Items)-2 && p.Items[k+1].Kind == dict.Skip && p.Items[k+1].Alts == nil &&
			sc.byActor(pos) // "were struck by": a passive's agent, read by passive
		var found []int
		end := pos
		if last {
			if !sc.set.legacy && k > 0 && p.Items[k-1].Kind == dict.Lit && pos > 0 && sc.toks[pos-1].Lower == "to" && sc.infinitiveAt(pos) {
				return false // "sent troops to attack Chile": "to" takes a verb, no target
			}
			found, end = sc.findForward(pos)
			if sc.forwardWhy != "" {
				m.notes = append(m.notes, sc.forwardWhy)
			}
			if pk := sc.placeAfterIn(p, k, pos); pk >= 0 {
				// "open * embassy in +": the pattern asks for the place
				// after "in", a capital standing for its government
				found, end = []int{pk}, sc.ms[pk].End
			}
			if it.Kind == dict.Target {
				m.tgtAt = pos
			} else if len(found) == 0 && sc.set.legacy {
				return false // PETRARCH and TABARI: a "$" the pattern asks for must be there
			}
		} else {
			j := pos
			for j < len(sc.toks) && (isDet(sc.toks[j].Lower) || !sc.set.legacy && (sc.toks[j].Lower == "a" || sc.toks[j].Lower == "an")) {
				j++ // "demanded a UN presence"
			}
			if !sc.set.legacy {
				j = skipQuantity(sc.toks, j) // "allow up to 13,000 refugees to"
				for j < len(sc.toks) && isDet(sc.toks[j].Lower) {
					j++ // "all the refugees"
				}
				if j < len(sc.toks) && sc.ingAdjective(j) {
					j++ // "asked visiting Foreign Minister Wang Yi to"
				}
				if o := sc.ownedAfter(j); o >= 0 {
					j = o // "stormed Yemen's Houthi rebels": the country qualifies the actor after it
				}
			}
			if j >= len(sc.toks) || sc.at[j] < 0 || sc.ms[sc.at[j]].Start != j || !sc.usable(sc.at[j]) {
				return false
			}
			found, end = sc.compoundRight(sc.at[j])
			if it.Kind == dict.Target {
				m.tgtAt = j
			}
			if !sc.set.legacy && end < len(sc.toks) && (sc.toks[end].Lower == "who" || sc.toks[end].Lower == "which") {
				// "allow refugees who have lived in Iraq for a decade to
				// return home": the rest of the pattern may follow the
				// actor's relative clause, within the clause
				if it.Kind == dict.Target {
					m.tgt = found
				} else {
					m.src, m.srcFixed = found, len(found) > 0
				}
				for e := end + 1; e < len(sc.toks) && e <= end+relativeSpan; e++ {
					if sc.boundary(e) || sc.toks[e].Lower == "," || sc.toks[e].Lower == "." {
						break
					}
					save := *m
					if sc.matchAfter(p, k+1, e, m) {
						return true
					}
					*m = save
				}
				return false
			}
		}
		if it.Kind == dict.Target {
			m.tgt = found
		} else {
			m.src = found
			m.srcFixed = len(found) > 0
		}
		if last {
			return true
		}
		save := *m
		if sc.matchAfter(p, k+1, end, m) {
			return true
		}
		if sc.set.legacy || len(found) == 0 {
			return false
		}
		// the pattern goes on past an apposition after the actor:
		// "sentenced Aung San Suu Kyi, the ousted civilian leader, to four
		// years"
		if a, ok := sc.apposition(end); ok {
			*m = save
			m.notes = append(m.notes, "pattern read on past the apposition '"+sc.tokText(end+1, a-1)+"'")
			if sc.matchAfter(p, k+1, a, m) {
				return true
			}
		}
		*m = save
		return false
	}
	return false
}

// apposition reports a phrase between commas right after an actor, at the
// comma i, that renames it and reports nothing ("Aung San Suu Kyi, the
// ousted civilian leader, to …"; "Carlos Lehder, one of the leaders of
// the cartel, to …"), and returns the token after its closing comma.
func (sc *scan) apposition(i int) (int, bool) {
	if i+2 >= len(sc.toks) || sc.toks[i].Lower != "," {
		return 0, false
	}
	w := sc.toks[i+1].Lower
	if !isDet(w) && w != "a" && w != "an" && w != "one" && w != "who" && sc.at[i+1] < 0 {
		return 0, false // an apposition names: "the …", "a …", "one of …", or an actor
	}
	for j := i + 1; j < len(sc.toks) && j <= i+14; j++ {
		t := &sc.toks[j]
		switch {
		case t.Lower == ",":
			return j + 1, j > i+1
		case sc.boundary(j) || t.Lower == "." || t.Lower == "and" || t.Lower == "or" || t.Lower == "but":
			return 0, false
		case sc.at[j] < 0 && sc.isSpeech(j):
			return 0, false // "Chile, the court said, …": a report, not a name
		}
	}
	return 0, false
}

// thingRelative reports a relative pronoun right before the verb at token
// i (auxiliaries and adverbs between) whose antecedent is a noun no actor
// covers: "an agreement that will remove tariffs". It returns the noun.
func (sc *scan) thingRelative(i int) (int, bool) {
	j := i - 1
	for j >= 0 && sc.at[j] < 0 && (sc.isAux(j) || strings.HasSuffix(sc.toks[j].Lower, "ly")) {
		j--
	}
	if j < 1 || sc.toks[j].Lower != "that" && sc.toks[j].Lower != "which" {
		return 0, false
	}
	n := j - 1
	if n >= 2 && sc.toks[n-1].Lower == "on" && capitalised(sc.toks[n].Text) && sc.at[n] < 0 {
		n -= 2 // "an agreement on Thursday that will remove tariffs"
	}
	return n, sc.thingNoun(n)
}

// thingNoun reports a lower-case noun at token n that no actor covers and
// that is no verb, preposition or determiner: the head a relative clause
// may follow.
func (sc *scan) thingNoun(n int) bool {
	t := &sc.toks[n]
	noun := t.Lower == t.Lemma || strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss")
	// a pattern's word is a noun here only after an article ("the storm
	// that struck Haiti"): "Peru said that", "agreed that" are verbs
	article := n > 0 && (isDet(sc.toks[n-1].Lower) || sc.toks[n-1].Lower == "a" || sc.toks[n-1].Lower == "an")
	return sc.at[n] < 0 && lowerWord(t.Text) && noun && !isDet(t.Lower) && !isPrep(t.Lower) && !sc.isSpeech(n) &&
		!notNounBefore[t.Lower] && (len(sc.c.anchors[t.Lemma]) == 0 || article)
}

// inThingRelative reports an actor starting at token a inside a relative
// clause on a thing that opens within the eight tokens before it, its
// verb between: "the earthquake that struck south-western Haiti".
func (sc *scan) inThingRelative(a int) bool {
	verb := false
	for j := a - 1; j >= 1 && j >= a-8; j-- {
		w := sc.toks[j].Lower
		if w == "," || sc.boundary(j) || sc.at[j] >= 0 {
			return false
		}
		if w == "that" || w == "which" {
			return verb && sc.thingNoun(j-1)
		}
		if t := &sc.toks[j]; lowerWord(t.Text) && (strings.HasSuffix(w, "ed") || t.Lower != t.Lemma && !strings.HasSuffix(w, "s") || len(sc.c.anchors[t.Lemma]) > 0) {
			verb = true
		}
	}
	return false
}

// helped returns the actor right before the bare verb at token i when
// "help" or "assist" stands before it: "help Assad's forces retake
// Qusayr" has the forces retake it.
func (sc *scan) helped(i int) (int, bool) {
	if sc.set.legacy || i < 2 || sc.toks[i].Lower != sc.toks[i].Lemma {
		return -1, false
	}
	k := sc.at[i-1]
	if k < 0 || sc.ms[k].End != i || !sc.usable(k) || sc.ms[k].Start < 1 {
		return -1, false
	}
	switch sc.toks[sc.ms[k].Start-1].Lemma {
	case "help", "assist":
		return k, true
	}
	return -1, false
}

// infinitiveAt reports a bare verb at token i, right after "to": a
// lower-case word that is its own lemma and anchors a pattern.
func (sc *scan) infinitiveAt(i int) bool {
	if i >= len(sc.toks) || sc.at[i] >= 0 {
		return false
	}
	t := &sc.toks[i]
	return lowerWord(t.Text) && t.Lower == t.Lemma && len(sc.c.anchors[t.Lemma]) > 0 && !beneficiaryVerbs[t.Lemma] && !isDet(t.Lower)
}

// beneficiaryVerbs after "to" name whom the act is for, the target: "sent
// troops to help Bolivia".
var beneficiaryVerbs = map[string]bool{"help": true, "assist": true, "support": true, "protect": true, "defend": true, "aid": true, "reinforce": true, "back": true}

// gapPreps are the prepositions a pattern's gap does not cross unless the
// pattern goes on with a preposition itself ("speak * by|on * phone").
var gapPreps = map[string]bool{
	"on": true, "in": true, "at": true, "for": true, "with": true, "from": true, "about": true,
	"against": true, "over": true, "into": true, "during": true, "under": true, "after": true,
	"before": true, "between": true, "among": true, "through": true,
}

// prepItem reports whether item k of p is a word that is a preposition
// (or the pattern's end, a target or source).
func prepItem(p *dict.Pattern, k int) bool {
	if k >= len(p.Items) || p.Items[k].Kind != dict.Lit {
		return true
	}
	return slices.ContainsFunc(p.Items[k].Alts, func(w string) bool { return gapPreps[w] || w == "to" || w == "of" || w == "by" })
}

// skipPhrase matches items[k+1:] after one noun phrase from token pos on:
// its determiners and one to four words, a whole actor counting as one.
func (sc *scan) skipPhrase(p *dict.Pattern, k, pos int, m *match) bool {
	j := pos
	for j < len(sc.toks) && (isDet(sc.toks[j].Lower) || sc.toks[j].Lower == "a" || sc.toks[j].Lower == "an") {
		j++
	}
	for n := 0; n < 4 && j < len(sc.toks); n++ {
		w := sc.toks[j].Lower
		if sc.boundary(j) || w == "," || w == "." {
			return false
		}
		if a := sc.at[j]; a >= 0 {
			j = sc.ms[a].End
		} else {
			j++
		}
		save := *m
		if sc.matchAfter(p, k+1, j, m) {
			return true
		}
		*m = save
	}
	return false
}

// matchHead lets the word after a gap "*" (items[k]) be the head noun of
// the actor mention ak that the gap reached: "expelled two Russian
// diplomats" matches "expel * diplomats" (161), the mention being both the
// object word and, when the pattern has no "+", the target.
func (sc *scan) matchHead(p *dict.Pattern, k, ak int, m *match) bool {
	if k+1 >= len(p.Items) || p.Items[k+1].Kind != dict.Lit || len(p.Items[k+1].Seqs) > 0 {
		return false
	}
	mm := &sc.ms[ak]
	head := mm.End - 1
	if mm.RoleEnd > 0 {
		head = mm.RoleEnd - 1 // "freed American journalist Evan Gershkovich"
	}
	if head == mm.Start || !lit(p.Items[k+1], &sc.toks[head]) || sc.toks[head].Text[0] < 'a' || sc.toks[head].Text[0] > 'z' {
		return false
	}
	save := *m
	if !hasRole(p, dict.Target) {
		m.tgt = []int{ak}
		m.tgtAt = mm.Start
		m.notes = append(m.notes, "target: '"+sc.tokText(mm.Start, mm.End)+"', whose head noun is the pattern's object")
	}
	if sc.matchAfter(p, k+1, head, m) {
		return true
	}
	*m = save
	return false
}

// nounBefore reports a common noun right before token i: no actor, no
// function word, adverb, participle or pronoun.
func (sc *scan) nounBefore(i int) bool {
	w := sc.toks[i-1].Lower
	if sc.at[i-1] >= 0 || !sc.contentNoun(i-1) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") {
		return false
	}
	switch w {
	case "he", "she", "it", "they", "we", "i", "you", "who":
		return false
	}
	return true
}

// attributions are the verbs that lay an act to its doer, with the word
// after them: their participle after a noun says whose the act is ("an
// attack blamed on JNIM"), where the same verb with an object would be a
// clause's ("the opposition blamed Assad's forces for …").
var attributions = map[string]string{"blame": "on", "attribute": "to", "claim": "by", "link": "to", "tie": "to"}

// unknownDoers reports sources that name no one: none, or actors of no
// known allegiance ("gunmen", "unidentified attackers").
func (sc *scan) unknownDoers(src []int) bool {
	for _, k := range src {
		c := sc.ms[k].Code
		if !strings.HasPrefix(string(c), "---") && !(len(c) >= 6 && c[3:6] == "UAF") {
			return false
		}
	}
	return true
}

// claimedBy finds, from token j to the end of the sentence, an attack laid
// to an actor: "in an attack (later) claimed by X", "a bombing blamed on
// X", "attributed to X". It returns X and the words that lay it.
func (sc *scan) claimedBy(j int) (int, string, bool) {
	for i := j; i+2 < len(sc.toks) && i < j+25; i++ {
		if sc.boundary(i) || sc.toks[i].Lower == ";" {
			return 0, "", false
		}
		if !strikeNouns[sc.toks[i].Lower] && !attackNouns[sc.toks[i].Lower] {
			continue
		}
		v := i + 1
		if laterWords[sc.toks[v].Lower] {
			v++
		}
		if v+1 >= len(sc.toks) {
			return 0, "", false
		}
		var prep string
		switch sc.toks[v].Lower {
		case "claimed":
			prep = "by"
		case "blamed":
			prep = "on"
		case "attributed":
			prep = "to"
		default:
			continue
		}
		a := v + 1
		if sc.toks[a].Lower != prep {
			continue
		}
		a++
		d := a
		for d < len(sc.toks) && isDet(sc.toks[d].Lower) {
			d++
		}
		if d < len(sc.toks) && sc.at[d] >= 0 && sc.ms[sc.at[d]].Start == d && sc.usable(sc.at[d]) {
			k := sc.at[d]
			if n := k + 1; sc.unknownDoers([]int{k}) && n < len(sc.ms) && sc.ms[n].Start == sc.ms[k].End && sc.usable(n) {
				k = n // "blamed on the militant group Gamaa Islamiya": the name
			}
			if sc.unknownDoers([]int{k}) {
				return 0, "", false
			}
			return k, sc.tokText(i, a), true
		}
	}
	return 0, "", false
}

// attackNouns name acts of violence besides a force's strikes.
var attackNouns = map[string]bool{"blast": true, "blasts": true, "explosion": true, "bombings": true, "massacre": true,
	"killing": true, "killings": true, "kidnapping": true, "abduction": true, "ambushes": true, "attacks": true}

// laterWords may stand between an attack and the word that lays it.
var laterWords = map[string]bool{"later": true, "since": true, "reportedly": true, "apparently": true, "widely": true, "quickly": true, "swiftly": true}

// peopleTarget gives event e, which has no target the words name (at
// most its place's country), the people its verb acts on when no
// dictionary names them: "killing 22 people", "detained a
// 36-year-old man", "apologised to the people of his country" are acts on
// civilians of the country named after "of", else of the country the act
// happens in (place, found for the match), else of the sentence's places,
// else of the state that acts.
func (sc *scan) peopleTarget(m *match, s int, e *event.Event, place, why string) {
	j := m.anchor + 1
	if j < len(sc.toks) && (sc.toks[j].Lower == "to" || sc.toks[j].Lower == "on") {
		j++ // "apologised to", "opened fire on"
	}
	k, ok := sc.peopleAt(j)
	if !ok {
		return
	}
	w, c := sc.toks[k].Text, place
	if o := k + 2; o < len(sc.toks) && sc.toks[k+1].Lower == "of" && sc.at[o] >= 0 && sc.ms[sc.at[o]].Start == o {
		if oc := countryOf(&sc.ms[sc.at[o]]); oc != "" {
			c, why = oc, "named after 'of'" // "the people of Chile"
		}
	}
	if c == "" {
		c, why = sc.sentencePlace()
	}
	if c == "" && stateAgent(sc.ms[s].Code) && e.Root < "18" {
		// a state arrests or appeals to its own people; its force may be
		// abroad
		c, why = sc.ms[s].Code.Country(), "the country of '"+sc.tokText(sc.ms[s].Start, sc.ms[s].End)+"', which acts"
	}
	if c == "" || c == "---" || c == "IGO" {
		return
	}
	e.Target = event.Actor{Code: cameo.ActorCode(c + "CVL"), Implied: true}
	e.Explain.Target = event.ActorTrace{How: "implicit: '" + w + "' after '" + sc.toks[m.anchor].Text + "', civilians of the country the act happens in: " + why}
}

// peopleAt finds, from token j, people no dictionary names: a count of
// them ("22 people", "dozens of villagers") or one or more with up to
// three words before ("a 36-year-old man", "the driver", "the people of");
// it returns the token of the noun.
func (sc *scan) peopleAt(j int) (int, bool) {
	k := skipQuantity(sc.toks, j)
	for n := 0; k < len(sc.toks) && n < 4; k, n = k+1, n+1 {
		if sc.at[k] >= 0 || sc.boundary(k) || isPrep(sc.toks[k].Lower) || sc.toks[k].Lower == "," || sc.toks[k].Lower == "and" {
			return 0, false
		}
		if w := sc.toks[k].Lower; peopleNouns[w] || personNouns[w] && k > j {
			return k, true
		}
		if !isDet(sc.toks[k].Lower) && sc.toks[k].Lower != "a" && sc.toks[k].Lower != "an" && len(sc.c.anchors[sc.toks[k].Lemma]) > 0 {
			return 0, false // another verb
		}
	}
	return 0, false
}

// peopleNouns are people as victims, of no allegiance the words name.
var peopleNouns = map[string]bool{
	"people": true, "persons": true, "villagers": true, "worshippers": true, "worshipers": true,
	"commuters": true, "shoppers": true, "passengers": true, "residents": true, "children": true,
	"pilgrims": true, "bystanders": true, "mourners": true, "guests": true, "diners": true, "women": true,
	"men": true, "families": true, "concertgoers": true, "citizens": true, "voters": true,
}

// personNouns are one person or more of no allegiance, after an article or
// words that describe them ("a 66-year-old man", "the driver").
var personNouns = map[string]bool{
	"man": true, "woman": true, "driver": true, "drivers": true, "teenager": true, "teenagers": true,
	"boy": true, "boys": true, "girl": true, "girls": true, "pedestrian": true, "pedestrians": true,
	"motorist": true, "motorists": true, "passer-by": true, "family": true, "couple": true, "resident": true,
	"citizen": true, "villager": true, "shopkeeper": true, "farmer": true, "farmers": true,
}

// adjectiveComma reports a comma between two adjectives before a noun:
// "direct, high-level talks", "a long, bloody war".
func (sc *scan) adjectiveComma(c int) bool {
	if c < 1 || c+2 >= len(sc.toks) {
		return false
	}
	a, b := &sc.toks[c-1], &sc.toks[c+1]
	isAdj := func(t *text.Token) bool {
		return lowerWord(t.Text) && adjectiveLike(t.Lower) && t.Lower == t.Lemma && !isDet(t.Lower) && !isPrep(t.Lower)
	}
	return isAdj(a) && (isAdj(b) || strings.Contains(b.Lower, "-") && lowerWord(b.Text)) && sc.at[c-1] < 0 && sc.at[c+1] < 0 && lowerWord(sc.toks[c+2].Text)
}

// movedObject reports a gap (item k) that a preposition and the target
// follow: "extradite * to +", "hand over * to +". What stands in such a
// gap is what the act moves, an actor too.
func movedObject(p *dict.Pattern, k int) bool {
	if k+2 >= len(p.Items) || p.Items[k+1].Kind != dict.Lit || len(p.Items[k+1].Seqs) > 0 || p.Items[k+2].Kind != dict.Target {
		return false
	}
	for _, a := range p.Items[k+1].Alts {
		switch a {
		case "to", "into", "from":
		default:
			return false
		}
	}
	return true
}

// contentNoun reports a lower-case word at token i that is no function
// word: a noun an actor before it may qualify ("rebel positions").
func (sc *scan) contentNoun(i int) bool {
	w := sc.toks[i].Lower
	switch w {
	case "that", "which", "whether", "and", "or", "if", "as", "than", "a", "an":
		return false
	}
	return lowerWord(sc.toks[i].Text) && !isPrep(w) && !isDet(w) && !sc.isAux(i)
}

// findForward finds the first usable actor from token pos on, within the
// clause and a few words, and the actors joined to it.
func (sc *scan) findForward(pos int) ([]int, int) { return sc.findForwardN(pos, 12) }

// findForwardN is findForward looking at most n tokens ahead.
//
// With no actor there, a demonym qualifying the object stands for its
// owner: "rejected an Indian proposal" targets India.
func (sc *scan) findForwardN(pos, n int) ([]int, int) {
	sc.forwardWhy = ""
	modifier := -1
	for j := pos; j < len(sc.toks) && j < pos+n; j++ {
		if sc.boundary(j) || sc.toks[j].Lower == "," && !sc.set.tabari || sc.toks[j].Lower == "." {
			break // TABARI looks for the target past commas
		}
		if w := sc.toks[j].Lower; (w == "and" || w == "but") && j+1 < len(sc.toks) && !sc.set.legacy {
			v := j + 1
			if v+1 < len(sc.toks) && (sc.toks[v].Lower == "then" || sc.toks[v].Lower == "later") {
				v++ // "… and then criticized Moscow"
			}
			if t := &sc.toks[v]; t.Lower != t.Lemma && len(sc.c.anchors[t.Lemma]) > 0 && j > pos {
				// "welcomed the deal and criticized Moscow": another verb's
				// object; right after the pattern ("fired on and seized
				// three Ukrainian vessels") the object is both verbs'
				break
			}
		}
		switch sc.toks[j].Lower {
		case "that":
			if sc.crossThat {
				continue // "allowed that Mordor isn't …": the clause is the object
			}
			return nil, pos
		case "which", "who", "whose", "while", "but", "because", "although":
			return nil, pos
		case "during", "amid", "despite", "after", "before", "when", "since":
			if !sc.set.legacy {
				j = len(sc.toks) // "commented on the matter during a White House briefing"
				continue
			}
		}
		k := sc.at[j]
		if k < 0 || sc.ms[k].Start != j {
			continue
		}
		if sc.usable(k) && !sc.set.legacy && regionMention(&sc.ms[k]) && j > 0 && topicBefore[sc.toks[j-1].Lower] {
			continue // "hailed the agreements as the dawn of a new Middle East": a topic
		}
		if sc.usable(k) {
			if !sc.set.legacy && sc.locativePlace(k) && sc.locativeAt(k) >= pos {
				if modifier >= 0 {
					// "protested against the Israeli offensive in the West
					// Bank": the owner of the object, not where it happens
					sc.forwardWhy = "target: '" + sc.tokText(sc.ms[modifier].Start, sc.ms[modifier].End) + "', the owner of the object, not the place '" + sc.tokText(sc.ms[k].Start, sc.ms[k].End) + "'"
					return []int{modifier}, sc.ms[modifier].End
				}
				if sc.locativeAt(k) == pos {
					// "met in Singapore": where, not whom
					continue
				}
			}
			if a, ok := sc.objectAuthor(pos, k); ok {
				// "criticized the visit to Taiwan by Nancy Pelosi": whose
				// act the object is, not where it went
				sc.forwardWhy = "target: '" + sc.tokText(sc.ms[a].Start, sc.ms[a].End) + "' after 'by', the author of the object '" + sc.toks[pos+1].Text + "'"
				return []int{a}, sc.ms[a].End
			}
			return sc.compoundRight(k)
		}
		if modifier < 0 && sc.ms[k].Role == actor.Modifier && sc.ms[k].Code != "" && !regionMention(&sc.ms[k]) {
			modifier = k
			if !sc.set.legacy && sc.authorsAct(k) {
				// "denounced the U.S. missile strikes on Iraq": whose
				// act is denounced, not whom it struck
				return []int{k}, sc.ms[k].End
			}
		}
	}
	if modifier >= 0 {
		return []int{modifier}, sc.ms[modifier].End
	}
	return nil, pos
}

// topicBefore are words after which a region is what is spoken of, not
// whom: "a new Middle East", "peace in the Middle East" (after "of",
// "about", "on").
var topicBefore = map[string]bool{"new": true, "of": true, "about": true, "on": true, "entire": true, "whole": true}

// authorsAct reports a demonym or country at mention k qualifying an
// event noun that names its own target after "on" or "against" ("the U.S.
// missile strikes on Iraq"): the mention is the act's author.
func (sc *scan) authorsAct(k int) bool {
	for j, n := sc.ms[k].End, 0; j+1 < len(sc.toks) && n < 3; j, n = j+1, n+1 {
		t := &sc.toks[j]
		if sc.at[j] >= 0 || !lowerWord(t.Text) || isPrep(t.Lower) {
			return false
		}
		if next := sc.toks[j+1].Lower; (next == "on" || next == "against") && (len(sc.c.anchors[t.Lemma]) > 0 || len(sc.c.anchors[strings.TrimSuffix(t.Lower, "s")]) > 0) {
			return true
		}
	}
	return false
}

// compoundRight returns mention k and the mentions joined after it by
// "and", "or" and commas: "Brazil and the United States", and the token
// after the last of them.
func (sc *scan) compoundRight(k int) ([]int, int) {
	out := []int{k}
	end := sc.ms[k].End
	anyConj := false
	// a list joined by commas alone is no list ("with Dagolath, officials
	// said"): only "A, B and C" is
	list := func() ([]int, int) {
		if !anyConj && len(out) > 1 {
			return out[:1], sc.ms[out[0]].End
		}
		return out, end
	}
	for {
		j := end
		sawConj := false
		adj := 0
		for j < len(sc.toks) {
			w := sc.toks[j].Lower
			if w == "and" || w == "or" || w == "nor" || w == "," || w == "as well as" {
				sawConj = sawConj || w != ","
				j++
				continue
			}
			if isDet(w) || w == "a" || w == "an" {
				j++
				continue
			}
			if sc.set.legacy && adj < 2 && j > end && sc.at[j] < 0 && adjectiveLike(sc.toks[j].Text) && len(sc.c.anchors[sc.toks[j].Lemma]) == 0 {
				adj++ // "Fornost and the evil awful Gondor": legacy coders read past adjectives
				j++
				continue
			}
			if !sc.set.legacy && adj == 0 && j > end && sc.at[j] < 0 && compassWords[w] {
				adj++ // "the government and southern rebels"
				j++
				continue
			}
			break
		}
		if j == end || j >= len(sc.toks) || sc.at[j] < 0 || sc.ms[sc.at[j]].Start != j || !sc.usable(sc.at[j]) {
			return list()
		}
		if !sawConj && sc.toks[end].Lower != "," {
			return list()
		}
		anyConj = anyConj || sawConj
		k = sc.at[j]
		out = append(out, k)
		end = sc.ms[k].End
	}
}

// compoundLeft returns mention k and the mentions joined before it.
func (sc *scan) compoundLeft(k int) (out []int) {
	out = []int{k}
	conj := false // a list joined by commas alone is no list: "a trip to France, Trump refused"
	defer func() {
		if !conj && len(out) > 1 && !sc.set.legacy {
			out = out[len(out)-1:]
		}
	}()
	for {
		j := sc.ms[k].Start - 1
		for j >= 0 && isDet(sc.toks[j].Lower) {
			j--
		}
		if sc.set.legacy {
			// "Arnor and the evil awful Gondor": adjectives before the name
			for n := 0; n < 3 && j >= 0 && sc.at[j] < 0 && adjectiveLike(sc.toks[j].Text); n++ {
				j--
				for j >= 0 && isDet(sc.toks[j].Lower) {
					j--
				}
			}
		}
		if j < 1 || (sc.toks[j].Lower != "and" && sc.toks[j].Lower != "," && !((sc.set.legacy || sc.neitherBefore(j)) && sc.toks[j].Lower == "nor") && !(sc.set.legacy && sc.toks[j].Lower == "or")) {
			return out
		}
		conj = conj || sc.toks[j].Lower != ","
		j--
		if j >= 0 && sc.toks[j].Lower == "," {
			j--
		}
		if j < 0 || sc.at[j] < 0 || !sc.usable(sc.at[j]) {
			return out
		}
		k = sc.at[j]
		out = append([]int{k}, out...)
	}
}

// adjectiveLike reports a lower-case word that may qualify a name ("the
// evil Gondor"): letters only, not a function word.
func adjectiveLike(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	switch w {
	case "", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "with", "by", "for", "from", "said", "says":
		return false
	}
	return !auxiliary[w]
}

// auxiliary words may stand between a subject and its verb.
var auxiliary = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true,
	"have": true, "has": true, "had": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"shall": true, "should": true, "must": true, "not": true, "n't": true, "never": true,
	"to": true, "also": true, "then": true, "still": true, "now": true, "already": true,
	"again": true, "later": true, "reportedly": true, "allegedly": true, "continue": true,
	"begin": true, "start": true, "further": true, "jointly": true, "repeatedly": true,
}

func (sc *scan) isAux(i int) bool {
	t := &sc.toks[i]
	if auxiliary[t.Lower] || auxiliary[t.Lemma] {
		return true
	}
	if _, ok := sc.c.modalOf[t.Lemma]; ok {
		return true
	}
	return len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ly")
}

// findSource finds the subject of the verb at token i: the nearest actor
// before it in its clause.
func (sc *scan) findSource(m *match) {
	i := m.anchor
	if m.p.Loose && m.first < i && !sc.set.parserVerbs {
		i = m.first // the subject stands before the pattern's first word
	}
	if !sc.set.legacy && sc.nounBeforeParticiple(i) && !sc.issuedDocument(i-1) {
		// "a UN resolution condemning the annexation": the participle
		// says what the noun before it does, and the noun is no actor
		m.notes = append(m.notes, "no source: '"+sc.toks[i].Text+"' qualifies the noun '"+sc.toks[i-1].Text+"' before it")
		return
	}
	if !sc.set.legacy {
		if n, ok := sc.thingRelative(i); ok {
			// "a free trade agreement that will remove tariffs": the
			// relative pronoun stands for a thing, no actor
			m.notes = append(m.notes, "no source: the subject of '"+sc.toks[i].Text+"' is 'that' for the noun '"+sc.toks[n].Text+"'")
			return
		}
	}
	if k, ok := sc.helped(i); ok {
		m.src = sc.compoundLeft(k)
		m.notes = append(m.notes, "source: '"+sc.tokText(sc.ms[k].Start, sc.ms[k].End)+"', whom '"+sc.toks[sc.ms[k].Start-1].Text+"' has do it")
		return
	}
	onlyAux := true
	toInf, toAt := false, -1
	coordinated := false // "… and" right before the verb, the first verb uncoded
	participle := false  // ", killing …" after an uncoded clause
	comma := false       // a comma between the verb and the token read
	for j := i - 1; j >= 0; j-- {
		if k := sc.at[j]; k >= 0 {
			mm := &sc.ms[k]
			if sc.usable(k) && participle && !sc.subjectAt(mm, m.anchor-1) && !sc.notSubject(k) {
				// "an earthquake struck central Myanmar, killing …": the
				// participle's subject is the clause's, not its object;
				// an actor further back may be that subject ("Israeli
				// troops left the Gaza Strip, ending …")
				m.notes = append(m.notes, "'"+sc.tokText(mm.Start, mm.End)+"' is no subject of the clause the participle '"+sc.toks[m.anchor].Text+"' follows")
				j = mm.Start
				onlyAux = false
				continue
			}
			if sc.usable(k) {
				// "met X to hold talks", "urged X to attack": the infinitive
				// right after the previous verb phrase takes its subject or
				// object; otherwise the nearest actor is the subject.
				if toInf && sc.prev != nil && !m.passive && sc.prev.end == toAt {
					sc.shareSubject(m, "infinitive")
					return
				}
				if coordinated && sc.inPhrase(mm.Start) {
					// "protesters clashed with the police and threw rocks":
					// the actor is the first verb's object, not the subject
					// of both
					m.notes = append(m.notes, "no source: '"+sc.tokText(mm.Start, mm.End)+"' is the object of a phrase before 'and', not the subject")
					return
				}
				if mm.End == m.anchor && !sc.set.legacy && sc.agentModifier(k, m.anchor) {
					// "facing terrorist attacks": the agent qualifies the
					// noun; it does not act in this clause
					m.notes = append(m.notes, "no source: '"+sc.tokText(mm.Start, mm.End)+"' qualifies the noun '"+sc.toks[m.anchor].Text+"'")
					return
				}
				if c, ok := sc.firstTo(toAt); toInf && ok && mm.Start > c && !sc.set.legacy {
					// "Sweden became the first EU country to recognise":
					// the actor qualifies the predicate noun; the copula's
					// subject did it
					m.notes = append(m.notes, "source: the subject of '"+sc.toks[c].Text+"': '"+sc.tokText(mm.Start, mm.End)+"' qualifies the noun the infinitive completes")
					j, toInf, onlyAux = c, false, false
					continue
				}
				if toInf && sc.prev != nil && !m.passive && !sc.set.legacy && sc.objectControl(sc.prev, mm.Start, toAt) {
					// "urged people to comply": the people comply, and they
					// are no actor, so the verb has no source
					m.notes = append(m.notes, "no source: the subject of '"+sc.toks[m.anchor].Text+"' is the object of '"+sc.toks[sc.prev.anchor].Text+"', '"+sc.tokText(sc.prev.end, toAt)+"'")
					return
				}
				if !sc.set.legacy && !toInf && sc.inThingRelative(mm.Start) {
					// "the earthquake that struck Haiti killed 1,297": the
					// actor is the object of a relative clause on a thing,
					// whose head is the subject
					m.notes = append(m.notes, "no source: '"+sc.tokText(mm.Start, mm.End)+"' stands in a relative clause on a thing, which is the subject")
					return
				}
				if e := mm.End; !sc.set.legacy && e < m.anchor && placeEntry(mm) && (privateNouns[sc.toks[e].Lemma] || privateNouns[sc.toks[e].Lower]) {
					// "Argentina fans protested": no state acts through its fans
					// (a "United Nations team" is the organisation's)
					m.notes = append(m.notes, "no source: '"+sc.tokText(mm.Start, e+1)+"' is no actor of the state")
					return
				}
				if !sc.set.legacy && sc.pollShare(mm.Start) {
					// "57 percent of the U.S. public opposes": an opinion
					// poll's figure, no actor's act
					m.notes = append(m.notes, "no source: '"+sc.tokText(mm.Start, mm.End)+"' is counted by a poll")
					return
				}
				if e := mm.End; !sc.set.legacy && e+1 < m.anchor && sc.toks[e].Lower == "'s" && sc.at[e+1] < 0 && capitalised(sc.toks[e+1].Text) {
					// "Ethiopia's Kenenisa Bekele attacked with a lap to go":
					// whoever the name no dictionary knows is, the
					// country does not act through it
					m.notes = append(m.notes, "no source: '"+sc.tokText(mm.Start, e+2)+"…' names someone no dictionary knows")
					return
				}
				if !sc.set.legacy && sc.leaderOf(k) {
					// "an ECOWAS delegation led by Goodluck Jonathan met":
					// the leader qualifies the head, which acts
					j = mm.Start - 1
					onlyAux = false
					continue
				}
				if !sc.set.legacy && sc.notSubject(k) {
					// "rioted at a jail in northern Israel", "an address
					// at the United Nations": where, not who; "activists
					// from the Fatah Party staged": the head acts
					j = mm.Start
					onlyAux = false
					continue
				}
				src := sc.compoundLeft(k)
				if !sc.set.legacy && sc.reducedAgent(src) {
					// "Patriot systems supplied by the United States,
					// Germany and the Netherlands had arrived": the agents
					// qualify the subject noun, which acts
					m.notes = append(m.notes, "no source: '"+sc.tokText(sc.ms[src[0]].Start, mm.End)+"' is the agent of a participle qualifying the subject")
					return
				}
				m.src = src
				return
			}
			if mm.Role == actor.Pronoun && mm.Code == "" && !sc.set.legacy {
				// "we could have …, but forgiving her": the nearest subject
				// is a pronoun that names no known actor; an actor before
				// it is not the doer
				m.notes = append(m.notes, "no source: the subject '"+sc.tokText(mm.Start, mm.End)+"' is not resolved")
				return
			}
			j = mm.Start
			onlyAux = false
			continue
		}
		w := sc.toks[j].Lower
		if !sc.set.legacy && j < i-1 && sc.isSpeech(j) && sc.toks[j].Lower != sc.toks[j].Lemma && !sc.quoted[j] {
			// "media reported most of the deceased suffocated": the
			// speaker is not the subject of what is reported
			m.notes = append(m.notes, "no source: the subject of '"+sc.toks[i].Text+"' stands after '"+sc.toks[j].Text+"' and is no actor")
			return
		}
		if onlyAux && w == "to" {
			toInf, toAt = true, j
			if !sc.set.legacy && j > 0 && purposeNouns[sc.toks[j-1].Lower] {
				// "Western efforts to end the fighting": the noun's owner
				// would act, and no actor before it does
				if sc.background(j - 1) {
					// "despite Moscow's promise to halt air raids": a
					// background the clause is set against
					m.notes = append(m.notes, "no source: the infinitive completes '"+sc.toks[j-1].Text+"', in a background phrase")
					return
				}
				if k, ok := sc.nounOwner(j - 1); ok {
					m.src = []int{k}
					m.notes = append(m.notes, "source: '"+sc.tokText(sc.ms[k].Start, sc.ms[k].End)+"', whose '"+sc.toks[j-1].Text+"' the infinitive completes")
				} else if v, ok := sc.undertaken(j - 1); ok {
					// "Peru launched a campaign to convince Chile", "in a
					// bid to deter": the clause's subject owns the aim
					m.notes = append(m.notes, "the infinitive completes '"+sc.toks[j-1].Text+"', whose owner is the subject before '"+sc.toks[v].Text+"'")
					if sc.toks[v].Lower == "in" && sc.prev != nil && sc.prev.end <= v && len(sc.prev.src) > 0 {
						m.src = sc.prev.src // not the clause's object: "attacked Brazil in a bid to"
						return
					}
					j, toInf, onlyAux = v, false, false
					continue
				} else {
					m.notes = append(m.notes, "no source: the infinitive completes the noun '"+sc.toks[j-1].Text+"', which no actor owns")
				}
				return
			}
		}
		if sc.boundary(j) {
			return
		}
		if !sc.set.legacy && !comma && !onlyAux && !toInf && sc.opensClause(j) {
			// "… after Cyclone Idai killed hundreds": the verb's clause
			// opens here and its subject is no actor
			m.notes = append(m.notes, "no source: the clause of '"+sc.toks[m.anchor].Text+"' opens at '"+sc.toks[j].Text+"' with no actor before the verb")
			return
		}
		if w == "," {
			comma = true
			if onlyAux && sc.prev != nil && (sc.set.legacy || !sc.clauseSince(sc.prev.last, j)) {
				sc.shareSubject(m, "coordinated")
				return
			}
			if onlyAux && !sc.set.legacy && strings.HasSuffix(sc.toks[m.anchor].Lower, "ing") && j == m.anchor-1 {
				participle = true
			}
			// skip a clause between commas that starts with a relative
			// pronoun: "the army, which is loyal to X, attacked Y"
			if c := sc.relativeClauseStart(j); c >= 0 {
				j = c
				continue
			}
			if !onlyAux {
				return
			}
			continue
		}
		if w == "and" && onlyAux && sc.prev != nil && (sc.set.legacy || !sc.subordinateSince(sc.prev.last, j)) {
			if k, ok := sc.speakerAcross(sc.prev, j); ok && !sc.set.legacy {
				// "Chile said that Peru had attacked Bolivia, and vowed to
				// retaliate": the speaker goes on, not the report's subject
				m.src = []int{k}
				m.notes = append(m.notes, "source: the speaker '"+sc.tokText(sc.ms[k].Start, sc.ms[k].End)+"', whose report ends before 'and'")
				return
			}
			sc.shareSubject(m, "coordinated")
			return
		}
		if w == "and" && onlyAux && !sc.set.legacy {
			coordinated = true
		}
		if !sc.isAux(j) {
			onlyAux = false
		}
	}
	if toInf && sc.prev != nil {
		sc.shareSubject(m, "infinitive")
	}
}

// nounBeforeParticiple reports an -ing form at token i right after a
// common noun no dictionary knows, which it qualifies: "a resolution
// condemning", "people protesting". A verb before it ("continued
// attacking", "began shelling") or an actor is no such noun.
func (sc *scan) nounBeforeParticiple(i int) bool {
	if i == 0 || !strings.HasSuffix(sc.toks[i].Lower, "ing") || sc.at[i-1] >= 0 {
		return false
	}
	p := &sc.toks[i-1]
	w := p.Lower
	if !lowerWord(p.Text) || p.Lemma != w || isDet(w) || isPrep(w) || sc.isAux(i-1) || notNounBefore[w] ||
		strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || len(sc.c.anchors[w]) > 0 {
		return false
	}
	return true
}

// notNounBefore are words before an -ing verb that are no noun it could
// qualify.
var notNounBefore = map[string]bool{
	"and": true, "or": true, "but": true, "while": true, "when": true, "after": true, "before": true,
	"without": true, "also": true, "not": true, "still": true, "now": true, "then": true, "start": true,
	"stop": true, "keep": true, "begin": true, "continue": true, "avoid": true, "deny": true, "admit": true,
	"consider": true, "finish": true, "resume": true, "risk": true, "go": true, "come": true, "spend": true,
	"since": true, "despite": true, "just": true, "again": true, "were": true, "are": true,
	// time spent doing it: "started the month visiting Kenosha"
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true,
	"years": true, "morning": true, "afternoon": true, "evening": true, "night": true, "weekend": true,
	"time": true, "hours": true,
}

// opensClause reports a subordinator at token j that opens a clause, not
// a phrase: "if", "when", "because" always; "after", "before", "since",
// "until" before a name ("after Cyclone Idai killed"), as they are
// prepositions too ("after fierce fighting", "after four years").
func (sc *scan) opensClause(j int) bool {
	switch sc.toks[j].Lower {
	case "if", "unless", "when", "whenever", "because", "while", "although", "though", "whereas":
		return true
	case "after", "before", "since", "until":
		// "after Cyclone Idai killed", "after an attack in Kabul killed": a
		// name or a noun phrase, then the verb read
		if j+1 >= len(sc.toks) {
			return false
		}
		w := sc.toks[j+1].Lower
		if capitalised(sc.toks[j+1].Text) || isDet(w) || w == "a" || w == "an" {
			return true
		}
		// "after mobs attacked", "after talks collapsed": a bare plural
		// and a verb in the past
		n, v := &sc.toks[j+1], j+2
		return !sc.set.legacy && v < len(sc.toks) && lowerWord(n.Text) && strings.HasSuffix(w, "s") && n.Lemma != w &&
			lowerWord(sc.toks[v].Text) && strings.HasSuffix(sc.toks[v].Lower, "ed") && sc.toks[v].Lemma != sc.toks[v].Lower
	}
	return false
}

// pollShare reports a mention at token i counted as a poll's share: "57
// percent of the U.S. public" (half of an army that attacks is the army).
func (sc *scan) pollShare(i int) bool {
	j := i - 1
	if j >= 0 && sc.toks[j].Lower == "the" {
		j--
	}
	if j < 1 || sc.toks[j].Lower != "of" {
		return false
	}
	switch sc.toks[j-1].Lower {
	case "percent", "%", "cent":
		return true
	}
	return false
}

// notSubject reports a mention that stands where no subject does: a place
// after a locative or "at", or the qualifier after "from".
func (sc *scan) notSubject(k int) bool {
	return sc.locativePlace(k) || sc.fromQualifier(k) || sc.afterAt(k)
}

// subjectAt reports whether mention mm stands where a clause's subject
// does: right before its verb (past auxiliaries) or before the comma at
// index comma that opens a participle clause, not as an object ("struck
// central Myanmar on Friday").
func (sc *scan) subjectAt(mm *actor.Mention, comma int) bool {
	j := mm.End
	if j >= len(sc.toks) {
		return false
	}
	if !sc.set.legacy {
		if k := sc.skipTime(sc.skipAdverbs(j)); k == comma {
			j = k // "left the Gaza Strip early on Monday, ending …" is an object
		}
	}
	if j == comma {
		// "Peru, calling on Chile …" opens its clause; "devastated
		// Honduras and Nicaragua, killing …" is an object
		b := mm.Start - 1
		for b >= 0 && (isDet(sc.toks[b].Lower) || sc.toks[b].Lower == "and" || sc.at[b] >= 0) {
			b--
		}
		return b < 0 || sc.toks[b].Lower == "," || sc.boundary(b)
	}
	t := &sc.toks[j]
	if !lowerWord(t.Text) || isPrep(t.Lower) || isDet(t.Lower) {
		return false
	}
	return sc.isAux(j) || strings.HasSuffix(t.Lower, "ed") || t.Lemma != t.Lower || len(sc.c.anchors[t.Lemma]) > 0 || sc.isSpeech(j)
}

// inPhrase reports whether the mention starting at token i follows a
// preposition (after determiners): "with the police", "of Peru".
func (sc *scan) inPhrase(i int) bool {
	j := i - 1
	for j >= 0 && (isDet(sc.toks[j].Lower) || sc.toks[j].Lower == "a" || sc.toks[j].Lower == "an") {
		j--
	}
	return j >= 0 && isPrep(sc.toks[j].Lower)
}

// agentModifier reports whether mention k, right before the anchor at a,
// is a bare agent used as a noun modifier ("facing terrorist attacks",
// "amid militia raids"): one lower-case singular word with no determiner,
// after a word that does not open a clause, before a lower-case anchor.
func (sc *scan) agentModifier(k, a int) bool {
	mm := &sc.ms[k]
	if mm.Role != actor.BareAgent || mm.Plural || mm.End-mm.Start != 1 || mm.Start == 0 {
		return false
	}
	ag, an, before := &sc.toks[mm.Start], &sc.toks[a], &sc.toks[mm.Start-1]
	if !lowerWord(ag.Text) || !lowerWord(an.Text) || !lowerWord(before.Text) {
		return false
	}
	if isDet(before.Lower) || clauseOpener[before.Lower] || sc.isAux(mm.Start-1) || sc.boundary(mm.Start-1) {
		return false
	}
	return true
}

func lowerWord(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

// clauseOpener are words after which a bare agent may be a subject: "and
// police attack", "when troops fire".
var clauseOpener = map[string]bool{"and": true, "or": true, "but": true, "while": true, "when": true, "as": true,
	"after": true, "before": true, "because": true, "that": true, "which": true, "who": true, "if": true,
	"since": true, "although": true, "though": true, "where": true, "then": true, "until": true, "once": true,
	"a": true, "an": true, "some": true, "any": true, "no": true}

// objectControl reports whether the infinitive whose "to" is at toAt is
// governed by the verb of p, a verb whose object does the infinitive
// ("urged people to comply", "ordered troops to withdraw"), with a
// non-actor object between p's verb phrase and "to", and p's verb after
// the actor at from.
func (sc *scan) objectControl(p *match, from, toAt int) bool {
	if p.anchor < from || p.end >= toAt || p.end <= p.anchor || len(p.tgt) > 0 {
		return false
	}
	for j := p.end; j < toAt; j++ {
		if sc.boundary(j) || sc.toks[j].Lower == "," || sc.at[j] >= 0 && sc.usable(sc.at[j]) {
			return false
		}
	}
	switch p.p.Code.Root() {
	case "02", "10":
		return true
	}
	return objectControlVerbs[sc.toks[p.anchor].Lemma]
}

// hazard returns a word of the sentence naming a natural hazard, against
// which an emergency or a curfew is declared ("a state of emergency over
// the earthquakes", "in anticipation of Dorian" after "Hurricane
// Dorian"), or says that one was named in the three sentences before.
// Diseases are not among them: a lockdown restricts people, whatever its
// reason.
func (sc *scan) hazard() (string, bool) {
	for i := range sc.toks {
		if hazardWords[sc.toks[i].Lower] || sc.ctx.hazards[sc.toks[i].Lower] {
			return sc.toks[i].Text, true
		}
	}
	if at := sc.ctx.hazardAt - 1; at >= 0 && sc.s.Index-at <= 3 {
		return "a hazard named " + strconv.Itoa(sc.s.Index-at) + " sentences before", true
	}
	return "", false
}

// hazardWords name natural hazards, as nouns ("stormed" is no storm).
var hazardWords = map[string]bool{
	"hurricane": true, "hurricanes": true, "typhoon": true, "typhoons": true, "cyclone": true, "cyclones": true,
	"storm": true, "storms": true, "tornado": true, "tornadoes": true, "earthquake": true, "earthquakes": true,
	"quake": true, "quakes": true, "tremors": true, "aftershocks": true, "tsunami": true, "floods": true,
	"flooding": true, "wildfire": true, "wildfires": true, "bushfires": true, "drought": true, "heatwave": true,
	"blizzard": true, "snowstorm": true, "eruption": true, "volcano": true, "landslide": true, "landslides": true,
	"mudslides": true, "avalanche": true,
}

// askedTo reports a verb in the infinitive after the object of a request
// verb ("… convince the Chilean Congress to amend"): what the object was
// asked to do. The request, when its asker is known, holds it as content.
func (sc *scan) askedTo(m *match) bool {
	j := m.anchor - 1
	for j >= 0 && sc.at[j] < 0 && sc.toks[j].Lower != "to" && sc.isAux(j) {
		j--
	}
	if j < 2 || sc.toks[j].Lower != "to" || sc.at[j-1] < 0 || sc.ms[sc.at[j-1]].End != j {
		return false
	}
	g := sc.ms[sc.at[j-1]].Start - 1
	for g >= 0 && isDet(sc.toks[g].Lower) {
		g--
	}
	return g >= 0 && askVerbs[sc.toks[g].Lemma]
}

// askVerbs are the object-control verbs that ask: their object's
// infinitive is what is asked ("urged Chile to withdraw"), unlike "forced
// Chile to withdraw".
var askVerbs = map[string]bool{"urge": true, "ask": true, "persuade": true, "convince": true, "encourage": true,
	"press": true, "pressure": true, "implore": true, "exhort": true, "beg": true, "lobby": true, "prod": true}

// objectControlVerbs take an object that does the infinitive after it.
var objectControlVerbs = map[string]bool{"urge": true, "ask": true, "order": true, "force": true, "tell": true,
	"allow": true, "permit": true, "persuade": true, "convince": true, "encourage": true, "invite": true,
	"press": true, "pressure": true, "instruct": true, "direct": true, "compel": true, "oblige": true}

// shareSubject gives m the subject of the verb before it in the sentence.
func (sc *scan) shareSubject(m *match, why string) {
	p := sc.prev
	if why == "infinitive" && p.tgtAt >= 0 && followedByTo(p.p) && len(p.tgt) > 0 {
		m.src = p.tgt
		m.notes = append(m.notes, "source: the object of '"+sc.toks[p.anchor].Text+"' is the subject of '"+sc.toks[m.anchor].Text+"'")
		return
	}
	if p.reduced && p.agentless && len(p.tgt) > 0 && !sc.set.legacy {
		// "Chile, accused of murder, attacked Peru": the participle's
		// undergoer is the noun the clause qualifies, the next verb's subject
		m.src = p.tgt
		m.notes = append(m.notes, "source: the noun '"+sc.toks[p.anchor].Text+"' qualifies is the subject of '"+sc.toks[m.anchor].Text+"'")
		return
	}
	m.src = p.src
	m.notes = append(m.notes, "source: shares the subject of '"+sc.toks[p.anchor].Text+"' ("+why+" verb)")
}

// speakerAcross returns the speaker of the report that verb p stands in,
// when the "and" at token and closes that report: after a comma (", and
// vowed to retaliate") or after a report told in the past perfect ("said
// Peru had attacked Bolivia and vowed …").
func (sc *scan) speakerAcross(p *match, and int) (int, bool) {
	if len(p.src) == 0 {
		return 0, false
	}
	closes := and > 0 && sc.toks[and-1].Lower == ","
	if !closes && p.anchor > 0 && sc.toks[p.anchor-1].Lower == "had" {
		closes = true
	}
	if !closes {
		return 0, false
	}
	for v := sc.ms[p.src[0]].Start - 1; v > 0; v-- {
		if sc.boundary(v) && !sc.isSpeech(v) {
			return 0, false
		}
		if !sc.isSpeech(v) {
			continue
		}
		u := v - 1
		if sc.toks[u].Lower == "that" && u > 0 {
			u--
		}
		for u >= 0 && sc.at[u] < 0 && sc.isAux(u) {
			u--
		}
		if u >= 0 && sc.at[u] >= 0 && sc.usable(sc.at[u]) {
			return sc.at[u], true
		}
		return 0, false
	}
	return 0, false
}

func followedByTo(p *dict.Pattern) bool {
	for k := 0; k+1 < len(p.Items); k++ {
		if p.Items[k].Kind == dict.Target {
			nx := p.Items[k+1]
			return nx.Kind == dict.Lit && len(nx.Alts) > 0 && nx.Alts[0] == "to"
		}
	}
	return false
}

// relativeClauseStart: j is a comma; if the words after the comma before it
// begin with which/who, return that earlier comma's index.
func (sc *scan) relativeClauseStart(j int) int {
	for c := j - 1; c >= 0 && c > j-16; c-- {
		if sc.toks[c].Lower == "," {
			if c+1 < j {
				switch w := sc.toks[c+1].Lower; {
				case w == "which" || w == "who" || w == "whose" || w == "where":
					return c
				case !sc.set.legacy && lowerWord(sc.toks[c+1].Text) && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && c > 0 && sc.at[c-1] >= 0 && sc.usable(sc.at[c-1]):
					return c // "the parliament, meeting in Pale, rejected …": a participle clause after the subject
				case !sc.set.legacy && asidePreps[w] && c > 0 && sc.at[c-1] >= 0 && sc.usable(sc.at[c-1]):
					return c // "the ministry, in a statement issued on Monday, condemned …": a phrase aside
				}
			}
			return -1
		}
	}
	return -1
}

// asidePreps open a phrase set between commas after a subject: "Chile,
// in a statement, condemned …", "Biden, in a message to donors, accused …".
var asidePreps = map[string]bool{"in": true, "at": true, "on": true, "during": true, "after": true, "with": true,
	"under": true, "amid": true, "despite": true, "through": true, "according": true, "like": true, "for": true}

// byActor reports "by" at token i before an actor or a demonym, past
// articles and a count: "by Russian missiles", "by the rebels".
func (sc *scan) byActor(i int) bool {
	if i >= len(sc.toks) || sc.toks[i].Lower != "by" {
		return false
	}
	j := i + 1
	for j < len(sc.toks) && (isDet(sc.toks[j].Lower) || sc.toks[j].Lower == "a" || sc.toks[j].Lower == "an") {
		j++
	}
	j = skipQuantity(sc.toks, j)
	return j < len(sc.toks) && sc.at[j] >= 0 && sc.ms[sc.at[j]].Start == j
}

// verbObject reports a pattern whose anchor takes its target right after
// it ("bully +"): a verb, which a word after "a" is not.
func verbObject(p *dict.Pattern) bool {
	return p.Anchor+1 < len(p.Items) && p.Items[p.Anchor+1].Kind == dict.Target
}

// passiveObject matches, at a passive participle i, a pattern written
// with its object after a gap ("deliver * aid to +", "release *
// prisoners") whose object word stands in the passive's subject: "Food aid
// was delivered to Gaza by the WFP", "Ninety-five Ukrainian prisoners were
// released by Russia". The agent after "by" is the source; the pattern's
// target, else the actor or demonym of the subject, is the target.
func (sc *scan) passiveObject(i int) *match {
	t := &sc.toks[i]
	be := i - 1
	for be >= 0 && sc.at[be] < 0 && sc.isAux(be) {
		be--
	}
	var best *match
	for _, ps := range [][]*dict.Pattern{sc.c.anchors[t.Lemma], sc.c.anchors[t.Lower]} {
		for _, p := range ps {
			if p.Anchor != 0 || len(p.Items) < 3 || p.Items[1].Kind != dict.Skip || p.Items[1].Alts != nil ||
				p.Items[2].Kind != dict.Lit || len(p.Items[2].Seqs) > 0 || p.Code == "" {
				continue
			}
			o := -1 // the object word, in the subject's few words before the auxiliaries
			for j := be; j >= 0 && j > be-6; j-- {
				if sc.boundary(j) || sc.toks[j].Lower == "," {
					break
				}
				if lit(p.Items[2], &sc.toks[j]) {
					o = j
					break
				}
			}
			if o < 0 {
				continue
			}
			m := &match{p: p, anchor: i, last: i, lits: 2, tgtAt: -1, first: o, words: []int{o}}
			// more of the object's words may follow in the subject ("food
			// aid" for "deliver * food aid to +")
			q, at := 3, o+1
			for q < len(p.Items) && at <= be {
				it := p.Items[q]
				if it.Kind == dict.Skip && it.Alts == nil && q+1 < len(p.Items) {
					// a gap, then the next word within two: "food * aid"
					nx := p.Items[q+1]
					found := -1
					for a := at; a <= be && a <= at+2 && nx.Kind == dict.Lit && len(nx.Seqs) == 0; a++ {
						if lit(nx, &sc.toks[a]) {
							found = a
							break
						}
					}
					if found < 0 {
						break
					}
					m.words, m.lits = append(m.words, found), m.lits+1
					q, at = q+2, found+1
					continue
				}
				if it.Kind == dict.Lit && len(it.Seqs) == 0 && lit(it, &sc.toks[at]) {
					m.words, m.lits = append(m.words, at), m.lits+1
					q, at = q+1, at+1
					continue
				}
				break
			}
			if !sc.matchAfter(p, q, i+1, m) {
				continue
			}
			after := m.last + 1
			for _, k := range m.tgt {
				after = max(after, sc.ms[k].End) // "delivered to northern Gaza by"
			}
			by := sc.skipTime(sc.skipAdverbs(after)) // "released on Monday by Russia"
			if !sc.byActor(by) {
				continue
			}
			src, _ := sc.findForward(by + 1)
			if len(src) == 0 {
				if k, ok := sc.demonymAfter(by + 1); ok {
					src = []int{k}
				}
			}
			if len(src) == 0 {
				continue
			}
			m.src, m.srcFixed, m.passive = src, true, true
			if len(m.tgt) == 0 {
				for j := o; j >= 0 && j >= o-3; j-- {
					if k := sc.at[j]; k >= 0 && !slices.Contains(src, k) && (sc.usable(k) || sc.ms[k].Role == actor.Modifier) {
						m.tgt = []int{k}
						break
					}
				}
			}
			if a := m.words[len(m.words)-1] + 1; len(m.tgt) == 0 && !sc.set.legacy && a+1 <= be && (sc.toks[a].Lower == "on" || sc.toks[a].Lower == "against") {
				// "sanctions on Iran's oil exports were lifted by": whom
				// the object is on, in the subject
				if k := sc.at[a+1]; k >= 0 && sc.ms[k].Start == a+1 && !slices.Contains(src, k) && (sc.usable(k) || sc.ms[k].Role == actor.Modifier) {
					m.tgt = []int{k}
					m.notes = append(m.notes, "target: '"+sc.tokText(sc.ms[k].Start, sc.ms[k].End)+"', whom the subject's '"+sc.toks[o].Text+"' is "+sc.toks[a].Lower)
				}
			}
			m.notes = append(m.notes, "passive: the subject's '"+sc.toks[o].Text+"' is the pattern's object, and the agent follows 'by'")
			if better(m, best) {
				best = m
			}
		}
	}
	return best
}

// passiveAgentFirst matches, at a passive participle i followed by "by"
// and its agent, a pattern whose target slot comes before more words
// ("charge + with"): "the journalist was charged by police with
// espionage". The agent is the source and the subject the target.
func (sc *scan) passiveAgentFirst(i int) *match {
	if !sc.byActor(i + 1) {
		return nil
	}
	src, end := sc.findForward(i + 2)
	if len(src) == 0 {
		return nil
	}
	t := &sc.toks[i]
	var best *match
	for _, ps := range [][]*dict.Pattern{sc.c.anchors[t.Lemma], sc.c.anchors[t.Lower]} {
		for _, p := range ps {
			if p.Anchor != 0 || len(p.Items) < 3 || p.Items[1].Kind != dict.Target || p.Items[2].Kind != dict.Lit || p.Code == "" {
				continue
			}
			c := &match{p: p, anchor: i, last: i, lits: 1, tgtAt: -1, first: i}
			if sc.matchAfter(p, 2, end, c) && better(c, best) {
				best = c
			}
		}
	}
	if best == nil {
		return nil
	}
	sc.findSourceNoShare(best) // the passive's subject, as its target
	best.tgt, best.src, best.srcFixed, best.passive = best.src, src, true, true
	best.notes = append(best.notes, "passive: '"+sc.tokText(i-1, i+2)+"' — the agent before the pattern's words, the subject the target")
	return best
}

// passiveRest reads, for a passive with its agent before the words that
// follow the pattern's target ("was accused by Russia of war crimes",
// "was charged by police with treason"), the longer pattern those words
// complete after the agent, which ends at token from; m takes it when one
// does.
func (sc *scan) passiveRest(m *match, from int) {
	t := &sc.toks[m.anchor]
	for _, ps := range [][]*dict.Pattern{sc.c.anchors[t.Lemma], sc.c.anchors[t.Lower]} {
		for _, p := range ps {
			if p.Anchor != 0 || len(p.Items) < 3 || p.Items[1].Kind != dict.Target || p.Items[2].Kind != dict.Lit {
				continue
			}
			c := &match{p: p, anchor: m.anchor, last: m.anchor, lits: 1, tgtAt: -1, first: m.first}
			if !sc.matchAfter(p, 2, from, c) || c.lits <= m.lits {
				continue
			}
			m.p, m.lits, m.syn, m.last = c.p, c.lits, c.syn, c.last
			m.words = append(m.words, c.words...)
		}
	}
}

// endsWithTarget reports a pattern whose last item is its target, or its
// target and a gap ("strike + *"): one a passive can be written of.
func endsWithTarget(p *dict.Pattern) bool {
	n := len(p.Items) - 1
	if n > 0 && p.Items[n].Kind == dict.Skip && p.Items[n].Alts == nil {
		n--
	}
	return p.Items[n].Kind == dict.Target
}

// particles complete a phrasal verb: "taken over by", "shut down by".
var particles = map[string]bool{"over": true, "up": true, "down": true, "out": true, "off": true,
	"back": true, "away": true, "on": true, "in": true}

// countedBefore reports the news listing of casualties and arrests: a
// counted actor right before the participle, which ends its clause ("with
// 95 civilians and hundreds of Taliban killed.", "20 protesters
// detained,"). A verb of this kind with no object is not active.
func (sc *scan) countedBefore(m *match) bool {
	end := m.last + 1
	if end < len(sc.toks) {
		switch sc.toks[end].Lower {
		case ",", ".", ";", "and":
		default:
			return false
		}
	}
	if m.anchor == 0 {
		return false
	}
	k := sc.at[m.anchor-1]
	if k < 0 || sc.ms[k].End != m.anchor {
		return false
	}
	q := sc.ms[k].Start - 1
	if q < 0 {
		return false
	}
	w := sc.toks[q].Lower
	if w == "of" && q > 0 {
		w = sc.toks[q-1].Lower // "hundreds of Taliban"
	}
	return isNumber(w) || numberWords[w] || quantityWords[w] && w != "a" && w != "all"
}

// numberWords are counts written out: "twenty soldiers", "hundreds of".
var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true, "twenty": true, "thirty": true,
	"forty": true, "fifty": true, "dozen": true, "dozens": true, "hundreds": true, "thousands": true,
	"scores": true, "millions": true, "tens": true,
}

// passive detects "was attacked by X" and "cities occupied by X".
func (sc *scan) passive(m *match) {
	// a pattern that names no target is passive too when written so:
	// "observers who were taken hostage" ("take * hostage")
	implicit := !hasRole(m.p, dict.Target) && (m.p.Loose || !sc.set.legacy)
	if m.srcFixed || !endsWithTarget(m.p) && !implicit {
		return
	}
	t := &sc.toks[m.anchor]
	if !participle(t) && (sc.set.legacy || t.Lower != t.Lemma || strings.HasSuffix(t.Lower, "ing") || !sc.afterBe(m.anchor) || !sameFormParticiple[t.Lower]) {
		// "put", "hit", "shut": the same form, a participle after "been";
		// "was optimistic about" is an adjective
		return
	}
	if !sc.set.legacy && m.anchor+1 < len(sc.toks) && sc.toks[m.anchor+1].Lower == "to" && (!hasRole(m.p, dict.Target) || !participle(t)) {
		return // "is opposed to French mediation", "was set to meet": an adjective, not a passive
	}
	be := false
	for j := m.anchor - 1; j >= 0 && j >= m.anchor-3; j-- {
		switch sc.toks[j].Lemma {
		case "be", "get":
			be = true
		}
		if !sc.set.legacy && j >= 2 && (sc.toks[j].Lower == "or" || sc.toks[j].Lower == "and") && participle(&sc.toks[j-1]) {
			j-- // "are being teased or harassed": the participles share the auxiliary
			continue
		}
		if w := sc.toks[j].Lower; !sc.set.legacy && (w == "both" || w == "all" || w == "each") {
			continue // "are both killed"
		}
		if !sc.isAux(j) {
			break
		}
	}
	by := m.last + 1
	if sc.set.legacy {
		// "was opposed earlier by X", "was fiercely opposed by X"
		for n := 0; n < 2 && by < len(sc.toks) && sc.toks[by].Lower != "by" && sc.at[by] < 0 && (sc.isAux(by) || sc.toks[by].Lower == "earlier"); n++ {
			by++
		}
	}
	if be && !sc.set.legacy && by < len(sc.toks) && (sc.toks[by].Lower == "at" || sc.toks[by].Lower == "in") {
		// "was welcomed at the White House by President Obama": a place
		// between the verb and its agent
		for j := by + 1; j < len(sc.toks) && j <= by+6; j++ {
			if sc.boundary(j) || sc.toks[j].Lower == "," || isPrep(sc.toks[j].Lower) && sc.toks[j].Lower != "by" && sc.toks[j].Lower != "of" {
				break
			}
			if sc.toks[j].Lower == "by" {
				by = j
				break
			}
		}
	}
	if be && !sc.set.legacy && (by >= len(sc.toks) || sc.toks[by].Lower != "by") {
		// "has been accused of misusing funds, much of it embezzled, by
		// government officials": the agent set off by a comma at the end
		for j := by; j+1 < len(sc.toks); j++ {
			if sc.boundary(j) || sc.toks[j].Lower == ";" {
				break
			}
			if sc.toks[j].Lower == "by" && sc.toks[j-1].Lower == "," && !strings.HasSuffix(sc.toks[j+1].Lower, "ing") {
				by = j
				break
			}
		}
	}
	if by >= len(sc.toks) || sc.toks[by].Lower != "by" {
		if k, end, ok := sc.strikeBy(by); be && ok && !sc.set.legacy {
			// "was killed in an Israeli air strike": the strike's
			// country is the doer
			sc.passiveDoer(m, []int{k}, end, "passive: the doer is the country of the '"+sc.tokText(sc.ms[k].Start, end)+"' the subject was struck in")
			return
		}
		if be {
			// "He was convicted in 2006": the subject undergoes the event
			// and the doer is not named, so no source can be coded.
			m.agentless = true
			m.notes = append(m.notes, "passive without 'by': the doer is not named")
		} else if p := sc.prev; !sc.set.legacy && implicit && len(m.tgt) == 0 && p != nil && p.first < m.anchor && m.anchor <= p.last &&
			!clauseBreak(sc.toks[m.anchor-1].Lower) && sc.toks[m.anchor-1].Lower != "," {
			// "freed three women held hostage in Gaza": the participle
			// stands inside the object of the act before it and says what
			// that object underwent, by no one named
			m.agentless = true
			m.notes = append(m.notes, "passive participle inside the object of '"+sc.toks[p.anchor].Text+"': the doer is not named")
		} else if !sc.set.legacy && m.anchor > 0 && m.anchor+1 < len(sc.toks) && attributions[t.Lemma] != "" && sc.toks[m.anchor+1].Lower == attributions[t.Lemma] && sc.nounBefore(m.anchor) {
			// "an attack blamed on JNIM": what is said of the noun, by no
			// one named
			m.agentless = true
			m.notes = append(m.notes, "a participle after the noun '"+sc.toks[m.anchor-1].Text+"': what is said of it, by no one named")
		} else if !sc.set.legacy && len(m.tgt) == 0 && sc.countedBefore(m) {
			m.agentless = true
			m.notes = append(m.notes, "a counted noun before a participle that ends the clause ('hundreds of fighters killed'): passive, the doer is not named")
		} else if k := sc.headBefore(m.anchor); !sc.set.legacy && len(m.tgt) == 0 && m.last == m.anchor && endsWithTarget(m.p) && strings.HasSuffix(t.Lower, "ed") &&
			m.anchor+1 < len(sc.toks) && reducedPreps[sc.toks[m.anchor+1].Lower] && k >= 0 {
			// "officers accused of taking part in the coup": a participle
			// with no object after an actor says what the actor undergoes
			m.agentless, m.reduced = true, true
			m.tgt = []int{k}
			m.notes = append(m.notes, "passive participle: '"+sc.tokText(sc.ms[k].Start, m.anchor+2)+"', the doer is not named")
		}
		return
	}
	if !sc.set.legacy && by+1 < len(sc.toks) && strings.HasSuffix(sc.toks[by+1].Lower, "ing") {
		return // "started its investigation by hiring a law firm": a means, not an agent
	}
	if !be && !sc.set.legacy && sc.afterHave(m.anchor) {
		return // "has ordered patrols by police": a perfect, not a reduced relative
	}
	if !be && !sc.set.legacy && slices.ContainsFunc(sc.toks[m.anchor+1:by], func(t text.Token) bool { return !particles[t.Lower] }) {
		// "violated a ban by General Aoun", "rejected mediation by
		// Kenya": the verb has an object, "by" belongs to it (a
		// particle between is part of the verb: "taken over by")
		return
	}
	found, agentEnd := sc.findForward(by + 1)
	if d := by + 1; !sc.set.legacy && d < len(sc.toks) && sc.at[d] >= 0 && sc.ms[sc.at[d]].Start == d && sc.ms[sc.at[d]].Role == actor.Modifier {
		// "strangled by Saudi agents inside the consulate": the demonym
		// right after "by" names the agent, not an actor further on
		if k, ok := sc.demonymAfter(d); ok {
			found, agentEnd = []int{k}, sc.ms[k].End
		}
	}
	if len(found) == 0 && !sc.set.legacy {
		// "struck by Russian missiles": the country of the weapon acts
		if k, ok := sc.demonymAfter(by + 1); ok {
			found, agentEnd = []int{k}, sc.ms[k].End
		}
	}
	if len(found) == 0 {
		return
	}
	if be {
		sc.passiveDoer(m, found, agentEnd, "passive: '"+sc.tokText(m.anchor-1, by+1)+"' — the subject is the target")
		return
	}
	m.passive = true
	m.src = found
	m.tgt = nil
	// reduced relative: "cities occupied by X" — the target is the noun before
	m.reduced = true
	m.notes = append(m.notes, "passive participle: '"+sc.tokText(m.anchor, by+1)+"'")
	if k := m.anchor - 1; k >= 0 && sc.at[k] >= 0 && sc.usable(sc.at[k]) {
		m.tgt = []int{sc.at[k]}
	}
}

// passiveDoer codes a passive whose doer is found (ending at token
// agentEnd): the doer is the source and the subject the target.
func (sc *scan) passiveDoer(m *match, found []int, agentEnd int, note string) {
	if !sc.set.legacy {
		sc.passiveRest(m, agentEnd)
	}
	m.passive = true
	m.src, m.tgt = nil, nil
	m.notes = append(m.notes, note)
	sc.findSourceNoShare(m)
	m.tgt, m.src = m.src, found
	if len(m.tgt) == 0 && !sc.set.legacy {
		if k, ok := sc.demonymSubject(m.first); ok {
			m.tgt = []int{k} // "Ukrainian cities were struck by …"
		}
	}
	if len(m.tgt) == 0 && !sc.set.legacy {
		if k, ok := sc.conjunctSubject(m.first); ok {
			// "Turkey is under EU sanctions, and was condemned by Egypt"
			m.tgt = []int{k}
			m.notes = append(m.notes, "target: '"+sc.tokText(sc.ms[k].Start, sc.ms[k].End)+"', the subject of the clause this one is joined to by 'and'")
		}
	}
	if len(m.tgt) > 0 {
		if k := sc.ms[m.tgt[0]].Start - 1; k >= 0 && isPrep(sc.toks[k].Lower) && !(!sc.set.legacy && (sc.holdsActor(k) || sc.countOf(k))) {
			m.notes = append(m.notes, "no target: '"+sc.tokText(sc.ms[m.tgt[0]].Start, sc.ms[m.tgt[0]].End)+"' is inside a phrase ('"+sc.toks[k].Text+"'), not the subject")
			m.tgt = nil
		}
	}
}

// conjunctSubject returns the actor that opens the clause before "and"
// (and auxiliaries) right before token i: the subject both verbs share.
func (sc *scan) conjunctSubject(i int) (int, bool) {
	j := i - 1
	for j >= 0 && sc.at[j] < 0 && sc.isAux(j) && sc.toks[j].Lower != "and" {
		j--
	}
	if j < 1 || sc.toks[j].Lower != "and" {
		return 0, false
	}
	s := j - 1
	for s >= 0 && !sc.boundary(s) && sc.toks[s].Lower != ";" {
		s--
	}
	// the clause opens at the sentence's start or after a phrase set
	// before it ("Because of its drilling there, Turkey is …")
	for c := s; c < j; c++ {
		if c > s && sc.toks[c].Lower != "," {
			continue
		}
		a := c + 1
		for a < j && isDet(sc.toks[a].Lower) {
			a++
		}
		if a < j && sc.at[a] >= 0 && sc.ms[sc.at[a]].Start == a && sc.usable(sc.at[a]) {
			if e := sc.ms[sc.at[a]].End; e < j && sc.isAux(e) {
				return sc.at[a], true
			}
		}
	}
	return 0, false
}

// strikeBy reads "in an Israeli air strike" at token j, after a passive
// with no "by": it returns the demonym's mention and the token after the
// noun of force.
func (sc *scan) strikeBy(j int) (int, int, bool) {
	if j >= len(sc.toks) || sc.toks[j].Lower != "in" {
		return 0, 0, false
	}
	k, ok := sc.demonymAfter(j + 1)
	if !ok {
		return 0, 0, false
	}
	for e, n := sc.ms[k].End, 0; e < len(sc.toks) && n < 3; e, n = e+1, n+1 {
		if strikeNouns[sc.toks[e].Lower] {
			return k, e + 1, true
		}
		if !lowerWord(sc.toks[e].Text) || sc.at[e] >= 0 || isPrep(sc.toks[e].Lower) {
			break
		}
	}
	return 0, 0, false
}

// strikeNouns are the nouns of a strike a country's forces carry out.
var strikeNouns = map[string]bool{
	"strike": true, "strikes": true, "airstrike": true, "airstrikes": true, "attack": true, "attacks": true,
	"raid": true, "raids": true, "bombing": true, "bombardment": true, "shelling": true, "ambush": true,
	"assault": true, "offensive": true, "operation": true,
}

// headBefore returns the actor right before token i, or a comma or one
// lower-case noun before it ("Turkish army officers"), or -1.
func (sc *scan) headBefore(i int) int {
	if i > 1 && sc.toks[i-1].Lower == "," {
		i-- // "Peru, accused of war crimes, …"
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if k := sc.at[j]; k >= 0 {
			if sc.ms[k].End == j+1 && sc.usable(k) {
				return k
			}
			return -1
		}
		if w := sc.toks[j].Lower; !lowerWord(sc.toks[j].Text) || isDet(w) || isPrep(w) || sc.isAux(j) || notNounBefore[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") {
			return -1
		}
	}
	return -1
}

// reducedPreps follow a past participle that has no object: "accused of",
// "charged with", "wanted for".
var reducedPreps = map[string]bool{"of": true, "with": true, "for": true, "over": true}

// participle reports whether a token looks like a past participle:
// "attacked", "taken", "hit" is missed (its form is its lemma).
// sameFormParticiple are the verbs whose past participle is their base
// form: after a form of "be" they are passive ("was hit by").
var sameFormParticiple = map[string]bool{"put": true, "hit": true, "shut": true, "cut": true, "set": true, "let": true,
	"bid": true, "cast": true, "spread": true, "beat": true, "burst": true, "hurt": true, "quit": true, "rid": true,
	"shed": true, "split": true, "thrust": true, "upset": true, "broadcast": true, "forecast": true, "bet": true,
	"cost": true, "slit": true, "wed": true}

func participle(t *text.Token) bool {
	w := t.Lower
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") && w != t.Lemma {
		return true
	}
	return w != t.Lemma && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s")
}

func isPrep(w string) bool {
	switch w {
	case "on", "of", "in", "against", "at", "for", "with", "from", "by", "to", "about", "over":
		return true
	}
	return false
}

func (sc *scan) findSourceNoShare(m *match) {
	if k, ok := sc.relativeAntecedent(m.anchor); ok && !sc.set.legacy {
		m.src = []int{k} // "Navalny, who was detained": the relative's antecedent
		return
	}
	prev := sc.prev
	sc.prev = nil
	sc.findSource(m)
	sc.prev = prev
}

// phraseNoun reports an event noun at token a inside a prepositional
// phrase ("after the Russian attack", "about the drone attacks", "with
// the Lockerbie bombing"): a preposition, an article, up to four words,
// then the noun. It returns the actor written among those words (a
// demonym or a name), or -1 when none is.
func (sc *scan) phraseNoun(a int) (int, bool) {
	if t := &sc.toks[a]; strings.HasSuffix(t.Lower, "ed") {
		return -1, false // "after the government announced": a verb
	} else if t.Lemma != t.Lower && !strings.HasSuffix(t.Lower, "ing") && !strings.HasSuffix(t.Lower, "s") && a > 0 && !isDet(sc.toks[a-1].Lower) && sc.toks[a-1].Lower != "a" && sc.toks[a-1].Lower != "an" {
		return -1, false // "gunmen in the city shot dead": an irregular past after a noun, a verb
	}
	ing := strings.HasSuffix(sc.toks[a].Lower, "ing")
	k := -1
	j := a - 1
	for n := 0; j >= 0 && n < 4; n, j = n+1, j-1 {
		w := sc.toks[j].Lower
		if w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" {
			break
		}
		if phrasePreps[w] && (j < a-1 || backgroundPreps[w]) && !ing {
			// no article: "despite international appeals", "under house
			// arrest" (an -ing form right after the preposition is a
			// gerund, whose subject is the clause's)
			return sc.phraseActor(k, a)
		}
		if sc.at[j] >= 0 {
			mm := &sc.ms[sc.at[j]]
			if mm.Role == actor.Named || mm.Role == actor.Modifier {
				k = sc.at[j]
			}
			j = mm.Start
			continue
		}
		switch sc.toks[j].Lemma {
		case "to", "be", "have", "do", "will", "would", "can", "could", "should", "may", "might", "must":
			return -1, false // "to attack", "has attacked": a verb, no noun
		}
		if !lowerWord(w) && !capitalised(sc.toks[j].Text) {
			return -1, false // punctuation
		}
	}
	if j < 1 {
		return -1, false
	}
	switch sc.toks[j].Lower {
	case "the", "a", "an", "its", "their", "his", "her":
	default:
		return -1, false
	}
	if !phrasePreps[sc.toks[j-1].Lower] {
		return -1, false
	}
	return sc.phraseActor(k, a)
}

// phrasePreps open the phrases an event noun may stand in.
var phrasePreps = map[string]bool{
	"about": true, "over": true, "after": true, "before": true, "with": true, "for": true, "following": true,
	"amid": true, "despite": true, "since": true, "during": true, "of": true, "in": true, "from": true,
	"against": true, "into": true, "under": true,
}

// backgroundPreps set an event noun right after them in the background:
// "despite protests from rights groups", "amid clashes".
var backgroundPreps = map[string]bool{"despite": true, "amid": true, "following": true, "during": true}

// background reports an event noun at token a after a background
// preposition, up to three words between: not the clause subject's act.
func (sc *scan) background(a int) bool {
	for j := a - 1; j >= 0 && j >= a-5; j-- {
		if backgroundPreps[sc.toks[j].Lower] {
			return true
		}
		if !lowerWord(sc.toks[j].Text) && !capitalised(sc.toks[j].Text) && sc.toks[j].Lower != "'s" {
			return false // ("despite Moscow's promise")
		}
	}
	return false
}

// phraseActor returns what phraseNoun found: the actor k named in the
// phrase of the noun at a (or -1), unless the "noun" is an inflected verb
// whose subject's head stands between ("of the U.S. public opposes").
func (sc *scan) phraseActor(k, a int) (int, bool) {
	if t := &sc.toks[a]; k >= 0 && sc.ms[k].End < a && t.Lemma != t.Lower {
		return -1, false
	}
	if k >= 0 && !sc.set.legacy && sc.pollShare(sc.ms[k].Start) {
		return -1, false // "52 percent of Peruvians disapprove of": a verb whose subject a poll counts
	}
	return k, true
}

// forceRoot reports the roots of coercion and force (17 to 20), whose
// nouns in a phrase ("after the bombing") are seldom the subject's act.
func forceRoot(r cameo.Code) bool { return r == "17" || r == "18" || r == "19" || r == "20" }

// countOf reports an "of" at token k after a count: "hundreds of Afghan
// refugees", "dozens of protesters" are the refugees and the protesters.
func (sc *scan) countOf(k int) bool {
	return sc.toks[k].Lower == "of" && k > 0 && (numberWords[sc.toks[k-1].Lower] || isNumber(sc.toks[k-1].Lower))
}

// relativeAntecedent finds, for a verb at token v that opens a relative
// clause after its auxiliaries ("…, who was detained", "which had been
// shelled"), the actor the relative pronoun stands for: the mention
// right before it, a comma between or not.
func (sc *scan) relativeAntecedent(v int) (int, bool) {
	j := v - 1
	for j >= 0 && sc.isAux(j) && sc.at[j] < 0 {
		j--
	}
	if j < 1 {
		return -1, false
	}
	switch sc.toks[j].Lower {
	case "who", "which", "that":
	default:
		return -1, false
	}
	j--
	if sc.toks[j].Lower == "," && j > 0 {
		j--
	}
	k := sc.at[j]
	if k < 0 || sc.ms[k].End != j+1 || !sc.usable(k) {
		return -1, false
	}
	return k, true
}

// nounHeads are nouns that an event word before them only qualifies:
// "assault allegations" report no assault, "attack victims" no attack.
var nounHeads = map[string]bool{
	"allegation": true, "allegations": true, "accusation": true, "accusations": true,
	"charge": true, "charges": true, "claim": true, "claims": true, "case": true, "cases": true,
	"trial": true, "probe": true, "inquiry": true, "victim": true, "victims": true,
	"survivor": true, "survivors": true, "suspect": true, "suspects": true, "rumours": true, "rumors": true,
	// "UN sanctions monitors said", "the protest movement"
	"monitor": true, "monitors": true, "expert": true, "experts": true, "panel": true, "committee": true,
	"regime": true, "movement": true, "leader": true, "leaders": true, "organiser": true, "organisers": true, "organizer": true, "organizers": true,
}

// regionMention reports a mention coded from a world region: "two West
// African neighbours" owns nothing the way "a Chilean proposal" is Chile's.
func regionMention(m *actor.Mention) bool {
	return len(m.Entries) > 0 && m.Entries[0].Region
}

// writtenBefore reports whether token j, word w, is one of the words the
// pattern of m writes before its verb: a pattern that writes "not" ("not *
// ^accept" coded as a refusal) has read the negation already.
func writtenBefore(m *match, j int, w string) bool {
	if j < m.first || j >= m.anchor {
		return false
	}
	for _, it := range m.p.Items[:m.p.Anchor] {
		if it.Kind == dict.Lit && slices.Contains(it.Alts, w) {
			return true
		}
	}
	return false
}

// intendedPurpose reports an infinitive at token i whose clause is
// under an intent modal ("will visit Mauritania and Senegal to mediate"):
// the modal ends before a verb at most eight tokens before the "to",
// with only names, "and" and commas between.
func (sc *scan) intendedPurpose(i int) (string, bool) {
	to := i - 1
	for to >= 0 && sc.toks[to].Lower != "to" {
		to--
	}
	for k := to - 1; k >= 0 && k >= to-8; k-- {
		if sc.boundary(k) {
			return "", false
		}
		for idx, ph := range sc.c.modals {
			if j, ok := sc.endsAt(ph, k); ok && j+len(ph) == k {
				// the first modal that matches decides, as in flags:
				// "would have allowed" is a counterfactual, not "would"
				ent := sc.c.modalEnt[idx]
				if !ent.Intent || ent.Conditional || ent.Prepare {
					return "", false
				}
				return sc.tokText(j, k+1), true
			}
		}
	}
	return "", false
}

// clauseComma reports a comma at token j that opens another clause, which
// a pattern's gap does not cross: one before a participle, "according",
// or a relative or subordinating word ("signed in March, according to a
// group" is no "sign * accord"). A comma in a list ("trade, security and
// energy agreements") is crossed.
func (sc *scan) clauseComma(j int) bool {
	if sc.toks[j].Lower != "," || j+1 >= len(sc.toks) {
		return false
	}
	w := sc.toks[j+1].Lower
	switch w {
	case "according", "which", "who", "whose", "while", "as", "after", "before", "when", "where", "but", "saying", "adding":
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// neitherSubjects reports subjects joined by "neither … nor": none of
// them acts, and they do not act on each other.
func (sc *scan) neitherSubjects(m *match) bool {
	if len(m.src) == 0 {
		return false
	}
	first := m.src[0]
	for _, k := range m.src {
		if sc.ms[k].Start < sc.ms[first].Start {
			first = k
		}
	}
	a := sc.ms[first].Start - 1
	for a >= 0 && isDet(sc.toks[a].Lower) {
		a--
	}
	return a >= 0 && sc.toks[a].Lower == "neither"
}

// neitherBefore reports "neither" a few tokens before the "nor" at j:
// "neither the EU nor the United States".
func (sc *scan) neitherBefore(j int) bool {
	for i := j - 1; i >= 0 && i >= j-8; i-- {
		if sc.toks[i].Lower == "neither" {
			return true
		}
		if sc.boundary(i) {
			return false
		}
	}
	return false
}

// skipAdverbs returns the position after the adverbs at pos that may
// stand between a verb and its particle or preposition: "-ly" words, "at
// last", "again", "once again", "even", "also".
func (sc *scan) skipAdverbs(pos int) int {
	for pos < len(sc.toks) && sc.at[pos] < 0 {
		w := sc.toks[pos].Lower
		switch {
		case w == "at" && pos+1 < len(sc.toks) && sc.toks[pos+1].Lower == "last":
			pos += 2
		case w == "once" && pos+1 < len(sc.toks) && sc.toks[pos+1].Lower == "again":
			pos += 2
		case w == "again" || w == "even" || w == "also" || len(w) > 4 && strings.HasSuffix(w, "ly"):
			pos++
		default:
			return pos
		}
	}
	return pos
}

// skipTime steps over a time written between a pattern's words: "on
// Monday", "on March 3", "on Monday night", "yesterday", "last week",
// "earlier this month".
func (sc *scan) skipTime(pos int) int {
	t := func(i int) string {
		if i < len(sc.toks) {
			return sc.toks[i].Lower
		}
		return ""
	}
	j := pos
	switch w := t(j); {
	case w == "yesterday" || w == "today" || w == "tonight":
		j++
	case w == "on" && calendarWords[t(j+1)]:
		j += 2
		if isNumber(t(j)) {
			j++ // "on March 3"
		}
		if d := t(j); d == "morning" || d == "night" || d == "evening" || d == "afternoon" {
			j++
		}
	case (w == "last" || w == "this" || w == "next") && (calendarWords[t(j+1)] || t(j+1) == "week" || t(j+1) == "month" || t(j+1) == "year"):
		j += 2
	case w == "earlier" || w == "later":
		if (t(j+1) == "this" || t(j+1) == "last") && (t(j+2) == "week" || t(j+2) == "month" || t(j+2) == "year") {
			j += 3
		}
	}
	return j
}

// inName reports a capitalised word inside a run of capitalised words,
// away from the sentence's start: a word of a name, not a verb.
func (sc *scan) inName(i int) bool {
	if i == 0 || !capitalised(sc.toks[i].Text) || strings.ToUpper(sc.toks[i].Text) == sc.toks[i].Text || sc.titleCase() {
		return false
	}
	p := i - 1
	if sc.toks[p].Lower == "of" && p > 0 {
		p-- // "Court of Appeals"
	}
	return capitalised(sc.toks[p].Text) && !sc.quoted[i] && sc.toks[p].Lower != `"`
}

// titleCase reports a sentence written in title case, as headlines are
// ("Rebels Attack Army Base"): most of its words are capitalised, and a
// capital says nothing about names.
func (sc *scan) titleCase() bool {
	if sc.title == 0 {
		words, caps := 0, 0
		for _, t := range sc.toks {
			r, _ := utf8.DecodeRuneInString(t.Text)
			if !unicode.IsLetter(r) || len(t.Text) < 4 {
				continue // short words ("of", "the") stay lower in title case
			}
			words++
			if unicode.IsUpper(r) {
				caps++
			}
		}
		sc.title = 1
		if words >= 3 && caps*10 >= words*9 {
			sc.title = 2
		}
	}
	return sc.title == 2
}

// conditionAfter reports an "if" or "unless" after token i in the
// sentence: the condition of a conditional intention.
func (sc *scan) conditionAfter(i int) bool {
	for j := i + 1; j < len(sc.toks); j++ {
		if w := sc.toks[j].Lower; w == "if" || w == "unless" {
			return true
		}
	}
	return false
}

// holders are nouns of places and things that hold an actor named after
// "for" or "of": an attack on "a camp for Congolese refugees" is an attack
// on the refugees.
var holders = map[string]bool{
	"camp": true, "camps": true, "convoy": true, "convoys": true, "home": true, "homes": true,
	"house": true, "houses": true, "office": true, "offices": true, "headquarters": true,
	"base": true, "bases": true, "school": true, "schools": true, "hospital": true, "village": true,
	"villages": true, "compound": true, "embassy": true, "residence": true, "vehicle": true, "vehicles": true,
}

// holdsActor reports a preposition at token k, "for" or "of", after a
// noun that holds the actor after it: "a camp for Congolese refugees".
func (sc *scan) holdsActor(k int) bool {
	w := sc.toks[k].Lower
	return (w == "for" || w == "of") && k > 0 && holders[sc.toks[k-1].Lower]
}

// recode gives event e the code c, with the root, QuadClass, Goldstein
// score and PLOVER type that go with it, and notes why.
func recode(e *event.Event, c cameo.Code, why string) {
	e.Code, e.Root, e.QuadClass, e.Goldstein, e.PLOVER = c, c.Root(), c.QuadClass(), c.Goldstein(), plover.For(c)
	e.Explain.Notes = append(e.Explain.Notes, why)
}

// ownAct reports whether the act m in the words of event e is done by e's
// source: the same actor, one of its country, or a pronoun ("warned Peru
// that it would impose sanctions": a threat speaks of its maker's acts).
func (sc *scan) ownAct(m *match, e *event.Event) bool {
	if len(m.src) == 0 {
		return false
	}
	if sc.ms[m.src[0]].Role == actor.Pronoun {
		return true
	}
	c := sc.ms[m.src[0]].Code
	return c == e.Source.Code || c.Country() != "" && c.Country() == e.Source.Code.Country() && isState(c.Country())
}

// complementOpener reports whether the verb at token a opens a
// complement: "to" before it ("urged Peru to release"), or "that" right
// after an actor or the verb before ("demanded that Peru withdraw"), not
// after a noun ("a budget that does not allocate funding" is a relative
// clause).
func (sc *scan) complementOpener(a int) bool {
	j := a - 1
	for j >= 0 && sc.at[j] < 0 && sc.toks[j].Lower != "to" && (sc.isAux(j) || sc.toks[j].Lower == "not" || strings.HasSuffix(sc.toks[j].Lower, "ly")) {
		j--
	}
	for j >= 0 && sc.at[j] >= 0 && sc.ms[sc.at[j]].Role != actor.Place {
		j = sc.ms[sc.at[j]].Start - 1 // the subject of "that Peru withdraw"
	}
	switch {
	case j >= 0 && sc.toks[j].Lower == "to":
		return true
	case j >= 1 && sc.toks[j].Lower == "that":
		p := j - 1
		return sc.at[p] >= 0 || sc.prev != nil && p <= sc.prev.last
	}
	return false
}

// accusationOf gives the subcode of an accusation (112) by what it
// alleges: abuses of people (coercion, assault, mass violence: 1122),
// aggression (fighting: 1123); "" for anything else.
func accusationOf(c cameo.Code) cameo.Code {
	switch c.Root() {
	case "17", "18", "20":
		return "1122"
	case "19":
		return "1123"
	}
	return ""
}

// negatedGovernor reports an act named by a noun (token i, after an
// article and adjectives) that is the object of a negated verb, with or
// without a preposition: "would not commit to a peaceful transfer of
// power", "did not announce a withdrawal". It returns the verb's token and
// the negation's.
func (sc *scan) negatedGovernor(i int) (v, neg int, ok bool) {
	j := i - 1
	for j >= 0 && i-j <= 4 && sc.at[j] < 0 && lowerWord(sc.toks[j].Text) && !isDet(sc.toks[j].Lower) && sc.toks[j].Lower != "a" && sc.toks[j].Lower != "an" && adjectiveLike(sc.toks[j].Lower) && !isPrep(sc.toks[j].Lower) {
		j-- // adjectives
	}
	if j < 0 || !(isDet(sc.toks[j].Lower) || sc.toks[j].Lower == "a" || sc.toks[j].Lower == "an") {
		return 0, 0, false
	}
	j--
	if j >= 0 && isPrep(sc.toks[j].Lower) {
		j-- // "commit to"
	}
	if j < 1 || sc.at[j] >= 0 || !lowerWord(sc.toks[j].Text) || sc.isAux(j) {
		return 0, 0, false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if sc.at[k] >= 0 || sc.boundary(k) || sc.toks[k].Lower == "," {
			break
		}
		if _, isNeg := sc.c.negation[sc.toks[k].Lower]; isNeg {
			return j, k, true
		}
		if !sc.isAux(k) {
			break
		}
	}
	return 0, 0, false
}

// writesNegation reports a match whose pattern wrote the negation word
// the sentence has before the verb ("not|never|n't * ^accept").
func (sc *scan) writesNegation(m *match) bool {
	for j := m.first; j < m.anchor && j < len(sc.toks); j++ {
		w := sc.toks[j].Lower
		if _, ok := sc.c.negation[w]; ok && writtenBefore(m, j, w) {
			return true
		}
	}
	return false
}

// flags sets negation, modality and quotation.
func (sc *scan) flags(m *match, e *event.Event) {
	i := m.anchor
	from := i - 4
	if from < 0 {
		from = 0
	}
	for j := i - 1; j >= from; j-- {
		if sc.at[j] >= 0 || sc.boundary(j) || sc.toks[j].Lower == "," {
			break
		}
		w := sc.toks[j].Lower
		if ne, ok := sc.c.negation[w]; ok && !writtenBefore(m, j, w) {
			e.Negated = true
			e.Explain.Notes = append(e.Explain.Notes, "negated by '"+sc.toks[j].Text+"' ("+ne.Origin.String()+")")
		}
	}
	if !e.Negated && !sc.set.legacy {
		if v, n, ok := sc.negatedGovernor(i); ok {
			// "would not commit to a peaceful transfer of power": the
			// noun's verb is negated, so is the act it names
			e.Negated = true
			e.Explain.Notes = append(e.Explain.Notes, "negated by '"+sc.toks[n].Text+"' before '"+sc.toks[v].Text+"', whose object names the act")
		}
	}
	if !e.Negated && !sc.set.legacy {
		if w, ok := sc.prevented(i); ok {
			// "banning him from travelling to the bloc": the act kept
			// from happening is not done
			e.Negated = true
			e.Explain.Notes = append(e.Explain.Notes, "not done: kept from it by '"+w+" … from'")
		}
	}
	if !e.Negated && !sc.set.legacy {
		if sc.neitherSubjects(m) {
			// "neither the EU nor the United States would endorse"
			e.Negated = true
			e.Explain.Notes = append(e.Explain.Notes, "negated by 'neither … nor' before the subjects")
		}
	}
	// modal phrases ending right before the anchor or before "to" + anchor
	intended := false
	for idx, ph := range sc.c.modals {
		if j, ok := sc.endsAt(ph, i); ok {
			if j > 0 && capitalised(sc.toks[j].Text) && !sc.set.legacy {
				continue // "after Theresa May stepped down": a name, not a modal
			}
			ent := sc.c.modalEnt[idx]
			if ent.Intent && !sc.set.legacy && sc.writesNegation(m) {
				// "will not bow to Chile": saying it will not is the
				// refusal, made as it is said
				e.Explain.Notes = append(e.Explain.Notes, "a refusal stated with '"+sc.tokText(j, i)+"': no hypothetical")
				break
			}
			if ent.Intent && !ent.Conditional && e.Negated && !sc.set.legacy {
				if re, ok := cameo.Asked("12", e.Code); ok {
					// "would not resign under any circumstances": saying
					// one will not yield is refusing to (refusal.tsv)
					e.Negated = false
					recode(e, re, "a refusal stated with '"+sc.tokText(j, i)+"' ("+ent.Origin.String()+"): "+
						string(e.Code)+" not to be done, coded as the refusal "+string(re)+" (ontology/cameo/refusal.tsv)")
					intended = true
					break
				}
			}
			if ent.Prepare && !e.Negated && !sc.set.legacy {
				if po, ok := cameo.Posture(e.Code); ok {
					// "prepared to resume shelling": forces readied
					recode(e, po, "getting ready, '"+sc.tokText(j, i)+"' ("+ent.Origin.String()+"): "+
						string(e.Code)+" coded as the show of force "+string(po)+" (ontology/cameo/posture.tsv)")
					intended = true
					break
				}
			}
			if ent.Intent && !e.Negated && !sc.set.legacy && (!ent.Conditional || sc.conditionAfter(m.last)) {
				if in, ok := cameo.Intent(e.Code); ok {
					// "will evacuate": the statement of intent is the event
					recode(e, in, "stated as an intention, '"+sc.tokText(j, i)+"' ("+ent.Origin.String()+"): "+
						string(e.Code)+" coded as the intention "+string(in)+" (ontology/cameo/intent.tsv)")
					intended = true
					break
				}
			}
			e.Hypothetical = true
			e.Explain.Notes = append(e.Explain.Notes, "hypothetical: '"+sc.tokText(j, i)+"' ("+ent.Origin.String()+")")
			break
		}
	}
	if !e.Hypothetical && !intended && !sc.set.legacy {
		if w, ok := sc.inCondition(i); ok {
			// "If Russia invades Ukraine, there will be no pipeline"
			e.Hypothetical = true
			e.Explain.Notes = append(e.Explain.Notes, "hypothetical: in a condition opened by '"+w+"'")
		}
	}
	if !e.Hypothetical && !intended {
		if gov, ok := sc.infinitive(i); ok {
			if ph, ok := sc.intendedPurpose(i); ok && !e.Negated && !sc.set.legacy {
				if in, ok := cameo.Intent(e.Code); ok {
					// "will visit Mauritania to mediate": the purpose of an
					// intended act is intended too
					recode(e, in, "the purpose of an act stated as an intention, '"+ph+"': "+
						string(e.Code)+" coded as the intention "+string(in)+" (ontology/cameo/intent.tsv)")
					return
				}
			}
			e.Hypothetical = true
			e.Explain.Notes = append(e.Explain.Notes, "hypothetical: infinitive governed by '"+gov+"'")
		}
	}
	if sc.quoted[i] {
		e.Quoted = true
		e.Explain.Notes = append(e.Explain.Notes, "inside a quotation")
	}
}

// inCondition reports a verb at token i in a clause opened by "if" or
// "unless" before it, with no comma or clause break between.
func (sc *scan) inCondition(i int) (string, bool) {
	for j := i - 1; j >= 0 && j >= i-15; j-- {
		w := sc.toks[j].Lower
		if w == "," || w == ";" || sc.boundary(j) {
			return "", false
		}
		if w == "if" || w == "unless" {
			return sc.toks[j].Text, true
		}
	}
	return "", false
}

// prevented reports whether the -ing form at token i follows "from" after
// a verb of keeping from ("banned him from travelling", "refrained from
// attacking"), and returns that verb.
func (sc *scan) prevented(i int) (string, bool) {
	if !strings.HasSuffix(sc.toks[i].Lower, "ing") {
		return "", false
	}
	f := i - 1
	if f > 0 && strings.HasSuffix(sc.toks[f].Lower, "ly") {
		f--
	}
	if f < 1 || sc.toks[f].Lower != "from" {
		return "", false
	}
	for j := f - 1; j >= 0 && j >= f-8; j-- {
		t := &sc.toks[j]
		if t.Lower == "," || sc.boundary(j) {
			break
		}
		if keepFrom[t.Lemma] {
			return t.Text, true
		}
		for _, suf := range []string{"s", "ed", "ing"} {
			if !strings.HasSuffix(t.Lower, suf) {
				continue
			}
			// the lemmatiser may not know the form ("refrained", "banning")
			if slices.ContainsFunc(stemsBefore(t.Lower, suf), func(st string) bool { return keepFrom[st] }) {
				return t.Text, true
			}
		}
	}
	return "", false
}

// keepFrom are the verbs whose "from" + -ing names an act not done.
var keepFrom = map[string]bool{"ban": true, "bar": true, "prevent": true, "stop": true, "block": true, "prohibit": true,
	"keep": true, "refrain": true, "deter": true, "restrain": true, "exclude": true, "forbid": true, "discourage": true,
	"dissuade": true, "hinder": true, "preclude": true, "abstain": true, "desist": true}

// reciprocalRoots are the roots whose events, done by joined actors with no
// target, are done by each to the others: agreeing, consulting, cooperating,
// fighting (and a ceasefire, 0871, which the sides agree with each other).
var reciprocalRoots = map[cameo.Code]bool{"03": true, "04": true, "05": true, "06": true, "19": true}

// aspectual verbs before "to" report an event that happens: "continued to
// shell the city".
var aspectual = map[string]bool{"continue": true, "begin": true, "start": true, "resume": true, "go": true, "used": true,
	// "tried to storm parliament": an attempt is made; "have chosen to
	// suppress protests": a choice acted on
	"try": true, "attempt": true, "manage": true, "choose": true, "opt": true,
	// "glad to endorse": the speaker does it as they speak
	"glad": true, "happy": true, "proud": true, "pleased": true, "delighted": true, "honored": true, "honoured": true}

// infinitive reports whether the verb at token i is a to-infinitive
// governed by another word ("urged Peru to attack", "agreed to withdraw"),
// which makes the event not (yet) real; it returns the governing word.
func (sc *scan) infinitive(i int) (string, bool) {
	if !sc.set.legacy && strings.HasSuffix(sc.toks[i].Lower, "ing") {
		return "", false // "resorted to throwing stones": "to" is a preposition
	}
	if k, ok := sc.helped(i); ok && sc.ms[k].Start >= 2 && sc.toks[sc.ms[k].Start-2].Lower == "to" {
		return sc.toks[sc.ms[k].Start-1].Text, true // "sent fighters to help Assad's forces retake Qusayr"
	}
	j := i - 1
	for j >= 0 && sc.at[j] < 0 && sc.toks[j].Lower != "to" && sc.isAux(j) {
		j--
	}
	if j < 1 || sc.toks[j].Lower != "to" {
		return "", false
	}
	if _, ok := sc.firstTo(j); ok && !sc.set.legacy {
		return "", false // "became the first country to recognise": a fact
	}
	g := j - 1
	if sc.at[g] >= 0 { // "urged Peru to": the governor is before the object
		g = sc.ms[sc.at[g]].Start - 1
		for g > 0 && isDet(sc.toks[g].Lower) {
			g-- // "convince the Chilean Congress to": the verb governs
		}
		if g < 0 {
			return "", false
		}
	}
	if aspectual[sc.toks[g].Lemma] || aspectual[sc.toks[g].Lower] {
		return "", false
	}
	return sc.toks[g].Text, true
}

// firstTo reports the copula before an ordinal predicate noun whose
// infinitive starts at the "to" at token t: "Sweden became the first
// major EU country to recognise" says what Sweden did, as a fact. It
// returns the copula's token.
func (sc *scan) firstTo(t int) (int, bool) {
	if t < 0 {
		return 0, false
	}
	j := t - 1
	for n := 0; ; j, n = j-1, n+1 {
		if j < 0 || n > 5 || sc.boundary(j) || isPrep(sc.toks[j].Lower) || sc.toks[j].Lower == "," {
			return 0, false
		}
		if ordinalWords[sc.toks[j].Lower] {
			break
		}
	}
	if j--; j >= 0 && (isDet(sc.toks[j].Lower) || sc.toks[j].Lower == "a") {
		j--
	}
	if j < 0 || !copulas[sc.toks[j].Lemma] {
		return 0, false
	}
	return j, true
}

// ordinalWords rank a predicate noun among those that did something.
var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"last": true, "latest": true, "only": true, "next": true}

// copulas link a subject to a predicate noun.
var copulas = map[string]bool{"be": true, "become": true, "remain": true}

// endsAt reports whether phrase ph (lemmas or lower forms) ends just before
// token i, allowing auxiliaries and adverbs after it ("will not", "is
// preparing to"). It returns the token where the phrase starts.
func (sc *scan) endsAt(ph []string, i int) (int, bool) {
	for gap := 0; gap <= 3; gap++ {
		end := i - gap
		start := end - len(ph)
		if start < 0 {
			return 0, false
		}
		ok := true
		for k, w := range ph {
			t := &sc.toks[start+k]
			if t.Lower != w && t.Lemma != w {
				ok = false
				break
			}
		}
		if ok {
			return start, true
		}
		if end-1 < 0 || sc.at[end-1] >= 0 || !sc.isAux(end-1) && !aspectualGap(sc.toks, end-1) && (sc.set.legacy || !modalAdverb(sc.toks[end-1].Lower)) {
			return 0, false
		}
	}
	return 0, false
}

// modalAdverb reports an adverb that may stand between a modal and its
// act: "would soon launch", "will also send", "would probably strike".
func modalAdverb(w string) bool {
	switch w {
	case "soon", "also", "still", "now", "then", "only", "even", "again", "quickly", "immediately":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && lowerWord(w)
}

// aspectualGap reports a verb that only says when an act runs, or the
// "to" after one, between a modal and its act: "prepared to resume
// shelling", "will begin to withdraw".
func aspectualGap(toks []text.Token, i int) bool {
	switch toks[i].Lemma {
	case "resume", "continue", "begin", "start", "keep", "renew":
		return true
	case "to":
		return i > 0 && aspectualGap(toks, i-1)
	}
	return false
}

// emit turns a match into events, one per source × target.
func (sc *scan) emit(m *match) {
	if sc.set.legacy && !sc.set.codeAll && len(sc.events) > 0 {
		// PETRARCH and TABARI code a clause's verb, not an infinitive
		// after it: "called on X to be allowed to leave" is one event
		if _, ok := sc.infinitive(m.anchor); ok {
			return
		}
	}
	sc.passive(m)
	if m.agentless {
		if !sc.set.legacy {
			sc.implicitDoer(m)
			if m.reduced && len(m.src) == 0 {
				sc.prev = m // its noun is the next verb's subject (shareSubject)
			}
		}
		return
	}
	if len(m.src) == 0 && !m.srcFixed && !m.passive && sc.set.firstActorPronouns {
		sc.clauseSubject(m)
	}
	explicitAgent := false
	if len(m.src) == 0 && !m.srcFixed && !m.passive && !sc.set.legacy {
		if k, ok := sc.nounAgent(m); ok && k >= 0 {
			// "attacks by the rebels (on X)"
			if len(m.tgt) > 0 && m.tgt[0] == k {
				// the target search took the agent: the target, if any,
				// follows it with "on" or "against"
				m.tgt, m.tgtAt = nil, -1
				if e := sc.ms[k].End; e+1 < len(sc.toks) && (sc.toks[e].Lower == "on" || sc.toks[e].Lower == "against") {
					if ts, _ := sc.findForwardN(e+1, 4); len(ts) > 0 {
						m.tgt, m.tgtAt = ts, e+1
					}
				}
			}
			m.src = sc.compoundLeft(k)
			m.notes = append(m.notes, "source: '"+sc.tokText(sc.ms[k].Start, sc.ms[k].End)+"' after 'by', the agent of the noun '"+sc.toks[m.anchor].Text+"'")
		} else if ok {
			explicitAgent = true
			m.notes = append(m.notes, "no source: the agent after 'by' is no actor the dictionaries know")
		}
	}
	if len(m.src) == 0 && !m.srcFixed && !explicitAgent && !sc.set.legacy && !m.passive {
		// "after the Russian attack on Kyiv", "about the drone attacks":
		// an event noun in a prepositional phrase is done by whom its
		// own phrase names, not by the clause's subject
		if k, ok := sc.phraseNoun(m.anchor); ok && (k >= 0 || forceRoot(m.p.Code.Root()) || m.p.Code.Root() == "14" || sc.background(m.anchor)) {
			if k < 0 {
				m.notes = append(m.notes, "no source: the noun '"+sc.toks[m.anchor].Text+"' stands in a phrase that names no actor for it")
				explicitAgent = true
			} else {
				m.src, m.phrase = []int{k}, true
				m.notes = append(m.notes, "source: '"+sc.tokText(sc.ms[k].Start, sc.ms[k].End)+"', named in the phrase of the noun '"+sc.toks[m.anchor].Text+"'")
			}
		}
	}
	if len(m.src) == 0 && !m.srcFixed && !explicitAgent {
		sc.findSource(m)
		if len(m.src) == 0 && !sc.set.legacy && !m.passive {
			if k, ok := sc.demonymSubject(m.first); ok {
				m.src = []int{k}
				m.notes = append(m.notes, "source: '"+sc.toks[sc.ms[k].Start].Text+"' qualifies the subject '"+sc.tokText(sc.ms[k].End, m.first)+"', which no dictionary knows: its country acts")
			}
		}
	}
	if !sc.set.legacy && !m.passive && !m.srcFixed && forceRoot(m.p.Code.Root()) && sc.unknownDoers(m.src) {
		if k, w, ok := sc.claimedBy(m.last + 1); ok {
			// "a car bomb killed 22 people, in an attack later claimed by
			// the Shining Path": whom the attack is laid to did it
			m.src = []int{k}
			m.notes = append(m.notes, "source: '"+sc.tokText(sc.ms[k].Start, sc.ms[k].End)+"', to whom the attack is laid ('"+w+"')")
		}
	}
	if sc.set.newActorLength > 0 && !m.srcFixed {
		sc.newActor(m)
	}
	if sc.set.defaultSource != "" || sc.set.defaultTarget != "" {
		sc.defaults(m)
	}
	if len(m.src) == 0 {
		return
	}
	sc.markUsed(m)
	code := m.p.Code
	if code == "" {
		// a pattern that codes nothing ("[---]"): its words are taken
		sc.prev = m
		return
	}
	if !sc.set.legacy && sc.complementOf(m) {
		// say so on the event that holds it, so nothing is dropped unseen
		note := "content: '" + sc.tokText(m.anchor, m.last+1) + "' (pattern " + string(code) + " " + m.p.Text + ") is what was asked, offered, refused or threatened; not coded as done"
		for _, i := range sc.prev.events {
			e := &sc.events[i]
			e.Explain.Notes = append(e.Explain.Notes, note)
			if sub := accusationOf(code); e.Code == "112" && sub != "" {
				recode(e, sub, "accused of what '"+sc.toks[m.anchor].Text+"' ("+string(code)+") names: "+string(sub))
			} else if sub, ok := cameo.Asked(e.Root, code); ok && e.Code == e.Root+"0" && sub != e.Code && sc.complementOpener(m.anchor) {
				// "urged Peru to release the prisoners" is 0253, not 020
				recode(e, sub, "asked or refused what '"+sc.toks[m.anchor].Text+"' ("+string(code)+") names: "+string(sub))
			} else if in, ok := cameo.Intent(code); ok && (e.Code == "130" || e.Code == "012" && sc.toks[sc.prev.anchor].Lemma == "warn") && in.Root() == "13" && sc.ownAct(m, e) {
				// "warned Peru that it would impose sanctions" is 1312: the
				// speaker's own act in a threat's words names the threat,
				// also after "warned that" (012, a warning of what comes)
				recode(e, in, "threatened with what '"+sc.toks[m.anchor].Text+"' ("+string(code)+") names: "+string(in)+" (ontology/cameo/intent.tsv)")
				if e.Target.Code == "" && len(m.tgt) > 0 {
					// "warned that they would attack American warships": whom
					// the threatened act is on is whom the threat is made to
					e.Target, e.Explain.Target = sc.actor(m.tgt[0])
				}
			}
		}
		return
	}
	if (code == "1723" || code == "1724") && !sc.set.legacy {
		if w, ok := sc.hazard(); ok {
			// "declared a state of emergency in anticipation of Hurricane
			// Dorian": a measure against nature, repressing no one
			m.notes = append(m.notes, "not coded: an emergency over a natural hazard ('"+w+"')")
			return
		}
	}
	if !sc.set.legacy && sc.askedTo(m) {
		// "a drive to convince the Chilean Congress to amend the
		// constitution", whoever drives it: what an actor is asked to
		// do is not done, nor stated by it
		return
	}
	if r := code.Root(); !sc.set.legacy && (r == "04" || r == "19") && sc.bareCountries(m.src) {
		if w, ok := sc.contest(); ok {
			// "Iran and the United States meet in Doha on Tuesday in a
			// World Cup group match": countries as teams
			m.notes = append(m.notes, "not coded: countries named as teams in a sports contest ('"+w+"')")
			return
		}
	}
	if !sc.set.legacy {
		if w, ok := sc.earlierRelative(m); ok {
			// "guerrillas who overran it late last month": an act told
			// of someone, done before the news
			m.notes = append(m.notes, "not coded: '"+sc.toks[m.anchor].Text+"' is in a relative clause of what was done before ('"+w+"')")
			return
		}
	}
	if !sc.set.legacy && !m.passive {
		if w, ok := sc.timedBefore(m.anchor); ok {
			// "…, a day after the government and the opposition agreed
			// to hold an election": what came before, told as the news's
			// background, is no event of this report
			m.notes = append(m.notes, "not coded: '"+sc.toks[m.anchor].Text+"' is in a clause of what came before ('"+w+"')")
			return
		}
	}
	if len(m.tgt) == 0 && !sc.set.legacy && sc.verbalAttack(m, code) {
		m.notes = append(m.notes, "not coded: '"+sc.toks[m.anchor].Text+"' with no actor or place attacked is a verbal attack")
		return
	}
	if len(m.tgt) == 0 && !sc.set.legacy && code.Root() == "11" && concernAbout(m.p) {
		// "expressed concern about Latino support": a worry about a
		// matter, with no one it disapproves of
		m.notes = append(m.notes, "not coded: '"+sc.tokText(m.anchor, m.last+1)+"' names no actor it is about")
		return
	}
	if len(m.tgt) == 0 && !sc.set.legacy && !m.p.Loose && directedRoots[code.Root()] && !hasRole(m.p, dict.Target) && !m.passive {
		sc.implicitTarget(m)
	}
	if len(m.tgt) == 0 && !sc.set.legacy && !m.passive && !m.agentless {
		sc.wordTarget(m)
	}
	if len(m.tgt) == 0 && !sc.set.legacy && code.Root() == "04" {
		sc.withTarget(m) // "flew to Tehran for talks with Iranian leaders"
	}
	if len(m.tgt) == 0 && !sc.set.legacy && code.Root() == "15" {
		sc.againstTarget(m) // "trained 500 hackers capable of launching cyber warfare against the United States"
	}
	if len(m.tgt) == 0 && !sc.set.legacy && !m.passive && !m.agentless && (forceRoot(code.Root()) || code.Root() == "15") {
		// "hijacked the Italian cruise liner", "shelled Israeli towns":
		// the country that owns the object of force undergoes it, as
		// the one whose border troops are sent to faces them
		if k, ok := sc.objectOwner(m); ok && !slices.Contains(m.src, k) && !(code.Root() == "15" && sc.ownCountry(m, k)) {
			m.tgt = []int{k}
			m.notes = append(m.notes, "target: '"+sc.tokText(sc.ms[k].Start, sc.ms[k].End)+"', the owner of the object of force")
		}
	}
	if len(m.tgt) == 0 && len(m.src) == 1 && len(sc.ms[m.src[0]].Also) > 0 && !sc.set.legacy && reciprocalRoots[code.Root()] {
		// "the delegations of Cyprus, Greece and Israel met": each of the
		// mention's countries with each other
		sc.reciprocalCodes(m, code, m.src[0])
		return
	}
	if len(m.tgt) == 0 && len(m.src) == 1 && !sc.set.legacy && meetsAlone(m.p, code) && !sc.withAfter(m) {
		m.notes = append(m.notes, "not coded: one actor meeting with no one named convenes, it does not consult")
		return
	}
	if m.phrase && len(m.tgt) == 0 {
		// "despite the American embargo": a background the phrase
		// names, with no one it is done to, is no event of its own
		m.notes = append(m.notes, "not coded: the noun '"+sc.toks[m.anchor].Text+"' in a phrase names no target")
		return
	}
	tgts := m.tgt
	if m.p.Undergo {
		// "Chile came under fire from Peru": the subject undergoes what
		// the actor after the pattern does
		if len(tgts) == 0 {
			m.notes = append(m.notes, "not coded: '"+sc.tokText(m.anchor, m.last+1)+"' names no one who does it")
			return
		}
		m.src, tgts = tgts, m.src
		m.notes = append(m.notes, "undergone: the subject undergoes what '"+sc.tokText(sc.ms[m.src[0]].Start, sc.ms[m.src[0]].End)+"' does (pattern flag 'undergo')")
		if len(tgts) == 1 {
			if o, ok := sc.ownerBeforePhrase(tgts[0]); ok {
				// "the Israeli raid on the Jenin refugee camp drew
				// condemnation": the raid's, not the camp's
				tgts = []int{o}
				m.notes = append(m.notes, "target: '"+sc.tokText(sc.ms[o].Start, sc.ms[o].End)+"', whose noun the phrase holding the subject qualifies")
			}
		}
	}
	if m.p.CompoundObject && len(tgts) > 1 {
		// "%" after the verb: the joined objects act on each other
		m.src, tgts = tgts, nil
		m.notes = append(m.notes, "mutual: the joined objects act on each other")
	}
	reciprocal := len(tgts) == 0 && len(m.src) > 1 && (reciprocalRoots[code.Root()] && (sc.set.legacy || code != "042") || m.p.Compound || m.p.CompoundObject || !sc.set.legacy && (sc.eachOther(m) || code == "0871")) &&
		(sc.set.legacy || !sc.neitherSubjects(m))
	if reciprocal {
		// "Jordan and Britain agreed": each acts on the other
		tgts = m.src
		m.notes = append(m.notes, "reciprocal: the joined actors act on each other")
	}
	var place cameo.ActorCode
	var placeWhy string
	var objectPlace bool
	if len(tgts) == 0 {
		tgts = []int{-1}
		if withdraw := code.Base() == "087"; !sc.set.legacy && (placeTargetRoots[code.Root()] || placeTargetIntents[code.Base()] || withdraw) {
			place, placeWhy, objectPlace = sc.placeAfter(m.last, withdraw) // a withdrawal's place is after "from"
			if c, why := sc.sentencePlace(); place == "" && c != "" && code.Root() >= "18" && m.anchor > 0 && sc.toks[m.anchor-1].Lower == "," && strings.HasSuffix(sc.toks[m.anchor].Lower, "ing") {
				// "a bomb exploded at a market in Lima, killing 22": the
				// participle's place is its clause's
				place, placeWhy = cameo.ActorCode(c), why
			}
		}
	}
	for _, s := range m.src {
		for _, t := range tgts {
			if s == t {
				continue
			}
			if t < 0 && sc.set.requireDyad {
				continue
			}
			if sc.set.legacy && t >= 0 && sc.ms[s].Code == sc.ms[t].Code && len(sc.ms[s].Also)+len(sc.ms[t].Also) == 0 {
				continue // an actor acting on itself is no event
			}
			n := len(sc.events)
			sc.add(m, code, s, t)
			if t < 0 && place != "" && len(sc.events) > n && (sc.ms[s].Code.Country() != string(place) || insurgentAct(sc.ms[s].Code, code)) {
				// "struck targets in Syria": the place's country undergoes
				// the act; so does the rebels' own ("blew up power lines
				// into Kabul")
				e := &sc.events[len(sc.events)-1]
				e.Target = event.Actor{Code: place, Implied: !objectPlace}
				where := "the country the act happens in, "
				if placeTargetIntents[code.Base()] {
					where = "the country the intended act would happen in, "
				}
				e.Explain.Target = event.ActorTrace{How: "implicit: " + where + placeWhy}
			}
			if t < 0 && len(sc.events) > n && !sc.set.legacy {
				sc.peopleTarget(m, s, &sc.events[len(sc.events)-1], string(place), placeWhy)
			}
			if m.p.Paired != "" && t >= 0 {
				// a paired code: the target does the paired event to the source
				sc.add(m, m.p.Paired, t, s)
			}
		}
	}
	if !m.reduced { // an embedded participle is not the clause's verb
		m.end = m.last + 1
		for _, t := range m.tgt {
			m.end = max(m.end, sc.ms[t].End)
		}
		sc.prev = m
	}
}

// directedRoots are the roots whose events are done to someone even when
// the pattern names only the act: offers and intents, yielding, demands,
// rejections, threats, cuts in relations, coercion ("offered to hand over
// to Britain …", "threatened to cut off electricity to X").
var directedRoots = map[cameo.Code]bool{"03": true, "08": true, "10": true, "12": true, "13": true, "16": true, "17": true}

// implicitTarget reads the target of a pattern written without "+": the
// first actor after the verb in its clause (within a dozen tokens) that is
// not of the source's own country ("withdraw its troops from Ecuador"
// targets Ecuador, not the source's troops), or the owner that a demonym
// or country qualifying a noun names, if that comes first ("impose tariffs
// on Chilean wine" targets Chile). The search stops at the clause's end.
func (sc *scan) implicitTarget(m *match) {
	own := map[string]bool{}
	for _, s := range m.src {
		own[sc.ms[s].Code.Country()] = true
	}
	modifier := -1
	for j := m.anchor + 1; j < len(sc.toks) && j < m.last+12; j++ {
		if sc.boundary(j) {
			break
		}
		switch sc.toks[j].Lower {
		case ".", ";", ",", "that", "which", "who", "whose", "while", "but", "because", "although", "after", "before", "as", "when", "said":
			j = len(sc.toks)
			continue
		case "and":
			if !sc.set.legacy && j+1 < len(sc.toks) && sc.verbForm(j+1) {
				j = len(sc.toks) // "resigned and fled to India": the next verb's
				continue
			}
		}
		k := sc.at[j]
		if k < 0 || sc.ms[k].Start != j {
			continue
		}
		mm := &sc.ms[k]
		if !sc.set.legacy && mm.Role == actor.BareAgent && sc.ownedBySubject(mm.Start) {
			continue // "withdrew its last soldiers": the subject's own
		}
		if !sc.set.legacy && mm.Role == actor.BareAgent && j <= m.last && slices.Contains(m.words, j) {
			continue // "ending years of military occupation": the pattern's own word
		}
		if !sc.set.legacy && len(mm.Entries) > 0 && mm.Entries[0].Region {
			continue // "rejected a conference on the Middle East": a topic, not a party
		}
		if own[mm.Code.Country()] && !sc.nameOpens(mm) && !sc.objectsAgent(j) || mm.Code.Country() == "" || strings.HasPrefix(string(mm.Code), "---") {
			// one's own side is no target, but a domestic body named in
			// full ("the Kenya Anti-Corruption Commission") or the author
			// of the verb's object ("violated a ban by General Aoun") is
			continue
		}
		if sc.usable(k) {
			m.tgt, _ = sc.compoundRight(k)
			m.notes = append(m.notes, "target: '"+sc.tokText(mm.Start, mm.End)+"', the first other actor after the verb (the pattern names no target)")
			return
		}
		if mm.Role == actor.Modifier {
			if k+1 < len(sc.ms) && sc.ms[k+1].Start-mm.End <= 2 && sc.usable(k+1) {
				continue // "Jordan's visiting King Abdullah": the person after it
			}
			modifier = k
			break
		}
	}
	if modifier >= 0 {
		mm := &sc.ms[modifier]
		m.tgt = []int{modifier}
		m.notes = append(m.notes, "target: '"+sc.tokText(mm.Start, mm.End)+"', the owner of the verb's object (the pattern names no target)")
	}
}

// wordTarget reads the target from the pattern's last word when it is an
// actor: "kill * protesters", "expel * aid agencies", "dissolve
// * opposition party" name whom the act is done to. The source's own forces
// are not its target ("deploy * troops").
func (sc *scan) wordTarget(m *match) {
	if !wordTargetRoots[m.p.Code.Root()] {
		return
	}
	own, ownCodes := map[string]bool{}, map[cameo.ActorCode]bool{}
	for _, s := range m.src {
		own[sc.ms[s].Code.Country()] = true
		ownCodes[sc.ms[s].Code] = true
	}
	// only the pattern's last word names an object ("express * opposition
	// to +" and "open * criminal case" name the act, not an actor)
	if m.p.Items[len(m.p.Items)-1].Kind != dict.Lit || m.last <= m.anchor {
		return
	}
	k := sc.at[m.last]
	if k < 0 || slices.Contains(m.src, k) || !sc.usable(k) {
		return // (the word may begin the actor: "lift the ban on opposition parties")
	}
	mm := &sc.ms[k]
	if own[mm.Code.Country()] && roleIn(mm.Code, "MIL", "COP", "GOV", "SPY") || ownCodes[mm.Code] {
		return // "walked out of parliament" by lawmakers: their own body
	}
	m.tgt, _ = sc.compoundRight(k)
	m.notes = append(m.notes, "target: '"+sc.tokText(mm.Start, mm.End)+"', an actor the pattern's own words name")
}

// withTarget reads the partner of a consultation whose pattern names none
// from "with" right after the pattern's words: "went to Geneva for talks
// with Chilean officials".
func (sc *scan) withTarget(m *match) {
	j := m.last + 1
	if j >= len(sc.toks) || sc.toks[j].Lower != "with" {
		return
	}
	for j++; j < len(sc.toks) && isDet(sc.toks[j].Lower); j++ {
	}
	if j >= len(sc.toks) || sc.at[j] < 0 || sc.ms[sc.at[j]].Start != j || !sc.usable(sc.at[j]) || slices.Contains(m.src, sc.at[j]) {
		return
	}
	m.tgt, _ = sc.compoundRight(sc.at[j])
	m.notes = append(m.notes, "target: '"+sc.tokText(sc.ms[sc.at[j]].Start, sc.ms[sc.at[j]].End)+"', after 'with' (the pattern names no target)")
}

// eachOther reports "each other" or "one another" right after the verb
// phrase of m: "Armenia and Azerbaijan accused each other".
func (sc *scan) eachOther(m *match) bool {
	for j := m.anchor + 1; j+1 < len(sc.toks) && j <= m.last+1; j++ {
		if a, b := sc.toks[j].Lower, sc.toks[j+1].Lower; a == "each" && b == "other" || a == "one" && b == "another" {
			return true
		}
	}
	return false
}

// ownCountry reports whether mention k is of a source's country: troops
// sent to one's own border face no one named.
func (sc *scan) ownCountry(m *match, k int) bool {
	for _, s := range m.src {
		if sc.ms[s].Code.Country() == sc.ms[k].Code.Country() {
			return true
		}
	}
	return false
}

// objectOwner finds the demonym that qualifies the object of m: in the
// pattern's own words ("hijack * liner" over "the Italian cruise liner")
// or right after them ("shelled Israeli towns"); or the actor right before
// the pattern's last word, which owns that object ("captured a Karen
// guerrilla stronghold", "overran a Taliban base").
func (sc *scan) objectOwner(m *match) (int, bool) {
	for j := m.anchor + 1; j <= m.last; j++ {
		if k := sc.at[j]; k >= 0 && sc.ms[k].Start == j {
			if mm := &sc.ms[k]; mm.Role == actor.Modifier && countryOf(mm) != "" && len(mm.Entries) > 0 && (mm.Entries[0].Kind == dict.Demonym || mm.Entries[0].Kind == dict.Country) {
				return k, true // "the Italian cruise liner", "the US-flagged cargo ship"
			}
			if mm := &sc.ms[k]; mm.End == m.last && sc.usable(k) && m.p.Items[len(m.p.Items)-1].Kind == dict.Lit && lowerWord(sc.toks[m.last].Text) {
				return k, true
			}
		}
	}
	return sc.demonymAfter(m.last + 1)
}

// militaryObjects are things of a country's forces: force on them is force
// on its military ("shelled Ukrainian positions").
var militaryObjects = map[string]bool{"position": true, "positions": true, "base": true, "bases": true,
	"outpost": true, "outposts": true, "checkpoint": true, "checkpoints": true, "garrison": true, "barracks": true,
	"convoy": true, "convoys": true, "tanks": true, "artillery": true, "trenches": true, "lines": true,
	"fortifications": true, "bunkers": true, "frigate": true, "destroyer": true, "submarine": true, "patrol": true,
	"patrols": true}

// wordTargetRoots are the roots whose pattern words may name the target:
// acts done to others — demands (10), rejections (12), threats (13),
// protests (14), yielding (08), and material conflict (16 to 20). Words
// of a mobilisation ("train * hackers") or of aid name the source's own.
var wordTargetRoots = map[cameo.Code]bool{"08": true, "10": true, "12": true, "13": true, "14": true,
	"16": true, "17": true, "18": true, "19": true, "20": true}

// verbForm reports a lower-case word at token i written as a verb's past
// or a verb of the dictionaries: "fled", "attacked".
func (sc *scan) verbForm(i int) bool {
	t := &sc.toks[i]
	return sc.at[i] < 0 && lowerWord(t.Text) && (strings.HasSuffix(t.Lower, "ed") || t.Lemma != t.Lower && !strings.HasSuffix(t.Lower, "s") || len(sc.c.anchors[t.Lemma]) > 0)
}

// ownedBySubject reports a possessive pronoun before the noun at token i,
// one or two adjectives between: "its last soldiers", "their own troops".
func (sc *scan) ownedBySubject(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch w := sc.toks[j].Lower; {
		case w == "its" || w == "their" || w == "his" || w == "her":
			return true
		case !lowerWord(w) || sc.at[j] >= 0 || isPrep(w) || w == "the" || w == "a" || w == "an":
			return false
		}
	}
	return false
}

// objectsAgent reports an actor at token j written after "by" and a noun:
// the author of the verb's object ("violated a ban by General Aoun").
func (sc *scan) objectsAgent(j int) bool {
	b := j - 1
	if b >= 0 && sc.toks[b].Lower == "the" {
		b--
	}
	return b >= 1 && sc.toks[b].Lower == "by" && lowerWord(sc.toks[b-1].Lower) && !participle(&sc.toks[b-1])
}

// meetsAlone reports whether p is a meeting pattern ("meet +", "set to
// visit|meet +") of a consulting or meeting-intent code: with a single
// source and no target ("the Senate was set to meet on Tuesday") it
// reports a body convening, not a consultation.
func meetsAlone(p *dict.Pattern, code cameo.Code) bool {
	if code.Root() != "04" && code != "036" {
		return false
	}
	for _, it := range p.Items {
		if it.Kind != dict.Lit {
			continue
		}
		for _, a := range it.Alts {
			switch a {
			case "meet", "convene", "gather", "assemble":
				return true
			}
		}
	}
	return false
}

// contentRoots are the roots whose event has another act as its content:
// statements (a denial, a warning), appeals, intents and offers, demands,
// accusations, rejections, threats ("denied that it was arming rebels",
// "urged Peru to withdraw", "demanded that the US cancel plans to sell
// …", "offered to hand over …", "accused the rebels of violating the
// truce", "rejected an ultimatum"). CAMEO codes the one event, choosing
// its subcode by the content ("urge + to stop * fighting" is 0256).
var contentRoots = map[cameo.Code]bool{"01": true, "02": true, "03": true, "10": true, "11": true, "12": true, "13": true}

// complementOf reports whether the verb of m stands in the complement ("to
// …", "that …") of the event verb just coded, of a content root: it is
// what was asked, offered, refused or threatened, not an event.
func (sc *scan) complementOf(m *match) bool {
	p := sc.prev
	if p != nil && !sc.set.legacy && !p.reduced && p.p.Code != "" && contentRoots[p.p.Code.Root()] && p.tgtAt >= 0 && m.anchor > p.tgtAt && m.anchor < p.last {
		return true // inside the words of what is alleged: "accuse + of * killing * civilians" over "of bombing … and killing civilians"
	}
	if p != nil && !sc.set.legacy && m.anchor > p.last && sc.promises(p) {
		for j := p.last + 1; j < m.anchor && !sc.boundary(j) && sc.toks[j].Lower != ";"; j++ {
			if w := sc.toks[j].Lower; w == "unless" || w == "if" {
				// "threatened sanctions on Russia unless it agreed to a
				// ceasefire": the condition of a threat or promise is
				// what it asks for, not an act
				return true
			}
		}
	}
	if p == nil || p.reduced || p.p.Code == "" || !contentRoots[p.p.Code.Root()] || m.anchor <= p.last || m.anchor-p.last > 14 {
		return false
	}
	if !sc.set.legacy && p.p.Code.Root() == "01" && m.p.Code.Root() == "13" {
		return false // "warned that Beijing would not hesitate to start a war": the threat is made as it is said
	}
	if !sc.set.legacy && forceRoot(m.p.Code.Root()) && sc.toks[m.anchor-1].Lower == "," && strings.HasSuffix(sc.toks[m.anchor].Lower, "ing") {
		// "accused Iranian forces of firing at protesters, killing 66":
		// force in a participle after a statement is what it speaks of
		return true
	}
	opened := false
	object := m.anchor-p.last <= 5 // only the object's words so far: "rejected an Australian ultimatum"
	for j := p.last; j < m.anchor; j++ {
		w := sc.toks[j].Lower
		if w == "and" && !sc.set.legacy && (opened || p.tgtAt >= 0 && p.last > p.tgtAt) && sc.joinedVerb(j, m.anchor) {
			// "demanded that Moscow free the sailors and return the
			// vessels", "accused Russia of bombing … and deliberately
			// killing civilians": a bare or -ing verb joined to what is
			// asked or alleged is asked or alleged too ("urged the
			// embassy to reconsider and spoke with …" is not)
			return true
		}
		if j > p.last && (sc.boundary(j) || w == "," || w == ";" || w == "and" || w == "but" || w == "while" || w == "after" || w == "before" || w == "because" || w == "as") {
			return false
		}
		switch w {
		case "to", "that", "of", "for":
			opened = true
		}
		if j > p.last && !(isDet(w) || w == "a" || w == "an" || sc.at[j] >= 0 || lowerWord(w) && adjectiveLike(w) && len(sc.c.anchors[sc.toks[j].Lemma]) == 0) {
			object = false
		}
	}
	// an object noun that names its own doer ("criticized Washington's
	// rejection of Peru") is an event of its own
	return opened || object && !m.srcFixed
}

// theBefore reports "the" before token i, past lower-case words that
// qualify the noun ("the regional administration"), not a possessive.
func (sc *scan) theBefore(i int) bool {
	j := i - 1
	for n := 0; j >= 0 && n < 3 && sc.at[j] < 0 && sc.toks[j].Lower != "the" && adjectiveLike(sc.toks[j].Lower) && !isDet(sc.toks[j].Lower); n++ {
		j--
	}
	return j >= 0 && sc.toks[j].Lower == "the"
}

// foreignWords say an agent is of no country the sentence names: "foreign
// troops", "a multinational police force".
var foreignWords = map[string]bool{"foreign": true, "multinational": true, "international": true, "world": true, "global": true}

// issuedDocument reports a document noun at token n that the clause's
// subject issues: "the board passed a resolution calling on Iran to …" is
// the board's appeal, where "a UN resolution condemning …" alone is no one's.
func (sc *scan) issuedDocument(n int) bool {
	if !documentNouns[sc.toks[n].Lower] {
		return false
	}
	j := n - 1
	for j >= 0 && sc.at[j] < 0 && (isDet(sc.toks[j].Lower) || sc.toks[j].Lower == "a" || sc.toks[j].Lower == "an" || adjectiveLike(sc.toks[j].Lower) && !issueVerbs[sc.toks[j].Lemma]) && n-j < 4 {
		j--
	}
	return j >= 0 && sc.at[j] < 0 && issueVerbs[sc.toks[j].Lemma] && sc.toks[j].Lower != sc.toks[j].Lemma
}

// documentNouns and issueVerbs: a body's texts and what it does with them.
var (
	documentNouns = withWords(map[string]bool{"communiqué": true, "report": true}, documentWords...)
	issueVerbs    = map[string]bool{"pass": true, "adopt": true, "issue": true, "release": true, "send": true,
		"publish": true, "approve": true, "sign": true, "table": true, "unveil": true}
)

// reducedAgent reports a list of mentions after "by" and a past
// participle that follows a common noun: "systems supplied by the United
// States and Germany", "a bomb planted by insurgents".
func (sc *scan) reducedAgent(list []int) bool {
	s := len(sc.toks)
	for _, k := range list {
		s = min(s, sc.ms[k].Start)
	}
	for s > 0 && isDet(sc.toks[s-1].Lower) {
		s--
	}
	if s < 3 || sc.toks[s-1].Lower != "by" {
		return false
	}
	p, n := &sc.toks[s-2], &sc.toks[s-3]
	return participle(p) && p.Lower != p.Lemma && sc.at[s-3] < 0 && (lowerWord(n.Text) || s == 3) && !sc.isAux(s-3) && !isDet(n.Lower) && !isPrep(n.Lower)
}

// ledWords put a leader after the head they qualify: "rebels led by
// Riek Machar", "a delegation headed by the foreign minister".
var ledWords = map[string]bool{"led": true, "headed": true, "commanded": true}

// ledBy returns the named state actor right after mention k and "led by"
// (or "headed by", "commanded by").
func (sc *scan) ledBy(k int) (int, bool) {
	e := sc.ms[k].End
	if e+2 >= len(sc.toks) || !ledWords[sc.toks[e].Lower] || sc.toks[e+1].Lower != "by" || sc.at[e+2] < 0 {
		return -1, false
	}
	l := sc.at[e+2]
	m := &sc.ms[l]
	return l, m.Start == e+2 && m.Role == actor.Named && isState(m.Code.Country())
}

// leaderOf reports a mention k right after "led by" (or "headed by",
// "commanded by"): it names who leads the head before it.
func (sc *scan) leaderOf(k int) bool {
	s := sc.ms[k].Start
	for s > 0 && (sc.toks[s-1].Lower == "former" || isDet(sc.toks[s-1].Lower)) {
		s-- // "led by former Nigerian President Goodluck Jonathan"
	}
	return s >= 2 && sc.toks[s-1].Lower == "by" && ledWords[sc.toks[s-2].Lower]
}

// ingAdjective reports an -ing form at token i that qualifies the person
// named right after it: "the visiting Chinese premier", "asked visiting
// Foreign Minister Wang Yi". After an article, a possessive or an
// inflected verb that is no auxiliary; after a comma, a preposition, "be"
// or an aspectual verb it is a verb ("began attacking President …").
func (sc *scan) ingAdjective(i int) bool {
	t := &sc.toks[i]
	if !strings.HasSuffix(t.Lower, "ing") || i == 0 || i+1 >= len(sc.toks) || sc.at[i+1] < 0 {
		return false
	}
	m := &sc.ms[sc.at[i+1]]
	if m.Start == i+1 && m.Plural && !sc.set.legacy && intransitiveIng[t.Lower] {
		return true // "interrupted by protesting legislators", "striking workers"
	}
	if m.Start != i+1 || !m.Person {
		return false
	}
	b := &sc.toks[i-1]
	if isDet(b.Lower) || b.Lower == "a" || b.Lower == "an" {
		return true
	}
	return sc.at[i-1] < 0 && lowerWord(b.Text) && b.Lower != b.Lemma && !strings.HasSuffix(b.Lower, "ing") &&
		!auxiliary[b.Lower] && !auxiliary[b.Lemma] && !aspectual[b.Lemma] && !isPrep(b.Lower) && !ingVerbBefore[b.Lower]
}

// bareCountries reports sources that are all countries named alone, with
// no role: the way news names national teams.
func (sc *scan) bareCountries(src []int) bool {
	for _, k := range src {
		if c := sc.ms[k].Code; len(c) != 3 || !isState(string(c)) {
			return false
		}
	}
	return len(src) > 0
}

// contest returns a word of a sports contest in the sentence: "match",
// "final", "World Cup".
func (sc *scan) contest() (string, bool) {
	for i := range sc.toks {
		w := sc.toks[i].Lower
		if contestWords[w] || w == "cup" && i > 0 && sc.toks[i-1].Lower == "world" {
			return sc.toks[i].Text, true
		}
	}
	return "", false
}

var contestWords = map[string]bool{"match": true, "semifinal": true, "semi-final": true, "quarterfinal": true,
	"quarter-final": true, "fixture": true, "tournament": true, "qualifier": true, "derby": true, "olympics": true,
	"playoff": true, "play-off": true, "friendly": false}

// againstTarget gives a show of force with no target the actor it is
// raised against, named after "against" later in its clause: forces
// readied "capable of launching cyber warfare against the United States"
// face the United States.
func (sc *scan) againstTarget(m *match) {
	for j := m.last + 1; j+1 < len(sc.toks) && j <= m.last+16; j++ {
		if w := sc.toks[j].Lower; sc.boundary(j) || w == ";" || w == "." || w == "," || subordinators[w] || backgroundPreps[w] || w == "ahead" {
			return // ("ahead of an expected offensive against …": another act's)
		}
		if sc.toks[j].Lower != "against" {
			continue
		}
		a := j + 1
		for a < len(sc.toks) && isDet(sc.toks[a].Lower) {
			a++
		}
		if a < len(sc.toks) && sc.at[a] >= 0 && sc.ms[sc.at[a]].Start == a && sc.usable(sc.at[a]) && !slices.Contains(m.src, sc.at[a]) {
			m.tgt, _ = sc.compoundRight(sc.at[a])
			m.notes = append(m.notes, "target: '"+sc.tokText(sc.ms[sc.at[a]].Start, sc.ms[sc.at[a]].End)+"', whom the force is readied against")
		}
		return
	}
}

// earlierRelative reports the verb of m opening a relative clause ("who",
// "which", "that" right before it) that says it was done before the
// news: "last month", "two years ago", "earlier this week", or a year
// before the article's. It returns the words that say so.
func (sc *scan) earlierRelative(m *match) (string, bool) {
	j := m.anchor - 1
	for j >= 0 && sc.at[j] < 0 && sc.isAux(j) {
		j--
	}
	if j < 1 || sc.toks[j].Lower != "who" && sc.toks[j].Lower != "which" && sc.toks[j].Lower != "that" {
		return "", false
	}
	for i := m.anchor + 1; i < len(sc.toks); i++ {
		w := sc.toks[i].Lower
		if w == "," || w == "." || w == ";" || sc.boundary(i) {
			break
		}
		next := ""
		if i+1 < len(sc.toks) {
			next = sc.toks[i+1].Lower
		}
		switch {
		case w == "ago",
			w == "last" && (calendarWords[next] || next == "week" || next == "month" || next == "year"),
			w == "earlier" && next == "this":
			return sc.tokText(max(m.anchor+1, i-1), min(len(sc.toks), i+2)), true
		case len(w) == 4 && isNumber(w) && !sc.date.IsZero() && w < strconv.Itoa(sc.date.Year()) && w > "1900" && (i > 0 && sc.toks[i-1].Lower == "in"):
			return "in " + w, true
		}
	}
	return "", false
}

// ownerBeforePhrase returns, for mention k in a prepositional phrase after
// a noun ("the Israeli raid on the Jenin refugee camp"), the demonym or
// country qualifying that noun.
func (sc *scan) ownerBeforePhrase(k int) (int, bool) {
	j := sc.ms[k].Start - 1
	for j >= 0 && sc.at[j] < 0 && (isDet(sc.toks[j].Lower) || capitalised(sc.toks[j].Text) || adjectiveLike(sc.toks[j].Text)) {
		j--
	}
	if j < 1 || !isPrep(sc.toks[j].Lower) || sc.toks[j].Lower == "by" {
		return 0, false
	}
	for i := j - 1; i >= 0 && i >= j-4; i-- {
		if o := sc.at[i]; o >= 0 {
			if mm := &sc.ms[o]; mm.Role == actor.Modifier && countryOf(mm) != "" {
				return o, true
			}
			return 0, false
		}
	}
	return 0, false
}

// timedBefore reports a verb at token a in a clause opened by a stretch of
// time and "after" or "since" ("a day after Chile attacked Peru", "nine
// years after the Soviet army invaded"), with no clause break between: an
// act reported before, whose day is not the report's. It returns the
// opening words.
func (sc *scan) timedBefore(a int) (string, bool) {
	for j := a - 1; j >= 1 && j >= a-16; j-- {
		w := sc.toks[j].Lower
		if w == "," || w == ";" || sc.boundary(j) || w == "that" || w == "who" || w == "which" {
			return "", false
		}
		if w == "before" {
			return "", false // "hours before warplanes began bombing": what came next is news too
		}
		if w != "after" && w != "since" {
			continue
		}
		p := sc.toks[j-1].Lower
		if timeSpans[p] || timeSpans[strings.TrimSuffix(p, "s")] {
			return sc.tokText(j-1, j+1), true
		}
		return "", false
	}
	return "", false
}

// timeSpans are the nouns of a stretch of time before "after".
var timeSpans = map[string]bool{"day": true, "hour": true, "week": true, "month": true, "year": true, "decade": true,
	"minute": true, "moment": true, "shortly": true, "soon": true, "weekend": true, "fortnight": true}

// intransitiveIng are -ing forms of verbs that take no object: before a
// plural actor they say what the actors are doing, they do nothing to it.
var intransitiveIng = map[string]bool{"protesting": true, "striking": true, "demonstrating": true, "rioting": true,
	"fleeing": true, "marching": true, "retreating": true, "advancing": true, "warring": true, "rebelling": true,
	"mutinying": true, "picketing": true, "rampaging": true}

// objectAuthor returns the actor after "by" that authors the object noun
// phrase opening at pos, when mention k stands in a phrase of that noun:
// "the visit to Taiwan by Nancy Pelosi", "the attack on Kyiv by Russian
// forces".
func (sc *scan) objectAuthor(pos, k int) (int, bool) {
	if sc.set.legacy || pos+3 >= len(sc.toks) || !isDet(sc.toks[pos].Lower) && sc.toks[pos].Lower != "a" && sc.toks[pos].Lower != "an" {
		return -1, false
	}
	n := pos + 1
	if sc.at[n] >= 0 || !lowerWord(sc.toks[n].Text) {
		return -1, false
	}
	p := n + 1
	if p >= len(sc.toks) || !isPrep(sc.toks[p].Lower) || sc.toks[p].Lower == "by" {
		return -1, false
	}
	m := &sc.ms[k]
	q := skipQuantity(sc.toks, p+1) // "the killing of at least 54 protesters by"
	if q < len(sc.toks) && isDet(sc.toks[q].Lower) {
		q++
	}
	if m.Start != q && m.Start != p+1 {
		return -1, false
	}
	b := sc.skipTime(m.End)
	if b+1 >= len(sc.toks) || sc.toks[b].Lower != "by" {
		return -1, false
	}
	c := b + 1
	for c < len(sc.toks) && (isDet(sc.toks[c].Lower) || sc.toks[c].Lower == "former") {
		c++
	}
	if c >= len(sc.toks) || sc.at[c] < 0 || sc.ms[sc.at[c]].Start != c || !sc.usable(sc.at[c]) {
		return -1, false
	}
	return sc.at[c], true
}

// perfectAux reports a form of "have" at token i that makes a perfect: a
// past participle follows, past "not" and adverbs ("had already called off").
func (sc *scan) perfectAux(i int) bool {
	j := i + 1
	for j < len(sc.toks) && (sc.toks[j].Lower == "not" || sc.toks[j].Lower == "n't" || sc.toks[j].Lower == "also" || strings.HasSuffix(sc.toks[j].Lower, "ly")) {
		j++
	}
	return j < len(sc.toks) && sc.at[j] < 0 && lowerWord(sc.toks[j].Text) && participle(&sc.toks[j]) && (strings.HasSuffix(sc.toks[j].Lower, "ed") || sc.toks[j].Lower != sc.toks[j].Lemma)
}

// subordinateSince reports a subordinate clause opened between tokens a
// and b: "suspended aid after the military seized power and detained
// Hamdok" joins "detained" to "seized", not to "suspended".
func (sc *scan) subordinateSince(a, b int) bool {
	for j := a + 1; j < b; j++ {
		switch sc.toks[j].Lower {
		case "after", "before", "when", "because", "since", "until", "once", "while":
			return true
		}
	}
	return false
}

// clauseSince reports a subordinate clause opening between tokens a and b
// ("withdrew its ambassador after Israeli commandos stormed a flotilla,
// killing nine": the participle is the inner clause's).
func (sc *scan) clauseSince(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if sc.opensClause(j) {
			return true
		}
	}
	return false
}

// promises reports whether match p coded a threat or a promise (13, 03),
// by its pattern or as a stated intention ("was prepared to strike").
func (sc *scan) promises(p *match) bool {
	if r := p.p.Code.Root(); r == "13" || r == "03" {
		return true
	}
	for _, i := range p.events {
		if r := sc.events[i].Root; r == "13" || r == "03" {
			return true
		}
	}
	return false
}

// joinedVerb reports a bare or -ing verb at token a right after "and" at
// token and, up to two adverbs between: "and return", "and deliberately
// killing".
func (sc *scan) joinedVerb(and, a int) bool {
	for j := and + 1; j < a; j++ {
		if w := sc.toks[j].Lower; !strings.HasSuffix(w, "ly") || a-and > 3 {
			return false
		}
	}
	t := &sc.toks[a]
	return t.Lower == t.Lemma || strings.HasSuffix(t.Lower, "ing")
}

// withAfter reports whether "with" follows the verb of m in its clause
// ("met on Monday with Zalmay Khalilzad"): a partner is named, if not one
// the dictionary knows.
func (sc *scan) withAfter(m *match) bool {
	for j := m.anchor + 1; j < len(sc.toks) && j <= m.last+8; j++ {
		if sc.boundary(j) || sc.toks[j].Lower == "," {
			return false
		}
		if sc.toks[j].Lower == "with" {
			return true
		}
	}
	return false
}

// verbalAttack reports whether a root-19 "attack" with no target actor
// attacks no place either ("attacked the proclamation", "attacked the
// plan"): a verbal attack, which is no use of force. (Verbal attacks on
// statements and decisions are coded 111 by their own patterns.)
func (sc *scan) verbalAttack(m *match, code cameo.Code) bool {
	if code.Root() != "19" || sc.toks[m.anchor].Lemma != "attack" || m.passive || m.reduced || m.agentless {
		return false
	}
	switch sc.toks[m.anchor].Lower {
	case "attacked", "attacking":
	default:
		// the noun ("US drone attacks killed …") reports force; the verb
		// "attack(s)" is recognised by the object after it
		if a := m.anchor + 1; a >= len(sc.toks) || !isDet(sc.toks[a].Lower) && sc.toks[a].Lower != "a" && sc.toks[a].Lower != "an" {
			return false
		}
	}
	for k := range sc.ms {
		if sc.ms[k].Start > m.anchor && sc.ms[k].Role == actor.Place {
			return false
		}
	}
	return true
}

// concernAbout reports a pattern of concern ending in a preposition of a
// topic and its target: "express * concern about +".
func concernAbout(p *dict.Pattern) bool {
	n := len(p.Items)
	if n < 2 || p.Items[n-1].Kind != dict.Target || p.Items[n-2].Kind != dict.Lit {
		return false
	}
	if !slices.Contains(p.Items[n-2].Alts, "about") && !slices.Contains(p.Items[n-2].Alts, "over") {
		return false
	}
	for _, it := range p.Items {
		if it.Kind == dict.Lit && (slices.Contains(it.Alts, "concern") || slices.Contains(it.Alts, "worry")) {
			return true // ("expressed opposition to the swearing-in" disapproves)
		}
	}
	return false
}

// add appends the event of m from mention s to mention t (-1: none)
// unless it is already there.
func (sc *scan) add(m *match, code cameo.Code, s, t int) {
	if !sc.set.legacy && s >= 0 && t >= 0 && sc.sameReferent(s, t) {
		return // "Trump attacked Drudge as a Trump opponent": no act on oneself
	}
	assassinated := m.p.Kill && !sc.set.legacy && t >= 0 && sc.namedPerson(t)
	if assassinated {
		code = "186"
	}
	srcs, tgts := sc.codes(s), sc.codes(t)
	for _, sCode := range srcs {
		for _, tCode := range tgts {
			e := sc.event(m, code, s, t)
			e.Source.Code, e.Target.Code = sCode, tCode
			if assassinated {
				e.Explain.Notes = append(e.Explain.Notes, "a killing ('kill' pattern) of a person the dictionaries name: an assassination, 186")
			}
			if t < 0 && sc.set.legacy {
				e.Target.Code = "---" // PETRARCH writes an absent target so
			}
			if sc.duplicate(&e) {
				continue
			}
			sc.flags(m, &e)
			sc.events = append(sc.events, e)
			m.events = append(m.events, len(sc.events)-1)
		}
	}
}

// namedPerson reports a mention of a person a dictionary names
// ("President Jovenel Moise"), not a role ("a journalist").
func (sc *scan) namedPerson(k int) bool {
	m := &sc.ms[k]
	if !m.Person {
		return false
	}
	for _, e := range m.Entries {
		if e.Kind == dict.Person {
			return true
		}
	}
	return false
}

// sameReferent reports two mentions of the same named actor: the same
// dictionary entry with the same code (a name twice, a pronoun and its
// antecedent). Two agents of one country ("the president" and "the
// mayor") are different actors.
func (sc *scan) sameReferent(a, b int) bool {
	ma, mb := &sc.ms[a], &sc.ms[b]
	if ma.Code != mb.Code || len(ma.Entries) == 0 || len(mb.Entries) == 0 {
		return false
	}
	if ma.Role == actor.BareAgent || mb.Role == actor.BareAgent {
		return false
	}
	return ma.Entries[0] == mb.Entries[0]
}

// reciprocalCodes adds the events of mention k's codes acting on each
// other, for a reciprocal act whose one subject names several countries.
func (sc *scan) reciprocalCodes(m *match, code cameo.Code, k int) {
	cs := sc.codes(k)
	for _, a := range cs {
		for _, b := range cs {
			if a == b {
				continue
			}
			e := sc.event(m, code, k, k)
			e.Source.Code, e.Target.Code = a, b
			if sc.duplicate(&e) {
				continue
			}
			e.Explain.Notes = append(e.Explain.Notes, "reciprocal: the countries of '"+sc.tokText(sc.ms[k].Start, sc.ms[k].End)+"' act on each other")
			sc.flags(m, &e)
			sc.events = append(sc.events, e)
		}
	}
	sc.markUsed(m)
	m.end = m.last + 1
	sc.prev = m
}

// codes returns the codes mention k stands for (one, or more for "the
// ambassadors of Arnor and Gondor"); "" for no mention.
func (sc *scan) codes(k int) []cameo.ActorCode {
	if k < 0 {
		return []cameo.ActorCode{""}
	}
	m := &sc.ms[k]
	codes := []cameo.ActorCode{m.Code}
	if len(m.Also) > 0 {
		codes = append(codes, m.Also...)
	}
	if !sc.set.splitCodes {
		return codes
	}
	var out []cameo.ActorCode
	for _, c := range codes {
		for _, part := range strings.Split(string(c), "/") {
			out = append(out, cameo.ActorCode(part))
		}
	}
	return out
}

func (sc *scan) duplicate(e *event.Event) bool {
	for k := range sc.events {
		o := &sc.events[k]
		if o.Code == e.Code && o.Source.Code == e.Source.Code && o.Target.Code == e.Target.Code {
			return true
		}
	}
	return false
}

func (sc *scan) actor(k int) (event.Actor, event.ActorTrace) {
	if k < 0 {
		return event.Actor{}, event.ActorTrace{}
	}
	m := &sc.ms[k]
	return event.Actor{
		Code: m.Code, Name: m.Name, Text: sc.tokText(m.Start, m.End), Span: sc.span(m.Start, m.End),
	}, m.Trace()
}

// span converts token range [a, b) to code points within the sentence.
func (sc *scan) span(a, b int) event.Span {
	if a >= b {
		return event.Span{}
	}
	bs, be := sc.toks[a].Start-sc.s.Start, sc.toks[b-1].End-sc.s.Start
	return event.Span{Start: runeCount(sc.s.Text[:bs]), End: runeCount(sc.s.Text[:be]), Text: sc.s.Text[bs:be]}
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func (sc *scan) event(m *match, code cameo.Code, s, t int) event.Event {
	src, srcTrace := sc.actor(s)
	tgt, tgtTrace := sc.actor(t)
	e := event.Event{
		SentenceIndex: sc.s.Index,
		Sentence:      sc.s.Text,
		Source:        src,
		Target:        tgt,
		Code:          code,
		Root:          code.Root(),
		QuadClass:     code.QuadClass(),
		Goldstein:     code.Goldstein(),
		PLOVER:        plover.For(code),
	}
	e.Explain.Verb = sc.span(m.anchor, m.last+1)
	e.Explain.Pattern = m.p.Rule()
	e.Explain.Source = srcTrace
	e.Explain.Target = tgtTrace
	e.Explain.Notes = append(e.Explain.Notes, m.notes...)
	if len(m.src) > 1 || len(m.tgt) > 1 {
		e.Explain.Notes = append(e.Explain.Notes, "compound: one event per actor")
	}
	return e
}
