package article

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// collect reads all of a source: its articles and its errors.
func collect(t *testing.T, seq func(func(Article, error) bool)) (arts []Article, errs []error) {
	t.Helper()
	for a, err := range seq {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) && !errors.Is(err, context.Canceled) {
				t.Errorf("error %v is not an *article.Error", err)
			}
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

// testPage makes an HTML news page of our own with a headline, a byline, a
// date and paragraphs, like a news site's.
func testPage(title, site, date string, paras ...string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title>`, title, site)
	fmt.Fprintf(&b, `<meta property="og:site_name" content="%s">`, site)
	if date != "" {
		fmt.Fprintf(&b, `<meta property="article:published_time" content="%s">`, date)
	}
	b.WriteString(`</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav><main><article>`)
	fmt.Fprintf(&b, "<h1>%s</h1>", title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	b.WriteString(`</article></main><footer><p>Copyright 2024 ` + site + `. All rights reserved.</p></footer></body></html>`)
	return []byte(b.String())
}

var ministerParas = []string{
	"The foreign minister of Norway met the prime minister of Canada in Oslo on Tuesday to discuss fishing rights in the Arctic, officials said after the talks.",
	"Both governments agreed to set up a joint commission that will report within six months, according to a statement released by the Norwegian foreign ministry.",
	"Fishing groups in both countries welcomed the agreement but warned that quotas must be enforced if stocks are to recover over the coming decade.",
}

var floodParas = []string{
	"Heavy rain flooded several towns in the north of the country on Sunday, forcing thousands of residents to leave their homes as rivers burst their banks.",
	"The army sent soldiers and boats to help with the evacuation, and the interior ministry opened emergency shelters in schools and sports halls across the region.",
	"Forecasters expect more rain later in the week, and the government has asked people living near rivers to stay alert and follow the instructions of local officials.",
}

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestWARCRoundTrip writes a WARC and a WARC.gz of pages made here, with
// records that are not articles among them, and checks that reading them
// gives, for each HTML page, the article that reading the page directly
// gives, with the record's URL, date and ID.
func TestWARCRoundTrip(t *testing.T) {
	pageA := testPage("Norway and Canada agree on Arctic fishing talks", "North Post", "2024-03-05", ministerParas...)
	pageB := testPage("Floods force thousands from their homes", "Daily River", "", floodParas...)
	crawl := time.Date(2024, 4, 1, 12, 0, 0, 0, time.UTC)
	pages := []WARCPage{
		{URL: "https://north.example/a", Date: crawl, Body: pageA},
		{URL: "https://north.example/logo.png", Date: crawl, ContentType: "image/png", Body: []byte("\x89PNG\r\n\x1a\nnot really")},
		{URL: "https://north.example/gone", Date: crawl, Status: 404, Body: testPage("Not found", "North Post", "", "This page does not exist any more, sorry.")},
		{URL: "https://river.example/b", Date: crawl, ContentType: "text/html", Body: pageB},
	}
	want := func(name string, page []byte) Article {
		a := readOne(t, name, page, Options{URL: name, DefaultDate: crawl})
		return a
	}
	wantA, wantB := want("https://north.example/a", pageA), want("https://river.example/b", pageB)
	for _, compress := range []bool{false, true} {
		name := "pages.warc"
		if compress {
			name += ".gz"
		}
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteWARC(&buf, pages, compress); err != nil {
				t.Fatal(err)
			}
			if compress != bytes.HasPrefix(buf.Bytes(), []byte{0x1f, 0x8b}) {
				t.Fatalf("compress=%v but the file starts %q", compress, buf.Bytes()[:4])
			}
			path := filepath.Join(t.TempDir(), name)
			writeFile(t, path, buf.Bytes())
			arts, errs := collect(t, Open(context.Background(), path, Options{}))
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			if len(arts) != 2 {
				t.Fatalf("%d articles, want 2 (the image and the 404 page are not articles)", len(arts))
			}
			for i, w := range []Article{wantA, wantB} {
				a := arts[i]
				if a.Text != w.Text || a.Title != w.Title || a.Source != w.Source {
					t.Errorf("article %d from the WARC differs from the page read directly:\n%q %q %q\nwant\n%q %q %q", i, a.Title, a.Source, a.Text, w.Title, w.Source, w.Text)
				}
				if a.URL != pages[i*3].URL {
					t.Errorf("article %d URL = %q, want %q", i, a.URL, pages[i*3].URL)
				}
				if !strings.HasPrefix(a.ID, "urn:uuid:") {
					t.Errorf("article %d ID = %q, want the WARC-Record-ID", i, a.ID)
				}
				if a.Language != "en" {
					t.Errorf("article %d language = %q, want en", i, a.Language)
				}
			}
			// Page A names its date; page B has none and gets WARC-Date.
			if got := arts[0].Date.Format("2006-01-02"); got != "2024-03-05" {
				t.Errorf("page date = %s, want 2024-03-05 (from the page)", got)
			}
			if !arts[1].Date.Equal(crawl) {
				t.Errorf("date of a page without one = %v, want the WARC-Date %v", arts[1].Date, crawl)
			}
		})
	}
}

// TestWARCBadRecord breaks one record of a WARC in the middle: the error
// names the file and the record, and the records after it are still read.
func TestWARCBadRecord(t *testing.T) {
	crawl := time.Date(2024, 4, 1, 12, 0, 0, 0, time.UTC)
	var good1, bad, good2 bytes.Buffer
	if err := WriteWARC(&good1, []WARCPage{{URL: "https://a.example/1", Date: crawl, Body: testPage("Arctic talks", "North Post", "", ministerParas...)}}, false); err != nil {
		t.Fatal(err)
	}
	if err := WriteWARC(&good2, []WARCPage{{URL: "https://b.example/2", Date: crawl, Body: testPage("Floods", "Daily River", "", floodParas...)}}, false); err != nil {
		t.Fatal(err)
	}
	// A record whose header is garbage: no WARC-Type, a non-numeric length.
	bad.WriteString("WARC/1.1\r\nWARC-Record-ID <broken\r\nContent-Length: lots\r\n\r\nsome bytes\r\n\r\n")
	data := slices.Concat(good1.Bytes(), bad.Bytes(), good2.Bytes())

	arts, errs := collect(t, OpenReader(context.Background(), "mixed.warc", bytes.NewReader(data), Options{}))
	if len(arts) != 2 {
		t.Errorf("%d articles, want the 2 good pages around the bad record", len(arts))
	}
	if len(errs) == 0 {
		t.Fatal("no error for the bad record")
	}
	var e *Error
	if !errors.As(errs[0], &e) || e.Name != "mixed.warc" || e.Record != 3 || e.Offset != int64(good1.Len()) {
		t.Errorf("error = %v (%+v), want record 3 at byte %d of mixed.warc", errs[0], e, good1.Len())
	}
	if !strings.Contains(errs[0].Error(), "record 3 at byte") {
		t.Errorf("message %q does not name the record and offset", errs[0])
	}

	// A WARC cut in the middle of its second page: the first page is read
	// and the cut is one error, not a hang.
	cut := slices.Concat(good1.Bytes(), good2.Bytes())
	cut = cut[:good1.Len()+good2.Len()/2]
	arts, errs = collect(t, OpenReader(context.Background(), "cut.warc", bytes.NewReader(cut), Options{}))
	if len(arts) != 1 || len(errs) == 0 {
		t.Errorf("cut WARC: %d articles and errors %v, want 1 article and an error", len(arts), errs)
	}
}

// TestWARCCutAnywhere cuts a WARC at every few bytes of its last page:
// wherever the file ends, inside a header, an HTTP head or a page, the cut
// is reported; only a cut between records, or in the blank lines that
// close the last one, loses nothing and says nothing.
func TestWARCCutAnywhere(t *testing.T) {
	crawl := time.Date(2024, 4, 1, 12, 0, 0, 0, time.UTC)
	var good1, good2 bytes.Buffer
	if err := WriteWARC(&good1, []WARCPage{{URL: "https://a.example/1", Date: crawl, Body: testPage("Arctic talks", "North Post", "", ministerParas...)}}, false); err != nil {
		t.Fatal(err)
	}
	if err := WriteWARC(&good2, []WARCPage{{URL: "https://b.example/2", Date: crawl, Body: testPage("Floods", "Daily River", "", floodParas...)}}, false); err != nil {
		t.Fatal(err)
	}
	all := slices.Concat(good1.Bytes(), good2.Bytes())
	response := good1.Len() + bytes.Index(good2.Bytes(), []byte("WARC/1.1\r\nWARC-Type: response"))
	for c := good1.Len() + 1; c < len(all)-4; c += 3 {
		if c >= response-4 && c <= response {
			continue // the file ends after a whole record, or in its closing blank lines
		}
		arts, errs := collect(t, OpenReader(context.Background(), "cut.warc", bytes.NewReader(all[:c]), Options{}))
		if len(errs) == 0 {
			t.Errorf("cut at byte %d of %d: %d articles and no error", c, len(all), len(arts))
		}
		if len(arts) > 1 {
			t.Errorf("cut at byte %d of %d: %d articles, want only the whole first page", c, len(all), len(arts))
		}
	}
}

// TestFolder reads a folder of mixed formats: recursively, in name order,
// skipping hidden entries, notices and files that are not articles.
func TestFolder(t *testing.T) {
	dir := t.TempDir()
	var warc bytes.Buffer
	if err := WriteWARC(&warc, []WARCPage{{URL: "https://w.example/1", Body: testPage("Archived floods", "Daily River", "2024-02-02", floodParas...)}}, true); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"b/page.html":       testPage("Arctic fishing talks", "North Post", "2024-03-05", ministerParas...),
		"b/page2.html.gz":   gz(t, testPage("Floods in the north", "Daily River", "2024-03-06", floodParas...)),
		"a/story.txt":       []byte("Ministers meet in Oslo – North Post\n\n" + ministerParas[0] + "\n"),
		"a/z/items.jsonl":   []byte(`{"id":"j1","text":"` + floodParas[0] + `"}` + "\n" + `{"id":"j2","text":"` + floodParas[1] + `"}` + "\n"),
		"c/feed.rss":        []byte(testRSS),
		"c/crawl.warc.gz":   warc.Bytes(),
		"README.md":         []byte("# not an article\n"),
		"LICENSE.txt":       []byte("Permission is hereby granted, free of charge, to any person.\n"),
		"b/logo.png":        []byte("\x89PNG\r\n\x1a\n"),
		".hidden/x.txt":     []byte("Hidden\n\nThis must not be read.\n"),
		"b/.draft.txt":      []byte("Draft\n\nThis must not be read either.\n"),
		"d/empty.txt":       {},
		"d/feed-broken.xml": []byte("<rss><channel><title>Broken"),
	}
	for name, data := range files {
		writeFile(t, filepath.Join(dir, name), data)
	}
	arts, errs := collect(t, Open(context.Background(), dir, Options{}))
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	want := []string{"story.txt", "j1", "j2", "page.html", "page2.html", "urn:uuid:", "rss-1", "rss-2", "rss-3"}
	if len(ids) != len(want) {
		t.Fatalf("ids = %q, want %q", ids, want)
	}
	for i := range want {
		if !strings.HasPrefix(ids[i], want[i]) {
			t.Errorf("ids = %q, want %q (prefixes)", ids, want)
			break
		}
	}
	// The empty file and the broken feed are errors naming their file.
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "empty.txt") || !strings.Contains(errs[1].Error(), "feed-broken.xml") {
		t.Errorf("errors = %v, want one for d/empty.txt and one for d/feed-broken.xml", errs)
	}
	// The same folder gives the same sequence again.
	again, _ := collect(t, Open(context.Background(), dir, Options{}))
	for i := range again {
		if again[i].ID != arts[i].ID || again[i].Text != arts[i].Text {
			t.Fatalf("second read differs at %d: %q vs %q", i, again[i].ID, arts[i].ID)
		}
	}
	// Stopping early stops the walk.
	n := 0
	for range Open(context.Background(), dir, Options{}) {
		n++
		if n == 2 {
			break
		}
	}
	// A cancelled context stops with its error.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, errs = collect(t, Open(ctx, dir, Options{}))
	if len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
		t.Errorf("cancelled: errors %v, want one context.Canceled", errs)
	}
}

func TestOpenMissing(t *testing.T) {
	arts, errs := collect(t, Open(context.Background(), filepath.Join(t.TempDir(), "nope.html"), Options{}))
	if len(arts) != 0 || len(errs) != 1 || !errors.Is(errs[0], os.ErrNotExist) {
		t.Errorf("missing file: %d articles, errors %v", len(arts), errs)
	}
}

func TestSniffKind(t *testing.T) {
	tests := []struct {
		name, head string
		want       inputKind
	}{
		{"a.warc", "WARC/1.1\r\nWARC-Type: warcinfo\r\n", kindWARC},
		{"a.arc", "filedesc://IAH-2008.arc 0.0.0.0 2008", kindARC},
		{"x", `<?xml version="1.0"?><rss version="2.0"><channel>`, kindFeed},
		{"x", "<?xml version=\"1.0\"?>\n<!-- c -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", kindFeed},
		{"x", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, kindFeed},
		{"x", "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"s.xsl\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">", kindSitemap},
		{"x.json", `{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": []}`, kindFeed},
		{"x.json", `{"version":"https:\/\/jsonfeed.org\/version\/1","items":[]}`, kindFeed},
		{"x.jsonl", `{"id": "1", "text": "A sentence."}`, kindArticles},
		{"x.json", `{"id": "1", "text": "A sentence."}`, kindArticles},
		{"x.json", "{\n  \"feed\": {\"items\": []}\n}", kindOtherJSON},
		{"x.json", `[{"id": "1", "text": "A sentence."}]`, kindOtherJSON},
		{"x", "<!doctype html><html><body><p>Hi</p></body></html>", kindArticles},
		{"x.xml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>", kindArticles},
		{"x.txt", "A headline\n\nSome text.", kindArticles},
		// A broken feed is still a feed by its name, and so reported as one.
		{"broken.rss", "<<<< not xml at all", kindFeed},
		{"broken.txt", "<<<< not xml at all", kindArticles},
	}
	for _, tt := range tests {
		if got := sniffKind(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("sniffKind(%q, %q) = %v, want %v", tt.name, tt.head, got, tt.want)
		}
	}
}

func TestArticleFileName(t *testing.T) {
	for name, want := range map[string]bool{
		"a.html": true, "a.HTM": true, "a.txt": true, "a.jsonl": true, "a.rss": true, "a.xml": true,
		"a.warc": true, "a.warc.gz": true, "a.html.gz": true, "a.json": true,
		"README.md": false, "README.txt": false, "LICENSE.txt": false, "a.png": false, "a.gz": false, "a": false, "a.go": false,
	} {
		if got := articleFileName(name); got != want {
			t.Errorf("articleFileName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestCorruptGzip: a gzip file cut short gives an error naming it, after
// whatever could be read, and never hangs.
func TestCorruptGzip(t *testing.T) {
	page := gz(t, testPage("Floods force thousands from their homes", "Daily River", "", floodParas...))
	var warc bytes.Buffer
	pages := []WARCPage{
		{URL: "https://a.example/1", Body: testPage("Arctic talks", "North Post", "", ministerParas...)},
		{URL: "https://b.example/2", Body: testPage("Floods", "Daily River", "", floodParas...)},
	}
	if err := WriteWARC(&warc, pages, true); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		arts int
	}{
		{"page.html.gz", page[:len(page)/2], 0},
		{"page.html.gz", page[:12], 0},
		{"crawl.warc.gz", warc.Bytes()[:warc.Len()-40], 1}, // the second page's member is cut
	}
	for _, tt := range tests {
		arts, errs := collect(t, OpenReader(context.Background(), tt.name, bytes.NewReader(tt.data), Options{}))
		if len(arts) != tt.arts || len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.name) {
			t.Errorf("%s cut to %d bytes: %d articles, errors %v; want %d and one error naming the file", tt.name, len(tt.data), len(arts), errs, tt.arts)
		}
	}
}

// FuzzOpenReader feeds arbitrary bytes to the reader of every kind: it may
// return errors but must not panic or hang. The seeds run with go test.
func FuzzOpenReader(f *testing.F) {
	var warc bytes.Buffer
	if err := WriteWARC(&warc, []WARCPage{{URL: "https://a.example/1", Body: testPage("Arctic talks", "North Post", "", ministerParas...)}}, false); err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{testRSS, testAtom, testJSONFeed, testSitemap, warc.String(), string(testPage("T", "S", "", "Body text here.")), "WARC/1.1\r\n\r\n", "<rss><channel><item>", "{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[{}]}"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for range OpenReader(context.Background(), "fuzz.xml", bytes.NewReader(data), Options{}) {
		}
	})
}

// TestOpenForcedFormat: Options.Format forces the format of every file
// Open reads, overriding both the content and the name, after gzip
// decompression; a WARC file, feed or sitemap under a forced format is
// one ErrFormatMismatch error, not an article of markup.
func TestOpenForcedFormat(t *testing.T) {
	dir := t.TempDir()
	var warc bytes.Buffer
	if err := WriteWARC(&warc, []WARCPage{{URL: "https://w.example/1", Body: testPage("Archived floods", "Daily River", "2024-02-02", floodParas...)}}, false); err != nil {
		t.Fatal(err)
	}
	// Plain text that detection takes for HTML: <p> markup in its first kB.
	markupText := "How to write <p> tags – North Post\n\n" + ministerParas[0] + " The <p> tag starts a paragraph.\n"
	files := map[string][]byte{
		"markup.txt":    []byte(markupText),
		"markup.txt.gz": gz(t, []byte(markupText)),
		// An HTML fragment named .xml is taken for a broken feed by its name.
		"page.xml":   []byte("<div><h2>Talks</h2><span>" + ministerParas[0] + "</span><span>" + ministerParas[1] + "</span></div>"),
		"items.json": []byte(`{"id":"j1","text":"` + floodParas[0] + `"}` + "\n"),
		"feed.rss":   []byte(testRSS),
		"crawl.warc": warc.Bytes(),
		"map.xml":    []byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://w.example/1</loc></url></urlset>`),
	}
	for name, data := range files {
		writeFile(t, filepath.Join(dir, "in", name), data)
	}
	for _, tt := range []struct {
		name     string
		file     string
		format   Format
		wantText string // in the only article's text; "" = no article
		wantErr  error  // the only error; nil = none
	}{
		{"detected as HTML", "markup.txt", "", "", nil},
		{"forced text", "markup.txt", FormatText, "The <p> tag starts a paragraph.", nil},
		{"forced text after gzip", "markup.txt.gz", FormatText, "The <p> tag starts a paragraph.", nil},
		{"forced html over a .xml name", "page.xml", FormatHTML, ministerParas[1], nil},
		{"forced jsonl", "items.json", FormatJSONL, floodParas[0], nil},
		{"feed forced to text", "feed.rss", FormatText, "", ErrFormatMismatch},
		{"warc forced to html", "crawl.warc", FormatHTML, "", ErrFormatMismatch},
		{"sitemap forced to jsonl", "map.xml", FormatJSONL, "", ErrFormatMismatch},
	} {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := collect(t, Open(context.Background(), filepath.Join(dir, "in", tt.file), Options{Format: tt.format}))
			if tt.format == "" {
				// Detection reads the <p> as markup: the tag is gone.
				if len(arts) != 1 || strings.Contains(arts[0].Text, "<p>") {
					t.Errorf("detected: %d articles, errors %v", len(arts), errs)
				}
				return
			}
			switch {
			case tt.wantErr != nil:
				if len(arts) != 0 || len(errs) != 1 || !errors.Is(errs[0], tt.wantErr) || !strings.Contains(errs[0].Error(), string(tt.format)) {
					t.Errorf("%d articles, errors %v; want one %v", len(arts), errs, tt.wantErr)
				}
			case len(arts) != 1 || len(errs) != 0 || !strings.Contains(arts[0].Text, tt.wantText):
				t.Errorf("%d articles (%+v), errors %v; want one with %q", len(arts), arts, errs, tt.wantText)
			}
		})
	}

	// A folder: every file the walk reads is read in the forced format.
	arts, errs := collect(t, Open(context.Background(), filepath.Join(dir, "in"), Options{Format: FormatText}))
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if want := []string{"items.json", "markup.txt", "markup.txt.gz", "page.xml"}; !slices.Equal(ids, want) {
		t.Errorf("folder forced to text: ids %q, want %q", ids, want)
	}
	if len(errs) != 3 {
		t.Errorf("folder forced to text: errors %v, want three (WARC, feed, sitemap)", errs)
	}
	for _, err := range errs {
		if !errors.Is(err, ErrFormatMismatch) {
			t.Errorf("folder forced to text: %v", err)
		}
	}

	// A reader (standard input) likewise.
	arts, errs = collect(t, OpenReader(context.Background(), "stdin", strings.NewReader(markupText), Options{Format: FormatText}))
	if len(arts) != 1 || len(errs) != 0 || !strings.Contains(arts[0].Text, "<p>") || arts[0].ID != "stdin" {
		t.Errorf("stdin forced to text: %+v, errors %v", arts, errs)
	}
}
