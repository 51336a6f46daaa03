package store

import (
	"context"
	"errors"
)

// This file holds the read side that a browser of the store (annals serve)
// needs beyond Store: filtered and sorted pages of events, aggregates, one
// event with all its reports, articles and actors. A backend that offers
// them implements Browser as well as Store.

// ErrNotFound is returned when the event or article asked for is not stored.
var ErrNotFound = errors.New("not found")

// Sort orders of Filter.Sort. A leading "-" means descending.
const (
	SortDate      = "date"
	SortMentions  = "mentions"
	SortGoldstein = "goldstein"
	SortID        = "id"
)

// Sorts lists the valid values of Filter.Sort.
var Sorts = []string{"date", "-date", "mentions", "-mentions", "goldstein", "-goldstein", "id", "-id"}

// BBox is a bounding box in degrees. West > East crosses the antimeridian.
type BBox struct {
	West, South, East, North float64
}

// Filter selects events with more criteria than Query, and pages them.
// Zero fields select everything.
type Filter struct {
	Query            // actor, root, code, dates, place, story, limit
	Country   string // ISO 3166-1 alpha-2 country of the event's action place ("LY")
	PLOVER    string // PLOVER event type ("ASSAULT"), case-insensitive
	QuadClass int    // 1 verbal cooperation … 4 material conflict
	BBox      *BBox  // the action place lies inside
	Text      string // a report's sentence contains this (case-insensitive for ASCII)
	Offset    int    // skip this many events
	Sort      string // one of Sorts; "" = "date"
}

// Page is one page of events and the number of events matching in all.
type Page struct {
	Events []*Event
	Total  int
}

// Group names of Aggregate: what a bucket is counted by.
var Groups = []string{"day", "week", "month", "root", "quad", "plover", "country", "place", "source", "target", "dyad"}

// Splits names the second dimensions Aggregate can split a bucket by.
var Splits = []string{"", "root", "quad"}

// Bucket is one group's counts.
type Bucket struct {
	// Key is the group's value: a day "2020-06-26", a week's Monday, a
	// month "2020-06", a root "19", a quad class "4", a PLOVER type, a
	// country "LY", a place name, an actor code, or for a dyad the source
	// and target codes joined by ">" (also in Source and Target).
	Key    string
	Series string // the split's value ("" when not split)
	Source string // dyads only
	Target string // dyads only
	// Lat and Lon are the place's coordinates (group "place" only).
	Lat, Lon  float64
	Events    int     // events in the bucket
	Mentions  int     // their reports
	Coop      int     // events of quad class 1 or 2
	Conflict  int     // events of quad class 3 or 4
	Goldstein float64 // mean Goldstein score
}

// ArticleInfo is a stored article as a browser shows it.
type ArticleInfo struct {
	ID          int64
	DocID       string
	URL         string
	Title       string
	Source      string
	Author      string
	Date        string
	Lang        string
	Origin      string
	StoryID     int64
	NumMentions int
	Text        string // only filled by Article
}

// ArticleFilter selects articles, newest first.
type ArticleFilter struct {
	Text   string // the title contains this
	Story  int64
	Limit  int
	Offset int
}

// ActorInfo is one actor code seen in the store.
type ActorInfo struct {
	Code        string
	Name        string
	NumMentions int
}

// Browser is the read side of a store for exploring it.
type Browser interface {
	// FindEvents returns one page of the events matching f.
	FindEvents(ctx context.Context, f Filter) (Page, error)
	// Aggregate counts the events matching f by group (one of Groups),
	// split by split (one of Splits). Time groups come in time order;
	// others by decreasing count. Limit > 0 keeps that many buckets.
	Aggregate(ctx context.Context, f Filter, group, split string, limit int) ([]Bucket, error)
	// EventByID returns the event and all its reports, or ErrNotFound.
	EventByID(ctx context.Context, id int64) (*Event, []*StoredMention, error)
	// Articles returns a page of articles, newest first, and the total.
	Articles(ctx context.Context, f ArticleFilter) ([]ArticleInfo, int, error)
	// Article returns an article with its text and its reports in
	// sentence order, or ErrNotFound.
	Article(ctx context.Context, id int64) (*ArticleInfo, []*StoredMention, error)
	// Actors returns the actors whose code starts with prefix, most
	// mentioned first, and the total.
	Actors(ctx context.Context, prefix string, limit, offset int) ([]ActorInfo, int, error)
	// Generation changes whenever a batch is saved: caches of reads key on
	// it.
	Generation(ctx context.Context) (int64, error)
}
