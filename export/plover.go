package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/annals-project/annals/event"
)

// PLOVERWriter writes one PLOVER event record (JSON) per line. The fields,
// in this order:
//
//   - id: EventID in decimal, as a string;
//   - date: the event day, YYYY-MM-DD (Event.Date, else the publication
//     date);
//   - actor, recipient: one entity each, from the source and the target
//     (recipient is [] when the event has no target): code is the country
//     (or IGO/NGO/NGM/MNC, or "---" when the actor code has no country),
//     sector the rest of the actor code ("LBYMIL" → "LBY" + "MIL"), omitted
//     when empty; entity_text the words in the sentence; identifier_text
//     the dictionary entry's canonical name, when there is one;
//   - event: [the PLOVER event type]; event_text: [the verb's words];
//   - quad_code: the QuadClass; event_scale: the Goldstein score;
//   - mode: [the mode] or []; context: the PLOVER contexts followed by the
//     auxiliary contexts "negation" (Event.Negated) and "hypothetical"
//     (Event.Hypothetical), as the PLOVER manual records them;
//   - text: the sentence; text_info: sequence is the 1-based sentence
//     number, start/end the code-point range in text covering source, verb
//     and target (the whole sentence when no span is known);
//   - cite_info: url, title and publication (the publisher) of the article,
//     each omitted when unknown;
//   - coder: "annals".
//
// An event without a PLOVER event type is not a PLOVER record (the type is
// a required field): it is skipped, not written, and counted by Skipped.
type PLOVERWriter struct {
	bw      bufWriter
	enc     *json.Encoder
	rec     ploverRecord
	skipped int
}

type ploverRecord struct {
	ID         string         `json:"id"`
	Date       string         `json:"date"`
	Actor      []ploverEntity `json:"actor"`
	Recipient  []ploverEntity `json:"recipient"`
	Event      []string       `json:"event"`
	EventText  []string       `json:"event_text"`
	QuadCode   int            `json:"quad_code,omitempty"`
	EventScale float64        `json:"event_scale"`
	Mode       []string       `json:"mode"`
	Context    []string       `json:"context"`
	Text       string         `json:"text"`
	TextInfo   ploverTextInfo `json:"text_info"`
	CiteInfo   ploverCite     `json:"cite_info"`
	Coder      string         `json:"coder"`
	EventLoc   *ploverLoc     `json:"event_loc,omitempty"`
}

type ploverEntity struct {
	Code           string `json:"code"`
	Sector         string `json:"sector,omitempty"`
	EntityText     string `json:"entity_text"`
	IdentifierText string `json:"identifier_text,omitempty"`
}

// ploverLoc is PLOVER's event_loc: where the event happened (the event's
// ActionGeo).
type ploverLoc struct {
	Name      string  `json:"name"`
	Country   string  `json:"country"` // ISO 3166-1 alpha-2
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID string  `json:"geonameid,omitempty"`
	Text      string  `json:"text,omitempty"`
	Inferred  bool    `json:"inferred,omitempty"`
}

type ploverTextInfo struct {
	Sequence int `json:"sequence"`
	Start    int `json:"start"`
	End      int `json:"end"`
}

type ploverCite struct {
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Publication string `json:"publication,omitempty"`
}

// NewPLOVER returns a Writer of PLOVER JSON lines.
func NewPLOVER(w io.Writer) *PLOVERWriter {
	p := &PLOVERWriter{bw: newBufWriter(w)}
	// Non-nil empty slices: an empty list is written [], never null.
	p.rec = ploverRecord{
		Actor: make([]ploverEntity, 0, 1), Recipient: make([]ploverEntity, 0, 1),
		Event: make([]string, 0, 1), EventText: make([]string, 0, 1),
		Mode: make([]string, 0, 1), Context: make([]string, 0, 4),
	}
	p.enc = json.NewEncoder(p.bw.out)
	p.enc.SetEscapeHTML(false)
	return p
}

// Skipped is the number of events not written for want of a PLOVER event
// type.
func (p *PLOVERWriter) Skipped() int { return p.skipped }

// Write writes one event as one record, or skips it (see PLOVERWriter).
func (p *PLOVERWriter) Write(e *event.Event) error {
	if p.bw.closed {
		return errClosed
	}
	if e == nil {
		return fmt.Errorf("export plover: nil event")
	}
	if e.PLOVER.Event == "" {
		p.skipped++
		return nil
	}
	t, err := tables()
	if err != nil {
		return fmt.Errorf("export plover: %w", err)
	}
	d, err := eventDate(e)
	if err != nil {
		return fmt.Errorf("export plover: %w", err)
	}
	if err := checkScore(e); err != nil {
		return fmt.Errorf("export plover: %w", err)
	}

	// The record and its slices are reused from event to event: Encode
	// finishes with them before Write returns.
	r := &p.rec
	p.bw.line = strconv.AppendInt(p.bw.line[:0], EventID(e), 10)
	r.ID = string(p.bw.line)
	p.bw.line = appendDate(p.bw.line[:0], d)
	r.Date = string(p.bw.line)
	r.Actor = appendEntity(t, r.Actor[:0], &e.Source)
	r.Recipient = appendEntity(t, r.Recipient[:0], &e.Target)
	r.Event = append(r.Event[:0], e.PLOVER.Event)
	r.EventText = r.EventText[:0]
	if e.Explain.Verb.Text != "" {
		r.EventText = append(r.EventText, e.Explain.Verb.Text)
	}
	r.QuadCode = e.QuadClass
	if r.QuadCode == 0 {
		if code, err := eventCode(e); err == nil {
			r.QuadCode = quadClass(e, code)
		}
	}
	r.EventScale = e.Goldstein
	r.Mode = r.Mode[:0]
	if e.PLOVER.Mode != "" {
		r.Mode = append(r.Mode, e.PLOVER.Mode)
	}
	r.Context = append(r.Context[:0], e.PLOVER.Context...)
	if e.Negated {
		r.Context = appendOnce(r.Context, "negation")
	}
	if e.Hypothetical {
		r.Context = appendOnce(r.Context, "hypothetical")
	}
	r.Text = e.Sentence
	r.TextInfo.Sequence = e.SentenceIndex + 1
	r.TextInfo.Start, r.TextInfo.End = extent(e)
	r.CiteInfo = ploverCite{URL: e.Article.URL, Title: e.Article.Title, Publication: e.Article.Source}
	r.Coder = "annals"
	r.EventLoc = nil
	if g := &e.ActionGeo; g.Type != 0 {
		r.EventLoc = &ploverLoc{Name: g.FullName, Country: g.Country, Lat: g.Lat, Lon: g.Lon, Text: g.Text, Inferred: g.Inferred}
		if g.Type == 3 || g.Type == 4 {
			r.EventLoc.GeonameID = g.FeatureID
		}
	}

	if err := p.enc.Encode(r); err != nil {
		return fmt.Errorf("export plover: %s: %w", label(e), err)
	}
	return nil
}

// Close flushes the buffered records.
func (p *PLOVERWriter) Close() error { return p.bw.close() }

// appendEntity appends the PLOVER entity of a, or nothing when a is empty.
func appendEntity(t *codeTables, list []ploverEntity, a *event.Actor) []ploverEntity {
	if a.Empty() && a.Name == "" {
		return list
	}
	code, sector := t.ploverEntity(a.Code)
	return append(list, ploverEntity{Code: code, Sector: sector, EntityText: a.Text, IdentifierText: a.Name})
}

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// extent is the code-point range of the sentence covered by the event's
// source, verb and target spans; the whole sentence when none is set.
func extent(e *event.Event) (start, end int) {
	start, end = -1, -1
	for _, s := range [...]event.Span{e.Source.Span, e.Explain.Verb, e.Target.Span} {
		if s.Empty() || s.Start < 0 {
			continue
		}
		if start < 0 || s.Start < start {
			start = s.Start
		}
		if s.End > end {
			end = s.End
		}
	}
	if start < 0 {
		return 0, utf8.RuneCountInString(e.Sentence)
	}
	return start, end
}
