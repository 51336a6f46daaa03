package coder_test

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/coder"
	"github.com/annals-project/annals/dict"
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
discard : rowing cup
discard story : weather report
verb 070 loose : lend|lent
verb 071 loose : lend|lent * ferry|river_boat * to +
verb 072/073 loose : lend|lent * oars
verb --- loose : lend|lent * spare_oars
verb 110 loose : not * ^snub
verb 031 loose : moor*
verb 043 loose : greet
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
			var got []string
			for _, s := range sp.Split(tc.text) {
				for _, e := range c.Sentence(&s, date, ctx) {
					got = append(got, string(e.Source.Code)+">"+string(e.Target.Code)+":"+string(e.Code))
				}
			}
			sort.Strings(got)
			if g := strings.Join(got, " "); g != tc.want {
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
