package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestCleanName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Libya", "Libya"},
		{"  State  of Libya ", "State of Libya"},
		{"The Bahamas", "Bahamas"},
		{"the Gambia", "Gambia"},
		{"LY", ""},                      // ISO alpha-2 code
		{"USA", "USA"},                  // a real acronym
		{"Korea, Republic of", ""},      // inverted form
		{"Cocos (Keeling) Islands", ""}, // parenthesised
		{"Российская Федерация", ""},    // non-Latin script
		{"Côte d'Ivoire", "Côte d'Ivoire"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := cleanName(tc.in); got != tc.want {
			t.Errorf("cleanName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPlural(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Libyan", "Libyans"}, {"Iraqi", "Iraqis"}, {"South African", "South Africans"},
		{"Chinese", ""}, {"Swiss", ""}, {"British", ""}, {"French", ""}, {"Seychellois", ""}, {"Manx", ""},
	}
	for _, tc := range tests {
		if got := plural(tc.in); got != tc.want {
			t.Errorf("plural(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFoldAndSplit(t *testing.T) {
	if got := fold("São Tomé and Príncipe"); got != "Sao Tome and Principe" {
		t.Errorf("fold = %q", got)
	}
	if got := withASCII([]string{"Bogotá", "Lima"}); !reflect.DeepEqual(got, []string{"Bogotá", "Bogota", "Lima"}) {
		t.Errorf("withASCII = %q", got)
	}
	if got := splitDemonym("Kittitian or Nevisian"); !reflect.DeepEqual(got, []string{"Kittitian", "Nevisian"}) {
		t.Errorf("splitDemonym = %q", got)
	}
	if got := splitDemonym("Antiguan, Barbudan"); !reflect.DeepEqual(got, []string{"Antiguan", "Barbudan"}) {
		t.Errorf("splitDemonym = %q", got)
	}
}

func TestParseExtraErrors(t *testing.T) {
	bad := []string{
		"names+ USA",         // no colon, no phrases
		"frobnicate USA : x", // unknown directive
		"names+ US : x",      // not a three-letter code
		"code TLS : TMPX",    // code too long
		"code TLS : tmp",     // lower case
		"names+ USA : ; ;",   // empty phrases
	}
	for _, line := range bad {
		if _, err := parseExtra("x.txt", []byte(line+"\n")); err == nil {
			t.Errorf("parseExtra(%q): no error", line)
		}
	}
	dirs, err := parseExtra("x.txt", []byte("# comment\n\nnote GEO : also a US state # kept\ndemonyms= VAT :\n"))
	if err != nil || len(dirs) != 2 || dirs[0].phrases[0] != "also a US state # kept" || len(dirs[1].phrases) != 0 {
		t.Errorf("parseExtra = %+v, %v", dirs, err)
	}
}

// fixture is a made-up miniature of world-countries: two states that share
// a demonym, one territory with a clashing demonym, a city-state and a
// territory whose code CAMEO spells differently.
const fixture = `[
 {"name":{"common":"Aland","official":"Republic of Aland","native":{"xxx":{"common":"Alandia","official":"Respublika Alandia"}}},
  "cca3":"ALD","independent":true,"capital":["Aland City"],"altSpellings":["AL","Alandia","Aland, Republic of","Alandland"],
  "demonyms":{"eng":{"f":"Alandese","m":"Alandese"}}},
 {"name":{"common":"Borduria","official":"Kingdom of Borduria","native":{}},
  "cca3":"BRD","independent":true,"capital":["Szohôd"],"altSpellings":["BD"],
  "demonyms":{"eng":{"f":"Bordurian","m":"Bordurian"}}},
 {"name":{"common":"Bordurian Isles","official":"Bordurian Isles","native":{}},
  "cca3":"BRI","independent":false,"capital":["Port"],"altSpellings":[],
  "demonyms":{"eng":{"f":"Bordurian","m":"Bordurian"}}},
 {"name":{"common":"Syldavia","official":"Syldavia","native":{}},
  "cca3":"SYL","independent":true,"capital":["Syldavia"],"altSpellings":[],
  "demonyms":{"eng":{"f":"Syldavian","m":"Syldavian"}}}
]`

func TestBuild(t *testing.T) {
	src, err := decode([]byte(fixture))
	if err != nil {
		t.Fatal(err)
	}
	dirs, err := parseExtra("extra", []byte(`
code BRI : BIS
names- ALD : Alandland
names+ ALD : Old Aland
capitals+ BRD : Szohod Castle
`))
	if err != nil {
		t.Fatal(err)
	}
	cs, dropped, err := build(src, dirs)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]*country{}
	for _, c := range cs {
		by[c.code] = c
	}
	if by["BIS"] == nil || by["BRI"] != nil {
		t.Fatalf("code override not applied: %v", by)
	}
	if got := by["ALD"].names; !reflect.DeepEqual(got, []string{"Aland", "Republic of Aland", "Old Aland"}) {
		t.Errorf("ALD names = %q", got)
	}
	if got := by["ALD"].demonyms; !reflect.DeepEqual(got, []string{"Alandese"}) {
		t.Errorf("ALD demonyms = %q", got)
	}
	// The shared demonym goes to the independent state only.
	if got := by["BRD"].demonyms; !reflect.DeepEqual(got, []string{"Bordurian", "Bordurians"}) {
		t.Errorf("BRD demonyms = %q", got)
	}
	if len(by["BIS"].demonyms) != 0 || len(by["BIS"].capitals) != 0 {
		t.Errorf("territory kept %q / %q", by["BIS"].demonyms, by["BIS"].capitals)
	}
	if got := by["BRD"].capitals; !reflect.DeepEqual(got, []string{"Szohôd", "Szohod", "Szohod Castle"}) {
		t.Errorf("BRD capitals = %q", got)
	}
	// A capital spelt like the country is the country.
	if len(by["SYL"].capitals) != 0 {
		t.Errorf("SYL capital kept: %q", by["SYL"].capitals)
	}
	if len(dropped) != 0 {
		t.Errorf("dropped = %q", dropped)
	}

	var buf bytes.Buffer
	write(&buf, cs, dropped)
	out := buf.String()
	for _, want := range []string{
		"country  BIS     : Bordurian Isles\n",
		"demonym  BRD     : Bordurian ; Bordurians\n",
		"capital  ALDGOV  : Aland City\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	src, err := decode([]byte(fixture))
	if err != nil {
		t.Fatal(err)
	}
	for _, extra := range []string{
		"names- ALD : Nowhere",   // stale: the name is not there
		"names+ XYZ : Somewhere", // no such country
		"code BRD : ALD",         // two countries, one code
		"new ALD : Aland Again",  // already in the data
		"capitals- BRD : Szohod Castle",
	} {
		dirs, err := parseExtra("extra", []byte(extra))
		if err != nil {
			t.Fatalf("%q: %v", extra, err)
		}
		if _, _, err := build(src, dirs); err == nil {
			t.Errorf("build with %q: no error", extra)
		}
	}
	if _, err := decode([]byte(`[]`)); err == nil {
		t.Error("decode of an empty list: no error")
	}
	if _, err := decode([]byte(`{`)); err == nil {
		t.Error("decode of bad JSON: no error")
	}
}

// TestRun runs the whole generator on the fixture, files in and out.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "countries.json")
	extra := filepath.Join(dir, "extra.txt")
	out := filepath.Join(dir, "out.txt")
	if err := os.WriteFile(in, []byte(fixture), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(extra, []byte("skip BRI\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	if err := run(in, extra, out, &log); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "BRI") || !strings.Contains(string(b), "GENERATED") {
		t.Errorf("unexpected output:\n%s", b)
	}
	if err := run(filepath.Join(dir, "missing.json"), extra, out, &log); err == nil {
		t.Error("missing input: no error")
	}
}
