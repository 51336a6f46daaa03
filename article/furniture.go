package article

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// defaultRulesText is the embedded furniture.rules; a string so that it
// cannot be changed at run time.
//
//go:embed furniture.rules
var defaultRulesText string

// defaultRulesName names the embedded rules in Dropped.Rule.
const defaultRulesName = "furniture.rules"

// Rules is a parsed set of page-furniture rules: patterns for lines that are
// part of a web page around an article (links to other stories, share and
// subscribe buttons, copyright lines) rather than the article's own text.
// The file format is described in the header of furniture.rules. A Rules is
// immutable once built and safe for concurrent use.
type Rules struct {
	rules []rule
}

type ruleKind uint8

const (
	kindExact ruleKind = iota
	kindPrefix
	kindContains
	kindRegexp
)

var kindNames = map[string]ruleKind{
	"exact":    kindExact,
	"prefix":   kindPrefix,
	"contains": kindContains,
	"regexp":   kindRegexp,
}

type rule struct {
	kind ruleKind
	pat  string         // folded pattern (exact, prefix, contains)
	re   *regexp.Regexp // regexp rules
	// lits, when set, are lower-case ASCII strings one of which a line must
	// start with (litPrefix) or contain for the regexp to match: a cheap
	// test that spares running the regexp on most lines.
	lits      []string
	litPrefix bool
	max       int    // longest line (in characters) the rule applies to; 0 = any
	id        string // "file:line kind pattern", reported in Dropped.Rule
}

// LoadRules parses furniture rules from data; name is used in messages and
// in Dropped.Rule. Bad lines are reported together as "name:line: message"
// (errors.Join) and skipped: the returned Rules holds the good lines even
// when the error is not nil.
func LoadRules(name string, data []byte) (*Rules, error) {
	if !utf8.Valid(data) {
		return &Rules{}, fmt.Errorf("%s: %w", name, ErrInvalidUTF8)
	}
	var rs Rules
	var errs []error
	for i, line := range strings.Split(string(data), "\n") {
		r, err := parseRule(name, i+1, line)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, i+1, err))
			continue
		}
		if r != nil {
			rs.rules = append(rs.rules, *r)
		}
	}
	return &rs, errors.Join(errs...)
}

// parseRule parses one line of a rules file; it returns nil, nil for blank
// lines and comments.
func parseRule(name string, lineNo int, line string) (*rule, error) {
	line = strings.TrimSpace(strings.TrimSuffix(line, "\r"))
	if line == "" || line[0] == '#' {
		return nil, nil
	}
	kindWord, rest := cutSpace(line)
	kind, ok := kindNames[kindWord]
	if !ok {
		return nil, fmt.Errorf("unknown rule kind %q (want exact, prefix, contains or regexp)", kindWord)
	}
	rest = strings.TrimSpace(rest)
	r := &rule{kind: kind}
	maxField := ""
	if strings.HasPrefix(rest, "max=") {
		num, after := cutSpace(rest[len("max="):])
		n, err := strconv.Atoi(num)
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("bad max=%q: want a positive number of characters", num)
		}
		r.max = n
		maxField = "max=" + num + " "
		rest = strings.TrimSpace(after)
	}
	if rest == "" {
		return nil, fmt.Errorf("%s rule has no pattern", kindWord)
	}
	r.id = fmt.Sprintf("%s:%d %s %s%s", name, lineNo, kindWord, maxField, rest)
	if kind == kindRegexp {
		re, err := regexp.Compile(rest)
		if err != nil {
			return nil, fmt.Errorf("bad regexp: %v", err)
		}
		r.re = re
		r.lits, r.litPrefix = requiredLiterals(rest)
	} else {
		r.pat = foldLine(normalizeLine(rest))
	}
	return r, nil
}

// cutSpace splits s at its first space or tab.
func cutSpace(s string) (head, tail string) {
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// DefaultRules returns the rules embedded from furniture.rules. They are
// parsed once; the embedded file is checked by the package tests, so a
// parse failure here is a build defect and panics.
func DefaultRules() *Rules { return defaultRules() }

var defaultRules = sync.OnceValue(func() *Rules {
	rs, err := LoadRules(defaultRulesName, []byte(defaultRulesText))
	if err != nil {
		panic("article: embedded furniture.rules: " + err.Error())
	}
	return rs
})

// Len returns the number of rules.
func (rs *Rules) Len() int {
	if rs == nil {
		return 0
	}
	return len(rs.rules)
}

// Match reports whether line is page furniture, and the rule that says so
// ("file:line kind pattern"). The line is compared trimmed, with runs of
// spaces read as one; exact, prefix and contains rules compare case-insensitively with
// curly quotes read as straight ones, regexp rules see the line as written.
func (rs *Rules) Match(line string) (rule string, ok bool) {
	if rs == nil {
		return "", false
	}
	return rs.match(normalizeLine(line))
}

// match is Match for a line already normalised by normalizeLine.
func (rs *Rules) match(line string) (rule string, ok bool) {
	if rs == nil || line == "" {
		return "", false
	}
	folded := ""
	n := -1 // rune count, computed when a rule needs it
	for i := range rs.rules {
		r := &rs.rules[i]
		if r.max > 0 {
			if n < 0 {
				n = utf8.RuneCountInString(line)
			}
			if n > r.max {
				continue
			}
		}
		if folded == "" {
			folded = foldLine(line)
		}
		if r.kind == kindRegexp {
			if r.lits != nil && !hasAnyLiteral(folded, r.lits, r.litPrefix) {
				continue
			}
			if r.re.MatchString(line) {
				return r.id, true
			}
			continue
		}
		var hit bool
		switch r.kind {
		case kindExact:
			hit = folded == r.pat
		case kindPrefix:
			hit = strings.HasPrefix(folded, r.pat)
		case kindContains:
			hit = strings.Contains(folded, r.pat)
		}
		if hit {
			return r.id, true
		}
	}
	return "", false
}

func hasAnyLiteral(s string, lits []string, prefix bool) bool {
	for _, l := range lits {
		if prefix && strings.HasPrefix(s, l) || !prefix && strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// requiredLiterals analyses a regexp for a cheap necessary condition: for
// a regexp anchored with ^, the literal beginnings one of which every match
// starts with; otherwise the longest literal that every match contains. It
// returns nil when it finds none it can trust (non-ASCII literals included).
func requiredLiterals(expr string) (lits []string, prefix bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return nil, false
	}
	if re.Sub[0].Op == syntax.OpBeginText {
		rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]}
		if lits, _ = prefixLiterals(rest); lits != nil {
			return dedupe(lits), true
		}
	}
	best := ""
	for _, sub := range re.Sub {
		if sub.Op == syntax.OpLiteral {
			if l := string(sub.Rune); len(l) > len(best) {
				best = l
			}
		}
	}
	if best == "" || !isASCII(best) {
		return nil, false
	}
	return []string{strings.ToLower(best)}, false
}

// prefixLiterals returns strings one of which every match of re starts
// with (lower-cased ASCII), or nil when it cannot tell; exact reports that
// every match is one of the strings in full.
func prefixLiterals(re *syntax.Regexp) (lits []string, exact bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if l := string(re.Rune); isASCII(l) {
			return []string{strings.ToLower(l)}, true
		}
	case syntax.OpCapture:
		return prefixLiterals(re.Sub[0])
	case syntax.OpPlus:
		lits, _ := prefixLiterals(re.Sub[0])
		return lits, false
	case syntax.OpRepeat:
		if re.Min >= 1 {
			lits, _ := prefixLiterals(re.Sub[0])
			return lits, false
		}
	case syntax.OpConcat:
		// Exactly known elements extend the prefixes; the first other
		// element ends them.
		out, exact := []string{""}, true
		for _, sub := range re.Sub {
			next, ex := prefixLiterals(sub)
			if next == nil || len(out)*len(next) > 64 {
				exact = false
				break
			}
			var cross []string
			for _, a := range out {
				for _, b := range next {
					cross = append(cross, a+b)
				}
			}
			out = cross
			if !ex {
				exact = false
				break
			}
		}
		if len(out) == 1 && out[0] == "" {
			return nil, false
		}
		return out, exact
	case syntax.OpAlternate:
		var all []string
		exact := true
		for _, sub := range re.Sub {
			l, ex := prefixLiterals(sub)
			if l == nil {
				return nil, false
			}
			all = append(all, l...)
			exact = exact && ex
		}
		return all, exact
	case syntax.OpCharClass:
		// Rune holds ranges lo, hi; a small ASCII class gives its letters.
		var all []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi >= utf8.RuneSelf || hi-lo > 25 {
				return nil, false
			}
			for r := lo; r <= hi; r++ {
				all = append(all, strings.ToLower(string(r)))
			}
		}
		if len(all) == 0 || len(all) > 40 {
			return nil, false
		}
		return all, true
	}
	return nil, false
}

// dedupe removes repeated strings (case-folded alternatives collapse).
func dedupe(list []string) []string {
	var out []string
	for _, s := range list {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldLine lower-cases s and replaces curly quotes and apostrophes with
// their ASCII forms, for comparing lines with rule patterns.
func foldLine(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032':
			r = '\''
		case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033':
			r = '"'
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
