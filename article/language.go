package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
	"golang.org/x/net/html"
)

// languageSampleBytes is how much of an article DetectLanguage looks at:
// a few paragraphs settle the language, and the cost stays flat for long
// articles.
const languageSampleBytes = 4 << 10

// minLanguageLetters is the fewest letters DetectLanguage decides on; a
// headline alone is too short to tell English from, say, Dutch reliably.
const minLanguageLetters = 40

// DetectLanguage returns the ISO 639-1 code of the language text is
// written in ("en", "de"), detected from its letter trigrams with
// whatlanggo over the first 4 kB, and whether the detector is confident.
// It returns "" for text with fewer than 40 letters and for languages
// without a two-letter code.
func DetectLanguage(text string) (code string, reliable bool) {
	if len(text) > languageSampleBytes {
		cut := languageSampleBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < minLanguageLetters {
		return "", false
	}
	info := whatlanggo.Detect(text)
	if info.Lang < 0 {
		return "", false
	}
	return info.Lang.Iso6391(), info.IsReliable()
}

// normalizeLang reduces a language tag from metadata ("en-US", "en_gb",
// "EN") to its ISO 639-1 part ("en"); anything else gives "".
func normalizeLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_ ,;"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 || tag[0] < 'a' || tag[0] > 'z' || tag[1] < 'a' || tag[1] > 'z' {
		return ""
	}
	return tag
}

// settleLanguage sets a.Language from the language its input declared
// (already in a.Language, as a tag) and the language detected in its
// text: the declared one unless the detector confidently says otherwise
// (site templates often declare "en" whatever the article's language),
// the detected one when nothing is declared.
func settleLanguage(a *Article) {
	declared := normalizeLang(a.Language)
	detected, reliable := DetectLanguage(a.Title + "\n\n" + a.Text)
	switch {
	case detected != "" && (declared == "" || (reliable && detected != declared)):
		a.Language = detected
	default:
		a.Language = declared
	}
}

// htmlLang returns the lang attribute of a page's <html> element ("" when
// absent).
func htmlLang(doc *html.Node) string {
	for n := doc.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.Data == "html" {
			for _, at := range n.Attr {
				if at.Key == "lang" || at.Key == "xml:lang" {
					return at.Val
				}
			}
			return ""
		}
	}
	return ""
}
