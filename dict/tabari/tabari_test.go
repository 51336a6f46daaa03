package tabari

import (
	"strings"
	"testing"

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
