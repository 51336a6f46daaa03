package dictfile_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/dict/dictfile"
	"github.com/annals-project/annals/eval"
	"github.com/annals-project/annals/internal/testdata"
	"github.com/annals-project/annals/pipeline"
)

// functionalSets are the functional suites of ../shared/gold with the
// dictionaries their README names, and the triple F1 each must reach.
// The floors are the scores reached so far (ratchet them up, never
// down); issue 3 asks for 0.90 / 0.85 / 0.90.
var functionalSets = []struct {
	set   string
	dicts []string
	floor float64
}{
	{"petr_unittest", []string{"petrarch/PETR.Validate.verbs.txt", "petrarch/PETR.Validate.actors.txt", "petrarch/PETR.Validate.agents.txt", "petrarch/PETR.Validate.discards.txt"}, 0.90},
	{"petr_unittest_v2", []string{"petrarch/PETR.Validate.verbs.2.0.txt", "petrarch/PETR.Validate.actors.txt", "petrarch/PETR.Validate.agents.txt", "petrarch/PETR.Validate.discards.txt"}, 0.835},
	{"tabari_validation", []string{"tabari/TABARI.Demo.verbs", "tabari/TABARI.Demo.actors", "tabari/Validate.agents", "tabari/Validate.options"}, 0.90},
}

// TestFunctionalSuites codes the PETRARCH and TABARI functional suites
// with their own dictionaries, loaded unchanged, and reports the scores.
// Set ANNALS_EVAL_ERRORS=1 to print the records coded wrong.
func TestFunctionalSuites(t *testing.T) {
	gold := testdata.Shared(t, "gold/functional.jsonl")
	dir := testdata.Shared(t, "gold/dictionaries")
	f, err := os.Open(gold)
	if err != nil {
		t.Fatal(err)
	}
	recs, errs := eval.ReadGold(gold, f)
	f.Close()
	if len(errs) > 0 {
		t.Fatalf("gold: %v", errs[0])
	}
	for _, fs := range functionalSets {
		t.Run(fs.set, func(t *testing.T) {
			d := &dict.Dict{}
			for _, name := range fs.dicts {
				if _, err := dictfile.Load(d, filepath.Join(dir, name)); err != nil {
					t.Fatal(err)
				}
			}
			p, err := pipeline.New(d)
			if err != nil {
				t.Fatal(err)
			}
			results := eval.CodeAll(p, recs, func(r *eval.Record) bool { return r.Set == fs.set && r.Scored() })
			rep := eval.Score(fs.set, recs, results)
			if os.Getenv("ANNALS_EVAL_ERRORS") != "" {
				rep.Write(os.Stdout, true)
			}
			t.Logf("%s: %d records, triple F1 %.3f, root F1 %.3f, exact %.3f, %d could not be coded",
				fs.set, rep.Records, rep.Triple.F1(), rep.Root.F1(), float64(rep.Exact)/float64(rep.Records), rep.Failed)
			if rep.Failed > 0 {
				t.Errorf("%d records could not be coded", rep.Failed)
			}
			if rep.Triple.F1() < fs.floor {
				t.Errorf("triple F1 %.3f below the floor %.2f", rep.Triple.F1(), fs.floor)
			}
		})
	}
}
