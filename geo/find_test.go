package geo

import (
	"strings"
	"testing"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/text"
)

func splitter(t testing.TB) *text.Splitter {
	t.Helper()
	sp, err := text.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	return sp
}

// found renders the mentions as "text=Name/CC" in text order.
func found(ps *Places) string {
	var out []string
	for _, m := range ps.Mentions {
		out = append(out, m.Text+"="+m.Place.Name+"/"+m.Place.CC)
	}
	return strings.Join(out, " ")
}

func TestFind(t *testing.T) {
	g := testGazetteer(t)
	sp := splitter(t)
	tests := []struct {
		name, text, want string
	}{
		// Common words that are also places.
		{"police", "Police said the attack was over.", ""},
		{"reading", "Reading the report, he frowned.", ""},
		{"split", "Split the difference and move on.", ""},
		{"nice", "Nice work, the coach told them.", ""},
		{"mobile", "Mobile phones were banned at the venue.", ""},
		{"may", "In May, the talks resumed.", ""},
		{"said", "Said went to the market.", ""},
		{"of", "Of the four, two left.", ""},
		{"to Split", "The ferry sailed to Split on Monday.", "Split=Split/HR"},
		{"to Reading", "He moved to Reading in 2010.", "Reading=Reading/GB"},
		{"in Nice", "The festival in Nice drew crowds.", "Nice=Nice/FR"},
		// Context and cues.
		{"capital of", "Forces advanced 450 kilometres east of the capital of Tripoli.", "Tripoli=Tripoli/LY"},
		{"Tripoli in Lebanon", "Officials in Tripoli, Lebanon, denied it.", "Tripoli=Tripoli/LB Lebanon=Lebanon/LB"},
		{"qualifier", "The mayor of Paris, Texas, spoke.", "Paris=Paris/US Texas=Texas/US"},
		{"state abbreviation", "A new development in Gainesville, Va., opened.", "Gainesville=Gainesville/US Va.=Virginia/US"},
		{"based", "Benghazi-based forces shelled the port.", "Benghazi=Benghazi/LY"},
		{"demonym", "Libyan troops entered the town.", "Libyan=Libya/LY"},
		{"compass word", "Fighting erupted in southern Libya and Western Libya.", "Libya=Libya/LY Libya=Libya/LY"},
		{"alternate name", "Clashes continued in Misurata.", "Misurata=Mişrātah/LY"},
		{"sentence opener", "Considering Tunisia's interest, they went to Turkey.", "Tunisia=Tunisia/TN Turkey=Türkiye/TR"},
		{"hyphenated", "Refugees gathered on the Syria-Turkey border.", "Syria=Syria/SY Turkey=Türkiye/TR"},
		{"region", "Leaders from Africa and the EU met.", "Africa=Africa/ EU=European Union/"},
		{"two-word demonym", "Latin American and South Korean leaders met.", "Latin American=Latin America/ South Korean=South Korea/KR"},
		// Names inside longer names, and persons.
		{"person", "Michael Jackson sang in the film.", ""},
		{"embedded", "They met at the Stonewall Golf Club.", ""},
		{"speech", "Obama said the deal was done.", ""},
		{"person later", "Willie Nelson played. Nelson said he was tired.", ""},
		{"acronym", "The MRA and SRX teams met.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := g.Find(sp.Split(tc.text))
			if got := found(ps); got != tc.want {
				t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
				for _, m := range ps.Mentions {
					t.Logf("  %s: %s", m.Text, m.Reason)
				}
			}
		})
	}
}

func TestTripoliContext(t *testing.T) {
	g := testGazetteer(t)
	sp := splitter(t)
	for _, tc := range []struct {
		text, cc string
	}{
		{"Libya's unity government met in Tripoli on Monday.", "LY"},
		{"Lebanon's army deployed in Tripoli after clashes.", "LB"},
	} {
		ps := g.Find(sp.Split(tc.text))
		var got string
		for _, m := range ps.Mentions {
			if m.Text == "Tripoli" {
				got = m.Place.CC
			}
		}
		if got != tc.cc {
			t.Errorf("%q: Tripoli in %q, want %q", tc.text, got, tc.cc)
		}
	}
}

func TestMentionOffsets(t *testing.T) {
	g := testGazetteer(t)
	sp := splitter(t)
	doc := "Héllo wörld.\nTroops reached Sirte."
	ps := g.Find(sp.Split(doc))
	if len(ps.Mentions) != 1 {
		t.Fatalf("mentions: %s", found(ps))
	}
	m := ps.Mentions[0]
	if doc[m.Start:m.End] != "Sirte" || m.Text != "Sirte" {
		t.Errorf("byte span %d..%d = %q", m.Start, m.End, doc[m.Start:m.End])
	}
	if m.SpanStart != 15 || m.SpanEnd != 20 {
		t.Errorf("sentence span %d..%d, want 15..20", m.SpanStart, m.SpanEnd)
	}
}

func TestEventPlace(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name               string
		typ                int
		full, fips, adm1   string
		country, featureID string
	}{
		{"Sirte", 4, "Sirte, Surt, Libya", "LY", "LY76", "LY", "2210554"},
		{"Libya", 1, "Libya", "LY", "LY", "LY", "LY"},
		{"Germany", 1, "Germany", "GM", "GM", "DE", "GM"},
		{"Texas", 2, "Texas, United States", "US", "USTX", "US", "USTX"},
		{"Austin", 3, "Austin, Texas, United States", "US", "USTX", "US", "4671654"},
	}
	for _, tc := range tests {
		var p Place
		for _, c := range g.Lookup(tc.name) {
			if p.Kind == 0 || c.Kind == Country || c.Population > p.Population && p.Kind != Country && c.Kind == City {
				p = c
			}
		}
		if tc.typ == 2 {
			for _, c := range g.Lookup(tc.name) {
				if c.Kind == Admin1 {
					p = c
				}
			}
		}
		e := g.EventPlace(p)
		want := event.Place{Type: tc.typ, FullName: tc.full, CountryCode: tc.fips, Country: tc.country, ADM1Code: tc.adm1, FeatureID: tc.featureID, Lat: e.Lat, Lon: e.Lon}
		if e != want {
			t.Errorf("%s: got %+v, want %+v", tc.name, e, want)
		}
	}
}

func TestNormName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Sirte", "sirte"},
		{"St. Louis", "st. louis"},
		{"  New   York ", "new york"},
		{"Washington, D.C.", "washington , d.c."},
		{"Wadi ash Shati`", "wadi ash shati'"},
		{"Mişrātah", "mişrātah"},
		{"Côte d’Ivoire", "côte d'ivoire"},
		{"Ţarābulus, Al", "ţarābulus , al"},
	} {
		if got := NormName(tc.in); got != tc.want {
			t.Errorf("NormName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
