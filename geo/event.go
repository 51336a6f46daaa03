package geo

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/text"
)

// EventPlace turns a gazetteer entry into the place of an event, with
// GDELT's fields: Geo_Type, full name, FIPS and ISO country, ADM1 code,
// coordinates and feature id.
func (g *Gazetteer) EventPlace(p Place) event.Place {
	if p.Kind == 0 || p.Kind == Region {
		return event.Place{} // GDELT has no geography type for a continent
	}
	fips := g.FIPS(p.CC)
	country := ""
	if c := g.countries[p.CC]; c != nil {
		country = g.places[c.place].Name
	}
	e := event.Place{
		CountryCode: fips,
		Country:     p.CC,
		Lat:         round4(p.Lat),
		Lon:         round4(p.Lon),
	}
	us := p.CC == "US"
	switch p.Kind {
	case Country:
		e.Type = 1
		e.FullName = p.Name
		e.ADM1Code = fips
		e.FeatureID = fips
	case Admin1:
		e.Type = 5
		if us {
			e.Type = 2
		}
		e.FullName = joinNames(p.Name, country)
		e.ADM1Code = fips + p.Admin1
		e.FeatureID = e.ADM1Code
	case City:
		e.Type = 4
		if us {
			e.Type = 3
		}
		adm := ""
		if p.Admin1 != "" {
			e.ADM1Code = fips + p.Admin1
			if k, ok := g.admin1[p.CC+"."+p.Admin1]; ok {
				adm = g.places[k].Name
			}
		}
		e.FullName = joinNames(p.Name, adm, country)
		e.FeatureID = strconv.Itoa(p.GeonameID)
	}
	return e
}

func joinNames(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" && (len(out) == 0 || out[len(out)-1] != p) {
			out = append(out, p)
		}
	}
	return strings.Join(out, ", ")
}

func round4(f float32) float64 {
	return math.Round(float64(f)*1e4) / 1e4
}

// ForEvent chooses the places of one event of sentence s (s.Index must be
// its index in the slice given to Find): the ActionGeo, and the geography
// of the source (Actor1) and target (Actor2). verb is the event verb's
// span in code points within the sentence.
//
// ActionGeo, in order of preference: a place after a place preposition
// other than "from" in the verb's clause ("in Sirte", "the city of
// Sirte"), nearest the verb; a
// city or state named elsewhere in the sentence outside the actors' words;
// one inside them ("Benghazi-based forces"); a country named as a place in
// the sentence; else the article's main place, marked inferred. Demonyms
// and country names used as actors ("Libyan forces", "Libya said") only
// fall back to the main place.
//
// An actor's place is the place named inside, just before or just after
// its words ("Benghazi-based forces", "the Libyan army", "forces from
// Benghazi"), else the country of its
// CAMEO code (LBYMIL → Libya, inferred), else none.
func (ps *Places) ForEvent(s *text.Sentence, verb event.Span, source, target event.Actor) (action, actor1, actor2 event.Place) {
	ms := ps.InSentence(s.Index)
	action = ps.action(s, ms, verb, source, target)
	actor1 = ps.actor(ms, source)
	actor2 = ps.actor(ms, target)
	return
}

func (ps *Places) fromMention(m *Mention, how string) event.Place {
	p := ps.g.EventPlace(m.Place)
	p.Text = m.Text
	p.Span = event.Span{Start: m.SpanStart, End: m.SpanEnd, Text: m.Text}
	p.How = how
	return p
}

func inside(m *Mention, a event.Actor) bool {
	return !a.Span.Empty() && m.SpanStart >= a.Span.Start && m.SpanEnd <= a.Span.End
}

func (ps *Places) action(s *text.Sentence, ms []Mention, verb event.Span, src, tgt event.Actor) event.Place {
	best, bestRank, bestDist := -1, 99, 0
	for k := range ms {
		m := &ms[k]
		inActor := inside(m, src) || inside(m, tgt)
		var rank int
		switch {
		case m.Role == Demonym || m.Place.Kind == Region:
			continue
		case m.Role == Literal && !m.from && !clauseBreak(s, verb, m):
			rank = 0
		case m.Place.Kind != Country && !inActor && m.Role != Modifier:
			rank = 1
		case m.Place.Kind != Country:
			rank = 2
		case m.Role == Literal:
			rank = 3
		default:
			continue // a country as an actor or modifier: "Libya said", "US interests"
		}
		d := distance(m, verb)
		if rank < bestRank || rank == bestRank && d < bestDist {
			best, bestRank, bestDist = k, rank, d
		}
	}
	if best >= 0 {
		hows := []string{"named after a place preposition in the event's clause", "named in the sentence", "named within an actor", "country named as a place in the sentence"}
		return ps.fromMention(&ms[best], fmt.Sprintf("'%s' %s: %s", ms[best].Text, hows[bestRank], ms[best].Reason))
	}
	if ps.Main.Kind == 0 {
		return event.Place{}
	}
	p := ps.g.EventPlace(ps.Main)
	p.Inferred = true
	p.How = fmt.Sprintf("no place in the sentence: the article's main place (named %d times)", ps.MainCount)
	return p
}

// actor gives an actor's place: a mention inside or just before its words,
// else its code's country.
func (ps *Places) actor(ms []Mention, a event.Actor) event.Place {
	if a.Empty() {
		return event.Place{}
	}
	best := -1
	for k := range ms {
		m := &ms[k]
		in := inside(m, a)
		before := m.SpanEnd <= a.Span.Start && a.Span.Start-m.SpanEnd <= 7 && m.Role == Modifier // "Benghazi-based forces"
		after := m.from && m.SpanStart >= a.Span.End && m.SpanStart-a.Span.End <= 6              // "forces from Benghazi"
		if !in && !before && !after || m.Place.Kind == Region {
			continue
		}
		if best < 0 || m.Place.Kind == City && ms[best].Place.Kind != City {
			best = k
		}
	}
	if best >= 0 {
		return ps.fromMention(&ms[best], fmt.Sprintf("'%s' in the actor's words", ms[best].Text))
	}
	if c := a.Code.Country(); len(c) == 3 {
		if p, ok := ps.g.CountryByISO3(c); ok {
			e := ps.g.EventPlace(p)
			e.Inferred = true
			e.How = "the country of the actor code " + string(a.Code)
			return e
		}
	}
	return event.Place{}
}

func distance(m *Mention, v event.Span) int {
	switch {
	case m.SpanEnd <= v.Start:
		return v.Start - m.SpanEnd
	case m.SpanStart >= v.End:
		return m.SpanStart - v.End
	}
	return 0
}

// clauseBreak reports whether a clause boundary (";", ", and", ", but",
// ", while", ", as") stands between the verb and the mention.
func clauseBreak(s *text.Sentence, v event.Span, m *Mention) bool {
	a, b := v.End, m.SpanStart
	if m.SpanEnd <= v.Start {
		a, b = m.SpanEnd, v.Start
	}
	if a >= b {
		return false
	}
	between := runeSlice(s.Text, a, b)
	return strings.Contains(between, ";") || strings.Contains(between, ", and ") ||
		strings.Contains(between, ", but ") || strings.Contains(between, ", while ") ||
		strings.Contains(between, ", as ")
}

// runeSlice returns s[a:b] in code points.
func runeSlice(s string, a, b int) string {
	n, start := 0, -1
	for i := range s {
		if n == a {
			start = i
		}
		if n == b {
			if start < 0 {
				return ""
			}
			return s[start:i]
		}
		n++
	}
	if start < 0 {
		return ""
	}
	return s[start:]
}
