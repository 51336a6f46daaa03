package article

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// DefaultHTTPTimeout bounds one HTTP request (connection, headers and
// body) when Options.HTTP is nil.
const DefaultHTTPTimeout = 30 * time.Second

// userAgent is sent with every request.
const userAgent = "annals (+https://github.com/annals-project/annals)"

// httpClient returns the client of opt, or a default one.
func httpClient(opt Options) *http.Client {
	if opt.HTTP != nil {
		return opt.HTTP
	}
	return &http.Client{Timeout: DefaultHTTPTimeout}
}

// response is a fetched document: its body (at most limit bytes) and
// content type.
type response struct {
	body        []byte
	contentType string // media type, lower case, without parameters
	url         string // the final URL, after redirects
}

// httpGet fetches url and reads its body up to limit bytes; a body larger
// than limit, a status other than 200 and a transport error are errors.
// A non-UTF-8 text body that names its charset in the Content-Type header
// is decoded to UTF-8.
func httpGet(ctx context.Context, url string, limit int64, opt Options) (response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return response{}, err
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.8")
	resp, err := httpClient(opt).Do(req)
	if err != nil {
		return response{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return response{}, fmt.Errorf("HTTP status %s", resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return response{}, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > limit {
		return response{}, fmt.Errorf("response larger than the %d MB limit", limit>>20)
	}
	ct := resp.Header.Get("Content-Type")
	mt, params, _ := mime.ParseMediaType(ct)
	if cs := params["charset"]; cs != "" && !utf8.Valid(body) && strings.HasPrefix(mt, "text/") {
		if r, err := charset.NewReaderLabel(cs, bytes.NewReader(body)); err == nil {
			if dec, err := io.ReadAll(r); err == nil {
				body = dec
			}
		}
	}
	return response{body: body, contentType: mt, url: resp.Request.URL.String()}, nil
}

// openURL reads an http(s) source: a page (one article) or a feed or
// sitemap (one article per item), told from the content like a file.
func openURL(ctx context.Context, url string, opt Options, yield func(Article, error) bool) {
	resp, err := httpGet(ctx, url, MaxFeedBytes, opt)
	if err != nil {
		yield(Article{}, &Error{Name: url, Err: fmt.Errorf("fetch: %w", err)})
		return
	}
	if opt.URL == "" {
		opt.URL = resp.url
	}
	if opt.ID == "" {
		opt.ID = resp.url
	}
	if isHTMLType(resp.contentType) && int64(len(resp.body)) > MaxArticleBytes {
		yield(Article{}, &Error{Name: url, Err: ErrTooLarge})
		return
	}
	readStream(ctx, url, bytes.NewReader(resp.body), opt, yield)
}

// isHTMLType reports whether a media type is an HTML page's.
func isHTMLType(mt string) bool {
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// fetchLinked reads the page a feed or sitemap item links to, in place of
// the item's own text. item and itemErr are what the feed itself gave for
// the item: when the fetch or the extraction fails, the failure is
// reported and the item's own article (if any) is yielded instead. Fields
// the page lacks (title, date, author, language) come from the item; the
// article keeps the item's ID and link. It returns false when the consumer
// stops.
func fetchLinked(ctx context.Context, name string, n int, item Article, itemErr error, opt Options, yield func(Article, error) bool) bool {
	fallback := func(err error) bool {
		how := "no text from the feed either"
		if itemErr == nil {
			how = "using the feed's own text"
		}
		if !yield(Article{}, &Error{Name: name, Record: n, Offset: -1, Err: fmt.Errorf("fetch %s: %w (%s)", item.URL, err, how)}) {
			return false
		}
		if itemErr == nil {
			return yield(item, nil)
		}
		return true
	}
	if err := ctx.Err(); err != nil {
		yield(Article{}, &Error{Name: name, Err: err})
		return false
	}
	if !isURL(item.URL) {
		return fallback(fmt.Errorf("not an http(s) link"))
	}
	resp, err := httpGet(ctx, item.URL, MaxArticleBytes, opt)
	if err != nil {
		return fallback(err)
	}
	if resp.contentType != "" && !isHTMLType(resp.contentType) && !strings.HasPrefix(resp.contentType, "text/") {
		return fallback(fmt.Errorf("content type %s is not a page", resp.contentType))
	}
	popt := opt
	popt.URL, popt.ID, popt.DefaultDate = item.URL, item.ID, item.Date
	var page Article
	var perr error
	got := false
	Scan(item.URL, bytes.NewReader(resp.body), popt)(func(a Article, err error) bool {
		page, perr, got = a, err, true
		return false
	})
	if !got {
		perr = ErrNoText
	}
	if perr != nil {
		return fallback(perr)
	}
	page.ID, page.URL = item.ID, item.URL
	page.Title = firstNonEmpty(page.Title, item.Title)
	page.Source = firstNonEmpty(page.Source, item.Source)
	page.Author = firstNonEmpty(page.Author, item.Author)
	page.Language = firstNonEmpty(page.Language, item.Language)
	if !item.Date.IsZero() && (page.Date.IsZero() || page.Date.Equal(opt.DefaultDate)) {
		page.Date = item.Date
	}
	return yield(page, nil)
}

// charsetReader decodes an XML document declared in a charset other than
// UTF-8, for encoding/xml.
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	return charset.NewReaderLabel(label, r)
}
