// Package article reads articles (plain text, HTML pages, JSONL) into
// Article values with their text, metadata and the page furniture dropped.
//
// The entry points are Read (a whole input held in memory) and Scan (an
// io.Reader, read article by article, so that a large JSONL file is never
// held whole). Both detect the format from the content unless told, and both
// report a bad record (one bad JSONL line) as an error while still returning
// the good ones. See Detect for the detection rules, MaxArticleBytes for the
// size limit and furniture.rules for the page-furniture rules.
package article

import (
	"encoding/json"
	"time"
)

// Article is one news article, ready for coding.
type Article struct {
	ID     string
	Title  string
	Source string // publisher or site name
	URL    string
	Author string // byline, when the input names one
	// Language is the ISO 639-1 code of the text's language ("en"): with
	// Open, the one the input declares (page or feed metadata) unless the
	// text clearly is in another, else the one detected in the text (see
	// DetectLanguage); "" when unknown. Read and Scan set only the language
	// an HTML page declares.
	Language string
	Date     time.Time // publication date; zero when unknown
	Text     string    // the article's own text, furniture removed; paragraphs separated by a blank line
	// Furniture lists the lines dropped from the text before coding.
	Furniture []Dropped
	// Config is the JSONL record's "config" object, kept undecoded (compact
	// JSON) for the stages that use it; nil when absent.
	Config json.RawMessage
}

// Dropped is one line removed from an article as page furniture.
type Dropped struct {
	// Line is the 1-based line number of the dropped line: in the file for
	// plain text, in the record's "text" field for JSONL, and the paragraph
	// number in the extracted text for HTML.
	Line int
	Text string // the line as it was (spaces collapsed)
	Rule string // the rule that matched, as "file:line kind pattern"
}
