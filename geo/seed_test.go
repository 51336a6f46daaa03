package geo

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/annals-project/annals/internal/testdata"
)

// TestSeedPlaces checks the places of the seed article against the
// `places` of ../shared/seed/expected.json: each expected name is found,
// in the expected country, and within max_km of the expected point.
func TestSeedPlaces(t *testing.T) {
	artPath := testdata.Shared(t, "seed/article.txt")
	expPath := testdata.Shared(t, "seed/expected.json")
	var exp struct {
		Places []struct {
			Text    string   `json:"text"`
			Country string   `json:"country"`
			Kind    string   `json:"kind"`
			Lat     *float64 `json:"lat"`
			Lon     *float64 `json:"lon"`
			MaxKm   float64  `json:"max_km"`
		} `json:"places"`
	}
	b, err := os.ReadFile(expPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &exp); err != nil {
		t.Fatal(err)
	}
	if len(exp.Places) == 0 {
		t.Fatal("expected.json has no places")
	}
	doc, err := os.ReadFile(artPath)
	if err != nil {
		t.Fatal(err)
	}
	ps := testGazetteer(t).Find(splitter(t).Split(string(doc)))
	for _, want := range exp.Places {
		n := 0
		for _, m := range ps.Mentions {
			if m.Text != want.Text {
				continue
			}
			n++
			if m.Place.CC != want.Country {
				t.Errorf("%q → %s in %s, want country %s (%s)", want.Text, m.Place.Name, m.Place.CC, want.Country, m.Reason)
			}
			if want.Kind == "country" && m.Place.Kind != Country {
				t.Errorf("%q → %s, a %s, want a country", want.Text, m.Place.Name, m.Place.Kind)
			}
			if want.Lat != nil && want.Lon != nil {
				if d := Distance(float64(m.Place.Lat), float64(m.Place.Lon), *want.Lat, *want.Lon); d > want.MaxKm {
					t.Errorf("%q → %s at %.4f,%.4f: %.0f km from the expected point, more than %.0f", want.Text, m.Place.Name, m.Place.Lat, m.Place.Lon, d, want.MaxKm)
				}
			}
		}
		if n == 0 {
			t.Errorf("%q: not found as a place", want.Text)
		}
	}
	if ps.Main.CC != "LY" {
		t.Errorf("main place %s (%s), want Libya", ps.Main.Name, ps.Main.CC)
	}
}
