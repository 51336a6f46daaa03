package text

import (
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"
)

// newSplitter builds a Splitter or fails the test.
func newSplitter(tb testing.TB) *Splitter {
	tb.Helper()
	sp, err := NewSplitter()
	if err != nil {
		tb.Fatal(err)
	}
	return sp
}

func sentenceTexts(ss []Sentence) []string {
	out := []string{}
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}

func tokenTexts(ss []Sentence) []string {
	out := []string{}
	for _, s := range ss {
		for _, t := range s.Tokens {
			out = append(out, t.Text)
		}
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	sp := newSplitter(t)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", []string{}},
		{"blank", "  \n\n\t \r\n ", []string{}},
		{"two sentences", "The talks ended. Both sides left Geneva.",
			[]string{"The talks ended.", "Both sides left Geneva."}},
		{"military titles", "Maj. Gen. Khalid Omar met Lt. Col. Ahmed Nur on Sept. 3. They talked for an hour.",
			[]string{"Maj. Gen. Khalid Omar met Lt. Col. Ahmed Nur on Sept. 3.", "They talked for an hour."}},
		{"civil titles and dates", "Dr. Amal Saleh and Mr. Yusuf Idris arrived on Jan. 12 at No. 10 Downing Street.",
			[]string{"Dr. Amal Saleh and Mr. Yusuf Idris arrived on Jan. 12 at No. 10 Downing Street."}},
		{"title before a capitalised starter", "The statement was read by Gen. The Reverend was not there.",
			[]string{"The statement was read by Gen. The Reverend was not there."}},
		{"initialisms inside", "The U.S. and the U.N. urged calm, and the U.K. agreed.",
			[]string{"The U.S. and the U.N. urged calm, and the U.K. agreed."}},
		{"initialism before a title", "U.S. Senator Jane Roe met the U.N. Secretary-General in St. Petersburg.",
			[]string{"U.S. Senator Jane Roe met the U.N. Secretary-General in St. Petersburg."}},
		{"initialism ends a sentence", "She lives in the U.S. The rest of her family lives in Chad.",
			[]string{"She lives in the U.S.", "The rest of her family lives in Chad."}},
		{"initial in brackets", "Bacteria such as (E. coli) spread in the camp.",
			[]string{"Bacteria such as (E. coli) spread in the camp."}},
		{"closing curly quote", "He said: “We signed an agreement.” Then he left.",
			[]string{"He said: “We signed an agreement.”", "Then he left."}},
		{"closing straight quote", `He said: "It is over." The crowd cheered.`,
			[]string{`He said: "It is over."`, "The crowd cheered."}},
		{"quote then lower case", `"It is over." she said.`,
			[]string{`"It is over." she said.`}},
		{"question and exclamation", "Is the ceasefire holding? Nobody knows! Talks resume today.",
			[]string{"Is the ceasefire holding?", "Nobody knows!", "Talks resume today."}},
		{"paragraphs", "First paragraph ends here.\n\nSecond paragraph has no stop",
			[]string{"First paragraph ends here.", "Second paragraph has no stop"}},
		{"line break without a stop", "Tripoli, Monday\nFighting resumed near the airport.",
			[]string{"Tripoli, Monday", "Fighting resumed near the airport."}},
		{"windows line breaks", "One.\r\nTwo.\r\n\r\nThree.",
			[]string{"One.", "Two.", "Three."}},
		{"unicode paragraph separator", "One\u2029Two",
			[]string{"One", "Two"}},
		{"year ends a sentence", "The war began in 2014. The talks failed in 2019. Nobody was surprised.",
			[]string{"The war began in 2014.", "The talks failed in 2019.", "Nobody was surprised."}},
		{"list numbers", "1. The first item. 2. The second item.",
			[]string{"1. The first item.", "2. The second item."}},
		{"decimal and thousands", "Prices rose 2.5 percent and 3,000 people protested.",
			[]string{"Prices rose 2.5 percent and 3,000 people protested."}},
		{"surrounding space trimmed", "   Spaces around.   ",
			[]string{"Spaces around."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(sp.Split(tc.in))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSplitTokens(t *testing.T) {
	sp := newSplitter(t)
	tests := []struct {
		in   string
		want string // token texts separated by single spaces
	}{
		{"Haftar’s forces", "Haftar ’s forces"},
		{"Haftar's forces", "Haftar 's forces"},
		{"the Libyans' hopes", "the Libyans ' hopes"},
		{"We don't know.", "We do n't know ."},
		{"They can't and won't.", "They ca n't and wo n't ."},
		{"they're, I'm, we've, he'll, she'd", "they 're , I 'm , we 've , he 'll , she 'd"},
		{"DON’T", "DO N’T"},
		{"O'Brien met Qur'an scholars", "O'Brien met Qur'an scholars"},
		{"the U.S. and Gen. Haftar", "the U.S. and Gen. Haftar"},
		{"U.S.-led strikes and the U.S.'s role", "U.S.-led strikes and the U.S. 's role"},
		{"John F. Kennedy", "John F. Kennedy"},
		{"He lives on Main St.", "He lives on Main St ."},
		{"in the U.S.", "in the U.S."},
		{"e.g. at 10 a.m. today", "e.g. at 10 a.m. today"},
		{"UN-facilitated 5+5 talks", "UN-facilitated 5+5 talks"},
		{"Benghazi-based 3,000 troops, 2.5 km", "Benghazi-based 3,000 troops , 2.5 km"},
		{"In 2019, 300 people fled", "In 2019 , 300 people fled"},
		{"at 6:30 on 24/7 news", "at 6:30 on 24/7 news"},
		{"the 2019-2020 season", "the 2019-2020 season"},
		{"non‑stop talks", "non‑stop talks"},
		{"AT&T, Q&A and salt&pepper", "AT&T , Q&A and salt & pepper"},
		{"“Yes,” he said.", "“ Yes , ” he said ."},
		{"‘No’ and \"maybe\"", "‘ No ’ and \" maybe \""},
		{"Wait... what?! -- fine", "Wait ... what ? ! -- fine"},
		{"(Reuters) - $5 and 10% [sic]", "( Reuters ) - $ 5 and 10 % [ sic ]"},
		{"visit wikinews.org now", "visit wikinews.org now"},
		{"Ἀθῆναι and Zürich’s café", "Ἀθῆναι and Zürich ’s café"},
		{"al-Sarraj’s GNA", "al-Sarraj ’s GNA"},
	}
	for _, tc := range tests {
		got := strings.Join(tokenTexts(sp.Split(tc.in)), " ")
		if got != tc.want {
			t.Errorf("tokens of %q\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestTokenForms(t *testing.T) {
	sp := newSplitter(t)
	type form struct {
		text, lower, lemma string
		kind               Kind
		flags              Flags
	}
	tests := []struct {
		in   string
		want []form
	}{
		{"Haftar’s forces met", []form{
			{"Haftar", "haftar", "haftar", Word, Capitalized},
			{"’s", "'s", "'s", Word, Clitic},
			{"forces", "forces", "force", Word, 0},
			{"met", "met", "meet", Word, 0},
		}},
		{"“UN” U.S. Gen. Haftar", []form{
			{"“", `"`, `"`, Quote, 0},
			{"UN", "un", "un", Word, Capitalized | AllCaps},
			{"”", `"`, `"`, Quote, 0},
			{"U.S.", "u.s.", "u.s.", Word, Capitalized | AllCaps | Abbrev},
			{"Gen.", "gen.", "gen.", Word, Capitalized | Abbrev},
			{"Haftar", "haftar", "haftar", Word, Capitalized},
		}},
		{"said Gen.", []form{ // the dot that ends a sentence is its own token
			{"said", "said", "say", Word, 0},
			{"Gen", "gen", "gen", Word, Capitalized},
			{".", ".", ".", Punct, 0},
		}},
		{"don’t ‘AIDS’ 3,000.", []form{
			{"do", "do", "do", Word, 0},
			{"n’t", "n't", "not", Word, Clitic},
			{"‘", "'", "'", Quote, 0},
			{"AIDS", "aids", "aids", Word, Capitalized | AllCaps}, // acronyms are not lemmatised
			{"’", "'", "'", Quote, 0},
			{"3,000", "3,000", "3,000", Number, 0},
			{".", ".", ".", Punct, 0},
		}},
		{"ÉTAT‐Backed Zürich", []form{
			{"ÉTAT‐Backed", "état-backed", "état-backed", Word, Capitalized},
			{"Zürich", "zürich", "zürich", Word, Capitalized},
		}},
	}
	for _, tc := range tests {
		ss := sp.Split(tc.in)
		var got []form
		for _, s := range ss {
			for _, tk := range s.Tokens {
				got = append(got, form{tk.Text, tk.Lower, tk.Lemma, tk.Kind, tk.Flags})
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q\n got %+v\nwant %+v", tc.in, got, tc.want)
		}
	}
}

func TestLemmas(t *testing.T) {
	sp := newSplitter(t)
	tests := []struct{ word, lemma string }{
		{"met", "meet"},
		{"meeting", "meet"}, // golem's first reading; "meetings" → "meeting"
		{"meetings", "meeting"},
		{"forces", "force"},
		{"militias", "militia"},
		{"parties", "party"},
		{"liberated", "liberate"},
		{"called", "call"},
		{"urged", "urge"},
		{"was", "be"},
		{"Were", "be"},
		{"said", "say"},
		{"fled", "flee"},
		{"children", "child"},
		{"Libyans", "libyan"},
		{"media", "media"}, // lemmas.txt: not "medium"
		{"as", "as"},       // lemmas.txt: not "a"
		{"left", "leave"},  // lemmas.txt
		{"Haftar", "haftar"},
		{"UN", "un"},
		{"2019", "2019"},
	}
	for _, tc := range tests {
		ss := sp.Split(tc.word)
		if len(ss) != 1 || len(ss[0].Tokens) != 1 {
			t.Fatalf("%q: want one token, got %+v", tc.word, ss)
		}
		if got := ss[0].Tokens[0].Lemma; got != tc.lemma {
			t.Errorf("lemma of %q = %q, want %q", tc.word, got, tc.lemma)
		}
	}
}

// TestLemmaTableSameAsGolem checks that our table gives golem's lemma for
// every form of golem's English dictionary, except the overrides.
// TestOrdinalsAreWords: golem lists "first" under "\ufeff1" and "third"
// under "3"; annals keeps the words.
func TestOrdinalsAreWords(t *testing.T) {
	table, err := loadLemmas(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"first", "third", "fifth", "twentieth", "thirty-sixth"} {
		if got := table.lemma(w); got != w {
			t.Errorf("lemma of %q = %q, want the word itself", w, got)
		}
	}
	if got := table.lemma("firsts"); got != "first" {
		t.Errorf(`lemma of "firsts" = %q, want "first"`, got)
	}
}

func TestLemmaTableSameAsGolem(t *testing.T) {
	overrides, err := parseLemmas("lemmas.txt", lemmasTxt)
	if err != nil {
		t.Fatal(err)
	}
	table, err := loadLemmas(overrides)
	if err != nil {
		t.Fatal(err)
	}
	g, err := golem.New(en.New())
	if err != nil {
		t.Fatal(err)
	}
	raw, err := en.New().GetResource()
	if err != nil {
		t.Fatal(err)
	}
	forms := 0
	for _, line := range strings.Split(string(raw), "\n") {
		for _, form := range strings.Split(line, "\t") {
			if form == "" {
				continue
			}
			forms++
			want := g.LemmaLower(form)
			if numeral(strings.TrimPrefix(want, "\ufeff")) {
				continue // golem's ordinals under numbers: TestOrdinalsAreWords
			}
			if o, ok := overrides[form]; ok {
				want = o
			}
			if got := table.lemma(form); got != want {
				t.Fatalf("lemma of %q: table %q, golem %q", form, got, want)
			}
		}
	}
	if forms < 50000 {
		t.Errorf("only %d forms in golem's dictionary", forms)
	}
	for _, w := range []string{"haftar", "xyzzy", ""} {
		if got := table.lemma(w); got != w {
			t.Errorf("unknown %q → %q", w, got)
		}
	}
}

// checkInvariants verifies what Split promises about offsets and coverage.
func checkInvariants(t *testing.T, text string, ss []Sentence) {
	t.Helper()
	prevEnd := 0
	covered := 0 // bytes of text that are in some sentence
	for i, s := range ss {
		if s.Index != i {
			t.Errorf("sentence %d has Index %d", i, s.Index)
		}
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %d span [%d,%d) after %d in %d bytes", i, s.Start, s.End, prevEnd, len(text))
		}
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d: Text %q != text[%d:%d] %q", i, s.Text, s.Start, s.End, text[s.Start:s.End])
		}
		if strings.TrimSpace(s.Text) != s.Text {
			t.Errorf("sentence %d %q has surrounding space", i, s.Text)
		}
		if strings.ContainsAny(s.Text, "\n\r") {
			t.Errorf("sentence %d %q spans a line break", i, s.Text)
		}
		prevEnd = s.End
		covered += s.End - s.Start
		pos := s.Start
		var joined strings.Builder
		for k, tok := range s.Tokens {
			if tok.Start < pos || tok.End <= tok.Start || tok.End > s.End {
				t.Fatalf("sentence %d token %d %q span [%d,%d) outside [%d,%d)", i, k, tok.Text, tok.Start, tok.End, pos, s.End)
			}
			if text[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q != text[%d:%d] %q", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
			}
			if tok.Lower == "" || tok.Lemma == "" {
				t.Errorf("token %q has empty Lower %q or Lemma %q", tok.Text, tok.Lower, tok.Lemma)
			}
			if strings.ContainsFunc(tok.Text, unicode.IsSpace) {
				t.Errorf("token %q contains space", tok.Text)
			}
			pos = tok.End
			joined.WriteString(tok.Text)
		}
		// The tokens cover every character of the sentence but white space.
		if want := strings.Join(strings.FieldsFunc(s.Text, isSpaceRune), ""); joined.String() != want {
			t.Errorf("sentence %d tokens join to %q, want %q", i, joined.String(), want)
		}
	}
	// Every character that is not white space is in a sentence.
	if nonSpace := len(strings.Join(strings.FieldsFunc(text, isSpaceRune), "")); covered < nonSpace {
		t.Errorf("sentences cover %d bytes, text has %d bytes that are not space", covered, nonSpace)
	}
}

func TestSplitOffsets(t *testing.T) {
	sp := newSplitter(t)
	inputs := []string{
		"Khalifa Haftar’s Libyan National Army (LNA) said on Sept. 3 it had “liberated” Sirte.\n\n" +
			"The UN-facilitated 5+5 talks in Geneva, the U.N. envoy said, were “constructive.” " +
			"Turkey’s parliament voted 325–184 to send troops; the Libyans' reaction was muted.\r\n" +
			"Ἀθῆναι, Zürich, 北京 and Тripoli—all mentioned—don't matter here…  ",
		"\ttabs\tand  double  spaces .  ( odd ) spacing !\n",
		"\u00a0no-break\u00a0spaces\u2003and em spaces\u2028line separator",
	}
	for _, in := range inputs {
		ss := sp.Split(in)
		if len(ss) == 0 {
			t.Fatalf("no sentences in %q", in)
		}
		checkInvariants(t, in, ss)
	}
}

func TestSplitInvalidUTF8(t *testing.T) {
	sp := newSplitter(t)
	for _, in := range []string{
		"\xff",
		"\xff\xfe Gen. \xc3 ok.\n\x80",
		"Haftar\xe2\x80’s forces \xe2\x80 met.",
		"Caf\xc3 end\xe2.",
		"U.S\xff. officials",
		"don'\xff t",
	} {
		ss := sp.Split(in)
		checkInvariants(t, in, ss)
	}
}

func TestRuneOffset(t *testing.T) {
	s := Sentence{Text: "Zürich’s café"}
	tests := []struct{ byteOff, want int }{
		{-1, 0}, {0, 0}, {1, 1}, {3, 2}, // 'ü' is bytes 1–2
		{2, 1},                 // inside 'ü': moved back to its start
		{6, 5}, {7, 6}, {8, 6}, // '’' is bytes 7–9
		{10, 7}, {len(s.Text), 13}, {100, 13},
	}
	for _, tc := range tests {
		if got := s.RuneOffset(tc.byteOff); got != tc.want {
			t.Errorf("RuneOffset(%d) = %d, want %d", tc.byteOff, got, tc.want)
		}
	}

	sp := newSplitter(t)
	text := "First one. Zürich’s café is “open”."
	ss := sp.Split(text)
	if len(ss) != 2 {
		t.Fatalf("want 2 sentences, got %q", sentenceTexts(ss))
	}
	second := ss[1]
	runes := []rune(second.Text)
	for _, tok := range second.Tokens {
		a, b := second.RuneSpan(tok)
		if got := string(runes[a:b]); got != tok.Text {
			t.Errorf("RuneSpan(%q) = [%d,%d) = %q", tok.Text, a, b, got)
		}
	}
}

// TestSplitConcurrent runs one Splitter from several goroutines; run with
// -race to check that Split shares no mutable state.
func TestSplitConcurrent(t *testing.T) {
	sp := newSplitter(t)
	texts := []string{
		"Maj. Gen. Khalid Omar met U.S. officials. They don't agree.",
		"“We signed an agreement,” the envoy said on Jan. 5.\n\nTalks resume Monday.",
		"Militias liberated the town; parties called for calm.",
	}
	want := make([][]Sentence, len(texts))
	for i, x := range texts {
		want[i] = sp.Split(x)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 50; r++ {
				i := (g + r) % len(texts)
				if got := sp.Split(texts[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("goroutine %d: Split(%q) differs", g, texts[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestTokensDoNotAlias(t *testing.T) {
	sp := newSplitter(t)
	ss := sp.Split("One two. Three four.")
	if len(ss) != 2 {
		t.Fatalf("want 2 sentences, got %q", sentenceTexts(ss))
	}
	_ = append(ss[0].Tokens, Token{Text: "extra"})
	if ss[1].Tokens[0].Text != "Three" {
		t.Errorf("appending to one sentence's tokens overwrote the next: %q", ss[1].Tokens[0].Text)
	}
}

func TestDataFileErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
		parse            func(string, []byte) error
	}{
		{"abbreviation without dot", "Mr.\nGen title\n", "abbr.txt:2: ",
			func(n string, d []byte) error { _, err := parseAbbreviations(n, d); return err }},
		{"unknown abbreviation kind", "# c\nGen. rank\n", "abbr.txt:2: unknown kind",
			func(n string, d []byte) error { _, err := parseAbbreviations(n, d); return err }},
		{"lemma with one field", "'s 's\nmet\n", "lem.txt:2: ",
			func(n string, d []byte) error { _, err := parseLemmas(n, d); return err }},
		{"lemma in capitals", "Met meet\n", "lem.txt:1: ",
			func(n string, d []byte) error { _, err := parseLemmas(n, d); return err }},
		{"starter in capitals", "the The\n", "st.txt:1: ",
			func(n string, d []byte) error { _, err := parseStarters(n, d); return err }},
	}
	for _, tc := range tests {
		name := strings.SplitN(tc.want, ":", 2)[0]
		err := tc.parse(name, []byte(tc.data))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want prefix %q", tc.name, err, tc.want)
		}
	}
	// The embedded files parse, and entries are where the code expects them.
	abbr, err := parseAbbreviations("abbreviations.txt", abbreviationsTxt)
	if err != nil {
		t.Fatal(err)
	}
	for a, k := range map[string]abbrKind{"Gen.": abbrTitle, "Dr.": abbrTitle, "U.S.": abbrPlain, "etc.": abbrPlain, "Etc.": abbrPlain} {
		if abbr[a] != k {
			t.Errorf("abbreviation %q has kind %d, want %d", a, abbr[a], k)
		}
	}
	if _, err := parseStarters("starters.txt", startersTxt); err != nil {
		t.Fatal(err)
	}
}

func TestWikinewsInvariants(t *testing.T) {
	texts := wikinewsTexts(t)
	sp := newSplitter(t)
	sents, toks := 0, 0
	for _, text := range texts {
		ss := sp.Split(text)
		checkInvariants(t, text, ss)
		sents += len(ss)
		for _, s := range ss {
			toks += len(s.Tokens)
		}
	}
	t.Logf("%d articles, %d sentences, %d tokens", len(texts), sents, toks)
}

// FuzzSplit checks that Split never panics and keeps its offset promises.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Maj. Gen. Haftar’s forces met U.S. officials on Jan. 5. They don't agree.",
		"“We signed an agreement.” Then the U.N. envoy left.\n\nLibyans' talks: 5+5, 3,000, 2.5.",
		"\xff\xfe\xc3 e.g. (E. coli) 1. The first.",
	} {
		f.Add(s)
	}
	sp := newSplitter(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, sp.Split(text))
	})
}
