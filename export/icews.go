package export

import (
	"fmt"
	"io"
	"strconv"

	"github.com/annals-project/annals/event"
)

// icewsHeader is the header row of the ICEWS coded-event table.
var icewsHeader = [...]string{
	"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
	"Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
	"Target Country", "Story ID", "Sentence Number", "Publisher", "City",
	"District", "Province", "Country", "Latitude", "Longitude",
}

// ICEWSColumns is the number of tab-separated columns of an ICEWS row.
const ICEWSColumns = len(icewsHeader)

// ICEWSWriter writes the ICEWS coded-event table: a header row, then one
// tab-separated row of 20 columns per event; a missing value is "NA".
//
//   - Event ID: EventID (see the package comment). Event Date: the event
//     day, YYYY-MM-DD.
//   - Source/Target Name: the dictionary entry's canonical name, else the
//     words in the sentence, else the code. Sectors: the names of the role
//     and religion groups of the actor code, comma-joined in code order
//     ("LBYMILREB" → "Military,Rebel"; data/roles.tsv). Country: the name
//     of the code's country or region ("Russian Federation";
//     data/countries.tsv), the bare code when not in the table, NA for an
//     IGO or a code without a country.
//   - Event Text: the CAMEO name of the code when the codebook is known to
//     this package, else the code itself. CAMEO Code keeps its leading zero
//     (a bare root "04" becomes "040"). Intensity: the Goldstein score.
//   - Story ID: the document id (ICEWS uses numbers; annals keeps its own
//     ids). Sentence Number: 1-based. Publisher: Article.Source.
//   - City, District, Province, Country, Latitude, Longitude: NA until a
//     later stage resolves places.
//
// The header is written by the first Write, or by Close when there was no
// event, so that even an empty export is a valid table.
type ICEWSWriter struct {
	bw     bufWriter
	t      *codeTables
	header bool
}

// NewICEWS returns a Writer of the ICEWS table.
func NewICEWS(w io.Writer) (*ICEWSWriter, error) {
	t, err := tables()
	if err != nil {
		return nil, fmt.Errorf("export icews: %w", err)
	}
	return &ICEWSWriter{bw: newBufWriter(w), t: t}, nil
}

func (c *ICEWSWriter) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	b := c.bw.line[:0]
	for i, h := range icewsHeader {
		if i > 0 {
			b = append(b, '\t')
		}
		b = append(b, h...)
	}
	c.bw.line = append(b, '\n')
	return c.bw.flushLine()
}

// Write writes one event as one row.
func (c *ICEWSWriter) Write(e *event.Event) error {
	if c.bw.closed {
		return errClosed
	}
	if e == nil {
		return fmt.Errorf("export icews: nil event")
	}
	if err := c.writeHeader(); err != nil {
		return err
	}
	line, err := c.appendRow(c.bw.line[:0], e)
	if err != nil {
		return fmt.Errorf("export icews: %w", err)
	}
	c.bw.line = line
	return c.bw.flushLine()
}

// Close writes the header if no event came, and flushes.
func (c *ICEWSWriter) Close() error {
	if !c.bw.closed {
		if err := c.writeHeader(); err != nil {
			return err
		}
	}
	return c.bw.close()
}

func (c *ICEWSWriter) appendRow(b []byte, e *event.Event) ([]byte, error) {
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
	b = strconv.AppendInt(b, EventID(e), 10)
	b = append(b, '\t')
	b = appendDate(b, d)
	b = append(b, '\t')
	b = c.appendActor(b, &e.Source)
	b = appendNA(b, cameoName(code))
	b = appendNA(b, code)
	b = appendFloat(b, e.Goldstein)
	b = append(b, '\t')
	b = c.appendActor(b, &e.Target)
	b = appendNA(b, docID(e))
	b = strconv.AppendInt(b, int64(e.SentenceIndex+1), 10)
	b = append(b, '\t')
	b = appendNA(b, e.Article.Source)
	b = append(b, "NA\tNA\tNA\tNA\tNA\tNA\n"...) // City … Longitude
	return b, nil
}

// appendActor appends Name, Sectors and Country, each followed by a tab.
func (c *ICEWSWriter) appendActor(b []byte, a *event.Actor) []byte {
	name := a.Name
	if name == "" {
		name = a.Text
	}
	if name == "" {
		name = string(a.Code)
	}
	b = appendNA(b, name)
	start := len(b)
	b = c.t.sectors(b, a.Code)
	if len(b) == start {
		b = append(b, "NA"...)
	}
	b = append(b, '\t')
	return appendNA(b, c.t.countryName(a.Code))
}

// appendNA appends s cleaned of control characters, or "NA" when empty,
// and a tab.
func appendNA(b []byte, s string) []byte {
	if s == "" {
		b = append(b, "NA"...)
	} else {
		b = appendClean(b, s, false)
	}
	return append(b, '\t')
}
