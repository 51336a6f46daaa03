package dict

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold lower-cases s and folds curly quotes and apostrophes to ASCII, the
// form in which dictionary words and tokens are compared.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201b', '\u2032':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u2033':
			r = '"'
		case '\u2013', '\u2014':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// splitWords splits a dictionary phrase into words the way text is
// tokenised: spaces separate words, a possessive 's is a word of its own,
// and brackets and commas stand alone.
func splitWords(p string) []Word {
	var out []Word
	gap := false
	add := func(w string) {
		if w == "*" && len(out) > 0 {
			gap = true // a gap before the next word
			return
		}
		prefix := len(w) > 1 && strings.HasSuffix(w, "*")
		w = strings.TrimSuffix(w, "*")
		if w != "" {
			out = append(out, Word{Lower: Fold(w), Case: caseOf(w), Prefix: prefix, Gap: gap})
			gap = false
		}
	}
	for _, f := range strings.Fields(p) {
		for len(f) > 0 && strings.ContainsRune("([\"“‘", rune(f[0])) {
			add(f[:1])
			f = f[1:]
		}
		var tail []string
		for len(f) > 1 && strings.ContainsRune(")],\"”’", lastRune(f)) {
			r := lastRune(f)
			n := utf8.RuneLen(r)
			tail = append([]string{f[len(f)-n:]}, tail...)
			f = f[:len(f)-n]
		}
		lf := Fold(f)
		switch {
		case len(lf) > 2 && strings.HasSuffix(lf, "'s"):
			n := len(f) - len("'s")
			if strings.HasSuffix(f, "’s") {
				n = len(f) - len("’s")
			}
			add(f[:n])
			add(f[n:])
		case len(lf) > 1 && strings.HasSuffix(lf, "s'"):
			n := len(f) - 1
			if strings.HasSuffix(f, "’") {
				n = len(f) - len("’")
			}
			add(f[:n])
			add(f[n:])
		default:
			add(f)
		}
		for _, t := range tail {
			add(t)
		}
	}
	return out
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func caseOf(w string) Case {
	letters, upper := 0, 0
	firstUpper, seenLetter := false, false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if !seenLetter {
			firstUpper, seenLetter = unicode.IsUpper(r), true
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	switch {
	case upper == letters && letters > 1:
		return AllCaps
	case firstUpper:
		return Capital1
	}
	// lower case, or a name whose first letter is lower case ("al-Sarraj",
	// "d'Ivoire"): any case
	return AnyCase
}

// MatchCase reports whether a token as written satisfies the case rule of a
// dictionary word.
func MatchCase(c Case, tok string) bool {
	switch c {
	case AllCaps:
		for _, r := range tok {
			if unicode.IsLetter(r) && !unicode.IsUpper(r) {
				return false
			}
		}
		return true
	case Capital1:
		for _, r := range tok {
			if unicode.IsLetter(r) {
				return unicode.IsUpper(r)
			}
		}
		return true
	}
	return true
}

// SplitWords splits a phrase into words the way text is tokenised (see
// the annals format); loaders of other formats use it to build phrases.
func SplitWords(p string) []Word { return splitWords(p) }

// pluralize returns the phrase with its last word in the plural, or nil
// when the plural is the same or cannot be formed.
func pluralize(words []Word) []Word {
	last := words[len(words)-1].Lower
	pl := Plural(last)
	if pl == "" || pl == last {
		return nil
	}
	out := append([]Word(nil), words...)
	out[len(out)-1].Lower = pl
	if out[len(out)-1].Case == AllCaps {
		out[len(out)-1].Case = Capital1 // "MP" → "MPs"
	}
	return out
}

// Plural forms the regular English plural of a lower-case noun: militia →
// militias, party → parties, police → police. It returns "" for words that
// are not nouns it can inflect (acronyms with dots, possessives).
func Plural(w string) string {
	if w == "" || strings.ContainsAny(w, ".'") {
		return ""
	}
	if p, ok := irregularPlural[w]; ok {
		return p
	}
	n := len(w)
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		if strings.HasSuffix(w, "ss") || !strings.HasSuffix(w, "s") {
			return w + "es"
		}
		return w // already plural-looking: "forces", "authorities"
	case n > 1 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return w[:n-1] + "ies"
	case strings.HasSuffix(w, "man"):
		return w[:n-3] + "men"
	case strings.HasSuffix(w, "men"):
		return "" // already plural: "men", "women"
	}
	return w + "s"
}

var irregularPlural = map[string]string{
	"police": "police", "personnel": "personnel", "people": "people", "staff": "staff",
	"person": "people", "child": "children", "media": "media", "clergy": "clergy",
}
