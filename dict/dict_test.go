package dict

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/ontology/cameo"
)

func TestParseEntries(t *testing.T) {
	src := `# a comment
country  PER  : Peru ; Republic of Peru   # trailing comment
person   PERGOV@2020-01-01..2022-12-31 PEROPP@..2019-12-31 : Ana Quispe ; Quispe
agent    MIL  : army ; militia
verb     043  : meet with + ; $ 's visit to +
speech        : say
`
	d := &Dict{}
	if errs := d.Parse("t.txt", []byte(src)); len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(d.Actors) != 3 || len(d.Patterns) != 2 || len(d.Speech) != 1 {
		t.Fatalf("got %d actors, %d patterns, %d speech", len(d.Actors), len(d.Patterns), len(d.Speech))
	}
	peru := d.Actors[0]
	if peru.Origin.Line != 2 || peru.Origin.File != "t.txt" || peru.Name != "Peru" || len(peru.Phrases) != 2 {
		t.Errorf("country entry = %+v", peru)
	}
	person := d.Actors[1]
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	for date, want := range map[string]string{"2021-06-01": "PERGOV", "2019-06-01": "PEROPP", "2023-01-01": ""} {
		if got := person.CodeOn(day(date)); got != want {
			t.Errorf("CodeOn(%s) = %q, want %q", date, got, want)
		}
	}
	if got := person.CodeOn(time.Time{}); got != "PERGOV" {
		t.Errorf("CodeOn(zero) = %q, want the first code", got)
	}
	// listed second but starting last: the role of an undated text
	late := &Entry{Codes: []DatedCode{{Code: "PEROPP", To: day("2019-12-31")}, {Code: "PERGOV", From: day("2020-01-01")}, {Code: "PERLEG", From: day("2010-01-01"), To: day("2014-01-01")}}}
	if got := late.LatestCode(); got != "PERGOV" {
		t.Errorf("LatestCode = %q, want PERGOV", got)
	}
	if got := (&Entry{Codes: []DatedCode{{Code: "PERGOV", From: day("2020-01-01")}, {Code: "PER"}}}).LatestCode(); got != "PER" {
		t.Errorf("LatestCode with a default = %q, want the default PER", got)
	}
	// agents get their plurals
	var phrases []string
	for _, p := range d.Actors[2].Phrases {
		phrases = append(phrases, p[0].Lower)
	}
	if strings.Join(phrases, ",") != "army,armies,militia,militias" {
		t.Errorf("agent phrases = %v", phrases)
	}
	visit := d.Patterns[1]
	if visit.Items[visit.Anchor].Alts[0] != "visit" || visit.Items[0].Kind != Source || visit.Items[len(visit.Items)-1].Kind != Target {
		t.Errorf("pattern %q parsed as %+v anchor %d", visit.Text, visit.Items, visit.Anchor)
	}
}

func TestParseErrorsAreReportedAndSkipped(t *testing.T) {
	src := `country PER : Peru
nonsense line without colon
planet XYZ : Mars
country : Nowhere
person PERGOV@2020-13-01.. : Bad Date
person PERGOV@2022-01-01..2020-01-01 : Backwards
verb 9x9 : attack +
verb 190 :
verb 190 : a||b +
country CHL : Chile
`
	d := &Dict{}
	errs := d.Parse("bad.txt", []byte(src))
	if len(errs) != 8 {
		t.Fatalf("want 8 errors, got %d: %v", len(errs), errs)
	}
	for i, line := range []int{2, 3, 4, 5, 6, 7, 8, 9} {
		pe, ok := errs[i].(*ParseError)
		if !ok || pe.Line != line || pe.File != "bad.txt" {
			t.Errorf("error %d = %v, want bad.txt:%d", i, errs[i], line)
		}
	}
	if len(d.Actors) != 2 {
		t.Errorf("the good lines should load: %d actors", len(d.Actors))
	}
}

func TestCase(t *testing.T) {
	tests := []struct {
		dict, tok string
		want      bool
	}{
		{"US", "US", true}, {"US", "us", false}, {"US", "Us", false},
		{"Turkey", "Turkey", true}, {"Turkey", "turkey", false}, {"Turkey", "TURKEY", true},
		{"army", "Army", true}, {"army", "army", true},
		{"al-Sarraj", "al-Sarraj", true}, {"al-Sarraj", "Al-Sarraj", true},
		{"U.S.", "U.S.", true}, {"U.S.", "u.s.", false},
	}
	for _, tt := range tests {
		w := splitWords(tt.dict)[0]
		if got := MatchCase(w.Case, tt.tok); got != tt.want {
			t.Errorf("dictionary %q vs token %q: %v, want %v", tt.dict, tt.tok, got, tt.want)
		}
	}
}

func TestSplitWords(t *testing.T) {
	tests := map[string]string{
		"Haftar's forces":      "haftar|'s|forces",
		"Haftar’s forces":      "haftar|'s|forces",
		"Washington D.C.":      "washington|d.c.",
		"Government (GNA)":     "government|(|gna|)",
		"rebels' commanders":   "rebels|'|commanders",
		"Côte d'Ivoire":        "côte|d'ivoire",
		"Maj. Gen. Ana Flores": "maj.|gen.|ana|flores",
	}
	for in, want := range tests {
		var got []string
		for _, w := range splitWords(in) {
			got = append(got, w.Lower)
		}
		if strings.Join(got, "|") != want {
			t.Errorf("splitWords(%q) = %v, want %s", in, got, want)
		}
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{
		"militia": "militias", "party": "parties", "police": "police", "spokesman": "spokesmen",
		"embassy": "embassies", "witness": "witnesses", "forces": "forces", "men": "", "u.n.": "",
		"day": "days", "church": "churches",
	} {
		if got := Plural(in); got != want {
			t.Errorf("Plural(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDefaultParses(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Actors) < 500 || len(d.Patterns) < 100 {
		t.Errorf("default dictionary looks empty: %d actors, %d patterns", len(d.Actors), len(d.Patterns))
	}
}

// TestDefaultReachesEveryCode checks that the default verb dictionary has
// a pattern for every 3- and 4-digit code of the CAMEO codebook, and only
// codes the codebook knows (or none: "verb --- : …").
func TestDefaultReachesEveryCode(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	reached := map[cameo.Code]bool{}
	for _, p := range d.Patterns {
		if p.Code == "" {
			continue // "verb --- : …" matches and codes nothing, by design
		}
		if !p.Code.Valid() {
			t.Errorf("%s: pattern %q has code %s, not in the CAMEO codebook", p.Origin, p.Text, p.Code)
		}
		reached[p.Code] = true
	}
	for _, e := range cameo.All() {
		if len(e.Code) > 2 && !reached[e.Code] {
			t.Errorf("CAMEO %s (%s) has no pattern", e.Code, e.Name)
		}
	}
}

// TestCompoundAndGapRoundTrip: the "compound" flag, a gap "*" inside a
// multi-word alternative and a noun-phrase skip "^" survive Write and Parse.
func TestCompoundAndGapRoundTrip(t *testing.T) {
	d := &Dict{}
	if errs := d.Parse("t.dict", []byte("verb 030/030 loose compound : concur\nverb 042 loose : very_*_warmly * ^greet\nverb 160 loose : warn at ^ +\nverb 067 loose mutual : swap * with +\nverb 1823 kill : murder +\nverb 111 undergo : come under fire from +\nagent GOV other : counterpart\n")); len(errs) > 0 {
		t.Fatal(errs)
	}
	var b strings.Builder
	if err := Write(&b, d); err != nil {
		t.Fatal(err)
	}
	d2 := &Dict{}
	if errs := d2.Parse("t2.dict", []byte(b.String())); len(errs) > 0 {
		t.Fatalf("%v in\n%s", errs, b.String())
	}
	if len(d2.Patterns) != 6 || !d2.Patterns[4].Kill || d2.Patterns[3].Kill || !d2.Patterns[5].Undergo || d2.Patterns[4].Undergo || len(d2.Actors) != 1 || !d2.Actors[0].Other {
		t.Fatalf("kill, undergo and other flags after a round trip: %+v\n%s", d2.Patterns, b.String())
	}
	if !d2.Patterns[0].Compound || d2.Patterns[1].Compound || !d2.Patterns[3].CompoundObject || d2.Patterns[0].CompoundObject {
		t.Fatalf("patterns after a round trip: %+v\n%s", d2.Patterns, b.String())
	}
	if got := fmt.Sprint(d2.Patterns[1].Items[0].Seqs); got != "[[very * warmly]]" {
		t.Errorf("gapped alternative = %s, want [[very * warmly]]", got)
	}
	if it := d2.Patterns[2].Items[2]; it.Kind != Skip || len(it.Alts) != 1 || it.Alts[0] != SkipPhrase {
		t.Errorf("noun-phrase skip after a round trip = %+v", it)
	}
}

// The modal flags survive a written dictionary: "prepare to" stays a
// getting-ready modal and "may" a conditional one.
func TestModalFlagsRoundTrip(t *testing.T) {
	d := &Dict{}
	if errs := d.Parse("m.txt", []byte("modal intent prepare : prepare to\nmodal intent conditional : may\n")); len(errs) > 0 {
		t.Fatal(errs)
	}
	var b strings.Builder
	if err := Write(&b, d); err != nil {
		t.Fatal(err)
	}
	d2 := &Dict{}
	if errs := d2.Parse("m2.txt", []byte(b.String())); len(errs) > 0 {
		t.Fatalf("%v in\n%s", errs, b.String())
	}
	if len(d2.Modal) != 2 || !d2.Modal[0].Intent || !d2.Modal[0].Prepare || !d2.Modal[1].Conditional || d2.Modal[1].Prepare {
		t.Errorf("modals after a round trip: %+v %+v\n%s", d2.Modal[0], d2.Modal[1], b.String())
	}
}

// A modal may carry one event code: what a speaker's complement with it
// codes ("modal 100 : must").
func TestModalCode(t *testing.T) {
	d := &Dict{}
	if errs := d.Parse("m.txt", []byte("modal 100 : must\nmodal intent : will\n")); len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(d.Modal) != 2 || len(d.Modal[0].Codes) != 1 || d.Modal[0].Codes[0].Code != "100" || !d.Modal[1].Intent {
		t.Errorf("modals = %+v %+v", d.Modal[0], d.Modal[1])
	}
	for _, bad := range []string{"modal 100 020 : must\n", "modal USA : must\n", "modal 100@2020-01-01.. : must\n"} {
		if errs := (&Dict{}).Parse("m.txt", []byte(bad)); len(errs) == 0 {
			t.Errorf("%q parsed without an error", bad)
		}
	}
}

// TestStatsUnknownCodes: stats list a pattern whose code the codebook does
// not know, and not one written "---", which codes nothing on purpose.
func TestStatsUnknownCodes(t *testing.T) {
	d := &Dict{}
	if errs := d.Parse("t.dict", []byte("verb 190 : attack +\nverb --- : hang up\n")); len(errs) > 0 {
		t.Fatal(errs)
	}
	if st := ComputeStats(d); len(st.Unknown) != 0 {
		t.Errorf("unknown codes %v, want none", st.Unknown)
	}
	d.Patterns[0].Code = "999"
	if st := ComputeStats(d); len(st.Unknown) != 1 {
		t.Errorf("unknown codes %v, want the one pattern coded 999", st.Unknown)
	}
}
