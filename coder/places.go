package coder

import (
	"slices"
	"strconv"
	"strings"

	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/ontology/cameo"
	"github.com/annals-project/annals/text"
)

// Places and context countries.
//
// An actor such as "rebels", "Darfur rebels" or "ethnic Turks" has a role
// and no country of its own. News rarely says whose rebels they are
// because the sentence already does: "Sudan's government accused Darfur
// rebels of …", "Up to 100 ethnic Albanians demonstrated in Serbia". The
// default coder gives such an actor the country of what qualifies it
// ("leaders from Israel"), else of the sentence:
//
//  1. the one country that the sentence's places lie in ("in Serbia",
//     "near Kandahar", "across southern Lebanon");
//  2. failing that, the one country among the sentence's other named
//     actors that hold a role in it ("Sudan's government", "Mozambican
//     police"): a domestic story. A state named alone ("rebels attacked
//     Chile") may be the foreign side of the act and gives nothing;
//  3. failing that, the story's country: the country of at least two
//     thirds of the named actors of the story so far (three at least).
//
// Two different countries answer nothing: the actor keeps "---". The
// title of a person the dictionaries do not know ("President Bouteflicka"
// misspelt) takes the sentence's country too, except in a visit or a
// meeting with that country (visitorsAbroad): a visitor is named beside
// the places of a visit.

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
// with no country) a country: their qualifier's, else the sentence's or
// the story's when it has exactly one.
func (sc *scan) contextCountries(open []bool) {
	code, why, done := "", "", false
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
		if c, w, ok := sc.conjoinedCountry(k); ok {
			// "between the Sudanese government and southern rebels": the
			// rebels of the state named beside them
			m.Code = cameo.ActorCode(c) + m.Code[3:]
			m.How += "; of " + c + ", from '" + w + "' joined to it"
			continue
		}
		if !done {
			done = true
			code, why = sc.sentencePlace()
			if code == "" {
				code, why = sc.otherActorsCountry(open)
			}
			if code == "" {
				code, why = sc.storyCountry()
			}
		}
		if code != "" {
			m.Code = cameo.ActorCode(code) + m.Code[3:]
			m.How += "; the sentence's country " + code + ", from " + why
		}
	}
}

// conjoinedCountry returns the country of the state actor joined to agent
// k by "and" after "between" ("between the Sudanese government and
// southern rebels", "between Syrian troops and rebels").
func (sc *scan) conjoinedCountry(k int) (string, string, bool) {
	j := sc.ms[k].Start - 1
	if j >= 0 && compassWords[sc.toks[j].Lower] {
		j--
	}
	if j < 1 || sc.toks[j].Lower != "and" || sc.at[j-1] < 0 {
		return "", "", false
	}
	o := &sc.ms[sc.at[j-1]]
	b := o.Start - 1
	if b >= 0 && sc.toks[b].Lower == "the" {
		b--
	}
	if b < 0 || sc.toks[b].Lower != "between" || !stateAgent(o.Code) {
		return "", "", false
	}
	c := countryOf(o)
	return c, sc.tokText(o.Start, o.End), c != ""
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
		if !isState(c) {
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
		} else if c != "" && sc.nameOpens(m) {
			// "the Kenya Anti-Corruption Commission": a country opening
			// a name the dictionaries do not know is that name's country
			found[c] = "'" + sc.tokText(m.Start, m.End+1) + "…'"
		}
	}
	return one(found)
}

// nameOpens reports a country or capital written as the first word of a
// longer capitalised name no dictionary knows ("Kenya Anti-Corruption
// Commission", "Lima Chamber of Commerce").
func (sc *scan) nameOpens(m *actor.Mention) bool {
	e := m.End
	return m.Role == actor.Named && e < len(sc.toks) && sc.at[e] < 0 && capitalised(sc.toks[e].Text) && !sc.boundary(e) && !sc.set.legacy
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

// countryOf returns the country of mention m when it names a state (a
// country, capital, demonym, or anything coded with a state's prefix) and
// not a region, an organisation or nobody.
func countryOf(m *actor.Mention) string {
	c := m.Code.Country()
	if !isState(c) || strings.HasPrefix(string(m.Code), "~") {
		return ""
	}
	for _, e := range m.Entries {
		if e.Region {
			return ""
		}
	}
	return c
}

// isState reports a three-letter code of a state: not an organisation's
// prefix (IGO, NGO, IMG) and not the unknown country "---".
func isState(c string) bool {
	return len(c) == 3 && c != "---" && c != "IGO" && c != "NGO" && c != "IMG"
}

// sentencePlace returns the one country the sentence's places lie in: a
// country or capital after a locative, or a capitalised name the gazetteer
// places there. It is found once a sentence.
func (sc *scan) sentencePlace() (code, why string) {
	if !sc.place.done {
		sc.place.code, sc.place.why = sc.findSentencePlace()
		sc.place.done = true
	}
	return sc.place.code, sc.place.why
}

func (sc *scan) findSentencePlace() (code, why string) {
	found := map[string]string{}
	for i := 0; i+1 < len(sc.toks); i++ {
		j := i + 1
		if !locatives[sc.toks[i].Lower] {
			// the object of force is a place too when the gazetteer knows
			// it ("attacked Kharkiv"); a country there may be the foreign
			// side of the act and gives nothing ("rebels attacked Chile")
			if j = sc.placeObject(i); j < 0 || j >= len(sc.toks) {
				continue
			}
			if k := sc.at[j]; k >= 0 && sc.ms[k].Role == actor.Place && sc.ms[k].Start == j {
				found[sc.ms[k].Code.Country()] = "'" + sc.tokText(j, sc.ms[k].End) + "' (gazetteer)"
			} else if _, b, c, ok := sc.gazetteerName(j); ok {
				found[string(c)] = "'" + sc.tokText(j, b) + "' (gazetteer)"
			}
			continue
		}
		for j < len(sc.toks) && compassWords[sc.toks[j].Lower] && (sc.at[j] < 0 || sc.ms[sc.at[j]].End == j+1) {
			j++ // "in Western Cambodia": "Western" alone may be a region's word
		}
		if j >= len(sc.toks) {
			break
		}
		if c, b, ok := sc.demonymPlace(j); ok {
			found[c] = "'" + sc.tokText(i, b) + "'"
			continue
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

// demonymPlace reads a place named by its country's demonym after a
// locative: "in the northern Malian town of Gao", "in a Syrian village",
// "in Israeli jails"; or by its country or capital: "at a Moscow airport".
// It returns the country and the token after the place word.
func (sc *scan) demonymPlace(j int) (string, int, bool) {
	for j < len(sc.toks) && (sc.toks[j].Lower == "the" || sc.toks[j].Lower == "a" || compassWords[sc.toks[j].Lower]) && sc.at[j] < 0 {
		j++
	}
	if !sc.set.legacy {
		j = skipQuantity(sc.toks, j) // "in several Iranian cities"
	}
	if j >= len(sc.toks) || sc.at[j] < 0 {
		return "", 0, false
	}
	m := &sc.ms[sc.at[j]]
	if m.Start != j || m.Role != actor.Modifier || len(m.Entries) == 0 || m.End >= len(sc.toks) {
		return "", 0, false
	}
	switch k := m.Entries[0].Kind; {
	case k != dict.Demonym && k != dict.Capital && k != dict.Country:
		return "", 0, false
	case !settlementWords[singular(sc.toks[m.End].Lower)] && !siteWords[strings.TrimSuffix(sc.toks[m.End].Lower, "s")]:
		return "", 0, false
	}
	c := countryOf(m)
	return c, m.End + 1, c != ""
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
		if b+1 < len(sc.toks) && sc.toks[b].Lower == "of" && capitalised(sc.toks[b+1].Text) {
			return sc.gazetteerName(b + 1) // "in the Old City of Mosul": the place is after "of"
		}
		for ; b > a; b-- {
			if c, ok := sc.c.placeCountry(sc.tokText(a, b), true); ok {
				return a, b, c, true
			}
		}
	}
	return 0, 0, "", false
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
		from := i + 1
		switch {
		case sc.toks[i].Lower == "from":
			// "withdrew from the city of Kherson": a place, which a
			// withdrawal's target is read from
			from = sc.afterSettlement(from)
		case !locatives[sc.toks[i].Lower]:
			if from = sc.placeObject(i); from < 0 {
				continue
			}
		}
		if a, b, c, ok := sc.gazetteerName(from); ok {
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

// placeObject returns where the object of a verb of force at token i
// begins when it may be a place — after "the city of" and the like
// ("shelled Kharkiv", "captured the town of Bakhmut") — or -1 when token i
// is no such verb.
func (sc *scan) placeObject(i int) int {
	t := &sc.toks[i]
	if sc.at[i] >= 0 || !lowerWord(t.Lower) || !sc.c.forceVerb(t.Lemma) && !sc.c.forceVerb(t.Lower) {
		return -1
	}
	return sc.afterSettlement(i + 1)
}

// afterSettlement steps over "the city of" and the like at token j: the
// place's name comes after it. Up to three lower-case words may qualify the
// settlement, and a capitalised name may follow it with no "of": "the
// strategic town of Bakhmut", "the southern provincial capital Arequipa".
func (sc *scan) afterSettlement(j int) int {
	if j >= len(sc.toks) || sc.toks[j].Lower != "the" {
		return j
	}
	k := j + 1
	for n := 0; n < 3 && k < len(sc.toks) && !settlementWords[sc.toks[k].Lower] && sc.settlementQualifier(k); n++ {
		k++
	}
	if k+1 >= len(sc.toks) || !settlementWords[sc.toks[k].Lower] {
		return j
	}
	for k+1 < len(sc.toks) && settlementWords[sc.toks[k+1].Lower] {
		k++ // "the port city of"
	}
	switch next := sc.toks[k+1]; {
	case next.Lower == "of":
		return k + 2
	case capitalised(next.Text) && lowerWord(sc.toks[k].Text):
		return k + 1
	}
	return j
}

// settlementQualifier reports a word that may qualify a settlement noun: an
// adjective ("strategic") or a people or demonym no actor ("the Chechen
// capital", "the Syrian city of").
func (sc *scan) settlementQualifier(k int) bool {
	t := &sc.toks[k]
	if sc.at[k] >= 0 {
		return sc.ms[sc.at[k]].Role == actor.Modifier && sc.ms[sc.at[k]].End == k+1
	}
	return lowerWord(t.Text) || capitalised(t.Text) && t.Kind == text.Word
}

// siteWords name a place that a city or country before them locates: "at
// a Moscow airport".
var siteWords = map[string]bool{
	"airport": true, "prison": true, "jail": true, "hospital": true, "court": true, "courthouse": true,
	"square": true, "street": true, "station": true, "checkpoint": true, "hotel": true, "suburb": true,
}

// settlementWords name a place before "of": "the city of Kharkiv".
var settlementWords = map[string]bool{
	"city": true, "town": true, "village": true, "port": true, "district": true, "province": true,
	"region": true, "capital": true, "enclave": true, "suburb": true, "outskirts": true,
	"centre": true, "center": true, "heart": true, "suburbs": true,
}

// locativePlace reports a country or capital mention right after a
// locative ("in northern Israel"): the place of an act, not its doer.
func (sc *scan) locativePlace(k int) bool {
	m := &sc.ms[k]
	if !placeEntry(m) {
		return false
	}
	// "in northern Israel", "in Christian east Beirut"; "crossed into
	// Russia's Kursk region and captured", "marched through Baghdad to demand"
	return sc.locativeAt(k) >= 0
}

// locativeAt returns the token of the locative before place mention k
// ("in" of "in northern Israel"), or -1.
func (sc *scan) locativeAt(k int) int {
	j := sc.ms[k].Start - 1
	for n := 0; j >= 0 && n < 3 && (compassWords[sc.toks[j].Lower] || sc.at[j] < 0 && capitalised(sc.toks[j].Text) && n < 2); n++ {
		j--
	}
	if j >= 0 && (locatives[sc.toks[j].Lower] || sc.toks[j].Lower == "into" || sc.toks[j].Lower == "through") {
		return j
	}
	return -1
}

// afterAt reports a mention right after "at" ("at the United Nations"):
// whatever it names, it is where something happens.
func (sc *scan) afterAt(k int) bool {
	j := sc.ms[k].Start - 1
	if j >= 0 && sc.toks[j].Lower == "the" {
		j--
	}
	return j >= 0 && sc.toks[j].Lower == "at"
}

// placeEntry reports whether a mention is a place name: a country, its
// capital or a place of the gazetteer, not a person or an organisation
// that happens to follow "at".
func placeEntry(m *actor.Mention) bool {
	if m.Role == actor.Place && len(m.Entries) == 0 {
		return true // a place the gazetteer knows (gazetteerPlaces)
	}
	for _, e := range m.Entries {
		if e.Kind == dict.Country || e.Kind == dict.Capital {
			return true
		}
	}
	return false
}

// singular returns the regular singular of a plural noun ("cities" →
// "city", "towns" → "town"), or the word itself.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}
