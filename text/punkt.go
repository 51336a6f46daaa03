package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
)

// punkt is a port of the English Punkt sentence splitter of
// github.com/neurosnap/sentences v1.1.2 (packages sentences and english),
// using the same trained model. It makes the same decisions, token by token,
// but without regular expressions and with no allocation per token: the
// library spends most of Split's time in regexp and the garbage collector.
// TestPunktSameAsLibrary checks that both give the same boundaries.
//
// Like the library, it works on whitespace-separated tokens and decides for
// each whether a sentence ends after it, in three passes:
//
//  1. by the token alone: "?" and "!" and a closing quote after ".?!" end a
//     sentence; a final "." does unless the word is a known abbreviation;
//  2. by the next token (Punkt's collocation, orthographic and sentence
//     starter heuristics, initials and ordinals);
//  3. the english package's rules for dotted abbreviations (F.B.I.) and
//     list numbers.
//
// The comments in the code name the library function each part mirrors.
type punkt struct {
	abbrev   sentences.SetString // abbreviation types: "dr", "u.s"
	colloc   sentences.SetString // "typ,nexttyp" pairs that do not split
	starters sentences.SetString // frequent sentence starters
	ortho    sentences.SetString // type → orthographic context bits
}

// Orthographic context bits (sentences/ortho.go).
const (
	orthoBegUc = 1 << 1
	orthoMidUc = 1 << 2
	orthoUnkUc = 1 << 3
	orthoBegLc = 1 << 4
	orthoMidLc = 1 << 5
	orthoUnkLc = 1 << 6
	orthoUc    = orthoBegUc + orthoMidUc + orthoUnkUc
	orthoLc    = orthoBegLc + orthoMidLc + orthoUnkLc
)

// ptoken is a whitespace-separated token with Punkt's annotations.
type ptoken struct {
	tok       string
	pos       int // byte offset just after the token (where a break goes)
	sentBreak bool
	abbr      bool
	dots      bool // has '.', '?', '!' or a CJK full stop: only such tokens can end a sentence
}

// punktScratch is reusable space for one goroutine.
type punktScratch struct {
	toks []ptoken
	buf  []byte // types being compared
	obuf []byte // the type looked up by orthoHeuristic
}

// annotate tokenises line and marks sentence breaks exactly as the library's
// DefaultSentenceTokenizer.AnnotatedTokens does with the English annotations.
func (p *punkt) annotate(line string, sc *punktScratch) []ptoken {
	toks := p.words(line, sc.toks[:0])
	// Tokens without dots are never marked as a break by any pass, and
	// every pass but the first looks at pairs whose first token may be one.
	for i := range toks {
		if toks[i].dots {
			p.typeAnnotation(&toks[i], sc)
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].dots {
			p.tokenAnnotation(&toks[i], &toks[i+1], sc)
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].dots {
			p.multiPunctAnnotation(&toks[i], &toks[i+1], sc)
		}
	}
	sc.toks = toks
	return toks
}

// words mirrors DefaultWordTokenizer.Tokenize(text, false), including its
// quirks: a token ends at white space or after a CJK full stop; the last
// token of the text is only seen when the text's last character is one byte
// long; a text without tokens is one token.
func (p *punkt) words(text string, toks []ptoken) []ptoken {
	n := len(text)
	if n == 0 {
		return toks
	}
	first := len(toks)
	lastSpace := 0
	// A hand-written `for i, char := range text` with an ASCII fast path.
	for i, w := 0, 1; i < n; i += w {
		char := rune(text[i])
		w = 1
		if char >= utf8.RuneSelf {
			char, w = utf8.DecodeRuneInString(text[i:])
		} else if asciiClass[char]&clSpace == 0 && i != n-1 {
			continue
		}
		cjk := isCjkPunct(char)
		if !unicode.IsSpace(char) && !cjk && i != n-1 {
			continue
		}
		k := i
		if cjk {
			k += utf8.RuneLen(char)
		}
		cursor := k
		if k == n-1 {
			cursor = n
		}
		word := strings.TrimSpace(text[lastSpace:cursor])
		if word == "" {
			continue
		}
		toks = append(toks, ptoken{tok: word, pos: cursor, dots: hasDots(word)})
		lastSpace = cursor
	}
	if len(toks) == first {
		toks = append(toks, ptoken{tok: text, pos: n, dots: hasDots(text)})
	}
	return toks
}

// hasDots reports whether tok has '.', '?', '!' or the first byte of a CJK
// full stop: every end-of-sentence mark the passes look for contains one.
func hasDots(tok string) bool {
	for i := 0; i < len(tok); i++ {
		switch tok[i] {
		case '.', '?', '!', 0xE3:
			return true
		}
	}
	return false
}

func isCjkPunct(r rune) bool { return r == '。' || r == '；' || r == '！' || r == '？' }

// typeAnnotation mirrors TypeBasedAnnotation.typeAnnotation.
func (p *punkt) typeAnnotation(t *ptoken, sc *punktScratch) {
	if hasSentEndChars(t.tok) {
		t.sentBreak = true
		return
	}
	if !hasPeriodFinal(t.tok) || strings.HasSuffix(t.tok, "..") {
		return
	}
	// The library cuts the token at its rune count minus one, in bytes.
	noPeriod := t.tok[:utf8.RuneCountInString(t.tok)-1]
	b := appendLower(sc.buf[:0], noPeriod)
	last := b
	if k := lastIndexByte(b, '-'); k >= 0 {
		last = b[k+1:]
	}
	if p.abbrev[string(b)] != 0 || p.abbrev[string(last)] != 0 {
		t.abbr = true
	} else {
		t.sentBreak = true
	}
	sc.buf = b
}

// tokenAnnotation mirrors TokenBasedAnnotation.tokenAnnotation.
func (p *punkt) tokenAnnotation(one, two *ptoken, sc *punktScratch) {
	if !hasPeriodFinal(one.tok) {
		return
	}
	b := p.appendTypeNoPeriod(sc.buf[:0], one.tok)
	nTyp := len(b)
	isNumber := string(b) == "##number##"
	b = append(b, ',')
	b = p.appendTypeNoSentPeriod(b, two)
	sc.buf = b
	nextTyp := b[nTyp+1:]
	isInitial := isInitial(one.tok)

	// Collocation heuristic.
	if p.colloc[string(b)] != 0 {
		one.sentBreak = false
		one.abbr = true
		return
	}
	// Abbreviations and ellipses may also end a sentence.
	if (one.abbr || isEllipsis(one.tok)) && !isInitial {
		if p.orthoHeuristic(two, sc) == 1 {
			one.sentBreak = true
			return
		}
		if firstUpper(two.tok) && p.starters[string(nextTyp)] != 0 {
			one.sentBreak = true
			return
		}
	}
	// Spaced ellipsis ". . .".
	if one.tok == "." && two.tok == "." {
		one.sentBreak = false
		two.sentBreak = false
		return
	}
	// Initials and ordinals.
	if isInitial || isNumber {
		h := p.orthoHeuristic(two, sc)
		if h == 0 {
			one.sentBreak = false
			one.abbr = true
			return
		}
		if h == -1 && isInitial && firstUpper(two.tok) && p.ortho[string(nextTyp)]&orthoLc == 0 {
			one.sentBreak = false
			one.abbr = true
		}
	}
}

// multiPunctAnnotation mirrors english.MultiPunctWordAnnotation.tokenAnnotation.
func (p *punkt) multiPunctAnnotation(one, two *ptoken, sc *punktScratch) {
	if isListNumber(one.tok) || one.tok == "N°." {
		one.sentBreak = false
		return
	}
	if strings.HasSuffix(one.tok, ".") && two.tok == "." {
		one.sentBreak = false
		return
	}
	unreliable := hasUnreliableEndChars(one.tok)
	coord2 := isCoordinatePartTwo(one.tok)
	if !hasDottedAbbr(one.tok) && one.tok != "." && !unreliable && !coord2 {
		return
	}
	if isInitial(one.tok) {
		return
	}
	one.abbr = true
	one.sentBreak = false
	if p.orthoHeuristic(two, sc) == 1 {
		one.sentBreak = true
		return
	}
	if firstUpper(two.tok) {
		b := p.appendTypeNoSentPeriod(sc.buf[:0], two)
		sc.buf = b
		if p.starters[string(b)] != 0 || unreliable || one.tok == "." || coord2 {
			one.sentBreak = true
		}
	}
}

// orthoHeuristic mirrors OrthoContext.Heuristic: 1 if the token starts a
// sentence, 0 if it does not, -1 if unknown.
func (p *punkt) orthoHeuristic(t *ptoken, sc *punktScratch) int {
	switch t.tok {
	case ";", ":", ",", ".", "!", "?", "；", "：", "，", "。", "！", "？":
		return 0
	}
	b := p.appendTypeNoSentPeriod(sc.obuf[:0], t)
	sc.obuf = b
	ctx := p.ortho[string(b)]
	if firstUpper(t.tok) && ctx&orthoLc > 0 && ctx&orthoMidUc == 0 {
		return 1
	}
	if firstLower(t.tok) && (ctx&orthoUc > 0 || ctx&orthoBegLc == 0) {
		return 0
	}
	return -1
}

// appendType appends the token's type, as DefaultWordTokenizer.Type: lower
// case, a numeric tail replaced by "##number##", commas removed (unless the
// type is one byte long).
func (p *punkt) appendType(b []byte, tok string) []byte {
	start := len(b)
	b = appendLower(b, tok)
	if k := numericTail(b[start:]); k >= 0 {
		b = append(b[:start+k], "##number##"...)
	}
	if len(b)-start == 1 {
		return b
	}
	w := start
	for r := start; r < len(b); r++ {
		if b[r] != ',' {
			b[w] = b[r]
			w++
		}
	}
	return b[:w]
}

// appendTypeNoPeriod mirrors TypeNoPeriod: the type without a final period.
func (p *punkt) appendTypeNoPeriod(b []byte, tok string) []byte {
	start := len(b)
	b = p.appendType(b, tok)
	if len(b)-start > 1 && b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	return b
}

// appendTypeNoSentPeriod mirrors TypeNoSentPeriod.
func (p *punkt) appendTypeNoSentPeriod(b []byte, t *ptoken) []byte {
	if t.sentBreak {
		return p.appendTypeNoPeriod(b, t.tok)
	}
	return p.appendType(b, t.tok)
}

// numericTail returns where the regexp `-?[\.,]?\d[\d,\.-]*\.?$` would
// first match b, or -1. A match lies within the tail of characters from
// [0-9,.-] and starts at the first place that is followed by an optional
// '-', an optional '.' or ',' and a digit.
func numericTail(b []byte) int {
	r := len(b)
	for r > 0 && (isDigit(b[r-1]) || b[r-1] == ',' || b[r-1] == '.' || b[r-1] == '-') {
		r--
	}
	for q := r; q < len(b); q++ {
		k := q
		if b[k] == '-' {
			k++
		}
		if k < len(b) && (b[k] == '.' || b[k] == ',') {
			k++
		}
		if k < len(b) && isDigit(b[k]) {
			return q
		}
	}
	return -1
}

// appendLower appends strings.ToLower(s).
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func lastIndexByte(b []byte, c byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// The end-of-sentence character lists of the english package.
var (
	sentEnders = [...]string{
		`."`, `.'`, `.)`, `.’`, `.”`,
		`?`, `?"`, `?'`, `?)`, `?’`, `?”`,
		`!`, `!"`, `!'`, `!)`, `!’`, `!”`,
	}
	sentParens = [...]string{
		`.[`, `.(`, `."`, `.'`,
		`?[`, `?(`,
		`![`, `!(`,
	}
	unreliableEnders = [...]string{
		`."`, `.'`, `.)`, `.’`, `.”`,
		`?"`, `?'`, `?)`, `?’`, `?”`,
		`!"`, `!'`, `!)`, `!’`, `!”`,
	}
)

// hasSentEndChars mirrors english.WordTokenizer.HasSentEndChars.
func hasSentEndChars(tok string) bool {
	for _, e := range sentEnders {
		if strings.HasSuffix(tok, e) {
			return true
		}
	}
	for _, e := range sentParens {
		if strings.Contains(tok, e) {
			return true
		}
	}
	return false
}

// hasUnreliableEndChars mirrors english.WordTokenizer.HasUnreliableEndChars.
func hasUnreliableEndChars(tok string) bool {
	for _, e := range unreliableEnders {
		if strings.HasSuffix(tok, e) {
			return true
		}
	}
	return false
}

func hasPeriodFinal(tok string) bool {
	return strings.HasSuffix(tok, ".") || strings.HasSuffix(tok, "。")
}

// isEllipsis: `\.\.+$`.
func isEllipsis(tok string) bool { return strings.HasSuffix(tok, "..") }

// isInitial: `^[A-Za-z]\.$`.
func isInitial(tok string) bool { return len(tok) == 2 && isLetter(tok[0]) && tok[1] == '.' }

// isListNumber: `^\d+.?\)?$` (the dot is any character but a newline).
func isListNumber(tok string) bool {
	k := 0
	for k < len(tok) && isDigit(tok[k]) {
		k++
	}
	if k == 0 {
		return false
	}
	rest := tok[k:]
	if rest == "" || rest == ")" {
		return true
	}
	_, w := utf8.DecodeRuneInString(rest)
	if rest[0] == '\n' {
		return false
	}
	return rest[w:] == "" || rest[w:] == ")"
}

// isCoordinatePartTwo: `^[0-9]*\.[0-9]*\.[0-9]*\.$`.
func isCoordinatePartTwo(tok string) bool {
	dots := 0
	for i := 0; i < len(tok); i++ {
		switch c := tok[i]; {
		case c == '.':
			dots++
		case !isDigit(c):
			return false
		}
	}
	return dots == 3 && tok[len(tok)-1] == '.'
}

// hasDottedAbbr reports whether the english package's `((?:[\w]\.)+[\w]*\.)`
// matches somewhere in tok: a word character and a dot, then word characters
// and another dot (U.S., F.B.I., end..).
func hasDottedAbbr(tok string) bool {
	for i := 0; i+2 < len(tok); i++ {
		if tok[i+1] != '.' || !isWordByte(tok[i]) {
			continue
		}
		k := i + 2
		for k < len(tok) && isWordByte(tok[k]) {
			k++
		}
		if k < len(tok) && tok[k] == '.' {
			return true
		}
	}
	return false
}

// isWordByte is regexp's \w: [0-9A-Za-z_].
func isWordByte(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' }

func firstUpper(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return tok != "" && unicode.IsUpper(r)
}

func firstLower(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return tok != "" && unicode.IsLower(r)
}
