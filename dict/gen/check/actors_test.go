// Package check holds the consistency tests of the default actor
// dictionaries (dict/data/actors): that every file parses, that codes have
// the CAMEO shape (a known country or IGO/NGO/IMG prefix followed by CAMEO
// role codes), that date ranges are well formed, that no phrase names two
// different codes, that a person's dated codes do not contradict each
// other, that the heads of government of the G20 and of the conflict states
// are covered across 2005-2025, and that the entries the seed story and
// the armed-group and people files need code as a researcher expects.
package check

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/text"
)

const actorsDir = "dict/data/actors/"

// loadActors parses every embedded actor file and fails on any bad line.
func loadActors(t *testing.T) *dict.Dict {
	t.Helper()
	files, names := dict.DefaultFiles()
	d := &dict.Dict{}
	n := 0
	for _, name := range names {
		if !strings.HasPrefix(name, actorsDir) {
			continue
		}
		n++
		for _, err := range d.Parse(name, files[name]) {
			t.Errorf("%v", err)
		}
	}
	if n == 0 {
		t.Fatalf("no files under %s", actorsDir)
	}
	return d
}

// roles are the CAMEO role codes the agent file may use.
var roles = map[string]bool{
	"GOV": true, "MIL": true, "REB": true, "SEP": true, "OPP": true, "PTY": true,
	"LEG": true, "JUD": true, "COP": true, "SPY": true, "BUS": true, "MED": true,
	"CVL": true, "REF": true, "HLH": true, "EDU": true, "LAB": true, "AGR": true,
	"ELI": true, "UAF": true, "CRM": true, "RAD": true, "NGO": true, "HRI": true,
	"ENV": true, "REL": true, "MUS": true, "CHR": true, "JEW": true,
}

func upperLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

func TestCodeShapes(t *testing.T) {
	d := loadActors(t)
	countries := map[string]bool{}
	for _, e := range d.Actors {
		if e.Kind == dict.Country {
			countries[e.Codes[0].Code] = true
		}
	}
	for _, e := range d.Actors {
		where := e.Origin.String()
		for _, c := range e.Codes {
			code := c.Code
			if !upperLetters(code) || len(code)%3 != 0 {
				t.Errorf("%s: code %q is not groups of three capitals", where, code)
				continue
			}
			switch e.Kind {
			case dict.Country, dict.Demonym:
				if len(code) != 3 || len(e.Codes) != 1 {
					t.Errorf("%s: %s wants one three-letter code, has %v", where, e.Kind, e.Codes)
				}
			case dict.Capital:
				if len(code) != 6 || !strings.HasSuffix(code, "GOV") || !countries[code[:3]] {
					t.Errorf("%s: capital code %q is not a known country + GOV", where, code)
				}
			case dict.Agent:
				for i := 0; i < len(code); i += 3 {
					if !roles[code[i:i+3]] {
						t.Errorf("%s: agent role %q is not a CAMEO role code", where, code[i:i+3])
					}
				}
			case dict.IGO:
				if !strings.HasPrefix(code, "IGO") && !strings.HasPrefix(code, "NGO") {
					t.Errorf("%s: igo code %q does not start with IGO or NGO", where, code)
				}
			case dict.Actor, dict.Person:
				p := code[:3]
				switch {
				case p == "IGO" || p == "NGO":
				case p == "IMG":
					// transnational militarised groups: IMG + religion + group
					if len(code) != 9 || code[3:6] != "MOS" {
						t.Errorf("%s: transnational code %q is not IMG + MOS + group", where, code)
					}
				case !countries[p]:
					t.Errorf("%s: code %q starts with %q, which is no country entry", where, code, p)
				default:
					// a country code is followed only by role codes
					for i := 3; i < len(code); i += 3 {
						if !roles[code[i:i+3]] {
							t.Errorf("%s: code %q: %q is not a CAMEO role code", where, code, code[i:i+3])
						}
					}
				}
			}
			if !c.From.IsZero() && !c.To.IsZero() && c.To.Before(c.From) {
				t.Errorf("%s: range %s ends before it starts", where, c)
			}
			for _, d := range []time.Time{c.From, c.To} {
				if !d.IsZero() && (d.Year() < 1900 || d.Year() > 2030) {
					t.Errorf("%s: date %s in %s is outside 1900-2030", where, d.Format("2006-01-02"), c)
				}
			}
		}
		if e.Kind == dict.Person {
			dated := false
			for _, c := range e.Codes {
				dated = dated || !c.From.IsZero() || !c.To.IsZero()
			}
			if !dated {
				t.Errorf("%s: a person needs dated codes", where)
			}
		}
	}
}

// personIndex maps a phrase, as its lower-case words joined by spaces, to
// the person entries that list it.
func personIndex(d *dict.Dict) map[string][]*dict.Entry {
	index := map[string][]*dict.Entry{}
	for _, e := range d.Actors {
		if e.Kind != dict.Person {
			continue
		}
		for _, p := range e.Phrases {
			ws := make([]string, len(p))
			for i, w := range p {
				ws[i] = w.Lower
			}
			k := strings.Join(ws, " ")
			index[k] = append(index[k], e)
		}
	}
	return index
}

// personCase is a name as written in text, a day, and the code wanted
// that day ("" for none).
type personCase struct {
	phrase string // lower case, tokens separated by spaces
	on     string
	want   string // "" = no code that day
}

// checkPeople looks each case up as a researcher would: the phrase must
// name exactly one person entry, whose code on the day is the one wanted.
func checkPeople(t *testing.T, index map[string][]*dict.Entry, cases []personCase) {
	t.Helper()
	for _, tc := range cases {
		es := index[tc.phrase]
		if len(es) != 1 {
			t.Errorf("person %q: %d entries, want exactly one", tc.phrase, len(es))
			continue
		}
		if got := es[0].CodeOn(testDay(t, tc.on)); got != tc.want {
			t.Errorf("person %q on %s: got %q, want %q (%s)", tc.phrase, tc.on, got, tc.want, es[0].Origin)
		}
	}
}

// testDay parses a test date; the empty string is the zero day.
func testDay(t *testing.T, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	tm, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return tm
}

func phraseKey(ws []dict.Word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.Lower)
		b.WriteByte(byte('0' + w.Case))
	}
	return b.String()
}

func codesKey(e *dict.Entry) string {
	var s []string
	for _, c := range e.Codes {
		s = append(s, c.String())
	}
	return strings.Join(s, " ")
}

// TestNoAmbiguousPhrases: a phrase written the same way must not name two
// different codes. Titles are left out: they share words with agents on
// purpose ("Governor X" is a title, "the governor" an agent).
func TestNoAmbiguousPhrases(t *testing.T) {
	d := loadActors(t)
	type use struct {
		e     *dict.Entry
		codes string
	}
	seen := map[string]use{}
	for _, e := range d.Actors {
		if e.Kind == dict.Title {
			continue
		}
		ck := e.Kind.String() + ":" + codesKey(e)
		if e.Kind != dict.Agent {
			ck = codesKey(e) // names of one code may repeat across kinds
		}
		for _, p := range e.Phrases {
			k := phraseKey(p)
			if prev, ok := seen[k]; ok && prev.codes != ck {
				t.Errorf("%s: phrase %q is also %s (%s)", e.Origin, k, prev.codes, prev.e.Origin)
				continue
			}
			seen[k] = use{e, ck}
		}
	}
}

// TestPersonRanges: two codes of one person may not both hold on a day.
func TestPersonRanges(t *testing.T) {
	d := loadActors(t)
	far := time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, e := range d.Actors {
		if e.Kind != dict.Person {
			continue
		}
		cs := append([]dict.DatedCode(nil), e.Codes...)
		sort.Slice(cs, func(i, j int) bool { return cs[i].From.Before(cs[j].From) })
		for i := 1; i < len(cs); i++ {
			end := cs[i-1].To
			if end.IsZero() {
				end = far
			}
			if !cs[i].From.After(end) {
				t.Errorf("%s: %s overlaps %s", e.Origin, cs[i-1], cs[i])
			}
		}
	}
}

// TestLookups checks entries a researcher relies on, the seed story's among
// them, through the parsed dictionary: phrase as written in text → code on
// a day.
func TestLookups(t *testing.T) {
	d := loadActors(t)
	index := map[string][]*dict.Entry{}
	for _, e := range d.Actors {
		for _, p := range e.Phrases {
			var ws []string
			for _, w := range p {
				ws = append(ws, w.Lower)
			}
			k := strings.Join(ws, " ")
			index[k] = append(index[k], e)
		}
	}
	day := func(s string) time.Time {
		if s == "" {
			return time.Time{}
		}
		tm, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatalf("bad test date %q", s)
		}
		return tm
	}
	tests := []struct {
		phrase string // lower case, tokens separated by spaces
		kind   dict.Kind
		on     string
		want   string
	}{
		{"libya", dict.Country, "", "LBY"},
		{"libyan", dict.Demonym, "", "LBY"},
		{"libyans", dict.Demonym, "", "LBY"},
		{"tripoli", dict.Capital, "", "LBYGOV"},
		{"us", dict.Country, "", "USA"},
		{"u.s.", dict.Country, "", "USA"},
		{"america", dict.Country, "", "USA"},
		{"american", dict.Demonym, "", "USA"},
		{"washington", dict.Capital, "", "USAGOV"},
		{"uk", dict.Country, "", "GBR"},
		{"britain", dict.Country, "", "GBR"},
		{"briton", dict.Demonym, "", "GBR"},
		{"russia", dict.Country, "", "RUS"},
		{"russian federation", dict.Country, "", "RUS"},
		{"russian", dict.Demonym, "", "RUS"},
		{"moscow", dict.Capital, "", "RUSGOV"},
		{"kyiv", dict.Capital, "", "UKRGOV"},
		{"kiev", dict.Capital, "", "UKRGOV"},
		{"turkey", dict.Country, "", "TUR"},
		{"ivory coast", dict.Country, "", "CIV"},
		{"cote d'ivoire", dict.Country, "", "CIV"},
		{"burma", dict.Country, "", "MMR"},
		{"drc", dict.Country, "", "COD"},
		{"north korea", dict.Country, "", "PRK"},
		{"kosovo", dict.Country, "", "KSV"},
		{"east timor", dict.Country, "", "TMP"},
		{"romania", dict.Country, "", "ROU"},
		{"latin america", dict.Country, "", "LAM"},
		{"wagner", dict.Actor, "2020-06-26", "RUSMIL"},
		{"haftar 's forces", dict.Actor, "2020-06-26", "LBYMIL"},
		{"lna", dict.Actor, "2020-06-26", "LBYMIL"},
		{"khalifa haftar", dict.Person, "2020-06-26", "LBYMIL"},
		{"haftar", dict.Person, "2011-05-01", "LBYREB"},
		{"haftar", dict.Person, "2013-01-01", ""},
		{"government of national accord", dict.Actor, "2020-06-26", "LBYGOV"},
		{"gna", dict.Actor, "2015-01-01", ""},
		{"sarraj", dict.Person, "2020-06-26", "LBYGOV"},
		{"un", dict.IGO, "", "IGOUNO"},
		{"u.n.", dict.IGO, "", "IGOUNO"},
		{"security council", dict.IGO, "", "IGOUNO"},
		{"nato", dict.IGO, "", "IGOWSTNAT"},
		{"european union", dict.IGO, "", "IGOEUREEC"},
		{"guterres", dict.Person, "2020-06-07", "IGOUNO"},
		{"guterres", dict.Person, "2010-01-01", "IGOUNOREFHCR"},
		{"trump", dict.Person, "2020-06-26", "USAGOV"},
		{"biden", dict.Person, "2020-06-26", "USAELI"},
		{"biden", dict.Person, "2022-01-01", "USAGOV"},
		{"putin", dict.Person, "2020-06-26", "RUSGOV"},
		{"erdogan", dict.Person, "2020-06-26", "TURGOV"},
		{"sisi", dict.Person, "2020-06-26", "EGYGOV"},
		{"macron", dict.Person, "2020-06-26", "FRAGOV"},
		{"state department", dict.Agent, "", "GOV"},
		{"foreign ministry", dict.Agent, "", "GOV"},
		{"government", dict.Agent, "", "GOV"},
		{"army", dict.Agent, "", "MIL"},
		{"armies", dict.Agent, "", "MIL"},
		{"militia", dict.Agent, "", "UAF"},
		{"militias", dict.Agent, "", "UAF"},
		{"parties", dict.Agent, "", "PTY"},
		{"mercenaries", dict.Agent, "", "UAF"},
		{"rebels", dict.Agent, "", "REB"},
		{"security forces", dict.Agent, "", "MIL"},
		{"defence ministry", dict.Agent, "", "GOVMIL"},
		{"kremlin", dict.Actor, "", "RUSGOV"},
		{"white house", dict.Actor, "", "USAGOV"},

		// armed groups (armed-groups.txt, pmc.txt, conflict-libya.txt)
		{"houthis", dict.Actor, "2024-01-12", "YEMREB"},
		{"ansar allah", dict.Actor, "2024-01-12", "YEMREB"},
		{"hezbollah", dict.Actor, "2024-09-27", "LBNUAF"},
		{"hamas", dict.Actor, "2023-10-07", "PSEUAF"},
		{"islamic jihad", dict.Actor, "2023-10-07", "PSEUAF"},
		{"taliban", dict.Actor, "2000-01-01", "AFGGOV"},
		{"taliban", dict.Actor, "2010-01-01", "AFGREB"},
		{"taliban", dict.Actor, "2021-08-15", "AFGGOV"},
		{"hts", dict.Actor, "2020-01-01", "SYRREB"},
		{"hts", dict.Actor, "2016-01-01", ""},
		{"hayat tahrir al-sham", dict.Actor, "2024-12-20", "SYRGOV"},
		{"rsf", dict.Actor, "2019-06-03", "SDNMIL"},
		{"rapid support forces", dict.Actor, "2023-04-15", "SDNREB"},
		{"m23", dict.Actor, "2025-01-27", "CODREB"},
		{"al-shabaab", dict.Actor, "2022-01-01", "SOMREB"},
		{"boko haram", dict.Actor, "2014-04-14", "NGAREB"},
		{"iswap", dict.Actor, "2020-01-01", "NGAREB"},
		{"jnim", dict.Actor, "2020-01-01", "MLIREB"},
		{"al-qaeda", dict.Actor, "2001-09-11", "IMGMOSALQ"},
		{"isis", dict.Actor, "2015-01-01", "IMGMOSISI"},
		{"daesh", dict.Actor, "2015-01-01", "IMGMOSISI"},
		{"iskp", dict.Actor, "2021-08-26", "AFGREB"},
		{"aqim", dict.Actor, "2008-01-01", "DZAREB"},
		{"aqim", dict.Actor, "2013-01-01", "MLIREB"},
		{"pkk", dict.Actor, "2016-01-01", "TURREB"},
		{"sdf", dict.Actor, "2019-10-09", "SYRREB"},
		{"ypg", dict.Actor, "2019-10-09", "SYRREB"},
		{"popular mobilization forces", dict.Actor, "2020-01-03", "IRQMIL"},
		{"kata'ib hezbollah", dict.Actor, "2024-01-28", "IRQUAF"},
		{"tplf", dict.Actor, "2021-06-28", "ETHREB"},
		{"tplf", dict.Actor, "2010-01-01", "ETHGOV"},
		{"fano", dict.Actor, "2024-01-01", "ETHREB"},
		{"arakan army", dict.Actor, "2024-01-01", "MMRREB"},
		{"farc", dict.Actor, "2005-01-01", "COLREB"},
		{"eln", dict.Actor, "2005-01-01", "COLREB"},
		{"polisario front", dict.Actor, "2020-11-13", "ESHSEP"},
		{"ambazonian separatists", dict.Actor, "2019-01-01", "CMRSEP"},
		{"saudi-led coalition", dict.Actor, "2016-01-01", "SAUMIL"},
		{"blackwater", dict.Actor, "2007-09-16", "USAUAF"},
		{"rada special deterrence force", dict.Actor, "2022-01-01", "LBYUAF"},
		{"government of national stability", dict.Actor, "2022-06-01", "LBYGOV"},
		{"irgc", dict.Actor, "2020-01-01", "IRNMIL"},

		// people (people-*.txt, armed-groups.txt)
		{"nasrallah", dict.Person, "2020-01-01", "LBNUAF"},
		{"nasrallah", dict.Person, "2024-10-01", ""},
		{"sinwar", dict.Person, "2024-12-01", "PSEUAF"},
		{"abdul-malik al-houthi", dict.Person, "2024-01-12", "YEMREB"},
		{"hemedti", dict.Person, "2020-01-01", "SDNGOV"},
		{"hemedti", dict.Person, "2024-01-01", "SDNREB"},
		{"burhan", dict.Person, "2024-01-01", "SDNGOV"},
		{"jolani", dict.Person, "2020-01-01", "SYRREB"},
		{"ahmed al-sharaa", dict.Person, "2025-05-14", "SYRGOV"},
		{"al-sharaa", dict.Person, "2010-01-01", "SYRGOV"},
		{"al-sharaa", dict.Person, "2018-01-01", ""},
		{"assad", dict.Person, "2015-01-01", "SYRGOV"},
		{"assad", dict.Person, "2025-01-01", "SYRELI"},
		{"tshisekedi", dict.Person, "2010-01-01", "CODOPP"},
		{"tshisekedi", dict.Person, "2024-01-01", "CODGOV"},
		{"kabila", dict.Person, "2010-01-01", "CODGOV"},
		{"deby", dict.Person, "2022-01-01", "TCDGOV"},
		{"aoun", dict.Person, "2020-01-01", "LBNGOV"},
		{"aoun", dict.Person, "2024-01-01", "LBNMIL"},
		{"machar", dict.Person, "2015-01-01", "SSDREB"},
		{"machar", dict.Person, "2021-01-01", "SSDGOV"},
		{"zaluzhnyi", dict.Person, "2023-01-01", "UKRMIL"},
		{"shoigu", dict.Person, "2023-01-01", "RUSGOVMIL"},
		{"shoigu", dict.Person, "2025-01-01", "RUSGOV"},
		{"hegseth", dict.Person, "2025-06-01", "USAGOVMIL"},
		{"obama", dict.Person, "2012-01-01", "USAGOV"},
		{"bush", dict.Person, "2003-03-20", "USAGOV"},
		{"khamenei", dict.Person, "2025-06-13", "IRNGOV"},
		{"pashinyan", dict.Person, "2023-09-19", "ARMGOV"},
		{"modi", dict.Person, "2020-01-01", "INDGOV"},
		{"min aung hlaing", dict.Person, "2020-01-01", "MMRMIL"},
		{"min aung hlaing", dict.Person, "2022-01-01", "MMRGOV"},
		{"maduro", dict.Person, "2020-01-01", "VENGOV"},
		{"ban ki-moon", dict.Person, "2010-01-01", "IGOUNO"},
		{"kofi annan", dict.Person, "2003-01-01", "IGOUNO"},
		{"stoltenberg", dict.Person, "2020-01-01", "IGOWSTNAT"},
		{"rutte", dict.Person, "2020-01-01", "NLDGOV"},
		{"rutte", dict.Person, "2025-01-01", "IGOWSTNAT"},
		{"von der leyen", dict.Person, "2020-01-01", "IGOEUREEC"},
		{"von der leyen", dict.Person, "2015-01-01", "DEUGOVMIL"},
		{"tusk", dict.Person, "2016-01-01", "IGOEUREEC"},
		{"faki", dict.Person, "2020-01-01", "IGOAFRAFU"},
		{"bashagha", dict.Person, "2022-06-01", "LBYGOV"},
		{"saddam haftar", dict.Person, "2023-01-01", "LBYMIL"},
		{"erik prince", dict.Person, "2007-01-01", "USABUS"},
	}
	for _, tc := range tests {
		var got []string
		found := false
		done := map[*dict.Entry]bool{}
		for _, e := range index[tc.phrase] {
			if e.Kind != tc.kind || done[e] {
				continue
			}
			done[e] = true
			found = true
			got = append(got, e.CodeOn(day(tc.on)))
		}
		if !found {
			t.Errorf("%s %q: no entry", tc.kind, tc.phrase)
			continue
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s %q on %q: got %q, want %q", tc.kind, tc.phrase, tc.on, got, tc.want)
		}
	}
	titles := []string{"president", "major general", "maj. gen.", "field marshal", "secretary-general", "spokesman", "mr."}
	for _, p := range titles {
		ok := false
		for _, e := range index[p] {
			ok = ok || e.Kind == dict.Title
		}
		if !ok {
			t.Errorf("title %q missing", p)
		}
	}
}

// headsOfGovernment are the states whose head of state or government must
// be coded GOV on each of the days below: the G20 members and the states
// at war or in major internal conflict since 2000 that the people files
// cover.
var headsOfGovernment = []string{
	"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX",
	"RUS", "SAU", "ZAF", "KOR", "TUR", "GBR", "USA",
	"AFG", "IRQ", "SYR", "YEM", "LBY", "SOM", "SDN", "ETH", "MLI", "BFA", "NER", "NGA",
	"COD", "CAF", "UKR", "ISR", "PSE", "LBN", "MMR", "COL", "VEN", "IRN", "PAK", "ARM",
	"AZE", "GEO", "HTI", "MOZ", "CMR", "TCD",
}

// TestHeadsCovered: on each sample day, every state above has at least one
// person coded with its GOV code, and every G20 member one coded GOVMIL
// (its defence minister) on the last day. A gap means a missing or
// mistyped date range.
func TestHeadsCovered(t *testing.T) {
	d := loadActors(t)
	holders := func(code string, on time.Time) []string {
		var names []string
		for _, e := range d.Actors {
			if e.Kind == dict.Person && e.CodeOn(on) == code && len(e.Phrases) > 0 {
				names = append(names, e.Origin.String())
			}
		}
		return names
	}
	for _, day := range []string{"2005-06-01", "2015-06-01", "2025-06-01"} {
		on, _ := time.Parse("2006-01-02", day)
		for _, c := range headsOfGovernment {
			if len(holders(c+"GOV", on)) == 0 {
				t.Errorf("%s: nobody is coded %sGOV", day, c)
			}
		}
	}
	on, _ := time.Parse("2006-01-02", "2025-06-01")
	for _, c := range headsOfGovernment[:19] {
		if len(holders(c+"GOVMIL", on)) == 0 {
			t.Errorf("2025-06-01: nobody is coded %sGOVMIL (defence minister)", c)
		}
	}
	// South Sudan exists from 2011; its leaders are coded from 2005 as the
	// southern government's.
	if len(holders("SSDGOV", on)) == 0 {
		t.Errorf("2025-06-01: nobody is coded SSDGOV")
	}
	for _, code := range []string{"IGOUNO", "IGOWSTNAT", "IGOEUREEC", "IGOAFRAFU"} {
		for _, day := range []string{"2005-06-01", "2015-06-01", "2025-06-01"} {
			on, _ := time.Parse("2006-01-02", day)
			if len(holders(code, on)) == 0 {
				t.Errorf("%s: nobody heads %s", day, code)
			}
		}
	}
}

// phraseCase is one row of a phrase table: the phrase as written, the
// sentence holding it ("" = the table's frame), the article's day ("" =
// the table's default) and the wanted code ("" = no named actor may touch
// the phrase).
type phraseCase struct {
	phrase, sentence, on, want string
}

// checkPhrases reads each row's phrase through the actor matcher on its
// day: it must be one named mention spanning exactly the phrase with the
// wanted code, or, with want "", no named mention may touch it. frame
// holds "%s" where a row with no sentence of its own puts its phrase.
func checkPhrases(t *testing.T, frame, day string, rows []phraseCase) {
	t.Helper()
	d, err := dict.Default()
	if err != nil {
		t.Fatal(err)
	}
	sp, err := text.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	m := actor.New(d)
	for _, tc := range rows {
		sentence := tc.sentence
		if sentence == "" {
			sentence = strings.Replace(frame, "%s", tc.phrase, 1)
		}
		on := tc.on
		if on == "" {
			on = day
		}
		date := testDay(t, on)
		from := strings.Index(sentence, tc.phrase)
		if from < 0 {
			t.Fatalf("%q is not in %q", tc.phrase, sentence)
		}
		to := from + len(tc.phrase)
		ss := sp.Split(sentence)
		if len(ss) != 1 {
			t.Errorf("%q: %d sentences, want 1", sentence, len(ss))
			continue
		}
		s := ss[0]
		var got []string
		exact := false
		for _, mm := range m.Find(s.Tokens, date) {
			a, b := s.Tokens[mm.Start].Start-s.Start, s.Tokens[mm.End-1].End-s.Start
			if b <= from || a >= to || mm.Role != actor.Named {
				continue
			}
			got = append(got, s.Text[a:b]+"="+string(mm.Code))
			exact = exact || a == from && b == to && string(mm.Code) == tc.want
		}
		switch {
		case tc.want == "" && len(got) > 0:
			t.Errorf("%q in %q on %s: coded %v, want no actor", tc.phrase, sentence, on, got)
		case tc.want != "" && (len(got) != 1 || !exact):
			t.Errorf("%q in %q on %s: got %v, want one mention %s", tc.phrase, sentence, on, got, tc.want)
		}
	}
}

// checkScope checks that every entry of file is of kind and has a code
// that keep accepts, valid at some day of [from, to], and that the file
// has at least min entries.
func checkScope(t *testing.T, file string, kind dict.Kind, from, to string, min int, keep func(code string) bool) {
	t.Helper()
	d := loadActors(t)
	a, b := testDay(t, from), testDay(t, to)
	n := 0
	for _, e := range d.Actors {
		if e.Origin.File != file {
			continue
		}
		n++
		if e.Kind != kind {
			t.Errorf("%s: a %s in %s, want %s entries only", e.Origin, e.Kind, file, kind)
			continue
		}
		in := false
		for _, c := range e.Codes {
			startsBy := c.From.IsZero() || !c.From.After(b)
			endsAfter := c.To.IsZero() || !c.To.Before(a)
			in = in || keep(c.Code) && startsBy && endsAfter
		}
		if !in {
			t.Errorf("%s: no code for %s..%s: %v", e.Origin, from, to, e.Codes)
		}
	}
	if n < min {
		t.Errorf("%s: %d entries loaded, want at least %d", file, n, min)
	}
}

func anyCode(string) bool { return true }

// TestComposedAgents reads agents composed with a country or a people:
// "the Montenegro Assembly" (an agent written capitalised only) is its
// legislature, "Saudi-led forces" are Saudi.
func TestComposedAgents(t *testing.T) {
	checkPhrases(t, "Officials said %s had met.", "2020-06-01", []phraseCase{
		{"Montenegro Assembly", "", "", "MNELEG"},
		{"Kenyan National Assembly", "", "", "KENLEG"},
		{"Turkish Kurd refugees", "", "", "TURREF"},
		{"Saudi-led forces", "", "", "SAUMIL"},
		{"Iraq's al-Qaeda", "", "", "IRQREB"},
		{"Yugoslav army", "", "1998-06-01", "SRBMIL"},
		{"Syrian colonel", "", "", "SYRMIL"},
		{"Pakistani paramilitary forces", "", "", "PAKMIL"},
		{"BNP Paribas", "", "", "FRABUS"},
	})
}
