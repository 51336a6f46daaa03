package eval

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"
)

const gold = `{"id":"s:1","set":"s","ontology":"CAMEO","date":"2021-01-01","text":"A","events":[{"source":"PER","target":"CHL","code":"190"},{"source":"PER","target":"ARG","code":"190"}],"active":true}
{"id":"s:2","set":"s","ontology":"CAMEO","date":null,"text":"B","events":[],"expect_no_events":true,"active":true}
{"id":"s:3","set":"s","ontology":"CAMEO","text":"C","events":[{"source":"BRA","target":"","code":"0874"}],"active":true}
{"id":"s:4","set":"s","ontology":"CAMEO","text":"D","events":[{"source":"X","target":"Y","code":"010"}],"active":false}
{"id":"s:5","set":"s","ontology":"CAMEO","text":"E","events":[],"active":true,"expect_error":true}
not a record
{"id":"p:1","set":"p","ontology":"PLOVER","text":"F","events":[{"source":"JAP","target":"USAGOV","code":"AGREE"}],"active":true}
`

func TestScore(t *testing.T) {
	recs, errs := ReadGold("gold.jsonl", strings.NewReader(gold))
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "gold.jsonl:6") {
		t.Errorf("errors = %v, want one naming line 6", errs)
	}
	results := map[string]Result{
		"s:1": {Found: []Triple{{"PER", "CHL", "190"}, {"PER", "CHL", "190"}, {"PER", "BOL", "190"}}}, // duplicate counts once
		"s:2": {},
		"s:3": {Found: []Triple{{"BRA", "", "0871"}}}, // right root, wrong code
		"p:1": {Found: []Triple{{"JPN", "USA", "AGREE"}}},
	}
	rep := Score("s", recs, results)
	if rep.Records != 3 {
		t.Fatalf("records = %d, want 3 (inactive and expect_error skipped)", rep.Records)
	}
	if rep.Triple != (PRF{TP: 1, Pred: 3, Gold: 3}) {
		t.Errorf("triples = %+v", rep.Triple)
	}
	if rep.Root != (PRF{TP: 2, Pred: 3, Gold: 3}) {
		t.Errorf("roots = %+v", rep.Root)
	}
	if rep.Exact != 1 || rep.RootExact != 2 {
		t.Errorf("exact = %d, root-exact = %d; want 1 (the no-event record) and 2", rep.Exact, rep.RootExact)
	}
	if rep.Country != (PRF{TP: 2, Pred: 3, Gold: 3}) {
		t.Errorf("countries = %+v; CAMEO sets count country pairs too", rep.Country)
	}
	if f := rep.Triple.F1(); math.Abs(f-1.0/3) > 1e-9 {
		t.Errorf("F1 = %v", f)
	}
	var out bytes.Buffer
	rep.Write(&out, true)
	last := strings.TrimSpace(out.String())
	last = last[strings.LastIndex(last, "\n")+1:]
	if last != "eval: set=s records=3 triple_f1=0.333 root_f1=0.667 sentence_exact=0.333 actor_country_f1=0.667" {
		t.Errorf("summary line = %q", last)
	}
	if !strings.Contains(out.String(), "miss s:3") || strings.Contains(out.String(), "miss s:2") {
		t.Errorf("misses listed wrong:\n%s", out.String())
	}

	p := Score("p", recs, results)
	if !p.PLOVER || p.TypeExact != 1 || p.Country != (PRF{TP: 1, Pred: 1, Gold: 1}) {
		t.Errorf("PLOVER scoring: %+v (JAP must count as JPN)", p)
	}
}

func TestFailedRecordCountsWrong(t *testing.T) {
	recs, _ := ReadGold("g", strings.NewReader(`{"id":"s:1","set":"s","text":"A","events":[],"active":true}`))
	rep := Score("s", recs, map[string]Result{"s:1": {Err: errors.New("boom")}})
	if rep.Failed != 1 || rep.Exact != 0 {
		t.Errorf("failed = %d, exact = %d", rep.Failed, rep.Exact)
	}
}
