package petrarch

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/event"
)

// ActorStyle says which program's conventions an actor file follows.
type ActorStyle struct {
	// Stems: a final word without a trailing underscore matches every
	// token that starts with it (TABARI).
	Stems bool
	// Comment is the character that starts a comment ('#' PETRARCH, ';'
	// TABARI).
	Comment byte
	// Gaps: a space between the words of a name lets other words stand
	// between them, an underscore does not (TABARI: "PRINCE DOL_AMROTH"
	// names "the Prince of Dol_Amroth").
	Gaps bool
}

// actorBlock is an entry being read: its names and its codes.
type actorBlock struct {
	names   []string
	codes   []dict.DatedCode
	line    int
	text    []string
	ignore  bool // "+++": a known non-actor
	discard bool
}

// ParseActors reads a PETRARCH or TABARI actor dictionary into d:
//
//	NAME [CODE] [CODE DATES]...     one line
//	NAME                            or a name,
//	+SYNONYM                        its synonyms,
//	    [CODE <YYMMDD]              and its codes on the following lines
//	    [CODE YYMMDD-YYMMDD]
//	    [CODE >YYMMDD]
//
// Underscores join words; "[---]" is an actor of unknown country, "[+++]"
// a phrase that is no actor, "[###]" a discard. Agent codes ("[~GOV]",
// "[NGO~]") in an actor file are read as agents. Sections in angle
// brackets (TABARI's <NOUN>, <ADJECTIVE>) are skipped. Bad lines are
// returned as *dict.ParseError and skipped.
func ParseActors(d *dict.Dict, name string, data []byte, style ActorStyle) []error {
	var errs []error
	bad := func(line int, format string, a ...any) {
		errs = append(errs, &dict.ParseError{File: name, Line: line, Msg: fmt.Sprintf(format, a...)})
	}
	var cur *actorBlock
	flush := func() {
		if cur == nil {
			return
		}
		b := cur
		cur = nil
		if len(b.codes) == 0 && !b.ignore && !b.discard {
			bad(b.line, "actor %q has no code", b.names[0])
			return
		}
		if b.ignore {
			return
		}
		origin := event.Origin{File: name, Line: b.line}
		text := strings.Join(b.text, " ")
		if b.discard && len(b.codes) > 0 {
			// "[ONO <911226] [###]": the discard is the default, the
			// dated codes hold in their ranges
			b.codes = append(b.codes, dict.DatedCode{Code: dict.DiscardCode})
			b.discard = false
		}
		if b.discard {
			e := &dict.Entry{Kind: dict.Discard, Name: b.names[0], Origin: origin, Text: text}
			for _, n := range b.names {
				e.Phrases = append(e.Phrases, phrase(n, style.Stems))
			}
			d.Discards = append(d.Discards, e)
			return
		}
		kind := dict.Actor
		agentFirst := false
		if c := b.codes[0].Code; strings.HasPrefix(c, "~") || strings.HasSuffix(c, "~") {
			kind = dict.Agent
			agentFirst = strings.HasSuffix(c, "~")
			for i := range b.codes {
				b.codes[i].Code = strings.Trim(b.codes[i].Code, "~")
			}
		}
		e := &dict.Entry{Kind: kind, Codes: b.codes, Name: strings.ReplaceAll(b.names[0], "_", " "), Origin: origin, Text: text, AgentFirst: agentFirst}
		for _, n := range b.names {
			if p := phrase(n, style.Stems); len(p) > 0 {
				if style.Gaps {
					gaps(p, n)
				}
				e.Phrases = append(e.Phrases, p)
				if kind == dict.Agent && !p[len(p)-1].Prefix {
					if pl := plural(p); pl != nil {
						e.Phrases = append(e.Phrases, pl) // agents take plurals
					}
				}
			}
		}
		if len(e.Phrases) > 0 {
			d.Actors = append(d.Actors, e)
		}
	}
	section := ""
	forEachLine(data, style.Comment, func(n int, raw, line string) {
		if section != "" {
			if strings.EqualFold(line, "</"+section+">") {
				section = ""
			}
			return
		}
		if strings.HasPrefix(line, "<") && strings.HasSuffix(line, ">") && !strings.HasPrefix(line, "<!") {
			flush()
			if !strings.HasPrefix(line, "</") {
				section = strings.Trim(line, "<>")
			}
			return
		}
		switch {
		case strings.HasPrefix(line, "+"):
			if cur == nil {
				bad(n, "synonym %q outside an entry", line)
				return
			}
			syn, rest := splitCodes(line[1:])
			cur.names = append(cur.names, syn)
			cur.text = append(cur.text, strings.TrimSpace(line))
			if err := cur.addCodes(rest); err != nil {
				bad(n, "%v", err)
			}
		case strings.HasPrefix(line, "["):
			if cur == nil {
				bad(n, "codes %q outside an entry", line)
				return
			}
			cur.text = append(cur.text, line)
			if err := cur.addCodes(line); err != nil {
				bad(n, "%v", err)
			}
		default:
			flush()
			nm, rest := splitCodes(line)
			if nm == "" {
				bad(n, "no name before the codes")
				return
			}
			cur = &actorBlock{names: []string{nm}, line: n, text: []string{line}}
			if err := cur.addCodes(rest); err != nil {
				bad(n, "%v", err)
			}
		}
	})
	flush()
	return errs
}

// splitCodes splits "NAME [CODE] [CODE]" at the first '['.
func splitCodes(s string) (string, string) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return strings.TrimSpace(s), ""
	}
	return strings.TrimSpace(s[:i]), s[i:]
}

// addCodes reads "[CODE] [CODE <950601] [CODE 950601-990815]".
func (b *actorBlock) addCodes(s string) error {
	for {
		s = strings.TrimSpace(s)
		if s == "" {
			return nil
		}
		if s[0] != '[' {
			return fmt.Errorf("unexpected %q after the codes", s)
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return fmt.Errorf("unclosed '[' in %q", s)
		}
		body := strings.TrimSpace(s[1:end])
		s = s[end+1:]
		if strings.HasPrefix(body, "###") && len(body) > 3 {
			// a dated discard ("[### <890101]"): the name discards its
			// sentence while the date range holds
			dc, err := parseDatedCode("X " + body[3:])
			if err != nil {
				return err
			}
			dc.Code = dict.DiscardCode
			b.codes = append(b.codes, dc)
			continue
		}
		switch body {
		case "+++":
			b.ignore = true
			continue
		case "###":
			b.discard = true
			continue
		}
		dc, err := parseDatedCode(body)
		if err != nil {
			return err
		}
		b.codes = append(b.codes, dc)
	}
}

// parseDatedCode reads "CODE", "CODE <YYMMDD", "CODE >YYMMDD" or "CODE
// YYMMDD-YYMMDD" (dates YYMMDD or YYYYMMDD, spaces allowed around the
// signs).
func parseDatedCode(body string) (dict.DatedCode, error) {
	f := strings.Fields(body)
	if len(f) == 0 {
		return dict.DatedCode{}, fmt.Errorf("empty code []")
	}
	code := strings.ToUpper(f[0])
	if !validCode(code) {
		return dict.DatedCode{}, fmt.Errorf("bad code %q", f[0])
	}
	dc := dict.DatedCode{Code: code}
	rest := strings.Join(f[1:], "")
	if rest == "" {
		return dc, nil
	}
	var err error
	switch {
	case rest[0] == '<':
		// before the date: up to the day before
		var t time.Time
		if t, err = parseDay(rest[1:]); err == nil {
			dc.To = t.AddDate(0, 0, -1)
		}
	case rest[0] == '>':
		var t time.Time
		if t, err = parseDay(rest[1:]); err == nil {
			dc.From = t.AddDate(0, 0, 1)
		}
	default:
		a, z, ok := strings.Cut(rest, "-")
		if !ok {
			return dc, fmt.Errorf("bad date restriction %q in [%s]", rest, body)
		}
		if dc.From, err = parseDay(a); err == nil {
			dc.To, err = parseDay(z)
		}
		if err == nil && dc.To.Before(dc.From) {
			err = fmt.Errorf("date range %q ends before it starts", rest)
		}
	}
	if err != nil {
		return dc, fmt.Errorf("[%s]: %w", body, err)
	}
	return dc, nil
}

func validCode(c string) bool {
	if c == "" {
		return false
	}
	for i := 0; i < len(c); i++ {
		ch := c[i]
		if !(ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '~' || ch == '/' || ch == '!') {
			return false
		}
	}
	return true
}

// parseDay reads YYMMDD (years ≥ 30 are 19xx) or YYYYMMDD.
func parseDay(s string) (time.Time, error) {
	for _, c := range s {
		if c < '0' || c > '9' {
			return time.Time{}, fmt.Errorf("bad date %q", s)
		}
	}
	switch len(s) {
	case 6:
		y, _ := strconv.Atoi(s[:2])
		if y >= 30 {
			y += 1900
		} else {
			y += 2000
		}
		s = strconv.Itoa(y) + s[2:]
	case 8:
	default:
		return time.Time{}, fmt.Errorf("bad date %q: want YYMMDD or YYYYMMDD", s)
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return t, fmt.Errorf("bad date %q", s)
	}
	return t, nil
}

// Phrase is phrase for other loaders (package dict/tabari).
func Phrase(name string, stems bool) []dict.Word { return phrase(name, stems) }

// phrase turns a dictionary name ("UNITED_STATES", "ITHILEN TELEVISION",
// "ARNOR_") into words. With stems, a last word without a trailing
// underscore matches as a prefix.
func phrase(name string, stems bool) []dict.Word {
	exact := strings.HasSuffix(name, "_") || strings.HasSuffix(name, "=")
	name = strings.ToLower(strings.Trim(name, "_="))
	var out []dict.Word
	for _, f := range strings.FieldsFunc(name, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' }) {
		if plainWord(f) {
			out = append(out, dict.Word{Lower: f})
			continue
		}
		out = append(out, dict.SplitWords(f)...)
	}
	if stems && !exact && len(out) > 0 && len(out[len(out)-1].Lower) > 2 {
		out[len(out)-1].Prefix = true
	}
	return out
}

// plainWord reports whether a lower-case word is plain ASCII without
// quotes, brackets or commas: a word SplitWords would return unchanged.
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || c == '\'' || c == '"' || c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '*' || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// forEachLine calls f for each line with its 1-based number, the raw line,
// and the line without comments, trimmed; empty lines are skipped. It
// removes "<!-- ... -->" comments, also across lines.
func forEachLine(data []byte, comment byte, f func(n int, raw, line string)) {
	inXML := false
	n := 0
	for len(data) > 0 {
		n++
		var raw string
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			raw, data = string(data[:i]), data[i+1:]
		} else {
			raw, data = string(data), nil
		}
		line := strings.TrimPrefix(strings.TrimRight(raw, "\r"), "\ufeff")
		if !inXML && !strings.Contains(line, "<!") {
			if i := strings.IndexByte(line, comment); i >= 0 {
				line = line[:i]
			}
			line = strings.TrimSpace(line)
			if strings.HasPrefix(line, "~~") {
				return
			}
			if line != "" && line[0] != '#' {
				f(n, raw, line)
			}
			continue
		}
		var b strings.Builder
		for line != "" {
			if inXML {
				i := strings.Index(line, "-->")
				if i < 0 {
					line = ""
					break
				}
				line, inXML = line[i+3:], false
				continue
			}
			i := strings.Index(line, "<!")
			if i < 0 {
				b.WriteString(line)
				break
			}
			b.WriteString(line[:i])
			line, inXML = line[i+2:], true
		}
		line = b.String()
		if i := strings.IndexByte(line, comment); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "~~") { // TABARI's end-of-file marker
			return
		}
		if line != "" && line[0] != '#' {
			f(n, raw, line)
		}
	}
}

// gaps marks the words of phrase p (read from name) that follow a space
// in the name: dict.Word.Gap. A name whose words do not line up with p
// (split differently by the tokeniser) is left without gaps.
func gaps(p []dict.Word, name string) {
	var after []bool // per word of the name: follows a space
	for i, f := range strings.Fields(strings.Trim(name, "_=")) {
		for k, w := range strings.Split(f, "_") {
			if w != "" {
				after = append(after, i > 0 && k == 0)
			}
		}
	}
	if len(after) != len(p) {
		return
	}
	for i := range p {
		p[i].Gap = after[i]
	}
}
