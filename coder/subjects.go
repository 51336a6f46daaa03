package coder

import (
	"strings"

	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/dict"
)

// Subjects and agents that are not the nearest actor before the verb: a
// demonym qualifying an unknown subject noun, the actor after "by" of an
// event noun, the owner of a purpose noun, the head before "from" or a
// word of allegiance, and the auxiliaries that tell a perfect or a
// passive.

// demonymSubject finds a demonym qualifying the subject of the verb at
// token v when the subject noun is no actor: "Palestinian prisoners
// rioted" is done by Palestinians, as "rejected an Indian proposal"
// targets India. The subject must open its clause and be one or two
// lower-case words right before the verb (auxiliaries between).
func (sc *scan) demonymSubject(v int) (int, bool) {
	j := v - 1
	for j >= 0 && sc.at[j] < 0 && sc.isAux(j) && !isPrep(sc.toks[j].Lower) {
		j--
	}
	nouns := 0
	for j >= 0 && sc.at[j] < 0 && lowerWord(sc.toks[j].Text) && nouns < 2 && !isDet(sc.toks[j].Lower) && !isPrep(sc.toks[j].Lower) && !clauseBreak(sc.toks[j].Lower) {
		if privateNouns[sc.toks[j].Lemma] || privateNouns[sc.toks[j].Lower] {
			return -1, false // "the Indian cricket team arrived": no state acts
		}
		j--
		nouns++
	}
	if nouns == 0 || j < 0 || sc.at[j] < 0 {
		return -1, false
	}
	k := sc.at[j]
	m := &sc.ms[k]
	if m.Role != actor.Modifier || m.End != j+1 || len(m.Entries) == 0 || countryOf(m) == "" ||
		m.Entries[0].Kind != dict.Demonym && m.Entries[0].Kind != dict.Country { // "Palestinian prisoners", "a US national"
		return -1, false
	}
	if sc.pollShare(m.Start) {
		return -1, false // "57 percent of the U.S. public"
	}
	if a := m.Start - 1; a >= 0 {
		w := sc.toks[a].Lower
		if w == "of" && a > 0 && numberWords[sc.toks[a-1].Lower] {
			w = sc.toks[a-1].Lower // "hundreds of Palestinian prisoners"
		}
		if !isDet(w) && w != "a" && w != "an" && w != "," && w != "some" && w != "about" && !numberWords[w] && !isNumber(w) && !sc.boundary(a) {
			return -1, false
		}
	}
	return k, true
}

// demonymAfter finds at token j, past articles and a count, a demonym or
// country qualifying a noun no dictionary knows: "by Russian missiles",
// "by US drones". The country of the thing acts.
func (sc *scan) demonymAfter(j int) (int, bool) {
	for j < len(sc.toks) && (isDet(sc.toks[j].Lower) || sc.toks[j].Lower == "a" || sc.toks[j].Lower == "an") {
		j++
	}
	j = skipQuantity(sc.toks, j)
	if j >= len(sc.toks) || sc.at[j] < 0 {
		return -1, false
	}
	k := sc.at[j]
	m := &sc.ms[k]
	if m.Start != j || m.Role != actor.Modifier || len(m.Entries) == 0 || countryOf(m) == "" ||
		m.Entries[0].Kind != dict.Demonym && m.Entries[0].Kind != dict.Country {
		return -1, false
	}
	return k, m.End < len(sc.toks) && lowerWord(sc.toks[m.End].Text)
}

// privateNouns are subjects through which no country acts, whatever
// demonym qualifies them: sport, the arts, tourism, money and markets
// ("the Kenyan sprinter protested", "the Indian cricket team arrived").
var privateNouns = map[string]bool{
	"team": true, "squad": true, "side": true, "club": true, "player": true, "players": true,
	"athlete": true, "sprinter": true, "runner": true, "cyclist": true, "swimmer": true, "skier": true,
	"footballer": true, "cricketer": true, "boxer": true, "wrestler": true, "golfer": true, "champion": true,
	"coach": true, "fan": true, "fans": true, "tourist": true, "tourists": true, "singer": true,
	"actor": true, "actress": true, "artist": true, "band": true, "film": true,
	"novelist": true, "writer": true, "climber": true, "jockey": true, "chef": true,
	// money and markets: "the Mexican peso bowed to pressure"
	"peso": true, "dollar": true, "currency": true, "yen": true, "euro": true, "rupee": true, "rouble": true,
	"ruble": true, "lira": true, "pound": true, "stocks": true, "shares": true, "market": true, "markets": true,
	"economy": true, "exports": true, "imports": true, "prices": true, "inflation": true, "bonds": true,
}

// isNumber reports a written number: "13,000", "2.5", "500".
func isNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return w != ""
}

// nounAgent finds the agent of an event noun written after "by": the
// actor in "attacks by the rebels". ok with k < 0 is an agent that is no
// actor ("protests by Muslim groups"): the event has no source then,
// rather than the nearest actor before the noun. A participle before "by"
// is a passive verb, read elsewhere.
func (sc *scan) nounAgent(m *match) (int, bool) {
	a := &sc.toks[m.anchor]
	if participle(a) || strings.HasSuffix(a.Lower, "ing") {
		return -1, false
	}
	j := m.anchor + 1
	if m.last != m.anchor && !(len(m.tgt) > 0 && m.tgtAt > j) {
		return -1, false // words of the pattern after the noun, other than its target
	}
	if j+1 >= len(sc.toks) || sc.toks[j].Lower != "by" {
		return -1, false
	}
	j++
	if isDet(sc.toks[j].Lower) && j+1 < len(sc.toks) {
		j++
	}
	if strings.HasSuffix(sc.toks[j].Lower, "ing") {
		return -1, false // "tested its rocket by launching …": a means, not an agent
	}
	for n := 0; n < 2 && j < len(sc.toks) && sc.at[j] < 0 && lowerWord(sc.toks[j].Text) && !isPrep(sc.toks[j].Lower) && !clauseBreak(sc.toks[j].Lower); n++ {
		j++ // "by heavily armed militias"
	}
	if j >= len(sc.toks) || sc.at[j] < 0 || sc.ms[sc.at[j]].Start != j || !sc.usable(sc.at[j]) {
		return -1, true // an agent no dictionary knows: "protests by Muslim groups"
	}
	return sc.at[j], true
}

// byActorAfter reports "by" and an actor right after token i: "the
// protests by Chilean rebels".
func (sc *scan) byActorAfter(i int) bool {
	j := i + 1
	if j+1 >= len(sc.toks) || sc.toks[j].Lower != "by" {
		return false
	}
	j++
	if isDet(sc.toks[j].Lower) && j+1 < len(sc.toks) {
		j++
	}
	return sc.at[j] >= 0 && sc.ms[sc.at[j]].Start == j && sc.usable(sc.at[j])
}

// purposeNouns take an infinitive that says what their owner would do:
// "efforts to end the fighting", "a bid to oust the president".
var purposeNouns = map[string]bool{
	"effort": true, "efforts": true, "attempt": true, "attempts": true, "bid": true, "bids": true,
	"plan": true, "plans": true, "push": true, "drive": true, "campaign": true, "move": true,
	"decision": true, "initiative": true, "proposal": true, "offer": true, "pledge": true,
	"promise": true, "threat": true, "threats": true, "readiness": true, "willingness": true,
	"refusal": true, "failure": true, "determination": true, "resolve": true, "call": true, "calls": true,
	// what would justify an act is no act: "no evidence to support the
	// President's claims"
	"evidence": true, "reason": true, "grounds": true, "need": true,
}

// undertakings are the verbs whose subject owns the purpose noun they
// take: "Peru launched a campaign to convince Chile", "announced a plan
// to", "stepped up efforts to". Other verbs take someone else's ("welcomed
// efforts to", "rejected a plan to").
var undertakings = map[string]bool{
	"launch": true, "begin": true, "start": true, "make": true, "mount": true, "announce": true,
	"unveil": true, "lead": true, "spearhead": true, "intensify": true, "renew": true, "redouble": true,
	"continue": true, "resume": true, "undertake": true, "pursue": true, "step": true, "ramp": true,
}

// purposeIn are the purpose nouns that "in" makes the clause's own aim:
// "sent troops to the border in a bid to deter Chile".
var purposeIn = map[string]bool{
	"effort": true, "efforts": true, "attempt": true, "bid": true, "drive": true, "push": true,
	"campaign": true, "move": true,
}

// undertaken returns, for the purpose noun at token n that no actor owns,
// the word whose subject owns it: an undertaking verb before its noun
// phrase ("launched a new campaign"), or "in" before an aim ("in a bid").
func (sc *scan) undertaken(n int) (int, bool) {
	j := n - 1
	for j >= 0 && sc.at[j] < 0 && n-j <= 4 && (isDet(sc.toks[j].Lower) || sc.toks[j].Lower == "a" || sc.toks[j].Lower == "an" ||
		lowerWord(sc.toks[j].Text) && sc.toks[j].Lemma == sc.toks[j].Lower && !isPrep(sc.toks[j].Lower) && !undertakings[sc.toks[j].Lemma]) {
		j--
	}
	if j < 0 || sc.at[j] >= 0 {
		return 0, false
	}
	w := sc.toks[j]
	if w.Lower == "up" && j > 0 { // "stepped up efforts to"
		j--
		w = sc.toks[j]
	}
	switch {
	case undertakings[w.Lemma] && w.Lower != w.Lemma || undertakings[w.Lemma] && sc.isAux(j-1):
		return j, true
	case w.Lower == "in" && purposeIn[sc.toks[n].Lower]:
		return j, true
	}
	return 0, false
}

// nounOwner finds the actor owning the noun at token n: a possessive
// ("Japan's efforts"), a demonym or country qualifying it ("Western
// efforts", "Peruvian attempts"), with adjectives between.
func (sc *scan) nounOwner(n int) (int, bool) {
	j := n - 1
	for j >= 0 && sc.at[j] < 0 && lowerWord(sc.toks[j].Text) && sc.toks[j].Lemma == sc.toks[j].Lower &&
		!isDet(sc.toks[j].Lower) && !isPrep(sc.toks[j].Lower) && n-j <= 3 {
		j-- // "new diplomatic efforts"; not a verb ("welcomed efforts")
	}
	if j >= 1 && sc.toks[j].Lower == "'s" {
		j--
	}
	if j < 0 || sc.at[j] < 0 {
		return -1, false
	}
	k := sc.at[j]
	if mm := &sc.ms[k]; mm.End == j+1 && mm.Code != "" && (sc.usable(k) || mm.Role == actor.Modifier) && !regionMention(mm) {
		return k, true
	}
	return -1, false
}

// fromQualifier reports a mention that qualifies an actor before it:
// after "from" ("activists from the defeated Fatah Party") or after a
// word of allegiance and its preposition ("militias associated with Iran",
// "militants loyal to al-Zarqawi"). The head before it is the subject.
func (sc *scan) fromQualifier(k int) bool {
	j := sc.ms[k].Start - 1
	for n := 0; j >= 0 && n < 3 && sc.at[j] < 0 && (isDet(sc.toks[j].Lower) || lowerWord(sc.toks[j].Text) && !isPrep(sc.toks[j].Lower)); n++ {
		j--
	}
	if j < 1 {
		return false
	}
	switch sc.toks[j].Lower {
	case "from":
	case "with", "to", "by":
		if !allegiance[sc.toks[j-1].Lower] {
			return false
		}
		j-- // "associated with": the head stands before the participle
	default:
		return false
	}
	if j < 1 {
		return false
	}
	h := sc.at[j-1]
	return h >= 0 && sc.ms[h].End == j && sc.usable(h)
}

// allegiance words tie an actor to another: "militias associated with
// Iran", "fighters loyal to the general", "rebels backed by Rwanda".
var allegiance = map[string]bool{
	"associated": true, "affiliated": true, "allied": true, "aligned": true, "linked": true,
	"tied": true, "loyal": true, "close": true, "backed": true, "supported": true, "sponsored": true,
}

// afterHave reports a form of "have" before token i, adverbs between:
// "has ordered", "had already sent".
func (sc *scan) afterHave(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch sc.toks[j].Lower {
		case "has", "have", "had", "having", "'ve":
			return true
		}
		if !strings.HasSuffix(sc.toks[j].Lower, "ly") && sc.toks[j].Lower != "already" && sc.toks[j].Lower != "also" {
			return false
		}
	}
	return false
}

// afterBe reports a form of "be" before token i, adverbs between: "has
// been put", "was quickly shut".
func (sc *scan) afterBe(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch sc.toks[j].Lower {
		case "be", "been", "being", "was", "were", "is", "are", "am":
			return true
		}
		if !strings.HasSuffix(sc.toks[j].Lower, "ly") {
			return false
		}
	}
	return false
}
