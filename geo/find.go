package geo

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/annals-project/annals/text"
)

// Role says how a mention names its place.
type Role uint8

// Mention roles.
const (
	Plain    Role = iota // a name with no cue: "Tripoli said", "Libya's sovereignty"
	Literal              // after a place preposition: "in Sirte", "the city of Sirte", "east of Tripoli"
	Modifier             // qualifies a following name: "Benghazi-based forces", "Texas Governor"
	Demonym              // a demonym: "Libyan", "Libyans"
)

func (r Role) String() string {
	switch r {
	case Plain:
		return "plain"
	case Literal:
		return "literal"
	case Modifier:
		return "modifier"
	case Demonym:
		return "demonym"
	}
	return "role?"
}

// Candidate is one possible referent of a mention with its score.
type Candidate struct {
	Place Place
	Score float64
	Why   string // the parts of the score: "population 1150989, capital, Libya named in the article"
}

// Mention is one place name found in the text.
type Mention struct {
	Sentence   int    // the sentence's Index
	Start, End int    // byte offsets in the document text (the text given to text.Split)
	SpanStart  int    // code points within the sentence
	SpanEnd    int    //
	Text       string // the words as written: "Sirte", "Benghazi" (of "Benghazi-based")
	Role       Role
	Place      Place       // the chosen referent
	Candidates []Candidate // best first, at most five
	Reason     string      // why this referent was chosen

	cands   []int32 // gazetteer entries named Text
	demonym bool
	qual    []int32 // entries of a ", State" or ", Country" qualifier after the name
	capital bool    // "the capital of X", "the capital, X"
	speech  bool    // a speech verb follows: "Lincoln said" (a person, not a place)
	from    bool    // after "from": where an actor comes from, not where the event is
	allCaps bool
}

// Places is what Find found in one article.
type Places struct {
	g        *Gazetteer
	Mentions []Mention // in text order
	// Main is the article's main place: the country its places and
	// demonyms name most (ties: the first named). Events whose sentence
	// names no place take it, marked inferred.
	Main      Place
	MainCount int
	bySent    map[int][2]int // sentence → mentions [from, to)
}

// placePreps are words after which a name is the place itself.
var placePreps = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "into": true, "across": true,
	"around": true, "throughout": true, "from": true, "to": true, "toward": true, "towards": true,
	"inside": true, "within": true, "through": true, "via": true, "over": true, "off": true,
	"between": true, "on": true, "beyond": true, "past": true,
}

// ofNouns are nouns that make "NOUN of X" a place: "the city of Sirte",
// "east of the capital of Tripoli".
var ofNouns = map[string]bool{
	"city": true, "town": true, "village": true, "capital": true, "province": true, "state": true,
	"region": true, "district": true, "county": true, "governorate": true, "outskirts": true,
	"suburbs": true, "port": true, "island": true, "north": true, "south": true, "east": true,
	"west": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"centre": true, "center": true, "streets": true,
}

// leadWords are capitalised words that do not make a following place part
// of a longer name: sentence openers and compass adjectives ("In Sirte",
// "Southern Libya").
var leadWords = map[string]bool{
	"in": true, "at": true, "on": true, "the": true, "a": true, "an": true, "from": true, "to": true,
	"for": true, "near": true, "after": true, "before": true, "since": true, "during": true,
	"as": true, "by": true, "with": true, "and": true, "but": true, "if": true, "when": true,
	"while": true, "outside": true, "inside": true, "across": true, "throughout": true, "both": true,
	"many": true, "most": true, "last": true, "meanwhile": true, "also": true, "then": true,
	"however": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "all": true,
	"like": true, "unlike": true, "between": true, "around": true, "of": true, "over": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"rural": true, "downtown": true, "neighbouring": true, "neighboring": true, "nearby": true,
}

// functionWords are never place names, whatever the gazetteer holds (Of
// in Turkey, As in Belgium).
var functionWords = map[string]bool{
	"of": true, "as": true, "at": true, "is": true, "it": true, "to": true, "in": true, "on": true,
	"the": true, "a": true, "an": true, "and": true, "but": true, "for": true, "by": true, "or": true,
	"be": true, "he": true, "she": true, "we": true, "they": true, "this": true, "that": true,
	"i": true, "you": true, "so": true, "no": true, "if": true, "do": true, "all": true,
	"said": true, "says": true, "say": true, "also": true, "even": true, "more": true, "most": true,
	"university": true, "college": true, "center": true, "centre": true, "union": true,
	"police": true, "president": true, "minister": true, "state": true, "city": true, "county": true,
	"east": true, "west": true, "north": true, "south": true, "central": true, "southern": true,
	"northern": true, "western": true, "eastern": true, "federal": true, "capital": true, "coast": true,
	"island": true, "islands": true, "republic": true, "national": true, "new": true, "great": true,
	"middle": true, "upper": true, "lower": true, "old": true, "little": true, "saint": true,
}

// calendarWords are months and days, places only with a qualifier ("May,
// Texas").
var calendarWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// compoundSuffixes make "X-based" a modifier naming place X.
var compoundSuffixes = map[string]bool{
	"based": true, "born": true, "led": true, "backed": true, "held": true, "controlled": true,
	"bound": true, "area": true, "region": true, "headquartered": true,
}

// speechLemmas after a bare name make it a person or a metonym.
var speechLemmas = map[string]bool{
	"say": true, "tell": true, "add": true, "write": true, "argue": true, "claim": true, "told": true, "said": true,
}

// Find finds and resolves the place mentions of an article's sentences.
// hints are ISO alpha-2 country codes known from elsewhere (the countries of
// the article's actors); they count as context like a country named once.
func (g *Gazetteer) Find(sents []text.Sentence, hints ...string) *Places {
	ps := &Places{g: g}
	var buf []byte
	for si := range sents {
		ps.Mentions = g.recognise(&sents[si], sents[si].Index, ps.Mentions, &buf)
	}
	if len(ps.Mentions) == 0 {
		return ps
	}
	g.resolve(ps, hints, g.personWords(sents, &buf))
	return ps
}

// personWords collects the words the article uses inside longer capitalised
// names that are not places ("Willie Nelson", "Paul Manafort"): the last
// word of such a name, and its first word unless that is a country, state or
// large city. A lone "Nelson" or "Paul" elsewhere in the article is then
// taken for the person, not for Nelson, British Columbia.
func (g *Gazetteer) personWords(sents []text.Sentence, buf *[]byte) map[string]bool {
	var out map[string]bool
	for si := range sents {
		toks := sents[si].Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !capitalised(&toks[i]) || leadWords[toks[i].Lower] || !capitalised(&toks[i+1]) ||
				toks[i].Flags&text.Abbrev != 0 {
				continue
			}
			j := i + 1
			for j < len(toks) && capitalised(&toks[j]) {
				j++
			}
			if n, _ := g.longest(toks, i, buf); n == j-i {
				i = j - 1
				continue // the whole run is a place name
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[toks[j-1].Text] = true
			if !g.bigName(toks[i].Text) {
				out[toks[i].Text] = true
			}
			i = j - 1
		}
	}
	return out
}

// bigName reports whether a name may stand for a country, a state, a
// demonym or a city of 100,000 people or more.
func (g *Gazetteer) bigName(name string) bool {
	if _, ok := g.demonyms[name]; ok {
		return true
	}
	for _, i := range g.names[strings.ToLower(name)] {
		if p := g.entry(i); p.Kind != City || p.Population >= 100000 {
			return true
		}
	}
	return false
}

// InSentence returns the mentions of the sentence whose Index is si.
func (ps *Places) InSentence(si int) []Mention {
	r, ok := ps.bySent[si]
	if !ok {
		return nil
	}
	return ps.Mentions[r[0]:r[1]]
}

func capitalised(t *text.Token) bool {
	return t.Kind == text.Word && t.Flags&text.Capitalized != 0
}

// recognise appends the candidate mentions of one sentence.
func (g *Gazetteer) recognise(s *text.Sentence, si int, out []Mention, buf *[]byte) []Mention {
	toks := s.Tokens
	for i := 0; i < len(toks); {
		t := &toks[i]
		if !capitalised(t) {
			i++
			continue
		}
		// "Syria-Turkey border", "Austro-Hungarian": the parts of a
		// hyphenated word that is no name itself, when they are countries
		// or demonyms.
		if h := strings.IndexByte(t.Lower, '-'); h > 0 && !compoundSuffixes[t.Lower[h+1:]] && len(g.names[t.Lower]) == 0 {
			out = g.hyphenParts(s, si, t, out)
			i++
			continue
		}
		// "Benghazi-based": the part before a hyphen and a known suffix.
		if h := strings.IndexByte(t.Lower, '-'); h > 0 && compoundSuffixes[t.Lower[h+1:]] {
			if c := g.names[t.Lower[:h]]; len(c) > 0 {
				m := Mention{Sentence: si, Start: t.Start, End: t.Start + h, Text: t.Text[:h], Role: Modifier, cands: c}
				out = append(out, g.finishMention(s, m))
			} else if d, ok := g.demonyms[t.Text[:h]]; ok {
				m := Mention{Sentence: si, Start: t.Start, End: t.Start + h, Text: t.Text[:h], Role: Demonym, cands: []int32{d}, demonym: true}
				out = append(out, g.finishMention(s, m))
			}
			i++
			continue
		}
		best, cands := g.longest(toks, i, buf)
		demonym := false
		if best <= 1 {
			if d, ok := g.demonyms[t.Text]; ok {
				best, cands, demonym = 1, []int32{d}, true
			}
			if i+1 < len(toks) && capitalised(&toks[i+1]) {
				if d, ok := g.demonyms[t.Text+" "+toks[i+1].Text]; ok { // "Latin American", "South Korean"
					best, cands, demonym = 2, []int32{d}, true
				}
			}
		}
		if best == 0 {
			i++
			continue
		}
		j := i + best
		m := Mention{Sentence: si, Start: t.Start, End: toks[j-1].End, cands: cands, demonym: demonym}
		m.Text = s.Text[m.Start-s.Start : m.End-s.Start]
		if g.accept(toks, i, j, &m) {
			out = append(out, g.finishMention(s, m))
		}
		i = j
	}
	return out
}

// hyphenParts appends the parts of a hyphenated token that name a country
// (by name or demonym): "Syria-Turkey" → Syria, Turkey; "US-led" is handled
// as a compound before this.
func (g *Gazetteer) hyphenParts(s *text.Sentence, si int, t *text.Token, out []Mention) []Mention {
	off := 0
	for _, part := range strings.Split(t.Text, "-") {
		start := t.Start + off
		off += len(part) + 1
		if part == "" || !unicode.IsUpper([]rune(part)[0]) {
			continue
		}
		m := Mention{Sentence: si, Start: start, End: start + len(part), Text: part, Role: Modifier}
		if d, ok := g.demonyms[part]; ok {
			m.cands, m.demonym, m.Role = []int32{d}, true, Demonym
		} else if c := g.names[NormName(part)]; g.hasKind(c, Country) {
			m.cands = c
		} else {
			continue
		}
		out = append(out, g.finishMention(s, m))
	}
	return out
}

func (g *Gazetteer) finishMention(s *text.Sentence, m Mention) Mention {
	m.SpanStart = s.RuneOffset(m.Start - s.Start)
	m.SpanEnd = s.RuneOffset(m.End - s.Start)
	return m
}

// longest returns the length in tokens of the longest name starting at
// token i, and its entries.
func (g *Gazetteer) longest(toks []text.Token, i int, buf *[]byte) (int, []int32) {
	b := (*buf)[:0]
	best := 0
	var cands []int32
	max := g.maxWords
	if max > 6 {
		max = 6
	}
	for L := 1; L <= max && i+L <= len(toks); L++ {
		t := &toks[i+L-1]
		if L > 1 {
			if t.Kind == text.Quote || t.Kind == text.Number {
				break
			}
			if t.Kind != text.Punct || t.Text == "," {
				b = append(b, ' ')
			}
		}
		b = append(b, t.Lower...)
		dot := t.Text == "." && L > 1 && toks[i+L-2].Kind == text.Word && toks[i+L-2].End == t.Start // "Va" "." of "Va."
		if (t.Kind != text.Word || t.Flags&text.Capitalized == 0) && !dot {
			continue // a name ends on a capitalised word: "Bay of", "Tripoli ," are no names
		}
		if c, ok := g.names[string(b)]; ok {
			best, cands = L, c
		}
	}
	*buf = b
	return best, cands
}

// accept decides whether the name at tokens [i, j) stands as a place
// mention, and notes the cues the resolver uses.
func (g *Gazetteer) accept(toks []text.Token, i, j int, m *Mention) bool {
	first := &toks[i]
	single := j-i == 1
	if single && functionWords[first.Lower] && !g.hasKind(m.cands, Country) {
		return false
	}
	if first.Flags&text.AllCaps != 0 && single && !m.demonym {
		if !g.hasKind(m.cands, Country) && !g.hasKind(m.cands, Admin1) && !g.hasKind(m.cands, Region) && len(first.Text) < 5 {
			return false // an acronym: "MRA", "SRX", "NATO"
		}
		m.allCaps = true
	}
	broad := m.demonym || g.hasKind(m.cands, Country) || g.hasKind(m.cands, Admin1)
	// Inside a longer capitalised name ("Michael Jackson", "Stonewall Golf
	// Club", "Mr. Lincoln")? Sentence openers and compass words do not count.
	// A capitalised first word of the sentence is no part of a name here:
	// a name starting there would have been matched from it.
	if i > 0 {
		if p := &toks[i-1]; capitalised(p) && !leadWords[p.Lower] && !sentenceStart(toks, i-1) {
			return false
		}
	}
	nextCap := j < len(toks) && capitalised(&toks[j])
	if nextCap && !broad && !g.hasFeature(m.cands, "PPLC") {
		return false // "Washington Post" aside, a city before a name is part of it
	}
	// Cues before the name.
	prep := ""
	if i > 0 {
		prep = toks[i-1].Lower
		if (prep == "the" || prep == "a") && i > 1 {
			prep = toks[i-2].Lower
		}
	}
	switch {
	case m.demonym:
		m.Role = Demonym
	case nextCap:
		m.Role = Modifier
	case placePreps[prep]:
		m.Role = Literal
		m.from = prep == "from"
	case prep == "of" && i > 1:
		k := i - 2
		if toks[k].Lower == "the" && k > 0 {
			k--
		}
		if ofNouns[toks[k].Lemma] || ofNouns[toks[k].Lower] {
			m.Role = Literal
		}
		if toks[k].Lower == "capital" {
			m.capital = true
		}
	case prep == "," && i > 1 && toks[i-2].Lower == "capital":
		m.capital = true
	}
	// A qualifier after it: "Paris, Texas", "Gainesville, Va.".
	if j+1 < len(toks) && toks[j].Text == "," && capitalised(&toks[j+1]) {
		var b []byte
		if n, q := g.longest(toks, j+1, &b); n > 0 {
			for _, k := range q {
				if p := g.entry(k); p.Kind == Country || p.Kind == Admin1 {
					m.qual = append(m.qual, k)
				}
			}
		}
	}
	if j < len(toks) && speechLemmas[toks[j].Lemma] && m.Role == Plain {
		m.speech = true
	}
	if single && !m.demonym && !g.hasKind(m.cands, Country) {
		switch {
		case calendarWords[first.Lower]:
			if len(m.qual) == 0 {
				return false
			}
		case g.common[first.Lower]:
			if len(m.qual) == 0 && (m.Role != Literal || i == 0) {
				return false // "Police said", "Reading the report", "Nice work"
			}
		}
	}
	return true
}

// sentenceStart reports whether token k opens the sentence (after opening
// quotes or brackets).
func sentenceStart(toks []text.Token, k int) bool {
	for j := 0; j < k; j++ {
		if toks[j].Kind != text.Quote && toks[j].Text != "(" && toks[j].Text != "[" {
			return false
		}
	}
	return true
}

func (g *Gazetteer) hasKind(c []int32, k Kind) bool {
	for _, i := range c {
		if g.places[i].Kind == k {
			return true
		}
	}
	return false
}

func (g *Gazetteer) hasFeature(c []int32, f string) bool {
	for _, i := range c {
		if g.places[i].Feature == f {
			return true
		}
	}
	return false
}

// context is what the article says about where it is.
type context struct {
	countries map[string]float64 // ISO2 → weight of evidence
	admins    map[string]bool    // "US.TX"
	top       string
}

// minScore is the least score a city needs to be taken as a mention
// without a cue; a place preposition before it adds literalBonus.
const (
	minScore     = 5.0
	literalBonus = 1.5
)

// resolve chooses the referent of every mention in two passes: the first
// gathers the countries and states the article names unambiguously, the
// second scores every candidate in that context.
func (g *Gazetteer) resolve(ps *Places, hints []string, persons map[string]bool) {
	ctx := context{countries: map[string]float64{}, admins: map[string]bool{}}
	for _, h := range hints {
		if h != "" {
			ctx.countries[h] += 0.5
		}
	}
	for k := range ps.Mentions {
		m := &ps.Mentions[k]
		if m.Role == Modifier && !m.demonym && !g.hasKind(m.cands, Country) {
			continue // "Michael Jackson": a modifier is no evidence by itself
		}
		if cc, ok := g.sameCountry(m); ok && cc != "" {
			ctx.countries[cc]++
		}
		if len(m.cands) == 1 {
			if p := g.entry(m.cands[0]); p.Kind == Admin1 {
				ctx.admins[p.CC+"."+p.Admin1] = true
			}
		}
	}
	best := 0.0
	for cc, w := range ctx.countries {
		if w > best || w == best && cc < ctx.top {
			best, ctx.top = w, cc
		}
	}
	kept := ps.Mentions[:0]
	counts := map[string]int{}
	order := map[string]int{}
	for k := range ps.Mentions {
		m := ps.Mentions[k]
		cs := make([]Candidate, 0, len(m.cands))
		for _, i := range m.cands {
			s, why := g.score(i, &m, &ctx)
			cs = append(cs, Candidate{Place: g.places[i], Score: s, Why: why})
		}
		sort.SliceStable(cs, func(a, b int) bool { return cs[a].Score > cs[b].Score })
		top := cs[0]
		if top.Place.Kind == City && !g.supported(top.Place, &m, &ctx) {
			continue
		}
		if top.Place.Kind != Country && persons[m.Text] && len(m.qual) == 0 && (m.Role != Literal || top.Place.Population < 100000) {
			continue // "Nelson said", after "Willie Nelson"
		}
		if top.Place.Kind == Admin1 && m.Role == Modifier && ctx.countries[top.Place.CC] == 0 && !m.demonym {
			continue // "Paul Manafort": Paul is a division of Cabo Verde, but not here
		}
		if len(cs) > 5 {
			cs = cs[:5]
		}
		m.Candidates = cs
		m.Place = top.Place
		m.Reason = reason(&m, cs)
		kept = append(kept, m)
		if cc := m.Place.CC; cc != "" {
			if _, ok := order[cc]; !ok {
				order[cc] = len(order)
			}
			counts[cc]++
		}
	}
	ps.Mentions = kept
	// Rebuild the sentence index over the kept mentions.
	ps.bySent = nil
	for k := range ps.Mentions {
		si := ps.Mentions[k].Sentence
		if ps.bySent == nil {
			ps.bySent = map[int][2]int{}
		}
		r, ok := ps.bySent[si]
		if !ok {
			r = [2]int{k, k}
		}
		r[1] = k + 1
		ps.bySent[si] = r
	}
	main := ""
	for cc, n := range counts {
		if n > ps.MainCount || n == ps.MainCount && order[cc] < order[main] {
			main, ps.MainCount = cc, n
		}
	}
	if c := g.countries[main]; c != nil {
		ps.Main = g.places[c.place]
	}
}

// sameCountry reports the country of a mention whose candidates all lie
// in one country (a country name, a demonym, an unambiguous city).
func (g *Gazetteer) sameCountry(m *Mention) (string, bool) {
	if len(m.cands) == 0 {
		return "", false
	}
	// A country name wins over towns of the same name ("Libya" the town
	// does not matter): count the country.
	for _, i := range m.cands {
		if p := g.entry(i); p.Kind == Country {
			return p.CC, true
		}
	}
	cc := g.entry(m.cands[0]).CC
	for _, i := range m.cands[1:] {
		if g.entry(i).CC != cc {
			return "", false
		}
	}
	if p := g.entry(m.cands[0]); p.Kind == City && p.Population < 20000 && len(m.qual) == 0 {
		return "", false // a small town alone is weak evidence
	}
	return cc, true
}

// supported reports whether a city has enough support to be taken as a
// mention at all: its own weight (population, capital or admin seat) and the
// cues of the text (a place preposition, a qualifier, its state named in
// the article; its country named in the article helps a little), so that
// "Wagner mercenaries" does not make Wagner, South Dakota, a place in a
// story that names the United States.
func (g *Gazetteer) supported(p Place, m *Mention, ctx *context) bool {
	s := math.Log10(float64(p.Population) + 1)
	switch p.Feature {
	case "PPLC":
		s += 2
	case "PPLA", "PPLG":
		s += 1
	}
	if !strings.EqualFold(m.Text, p.Name) {
		s--
	}
	if m.Role == Literal {
		s += literalBonus
	}
	if ctx.countries[p.CC] > 0 {
		s += 1
	}
	if ctx.admins[p.CC+"."+p.Admin1] {
		s += 2
	}
	for _, q := range m.qual {
		if qp := g.entry(q); qp.CC == p.CC && (qp.Kind == Country || qp.Admin1 == p.Admin1) {
			s += 6
			break
		}
	}
	if m.speech || m.allCaps {
		s -= 1.5
	}
	// A single word that names the city only by an alternate name ("Sam",
	// "Ben", "Motown") is more often a person or a nickname: it needs a
	// cue, or a large city in a country the article names.
	if !strings.EqualFold(m.Text, p.Name) && !strings.Contains(m.Text, " ") && m.Role == Plain && len(m.qual) == 0 &&
		!(ctx.countries[p.CC] > 0 && p.Population >= 100000 && samePrefix(m.Text, p.Name, 3)) {
		return false
	}
	return s >= minScore
}

// samePrefix reports whether a and b begin with the same n letters, case
// aside: a spelling variant ("Misurata" of "Misratah") rather than another
// name ("Sam" of Damascus, "Motown" of Detroit).
func samePrefix(a, b string, n int) bool {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	if len(ra) < n || len(rb) < n {
		return false
	}
	for i := 0; i < n; i++ {
		if baseLetter(ra[i]) != baseLetter(rb[i]) {
			return false
		}
	}
	return true
}

// diacritics maps lower-case Latin letters with diacritics to their base
// letter, by groups: the letter, then its variants.
var diacritics = func() map[rune]rune {
	m := map[rune]rune{}
	for _, g := range []string{"aàáâãäåāăąǎ", "cçćĉċč", "dďđ", "eèéêëēĕėęě", "gĝğġģ", "hĥħḩ", "iìíîïĩīĭįı",
		"jĵ", "kķ", "lĺļľŀł", "nñńņňŉ", "oòóôõöøōŏő", "rŕŗř", "sśŝşšș", "tţťŧțṭ", "uùúûüũūŭůűų",
		"wŵ", "yýÿŷ", "zźżžẓ"} {
		r := []rune(g)
		for _, v := range r[1:] {
			m[v] = r[0]
		}
	}
	return m
}()

func baseLetter(r rune) rune {
	if b, ok := diacritics[r]; ok {
		return b
	}
	return r
}

// score is the prior of entry i plus the support of the article's context.
func (g *Gazetteer) score(i int32, m *Mention, ctx *context) (float64, string) {
	p := g.entry(i)
	var s float64
	var why []string
	switch p.Kind {
	case Country:
		s = 12
		why = append(why, "country")
	case Region:
		s = 11.9
		why = append(why, "world region")
	case Admin1:
		s = 6.5
		if p.CC == "US" {
			s += 0.5
		}
		why = append(why, "first-level division")
	case City:
		s = math.Log10(float64(p.Population) + 1)
		why = append(why, fmt.Sprintf("population %d", p.Population))
		switch p.Feature {
		case "PPLC":
			s += 2
			why = append(why, "national capital")
		case "PPLG":
			s += 1
			why = append(why, "seat of government")
		case "PPLA":
			s += 1
			why = append(why, "admin seat")
		case "PPLA2":
			s += 0.3
		}
		if !strings.EqualFold(m.Text, p.Name) {
			if len(p.Name) > len(m.Text) && strings.EqualFold(p.Name[:len(m.Text)], m.Text) {
				s -= 0.3 // "New York" of New York City
			} else {
				s -= 2 // "Salisbury" of Harare: an old or foreign name
			}
			why = append(why, "alternate name")
		}
		if m.capital && (p.Feature == "PPLC" || p.Feature == "PPLG") {
			s += 3
			why = append(why, "'capital' before it")
		}
	}
	if w := ctx.countries[p.CC]; w > 0 && p.Kind == Admin1 {
		s += 1
		why = append(why, "its country "+g.places[g.countries[p.CC].place].Name+" named in the article")
	} else if w > 0 && p.Kind == City {
		s += 2.5
		why = append(why, "its country "+g.places[g.countries[p.CC].place].Name+" named in the article")
		if p.CC == ctx.top {
			s += 0.5
		}
	}
	if p.Kind == City && ctx.admins[p.CC+"."+p.Admin1] {
		s += 2
		why = append(why, "its state/province named in the article")
	}
	for _, q := range m.qual {
		qp := g.entry(q)
		if qp.CC == p.CC && (qp.Kind == Country || qp.Admin1 == p.Admin1) && q != i {
			s += 6
			why = append(why, "qualified by '"+qp.Name+"'")
			break
		}
	}
	return s, strings.Join(why, ", ")
}

func reason(m *Mention, cs []Candidate) string {
	top := cs[0]
	r := fmt.Sprintf("%s (%s) scores %.1f: %s", top.Place.Name, top.Place.CC, top.Score, top.Why)
	if m.demonym {
		r = "demonym of " + top.Place.Name
	}
	if len(cs) > 1 {
		r += fmt.Sprintf("; next %s (%s) %.1f", cs[1].Place.Name, cs[1].Place.CC, cs[1].Score)
	}
	return r
}
