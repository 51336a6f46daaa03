package article

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http/httputil"
	"regexp"
	"strings"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// maxWARCErrors is how many records in a row may fail before a WARC file
// is given up as unreadable: a reader that finds no record after that many
// attempts is not getting anywhere in the file.
const maxWARCErrors = 20

// readWARC reads a WARC file (plain, or gzip-compressed record by record or
// as a whole) with gowarc and yields an article for each response record of
// an HTML page: HTTP status 200 and Content-Type text/html or
// application/xhtml+xml. The page goes through the HTML reader with the
// record's WARC-Target-URI as its URL and WARC-Date as its date when the
// page names none; the article's ID is the WARC-Record-ID. Other records
// (requests, metadata, revisits, images, redirects) are passed over
// silently.
//
// A record that cannot be parsed, or whose page cannot be read, is an
// *Error naming the file, the record's number (1-based, counting every
// record) and its byte offset; reading goes on with the next record that
// gowarc can find. A record whose header gowarc cannot make sense of (no
// or an unknown WARC-Type) is reported with gowarc's findings, and so is
// one the file ends inside of (a copy cut short), whose page is not read;
// other validation warnings (a wrong digest, a missing carriage return,
// an old WARC version) do not stop a page from being read and are not
// reported.
func readWARC(ctx context.Context, name string, r io.Reader, opt Options, yield func(Article, error) bool) {
	cr := &countingReader{r: r}
	wr, err := gowarc.NewWarcFileReaderFromStream(cr, 0)
	if err != nil {
		yield(Article{}, &Error{Name: name, Err: fmt.Errorf("WARC: %w", err)})
		return
	}
	defer wr.Close()
	failures := 0 // consecutive records that failed to parse
	lastOffset := int64(-1)
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			yield(Article{}, &Error{Name: name, Err: err})
			return
		}
		rec, err := nextRecord(wr)
		if err == io.EOF {
			if left := cr.n - rec.Offset; left > 0 && !cr.blankTail(left) {
				// a file cut inside the first line of a record
				yield(Article{}, &Error{Name: name, Record: n, Offset: rec.Offset, Err: fmt.Errorf("WARC ends with %d bytes that are no whole record", left)})
			}
			return
		}
		if err != nil {
			if rec.WarcRecord != nil {
				rec.Close()
			}
			failures++
			stuck := rec.Offset == lastOffset
			lastOffset = rec.Offset
			if !yield(Article{}, &Error{Name: name, Record: n, Offset: rec.Offset, Err: fmt.Errorf("bad WARC record: %w", err)}) {
				return
			}
			// At the end of the input, or when the reader does not move on,
			// nothing more can be read.
			if isEOF(err) || stuck || failures >= maxWARCErrors {
				return
			}
			continue
		}
		failures = 0
		lastOffset = rec.Offset
		if err := cutShort(rec.Validation); err != nil {
			// A file that ends inside a record (a download or copy cut
			// short): gowarc hands over what there is; its page would be
			// a part passed off as the whole.
			rec.Close()
			if !yield(Article{}, &Error{Name: name, Record: n, Offset: rec.Offset, Err: err}) {
				return
			}
			continue
		}
		if rec.WarcRecord.Type().String() == "unknown" {
			// A record whose header could not be made sense of (no or an
			// unknown WARC-Type): report what gowarc found wrong with it.
			rec.Close()
			if !yield(Article{}, &Error{Name: name, Record: n, Offset: rec.Offset, Err: fmt.Errorf("bad WARC record: %w", validationError(rec.Validation))}) {
				return
			}
			continue
		}
		a, ok, err := warcArticle(name, rec, opt)
		rec.Close()
		if err != nil {
			err = &Error{Name: name, Record: n, Offset: rec.Offset, Err: err}
		}
		if (ok || err != nil) && !yield(a, err) {
			return
		}
	}
}

// countingReader counts the bytes read through it and keeps the last
// few, to tell a WARC that ends after its last record from one cut short.
type countingReader struct {
	r    io.Reader
	n    int64
	tail []byte
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	const keep = 64
	if n >= keep {
		c.tail = append(c.tail[:0], p[n-keep:n]...)
	} else {
		c.tail = append(c.tail, p[:n]...)
		if len(c.tail) > keep {
			c.tail = append(c.tail[:0], c.tail[len(c.tail)-keep:]...)
		}
	}
	return n, err
}

// blankTail reports whether the last n bytes read are white space, as
// some writers leave after the last record.
func (c *countingReader) blankTail(n int64) bool {
	if n > int64(len(c.tail)) {
		return false
	}
	return len(bytes.TrimSpace(c.tail[int64(len(c.tail))-n:])) == 0
}

// cutShort reports a record the input ended inside of: its block is
// shorter than its Content-Length, or its header lacks the length or has
// it cut (a record whose length cannot be read cannot be trusted either).
func cutShort(findings []error) error {
	for _, f := range findings {
		var cl *gowarc.ContentLengthError
		if errors.As(f, &cl) && cl.Actual < cl.Expected {
			return fmt.Errorf("WARC record cut short: %d of its %d bytes", cl.Actual, cl.Expected)
		}
		var hf *gowarc.HeaderFieldError
		if errors.As(f, &hf) && (hf.FieldName == "Content-Length" || strings.Contains(hf.Msg, "Content-Length")) {
			return fmt.Errorf("WARC record cut short or broken: %w", hf)
		}
	}
	return nil
}

// validationError sums up gowarc's findings about a record: the first
// three and how many more.
func validationError(findings []error) error {
	if len(findings) == 0 {
		return errors.New("unknown record type")
	}
	var msgs []string
	for i, f := range findings {
		if i == 3 {
			msgs = append(msgs, fmt.Sprintf("and %d more", len(findings)-3))
			break
		}
		msgs = append(msgs, f.Error())
	}
	return errors.New(strings.Join(msgs, "; "))
}

// rejectedTarget finds the value gowarc rejected as WARC-Target-URI in its
// validation message.
var rejectedTarget = regexp.MustCompile(`Url: '<?([^'>]*)>?' at header WARC-Target-URI`)

// rejectedTargetURI returns the WARC-Target-URI that gowarc dropped from
// a record's header because it did not parse it as a URL: WARC 1.0 writers
// such as wget put it in angle brackets ("<http://example.com/>"), which
// WARC 1.1 does not allow. "" when there is none.
func rejectedTargetURI(findings []error) string {
	for _, f := range findings {
		if m := rejectedTarget.FindStringSubmatch(f.Error()); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// nextRecord reads the next record; a panic inside gowarc (on input it
// does not expect) becomes an error.
func nextRecord(wr *gowarc.WarcFileReader) (rec gowarc.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("WARC reader failed: %v", p)
		}
	}()
	return wr.Next()
}

// isEOF reports whether err says the input ended.
func isEOF(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}

// warcArticle reads the article of one WARC record. ok is false (with no
// error) for a record that is not an HTML page.
func warcArticle(name string, rec gowarc.Record, opt Options) (a Article, ok bool, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, ok, err = Article{}, false, fmt.Errorf("WARC record failed: %v", p)
		}
	}()
	wrec := rec.WarcRecord
	if wrec.Type() != gowarc.Response {
		return Article{}, false, nil
	}
	block, isHTTP := wrec.Block().(gowarc.HttpResponseBlock)
	if !isHTTP {
		return Article{}, false, nil
	}
	hdr := block.HttpHeader()
	if block.HttpStatusCode() != 200 || hdr == nil {
		return Article{}, false, nil
	}
	mt, _, _ := mime.ParseMediaType(hdr.Get("Content-Type"))
	if !isHTMLType(strings.ToLower(mt)) {
		return Article{}, false, nil
	}
	uri := strings.Trim(wrec.WarcHeader().Get(gowarc.WarcTargetURI), "<> ")
	if uri == "" {
		uri = rejectedTargetURI(rec.Validation)
	}
	body, err := block.PayloadBytes()
	if err != nil {
		return Article{}, false, fmt.Errorf("page %s: %w", uri, err)
	}
	page, err := io.ReadAll(io.LimitReader(body, MaxArticleBytes+1))
	if err != nil {
		return Article{}, false, fmt.Errorf("page %s: %w", uri, err)
	}
	page, err = decodePayload(page, hdr.Get("Transfer-Encoding"), hdr.Get("Content-Encoding"))
	if err != nil {
		return Article{}, false, fmt.Errorf("page %s: %w", uri, err)
	}
	if len(page) > MaxArticleBytes {
		return Article{}, false, fmt.Errorf("page %s: %w", uri, ErrTooLarge)
	}
	popt := opt
	popt.URL = uri
	popt.ID = strings.Trim(wrec.WarcHeader().Get(gowarc.WarcRecordID), "<> ")
	if popt.ID == "" {
		popt.ID = uri
	}
	if d, err := wrec.Date(); err == nil && !d.IsZero() {
		popt.DefaultDate = d.UTC()
	}
	if err := checkHead(page[:min(len(page), sniffBytes)]); err != nil {
		return Article{}, false, fmt.Errorf("page %s: %w", uri, err)
	}
	a, err = readWhole(uri, page, FormatHTML, popt)
	if err != nil {
		var re *Error
		if errors.As(err, &re) {
			err = re.Err // the record's error names the file and the record
		}
		return Article{}, false, fmt.Errorf("page %s: %w", uri, err)
	}
	return a, true, nil
}

// decodePayload undoes the transfer and content encodings an archived HTTP
// response may still carry: chunked transfer encoding (when the body is in
// fact chunked; many crawlers store it decoded but keep the header), and
// gzip or deflate content encoding.
func decodePayload(body []byte, transfer, content string) ([]byte, error) {
	if strings.Contains(strings.ToLower(transfer), "chunked") {
		if dec, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(body))); err == nil {
			body = dec
		}
	}
	switch strings.ToLower(strings.TrimSpace(content)) {
	case "", "identity", "none":
		return body, nil
	case "gzip", "x-gzip":
		if len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
			return body, nil // stored decoded
		}
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("gzip content: %w", err)
		}
		out, err := io.ReadAll(io.LimitReader(zr, MaxArticleBytes+1))
		if err != nil {
			return nil, fmt.Errorf("gzip content: %w", err)
		}
		return out, nil
	case "deflate":
		out, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(body)), MaxArticleBytes+1))
		if err != nil {
			return body, nil // stored decoded
		}
		return out, nil
	}
	if looksHTML(bytes.TrimLeft(body[:min(len(body), 1024)], " \t\r\n")) {
		return body, nil // stored decoded
	}
	return nil, fmt.Errorf("unsupported content encoding %q", content)
}
