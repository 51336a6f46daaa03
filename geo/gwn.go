package geo

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annals-project/annals/text"
)

// GWNReport is the evaluation of the recogniser and resolver on GeoWebNews
// (Gritta et al., "A Pragmatic Guide to Geoparsing Evaluation").
//
// Recognition counts a predicted mention correct when its span equals a
// gold toponym's span exactly (code points); the gold toponyms are the
// literal and associative types (Literal, Mixed, Coercion, Embedded_Literal,
// Literal_Modifier, Metonymic, Non_Literal_Modifier, Embedded_Non_Lit,
// Demonym, Language, Homonym). Resolution follows the upstream geocoding
// evaluation: gold toponyms with coordinates whose type is none of
// Non_Toponym, Literal_Expression, Non_Lit_Expression, Demonym, Homonym,
// Language; each is matched to a predicted mention overlapping its span,
// and the error is the great-circle distance between the two points.
type GWNReport struct {
	Articles                 int
	Gold, Predicted, Correct int // recognition, exact spans
	Overlap                  int // predicted mentions overlapping a gold toponym
	Precision, Recall, F1    float64
	Geocodable               int // gold toponyms with coordinates (resolution set)
	Matched                  int // of those, found by the recogniser
	Within161                int // of those matched, resolved within 161 km
	AccMatched               float64
	AccAll                   float64 // Within161 / Geocodable: unmatched count as errors
	// EntityCorrect counts matched toponyms resolved to the right entity:
	// a city within 161 km, a country or division that contains the gold
	// point (judged by the gazetteer place nearest to it). It forgives the
	// different centre points that GeoNames and world-countries give a
	// country (the United States: 39.76,-98.5 against 38,-97, 235 km).
	EntityCorrect                 int
	AccEntity                     float64
	MedianKm, MeanKm              float64 // over matched
	MissedByType, FalsePosByKind  map[string]int
	Errors                        []GWNError // resolution errors beyond 161 km, worst first
	FalsePositives, MissedSamples []string
}

// GWNError is one toponym resolved more than 161 km from the gold point.
type GWNError struct {
	Article, Text, Chosen, Gold string
	Km                          float64
}

type gwnArticle struct {
	File     string `xml:"file,attr"`
	Text     string `xml:"text"`
	Toponyms []struct {
		Name      string `xml:"extractedName"`
		Type      string `xml:"type"`
		Start     int    `xml:"start"`
		End       int    `xml:"end"`
		GeonameID string `xml:"geonamesID"`
		Lat       string `xml:"latitude"`
		Lon       string `xml:"longitude"`
	} `xml:"toponyms>toponym"`
}

var gwnToponym = map[string]bool{
	"Literal": true, "Mixed": true, "Coercion": true, "Embedded_Literal": true, "Literal_Modifier": true,
	"Metonymic": true, "Non_Literal_Modifier": true, "Embedded_Non_Lit": true, "Demonym": true,
	"Language": true, "Homonym": true,
}

var gwnNotGeocoded = map[string]bool{
	"Non_Toponym": true, "Literal_Expression": true, "Non_Lit_Expression": true,
	"Demonym": true, "Homonym": true, "Language": true,
}

// EvalGWN reads GeoWebNews XML (uncompressed) and scores g on it.
func EvalGWN(r io.Reader, g *Gazetteer, sp *text.Splitter) (*GWNReport, error) {
	dec := xml.NewDecoder(r)
	rep := &GWNReport{MissedByType: map[string]int{}, FalsePosByKind: map[string]int{}}
	var errs []float64
	near := newNearest(g)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("geo: read GeoWebNews: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "article" {
			continue
		}
		var a gwnArticle
		if err := dec.DecodeElement(&a, &se); err != nil {
			return nil, fmt.Errorf("geo: read GeoWebNews article: %w", err)
		}
		rep.Articles++
		ps := g.Find(sp.Split(a.Text))
		// Predicted spans in code points.
		type pred struct {
			start, end int
			m          *Mention
			hit        bool
		}
		var preds []pred
		runeAt := runeIndex(a.Text)
		for k := range ps.Mentions {
			m := &ps.Mentions[k]
			preds = append(preds, pred{start: runeAt(m.Start), end: runeAt(m.End), m: m})
		}
		rep.Predicted += len(preds)
		for _, t := range a.Toponyms {
			if gwnToponym[t.Type] {
				rep.Gold++
				found := false
				for i := range preds {
					if preds[i].start == t.Start && preds[i].end == t.End {
						found, preds[i].hit = true, true
						rep.Correct++
						break
					}
				}
				if !found {
					rep.MissedByType[t.Type]++
					if len(rep.MissedSamples) < 400 && t.Type != "Coercion" && !strings.HasPrefix(t.Type, "Embedded") {
						rep.MissedSamples = append(rep.MissedSamples, t.Type+": "+t.Name)
					}
				}
			}
			lat, err1 := strconv.ParseFloat(strings.TrimSpace(t.Lat), 64)
			lon, err2 := strconv.ParseFloat(strings.TrimSpace(t.Lon), 64)
			if strings.TrimSpace(t.GeonameID) == "" || err1 != nil || err2 != nil || gwnNotGeocoded[t.Type] {
				continue
			}
			rep.Geocodable++
			var m *Mention
			for i := range preds {
				if preds[i].start < t.End && t.Start < preds[i].end {
					m = preds[i].m
					break
				}
			}
			if m == nil {
				continue
			}
			rep.Matched++
			km := Distance(float64(m.Place.Lat), float64(m.Place.Lon), lat, lon)
			errs = append(errs, km)
			if km <= 161 {
				rep.Within161++
				rep.EntityCorrect++
			} else {
				if n := near.find(lat, lon); n != nil && (m.Place.Kind == Country && n.CC == m.Place.CC ||
					m.Place.Kind == Admin1 && n.CC == m.Place.CC && n.Admin1 == m.Place.Admin1) {
					rep.EntityCorrect++
				}
				rep.Errors = append(rep.Errors, GWNError{Article: a.File, Text: t.Name,
					Chosen: fmt.Sprintf("%s (%s, %s)", m.Place.Name, m.Place.Kind, m.Place.CC),
					Gold:   fmt.Sprintf("%.2f,%.2f", lat, lon), Km: km})
			}
		}
		for _, p := range preds {
			overlap := false
			for _, t := range a.Toponyms {
				if gwnToponym[t.Type] && p.start < t.End && t.Start < p.end {
					overlap = true
				}
			}
			if overlap {
				rep.Overlap++
			}
			if !p.hit {
				rep.FalsePosByKind[p.m.Role.String()+"/"+p.m.Place.Kind.String()]++
				if !overlap && len(rep.FalsePositives) < 60 {
					rep.FalsePositives = append(rep.FalsePositives, fmt.Sprintf("%s → %s (%s)", p.m.Text, p.m.Place.Name, p.m.Place.CC))
				}
			}
		}
	}
	if rep.Predicted > 0 {
		rep.Precision = float64(rep.Correct) / float64(rep.Predicted)
	}
	if rep.Gold > 0 {
		rep.Recall = float64(rep.Correct) / float64(rep.Gold)
	}
	if rep.Precision+rep.Recall > 0 {
		rep.F1 = 2 * rep.Precision * rep.Recall / (rep.Precision + rep.Recall)
	}
	if rep.Matched > 0 {
		rep.AccMatched = float64(rep.Within161) / float64(rep.Matched)
		sort.Float64s(errs)
		rep.MedianKm = errs[len(errs)/2]
		sum := 0.0
		for _, e := range errs {
			sum += e
		}
		rep.MeanKm = sum / float64(len(errs))
	}
	if rep.Matched > 0 {
		rep.AccEntity = float64(rep.EntityCorrect) / float64(rep.Matched)
	}
	if rep.Geocodable > 0 {
		rep.AccAll = float64(rep.Within161) / float64(rep.Geocodable)
	}
	sort.Slice(rep.Errors, func(i, j int) bool { return rep.Errors[i].Km > rep.Errors[j].Km })
	return rep, nil
}

// runeIndex returns a function converting byte offsets of s to code-point
// offsets; calls must come in non-decreasing order for speed, but any order
// is correct.
func runeIndex(s string) func(int) int {
	pos, n := 0, 0
	return func(b int) int {
		if b < pos {
			pos, n = 0, 0
		}
		if b > len(s) {
			b = len(s)
		}
		n += utf8.RuneCountInString(s[pos:b])
		pos = b
		return n
	}
}

// Distance is the great-circle distance in km between two points given in
// degrees (haversine, mean Earth radius 6371 km).
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// String formats the report for people.
func (r *GWNReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "GeoWebNews: %d articles\n", r.Articles)
	fmt.Fprintf(&b, "recognition (exact spans): gold %d, predicted %d, correct %d: P %.3f R %.3f F1 %.3f (predictions overlapping a gold toponym: %d)\n",
		r.Gold, r.Predicted, r.Correct, r.Precision, r.Recall, r.F1, r.Overlap)
	fmt.Fprintf(&b, "resolution: %d geocodable gold toponyms, %d found; accuracy@161km %.3f of those found (%d), %.3f of all; median error %.1f km, mean %.1f km\n",
		r.Geocodable, r.Matched, r.AccMatched, r.Within161, r.AccAll, r.MedianKm, r.MeanKm)
	fmt.Fprintf(&b, "resolution to the right entity (country or division containing the gold point, city within 161 km): %.3f of those found (%d)\n", r.AccEntity, r.EntityCorrect)
	fmt.Fprintf(&b, "missed gold toponyms by type: %v\n", r.MissedByType)
	fmt.Fprintf(&b, "predictions not matching a gold span, by role/kind: %v\n", r.FalsePosByKind)
	return b.String()
}

// nearest finds the gazetteer city nearest a point, over a one-degree grid.
type nearest struct {
	g    *Gazetteer
	grid map[[2]int][]int32
}

func newNearest(g *Gazetteer) *nearest {
	n := &nearest{g: g, grid: map[[2]int][]int32{}}
	for i := range g.places {
		if p := &g.places[i]; p.Kind == City {
			k := [2]int{int(math.Floor(float64(p.Lat))), int(math.Floor(float64(p.Lon)))}
			n.grid[k] = append(n.grid[k], int32(i))
		}
	}
	return n
}

func (n *nearest) find(lat, lon float64) *Place {
	la, lo := int(math.Floor(lat)), int(math.Floor(lon))
	for r := 1; r <= 4; r++ {
		var best *Place
		bd := math.Inf(1)
		for dy := -r; dy <= r; dy++ {
			for dx := -r; dx <= r; dx++ {
				for _, i := range n.grid[[2]int{la + dy, lo + dx}] {
					p := &n.g.places[i]
					if d := Distance(lat, lon, float64(p.Lat), float64(p.Lon)); d < bd {
						best, bd = p, d
					}
				}
			}
		}
		if best != nil {
			return best
		}
	}
	return nil
}
