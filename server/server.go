// Package server is annals' HTTP API over an event store: events with
// filters, paging and sorting; aggregates (per day, week, month, root, quad
// class, country, place, dyad…); one event with all its reports; articles;
// actors; coding a text without storing it; and, with a token, coding and
// storing an article. It also serves /healthz, Prometheus metrics at
// /metrics and its own OpenAPI document at /api/openapi.json.
//
// Reads are open; writes (POST /api/articles) need the token given in
// Config, sent as "Authorization: Bearer TOKEN". Every bad parameter is
// answered 400 with a JSON {"error": "..."} that says what was wrong;
// unknown parameters are refused too, so that a typo does not silently
// select everything.
//
// Handler mounts the API on a mux; annals serve adds the web UI (package
// web) on the same mux.
package server

import (
	"context"
	"crypto/subtle"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/story"
)

// Store is what the server reads and writes: a store that can be browsed.
type Store interface {
	store.Store
	store.Browser
}

// MaxBody bounds the size of a POSTed request body.
const MaxBody = 4 << 20

// Config configures a Server.
type Config struct {
	Store Store
	// Pipeline codes POSTed texts; nil disables /api/code and POST
	// /api/articles (they answer 503).
	Pipeline *pipeline.Pipeline
	// Token is required for writes; "" refuses every write.
	Token string
	// Log receives one line per failed request; nil = discard.
	Log *slog.Logger
}

// Server serves the API. Build it with New.
type Server struct {
	cfg     Config
	log     *slog.Logger
	metrics *Metrics
	cache   *cache
}

// New returns a server over cfg.Store.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return &Server{cfg: cfg, log: log, metrics: NewMetrics(), cache: newCache(4096)}, nil
}

// Metrics returns the server's metrics, to count other handlers (the UI)
// with Instrument.
func (s *Server) Metrics() *Metrics { return s.metrics }

// Register adds the API's routes to mux, each counted in the metrics.
func (s *Server) Register(mux *http.ServeMux) {
	h := func(pattern string, fn http.HandlerFunc) { mux.Handle(pattern, s.metrics.Instrument(fn)) }
	h("GET /healthz", s.healthz)
	h("GET /metrics", s.metrics.ServeHTTP)
	h("GET /api/openapi.json", serveOpenAPI)
	h("GET /api/stats", s.stats)
	h("GET /api/events", s.cached(s.events))
	h("GET /api/events/{id}", s.event)
	h("GET /api/aggregates", s.cached(s.aggregates))
	h("GET /api/articles", s.articles)
	h("GET /api/articles/{id}", s.article)
	h("POST /api/articles", s.postArticle)
	h("GET /api/actors", s.actors)
	h("POST /api/code", s.code)
	h("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Errorf("no such endpoint: %s %s (see /api/openapi.json)", r.Method, r.URL.Path))
	})
}

// Handler returns a mux serving only the API.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.Register(mux)
	return mux
}

// apiError is the body of every error answer.
type apiError struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	js, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Errorf("encode answer: %w", err))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(js)
	w.Write([]byte("\n"))
}

func writeError(w http.ResponseWriter, status int, err error) {
	js, _ := json.Marshal(apiError{Error: err.Error()})
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(js)
	w.Write([]byte("\n"))
}

// fail answers a store error: 404 for ErrNotFound, 499-ish cancellations
// are not logged, anything else is a 500.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, err)
	case errors.Is(err, context.Canceled):
		writeError(w, http.StatusServiceUnavailable, err)
	default:
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, err)
	}
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	g, err := s.cfg.Store.Generation(r.Context())
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "unavailable", "error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "generation": g})
}

// StatsJSON counts what the store holds.
type StatsJSON struct {
	Articles int `json:"articles"`
	Events   int `json:"events"`
	Mentions int `json:"mentions"`
	Actors   int `json:"actors"`
	Stories  int `json:"stories"`
	Batches  int `json:"batches"`
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	if err := newParams(r.URL.Query()).done(); err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	st, err := s.cfg.Store.Stats(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, StatsJSON(st))
}

// EventJSON is a stored event in answers.
type EventJSON struct {
	ID          int64        `json:"id"`
	NumMentions int          `json:"num_mentions"`
	NumSources  int          `json:"num_sources"`
	NumArticles int          `json:"num_articles"`
	StoryID     int64        `json:"story_id"`
	Added       string       `json:"added"`
	Event       *event.Event `json:"event"`
}

func eventJSON(e *store.Event) EventJSON {
	return EventJSON{ID: e.ID, NumMentions: e.NumMentions, NumSources: e.NumSources, NumArticles: e.NumArticles,
		StoryID: e.StoryID, Added: e.Added, Event: &e.Event}
}

// EventsJSON is a page of events.
type EventsJSON struct {
	Total  int         `json:"total"`
	Offset int         `json:"offset"`
	Limit  int         `json:"limit"`
	Sort   string      `json:"sort"`
	Events []EventJSON `json:"events"`
}

// EventQuery parses the filters, paging and sort of an events request;
// the UI uses it too.
func EventQuery(v map[string][]string) (store.Filter, error) {
	p := newParams(v)
	f := p.filter()
	f.Limit = p.integer("limit", DefaultLimit, 1, MaxLimit)
	f.Offset = p.integer("offset", 0, 0, 1<<30)
	f.Sort = p.oneOf("sort", "-date", store.Sorts)
	return f, p.done()
}

func (s *Server) events(r *http.Request) (int, any, error) {
	f, err := EventQuery(r.URL.Query())
	if err != nil {
		return http.StatusBadRequest, nil, err
	}
	page, err := s.cfg.Store.FindEvents(r.Context(), f)
	if err != nil {
		return 0, nil, err
	}
	out := EventsJSON{Total: page.Total, Offset: f.Offset, Limit: f.Limit, Sort: f.Sort, Events: make([]EventJSON, len(page.Events))}
	for i, e := range page.Events {
		out.Events[i] = eventJSON(e)
	}
	return http.StatusOK, out, nil
}

// MentionJSON is one report of an event.
type MentionJSON struct {
	EventID        int64        `json:"event_id"`
	ArticleID      int64        `json:"article_id"`
	ArticleURL     string       `json:"article_url,omitempty"`
	ArticleDocID   string       `json:"article_doc_id"`
	ArticleTitle   string       `json:"article_title,omitempty"`
	ArticleSource  string       `json:"article_source,omitempty"`
	ArticleDate    string       `json:"article_date,omitempty"`
	SourceKey      string       `json:"source_key"`
	SentenceOffset int          `json:"sentence_offset"`
	Sentence       string       `json:"sentence"`
	Event          *event.Event `json:"event"`
}

func mentionJSON(m *store.StoredMention) MentionJSON {
	return MentionJSON{EventID: m.EventID, ArticleID: m.ArticleID, ArticleURL: m.ArticleURL, ArticleDocID: m.ArticleDocID,
		ArticleTitle: m.Event.Article.Title, ArticleSource: m.Event.Article.Source, ArticleDate: m.ArticleDate,
		SourceKey: m.SourceKey, SentenceOffset: m.SentenceOffset, Sentence: m.Event.Sentence, Event: &m.Event}
}

// EventDetailJSON is one event with all its reports.
type EventDetailJSON struct {
	EventJSON
	Mentions []MentionJSON `json:"mentions"`
}

func pathID(r *http.Request) (int64, error) {
	s := r.PathValue("id")
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id < 1 {
		return 0, fmt.Errorf("bad id %q: want a positive integer", s)
	}
	return id, nil
}

// detailID reads the id of a detail request (/api/events/{id},
// /api/articles/{id}), which takes no query parameters; on a bad request
// it writes the error and ok is false.
func detailID(w http.ResponseWriter, r *http.Request) (id int64, ok bool) {
	id, err := pathID(r)
	if err == nil {
		err = newParams(r.URL.Query()).done()
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return 0, false
	}
	return id, true
}

func mentionsJSON(ms []*store.StoredMention) []MentionJSON {
	out := make([]MentionJSON, len(ms))
	for i, m := range ms {
		out[i] = mentionJSON(m)
	}
	return out
}

func (s *Server) event(w http.ResponseWriter, r *http.Request) {
	id, ok := detailID(w, r)
	if !ok {
		return
	}
	e, ms, err := s.cfg.Store.EventByID(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, EventDetailJSON{EventJSON: eventJSON(e), Mentions: mentionsJSON(ms)})
}

// BucketJSON is one aggregate bucket.
type BucketJSON struct {
	Key       string   `json:"key"`
	Series    string   `json:"series,omitempty"`
	Source    string   `json:"source,omitempty"`
	Target    string   `json:"target,omitempty"`
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
	Events    int      `json:"events"`
	Mentions  int      `json:"mentions"`
	Coop      int      `json:"coop"`
	Conflict  int      `json:"conflict"`
	Goldstein float64  `json:"goldstein"`
}

// AggregatesJSON is the answer of /api/aggregates.
type AggregatesJSON struct {
	By      string       `json:"by"`
	Split   string       `json:"split,omitempty"`
	Buckets []BucketJSON `json:"buckets"`
}

// AggregateQuery parses an aggregates request.
func AggregateQuery(v map[string][]string) (f store.Filter, by, split string, limit int, err error) {
	p := newParams(v)
	f = p.filter()
	by = p.oneOf("by", "", store.Groups)
	if by == "" && p.err == nil {
		p.fail("missing by: want one of %s", strings.Join(store.Groups, ", "))
	}
	split = p.oneOf("split", "", store.Splits)
	limit = p.integer("limit", 0, 1, 10000)
	return f, by, split, limit, p.done()
}

func (s *Server) aggregates(r *http.Request) (int, any, error) {
	f, by, split, limit, err := AggregateQuery(r.URL.Query())
	if err != nil {
		return http.StatusBadRequest, nil, err
	}
	bs, err := s.cfg.Store.Aggregate(r.Context(), f, by, split, limit)
	if err != nil {
		return 0, nil, err
	}
	out := AggregatesJSON{By: by, Split: split, Buckets: make([]BucketJSON, len(bs))}
	for i, b := range bs {
		out.Buckets[i] = BucketJSON{Key: b.Key, Series: b.Series, Source: b.Source, Target: b.Target,
			Events: b.Events, Mentions: b.Mentions, Coop: b.Coop, Conflict: b.Conflict, Goldstein: b.Goldstein}
		if by == "place" {
			lat, lon := b.Lat, b.Lon
			out.Buckets[i].Lat, out.Buckets[i].Lon = &lat, &lon
		}
	}
	return http.StatusOK, out, nil
}

// ArticleJSON is a stored article.
type ArticleJSON struct {
	ID          int64  `json:"id"`
	DocID       string `json:"doc_id"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title"`
	Source      string `json:"source"`
	Author      string `json:"author,omitempty"`
	Date        string `json:"date"`
	Lang        string `json:"lang"`
	Origin      string `json:"origin"`
	StoryID     int64  `json:"story_id"`
	NumMentions int    `json:"num_mentions"`
	Text        string `json:"text,omitempty"`
}

func articleJSON(a *store.ArticleInfo) ArticleJSON {
	return ArticleJSON{ID: a.ID, DocID: a.DocID, URL: a.URL, Title: a.Title, Source: a.Source, Author: a.Author,
		Date: a.Date, Lang: a.Lang, Origin: a.Origin, StoryID: a.StoryID, NumMentions: a.NumMentions, Text: a.Text}
}

// ArticlesJSON is a page of articles.
type ArticlesJSON struct {
	Total    int           `json:"total"`
	Offset   int           `json:"offset"`
	Limit    int           `json:"limit"`
	Articles []ArticleJSON `json:"articles"`
}

func (s *Server) articles(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query())
	f := store.ArticleFilter{Text: p.str("q"), Story: int64(p.integer("story", 0, 1, 1<<62)),
		Limit: p.integer("limit", DefaultLimit, 1, MaxLimit), Offset: p.integer("offset", 0, 0, 1<<30)}
	if err := p.done(); err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	as, total, err := s.cfg.Store.Articles(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := ArticlesJSON{Total: total, Offset: f.Offset, Limit: f.Limit, Articles: make([]ArticleJSON, len(as))}
	for i := range as {
		out.Articles[i] = articleJSON(&as[i])
	}
	writeJSON(w, http.StatusOK, out)
}

// ArticleDetailJSON is an article with its text and its reports.
type ArticleDetailJSON struct {
	ArticleJSON
	Mentions []MentionJSON `json:"mentions"`
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	id, ok := detailID(w, r)
	if !ok {
		return
	}
	a, ms, err := s.cfg.Store.Article(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ArticleDetailJSON{ArticleJSON: articleJSON(a), Mentions: mentionsJSON(ms)})
}

// ActorJSON is one actor code.
type ActorJSON struct {
	Code        string `json:"code"`
	Name        string `json:"name"`
	NumMentions int    `json:"num_mentions"`
}

// ActorsJSON is a page of actors.
type ActorsJSON struct {
	Total  int         `json:"total"`
	Actors []ActorJSON `json:"actors"`
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query())
	prefix := p.str("prefix")
	if prefix != "" && !actorCode(prefix) {
		p.fail("bad prefix %q: want the start of a CAMEO actor code", prefix)
	}
	limit := p.integer("limit", DefaultLimit, 1, MaxLimit)
	offset := p.integer("offset", 0, 0, 1<<30)
	if err := p.done(); err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	as, total, err := s.cfg.Store.Actors(r.Context(), prefix, limit, offset)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := ActorsJSON{Total: total, Actors: make([]ActorJSON, len(as))}
	for i, a := range as {
		out.Actors[i] = ActorJSON(a)
	}
	writeJSON(w, http.StatusOK, out)
}

// ArticleIn is the body of POST /api/articles and POST /api/code.
type ArticleIn struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Source string `json:"source"`
	URL    string `json:"url"`
	Author string `json:"author"`
	Date   string `json:"date"` // YYYY-MM-DD: the reference for relative dates
	Text   string `json:"text"`
}

// CodedJSON is what coding a text found.
type CodedJSON struct {
	Events []event.Event `json:"events"`
	Errors []string      `json:"errors,omitempty"` // sentences that could not be coded
}

// StoredJSON is the answer of POST /api/articles.
type StoredJSON struct {
	CodedJSON
	Duplicate bool `json:"duplicate"` // URL or content already stored: nothing added
	NewEvents int  `json:"new_events"`
	Merged    int  `json:"merged"`
}

// readArticle decodes and checks a posted article.
func readArticle(r *http.Request) (*article.Article, error) {
	var in ArticleIn
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, MaxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return nil, fmt.Errorf("bad body: want a JSON object {\"text\": ..., \"date\": \"YYYY-MM-DD\", \"title\", \"source\", \"url\", \"id\"}: %w", err)
	}
	if strings.TrimSpace(in.Text) == "" {
		return nil, errors.New("bad body: empty text")
	}
	return CodeInput(in)
}

// CodeInput turns an ArticleIn into an article to code; the UI uses it
// too.
func CodeInput(in ArticleIn) (*article.Article, error) {
	a := &article.Article{ID: in.ID, Title: in.Title, Source: in.Source, URL: in.URL, Author: in.Author, Language: "en", Text: in.Text}
	if in.Date != "" {
		d, err := time.Parse("2006-01-02", in.Date)
		if err != nil {
			return nil, fmt.Errorf("bad date %q: want YYYY-MM-DD", in.Date)
		}
		a.Date = d
	}
	if a.ID == "" {
		a.ID = "posted-" + story.ContentHash(a.Text)[:12]
	}
	return a, nil
}

// Code codes a with p; the UI's "code a text" box uses it.
func Code(p *pipeline.Pipeline, a *article.Article) CodedJSON {
	evs, errs := p.Code(a)
	out := CodedJSON{Events: evs}
	if out.Events == nil {
		out.Events = []event.Event{}
	}
	for _, err := range errs {
		out.Errors = append(out.Errors, err.Error())
	}
	return out
}

func (s *Server) code(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Pipeline == nil {
		writeError(w, http.StatusServiceUnavailable, errors.New("coding is not available on this server"))
		return
	}
	a, err := readArticle(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	writeJSON(w, http.StatusOK, Code(s.cfg.Pipeline, a))
}

// authorized reports whether r carries the write token.
func (s *Server) authorized(r *http.Request) bool {
	if s.cfg.Token == "" {
		return false
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) == 1
}

func (s *Server) postArticle(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="annals"`)
		msg := "writes need the server's token: send Authorization: Bearer TOKEN"
		if s.cfg.Token == "" {
			msg = "writes are disabled: start annals serve with --token or ANNALS_TOKEN"
		}
		writeError(w, http.StatusUnauthorized, errors.New(msg))
		return
	}
	if s.cfg.Pipeline == nil {
		writeError(w, http.StatusServiceUnavailable, errors.New("coding is not available on this server"))
		return
	}
	a, err := readArticle(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	coded := Code(s.cfg.Pipeline, a)
	sa := &store.Article{DocID: a.ID, URL: a.URL, ContentHash: story.ContentHash(a.Text), Title: a.Title, Source: a.Source,
		SourceKey: story.SourceKey(a.Source, a.URL, a.ID), Author: a.Author, Lang: "en", Origin: "api", Text: a.Text,
		Signature: story.Sign(a.Text)}
	if !a.Date.IsZero() {
		sa.Date = a.Date.Format("2006-01-02")
	}
	for _, e := range coded.Events {
		sa.Mentions = append(sa.Mentions, store.Mention{Event: e, SentenceOffset: runeIndex(a.Text, e.Sentence)})
	}
	res, err := s.cfg.Store.Save(r.Context(), []*store.Article{sa})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := StoredJSON{CodedJSON: coded, Duplicate: res.Duplicates > 0, NewEvents: res.Events, Merged: res.Merged}
	status := http.StatusCreated
	if out.Duplicate {
		status = http.StatusOK
	}
	writeJSON(w, status, out)
}

// runeIndex is the offset in code points of sub in s, or -1.
func runeIndex(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 || sub == "" {
		return -1
	}
	return len([]rune(s[:i]))
}
