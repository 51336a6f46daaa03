package article

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// readFeed reads an RSS, Atom or JSON feed (gofeed) and yields one article
// per item: the item's full content where the feed carries it
// (content:encoded, Atom content, JSON content_html), else its
// description or summary, turned into paragraphs like an HTML page's text;
// with its title, link, author and publication date, and the feed's title
// as the source. With Options.FetchLinks the page the item links to is
// read instead.
//
// A feed that is not well-formed XML because of bare "&" (a common fault of
// hand-made feeds) is read again with them escaped, and that repair is
// reported as an error of the whole feed before its items. A feed that
// cannot be parsed at all is one error.
func readFeed(ctx context.Context, name string, data []byte, opt Options, yield func(Article, error) bool) {
	data = feedToUTF8(data)
	feed, err := parseFeed(data)
	if err != nil {
		// Two common faults are repaired, and the repair is reported.
		if fixed, n := escapeBareAmpersands(data); n > 0 {
			if f2, err2 := parseFeed(fixed); err2 == nil && len(f2.Items) > 0 {
				if !yield(Article{}, &Error{Name: name, Err: fmt.Errorf("malformed feed (%v); read again after escaping %d bare '&'", err, n)}) {
					return
				}
				feed, err = f2, nil
			}
		}
	}
	if err != nil {
		if fixed, open := closeOpenElements(data); len(open) > 0 {
			if f2, err2 := parseFeed(fixed); err2 == nil && len(f2.Items) > 0 {
				if !yield(Article{}, &Error{Name: name, Err: fmt.Errorf("truncated feed (%v); read again after closing <%s>", err, strings.Join(open, ">, <"))}) {
					return
				}
				feed, err = f2, nil
			}
		}
	}
	if err != nil {
		yield(Article{}, &Error{Name: name, Err: fmt.Errorf("parse feed: %w", err)})
		return
	}
	source := normalizeLine(plainText(feed.Title))
	for i, item := range feed.Items {
		if err := ctx.Err(); err != nil {
			yield(Article{}, &Error{Name: name, Err: err})
			return
		}
		if item == nil {
			continue
		}
		a, err := feedItem(name, i+1, item, source, feed.Language, opt)
		if err != nil {
			err = &Error{Name: name, Record: i + 1, Offset: -1, Err: err}
		}
		if opt.FetchLinks && a.URL != "" {
			if !fetchLinked(ctx, name, i+1, a, err, opt, yield) {
				return
			}
			continue
		}
		if !yield(a, err) {
			return
		}
	}
}

// feedToUTF8 prepares a feed for gofeed, which reads UTF-8 and the
// charsets an XML declaration names, but neither UTF-16/32 nor undeclared
// legacy charsets:
//
//   - UTF-16 and UTF-32 (told by a byte-order mark or by how "<?" is
//     written) are decoded to UTF-8 and the declaration is made to say so;
//   - XML without an encoding declaration must be UTF-8; one that is not
//     was written in some legacy charset, which is guessed (chardet, with
//     Windows-1252 as the fallback, the usual case) and decoded.
func feedToUTF8(data []byte) []byte {
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0, 0, 0, '<'}):
		enc = utf32.UTF32(utf32.BigEndian, utf32.UseBOM)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(data, []byte{'<', 0, 0, 0}):
		enc = utf32.UTF32(utf32.LittleEndian, utf32.UseBOM)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0, '<', 0}):
		enc = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{'<', 0, '?', 0}), bytes.HasPrefix(data, []byte{'<', 0, 'r', 0}), bytes.HasPrefix(data, []byte{'<', 0, 'f', 0}):
		enc = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	}
	if enc != nil {
		if dec, err := enc.NewDecoder().Bytes(data); err == nil {
			return declareUTF8(dec)
		}
		return data
	}
	if utf8.Valid(data) || isJSONFeed(data[:min(len(data), sniffBytes)]) || xmlEncoding(data) != "" {
		return data
	}
	enc = charmap.Windows1252
	if r, err := chardet.NewTextDetector().DetectBest(data); err == nil && r.Confidence >= 50 {
		if e, err := htmlindex.Get(r.Charset); err == nil && e != nil {
			enc = e
		}
	}
	if dec, err := enc.NewDecoder().Bytes(data); err == nil {
		return dec
	}
	return data
}

// declareUTF8 rewrites the encoding of a decoded document's XML
// declaration to UTF-8.
func declareUTF8(data []byte) []byte {
	data = bytes.TrimPrefix(data, utf8BOM)
	if m := xmlDeclEncoding.FindSubmatchIndex(data[:min(len(data), 512)]); m != nil {
		out := append([]byte{}, data[:m[2]]...)
		out = append(out, "utf-8"...)
		return append(out, data[m[3]:]...)
	}
	return data
}

// xmlDeclEncoding finds the encoding named by an XML declaration.
var xmlDeclEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']`)

// xmlEncoding returns the encoding an XML document's declaration names, ""
// when none.
func xmlEncoding(data []byte) string {
	data = bytes.TrimPrefix(data, utf8BOM)
	if m := xmlDeclEncoding.FindSubmatch(data[:min(len(data), 512)]); m != nil {
		return string(m[1])
	}
	return ""
}

// parseFeed parses a feed with gofeed; a panic inside the parser (on input
// it does not expect) becomes an error.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", p)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}

// closeOpenElements appends the end tags of the elements still open at
// the end of a truncated XML document (a fetch cut short); it returns the
// repaired document and the names it closed, innermost first.
func closeOpenElements(data []byte) ([]byte, []string) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.CharsetReader = charsetReader
	var stack []string
	for {
		tok, err := dec.RawToken()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := t.Name.Local
			if t.Name.Space != "" {
				n = t.Name.Space + ":" + n
			}
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if len(stack) == 0 {
		return data, nil
	}
	out := bytes.TrimRight(data, " \t\r\n")
	// A cut end tag ("</rss") is dropped before closing.
	if i := bytes.LastIndexByte(out, '<'); i >= 0 && bytes.IndexByte(out[i:], '>') < 0 {
		out = out[:i]
	}
	out = append([]byte{}, out...)
	var closed []string
	for i := len(stack) - 1; i >= 0; i-- {
		out = append(out, "</"+stack[i]+">"...)
		closed = append(closed, stack[i])
	}
	return out, closed
}

// entityRef matches a character or entity reference at the start of
// the input: "&amp;", "&#38;", "&#x26;".
var entityRef = regexp.MustCompile(`^&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9._-]*);`)

// escapeBareAmpersands escapes the "&" of an XML document that do not
// start a reference, and returns how many it escaped.
func escapeBareAmpersands(data []byte) ([]byte, int) {
	n := 0
	var out []byte
	last := 0
	for i := 0; i < len(data); i++ {
		if data[i] != '&' || entityRef.Match(data[i:min(len(data), i+40)]) {
			continue
		}
		out = append(out, data[last:i]...)
		out = append(out, "&amp;"...)
		last = i + 1
		n++
	}
	if n == 0 {
		return data, 0
	}
	return append(out, data[last:]...), n
}

// feedItem turns one feed item into an article.
func feedItem(name string, n int, item *gofeed.Item, source, lang string, opt Options) (Article, error) {
	a := Article{
		ID:       strings.TrimSpace(item.GUID),
		Title:    normalizeLine(plainText(item.Title)),
		Source:   source,
		URL:      strings.TrimSpace(item.Link),
		Date:     opt.DefaultDate,
		Language: lang,
	}
	if a.ID == "" {
		a.ID = a.URL
	}
	if a.ID == "" {
		a.ID = fmt.Sprintf("%s#%d", articleID(name, ""), n)
	}
	switch {
	case item.PublishedParsed != nil:
		a.Date = item.PublishedParsed.UTC()
	case item.UpdatedParsed != nil:
		a.Date = item.UpdatedParsed.UTC()
	}
	for _, p := range item.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			a.Author = normalizeLine(p.Name)
			break
		}
	}
	if a.Author == "" && item.DublinCoreExt != nil && len(item.DublinCoreExt.Creator) > 0 {
		a.Author = normalizeLine(item.DublinCoreExt.Creator[0])
	}
	body := item.Content
	if strings.TrimSpace(plainText(body)) == "" {
		body = item.Description
	}
	paras := htmlParagraphs(body)
	// A feed that repeats the headline as the first line of the text.
	first := 1
	if len(paras) > 0 && strings.EqualFold(paras[0], a.Title) {
		paras, first = paras[1:], 2
	}
	a.Text, a.Furniture = buildText(paras, first, true, opt.Furniture)
	if a.Text == "" {
		if a.Title == "" {
			return Article{}, fmt.Errorf("%w: the item has neither text nor title", ErrNoText)
		}
		// A headline-only item is its own text, as a one-line text input is.
		a.Text = a.Title
	}
	return a, nil
}

// htmlParagraphs renders an HTML fragment (or plain text, which parses as
// one text node) as paragraphs, like the text of an extracted page.
func htmlParagraphs(fragment string) []string {
	if strings.TrimSpace(fragment) == "" {
		return nil
	}
	if !strings.ContainsAny(fragment, "<&") {
		// Plain text: its blank lines separate paragraphs.
		var out []string
		for _, p := range strings.Split(strings.ReplaceAll(fragment, "\r\n", "\n"), "\n\n") {
			if p = normalizeLine(p); p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return []string{normalizeLine(fragment)}
	}
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return blockTexts(root)
}

// plainText is the text of a field that may hold markup or entities.
// Feeds often escape a title's markup twice ("&amp;lt;b&amp;gt;"), so
// markup or an entity left after one round is removed by a second.
func plainText(s string) string {
	for range 2 {
		if !strings.ContainsAny(s, "<&") {
			return s
		}
		t := strings.Join(htmlParagraphs(s), " ")
		if !leftMarkup.MatchString(t) {
			return t
		}
		s = t
	}
	return s
}

// leftMarkup matches a tag or a character entity in decoded text.
var leftMarkup = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);`)

// readSitemap reads a news sitemap (<urlset> with Google News entries):
// each <url> is an article with the entry's news:title as its headline,
// news:publication name as the source, publication date and language.
// Without Options.FetchLinks the headline is the only text there is, and it
// is the article's text (as a one-line input is); with it the linked page
// is read. A sitemap index (<sitemapindex>) lists sitemaps, not articles,
// and is reported as unsupported.
func readSitemap(ctx context.Context, name string, data []byte, opt Options, yield func(Article, error) bool) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.CharsetReader = charsetReader
	n := 0
	for {
		if err := ctx.Err(); err != nil {
			yield(Article{}, &Error{Name: name, Err: err})
			return
		}
		tok, err := dec.Token()
		if err != nil {
			if err != io.EOF {
				yield(Article{}, &Error{Name: name, Line: lineOf(data, dec.InputOffset()), Err: fmt.Errorf("parse sitemap: %w", err)})
			}
			return
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "sitemapindex":
			yield(Article{}, &Error{Name: name, Err: fmt.Errorf("%w: a sitemap index lists sitemaps, not articles; read the sitemaps it lists", ErrUnsupported)})
			return
		case "url":
		default:
			continue
		}
		n++
		var u sitemapURL
		if err := dec.DecodeElement(&u, &se); err != nil {
			yield(Article{}, &Error{Name: name, Record: n, Offset: -1, Err: fmt.Errorf("bad sitemap entry: %w", err)})
			return
		}
		a, err := u.article(name, n, opt)
		if err != nil {
			err = &Error{Name: name, Record: n, Offset: -1, Err: err}
		}
		if opt.FetchLinks && a.URL != "" {
			if !fetchLinked(ctx, name, n, a, err, opt, yield) {
				return
			}
			continue
		}
		if !yield(a, err) {
			return
		}
	}
}

// sitemapURL is one <url> entry of a sitemap with its Google News part.
type sitemapURL struct {
	Loc     string `xml:"loc"`
	Lastmod string `xml:"lastmod"`
	News    struct {
		Publication struct {
			Name     string `xml:"name"`
			Language string `xml:"language"`
		} `xml:"publication"`
		Date  string `xml:"publication_date"`
		Title string `xml:"title"`
	} `xml:"news"`
}

func (u *sitemapURL) article(name string, n int, opt Options) (Article, error) {
	a := Article{
		URL:      strings.TrimSpace(u.Loc),
		Title:    normalizeLine(u.News.Title),
		Source:   normalizeLine(u.News.Publication.Name),
		Language: u.News.Publication.Language,
		Date:     opt.DefaultDate,
	}
	a.ID = a.URL
	if a.ID == "" {
		a.ID = fmt.Sprintf("%s#%d", articleID(name, ""), n)
	}
	for _, d := range []string{u.News.Date, u.Lastmod} {
		if strings.TrimSpace(d) == "" {
			continue
		}
		t, err := sitemapDate(d)
		if err != nil {
			return a, fmt.Errorf("entry %s: %w", a.ID, err)
		}
		a.Date = t.UTC()
		break
	}
	if a.Title == "" {
		return a, fmt.Errorf("%w: entry %s has no news:title (only its page has text; fetch the links)", ErrNoText, a.ID)
	}
	a.Text = a.Title
	return a, nil
}

// lineOf returns the 1-based line of byte offset off in data.
func lineOf(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// sitemapDate reads a sitemap date: the forms parseDate accepts, and W3C
// datetimes without seconds ("2008-12-23T14:30+02:00").
func sitemapDate(s string) (time.Time, error) {
	if t, err := parseDate(s); err == nil {
		return t, nil
	}
	if t, err := time.Parse("2006-01-02T15:04Z07:00", strings.TrimSpace(s)); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("bad date %q: want a W3C datetime (YYYY-MM-DD or RFC 3339)", s)
}
