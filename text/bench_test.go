package text

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"
	"github.com/annals-project/annals/internal/testdata"
)

// wikinewsPath is the development news set, relative to the repository root.
const wikinewsPath = "../shared/news/wikinews-en-2019-2020-dev.jsonl"

// wikinewsTexts reads the `text` field of every article of the development
// news set, skipping the test or benchmark when the set is absent.
func wikinewsTexts(tb testing.TB) []string {
	tb.Helper()
	path := testdata.Shared(tb, strings.TrimPrefix(wikinewsPath, "../shared/"))
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		texts = append(texts, a.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	if len(texts) == 0 {
		tb.Fatalf("%s: no articles", path)
	}
	return texts
}

// BenchmarkSplit measures sentence splitting, tokenising and lemmatising of
// the whole Wikinews development set per iteration, on one goroutine.
func BenchmarkSplit(b *testing.B) {
	texts := wikinewsTexts(b)
	sp, err := NewSplitter()
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	sents := 0
	for b.Loop() {
		for _, t := range texts {
			sents += len(sp.Split(t))
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkSentences measures sentence splitting alone (our Punkt port and
// the line and abbreviation rules), without tokens.
func BenchmarkSentences(b *testing.B) {
	texts := wikinewsTexts(b)
	sp, err := NewSplitter()
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	sents := 0
	var sc punktScratch
	var spans []span
	for b.Loop() {
		for _, t := range texts {
			spans = sp.sentenceSpans(t, &sc, spans[:0])
			sents += len(spans)
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkPunktLibrary measures the neurosnap/sentences English tokenizer
// on the same texts, line by line as Split uses it: the baseline that
// punkt.go replaces.
func BenchmarkPunktLibrary(b *testing.B) {
	texts := wikinewsTexts(b)
	lib := libraryPunkt(b)
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	sents := 0
	for b.Loop() {
		for _, t := range texts {
			for start := 0; start < len(t); {
				end, next := lineEnd(t, start)
				if a, e := trimSpace(t, start, end); a < e {
					sents += len(lib.Tokenize(t[a:e]))
				}
				start = next
			}
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkNewSplitter measures loading the models and lists.
func BenchmarkNewSplitter(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewSplitter(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGolemLoad measures golem's own loader, which NewSplitter does not
// use (see lemmaTable), for comparison with BenchmarkNewSplitter.
func BenchmarkGolemLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := golem.New(en.New()); err != nil {
			b.Fatal(err)
		}
	}
}
