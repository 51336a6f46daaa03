// Package actor finds actor mentions in a tokenised sentence and codes them.
//
// Recognition runs in two passes. The first walks a word trie built from
// the dictionary and keeps, at each position, the longest phrase whose case
// rules the tokens satisfy. The second composes those raw matches into
// mentions the way English builds them: a demonym or country before an
// agent ("Libyan army" → LBYMIL), a possessive ("Russia's army"), an agent
// of an actor ("the forces of Khalifa Haftar"), titles before a name
// ("Major General Khalifa Haftar"). What it cannot code from the sentence
// alone — a bare "the government", a pronoun — it leaves for the coder,
// which knows the story so far.
package actor

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
	"github.com/annals-project/annals/text"
)

// Matcher recognises actors. Build it once with New; it is safe for
// concurrent use.
type Matcher struct {
	root *node
	// actorAgent: a named actor directly before an agent qualifies it
	// ("Bree President" → BRE + GOV), as PETRARCH and TABARI compose
	// codes. Set by the dictionary option "actor_agent = true".
	actorAgent bool
	// agentGap is how many words (besides "'s") may stand between such an
	// actor and its agent ("Dagolath's first Deputy Prime Minister"); the
	// dictionary option "actor_agent_gap", default 4.
	agentGap int
	// objectPronouns: "him" and "them" are pronoun mentions too. TABARI
	// dereferences them like subject pronouns; annals' own style resolves
	// them in the coder; PETRARCH leaves them alone.
	objectPronouns bool
	// legacy: the dictionary sets a PETRARCH or TABARI style; the
	// readings below that those programs do not make (place modifiers,
	// former officials) are then off.
	legacy bool
	// verbs are the verb anchors and speech lemmas of the dictionary and
	// modal the first words of its modals: they tell "the US and Russia
	// agree" (a verb) from "the Kabul car bombing" (a noun).
	verbs, modal map[string]bool
	// tabari: TABARI's readings: a name also matches with an "s" added,
	// and in "the envoys of A, B and C" the agent goes with A only
	tabari bool
	// countries are the codes of the dictionary's countries: a named
	// actor whose code starts with one belongs to that state ("Congress"
	// is USALEG), so another state's demonym before it moves it there.
	countries map[string]bool
}

type node struct {
	next map[string]*node
	// stems are words that match every token starting with them
	// (dict.Word.Prefix); rare, so kept apart from next.
	stems []stem
	ends  []end
	// gap continues the phrases whose next word may come after up to
	// maxGap other words (dict.Word.Gap)
	gap *node
}

// maxGap is how many words a dict.Word.Gap lets stand between two words
// of a name.
const maxGap = 2

type stem struct {
	prefix string
	n      *node
}

type end struct {
	entry  *dict.Entry
	phrase []dict.Word
}

// New builds a matcher over the actor entries of d.
func New(d *dict.Dict) *Matcher {
	m := &Matcher{root: &node{}, actorAgent: d.Options.Bool("actor_agent", false), agentGap: d.Options.Int("actor_agent_gap", 4),
		objectPronouns: d.Options["style"] != "petrarch",
		tabari:         d.Options["style"] == "tabari",
		verbs:          map[string]bool{}, modal: map[string]bool{}, countries: map[string]bool{},
		legacy: d.Options["style"] == "petrarch" || d.Options["style"] == "tabari"}
	for _, p := range d.Patterns {
		for _, a := range p.Items[p.Anchor].Alts {
			m.verbs[a] = true
		}
	}
	for _, e := range d.Speech {
		for _, p := range e.Phrases {
			m.verbs[p[0].Lower] = true
		}
	}
	for _, e := range d.Modal {
		for _, p := range e.Phrases {
			m.modal[p[0].Lower] = true
		}
	}
	for _, e := range d.Actors {
		if e.Kind == dict.Country {
			for _, c := range e.Codes {
				m.countries[c.Code[:min(3, len(c.Code))]] = true
			}
		}
		for _, p := range e.Phrases {
			n := m.root
			for _, w := range p {
				if w.Gap {
					if n.gap == nil {
						n.gap = &node{}
					}
					n = n.gap
				}
				if w.Prefix {
					var c *node
					for _, st := range n.stems {
						if st.prefix == w.Lower {
							c = st.n
						}
					}
					if c == nil {
						c = &node{}
						n.stems = append(n.stems, stem{prefix: w.Lower, n: c})
					}
					n = c
					continue
				}
				if n.next == nil {
					n.next = map[string]*node{}
				}
				c := n.next[w.Lower]
				if c == nil {
					c = &node{}
					n.next[w.Lower] = c
				}
				n = c
			}
			n.ends = append(n.ends, end{entry: e, phrase: p})
		}
	}
	return m
}

// Role says what a mention is and how much of its code is known.
type Role uint8

const (
	Named     Role = iota // a country, organisation, person or IGO with a full code
	BareAgent             // an agent with no country in the sentence: "the government"
	Pronoun               // it, they, he, she, we: the coder resolves it
	Place                 // a capital or country used as a place ("in Tripoli"): not an actor
	Modifier              // a demonym or country qualifying a non-actor noun ("Libyan interests")
)

// Mention is an actor found in a sentence. Start and End are token
// indices, End exclusive.
type Mention struct {
	Start, End int
	Code       cameo.ActorCode // for BareAgent the role only, "GOV"
	Name       string
	Role       Role
	Plural     bool // "militias", "they": used when resolving pronouns
	Person     bool // a person: he/she refer to it
	// RoleEnd is where a role noun ends before a name no dictionary knows
	// that the mention goes on over ("journalist| Juan Perez"); 0 if none.
	RoleEnd int
	// Also are more codes the mention stands for: "the ambassadors of
	// Arnor and Gondor" is one mention coded ARNGOV and GONGOV.
	Also    []cameo.ActorCode
	How     string // how the code was built
	Entries []*dict.Entry
}

// Trace returns the explanation of the mention's code.
func (m *Mention) Trace() event.ActorTrace {
	t := event.ActorTrace{How: m.How}
	for _, e := range m.Entries {
		t.Entries = append(t.Entries, e.Rule())
	}
	return t
}

// raw is one dictionary phrase matched in the tokens.
type raw struct {
	start, end int
	entry      *dict.Entry
	code       string // the entry's code valid on the date
	gapped     bool   // the phrase allows gaps: a joined one of the same span wins
	undated    bool   // the text has no date: code is the entry's latest
}

// Find returns the mentions in the tokens, in order, not overlapping. date
// selects date-ranged codes; the zero time accepts every code.
func (m *Matcher) Find(toks []text.Token, date time.Time) []Mention {
	raws := m.scan(toks, date)
	if !m.legacy {
		raws = m.otherPeople(toks, raws)
		raws = acronymsInParens(toks, raws)
		return m.allies(toks, m.shareHeads(toks, compose(toks, raws, m), date.IsZero()))
	}
	return compose(toks, raws, m)
}

// placeNouns after a people's name make it name a place: "the Chechen
// capital", "Kurdish areas".
var placeNouns = wordSet("capital city town towns village villages region regions province area areas homeland territory territories")

// degreeWords grade an adjective; an agent word after them is one ("so
// firm", "very civil").
var degreeWords = wordSet("so very too quite rather extremely fairly how")

// allyWords name a party that acts for or beside another without being it.
var allyWords = wordSet("ally allies proxy proxies")

// allies reads the actor whose ally a phrase names as no actor: "allies of
// Chile" and "Chile's allies" are not Chile. A mention with a role keeps
// the role and loses the country, which the context then gives: in
// "killed a commander of Israel's militia ally in southern Lebanon" the
// commander is of a militia allied to Israel, not of Israel's army, and
// "Israel's militia ally" is a militia of no country named.
func (mt *Matcher) allies(toks []text.Token, ms []Mention) []Mention {
	for i := range ms {
		m := &ms[i]
		if m.Role != Named || m.Person || m.Code.Country() == "IGO" {
			continue // "NATO allies" are its members
		}
		owner := false
		if b := m.Start - 1; b >= 1 && toks[b].Lower == "of" && allyWords[toks[b-1].Lower] ||
			b >= 2 && toks[b].Lower == "of" && isDeterminer(toks[b-1].Lower) && allyWords[toks[b-2].Lower] {
			owner = true // "allies of Chile", "an ally of the United States"
		}
		j := m.End
		if j < len(toks) && toks[j].Lower == "'s" {
			j++
		}
		for n := 0; n < 3 && j < len(toks) && !owner; n, j = n+1, j+1 {
			if allyWords[toks[j].Lower] {
				owner = true // "Chile's allies", "Israel's militia ally"
				break
			}
			if !lowerAlpha(toks[j].Text) || mt.verbs[toks[j].Lemma] || notNoun[toks[j].Lower] {
				break // only a noun phrase's words: "Peruvian troops attacked allies of …" is no ally
			}
		}
		if !owner {
			continue
		}
		if len(m.Code) > 3 {
			// "---" like a people with no state: the sentence's place or
			// story gives the country, not the last actor named
			m.How = "agent of an ally of " + m.Code.Country() + ", not of it: country from context"
			m.Code = "---" + m.Code[3:]
			continue
		}
		// no code either: the ally's country is not the owner of what
		// the ally does or undergoes
		m.Role, m.Code = Modifier, ""
		m.How = "whose ally: not an actor"
	}
	return ms
}

// shareHeads drops a country written as a currency's prefix ("US$") and
// reads three constructions in which a name borrows from the mention after
// it:
//   - "U.S. President Joe Biden", "US House Speaker Nancy Pelosi": a
//     country, alone or with an office, right before a person of that
//     country (two capitalised words may stand between) is part of the
//     person's mention;
//   - "U.S. and Russian negotiators", "Indian and Pakistani troops": a bare
//     country or demonym joined by "and" to a demonym and agent shares the
//     agent (USAGOV and RUSGOV);
//   - "Jordan's visiting King Abdullah II": a country's possessive before
//     a person (one word may stand between) qualifies the person and is
//     no actor of its own; so it does before a group of its own ("Yemen's
//     Houthi rebels"), except in the legacy styles.
func (mt *Matcher) shareHeads(toks []text.Token, ms []Mention, undated bool) []Mention {
	legacy := mt.legacy
	out := ms[:0]
	for _, m := range ms {
		if m.End < len(toks) && toks[m.End].Text == "$" && toks[m.End].Start == toks[m.End-1].End {
			continue // "US$100 million", "HK$5": a currency, not an actor
		}
		out = append(out, m)
	}
	ms = out
	drop := make([]bool, len(ms)) // taken in by the mention after
	for k := range ms {
		m := &ms[k]
		if k+1 >= len(ms) {
			continue
		}
		n := &ms[k+1]
		gap := toks[m.End:n.Start]
		if n.Person && m.Role == Named && !m.Person && n.Code.Country() == m.Code.Country() && titleGap(gap) &&
			(len(m.Code) == 3 || strings.HasSuffix(m.How, " + agent")) && len(m.Entries) > 0 && m.Entries[0].Kind != dict.Actor {
			// "U.S. President Joe Biden", "US House Speaker Nancy
			// Pelosi": the country and office name the person
			n.Start = m.Start
			if undated && len(m.Code) > 3 && m.Code != n.Code {
				// "Iraqi President Saddam Hussein" with no date: the
				// office the text names, not his latest standing
				n.Code = m.Code
				n.How += "; coded by the office named before him"
			}
			n.Entries = append(slices.Clip(m.Entries), n.Entries...)
			n.How += " (with '" + joinTokens(toks[m.Start:m.End]) + "' before)"
			drop[k] = true
			continue
		}
		bare := m.Role == Named && len(m.Code) == 3 ||
			m.Role == Modifier && len(m.Entries) > 0 && m.Entries[0].Kind == dict.Demonym // "Indian and Pakistani troops"
		if !bare {
			continue
		}
		switch {
		case len(gap) == 1 && gap[0].Lower == "and" && n.Role == Named && len(n.Code) > 3 && !n.Person &&
			strings.HasSuffix(n.How, " + agent") && n.Code.Country() != m.Code.Country():
			if m.Role == Modifier {
				m.How = "demonym"
			}
			m.Code = cameo.ActorCode(m.Code.Country()) + n.Code[3:]
			m.Role = Named
			m.How += "; shares the agent of '" + joinTokens(toks[n.Start:n.End]) + "'"
			m.Entries = append(m.Entries, n.Entries[len(n.Entries)-1])
		case m.Role == Named && len(gap) >= 1 && len(gap) <= 2 && gap[0].Lower == "'s" && n.Person && (len(gap) == 1 || lowerAlpha(gap[1].Text)):
			m.Role = Modifier
			m.How = "country qualifying the person '" + joinTokens(toks[n.Start:n.End]) + "'"
		case !legacy && m.Role == Named && len(gap) == 1 && gap[0].Lower == "'s" && n.Role == Named && !n.Person &&
			len(n.Code) > 3 && n.Code.Country() == m.Code.Country() && len(n.Entries) > 0 && n.Entries[0].Kind == dict.Actor:
			// "Yemen's Houthi rebels", "Lebanon's Hezbollah": the country
			// says whose the group is; the group acts
			m.Role = Modifier
			m.How = "country qualifying its own '" + joinTokens(toks[n.Start:n.End]) + "'"
		case !legacy && m.Role == Named && len(gap) == 1 && gap[0].Lower == "'s" && n.Role == Named && !n.Person &&
			len(n.Entries) > 0 && n.Entries[0].Kind == dict.Actor && mt.otherStates(n.Code, m.Code.Country()):
			// "Chile's Congress": as with the demonym, the institution is
			// the owner's
			m.Role = Modifier
			m.How = "country qualifying the institution '" + joinTokens(toks[n.Start:n.End]) + "'"
			n.Code = cameo.ActorCode(m.Code.Country()) + n.Code[3:]
			n.How = "dictionary, moved to " + m.Code.Country() + " by '" + joinTokens(toks[m.Start:m.End]) + "'s' before it"
		}
	}
	out = ms[:0]
	for k, m := range ms {
		if !drop[k] {
			out = append(out, m)
		}
	}
	return out
}

// stateRoles are the roles of a state's own institutions, which another
// state's name before them moves to that state ("the Chilean Congress",
// "Chile's Congress"). An armed group named after a country is not moved:
// "Iran's Hezbollah" is still Lebanon's.
var stateRoles = map[string]bool{"GOV": true, "LEG": true, "JUD": true, "MIL": true, "COP": true, "SPY": true}

// otherStates reports a named actor coded as one state's institution,
// named with another state's country: both codes are the dictionary's
// countries and differ.
func (mt *Matcher) otherStates(code cameo.ActorCode, country string) bool {
	c := code.Country()
	return !mt.legacy && len(code) >= 6 && c != country && mt.countries[c] && mt.countries[country] && stateRoles[string(code[3:6])]
}

// titleGap reports what may stand between a country (or its office) and a
// person it names: nothing, or up to two capitalised words no dictionary
// knows ("US House Speaker …" has "House").
func titleGap(gap []text.Token) bool {
	if len(gap) > 2 {
		return false
	}
	for _, t := range gap {
		if !startsUpper(t.Text) || strings.ContainsAny(t.Text, ".,'") {
			return false
		}
	}
	return true
}

// acronymsInParens joins a name and the acronym after it in parentheses,
// when both are the same entry: "the Asia-Pacific Economic Cooperation
// (APEC) forum" is one mention, and the words after it read as after a
// name.
func acronymsInParens(toks []text.Token, raws []raw) []raw {
	out := raws[:0]
	for k := 0; k < len(raws); k++ {
		r := raws[k]
		if k+1 < len(raws) {
			n := raws[k+1]
			if n.entry == r.entry && n.start == r.end+1 && n.end < len(toks) &&
				toks[r.end].Text == "(" && toks[n.end].Text == ")" {
				r.end = n.end + 1
				k++
			}
		}
		out = append(out, r)
	}
	return out
}

// peopleOf reports a country or demonym right before a plural demonym:
// "Bosnian Serbs", "Kosovo Albanians", "Iraqi Turkmen".
func peopleOf(toks []text.Token, r raw, raws []raw, k int) bool {
	if k+1 >= len(raws) || raws[k+1].start != r.end || raws[k+1].entry.Kind != dict.Demonym || r.entry.Region {
		return false
	}
	w := toks[raws[k+1].end-1].Lower
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men")
}

func joinTokens(ts []text.Token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// armedWords name fighters: in a text with no date, a group named with
// one of them ("UNITA rebels") is read in its armed standing rather than
// its latest one.
var armedWords = map[string]bool{
	"rebel": true, "rebels": true, "guerrilla": true, "guerrillas": true, "guerilla": true, "guerillas": true,
	"fighters": true, "militants": true, "insurgents": true, "militia": true, "militias": true,
	"militiamen": true, "gunmen": true,
}

// armedWing reports "armed wing", "military wing" and the like at i.
func armedWing(toks []text.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Lower != "wing" {
		return false
	}
	switch toks[i].Lower {
	case "armed", "military", "militarist", "militant":
		return true
	}
	return false
}

// armedCode returns, for a group matched at tokens i..j of a text with no
// date, its latest armed code (REB, SEP, UAF, MIL) when the phrase or the
// words after it name fighters ("UNITA rebels", "UNITA militarist wing").
func armedCode(e *dict.Entry, toks []text.Token, i, j int) (string, bool) {
	if e.Kind != dict.Actor || len(e.Codes) < 2 {
		return "", false
	}
	armed := j+1 < len(toks) && (armedWords[toks[j+1].Lower] || armedWing(toks, j+1))
	for k := i; k <= j && !armed; k++ {
		armed = armedWords[toks[k].Lower]
	}
	if !armed {
		return "", false
	}
	best := -1
	for k, c := range e.Codes {
		if len(c.Code) < 6 {
			continue
		}
		switch c.Code[3:6] {
		case "REB", "SEP", "UAF", "MIL":
			if best < 0 || c.From.After(e.Codes[best].From) {
				best = k
			}
		}
	}
	if best < 0 {
		return "", false
	}
	return e.Codes[best].Code, true
}

// startsUpper reports a word that starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// titledCode picks, for a person in a text with no date, the latest of
// the person's codes whose role is the title's ("GOV" for "President").
func titledCode(n raw, role string) (string, bool) {
	if !n.undated || role == "" || strings.HasSuffix(n.code, role) {
		return "", false
	}
	best := -1
	for i, c := range n.entry.Codes {
		if len(c.Code) > 3 && strings.HasPrefix(c.Code[3:], role) && (best < 0 || c.From.After(n.entry.Codes[best].From)) {
			best = i
		}
	}
	if best < 0 {
		return "", false
	}
	return n.entry.Codes[best].Code, true
}

// lowerAlpha reports a lower-case word of letters ("peacekeeping").
func lowerAlpha(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// compassWords stand between "in" and a country: "in south Serbia".
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
}

// calendarWords are capitalised words that stand beside names without
// being part of them ("On Monday Putin met Xi").
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// otherPeople drops a one-word name of a person written beside a
// capitalised word no dictionary knows: "Chadli Klibi" is not Chadli
// Bendjedid, "Gamal Mubarak" not Hosni Mubarak. A known word beside it
// ("President Mubarak", "Mubarak Administration") keeps it, and so does
// the capital of a sentence's first word, or of a verb ("Modi Announced").
// A region before such a word is part of a name too ("South Asia Free
// Trade Agreement").
func (m *Matcher) otherPeople(toks []text.Token, raws []raw) []raw {
	known := func(j int) bool {
		for _, r := range raws {
			if j >= r.start && j < r.end {
				return true
			}
		}
		return false
	}
	nameWord := func(j int) bool { // a capitalised word no dictionary knows
		if j < 0 || j >= len(toks) || known(j) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(toks[j].Text)
		return unicode.IsUpper(r) && len(toks[j].Text) > 1 && !strings.ContainsAny(toks[j].Text, ".'") && !calendarWords[toks[j].Lower]
	}
	stranger := func(j int) bool { // … nor a verb ("Modi Announced")
		return nameWord(j) && !m.verbs[toks[j].Lemma] && !m.verbs[toks[j].Lower]
	}
	out := raws[:0:0]
	for _, r := range raws {
		if r.entry.Kind == dict.Person && r.end-r.start == 1 && (stranger(r.end) || r.start > 1 && stranger(r.start-1)) {
			continue
		}
		if r.entry.Region && nameWord(r.end) {
			continue // "the South Asia Free Trade Agreement": part of a name
		}
		out = append(out, r)
	}
	return out
}

// scan finds the longest dictionary phrase at each position.
func (m *Matcher) scan(toks []text.Token, date time.Time) []raw {
	var out []raw
	for i := 0; i < len(toks); {
		best := raw{start: -1}
		m.walk(m.root, toks, i, i, date, &best)
		if best.start >= 0 {
			out = append(out, best)
			i = best.end
			continue
		}
		i++
	}
	return out
}

// walk follows the trie from node n at token j for a phrase starting at
// token i, keeping the best match.
func (m *Matcher) walk(n *node, toks []text.Token, i, j int, date time.Time, best *raw) {
	for ; j < len(toks); j++ {
		if n.gap != nil && j > i {
			for skip := 0; skip <= maxGap && j+skip < len(toks); skip++ {
				if skip > 0 && !wordToken(toks[j+skip-1].Lower) {
					break
				}
				m.walk(n.gap, toks, i, j+skip, date, best)
			}
		}
		for _, st := range n.stems {
			if strings.HasPrefix(toks[j].Lower, st.prefix) {
				m.consider(st.n, toks, i, j, date, best)
				m.walk(st.n, toks, i, j+1, date, best)
			}
		}
		if n.next == nil {
			return
		}
		c := n.next[toks[j].Lower]
		if w, ok := cutOwner(toks[j].Lower); ok && !m.legacy {
			// "Saudi-led forces", "U.S.-led troops", "a British-flagged
			// tanker": the name says whose they are ("Iranian-backed"
			// does not)
			if alt := n.next[w]; alt != nil {
				m.consider(alt, toks, i, j, date, best)
				m.walk(alt, toks, i, j+1, date, best)
			}
		}
		if c == nil && m.tabari {
			// TABARI reads a plural or fused possessive "s" off a name
			// written whole ("LIBYA_" names "Libyas")
			if w := toks[j].Lower; len(w) > 3 && w[len(w)-1] == 's' {
				c = n.next[w[:len(w)-1]]
			}
		}
		if n = c; n == nil {
			return
		}
		m.consider(n, toks, i, j, date, best)
	}
}

// consider keeps the phrases ending at node n (tokens i..j) that beat best.
func (m *Matcher) consider(n *node, toks []text.Token, i, j int, date time.Time, best *raw) {
	for _, e := range n.ends {
		if !caseOK(e.phrase, toks[i:j+1]) {
			continue
		}
		code := e.entry.CodeOn(date)
		if date.IsZero() && !m.legacy {
			code = e.entry.LatestCode()
			if c, ok := armedCode(e.entry, toks, i, j); ok {
				code = c
			}
		}
		if code == "" && e.entry.Kind == dict.Person && !m.legacy {
			code = formerOfficial(e.entry, date)
			if code == "" {
				code = lateNews(e.entry, date)
			}
		}
		if code == "" && e.entry.Kind != dict.Title {
			continue
		}
		gapped := hasGap(e.phrase)
		if best.start < 0 || j+1 > best.end || j+1 == best.end && (priority(e.entry.Kind) > priority(best.entry.Kind) || best.gapped && !gapped) {
			*best = raw{start: i, end: j + 1, entry: e.entry, code: code, gapped: gapped, undated: date.IsZero()}
		}
	}
}

// formerOfficial codes a person on a date after all of their dated roles
// have ended, when the last of them was an office (government, legislature,
// judiciary, military): a former office holder is an elite of the country,
// CCCELI, as the people-*.txt files write it for leaders whose later years
// are listed ("Theresa May" after July 2019 is GBRELI). A person whose last
// role was not an office, or who held an IGO post, stays uncoded.
func formerOfficial(e *dict.Entry, date time.Time) string {
	last, ok := lastRole(e, date)
	if !ok || len(last.Code) < 6 || last.Code[:3] == "IGO" {
		return ""
	}
	switch last.Code[3:6] {
	case "GOV", "LEG", "JUD", "MIL", "ELI":
		return last.Code[:3] + "ELI"
	}
	return ""
}

// newsLag is how long after a role ends the news still tells of its end.
const newsLag = 31 * 24 * time.Hour

// lateNews codes a person whose last role, not an office, ended in the
// month before date: a rebel leader killed or captured is reported in the
// days after ("Ismail Haniyeh was killed in an Israeli strike", published
// the next day), in the role he died or was taken in. Office holders
// become elites the day they leave (formerOfficial).
func lateNews(e *dict.Entry, date time.Time) string {
	last, ok := lastRole(e, date)
	if !ok || date.Sub(last.To) > newsLag {
		return ""
	}
	return last.Code
}

// lastRole returns the person's role that ended last, when every one of
// their dated roles has ended by date (an undated or open-ended role, or
// one not yet over, means none is former).
func lastRole(e *dict.Entry, date time.Time) (dict.DatedCode, bool) {
	var last dict.DatedCode
	if date.IsZero() || len(e.Codes) == 0 {
		return last, false
	}
	for _, c := range e.Codes {
		if c.To.IsZero() || !date.After(c.To) {
			return last, false
		}
		if c.To.After(last.To) {
			last = c
		}
	}
	return last, true
}

func hasGap(p []dict.Word) bool {
	for _, w := range p {
		if w.Gap {
			return true
		}
	}
	return false
}

// wordToken reports a token that may stand in a gap: a word, not
// punctuation.
func wordToken(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func caseOK(p []dict.Word, toks []text.Token) bool {
	if len(toks) != len(p) {
		return true // a phrase matched across a gap: its words carry no case
	}
	for k, w := range p {
		t, _ := cutOwner(toks[k].Text) // "US-led": the case of "US"
		if !dict.MatchCase(w.Case, t) {
			return false
		}
	}
	return true
}

// roleAdjective reports a word that may stand between a demonym and a
// role: "federal police", "anti-government protesters".
func roleAdjective(w string) bool {
	switch w {
	case "federal", "national", "state", "secret", "special", "regular", "elite", "local", "provincial", "regional", "riot", "border",
		"islamic", "islamist", "jihadist", "shiite", "shia", "sunni", "christian", "muslim", "maoist", "marxist", "leftist",
		"rightist", "armed", "tribal", "kurdish":
		return true // "Egyptian Islamist militants", "Iraqi Kurdish fighters"
	}
	return strings.HasPrefix(w, "anti-") || strings.HasPrefix(w, "pro-")
}

// officeWords may stand between a country's possessive and its office:
// "Argentina's new president", "Iraq's interim government", "Nigeria's
// main labour unions".
var officeWords = map[string]bool{
	"new": true, "outgoing": true, "incoming": true, "interim": true, "acting": true, "transitional": true,
	"top": true, "chief": true, "senior": true, "current": true, "elected": true, "newly-elected": true,
	"ruling": true, "main": true, "largest": true, "biggest": true, "leading": true, "powerful": true,
}

// ownerSuffixes are the endings after which a name says whose a thing is:
// "Saudi-led forces", "a British-flagged tanker", "Russian-controlled
// territory", "Houthi-held areas".
var ownerSuffixes = []string{"-led", "-flagged", "-owned", "-controlled", "-run", "-held"}

// cutOwner returns w without an owner suffix, and whether it had one.
func cutOwner(w string) (string, bool) {
	for _, suf := range ownerSuffixes {
		if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}

// priority breaks ties between entries of the same phrase: a named actor
// beats a country of the same name, a country a capital, and so on.
func priority(k dict.Kind) int {
	switch k {
	case dict.Person, dict.Actor, dict.IGO:
		return 6
	case dict.Country:
		return 5
	case dict.Capital:
		return 4
	case dict.Demonym:
		return 3
	case dict.Agent:
		return 2
	}
	return 1
}

// placePreps are the words after which a capital or country is a place.
var placePreps = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true, "across": true,
	"throughout": true, "around": true, "into": true, "within": true, "of": true, "from": true,
	"to": true, "toward": true, "towards": true, "via": true,
}

var pronouns = map[string]struct{ plural, person bool }{
	"it": {}, "they": {plural: true}, "he": {person: true}, "she": {person: true},
	"we": {plural: true}, "i": {person: true},
}

// objectPronouns are read as pronoun mentions when the matcher's
// objectPronouns option is on (TABARI dereferences "him" and "them" too).
var objectPronouns = map[string]struct{ plural, person bool }{
	"him": {person: true}, "them": {plural: true},
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our":
		return true
	}
	return false
}

// compose builds mentions from raw matches.
func compose(toks []text.Token, raws []raw, mt *Matcher) []Mention {
	actorAgent := mt.actorAgent
	var out []Mention
	for k := 0; k < len(raws); k++ {
		r := raws[k]
		next := func(gap int) (raw, bool) { // the raw match starting gap tokens after r
			if k+1 < len(raws) && raws[k+1].start == r.end+gap {
				return raws[k+1], true
			}
			return raw{}, false
		}
		switch r.entry.Kind {
		case dict.Title:
			// A title belongs to the name after it: "Major General Khalifa Haftar".
			if n, ok := next(0); ok && (n.entry.Kind == dict.Person || n.entry.Kind == dict.Title) {
				raws[k+1].start = r.start
				continue
			}
			continue // a title alone is not coded
		case dict.Country, dict.Demonym, dict.Capital:
			country := r.code[:min(3, len(r.code))]
			// Country or demonym before an agent: "Libyan army", "US State Department".
			gap := 0
			if r.end < len(toks) && toks[r.end].Lower == "'s" {
				gap = 1
				if _, ok := next(1); !ok && r.end+1 < len(toks) && (officeWords[toks[r.end+1].Lower] || roleAdjective(toks[r.end+1].Lower)) && !mt.legacy {
					gap = 2 // "Argentina's new president", "Hong Kong's pro-democracy opposition"
				}
			} else if _, ok := next(0); !ok && r.end < len(toks) && roleAdjective(toks[r.end].Lower) && !mt.legacy {
				gap = 1 // "Brazilian federal police", "Thai anti-government protesters"
			}
			if n, ok := next(gap); ok && n.entry.Kind == dict.Agent {
				h := k + 1
				if !mt.legacy {
					// "Turkish Kurd refugees": peoples before a role
					// qualify it; the last role is the head
					h = headAgent(raws, h)
					n = raws[h]
				}
				m := withAgent(country, n, r.entry)
				for q := h - 1; q > k; q-- {
					m.Entries = slices.Insert(m.Entries, 1, raws[q].entry)
				}
				k = h - 1
				m.Start = r.start
				m.How = r.entry.Kind.String() + " + agent"
				if toks[r.end].Lower == "'s" {
					m.How = r.entry.Kind.String() + "'s + agent"
				}
				if r.entry.Kind == dict.Demonym && r.start > 0 && toks[r.start-1].Lower == "ethnic" && !mt.legacy {
					// "ethnic Albanian rebels" in Macedonia: a people's
					// fighters, of the country the context gives
					m.Start--
					m.Code = "---" + m.Code[3:]
					m.How = "ethnic " + toks[r.start].Text + " + agent: a people's, country from context"
				}
				out = append(out, m)
				k++
				continue
			}
			// A country before a transnational armed group names its branch
			// there, coded as our dictionaries code the branches they
			// name ("al-Qaeda in Iraq" is IRQREB): "Iraq's al-Qaeda",
			// "Yemeni al-Qaeda militants".
			if n, ok := next(gap); ok && !mt.legacy && n.entry.Kind == dict.Actor && strings.HasPrefix(n.code, "IMG") {
				m := named(n)
				m.Start, m.Code = r.start, cameo.ActorCode(country+"REB")
				m.How = "branch in " + country + " of " + n.entry.Name + " ('" + joinTokens(toks[r.start:n.end]) + "')"
				m.Entries = append([]*dict.Entry{r.entry}, m.Entries...)
				k++
				if k+1 < len(raws) && raws[k+1].entry.Kind == dict.Agent && raws[k+1].start == m.End {
					a := raws[k+1]
					m.End = a.end // "… al-Qaeda fighters": the member noun
					m.Entries = append(m.Entries, a.entry)
					k++
				}
				out = append(out, m)
				continue
			}
			// Demonym before a named actor: "the Russian Wagner group" is the group.
			if n, ok := next(0); ok && r.entry.Kind == dict.Demonym && (n.entry.Kind == dict.Actor || n.entry.Kind == dict.Person) {
				m := named(n)
				m.Start = r.start
				m.How = "dictionary (demonym " + toks[r.start].Text + " qualifies it)"
				if mt.otherStates(m.Code, country) && n.entry.Kind == dict.Actor {
					// "the Chilean Congress": a state's institution named
					// as another's is that other state's
					m.Code = cameo.ActorCode(country) + m.Code[3:]
					m.How = "dictionary, moved to " + country + " by the demonym " + toks[r.start].Text + " before it"
				}
				m.Entries = append([]*dict.Entry{r.entry}, m.Entries...)
				out = append(out, m)
				k++
				continue
			}
			m := named(r)
			prev := ""
			if r.start > 0 {
				prev = toks[r.start-1].Lower
			}
			switch {
			case r.entry.Kind == dict.Capital && placePreps[prev] && !(r.end < len(toks) && toks[r.end].Lower == "'s"): // "to Washington's plans": the owner
				m.Role = Place
				m.How = "place: capital after '" + prev + "'"
			case r.entry.Kind == dict.Capital && (prev == "capital" || prev == "city") && !mt.legacy:
				// "shelled the capital Kabul", "the southern regional
				// capital Juba": the city named, not its government
				m.Role = Place
				m.How = "place: capital named after '" + prev + "'"
			case r.entry.Region && r.entry.Kind == dict.Country && placePreps[prev] && prev != "of" && !mt.legacy:
				// "a trip to North Africa": where, not who
				m.Role = Place
				m.How = "place: region after '" + prev + "'"
			case r.entry.Kind != dict.Demonym && !mt.legacy && nounModifier(toks, r, mt):
				// "a Kabul car bombing", "the Iran nuclear deal": the place
				// names the noun's owner (its country), it does no act
				m.Role = Modifier
				m.Code = cameo.ActorCode(country)
				m.How = r.entry.Kind.String() + " qualifying the noun '" + toks[r.end].Text + "'"
			case (r.entry.Kind == dict.Demonym || r.entry.Kind == dict.Country) && !mt.legacy && peopleOf(toks, r, raws, k):
				// "Bosnian Serbs", "Kosovo Albanians": a people of the
				// first country, not the citizens of the second
				m.Code, m.Plural = cameo.ActorCode(country)+"CVL", true
				m.End = raws[k+1].end
				m.Entries = append(m.Entries, raws[k+1].entry)
				m.How = "people living in " + country + ": '" + joinTokens(toks[r.start:m.End]) + "'"
			case r.entry.Kind == dict.Demonym && !demonymIsNoun(toks, r):
				m.Role = Modifier
				m.How = "demonym qualifying a non-actor noun"
			case r.entry.Kind == dict.Demonym && prev == "ethnic" && !mt.legacy:
				// "ethnic Albanians in Serbia": a people, not the citizens
				// of Albania; they are civilians of the country they live
				// in, when the phrase names it
				m.Start--
				m.Code, m.Plural = "---CVL", true
				m.How = "ethnic group: civilians of no known country"
				at := r.end + 1 // "in Serbia", "in south Serbia"
				if at < len(toks) && compassWords[toks[at].Lower] {
					at++
				}
				if k+1 < len(raws) && r.end < len(toks) && toks[r.end].Lower == "in" && raws[k+1].start == at && raws[k+1].entry.Kind == dict.Country {
					m.Code = cameo.ActorCode(raws[k+1].code) + "CVL"
					m.How = "ethnic group: civilians of the country named after 'in'"
					m.End = raws[k+1].end // the country is part of the phrase
					m.Entries = append(m.Entries, raws[k+1].entry)
				}
			case r.entry.Kind == dict.Demonym:
				m.Code = cameo.ActorCode(country)
				m.Plural = true
				m.How = "demonym as a noun"
			}
			out = append(out, m)
			for k+1 < len(raws) && raws[k+1].start < m.End {
				k++ // the phrase took the raw matches after it
			}
		case dict.Agent:
			if !mt.legacy && r.start > 0 && degreeWords[toks[r.start-1].Lower] {
				continue // "if you're not so firm": an adjective, no agent
			}
			if !mt.legacy && r.code == "CVL" && r.end < len(toks) && placeNouns[toks[r.end].Lower] && !(k+1 < len(raws) && raws[k+1].start == r.end) {
				continue // "the Chechen capital Grozny": a people naming a place
			}
			// "former president Carlos Menem": the person, as an elite of
			// their country, whatever office the date gives them
			if n, ok := next(0); ok && r.code == "ELI" && n.entry.Kind == dict.Person && !mt.legacy {
				m := named(n)
				m.Start = r.start
				if c := m.Code.Country(); len(c) == 3 && c != "---" && c != "IGO" {
					m.Code = cameo.ActorCode(c + "ELI")
				}
				m.How = "person after '" + toks[r.start].Text + " " + toks[r.end-1].Text + "': an elite of their country"
				m.Entries = append([]*dict.Entry{r.entry}, m.Entries...)
				out = append(out, m)
				k++
				continue
			}
			// "welcomed President Reagan's statement": a capitalised role
			// right before a person the dictionaries know is that
			// person's title; the person's dated code says more
			if n, ok := next(0); ok && n.entry.Kind == dict.Person && !mt.legacy && startsUpper(toks[r.start].Text) {
				m := named(n)
				m.Start = r.start
				m.How = "person with the title '" + toks[r.start].Text + "…': " + m.How
				if c, ok := titledCode(n, r.code); ok {
					// undated "President Reagan": the presidency, not
					// his latest standing as a former president
					m.Code = cameo.ActorCode(c)
					m.How += "; no date: the latest code with the title's role " + r.code
				}
				m.Entries = append(m.Entries, r.entry)
				out = append(out, m)
				k++
				continue
			}
			if actorAgent {
				if am, kk, ok := agentBeforeActor(toks, raws, k, mt.agentGap); ok {
					out = append(out, am)
					k = kk
					continue
				}
				if lm, kk, ok := agentOfActors(toks, raws, k, mt.tabari); ok {
					out = append(out, lm)
					k = kk
					continue
				}
			}
			if !mt.legacy {
				// "the delegations of Cyprus, Greece and Israel": one
				// mention for the agents of each country
				if lm, kk, ok := agentOfActors(toks, raws, k, false); ok && len(lm.Also) > 0 {
					lm.Plural = true
					out = append(out, lm)
					k = kk
					continue
				}
			}
			if h := headAgent(raws, k); h > k && !mt.legacy {
				// "Karen guerrilla", "Tamil civilian refugees": peoples
				// qualifying a role; the last role is the head
				m := agentOf(toks, raws, h)
				m.Start = r.start
				for q := h - 1; q >= k; q-- {
					m.Entries = slices.Insert(m.Entries, 0, raws[q].entry)
				}
				out = append(out, m)
				k = h
				continue
			}
			if n, ok := next(0); ok && !mt.legacy && n.entry.Kind == dict.Agent && leaderWords[toks[n.end-1].Lower] && r.code != "GOV" {
				// "student leaders", "union spokesman": who speaks or
				// leads for the role before is of that role
				m := agentOf(toks, raws, k)
				m.End = n.end
				m.Entries = append(m.Entries, n.entry)
				m.How += " (its '" + toks[n.end-1].Text + "')"
				out = append(out, m)
				k++
				continue
			}
			m := agentOf(toks, raws, k)
			if m.End > r.end {
				// consumed the actor after "of"
				for k+1 < len(raws) && raws[k+1].start < m.End {
					k++
				}
			}
			out = append(out, m)
		default:
			m := named(r)
			if actorAgent {
				// "Bree President Romendacil", "Dagolath's first Deputy
				// Prime Minister Telemar": the actor qualifies the agent
				// after it (a few words may stand between), and a name
				// right after the agent is the same person.
				if am, kk, ok := actorWithAgent(toks, raws, k, mt.agentGap); ok {
					out = append(out, am)
					k = kk
					continue
				}
			}
			// Possessive named actor before an agent: "Putin's government".
			if r.end < len(toks) && toks[r.end].Lower == "'s" {
				if n, ok := next(1); ok && n.entry.Kind == dict.Agent && r.entry.Kind != dict.IGO {
					am := withAgent(m.Code.Country(), n, r.entry)
					am.Start = r.start
					am.How = r.entry.Kind.String() + "'s + agent"
					out = append(out, am)
					k++
					continue
				}
			}
			// An organisation before a role is its staff or force: "NATO
			// peacekeeping troops", "the International Criminal Court's
			// prosecutor" (one lower-case word or a possessive may stand
			// between); its officials are the organisation ("EU foreign
			// ministers").
			if r.entry.Kind == dict.IGO && !mt.legacy {
				gap := -1
				if n, ok := next(0); ok && n.entry.Kind == dict.Agent {
					gap = 0
				} else if n, ok := next(1); ok && n.entry.Kind == dict.Agent && (toks[r.end].Lower == "'s" || lowerAlpha(toks[r.end].Text) && !mt.verbs[toks[r.end].Lemma]) {
					gap = 1
				}
				if gap >= 0 {
					n := raws[k+1]
					am := withAgent(r.code, n, r.entry)
					am.Start, am.Role = r.start, Named
					am.How = "organisation + role"
					if n.code == "GOV" {
						// "EU leaders", "ASEAN foreign ministers": its
						// officials act as the organisation
						am.Code = cameo.ActorCode(r.code)
						am.How = "organisation + its officials"
					}
					out = append(out, am)
					k++
					continue
				}
			}
			// A named group before a member noun is the group: "Hamas
			// fighters", "Islamic State militants".
			if n, ok := next(0); ok && n.entry.Kind == dict.Agent && r.entry.Kind == dict.Actor {
				m.End = n.end
				m.How += " (+ member noun '" + n.entry.Name + "')"
				m.Entries = append(m.Entries, n.entry)
				out = append(out, m)
				k++
				continue
			}
			out = append(out, m)
		}
	}
	for i := range out {
		if w := toks[out[i].End-1].Lower; strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			out[i].Plural = true
		}
	}
	if !mt.legacy {
		nameAfterRole(toks, out)
		out = oppositionParty(out)
		followersOf(toks, out)
	}
	return addPronouns(toks, out, mt.objectPronouns)
}

// nameAfterRole extends a singular role noun over the name after it that
// no dictionary knows: "Peruvian journalist Juan Perez" is one mention, a
// person of the role's code, so that what follows the name reads on
// ("accused Peruvian journalist Juan Perez of spying").
func nameAfterRole(toks []text.Token, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Person || m.Plural || len(m.Entries) == 0 || m.Entries[len(m.Entries)-1].Kind != dict.Agent || !lowerAlpha(toks[m.End-1].Text) {
			continue
		}
		end := m.End
		if i+1 < len(ms) {
			end = min(len(toks), ms[i+1].Start)
		} else {
			end = len(toks)
		}
		j := m.End
		for j < end && j < m.End+3 && nameToken(toks[j].Text) && !calendarWords[toks[j].Lower] && toks[j].Lower != "today" && toks[j].Lower != "yesterday" {
			j++
		}
		if j == m.End || j-m.End < 2 && j < len(toks) && toks[j].Lower == "'s" || i+1 < len(ms) && ms[i+1].Start == j {
			// no name; one word owning something ("army General's"); or
			// a name qualifying the next actor ("the opposition Move
			// Forward party")
			continue
		}
		m.How += " (+ the name '" + joinTokens(toks[m.End:j]) + "', which no dictionary knows)"
		m.RoleEnd, m.End, m.Person = m.End, j, true
	}
}

// followersOf reads a person's name before a word for followers as the
// followers, not the person: "Trump supporters stormed the Capitol" are
// civilians of the United States, "Navalny supporters" the opposition the
// person leads.
func followersOf(toks []text.Token, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if !m.Person || m.Role != Named || m.End >= len(toks) || !followerWords[toks[m.End].Lower] || i+1 < len(ms) && ms[i+1].Start == m.End {
			continue
		}
		role := "CVL"
		if strings.HasSuffix(string(m.Code), "OPP") {
			role = "OPP"
		}
		m.Code = cameo.ActorCode(m.Code.Country()) + cameo.ActorCode(role)
		m.How += " (+ '" + toks[m.End].Text + "': the person's followers, " + role + ")"
		m.End++
		m.Person, m.Plural = false, true
	}
}

// followerWords are the people who follow a person named before them.
var followerWords = map[string]bool{"supporters": true, "loyalists": true, "followers": true, "backers": true,
	"sympathizers": true, "sympathisers": true, "partisans": true, "devotees": true}

// oppositionParty reads "opposition" right before a party as the party
// in opposition: "the opposition Movement for Democratic Change" is one
// mention, ZWEOPP.
func oppositionParty(ms []Mention) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Role == BareAgent && m.Code == "OPP" && i+1 < len(ms) && ms[i+1].Start == m.End && ms[i+1].Role == Named &&
			strings.HasSuffix(string(ms[i+1].Code), "PTY") && len(ms[i+1].Code) >= 6 {
			p := ms[i+1]
			p.Start, p.Code = m.Start, cameo.ActorCode(p.Code.Country())+"OPP"
			p.How += " ('opposition' before it: the party in opposition)"
			p.Entries = append(p.Entries, m.Entries...)
			out = append(out, p)
			i++
			continue
		}
		out = append(out, m)
	}
	return out
}

// nameToken reports a capitalised word that is not all capitals: a name's
// part ("Perez"), not an acronym or a sentence's shouting.
func nameToken(w string) bool {
	return len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && strings.ToUpper(w) != w && lowerAlpha(strings.ToLower(w))
}

func named(r raw) Mention {
	m := Mention{
		Start: r.start, End: r.end, Code: cameo.ActorCode(r.code), Name: r.entry.Name,
		Person: r.entry.Kind == dict.Person, How: "dictionary " + r.entry.Kind.String(),
		Entries: []*dict.Entry{r.entry},
	}
	return m
}

// actorWithAgent composes the named actor raws[k] with an agent after it:
// directly, after "'s", or after up to two unmatched words. It returns the
// mention and the index of the last raw match used.
func actorWithAgent(toks []text.Token, raws []raw, k, maxGap int) (Mention, int, bool) {
	r := raws[k]
	if k+1 >= len(raws) || raws[k+1].entry.Kind != dict.Agent {
		return Mention{}, k, false
	}
	n := raws[k+1]
	gap := n.start - r.end
	if gap > 0 && toks[r.end].Lower == "'s" {
		gap--
	}
	if gap > maxGap {
		return Mention{}, k, false
	}
	for j := r.end; j < n.start; j++ {
		w := toks[j].Lower
		// "Ithilen's awful and evil minister": adjectives, joined by "and"
		if w != "'s" && w != "'" && !isWord(w) && !(w == "and" && j > r.end && j+1 < n.start) {
			return Mention{}, k, false
		}
	}
	am := withAgent(r.code, n, r.entry)
	am.Start = r.start
	am.How = r.entry.Kind.String() + " + agent"
	kk := k + 1
	// stacked agents compose in turn: "Danish Islamist media" → DNK MUS MED
	for kk+1 < len(raws) && raws[kk+1].entry.Kind == dict.Agent && raws[kk+1].start == raws[kk].end {
		kk++
		am.Code = composeCode(string(am.Code), raws[kk])
		am.End = raws[kk].end
		am.Entries = append(am.Entries, raws[kk].entry)
	}
	// agents joined by "and" share the actor: "Danish media and government"
	base := string(am.Code)[:len(am.Code)-len(raws[kk].code)]
	for kk+1 < len(raws) && raws[kk+1].entry.Kind == dict.Agent && raws[kk+1].start == raws[kk].end+1 && toks[raws[kk].end].Lower == "and" {
		kk++
		am.Also = append(am.Also, composeCode(base, raws[kk]))
		am.End = raws[kk].end
		am.Entries = append(am.Entries, raws[kk].entry)
	}
	if kk+1 < len(raws) && raws[kk+1].start == n.end && raws[kk+1].entry.Kind != dict.Agent {
		// the person's name after the title: part of the mention
		kk++
		am.End = raws[kk].end
		am.Entries = append(am.Entries, raws[kk].entry)
	}
	return am, kk, true
}

// agentBeforeActor reads an agent whose role comes first ("NGO~") right
// before a named actor as one mention: "MSF Arnor" is NGO + ARN, and with
// an agent after the actor, "MSF Arnor diplomat", NGO + ARN + GOV. It
// returns the mention and the index of the last raw match used.
func agentBeforeActor(toks []text.Token, raws []raw, k, maxGap int) (Mention, int, bool) {
	r := raws[k]
	if !r.entry.AgentFirst || k+1 >= len(raws) {
		return Mention{}, k, false
	}
	n := raws[k+1]
	if n.start != r.end || n.entry.Kind == dict.Agent || n.entry.Kind == dict.Title {
		return Mention{}, k, false
	}
	m, kk, ok := actorWithAgent(toks, raws, k+1, maxGap)
	if !ok {
		m, kk = named(n), k+1
	}
	if !strings.HasPrefix(string(m.Code), r.code) { // NGM + NGM stays NGM
		m.Code = cameo.ActorCode(r.code) + m.Code
	}
	m.Start = r.start
	m.Person = false
	m.How = "agent + " + m.How
	m.Entries = append([]*dict.Entry{r.entry}, m.Entries...)
	return m, kk, true
}

func isWord(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return w != "" && !isDeterminer(w) && w != "and" && w != "or"
}

// withAgent codes an agent qualified by a country: LBY + MIL; an agent
// written "NGO~" puts its role first: NGO + LBY.
func withAgent(country string, agent raw, qual *dict.Entry) Mention {
	return Mention{
		Start: agent.start, End: agent.end,
		Code:    composeCode(country, agent),
		Name:    qual.Name + " " + agent.entry.Name,
		Entries: []*dict.Entry{qual, agent.entry},
	}
}

// composeCode puts an actor code and an agent's role together: ARN + GOV
// → ARNGOV, or GOV first for agents written "GOV~". A role the actor code
// already holds is not repeated: USAGOV + GOV stays USAGOV.
func composeCode(actor string, agent raw) cameo.ActorCode {
	for i := 3; i+len(agent.code) <= len(actor); i += 3 {
		if actor[i:i+len(agent.code)] == agent.code {
			return cameo.ActorCode(actor)
		}
	}
	if agent.entry.AgentFirst {
		return cameo.ActorCode(agent.code + actor)
	}
	return cameo.ActorCode(actor + agent.code)
}

// agentOfActors reads, in the PETRARCH way of composing codes, agents
// joined by "and" followed by "of", "in" or "from" and actors joined by
// "and" and commas: "lawmakers and officials in Arnor and Gondor" is one
// mention with the codes ARNLEG, ARNGOV, GONLEG, GONGOV. With firstOnly
// (TABARI) the agents go with the first actor alone: ARNLEG, ARNGOV, GON.
// It returns the mention and the last raw match used.
func agentOfActors(toks []text.Token, raws []raw, k int, firstOnly bool) (Mention, int, bool) {
	agents := []raw{raws[k]}
	kk := k
	for kk+1 < len(raws) && raws[kk+1].entry.Kind == dict.Agent {
		gap := toks[raws[kk].end:raws[kk+1].start]
		if len(gap) != 1 || gap[0].Lower != "and" {
			break
		}
		kk++
		agents = append(agents, raws[kk])
	}
	j := raws[kk].end
	if j >= len(toks) {
		return Mention{}, k, false
	}
	switch toks[j].Lower {
	case "of", "in", "from":
	default:
		return Mention{}, k, false
	}
	j++
	var actors []raw
	for kk+1 < len(raws) {
		for j < len(toks) && (isDeterminer(toks[j].Lower) || len(actors) > 0 && (toks[j].Lower == "and" || toks[j].Lower == ",")) {
			j++
		}
		n := raws[kk+1]
		if n.start != j || n.entry.Kind == dict.Agent || n.entry.Kind == dict.Title {
			break
		}
		actors = append(actors, n)
		kk++
		j = n.end
	}
	if len(actors) == 0 {
		return Mention{}, k, false
	}
	m := Mention{Start: agents[0].start, End: actors[len(actors)-1].end, Role: Named, How: "agent " + toks[raws[k].end].Lower + " actor"}
	for i, a := range actors {
		for _, g := range agents {
			c := composeCode(a.code, g)
			if i > 0 && firstOnly {
				c = cameo.ActorCode(a.code) // TABARI: the agent goes with the first actor only
			}
			if m.Code == "" {
				m.Code, m.Name = c, a.entry.Name
			} else {
				m.Also = append(m.Also, c)
			}
		}
		m.Entries = append(m.Entries, a.entry)
	}
	for _, g := range agents {
		m.Entries = append(m.Entries, g.entry)
	}
	return m, kk, true
}

// agentOf codes an agent at raws[k]: "the forces of Khalifa Haftar", "the
// army of Libya", or a bare agent left for the coder.
// leaderWords lead or speak for the role written before them.
var leaderWords = map[string]bool{"leader": true, "leaders": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "chief": true, "chiefs": true, "head": true, "heads": true,
	// "Senate President", "parliament speaker", "union chairman"
	"president": true, "speaker": true, "chairman": true, "chairwoman": true}

// headAgent returns the last of the agents written right after raw k
// while each before it is a people or "civilian" (CVL): k itself when
// none follows.
func headAgent(raws []raw, k int) int {
	for k+1 < len(raws) && raws[k].code == "CVL" && raws[k].entry.Kind == dict.Agent &&
		raws[k+1].entry.Kind == dict.Agent && raws[k+1].start == raws[k].end {
		k++
	}
	return k
}

func agentOf(toks []text.Token, raws []raw, k int) Mention {
	r := raws[k]
	m := Mention{Start: r.start, End: r.end, Code: cameo.ActorCode(r.code), Name: r.entry.Name,
		Role: BareAgent, Entries: []*dict.Entry{r.entry}, How: "agent without a country"}
	if r.end < len(toks) && toks[r.end].Lower == "of" && k+1 < len(raws) {
		n := raws[k+1]
		j := r.end + 1
		for j < n.start && isDeterminer(toks[j].Lower) {
			j++
		}
		// allow titles between: "the forces of Major General Khalifa Haftar"
		kk := k + 1
		for kk < len(raws) && raws[kk].entry.Kind == dict.Title && raws[kk].start == j {
			j = raws[kk].end
			kk++
		}
		if kk < len(raws) && raws[kk].start == j {
			n = raws[kk]
			switch n.entry.Kind {
			case dict.Country, dict.Capital, dict.Demonym:
				m.Code = cameo.ActorCode(n.code[:min(3, len(n.code))] + r.code)
				m.Role = Named
				m.End = n.end
				m.Entries = append(m.Entries, n.entry)
				m.How = "agent of country"
			case dict.Actor, dict.Person, dict.IGO:
				// part of a named actor: its representatives, its forces
				m.Code = cameo.ActorCode(n.code)
				m.Name = n.entry.Name
				m.Role = Named
				m.End = n.end
				m.Entries = append(m.Entries, n.entry)
				m.How = "agent of " + n.entry.Kind.String()
			}
		}
	}
	return m
}

// nounModifier reports whether the country or capital r stands before a
// lower-case noun that it qualifies ("Kabul car bombing", "Iran nuclear
// programme") rather than before its verb ("Kabul said", "Russia will",
// "Russia put"). Agents after it were composed before this is asked. The
// word is taken for a verb when it is inflected (its lemma differs from
// its form), a modal, an uninflected past (put, hit, cut, …), or, after a
// compound subject ("the US and Russia agree") or "that" ("demanded that
// the US cancel"), a verb anchor or speech lemma; and for no noun when it is a function word or an -ly adverb.
func nounModifier(toks []text.Token, r raw, mt *Matcher) bool {
	if r.end >= len(toks) {
		return false
	}
	t := &toks[r.end]
	w := t.Lower
	if w == "" || t.Text[0] < 'a' || t.Text[0] > 'z' || !isWord(w) || strings.Contains(w, "-") {
		return false
	}
	if t.Lemma != w || notNoun[w] || mt.modal[w] || len(w) > 4 && strings.HasSuffix(w, "ly") {
		return false
	}
	b := r.start - 1
	if b > 0 && toks[b].Lower == "the" {
		b--
	}
	if b >= 0 {
		switch toks[b].Lower {
		case "and", "or", ",", "nor", "that", "whether", "if", "let", "help", "helped", "helping", "helps", "assist", "assisted":
			// a compound subject or a subjunctive: "demanded that the
			// US cancel", "let Russia decide", "helped Bolivia attack"
			if mt.verbs[w] {
				return false
			}
		}
	}
	return true
}

// notNoun are closed-class words and adverbs that follow a subject without
// being nouns it could qualify: "Russia also said", "Iran last week",
// "Moscow, which", "Turkey itself"; predicate adjectives ("found Russia
// responsible").
var notNoun = wordSet(`
		a an the this that these those its their his her our my your which who whom whose what where when while whether
		and or nor but so yet if as than then because since although though unless until after before once
		about above across against along amid among around at behind below beneath beside besides between beyond by
		despite down during except for from in inside into like near of off on onto out outside over past per
		through throughout till to toward towards under unlike up upon via with within without
		also again already still even only just too now later earlier soon yesterday today tonight tomorrow
		last next ago recently previously meanwhile however instead there here ever never not no nor
		alone itself himself herself themselves itself both each either neither all some any much many more most
		has have had is are was were be been being am do does did will would shall should can could may might must
		put hit cut set let quit shut cast spread bid hurt beat upset burst broadcast forecast read thrust
		one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds
		thousand thousands million millions billion billions dozen dozens several few other others another such
		who's it's following including regarding concerning according during pending notwithstanding
		broke struck fought sought took gave made went came led met sent won lost held told said began drew threw
		flew drove rose fell shot left found chose froze stole swore tore spoke withdrew overran undertook
		hard late early fast well back away home abroad together
		responsible guilty liable accountable culpable innocent
	`)

func wordSet(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}

// demonymIsNoun tells a demonym used as a noun ("the Libyans said") from
// one qualifying a non-actor noun ("Libyan interests").
func demonymIsNoun(toks []text.Token, r raw) bool {
	// plural demonyms name the people: "Libyans", "Americans"
	if strings.HasSuffix(toks[r.end-1].Lower, "s") || r.end >= len(toks) {
		return true
	}
	// "thousands of Burmese marched": counted, the people
	if b := r.start - 1; b >= 1 && toks[b].Lower == "of" && countWords[toks[b-1].Lower] {
		return true
	}
	// followed by a word: an adjective
	nx := toks[r.end].Text
	c := nx[0]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}

// countWords count people: "thousands of Burmese".
var countWords = map[string]bool{"hundreds": true, "thousands": true, "dozens": true, "millions": true,
	"tens": true, "scores": true}

// addPronouns adds subject pronouns as mentions for the coder to resolve.
func addPronouns(toks []text.Token, ms []Mention, objects bool) []Mention {
	var out []Mention
	k := 0
	for i, t := range toks {
		p, ok := pronouns[t.Lower]
		if !ok && objects {
			p, ok = objectPronouns[t.Lower]
		}
		if !ok {
			continue
		}
		for k < len(ms) && ms[k].End <= i {
			out = append(out, ms[k])
			k++
		}
		if k < len(ms) && ms[k].Start <= i {
			continue
		}
		out = append(out, Mention{Start: i, End: i + 1, Role: Pronoun, Plural: p.plural, Person: p.person,
			How: "pronoun '" + t.Text + "'"})
	}
	return append(out, ms[k:]...)
}
