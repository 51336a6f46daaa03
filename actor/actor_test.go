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
agent CVL : Aymara ; civilian
agent REF : refugees
agent ELI : former president
agent GOV : president ; leader
actor PERREB : Shining Path
actor IMGMOSGLF : Global Front
agent UAF : fighters
agent BUS : firm
person PERGOV@2020-01-01.. PEROPP@..2019-12-31 : Ana Quispe ; Quispe
person PERGOV@2010-01-01..2015-12-31 : Rosa Mamani ; Mamani
person PERREB@2001-01-01..2005-12-31 : Tito Condori
person PEROPP@2016-01-01.. PERGOV@2010-01-01..2015-12-31 : Luis Vargas
actor PERREB@..2005-12-31 PEROPP@2006-01-01.. : Red Front ; Red Front rebels
person IGOUNO@2001-01-01..2006-12-31 : Kofi Osei
igo IGOUNO : United Nations ; UN
country region NAF : North Africa
actor PERMIL : Colonel * Huaman
actor PERGOV : Colonel Huaman Rojas
actor PERREB : Colonel * Huaman Rojas
verb 190 : attack +
speech : say
modal : will
title : President ; Major General
`

// mentions parses the dictionary src, splits sentence and returns its
// mentions on date with the sentence they index.
func mentions(t *testing.T, src, sentence string, date time.Time) ([]actor.Mention, text.Sentence) {
	t.Helper()
	d := &dict.Dict{}
	if errs := d.Parse("test.dict", []byte(src)); len(errs) > 0 {
		t.Fatal(errs)
	}
	sp, err := text.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	s := sp.Split(sentence)[0]
	return actor.New(d).Find(s.Tokens, date), s
}

// codesOf lists the codes of ms, a mention's more codes (Also) after its
// first.
func codesOf(ms []actor.Mention) string {
	var got []string
	for _, mm := range ms {
		got = append(got, string(mm.Code))
		for _, c := range mm.Also {
			got = append(got, string(c))
		}
	}
	return strings.Join(got, " ")
}

func find(t *testing.T, sentence string, date time.Time) string {
	t.Helper()
	ms, s := mentions(t, testDict, sentence, date)
	var out []string
	for _, mm := range ms {
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
		{"Peru's anti-government rebels spoke.", "Peru's anti-government rebels=PERREB"},
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
		// a region is a place after "to", part of a name before one
		{"A trip to North Africa ended.", "North Africa=NAF place"},
		{"The North Africa Cup began.", ""},
		{"North Africa protested.", "North Africa=NAF"},
		// a former office holder is an elite of their country
		{"Former president Ana Quispe spoke.", "Former president Ana Quispe=PERELI"},
		// an organisation before a role is its staff or force
		{"UN peacekeeping forces arrived.", "UN peacekeeping forces=IGOUNOMIL"},
		{"UN leaders arrived.", "UN leaders=IGOUNO"},               // its officials act as the organisation
		{"The rebel president spoke.", "rebel president=REB bare"}, // who presides over a body is of it
		{"The firm leader spoke.", "firm leader=BUS bare"},
		{"The UN attacked forces.", "UN=IGOUNO | forces=MIL bare"},
		// an ethnic group is not its namesake country's people
		{"The ethnic Peruvians protested.", "ethnic Peruvians=---CVL"},
		{"Ethnic Peruvians in Turkey protested.", "Ethnic Peruvians in Turkey=TURCVL"},
		{"Ethnic Peruvians in eastern Turkey protested.", "Ethnic Peruvians in eastern Turkey=TURCVL"},
		// a surname beside a name no dictionary knows is someone else's
		{"Then Quispe Torres spoke.", ""},
		{"The envoy met Luis Quispe.", ""},
		{"On Monday Quispe spoke.", "Quispe=PERGOV"},
		// a gap lets up to two words stand between a name's words
		{"The Colonel of the Huaman guard struck.", "Colonel of the Huaman=PERMIL"},
		{"The Colonel of the old Huaman guard struck.", ""},
		{"Colonel, Huaman struck.", ""},
		// over the same words a name without a gap wins
		{"Colonel Huaman Rojas struck.", "Colonel Huaman Rojas=PERGOV"},
		// a country or capital before a lower-case noun qualifies it
		{"A Lima car bombing killed ten.", "Lima=PER modifier"},
		{"The Peru trade deal stalled.", "Peru=PER modifier"},
		// … but not before its verb, a modal, an adverb or a time word
		{"Lima said it would respond.", "Lima=PERGOV | it= pronoun"},
		{"Peru will respond.", "Peru=PER"},
		{"Peru put tariffs on steel.", "Peru=PER"},
		{"Peru last week protested.", "Peru=PER"},
		{"Peru also protested.", "Peru=PER"},
		{"Turkey and Peru attack smugglers.", "Turkey=TUR | Peru=PER"},
		{"Turkey handed over to Peru two suspects.", "Turkey=TUR | Peru=PER"},
		{"Quispe said it would respond.", "Quispe=PERGOV | it= pronoun"},
		{"Turkey demanded that the US attack smugglers.", "Turkey=TUR | US=USA"},
		// an agent word after a degree adverb is an adjective
		{"If Peru is so firm, it will respond.", "Peru=PER | it= pronoun"},
		{"The firm responded.", "firm=BUS bare"},
		// a people before a place noun names the place
		{"Peru attacked the Aymara capital.", "Peru=PER"},
		{"The Aymara protested.", "Aymara=CVL bare"},
		// whose ally a phrase names is no actor
		{"Allies of Peru protested.", "Peru= modifier"},
		{"Peru's allies protested.", "Peru= modifier"},
		{"The army of Peru's ally struck.", "army of Peru=---MIL"},
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

// TestOffices reads people's offices by date. After every dated role of a
// person has ended and the last was an office, the person is an elite of
// the country (CCCELI); a former rebel or IGO official is not coded. A
// capitalised role right before a known person is the person's title; in
// a text with no date (date "") it picks the person's latest code with
// the title's role rather than the latest code.
func TestOffices(t *testing.T) {
	for _, tt := range []struct{ sentence, date, want string }{
		{"Rosa Mamani spoke.", "2012-06-01", "Rosa Mamani=PERGOV"},
		{"Rosa Mamani spoke.", "2021-06-01", "Rosa Mamani=PERELI"},
		{"Mamani spoke.", "2009-06-01", ""},
		{"Tito Condori spoke.", "2021-06-01", ""},
		{"Kofi Osei spoke.", "2021-06-01", ""},
		{"Ana Quispe spoke.", "2031-06-01", "Ana Quispe=PERGOV"},
		{"Peru praised President Ana Quispe.", "2021-06-01", "Peru=PER | President Ana Quispe=PERGOV"},
		{"Peru praised President Luis Vargas.", "", "Peru=PER | President Luis Vargas=PERGOV"},
		{"Peru praised Luis Vargas.", "", "Peru=PER | Luis Vargas=PEROPP"},
		{"Peru praised President Luis Vargas.", "2020-06-01", "Peru=PER | President Luis Vargas=PEROPP"},
		{"Peru praised the president and Ana Quispe.", "2015-06-01", "Peru=PER | president=GOV bare | Ana Quispe=PEROPP"},
	} {
		var d time.Time
		if tt.date != "" {
			d, _ = time.Parse("2006-01-02", tt.date)
		}
		if got := find(t, tt.sentence, d); got != tt.want {
			t.Errorf("%q on %q: got %q, want %q", tt.sentence, tt.date, got, tt.want)
		}
	}
}

// TestAgentOfSeveralCountries: "the armies of Peru, Turkey and the United
// States" is one mention with a code per country.
func TestAgentOfSeveralCountries(t *testing.T) {
	ms, _ := mentions(t, testDict, "The army of Peru, Turkey and the US met.", time.Time{})
	if len(ms) != 1 {
		t.Fatalf("got %d mentions, want 1: %+v", len(ms), ms)
	}
	if got := codesOf(ms); got != "PERMIL TURMIL USAMIL" {
		t.Errorf("codes %v, want PERMIL TURMIL USAMIL", got)
	}
}

// TestReadings checks the default style's readings of a sentence's
// names, with no date (the latest codes) unless a row gives one:
// "U.S. and Russian negotiators" share the agent, a country's possessive
// before a person qualifies the person, "US$" is a currency, a name and
// its acronym in parentheses are one mention, and a group named with
// fighters is read in its armed standing, "X-led forces" are X's, and a
// people before a role qualifies it ("Aymara refugees").
func TestReadings(t *testing.T) {
	for _, tt := range []struct{ sentence, want string }{
		{"The US and Peruvian army met.", "US=USAMIL | Peruvian army=PERMIL"},
		{"They met Turkey's visiting President Ana Quispe.", "They= pronoun | Turkey=TUR modifier | President Ana Quispe=PERGOV"},
		{"The US and Peru met.", "US=USA | Peru=PER"},
		{"Peru spent US$100 million.", "Peru=PER"},
		{"The United Nations (UN) agency condemned Peru.", "United Nations (UN)=IGOUNO | Peru=PER"},
		{"The United Nations (Peru) spoke.", "United Nations=IGOUNO | Peru=PER"}, // another entry stays apart
		{"The Red Front rebels attacked.", "Red Front rebels=PERREB"},
		{"The Red Front armed wing attacked.", "Red Front=PERREB"},
		{"The Red Front won seats.", "Red Front=PEROPP"},
		{"The Red Front youth wing met.", "Red Front=PEROPP"},
		{"Peru's Global Front attacked.", "Peru's Global Front=PERREB"},
		{"Peruvian Global Front fighters attacked.", "Peruvian Global Front fighters=PERREB"},
		{"The Global Front attacked.", "Global Front=IMGMOSGLF"},
		{"Peruvian-led forces attacked.", "Peruvian-led forces=PERMIL"},
		{"Peruvian President Ana Quispe met.", "Peruvian President Ana Quispe=PERGOV"},
		{"US President Ana Quispe met.", "US President=USAGOV | Ana Quispe=PERGOV"}, // another country's office is no title of hers
		{"Peruvian and US forces met.", "Peruvian=PERMIL | US forces=USAMIL"},
		{"Peru's new government met.", "Peru's new government=PERGOV"},
		{"Rebel leaders met.", "Rebel leaders=REB bare"},
		{"Peruvian anti-government rebels met.", "Peruvian anti-government rebels=PERREB"},
		{"The United Nations' army met.", "United Nations=IGOUNO | army=MIL bare"}, // a plural possessive is not read
		{"The UN's army met.", "UN's army=IGOUNOMIL"},
		{"Thousands of Peruvian marched.", "Peruvian=PER"},
		{"They went to Lima's museum.", "They= pronoun | Lima=PERGOV"},   // an owner after "to", no place
		{"Peru's big government met.", "Peru=PER | government=GOV bare"}, // only office words stand between
		{"US-led forces attacked.", "US-led forces=USAMIL"},
		{"Peruvian-backed forces attacked.", "forces=MIL bare"}, // who backs them is not whose they are
		{"A Peruvian-flagged tanker sank.", "Peruvian-flagged=PER modifier"},
		{"Peruvian Aymara refugees fled.", "Peruvian Aymara refugees=PERREF"},
		{"Aymara civilian refugees fled.", "Aymara civilian refugees=REF bare"},
		{"Aymara rebels fled.", "Aymara rebels=REB bare"},
		{"Peru's main rebels attacked.", "Peru's main rebels=PERREB"},
		{"Peru's Shining Path attacked.", "Peru=PER modifier | Shining Path=PERREB"},                     // a country's own group acts
		{"Peruvian rebel Juan Perez fled.", "Peruvian rebel Juan Perez=PERREB"},                          // a role goes on over a name no dictionary knows
		{"The government Monday met.", "government=GOV bare"},                                            // not over a day
		{"The Peruvian government Nueva Fuerza firm met.", "Peruvian government=PERGOV | firm=BUS bare"}, // nor over a name qualifying the next actor
		{"The Peruvian army General's men met.", "Peruvian army=PERMIL"},                                 // nor over one word owning something
	} {
		if got := find(t, tt.sentence, time.Time{}); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestLegacyStyleKeepsPlainReadings: with a PETRARCH or TABARI style the
// matcher reads capitals before nouns and people out of office as those
// programs do (no modifier, no former-official code).
func TestLegacyStyleKeepsPlainReadings(t *testing.T) {
	src := "option : style = petrarch\ncountry PER : Peru\ncapital PERGOV : Lima\nperson PERGOV@2010-01-01..2015-12-31 : Rosa Mamani\n"
	for _, tt := range []struct {
		sentence string
		want     string
	}{
		{"A Lima car bombing killed ten.", "PERGOV/0"},
		{"Rosa Mamani spoke.", ""},
	} {
		ms, _ := mentions(t, src, tt.sentence, time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC))
		var got []string
		for _, mm := range ms {
			got = append(got, fmt.Sprintf("%s/%d", mm.Code, mm.Role))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TABARI reads a plural or fused possessive "s" off a name; other styles
// do not.
func TestTabariNounEndings(t *testing.T) {
	for _, tc := range []struct{ style, want string }{{"tabari", "PER"}, {"petrarch", ""}} {
		ms, _ := mentions(t, "option : style = "+tc.style+"\ncountry PER : Peru\n", "Perus envoy spoke.", time.Time{})
		if got := codesOf(ms); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.style, got, tc.want)
		}
	}
}

// In TABARI "the envoys of A and B" gives the agent to A alone.
func TestTabariAgentOfList(t *testing.T) {
	for _, tc := range []struct{ style, want string }{{"tabari", "PERGOV CHL"}, {"petrarch", "PERGOV CHLGOV"}} {
		src := "option : style = " + tc.style + " ; actor_agent = true\ncountry PER : Peru\ncountry CHL : Chile\nagent GOV : envoy\n"
		ms, _ := mentions(t, src, "The envoys of Peru and Chile spoke.", time.Time{})
		if got := codesOf(ms); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.style, got, tc.want)
		}
	}
}
