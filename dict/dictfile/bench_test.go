package dictfile_test

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/dict/dictfile"
	"github.com/annals-project/annals/internal/testdata"
)

// petrarch2Set is the published PETRARCH-2 dictionary set: CAMEO 2.0
// verbs, the Phoenix actors, agents and discards.
var petrarch2Set = []string{
	"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
	"Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt",
}

// BenchmarkLoadPetrarch2 loads the full PETRARCH-2 set (issue 3: < 0.3 s
// and < 300 MB). It reports the time per load, the bytes allocated, and
// "MB-live": the heap the loaded dictionary keeps.
func BenchmarkLoadPetrarch2(b *testing.B) {
	dir := testdata.Shared(b, "dictionaries/petrarch2")
	b.ReportAllocs()
	var d *dict.Dict
	for b.Loop() {
		d = &dict.Dict{}
		for _, f := range petrarch2Set {
			if _, err := dictfile.Load(d, filepath.Join(dir, f)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	var before, after runtime.MemStats
	d = nil
	runtime.GC()
	runtime.ReadMemStats(&before)
	d = &dict.Dict{}
	for _, f := range petrarch2Set {
		dictfile.Load(d, filepath.Join(dir, f))
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-live")
	runtime.KeepAlive(d)
}
