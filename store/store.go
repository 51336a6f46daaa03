// Package store defines where annals keeps what it ingested: articles, the
// events they report (one row per real-world event, merged as package story
// says), every mention of an event (which article, which sentence, at which
// offsets), the actors seen and the stories (groups of near-duplicate
// articles).
//
// Store is the interface; store/sqlite is the embedded default backend. A
// backend writes a whole Batch in one transaction, so that a crash leaves
// either all of a batch or none of it, and it is idempotent: an article whose
// URL or content hash is already stored is skipped, so ingesting the same
// input twice adds nothing.
package store

import (
	"context"
	"errors"
	"iter"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/story"
)

// Article is one coded article ready to be stored.
type Article struct {
	DocID       string // the input's id
	URL         string // "" when unknown; unique when set
	ContentHash string // story.ContentHash of Text; unique
	Title       string
	Source      string // publisher name as given
	SourceKey   string // story.SourceKey: who published it, for NumSources
	Author      string
	Date        string // publication date YYYY-MM-DD, "" when unknown
	Lang        string // language code ("en")
	Origin      string // the ingest source it was read from (file, folder, URL)
	Text        string
	Signature   story.Signature
	// Mentions are the article's coded events in sentence order.
	Mentions []Mention
}

// Mention is one coded event as an article reports it.
type Mention struct {
	Event event.Event
	// SentenceOffset is the offset of the event's sentence in the article
	// text, in Unicode code points; -1 when the sentence could not be
	// located.
	SentenceOffset int
}

// Result counts what one Save did.
type Result struct {
	Articles   int // articles added
	Duplicates int // articles skipped: URL or content already stored
	Events     int // new event rows
	Merged     int // mentions that joined an event already stored
	Mentions   int // mention rows added
	Stories    int // new stories
	Joined     int // articles added to an existing story
}

// Add adds r2's counts to r.
func (r *Result) Add(r2 Result) {
	r.Articles += r2.Articles
	r.Duplicates += r2.Duplicates
	r.Events += r2.Events
	r.Merged += r2.Merged
	r.Mentions += r2.Mentions
	r.Stories += r2.Stories
	r.Joined += r2.Joined
}

// Event is one stored event: the first report's coded event (its full
// JSON is kept, so fields added to event.Event later survive the store) and
// the counts of all its reports.
type Event struct {
	ID          int64 // GLOBALEVENTID: stable for the life of the database
	Event       event.Event
	NumMentions int
	NumSources  int
	NumArticles int
	StoryID     int64 // the story of the first report
	// Added is when the event was first reported: the publication date of
	// its first article (else its own date), "YYYY-MM-DD".
	Added string
}

// StoredMention is one stored report of an event.
type StoredMention struct {
	EventID        int64
	EventAdded     string // Event.Added of the event
	ArticleID      int64
	ArticleURL     string
	ArticleDocID   string
	SourceKey      string
	ArticleDate    string
	DocLen         int // article text length in code points
	SentenceOffset int // -1 unknown
	Event          event.Event
}

// Query selects events. Zero fields select everything.
type Query struct {
	Actor string // source or target actor code starts with this ("LBY" matches LBYMIL)
	Root  string // CAMEO root, "19"
	Code  string // CAMEO code prefix, "19" or "190"
	Since string // date on or after YYYY-MM-DD
	Until string // date on or before YYYY-MM-DD
	Place string // a place name in the event contains this, case-insensitively
	Story int64  // in this story
	Limit int    // at most this many; 0 = no limit
}

// Stats counts what a store holds.
type Stats struct {
	Articles, Events, Mentions, Actors, Stories, Batches int
}

// ErrClosed is returned by a closed store.
var ErrClosed = errors.New("store is closed")

// Store keeps ingested articles and events. A Store is safe for concurrent
// use; Save calls are serialised by the backend.
type Store interface {
	// Seen reports whether an article with this URL (when not "") or
	// content hash is stored: the ingest engine asks before coding.
	Seen(ctx context.Context, url, contentHash string) (bool, error)
	// Save stores a batch in one transaction: articles not seen yet, their
	// story, their mentions, merged into events. On error nothing of the
	// batch is stored.
	Save(ctx context.Context, batch []*Article) (Result, error)
	// Events yields the events matching q in order of date, then id.
	Events(ctx context.Context, q Query) iter.Seq2[*Event, error]
	// Mentions yields the mentions of the events matching q, in event
	// order, then article order.
	Mentions(ctx context.Context, q Query) iter.Seq2[*StoredMention, error]
	// Stats counts the rows.
	Stats(ctx context.Context) (Stats, error)
	// Check verifies the database: its own integrity check and the
	// invariants of the data (every batch whole, every event's counts
	// equal to its mentions). It returns the problems found.
	Check(ctx context.Context) error
	// Close closes the store.
	Close() error
}
