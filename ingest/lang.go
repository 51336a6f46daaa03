package ingest

import (
	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/story"
)

// englishWords are frequent English function words that are rare as words
// of the other languages of news (no "a", "in", "an", "die", "do", "on",
// which German, Dutch, Portuguese or French share).
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "that": true, "for": true, "with": true,
	"by": true, "at": true, "from": true, "it": true, "this": true, "are": true, "were": true,
	"has": true, "have": true, "had": true, "be": true, "been": true, "said": true, "which": true,
	"will": true, "would": true, "their": true, "they": true, "his": true, "her": true, "its": true,
	"who": true, "not": true, "but": true, "or": true, "after": true, "was": true, "is": true,
}

// Thresholds of englishRatio: a text of at least minWordsForRatio words with
// at least minEnglishRatio of them English function words is English.
// English news scores 0.25 to 0.40 on this list; German, Dutch, French,
// Portuguese and Spanish below 0.08.
const (
	minWordsForRatio = 20
	minEnglishRatio  = 0.18
	ratioSampleWords = 400
)

// englishRatio returns the share of English function words among the first
// words of text and the number of words looked at.
func englishRatio(text string) (float64, int) {
	words := story.Words(text)
	if len(words) > ratioSampleWords {
		words = words[:ratioSampleWords]
	}
	if len(words) == 0 {
		return 0, 0
	}
	n := 0
	for _, w := range words {
		if englishWords[w] {
			n++
		}
	}
	return float64(n) / float64(len(words)), len(words)
}

// notEnglish returns the language of an article that is not in English,
// or "" for English (and unknown) text. The reader's language (metadata or
// trigram detection, article.Article.Language) decides, except that a text
// whose words are plainly English by their function words is English, and
// a text of fewer than minWordsForRatio words (a feed item with a title
// only) is kept unless the detector is confident: the trigram detector
// takes short English texts for Afrikaans or Somali now and then.
func notEnglish(lang, text string) string {
	if lang == "" || lang == "en" {
		return ""
	}
	r, n := englishRatio(text)
	if n >= minWordsForRatio && r >= minEnglishRatio {
		return ""
	}
	if n < minWordsForRatio {
		// A headline alone: the trigram detector guesses (English
		// titles come out as Danish or Romanian), so only a confident
		// detection counts.
		if code, reliable := article.DetectLanguage(text); !reliable || code == "en" {
			return ""
		}
	}
	return lang
}
