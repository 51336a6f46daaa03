package timex

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tNone  tokKind = iota
	tWord          // letters (ASCII or any Unicode letter)
	tNum           // ASCII digits, possibly with an ordinal suffix (7th)
	tPunct         // any other single rune
)

// tok is one token of the sentence with its byte offsets.
type tok struct {
	start, end int32
	num        int32 // value of a number (capped), or the rune of a punctuation mark
	lx         lex   // lexicon entry of a word
	kind       tokKind
	nd         uint8 // number of digits of a number
	glued      bool  // no space between this token and the one before
	upper      bool  // the word starts with an upper-case letter
	ord        bool  // the number carries an ordinal suffix (1st, 7th)
}

// mayContain reports whether s contains a word that can anchor a time
// expression or a four-digit number. It is the cheap path taken by most
// sentences: no tokens are built and most words are dismissed by trigMask.
// It never says false where the full scan could find an expression: a
// trigger word is an ASCII letter run there as here.
func mayContain(s string) bool {
	for i := 0; i < len(s); {
		switch byteClass[s[i]] {
		case cLetter:
			j := i + 1
			for j < len(s) && byteClass[s[j]] == cLetter {
				j++
			}
			if w := s[i:j]; inMask(&trigMask, w) && lookup(w).trigger() {
				return true
			}
			i = j
		case cDigit:
			j := i + 1
			for j < len(s) && byteClass[s[j]] == cDigit {
				j++
			}
			if j-i == 4 {
				return true
			}
			i = j
		default:
			i++
		}
	}
	return false
}

// Byte classes for the scanners.
const (
	cOther uint8 = iota
	cLetter
	cDigit
	cSpace
	cHigh // first or later byte of a multi-byte rune
)

// byteClass classifies each byte; computed once, only read.
var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = cLetter
		case '0' <= c && c <= '9':
			t[c] = cDigit
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			t[c] = cSpace
		case c >= utf8.RuneSelf:
			t[c] = cHigh
		}
	}
	return
}()

// wordRune reports whether the rune at s[i] continues a word, and its size.
func wordRune(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return byteClass[c] == cLetter, 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsMark(r), size
}

// isOrdinal reports whether a, b are an ordinal suffix (st, nd, rd, th).
func isOrdinal(a, b byte) bool {
	a |= 0x20
	b |= 0x20
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')
}

// tokenize appends the tokens of s to buf.
func tokenize(s string, buf []tok) []tok {
	toks := buf[:0]
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		cl := byteClass[c]
		if cl == cSpace {
			space = true
			i++
			continue
		}
		t := tok{start: int32(i), glued: !space}
		space = false
		j := i + 1
		switch cl {
		case cDigit:
			n := int(c - '0')
			for j < len(s) && byteClass[s[j]] == cDigit {
				if n < 1e8 {
					n = n*10 + int(s[j]-'0')
				}
				j++
			}
			t.kind, t.num, t.nd = tNum, int32(n), uint8(min(j-i, 255))
			if j+1 < len(s) && isOrdinal(s[j], s[j+1]) {
				if j+2 == len(s) {
					t.ord, j = true, j+2
				} else if ok, _ := wordRune(s, j+2); !ok {
					t.ord, j = true, j+2
				}
			}
		case cLetter:
			for j < len(s) && byteClass[s[j]] == cLetter {
				j++
			}
			ascii := true
			if j < len(s) && byteClass[s[j]] == cHigh {
				j, ascii = wordEnd(s, j)
			}
			t.kind, t.upper = tWord, c <= 'Z'
			if w := s[i:j]; ascii && (len(w) == 1 || inMask(&lexMask, w)) {
				t.lx = lookup(w)
			}
		case cHigh:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsLetter(r) || unicode.IsMark(r):
				j, _ = wordEnd(s, i+size)
				t.kind, t.upper = tWord, unicode.IsUpper(r)
			case unicode.IsSpace(r):
				space = true
				i += size
				continue
			default:
				t.kind, t.num, j = tPunct, int32(r), i+size
			}
		default:
			t.kind, t.num = tPunct, int32(c)
		}
		t.end = int32(j)
		toks = append(toks, t)
		i = j
	}
	return toks
}

// wordEnd returns the end of the word that continues at s[j], and whether
// the word seen from j on is pure ASCII.
func wordEnd(s string, j int) (int, bool) {
	ascii := true
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if byteClass[c] != cLetter {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		ascii = false
		j += size
	}
	return j, ascii
}
