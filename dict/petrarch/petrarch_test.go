package petrarch

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/dict"
)

// Fixtures are written for these tests (a made-up world of river towns);
// nothing is copied from upstream dictionaries.

const verbsFixture = `# river towns verb dictionary
&BOATS
+FERRY
+BARGE
+RIVER_BOAT

&CRAFT
+&BOATS
+RAFT

--- LEND  [070]  ---
LEND {LENT LENDING}
LOAN
- * &CRAFT (TO +)  [071]
- $ ^ SECRETLY *  [072:073]
- * {SPARE OARS}  [---]
+PAY_BACK {+PAID_BACK}

--- GREET [042] ---
GREET
- * &UNDEFINED [043]
- * NOTHING

~ a (a b LEND) SAY = a b 010
`

func TestParseVerbs(t *testing.T) {
	d := &dict.Dict{}
	errs := ParseVerbs(d, "v.txt", []byte(verbsFixture))
	// two bad lines: an unknown synset and a pattern without a code
	if len(errs) != 2 {
		t.Fatalf("errors = %v, want 2", errs)
	}
	var pe *dict.ParseError
	if !errors.As(errs[0], &pe) || pe.File != "v.txt" || pe.Line == 0 {
		t.Errorf("error %v has no file:line", errs[0])
	}
	byText := map[string][]*dict.Pattern{}
	for _, p := range d.Patterns {
		byText[p.Text] = append(byText[p.Text], p)
	}
	// the block's verbs alone code with the block's code
	lend := byText["lend"]
	if len(lend) != 1 || lend[0].Code != "070" || !lend[0].Loose {
		t.Fatalf("verb-alone pattern = %+v", lend)
	}
	if got := strings.Join(lend[0].Items[lend[0].Anchor].Alts, ","); got != "lend,lent,lending" {
		t.Errorf("verb forms = %s", got)
	}
	// a multi-word verb: "pay" is the anchor, "back" follows it
	pay := byText["pay back"]
	if len(pay) != 1 || dict.PatternText(pay[0]) != "pay|paid back" {
		t.Errorf("multi-word verb = %q", dict.PatternText(pay[0]))
	}
	// nested synsets with a multi-word member, prepositional phrase, target
	var craft *dict.Pattern
	var paired *dict.Pattern
	var null *dict.Pattern
	for _, p := range d.Patterns {
		switch {
		case p.Code == "071" && p.Items[p.Anchor].Alts[0] == "lend":
			craft = p
		case p.Code == "072" && p.Items[p.Anchor].Alts[0] == "lend":
			paired = p
		case p.Code == "" && p.Items[p.Anchor].Alts[0] == "lend":
			null = p
		}
	}
	if craft == nil || paired == nil || null == nil {
		t.Fatalf("missing patterns: %v %v %v", craft, paired, null)
	}
	if got := dict.PatternText(craft); got != "lend|lent|lending|loan|loans|loaned|loaning * ferry|barge|raft|river_boat * to +" {
		t.Errorf("synset pattern = %q", got)
	}
	if paired.Paired != "073" || paired.Items[0].Kind != dict.Source || dict.PatternText(paired) != "$ * secretly * ^lend|lent|lending|loan|loans|loaned|loaning" {
		t.Errorf("paired pattern = %q paired %q", dict.PatternText(paired), paired.Paired)
	}
	if len(d.Transformations) != 1 || d.Transformations[0].Text != "a (a b LEND) SAY = a b 010" {
		t.Errorf("transformations = %+v", d.Transformations)
	}
}

const actorsFixture = `<!-- river towns actors -->
LOWFORD  [LWF]
+LOWFORD_TOWN
MARSH_KING_
	[LWFGOV <20100101]
	[LWFREB 20100101-20121231]
	[LWFELI >20121231]
	[LWF]
REEDHAM [RDM 900101-951231] [RDX]
FOG [+++]
BROKEN [LWF 2020XX]
`

func TestParseActors(t *testing.T) {
	d := &dict.Dict{}
	errs := ParseActors(d, "a.txt", []byte(actorsFixture), ActorStyle{Comment: '#'})
	if len(errs) != 2 { // the bad date, and BROKEN then has no code
		t.Fatalf("errors = %v", errs)
	}
	if len(d.Actors) != 3 || len(d.Discards) != 0 {
		t.Fatalf("actors %d discards %d", len(d.Actors), len(d.Discards))
	}
	king := d.Actors[1]
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	for date, want := range map[string]string{"2005-06-01": "LWFGOV", "2011-06-01": "LWFREB", "2013-01-01": "LWFELI", "2012-12-31": "LWFREB"} {
		if got := king.CodeOn(day(date)); got != want {
			t.Errorf("marsh king on %s = %s, want %s", date, got, want)
		}
	}
	reed := d.Actors[2]
	if reed.CodeOn(day("1993-01-01")) != "RDM" || reed.CodeOn(day("1999-01-01")) != "RDX" {
		t.Errorf("two-digit years: %+v", reed.Codes)
	}
	if len(d.Actors[0].Phrases) != 2 || d.Actors[0].Phrases[1][1].Lower != "town" {
		t.Errorf("synonyms = %+v", d.Actors[0].Phrases)
	}
}

func TestParseAgentsAndDiscards(t *testing.T) {
	d := &dict.Dict{}
	errs := ParseAgents(d, "g.txt", []byte(`!BOAT! = BOATMAN, BOATWOMAN
FERRY!BOAT! [~TRN]
HARBOUR_MASTER [~GOV]
TOLL_CLERK {} [~BUS]
WATER_BAILIFF {WATER_BAILIVES} [~COP]
RIVER_CHARITY [NGO~]
NO_CODE
`), '#')
	if len(errs) != 1 {
		t.Fatalf("errors = %v", errs)
	}
	phrases := func(e *dict.Entry) string {
		var out []string
		for _, p := range e.Phrases {
			var ws []string
			for _, w := range p {
				ws = append(ws, w.Lower)
			}
			out = append(out, strings.Join(ws, " "))
		}
		return strings.Join(out, ",")
	}
	want := []string{
		"ferryboatman,ferryboatmen,ferryboatwoman,ferryboatwomen",
		"harbour master,harbour masters",
		"toll clerk",
		"water bailiff,water bailives",
		"river charity,river charities",
	}
	for i, w := range want {
		if got := phrases(d.Actors[i]); got != w {
			t.Errorf("agent %d phrases = %s, want %s", i, got, w)
		}
	}
	if !d.Actors[4].AgentFirst || d.Actors[4].Codes[0].Code != "NGO" || d.Actors[1].Codes[0].Code != "GOV" {
		t.Errorf("agent codes: %+v %+v", d.Actors[4], d.Actors[1])
	}
	errs = ParseDiscards(d, "x.txt", []byte("# sports\nROWING CUP\n+WEATHER REPORT\n"))
	if len(errs) != 0 || len(d.Discards) != 2 || d.Discards[0].Story || !d.Discards[1].Story {
		t.Errorf("discards = %+v %v", d.Discards, errs)
	}
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want Format
	}{
		{verbsFixture, Verbs},
		{actorsFixture, Actors},
		{"!X! = A, B\nHARBOUR_MASTER [~GOV]\n", Agents},
		{"ROWING CUP\n+WEATHER\n", Discards},
		{"<ISSUE CATEGORY=\"RIVER\">\nn:flood [FLOODS]\n", Issues},
		{"", Unknown},
	} {
		if got := Detect([]byte(tc.src)); got != tc.want {
			t.Errorf("Detect(%.20q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestLoadNeverPanics(t *testing.T) {
	inputs := []string{"---", "--- X ---", "--- X [", "&", "+", "- * [", "[", "X [~", "X {", "X {]", "]]]", "~", "<!--", "\x00",
		"--- A [01] ---\nA {\n- { * [010]", "--- A [01] ---\n+\n- & * [010]", "!A! =\n!A!", "X [A <]", "X [A 1-]"}
	for _, in := range inputs {
		d := &dict.Dict{}
		Load(d, "bad.txt", []byte(in))
		ParseVerbs(d, "bad.txt", []byte(in))
		ParseActors(d, "bad.txt", []byte(in), ActorStyle{Comment: '#'})
		ParseAgents(d, "bad.txt", []byte(in), '#')
		ParseIssues(d, "bad.txt", []byte(in))
	}
}

func TestCompoundMark(t *testing.T) {
	for body, want := range map[string]bool{"% *": true, "% * TALKS": true, "* WITH %": false, "* TALKS": false, "$ % *": true} {
		if got := compoundMark(body); got != want {
			t.Errorf("compoundMark(%q) = %v, want %v", body, got, want)
		}
	}
}

// TestNounPhraseSkip: "^" after the verb skips a noun phrase; before the
// verb it is dropped.
func TestNounPhraseSkip(t *testing.T) {
	d := &dict.Dict{}
	if errs := ParseVerbs(d, "v.txt", []byte("--- CAUTION [160] ---\nCAUTION\n- * AT ^ +  [162]\n- $ ^ * [163]\n")); len(errs) != 0 {
		t.Fatalf("errors = %v", errs)
	}
	skips := map[string]int{}
	for _, p := range d.Patterns {
		for _, it := range p.Items {
			if it.Kind == dict.Skip && len(it.Alts) == 1 && it.Alts[0] == dict.SkipPhrase {
				skips[string(p.Code)]++
			}
		}
	}
	if skips["162"] != 1 || skips["163"] != 0 {
		t.Errorf("noun-phrase skips per pattern = %v, want 162:1 and none for 163", skips)
	}
}

// TestPercentAfterVerb: in PETRARCH, "%" after the verb is the target.
func TestPercentAfterVerb(t *testing.T) {
	d := &dict.Dict{}
	if errs := ParseVerbs(d, "v.txt", []byte("--- CONCUR [081] ---\nCONCUR\n- * WITH % [031]\n")); len(errs) != 0 {
		t.Fatalf("errors = %v", errs)
	}
	p := d.Patterns[len(d.Patterns)-1]
	if p.Code != "031" || p.CompoundObject || p.Compound || p.Items[len(p.Items)-1].Kind != dict.Target {
		t.Errorf("pattern = %+v", p)
	}
}

// A verb dictionary in PETRARCH-2's CAMEO 2.0 format says so in its header;
// PETRARCH-2 keeps slashed actor codes whole.
func TestVersionSetsSplitCodes(t *testing.T) {
	for _, tc := range []struct {
		header string
		split  string // the split_codes option after loading, "" for unset
	}{
		{"# VERSION: 2.0\n", "false"},
		{"<!-- VERSION: 0.1 -->\n", ""},
		{"# no version here\n", ""},
	} {
		d := &dict.Dict{}
		ParseVerbs(d, "v.txt", []byte(tc.header+"--- GREET [043] ---\nGREET\n"))
		if got := d.Options["split_codes"]; got != tc.split {
			t.Errorf("%q: split_codes = %q, want %q", tc.header, got, tc.split)
		}
	}
}
