package article

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annals-project/annals/internal/testdata"
)

// Tests of Open over the feeds and WARC samples in ../shared (read-only
// development data; nothing of it is copied here). They skip when it is
// absent.

// sharedFiles lists the files under a folder of ../shared matching the
// glob patterns (relative to the folder).
func sharedFiles(t *testing.T, rel string, patterns ...string) []string {
	t.Helper()
	dir := testdata.Shared(t, rel)
	var out []string
	for _, p := range patterns {
		m, err := filepath.Glob(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	if len(out) == 0 {
		t.Skipf("no files in ../shared/%s", rel)
	}
	return out
}

// TestSharedRealFeeds reads the real feeds (captures of real sites, not
// the deliberately broken cases): every one gives articles and no error,
// except feedjira's InvalidDateFormat.xml, which is cut off before its
// </rss> and is read after a reported repair.
func TestSharedRealFeeds(t *testing.T) {
	files := sharedFiles(t, "feeds", "rss-parser/*.rss", "rss-parser/*.atom", "feedjira/*.xml", "jsonfeed/*.json", "news-sitemaps/*.xml")
	total := 0
	for _, f := range files {
		rel := strings.TrimPrefix(f, filepath.Dir(filepath.Dir(f))+"/")
		arts, errs := collect(t, Open(context.Background(), f, Options{}))
		total += len(arts)
		if len(arts) == 0 {
			t.Errorf("%s: no articles", rel)
		}
		if filepath.Base(f) == "InvalidDateFormat.xml" {
			if len(errs) != 1 || !strings.Contains(errs[0].Error(), "truncated feed") || len(arts) != 2 {
				t.Errorf("%s: %d articles, errors %v; want the 2 items after a reported repair", rel, len(arts), errs)
			}
			continue
		}
		for _, err := range errs {
			t.Errorf("%s: %v", rel, err)
		}
		for _, a := range arts {
			if a.Text == "" || a.ID == "" || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
				t.Errorf("%s: bad article %q: id %q, %d bytes of text", rel, a.Title, a.ID, len(a.Text))
				break
			}
		}
	}
	t.Logf("%d real feeds: %d articles", len(files), total)
}

// TestSharedFeedGold compares the items of the rss-parser feeds with that
// parser's own output (expected-json): titles and links, after white
// space is collapsed.
func TestSharedFeedGold(t *testing.T) {
	files := sharedFiles(t, "feeds", "rss-parser/*.rss", "rss-parser/*.atom")
	var n, titles, links int
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		data, err := os.ReadFile(filepath.Join(filepath.Dir(f), "expected-json", base+".json"))
		if err != nil {
			continue
		}
		var gold struct {
			Feed struct {
				Items []struct {
					Title string `json:"title"`
					Link  string `json:"link"`
				} `json:"items"`
			} `json:"feed"`
		}
		if err := json.Unmarshal(data, &gold); err != nil {
			t.Fatalf("%s: %v", base, err)
		}
		arts, _ := collect(t, Open(context.Background(), f, Options{}))
		if len(arts) != len(gold.Feed.Items) {
			t.Errorf("%s: %d articles, rss-parser has %d items", base, len(arts), len(gold.Feed.Items))
			continue
		}
		for i, g := range gold.Feed.Items {
			if strings.ContainsRune(g.Title, '\uFFFD') {
				continue // rss-parser mis-decoded this Latin-1 title
			}
			n++
			if arts[i].Title == normalizeLine(plainText(g.Title)) {
				titles++
			} else if testing.Verbose() {
				t.Logf("%s item %d: title %q, rss-parser %q", base, i+1, arts[i].Title, g.Title)
			}
			if arts[i].URL == strings.TrimSpace(g.Link) {
				links++
			} else if testing.Verbose() {
				t.Logf("%s item %d: link %q, rss-parser %q", base, i+1, arts[i].URL, g.Link)
			}
		}
	}
	if n == 0 {
		t.Skip("no expected-json files")
	}
	t.Logf("%d items: titles match %d (%.1f%%), links %d (%.1f%%)", n, titles, 100*float64(titles)/float64(n), links, 100*float64(links)/float64(n))
	if float64(titles) < 0.95*float64(n) || float64(links) < 0.95*float64(n) {
		t.Errorf("fewer than 95%% of titles (%d) or links (%d) of %d items match", titles, links, n)
	}
}

// TestSharedEncodings: the Portuguese feeds in Latin-1 (one without an
// encoding declaration) come out as correct UTF-8.
func TestSharedEncodings(t *testing.T) {
	for _, f := range sharedFiles(t, "feeds", "rss-parser/uolNoticias.rss", "rss-parser/encoding.rss") {
		arts, errs := collect(t, Open(context.Background(), f, Options{}))
		if len(errs) > 0 || len(arts) == 0 {
			t.Errorf("%s: %d articles, errors %v", f, len(arts), errs)
			continue
		}
		accents, pt := 0, 0
		for _, a := range arts {
			if strings.ContainsRune(a.Title+a.Text, '\uFFFD') || !utf8.ValidString(a.Title+a.Text) {
				t.Errorf("%s: mis-decoded %q", filepath.Base(f), a.Title)
			}
			if strings.ContainsAny(a.Title+a.Text, "ãçéíóú") {
				accents++
			}
			// The feeds declare no language or "pt-pt"; the detector may
			// take a short Portuguese item for Spanish, never for English.
			if a.Language == "pt" {
				pt++
			} else if testing.Verbose() {
				t.Logf("%s: %q language %q", filepath.Base(f), a.Title, a.Language)
			}
			if a.Language == "en" {
				t.Errorf("%s: %q language en", filepath.Base(f), a.Title)
			}
		}
		if pt*10 < len(arts)*8 {
			t.Errorf("%s: %d of %d articles detected as Portuguese, want ≥ 80%%", filepath.Base(f), pt, len(arts))
		}
		if accents == 0 {
			t.Errorf("%s: no accented Portuguese letters in %d articles", filepath.Base(f), len(arts))
		}
	}
}

// TestSharedBrokenFeeds reads the deliberately broken and oddly encoded
// feeds: none may panic or hang, every error is an *Error naming its file,
// and every article is valid UTF-8.
func TestSharedBrokenFeeds(t *testing.T) {
	files := sharedFiles(t, "feeds", "edge-cases-feedparser/illformed/*.xml", "edge-cases-feedparser/illformed/*/*.xml", "edge-cases-feedparser/encoding/*.xml")
	var nArts, nErrs int
	for _, f := range files {
		arts, errs := collect(t, Open(context.Background(), f, Options{}))
		nArts += len(arts)
		nErrs += len(errs)
		for _, err := range errs {
			var e *Error
			if !errors.As(err, &e) || e.Name != f {
				t.Errorf("%s: error %v does not name the file", f, err)
			}
		}
		for _, a := range arts {
			if !utf8.ValidString(a.Title) || !utf8.ValidString(a.Text) {
				t.Errorf("%s: invalid UTF-8 in %q", f, a.Title)
			}
		}
	}
	t.Logf("%d broken-feed files: %d articles, %d errors", len(files), nArts, nErrs)
}

// TestSharedWARC reads the WARC samples: none may panic or hang, the
// record counts of the README hold where they concern HTML pages, and the
// truncated file gives a per-record error.
func TestSharedWARC(t *testing.T) {
	files := sharedFiles(t, "warc", "*/*.warc", "*/*.warc.gz", "*/*.gz.bad", "*/*/*.warc.gz", "*/*/*/*.warc.gz", "*/*.arc", "*/*.arc.gz", "*/*/*.arc.gz")
	got := map[string][2]int{}
	for _, f := range files {
		arts, errs := collect(t, Open(context.Background(), f, Options{}))
		got[filepath.Base(f)] = [2]int{len(arts), len(errs)}
		for _, err := range errs {
			if !strings.Contains(err.Error(), filepath.Base(strings.TrimSuffix(f, ".gz"))) {
				t.Errorf("%s: error %v does not name the file", f, err)
			}
		}
		for _, a := range arts {
			if a.URL == "" || a.Text == "" || a.Date.IsZero() {
				t.Errorf("%s: incomplete article %+v", f, a)
			}
		}
		if testing.Verbose() {
			t.Logf("%s: %d articles, errors %v", filepath.Base(f), len(arts), errs)
		}
	}
	for name, want := range map[string][2]int{
		"example.warc.gz":       {1, 0}, // one response (example.com), one revisit
		"example.warc":          {1, 0},
		"skip-non-open.warc.gz": {10, 0}, // 10 HTML responses
		"cc.warc.gz":            {1, 0},
		"IAH-urls-wget.warc.gz": {2, 0}, // 16 responses: 2 HTML pages with status 200, redirects, images, robots.txt
		"example-trunc.warc":    {0, 1}, // its response is cut short
		"example.arc.gz":        {0, 1}, // ARC is reported as unsupported
	} {
		if g, ok := got[name]; ok && g != want {
			t.Errorf("%s: %d articles, %d errors; want %v", name, g[0], g[1], want)
		}
	}
	// wget writes WARC-Target-URI in angle brackets, which gowarc rejects.
	if arts, _ := collect(t, Open(context.Background(), testdata.Shared(t, "warc/warcio/example-wget-bad-target-uri.warc.gz"), Options{})); len(arts) != 1 || arts[0].URL != "http://example.com/" {
		t.Errorf("wget WARC: %+v, want one article with URL http://example.com/", arts)
	}
	if g := got["example-trunc.warc"]; g[1] == 1 {
		_, errs := collect(t, Open(context.Background(), testdata.Shared(t, "warc/warcio/example-trunc.warc"), Options{}))
		if !strings.Contains(errs[0].Error(), "record 3 at byte") {
			t.Errorf("truncated record: %v, want its number and offset", errs[0])
		}
	}
}
