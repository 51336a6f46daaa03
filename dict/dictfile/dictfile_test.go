package dictfile_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/dict/dictfile"
)

// Our own small dictionaries, one per format.
var fixtures = map[string]string{
	"annals.txt":    "country LWF : Lowford\nverb 042 : greet +\n",
	"petr.verbs":    "&BOATS\n+FERRY\n+RIVER_BOAT\n\n--- LEND [070] ---\nLEND\n- * &BOATS (TO +) [071:072]\n- * {SPARE OARS} [---]\n~ a (a b LEND) SAY = a b 010\n",
	"petr.actors":   "LOWFORD [LWF]\nMARSH_KING_\n\t[LWFGOV <20100101]\n\t[LWFREB >20091231]\n",
	"petr.agents":   "!BOAT! = BOATMAN, BOATMEN\nFERRY!BOAT! [~TRN]\nRIVER_CHARITY [NGO~]\nTOLL_CLERK {} [~BUS]\n",
	"petr.discards": "ROWING CUP\n+WEATHER REPORT\n",
	"tab.verbs":     "<SYNSETS>\n&BOATS\n+FERRY\n</SYNSETS>\nMOOR [031]\n- * { &BOATS | DOCK_ } [033]\n",
	"tab.actors":    "REEDHAM [RDM] ;a stem\nREGATTA_ [###]\n",
	"tab.options":   "// options\nCOMPLEX: VERBS[5] CONJ[4]\nSET: CODE ALL\nCOMMA: MIN = 2 MAX = 10\n",
}

func TestDetect(t *testing.T) {
	want := map[string]dictfile.Format{
		"annals.txt": dictfile.Annals, "petr.verbs": "petrarch-verbs", "petr.actors": "petrarch-actors",
		"petr.agents": "petrarch-agents", "petr.discards": "petrarch-discards", "tab.verbs": "tabari-verbs",
		"tab.actors": "tabari-actors", "tab.options": "tabari-options",
	}
	for name, src := range fixtures {
		if got := dictfile.Detect([]byte(src)); got != want[name] {
			t.Errorf("Detect(%s) = %q, want %q", name, got, want[name])
		}
	}
}

func loadAll(t *testing.T) *dict.Dict {
	t.Helper()
	dir := t.TempDir()
	d := &dict.Dict{}
	for _, name := range []string{"annals.txt", "petr.verbs", "petr.actors", "petr.agents", "petr.discards", "tab.verbs", "tab.actors", "tab.options"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(fixtures[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		problems, err := dictfile.Load(d, p)
		if err != nil || len(problems) > 0 {
			t.Fatalf("%s: %v %v", name, err, problems)
		}
	}
	return d
}

// TestConvertRoundTrip writes everything loaded from the three formats in
// the annals format and reads it back: the same entries, codes, patterns,
// options and transformations.
func TestConvertRoundTrip(t *testing.T) {
	d := loadAll(t)
	var buf bytes.Buffer
	if err := dict.Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	back := &dict.Dict{}
	if errs := back.Parse("converted.txt", buf.Bytes()); len(errs) > 0 {
		t.Fatalf("converted file does not parse: %v\n%s", errs, buf.String())
	}
	if dictfile.Detect(buf.Bytes()) != dictfile.Annals {
		t.Errorf("converted file not detected as annals")
	}
	if len(back.Patterns) != len(d.Patterns) || len(back.Discards) != len(d.Discards) || len(back.Transformations) != len(d.Transformations) {
		t.Fatalf("round trip: patterns %d/%d discards %d/%d transformations %d/%d", len(back.Patterns), len(d.Patterns), len(back.Discards), len(d.Discards), len(back.Transformations), len(d.Transformations))
	}
	for i, p := range d.Patterns {
		q := back.Patterns[i]
		if dict.PatternText(p) != dict.PatternText(q) || p.Code != q.Code || p.Paired != q.Paired || p.Loose != q.Loose || p.Anchor != q.Anchor {
			t.Errorf("pattern %d: %s %q/%q → %s %q/%q", i, dict.PatternText(p), p.Code, p.Paired, dict.PatternText(q), q.Code, q.Paired)
		}
	}
	for k, v := range d.Options {
		if back.Options[k] != v {
			t.Errorf("option %s = %q, want %q", k, back.Options[k], v)
		}
	}
	day, _ := time.Parse("2006-01-02", "2005-01-01")
	codes := map[string]string{}
	for _, e := range back.Actors {
		codes[e.Name] = e.CodeOn(day)
		if e.Kind == dict.Agent && e.AgentFirst {
			codes[e.Name] += "~"
		}
	}
	for name, want := range map[string]string{"marsh king": "LWFGOV", "river charity": "NGO~", "reedham*": "RDM"} {
		if codes[name] != want {
			t.Errorf("%s → %q, want %q (all: %v)", name, codes[name], want, codes)
		}
	}
	if !strings.Contains(buf.String(), "# ") {
		t.Error("no origin comments")
	}
}

func TestLoadErrors(t *testing.T) {
	d := &dict.Dict{}
	if _, err := dictfile.Load(d, filepath.Join(t.TempDir(), "missing.txt")); err == nil {
		t.Error("missing file: no error")
	}
	if _, err := dictfile.LoadBytes(d, "bin", []byte("LEND\x00[070]")); err == nil {
		t.Error("binary data: no error")
	}
	problems, err := dictfile.LoadBytes(d, "bad.verbs", []byte("--- LEND [070] ---\nLEND\n- * OARS [7x]\n- * BOATS\n"))
	if err != nil || len(problems) != 2 {
		t.Fatalf("problems = %v, err = %v", problems, err)
	}
	for _, p := range problems {
		if !strings.HasPrefix(p.Error(), "bad.verbs:") {
			t.Errorf("problem without file:line: %v", p)
		}
	}
}
