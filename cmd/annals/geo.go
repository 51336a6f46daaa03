package main

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/geo"
	"github.com/annals-project/annals/text"
)

const geoDoc = `Finds the places named in a text with the offline gazetteer and resolves each
to one referent. The text format prints every mention with its ranked candidates and
the reason for the choice; --format jsonl prints one JSON object per mention:
{start, end, text, name, kind, role, country, lat, lon, geonameid, feature}, with
start and end in Unicode code points into the input exactly as it is (geonameid
is 0 for a country, a first-level division or a world region).

In text format the arguments are the text (or --file FILE); in jsonl format they
are files ("-" for standard input).`

func runGeo(e *env, args []string) error {
	fs := newFlags("geo", "[flags] TEXT... | --format jsonl FILE...", geoDoc)
	format := fs.String("format", "text", "output format: `text` or jsonl")
	file := fs.String("file", "", "read the text from `FILE` (text format)")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "jsonl" {
		return fmt.Errorf("unknown --format %q (text or jsonl)", *format)
	}
	type input struct{ name, text string }
	var inputs []input
	switch {
	case *format == "jsonl" || *file != "":
		names := fs.Args()
		if *file != "" {
			names = append([]string{*file}, names...)
		}
		if len(names) == 0 {
			return fmt.Errorf("no file given (see 'annals geo --help')")
		}
		for _, n := range names {
			t, err := readGeoInput(e, n)
			if err != nil {
				return err
			}
			inputs = append(inputs, input{n, t})
		}
	default:
		if fs.NArg() == 0 {
			return fmt.Errorf("no text given (see 'annals geo --help')")
		}
		inputs = append(inputs, input{"text", strings.Join(fs.Args(), " ")})
	}
	g, sp, err := loadGeo()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for _, in := range inputs {
		ps := g.Find(sp.Split(in.text))
		if *format == "jsonl" {
			if err := writeGeoJSONL(enc, in.text, ps); err != nil {
				return err
			}
			continue
		}
		printGeo(e.stdout, g, ps)
	}
	return nil
}

// readGeoInput reads a file ("-": standard input) as it is; it must be
// UTF-8 text no larger than article.MaxArticleBytes.
func readGeoInput(e *env, name string) (string, error) {
	var b []byte
	var err error
	if name == "-" {
		b, err = io.ReadAll(io.LimitReader(e.stdin, article.MaxArticleBytes+1))
	} else {
		var f *os.File
		if f, err = os.Open(name); err == nil {
			b, err = io.ReadAll(io.LimitReader(f, article.MaxArticleBytes+1))
			f.Close()
		}
	}
	switch {
	case err != nil:
		return "", fmt.Errorf("read %s: %w", name, err)
	case len(b) > article.MaxArticleBytes:
		return "", fmt.Errorf("read %s: larger than %d bytes", name, article.MaxArticleBytes)
	case !utf8.Valid(b):
		return "", fmt.Errorf("read %s: not UTF-8 text", name)
	}
	return string(b), nil
}

type geoRecord struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Name      string  `json:"name"`
	Kind      string  `json:"kind"`
	Role      string  `json:"role"`
	Country   string  `json:"country"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid"` // 0 for a country, division or region
	Feature   string  `json:"feature"`
}

func writeGeoJSONL(enc *json.Encoder, doc string, ps *geo.Places) error {
	// Mentions come in text order: count code points incrementally.
	pos, runes := 0, 0
	at := func(b int) int {
		if b < pos {
			pos, runes = 0, 0
		}
		runes += utf8.RuneCountInString(doc[pos:b])
		pos = b
		return runes
	}
	for _, m := range ps.Mentions {
		start := at(m.Start)
		end := at(m.End)
		r := geoRecord{Start: start, End: end, Text: m.Text, Name: m.Place.Name, Kind: m.Place.Kind.String(),
			Role: m.Role.String(), Country: m.Place.CC, Lat: float64(m.Place.Lat), Lon: float64(m.Place.Lon),
			GeonameID: m.Place.GeonameID, Feature: m.Place.Feature}
		r.Lat, r.Lon = round(r.Lat), round(r.Lon)
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

func round(f float64) float64 {
	return float64(int64(f*1e4+copysign(0.5, f))) / 1e4
}

func copysign(a, b float64) float64 {
	if b < 0 {
		return -a
	}
	return a
}

func printGeo(w io.Writer, g *geo.Gazetteer, ps *geo.Places) {
	if len(ps.Mentions) == 0 {
		fmt.Fprintln(w, "no places found")
	}
	for _, m := range ps.Mentions {
		ep := g.EventPlace(m.Place)
		fmt.Fprintf(w, "sentence %d, %q (%s) → %s [%s, %s, %.4f %.4f, id %s]\n", m.Sentence+1, m.Text, m.Role, ep.FullName, m.Place.Kind, m.Place.Feature, ep.Lat, ep.Lon, ep.FeatureID)
		fmt.Fprintf(w, "  reason: %s\n", m.Reason)
		for i, c := range m.Candidates {
			ce := g.EventPlace(c.Place)
			fmt.Fprintf(w, "  %d. %-40s %6.2f  %s\n", i+1, ce.FullName, c.Score, c.Why)
		}
	}
	if ps.Main.Kind != 0 {
		fmt.Fprintf(w, "main place: %s (named %d times)\n", ps.Main.Name, ps.MainCount)
	}
}

const evalGeoDoc = `Scores place recognition and resolution on GeoWebNews XML (the development
split in ../shared/geo; gzip-compressed or plain): toponym precision, recall and F1
on exact character spans, and accuracy within 161 km of the toponyms found, with
the main errors. See geo.GWNReport for the exact definitions.`

func runEvalGeo(e *env, args []string) error {
	fs := newFlags("eval-geo", "[flags] [FILE]", evalGeoDoc)
	errs := fs.Int("errors", 20, "number of resolution errors to list")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	path := "../shared/geo/GeoWebNews-GWN-dev.xml.gz"
	if fs.NArg() > 0 {
		path = fs.Arg(0)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	g, sp, err := loadGeo()
	if err != nil {
		return err
	}
	rep, err := geo.EvalGWN(r, g, sp)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	fmt.Fprint(e.stdout, rep.String())
	for i, x := range rep.Errors {
		if i == *errs {
			break
		}
		fmt.Fprintf(e.stdout, "  error %5.0f km: %q (article %s) → %s; gold %s\n", x.Km, x.Text, x.Article, x.Chosen, x.Gold)
	}
	return nil
}

// loadGeo loads what the geo commands need: the gazetteer and the
// sentence splitter.
func loadGeo() (*geo.Gazetteer, *text.Splitter, error) {
	g, err := geo.Shared()
	if err != nil {
		return nil, nil, err
	}
	sp, err := text.NewSplitter()
	if err != nil {
		return nil, nil, fmt.Errorf("load sentence splitter: %w", err)
	}
	return g, sp, nil
}
