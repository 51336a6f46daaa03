package geo

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	good := strings.Join([]string{
		"C\tLY\tLBY\tLY\t25\t17\tLibya\tLibyan|Libyans",
		"A\tLY.76\t31.0593\t16.5887\tSurt",
		"P\t2210554\t31.2089\t16.5887\tPPLA\tLY\t76\t128123\tSirte",
		"N\tlibya\t0",
		"N\tsirte\t2",
		"N\tsurt\t1,2",
		"W\tsplit",
		"",
	}, "\n")
	g, err := parse(good)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(g.Lookup("Surt")); n != 2 {
		t.Errorf("Surt names %d entries, want 2", n)
	}
	if p, ok := g.CountryByISO3("LBY"); !ok || p.Name != "Libya" {
		t.Errorf("LBY → %+v %v", p, ok)
	}
	if g.demonyms["Libyans"] != 0 || !g.common["split"] || g.FIPS("LY") != "LY" || g.ISO2("LBY") != "LY" {
		t.Error("demonym, common word or codes not loaded")
	}
	for name, bad := range map[string]string{
		"short place":     "P\t1\t2\t3",
		"bad coordinates": "P\t1\t95\t3\tPPL\tLY\t76\t100\tX",
		"bad population":  "P\t1\t20\t3\tPPL\tLY\t76\tmany\tX",
		"unknown record":  "Q\tx",
		"bad posting":     good + "N\tx\t99",
		"posting text":    good + "N\tx\tone",
		"admin code":      "A\tLY76\t1\t2\tX",
		"empty":           "",
	} {
		if _, err := parse(bad); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestLoad(t *testing.T) {
	g := testGazetteer(t)
	if g.Len() < 100000 {
		t.Errorf("%d entries, want over 100,000", g.Len())
	}
	// Kept: alternate names; dropped: codes and lower-case transliterations.
	has := func(name string, cc string) bool {
		for _, p := range g.Lookup(name) {
			if p.CC == cc {
				return true
			}
		}
		return false
	}
	for _, n := range []string{"Surt", "Misurata", "Sirte", "Tripoli", "Benghazi", "Texas", "Va.", "Libya"} {
		if n == "Texas" || n == "Va." {
			if !has(n, "US") {
				t.Errorf("%s: not in the gazetteer", n)
			}
			continue
		}
		if !has(n, "LY") {
			t.Errorf("%s: not a Libyan entry", n)
		}
	}
	for _, p := range g.Lookup("SRX") {
		if p.CC == "LY" {
			t.Errorf("the code SRX names %s", p.Name)
		}
	}
}

func TestRegionCountry(t *testing.T) {
	g, err := Shared()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, want string
	}{
		{"Sindh", "PAK"},
		{"Texas", "USA"},
		{"Florida", "USA"},           // the US state, far larger than Uruguay's department
		{"Victoria", ""},             // Australia's state or Hong Kong's city
		{"Darfur", ""},               // not a division of the gazetteer (West Darfur is)
		{"West Darfur", "SDN"},       // GeoNames: "Western Darfur"
		{"West Darfur State", "SDN"}, // and without the kind word
		{"Sindh Province", "PAK"},
		{"West Nowhere State", ""},
		{"Georgia", ""}, // a country's name is not answered
		{"Libya", ""},
		{"Kandahar", "AFG"},
		{"Nowhereville", ""},
	} {
		got, ok := g.RegionCountry(tc.name)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("RegionCountry(%q) = %q, %v; want %q", tc.name, got, ok, tc.want)
		}
	}
}

// TestSharedName: a name large places bear in several countries.
func TestSharedName(t *testing.T) {
	g, err := Shared()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Manchester", true}, // England's city, New Hampshire's
		{"Victoria", true},
		{"Sindh", false},   // one country's
		{"Georgia", false}, // a country's name is the dictionary's
		{"Nowhereville", false},
	} {
		if got := g.SharedName(tc.name); got != tc.want {
			t.Errorf("SharedName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTownCountry: after a locative, towns of 5,000 people count too.
func TestTownCountry(t *testing.T) {
	g, err := Shared()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, region, town string }{
		{"Bucha", "", "UKR"}, // 42,000 people; a German village of the name is far smaller
		{"Avdiivka", "", "UKR"},
		{"Kandahar", "AFG", "AFG"},
		{"Georgia", "", ""}, // still no country's name
		{"Nowhereville", "", ""},
	} {
		if got, _ := g.RegionCountry(tc.name); got != tc.region {
			t.Errorf("RegionCountry(%q) = %q, want %q", tc.name, got, tc.region)
		}
		if got, _ := g.TownCountry(tc.name); got != tc.town {
			t.Errorf("TownCountry(%q) = %q, want %q", tc.name, got, tc.town)
		}
	}
}
