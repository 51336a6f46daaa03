package cameo

import (
	"strings"
	"testing"
)

func TestLookupSpotChecks(t *testing.T) {
	tests := []struct {
		code      Code
		name      string
		goldstein float64
		root      Code
		quad      int
	}{
		{"01", "MAKE PUBLIC STATEMENT", 0, "01", 1},
		{"010", "Make statement, not specified below", 0, "01", 1},
		{"043", "Host a visit", 2.8, "04", 1},
		{"057", "Sign formal agreement", 8, "05", 1},
		{"0231", "Appeal for economic aid", 3.4, "02", 1},
		{"064", "Share intelligence or information", 7, "06", 2},
		{"0874", "Retreat or surrender militarily", 10, "08", 2},
		{"094", "Investigate war crimes", -2, "09", 3},
		{"1125", "Accuse of espionage, treason", -2, "11", 3},
		{"13", "THREATEN", -6, "13", 3},
		{"130", "Threaten, not specified below", -4.4, "13", 3},
		{"1454", "Engage in violent protest for change in institutions, regime", -7.5, "14", 4},
		{"173", "Arrest, detain, or charge with legal action", -5, "17", 4},
		{"1823", "Kill by physical assault", -10, "18", 4},
		{"195", "Employ aerial weapons", -10, "19", 4},
		{"2042", "Detonate nuclear weapons", -10, "20", 4},
	}
	for _, tt := range tests {
		e, ok := Lookup(tt.code)
		if !ok {
			t.Errorf("Lookup(%q) not found", tt.code)
			continue
		}
		if e.Code != tt.code || e.Name != tt.name || e.Goldstein != tt.goldstein || e.Root != tt.root {
			t.Errorf("Lookup(%q) = %+v, want name %q goldstein %v root %s", tt.code, e, tt.name, tt.goldstein, tt.root)
		}
		if got := tt.code.QuadClass(); got != tt.quad {
			t.Errorf("%s.QuadClass() = %d, want %d", tt.code, got, tt.quad)
		}
		if !tt.code.Valid() || tt.code.Name() != tt.name || tt.code.Goldstein() != tt.goldstein {
			t.Errorf("%s methods disagree with Lookup: valid %v name %q goldstein %v",
				tt.code, tt.code.Valid(), tt.code.Name(), tt.code.Goldstein())
		}
	}
}

func TestUnknownCodes(t *testing.T) {
	tests := []struct {
		code      Code
		quad      int
		goldstein float64 // falls back to base, then root
	}{
		{"", 0, 0},
		{"0", 0, 0},
		{"00", 0, 0},
		{"21", 0, 0},
		{"99", 0, 0},
		{"4", 0, 0},
		{"abc", 0, 0},
		{"0435", 1, 2.8},   // unknown sub-code of 043
		{"0499", 1, 1},     // no 049: root 04
		{"197", 4, -10},    // no 197: root 19
		{"04310", 1, 0},    // too long: no fallback
		{"0x3", 0, 0},      // not digits
		{"043 ", 1, 0},     // stray space: not a code, no fallback
		{"1x", 0, 0},       // not a root
		{"20x", 4, 0},      // QuadClass reads the root digits only
		{"2042\x00", 4, 0}, // NUL byte: not a code
	}
	for _, tt := range tests {
		if tt.code.Valid() {
			t.Errorf("%q.Valid() = true", tt.code)
		}
		if _, ok := Lookup(tt.code); ok {
			t.Errorf("Lookup(%q) found", tt.code)
		}
		if n := tt.code.Name(); n != "" {
			t.Errorf("%q.Name() = %q, want empty", tt.code, n)
		}
		if q := tt.code.QuadClass(); q != tt.quad {
			t.Errorf("%q.QuadClass() = %d, want %d", tt.code, q, tt.quad)
		}
		if g := tt.code.Goldstein(); g != tt.goldstein {
			t.Errorf("%q.Goldstein() = %v, want %v", tt.code, g, tt.goldstein)
		}
	}
}

func TestWellFormed(t *testing.T) {
	tests := []struct {
		code Code
		want bool
	}{
		{"01", true}, {"20", true}, {"043", true}, {"0435", true}, {"2042", true},
		{"", false}, {"0", false}, {"00", false}, {"21", false}, {"99", false},
		{"04310", false}, {"043 ", false}, {"0x3", false}, {"-1", false}, {"１２", false},
	}
	for _, tt := range tests {
		if got := tt.code.WellFormed(); got != tt.want {
			t.Errorf("%q.WellFormed() = %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestQuadClassAllRoots(t *testing.T) {
	want := map[Code]int{
		"01": 1, "02": 1, "03": 1, "04": 1, "05": 1,
		"06": 2, "07": 2, "08": 2,
		"09": 3, "10": 3, "11": 3, "12": 3, "13": 3,
		"14": 4, "15": 4, "16": 4, "17": 4, "18": 4, "19": 4, "20": 4,
	}
	roots := Roots()
	if len(roots) != len(want) {
		t.Fatalf("Roots() has %d codes, want %d: %v", len(roots), len(want), roots)
	}
	for i, r := range roots {
		if i > 0 && roots[i-1] >= r {
			t.Errorf("Roots() not in order at %d: %v", i, roots)
		}
		if got := r.QuadClass(); got != want[r] {
			t.Errorf("%s.QuadClass() = %d, want %d", r, got, want[r])
		}
	}
}

// TestTableShape checks properties that hold for the whole codebook.
func TestTableShape(t *testing.T) {
	all := All()
	if len(all) < 300 {
		t.Fatalf("All() has %d codes; the CAMEO codebook has over 300", len(all))
	}
	counts := map[int]int{}
	for i, e := range all {
		counts[len(e.Code)]++
		if i > 0 && all[i-1].Code >= e.Code {
			t.Errorf("All() out of order: %s after %s", e.Code, all[i-1].Code)
		}
		if e.Root != e.Code.Root() || !e.Root.Valid() {
			t.Errorf("%s: root %s", e.Code, e.Root)
		}
		if q := e.Code.QuadClass(); q < 1 || q > 4 {
			t.Errorf("%s: QuadClass %d", e.Code, q)
		}
		if e.Goldstein < -10 || e.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", e.Code, e.Goldstein)
		}
		// The sign of the score agrees with the QuadClass except for the
		// few near-neutral appeals and comments GDELT scores slightly off zero.
		if q := e.Code.QuadClass(); q == 4 && e.Goldstein >= 0 || q == 2 && e.Goldstein <= 0 {
			t.Errorf("%s: Goldstein %v contradicts QuadClass %d", e.Code, e.Goldstein, q)
		}
		if len(e.Code) > 2 && !e.Code.Base().Valid() {
			t.Errorf("%s: parent %s missing", e.Code, e.Code.Base())
		}
	}
	if counts[2] != 20 {
		t.Errorf("%d roots, want 20", counts[2])
	}
	// Every root has its "not specified" code x0: 010, 020, … 200.
	for _, r := range Roots() {
		if !(r + "0").Valid() {
			t.Errorf("root %s has no code %s0", r, r)
		}
	}
	// All returns a copy: changing it does not change the codebook.
	all[0].Name = "changed"
	if Code("01").Name() == "changed" {
		t.Error("All() exposes the internal table")
	}
	t.Logf("%d roots, %d three-digit and %d four-digit codes", counts[2], counts[3], counts[4])
}

func TestParseTableErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"columns", "01\t0.0\n", "want 3 tab-separated columns"},
		{"bad code", "1\t0.0\tX\n", "malformed code"},
		{"letters", "0a\t0.0\tX\n", "malformed code"},
		{"root 21", "21\t0.0\tX\n", "malformed code"},
		{"root 00", "00\t0.0\tX\n", "malformed code"},
		{"five digits", "01\t0\tA\n01234\t0\tB\n", "malformed code"},
		{"score text", "01\tzero\tX\n", "Goldstein score"},
		{"score range", "01\t11\tX\n", "Goldstein score"},
		{"empty name", "01\t0\t \n", "empty name"},
		{"duplicate", "01\t0\tA\n01\t0\tB\n", "duplicate code 01"},
		{"order", "02\t0\tA\n01\t0\tB\n", "out of order"},
		{"orphan", "01\t0\tA\n020\t0\tB\n", "parent 02"},
		{"orphan 4", "01\t0\tA\n0101\t0\tB\n", "parent 010"},
		{"empty", "# nothing\n\n", "no codes"},
	}
	for _, tt := range tests {
		_, err := parseTable(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want containing %q", tt.name, err, tt.want)
		}
	}
	tb, err := parseTable(strings.NewReader("# c\r\n01\t0.0\tA\r\n\r\n010\t-0.5\tB\r\n"))
	if err != nil || len(tb.entries) != 2 || tb.entries[1].Goldstein != -0.5 || tb.entries[1].Name != "B" {
		t.Errorf("CRLF table: %+v, %v", tb, err)
	}
}

func TestLookupDoesNotAllocate(t *testing.T) {
	codes := []Code{"043", "2042", "21", "0435"}
	n := testing.AllocsPerRun(100, func() {
		for _, c := range codes {
			_, _ = Lookup(c)
			_ = c.Goldstein()
			_ = c.QuadClass()
			_ = c.Valid()
		}
	})
	if n != 0 {
		t.Errorf("Lookup allocates %v times per run", n)
	}
}

func BenchmarkLookup(b *testing.B) {
	codes := []Code{"010", "043", "0874", "1823", "190", "21"}
	for i := 0; b.Loop(); i++ {
		_, _ = Lookup(codes[i%len(codes)])
	}
}

func TestActorCodeCountry(t *testing.T) {
	tests := []struct {
		in   ActorCode
		want string
	}{{"USAGOV", "USA"}, {"LBY", "LBY"}, {"---", "---"}, {"US", "US"}, {"", ""}}
	for _, tt := range tests {
		if got := tt.in.Country(); got != tt.want {
			t.Errorf("%q.Country() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestEmbeddedTable reports a defect of codes.tsv as a test failure with its
// line, before anything else trips the panic in codebook().
func TestEmbeddedTable(t *testing.T) {
	if _, err := parseTable(strings.NewReader(codesTSV)); err != nil {
		t.Fatalf("codes.tsv: %v", err)
	}
}

func TestIntent(t *testing.T) {
	for _, tc := range []struct {
		act, want Code
		ok        bool
	}{
		{"0874", "0356", true}, // retreat → intent to de-escalate
		{"087", "0356", true},
		{"0871", "0356", true}, // a four-digit code takes its base's row
		{"071", "0331", true},
		{"042", "036", true}, // a visit → intent to meet
		{"045", "039", true},
		{"190", "138", true},
		{"195", "1384", true},
		{"1723", "1323", true},
		{"204", "1385", true},
		{"010", "", false}, // a statement has no intention code
		{"138", "", false}, // nor does a threat
		{"020", "", false},
	} {
		got, ok := Intent(tc.act)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Intent(%s) = %s, %v; want %s, %v", tc.act, got, ok, tc.want, tc.ok)
		}
	}
	// every row parses and names codes of the codebook: intents() panics otherwise
	if len(intents()) < 40 {
		t.Errorf("intent table has %d rows", len(intents()))
	}
}

func TestPosture(t *testing.T) {
	for _, tc := range []struct {
		act, want Code
		ok        bool
	}{
		{"190", "152", true},
		{"195", "152", true}, // a code takes its root's row
		{"202", "152", true},
		{"173", "153", true}, // readying arrests is police power
		{"175", "151", true},
		{"180", "", false}, // readying a bombing is an intention, not a posture
		{"043", "", false},
	} {
		got, ok := Posture(tc.act)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Posture(%s) = %s, %v; want %s, %v", tc.act, got, ok, tc.want, tc.ok)
		}
	}
}

func TestAsked(t *testing.T) {
	for _, tc := range []struct {
		root, act, want Code
		ok              bool
	}{
		{"02", "0841", "0253", true}, // appeal for a release: a four-digit act takes its base's row
		{"10", "0871", "1056", true}, // demand a ceasefire: de-escalation
		{"12", "0831", "1231", true}, // refuse to resign
		{"12", "064", "121", true},   // no 1214: the root's row
		{"02", "073", "0233", true},
		{"10", "080", "105", true}, // yield, not specified: the root's row
		{"02", "190", "", false},   // an attack asked for has no row
		{"13", "0841", "", false},  // threats are not asked
	} {
		got, ok := Asked(tc.root, tc.act)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Asked(%s, %s) = %s, %v; want %s, %v", tc.root, tc.act, got, ok, tc.want, tc.ok)
		}
	}
}
