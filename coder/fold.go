package coder

import (
	"slices"
	"strings"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
)

// One act, one event. After a sentence is coded the default coder folds
// the events that tell one act twice: a targetless event into one of its
// root with a target, a demand into the protest that makes it, a purpose
// into the act it names the target of; and it drops what is no political
// event (a state's rally, a company's rocket test).

// unknownTitle begins the explanation of a title whose person no
// dictionary knows ("President Mark Tobolo").
const unknownTitle = "title of a person not in the dictionaries"

// visitorsAbroad undoes the sentence's country for a titled person the
// dictionaries do not know when the event is a visit or a meeting with
// that country: "President Mark Tobolo arrived in Cairo" is a visitor to
// Egypt, not Egypt's president meeting its own government.
func visitorsAbroad(es []event.Event) []event.Event {
	for i := range es {
		e := &es[i]
		if e.Root != "04" || !strings.HasPrefix(e.Explain.Source.How, unknownTitle) {
			continue
		}
		if c := e.Source.Code.Country(); c != "---" && c == e.Target.Code.Country() {
			e.Source.Code = "---" + e.Source.Code[3:]
			e.Explain.Source.How += "; not " + c + ": a visitor meets the country of the place"
		}
	}
	return es
}

// byWhoActs reads acts by who does them. The rallies (CAMEO 141x) of a
// state's executive, forces or police are dropped: "Trump held his first
// indoor rally" is a campaign event, not a demonstration (strikes,
// boycotts and riots, 142-145, stay). So are shows of force (root 15) by
// businesses, media, schools and hospitals: a company testing a rocket
// exhibits no force. Troops that arrive somewhere deploy there (154; 074
// for an organisation's peacekeepers) rather than visit, and force by a
// crowd (civilians, the opposition, students, workers) is a riot (145).
func byWhoActs(es []event.Event) []event.Event {
	out := es[:0]
	for _, e := range es {
		if (e.Code == "042" || e.Code == "043") && troops(e.Source) {
			// "NATO peacekeeping troops arrived in Bosnia": forces do not
			// visit, they deploy; peacekeepers of an organisation protect
			c := cameo.Code("154")
			if e.Source.Code.Country() == "IGO" {
				c = "074"
			}
			recode(&e, c, "troops arriving are a deployment, not a visit: "+string(e.Code)+" coded "+string(c))
		}
		if e.Code == "190" && roleIn(e.Source.Code, "CVL", "OPP", "EDU", "LAB") {
			// "Trump supporters stormed the Capitol", "students marched on
			// the ministry": a crowd's force is a riot
			recode(&e, "145", "force by a crowd ("+string(e.Source.Code)+") is a violent protest: 190 coded 145")
		}
		if e.Code.Base() == "141" && stateForce(e.Source.Code) {
			continue
		}
		if e.Root == "15" && civilianRole(e.Source.Code) {
			continue // "SpaceX tested its rocket": no show of force
		}
		out = append(out, e)
	}
	return out
}

// troops reports a source written as a body of soldiers ("NATO
// peacekeeping troops", "Russian forces"), not an officer who may visit.
func troops(a event.Actor) bool {
	w := a.Text
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	switch strings.ToLower(w) {
	case "troops", "soldiers", "forces", "peacekeepers", "marines", "paratroopers", "contingent", "battalion", "battalions", "units":
		return true
	}
	return false
}

// civilianRole reports a code whose role is a business, the media, a
// school or a hospital.
func civilianRole(c cameo.ActorCode) bool { return roleIn(c, "BUS", "MED", "EDU", "HLH") }

// foldProtestDemands folds a demand or appeal written as a participle or
// an infinitive of purpose after a protest of the same source into that
// protest: "200 supporters
// blocked roads, demanding that he be reinstated" is one protest for a
// change of leader (CAMEO 1411), not a protest and a separate demand. The
// protest takes the demand's target when it has none, and a generic 141
// the subtype of what is demanded (104x → 141x).
func foldProtestDemands(es []event.Event) []event.Event {
	drop := make([]bool, len(es))
	n := 0
	for i := range es {
		d := &es[i]
		if r := d.Root; r != "10" && r != "02" || !participleVerb(d.Explain.Verb.Text) && !purposeOf(d) {
			continue
		}
		for k := range es {
			p := &es[k]
			if k == i || p.Root != "14" || p.Source.Code != d.Source.Code || p.Negated != d.Negated {
				continue
			}
			if p.Target.Code == "" && d.Target.Code != "" && d.Code != "1053" && d.Code != "0253" {
				// (whose release is demanded is no one the protest addresses)
				p.Target, p.Explain.Target = d.Target, d.Explain.Target
			}
			why := "what the protest demands: '" + d.Explain.Verb.Text + "' (" + string(d.Code) + ")"
			var sub cameo.Code // "demanding his resignation" (1041): 1411, or 1451 for a riot
			if len(p.Code) == 3 && len(d.Code) == 4 && d.Code[:3] == "104" {
				sub = p.Code + cameo.Code(d.Code[3:])
			}
			if sub.Valid() {
				recode(p, sub, why+": a demonstration for it, "+string(sub))
			} else {
				p.Explain.Notes = append(p.Explain.Notes, why)
			}
			drop[i] = true
			n++
			break
		}
	}
	return without(es, drop, n)
}

// purposeOf reports an event written as an infinitive of purpose: "marched
// to demand democracy".
func purposeOf(e *event.Event) bool {
	return slices.ContainsFunc(e.Explain.Notes, func(n string) bool { return strings.HasPrefix(n, "hypothetical: infinitive") })
}

// participleVerb reports a verb phrase that starts with an -ing word:
// "demanding that", "saying he must".
func participleVerb(text string) bool {
	w, _, _ := strings.Cut(text, " ")
	return len(w) > 4 && strings.HasSuffix(strings.ToLower(w), "ing")
}

// foldPurposes gives a done act with no target the target of its
// purpose of the same root and source, and drops the purpose: "began a
// hunger strike to protest against Sweden" is a hunger strike against
// Sweden.
func foldPurposes(es []event.Event) []event.Event {
	drop := make([]bool, len(es))
	n := 0
	for i := range es {
		if es[i].Target.Code != "" || drop[i] {
			continue
		}
		if k := purposeTwin(es, i); k >= 0 && !drop[k] {
			drop[k] = true
			n++
			es[i].Target, es[i].Explain.Target = es[k].Target, es[k].Explain.Target
			es[i].Explain.Notes = append(es[i].Explain.Notes, "target from its purpose: '"+es[k].Explain.Verb.Text+"' ("+string(es[k].Code)+")")
		}
	}
	return without(es, drop, n)
}

// purposeTwin finds, for a done event i with no target, the infinitive of
// purpose after it of the same root and source that has one.
func purposeTwin(es []event.Event, i int) int {
	e := &es[i]
	if e.Hypothetical || e.Negated {
		return -1
	}
	for k := range es {
		o := &es[k]
		if k != i && o.Target.Code != "" && o.Source.Code == e.Source.Code && o.Root == e.Root && o.Hypothetical && !o.Negated &&
			o.Explain.Verb.Start > e.Explain.Verb.Start && slices.ContainsFunc(o.Explain.Notes, func(n string) bool { return strings.HasPrefix(n, "hypothetical: infinitive") }) {
			return k
		}
	}
	return -1
}

// foldTargetless drops an event with no target when the sentence has one of
// the same source, root and standing (negated, hypothetical) with a
// target: "rebels shelled Juba, killing 20 people" is one attack on Juba,
// not that attack and a second one on nobody. The kept event notes the
// words it absorbed.
func foldTargetless(es []event.Event) []event.Event {
	drop := make([]bool, len(es))
	n := 0
	for i := range es {
		if es[i].Target.Code != "" && !es[i].Target.Implied || drop[i] {
			continue
		}
		k := targetedTwin(es, i)
		if k >= 0 && !drop[k] && es[i].Target.Implied && es[k].Target.Implied && participleVerb(es[i].Explain.Verb.Text) && es[k].Explain.Verb.Start < es[i].Explain.Verb.Start {
			// "detonated a truck bomb in Mogadishu, killing 300 people":
			// both targets are implied; the clause's act keeps its own
			drop[i] = true
			n++
			es[k].Explain.Notes = append(es[k].Explain.Notes, "also: '"+es[i].Explain.Verb.Text+"' ("+string(es[i].Code)+") in the same act")
			continue
		}
		if k < 0 || drop[k] || es[i].Target.Code != "" && es[k].Target.Implied {
			// (a target the words do not name yields only to one they
			// do: "violated the truce by shelling Ukrainian army
			// positions near Debaltseve" is the army's, not Ukraine's)
			continue
		}
		if e, o := &es[i], &es[k]; (e.Root != o.Root || participleVerb(o.Explain.Verb.Text)) && e.Explain.Verb.Start < o.Explain.Verb.Start {
			// "dropped chemical bombs on the town, killing 5,000": the
			// clause's act (2041) is the event, the participle after it
			// lends its target
			e.Target, e.Explain.Target = o.Target, o.Explain.Target
			e.Explain.Notes = append(e.Explain.Notes, "also: '"+o.Explain.Verb.Text+"' ("+string(o.Code)+") in the same act, its target")
			drop[k] = true
			n++
			continue
		}
		drop[i] = true
		n++
		es[k].Explain.Notes = append(es[k].Explain.Notes, "also: '"+es[i].Explain.Verb.Text+"' ("+string(es[i].Code)+", no target) in the same act")
	}
	return without(es, drop, n)
}

// foldForceParticiples drops force written as a participle after an act
// of force of the same source on the same target, or on none (also after
// violent repression, 175, with none): "a suicide bomber struck an army
// base, killing dozens of soldiers" is one bombing (1831), not also a
// killing (190), and "bombed a village, killing 160 people" one bombing.
// Acts of other kinds in a participle are acts of their own ("rejected
// calls to step down, vowing to keep fighting").
func foldForceParticiples(es []event.Event) []event.Event {
	drop := make([]bool, len(es))
	n := 0
	for k := range es {
		o := &es[k]
		if !force(o.Root) || !participleVerb(o.Explain.Verb.Text) {
			continue
		}
		for i := range es {
			e := &es[i]
			// the same target, or one of no country ("shelled the island of
			// Yeonpyeong, killing two marines")
			same := e.Target.Code == o.Target.Code || e.Target.Code != "" && strings.HasPrefix(string(o.Target.Code), "---")
			if i == k || drop[i] || !force(e.Root) && (e.Code.Base() != "175" || e.Target.Code != "") || e.Explain.Verb.Start >= o.Explain.Verb.Start || e.Source.Code != o.Source.Code ||
				!same || e.Negated != o.Negated || e.Hypothetical != o.Hypothetical {
				continue
			}
			drop[k] = true
			n++
			e.Explain.Notes = append(e.Explain.Notes, "also: '"+o.Explain.Verb.Text+"' ("+string(o.Code)+") in the same act")
			break
		}
	}
	return without(es, drop, n)
}

func targetedTwin(es []event.Event, i int) int {
	e := &es[i]
	for k := range es {
		o := &es[k]
		if k != i && o.Target.Code != "" && o.Source.Code == e.Source.Code && oneAct(o, e) &&
			o.Negated == e.Negated && o.Hypothetical == e.Hypothetical {
			return k
		}
	}
	return -1
}

// oneAct reports whether targetless event e may be part of act o: the same
// root, or force of any kind (roots 18 to 20: "bombed a market, killing 20
// people", and violent repression, 175: "opened fire on protesters,
// killing 15"), or property destroyed or seized in a riot ("rioted,
// setting fire to their mattresses", "looting shops").
func oneAct(o, e *event.Event) bool {
	return o.Root == e.Root || (force(o.Root) || o.Code.Base() == "175") && force(e.Root) || o.Code.Base() == "145" && e.Code.Base() == "171"
}

// force reports the roots of force: assault, fight, mass violence.
func force(r cameo.Code) bool { return r == "18" || r == "19" || r == "20" }

// foldStatedThreats drops a statement (01) whose words are a threat (13)
// of the same country coded after it: "warned that Beijing would not
// hesitate to start a war" is the threat, 138, said.
func foldStatedThreats(es []event.Event) []event.Event {
	drop := make([]bool, len(es))
	n := 0
	for i := range es {
		e := &es[i]
		if e.Root != "01" || e.Negated {
			continue
		}
		for k := range es {
			o := &es[k]
			if k != i && o.Root == "13" && o.Explain.Verb.Start > e.Explain.Verb.Start && o.Source.Code.Country() == e.Source.Code.Country() {
				drop[i] = true
				n++
				o.Explain.Notes = append(o.Explain.Notes, "said as '"+e.Explain.Verb.Text+"' ("+string(e.Code)+"): the threat is the event")
				break
			}
		}
	}
	return without(es, drop, n)
}

// without returns es less the n events drop marks.
func without(es []event.Event, drop []bool, n int) []event.Event {
	if n == 0 {
		return es
	}
	out := make([]event.Event, 0, len(es)-n)
	for i := range es {
		if !drop[i] {
			out = append(out, es[i])
		}
	}
	return out
}

// foldVisits keeps one event of a visit written twice: "arrived in
// Baghdad … on the first papal visit to Iraq" is one visit (the first
// written kept), and "Beijing hosted the Brazilian president for a state
// visit" is the hosting, not also a visit by the guest to no one.
func foldVisits(es []event.Event) []event.Event {
	drop := make([]bool, len(es))
	n := 0
	for i := range es {
		e := &es[i]
		if !visit(e.Code) || drop[i] {
			continue
		}
		for k := range es {
			o := &es[k]
			if k == i || drop[k] || !visit(o.Code) || o.Negated != e.Negated {
				continue
			}
			same := k > i && o.Code == e.Code && o.Source.Code == e.Source.Code && o.Target.Code != "" &&
				o.Target.Code.Country() == e.Target.Code.Country()
			guest := o.Target.Code == "" && o.Source.Code == e.Target.Code
			if same || guest {
				drop[k] = true
				n++
				e.Explain.Notes = append(e.Explain.Notes, "also: '"+o.Explain.Verb.Text+"' ("+string(o.Code)+") is the same visit")
			}
		}
	}
	return without(es, drop, n)
}

// visit reports the codes of a visit: making (042), hosting (043) and
// meeting at a third place (044).
func visit(c cameo.Code) bool { return c == "042" || c == "043" || c == "044" }
