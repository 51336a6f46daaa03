package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/internal/testdata"
)

type benchSentence struct {
	text string
	ref  time.Time
}

// newsSentences reads the development news file and splits each article
// naively on ". ", with the article's date as reference.
func newsSentences(tb testing.TB) []benchSentence {
	const rel = "news/wikinews-en-2019-2020-dev.jsonl"
	f, err := os.Open(testdata.Shared(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []benchSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a struct {
			Date string `json:"date"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("%s: %v", rel, err)
		}
		ref, err := time.Parse("2006-01-02", a.Date)
		if err != nil {
			continue
		}
		for _, s := range strings.Split(a.Text, ". ") {
			out = append(out, benchSentence{s, ref})
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", rel, err)
	}
	return out
}

// BenchmarkFind runs Find over every sentence of the development news and
// reports sentences per second.
func BenchmarkFind(b *testing.B) {
	sents := newsSentences(b)
	if len(sents) == 0 {
		b.Skip("no sentences")
	}
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, s := range sents {
			Find(s.text, s.ref)
		}
		n += len(sents)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkFindNone measures the common path: a sentence without time words.
func BenchmarkFindNone(b *testing.B) {
	s := "The government announced new measures to curb inflation, officials from the central bank said."
	ref := time.Date(2020, 6, 26, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		Find(s, ref)
	}
}

// BenchmarkFindSome measures a sentence with two expressions.
func BenchmarkFindSome(b *testing.B) {
	s := "On Thursday the army said it had withdrawn from the town it captured last week, officials said."
	ref := time.Date(2020, 6, 26, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		Find(s, ref)
	}
}
