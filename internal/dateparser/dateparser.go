// Package dateparser is annals' own stand-in for the module
// github.com/markusmobius/go-dateparser, which go-htmldate (through
// go-trafilatura, our HTML extractor) imports to read publication dates
// written out in a page's text. annals' go.mod replaces that module with
// this one because its language tables are built in package init: every
// start of the annals binary, whatever the command, paid 0.25 s and 95 MB
// of allocation for them.
//
// It provides the part of that module's API go-htmldate uses (Parser,
// Configuration, the parser types and date sources) and reads absolute
// dates: ISO 8601 ("2019-10-05", "2019-10-05T14:00:00Z"), numeric dates
// ("05.10.2019", "10/05/2019", "2019/10/05") and dates with an English
// month name in any order ("5 October 2019", "October 5, 2019", "Sat, Oct
// 5 2019"). Relative dates ("yesterday") and other languages' month names
// are not read: go-htmldate uses this parser only as its last resort, after
// the page's metadata and its own patterns.
package dateparser

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// ParserType names a kind of parser to try; this stand-in reads absolute
// dates whichever types are asked for.
type ParserType uint8

const (
	Timestamp ParserType = iota
	RelativeTime
	CustomFormat
	AbsoluteTime
	NoSpacesTime
)

// PreferredDateSource says how to complete a date without a year; with
// StrictParsing (go-htmldate's setting) such dates are not returned.
type PreferredDateSource uint8

const (
	CurrentPeriod PreferredDateSource = iota
	Past
	Future
)

// Configuration holds the settings go-htmldate passes.
type Configuration struct {
	// PreferredDateSource completes a date without a year (not used:
	// incomplete dates are not read).
	PreferredDateSource PreferredDateSource
	// StrictParsing: only a full date (day, month and year) is returned.
	// This stand-in reads full dates only, whatever the setting.
	StrictParsing bool
	// CurrentTime is the time a relative date would be read against.
	CurrentTime time.Time
}

// Date is a parsed date.
type Date struct {
	Time time.Time
}

// IsZero reports whether no date was found.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// Parser reads dates.
type Parser struct {
	ParserTypes []ParserType
}

// ErrNoDate is returned when the text holds no full date.
var ErrNoDate = errors.New("dateparser: no full date in the text")

// Parse reads the first full date in s. formats are Go time layouts tried
// on the whole text first.
func (p *Parser) Parse(cfg *Configuration, s string, formats ...string) (Date, error) {
	s = strings.TrimSpace(s)
	for _, f := range formats {
		if t, err := time.Parse(f, s); err == nil {
			return Date{Time: t}, nil
		}
	}
	if t, ok := parse(s); ok {
		return Date{Time: t}, nil
	}
	return Date{}, ErrNoDate
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// token is a run of digits or of letters.
type token struct {
	text  string
	digit bool
	sep   byte // the character after the token ('-', '/', '.', ' ', ...; 0 at the end)
}

func tokens(s string) []token {
	var out []token
	i := 0
	for i < len(s) {
		r := rune(s[i])
		if !isDigit(s[i]) && !unicode.IsLetter(r) {
			i++
			continue
		}
		j := i
		digit := isDigit(s[i])
		for j < len(s) && (digit && isDigit(s[j]) || !digit && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z')) {
			j++
		}
		if j == i { // a non-ASCII letter: skip it
			i++
			continue
		}
		t := token{text: s[i:j], digit: digit}
		if j < len(s) {
			t.sep = s[j]
		}
		out = append(out, t)
		i = j
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// parse finds the first full date among the tokens of s.
func parse(s string) (time.Time, bool) {
	ts := tokens(s)
	for i := range ts {
		if t, ok := numeric(ts, i); ok {
			return t, true
		}
		if t, ok := named(ts, i); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// numeric reads "2019-10-05", "2019/10/05", "05.10.2019", "10/05/2019"
// starting at token i: three numbers joined by one kind of separator.
func numeric(ts []token, i int) (time.Time, bool) {
	if i+2 >= len(ts) || !ts[i].digit || !ts[i+1].digit || !ts[i+2].digit {
		return time.Time{}, false
	}
	sep := ts[i].sep
	if sep != '-' && sep != '/' && sep != '.' || ts[i+1].sep != sep {
		return time.Time{}, false
	}
	a, b, c := ts[i].text, ts[i+1].text, ts[i+2].text
	switch {
	case len(a) == 4: // year first
		return build(atoi(a), atoi(b), atoi(c))
	case len(c) == 4:
		d, m := atoi(a), atoi(b)
		if m > 12 && d <= 12 { // "10/25/2019": month first
			d, m = m, d
		}
		return build(atoi(c), m, d)
	}
	return time.Time{}, false
}

// named reads a date with a month name at token i, the day and year next
// to it: "5 October 2019", "October 5, 2019", "October 2019 5" is not one.
func named(ts []token, i int) (time.Time, bool) {
	if ts[i].digit {
		return time.Time{}, false
	}
	m, ok := months[strings.ToLower(ts[i].text)]
	if !ok {
		return time.Time{}, false
	}
	num := func(k int) (int, int, bool) { // value, digits
		if k < 0 || k >= len(ts) || !ts[k].digit {
			return 0, 0, false
		}
		return atoi(ts[k].text), len(ts[k].text), true
	}
	// day before the month, year after: "5 October 2019"
	if d, dn, ok := num(i - 1); ok && dn <= 2 {
		if y, yn, ok := num(i + 1); ok && yn == 4 {
			return build(y, int(m), d)
		}
	}
	// month, day, year: "October 5, 2019"
	if d, dn, ok := num(i + 1); ok && dn <= 2 {
		if y, yn, ok := num(i + 2); ok && yn == 4 {
			return build(y, int(m), d)
		}
	}
	return time.Time{}, false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// build returns the date if it exists ("2019-02-30" does not).
func build(y, m, d int) (time.Time, bool) {
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}
