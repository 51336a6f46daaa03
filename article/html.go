package article

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// minTrafilaturaRunes is the text length below which the HTML reader
// also asks go-readability and keeps the longer of the two texts.
const minTrafilaturaRunes = 200

// Pages larger than these go to go-readability alone: trafilatura's time
// grows faster than linearly with the page (about 1 s for 8,000 paragraphs),
// while news pages stay far below (the 47 pages of the extraction
// development set have at most about 1,400 elements and 31 kB of text).
const (
	maxTrafilaturaElements = 20000
	maxTrafilaturaText     = 256 << 10 // bytes of visible text
)

// pageSize counts the elements and the bytes of visible text of a page.
func pageSize(doc *html.Node) (elems, text int) {
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			elems++
			if skipTags[n.Data] {
				return
			}
		case html.TextNode:
			text += len(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return elems, text
}

// readHTML extracts the article of an HTML page: its main text with
// go-trafilatura (go-readability when trafilatura finds less than 200
// characters or the page is too large for it), one paragraph per block element, and the title, site name,
// author, canonical URL and publication date from the page's metadata.
func readHTML(data []byte, opt Options) (Article, error) {
	data, err := decodeHTML(data)
	if err != nil {
		return Article{}, err
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	var pageURL *nurl.URL
	if opt.URL != "" {
		if u, err := nurl.Parse(opt.URL); err == nil && u.IsAbs() {
			pageURL = u
		}
	}

	a, paras, err := extract(doc, pageURL)
	if err != nil {
		return Article{}, err
	}
	if len(paras) == 0 {
		return Article{}, ErrNoText
	}

	a.Title = normalizeLine(a.Title)
	a.Source = normalizeLine(a.Source)
	a.Author = normalizeLine(a.Author)
	a.URL = firstNonEmpty(opt.URL, normalizeLine(a.URL))
	a.Source = dedupeList(a.Source)
	if a.Source == "" {
		// Trafilatura cuts the site name from the title; the page's own
		// <title> may still name the site.
		if t, s := splitTitle(normalizeLine(pageTitle(doc))); s != "" && (a.Title == "" || strings.EqualFold(t, a.Title)) {
			a.Title, a.Source = t, s
		} else {
			a.Title, a.Source = splitTitle(a.Title)
		}
	} else if t, s := splitTitle(a.Title); s != "" && sameSite(s, a.Source) {
		a.Title = t // "Headline | Site" where Site is the known site name
	}
	if a.Date.IsZero() {
		a.Date = opt.DefaultDate
	}
	// The declared language, ISO 639-1; Open checks it against the text.
	a.Language = normalizeLang(firstNonEmpty(a.Language, htmlLang(doc)))
	// The headline repeated as the first paragraph is not text to code twice.
	first := 1 // the number of paras[0] in Dropped.Line
	if len(paras) > 0 && strings.EqualFold(normalizeLine(paras[0]), a.Title) {
		paras, first = paras[1:], 2
	}
	a.Text, a.Furniture = buildText(paras, first, true, opt.Furniture)
	if a.Text == "" {
		return Article{}, ErrNoText
	}
	return a, nil
}

// extract runs the extractors on a parsed page: trafilatura, then
// go-readability when trafilatura finds too little. A panic inside them
// (on a page they do not expect) becomes an error.
func extract(doc *html.Node, pageURL *nurl.URL) (a Article, paras []string, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, paras, err = Article{}, nil, fmt.Errorf("HTML extraction failed: %v", p)
		}
	}()
	// Trafilatura's own fallback (EnableFallback) would also run
	// go-readability and DOM Distiller on every page; running readability
	// only when needed keeps pages fast.
	if elems, text := pageSize(doc); elems <= maxTrafilaturaElements && text <= maxTrafilaturaText {
		res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
			OriginalURL:     pageURL,
			ExcludeComments: true,
			HtmlDateMode:    trafilatura.Fast,
		})
		if err == nil && res != nil {
			paras = blockTexts(res.ContentNode)
			m := res.Metadata
			a = Article{Title: m.Title, Source: m.Sitename, Author: m.Author, URL: m.URL, Date: m.Date, Language: m.Language}
		}
	}
	if runeLen(paras) < minTrafilaturaRunes {
		if ra, err := readability.FromDocument(doc, pageURL); err == nil {
			if rp := blockTexts(ra.Node); runeLen(rp) > runeLen(paras) {
				paras = rp
			}
			a.Title = firstNonEmpty(a.Title, ra.Title())
			a.Source = firstNonEmpty(a.Source, ra.SiteName())
			a.Author = firstNonEmpty(a.Author, ra.Byline())
			if t, err := ra.PublishedTime(); err == nil && a.Date.IsZero() {
				a.Date = t
			}
		}
	}
	return a, paras, nil
}

// decodeHTML returns the page as UTF-8. Valid UTF-8 is taken as it is,
// whatever the page declares (a page that declares Latin-1 but is valid
// UTF-8 is almost always UTF-8 in fact); otherwise the page is decoded from
// the charset it declares (byte-order mark, <meta charset>), or from
// windows-1252 when it declares none, as browsers do. A page that declares
// UTF-8 but is not is an error.
func decodeHTML(data []byte) ([]byte, error) {
	if utf8.Valid(data) {
		return data, nil
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name == "utf-8" || enc == nil {
		line, col := invalidUTF8At(data)
		return nil, fmt.Errorf("%w at line %d column %d (the page declares UTF-8)", ErrInvalidUTF8, line, col)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("decode HTML from %s: %w", name, err)
	}
	return out, nil
}

// inlineTags are the elements that do not break a paragraph.
var inlineTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true,
	"code": true, "data": true, "del": true, "dfn": true, "em": true, "font": true,
	"i": true, "ins": true, "kbd": true, "label": true, "mark": true, "q": true,
	"s": true, "samp": true, "small": true, "span": true, "strike": true,
	"strong": true, "sub": true, "sup": true, "time": true, "tt": true, "u": true,
	"var": true, "wbr": true, "protected-a": true, "hi": true, "ref": true,
}

var newlinesToSpaces = strings.NewReplacer("\n", " ", "\r", " ")

// skipTags are the elements whose content is never article text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"head": true, "svg": true, "math": true, "button": true, "select": true,
	"textarea": true, "iframe": true, "object": true,
}

// blockTexts renders an extracted content tree as paragraphs: each block
// element (p, h1-h6, li, blockquote, div, td, ...) and each <br> ends a
// paragraph; white space inside a paragraph is collapsed.
func blockTexts(n *html.Node) []string {
	if n == nil {
		return nil
	}
	var out []string
	var b strings.Builder
	flush := func() {
		if s := normalizeLine(b.String()); s != "" {
			out = append(out, s)
		}
		b.Reset()
	}
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				lines := strings.Split(n.Data, "\n")
				for i, l := range lines {
					if i > 0 {
						flush()
					}
					b.WriteString(l)
				}
				return
			}
			// Source line breaks are spaces in HTML.
			b.WriteString(newlinesToSpaces.Replace(n.Data))
			return
		case html.ElementNode:
			tag := n.Data
			if skipTags[tag] {
				return
			}
			if tag == "br" || tag == "hr" || tag == "lb" {
				flush()
				return
			}
			if tag == "pre" {
				pre = true
			}
			if !inlineTags[tag] {
				flush()
				defer flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre)
		}
	}
	walk(n, false)
	flush()
	return out
}

// pageTitle returns the text of the page's first <title> element.
func pageTitle(n *html.Node) string {
	if n.Type == html.ElementNode && n.Data == "title" {
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		return b.String()
	}
	if n.Type == html.ElementNode && (n.Data == "body" || n.Data == "svg") {
		return "" // a <title> here is not the page's
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := pageTitle(c); t != "" {
			return t
		}
	}
	return ""
}

// sameSite reports whether the name after a headline's separator names the
// page's site: "Inexhibit" and "Inexhibit magazine" do.
func sameSite(suffix, site string) bool {
	s, t := strings.ToLower(suffix), strings.ToLower(site)
	return strings.Contains(s, t) || strings.Contains(t, s)
}

// dedupeList turns a metadata value that repeats itself ("X; X"), as
// some pages' merged meta tags do, into one "X".
func dedupeList(s string) string {
	parts := strings.Split(s, "; ")
	for _, p := range parts[1:] {
		if p != parts[0] {
			return s
		}
	}
	return parts[0]
}

func runeLen(paras []string) int {
	n := 0
	for _, p := range paras {
		n += utf8.RuneCountInString(p)
	}
	return n
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}
