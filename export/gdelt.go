package export

import (
	"fmt"
	"io"
	"strconv"

	"github.com/annals-project/annals/event"
)

// GDELTColumns is the number of tab-separated columns of a GDELT 2.0 Event
// export row.
const GDELTColumns = 61

// Place is one GDELT geography block (Actor1Geo_*, Actor2Geo_*,
// ActionGeo_*). The zero Place is "no location": GDELT writes Type 0 and
// leaves the other seven columns empty.
type Place struct {
	Type        int    // 1 country, 2 US state, 3 US city, 4 world city, 5 world state; 0 none
	FullName    string // "Misrata, Misratah, Libya"
	CountryCode string // FIPS 10-4, two letters
	ADM1Code    string
	ADM2Code    string
	Lat, Long   float64 // written only when Type is not 0
	FeatureID   string
}

// GDELTOptions adjusts the GDELT export.
type GDELTOptions struct {
	// Places supplies the three geography blocks of an event. When nil,
	// the blocks are the event's own places (Actor1Geo, Actor2Geo,
	// ActionGeo, filled by the geo stage), empty where it has none.
	Places func(e *event.Event) (actor1, actor2, action Place)
	// Counts, when set, gives an event's GLOBALEVENTID and its NumMentions,
	// NumSources and NumArticles: a store that merges the reports of one
	// event (store, story) knows them. nil = EventID and 1, 1, 1, since one
	// coded event is one report.
	Counts func(e *event.Event) Counts
}

// Counts are the identifier and report counts of a merged event; a zero
// ID means EventID, a zero count means 1.
type Counts struct {
	ID                                   int64
	NumMentions, NumSources, NumArticles int
}

// GDELTWriter writes the GDELT 2.0 Event export: 61 tab-separated columns,
// no header, one event per line. How annals fills the columns:
//
//   - GLOBALEVENTID: EventID (see the package comment).
//   - SQLDATE, MonthYear, Year: the event day (Event.Date, else the
//     publication date). FractionDate: year + ((month−1)·30 + day)/365 with
//     four decimals, the approximation GDELT's own rows use (2014-02-18 →
//     2014.1315).
//   - Actor1 is the source, Actor2 the target. The actor code is read
//     three letters at a time: Code is the code without a leading "---"
//     (unknown country: "---GOV" is written "GOV", as GDELT writes a role
//     without a country); CountryCode the country or region group;
//     Type1..3Code the role groups (GOV, MIL, …; data/roles.tsv);
//     Religion1/2Code the religion groups; EthnicCode a lower-case group;
//     KnownGroupCode the organisation named after IGO/NGO/NGM, or a group
//     that is neither country nor role after the country: IGOUNO → country
//     empty, KnownGroupCode UNO, Type1Code IGO, as GDELT's own rows have
//     IGOMOSOIC → OIC, MOS, IGO. Name is the entry's canonical name (else
//     the words in the sentence), upper-cased as GDELT writes names.
//   - IsRootEvent: 1 for events of the first sentence (GDELT: the lead
//     paragraph), else 0.
//   - EventCode as coded (a bare root "04" becomes "040"), EventBaseCode its
//     first three digits, EventRootCode its first two; all keep their
//     leading zeros.
//   - QuadClass and GoldsteinScale from the event (QuadClass from the root
//     when the event has 0); NumMentions, NumSources, NumArticles from
//     GDELTOptions.Counts, else 1;
//     AvgTone empty, since annals computes no tone.
//   - The geography blocks from GDELTOptions.Places, else from the event's
//     Actor1Geo, Actor2Geo and ActionGeo (Type 0 and empty where unset).
//   - DATEADDED: the publication date (else the event day) at 000000, so
//     that the output depends only on the input, never on the clock.
//   - SOURCEURL: Article.URL, else the document id.
//
// Tabs, newlines and other control characters inside names or URLs are
// written as spaces.
type GDELTWriter struct {
	bw     bufWriter
	t      *codeTables
	places func(e *event.Event) (actor1, actor2, action Place)
	counts func(e *event.Event) Counts
}

// NewGDELT returns a Writer of the GDELT 2.0 Event export.
func NewGDELT(w io.Writer, opt GDELTOptions) (*GDELTWriter, error) {
	t, err := tables()
	if err != nil {
		return nil, fmt.Errorf("export gdelt: %w", err)
	}
	return &GDELTWriter{bw: newBufWriter(w), t: t, places: opt.Places, counts: opt.Counts}, nil
}

// Write writes one event as one row.
func (g *GDELTWriter) Write(e *event.Event) error {
	if g.bw.closed {
		return errClosed
	}
	if e == nil {
		return fmt.Errorf("export gdelt: nil event")
	}
	line, err := g.appendRow(g.bw.line[:0], e)
	if err != nil {
		return fmt.Errorf("export gdelt: %w", err)
	}
	g.bw.line = line
	return g.bw.flushLine()
}

// Close flushes the buffered rows.
func (g *GDELTWriter) Close() error { return g.bw.close() }

// appendRow appends the event's row, newline included.
func (g *GDELTWriter) appendRow(b []byte, e *event.Event) ([]byte, error) {
	d, err := eventDate(e)
	if err != nil {
		return b, err
	}
	code, err := eventCode(e)
	if err != nil {
		return b, err
	}
	if err := checkScore(e); err != nil {
		return b, err
	}

	var n Counts
	if g.counts != nil {
		n = g.counts(e)
	}
	if n.ID == 0 {
		n.ID = EventID(e)
	}
	b = strconv.AppendInt(b, n.ID, 10)
	b = append(b, '\t')
	b = appendPadded(b, d.year, 4) // SQLDATE
	b = appendPadded(b, d.month, 2)
	b = appendPadded(b, d.day, 2)
	b = append(b, '\t')
	b = appendPadded(b, d.year, 4) // MonthYear
	b = appendPadded(b, d.month, 2)
	b = append(b, '\t')
	b = appendPadded(b, d.year, 4) // Year
	b = append(b, '\t')
	b = appendFraction(b, d)
	b = append(b, '\t')

	b = g.appendActor(b, &e.Source)
	b = g.appendActor(b, &e.Target)

	if e.SentenceIndex == 0 {
		b = append(b, "1\t"...)
	} else {
		b = append(b, "0\t"...)
	}
	b = append(b, code...)
	b = append(b, '\t')
	b = append(b, code[:3]...)
	b = append(b, '\t')
	b = append(b, code[:2]...)
	b = append(b, '\t')
	b = strconv.AppendInt(b, int64(quadClass(e, code)), 10)
	b = append(b, '\t')
	b = appendGoldstein(b, e.Goldstein)
	b = append(b, '\t')
	for _, c := range [3]int{n.NumMentions, n.NumSources, n.NumArticles} {
		b = strconv.AppendInt(b, int64(max(c, 1)), 10)
		b = append(b, '\t')
	}
	b = append(b, '\t') // AvgTone: none

	var a1, a2, act Place
	if g.places != nil {
		a1, a2, act = g.places(e)
	} else {
		a1, a2, act = gdeltPlace(&e.Actor1Geo), gdeltPlace(&e.Actor2Geo), gdeltPlace(&e.ActionGeo)
	}
	b = appendPlace(b, &a1)
	b = appendPlace(b, &a2)
	b = appendPlace(b, &act)

	added := d
	if pd, ok := parseDate(e.Article.Date); ok {
		added = pd
	}
	b = appendPadded(b, added.year, 4)
	b = appendPadded(b, added.month, 2)
	b = appendPadded(b, added.day, 2)
	b = append(b, "000000\t"...)
	if e.Article.URL != "" {
		b = appendClean(b, e.Article.URL, false)
	} else {
		b = appendClean(b, docID(e), false)
	}
	return append(b, '\n'), nil
}

// appendActor appends the ten columns of one actor, each followed by a tab.
func (g *GDELTWriter) appendActor(b []byte, a *event.Actor) []byte {
	if a.Code == "" && a.Name == "" && a.Text == "" {
		return append(b, "\t\t\t\t\t\t\t\t\t\t"...)
	}
	p := g.t.split(a.Code)
	b = appendClean(b, p.code, false)
	b = append(b, '\t')
	name := a.Name
	if name == "" {
		name = a.Text
	}
	b = appendClean(b, name, true)
	b = append(b, '\t')
	b = append(b, p.country...)
	b = append(b, '\t')
	b = append(b, p.known...)
	b = append(b, '\t')
	b = append(b, p.ethnic...)
	b = append(b, '\t')
	b = append(b, p.religion[0]...)
	b = append(b, '\t')
	b = append(b, p.religion[1]...)
	b = append(b, '\t')
	for _, t := range p.types {
		b = append(b, t...)
		b = append(b, '\t')
	}
	return b
}

// appendFraction appends GDELT's FractionDate, YYYY.FFFF.
func appendFraction(b []byte, d date) []byte {
	f := float64(d.year) + float64((d.month-1)*30+d.day)/365
	return strconv.AppendFloat(b, f, 'f', 4, 64)
}

// appendGoldstein appends the score with at least one decimal, as GDELT
// does ("-10.0", "2.8").
func appendGoldstein(b []byte, f float64) []byte {
	start := len(b)
	b = strconv.AppendFloat(b, f, 'f', -1, 64)
	for _, c := range b[start:] {
		if c == '.' {
			return b
		}
	}
	return append(b, ".0"...)
}

// gdeltPlace converts an event's place to a GDELT geography block.
func gdeltPlace(p *event.Place) Place {
	if p.Type == 0 {
		return Place{}
	}
	return Place{Type: p.Type, FullName: p.FullName, CountryCode: p.CountryCode, ADM1Code: p.ADM1Code,
		Lat: p.Lat, Long: p.Lon, FeatureID: p.FeatureID}
}

// appendPlace appends the eight columns of one geography block, each
// followed by a tab.
func appendPlace(b []byte, p *Place) []byte {
	b = strconv.AppendInt(b, int64(p.Type), 10)
	b = append(b, '\t')
	b = appendClean(b, p.FullName, false)
	b = append(b, '\t')
	b = appendClean(b, p.CountryCode, false)
	b = append(b, '\t')
	b = appendClean(b, p.ADM1Code, false)
	b = append(b, '\t')
	b = appendClean(b, p.ADM2Code, false)
	b = append(b, '\t')
	if p.Type != 0 {
		b = strconv.AppendFloat(b, p.Lat, 'f', -1, 64)
		b = append(b, '\t')
		b = strconv.AppendFloat(b, p.Long, 'f', -1, 64)
		b = append(b, '\t')
	} else {
		b = append(b, "\t\t"...)
	}
	b = appendClean(b, p.FeatureID, false)
	return append(b, '\t')
}
