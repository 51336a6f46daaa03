package actor_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/text"
)

const testDict = `
country PER : Peru
country USA : United States ; US ; U.S.
country TUR : Turkey
demonym PER : Peruvian ; Peruvians
capital PERGOV : Lima
agent GOV : government ; foreign ministry
agent MIL : army ; forces
agent REB : rebel
actor PERREB : Shining Path
person PERGOV@2020-01-01.. PEROPP@..2019-12-31 : Ana Quispe ; Quispe
title : President ; Major General
`

func find(t *testing.T, sentence string, date time.Time) string {
	t.Helper()
	d := &dict.Dict{}
	if errs := d.Parse("test.dict", []byte(testDict)); len(errs) > 0 {
		t.Fatal(errs)
	}
	sp, err := text.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	m := actor.New(d)
	s := sp.Split(sentence)[0]
	var out []string
	for _, mm := range m.Find(s.Tokens, date) {
		txt := s.Text[s.Tokens[mm.Start].Start-s.Start : s.Tokens[mm.End-1].End-s.Start]
		role := map[actor.Role]string{actor.Named: "", actor.BareAgent: " bare", actor.Pronoun: " pronoun", actor.Place: " place", actor.Modifier: " modifier"}[mm.Role]
		out = append(out, fmt.Sprintf("%s=%s%s", txt, mm.Code, role))
	}
	return strings.Join(out, " | ")
}

func TestFind(t *testing.T) {
	d2021 := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct{ sentence, want string }{
		{"The Peruvian army moved.", "Peruvian army=PERMIL"},
		{"Peru's foreign ministry spoke.", "Peru's foreign ministry=PERGOV"},
		{"The US government spoke.", "US government=USAGOV"},
		{"The forces of Ana Quispe moved.", "forces of Ana Quispe=PERGOV"},
		{"The army of Peru moved.", "army of Peru=PERMIL"},
		{"Quispe's government fell.", "Quispe's government=PERGOV"},
		{"President Ana Quispe spoke.", "President Ana Quispe=PERGOV"},
		{"The Peruvian Shining Path struck.", "Peruvian Shining Path=PERREB"},
		{"Lima protested.", "Lima=PERGOV"},
		{"They met in Lima.", "They= pronoun | Lima=PERGOV place"},
		{"Peruvian interests suffered.", "Peruvian=PER modifier"},
		{"The Peruvians voted.", "Peruvians=PER"},
		{"The government fell.", "government=GOV bare"},
		{"He told us that turkey is cheap in Turkey.", "He= pronoun | Turkey=TUR"},
		{"The U.S. and Peru agreed.", "U.S.=USA | Peru=PER"},
		{"Shining Path rebels struck.", "Shining Path rebels=PERREB"},
	}
	for _, tt := range tests {
		if got := find(t, tt.sentence, d2021); got != tt.want {
			t.Errorf("%q\n got %s\nwant %s", tt.sentence, got, tt.want)
		}
	}
}

func TestDatedCodes(t *testing.T) {
	for date, want := range map[string]string{
		"2021-06-01": "Ana Quispe=PERGOV",
		"2015-06-01": "Ana Quispe=PEROPP",
	} {
		d, _ := time.Parse("2006-01-02", date)
		if got := find(t, "Ana Quispe spoke.", d); got != want {
			t.Errorf("on %s: got %s, want %s", date, got, want)
		}
	}
}
