// Package story groups news articles into stories and tells when two coded
// events are reports of the same real-world event.
//
// # Stories: near-duplicate articles
//
// A wire copy re-posted by ten sites, or a page republished with a new
// headline, is one story told ten times. Sign computes a MinHash signature
// of an article's text over word shingles (Shingle words in a row,
// lower-cased, letters and digits only): Signature[i] is the smallest value
// of the i-th hash function over all shingles, so the share of positions at
// which two signatures agree (Similarity) estimates the Jaccard similarity of
// the two shingle sets. Two articles whose estimated similarity is at least
// Threshold belong to one story.
//
// To find candidates without comparing every pair, Bands cuts a signature
// into Bands bands of Rows values and hashes each band to a key (locality
// sensitive hashing): two articles that share any band key are compared. With
// 16 bands of 4 rows, a pair with Jaccard 0.5 shares a band with
// probability 1-(1-0.5⁴)¹⁶ ≈ 0.64, a pair at 0.7 with probability 0.98, a
// pair at 0.2 with probability 0.03; near-copies sit far above 0.7.
//
// # Events: one event, many reports
//
// GDELT counts each real-world event once and records every report of it as
// a mention. annals does the same: two coded events are the same event when
// they have the same source actor code, target actor code and CAMEO code, the
// same negated and hypothetical flags, and dates at most MaxDayGap days apart
// (Key and SameEvent). An event row then counts, as GDELT does:
//
//   - NumMentions: every report, several in one article included;
//   - NumArticles: the distinct articles that report it;
//   - NumSources: the distinct publishers among those articles (SourceKey).
package story

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/annals-project/annals/event"
)

// Signature sizes: NumHashes = Bands × Rows.
const (
	NumHashes = 64
	Bands     = 16
	Rows      = NumHashes / Bands
	// Shingle is the number of consecutive words in a shingle.
	Shingle = 4
	// Threshold is the estimated Jaccard similarity of word shingles at
	// or above which two articles are one story. Wire copies with another
	// headline or a line of furniture score 0.8 and more; two reports of
	// one event written independently score below 0.1.
	Threshold = 0.5
	// MaxDayGap is how many days apart two reports of one event may be
	// dated: "within a day", as a report published after midnight dates
	// the same event a day later.
	MaxDayGap = 1
)

// Signature is a MinHash signature. The zero Signature belongs to a text
// without words and is similar to nothing.
type Signature [NumHashes]uint64

// seeds are fixed random values that make the NumHashes hash functions
// differ (generated once from splitmix64 of 1..NumHashes; they are part of
// the stored signatures, so they must never change).
var seeds = func() (s [NumHashes]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix(x)
	}
	return s
}()

// mix is the splitmix64 finaliser: a fast 64-bit bijection that spreads
// every input bit over the output.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Words splits text into lower-cased words of letters and digits; all other
// characters separate words.
func Words(text string) []string {
	var words []string
	start := -1
	for i, r := range text {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			words = append(words, strings.ToLower(text[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, strings.ToLower(text[start:]))
	}
	return words
}

// Sign returns the MinHash signature of text's word shingles. A text
// shorter than Shingle words is one shingle; a text without words has the
// zero Signature.
func Sign(text string) Signature {
	words := Words(text)
	var sig Signature
	if len(words) == 0 {
		return sig
	}
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	n := len(words) - Shingle + 1
	if n < 1 {
		n = 1
	}
	for i := 0; i < n; i++ {
		h := uint64(14695981039346656037)
		for j := i; j < i+Shingle && j < len(words); j++ {
			for k := 0; k < len(words[j]); k++ {
				h ^= uint64(words[j][k])
				h *= 1099511628211
			}
			h ^= ' '
			h *= 1099511628211
		}
		for k := range sig {
			if v := mix(h ^ seeds[k]); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

// Empty reports whether s is the signature of a text without words.
func (s *Signature) Empty() bool { return *s == Signature{} }

// Similarity estimates the Jaccard similarity of the shingle sets behind a
// and b: the share of equal positions, 0 when either is Empty.
func Similarity(a, b *Signature) float64 {
	if a.Empty() || b.Empty() {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / NumHashes
}

// BandKeys returns the Bands locality-sensitive-hashing keys of s: band i's
// key hashes i and its Rows values. Keys are positive int64 so that any SQL
// database can index them. The zero Signature has no keys.
func BandKeys(s *Signature) []int64 {
	if s.Empty() {
		return nil
	}
	keys := make([]int64, Bands)
	for b := 0; b < Bands; b++ {
		h := mix(uint64(b) + 1)
		for r := 0; r < Rows; r++ {
			h = mix(h ^ s[b*Rows+r])
		}
		keys[b] = int64(h & (1<<63 - 1))
	}
	return keys
}

// Bytes encodes s for storage: NumHashes little-endian uint64.
func (s *Signature) Bytes() []byte {
	b := make([]byte, 8*NumHashes)
	for i, v := range s {
		binary.LittleEndian.PutUint64(b[8*i:], v)
	}
	return b
}

// ParseSignature decodes what Bytes wrote; a blob of another length gives
// the zero Signature and false.
func ParseSignature(b []byte) (Signature, bool) {
	var s Signature
	if len(b) != 8*NumHashes {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return s, true
}

// ContentHash is the identity of an article's text for deduplication: the
// hex SHA-256 of its words (Words) joined by single spaces, so that the same
// text with other spacing, line breaks, case or punctuation is the same.
func ContentHash(text string) string {
	h := sha256.New()
	for i, w := range Words(text) {
		if i > 0 {
			h.Write([]byte{' '})
		}
		h.Write([]byte(w))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// SourceKey names the publisher of an article for NumSources: the source
// name lower-cased when the input gives one, else the URL's host without
// "www.", else the document id (an article of unknown origin counts as a
// source of its own).
func SourceKey(source, rawURL, docID string) string {
	if s := strings.TrimSpace(source); s != "" {
		return strings.ToLower(s)
	}
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return "doc:" + docID
}

// Key is what two reports of one event share, apart from the date.
type Key struct {
	Source, Target, Code  string
	Negated, Hypothetical bool
}

// KeyOf returns e's merge key.
func KeyOf(e *event.Event) Key {
	return Key{
		Source: string(e.Source.Code), Target: string(e.Target.Code), Code: string(e.Code),
		Negated: e.Negated, Hypothetical: e.Hypothetical,
	}
}

// Day returns e's date (Event.Date, else the article's publication date) as
// days since 1970-01-01, and false when it has none.
func Day(e *event.Event) (int64, bool) {
	d := e.Date
	if d == "" {
		d = e.Article.Date
	}
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return 0, false
	}
	return t.Unix() / 86400, true
}

// SameEvent reports whether a and b are reports of one event: equal keys
// and dates at most MaxDayGap days apart. Events without a date are never
// merged with each other.
func SameEvent(a, b *event.Event) bool {
	if KeyOf(a) != KeyOf(b) {
		return false
	}
	da, ok1 := Day(a)
	db, ok2 := Day(b)
	if !ok1 || !ok2 {
		return false
	}
	gap := da - db
	return gap >= -MaxDayGap && gap <= MaxDayGap
}
