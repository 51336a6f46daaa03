// Package tabari reads TABARI dictionaries unchanged into the annals
// dictionary model (package dict): .verbs, .actors, .agents and .options
// files, detected by content.
//
// The formats are close to PETRARCH's (package dict/petrarch, which does
// the shared work). The TABARI differences:
//
//   - comments start with ";"; "<SYNSETS>", "<TIME>", "<NOUN>" and
//     "<ADJECTIVE>" sections (TIME, NOUN and ADJECTIVE are skipped);
//   - a verb is a line "VERB [CODE]" followed by "{ FORMS }" and "- pattern
//     [CODE]" lines; patterns may hold inline alternatives
//     "{ GENEVA_ | INTERNATIONAL }";
//   - an actor word without a trailing "_" is a stem: "ARGENTIN" matches
//     "Argentina" (dict.Word.Prefix);
//   - "[###]" is a discard, "[+++]" a phrase that codes nothing;
//   - .options files hold option commands, translated to dict.Options by
//     ApplyOptions.
package tabari

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/dict/petrarch"
	"github.com/annals-project/annals/event"
)

// Format is the kind of a TABARI file.
type Format string

// The kinds Detect tells apart.
const (
	Verbs   Format = "tabari-verbs"
	Actors  Format = "tabari-actors"
	Agents  Format = "tabari-agents"
	Options Format = "tabari-options"
	Unknown Format = ""
)

var optionCommands = []string{"COMPLEX:", "SET:", "COMMA:", "DEFAULT:", "FORWARD:", "OUTPUT:", "LABEL:", "DISCARD:", "ISSUES:", "ACTORS:", "AGENTS:", "VERBS:", "PATTERNS:"}

func isOption(line string) bool {
	u := strings.ToUpper(line)
	for _, c := range optionCommands {
		if strings.HasPrefix(u, c) {
			return true
		}
	}
	return false
}

// Detect tells the kind of a TABARI file from its content: option
// commands ("SET: …") make an options file, "- pattern" lines or a
// <SYNSETS> section a verb file, "[~CODE]" codes an agent file, "NAME
// [CODE]" lines an actor file.
func Detect(data []byte) Format {
	data = dict.Head(data)
	opts, pats, agents, actors := 0, 0, 0, 0
	lines(data, func(n int, line string) {
		switch {
		case isOption(line):
			opts++
		case strings.HasPrefix(line, "<SYNSETS>") || strings.HasPrefix(line, "- "):
			pats++
		case strings.Contains(line, "~]") || strings.Contains(line, "[ ~") || strings.Contains(line, "[~") || strings.Contains(line, "[  ~"):
			agents++
		case strings.Contains(line, "["):
			actors++
		}
	})
	switch {
	case opts > 0 && opts >= pats+agents+actors:
		return Options
	case pats > 0:
		return Verbs
	case agents > 0 && agents*2 >= actors:
		return Agents
	case actors > 0:
		return Actors
	}
	return Unknown
}

// lines calls f for each line without its ";" comment, trimmed, skipping
// empty lines and "//" comment lines.
func lines(data []byte, f func(n int, line string)) {
	n := 0
	for len(data) > 0 {
		n++
		var line string
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = string(data[:i]), data[i+1:]
		} else {
			line, data = string(data), nil
		}
		if i := strings.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
		if strings.HasPrefix(line, "~~") { // end-of-file marker
			return
		}
		if line == "" || strings.HasPrefix(line, "//") || strings.HasPrefix(line, "#") {
			continue
		}
		f(n, line)
	}
}

// Load reads one TABARI file of any kind into d. Options files set
// d.Options.
func Load(d *dict.Dict, name string, data []byte) ([]error, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, fmt.Errorf("read dictionary %s: binary data, not a text file", name)
	}
	if d.Options == nil {
		d.Options = dict.Options{}
	}
	for k, v := range Defaults {
		if _, ok := d.Options[k]; !ok {
			d.Options[k] = v
		}
	}
	switch Detect(data) {
	case Verbs:
		d.Files = append(d.Files, name)
		return ParseVerbs(d, name, data), nil
	case Actors:
		d.Files = append(d.Files, name)
		return petrarch.ParseActors(d, name, data, petrarch.ActorStyle{Stems: true, Gaps: true, Comment: ';'}), nil
	case Agents:
		d.Files = append(d.Files, name)
		return petrarch.ParseActors(d, name, data, petrarch.ActorStyle{Stems: true, Gaps: true, Comment: ';'}), nil
	case Options:
		d.Files = append(d.Files, name)
		var cmds []string
		var ns []int
		lines(data, func(n int, line string) { cmds, ns = append(cmds, line), append(ns, n) })
		o, errs := ApplyOptions(d.Options, cmds)
		d.Options = o
		for i, e := range errs {
			if pe, ok := e.(*lineError); ok {
				errs[i] = &dict.ParseError{File: name, Line: ns[pe.index], Msg: pe.msg}
			}
		}
		return errs, nil
	}
	return nil, fmt.Errorf("read dictionary %s: not a TABARI dictionary", name)
}

// Defaults are the options TABARI's coding implies, set by Load when a
// TABARI file does not set them: events need a source and a target, and
// an actor qualifies the agent after it.
//
// TABARI skips sentences of fewer than five words unless "SET: MINIMUM
// WORDS" says otherwise.
var Defaults = dict.Options{"require_dyad": "true", "actor_agent": "true", "style": "tabari", "split_codes": "true", "set_minimum_words": "5", "actor_agent_gap": "0"}

type lineError struct {
	index int
	msg   string
}

func (e *lineError) Error() string { return fmt.Sprintf("option %d: %s", e.index+1, e.msg) }

// ApplyOptions applies TABARI option commands in order to a copy of o and
// returns it; a later command overrides an earlier one of the same kind.
// The commands become these keys:
//
//	COMMA: MIN = 2 MAX = 10 …   comma_min, comma_max, comma_emin, comma_emax, comma_bmin, comma_bmax
//	COMMA: OFF                  comma = off
//	DEFAULT: SOURCE [S] PRIOR TARGET [T] AFTER
//	                            default_source = S, default_source_prior = true,
//	                            default_target = T, default_target_after = true
//	DEFAULT: OFF                removes the default_* keys
//	COMPLEX: …                  complex (as written), complex_noactprior = true|false
//	SET: CODE BY SENTENCE|CLAUSE, SET: CODE ALL
//	                            code_by = sentence|clause|all
//	SET: NAME = VALUE           set_name (lower case, "_" for spaces) = value
//	FORWARD:, OUTPUT:           forward, output (as written; not used by the coder)
//	LABEL:                      ignored (labels for output)
//
// An unknown command is returned as an error and skipped.
func ApplyOptions(o dict.Options, cmds []string) (dict.Options, []error) {
	out := dict.Options{}
	for k, v := range o {
		out[k] = v
	}
	var errs []error
	for i, c := range cmds {
		cmd, arg, ok := strings.Cut(c, ":")
		cmd = strings.ToUpper(strings.TrimSpace(cmd))
		arg = strings.TrimSpace(arg)
		if !ok {
			errs = append(errs, &lineError{i, fmt.Sprintf("not an option command: %q", c)})
			continue
		}
		ua := strings.ToUpper(arg)
		switch cmd {
		case "COMMA":
			for _, k := range []string{"comma", "comma_min", "comma_max", "comma_emin", "comma_emax", "comma_bmin", "comma_bmax"} {
				delete(out, k)
			}
			if ua == "OFF" {
				out["comma"] = "off"
				continue
			}
			f := strings.Fields(strings.ReplaceAll(ua, "=", " = "))
			for j := 0; j+2 < len(f); j += 3 {
				if f[j+1] != "=" {
					errs = append(errs, &lineError{i, fmt.Sprintf("COMMA: want NAME = VALUE pairs, got %q", arg)})
					break
				}
				out["comma_"+strings.ToLower(f[j])] = f[j+2]
			}
		case "DEFAULT":
			for _, k := range []string{"default_source", "default_source_prior", "default_target", "default_target_after"} {
				delete(out, k)
			}
			if ua == "OFF" {
				continue
			}
			f := strings.Fields(ua)
			for j := 0; j < len(f); j++ {
				switch f[j] {
				case "SOURCE", "TARGET":
					role := strings.ToLower(f[j])
					if j+1 < len(f) && strings.HasPrefix(f[j+1], "[") {
						out["default_"+role] = strings.Trim(f[j+1], "[]")
						j++
					}
				case "PRIOR":
					out["default_source_prior"] = "true"
				case "AFTER":
					out["default_target_after"] = "true"
				}
			}
		case "COMPLEX":
			out["complex"] = arg
			out["complex_noactprior"] = fmt.Sprint(strings.Contains(ua, "NOACTPRIOR"))
		case "SET":
			switch {
			case strings.HasPrefix(ua, "CODE BY "):
				out["code_by"] = strings.ToLower(strings.TrimSpace(ua[len("CODE BY "):]))
			case ua == "CODE ALL":
				out["code_by"] = "all"
			default:
				k, v, ok := strings.Cut(arg, "=")
				if !ok {
					errs = append(errs, &lineError{i, fmt.Sprintf("SET: want NAME = VALUE, got %q", arg)})
					continue
				}
				key := "set_" + strings.Join(strings.Fields(strings.ToLower(k)), "_")
				out[key] = strings.ToLower(strings.TrimSpace(v))
			}
		case "FORWARD", "OUTPUT":
			out[strings.ToLower(cmd)] = arg
		case "LABEL":
		default:
			errs = append(errs, &lineError{i, fmt.Sprintf("unknown option command %q", cmd)})
		}
	}
	return out, errs
}

// splitNot writes a negative contraction as the tokenizer reads it, two
// words that must be adjacent: TABARI's "DIDN'T" is "DID_N'T" (did n't),
// "CAN'T" is "CA_N'T".
func splitNot(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(strings.ToUpper(s), "N'T")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		if i > 0 && s[i-1] != ' ' && s[i-1] != '_' {
			b.WriteByte('_')
		}
		b.WriteString(s[i : i+3])
		s = s[i+3:]
	}
}

// ParseVerbs reads a TABARI .verbs file.
func ParseVerbs(d *dict.Dict, name string, data []byte) []error {
	var errs []error
	bad := func(n int, format string, a ...any) {
		errs = append(errs, &dict.ParseError{File: name, Line: n, Msg: fmt.Sprintf(format, a...)})
	}
	comp := &petrarch.Compiler{Synsets: petrarch.Synsets{}, Alternatives: true, Stems: true, MutualObjects: true}
	type verb struct {
		n    int
		v    petrarch.Verb
		code string
		pats [][3]string // line number (as text), body, code
		pn   []int
		text string
	}
	var verbs []*verb
	var cur *verb
	section, synset := "", ""
	lines(data, func(n int, line string) {
		if strings.HasPrefix(line, "<") && strings.HasSuffix(line, ">") {
			if strings.HasPrefix(line, "</") {
				section = ""
			} else {
				section = strings.ToUpper(strings.Trim(line, "<>"))
			}
			synset = ""
			return
		}
		switch section {
		case "SYNSETS":
			switch {
			case strings.HasPrefix(line, "&"):
				synset = strings.ToUpper(strings.TrimRight(strings.Fields(line)[0], "_"))
			case strings.HasPrefix(line, "+") && synset != "":
				comp.Synsets[synset] = append(comp.Synsets[synset], splitNot(strings.TrimSpace(line[1:])))
			default:
				bad(n, "%q in <SYNSETS> is neither &NAME nor +MEMBER", line)
			}
			return
		case "":
		case "TIME":
			// time shifts are not coded; a "[###]" phrase is a discard
			if words, code, ok := strings.Cut(line, "["); ok && strings.TrimSpace(strings.TrimRight(code, "] ")) == "###" {
				ph := petrarch.Phrase(strings.TrimSpace(words), false)
				if len(ph) > 0 {
					d.Discards = append(d.Discards, &dict.Entry{Kind: dict.Discard, Name: strings.TrimSpace(words), Phrases: [][]dict.Word{ph}, Origin: event.Origin{File: name, Line: n}, Text: line})
				}
			}
			return
		default:
			return // other sections are not coded
		}
		switch {
		case strings.HasPrefix(line, "-"):
			if cur == nil {
				bad(n, "pattern before any verb")
				return
			}
			body := strings.TrimSpace(line[1:])
			i := strings.LastIndexByte(body, '[')
			if i < 0 || !strings.HasSuffix(body, "]") {
				bad(n, "pattern %q without [CODE]", line)
				return
			}
			cur.pats = append(cur.pats, [3]string{"", splitNot(strings.TrimSpace(body[:i])), body[i:]})
			cur.pn = append(cur.pn, n)
		case strings.HasPrefix(line, "{"):
			if cur == nil {
				bad(n, "verb forms before any verb")
				return
			}
			for _, f := range strings.Fields(strings.Trim(line, "{} ")) {
				fv, err := petrarch.ParseVerb(f)
				if err == nil {
					cur.v.Forms = append(cur.v.Forms, fv.Words[0])
				}
			}
		default:
			i := strings.IndexByte(line, '[')
			if i < 0 || !strings.HasSuffix(line, "]") {
				bad(n, "verb %q without [CODE]", line)
				cur = nil
				return
			}
			head := strings.TrimSpace(line[:i])
			exact := strings.HasSuffix(head, "=")
			head = strings.TrimRight(head, "=")
			v, err := petrarch.ParseVerb(head)
			if err != nil {
				bad(n, "%v", err)
				cur = nil
				return
			}
			switch {
			case exact || len(v.Words) != 1:
			case strings.HasSuffix(head, "_"):
				// a regular verb: its endings are generated
				w := v.Words[0]
				for _, end := range []string{"s", "es", "d", "ed", "ing", "en"} {
					v.Forms = append(v.Forms, w+end)
				}
			default:
				v.Words[0] += "*" // a stem: RESTOR matches "restored"
			}
			cur = &verb{n: n, v: v, code: line[i:], text: line}
			verbs = append(verbs, cur)
		}
	})
	for _, vb := range verbs {
		alts := []string{vb.v.Words[vb.v.At]}
		for _, f := range vb.v.Forms {
			if !slices.Contains(alts, f) {
				alts = append(alts, f)
			}
		}
		c, paired, err := petrarch.ParseCode(vb.code)
		if err != nil {
			bad(vb.n, "%v", err)
		} else if c != "" {
			if p, err := comp.Compile(vb.v, alts, "*"); err != nil {
				bad(vb.n, "%v", err)
			} else {
				p.Code, p.Paired, p.Text, p.Origin = c, paired, vb.text, event.Origin{File: name, Line: vb.n}
				d.Patterns = append(d.Patterns, p)
			}
		}
		for k, pl := range vb.pats {
			c, paired, err := petrarch.ParseCode(pl[2])
			if err != nil {
				bad(vb.pn[k], "%v", err)
				continue
			}
			p, err := comp.Compile(vb.v, alts, pl[1])
			if err != nil {
				bad(vb.pn[k], "%v", err)
				continue
			}
			p.Code, p.Paired, p.Text, p.Origin = c, paired, "- "+pl[1]+" "+pl[2], event.Origin{File: name, Line: vb.pn[k]}
			d.Patterns = append(d.Patterns, p)
		}
	}
	return errs
}
