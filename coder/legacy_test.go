package coder_test

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/coder"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/dict/petrarch"
	"github.com/annals-project/annals/dict/tabari"
	"github.com/annals-project/annals/text"
)

// legacyDict exercises the features PETRARCH and TABARI dictionaries
// bring, written in the annals format (river towns; our own fixture).
const legacyDict = `
option : style = petrarch ; actor_agent = true ; require_dyad = true
option : comma_min = 2 ; comma_max = 4
actor LWF : lowford
actor RDM : reedham
actor FEN : fenwick
actor LWFGOV : town hall
actor LWFGOV@..2009-12-31 LWFREB@2010-01-01..2012-12-31 LWF : marsh king
agent GOV : mayor ; council
agent COP : water bailiff
agent NGO~ : river charity
actor FRY : ferrymen*
actor NGOFAD : ferry aid
discard : rowing cup
discard story : weather report
verb 070 loose : lend|lent
verb 071 loose : lend|lent * ferry|river_boat * to +
verb 072/073 loose : lend|lent * oars
verb --- loose : lend|lent * spare_oars
verb 110 loose : not * ^snub
verb 031 loose : moor*
verb 043 loose : greet
verb 020 loose : fly
verb 036 loose : flew
verb 023 loose : voice
verb 062 loose : + * ^rift with $
verb 160 loose : warn * at ^ +
verb 067 loose mutual : swap * with +
verb 046 loose : very_*_warmly * ^greet
verb 044 loose : lift|lifted * its ^voice
verb 094 loose : hail
verb 095 loose : $ * hail
verb DISCARD loose : sail * regatta
verb 191 loose compound : have * postponed * ^meeting
actor ONO@..1991-12-25 DISCARD : onodoher
`

func legacyCoder(t testing.TB) (*coder.Coder, *text.Splitter) {
	t.Helper()
	d := &dict.Dict{}
	if errs := d.Parse("legacy.dict", []byte(legacyDict)); len(errs) > 0 {
		t.Fatalf("legacy dictionary: %v", errs)
	}
	sp, err := text.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	return coder.New(d), sp
}

// triples codes text and renders its events as sorted "SRC>TGT:CODE".
func triples(c *coder.Coder, sp *text.Splitter, txt string, date time.Time, ctx *coder.Context) string {
	var got []string
	for _, s := range sp.Split(txt) {
		for _, e := range c.Sentence(&s, date, ctx) {
			got = append(got, string(e.Source.Code)+">"+string(e.Target.Code)+":"+string(e.Code))
		}
	}
	sort.Strings(got)
	return strings.Join(got, " ")
}

// textCase is a text and the triples wanted from it.
type textCase struct{ text, want string }

// checkTriples codes each case with a coder over d, undated and without a
// config, and compares its triples.
func checkTriples(t *testing.T, d *dict.Dict, cases []textCase) {
	t.Helper()
	c := coder.New(d)
	sp, err := text.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		if g := triples(c, sp, tc.text, time.Time{}, &coder.Context{}); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

func TestLegacyFeatures(t *testing.T) {
	c, sp := legacyCoder(t)
	for _, tc := range []struct {
		name, text, date, config string
		want                     string
	}{
		{"verb alone, target is the first actor after it", "Lowford lent Reedham a boat.", "", "", "LWF>RDM:070"},
		{"gap and synset with a multi-word member", "Lowford lent a small river boat to Reedham.", "", "", "LWF>RDM:071"},
		{"paired code: the target does the paired event", "Lowford lent oars to Reedham.", "", "", "LWF>RDM:072 RDM>LWF:073"},
		{"a [---] pattern codes nothing and wins over the verb alone", "Lowford lent spare oars to Reedham.", "", "", ""},
		{"pre-verb word with the anchor marked", "Lowford did not snub Reedham.", "", "", "LWF>RDM:110"},
		{"stem anchor", "Lowford moored near Reedham.", "", "", "LWF>RDM:031"},
		{"require_dyad drops an event without target", "Lowford lent generously.", "", "", ""},
		{"article config turns require_dyad off; no target is ---", "Lowford lent generously.", "", `{"require_dyad": "false"}`, "LWF>---:070"},
		{"date-restricted code wins over the default", "The marsh king greeted Lowford.", "2011-05-01", "", "LWFREB>LWF:043"},
		{"date before every range", "The marsh king greeted Lowford.", "2008-05-01", "", "LWFGOV>LWF:043"},
		{"actor qualifies the agent after it", "The Lowford mayor greeted Reedham.", "", "", "LWFGOV>RDM:043"},
		{"agent role already in the code is not repeated", "The town hall mayor greeted Reedham.", "", "", "LWFGOV>RDM:043"},
		{"prefix agent", "The Reedham river charity greeted Lowford.", "", "", "NGORDM>LWF:043"},
		{"an irregular form written as a verb of its own", "Lowford flew to Reedham.", "", "", "LWF>RDM:036"},
		{"the lemma's verb codes the other forms", "Lowford flies to Reedham.", "", "", "LWF>RDM:020"},
		{"a pattern that writes the determiner means the noun", "Lowford lifted its voice for Reedham.", "", "", "LWF>RDM:044"},
		{"a noun after a determiner is no verb otherwise", "Lowford heard its voice near Reedham.", "", "", ""},
		{"TABARI: a pronoun is the sentence's first actor", "Lowford greeted Reedham and then it greeted Fenwick.", "", `{"style": "tabari"}`, "LWF>FEN:043 LWF>RDM:043"},
		{"TABARI: a pronoun takes the joined actors too", "Lowford and Fenwick greeted Reedham; then they lent oars to Reedham.", "", `{"style": "tabari"}`,
			"FEN>RDM:043 FEN>RDM:072 LWF>RDM:043 LWF>RDM:072 RDM>FEN:073 RDM>LWF:073"},
		{"TABARI: one verb per clause; 'after' and commas start none", "Lowford greeted Reedham, five years after Fenwick lent oars to Reedham.", "", `{"style": "tabari"}`, "LWF>RDM:043"},
		{"a list joined by commas alone is no list", "Lowford greeted Reedham, Fenwick said.", "", "", "LWF>RDM:043"},
		{"a clause's length counts a name as one word", "Lowford, a partner of the marsh king, greeted Fenwick.", "", `{"comma_min": "2", "comma_max": "5"}`, "LWF>FEN:043"},
		{"TABARI keeps an end clause that holds a verb", "Lowford waited, Reedham greeted Fenwick.", "", `{"style": "tabari", "comma_emin": "2", "comma_emax": "8"}`, "LWF>FEN:043"},
		{"PETRARCH drops it", "Lowford waited, Reedham greeted Fenwick.", "", `{"comma_emin": "2", "comma_emax": "8"}`, ""},
		{"TABARI finds the target past a comma, in a subordinate clause", "Lowford lent generously, years after Reedham fell.", "", `{"style": "tabari", "comma": "off"}`, "LWF>RDM:070"},
		{"PETRARCH does not", "Lowford lent generously, years after Reedham fell.", "", `{"comma": "off"}`, ""},
		{"neither … nor joins a compound", "Neither Lowford nor Reedham greeted Fenwick.", "", `{"style": "tabari"}`, "LWF>FEN:043 RDM>FEN:043"},
		{"TABARI: a list's ', and' starts no clause", "Lowford, the old Reedham, and proud Fenwick greeted the marsh king.", "", `{"style": "tabari", "comma": "off"}`, "FEN>LWFGOV:043 LWF>LWFGOV:043 RDM>LWFGOV:043"},
		{"a compound past adjectives", "Lowford and the old proud Reedham greeted Fenwick.", "", "", "LWF>FEN:043 RDM>FEN:043"},
		{"a compound pattern's noun anchor after a determiner", "Lowford and Reedham have postponed their meeting.", "", "", "LWF>RDM:191 RDM>LWF:191"},
		{"a pattern that places the source beats the verb alone", "Lowford hailed Reedham.", "", "", "LWF>RDM:095"},
		{"a [###] pattern discards the sentence", "Lowford greeted Reedham and sailed in the regatta.", "", "", ""},
		{"a dated code before the default discard", "Onodoher greeted Reedham.", "1990-05-01", "", "ONO>RDM:043"},
		{"the default discard after the dated code", "Onodoher greeted Reedham.", "1995-05-01", "", ""},
		{"a gap '*' inside a word sequence", "Lowford very kindly and warmly greeted Reedham.", "", "", "LWF>RDM:046"},
		{"a gap '*' may be empty", "Lowford very warmly greeted Reedham.", "", "", "LWF>RDM:046"},
		{"a gap '*' holds at most three words", "Lowford very kindly and quite openly warmly greeted Reedham.", "", "", "LWF>RDM:043"},
		{"a pattern's '$' finds its source", "Reedham healed an old rift with Lowford.", "", "", "LWF>RDM:062"},
		{"a pattern's '$' that finds no actor does not match", "Lowford and Reedham healed an old rift with the boatmen.", "", "", ""},
		{"article and adjectives make a noun", "Lowford greeted Reedham during a short quiet mooring at Fenwick.", "", "", "LWF>RDM:043"},
		{"an infinitive after a coded verb is not coded", "Lowford greeted Reedham to moor near Fenwick.", "", "", "LWF>RDM:043"},
		{"TABARI CODE ALL codes it", "Lowford greeted Reedham to moor near Fenwick.", "", `{"tabari_options": ["SET: CODE ALL"]}`, "LWF>FEN:031 LWF>RDM:043"},
		{"an infinitive as the first verb is coded", "Lowford is about to moor near Fenwick.", "", "", "LWF>FEN:031"},
		{"TABARI: one verb per clause", "Lowford greeted Reedham lending oars to Fenwick.", "", `{"style": "tabari"}`, "LWF>RDM:043"},
		{"TABARI: the next clause has its verb", "Lowford greeted Reedham and lent oars to Fenwick.", "", `{"style": "tabari"}`, "FEN>LWF:073 LWF>FEN:072 LWF>RDM:043"},
		{"PETRARCH codes the second verb", "Lowford greeted Reedham lending oars to Fenwick.", "", "", "FEN>RDM:073 LWF>RDM:043 RDM>FEN:072"},
		{"the target may stand past a comma inside the pattern's words", "Lowford lent old, worn oars to Reedham.", "", "", "LWF>RDM:072 RDM>LWF:073"},
		{"words joined by underscores are a phrase", "The Town_Hall greeted Reedham.", "", "", "LWFGOV>RDM:043"},
		{"'^' skips a noun phrase", "Lowford warned at the weir of Reedham.", "", "", "LWF>RDM:160"},
		{"'^' skips an actor too", "Lowford warned at the Fenwick of Reedham.", "", "", "LWF>RDM:160"},
		{"TABARI: the clause's first actor is the source, the one before the verb the target", "Lowford greeted Reedham and then it asked that Fenwick moor.", "", `{"style": "tabari"}`, "LWF>FEN:031 LWF>RDM:043"},
		{"PETRARCH: the nearest actor is the source", "Lowford greeted Reedham and then it asked that Fenwick moor.", "", "", "LWF>RDM:043"},
		{"mutual: the joined targets act on each other", "Lowford swapped oars with Reedham and Fenwick.", "", "", "FEN>RDM:067 RDM>FEN:067"},
		{"mutual with one target: the subject acts on it", "Lowford swapped oars with Reedham.", "", "", "LWF>RDM:067"},
		{"prefix agent before the actor", "River charity Reedham greeted Lowford.", "", "", "NGORDM>LWF:043"},
		{"prefix agent before an actor with an agent", "A river charity Reedham mayor greeted Lowford.", "", "", "NGORDMGOV>LWF:043"},
		{"prefix agent already in the code", "River charity Ferry Aid greeted Lowford.", "", "", "NGOFAD>LWF:043"},
		{"agents in compound actors", "The mayor and water bailiff of Lowford and Fenwick greeted Reedham.", "", "",
			"FENCOP>RDM:043 FENGOV>RDM:043 LWFCOP>RDM:043 LWFGOV>RDM:043"},
		{"bare agent has no country", "The council greeted Reedham.", "", "", "---GOV>RDM:043"},
		{"stem actor", "The ferrymen's guild greeted Reedham.", "", "", "FRY>RDM:043"},
		{"comma clause is left out", "Lowford, as it happens, greeted Reedham.", "", "", "LWF>RDM:043"},
		{"discard phrase stops the sentence", "Lowford greeted Reedham at the rowing cup.", "", "", ""},
		{"new_actor_length reports an unknown source by its words", "The river guild greeted Reedham.", "", `{"new_actor_length": "3"}`, "RIVER GUILD>RDM:043"},
		{"too long for new_actor_length", "The old river boat guild greeted Reedham.", "", `{"new_actor_length": "3"}`, ""},
		{"an actor acting on itself is no event", "Lowford greeted the Lowford crowd.", "", "", ""},
		{"too few words for set_minimum_words", "Lowford greeted Reedham.", "", `{"set_minimum_words": "4"}`, ""},
		{"TABARI option commands in the config", "Lowford greeted Reedham.", "", `{"tabari_options": ["SET: MINIMUM WORDS = 4"]}`, ""},
		{"TABARI DEFAULT: a missing subject", "Yesterday someone greeted Reedham.", "", `{"tabari_options": ["DEFAULT: SOURCE [DSR] PRIOR TARGET [DTG] AFTER"]}`, "DSR>RDM:043"},
		{"TABARI DEFAULT: a missing object", "Lowford greeted everyone warmly.", "", `{"tabari_options": ["DEFAULT: SOURCE [DSR] PRIOR TARGET [DTG] AFTER"]}`, "LWF>DTG:043"},
		{"TABARI CONVERT AGENT", "The council greeted Reedham.", "", `{"tabari_options": ["SET: CONVERT AGENT = TRUE"]}`, "~GOV>RDM:043"},
		{"hyphen on a word is no clause boundary", "Lowford greeted an anti- Reedham crowd.", "", "", "LWF>RDM:043"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var date time.Time
			if tc.date != "" {
				date, _ = time.Parse("2006-01-02", tc.date)
			}
			ctx := &coder.Context{}
			if tc.config != "" {
				ctx.Config = json.RawMessage(tc.config)
			}
			if g := triples(c, sp, tc.text, date, ctx); g != tc.want {
				t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
			}
		})
	}
}

func TestStoryDiscard(t *testing.T) {
	c, sp := legacyCoder(t)
	ctx := &coder.Context{}
	n := 0
	for _, s := range sp.Split("Lowford greeted Reedham. Then the weather report came. Fenwick greeted Reedham.") {
		n += len(c.Sentence(&s, time.Time{}, ctx))
	}
	if n != 1 {
		t.Errorf("events after a story discard: got %d, want only the one before it", n)
	}
}

func TestBadConfigKeepsDictionaryOptions(t *testing.T) {
	c, sp := legacyCoder(t)
	ctx := &coder.Context{Config: json.RawMessage(`{"require_dyad": [1]}`)}
	s := sp.Split("Lowford lent generously.")[0]
	if evs := c.Sentence(&s, time.Time{}, ctx); len(evs) != 0 {
		t.Errorf("events = %v, want none (require_dyad from the dictionary)", evs)
	}
	if ctx.ConfigError() == nil {
		t.Error("bad config: no error kept")
	}
}

// TestCompoundSubjectPattern: a PETRARCH pattern with "%" before the verb
// matches only a compound subject, whose members act on each other.
func TestCompoundSubjectPattern(t *testing.T) {
	d := &dict.Dict{}
	if errs := d.Parse("towns.dict", []byte("option : style = petrarch ; require_dyad = true\nactor LWF : lowford\nactor RDM : reedham\nactor FEN : fenwick\n")); len(errs) > 0 {
		t.Fatal(errs)
	}
	const verbs = "--- CONCUR [081] ---\nCONCUR\n- % * [030:030]\n- * WEIR [082]\n"
	if errs, err := petrarch.Load(d, "towns.verbs", []byte(verbs)); err != nil || len(errs) > 0 {
		t.Fatalf("%v %v", err, errs)
	}
	checkTriples(t, d, []textCase{
		{"Lowford and Reedham concur that the weir is old.", "LWF>RDM:030 RDM>LWF:030"},
		{"Lowford and Reedham concur with Fenwick.", "LWF>RDM:030 RDM>LWF:030"},
		{"Lowford concurs with Fenwick.", "LWF>FEN:081"},
		{"Lowford and Reedham concur about the weir.", "LWF>RDM:030 RDM>LWF:030"},
		{"Lowford concurs with Fenwick about the weir.", "LWF>FEN:082"},
	})
}

// TABARI dictionaries: a word written in a pattern beats a synset member
// of the same length; a space in a synset member or "WORD~" before an
// underscore lets the words stretch ("silver florin" matches "silver
// river florins", "KIND~_WORDS" matches "kindly words").
func TestTabariPatternWords(t *testing.T) {
	d := &dict.Dict{}
	if errs, err := tabari.Load(d, "towns.actors", []byte("LOWFORD_ [LWF]\nREEDHAM_ [RDM]\n")); err != nil || len(errs) > 0 {
		t.Fatalf("%v %v", err, errs)
	}
	const verbs = "<SYNSETS>\n&COINS\n+CROWN\n+SILVER FLORIN\n</SYNSETS>\nGIVE  [070]\n- * &COINS  [903]\n- * CROWN  [071]\nSPEAK  [020]\n- * KIND~_WORDS  [024]\n"
	if errs, err := tabari.Load(d, "towns.verbs", []byte(verbs)); err != nil || len(errs) > 0 {
		t.Fatalf("%v %v", err, errs)
	}
	checkTriples(t, d, []textCase{
		{"Lowford will give a million crowns to Reedham today.", "LWF>RDM:071"},
		{"Lowford will give a million silver river florins to Reedham today.", "LWF>RDM:903"},
		{"Lowford will give a million florins to Reedham today.", "LWF>RDM:070"},
		{"Lowford speaks kindly words to Reedham today.", "LWF>RDM:024"},
	})
}
