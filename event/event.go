// Package event holds the values that every stage after coding shares: an
// Event (who did what to whom, when, and why it was coded so) and its parts.
//
// The coder creates events; the date stage fills Date; exporters and the
// store read them. Nothing in this package does any work on text.
package event

import (
	"strconv"

	"github.com/annals-project/annals/ontology/cameo"
	"github.com/annals-project/annals/ontology/plover"
)

// Span is a half-open range [Start, End) of Unicode code points inside the
// event's sentence, and the text it covers.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Empty reports whether the span covers nothing.
func (s Span) Empty() bool { return s.End <= s.Start }

// Origin names the dictionary line an entry came from.
type Origin struct {
	File string `json:"file"`
	Line int    `json:"line"`
}

func (o Origin) String() string {
	if o.File == "" {
		return ""
	}
	return o.File + ":" + strconv.Itoa(o.Line)
}

// Actor is one side of an event: the coded actor and where it was read.
type Actor struct {
	Code cameo.ActorCode `json:"code"`
	Name string          `json:"name"` // canonical name of the entry, "Libyan National Army"
	Text string          `json:"text"` // the words in the sentence
	Span Span            `json:"span"`
	// Implied marks a target no words name, given by a rule (the country
	// an act happens in, a protest's government): the coder lets one the
	// words name take its place. It is not written out.
	Implied bool `json:"-"`
}

// Empty reports whether no actor is set (an event with no target).
func (a Actor) Empty() bool { return a.Code == "" && a.Text == "" }

// Precision says how exact a Date is.
type Precision string

const (
	Day   Precision = "day"
	Week  Precision = "week"
	Month Precision = "month"
	Year  Precision = "year"
)

// Event is one coded event.
type Event struct {
	DocID         string        `json:"doc_id"`
	SentenceIndex int           `json:"sentence_index"`
	Sentence      string        `json:"sentence"`
	Date          string        `json:"date"` // YYYY-MM-DD; first day of the period for coarser precision
	DatePrecision Precision     `json:"date_precision"`
	DateInferred  bool          `json:"date_inferred"` // no date in the sentence: the publication date
	Source        Actor         `json:"source"`
	Target        Actor         `json:"target"`
	Code          cameo.Code    `json:"code"`
	Root          cameo.Code    `json:"root"`
	QuadClass     int           `json:"quad_class"`
	Goldstein     float64       `json:"goldstein"`
	PLOVER        plover.Coding `json:"plover"`
	Negated       bool          `json:"negated"`
	Hypothetical  bool          `json:"hypothetical"`
	Quoted        bool          `json:"quoted"`
	ActionGeo     Place         `json:"action_geo,omitzero"` // where the event happened
	Actor1Geo     Place         `json:"actor1_geo,omitzero"` // where the source is based, where the text says
	Actor2Geo     Place         `json:"actor2_geo,omitzero"` // where the target is based
	Explain       Explain       `json:"explain"`
	Article       ArticleRef    `json:"article"`
}

// Place is a resolved location of an event or actor, with the fields of a
// GDELT geography block. The zero Place is "no location".
type Place struct {
	Type        int     `json:"type"`                // GDELT Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
	FullName    string  `json:"full_name"`           // "Sirte, Surt, Libya"
	CountryCode string  `json:"country_code"`        // FIPS 10-4, as GDELT writes it: "LY", "UK", "GM"
	Country     string  `json:"country"`             // ISO 3166-1 alpha-2: "LY", "GB", "DE"
	ADM1Code    string  `json:"adm1_code,omitempty"` // FIPS country + GeoNames admin1 code: "LY76", "USTX"
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
	FeatureID   string  `json:"feature_id"`         // GeoNames id for a city; the ADM1 code for a state; the FIPS code for a country
	Inferred    bool    `json:"inferred,omitempty"` // not named in the event's sentence: the article's main place
	Text        string  `json:"text,omitempty"`     // the words naming it in the sentence
	Span        Span    `json:"span,omitzero"`      // where, in code points within the sentence
	How         string  `json:"how,omitempty"`      // why this place was chosen
}

// Empty reports whether no place is set.
func (p Place) Empty() bool { return p.Type == 0 }

// ArticleRef is what an event keeps of the article it came from.
type ArticleRef struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Source string `json:"source,omitempty"` // publisher, "Middle East Monitor"
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"` // publication date YYYY-MM-DD
}

// Explain says why an event was coded as it was: every coded field points
// at the words and the dictionary line that produced it.
type Explain struct {
	Verb      Span       `json:"verb"`
	Pattern   Rule       `json:"pattern"`
	Source    ActorTrace `json:"source"`
	Target    ActorTrace `json:"target"`
	Date      string     `json:"date"`                // how the date was found
	Notes     []string   `json:"notes,omitempty"`     // flags, passive, reference, compound…
	Furniture []string   `json:"furniture,omitempty"` // lines dropped from the article before coding
}

// Rule is a pattern or entry with its origin.
type Rule struct {
	ID     string `json:"id,omitempty"`
	Text   string `json:"text"`
	Origin Origin `json:"origin"`
}

// ActorTrace explains one actor's code: the entries that built it.
type ActorTrace struct {
	How     string `json:"how,omitempty"` // "dictionary", "demonym + agent", "pronoun 'it' → …"
	Entries []Rule `json:"entries,omitempty"`
}
