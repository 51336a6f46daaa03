package article

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// WARCPage is one archived web page for WriteWARC.
type WARCPage struct {
	URL         string    // WARC-Target-URI
	Date        time.Time // WARC-Date; zero = now
	Status      int       // HTTP status; 0 = 200
	ContentType string    // HTTP Content-Type; "" = "text/html; charset=utf-8"
	Body        []byte    // the HTTP payload, as served
}

// WriteWARC writes pages to w as a WARC 1.1 file: a warcinfo record, then
// one response record per page (an HTTP/1.1 response with its status,
// Content-Type and Content-Length headers), with record IDs, lengths and
// digests filled in by gowarc. With compress each record is its own gzip
// member, as a .warc.gz should be. It is how tests (and users) make a WARC
// of pages they have, to check that reading it gives what reading the pages
// directly gives.
func WriteWARC(w io.Writer, pages []WARCPage, compress bool) error {
	opts := []gowarc.WarcRecordOption{
		gowarc.WithAddMissingRecordId(true),
		gowarc.WithAddMissingContentLength(true),
		gowarc.WithAddMissingDigest(true),
	}
	m := gowarc.NewMarshaler()
	put := func(b gowarc.WarcRecordBuilder) error {
		rec, _, err := b.Build()
		if err != nil {
			return err
		}
		defer rec.Close()
		if !compress {
			_, _, err = m.Marshal(w, rec, 0)
			return err
		}
		zw := gzip.NewWriter(w)
		if _, _, err := m.Marshal(zw, rec, 0); err != nil {
			return err
		}
		return zw.Close()
	}
	info := gowarc.NewRecordBuilder(gowarc.Warcinfo, opts...)
	info.AddWarcHeaderTime(gowarc.WarcDate, time.Now().UTC())
	info.AddWarcHeader(gowarc.ContentType, gowarc.ApplicationWarcFields)
	if _, err := info.WriteString("software: annals\r\nformat: WARC File Format 1.1\r\n"); err != nil {
		return err
	}
	if err := put(info); err != nil {
		return fmt.Errorf("write WARC: warcinfo: %w", err)
	}
	for i, p := range pages {
		status, ct, date := p.Status, p.ContentType, p.Date
		if status == 0 {
			status = 200
		}
		if ct == "" {
			ct = "text/html; charset=utf-8"
		}
		if date.IsZero() {
			date = time.Now()
		}
		var hb bytes.Buffer
		fmt.Fprintf(&hb, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %s\r\n\r\n",
			status, http.StatusText(status), ct, strconv.Itoa(len(p.Body)))
		b := gowarc.NewRecordBuilder(gowarc.Response, opts...)
		b.AddWarcHeader(gowarc.WarcTargetURI, p.URL)
		b.AddWarcHeaderTime(gowarc.WarcDate, date.UTC())
		b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
		if _, err := b.Write(hb.Bytes()); err != nil {
			return err
		}
		if _, err := b.Write(p.Body); err != nil {
			return err
		}
		if err := put(b); err != nil {
			return fmt.Errorf("write WARC: page %d (%s): %w", i+1, p.URL, err)
		}
	}
	return nil
}
