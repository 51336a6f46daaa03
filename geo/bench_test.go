package geo

import (
	"runtime"
	"strings"
	"testing"
)

// BenchmarkLoad measures loading the embedded gazetteer and reports the
// heap it keeps (MB-heap: live heap after a GC, the gazetteer held) and
// all it allocates while loading (MB-alloc: a bound on the transient peak).
func BenchmarkLoad(b *testing.B) {
	var keep *Gazetteer
	for i := 0; i < b.N; i++ {
		g, err := Load()
		if err != nil {
			b.Fatal(err)
		}
		keep = g
	}
	b.StopTimer()
	var before, after runtime.MemStats
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&before)
	keep, _ = Load()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-heap")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/(1<<20), "MB-alloc")
	runtime.KeepAlive(keep)
}

// BenchmarkFind measures recognition and resolution on a news-like text.
func BenchmarkFind(b *testing.B) {
	g := testGazetteer(b)
	sp := splitter(b)
	doc := strings.Repeat("The Libyan army advanced on Sirte, 450 kilometres east of the capital of Tripoli, on Monday. "+
		"Police said the Benghazi-based forces had withdrawn from the town. "+
		"The US State Department and officials in Washington expressed alarm at the link with the Russian Wagner group. ", 20)
	sents := sp.Split(doc)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Find(sents)
	}
	b.ReportMetric(float64(len(sents)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
