package eval

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/pipeline"
)

// Under FORWARD the records of one story are coded together: a pronoun
// with no actor before it stands for the previous record's first actor.
// A new story number, or a record without FORWARD, starts afresh.
func TestCodeAllForward(t *testing.T) {
	d := &dict.Dict{}
	src := "option : style = tabari\nactor LWF : lowford\nactor RDM : reedham\nactor FEN : fenwick\nverb 043 loose : greet\nverb 070 loose : lend\n"
	if errs := d.Parse("towns.dict", []byte(src)); len(errs) > 0 {
		t.Fatal(errs)
	}
	p, err := pipeline.New(d)
	if err != nil {
		t.Fatal(err)
	}
	const fwd = `"config":{"tabari_options":["FORWARD: ^^*****NNN*SSS"]}`
	gold := strings.Join([]string{
		`{"id":"t:TOWN-001-001","set":"t","text":"Lowford greeted Reedham today.","events":[],"active":true,` + fwd + `}`,
		`{"id":"t:TOWN-001-002","set":"t","text":"It lent oars to Fenwick today.","events":[],"active":true,` + fwd + `}`,
		`{"id":"t:TOWN-002-001","set":"t","text":"It lent oars to Fenwick today.","events":[],"active":true,` + fwd + `}`,
		`{"id":"t:TOWN-7","set":"t","text":"Lowford greeted Reedham today.","events":[],"active":true,` + fwd + `}`,
		`{"id":"t:TOWN-8","set":"t","text":"It lent oars to Fenwick today.","events":[],"active":true,` + fwd + `}`,
	}, "\n")
	recs, errs := ReadGold("g", strings.NewReader(gold))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	got := CodeAll(p, recs, func(*Record) bool { return true })
	want := map[string]string{
		"t:TOWN-001-001": "[{LWF RDM 043}]",
		"t:TOWN-001-002": "[{LWF FEN 070}]",
		"t:TOWN-002-001": "[]", // a new story: no actor before "It"
		"t:TOWN-7":       "[{LWF RDM 043}]",
		"t:TOWN-8":       "[]", // the id does not fit the template: coded alone
	}
	for id, w := range want {
		if g := fmt.Sprint(got[id].Found); g != w {
			t.Errorf("%s: found %s, want %s", id, g, w)
		}
	}
}

// "FORWARD: … OFF" turns FORWARD off.
func TestStoryKeyForwardOff(t *testing.T) {
	for _, tc := range []struct {
		cfg, id string
		ok      bool
	}{
		{`{"tabari_options":["FORWARD: ^^*****NNN*SSS"]}`, "t:TOWN-001-002", true},
		{`{"tabari_options":["FORWARD: ^^*****NNN*SSS", "FORWARD: ^^*****NNN*SSS OFF"]}`, "t:TOWN-001-002", false},
		{`{"tabari_options":["FORWARD: ^^*****NNN*SSS"]}`, "t:TOWN-01A", false},
		{`{}`, "t:TOWN-001-002", false},
	} {
		r := &Record{ID: tc.id, Set: "t", Config: []byte(tc.cfg)}
		if _, ok := storyKey(r); ok != tc.ok {
			t.Errorf("%s %s: ok = %v, want %v", tc.cfg, tc.id, ok, tc.ok)
		}
	}
}
