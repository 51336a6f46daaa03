// Package text splits an article's text into sentences and tokens, with the
// lower-cased and lemma form of each token.
//
// A [Splitter] is built once with [NewSplitter] (it loads the Punkt model, the
// lemma dictionary and the word lists embedded beside the code) and is then
// safe for concurrent use. [Splitter.Split] turns a document into sentences:
//
//   - Line breaks end sentences: plain-text articles put one paragraph per
//     line, so every line break (and so every blank line) is a boundary.
//   - Within a line, Punkt finds the boundaries: the English model of
//     github.com/neurosnap/sentences, run by a port of that package's code
//     (punkt.go) that gives the same boundaries about four times faster.
//   - A few Punkt errors are then corrected (see fixBreaks): titles such as
//     `Gen.` and `Dr.` (abbreviations.txt) never end a sentence; other
//     abbreviations such as `U.S.` end one only before a sentence starter
//     (starters.txt), so `U.S. Senator Roe` stays whole; a year or number
//     with a final dot (`in 2019.`) before a capitalised word does end one.
//   - A sentence that ends inside a closing quote keeps the quote:
//     `… an agreement.”` is one sentence up to and including `”`.
//
// Each sentence is tokenised (see [Token]) and every token carries byte
// offsets into the text given to Split, so `text[tok.Start:tok.End] ==
// tok.Text` always holds. Outputs that report spans in code points use
// [Sentence.RuneOffset].
//
// Lemmas come from the English dictionary of github.com/aaaton/golem
// (`met` → `meet`, `meeting` → `meet`, `forces` → `force`, `was` → `be`),
// with the corrections in lemmas.txt (`media` stays `media`). Words written
// in capitals (`UN`, `AIDS`) are taken for acronyms and not lemmatised.
package text

import "unicode/utf8"

// Token is one word or punctuation mark.
//
// Tokenisation rules, by example:
//
//	Haftar’s   → Haftar ’s       possessive and clitics split off
//	don't      → do n't          (can't → ca n't; lemmas can, not)
//	Libyans'   → Libyans '       possessive apostrophe is its own token
//	U.S. Gen.  → U.S. Gen.       abbreviations keep their dot
//	UN-facilitated 5+5 3,000 2.5 → one token each
//	“Yes,” he said. → “ Yes , ” he said .
type Token struct {
	Text  string // as written: "Haftar", "’s", "U.S."
	Lower string // lower case, curly quotes and apostrophes folded to ASCII: "haftar", "'s", "u.s."
	Lemma string // dictionary form of Lower: "met" → "meet", "forces" → "force"; Lower when unknown
	Start int    // byte offset of the token in the text given to Split
	End   int
	Kind  Kind  // word, number, punctuation or quote
	Flags Flags // shape and origin of the token
}

// Kind says what a token is.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, possibly with digits, hyphens, inner apostrophes, abbreviation dots
	Number             // digits with number punctuation only: 3,000 2.5 5+5 2019-2020 6:30
	Punct              // punctuation and symbols: . , ; ( ) - $ % …
	Quote              // quotation marks and lone apostrophes: " “ ” ‘ ’ ' « »
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Punct:
		return "punct"
	case Quote:
		return "quote"
	}
	return "kind?"
}

// Flags describe a token's shape and origin; test one with tok.Flags&Abbrev != 0.
type Flags uint8

// Token flags.
const (
	// Capitalized: the first letter is upper case ("Turkey", "UN", "U.S.").
	Capitalized Flags = 1 << iota
	// AllCaps: at least one letter and no lower-case letter ("UN", "LNA", "U.S.", "A").
	AllCaps
	// Abbrev: an abbreviation or initial that keeps its dot ("Gen.", "U.S.", "F.").
	Abbrev
	// Clitic: split off the end of the previous word ("’s", "n't", "'re").
	Clitic
)

// Sentence is one sentence with its tokens.
type Sentence struct {
	Index  int    // 0-based position in the document
	Text   string // the sentence as written
	Start  int    // byte offsets in the text given to Split
	End    int
	Tokens []Token
}

// RuneOffset converts a byte offset within the sentence (0 is the first byte
// of s.Text) to a code-point offset within the sentence. Offsets outside the
// sentence are clamped to [0, len(s.Text)]; an offset inside a multi-byte
// character is moved back to the start of that character. Each byte of invalid
// UTF-8 counts as one code point, as when a Go string is converted to []rune.
func (s Sentence) RuneOffset(byteOff int) int {
	if byteOff >= len(s.Text) {
		return utf8.RuneCountInString(s.Text)
	}
	n := 0
	for i := 0; i < byteOff; n++ {
		if s.Text[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, w := utf8.DecodeRuneInString(s.Text[i:])
		if i+w > byteOff {
			break // inside this character: count only those before it
		}
		i += w
	}
	return n
}

// RuneSpan gives the span of a token of this sentence in code points within
// the sentence, from the token's document byte offsets.
func (s Sentence) RuneSpan(t Token) (start, end int) {
	return s.RuneOffset(t.Start - s.Start), s.RuneOffset(t.End - s.Start)
}
