package coder

import (
	"slices"
	"strconv"
	"strings"

	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
)

// Context countries.
//
// An actor such as "rebels", "Darfur rebels" or "ethnic Turks" has a role
// and no country of its own. News rarely says whose rebels they are
// because the sentence already does: "Sudan's government accused Darfur
// rebels of …", "Up to 100 ethnic Albanians demonstrated in Serbia". The
// default coder gives such an actor the country of the sentence:
//
//  1. the one country that the sentence's places lie in ("in Serbia",
//     "near Kandahar", "across southern Lebanon");
//  2. failing that, the one country among the sentence's other named
//     actors that hold a role in it ("Sudan's government", "Mozambican police"):
//     a domestic story. A state named alone ("rebels attacked Chile") may
//     be the foreign side of the act and gives nothing;
//  3. failing that, the story's country: the country of at least two
//     thirds of the named actors of the story so far (three at least).
//
// Two different countries answer nothing: the actor keeps "---". The
// title of a person the dictionaries do not know ("President Dos Santos")
// is not guessed: a visitor is named beside the places of a visit.

// locatives are the words after which a name is where something happens.
var locatives = map[string]bool{
	"in": true, "at": true, "near": true, "inside": true, "across": true,
	"throughout": true, "outside": true, "around": true, "within": true,
}

// compassWords stand between a locative and a place: "in southern Lebanon".
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"the": true,
}

// contextCountries gives the mentions flagged in open (agents and peoples
// with no country) the sentence's country, when it has exactly one.
func (sc *scan) contextCountries(open []bool) {
	any := false
	for _, o := range open {
		any = any || o
	}
	if !any {
		return
	}
	code, why := sc.sentencePlace()
	if code == "" {
		code, why = sc.otherActorsCountry(open)
	}
	if code == "" {
		code, why = sc.storyCountry()
	}
	if code == "" {
		return
	}
	for k, o := range open {
		if !o {
			continue
		}
		m := &sc.ms[k]
		if q, ok := sc.qualifier(k); ok {
			// "leaders from Israel": the qualifier's country, or none
			// when no dictionary knows the qualifier ("Matovič's office")
			if q >= 0 {
				if c := countryOf(&sc.ms[q]); c != "" {
					m.Code = cameo.ActorCode(c) + m.Code[3:]
					m.How += "; of " + c + ", from '" + sc.tokText(sc.ms[q].Start, sc.ms[q].End) + "' qualifying it"
				}
			}
			continue
		}
		m.Code = cameo.ActorCode(code) + m.Code[3:]
		m.How += "; the sentence's country " + code + ", from " + why
	}
}

// qualifier finds what qualifies agent k: a possessive before it
// ("Matovič's government") or a name after "from" or "of" ("leaders from
// Israel", "rebels from the Chilean army"). It returns the qualifying
// mention, or -1 for a capitalised name no dictionary knows; ok is false
// when nothing qualifies the agent.
func (sc *scan) qualifier(k int) (int, bool) {
	m := &sc.ms[k]
	if a := m.Start; a >= 2 && sc.toks[a-1].Lower == "'s" && capitalised(sc.toks[a-2].Text) {
		if q := sc.at[a-2]; q >= 0 {
			return q, true
		}
		return -1, true
	}
	if b := m.End; b+1 < len(sc.toks) && (sc.toks[b].Lower == "from" || sc.toks[b].Lower == "of") {
		nx := b + 1
		if sc.toks[nx].Lower == "the" && nx+1 < len(sc.toks) {
			nx++
		}
		if q := sc.at[nx]; q >= 0 && sc.ms[q].Start == nx {
			return q, true
		}
		if capitalised(sc.toks[nx].Text) {
			return -1, true
		}
	}
	return -1, false
}

// storyCountry returns the country most of the story's named actors so
// far belong to, when it is at least two thirds of three or more.
func (sc *scan) storyCountry() (code, why string) {
	n := map[string]int{}
	total := 0
	for _, kn := range sc.ctx.seen {
		c := kn.code.Country()
		if len(c) != 3 || c == "---" || c == "IGO" || c == "NGO" || c == "IMG" {
			continue
		}
		n[c]++
		total++
	}
	if total < 3 {
		return "", ""
	}
	for c, k := range n {
		if 3*k >= 2*total {
			return c, "the story (" + strconv.Itoa(k) + " of its " + strconv.Itoa(total) + " named actors)"
		}
	}
	return "", ""
}

// countryOf returns the country of mention m when it names a state (a
// country, capital, demonym, or anything coded with a state's prefix) and
// not a region, an organisation or nobody.
func countryOf(m *actor.Mention) string {
	c := m.Code.Country()
	if len(c) != 3 || c == "---" || c == "IGO" || c == "NGO" || c == "IMG" || strings.HasPrefix(string(m.Code), "~") {
		return ""
	}
	for _, e := range m.Entries {
		if e.Region {
			return ""
		}
	}
	return c
}

// sentencePlace returns the one country the sentence's places lie in: a
// country or capital after a locative, or a capitalised name the gazetteer
// places there.
func (sc *scan) sentencePlace() (code, why string) {
	found := map[string]string{}
	for i := 0; i+1 < len(sc.toks); i++ {
		if !locatives[sc.toks[i].Lower] {
			continue
		}
		j := i + 1
		for j < len(sc.toks) && compassWords[sc.toks[j].Lower] && (sc.at[j] < 0 || sc.ms[sc.at[j]].End == j+1) {
			j++ // "in Western Cambodia": "Western" alone may be a region's word
		}
		if j >= len(sc.toks) {
			break
		}
		if k := sc.at[j]; k >= 0 {
			m := &sc.ms[k]
			if m.Start == j && (m.Role == actor.Place || m.Role == actor.Named) && placeEntry(m) {
				if c := countryOf(m); c != "" {
					found[c] = "'" + sc.tokText(i, m.End) + "'"
				}
			}
			continue
		}
		if _, b, c, ok := sc.gazetteerName(i + 1); ok {
			found[string(c)] = "'" + sc.tokText(i, b) + "' (gazetteer)"
		}
	}
	return one(found)
}

// gazetteerName finds at token j the longest run of up to three
// capitalised words no mention covers that the gazetteer places,
// trying it first with the compass word it may start with ("West
// Darfur") and then without ("southern Kandahar").
func (sc *scan) gazetteerName(j int) (a, b int, c cameo.ActorCode, ok bool) {
	if sc.c.placeCountry == nil {
		return 0, 0, "", false
	}
	// free: no mention, or a compass word read alone as a region ("West")
	free := func(k int) bool {
		if sc.at[k] < 0 {
			return true
		}
		m := &sc.ms[sc.at[k]]
		return compassWords[sc.toks[k].Lower] && m.Start == k && m.End == k+1
	}
	starts := []int{j}
	if k := j; k < len(sc.toks) && compassWords[sc.toks[k].Lower] && free(k) {
		for k < len(sc.toks) && compassWords[sc.toks[k].Lower] && free(k) {
			k++
		}
		starts = append(starts, k)
	}
	for _, a := range starts {
		if a >= len(sc.toks) || !free(a) || !capitalised(sc.toks[a].Text) {
			continue
		}
		b := a
		for b < len(sc.toks) && b-a < 3 && free(b) && capitalised(sc.toks[b].Text) {
			b++
		}
		for ; b > a; b-- {
			if c, ok := sc.c.placeCountry(sc.tokText(a, b)); ok {
				return a, b, c, true
			}
		}
	}
	return 0, 0, "", false
}

// domesticTargets gives a target to the domestic acts that name none: a
// protest addresses the government of the country it happens in ("Egyptian
// demonstrators rioted" → EGYGOV), and a curfew, martial law or ban a
// state's agents impose, threaten or ease falls on that country's people
// ("declared a state of siege in Haiti" → HTICVL; CAMEO 172x, 132x, 081x). The country is the sentence's place,
// else the source's own. The target has no words in the sentence; its
// explanation says so.
func (sc *scan) domesticTargets(es []event.Event) {
	var place string
	placeDone := false
	for i := range es {
		e := &es[i]
		if restriction(e.Code) && stateAgent(e.Source.Code) && e.Target.Code == cameo.ActorCode(e.Source.Code.Country()+"GOV") {
			// "extend the curfew in Abidjan": the capital names where,
			// and the people there undergo it, not the government
			e.Target.Code = cameo.ActorCode(e.Source.Code.Country() + "CVL")
			e.Explain.Target.How += "; a restriction the state imposes on its own capital falls on its people"
			continue
		}
		if e.Target.Code != "" {
			continue
		}
		role := ""
		switch {
		case e.Root == "14" && !stateForce(e.Source.Code):
			role = "GOV"
		case restriction(e.Code) && stateAgent(e.Source.Code):
			role = "CVL"
		default:
			continue
		}
		if !placeDone {
			place, _ = sc.sentencePlace()
			placeDone = true
		}
		c, from := place, "the sentence's place"
		if c == "" {
			c, from = e.Source.Code.Country(), "the source's country"
		}
		if len(c) != 3 || c == "---" || c == "IGO" || c == "NGO" || c == "IMG" {
			continue
		}
		e.Target = event.Actor{Code: cameo.ActorCode(c + role)}
		what := "a protest addresses the government"
		if role == "CVL" {
			what = "a restriction imposed by the state falls on the people"
		}
		e.Explain.Target = event.ActorTrace{How: "implicit: " + what + " of " + c + " (" + from + ")"}
	}
}

// restriction reports a curfew, martial law, state of emergency or ban:
// imposed (172x), threatened (132x) or eased (081x).
func restriction(c cameo.Code) bool {
	b := c.Base()
	return b == "172" || b == "132" || b == "081"
}

// stateForce reports a code of a state's executive, forces, police or
// intelligence: they do not protest against their own government.
func stateForce(c cameo.ActorCode) bool {
	s := string(c)
	if len(s) < 6 {
		return false
	}
	switch s[3:6] {
	case "GOV", "MIL", "COP", "SPY":
		return true
	}
	return false
}

// stateAgent reports a code of a state's government, forces or police.
func stateAgent(c cameo.ActorCode) bool {
	s := string(c)
	if len(s) < 6 {
		return len(s) == 3 && s != "---" && s != "IGO" && s != "NGO" && s != "IMG"
	}
	switch s[3:6] {
	case "GOV", "MIL", "COP", "SPY", "JUD", "LEG":
		return true
	}
	return false
}

// stateDoers are the acts that, written in the passive with no doer
// ("a US national has been put under investigation in Italy"), are done
// by the authorities of the country where they happen, with the role
// that does them: investigating and charging (09), restricting (172),
// arresting (173), deporting (174), dispersing crowds (175), releasing
// (0841).
var stateDoers = map[cameo.Code]string{
	"09": "GOV", "172": "GOV", "173": "COP", "174": "GOV", "175": "COP", "0841": "GOV",
}

func stateDoer(c cameo.Code) (string, bool) {
	for _, k := range []cameo.Code{c, c.Base(), c.Root()} {
		if r, ok := stateDoers[k]; ok {
			return r, true
		}
	}
	return "", false
}

// implicitDoer codes an agentless passive of a state's act by the
// authorities of the sentence's one place, its subject as the target:
// "was arrested in Moscow" is RUSCOP arresting the subject. With no place
// or another act, an agentless passive stays uncoded.
func (sc *scan) implicitDoer(m *match) {
	code := m.p.Code
	if code == "" || code == dict.DiscardCode {
		return
	}
	role, ok := stateDoer(code)
	if !ok {
		return
	}
	place, why := sc.sentencePlace()
	if place == "" {
		return
	}
	saved := m.src
	m.src = nil
	sc.findSourceNoShare(m)
	tgts := m.src
	m.src = saved
	if len(tgts) == 0 {
		tgts = []int{-1}
		if k, ok := sc.demonymSubject(m.first); ok {
			tgts = []int{k} // "a US national has been put under investigation"
		}
	}
	for _, t := range tgts {
		e := sc.event(m, code, -1, t)
		e.Source = event.Actor{Code: cameo.ActorCode(place + role)}
		e.Explain.Source = event.ActorTrace{How: "implicit: the doer of the passive '" + sc.toks[m.anchor].Text + "' is not named; the authorities of " + place + ", where it happens (" + why + ")"}
		if e.Target.Code == e.Source.Code || sc.duplicate(&e) {
			continue
		}
		sc.flags(m, &e)
		sc.events = append(sc.events, e)
	}
	sc.used[m.anchor] = true
	for _, w := range m.words {
		sc.used[w] = true
	}
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

// placeTargetRoots are the material acts whose place abroad, when no actor
// undergoes them, stands for the country that does ("Israeli jets struck
// targets in Syria" is ISR → SYR; a place in the source's own country
// adds nothing to the event's location): material cooperation
// and aid (06, 07), shows of force (15), reduced relations (16), coercion
// (17), assaults (18), fighting (19) and mass violence (20).
var placeTargetRoots = map[cameo.Code]bool{"06": true, "07": true, "15": true, "16": true, "17": true, "18": true, "19": true, "20": true}

// placeAfter finds the place of the act whose words end at token last: a
// country, capital or gazetteer place after a locative, before the clause
// ends. It returns the place's country and how it was found.
func (sc *scan) placeAfter(last int) (cameo.ActorCode, string) {
	for i := last + 1; i+1 < len(sc.toks) && i <= last+10; i++ {
		w := sc.toks[i].Lower
		if sc.boundary(i) || w == "," || w == ";" || w == "." || w == "which" || w == "who" {
			return "", ""
		}
		if !locatives[w] {
			continue
		}
		j := i + 1
		for j < len(sc.toks) && compassWords[sc.toks[j].Lower] && (sc.at[j] < 0 || sc.ms[sc.at[j]].End == j+1) {
			j++
		}
		if j >= len(sc.toks) || sc.at[j] < 0 {
			continue
		}
		m := &sc.ms[sc.at[j]]
		if m.Start != j || m.Role != actor.Place && !(m.Role == actor.Named && placeEntry(m)) {
			continue
		}
		if c := m.Code.Country(); len(c) == 3 && c != "---" && c != "IGO" {
			for _, e := range m.Entries {
				if e.Region {
					return "", ""
				}
			}
			return cameo.ActorCode(c), "'" + sc.tokText(i, m.End) + "'"
		}
	}
	return "", ""
}

// gazetteerPlaces adds a place mention for each capitalised name after a
// locative that no dictionary covers and the gazetteer places in a
// country: "lifted the state of emergency in West Darfur" has a place in
// SDN, which a pattern's "in +" reads as its target and which makes
// "attacked a checkpoint near Kandahar" force rather than criticism.
func (sc *scan) gazetteerPlaces() {
	if sc.c.placeCountry == nil {
		return
	}
	var add []actor.Mention
	for i := 0; i+1 < len(sc.toks); i++ {
		if !locatives[sc.toks[i].Lower] {
			continue
		}
		if a, b, c, ok := sc.gazetteerName(i + 1); ok {
			name := sc.tokText(a, b)
			add = append(add, actor.Mention{Start: a, End: b, Code: c, Name: name, Role: actor.Place,
				How: "place: '" + name + "' lies in " + string(c) + " (gazetteer)"})
			i = b - 1
		}
	}
	if len(add) == 0 {
		return
	}
	sc.ms = append(sc.ms, add...)
	slices.SortStableFunc(sc.ms, func(a, b actor.Mention) int { return a.Start - b.Start })
	for k, m := range sc.ms {
		for i := m.Start; i < m.End; i++ {
			sc.at[i] = k
		}
	}
}

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
		j--
		nouns++
	}
	if nouns == 0 || j < 0 || sc.at[j] < 0 {
		return -1, false
	}
	k := sc.at[j]
	m := &sc.ms[k]
	if m.Role != actor.Modifier || m.End != j+1 || len(m.Entries) == 0 || m.Entries[0].Kind != dict.Demonym || countryOf(m) == "" {
		return -1, false
	}
	if a := m.Start - 1; a >= 0 {
		w := sc.toks[a].Lower
		if !isDet(w) && w != "a" && w != "an" && w != "," && w != "some" && w != "about" && w != "hundreds" && w != "thousands" && !isNumber(w) && !sc.boundary(a) {
			return -1, false
		}
	}
	return k, true
}

func isNumber(w string) bool {
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' {
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

// locativePlace reports a country or capital mention right after a
// locative ("in northern Israel"): the place of an act, not its doer.
func (sc *scan) locativePlace(k int) bool {
	m := &sc.ms[k]
	if !placeEntry(m) {
		return false
	}
	j := m.Start - 1
	for j >= 0 && compassWords[sc.toks[j].Lower] {
		j--
	}
	return j >= 0 && locatives[sc.toks[j].Lower]
}

// placeEntry reports whether a mention is a place name: a country or its
// capital, not a person or an organisation that happens to follow "at".
func placeEntry(m *actor.Mention) bool {
	for _, e := range m.Entries {
		if e.Kind == dict.Country || e.Kind == dict.Capital {
			return true
		}
	}
	return false
}

// otherActorsCountry returns the one country of the sentence's actors
// other than the open ones.
func (sc *scan) otherActorsCountry(open []bool) (code, why string) {
	found := map[string]string{}
	for k := range sc.ms {
		m := &sc.ms[k]
		if open[k] || m.Role == actor.Pronoun || m.Role == actor.BareAgent {
			// a pronoun's or a bare agent's country is itself a guess
			continue
		}
		if c := countryOf(m); c != "" && len(m.Code) > 3 {
			found[c] = "'" + sc.tokText(m.Start, m.End) + "'"
		}
	}
	return one(found)
}

func one(found map[string]string) (string, string) {
	if len(found) != 1 {
		return "", ""
	}
	for c, why := range found {
		return c, why
	}
	return "", ""
}
