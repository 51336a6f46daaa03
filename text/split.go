package text

import (
	"fmt"
	"strings"

	"github.com/neurosnap/sentences"
	punktdata "github.com/neurosnap/sentences/data"
)

// Splitter splits text into sentences and tokens. Build it once with
// NewSplitter; it holds only data read at build time and is safe for
// concurrent use by many goroutines.
type Splitter struct {
	punkt  *punkt
	abbr   map[string]abbrKind // "Gen." → abbrTitle, "U.S." → abbrPlain
	lemmas lemmaTable          // lower-case form → lemma, where they differ
	// starters are lower-case words that may start a sentence after an
	// abbreviation: starters.txt and Punkt's frequent sentence starters.
	starters map[string]bool
}

// NewSplitter loads the Punkt English model, the abbreviation list and the
// English lemma dictionary. It takes about 30 ms and keeps about 4 MB of heap
// (golem.New alone takes 25 ms and keeps 7 MB), so build one and share it.
func NewSplitter() (*Splitter, error) {
	abbr, err := parseAbbreviations("abbreviations.txt", abbreviationsTxt)
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	overrides, err := parseLemmas("lemmas.txt", lemmasTxt)
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	lemmas, err := loadLemmas(overrides)
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	storage, err := punktStorage(abbr)
	if err != nil {
		return nil, err
	}
	starters, err := parseStarters("starters.txt", startersTxt)
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	for w := range storage.SentStarters {
		starters[w] = true
	}
	return &Splitter{
		punkt: &punkt{
			abbrev:   storage.AbbrevTypes,
			colloc:   storage.Collocations,
			starters: storage.SentStarters,
			ortho:    storage.OrthoContext,
		},
		abbr:     abbr,
		lemmas:   lemmas,
		starters: starters,
	}, nil
}

// punktStorage loads a fresh copy of the Punkt English model and adds to its
// abbreviations those that english.NewSentenceTokenizer adds and ours.
func punktStorage(abbr map[string]abbrKind) (*sentences.Storage, error) {
	raw, err := punktdata.Asset("data/english.json")
	if err != nil {
		return nil, fmt.Errorf("text: punkt model: %w", err)
	}
	storage, err := sentences.LoadTraining(raw)
	if err != nil {
		return nil, fmt.Errorf("text: punkt model: %w", err)
	}
	for _, a := range []string{"sgt", "gov", "no"} {
		storage.AbbrevTypes.Add(a)
	}
	for a := range abbr {
		// Punkt's abbreviation types are lower case without the final dot.
		storage.AbbrevTypes.Add(strings.ToLower(strings.TrimSuffix(a, ".")))
	}
	return storage, nil
}

// Split splits text into sentences, tokenises each and fills in the lower-case
// and lemma forms. All offsets are byte offsets into text. Blank text gives no
// sentences. Invalid UTF-8 is tolerated: each invalid byte becomes a
// punctuation token of its own.
func (s *Splitter) Split(text string) []Sentence {
	var sc punktScratch
	spans := s.sentenceSpans(text, &sc, make([]span, 0, len(text)/100+1))
	if len(spans) == 0 {
		return nil
	}
	t := tokenizer{
		sp:    s,
		toks:  make([]Token, 0, len(text)/5+4),
		arena: make([]byte, 0, len(text)/4+16),
	}
	ends := make([]int, len(spans))
	for i, sp := range spans {
		t.tokenize(text, sp.start, sp.end)
		ends[i] = len(t.toks)
	}
	t.finish()

	out := make([]Sentence, len(spans))
	first := 0
	for i, sp := range spans {
		// Full slice expressions: appending to one sentence's tokens must
		// not overwrite the next sentence's.
		out[i] = Sentence{
			Index:  i,
			Text:   text[sp.start:sp.end],
			Start:  sp.start,
			End:    sp.end,
			Tokens: t.toks[first:ends[i]:ends[i]],
		}
		first = ends[i]
	}
	return out
}

// span is a sentence's byte range in the document.
type span struct{ start, end int }

// sentenceSpans appends the sentences of text, trimmed of surrounding space.
// Every line break ends a sentence; Punkt splits within a line.
func (s *Splitter) sentenceSpans(text string, sc *punktScratch, out []span) []span {
	for start := 0; start < len(text); {
		end, next := lineEnd(text, start)
		a, b := trimSpace(text, start, end)
		if a < b {
			out = s.lineSpans(text, a, b, sc, out)
		}
		start = next
	}
	return out
}

// lineSpans appends the sentences in text[a:b], one line.
func (s *Splitter) lineSpans(text string, a, b int, sc *punktScratch, out []span) []span {
	toks := s.punkt.annotate(text[a:b], sc)
	sc.buf = s.fixBreaks(toks, sc.buf)
	last := a
	for _, t := range toks {
		if t.sentBreak && a+t.pos < b {
			out = appendSpan(text, last, a+t.pos, out)
			last = a + t.pos
		}
	}
	return appendSpan(text, last, b, out)
}

// appendSpan appends text[a:b] trimmed of space, unless it is blank.
func appendSpan(text string, a, b int, out []span) []span {
	if a, b = trimSpace(text, a, b); a < b {
		out = append(out, span{a, b})
	}
	return out
}

// fixBreaks corrects three kinds of Punkt error, in this order:
//
//  1. A break after a title ("Gen.", "Dr.") is removed: titles stand before
//     names.
//  2. A break after an abbreviation from abbreviations.txt, a dotted
//     initialism ("U.S.", "D.C.") or an initial ("(E.") is kept only when
//     the next word is capitalised and a sentence starter (starters.txt).
//     Punkt's English model has seen "senator" only in lower case, so it
//     splits "U.S. Senator Harris"; and it takes "(E." for a word, so it
//     splits "(E. coli)".
//  3. A number with a final dot ("in 2019.") followed by a capitalised word
//     ends a sentence unless it opens one (a list number, "1. The first").
//     The english Punkt never breaks there, taking every such number for a
//     list number.
func (s *Splitter) fixBreaks(toks []ptoken, buf []byte) []byte {
	opens := true // toks[i] opens a sentence
	for i := 0; i+1 < len(toks); i++ {
		t, next := &toks[i], &toks[i+1]
		if t.sentBreak {
			word := trimOpening(t.tok)
			switch kind := s.abbr[word]; {
			case kind == abbrTitle:
				t.sentBreak = false
			case kind == abbrPlain || isInitialism(word) || isInitial(word):
				nw := trimOpening(next.tok)
				buf = appendLower(buf[:0], strings.TrimRight(nw, ",;:.!?)]\"'”’"))
				if !firstUpper(nw) || !s.starters[string(buf)] {
					t.sentBreak = false
				}
			}
		} else if !opens && isNumberPeriod(t.tok) && firstUpper(trimOpening(next.tok)) {
			t.sentBreak = true
		}
		opens = t.sentBreak
	}
	return buf
}

// trimOpening removes opening brackets and quotes from the start of a word.
func trimOpening(w string) string { return strings.TrimLeft(w, "([\"'“‘") }

// isInitialism reports whether w is two or more single letters each followed
// by a dot: "U.S.", "e.g.".
func isInitialism(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if !isLetter(w[i]) || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// isNumberPeriod reports whether tok is digits and commas with a final dot.
func isNumberPeriod(tok string) bool {
	if len(tok) < 2 || !isDigit(tok[0]) || tok[len(tok)-1] != '.' {
		return false
	}
	for i := 1; i < len(tok)-1; i++ {
		if !isDigit(tok[i]) && tok[i] != ',' {
			return false
		}
	}
	return true
}

// lineEnd finds the end of the line that starts at start and the start of the
// next. Line breaks are \n, \r\n, \r, \v, \f, NEL (U+0085), and the Unicode
// line and paragraph separators U+2028 and U+2029.
func lineEnd(text string, start int) (end, next int) {
	for i := start; i < len(text); i++ {
		switch c := text[i]; c {
		case '\n', '\v', '\f':
			return i, i + 1
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				return i, i + 2
			}
			return i, i + 1
		case 0xC2: // U+0085 is C2 85
			if i+1 < len(text) && text[i+1] == 0x85 {
				return i, i + 2
			}
		case 0xE2: // U+2028, U+2029 are E2 80 A8, E2 80 A9
			if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9) {
				return i, i + 3
			}
		}
	}
	return len(text), len(text)
}

// trimSpace narrows text[a:b] to exclude leading and trailing white space.
func trimSpace(text string, a, b int) (int, int) {
	for a < b {
		r, w := decodeRune(text[a:b])
		if !isSpaceRune(r) {
			break
		}
		a += w
	}
	for a < b {
		r, w := decodeLastRune(text[a:b])
		if !isSpaceRune(r) {
			break
		}
		b -= w
	}
	return a, b
}
