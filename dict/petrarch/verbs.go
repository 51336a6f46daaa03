package petrarch

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
)

// Synsets maps "&NAME" (upper case, without a trailing underscore) to its
// members as written.
type Synsets map[string][]string

// Verb is one verb of a block: the words of a (multi-word) verb and the
// index of the verb word among them, with its other forms.
type Verb struct {
	Words []string // lower case
	At    int      // the verb word
	Forms []string // other forms of the verb word
}

// ParseVerb reads a verb line's head: "SIGNAL {SIGNALS SIGNALLED}",
// "+BREAK_DOWN {+BROKE_DOWN}", "KLM_NOP_+RST".
func ParseVerb(s string) (Verb, error) {
	var forms []string
	if i := strings.IndexByte(s, '{'); i >= 0 {
		j := strings.IndexByte(s, '}')
		if j < i {
			return Verb{}, fmt.Errorf("unclosed '{' in verb %q", s)
		}
		forms = strings.Fields(s[i+1 : j])
		s = s[:i] + s[j+1:]
	}
	if i := strings.IndexByte(s, ';'); i >= 0 { // a TABARI-style comment
		s = s[:i]
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		return Verb{}, fmt.Errorf("empty verb")
	}
	v := verbWords(strings.Join(f, "_"))
	if len(v.Words) == 0 {
		return Verb{}, fmt.Errorf("empty verb %q", s)
	}
	for _, form := range forms {
		fv := verbWords(form)
		if fv.At < len(fv.Words) {
			v.Forms = append(v.Forms, fv.Words[fv.At])
		}
	}
	return v, nil
}

func verbWords(s string) Verb {
	var v Verb
	for _, w := range strings.Split(s, "_") {
		if w == "" {
			continue
		}
		if strings.HasPrefix(w, "+") {
			v.At = len(v.Words)
			w = w[1:]
		}
		if w = strings.ToLower(strings.Trim(w, "~")); w != "" {
			v.Words = append(v.Words, w)
		}
	}
	if v.At >= len(v.Words) {
		v.At = 0
	}
	return v
}

// RegularForms returns the regular inflections of an English verb:
// act → acts, acted, acting; agree → agrees, agreed, agreeing, carry →
// carries, carried.
func RegularForms(w string) []string {
	n := len(w)
	switch {
	case n < 2:
		return nil
	case strings.HasSuffix(w, "e"):
		return []string{w + "s", w + "d", w[:n-1] + "ing", w + "ing"}
	case w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return []string{w[:n-1] + "ies", w[:n-1] + "ied", w + "ing"}
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x"):
		return []string{w + "es", w + "ed", w + "ing"}
	}
	return []string{w + "s", w + "ed", w + "ing"}
}

// ParseCode reads a pattern code "[043]", "[042:043]", "[---]" (a match
// that codes nothing: returned as ""), "[031!]", "[###]" (a match that
// discards the sentence: returned as dict.DiscardCode).
func ParseCode(s string) (code, paired cameo.Code, err error) {
	s = strings.ToUpper(strings.Trim(strings.TrimSpace(s), "[]"))
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "!"))
	a, b, _ := strings.Cut(s, ":")
	a, b = strings.TrimSpace(strings.TrimSuffix(a, "!")), strings.TrimSpace(strings.TrimSuffix(b, "!"))
	if a == "---" || a == "" || a == "+++" {
		return "", "", nil
	}
	if a == "###" {
		return dict.DiscardCode, "", nil
	}
	if !dict.IsEventCode(a) {
		return "", "", fmt.Errorf("bad event code %q", a)
	}
	if b != "" && b != "---" {
		if !dict.IsEventCode(b) {
			return "", "", fmt.Errorf("bad paired event code %q", b)
		}
		paired = cameo.Code(b)
	}
	return cameo.Code(a), paired, nil
}

// groupMarks blanks the brackets of noun and prepositional phrases.
var groupMarks = strings.NewReplacer("{", " ", "}", " ", "(", " ", ")", " ")

// Compiler turns pattern text into dict.Patterns with a block's verbs.
type Compiler struct {
	Synsets Synsets
	// Alternatives reads TABARI's inline "{ A | B }" alternatives.
	Alternatives bool
	// Stems: a word that does not end in "_" (nor is joined by "_" to the
	// next) matches every token that starts with it (TABARI).
	Stems bool
	// MutualObjects: "%" after the verb is a compound object whose
	// members act on each other (TABARI); otherwise it is the target.
	MutualObjects bool

	resolved map[string]resolvedSynset // cache of synset
}

type resolvedSynset struct {
	alts []string
	seqs [][]string
}

// element is one part of a pattern: the verb, a role, a word or a synset.
type element struct {
	kind  byte // '*' verb, '+' target, '$' source, 'w' word, '&' synset, '|' alternatives
	word  string
	alts  []string
	glued bool // joined to the element before by '_'
}

// split reads the elements of a pattern body ("SUGGESTED_+ * DEMAND_&X").
func (c *Compiler) split(body string) ([]element, error) {
	var out []element
	r := groupMarks
	if c.Alternatives {
		// "{ GENEVA_ | INTERNATIONAL }" is one element with alternatives
		for {
			i := strings.IndexByte(body, '{')
			if i < 0 {
				break
			}
			j := strings.IndexByte(body[i:], '}')
			if j < 0 {
				return nil, fmt.Errorf("unclosed '{'")
			}
			inner := body[i+1 : i+j]
			var alts []string
			for _, a := range strings.Split(inner, "|") {
				if a = strings.TrimSpace(a); a != "" {
					alts = append(alts, a)
				}
			}
			key := fmt.Sprintf("\x00%d", len(out))
			out = append(out, element{kind: '|', alts: alts})
			body = body[:i] + " " + key + " " + body[i+j+1:]
		}
	}
	alts := out
	out = nil
	for _, tok := range strings.Fields(r.Replace(body)) {
		glued := false
		parts := strings.Split(tok, "_")
		for pi, part := range parts {
			if part == "" {
				glued = true
				continue
			}
			e := element{glued: glued}
			glued = true
			switch {
			case strings.HasPrefix(part, "\x00"):
				var k int
				fmt.Sscanf(part[1:], "%d", &k)
				e = alts[k]
				e.glued = false
			case part == "*":
				e.kind = '*'
			case part == "+" || part == "$":
				e.kind = part[0]
			case part == "%":
				e.kind = '%'
			case part == "^":
				e.kind = '^'
			case strings.HasPrefix(part, "&"):
				e.kind, e.word = '&', strings.ToUpper(strings.TrimRight(part, "_"))
			default:
				e.kind, e.word = 'w', strings.ToLower(strings.Trim(part, "~"))
				if e.word == "" {
					continue
				}
				// TABARI: a word not joined to the next by "_" is a stem,
				// and so is one written "WORD~" ("REAL~_PLEASANT" matches
				// "really pleasant")
				if c.Stems && (pi == len(parts)-1 || strings.HasSuffix(part, "~")) {
					e.word += "*"
				}
			}
			out = append(out, e)
		}
	}
	return out, nil
}

// synset resolves "&NAME" to single-word alternatives and multi-word
// sequences, following nested synsets.
func (c *Compiler) synset(name string, depth int) (alts []string, seqs [][]string, err error) {
	name = strings.TrimRight(name, "_")
	if r, ok := c.resolved[name]; ok {
		return r.alts, r.seqs, nil
	}
	alts, seqs, err = c.resolve(name, depth)
	if err == nil {
		if c.resolved == nil {
			c.resolved = map[string]resolvedSynset{}
		}
		c.resolved[name] = resolvedSynset{alts, seqs}
	}
	return alts, seqs, err
}

func (c *Compiler) resolve(name string, depth int) (alts []string, seqs [][]string, err error) {
	members, ok := c.Synsets[name]
	if !ok {
		return nil, nil, fmt.Errorf("unknown synset %s", name)
	}
	if depth > 8 {
		return nil, nil, fmt.Errorf("synset %s nests too deep", name)
	}
	for _, m := range members {
		m = groupMarks.Replace(m)
		stem := c.Stems && !strings.HasSuffix(strings.TrimSpace(m), "_")
		var words []string
		for fi, f := range strings.Fields(m) {
			if fi > 0 && c.Alternatives {
				// TABARI: words apart may have words between them
				// ("AUSTRIAN FLORIN" matches "Austrian gold florin")
				words = append(words, "*")
			}
			words = append(words, strings.FieldsFunc(f, func(r rune) bool { return r == '_' })...)
		}
		if stem && len(words) > 0 && !strings.HasPrefix(words[len(words)-1], "&") {
			words[len(words)-1] += "*"
		}
		var seq [][]string = [][]string{nil}
		for _, w := range words {
			if strings.HasPrefix(w, "&") {
				a, s, err := c.synset(strings.ToUpper(w), depth+1)
				if err != nil {
					return nil, nil, err
				}
				var next [][]string
				for _, pre := range seq {
					for _, x := range a {
						next = append(next, append(append([]string(nil), pre...), x))
					}
					for _, x := range s {
						next = append(next, append(append([]string(nil), pre...), x...))
					}
				}
				seq = next
				continue
			}
			for i := range seq {
				seq[i] = append(seq[i], strings.ToLower(strings.TrimLeft(strings.TrimRight(w, "~"), "~")))
			}
		}
		for _, s := range seq {
			switch len(s) {
			case 0:
			case 1:
				alts = append(alts, s[0])
			default:
				seqs = append(seqs, s)
			}
		}
	}
	return alts, seqs, nil
}

// compoundMark reports whether a pattern writes "%" before its verb: the
// pattern matches a compound subject whose members act on each other
// ("- % * [030:030]": "Arnor and Gondor agree").
func compoundMark(body string) bool {
	for _, f := range strings.Fields(body) {
		switch f {
		case "%":
			return true
		case "*":
			return false
		}
	}
	return false
}

// Compile builds the pattern for verb v (its anchor accepting anchorAlts)
// from the pattern body. A body without "*" puts the verb first.
func (c *Compiler) Compile(v Verb, anchorAlts []string, body string) (*dict.Pattern, error) {
	els, err := c.split(body)
	if err != nil {
		return nil, err
	}
	hasVerb := false
	for _, e := range els {
		hasVerb = hasVerb || e.kind == '*'
	}
	if !hasVerb {
		els = append([]element{{kind: '*'}}, els...)
	}
	p := &dict.Pattern{Anchor: -1, Loose: true, Compound: compoundMark(body)}
	add := func(it dict.Item, glued bool) {
		if len(p.Items) > 0 && !glued {
			prev := p.Items[len(p.Items)-1].Kind
			if prev != dict.Skip && it.Kind != dict.Skip {
				p.Items = append(p.Items, dict.Item{Kind: dict.Skip})
			}
		}
		p.Items = append(p.Items, it)
	}
	for _, e := range els {
		switch e.kind {
		case '*':
			for i, w := range v.Words {
				if i == v.At {
					p.Anchor = len(p.Items)
					if i > 0 || len(p.Items) > 0 && e.glued {
						p.Items = append(p.Items, dict.Item{Kind: dict.Lit, Alts: anchorAlts})
					} else {
						add(dict.Item{Kind: dict.Lit, Alts: anchorAlts}, e.glued)
						p.Anchor = len(p.Items) - 1
					}
					continue
				}
				it := dict.Item{Kind: dict.Lit, Alts: []string{w}}
				if i == 0 {
					add(it, e.glued)
				} else {
					p.Items = append(p.Items, it)
				}
			}
		case '^':
			// after the verb, "^" skips a noun phrase ("- * AT ^ +": "warned
			// at the river of X" targets X); before it, it is dropped
			if p.Anchor < 0 {
				continue
			}
			if n := len(p.Items); n > 0 && p.Items[n-1].Kind == dict.Skip && len(p.Items[n-1].Alts) == 0 {
				p.Items[n-1].Alts = []string{dict.SkipPhrase}
			} else {
				p.Items = append(p.Items, dict.Item{Kind: dict.Skip, Alts: []string{dict.SkipPhrase}})
			}
		case '%':
			// after the verb, "%" is the target: for TABARI (MutualObjects)
			// a compound whose members act on each other ("- HAS * WITH %
			// [067]"); before the verb, see compoundMark
			if p.Anchor >= 0 {
				add(dict.Item{Kind: dict.Target}, true)
				p.CompoundObject = c.MutualObjects
			}
		case '+':
			add(dict.Item{Kind: dict.Target}, true)
		case '$':
			add(dict.Item{Kind: dict.Source}, true)
		case 'w':
			if w := strings.TrimSuffix(e.word, "*"); len(w) > 1 && strings.HasSuffix(w, "-") {
				// "ANTI-": the tokenizer reads "anti- Gondor" as "anti" "-"
				add(dict.Item{Kind: dict.Lit, Seqs: [][]string{{w[:len(w)-1], "-"}}}, e.glued)
				continue
			}
			add(dict.Item{Kind: dict.Lit, Alts: []string{e.word}}, e.glued)
		case '&':
			alts, seqs, err := c.synset(e.word, 0)
			if err != nil {
				return nil, err
			}
			add(dict.Item{Kind: dict.Lit, Alts: alts, Seqs: seqs, Synset: e.word}, e.glued)
		case '|':
			it := dict.Item{Kind: dict.Lit}
			for _, a := range e.alts {
				ws := strings.FieldsFunc(a, func(r rune) bool { return r == '_' || r == ' ' })
				if c.Stems && !strings.HasSuffix(a, "_") && len(ws) > 0 && !strings.HasPrefix(ws[len(ws)-1], "&") {
					ws[len(ws)-1] += "*"
				}
				var seq []string
				// TABARI: words of an alternative written apart may have
				// words between them ("{ LOUDLY RAISED | ... }" matches
				// "loudly and boldly raised"); a "*" in the sequence marks it
				gapAfter := map[int]bool{}
				if c.Alternatives {
					n := 0
					for _, g := range strings.Fields(a) {
						n += len(strings.FieldsFunc(g, func(r rune) bool { return r == '_' }))
						gapAfter[n-1] = true
					}
				}
				for wi, w := range ws {
					if wi > 0 && gapAfter[wi-1] && len(seq) > 0 {
						seq = append(seq, "*")
					}
					if strings.HasPrefix(w, "&") {
						sa, ss, err := c.synset(strings.ToUpper(w), 0)
						if err != nil {
							return nil, err
						}
						if len(ws) == 1 {
							it.Alts = append(it.Alts, sa...)
							it.Seqs = append(it.Seqs, ss...)
							seq = nil
							break
						}
						if len(sa) > 0 {
							seq = append(seq, sa[0])
						}
						continue
					}
					seq = append(seq, strings.ToLower(strings.Trim(w, "~")))
				}
				switch len(seq) {
				case 0:
				case 1:
					it.Alts = append(it.Alts, seq[0])
				default:
					it.Seqs = append(it.Seqs, seq)
				}
			}
			add(it, e.glued)
		}
	}
	// a role item right before or after the anchor may stand apart from
	// it by auxiliaries and adverbs: keep the gap the elements asked for.
	if p.Anchor < 0 {
		return nil, fmt.Errorf("pattern %q has no verb", body)
	}
	for _, it := range p.Items {
		if it.Kind == dict.Lit && len(it.Alts) == 0 && len(it.Seqs) == 0 {
			return nil, fmt.Errorf("pattern %q has an empty word set", body)
		}
	}
	return p, nil
}

// ParseVerbs reads a PETRARCH-1 or PETRARCH-2 verb dictionary.
func ParseVerbs(d *dict.Dict, name string, data []byte) []error {
	var errs []error
	bad := func(n int, format string, a ...any) {
		errs = append(errs, &dict.ParseError{File: name, Line: n, Msg: fmt.Sprintf(format, a...)})
	}
	comp := &Compiler{Synsets: Synsets{}}
	if version(data) >= 2 {
		// the CAMEO 2.0 format of PETRARCH-2, which keeps an actor code
		// "FRO/BIL/SAM" whole where PETRARCH-1 splits it
		if d.Options == nil {
			d.Options = dict.Options{}
		}
		d.Options["split_codes"] = "false"
	}
	type patLine struct {
		n    int
		body string
		code string
		text string
	}
	type verbLine struct {
		n    int
		v    Verb
		code string // the verb's own code, else the block's
	}
	type block struct {
		n     int
		code  string
		verbs []verbLine
		pats  []patLine
	}
	var blocks []*block
	var cur *block
	synset := ""
	forEachLine(data, '#', func(n int, raw, line string) {
		if synset != "" {
			if strings.HasPrefix(line, "+") {
				comp.Synsets[synset] = append(comp.Synsets[synset], strings.TrimSpace(line[1:]))
				return
			}
			synset = ""
		}
		switch {
		case strings.HasPrefix(line, "&"):
			synset = strings.ToUpper(strings.TrimRight(strings.Fields(line)[0], "_"))
			if _, dup := comp.Synsets[synset]; dup {
				comp.Synsets[synset] = nil // a later definition replaces the earlier
			}
		case strings.HasPrefix(line, "~"):
			d.Transformations = append(d.Transformations, &dict.Transformation{Text: strings.TrimSpace(line[1:]), Origin: event.Origin{File: name, Line: n}})
		case strings.HasPrefix(line, "---"):
			inner := strings.TrimSpace(strings.Trim(line, "-"))
			i, j := strings.IndexByte(inner, '['), strings.IndexByte(inner, ']')
			if i < 0 || j < i {
				bad(n, "verb block %q without [CODE]", line)
				cur = nil
				return
			}
			cur = &block{n: n, code: inner[i : j+1]}
			blocks = append(blocks, cur)
		case cur == nil:
			bad(n, "%q outside a verb block", line)
		case strings.HasPrefix(line, "-") || strings.HasPrefix(line, "*"):
			body := strings.TrimSpace(strings.TrimPrefix(line, "-"))
			i := strings.LastIndexByte(body, '[')
			if i < 0 || !strings.HasSuffix(body, "]") {
				bad(n, "pattern %q without [CODE]", line)
				return
			}
			cur.pats = append(cur.pats, patLine{n: n, body: strings.TrimSpace(body[:i]), code: body[i:], text: line})
		default:
			head, code := line, ""
			if i := strings.IndexByte(line, '['); i >= 0 {
				head, code = strings.TrimSpace(line[:i]), line[i:]
			}
			v, err := ParseVerb(head)
			if err != nil {
				bad(n, "%v", err)
				return
			}
			if len(v.Forms) == 0 {
				// PETRARCH forms the regular inflections of a verb given
				// without its forms
				v.Forms = RegularForms(v.Words[v.At])
			}
			cur.verbs = append(cur.verbs, verbLine{n: n, v: v, code: code})
		}
	})
	for _, b := range blocks {
		if len(b.verbs) == 0 {
			bad(b.n, "verb block without verbs")
			continue
		}
		// verbs of one word share one anchor; multi-word verbs get their own
		var single []string
		var groups []Verb
		for _, vl := range b.verbs {
			code := b.code
			if vl.code != "" {
				code = vl.code
			}
			c, paired, err := ParseCode(code)
			if err != nil {
				bad(vl.n, "%v", err)
				continue
			}
			alts := append([]string{vl.v.Words[vl.v.At]}, vl.v.Forms...)
			if c != "" {
				p, err := comp.Compile(vl.v, alts, "*")
				if err != nil {
					bad(vl.n, "%v", err)
				} else {
					p.Code, p.Paired = c, paired
					p.Text = strings.Join(vl.v.Words, " ")
					p.Origin = event.Origin{File: name, Line: vl.n}
					d.Patterns = append(d.Patterns, p)
				}
			}
			if len(vl.v.Words) == 1 {
				single = append(single, alts...)
			} else {
				groups = append(groups, vl.v)
			}
		}
		var anchors []Verb
		var anchorAlts [][]string
		if len(single) > 0 {
			anchors = append(anchors, Verb{Words: []string{single[0]}})
			anchorAlts = append(anchorAlts, single)
		}
		for _, g := range groups {
			anchors = append(anchors, g)
			anchorAlts = append(anchorAlts, append([]string{g.Words[g.At]}, g.Forms...))
		}
		for _, pl := range b.pats {
			c, paired, err := ParseCode(pl.code)
			if err != nil {
				bad(pl.n, "%v", err)
				continue
			}
			for k, v := range anchors {
				p, err := comp.Compile(v, anchorAlts[k], pl.body)
				if err != nil {
					bad(pl.n, "%v", err)
					break
				}
				p.Code, p.Paired = c, paired
				p.Text = pl.text
				p.Origin = event.Origin{File: name, Line: pl.n}
				d.Patterns = append(d.Patterns, p)
			}
		}
	}
	return errs
}

// versionLine finds a header line "VERSION: 2.0" ("# VERSION: 2.0 -->",
// "<!-- VERSION: 0.1 -->").
var versionLine = regexp.MustCompile(`(?m)^\W*VERSION:\s*(\d+)`)

// version returns the major version a verb dictionary declares in its
// first lines, or 0.
func version(data []byte) int {
	head := data[:min(len(data), 2000)]
	m := versionLine.FindSubmatch(head)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}
