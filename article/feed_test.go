package article

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/unicode"
)

// testRSS is an RSS 2.0 feed of our own: an item with content:encoded and
// a description (the content wins), one with a description only (HTML,
// escaped), and one with a title only.
const testRSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>North Post &amp; Friends</title>
<link>https://north.example/</link>
<language>en-gb</language>
<item>
  <title>Norway and Canada agree on Arctic fishing talks</title>
  <link>https://north.example/a</link>
  <guid>rss-1</guid>
  <pubDate>Tue, 05 Mar 2024 10:30:00 +0100</pubDate>
  <dc:creator>Kari Nordmann</dc:creator>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[<p>The foreign minister of Norway met the prime minister of Canada in Oslo on Tuesday.</p><p>Both governments agreed to set up a <b>joint commission</b>.</p><script>track()</script>]]></content:encoded>
</item>
<item>
  <title>Floods force thousands from their homes</title>
  <link>https://north.example/b</link>
  <guid>rss-2</guid>
  <pubDate>Sun, 03 Mar 2024 08:00:00 GMT</pubDate>
  <description>&lt;p&gt;Heavy rain flooded several towns on Sunday.&lt;/p&gt;&lt;p&gt;The army sent boats.&lt;/p&gt;</description>
</item>
<item>
  <title>Ministers to meet again in May</title>
  <link>https://north.example/c</link>
  <guid>rss-3</guid>
</item>
</channel>
</rss>
`

const testAtom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>River Daily</title>
  <id>urn:river</id>
  <updated>2024-03-06T09:00:00Z</updated>
  <entry>
    <title type="html">&lt;b&gt;Dam&lt;/b&gt; repaired after floods</title>
    <link href="https://river.example/dam"/>
    <id>urn:river:dam</id>
    <updated>2024-03-06T09:00:00Z</updated>
    <author><name>Ana Silva</name></author>
    <summary>Engineers repaired the dam on Wednesday.</summary>
    <content type="html">&lt;p&gt;Engineers repaired the dam on Wednesday after three days of work.&lt;/p&gt;</content>
  </entry>
</feed>
`

const testJSONFeed = `{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Harbour News",
  "language": "en",
  "items": [
    {"id": "h1", "url": "https://harbour.example/1", "title": "Port reopens", "content_html": "<p>The port reopened on Monday after the storm.</p>", "date_published": "2024-03-04T07:00:00Z"},
    {"id": "h2", "url": "https://harbour.example/2", "title": "Ferries resume", "content_text": "Ferries resumed on Tuesday.\n\nCrews worked overnight."}
  ]
}`

func readFeedString(t *testing.T, name, feed string, opt Options) ([]Article, []error) {
	t.Helper()
	return collect(t, OpenReader(context.Background(), name, strings.NewReader(feed), opt))
}

func TestFeedRSS(t *testing.T) {
	arts, errs := readFeedString(t, "north.rss", testRSS, Options{})
	if len(errs) > 0 || len(arts) != 3 {
		t.Fatalf("%d articles, errors %v; want 3 and none", len(arts), errs)
	}
	a := arts[0]
	if a.ID != "rss-1" || a.URL != "https://north.example/a" || a.Source != "North Post & Friends" || a.Author != "Kari Nordmann" || a.Language != "en" {
		t.Errorf("item 1 metadata: %+v", a)
	}
	if want := time.Date(2024, 3, 5, 9, 30, 0, 0, time.UTC); !a.Date.Equal(want) {
		t.Errorf("item 1 date = %v, want %v", a.Date, want)
	}
	if want := "The foreign minister of Norway met the prime minister of Canada in Oslo on Tuesday.\n\nBoth governments agreed to set up a joint commission."; a.Text != want {
		t.Errorf("item 1 text (content:encoded, markup and script removed) = %q, want %q", a.Text, want)
	}
	if want := "Heavy rain flooded several towns on Sunday.\n\nThe army sent boats."; arts[1].Text != want {
		t.Errorf("item 2 text (escaped HTML description) = %q, want %q", arts[1].Text, want)
	}
	if arts[2].Text != "Ministers to meet again in May" || !arts[2].Date.IsZero() {
		t.Errorf("title-only item: text %q date %v; want its title and no date", arts[2].Text, arts[2].Date)
	}
	// DefaultDate fills in where the item has none.
	def := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	arts, _ = readFeedString(t, "north.rss", testRSS, Options{DefaultDate: def})
	if !arts[2].Date.Equal(def) || arts[0].Date.Equal(def) {
		t.Errorf("DefaultDate: %v %v", arts[0].Date, arts[2].Date)
	}
}

func TestFeedAtomAndJSON(t *testing.T) {
	arts, errs := readFeedString(t, "river.atom", testAtom, Options{})
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("atom: %d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.Title != "Dam repaired after floods" || a.Source != "River Daily" || a.Author != "Ana Silva" || a.ID != "urn:river:dam" {
		t.Errorf("atom metadata: %+v", a)
	}
	if a.Text != "Engineers repaired the dam on Wednesday after three days of work." {
		t.Errorf("atom text = %q (want the content, not the summary)", a.Text)
	}
	arts, errs = readFeedString(t, "harbour.json", testJSONFeed, Options{})
	if len(errs) > 0 || len(arts) != 2 {
		t.Fatalf("json feed: %d articles, errors %v", len(arts), errs)
	}
	if arts[0].Text != "The port reopened on Monday after the storm." || arts[0].Source != "Harbour News" || arts[0].Date.Format(time.RFC3339) != "2024-03-04T07:00:00Z" {
		t.Errorf("json item 1: %+v", arts[0])
	}
	if arts[1].Text != "Ferries resumed on Tuesday.\n\nCrews worked overnight." {
		t.Errorf("json item 2 text = %q", arts[1].Text)
	}
}

// TestFeedBroken: broken feeds give clear errors, repaired ones say so.
func TestFeedBroken(t *testing.T) {
	tests := []struct {
		name, feed string
		arts       int
		errs       []string // substrings, one per error
	}{
		{"empty.rss", "", 0, []string{"empty"}},
		{"garbage.rss", "<<<< this is not a feed >>>>", 0, []string{"parse feed"}},
		{"notxml.xml", "just some words", 0, []string{"parse feed"}},
		// gofeed reads bare "&" itself.
		{"amp.rss", `<rss version="2.0"><channel><title>Tom & Jerry</title><item><title>Cats & dogs</title><description>Rain & wind.</description></item></channel></rss>`,
			1, []string{}},
		{"cut.rss", `<rss version="2.0"><channel><title>Cut</title><item><title>One</title><description>First item text.</description></item><item><title>Two</title>`,
			2, []string{"truncated feed", ""}},
		{"noitem.rss", `<rss version="2.0"><channel><title>T</title><item><link>https://x.example/1</link></item><item><title>Fine</title></item></channel></rss>`,
			1, []string{"record 1: no article text found"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := readFeedString(t, tt.name, tt.feed, Options{})
			if len(arts) != tt.arts {
				t.Errorf("%d articles, want %d", len(arts), tt.arts)
			}
			n := 0
			for _, s := range tt.errs {
				if s != "" {
					n++
				}
			}
			if len(errs) != n {
				t.Fatalf("errors %v, want %d", errs, n)
			}
			for i, err := range errs {
				if !strings.Contains(err.Error(), tt.errs[i]) || !strings.Contains(err.Error(), tt.name) {
					t.Errorf("error %q does not name %q and %q", err, tt.name, tt.errs[i])
				}
			}
		})
	}
}

// TestFeedEncodings: UTF-16 with a byte-order mark, a declared legacy
// charset, and an undeclared one all come out as the same UTF-8 title.
func TestFeedEncodings(t *testing.T) {
	feed := `<?xml version="1.0" encoding="%s"?><rss version="2.0"><channel><title>Notícias</title><item><title>Mãe de Ñandú é eleita</title><description>Descrição completa.</description></item></channel></rss>`
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(strings.Replace(feed, "%s", "UTF-16", 1)))
	if err != nil {
		t.Fatal(err)
	}
	latin1 := func(s string) []byte {
		var b bytes.Buffer
		for _, r := range s {
			b.WriteByte(byte(r)) // all runes here are below 256
		}
		return b.Bytes()
	}
	undeclared := strings.Replace(feed, ` encoding="%s"`, "", 1)
	for name, data := range map[string][]byte{
		"utf16.xml":      utf16,
		"declared.xml":   latin1(strings.Replace(feed, "%s", "ISO-8859-1", 1)),
		"undeclared.xml": latin1(undeclared),
	} {
		arts, errs := collect(t, OpenReader(context.Background(), name, bytes.NewReader(data), Options{}))
		if len(errs) > 0 || len(arts) != 1 {
			t.Errorf("%s: %d articles, errors %v", name, len(arts), errs)
			continue
		}
		if arts[0].Title != "Mãe de Ñandú é eleita" || arts[0].Source != "Notícias" {
			t.Errorf("%s: title %q source %q", name, arts[0].Title, arts[0].Source)
		}
	}
}

const testSitemap = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://north.example/a</loc>
    <news:news>
      <news:publication><news:name>North Post</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2024-03-05T10:30+01:00</news:publication_date>
      <news:title>Norway and Canada agree on Arctic fishing talks</news:title>
    </news:news>
  </url>
  <url><loc>https://north.example/plain</loc><lastmod>2024-03-01</lastmod></url>
  <url>
    <loc>https://north.example/bad-date</loc>
    <news:news><news:publication_date>yesterday</news:publication_date><news:title>Bad date</news:title></news:news>
  </url>
</urlset>`

func TestSitemap(t *testing.T) {
	arts, errs := readFeedString(t, "news-sitemap.xml", testSitemap, Options{})
	if len(arts) != 1 || len(errs) != 2 {
		t.Fatalf("%d articles, errors %v; want 1 and 2", len(arts), errs)
	}
	a := arts[0]
	if a.URL != "https://north.example/a" || a.Source != "North Post" || a.Text != a.Title || a.Language != "en" ||
		!a.Date.Equal(time.Date(2024, 3, 5, 9, 30, 0, 0, time.UTC)) {
		t.Errorf("sitemap entry: %+v", a)
	}
	var e *Error
	if !errors.As(errs[0], &e) || e.Record != 2 || !errors.Is(errs[0], ErrNoText) {
		t.Errorf("entry without news:title: %v", errs[0])
	}
	if !strings.Contains(errs[1].Error(), "record 3") || !strings.Contains(errs[1].Error(), "bad date") {
		t.Errorf("entry with a bad date: %v", errs[1])
	}
	_, errs = readFeedString(t, "index.xml", `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x.example/s1.xml</loc></sitemap></sitemapindex>`, Options{})
	if len(errs) != 1 || !errors.Is(errs[0], ErrUnsupported) {
		t.Errorf("sitemap index: %v", errs)
	}
}

func TestEscapeBareAmpersands(t *testing.T) {
	for in, want := range map[string]string{
		"a & b":                      "a &amp; b",
		"a &amp; b &#38; c &#x26; d": "a &amp; b &#38; c &#x26; d",
		"q?a=1&b=2":                  "q?a=1&amp;b=2",
		"end &":                      "end &amp;",
		"&lt;p&gt; && &#;":           "&lt;p&gt; &amp;&amp; &amp;#;",
	} {
		got, _ := escapeBareAmpersands([]byte(in))
		if string(got) != want {
			t.Errorf("escapeBareAmpersands(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCloseOpenElements(t *testing.T) {
	got, closed := closeOpenElements([]byte("<rss><channel><item><title>T</title></item></channel></rss"))
	if string(got) != "<rss><channel><item><title>T</title></item></channel></rss>" || len(closed) != 1 {
		t.Errorf("cut end tag: %q %q", got, closed)
	}
	got, closed = closeOpenElements([]byte("<rdf:RDF><channel><title>x</title>\n"))
	if string(got) != "<rdf:RDF><channel><title>x</title></channel></rdf:RDF>" || len(closed) != 2 {
		t.Errorf("open elements: %q %q", got, closed)
	}
	if _, closed := closeOpenElements([]byte("<a><b/></a>")); closed != nil {
		t.Errorf("complete document: closed %q", closed)
	}
}

func TestPlainText(t *testing.T) {
	for in, want := range map[string]string{
		"Plain title":                      "Plain title",
		"AT&T buys a rival":                "AT&T buys a rival",
		"<b>Bold</b> move":                 "Bold move",
		"&lt;b&gt;Twice&lt;/b&gt; escaped": "Twice escaped",
		"Price &#x0024;4300 for 3 rooms":   "Price $4300 for 3 rooms",
		"Fish &amp;amp; chips":             "Fish & chips",
		"1 < 2 and 3 > 2 is true":          "1 < 2 and 3 > 2 is true",
	} {
		if got := normalizeLine(plainText(in)); got != want {
			t.Errorf("plainText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestJSONFeedAuthorObjects: a JSON Feed's authors are objects (version 1's
// "author", version 1.1's "authors"), not strings; the feed is read as a
// feed, not as a JSONL record with a bad "author" field, and the item's
// author's name is the article's author.
func TestJSONFeedAuthorObjects(t *testing.T) {
	for _, tc := range []struct{ name, version, author string }{
		{"version 1 author", "1", `"author": {"name": "Jane Reporter", "url": "https://harbour.example/jane"}`},
		{"version 1.1 authors", "1.1", `"authors": [{"name": "Jane Reporter", "avatar": "https://harbour.example/jane.png"}]`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			feed := `{"version": "https://jsonfeed.org/version/` + tc.version + `", "title": "Harbour News", ` +
				strings.Replace(tc.author, "Jane Reporter", "Harbour News Desk", 1) + `, "items": [` +
				`{"id": "h1", "url": "https://harbour.example/1", "content_text": "The port reopened on Monday after the storm.", "date_published": "2024-03-04T07:00:00Z", ` + tc.author + `}]}`
			arts, errs := readFeedString(t, "harbour.json", feed, Options{})
			if len(errs) > 0 || len(arts) != 1 {
				t.Fatalf("%d articles, errors %v; want 1 and none", len(arts), errs)
			}
			a := arts[0]
			if a.Author != "Jane Reporter" || a.Source != "Harbour News" || a.Text != "The port reopened on Monday after the storm." ||
				!a.Date.Equal(time.Date(2024, 3, 4, 7, 0, 0, 0, time.UTC)) {
				t.Errorf("article %+v", a)
			}
		})
	}
}
