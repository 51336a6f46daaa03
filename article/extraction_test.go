package article

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/annals-project/annals/internal/testdata"
)

// The article-extraction benchmark's metric (the README of
// ../shared/extraction, after upstream evaluate.py): texts are split into
// tokens (runs of Unicode letters, numbers and "_", like Python's \w+),
// tokens into 4-gram shingles, and each document's shingle multisets are
// compared. TP, FP and FN are normalised per document by their sum so that
// every document weighs the same; precision and recall are means over the
// documents and F1 is the harmonic mean of the two means.

// benchTokens splits s like Python's re.findall(r"\w+", s).
func benchTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_'
	})
}

// shingles counts the n-grams of tokens; fewer than n tokens give one
// shorter shingle.
func shingles(tokens []string, n int) map[string]int {
	m := map[string]int{}
	if len(tokens) < n {
		m[strings.Join(tokens, "\x00")]++
		return m
	}
	for i := 0; i+n <= len(tokens); i++ {
		m[strings.Join(tokens[i:i+n], "\x00")]++
	}
	return m
}

// shingleMatch returns one document's TP, FP and FN over 4-gram shingles,
// divided by their sum.
func shingleMatch(gold, pred string) (tp, fp, fn float64) {
	g, p := shingles(benchTokens(gold), 4), shingles(benchTokens(pred), 4)
	for k, gc := range g {
		pc := p[k]
		tp += float64(min(gc, pc))
		fn += float64(max(0, gc-pc))
	}
	for k, pc := range p {
		fp += float64(max(0, pc-g[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return tp, fp, fn
}

// benchScore holds the per-document matches of a run.
type benchScore struct {
	precisions, recalls []float64
}

func (b *benchScore) add(gold, pred string) {
	tp, fp, fn := shingleMatch(gold, pred)
	if tp+fp > 0 {
		b.precisions = append(b.precisions, tp/(tp+fp))
	} else if fn == 0 {
		b.precisions = append(b.precisions, 1)
	}
	if tp+fn > 0 {
		b.recalls = append(b.recalls, tp/(tp+fn))
	} else if fp == 0 {
		b.recalls = append(b.recalls, 1)
	}
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// result returns the mean precision and recall and their harmonic mean.
func (b *benchScore) result() (p, r, f1 float64) {
	p, r = mean(b.precisions), mean(b.recalls)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func TestShingleMetric(t *testing.T) {
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	tests := []struct {
		gold, pred string
		tp, fp, fn float64
	}{
		{"one two three four five", "one two three four five", 1, 0, 0},
		// pred misses the last word: gold shingles {1234, 2345}, pred {1234}.
		{"one two three four five", "one two three four", 1.0 / 2, 0, 1.0 / 2},
		// pred adds a word: pred shingles {1234, 2345, 3456}.
		{"one two three four five", "one two three four five six", 2.0 / 3, 1.0 / 3, 0},
		// Short texts are one shingle; punctuation is not a token.
		{"Hello, world!", "hello world", 0, 1.0 / 2, 1.0 / 2},
		{"Hello, world!", "Hello world", 1, 0, 0},
		// Unicode letters and digits are tokens: "Zürich's 3rd" is Zürich, s, 3rd.
		{"Zürich's 3rd café opens", "Zürich s 3rd café opens", 1, 0, 0},
	}
	for _, tt := range tests {
		tp, fp, fn := shingleMatch(tt.gold, tt.pred)
		if !near(tp, tt.tp) || !near(fp, tt.fp) || !near(fn, tt.fn) {
			t.Errorf("shingleMatch(%q, %q) = %.3f %.3f %.3f, want %.3f %.3f %.3f", tt.gold, tt.pred, tp, fp, fn, tt.tp, tt.fp, tt.fn)
		}
	}
	var b benchScore
	b.add("one two three four five", "one two three four five")
	b.add("one two three four five", "one two three four")
	p, r, f1 := b.result()
	if !near(p, 1) || !near(r, 0.75) || !near(f1, 2*0.75/1.75) {
		t.Errorf("result = %.3f %.3f %.3f, want 1 0.75 %.3f", p, r, f1, 2*0.75/1.75)
	}
}

// extractionPages lists the development pages of the extraction benchmark
// and their gold texts, or skips.
func extractionPages(tb testing.TB) (files []string, gold map[string]string) {
	tb.Helper()
	var g map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	data, err := os.ReadFile(testdata.Shared(tb, "extraction/scrapinghub-aeb/ground-truth-dev.json"))
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(data, &g); err != nil {
		tb.Fatal(err)
	}
	files, _ = filepath.Glob(filepath.Join(testdata.Shared(tb, "extraction/scrapinghub-aeb/html"), "*.html.gz"))
	if len(files) == 0 {
		tb.Skip("../shared/extraction/scrapinghub-aeb/html not found: development data not available")
	}
	gold = map[string]string{}
	for id, v := range g {
		gold[id] = v.ArticleBody
	}
	return files, gold
}

// TestExtractionShingleF1 reads the development pages through Open (the
// path of `annals extract`: a gzip-compressed HTML file) and scores the
// text with the benchmark's shingle metric. The issue asks for F1 ≥ 0.96.
func TestExtractionShingleF1(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: extracts 47 pages")
	}
	files, gold := extractionPages(t)
	var b benchScore
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		var got []Article
		for a, err := range Open(context.Background(), f, Options{}) {
			if err != nil {
				t.Errorf("%s: %v", id, err)
				continue
			}
			got = append(got, a)
		}
		text := ""
		if len(got) == 1 {
			text = got[0].Text
		} else {
			t.Errorf("%s: %d articles, want 1", id, len(got))
		}
		g, ok := gold[id]
		if !ok {
			t.Fatalf("%s: no gold text", id)
		}
		tp, fp, fn := shingleMatch(g, text)
		if testing.Verbose() {
			t.Logf("%s: tp %.3f fp %.3f fn %.3f", id[:12], tp, fp, fn)
		}
		b.add(g, text)
	}
	p, r, f1 := b.result()
	t.Logf("extraction dev set, %d pages, shingle metric: P %.3f R %.3f F1 %.3f", len(files), p, r, f1)
	if f1 < 0.96 {
		t.Errorf("shingle F1 %.3f below 0.96 (P %.3f, R %.3f)", f1, p, r)
	}
}

// BenchmarkExtractionDevSet extracts the development pages through Open,
// as annals extract does, and reports pages/s.
func BenchmarkExtractionDevSet(b *testing.B) {
	files, _ := extractionPages(b)
	pages := make([][]byte, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages[i] = data
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for i, p := range pages {
			for _, err := range OpenReader(context.Background(), filepath.Base(files[i]), bytes.NewReader(p), Options{}) {
				if err != nil {
					b.Fatal(err)
				}
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
}
