package tabari

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/dict"
)

// Fixtures are our own (river towns), in the TABARI formats.

const verbsFixture = `<SYNSETS>
&BOATS
+FERRY
+RIVER_BOAT
</SYNSETS>
<TIME>
LAST_TIDE [-1]
FOG_OF_WAR [###]
</TIME>
MOOR  [031] ;a stem: moored, mooring
- * ALONGSIDE  [032]
- * { &BOATS | DOCK_ }  [033]
CAST_ [050]
{ CASTS_ CASTING_ }
- NOT_*  [112]
~~FINISH
NOT A VERB [999]
`

func TestParseVerbs(t *testing.T) {
	d := &dict.Dict{}
	errs := ParseVerbs(d, "t.verbs", []byte(verbsFixture))
	if len(errs) != 0 {
		t.Fatalf("errors = %v", errs)
	}
	var got []string
	for _, p := range d.Patterns {
		got = append(got, string(p.Code)+" "+dict.PatternText(p))
	}
	want := []string{
		"031 moor*",
		"032 moor* * alongside*",
		"033 moor* * ferry*|dock|river_boat*",
		"050 cast|casts|castes|castd|casted|casting|casten",
		"112 not ^cast|casts|castes|castd|casted|casting|casten",
	}
	if len(d.Discards) != 1 || d.Discards[0].Name != "FOG_OF_WAR" || d.Discards[0].Origin.File != "t.verbs" {
		t.Errorf("<TIME> discard = %+v", d.Discards)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("patterns:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestActorsStemsAndDiscards(t *testing.T) {
	d := &dict.Dict{}
	errs, err := Load(d, "t.actors", []byte("LOWFORD [LWF] ;town\nLOWFORD_ [LWF]\nREGATTA [###]\nFOG [+++]\nHARBOUR_MASTER_ [ ~GOV]\n"))
	if err != nil || len(errs) != 0 {
		t.Fatalf("%v %v", err, errs)
	}
	if len(d.Actors) != 3 || len(d.Discards) != 1 {
		t.Fatalf("actors %d discards %d", len(d.Actors), len(d.Discards))
	}
	if !d.Actors[0].Phrases[0][0].Prefix || d.Actors[1].Phrases[0][0].Prefix {
		t.Errorf("stem flags: %+v %+v", d.Actors[0].Phrases, d.Actors[1].Phrases)
	}
	if d.Actors[2].Kind != dict.Agent || d.Actors[2].Codes[0].Code != "GOV" {
		t.Errorf("agent in an actor file: %+v", d.Actors[2])
	}
	if d.Options["require_dyad"] != "true" || d.Options["style"] != "tabari" {
		t.Errorf("defaults not set: %v", d.Options)
	}
}

// A space between the words of a name lets words stand between them; an
// underscore joins them. "[### <950101]" is a dated discard code.
func TestActorGapsAndDatedDiscards(t *testing.T) {
	d := &dict.Dict{}
	errs, err := Load(d, "t.actors", []byte("WARDEN OLD_MILL [WOM]\nMARSH_KING [MKG <950101] [###]\n"))
	if err != nil || len(errs) != 0 {
		t.Fatalf("%v %v", err, errs)
	}
	if len(d.Actors) != 2 || len(d.Discards) != 0 {
		t.Fatalf("actors %d discards %d", len(d.Actors), len(d.Discards))
	}
	var gaps []bool
	for _, w := range d.Actors[0].Phrases[0] {
		gaps = append(gaps, w.Gap)
	}
	if fmt.Sprint(gaps) != "[false true false]" {
		t.Errorf("gaps of WARDEN OLD_MILL = %v, want [false true false]", gaps)
	}
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	if c := d.Actors[1].CodeOn(day("1994-06-01")); c != "MKG" {
		t.Errorf("1994: %q, want MKG", c)
	}
	if c := d.Actors[1].CodeOn(day("1996-06-01")); c != dict.DiscardCode {
		t.Errorf("1996: %q, want the discard", c)
	}
}

func TestApplyOptions(t *testing.T) {
	base := dict.Options{"require_dyad": "true"}
	o, errs := ApplyOptions(base, []string{
		"COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR",
		"SET: TIME SHIFT = FALSE",
		"SET: CODE BY SENTENCE",
		"COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8",
		"DEFAULT: SOURCE [DSR] PRIOR TARGET [DTG] AFTER",
		"LABEL: 010=YIELD",
		"BOGUS: X",
	})
	if len(errs) != 1 {
		t.Errorf("errors = %v, want the BOGUS one", errs)
	}
	for k, want := range map[string]string{
		"complex_noactprior": "true", "set_time_shift": "false", "code_by": "sentence",
		"comma_min": "4", "comma_emax": "6", "comma_bmax": "8",
		"default_source": "DSR", "default_source_prior": "true", "default_target": "DTG", "default_target_after": "true",
		"require_dyad": "true",
	} {
		if o[k] != want {
			t.Errorf("%s = %q, want %q", k, o[k], want)
		}
	}
	if _, ok := base["comma_min"]; ok {
		t.Error("ApplyOptions changed its input")
	}
	o, _ = ApplyOptions(o, []string{"COMMA: OFF", "DEFAULT: OFF"})
	if o["comma"] != "off" || o["comma_min"] != "" || o["default_source"] != "" {
		t.Errorf("OFF commands: %v", o)
	}
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want Format
	}{
		{verbsFixture, Verbs},
		{"LOWFORD [LWF]\nREEDHAM [RDM]\n", Actors},
		{"HARBOUR_MASTER_ [ ~GOV]\n", Agents},
		{"// options\nSET: CODE ALL\nCOMMA: OFF\n", Options},
		{"", Unknown},
	} {
		if got := Detect([]byte(tc.src)); got != tc.want {
			t.Errorf("Detect(%.20q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

// TestNegativeContractions: TABARI writes "WON'T" as one word; the
// tokenizer reads "wo n't", so the loader splits it into adjacent words.
func TestNegativeContractions(t *testing.T) {
	const fx = "<SYNSETS>\n&REFUSAL\n+WON'T\n+SHALL_NOT\n</SYNSETS>\nSAIL_ [030]\n- &REFUSAL *  [130]\n- DIDN'T *  [131]\n"
	d := &dict.Dict{}
	if errs := ParseVerbs(d, "t.verbs", []byte(fx)); len(errs) != 0 {
		t.Fatalf("errors = %v", errs)
	}
	var got []string
	for _, p := range d.Patterns {
		got = append(got, string(p.Code)+" "+dict.PatternText(p))
	}
	want := "030 sail|sails|sailes|saild|sailed|sailing|sailen\n" +
		"130 wo_n't*|shall_not* * sail|sails|sailes|saild|sailed|sailing|sailen\n" +
		"131 did n't* * ^sail|sails|sailes|saild|sailed|sailing|sailen"
	if g := strings.Join(got, "\n"); g != want {
		t.Errorf("patterns:\n%s\nwant:\n%s", g, want)
	}
	for in, want := range map[string]string{"DIDN'T": "DID_N'T", "CA N'T": "CA N'T", "NOT": "NOT", "won't ever": "wo_n't ever"} {
		if got := splitNot(in); got != want {
			t.Errorf("splitNot(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGappedAlternatives: words written apart in "{ A B | C }" may have
// other words between them; words joined by "_" may not.
func TestGappedAlternatives(t *testing.T) {
	const fx = "SAIL_ [030]\n- { GLADLY QUICKLY | SLOW_AND_STEADY } *  [031]\n"
	d := &dict.Dict{}
	if errs := ParseVerbs(d, "t.verbs", []byte(fx)); len(errs) != 0 {
		t.Fatalf("errors = %v", errs)
	}
	if len(d.Patterns) != 2 {
		t.Fatalf("patterns = %d, want 2", len(d.Patterns))
	}
	it := d.Patterns[1].Items[0]
	got := fmt.Sprint(it.Seqs)
	if want := "[[gladly * quickly*] [slow and steady*]]"; got != want {
		t.Errorf("sequences = %s, want %s", got, want)
	}
}

// TestHyphenWord: "ANTI-" matches the tokens "anti" "-" of "anti- Lowford".
func TestHyphenWord(t *testing.T) {
	d := &dict.Dict{}
	if errs := ParseVerbs(d, "t.verbs", []byte("MARCH_ [017]\n- PRO- + *  [051]\n")); len(errs) != 0 {
		t.Fatalf("errors = %v", errs)
	}
	if len(d.Patterns) != 2 {
		t.Fatalf("patterns = %d, want 2", len(d.Patterns))
	}
	if got := fmt.Sprint(d.Patterns[1].Items[0].Seqs); got != "[[pro -]]" {
		t.Errorf("PRO- = %s, want [[pro -]]", got)
	}
}

// TestMutualObject: TABARI's "%" after the verb is a compound target whose
// members act on each other.
func TestMutualObject(t *testing.T) {
	d := &dict.Dict{}
	if errs := ParseVerbs(d, "t.verbs", []byte("SWAP_ [060]\n- * OARS WITH %  [067]\n")); len(errs) != 0 {
		t.Fatalf("errors = %v", errs)
	}
	if len(d.Patterns) != 2 || d.Patterns[0].CompoundObject || !d.Patterns[1].CompoundObject {
		t.Fatalf("patterns = %+v", d.Patterns)
	}
	if it := d.Patterns[1].Items[len(d.Patterns[1].Items)-1]; it.Kind != dict.Target {
		t.Errorf("last item = %+v, want the target", it)
	}
}
