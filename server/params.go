package server

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/annals-project/annals/store"
)

// Paging limits of list endpoints.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// params reads query parameters, remembering the first problem so that a
// handler parses everything and then answers 400 once with the message.
type params struct {
	v    url.Values
	err  error
	used map[string]bool
}

func newParams(v url.Values) *params { return &params{v: v, used: map[string]bool{}} }

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = fmt.Errorf(format, args...)
	}
}

// str returns the parameter's value, "" when absent.
func (p *params) str(name string) string {
	p.used[name] = true
	vs := p.v[name]
	if len(vs) > 1 {
		p.fail("parameter %s given %d times: give it once", name, len(vs))
	}
	if len(vs) == 0 {
		return ""
	}
	return strings.TrimSpace(vs[0])
}

// integer returns the parameter as an int in [lo, hi], def when absent.
func (p *params) integer(name string, def, lo, hi int) int {
	s := p.str(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		p.fail("bad %s %q: want an integer from %d to %d", name, s, lo, hi)
		return def
	}
	return n
}

// oneOf returns the parameter if it is one of allowed, def when absent.
func (p *params) oneOf(name, def string, allowed []string) string {
	s := p.str(name)
	if s == "" {
		return def
	}
	if !slices.Contains(allowed, s) {
		p.fail("bad %s %q: want one of %s", name, s, strings.Join(slices.DeleteFunc(slices.Clone(allowed), func(x string) bool { return x == "" }), ", "))
		return def
	}
	return s
}

// done reports unknown parameters (a typo must not silently select
// everything) and returns the first problem.
func (p *params) done() error {
	if p.err != nil {
		return p.err
	}
	for k := range p.v {
		if !p.used[k] {
			return fmt.Errorf("unknown parameter %q", k)
		}
	}
	return nil
}

func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

func letters(s string) bool {
	for _, c := range s {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return s != ""
}

// filter reads the event filters shared by /api/events and
// /api/aggregates (and the UI's pages).
func (p *params) filter() store.Filter {
	var f store.Filter
	f.Actor = p.str("actor")
	if f.Actor != "" && !actorCode(f.Actor) {
		p.fail("bad actor %q: want a CAMEO actor code or prefix (letters and digits)", f.Actor)
	}
	f.Country = p.str("country")
	if f.Country != "" && (len(f.Country) != 2 || !letters(f.Country)) {
		p.fail("bad country %q: want an ISO 3166-1 alpha-2 code (LY)", f.Country)
	}
	f.Root = p.str("root")
	if f.Root != "" {
		n, err := strconv.Atoi(f.Root)
		if err != nil || len(f.Root) > 2 || n < 1 || n > 20 {
			p.fail("bad root %q: want a CAMEO root, 01 to 20", f.Root)
		}
	}
	f.Code = p.str("code")
	if f.Code != "" && (!digits(f.Code) || len(f.Code) > 4) {
		p.fail("bad code %q: want a CAMEO code or prefix (digits)", f.Code)
	}
	f.PLOVER = p.str("plover")
	if f.PLOVER != "" && !ploverType(f.PLOVER) {
		p.fail("bad plover %q: want a PLOVER event type (ASSAULT)", f.PLOVER)
	}
	f.QuadClass = p.integer("quad", 0, 1, 4)
	f.Since = p.date("since")
	f.Until = p.date("until")
	if f.Since != "" && f.Until != "" && f.Since > f.Until {
		p.fail("bad dates: since %s is after until %s", f.Since, f.Until)
	}
	f.Place = p.str("place")
	f.Text = p.str("q")
	f.Story = int64(p.integer("story", 0, 1, 1<<62))
	if s := p.str("bbox"); s != "" {
		b, err := parseBBox(s)
		if err != nil {
			p.fail("bad bbox %q: %v", s, err)
		}
		f.BBox = b
	}
	return f
}

func actorCode(s string) bool {
	for _, c := range s {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return len(s) <= 30
}

func ploverType(s string) bool {
	for _, c := range s {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '-') {
			return false
		}
	}
	return len(s) <= 30
}

func (p *params) date(name string) string {
	s := p.str(name)
	if s == "" {
		return ""
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		p.fail("bad %s %q: want a date YYYY-MM-DD", name, s)
		return ""
	}
	return s
}

// parseBBox reads "west,south,east,north" in degrees.
func parseBBox(s string) (*store.BBox, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return nil, fmt.Errorf("want west,south,east,north")
	}
	var v [4]float64
	for i, x := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a number", x)
		}
		v[i] = f
	}
	b := &store.BBox{West: v[0], South: v[1], East: v[2], North: v[3]}
	switch {
	case b.West < -180 || b.West > 180 || b.East < -180 || b.East > 180:
		return nil, fmt.Errorf("longitudes must be within -180..180")
	case b.South < -90 || b.North > 90 || b.South > b.North:
		return nil, fmt.Errorf("latitudes must be within -90..90, south below north")
	}
	return b, nil
}
