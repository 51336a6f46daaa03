package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/internal/testdata"
)

// The harvest fixtures: every input holds the same two stories, each naming
// "Ostrovar Kettle Guild" (an actor no dictionary has) and saying
// "Quorvath blasted Peru" (an uncoded verb between two actors). Quorvath is
// an actor only in 2015-2016 (harvestDict), so "blast" is harvested only
// when the articles are read with their own 2016 dates, not with --date
// 2010-01-01. The markup around the text (CDATA, links, XML, WARC headers)
// must not come out as candidates.
const harvestDict = "person XYZGOV@2015-01-01..2016-12-31 : Quorvath\n"

var harvestParas = [2][2]string{
	{"Quorvath blasted Peru over the fishing dispute on Tuesday, officials in the capital said after a tense meeting of the two delegations.",
		"The Ostrovar Kettle Guild asked both sides to return to the talks and to settle the dispute over the fishing waters before the end of the year."},
	{"Quorvath blasted Peru again on Friday over the seizure of two trawlers, according to a statement read out on national radio.",
		"The Ostrovar Kettle Guild said that the seizure broke the agreement signed by both governments and called for calm in the ports."},
}

// harvestHTML is story i as an HTML fragment, with a link.
func harvestHTML(i int) string {
	return fmt.Sprintf(`<p>%s See <a href="https://news.example/fish/%d">our coverage</a>.</p><p>%s</p>`, harvestParas[i][0], i, harvestParas[i][1])
}

// harvestPage is a whole HTML page of both stories; date is its
// article:published_time ("" for none).
func harvestPage(date string) string {
	meta := ""
	if date != "" {
		meta = `<meta property="article:published_time" content="` + date + `">`
	}
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fishing dispute | The Example Gazette</title>` + meta +
		`</head><body><nav><a href="/">Home</a></nav><article><h1>Fishing dispute</h1>` + harvestHTML(0) + harvestHTML(1) +
		`</article><footer>Copyright The Example Gazette</footer></body></html>`
}

func harvestRSS() string {
	var items strings.Builder
	for i := range harvestParas {
		fmt.Fprintf(&items, `<item><title>Fishing dispute, day %d</title><link>https://news.example/%d</link>
<pubDate>Tue, 0%d May 2016 09:00:00 GMT</pubDate><description><![CDATA[%s]]></description></item>
`, i+1, i, i+3, harvestHTML(i))
	}
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Example Gazette</title><link>https://news.example/</link>
<atom:link href="https://news.example/world/rss" rel="self" type="application/rss+xml"/>
<description>Latest world news, analysis and opinion from the correspondents of The Example Gazette, updated every hour.</description>
<language>en-gb</language><copyright>The Example Gazette Media Group and its affiliated companies. All rights reserved.</copyright>
<managingEditor>editor@news.example (The Editor)</managingEditor><webMaster>webmaster@news.example (The Webmaster)</webMaster>
<pubDate>Wed, 04 May 2016 09:00:00 GMT</pubDate><lastBuildDate>Wed, 04 May 2016 09:05:00 GMT</lastBuildDate>
<generator>Example Publishing System 4.2</generator><docs>https://www.rssboard.org/rss-specification</docs><ttl>15</ttl>
<image><title>The Example Gazette</title><url>https://news.example/static/images/gazette-logo-144x144.png</url><link>https://news.example/</link><width>144</width><height>144</height></image>
<category>World</category><category>Politics</category><category>Fisheries</category>
` + items.String() + `</channel></rss>
`
}

func harvestAtom() string {
	var entries strings.Builder
	for i := range harvestParas {
		var esc bytes.Buffer
		if err := xmlEscape(&esc, harvestHTML(i)); err != nil {
			panic(err)
		}
		fmt.Fprintf(&entries, `<entry><title>Fishing dispute, day %d</title><id>urn:example:%d</id><link href="https://news.example/%d"/>
<published>2016-05-0%dT09:00:00Z</published><updated>2016-05-0%dT09:00:00Z</updated><content type="html">%s</content></entry>
`, i+1, i, i, i+3, i+3, esc.String())
	}
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>The Example Gazette</title><id>urn:example:feed</id><updated>2016-05-04T09:00:00Z</updated>
` + entries.String() + `</feed>
`
}

// harvestJSONFeed has author objects, feed-wide and per item, as JSON Feed
// writes them.
func harvestJSONFeed() string {
	var items []string
	for i := range harvestParas {
		items = append(items, fmt.Sprintf(`{"id": "%d", "url": "https://news.example/%d", "title": "Fishing dispute, day %d",
   "content_html": %q, "date_published": "2016-05-0%dT09:00:00Z", "author": {"name": "Jane Reporter", "url": "https://news.example/jane"}}`,
			i, i, i+1, harvestHTML(i), i+3))
	}
	return `{"version": "https://jsonfeed.org/version/1", "title": "The Example Gazette", "home_page_url": "https://news.example/",
 "author": {"name": "The Example Gazette", "avatar": "https://news.example/logo.png"},
 "items": [` + strings.Join(items, ",\n  ") + "]}\n"
}

func harvestJSONL() string {
	var b strings.Builder
	for i, p := range harvestParas {
		fmt.Fprintf(&b, `{"id": "j%d", "date": "2016-05-0%d", "title": "Fishing dispute", "text": %q}`+"\n", i, i+3, p[0]+"\n\n"+p[1])
	}
	return b.String()
}

// harvestWARC is a WARC of the two stories as pages without a date of
// their own, crawled on 2016-05-03: the crawl date is theirs.
func harvestWARC(t *testing.T, compress bool) string {
	t.Helper()
	var pages []article.WARCPage
	for i := range harvestParas {
		body := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fishing dispute | The Example Gazette</title></head><body><article><h1>Fishing dispute</h1>` +
			harvestHTML(i) + `</article></body></html>`
		pages = append(pages, article.WARCPage{URL: fmt.Sprintf("https://news.example/%d", i), Date: time.Date(2016, 5, 3, 9, 0, 0, 0, time.UTC), Body: []byte(body)})
	}
	var buf bytes.Buffer
	if err := article.WriteWARC(&buf, pages, compress); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func xmlEscape(b *bytes.Buffer, s string) error {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	_, err := r.WriteString(b, s)
	return err
}

// harvestLists splits harvest output into its candidate lines (without the
// example sentences): actors and verbs, as "count  text".
func harvestLists(out string) (actors, verbs []string) {
	list := &actors
	for _, l := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(l, "words between"):
			list = &verbs
		case strings.HasPrefix(l, "uncoded"), strings.HasPrefix(strings.TrimSpace(l), "e.g. "), l == "":
		default:
			*list = append(*list, strings.TrimSpace(l))
		}
	}
	return actors, verbs
}

// noise are what markup gives as candidates when an input is read as text.
var harvestNoise = []string{"CDATA", "href", "http", "WARC", "pubDate", "Content", "HTTP", "version", "Atom", "DOCTYPE", "html"}

// writeFile writes data to dir/name (making its folders) and returns the
// path.
func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestHarvestReadsEveryInputKind runs annals harvest on each kind of input
// alone: the articles' own text is harvested, not the markup, and their
// own dates are used (--date only when they have none).
func TestHarvestReadsEveryInputKind(t *testing.T) {
	dir := t.TempDir()
	dict := writeFile(t, dir, "quorvath.txt", harvestDict)
	for _, tc := range []struct {
		name, file, data string
		date             string // --date
		wantBlast        bool   // "blast" harvested: Quorvath was an actor on the articles' date
	}{
		{"rss", "gazette.rss", harvestRSS(), "2010-01-01", true},
		{"rss named .xml", "gazette.xml", harvestRSS(), "2010-01-01", true},
		{"atom", "gazette.atom", harvestAtom(), "2010-01-01", true},
		{"json feed with author objects", "feed.json", harvestJSONFeed(), "2010-01-01", true},
		{"jsonl with dates", "articles.jsonl", harvestJSONL(), "2010-01-01", true},
		{"warc", "crawl.warc", harvestWARC(t, false), "2010-01-01", true},
		{"warc.gz", "crawl.warc.gz", harvestWARC(t, true), "2010-01-01", true},
		{"html with its date", "dated.html", harvestPage("2016-05-03T09:00:00Z"), "2010-01-01", true},
		{"html without a date, --date in 2016", "undated.html", harvestPage(""), "2016-05-03", true},
		{"html without a date, --date in 2010", "undated.html", harvestPage(""), "2010-01-01", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := writeFile(t, t.TempDir(), tc.file, tc.data)
			code, out, errs := runCmd(t, "", "harvest", "--dict", dict, "--date", tc.date, in)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr:\n%s", code, errs)
			}
			actors, verbs := harvestLists(out)
			if !contains(actors, "2  Ostrovar Kettle Guild") {
				t.Errorf("actor candidates %q: want \"2  Ostrovar Kettle Guild\"", actors)
			}
			for _, a := range actors {
				for _, n := range harvestNoise {
					if strings.Contains(a, n) {
						t.Errorf("markup as an actor candidate: %q", a)
					}
				}
			}
			if got := contains(verbs, "2  blast"); got != tc.wantBlast {
				t.Errorf("verb candidates %q: \"2  blast\" listed %v, want %v (the articles' dates not used?)", verbs, got, tc.wantBlast)
			}
			for _, v := range verbs {
				for _, n := range []string{"href", "http", "url", "cdata"} {
					if strings.Contains(v, n) {
						t.Errorf("markup as a verb candidate: %q", v)
					}
				}
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestHarvestBadInputsDoNotStopTheBatch: each bad input or record is one
// error naming its file, and the good inputs are still harvested.
func TestHarvestBadInputsDoNotStopTheBatch(t *testing.T) {
	dir := t.TempDir()
	dict := writeFile(t, dir, "quorvath.txt", harvestDict)
	garbage := make([]byte, 4096)
	for i := range garbage {
		garbage[i] = byte(i * 7919 % 251)
	}
	warc := harvestWARC(t, true)
	files := []string{
		writeFile(t, dir, "good.rss", harvestRSS()),
		writeFile(t, dir, "broken.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Broken</title><item><title>Cut <b>off"),
		writeFile(t, dir, "garbage.bin", string(garbage)),
		writeFile(t, dir, "array.json", `[{"title": "not a feed"}]`),
		writeFile(t, dir, "cut.warc.gz", warc[:len(warc)*2/3]),
		filepath.Join(dir, "missing.rss"),
		writeFile(t, dir, "good.jsonl", harvestJSONL()),
	}
	code, out, errs := runCmd(t, "", append([]string{"harvest", "--dict", dict, "--date", "2010-01-01"}, files...)...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, name := range []string{"broken.xml", "garbage.bin", "array.json", "cut.warc.gz", "missing.rss"} {
		if !strings.Contains(errs, "annals harvest: read "+filepath.Join(dir, name)) {
			t.Errorf("no error reported for %s; stderr:\n%s", name, errs)
		}
	}
	if strings.Contains(errs, "good.") || strings.Contains(errs, "panic") {
		t.Errorf("stderr:\n%s", errs)
	}
	// Two stories from good.rss, two from good.jsonl, and maybe some
	// from the cut WARC's first records.
	actors, verbs := harvestLists(out)
	found := false
	for _, a := range actors {
		var n int
		if _, err := fmt.Sscanf(a, "%d  Ostrovar Kettle Guild", &n); err == nil && n >= 4 && strings.HasSuffix(a, "  Ostrovar Kettle Guild") {
			found = true
		}
	}
	if !found || len(verbs) == 0 {
		t.Errorf("the good inputs were not harvested; actors %q, verbs %q", actors, verbs)
	}
}

// TestHarvestStdin reads "-" like the other commands.
func TestHarvestStdin(t *testing.T) {
	code, out, errs := runCmd(t, harvestJSONFeed(), "harvest", "--date", "2010-01-01", "-")
	if code != 0 || errs != "" || !strings.Contains(out, "2  Ostrovar Kettle Guild\n") {
		t.Errorf("exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
}

// TestHarvestSharedFeedsAndWARC harvests the real feeds and WARC files in
// ../shared (read-only development data, skipped when absent): every one
// is read without error and no markup comes out as a candidate.
func TestHarvestSharedFeedsAndWARC(t *testing.T) {
	for _, tc := range []struct{ dir, patterns string }{
		{"feeds", "jsonfeed/*.json rss-parser/guardian.rss rss-parser/heise.atom feedjira/TechCrunch.xml feedjira/FeedBurnerXHTML.xml"},
		{"warc", "warcio/example.warc warcio/example.warc.gz iipc-jwarc/cc.warc.gz"},
	} {
		t.Run(tc.dir, func(t *testing.T) {
			root := testdata.Shared(t, tc.dir)
			var files []string
			for _, p := range strings.Fields(tc.patterns) {
				m, _ := filepath.Glob(filepath.Join(root, p))
				files = append(files, m...)
			}
			if len(files) == 0 {
				t.Skipf("none of %s in ../shared/%s: development data not available", tc.patterns, tc.dir)
			}
			code, out, errs := runCmd(t, "", append([]string{"harvest", "--min", "1", "--top", "100000"}, files...)...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr:\n%s", code, errs)
			}
			actors, _ := harvestLists(out)
			if len(actors) == 0 {
				t.Fatalf("no actor candidates from %d files", len(files))
			}
			for _, a := range actors {
				_, phrase, _ := strings.Cut(a, "  ")
				switch phrase {
				case "CDATA", "href", "WARC", "HTTP", "DOCTYPE", "Content-Type", "WARC-Date":
					t.Errorf("markup as an actor candidate: %q", a)
				}
			}
		})
	}
}
