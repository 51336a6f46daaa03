// Package export writes coded events in the formats event-data users already
// read: annals' own JSON lines, the GDELT 2.0 Event export, PLOVER JSON
// records and the ICEWS coded-event table.
//
// A Writer is made once per output stream with New and fed one event at a
// time; Close flushes what is buffered (it does not close the underlying
// io.Writer, which belongs to the caller). A Writer is not safe for
// concurrent use: give each goroutine its own, or serialise the calls.
//
// # Identifiers
//
// GDELT, ICEWS and PLOVER records carry the same identifier, EventID: a
// 63-bit FNV-1a hash of the document id, sentence index, CAMEO code and the
// two actor codes. It is stable across runs and machines, so the three
// exports of one corpus can be joined on it. Two events of one sentence with
// the same code and the same actor codes get the same id: by GDELT's own
// definition they are the same event.
//
// # Dates
//
// Every format except jsonl needs a day. It is Event.Date, or the article's
// publication date when the event has none; an event with neither (or with
// a date that is not YYYY-MM-DD) is refused with an error and nothing of it
// is written.
package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
)

// Writer writes events to one output stream in one format.
type Writer interface {
	// Write writes one event. An event that the format cannot represent
	// (no date, an invalid CAMEO code) is an error and writes nothing; the
	// Writer stays usable.
	Write(e *event.Event) error
	// Close flushes buffered output. It does not close the io.Writer given
	// to New. Writes after Close fail.
	Close() error
}

// constructors maps each format name to its Writer.
var constructors = map[string]func(w io.Writer) (Writer, error){
	"jsonl":  func(w io.Writer) (Writer, error) { return NewJSONL(w), nil },
	"gdelt":  func(w io.Writer) (Writer, error) { return NewGDELT(w, GDELTOptions{}) },
	"plover": func(w io.Writer) (Writer, error) { return NewPLOVER(w), nil },
	"icews":  func(w io.Writer) (Writer, error) { return NewICEWS(w) },
}

// Formats lists the names New accepts, sorted.
func Formats() []string {
	names := make([]string, 0, len(constructors))
	for name := range constructors {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// New returns a Writer for the named format ("jsonl", "gdelt", "plover",
// "icews") writing to w.
func New(format string, w io.Writer) (Writer, error) {
	if w == nil {
		return nil, errors.New("export: nil io.Writer")
	}
	mk, ok := constructors[format]
	if !ok {
		return nil, fmt.Errorf("export: unknown format %q (known: %s)", format, strings.Join(Formats(), ", "))
	}
	return mk(w)
}

// errClosed is returned by Write after Close.
var errClosed = errors.New("export: write after Close")

// EventID is the stable identifier written as GLOBALEVENTID (gdelt),
// Event ID (icews) and id (plover): FNV-1a 64 over the document id (DocID,
// or Article.ID when DocID is empty), the sentence index, the CAMEO code and
// the source and target actor codes, each followed by a 0 byte; the top bit
// is cleared so that the value is a positive int64, and 0 becomes 1.
func EventID(e *event.Event) int64 {
	h := fnvOffset
	h = fnvString(h, docID(e))
	var buf [20]byte
	h = fnvString(h, string(strconv.AppendInt(buf[:0], int64(e.SentenceIndex), 10)))
	h = fnvString(h, string(e.Code))
	h = fnvString(h, string(e.Source.Code))
	h = fnvString(h, string(e.Target.Code))
	id := int64(h & (1<<63 - 1))
	if id == 0 {
		id = 1
	}
	return id
}

// FNV-1a 64, written out (hash/fnv behind its interface allocates).
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

// fnvString hashes s and then a 0 byte, which keeps "ab"+"c" apart from
// "a"+"bc".
func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h * fnvPrime // the 0 byte: XOR with 0 changes nothing, the multiply remains
}

func docID(e *event.Event) string {
	if e.DocID != "" {
		return e.DocID
	}
	return e.Article.ID
}

// label names an event in error messages: "doc-7 sentence 3".
func label(e *event.Event) string {
	return fmt.Sprintf("event %s sentence %d", docID(e), e.SentenceIndex)
}

// date is a calendar day read from "YYYY-MM-DD".
type date struct{ year, month, day int }

// parseDate reads "YYYY-MM-DD" without the time package (no allocation) and
// checks the day against the month, leap years included.
func parseDate(s string) (date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return date{}, false
	}
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(s[:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return date{}, false
	}
	return date{y, m, d}, true
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// eventDate is the day an event is filed under: Event.Date, else the
// article's publication date.
func eventDate(e *event.Event) (date, error) {
	if e.Date != "" {
		if d, ok := parseDate(e.Date); ok {
			return d, nil
		}
		return date{}, fmt.Errorf("%s: date %q is not YYYY-MM-DD", label(e), e.Date)
	}
	if e.Article.Date != "" {
		if d, ok := parseDate(e.Article.Date); ok {
			return d, nil
		}
		return date{}, fmt.Errorf("%s: no event date and publication date %q is not YYYY-MM-DD", label(e), e.Article.Date)
	}
	return date{}, fmt.Errorf("%s: no date (neither event nor publication date)", label(e))
}

// appendDate appends "YYYY-MM-DD".
func appendDate(b []byte, d date) []byte {
	b = appendPadded(b, d.year, 4)
	b = append(b, '-')
	b = appendPadded(b, d.month, 2)
	b = append(b, '-')
	return appendPadded(b, d.day, 2)
}

// appendPadded appends n in decimal with at least width digits.
func appendPadded(b []byte, n, width int) []byte {
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// eventCode checks a CAMEO event code and returns it in the three- or
// four-digit form of the GDELT and ICEWS tables: a bare root "04" is written
// "040", the codebook's form of the root-level event.
func eventCode(e *event.Event) (string, error) {
	c := string(e.Code)
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return "", fmt.Errorf("%s: CAMEO code %q is not digits", label(e), c)
		}
	}
	switch len(c) {
	case 2:
		return c + "0", nil
	case 3, 4:
		return c, nil
	}
	return "", fmt.Errorf("%s: CAMEO code %q must have 2 to 4 digits", label(e), c)
}

// checkScore refuses a Goldstein score no table can hold (NaN, ±Inf).
func checkScore(e *event.Event) error {
	if math.IsNaN(e.Goldstein) || math.IsInf(e.Goldstein, 0) {
		return fmt.Errorf("%s: Goldstein score %v is not a number", label(e), e.Goldstein)
	}
	return nil
}

// quadClass is the event's QuadClass, or, when the coder left it 0, that
// of its root (cameo.Code.QuadClass).
func quadClass(e *event.Event, code string) int {
	if e.QuadClass != 0 {
		return e.QuadClass
	}
	return cameo.Code(code).QuadClass()
}

// appendClean appends s with every control character (tab, newline,
// carriage return, …) and the Unicode line and paragraph separators replaced
// by a space, so that no field can break a tab-separated row, and invalid
// UTF-8 replaced by U+FFFD. With upper set, letters are upper-cased as GDELT
// writes names.
func appendClean(b []byte, s string, upper bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c < 0x20 || c == 0x7f:
				c = ' '
			case upper && 'a' <= c && c <= 'z':
				c -= 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == 0x85 || r == 0x2028 || r == 0x2029 || (r >= 0x80 && r < 0xa0):
			b = append(b, ' ')
			continue
		case upper:
			r = unicode.ToUpper(r)
		}
		b = utf8.AppendRune(b, r) // RuneError for invalid input
	}
	return b
}

// appendFloat appends a Goldstein-style score: shortest form, "-10", "3.4".
func appendFloat(b []byte, f float64) []byte {
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// bufWriter is what every format shares: a buffered output, a reusable line
// buffer and the closed flag.
type bufWriter struct {
	out    *bufio.Writer
	line   []byte
	closed bool
}

func newBufWriter(w io.Writer) bufWriter {
	return bufWriter{out: bufio.NewWriterSize(w, 64<<10), line: make([]byte, 0, 1024)}
}

func (b *bufWriter) flushLine() error {
	if _, err := b.out.Write(b.line); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

func (b *bufWriter) close() error {
	if b.closed {
		return nil
	}
	b.closed = true
	if err := b.out.Flush(); err != nil {
		return fmt.Errorf("export: flush: %w", err)
	}
	return nil
}
