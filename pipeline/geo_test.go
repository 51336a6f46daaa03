package pipeline_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/internal/testdata"
)

// TestSeedEventPlaces checks the geo stage on the seed article: the
// offensive event (S9, "... preparing to liberate the city of Sirte") is
// located in Libya, at Sirte, from its own sentence, and every event has
// an ActionGeo (the article's main place, Libya, when its sentence names
// none).
func TestSeedEventPlaces(t *testing.T) {
	data, err := os.ReadFile(testdata.Shared(t, "seed/article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ref := time.Date(2020, 6, 26, 0, 0, 0, 0, time.UTC)
	arts, errs := article.Read("article.txt", data, article.Options{DefaultDate: ref})
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("read: %d articles, errors %v", len(arts), errs)
	}
	events, errs := newPipeline(t).Code(&arts[0])
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	s9 := 0
	for _, e := range events {
		g := e.ActionGeo
		if g.Type == 0 {
			t.Errorf("s%d %s: no ActionGeo", e.SentenceIndex+1, e.Code)
			continue
		}
		if !strings.HasPrefix(e.Sentence, "The pressure and moves to return to negotiations") {
			continue
		}
		s9++
		if g.Country != "LY" || g.CountryCode != "LY" || g.Inferred {
			t.Errorf("S9 %s: ActionGeo %+v, want a place in Libya named in the sentence", e.Code, g)
		}
		if g.Text != "Sirte" || g.Type != 4 || g.FeatureID != "2210554" {
			t.Errorf("S9 %s: ActionGeo %q type %d id %s, want Sirte, a world city (4), GeoNames 2210554", e.Code, g.Text, g.Type, g.FeatureID)
		}
		if span := []rune(e.Sentence)[g.Span.Start:g.Span.End]; string(span) != g.Text {
			t.Errorf("S9: span %d..%d is %q, want %q", g.Span.Start, g.Span.End, string(span), g.Text)
		}
		if e.Actor1Geo.Country != "LY" {
			t.Errorf("S9 %s: Actor1Geo %+v, want Libya (the Libyan army)", e.Code, e.Actor1Geo)
		}
	}
	if s9 == 0 {
		t.Error("no event from S9")
	}
}
