package article

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/annals-project/annals/internal/testdata"
)

// Tests over the read-only development data in ../shared. They skip when
// the data is absent and copy nothing from it.

func readShared(t *testing.T, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(testdata.Shared(t, strings.TrimPrefix(rel, "../shared/")))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// foldQuotes reads curly quotes and apostrophes as straight ones.
var foldQuotes = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`)

func TestSeedArticle(t *testing.T) {
	data := readShared(t, "../shared/seed/article.txt")
	var want struct {
		Title        string   `json:"title"`
		SourceName   string   `json:"source_name"`
		NoEventsFrom []string `json:"no_events_from"`
	}
	if err := json.Unmarshal(readShared(t, "../shared/seed/expected.json"), &want); err != nil {
		t.Fatal(err)
	}
	a := readOne(t, "article.txt", data, Options{})
	if got := foldQuotes.Replace(a.Title); got != want.Title {
		t.Errorf("title (quotes folded) = %q, want %q", got, want.Title)
	}
	if !strings.ContainsRune(a.Title, '’') {
		t.Errorf("title %q lost its curly quotes: the text must be kept as written", a.Title)
	}
	if a.Source != "Middle East Monitor" || a.Source != want.SourceName {
		t.Errorf("source = %q, want %q", a.Source, want.SourceName)
	}
	var dropped []string
	for _, d := range a.Furniture {
		dropped = append(dropped, d.Text)
	}
	if !slices.Equal(dropped, want.NoEventsFrom) {
		t.Errorf("dropped %q\nwant    %q", dropped, want.NoEventsFrom)
	}
	for _, l := range want.NoEventsFrom {
		if strings.Contains(a.Text, l) {
			t.Errorf("text still holds furniture %q", l)
		}
	}
	// Nothing else is dropped: every other non-blank line after the
	// headline is in the text, in order.
	var kept []string
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l != "" && i > 0 && !slices.Contains(want.NoEventsFrom, l) {
			kept = append(kept, l)
		}
	}
	if got := strings.Split(a.Text, "\n\n"); !slices.Equal(got, kept) {
		t.Errorf("text paragraphs differ from the article's own lines:\n%q\nwant\n%q", got, kept)
	}
}

// TestWikinewsJSONL reads the Wikinews sample: every record must read, and
// no line of these clean texts is furniture.
func TestWikinewsJSONL(t *testing.T) {
	data := readShared(t, "../shared/news/wikinews-en-2019-2020-dev.jsonl")
	arts, errs := Read("wikinews.jsonl", data, Options{})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	if n := strings.Count(strings.TrimSpace(string(data)), "\n") + 1; len(arts) != n {
		t.Errorf("read %d articles from %d lines", len(arts), n)
	}
	for _, a := range arts {
		if a.ID == "" || a.Title == "" || a.Date.IsZero() || len(a.Text) < 100 {
			t.Errorf("%s: incomplete article: title %q date %v text %d bytes", a.ID, a.Title, a.Date, len(a.Text))
		}
		for _, d := range a.Furniture {
			t.Errorf("%s: dropped %q by %s", a.ID, d.Text, d.Rule)
		}
	}
}

// TestExtractionDevSet extracts the 47 development pages of the article
// extraction benchmark and compares the text with the human-written one by
// bags of words (a simpler relative of the benchmark's 4-gram score). The
// thresholds sit a little below the measured 0.95 / 0.99 to catch
// regressions.
func TestExtractionDevSet(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: extracts 47 pages")
	}
	var gold map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(readShared(t, "../shared/extraction/scrapinghub-aeb/ground-truth-dev.json"), &gold); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(testdata.Shared(t, "extraction/scrapinghub-aeb/html"), "*.html.gz"))
	if len(files) == 0 {
		t.Skip("../shared/extraction/scrapinghub-aeb/html not found: development data not available")
	}
	var sumP, sumR float64
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		page := gunzip(t, f)
		arts, errs := Read(id+".html", page, Options{})
		if len(errs) > 0 || len(arts) != 1 {
			t.Errorf("%s: %v", id, errs)
			continue
		}
		a := arts[0]
		if a.Title == "" {
			t.Errorf("%s: no title", id)
		}
		p, r := bagScore(a.Text, gold[id].ArticleBody)
		sumP += p
		sumR += r
	}
	n := float64(len(files))
	t.Logf("%d pages: mean word precision %.3f, recall %.3f", len(files), sumP/n, sumR/n)
	if sumP/n < 0.92 || sumR/n < 0.97 {
		t.Errorf("extraction below thresholds: precision %.3f (want ≥ 0.92), recall %.3f (want ≥ 0.97)", sumP/n, sumR/n)
	}
}

func gunzip(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// bagScore returns the precision and recall of got's words against want's.
func bagScore(got, want string) (p, r float64) {
	words := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
		}) {
			m[w]++
		}
		return m
	}
	g, w := words(got), words(want)
	tp, ng, nw := 0, 0, 0
	for k, v := range g {
		ng += v
		tp += min(v, w[k])
	}
	for _, v := range w {
		nw += v
	}
	if ng == 0 || nw == 0 {
		return 0, 0
	}
	return float64(tp) / float64(ng), float64(tp) / float64(nw)
}
