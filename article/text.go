package article

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// readText reads a plain-text article: the first non-blank line is the
// headline (with a trailing " – Site Name" split off as the source), the
// rest is the text. On error it also returns the line it concerns (0 = the
// whole input).
func readText(data []byte, opt Options) (Article, int, error) {
	if !utf8.Valid(data) {
		line, col := invalidUTF8At(data)
		return Article{}, line, fmt.Errorf("%w at column %d (the text must be UTF-8)", ErrInvalidUTF8, col)
	}
	lines := splitLines(string(data))
	a := Article{URL: opt.URL, Date: opt.DefaultDate}
	first := -1
	for i, l := range lines {
		if l = normalizeLine(l); l != "" {
			a.Title, a.Source = splitTitle(l)
			first = i
			break
		}
	}
	if first < 0 {
		return Article{}, 0, ErrEmpty
	}
	a.Text, a.Furniture = buildText(lines[first+1:], first+2, false, opt.Furniture)
	if a.Text == "" && len(a.Furniture) == 0 {
		// A one-line input is a headline and its own text, so that
		// `echo "Sentence." | annals code` still codes the sentence.
		a.Text = a.Title
	}
	return a, 0, nil
}

// titleSeparators end a headline with the site's name: "Title – Site".
var titleSeparators = [...]string{" – ", " — ", " | ", " - "}

// maxSourceRunes is the longest site name splitTitle accepts; a longer
// "site name" is more likely the second half of the headline.
const maxSourceRunes = 60

// splitTitle splits a headline "Title – Site Name" (also with "—", "|" or
// "-") at its last separator into the title and the source. It returns the
// line unchanged and no source when there is no separator, when the title
// part would be empty, or when the site name is empty or longer than 60
// characters.
func splitTitle(line string) (title, source string) {
	at, sep := -1, ""
	for _, s := range titleSeparators {
		if i := strings.LastIndex(line, s); i > at {
			at, sep = i, s
		}
	}
	if at < 0 {
		return line, ""
	}
	title = strings.TrimSpace(line[:at])
	source = strings.TrimSpace(line[at+len(sep):])
	if title == "" || source == "" || utf8.RuneCountInString(source) > maxSourceRunes {
		return line, ""
	}
	return title, source
}

// splitLines normalises line endings (CRLF and lone CR become LF) and
// splits s into lines.
func splitLines(s string) []string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return strings.Split(s, "\n")
}

// buildText normalises lines, drops the page furniture among them and joins
// the rest into an article text with paragraphs separated by one blank
// line. firstLine is the number reported for lines[0]. When paragraphs is
// set each element is a paragraph; otherwise blank lines separate
// paragraphs and consecutive lines stay on separate lines of one paragraph.
// A dropped line counts as a paragraph break.
func buildText(lines []string, firstLine int, paragraphs bool, rules *Rules) (string, []Dropped) {
	var b strings.Builder
	n := 0
	for _, l := range lines {
		n += len(l) + 2
	}
	b.Grow(n)
	var dropped []Dropped
	brk := false // a paragraph break is due before the next line
	for i, raw := range lines {
		l := normalizeLine(raw)
		if l == "" {
			brk = true
			continue
		}
		if rule, ok := rules.match(l); ok {
			dropped = append(dropped, Dropped{Line: firstLine + i, Text: l, Rule: rule})
			brk = true
			continue
		}
		if b.Len() > 0 {
			if brk || paragraphs {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(l)
		brk = false
	}
	return b.String(), dropped
}

// normalizeLine trims a line, turns every run of white space (spaces, tabs,
// no-break and other Unicode spaces; line breaks in a field that should be
// one line, like a title) into one space, and
// removes control characters and stray byte-order marks. All other
// characters are kept as written: quotes are not folded.
func normalizeLine(s string) string {
	if isCleanLine(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isHSpace(r) || r == '\n' || r == '\r':
			space = true
			continue
		case r == '\uFEFF' || r < 0x20 || (r >= 0x7F && r < 0xA0):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isCleanLine reports whether s is ASCII text that normalizeLine would
// leave unchanged, so the common case costs no allocation.
func isCleanLine(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7F || (c == ' ' && s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// isHSpace reports whether r is horizontal white space.
func isHSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000':
		return true
	}
	return r >= '\u2000' && r <= '\u200A'
}
