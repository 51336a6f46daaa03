package pipeline_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/internal/testdata"
	"github.com/annals-project/annals/pipeline"
)

// expected mirrors ../shared/seed/expected.json.
type expected struct {
	ReferenceDate string `json:"reference_date"`
	Title         string `json:"title"`
	SourceName    string `json:"source_name"`
	Events        []struct {
		ID             string   `json:"id"`
		SentenceStarts string   `json:"sentence_starts"`
		SourceCountry  []string `json:"source_country"`
		TargetCountry  []string `json:"target_country"`
		Roots          []string `json:"roots"`
		PLOVER         []string `json:"plover"`
		Date           string   `json:"date"`
		DateBetween    []string `json:"date_between"`
	} `json:"events"`
	NoEventsFrom []string `json:"no_events_from"`
}

// fold makes curly and straight quotes compare equal.
func fold(s string) string {
	return strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`).Replace(s)
}

func newPipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	p, err := pipeline.NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSeedArticle(t *testing.T) {
	artPath := testdata.Shared(t, "seed/article.txt")
	expPath := testdata.Shared(t, "seed/expected.json")
	var exp expected
	b, err := os.ReadFile(expPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &exp); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(artPath)
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := time.Parse("2006-01-02", exp.ReferenceDate)
	arts, errs := article.Read("article.txt", data, article.Options{DefaultDate: ref})
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("read: %d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	if fold(a.Title) != fold(exp.Title) {
		t.Errorf("title = %q, want %q", a.Title, exp.Title)
	}
	if a.Source != exp.SourceName {
		t.Errorf("source = %q, want %q", a.Source, exp.SourceName)
	}
	events, errs := newPipeline(t).Code(&a)
	if len(errs) > 0 {
		t.Errorf("sentence errors: %v", errs)
	}
	for _, ev := range events {
		t.Logf("s%d %s>%s %s %s %s(%s) %q", ev.SentenceIndex+1, ev.Source.Code, ev.Target.Code, ev.Code, ev.PLOVER.Event, ev.Date, ev.DatePrecision, ev.Explain.Pattern.Text)
		for _, line := range exp.NoEventsFrom {
			if strings.Contains(fold(ev.Sentence), fold(line)) {
				t.Errorf("event from page furniture %q: %+v", line, ev)
			}
		}
	}
	for _, want := range exp.Events {
		var cands []event.Event
		for _, ev := range events {
			if strings.HasPrefix(fold(ev.Sentence), fold(want.SentenceStarts)) {
				cands = append(cands, ev)
			}
		}
		found := false
		for _, ev := range cands {
			tgt := ""
			if !ev.Target.Empty() {
				tgt = ev.Target.Code.Country()
			}
			ok := slices.Contains(want.SourceCountry, ev.Source.Code.Country()) &&
				slices.Contains(want.TargetCountry, tgt) &&
				slices.Contains(want.Roots, string(ev.Root)) &&
				slices.Contains(want.PLOVER, ev.PLOVER.Event) &&
				!ev.Negated
			switch {
			case want.Date != "":
				ok = ok && ev.Date == want.Date
			case len(want.DateBetween) == 2:
				ok = ok && ev.Date >= want.DateBetween[0] && ev.Date <= want.DateBetween[1]
			}
			found = found || ok
		}
		if !found {
			t.Errorf("%s: no event with source %v, target %v, root %v, PLOVER %v, date %s%v; events of that sentence: %d",
				want.ID, want.SourceCountry, want.TargetCountry, want.Roots, want.PLOVER, want.Date, want.DateBetween, len(cands))
			for _, ev := range cands {
				t.Logf("  have %s>%s %s %s %s", ev.Source.Code, ev.Target.Code, ev.Code, ev.PLOVER.Event, ev.Date)
			}
		}
	}
}
