package export

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/annals-project/annals/ontology/cameo"
)

// countriesTSV maps country and region codes to names (data/countries.tsv).
//
//go:embed data/countries.tsv
var countriesTSV string

// rolesTSV lists role and religion codes with their sector names
// (data/roles.tsv).
//
//go:embed data/roles.tsv
var rolesTSV string

// roleKind says which GDELT column a three-letter group belongs in.
type roleKind uint8

const (
	kindType roleKind = iota + 1
	kindReligion
)

type role struct {
	kind   roleKind
	sector string
}

// codeTables is the parsed embedded data; immutable once built.
type codeTables struct {
	countries map[string]string // code → name
	roles     map[string]role
}

// tables parses the embedded tables once. The data is ours and tested, so
// an error here means a broken build; it is still returned, not panicked.
var tables = sync.OnceValues(func() (*codeTables, error) {
	t := &codeTables{countries: map[string]string{}, roles: map[string]role{}}
	err := eachRow("data/countries.tsv", countriesTSV, 2, func(f []string) error {
		t.countries[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow("data/roles.tsv", rolesTSV, 3, func(f []string) error {
		var k roleKind
		switch f[1] {
		case "type":
			k = kindType
		case "religion":
			k = kindReligion
		default:
			return fmt.Errorf("unknown kind %q", f[1])
		}
		t.roles[f[0]] = role{kind: k, sector: f[2]}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
})

// eachRow calls fn with the tab-separated fields of every non-comment line,
// checking the field count and that the code is three letters.
func eachRow(name, data string, fields int, fn func([]string) error) error {
	for n, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != fields {
			return fmt.Errorf("%s:%d: %d fields, want %d", name, n+1, len(f), fields)
		}
		if len(f[0]) != 3 {
			return fmt.Errorf("%s:%d: code %q is not three letters", name, n+1, f[0])
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n+1, err)
		}
	}
	return nil
}

// actorParts is an actor code taken apart into GDELT's columns.
type actorParts struct {
	code      string // the code as GDELT writes it: "---" (unknown country) dropped
	country   string // country or region
	known     string // known group: the organisation of an IGO/NGO code, a named rebel group
	ethnic    string // lower-case group, "kur"
	religion  [2]string
	types     [3]string
	typeCount int
}

// split takes an actor code apart, three letters at a time:
//
//   - "---" in front means an unknown country and is dropped: "---GOV" is
//     written as GDELT writes a role without a country, "GOV";
//   - a lower-case group is the ethnic code;
//   - a role group (roles.tsv, kind type) fills Type1..Type3, a religion
//     group Religion1..2; after IGO, NGO or NGM the code names an
//     organisation;
//   - a country or region group (countries.tsv) is the country;
//   - any other group is the country when none is set yet and the code is
//     not an organisation's ("MNCXYZ"), else the known group: "IGOUNO" →
//     country "", known "UNO", Type1 "IGO", as GDELT has "IGOMOSOIC" →
//     known "OIC", religion "MOS", Type1 "IGO".
//
// In the first position a country reading wins over a role: SHN is Saint
// Helena there and Shinto elsewhere. A trailing group shorter than three
// letters is kept in code but assigned to no column.
func (t *codeTables) split(c cameo.ActorCode) actorParts {
	s := string(c)
	s = strings.TrimPrefix(s, "---")
	p := actorParts{code: s}
	org := false
	for i := 0; i+3 <= len(s); i += 3 {
		g := s[i : i+3]
		if isLower(g) {
			if p.ethnic == "" {
				p.ethnic = g
			}
			continue
		}
		_, isCountry := t.countries[g]
		r, isRole := t.roles[g]
		if isCountry && p.country == "" && (i == 0 || !isRole) {
			p.country = g
			continue
		}
		if isRole {
			switch r.kind {
			case kindType:
				if p.typeCount < len(p.types) {
					p.types[p.typeCount] = g
					p.typeCount++
				}
				if g == "IGO" || g == "NGO" || g == "NGM" {
					org = true
				}
			case kindReligion:
				switch {
				case p.religion[0] == "":
					p.religion[0] = g
				case p.religion[1] == "":
					p.religion[1] = g
				}
			}
			continue
		}
		switch {
		case p.country == "" && !org:
			p.country = g
		case p.known == "":
			p.known = g
		}
	}
	return p
}

// sectors appends the comma-joined sector names of the code's role and
// religion groups ("Military,Government") to b; it appends nothing when the
// code has none.
func (t *codeTables) sectors(b []byte, c cameo.ActorCode) []byte {
	s := strings.TrimPrefix(string(c), "---")
	start := len(b)
	for i := 0; i+3 <= len(s); i += 3 {
		g := s[i : i+3]
		if i == 0 {
			if _, isCountry := t.countries[g]; isCountry {
				continue
			}
		}
		if r, ok := t.roles[g]; ok {
			if len(b) > start {
				b = append(b, ',')
			}
			b = append(b, r.sector...)
		}
	}
	return b
}

// countryName is the name of the code's country or region ("Libya"), the
// bare code when the table does not know it, or "" when the code has no
// country (an IGO, a role alone, "---").
func (t *codeTables) countryName(c cameo.ActorCode) string {
	p := t.split(c)
	if p.country == "" {
		return ""
	}
	if name, ok := t.countries[p.country]; ok {
		return name
	}
	return p.country
}

// ploverEntity reads an actor code as PLOVER's code + sector: the country
// (or the organisation type, IGO/NGO/NGM/MNC, or "---" when the code has no
// country) and what follows it: "LBYMIL" → "LBY", "MIL"; "IGOUNO" → "IGO",
// "UNO"; "---GOV" and "GOV" → "---", "GOV".
func (t *codeTables) ploverEntity(c cameo.ActorCode) (code, sector string) {
	s := string(c)
	if len(s) < 3 {
		return s, ""
	}
	if strings.HasPrefix(s, "---") {
		return "---", s[3:]
	}
	g := s[:3]
	if _, isCountry := t.countries[g]; !isCountry {
		if r, ok := t.roles[g]; ok && r.kind == kindType {
			switch g {
			case "IGO", "NGO", "NGM", "MNC":
			default:
				return "---", s
			}
		}
	}
	return g, s[3:]
}

func isLower(g string) bool {
	for i := 0; i < len(g); i++ {
		if g[i] < 'a' || g[i] > 'z' {
			return false
		}
	}
	return true
}
