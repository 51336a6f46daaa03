package text

import (
	"unicode"
	"unicode/utf8"
)

// tokenizer holds the scratch space of one Split call.
//
// Lower forms that differ from the text are written to one byte arena and
// turned into strings by finish, so lower-casing costs one allocation per
// document rather than one per capitalised word.
type tokenizer struct {
	sp    *Splitter
	toks  []Token
	arena []byte
	lows  []lowSpan
}

// lowSpan records that toks[tok].Lower is arena[a:b].
type lowSpan struct{ tok, a, b int32 }

// tokenize appends the tokens of the sentence text[start:end].
func (t *tokenizer) tokenize(text string, start, end int) {
	s := text[start:end]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch cl := asciiClass[c]; {
			case cl&clSpace != 0:
				i++
			case cl&clWord != 0:
				i = t.word(s, start, i)
			default:
				i = t.punct(s, start, i, rune(c), 1)
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpaceRune(r):
			i += w
		case isWordRune(r):
			i = t.word(s, start, i)
		default:
			i = t.punct(s, start, i, r, w)
		}
	}
}

// punct emits the punctuation token that starts at s[i] (rune r of width w)
// and returns the index after it. A run of dots ("...") or of hyphens ("--")
// is one token; every other mark is a token by itself.
func (t *tokenizer) punct(s string, base, i int, r rune, w int) int {
	if q := quoteFold(r); q != "" {
		t.toks = append(t.toks, Token{
			Text: s[i : i+w], Lower: q, Lemma: q,
			Start: base + i, End: base + i + w, Kind: Quote,
		})
		return i + w
	}
	j := i + w
	if r == '.' || r == '-' {
		for j < len(s) && s[j] == byte(r) {
			j++
		}
	}
	txt := s[i:j]
	t.toks = append(t.toks, Token{
		Text: txt, Lower: txt, Lemma: txt,
		Start: base + i, End: base + j, Kind: Punct,
	})
	return j
}

// word emits the word or number that starts at s[i] and, if one is split
// off, the clitic that follows it; it returns the index after them.
func (t *tokenizer) word(s string, base, i int) int {
	n := len(s)
	j := i
	var flags Flags
	if e := t.dotted(s, i); e > 0 {
		j, flags = e, Abbrev
	}
	j = skipWordRunes(s, j)
	clitic := -1 // start of a clitic split off the end, if any
	cliticEnd := 0
scan:
	for j < n {
		c := s[j]
		next := -1 // where the word goes on after a joining mark
		switch {
		case c == '-':
			next = j + 1
		case c == 0xE2 && j+2 < n && s[j+1] == 0x80 && (s[j+2] == 0x90 || s[j+2] == 0x91):
			next = j + 3 // U+2010 hyphen, U+2011 non-breaking hyphen
		case c == '.':
			// 2.5 and 192.168.0.1; wikinews.org
			if isDigit(s[j-1]) && j+1 < n && isDigit(s[j+1]) ||
				isLowerAlnum(s[j-1]) && j+1 < n && isLower(s[j+1]) {
				next = j + 1
			}
		case c == ',':
			// 3,000 but not "In 2019, 300 ..." (needs exactly three digits)
			if isDigit(s[i]) && isDigit(s[j-1]) && j+3 < n &&
				isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
				(j+4 == n || !isDigit(s[j+4])) {
				next = j + 1
			}
		case c == '+' || c == '/' || c == ':':
			// 5+5, 24/7, 6:30
			if isDigit(s[j-1]) && j+1 < n && isDigit(s[j+1]) {
				next = j + 1
			}
		case c == '&':
			// AT&T, S&P
			if isUpper(s[j-1]) && j+1 < n && isUpper(s[j+1]) {
				next = j + 1
			}
		case c == '\'' || c == 0xE2 && j+2 < n && s[j+1] == 0x80 && s[j+2] == 0x99: // ' or ’
			after := j + 1
			if c != '\'' {
				after = j + 3
			}
			if k := cliticLen(s, after); k > 0 {
				clitic, cliticEnd = j, after+k // Haftar’s, they're
				break scan
			}
			if j-1 > i && (s[j-1] == 'n' || s[j-1] == 'N') && after < n &&
				(s[after] == 't' || s[after] == 'T') && !wordRuneAt(s, after+1) {
				clitic, cliticEnd = j-1, after+1 // don't → do n't
				break scan
			}
			if after < n && wordRuneAt(s, after) {
				next = after // O'Brien, Qur'an
			}
		}
		if next < 0 || !wordRuneAt(s, next) {
			break
		}
		j = skipWordRunes(s, next)
	}
	end := j
	if clitic >= 0 {
		end = clitic
	} else if flags&Abbrev == 0 && j < n && s[j] == '.' && !endsSentence(s, j+1) {
		// Gen. Haftar, John F. Kennedy: the dot belongs to the word unless it
		// also ends the sentence.
		if t.sp.abbr[s[i:j+1]] != abbrNone || j-i == 1 && isUpper(s[i]) {
			end = j + 1
			flags |= Abbrev
		}
	}
	t.emitWord(s, base, i, end, flags)
	if clitic >= 0 {
		t.emitWord(s, base, clitic, cliticEnd, Clitic)
		return cliticEnd
	}
	return end
}

// dotted returns the end of a dotted abbreviation of two or more segments
// starting at s[i] (U.S., e.g., J.R.R., Ph.D.), or 0. Segments of one letter
// are always accepted; longer ones only if listed in abbreviations.txt.
func (t *tokenizer) dotted(s string, i int) int {
	j, segs, single := i, 0, true
	for {
		k := j
		for k < len(s) && k-j < 4 && isLetter(s[k]) {
			k++
		}
		if k == j || k >= len(s) || s[k] != '.' {
			break
		}
		if k-j > 1 {
			single = false
		}
		segs++
		j = k + 1
		if j >= len(s) || !isLetter(s[j]) {
			break
		}
	}
	if segs < 2 {
		return 0
	}
	if !single && t.sp.abbr[s[i:j]] == abbrNone {
		return 0
	}
	return j
}

// cliticLen returns the length of a clitic (s, re, ve, ll, d, m, in any case)
// at s[k] that ends the word, or 0.
func cliticLen(s string, k int) int {
	if k >= len(s) {
		return 0
	}
	l := 0
	switch s[k] | 0x20 {
	case 's', 'd', 'm':
		l = 1
	case 'r', 'v':
		if k+1 < len(s) && s[k+1]|0x20 == 'e' {
			l = 2
		}
	case 'l':
		if k+1 < len(s) && s[k+1]|0x20 == 'l' {
			l = 2
		}
	}
	if l == 0 || wordRuneAt(s, k+l) {
		return 0
	}
	return l
}

// endsSentence reports whether only closing quotes, brackets and space follow
// s[k:].
func endsSentence(s string, k int) bool {
	for k < len(s) {
		r, w := decodeRune(s[k:])
		switch {
		case r == ')' || r == ']' || r == '}' || isSpaceRune(r) || quoteFold(r) != "":
			k += w
		default:
			return false
		}
	}
	return true
}

// emitWord appends the word or number s[a:b] with its lower-case form and
// shape flags; its lemma is filled in by finish.
func (t *tokenizer) emitWord(s string, base, a, b int, flags Flags) {
	txt := s[a:b]
	kind := Number
	changed, first, letters, lower := false, true, false, false
	for k := 0; k < len(txt); {
		c := txt[k]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				letters, lower, first = true, true, false
				kind = Word
			case 'A' <= c && c <= 'Z':
				if first {
					flags |= Capitalized
				}
				letters, first, changed = true, false, true
				kind = Word
			case c == '\'' || c == '.' || c == ',' || c == '-' || c == '+' || c == '/' || c == ':' || isDigit(c):
			default:
				kind = Word // &
			}
			k++
			continue
		}
		r, w := utf8.DecodeRuneInString(txt[k:])
		k += w
		kind = Word
		switch {
		case w == 1: // invalid byte: kept as is
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if first {
				flags |= Capitalized
			}
			letters, first, changed = true, false, true
		case unicode.IsLower(r):
			letters, lower, first = true, true, false
		case unicode.IsLetter(r):
			letters, first = true, false
		case foldRune(r) != r:
			changed = true
		}
	}
	if letters && !lower {
		flags |= AllCaps
	}
	tok := Token{Text: txt, Lower: txt, Start: base + a, End: base + b, Kind: kind, Flags: flags}
	if changed {
		start := len(t.arena)
		for k := 0; k < len(txt); {
			c := txt[k]
			if c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				t.arena = append(t.arena, c)
				k++
				continue
			}
			r, w := utf8.DecodeRuneInString(txt[k:])
			if w == 1 {
				t.arena = append(t.arena, c)
			} else {
				t.arena = utf8.AppendRune(t.arena, foldRune(unicode.ToLower(r)))
			}
			k += w
		}
		t.lows = append(t.lows, lowSpan{int32(len(t.toks)), int32(start), int32(len(t.arena))})
	}
	t.toks = append(t.toks, tok)
}

// finish turns the arena into the Lower strings and looks up lemmas.
func (t *tokenizer) finish() {
	low := string(t.arena)
	for _, l := range t.lows {
		t.toks[l.tok].Lower = low[l.a:l.b]
	}
	for i := range t.toks {
		tok := &t.toks[i]
		if tok.Lemma != "" {
			continue // quotes and punctuation
		}
		tok.Lemma = t.sp.lemma(tok)
	}
}

// lemma gives the dictionary form of a word: the override from lemmas.txt,
// else golem's, else the lower-case form. Numbers, and acronyms written in
// capitals ("UN", "AIDS", "U.S."), keep their lower-case form.
func (s *Splitter) lemma(tok *Token) string {
	if tok.Kind != Word || tok.Flags&AllCaps != 0 && len(tok.Text) > 1 {
		return tok.Lower
	}
	return s.lemmas.lemma(tok.Lower)
}

// Character classes of ASCII bytes.
const (
	clSpace = 1 << iota
	clWord
)

// asciiClass is a constant table: never written after initialisation.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == ' ' || '\t' <= c && c <= '\r':
			t[c] = clSpace
		case '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = clWord
		}
	}
	return t
}()

func isDigit(c byte) bool      { return '0' <= c && c <= '9' }
func isUpper(c byte) bool      { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool      { return 'a' <= c && c <= 'z' }
func isLetter(c byte) bool     { return isLower(c) || isUpper(c) }
func isLowerAlnum(c byte) bool { return isLower(c) || isDigit(c) }

// isWordRune reports whether r is part of a word: a letter, digit or
// combining mark, or a zero-width (non-)joiner as used in Persian names.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&clWord != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc) ||
		r == 0x200C || r == 0x200D
}

// isSpaceRune reports white space, including the zero-width space and the
// byte-order mark, which separate tokens without showing.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&clSpace != 0
	}
	return unicode.IsSpace(r) || r == 0x200B || r == 0x2060 || r == 0xFEFF
}

// wordRuneAt reports whether a word rune starts at s[k].
func wordRuneAt(s string, k int) bool {
	if k >= len(s) {
		return false
	}
	if s[k] < utf8.RuneSelf {
		return asciiClass[s[k]]&clWord != 0
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return isWordRune(r)
}

// skipWordRunes returns the index after the run of word runes at s[k].
func skipWordRunes(s string, k int) int {
	for k < len(s) {
		if c := s[k]; c < utf8.RuneSelf {
			if asciiClass[c]&clWord == 0 {
				return k
			}
			k++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[k:])
		if !isWordRune(r) {
			return k
		}
		k += w
	}
	return k
}

// quoteFold returns the ASCII form of a quotation mark or apostrophe, or ""
// if r is not one: ’ ‘ ‛ ‚ ‹ › ` → ' and “ ” „ ‟ « » → ".
func quoteFold(r rune) string {
	switch r {
	case '\'', '‘', '’', '‚', '‛', '‹', '›', '`':
		return "'"
	case '"', '“', '”', '„', '‟', '«', '»':
		return `"`
	}
	return ""
}

// foldRune maps typographic apostrophes and hyphens inside a word to ASCII,
// so that dictionaries written in ASCII match: Haftar’s → haftar's.
func foldRune(r rune) rune {
	switch r {
	case '‘', '’', '‛':
		return '\''
	case '‐', '‑':
		return '-'
	}
	return r
}

// decodeRune is utf8.DecodeRuneInString with an ASCII fast path.
func decodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// decodeLastRune is utf8.DecodeLastRuneInString with an ASCII fast path.
func decodeLastRune(s string) (rune, int) {
	if len(s) > 0 && s[len(s)-1] < utf8.RuneSelf {
		return rune(s[len(s)-1]), 1
	}
	return utf8.DecodeLastRuneInString(s)
}
