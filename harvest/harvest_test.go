package harvest

import (
	"testing"
	"time"

	"github.com/annals-project/annals/coder"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/text"
)

func TestHarvest(t *testing.T) {
	d := &dict.Dict{}
	d.Parse("t.txt", []byte("country PER : Peru\ncountry CHL : Chile\nverb 190 : attack +\n"))
	sp, err := text.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	h := New(sp, coder.New(d))
	txt := "The Andean Liberation Front attacked Peru. The Andean Liberation Front left.\n\n" +
		"Peru scolded Chile. Peru scolded Chile again. Peru attacked Chile."
	h.Add(txt, time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC))
	actors := h.Actors(2)
	if len(actors) != 1 || actors[0].Text != "Andean Liberation Front" || actors[0].Count != 2 || len(actors[0].Examples) != 2 {
		t.Errorf("actors = %+v", actors)
	}
	verbs := h.Verbs(2)
	if len(verbs) != 1 || verbs[0].Text != "scold" || verbs[0].Count != 2 {
		t.Errorf("verbs = %+v", verbs)
	}
	if h.Sentences != 5 || h.Uncoded != 2 {
		t.Errorf("sentences %d, uncoded %d", h.Sentences, h.Uncoded)
	}
}
