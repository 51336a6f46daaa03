package export

import (
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/annals-project/annals/event"
)

// MentionsColumns is the number of tab-separated columns of a GDELT 2.0
// Mentions row.
const MentionsColumns = 16

// Mention is one report of an event by one article: a row of the GDELT
// Mentions table. One event (a row of the events export) has one mention
// per report, so an event told by three articles has three mentions.
type Mention struct {
	// EventID is the event's GLOBALEVENTID; 0 = EventID(Event).
	EventID int64
	// EventAdded is the day the event was first reported, YYYY-MM-DD
	// (EventTimeDate); "" = this mention's day.
	EventAdded string
	// Event is the event as this article coded it: sentence, spans and the
	// article reference.
	Event *event.Event
	// SentenceOffset is where the event's sentence starts in the article
	// text, in code points; negative when unknown.
	SentenceOffset int
	// DocLen is the article's length in code points; 0 = unknown.
	DocLen int
}

// MentionsWriter writes the GDELT 2.0 Mentions table: 16 tab-separated
// columns, no header, one mention per line. How annals fills them:
//
//   - GLOBALEVENTID: Mention.EventID (the id written in the events export).
//   - EventTimeDate: EventAdded at 000000; MentionTimeDate: the article's
//     publication date (else the event's day) at 000000, so the output
//     depends on the input only, never on the clock.
//   - MentionType: 1 (WEB) when the article has a URL, else 2
//     (CITATIONONLY). MentionSourceName: the URL's host without "www.",
//     else the article's source name. MentionIdentifier: the URL, else
//     "Source: Title (date)" as far as known, else the document id.
//   - SentenceID: the sentence's 1-based number (the headline is not coded:
//     sentence 1 is the first sentence of the body).
//   - Actor1CharOffset, Actor2CharOffset, ActionCharOffset: code points from
//     the start of the article text to the source actor, the target actor
//     and the verb; -1 when the actor is absent or the sentence could not
//     be located.
//   - InRawText: 1, since annals codes the article's own words, never a
//     rewritten text. Confidence: 100, since annals' coding is
//     deterministic and carries no probability.
//   - MentionDocLen: Mention.DocLen. MentionDocTone,
//     MentionDocTranslationInfo, Extras: empty (no tone, no translation).
type MentionsWriter struct {
	bw bufWriter
}

// NewMentions returns a writer of the GDELT Mentions table.
func NewMentions(w io.Writer) *MentionsWriter {
	return &MentionsWriter{bw: newBufWriter(w)}
}

// Write writes one mention as one row. A mention without an event or
// without any date is an error and writes nothing.
func (m *MentionsWriter) Write(x *Mention) error {
	if m.bw.closed {
		return errClosed
	}
	if x == nil || x.Event == nil {
		return fmt.Errorf("export mentions: nil mention or event")
	}
	line, err := appendMention(m.bw.line[:0], x)
	if err != nil {
		return fmt.Errorf("export mentions: %w", err)
	}
	m.bw.line = line
	return m.bw.flushLine()
}

// Close flushes the buffered rows.
func (m *MentionsWriter) Close() error { return m.bw.close() }

func appendMention(b []byte, x *Mention) ([]byte, error) {
	e := x.Event
	d, err := eventDate(e)
	if err != nil {
		return b, err
	}
	mentioned := d
	if pd, ok := parseDate(e.Article.Date); ok {
		mentioned = pd
	}
	added := mentioned
	if x.EventAdded != "" {
		ad, ok := parseDate(x.EventAdded)
		if !ok {
			return b, fmt.Errorf("%s: event added date %q is not YYYY-MM-DD", label(e), x.EventAdded)
		}
		added = ad
	}
	id := x.EventID
	if id == 0 {
		id = EventID(e)
	}
	b = strconv.AppendInt(b, id, 10)
	b = append(b, '\t')
	b = appendStamp(b, added)
	b = appendStamp(b, mentioned)
	host := ""
	if u, err := url.Parse(e.Article.URL); err == nil && e.Article.URL != "" && u.Host != "" {
		host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	if host != "" {
		b = append(b, "1\t"...)
		b = appendClean(b, host, false)
		b = append(b, '\t')
		b = appendClean(b, e.Article.URL, false)
	} else {
		b = append(b, "2\t"...)
		b = appendClean(b, e.Article.Source, false)
		b = append(b, '\t')
		b = appendClean(b, citation(e), false)
	}
	b = append(b, '\t')
	b = strconv.AppendInt(b, int64(e.SentenceIndex+1), 10)
	b = append(b, '\t')
	for _, off := range [3]int{actorOffset(x, e.Source), actorOffset(x, e.Target), spanOffset(x, e.Explain.Verb)} {
		b = strconv.AppendInt(b, int64(off), 10)
		b = append(b, '\t')
	}
	b = append(b, "1\t100\t"...) // InRawText, Confidence
	b = strconv.AppendInt(b, int64(x.DocLen), 10)
	b = append(b, "\t\t\t\n"...) // MentionDocTone, MentionDocTranslationInfo, Extras
	return b, nil
}

// appendStamp appends "YYYYMMDD000000" and a tab.
func appendStamp(b []byte, d date) []byte {
	b = appendPadded(b, d.year, 4)
	b = appendPadded(b, d.month, 2)
	b = appendPadded(b, d.day, 2)
	return append(b, "000000\t"...)
}

func actorOffset(x *Mention, a event.Actor) int {
	if a.Empty() {
		return -1
	}
	return spanOffset(x, a.Span)
}

func spanOffset(x *Mention, s event.Span) int {
	if x.SentenceOffset < 0 || s.Empty() {
		return -1
	}
	return x.SentenceOffset + s.Start
}

// citation names an article without a URL: "Source: Title (date)" with the
// parts known, else the document id.
func citation(e *event.Event) string {
	a := e.Article
	var s string
	switch {
	case a.Source != "" && a.Title != "":
		s = a.Source + ": " + a.Title
	case a.Title != "":
		s = a.Title
	case a.Source != "":
		s = a.Source
	default:
		return docID(e)
	}
	if a.Date != "" {
		s += " (" + a.Date + ")"
	}
	return s
}
