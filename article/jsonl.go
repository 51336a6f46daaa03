package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// record is one JSONL line. Pointers and raw messages tell a missing or
// null field from an empty one.
type record struct {
	ID     json.RawMessage `json:"id"`
	Text   *string         `json:"text"`
	Date   *string         `json:"date"`
	Title  string          `json:"title"`
	URL    string          `json:"url"`
	Source string          `json:"source"`
	Author string          `json:"author"`
	Config json.RawMessage `json:"config"`
}

// scanJSONL reads JSON Lines from br, one article per non-blank line, and
// yields each article or the error of its line.
func scanJSONL(name string, br *bufio.Reader, opt Options, yield func(Article, error) bool) {
	var buf []byte
	for lineNo := 1; ; lineNo++ {
		line, tooLong, err := readLine(br, buf[:0], MaxArticleBytes)
		if err == io.EOF {
			return
		}
		if err != nil {
			yield(Article{}, &Error{Name: name, Line: lineNo, Err: err})
			return
		}
		buf = line
		if tooLong {
			if !yield(Article{}, &Error{Name: name, Line: lineNo, Err: ErrTooLarge}) {
				return
			}
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		a, err := decodeRecord(name, lineNo, line, opt)
		if err != nil {
			err = &Error{Name: name, Line: lineNo, Err: err}
		}
		if !yield(a, err) {
			return
		}
	}
}

// readLine reads one line (without its line ending) into buf. A line longer
// than max bytes is read to its end but not kept: tooLong is set and the
// memory used stays bounded. At the end of input it returns io.EOF.
func readLine(br *bufio.Reader, buf []byte, max int) (line []byte, tooLong bool, err error) {
	started := false
	for {
		chunk, err := br.ReadSlice('\n')
		started = started || len(chunk) > 0
		if !tooLong {
			if len(buf)+len(chunk) > max+2 { // +2 for "\r\n"
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
		case io.EOF:
			if !started {
				return nil, false, io.EOF
			}
		default:
			return nil, false, err
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, tooLong, nil
	}
}

// decodeRecord turns one JSONL line into an article.
func decodeRecord(name string, lineNo int, line []byte, opt Options) (Article, error) {
	if !utf8.Valid(line) {
		_, col := invalidUTF8At(line)
		return Article{}, fmt.Errorf("%w at column %d", ErrInvalidUTF8, col)
	}
	line = bytes.TrimSpace(bytes.TrimPrefix(line, utf8BOM))
	if len(line) == 0 || line[0] != '{' {
		return Article{}, fmt.Errorf("%w: the line is not a JSON object", ErrBadRecord)
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return Article{}, fmt.Errorf("%w: invalid JSON at column %d: %v", ErrBadRecord, se.Offset, err)
		}
		return Article{}, fmt.Errorf("%w: %v", ErrBadRecord, err)
	}
	a := Article{
		Title:  normalizeLine(rec.Title),
		Source: normalizeLine(rec.Source),
		URL:    normalizeLine(rec.URL),
		Author: normalizeLine(rec.Author),
		Date:   opt.DefaultDate,
	}
	id, err := recordID(rec.ID)
	if err != nil {
		return Article{}, err
	}
	if id == "" {
		id = fmt.Sprintf("%s:%d", articleID(name, ""), lineNo)
	}
	a.ID = id
	if rec.Text == nil {
		return Article{}, fmt.Errorf("%w: no \"text\" field (want a string)", ErrBadRecord)
	}
	if rec.Date != nil && strings.TrimSpace(*rec.Date) != "" {
		d, err := parseDate(*rec.Date)
		if err != nil {
			return Article{}, fmt.Errorf("%w: %v", ErrBadRecord, err)
		}
		a.Date = d
	}
	if c := bytes.TrimSpace(rec.Config); len(c) > 0 && !bytes.Equal(c, []byte("null")) {
		if c[0] != '{' {
			return Article{}, fmt.Errorf("%w: \"config\" must be a JSON object", ErrBadRecord)
		}
		var cb bytes.Buffer
		if err := json.Compact(&cb, c); err != nil {
			return Article{}, fmt.Errorf("%w: \"config\": %v", ErrBadRecord, err)
		}
		a.Config = cb.Bytes()
	}
	a.Text, a.Furniture = buildText(splitLines(*rec.Text), 1, false, opt.Furniture)
	if a.Text == "" {
		return Article{}, fmt.Errorf("%w: record %q has no text", ErrNoText, a.ID)
	}
	return a, nil
}

// recordID reads a record's "id": a string, a number (kept as written) or
// absent/null (returned as "").
func recordID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return "", nil
	}
	switch c := raw[0]; {
	case c == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("%w: \"id\": %v", ErrBadRecord, err)
		}
		return strings.TrimSpace(s), nil
	case c == '-' || (c >= '0' && c <= '9'):
		return string(raw), nil
	}
	return "", fmt.Errorf("%w: \"id\" must be a string or a number", ErrBadRecord)
}

// dateLayouts are the accepted publication-date forms: a calendar date
// (YYYY-MM-DD, read as midnight UTC), RFC 3339, and a date and time without
// zone (read as UTC).
var dateLayouts = [...]string{"2006-01-02", time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05"}

func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad date %q: want YYYY-MM-DD or RFC 3339", s)
}
