package text

import (
	"testing"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// libraryPunkt builds the library's English Punkt tokenizer with the same
// model and abbreviations as NewSplitter, as the reference for punkt.go.
func libraryPunkt(tb testing.TB) *sentences.DefaultSentenceTokenizer {
	tb.Helper()
	abbr, err := parseAbbreviations("abbreviations.txt", abbreviationsTxt)
	if err != nil {
		tb.Fatal(err)
	}
	storage, err := punktStorage(abbr)
	if err != nil {
		tb.Fatal(err)
	}
	tok, err := english.NewSentenceTokenizer(storage)
	if err != nil {
		tb.Fatal(err)
	}
	return tok
}

// portBreaks returns the sentence ends our port finds in line, without the
// corrections of fixBreaks, in the library's form.
func portBreaks(p *punkt, line string) []int {
	var sc punktScratch
	var ends []int
	last := 0
	for _, t := range p.annotate(line, &sc) {
		if t.sentBreak {
			ends = append(ends, t.pos)
			last = t.pos
		}
	}
	if last != len(line) {
		ends = append(ends, len(line))
	}
	return ends
}

func libraryBreaks(lib *sentences.DefaultSentenceTokenizer, line string) []int {
	var ends []int
	for _, s := range lib.Tokenize(line) {
		ends = append(ends, s.End)
	}
	return ends
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// punktCases are lines that exercise each of Punkt's rules; the port must
// split them exactly as the library does.
var punktCases = []string{
	"The talks ended. Both sides left Geneva.",
	"Maj. Gen. Ahmed Salem met Dr. Rana Aziz in St. Louis on Jan. 5.",
	"Troops from the U.S. arrived. The U.N. envoy said so.",
	"She turned to him, \"This is great.\" she said.",
	"She turned to him, \"This is great.\" She held the book out.",
	"He said: “We signed an agreement.” Then he left.",
	"1.) The first item. 2.) The second item.",
	"1) The first item. 2) The second item.",
	"1. The first item. 2. The second item.",
	"You can find it at N°. 1026.253.553. That is where it is.",
	"I never meant that.... She left the store.",
	"One habit . . . was kept. . . . The practice was not abandoned. . . .",
	"It happened in 2019. The next year was calm.",
	"John F. Kennedy was shot. J. Smith wrote it.",
	"Prices rose 2.5% in Q3. Shares fell (again.) Analysts were surprised!",
	"Is it over? Nobody knows! \"Why?\" he asked.",
	"The COVID-19. Then came the war.",
	"Fighting at km 3,000. Civilians fled.",
	"The café. Menu items were cheap.",
	"Ends with a curly quote”",
	"Ends with é",
	"CJK。Next sentence。",
	"   leading and trailing spaces.   ",
	"single",
	"x.",
	".",
	"..",
	"a.. b... C",
	"Mr. Smith went to Washington, D.C. He arrived at 10 a.m. The meeting began.",
	"Lt. Col. Musa spoke to Sgt. Kane and Gov. Ali; then Sen. Lee, etc. The end.",
	"The invalid \xff\xfe byte. And more \xc3.",
	"Apple Inc. The company said No. 5 was sold.",
	"(Reuters.) The parties agreed [to talk.] Later they met.",
	"The U.S.-led coalition struck. Iran’s foreign ministry responded.",
	"Version 2.0.1. Released today.",
}

func TestPunktSameAsLibrary(t *testing.T) {
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	lib := libraryPunkt(t)
	for _, line := range punktCases {
		got, want := portBreaks(sp.punkt, line), libraryBreaks(lib, line)
		if !sameInts(got, want) {
			t.Errorf("%q: port breaks at %v, library at %v", line, got, want)
		}
	}
}

// TestPunktSameAsLibraryWikinews compares the port with the library on every
// line of the development news set.
func TestPunktSameAsLibraryWikinews(t *testing.T) {
	texts := wikinewsTexts(t)
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	lib := libraryPunkt(t)
	lines, diffs := 0, 0
	for _, text := range texts {
		for start := 0; start < len(text); {
			end, next := lineEnd(text, start)
			if a, b := trimSpace(text, start, end); a < b {
				line := text[a:b]
				lines++
				got, want := portBreaks(sp.punkt, line), libraryBreaks(lib, line)
				if !sameInts(got, want) {
					diffs++
					if diffs <= 10 {
						t.Errorf("port breaks at %v, library at %v in %q", got, want, line)
					}
				}
			}
			start = next
		}
	}
	if lines == 0 {
		t.Fatal("no lines read")
	}
	t.Logf("%d lines, %d differ", lines, diffs)
}

// FuzzPunktSameAsLibrary looks for lines the port splits differently.
func FuzzPunktSameAsLibrary(f *testing.F) {
	for _, c := range punktCases {
		f.Add(c)
	}
	sp, err := NewSplitter()
	if err != nil {
		f.Fatal(err)
	}
	lib := libraryPunkt(f)
	f.Fuzz(func(t *testing.T, line string) {
		got, want := portBreaks(sp.punkt, line), libraryBreaks(lib, line)
		if !sameInts(got, want) {
			t.Errorf("%q: port breaks at %v, library at %v", line, got, want)
		}
	})
}
