package coder

import (
	"slices"
	"strings"

	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
)

// Implicit roles: actors the sentence implies without words for them.
// A protest with no target addresses a government, a state's curfew falls
// on its people, an agentless passive of a state's act is done by the
// authorities where it happens, and a place abroad undergoes a material
// act with no target. Each is written into the event's explanation as
// implicit.

// domesticTargets gives a target to the domestic acts that name none: a
// protest addresses the government of the country it happens in
// ("Egyptian demonstrators rioted" → EGYGOV), and a curfew, martial law or
// ban a state's agents impose, threaten or ease falls on that country's
// people ("declared a state of siege in Haiti" → HTICVL). The country is
// the sentence's place, else the source's own. The target has no words in
// the sentence; its explanation says so.
func (sc *scan) domesticTargets(es []event.Event) {
	for i := range es {
		e := &es[i]
		if restriction(e.Code) && stateAgent(e.Source.Code) && e.Target.Code == cameo.ActorCode(e.Source.Code.Country()+"GOV") && strings.Contains(e.Explain.Target.How, "capital") {
			// "extend the curfew in Abidjan": the capital names where,
			// and the people there undergo it, not the government (a
			// minister banned from politics is the minister)
			e.Target.Code = cameo.ActorCode(e.Source.Code.Country() + "CVL")
			e.Explain.Target.How += "; a restriction the state imposes on its own capital falls on its people"
			continue
		}
		if e.Code == "040" && e.Target.Code != "" {
			if place, why := sc.meetingPlace(e.Explain.Verb.End + sc.targetLen(e)); place != "" && place != e.Source.Code.Country() && place != e.Target.Code.Country() {
				// "Trump and Kim met in Singapore": neither side's ground
				recode(e, "044", "a meeting in '"+why+"', neither side's country: 044")
			}
		}
		if e.Code == "190" && aircraftWord(e.Source.Text) {
			// "Israeli warplanes struck Hamas targets": force from the air
			recode(e, "195", "force by '"+e.Source.Text+"': aerial weapons, 195")
		}
		if (e.Target.Code == "" || strings.HasPrefix(string(e.Target.Code), "---")) && (e.Code == "1712" || e.Code == "171") && protesterWord(e.Source.Text) {
			// "Uighur rioters torched buses", "set fire to banks": property
			// destroyed by protesters, of no one named, is their riot
			e.Target, e.Explain.Target = event.Actor{}, event.ActorTrace{}
			recode(e, "145", "property destroyed by '"+e.Source.Text+"' with no one named: a riot, 145")
		}
		if e.Target.Code != "" && !(e.Root == "14" && placeWord(e.Explain.Verb.Text)) {
			continue
		}
		if e.Root == "14" {
			// (a protest "in Gaza" that goes on "against the party's
			// leader" is against the leader, not the place)
			if k, why := sc.protestedAgainst(e.Explain.Verb.End + sc.targetLen(e)); k >= 0 {
				// "threw stones during demonstrations against violations
				// by the Israeli military": whom the protest is against
				e.Target, e.Explain.Target = sc.actor(k)
				e.Explain.Target.How = "what the protest is against, " + why + ": " + e.Explain.Target.How
				continue
			}
		}
		if e.Target.Code != "" || targetedTwin(es, i) >= 0 {
			continue // (a riot "hurling stones at soldiers" is against them: one act)
		}
		role := ""
		switch {
		case (e.Root == "14" || e.Code.Base() == "082" || e.Code.Base() == "133") && !stateForce(e.Source.Code):
			role = "GOV" // protesting, threatening to (133), and ending a protest (082)
		case restriction(e.Code) && stateAgent(e.Source.Code):
			role = "CVL"
		default:
			continue
		}
		place, _ := sc.sentencePlace()
		c, from := place, "the sentence's place"
		if c == "" {
			c, from = e.Source.Code.Country(), "the source's country"
		}
		if !isState(c) {
			continue
		}
		e.Target = event.Actor{Code: cameo.ActorCode(c + role)}
		what := "a protest addresses the government"
		switch e.Root {
		case "08":
			what = "ending a protest answers the government"
		case "13":
			what = "a threat of protest addresses the government"
		}
		if role == "CVL" {
			what = "a restriction imposed by the state falls on the people"
		}
		e.Target.Implied = true
		e.Explain.Target = event.ActorTrace{How: "implicit: " + what + " of " + c + " (" + from + ")"}
	}
}

// placeWord reports a verb phrase that ends with a locative: the target
// the pattern read after it is where the act happens ("staged rallies in").
func placeWord(verb string) bool {
	i := strings.LastIndexByte(verb, ' ')
	switch verb[i+1:] {
	case "in", "at", "outside", "near":
		return true
	}
	return false
}

// targetLen is how many code points event e's target text takes after its
// verb, with the space between: where the search for "against" goes on.
func (sc *scan) targetLen(e *event.Event) int {
	if e.Target.Span.Empty() || e.Target.Span.Start < e.Explain.Verb.End {
		return 0
	}
	return e.Target.Span.End - e.Explain.Verb.End
}

// tokenFrom returns the first token at or after code point end of the
// sentence (an event span's end), or len(sc.toks).
func (sc *scan) tokenFrom(end int) int {
	i := 0
	for i < len(sc.toks) && runeCount(sc.s.Text[:sc.toks[i].Start-sc.s.Start]) < end {
		i++
	}
	return i
}

// meetingPlace finds, in the clause after a meeting's verb and target
// (which end at code point end of the sentence), the country of a place
// after "in" or "at": "met in Singapore", "held talks with Putin in
// Geneva". It returns the country and the place's words, or "".
func (sc *scan) meetingPlace(end int) (string, string) {
	i := sc.tokenFrom(end)
	for n := 0; i+1 < len(sc.toks) && n < 6; i, n = i+1, n+1 {
		if w := sc.toks[i].Lower; sc.boundary(i) || w == "," || w == "." || w == ";" {
			return "", ""
		}
		if w := sc.toks[i].Lower; w != "in" && w != "at" {
			continue
		}
		j := i + 1
		for j < len(sc.toks) && (sc.toks[j].Lower == "the" || compassWords[sc.toks[j].Lower]) && sc.at[j] < 0 {
			j++
		}
		if j < len(sc.toks) && sc.at[j] >= 0 {
			if m := &sc.ms[sc.at[j]]; m.Start == j && placeEntry(m) && isState(m.Code.Country()) {
				return m.Code.Country(), sc.tokText(m.Start, m.End)
			}
		}
		return "", ""
	}
	return "", ""
}

// protestedAgainst finds, in the clause after a protest's verb (which
// ends at code point end of the sentence), whom the protest is against:
// the actor right after "against" ("against Sweden's decision"), else the
// agent after "by" or "of" in the noun phrase after it ("against the
// alleged abuses by the Israeli military"). It returns the mention and
// the words read, or -1.
func (sc *scan) protestedAgainst(end int) (int, string) {
	i := sc.tokenFrom(end)
	for n := 0; i < len(sc.toks) && n < 8; i, n = i+1, n+1 {
		if w := sc.toks[i].Lower; sc.boundary(i) || w == "," || w == "." || w == ";" {
			return -1, ""
		}
		if sc.toks[i].Lower == "against" {
			break
		}
	}
	if i >= len(sc.toks) || sc.toks[i].Lower != "against" {
		return -1, ""
	}
	from := i
	for j := i + 1; j < len(sc.toks) && j <= i+9; j++ {
		w := sc.toks[j].Lower
		if sc.boundary(j) || w == "," || w == "." || w == ";" || w == "and" || subordinators[w] {
			break
		}
		k := sc.at[j]
		if k < 0 || sc.ms[k].Start != j {
			continue
		}
		if j == i+1 || j == i+2 && isDet(sc.toks[i+1].Lower) || sc.toks[j-1].Lower == "by" || sc.toks[j-1].Lower == "of" || j >= 2 && sc.toks[j-1].Lower == "the" && (sc.toks[j-2].Lower == "by" || sc.toks[j-2].Lower == "of") {
			if sc.usable(k) || sc.ms[k].Role == actor.Modifier {
				// "the party's leader Mahmoud Abbas": the possessed actor,
				// the last of those written one after the other
				if e := sc.ms[k].End; e+1 < len(sc.toks) && sc.toks[e].Lower == "'s" {
					for n := e + 1; n < len(sc.toks) && sc.at[n] >= 0 && sc.ms[sc.at[n]].Start == n && sc.usable(sc.at[n]); n = sc.ms[sc.at[n]].End {
						k = sc.at[n]
					}
				}
				return k, "'" + sc.tokText(from, sc.ms[k].End) + "'"
			}
		}
		return -1, "" // the first actor after "against" is no owner or agent
	}
	return -1, ""
}

// restriction reports a curfew, martial law, state of emergency or ban:
// imposed (172x), threatened (132x) or eased (081x).
func restriction(c cameo.Code) bool {
	b := c.Base()
	return b == "172" || b == "132" || b == "081"
}

// stateForce reports a code of a state's executive, forces, police or
// intelligence: they do not protest against their own government.
func stateForce(c cameo.ActorCode) bool { return roleIn(c, "GOV", "MIL", "COP", "SPY") }

// roleIn reports a code whose first role (after the three letters of its
// country or organisation) is one of roles.
func roleIn(c cameo.ActorCode, roles ...string) bool {
	return len(c) >= 6 && slices.Contains(roles, string(c[3:6]))
}

// stateAgent reports a code of a state (a country alone, its government,
// forces, police, courts or legislature).
func stateAgent(c cameo.ActorCode) bool {
	if len(c) < 6 {
		return isState(string(c))
	}
	return roleIn(c, "GOV", "MIL", "COP", "SPY", "JUD", "LEG")
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
	if code.Root() == "15" {
		sc.postureSubject(m)
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
	sc.markUsed(m)
}

// markUsed marks the words of m as an emitted pattern's.
func (sc *scan) markUsed(m *match) {
	sc.used[m.anchor] = true
	for _, w := range m.words {
		sc.used[w] = true
	}
}

// postureSubject codes an agentless passive of force posture by its
// subject: "Indian troops were deployed to Ladakh", "police were put on
// maximum alert" show their own readiness, whoever ordered it.
func (sc *scan) postureSubject(m *match) {
	m.src = nil
	sc.findSourceNoShare(m)
	if len(m.src) == 0 {
		if k, ok := sc.demonymSubject(m.first); ok {
			m.src = []int{k}
		}
	}
	if len(m.src) == 0 {
		return
	}
	place, why, object := sc.placeAfter(m.last, false)
	for _, s := range m.src {
		e := sc.event(m, m.p.Code, s, -1)
		e.Explain.Notes = append(e.Explain.Notes, "passive of force posture: the subject shows it")
		if place != "" && sc.ms[s].Code.Country() != string(place) {
			e.Target = event.Actor{Code: place, Implied: !object}
			e.Explain.Target = event.ActorTrace{How: "implicit: the country the act happens in, " + why}
		}
		if sc.duplicate(&e) {
			continue
		}
		sc.flags(m, &e)
		sc.events = append(sc.events, e)
	}
	sc.markUsed(m)
}

// placeTargetRoots are the material acts whose place abroad, when no actor
// undergoes them, stands for the country that does ("Israeli jets struck
// targets in Syria" is ISR → SYR; a place in the source's own country
// adds nothing to the event's location, except for insurgents, see
// insurgentAct): material cooperation
// and aid (06, 07), shows of force (15), reduced relations (16), coercion
// (17), assaults (18), fighting (19) and mass violence (20).
var placeTargetRoots = map[cameo.Code]bool{"06": true, "07": true, "15": true, "16": true, "17": true, "18": true, "19": true, "20": true}

// placeTargetIntents are the intents to do such acts (030 to cooperate,
// 031 to cooperate materially, 033 to give aid): "APEC agreed to set up a
// research centre in Tokyo" is IGO → JPN, as setting it up would be. The
// other intents' places are venues ("agreed to meet in Geneva").
var placeTargetIntents = map[cameo.Code]bool{"030": true, "031": true, "033": true}

// insurgentAct reports violence (roots 17 to 20) by an armed actor that is
// no state's — rebels, insurgents, separatists, militias, criminals — whose
// place at home names the state it is done against.
func insurgentAct(src cameo.ActorCode, code cameo.Code) bool {
	r := code.Root()
	return (r == "17" || r == "18" || r == "19" || r == "20") && roleIn(src, "REB", "INS", "SEP", "UAF", "CRM", "RAD")
}

// subordinators open a clause of their own, whose places are not the act's.
var subordinators = map[string]bool{
	"if": true, "unless": true, "when": true, "whenever": true, "because": true, "after": true,
	"before": true, "while": true, "until": true, "since": true, "although": true, "though": true,
}

// placeAfter finds the place of the act whose words end at token last: a
// gazetteer place as its object ("shelled Kharkiv"), or a country, capital
// or gazetteer place after a locative — or after "from" when from is set,
// for a withdrawal — before the clause ends. It returns the place's
// country and how it was found.
func (sc *scan) placeAfter(last int, from bool) (code cameo.ActorCode, why string, object bool) {
	k := sc.afterSettlement(last + 1) // "attacked the town of Bakhmut"
	if k+1 < len(sc.toks) && sc.toks[k].Lower == "of" && settlementWords[sc.toks[last].Lower] {
		k++ // "captured the town of Bakhmut", the pattern's own "town"
	}
	if k < len(sc.toks) && sc.at[k] >= 0 && sc.ms[sc.at[k]].Role == actor.Place && sc.ms[sc.at[k]].Start == k {
		// the verb's object is a place ("shelled Kharkiv")
		if m := &sc.ms[sc.at[k]]; isState(m.Code.Country()) {
			return cameo.ActorCode(m.Code.Country()), "its object '" + sc.tokText(k, m.End) + "'", true
		}
	}
	for i := last + 1; i+1 < len(sc.toks) && i <= last+10; i++ {
		w := sc.toks[i].Lower
		if sc.boundary(i) || w == "," || w == ";" || w == "." || w == "which" || w == "who" || subordinators[w] {
			return "", "", false // "… if war starts in Iraq": another clause's place
		}
		if !locatives[w] && w != "into" && !(from && w == "from") { // "sent troops into Syria", "withdrew from Kherson"
			continue
		}
		j := i + 1
		if from && w == "from" {
			j = sc.afterSettlement(j) // "from the city of Kherson"
		}
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
		if c := m.Code.Country(); isState(c) {
			for _, e := range m.Entries {
				if e.Region {
					return "", "", false
				}
			}
			return cameo.ActorCode(c), "'" + sc.tokText(i, m.End) + "'", false
		}
	}
	return "", "", false
}

// protesterWord reports a source named as protesters or rioters.
func protesterWord(text string) bool {
	w := strings.ToLower(text)
	for _, p := range []string{"rioter", "protester", "protestor", "demonstrator", "mob"} {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}

// aircraftWord reports a source named as aircraft: warplanes, jets,
// drones, bombers, helicopter gunships.
func aircraftWord(text string) bool {
	w := strings.ToLower(text)
	for _, p := range []string{"warplane", "jet", "drone", "bomber", "gunship", "aircraft", "air force"} {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}
