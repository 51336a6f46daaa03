package geo

import (
	"compress/gzip"
	"os"
	"testing"

	"github.com/annals-project/annals/internal/testdata"
	"github.com/annals-project/annals/text"
)

// TestGeoWebNews scores recognition and resolution on the GeoWebNews
// development split and fails when they fall below the floors measured
// when this stage was built (see the figures in the log).
func TestGeoWebNews(t *testing.T) {
	path := testdata.Shared(t, "geo/GeoWebNews-GWN-dev.xml.gz")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sp, err := text.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := EvalGWN(zr, testGazetteer(t), sp)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + rep.String())
	for i, e := range rep.Errors {
		if i == 30 {
			break
		}
		t.Logf("error %4.0f km: %q in article %s → %s, gold %s", e.Km, e.Text, e.Article, e.Chosen, e.Gold)
	}
	t.Logf("missed: %v", rep.MissedSamples)
	t.Logf("false positives: %v", rep.FalsePositives)
	if rep.Articles != 71 {
		t.Errorf("articles = %d, want 71", rep.Articles)
	}
	if rep.AccMatched < floorAcc {
		t.Errorf("accuracy@161km = %.3f, below the floor %.2f", rep.AccMatched, floorAcc)
	}
	if rep.F1 < floorF1 {
		t.Errorf("recognition F1 = %.3f, below the floor %.2f", rep.F1, floorF1)
	}
}

// Floors a little under the figures measured when the stage was built
// (accuracy@161km 0.935 of the toponyms found, recognition F1 0.839).
const (
	floorAcc = 0.90
	floorF1  = 0.80
)
