package geo

// regions are continents and world regions: names news text uses for
// places larger than a country ("Africa", "the Middle East", "European").
// They are found and resolved like other names, but an event is never
// located at one (GDELT has no geography type for them). Coordinates are
// the GeoNames continent points; the Middle East and Latin America are
// rough centres.
var regions = []struct {
	name     string
	lat, lon float32
	names    []string
	demonyms []string
}{
	{"Africa", 7.1881, 21.0938, nil, []string{"African", "Africans"}},
	{"Europe", 48.6908, 9.1406, nil, []string{"European", "Europeans"}},
	{"Asia", 29.8406, 89.2969, nil, []string{"Asian", "Asians"}},
	{"North America", 46.0732, -100.5469, nil, []string{"North American", "North Americans"}},
	{"South America", -14.6048, -57.6563, nil, []string{"South American", "South Americans"}},
	{"Oceania", -18.3128, 138.5156, nil, nil},
	{"Antarctica", -78.1586, 16.4063, nil, nil},
	{"Middle East", 29.0, 41.0, []string{"Mideast"}, []string{"Middle Eastern"}},
	{"Latin America", -4.0, -62.0, nil, []string{"Latin American", "Latin Americans"}},
	{"North Africa", 27.0, 14.0, nil, []string{"North African", "North Africans"}},
	{"European Union", 48.6908, 9.1406, []string{"EU", "E.U."}, nil},
}

// extraDemonyms name a country by one of its nations.
var extraDemonyms = map[string][]string{
	"GB": {"English", "Scottish", "Welsh", "Scots", "Briton", "Britons", "Brits"},
	"US": {"U.S.-based"},
}

// addRegions adds the regions and extra demonyms after the generated data.
func (g *Gazetteer) addRegions() {
	for _, r := range regions {
		i := g.add(Place{Kind: Region, Name: r.name, Lat: r.lat, Lon: r.lon, Feature: "CONT"}, joinBar("", r.names...))
		for _, d := range r.demonyms {
			g.demonyms[d] = i
		}
	}
	for cc, ds := range extraDemonyms {
		if c := g.countries[cc]; c != nil {
			for _, d := range ds {
				if _, taken := g.demonyms[d]; !taken {
					g.demonyms[d] = c.place
				}
			}
		}
	}
}
