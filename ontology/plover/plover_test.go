package plover

import (
	"slices"
	"strings"
	"testing"

	"github.com/annals-project/annals/ontology/cameo"
)

// TestEveryCAMEOCodeIsMapped: each code of the codebook is listed in
// mapping.tsv with a PLOVER type (or the documented empty event under 01),
// a mode of that type, and PLOVER contexts; nothing else is listed.
func TestEveryCAMEOCodeIsMapped(t *testing.T) {
	all := cameo.All()
	empty := 0
	for _, e := range all {
		k, ok := Lookup(e.Code)
		if !ok {
			t.Errorf("%s (%s) has no PLOVER mapping", e.Code, e.Name)
			continue
		}
		if k.Event == "" {
			empty++
			if e.Root != "01" || k.Mode != "" || len(k.Context) != 0 {
				t.Errorf("%s: empty event outside the documented 01 case: %+v", e.Code, k)
			}
			continue
		}
		if !ValidType(k.Event) {
			t.Errorf("%s: event %q is not a PLOVER type", e.Code, k.Event)
		}
		if k.Mode != "" && !slices.Contains(Modes(k.Event), k.Mode) {
			t.Errorf("%s: mode %q is not in %s's modes %v", e.Code, k.Mode, k.Event, Modes(k.Event))
		}
		for _, c := range k.Context {
			if !slices.Contains(Contexts(), c) {
				t.Errorf("%s: context %q is not a PLOVER context", e.Code, c)
			}
		}
		if For(e.Code).Event != k.Event {
			t.Errorf("%s: For disagrees with Lookup", e.Code)
		}
	}
	if len(mapping()) != len(all) {
		t.Errorf("mapping.tsv has %d codes, the codebook %d", len(mapping()), len(all))
	}
	// The uncoded statements: 01, 010, 011, 012, 013, 014, 017.
	if empty != 7 {
		t.Errorf("%d codes with an empty event, want the 7 documented ones", empty)
	}
}

// TestEveryTypeUsed: the mapping reaches all 16 types, and a root maps like
// its "not specified" code.
func TestEveryTypeUsed(t *testing.T) {
	used := map[string]bool{}
	for _, k := range mapping() {
		used[k.Event] = true
	}
	for _, ty := range Types() {
		if !used[ty] {
			t.Errorf("no CAMEO code maps to %s", ty)
		}
	}
	for _, r := range cameo.Roots() {
		if a, b := For(r), For(r+"0"); a.Event != b.Event || a.Mode != b.Mode {
			t.Errorf("root %s → %+v but %s0 → %+v", r, a, r, b)
		}
	}
}

func TestForSpotChecks(t *testing.T) {
	tests := []struct {
		code    cameo.Code
		event   string
		mode    string
		context []string
	}{
		{"010", "", "", nil},
		{"01", "", "", nil},
		{"015", "CONCEDE", "", nil},
		{"019", "AGREE", "", nil},
		{"0214", "REQUEST", "assist", []string{"intelligence"}},
		{"0243", "REQUEST", "change", []string{"rights_freedoms"}},
		{"026", "REQUEST", "meet", []string{"diplomatic"}},
		{"036", "AGREE", "", []string{"diplomatic"}},
		{"041", "CONSULT", "phone", nil},
		{"042", "CONSULT", "visit", nil},
		{"043", "CONSULT", "visit", nil},
		{"0431", "CONSULT", "visit", nil}, // not a CAMEO code: falls back to 043
		{"044", "CONSULT", "third-party", nil},
		{"045", "CONSULT", "multilateral", []string{"diplomatic"}},
		{"051", "SUPPORT", "", nil},
		{"055", "CONCEDE", "", nil},
		{"057", "AGREE", "", []string{"diplomatic"}},
		{"062", "COOPERATE", "", []string{"military"}},
		{"073", "AID", "", []string{"human_security"}},
		{"075", "AID", "", []string{"asylum"}},
		{"0841", "RETREAT", "release", nil},
		{"0871", "RETREAT", "ceasefire", []string{"military"}},
		{"0874", "RETREAT", "withdraw", []string{"military"}},
		{"085", "CONCEDE", "", []string{"economic"}},
		{"091", "ACCUSE", "investigate", []string{"crime", "corruption"}},
		{"1043", "REQUEST", "change", []string{"rights_freedoms"}},
		{"111", "ACCUSE", "disapprove", nil},
		{"112", "ACCUSE", "allege", nil},
		{"1122", "ACCUSE", "allege", []string{"human_rights"}},
		{"116", "SANCTION", "convict", []string{"legal"}},
		{"125", "REJECT", "meet", []string{"diplomatic"}},
		{"1246", "REJECT", "yield", []string{"military"}},
		{"1313", "THREATEN", "relations", []string{"diplomatic"}},
		{"1385", "THREATEN", "violence", []string{"cbrn"}},
		{"1413", "PROTEST", "demo", []string{"rights_freedoms"}},
		{"142", "PROTEST", "hunger", nil},
		{"145", "PROTEST", "riot", nil},
		{"154", "MOBILIZE", "troops", []string{"military"}},
		{"151", "MOBILIZE", "police", nil},
		{"161", "SANCTION", "withdraw", []string{"diplomatic"}},
		{"163", "SANCTION", "", []string{"economic"}},
		{"1663", "SANCTION", "expel", []string{"human_security"}},
		{"1712", "COERCE", "", nil},
		{"1723", "COERCE", "curfew", nil},
		{"1724", "COERCE", "martial-law", nil},
		{"173", "COERCE", "arrest", []string{"legal"}},
		{"174", "COERCE", "deport", []string{"migration"}},
		{"175", "ASSAULT", "crowd-control", []string{"repression"}},
		{"181", "ASSAULT", "abduct", nil},
		{"1831", "ASSAULT", "suicide-attack", []string{"terrorism"}},
		{"186", "ASSAULT", "targeted", nil},
		{"190", "ASSAULT", "", []string{"military"}},
		{"191", "COERCE", "restrict", []string{"military"}},
		{"192", "ASSAULT", "", []string{"military", "territory"}},
		{"193", "ASSAULT", "firearms", []string{"military"}},
		{"194", "ASSAULT", "heavy-weapons", []string{"military"}},
		{"195", "ASSAULT", "aerial", []string{"military"}},
		{"1951", "ASSAULT", "aerial", []string{"military"}}, // later CAMEO code: falls back to 195
		{"201", "COERCE", "deport", []string{"human_rights", "migration"}},
		{"2041", "ASSAULT", "unconventional", []string{"cbrn"}},
		{"199", "ASSAULT", "", []string{"military"}}, // unknown base: root 19
		{"21", "", "", nil},
		{"", "", "", nil},
		{"x", "", "", nil},
		{"043 ", "", "", nil},  // not well formed: no fallback
		{"04310", "", "", nil}, // too long: no fallback
	}
	for _, tt := range tests {
		got := For(tt.code)
		if got.Event != tt.event || got.Mode != tt.mode || !slices.Equal(got.Context, tt.context) {
			t.Errorf("For(%q) = %+v, want {%s %s %v}", tt.code, got, tt.event, tt.mode, tt.context)
		}
	}
}

func TestVocabulary(t *testing.T) {
	ty := Types()
	if len(ty) != 16 {
		t.Fatalf("Types() has %d types, want 16", len(ty))
	}
	quads := map[string]int{"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
		"COOPERATE": 2, "AID": 2, "RETREAT": 2,
		"REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
		"PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
	for _, e := range ty {
		if !ValidType(e) || QuadClass(e) != quads[e] || quads[e] == 0 {
			t.Errorf("%s: valid %v quad %d, want %d", e, ValidType(e), QuadClass(e), quads[e])
		}
		if !ValidMode(e, "") {
			t.Errorf("%s: empty mode should be valid", e)
		}
		for _, m := range Modes(e) {
			if !ValidMode(e, m) {
				t.Errorf("%s: ValidMode(%q) false", e, m)
			}
		}
	}
	for _, bad := range []string{"", "consult", "FIGHT", "DEMAND", "CONSULT "} {
		if ValidType(bad) || QuadClass(bad) != 0 || Modes(bad) != nil {
			t.Errorf("%q accepted as a type", bad)
		}
	}
	modes := []struct {
		event, mode string
		ok          bool
	}{
		{"CONSULT", "visit", true},
		{"CONSULT", "phone", true},
		{"ASSAULT", "drone", true},
		{"COERCE", "martial-law", true},
		{"PROTEST", "demo", true},
		{"CONSULT", "demo", false},
		{"AGREE", "visit", false},
		{"ASSAULT", "Aerial", false},
		{"NOPE", "", false},
	}
	for _, tt := range modes {
		if got := ValidMode(tt.event, tt.mode); got != tt.ok {
			t.Errorf("ValidMode(%q, %q) = %v", tt.event, tt.mode, got)
		}
	}
	if got := Modes("AGREE"); got == nil || len(got) != 0 {
		t.Errorf("Modes(AGREE) = %#v, want empty non-nil", got)
	}
	if c := Contexts(); len(c) < 30 || !ValidContext("military") || !ValidContext("human_rights") || ValidContext("Military") {
		t.Errorf("contexts: %v", c)
	}
	// The returned slices are copies.
	Types()[0] = "X"
	Modes("CONSULT")[0] = "X"
	Contexts()[0] = "X"
	if Types()[0] != "AGREE" || Modes("CONSULT")[0] != "visit" || Contexts()[0] != "military" {
		t.Error("vocabulary slices are shared with callers")
	}
}

func TestParseMappingErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"columns", "043\tCONSULT\tvisit\n", "want 4 tab-separated columns"},
		{"code", "999\tCONSULT\t\t\n", "not a CAMEO code"},
		{"duplicate", "043\tCONSULT\t\t\n043\tCONSULT\t\t\n", "duplicate code 043"},
		{"empty event", "043\t\t\t\n", "only under root 01"},
		{"mode without event", "010\t\tvisit\t\n", "without an event"},
		{"type", "043\tMEET\t\t\n", "not a PLOVER event type"},
		{"lower type", "043\tconsult\t\t\n", "not a PLOVER event type"},
		{"mode", "043\tCONSULT\triot\t\n", "not a mode of CONSULT"},
		{"context", "043\tCONSULT\t\tdiplomacy\n", `"diplomacy" is not a PLOVER context`},
		{"context list", "043\tCONSULT\t\tmilitary,,legal\n", `"" is not a PLOVER context`},
	}
	for _, tt := range tests {
		_, err := parseMapping(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want containing %q", tt.name, err, tt.want)
		}
	}
	m, err := parseMapping(strings.NewReader("# c\r\n043\tCONSULT\tvisit\tdiplomatic, military\r\n"))
	if err != nil || !slices.Equal(m["043"].Context, []string{"diplomatic", "military"}) || m["043"].Mode != "visit" {
		t.Errorf("CRLF mapping: %+v, %v", m, err)
	}
}

// TestContextNotShared: appending to a returned Context must not write
// into the table.
func TestContextNotShared(t *testing.T) {
	k := For("192")
	_ = append(k.Context, "health")
	k2 := For("192")
	_ = append(k2.Context, "crime")
	if got := For("192").Context; !slices.Equal(got, []string{"military", "territory"}) {
		t.Errorf("table changed: %v", got)
	}
	if cap(k.Context) != len(k.Context) {
		t.Errorf("Context has spare capacity %d > %d", cap(k.Context), len(k.Context))
	}
}

func TestForDoesNotAllocate(t *testing.T) {
	codes := []cameo.Code{"043", "0431", "1951", "21", "010"}
	n := testing.AllocsPerRun(100, func() {
		for _, c := range codes {
			_ = For(c)
			_ = ValidType("ASSAULT")
			_ = ValidMode("ASSAULT", "drone")
		}
	})
	if n != 0 {
		t.Errorf("For allocates %v times per run", n)
	}
}

func BenchmarkFor(b *testing.B) {
	codes := []cameo.Code{"010", "043", "0431", "1823", "190", "21"}
	for i := 0; b.Loop(); i++ {
		_ = For(codes[i%len(codes)])
	}
}

// TestEmbeddedMapping reports a defect of mapping.tsv as a test failure
// with its line, before anything else trips the panic in mapping().
func TestEmbeddedMapping(t *testing.T) {
	if _, err := parseMapping(strings.NewReader(mappingTSV)); err != nil {
		t.Fatalf("mapping.tsv: %v", err)
	}
}
