// Package eval scores coded events against gold records (the JSONL format
// of ../shared/gold: one record per line with its text, date and expected
// events).
//
// The measures follow the gold set's own scoring rules: micro precision,
// recall and F1 over the unique (source, target, code) triples of each
// record; the same with codes cut to their root; the share of records whose
// triple set is exactly right. For PLOVER records it adds event-type
// accuracy and the F1 of the actor countries (the first three letters of
// the codes).
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"sort"
	"strings"
)

// Triple is one expected or found event.
type Triple struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

// Record is one gold record.
type Record struct {
	ID             string          `json:"id"`
	Set            string          `json:"set"`
	Ontology       string          `json:"ontology"`
	Date           *string         `json:"date"`
	Text           string          `json:"text"`
	Events         []Triple        `json:"events"`
	ExpectNoEvents bool            `json:"expect_no_events"`
	ExpectError    bool            `json:"expect_error"`
	Active         bool            `json:"active"`
	Config         json.RawMessage `json:"config,omitempty"`
}

// Scored reports whether the record counts: active and not expecting an
// error.
func (r *Record) Scored() bool { return r.Active && !r.ExpectError }

// ReadGold reads gold records from r. A line that is not a record is an
// error naming its line; the others are returned.
func ReadGold(name string, r io.Reader) ([]Record, []error) {
	var recs []Record
	var errs []error
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if s := strings.TrimSpace(string(line)); s != "" {
			var rec Record
			if jerr := json.Unmarshal([]byte(s), &rec); jerr != nil {
				errs = append(errs, fmt.Errorf("%s:%d: %w", name, n, jerr))
			} else if rec.ID == "" {
				errs = append(errs, fmt.Errorf("%s:%d: record without id", name, n))
			} else {
				recs = append(recs, rec)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			break
		}
	}
	return recs, errs
}

// Result is what was coded for one record.
type Result struct {
	Found []Triple
	Err   error // the record could not be coded: it counts as wrong
}

// PRF is a precision/recall/F1 count.
type PRF struct{ TP, Pred, Gold int }

func (p PRF) Precision() float64 { return ratio(p.TP, p.Pred) }
func (p PRF) Recall() float64    { return ratio(p.TP, p.Gold) }
func (p PRF) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

func (p *PRF) add(gold, pred map[Triple]bool) {
	for t := range pred {
		if gold[t] {
			p.TP++
		}
	}
	p.Pred += len(pred)
	p.Gold += len(gold)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Miss is a record that was not exactly right.
type Miss struct {
	ID, Text        string
	Expected, Found []Triple
	Err             error
}

// Report is the score of one set.
type Report struct {
	Set          string
	Records      int // scored records
	Failed       int // records that could not be coded
	Triple, Root PRF
	Exact        int // records with exactly the gold triples
	RootExact    int
	PerRoot      map[string]*PRF // by gold/found root code
	Misses       []Miss
	PLOVER       bool
	TypeExact    int // PLOVER: records whose set of event types equals the gold set
	TypeAny      int // PLOVER: records where a gold event type was found
	Country      PRF // (source country, target country) pairs, codes aside
}

// Score compares results (by record id) with the gold records of one set.
func Score(set string, recs []Record, results map[string]Result) *Report {
	rep := &Report{Set: set, PerRoot: map[string]*PRF{}}
	for i := range recs {
		r := &recs[i]
		if r.Set != set || !r.Scored() {
			continue
		}
		rep.Records++
		rep.PLOVER = rep.PLOVER || r.Ontology == "PLOVER"
		res := results[r.ID]
		if res.Err != nil {
			rep.Failed++
		}
		gold, pred := toSet(r.Events, identity), toSet(res.Found, identity)
		rep.Triple.add(gold, pred)
		groot, proot := toSet(r.Events, rootOf), toSet(res.Found, rootOf)
		rep.Root.add(groot, proot)
		exact := res.Err == nil && maps.Equal(gold, pred)
		if exact {
			rep.Exact++
		}
		if res.Err == nil && maps.Equal(groot, proot) {
			rep.RootExact++
		}
		for _, root := range roots(groot, proot) {
			p := rep.PerRoot[root]
			if p == nil {
				p = &PRF{}
				rep.PerRoot[root] = p
			}
			p.add(only(groot, root), only(proot, root))
		}
		if r.Ontology == "PLOVER" {
			gt, pt := types(r.Events), types(res.Found)
			if maps.Equal(gt, pt) {
				rep.TypeExact++
			}
			for t := range gt {
				if pt[t] {
					rep.TypeAny++
					break
				}
			}
		}
		rep.Country.add(toSet(r.Events, countries), toSet(res.Found, countries))
		if !exact {
			rep.Misses = append(rep.Misses, Miss{ID: r.ID, Text: r.Text, Expected: r.Events, Found: res.Found, Err: res.Err})
		}
	}
	return rep
}

func identity(t Triple) Triple { return t }

// rootOf cuts a CAMEO code to its two-digit root ("0874" → "08", "174K" →
// "17"); PLOVER codes are words and stay as they are.
func rootOf(t Triple) Triple {
	if len(t.Code) >= 2 && t.Code[0] >= '0' && t.Code[0] <= '9' {
		t.Code = t.Code[:2]
	}
	return t
}

// legacyCountry maps the older CAMEO country codes that gold sets still use
// to the ISO 3166 alpha-3 codes annals writes (plover_gsr writes Vietnam
// "VTN").
var legacyCountry = map[string]string{"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "VTN": "VNM"}

// countries keeps the actor countries: the first three letters of each code.
func countries(t Triple) Triple {
	c := func(s string) string {
		if len(s) > 3 {
			s = s[:3]
		}
		if iso, ok := legacyCountry[s]; ok {
			return iso
		}
		return s
	}
	return Triple{Source: c(t.Source), Target: c(t.Target)}
}

func toSet(ts []Triple, f func(Triple) Triple) map[Triple]bool {
	m := make(map[Triple]bool, len(ts))
	for _, t := range ts {
		m[f(t)] = true
	}
	return m
}

func types(ts []Triple) map[string]bool {
	m := map[string]bool{}
	for _, t := range ts {
		m[t.Code] = true
	}
	return m
}

func roots(a, b map[Triple]bool) []string {
	seen := map[string]bool{}
	for t := range a {
		seen[t.Code] = true
	}
	for t := range b {
		seen[t.Code] = true
	}
	out := make([]string, 0, len(seen))
	for r := range seen {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}

func only(m map[Triple]bool, code string) map[Triple]bool {
	out := map[Triple]bool{}
	for t := range m {
		if t.Code == code {
			out[t] = true
		}
	}
	return out
}

// Write prints the report: totals, the per-root table, the misses when
// errors is set, and last the one-line summary.
func (rep *Report) Write(w io.Writer, errors bool) {
	fmt.Fprintf(w, "set %s: %d records scored, %d could not be coded\n", rep.Set, rep.Records, rep.Failed)
	fmt.Fprintf(w, "  triples:  P %.3f  R %.3f  F1 %.3f  (TP %d, found %d, gold %d)\n", rep.Triple.Precision(), rep.Triple.Recall(), rep.Triple.F1(), rep.Triple.TP, rep.Triple.Pred, rep.Triple.Gold)
	fmt.Fprintf(w, "  roots:    P %.3f  R %.3f  F1 %.3f\n", rep.Root.Precision(), rep.Root.Recall(), rep.Root.F1())
	fmt.Fprintf(w, "  sentence exact %.3f, root-exact %.3f\n", ratio(rep.Exact, rep.Records), ratio(rep.RootExact, rep.Records))
	if rep.PLOVER {
		fmt.Fprintf(w, "  PLOVER event type: accuracy %.3f (type set exact), %.3f (a gold type found)\n", ratio(rep.TypeExact, rep.Records), ratio(rep.TypeAny, rep.Records))
	}
	fmt.Fprintf(w, "  actor countries:  P %.3f  R %.3f  F1 %.3f\n", rep.Country.Precision(), rep.Country.Recall(), rep.Country.F1())
	label := "root"
	if rep.PLOVER {
		label = "type"
	}
	fmt.Fprintf(w, "  %-10s %5s %5s %5s %6s %6s %6s\n", label, "gold", "found", "TP", "P", "R", "F1")
	for _, r := range sortedKeys(rep.PerRoot) {
		p := rep.PerRoot[r]
		fmt.Fprintf(w, "  %-10s %5d %5d %5d %6.3f %6.3f %6.3f\n", r, p.Gold, p.Pred, p.TP, p.Precision(), p.Recall(), p.F1())
	}
	if errors {
		for _, m := range rep.Misses {
			fmt.Fprintf(w, "miss %s: %s\n  expected %s\n  found    %s\n", m.ID, m.Text, fmtTriples(m.Expected), fmtTriples(m.Found))
			if m.Err != nil {
				fmt.Fprintf(w, "  error    %v\n", m.Err)
			}
		}
	}
	line := fmt.Sprintf("eval: set=%s records=%d triple_f1=%.3f root_f1=%.3f sentence_exact=%.3f", rep.Set, rep.Records, rep.Triple.F1(), rep.Root.F1(), ratio(rep.Exact, rep.Records))
	if rep.PLOVER {
		line += fmt.Sprintf(" plover_type_accuracy=%.3f", ratio(rep.TypeExact, rep.Records))
	}
	line += fmt.Sprintf(" actor_country_f1=%.3f", rep.Country.F1())
	fmt.Fprintln(w, line)
}

func sortedKeys(m map[string]*PRF) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func fmtTriples(ts []Triple) string {
	if len(ts) == 0 {
		return "(none)"
	}
	var parts []string
	for _, t := range ts {
		parts = append(parts, t.Source+">"+t.Target+":"+t.Code)
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}
