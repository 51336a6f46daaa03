package pipeline_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/internal/testdata"
	"github.com/annals-project/annals/pipeline"
)

// loadNews reads the Wikinews development articles.
func loadNews(b *testing.B) []article.Article {
	path := testdata.Shared(b, "news/wikinews-en-2019-2020-dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var arts []article.Article
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			var rec struct{ ID, Text, Date string }
			if json.Unmarshal(line, &rec) == nil {
				d, _ := time.Parse("2006-01-02", rec.Date)
				arts = append(arts, article.Article{ID: rec.ID, Text: rec.Text, Date: d})
			}
		}
		if err != nil {
			break
		}
	}
	return arts
}

// BenchmarkCode measures raw article text → events (sentences, tokens,
// lemmas, actors, patterns, dates, places) on one goroutine, over the Wikinews
// development articles. Run with -cpu 1 for the per-core figure.
func BenchmarkCode(b *testing.B) {
	arts := loadNews(b)
	p := newPipeline(b)
	sentences, events, bytes := 0, 0, 0
	for _, a := range arts {
		sentences += len(p.Splitter().Split(a.Text))
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes))
	if _, err := p.Gazetteer(); err != nil { // loaded once per process: not part of the per-article cost
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		events = 0
		for k := range arts {
			evs, _ := p.Code(&arts[k])
			events += len(evs)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(sentences*b.N)/sec, "sentences/s")
	b.ReportMetric(float64(events*b.N)/sec, "events/s")
}

// BenchmarkNewDefault measures what a start of the binary costs before the
// first article: parsing the embedded default dictionaries and building
// the coder (the gazetteer loads on first use: see geo's BenchmarkLoad).
func BenchmarkNewDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pipeline.NewDefault(); err != nil {
			b.Fatal(err)
		}
	}
}
