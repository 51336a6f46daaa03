package export

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/annals-project/annals/event"
)

// placedEvent is the sample event with places, as the geo stage sets them.
func placedEvent() *event.Event {
	e := sampleEvent()
	e.ActionGeo = event.Place{Type: 4, FullName: "Sirte, Surt, Libya", CountryCode: "LY", Country: "LY",
		ADM1Code: "LY76", Lat: 31.2089, Lon: 16.5887, FeatureID: "2210554", Text: "Sirte"}
	e.Actor1Geo = event.Place{Type: 1, FullName: "Libya", CountryCode: "LY", Country: "LY", ADM1Code: "LY",
		Lat: 25, Lon: 17, FeatureID: "LY", Inferred: true}
	return e
}

func TestGDELTEventPlaces(t *testing.T) {
	row := gdeltRowWith(t, GDELTOptions{}, placedEvent())
	for name, want := range map[string]string{
		"Actor1Geo_Type": "1", "Actor1Geo_FullName": "Libya", "Actor1Geo_Lat": "25",
		"Actor2Geo_Type": "0", "Actor2Geo_Lat": "",
		"ActionGeo_Type": "4", "ActionGeo_FullName": "Sirte, Surt, Libya", "ActionGeo_CountryCode": "LY",
		"ActionGeo_ADM1Code": "LY76", "ActionGeo_Lat": "31.2089", "ActionGeo_Long": "16.5887",
		"ActionGeo_FeatureID": "2210554",
	} {
		if got := row[col[name]]; got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}

func TestPLOVEREventLoc(t *testing.T) {
	for _, tc := range []struct {
		name string
		e    *event.Event
		want string // event_loc name, "" for none
	}{
		{"placed", placedEvent(), "Sirte, Surt, Libya"},
		{"no place", sampleEvent(), ""},
	} {
		var buf bytes.Buffer
		w := NewPLOVER(&buf)
		if err := w.Write(tc.e); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		var rec struct {
			EventLoc *struct {
				Name, Country, GeonameID string
				Lat, Lon                 float64
			} `json:"event_loc"`
		}
		if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
			t.Fatalf("%s: %v: %s", tc.name, err, buf.String())
		}
		switch {
		case tc.want == "" && rec.EventLoc != nil:
			t.Errorf("%s: event_loc %+v, want none", tc.name, rec.EventLoc)
		case tc.want != "" && (rec.EventLoc == nil || rec.EventLoc.Name != tc.want || rec.EventLoc.GeonameID != "2210554" || rec.EventLoc.Lat != 31.2089):
			t.Errorf("%s: event_loc %+v, want %s", tc.name, rec.EventLoc, tc.want)
		}
	}
}
