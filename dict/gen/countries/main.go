// Command countries generates dict/data/actors/countries.txt, the country,
// demonym and capital entries of the default actor dictionary, from the
// world-countries data set and a hand-curated file of corrections.
//
// The generated file is committed; neither the build nor the tests need npm.
// To regenerate it, from the repository root:
//
//	dir=$(mktemp -d) && (cd "$dir" && npm install world-countries@5.1.0) &&
//	go run ./dict/gen/countries -in "$dir/node_modules/world-countries/countries.json" \
//	    -out dict/data/actors/countries.txt
//
// world-countries (https://github.com/mledoze/countries, npm package
// world-countries 5.1.0) is © Mohammed Le Doze and contributors and is made
// available under the Open Database License (ODbL-1.0); dict/data/NOTICE.md
// carries the notice. The generated file is a derived database under the same
// licence.
//
// What the generator takes from world-countries, per country or territory:
// the English common and official names, the alternative spellings, English
// native names, the English demonym and the capitals. It then
//
//   - drops what is not an English name: two-letter ISO codes, inverted forms
//     with commas ("Korea, Republic of"), names in a non-Latin script and
//     names with diacritics that are only transliterations of the native name
//     (the English common or official name keeps its diacritics);
//   - adds an ASCII spelling beside every kept name with diacritics
//     ("Côte d'Ivoire" → "Cote d'Ivoire"), since news text often drops them;
//   - forms the plural noun of each demonym (Libyan → Libyans; Chinese,
//     Swiss, British stay as they are);
//   - writes capitals only for independent states (a territory's "capital"
//     does not stand for a government of its own), and never a capital that
//     is also a country name or demonym (Djibouti, Luxembourg, Singapore);
//   - applies the directives of extra.txt (CAMEO codes that differ from ISO,
//     names to add or drop, demonyms, capitals, notes);
//   - resolves a phrase claimed by more than one code in favour of the one
//     independent state, and otherwise leaves the phrase out and lists it in
//     the file header, so that no phrase is ever ambiguous in the output.
//
// extra.txt has one directive per line, `#` comments, and the form
//
//	DIRECTIVE ISO3 : PHRASE ; PHRASE ; ...
//
// with DIRECTIVE one of code (the CAMEO code, when not the ISO one), skip
// (leave the territory out), canonical (the name written first, which
// becomes the entry's canonical name), names+ / names-, demonyms= / demonyms+ /
// demonyms-, capitals= / capitals+ / capitals-, note (a comment written
// above the country's entries) and new (a country absent from
// world-countries: ISO3 is then its code and the phrases its names). A
// directive that names a country or phrase the data does not have is an
// error, so the curation cannot silently go stale.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
)

func main() {
	in := flag.String("in", "", "world-countries countries.json (required)")
	extra := flag.String("extra", "dict/gen/countries/extra.txt", "curation directives")
	out := flag.String("out", "dict/data/actors/countries.txt", "generated dictionary file")
	flag.Parse()
	if *in == "" {
		fmt.Fprintln(os.Stderr, "countries: -in countries.json is required (see the package doc)")
		os.Exit(2)
	}
	if err := run(*in, *extra, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "countries:", err)
		os.Exit(1)
	}
}

func run(inPath, extraPath, outPath string, log io.Writer) error {
	raw, err := os.ReadFile(inPath)
	if err != nil {
		return err
	}
	src, err := decode(raw)
	if err != nil {
		return fmt.Errorf("read %s: %w", inPath, err)
	}
	ex, err := os.ReadFile(extraPath)
	if err != nil {
		return err
	}
	dirs, err := parseExtra(extraPath, ex)
	if err != nil {
		return err
	}
	countries, dropped, err := build(src, dirs)
	if err != nil {
		return err
	}
	for _, d := range dropped {
		fmt.Fprintln(log, "ambiguous, left out:", d)
	}
	var buf bytes.Buffer
	write(&buf, countries, dropped)
	return os.WriteFile(outPath, buf.Bytes(), 0o644)
}

// source is the part of one world-countries record that the generator reads.
type source struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
		Native   map[string]struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"native"`
	} `json:"name"`
	CCA3         string   `json:"cca3"`
	Independent  *bool    `json:"independent"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func decode(raw []byte) ([]source, error) {
	var src []source
	if err := json.Unmarshal(raw, &src); err != nil {
		return nil, err
	}
	if len(src) == 0 {
		return nil, fmt.Errorf("no countries in the data")
	}
	for i, s := range src {
		if len(s.CCA3) != 3 || s.Name.Common == "" {
			return nil, fmt.Errorf("record %d: missing cca3 or common name", i)
		}
	}
	return src, nil
}

// directive is one line of extra.txt.
type directive struct {
	op      string
	iso     string
	phrases []string
	line    int
}

var knownOps = map[string]bool{
	"code": true, "skip": true, "note": true, "new": true, "canonical": true,
	"names+": true, "names-": true,
	"demonyms=": true, "demonyms+": true, "demonyms-": true,
	"capitals=": true, "capitals+": true, "capitals-": true,
}

func parseExtra(name string, data []byte) ([]directive, error) {
	var dirs []directive
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		op, _, _ := strings.Cut(strings.TrimSpace(line), " ")
		if op != "note" { // a note's text may contain '#'
			line, _, _ = strings.Cut(line, "#")
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, body, _ := strings.Cut(line, ":")
		f := strings.Fields(head)
		if len(f) != 2 || !knownOps[f[0]] || len(f[1]) != 3 {
			return nil, fmt.Errorf("%s:%d: want 'DIRECTIVE ISO3 : phrases'", name, n)
		}
		d := directive{op: f[0], iso: f[1], line: n}
		if d.op == "note" {
			d.phrases = []string{strings.TrimSpace(body)}
		} else {
			for _, p := range strings.Split(body, ";") {
				if p = strings.Join(strings.Fields(p), " "); p != "" {
					d.phrases = append(d.phrases, p)
				}
			}
		}
		needPhrases := d.op != "skip" && d.op != "demonyms=" && d.op != "capitals="
		if needPhrases && len(d.phrases) == 0 {
			return nil, fmt.Errorf("%s:%d: %s needs phrases after ':'", name, n, d.op)
		}
		if d.op == "code" && (len(d.phrases) != 1 || !isCode(d.phrases[0])) {
			return nil, fmt.Errorf("%s:%d: code needs one three-letter code", name, n)
		}
		dirs = append(dirs, d)
	}
	return dirs, sc.Err()
}

func isCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// country is one country or territory as it will be written.
type country struct {
	iso, code   string
	common      string
	independent bool
	names       []string
	demonyms    []string
	capitals    []string
	notes       []string
}

func build(src []source, dirs []directive) ([]*country, []string, error) {
	byISO := map[string]*country{}
	var all []*country
	for _, s := range src {
		c := fromSource(s)
		byISO[c.iso] = c
		all = append(all, c)
	}
	skip := map[string]bool{}
	for _, d := range dirs {
		if d.op == "new" {
			if byISO[d.iso] != nil {
				return nil, nil, fmt.Errorf("extra line %d: new %s: already in the data", d.line, d.iso)
			}
			c := &country{iso: d.iso, code: d.iso, common: d.phrases[0], independent: true}
			byISO[d.iso] = c
			all = append(all, c)
			c.names = addAll(c.names, withASCII(d.phrases))
			continue
		}
		c := byISO[d.iso]
		if c == nil {
			return nil, nil, fmt.Errorf("extra line %d: %s %s: no such country", d.line, d.op, d.iso)
		}
		var err error
		switch d.op {
		case "code":
			c.code = d.phrases[0]
		case "skip":
			skip[d.iso] = true
		case "canonical":
			c.common = d.phrases[0]
			c.names = addAll([]string{c.common}, c.names)
		case "note":
			c.notes = append(c.notes, d.phrases[0])
		case "names+":
			c.names = addAll(c.names, withASCII(d.phrases))
		case "names-":
			c.names, err = removeAll(c.names, d.phrases)
		case "demonyms=":
			c.demonyms = withASCII(d.phrases)
		case "demonyms+":
			c.demonyms = addAll(c.demonyms, withASCII(d.phrases))
		case "demonyms-":
			c.demonyms, err = removeAll(c.demonyms, d.phrases)
		case "capitals=":
			c.capitals = withASCII(d.phrases)
		case "capitals+":
			c.capitals = addAll(c.capitals, withASCII(d.phrases))
		case "capitals-":
			c.capitals, err = removeAll(c.capitals, d.phrases)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("extra line %d: %s %s: %w", d.line, d.op, d.iso, err)
		}
	}
	var kept []*country
	codes := map[string]string{}
	for _, c := range all {
		if skip[c.iso] {
			continue
		}
		if prev, dup := codes[c.code]; dup {
			return nil, nil, fmt.Errorf("code %s given to both %s and %s", c.code, prev, c.iso)
		}
		codes[c.code] = c.iso
		// A phrase that is both a name and a demonym: the common/official
		// name stays a name (Djibouti); anything else is a demonym (Saudi).
		for _, d := range c.demonyms {
			if contains(c.names, d) && d != c.common && d != fold(c.common) {
				c.names, _ = removeAll(c.names, []string{d})
			}
		}
		c.demonyms = minus(c.demonyms, c.names)
		kept = append(kept, c)
	}
	dropped := disambiguate(kept)
	sort.Slice(kept, func(i, j int) bool { return kept[i].code < kept[j].code })
	return kept, dropped, nil
}

// fromSource reads one record with the automatic filters applied.
func fromSource(s source) *country {
	c := &country{iso: s.CCA3, code: s.CCA3, common: s.Name.Common}
	c.independent = s.Independent != nil && *s.Independent
	english := map[string]bool{s.Name.Common: true, s.Name.Official: true}
	native := map[string]bool{}
	for lang, n := range s.Name.Native {
		if lang == "eng" {
			english[n.Common], english[n.Official] = true, true
			continue
		}
		native[n.Common], native[n.Official] = true, true
	}
	cands := []string{s.Name.Common, s.Name.Official}
	cands = append(cands, s.AltSpellings...)
	if n, ok := s.Name.Native["eng"]; ok {
		cands = append(cands, n.Common, n.Official)
	}
	for _, n := range cands {
		n = cleanName(n)
		if n == "" || !english[n] && (native[n] || !isASCII(n)) {
			continue
		}
		c.names = addAll(c.names, []string{n})
	}
	if d, ok := s.Demonyms["eng"]; ok {
		for _, g := range []string{d.M, d.F} {
			for _, adj := range splitDemonym(g) {
				c.demonyms = addAll(c.demonyms, []string{adj})
				if pl := plural(adj); pl != "" {
					c.demonyms = addAll(c.demonyms, []string{pl})
				}
			}
		}
	}
	if c.independent {
		for _, cap := range s.Capital {
			c.capitals = addAll(c.capitals, []string{cleanName(cap)})
		}
	}
	c.names = withASCII(c.names)
	c.demonyms = withASCII(c.demonyms)
	c.capitals = withASCII(c.capitals)
	return c
}

// cleanName returns an English name as a dictionary phrase, or "" when the
// spelling is not one to match: ISO alpha-2 codes, inverted forms with a
// comma, parenthesised forms and names in a non-Latin script. A leading
// "The" is dropped ("The Bahamas" → "Bahamas"): the article is not part of
// the name in running text.
func cleanName(n string) string {
	n = strings.Join(strings.Fields(n), " ")
	if rest, ok := strings.CutPrefix(n, "The "); ok {
		n = rest
	} else if rest, ok := strings.CutPrefix(n, "the "); ok {
		n = rest
	}
	if n == "" || strings.ContainsAny(n, ",()") {
		return ""
	}
	letters, upper := 0, 0
	for _, r := range n {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return ""
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters <= 2 && upper == letters {
		return ""
	}
	return n
}

// splitDemonym splits world-countries' combined demonyms: "Antiguan,
// Barbudan", "Kittitian or Nevisian".
func splitDemonym(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, " or ", ","), ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// plural forms the plural noun of a demonym, or "" when the adjective is
// also its own plural: Libyan → Libyans, Iraqi → Iraqis, but Chinese,
// Swiss, British, French and Seychellois stay. Irregular ones (Czechs,
// Batswana) are given in extra.txt.
func plural(adj string) string {
	switch {
	case strings.HasSuffix(adj, "ese"), strings.HasSuffix(adj, "s"),
		strings.HasSuffix(adj, "sh"), strings.HasSuffix(adj, "ch"),
		strings.HasSuffix(adj, "x"):
		return ""
	}
	return adj + "s"
}

// latinFold maps the Latin letters with diacritics found in country data to
// their usual ASCII spelling in English news text.
var latinFold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'À': "A", 'Á': "A", 'Â': "A", 'Ã': "A", 'Ä': "A", 'Å': "A", 'Ā': "A",
	'æ': "ae", 'Æ': "AE", 'ç': "c", 'Ç': "C", 'č': "c", 'Č': "C", 'ć': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ě': "e", 'ę': "e",
	'È': "E", 'É': "E", 'Ê': "E", 'Ë': "E",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'Í': "I", 'Î': "I", 'İ': "I", 'ı': "i",
	'ñ': "n", 'Ñ': "N", 'ń': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o",
	'Ò': "O", 'Ó': "O", 'Ô': "O", 'Õ': "O", 'Ö': "O", 'Ø': "O",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'Ú': "U", 'Ü': "U",
	'ý': "y", 'ÿ': "y", 'ş': "s", 'ș': "s", 'Ş': "S", 'Ș': "S", 'š': "s", 'Š': "S",
	'ţ': "t", 'ț': "t", 'ž': "z", 'Ž': "Z", 'ğ': "g", 'ł': "l", 'Ł': "L", 'ß': "ss",
}

// fold returns s with diacritics removed; letters it does not know are kept.
func fold(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if a, ok := latinFold[r]; ok {
			b.WriteString(a)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// withASCII adds the ASCII spelling after each phrase with diacritics.
func withASCII(ps []string) []string {
	var out []string
	for _, p := range ps {
		out = addAll(out, []string{p})
		if f := fold(p); f != p && isASCII(f) {
			out = addAll(out, []string{f})
		}
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func contains(ps []string, p string) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

func addAll(ps, add []string) []string {
	for _, p := range add {
		if p != "" && !contains(ps, p) {
			ps = append(ps, p)
		}
	}
	return ps
}

func removeAll(ps, rm []string) ([]string, error) {
	for _, r := range rm {
		if !contains(ps, r) {
			return ps, fmt.Errorf("%q is not there", r)
		}
		ps = minus(ps, []string{r})
	}
	return ps, nil
}

func minus(ps, rm []string) []string {
	out := ps[:0:0]
	for _, p := range ps {
		if !contains(rm, p) {
			out = append(out, p)
		}
	}
	return out
}

// disambiguate makes every phrase name one code. A phrase claimed by
// several countries goes to the one independent state among them; if there
// is none, or more than one, it is left out everywhere. Capitals give way to
// names and demonyms (Djibouti the city never hides Djibouti the country).
// It returns the phrases left out, for the header of the generated file.
func disambiguate(cs []*country) []string {
	type claim struct {
		c    *country
		kind int // 0 name, 1 demonym, 2 capital
	}
	claims := map[string][]claim{}
	for _, c := range cs {
		for k, list := range [][]string{c.names, c.demonyms, c.capitals} {
			for _, p := range list {
				claims[p] = append(claims[p], claim{c, k})
			}
		}
	}
	var dropped []string
	remove := func(cl claim, p string) {
		switch cl.kind {
		case 0:
			cl.c.names = minus(cl.c.names, []string{p})
		case 1:
			cl.c.demonyms = minus(cl.c.demonyms, []string{p})
		default:
			cl.c.capitals = minus(cl.c.capitals, []string{p})
		}
	}
	phrases := make([]string, 0, len(claims))
	for p := range claims {
		phrases = append(phrases, p)
	}
	sort.Strings(phrases)
	for _, p := range phrases {
		cls := claims[p]
		if len(cls) < 2 {
			continue
		}
		var rest []claim
		for _, cl := range cls {
			if cl.kind == 2 {
				remove(cl, p) // a capital that is also another entry
				continue
			}
			rest = append(rest, cl)
		}
		if len(rest) < 2 {
			continue
		}
		winner := -1
		for i, cl := range rest {
			if cl.c.independent {
				if winner >= 0 {
					winner = -2
					break
				}
				winner = i
			}
		}
		var losers []string
		for i, cl := range rest {
			if i != winner {
				remove(cl, p)
				losers = append(losers, cl.c.code)
			}
		}
		if winner < 0 {
			dropped = append(dropped, fmt.Sprintf("%s (%s)", p, strings.Join(losers, ", ")))
		}
	}
	return dropped
}

func write(w io.Writer, cs []*country, dropped []string) {
	fmt.Fprint(w, `# Countries and territories: names, demonyms and capitals.
#
# GENERATED by dict/gen/countries from the npm package world-countries 5.1.0
# (ODbL-1.0, see dict/data/NOTICE.md) and dict/gen/countries/extra.txt.
# Do not edit by hand: change extra.txt and rerun the generator (see the doc
# comment of dict/gen/countries/main.go).
#
# Codes are CAMEO country codes: ISO 3166-1 alpha-3, except where extra.txt
# says otherwise. A capital codes the government (XXXGOV) as a metonym; only
# independent states have one here.
`)
	if len(dropped) > 0 {
		fmt.Fprintln(w, "#\n# Left out as ambiguous between territories:")
		for _, d := range dropped {
			fmt.Fprintf(w, "#   %s\n", d)
		}
	}
	for _, c := range cs {
		fmt.Fprintf(w, "\n# %s\n", c.common)
		for _, n := range c.notes {
			fmt.Fprintf(w, "# %s\n", n)
		}
		if len(c.names) > 0 {
			fmt.Fprintf(w, "country  %-7s : %s\n", c.code, strings.Join(c.names, " ; "))
		}
		if len(c.demonyms) > 0 {
			fmt.Fprintf(w, "demonym  %-7s : %s\n", c.code, strings.Join(c.demonyms, " ; "))
		}
		if len(c.capitals) > 0 {
			fmt.Fprintf(w, "capital  %-7s : %s\n", c.code+"GOV", strings.Join(c.capitals, " ; "))
		}
	}
}
