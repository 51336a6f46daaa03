package article

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"path/filepath"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Format names an input format.
type Format string

// The input formats; the empty Format asks Read to detect it.
const (
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatJSONL Format = "jsonl"
)

// MaxArticleBytes is the size limit of one article: a whole plain-text or
// HTML input, or one JSONL line. 10 MiB is far above any news article (a
// long Wikinews article is about 100 kB, a heavy news page 2-3 MB) while
// bounding the memory and time one bad input can take. Larger input is
// rejected with ErrTooLarge without being read further.
const MaxArticleBytes = 10 << 20

// sniffBytes is how much of the input Detect looks at: the binary test and
// the HTML markers are checked within it.
const sniffBytes = 8 << 10

// The kinds of bad input; the errors returned wrap one of these (test with
// errors.Is) inside an *Error that names the input and line.
var (
	ErrEmpty       = errors.New("input is empty")
	ErrBinary      = errors.New("input looks like binary data, not text")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = fmt.Errorf("article larger than the %d MB limit", MaxArticleBytes>>20)
	ErrBadRecord   = errors.New("bad JSONL record")
	ErrNoText      = errors.New("no article text found")
)

// Error is a read error: the input's name, the line (0 when the error is
// about the whole input) and what went wrong.
type Error struct {
	Name string
	Line int
	// Record is the 1-based number of the record within a container (a
	// feed's item, a WARC file's record, a sitemap's entry); 0 when the
	// error is not about one record. Offset is the record's byte offset in
	// the file, shown when Record > 0 and Offset >= 0 (set -1 when the
	// record has no meaningful offset, like a feed item).
	Record int
	Offset int64
	Err    error
}

func (e *Error) Error() string {
	if e.Record > 0 {
		if e.Offset >= 0 {
			return fmt.Sprintf("read %s: record %d at byte %d: %v", e.Name, e.Record, e.Offset, e.Err)
		}
		return fmt.Sprintf("read %s: record %d: %v", e.Name, e.Record, e.Err)
	}
	if e.Line > 0 {
		return fmt.Sprintf("read %s:%d: %v", e.Name, e.Line, e.Err)
	}
	return fmt.Sprintf("read %s: %v", e.Name, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Options control reading.
type Options struct {
	// Format forces the format of an input; "" = detect it from the
	// content. Open applies it to every file it reads (see Open).
	Format      Format
	DefaultDate time.Time // publication date where the input has none
	Furniture   *Rules    // nil = the embedded default rules
	// ID names a plain-text or HTML article; "" = the input's file name
	// without directory ("stdin" for "" or "-"). JSONL records carry their own.
	ID string
	// URL of a plain-text or HTML article when the caller knows it; an HTML
	// page's own canonical URL is used when this is empty.
	URL string
	// FetchLinks makes Open fetch the page each feed or sitemap item links
	// to and read the article from it, for the full text; the item's own
	// text is used when the fetch fails (and the failure is reported).
	FetchLinks bool
	// HTTP fetches URL sources and linked pages; nil = a client with a
	// 30-second timeout (see DefaultHTTPTimeout). Responses are read up to
	// MaxArticleBytes (MaxFeedBytes for feeds).
	HTTP *http.Client
}

// Read reads one input (a file or stdin, named for messages) into articles.
// One bad record (a bad JSONL line) is an error in errs and the others are
// still returned; an input that cannot be read at all (empty, binary, too
// large, ...) gives no articles and one error.
func Read(name string, data []byte, opt Options) (arts []Article, errs []error) {
	collect := func(a Article, err error) bool {
		if err != nil {
			errs = append(errs, err)
		} else {
			arts = append(arts, a)
		}
		return true
	}
	if hasUTF16BOM(data) {
		Scan(name, bytes.NewReader(data), opt)(collect)
		return arts, errs
	}
	if opt.Furniture == nil {
		opt.Furniture = DefaultRules()
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	format, err := decideFormat(data[:min(len(data), sniffBytes)], opt.Format)
	switch {
	case err != nil:
		collect(Article{}, &Error{Name: name, Err: err})
	case format == FormatJSONL:
		scanJSONL(name, bufio.NewReaderSize(bytes.NewReader(data), 64<<10), opt, collect)
	case len(data) > MaxArticleBytes:
		collect(Article{}, &Error{Name: name, Err: ErrTooLarge})
	default:
		collect(readWhole(name, data, format, opt))
	}
	return arts, errs
}

// Scan reads articles from r one at a time: each step yields an article and
// a nil error, or an error (an *Error) for a record or input that could not
// be read. JSONL input is streamed line by line, so a file of any size can
// be read with bounded memory; a plain-text or HTML input is one article of
// at most MaxArticleBytes.
func Scan(name string, r io.Reader, opt Options) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		fail := func(err error) { yield(Article{}, &Error{Name: name, Err: err}) }
		if opt.Furniture == nil {
			opt.Furniture = DefaultRules()
		}
		br := bufio.NewReaderSize(r, 64<<10)
		head, err := br.Peek(sniffBytes)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			fail(err)
			return
		}
		// A UTF-16 file (it starts with a byte-order mark) is decoded to
		// UTF-8 first; a UTF-8 byte-order mark is dropped.
		if hasUTF16BOM(head) {
			dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
			br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
			if head, err = br.Peek(sniffBytes); err != nil && err != io.EOF && err != bufio.ErrBufferFull {
				fail(fmt.Errorf("decode UTF-16: %w", err))
				return
			}
		}
		if bytes.HasPrefix(head, utf8BOM) {
			br.Discard(len(utf8BOM))
			head = head[len(utf8BOM):]
		}
		format, err := decideFormat(head, opt.Format)
		if err != nil {
			fail(err)
			return
		}
		if format == FormatJSONL {
			scanJSONL(name, br, opt, yield)
			return
		}
		data, err := io.ReadAll(io.LimitReader(br, MaxArticleBytes+1))
		switch {
		case err != nil:
			fail(err)
		case len(data) > MaxArticleBytes:
			fail(ErrTooLarge)
		default:
			yield(readWhole(name, data, format, opt))
		}
	}
}

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})
}

// decideFormat checks the start of an input and returns the format asked
// for, or the detected one.
func decideFormat(head []byte, asked Format) (Format, error) {
	switch asked {
	case "":
		return Detect(head)
	case FormatText, FormatHTML, FormatJSONL:
		return asked, checkHead(head)
	}
	return "", fmt.Errorf("unknown format %q (want text, html or jsonl)", asked)
}

// readWhole reads a plain-text or HTML input holding one article.
func readWhole(name string, data []byte, format Format, opt Options) (Article, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return Article{}, &Error{Name: name, Err: ErrBinary}
	}
	var a Article
	var line int
	var err error
	if format == FormatHTML {
		a, err = readHTML(data, opt)
	} else {
		a, line, err = readText(data, opt)
	}
	if err != nil {
		return Article{}, &Error{Name: name, Line: line, Err: err}
	}
	a.ID = articleID(name, opt.ID)
	return a, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// articleID is the ID of a plain-text or HTML article.
func articleID(name, given string) string {
	switch {
	case given != "":
		return given
	case name == "" || name == "-":
		return "stdin"
	}
	return filepath.Base(name)
}

// Detect tells the format of an input from its start (Read looks at the
// first 8 kB):
//
//   - JSONL when the first non-blank line starts like a JSON object: "{"
//     followed by a quoted key or "}";
//   - HTML when, after spaces, a byte-order mark and comments, it starts with
//     "<!doctype html" or "<html", or when <html, <head, <body or <p> markup
//     occurs in its first kilobyte;
//   - plain text otherwise.
//
// It returns an error for empty (or blank) input, for binary data (a NUL
// byte, or more than 5% control characters other than tab, newline,
// carriage return and form feed) and for a JSON array, which is not JSONL.
func Detect(data []byte) (Format, error) {
	data = bytes.TrimPrefix(data, utf8BOM)
	if err := checkHead(data); err != nil {
		return "", err
	}
	s := bytes.TrimLeft(data, " \t\r\n\f\v")
	switch s[0] {
	case '{':
		if t := bytes.TrimLeft(s[1:], " \t\r"); len(t) == 0 || t[0] == '"' || t[0] == '}' {
			return FormatJSONL, nil
		}
	case '[':
		if t := bytes.TrimLeft(s[1:], " \t\r\n"); len(t) > 0 && t[0] == '{' {
			return "", errors.New("input is a JSON array; write one JSON object per line (JSONL)")
		}
	}
	if looksHTML(s) {
		return FormatHTML, nil
	}
	return FormatText, nil
}

// checkHead rejects empty and binary input from its first bytes.
func checkHead(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if len(data) > sniffBytes {
		data = data[:sniffBytes]
	}
	ctl := 0
	for _, c := range data {
		switch {
		case c == 0:
			return ErrBinary
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f', c == 0x7F:
			ctl++
		}
	}
	if ctl*20 > len(data) {
		return ErrBinary
	}
	return nil
}

// looksHTML reports whether s (trimmed of leading space) is the start of an
// HTML page.
func looksHTML(s []byte) bool {
	// Skip leading comments and an XML declaration.
	for {
		switch {
		case hasPrefixFold(s, "<!--"):
			end := bytes.Index(s, []byte("-->"))
			if end < 0 {
				return false
			}
			s = bytes.TrimLeft(s[end+3:], " \t\r\n\f")
			continue
		case hasPrefixFold(s, "<?xml"):
			end := bytes.Index(s, []byte("?>"))
			if end < 0 {
				return false
			}
			s = bytes.TrimLeft(s[end+2:], " \t\r\n\f")
			continue
		}
		break
	}
	if hasPrefixFold(s, "<!doctype html") || hasTag(s, "<html") {
		return true
	}
	if len(s) > 1024 {
		s = s[:1024]
	}
	for i := bytes.IndexByte(s, '<'); i >= 0; {
		t := s[i:]
		if hasTag(t, "<html") || hasTag(t, "<head") || hasTag(t, "<body") || hasTag(t, "<p") {
			return true
		}
		j := bytes.IndexByte(t[1:], '<')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// hasTag reports whether s starts with the opening tag tag (like "<body"),
// case-insensitively, followed by ">" or a space.
func hasTag(s []byte, tag string) bool {
	if !hasPrefixFold(s, tag) || len(s) == len(tag) {
		return false
	}
	switch s[len(tag)] {
	case '>', ' ', '\t', '\n', '\r', '/':
		return true
	}
	return false
}

func hasPrefixFold(s []byte, prefix string) bool {
	return len(s) >= len(prefix) && bytes.EqualFold(s[:len(prefix)], []byte(prefix))
}

// invalidUTF8At returns the 1-based line and column (in bytes) of the first
// invalid UTF-8 sequence in data, for messages.
func invalidUTF8At(data []byte) (line, col int) {
	line, start := 1, 0
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c == '\n' {
				line++
				start = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return line, i - start + 1
		}
		i += size
	}
	return 0, 0
}
