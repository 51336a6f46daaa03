// Package plover is the PLOVER ontology: event types, modes, contexts, and
// the mapping of every CAMEO code onto them.
//
// PLOVER (Political Language Ontology for Verifiable Event Records, Open
// Event Data Alliance) has 16 event types; each event may carry a mode (how
// it was done, from a list that belongs to its type) and contexts (what it
// was about, one list shared by all types). The vocabulary is fixed in this
// file; the CAMEO mapping is the embedded mapping.tsv, parsed and validated
// once on first use into a table that is only read afterwards, so all
// functions are safe for concurrent use and For does not allocate.
package plover

import (
	"slices"

	"github.com/annals-project/annals/ontology/cameo"
)

// Coding is the PLOVER reading of one event.
//
// Codings returned by For share their Context slice with the mapping table:
// treat it as read-only (appending is safe, the slice has no spare capacity).
type Coding struct {
	Event   string   `json:"event"`
	Mode    string   `json:"mode"`
	Context []string `json:"context"`
}

// typeInfo is one event type with its quad category and modes.
type typeInfo struct {
	name  string
	quad  int // 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict
	modes []string
}

// types are the 16 PLOVER event types in the manual's order
// (cooperation before conflict, verbal before material).
var types = [...]typeInfo{
	{"AGREE", 1, nil},
	{"CONSULT", 1, []string{"visit", "third-party", "multilateral", "phone"}},
	{"SUPPORT", 1, nil},
	{"CONCEDE", 1, nil},
	{"COOPERATE", 2, nil},
	{"AID", 2, nil},
	{"RETREAT", 2, []string{"withdraw", "release", "disarm", "ceasefire", "access", "resign"}},
	{"REQUEST", 3, []string{"assist", "change", "yield", "meet"}},
	{"ACCUSE", 3, []string{"disapprove", "investigate", "allege"}},
	{"REJECT", 3, []string{"assist", "change", "yield", "meet"}},
	{"THREATEN", 3, []string{"restrict", "arrest", "relations", "expel", "territory", "violence"}},
	{"PROTEST", 4, []string{"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}},
	{"SANCTION", 4, []string{"convict", "expel", "withdraw", "discontinue"}},
	{"MOBILIZE", 4, []string{"troops", "weapons", "police", "militia"}},
	{"COERCE", 4, []string{"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"}},
	{"ASSAULT", 4, []string{"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"}},
}

// contexts are PLOVER's contexts, shared by every event type.
var contexts = [...]string{
	"military", "intelligence", "executive", "legislative", "election",
	"political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
	"reparations", "human_rights", "rights_freedoms", "repression", "human_security",
	"gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
	"peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
	"environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime",
	"corruption", "illegal_drugs", "trafficking",
}

// findType returns the type named event (exact, upper case).
func findType(event string) (*typeInfo, bool) {
	for i := range types {
		if types[i].name == event {
			return &types[i], true
		}
	}
	return nil, false
}

// Types returns the 16 event types in PLOVER's order, as a new slice.
func Types() []string {
	out := make([]string, len(types))
	for i, t := range types {
		out[i] = t.name
	}
	return out
}

// ValidType reports whether event is one of the 16 PLOVER event types.
// Names are upper case as in PLOVER records ("CONSULT", not "consult").
func ValidType(event string) bool {
	_, ok := findType(event)
	return ok
}

// Modes returns the modes of event type event as a new slice: empty for
// the types without modes (AGREE, SUPPORT, …) and nil for an unknown type.
func Modes(event string) []string {
	t, ok := findType(event)
	if !ok {
		return nil
	}
	return append([]string{}, t.modes...)
}

// ValidMode reports whether mode belongs to event type event. The empty
// mode is valid for every known type.
func ValidMode(event, mode string) bool {
	t, ok := findType(event)
	return ok && (mode == "" || slices.Contains(t.modes, mode))
}

// Contexts returns PLOVER's contexts as a new slice.
func Contexts() []string {
	return slices.Clone(contexts[:])
}

// ValidContext reports whether c is one of PLOVER's contexts.
func ValidContext(c string) bool {
	return slices.Contains(contexts[:], c)
}

// QuadClass is the quad category of an event type as PLOVER's quad_code:
// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
// 4 material conflict; 0 for an unknown type.
func QuadClass(event string) int {
	if t, ok := findType(event); ok {
		return t.quad
	}
	return 0
}

// For returns the PLOVER coding of a CAMEO code. A code missing from the
// mapping falls back to its three-digit code, then to its root ("0431",
// which CAMEO does not define, reads as 043); a code that is not well
// formed (cameo.Code.WellFormed) or has an unknown root gives the zero
// Coding. Statements under root 01 that PLOVER does not code (010,
// 012, …) give a Coding with an empty Event: skip them. For does not
// allocate.
func For(c cameo.Code) Coding {
	m := mapping()
	if k, ok := m[c]; ok {
		return k
	}
	if !c.WellFormed() { // "043 " is garbage, not a sub-code of 043
		return Coding{}
	}
	if len(c) > 3 {
		if k, ok := m[c.Base()]; ok {
			return k
		}
	}
	if len(c) > 2 {
		if k, ok := m[c.Root()]; ok {
			return k
		}
	}
	return Coding{}
}

// Lookup returns the coding listed for exactly c, without fallback.
func Lookup(c cameo.Code) (Coding, bool) {
	k, ok := mapping()[c]
	return k, ok
}
