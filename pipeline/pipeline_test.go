package pipeline_test

import (
	"testing"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/event"
)

func TestEventDates(t *testing.T) {
	p := newPipeline(t)
	ref := time.Date(2021, 3, 5, 0, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		text      string
		date      string
		precision event.Precision
		inferred  bool
	}{
		{"Peru attacked Chile on Friday.", "2021-03-05", event.Day, false},
		{"On Wednesday, Peru attacked Chile.", "2021-03-03", event.Day, false},
		{"Peru attacked Chile last week.", "2021-02-22", event.Week, false},
		{"Peru attacked Chile in February.", "2021-02-01", event.Month, false},
		{"On 7 January, Peru attacked Chile.", "2021-01-07", event.Day, false},
		{"Peru attacked Chile.", "2021-03-05", event.Day, true},
		// the date belongs to the other clause
		{"Peru attacked Chile, and Brazil left the talks on Monday.", "2021-03-05", event.Day, true},
	}
	for _, tt := range tests {
		a := &article.Article{ID: "t", Text: tt.text, Date: ref}
		evs, errs := p.Code(a)
		if len(errs) > 0 || len(evs) == 0 {
			t.Errorf("%q: %d events, errors %v", tt.text, len(evs), errs)
			continue
		}
		e := evs[0]
		if e.Date != tt.date || e.DatePrecision != tt.precision || e.DateInferred != tt.inferred {
			t.Errorf("%q: date %s %s inferred=%v, want %s %s inferred=%v (%s)", tt.text, e.Date, e.DatePrecision, e.DateInferred, tt.date, tt.precision, tt.inferred, e.Explain.Date)
		}
	}
}

func TestArticleFieldsAndFurniture(t *testing.T) {
	p := newPipeline(t)
	data := []byte("Clashes at the border – The Example Gazette\n\nPeru attacked Chile on Friday.\n\nRead: Chile condemned Peru last year\n\nShare this article\n")
	arts, errs := article.Read("x.txt", data, article.Options{DefaultDate: time.Date(2021, 3, 5, 0, 0, 0, 0, time.UTC)})
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("read: %v", errs)
	}
	evs, _ := p.Code(&arts[0])
	if len(evs) != 1 {
		t.Fatalf("want 1 event (none from the furniture), got %d: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.DocID != "x.txt" || e.Article.Title != "Clashes at the border" || e.Article.Source != "The Example Gazette" || e.Article.Date != "2021-03-05" {
		t.Errorf("article fields = %q %+v", e.DocID, e.Article)
	}
	if len(e.Explain.Furniture) != 2 {
		t.Errorf("furniture in the explanation = %q, want the two dropped lines", e.Explain.Furniture)
	}
}

func TestLongSentenceIsSkippedNotFatal(t *testing.T) {
	p := newPipeline(t)
	long := "Peru attacked Chile"
	for i := 0; i < 400; i++ {
		long += " and Peru attacked Chile"
	}
	a := &article.Article{ID: "t", Text: long + ".\n\nBrazil condemned Peru.", Date: time.Date(2021, 3, 5, 0, 0, 0, 0, time.UTC)}
	evs, errs := p.Code(a)
	if len(errs) != 1 {
		t.Errorf("want one skipped sentence, got %v", errs)
	}
	if len(evs) != 1 || evs[0].Source.Code != "BRA" {
		t.Errorf("the next sentence should still be coded: %+v", evs)
	}
}

// TestActorsOfThePast: a sentence that tells of one past year codes its
// people by their offices of that year; a recent date or two years keep
// the publication day.
func TestActorsOfThePast(t *testing.T) {
	p := newPipeline(t)
	ref := time.Date(2020, 9, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, source string }{
		{"In 1978, President Jimmy Carter praised Egypt.", "USAGOV"},
		{"President Jimmy Carter praised Egypt.", "USAELI"},
		{"In 2019, President Jimmy Carter praised Egypt.", "USAELI"},
		{"Between 1978 and 1990, President Jimmy Carter praised Egypt.", "USAELI"},
	} {
		evs, errs := p.Code(&article.Article{ID: "t", Text: tt.text, Date: ref})
		if len(errs) > 0 || len(evs) == 0 {
			t.Errorf("%q: %d events, errors %v", tt.text, len(evs), errs)
			continue
		}
		if got := string(evs[0].Source.Code); got != tt.source {
			t.Errorf("%q: source %s, want %s", tt.text, got, tt.source)
		}
	}
}

// TestAttemptsAreActs checks the default modal words: an attempt is made
// ("tried to storm"), an aim or a wish is not ("hoped to storm").
func TestAttemptsAreActs(t *testing.T) {
	p := newPipeline(t)
	ref := time.Date(2020, 9, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text string
		hyp  bool
	}{
		{"Peruvian protesters tried to storm the Chilean embassy in Lima.", false},
		{"Peruvian protesters attempted to storm the Chilean embassy in Lima.", false},
		{"Peruvian protesters hoped to storm the Chilean embassy in Lima.", true},
		{"Peruvian protesters have chosen to storm the Chilean embassy in Lima.", false},
	} {
		evs, errs := p.Code(&article.Article{ID: "t", Text: tt.text, Date: ref})
		if len(errs) > 0 || len(evs) != 1 {
			t.Errorf("%q: %d events, errors %v", tt.text, len(evs), errs)
			continue
		}
		if evs[0].Hypothetical != tt.hyp {
			t.Errorf("%q: hypothetical %v, want %v", tt.text, evs[0].Hypothetical, tt.hyp)
		}
	}
}

// TestAgentOfASharedPlaceName: police of a city whose name several
// countries' cities bear are of no country named, not the story's.
func TestAgentOfASharedPlaceName(t *testing.T) {
	p := newPipeline(t)
	ref := time.Date(2020, 9, 1, 0, 0, 0, 0, time.UTC)
	evs, errs := p.Code(&article.Article{ID: "t", Text: "Peru met Chile on Monday. Manchester police arrested a Chilean diplomat.", Date: ref})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, e := range evs {
		if e.Code == "173" {
			if e.Source.Code != "---COP" {
				t.Errorf("source %s, want ---COP", e.Source.Code)
			}
			return
		}
	}
	t.Errorf("no arrest coded: %v", evs)
}
